"""TIMEX3 values as calendar ranges: the one parser every stage uses.

"2024-06-18" is one day, "2024-06" a month, "2024-W24" a week (Monday to Sunday),
"2024-W03-WE" its weekend, "2024-Q1" / "2024-H1" a quarter / half, "195X" a decade, "19XX" a
century (also "19", TIMEX3's own form), "A/B" the range from A's first day to B's last. Times and parts of day after "T" keep
the day. References (PRESENT_REF...) and durations (P24Y) are not calendar values. Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

# TIMEX3 part-of-day suffixes ("2024-06-18TEV") and the names the model uses.
PART_SUFFIX = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T([A-Z]{2}|\d{2}(?::\d{2}){0,2}))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_DECADE = re.compile(r"(\d{3})X")
_CENTURY = re.compile(r"(\d{2})(?:XX)?")  # TIMEX3 writes a century as "19"; "19XX" also reads


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar value as a closed range of days, with the granularity it was given at."""

    start: dt.date
    end: dt.date
    granularity: str  # day, week, weekend, month, quarter, half, year, decade, century, range
    part: str | None = None


def calendar_value(value: str) -> str:
    """The date part of a value: "2024-06-18T20:00" -> "2024-06-18" (each side of a range)."""
    return "/".join(part.split("T", 1)[0] for part in value.split("/"))


# Cached: every stage asks for the range of the same few values again and again (a Point is
# immutable, so sharing one is safe).
@lru_cache(maxsize=8192)
def parse(value: str) -> Point | None:
    """The date range one value covers, or None for references, durations and unknowns."""
    value = value.strip()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = point(first), point(last)
        if a is None or b is None or b.end < a.start:
            return None
        return Point(a.start, b.end, "range")
    return point(value)


def bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a value covers, or None when it is not a calendar value."""
    found = parse(value)
    return (found.start, found.end) if found else None


def point(value: str) -> Point | None:
    """One side of a range (no "/"), or None when it is not a valid calendar value."""
    try:
        return _point(value)
    except ValueError:  # month 13, day 31 of a 30-day month, week 54...
        return None


def _point(value: str) -> Point | None:
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Point(day, day, "day", PART_SUFFIX.get(m[4] or ""))
    if m := _MONTH.fullmatch(value):
        year, month = int(m[1]), int(m[2])
        return Point(dt.date(year, month, 1), month_end(year, month), "month")
    if m := _YEAR.fullmatch(value):
        year = int(m[1])
        return Point(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if m := _WEEK.fullmatch(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return Point(monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "weekend")
        return Point(monday, monday + dt.timedelta(days=6), "week")
    if m := _QUARTER.fullmatch(value):
        year, quarter = int(m[1]), int(m[2])
        return Point(dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter), "quarter")
    if m := _HALF.fullmatch(value):
        year, half = int(m[1]), int(m[2])
        return Point(dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half), "half")
    if m := _DECADE.fullmatch(value):
        first = int(m[1]) * 10
        return Point(dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31), "decade")
    if m := _CENTURY.fullmatch(value):
        first = int(m[1]) * 100
        return Point(dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century")
    return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])
