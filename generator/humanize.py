"""TIMEX3 values written for people, per language, at the granularity the value has.

"2024-06-18" -> "18 Juni 2024" / "18 June 2024"; "2024-W24" -> "pekan 10–16 Juni 2024";
"195X" -> "1950-an" / "1950s"; with a part of day, "Selasa malam, 18 Juni 2024". Patterns and
words come from the message catalogue, month and weekday names from Babel (CLDR). Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from babel.dates import format_date
from babel.units import format_unit

from generator import messages

# TIMEX3 part-of-day suffixes ("2024-06-18TEV") and the names the model uses.
_PART_SUFFIX = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_REFS = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T([A-Z]{2}|\d{2}(?::\d{2}){0,2}))?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_DECADE = re.compile(r"(\d{3})X")
_CENTURY = re.compile(r"(\d{2})XX")
_DURATION = re.compile(r"P(\d+|X)([YMWD])")


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar value as a closed range of days, with the granularity it was given at."""

    start: dt.date
    end: dt.date
    granularity: str  # day, week, weekend, month, quarter, year, decade, century
    part: str | None = None


def parse(value: str) -> Point | None:
    """The date range one TIMEX3 value covers; intervals "A/B" span A's start to B's end."""
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _point(first), _point(last)
        if a is None or b is None or b.end < a.start:
            return None
        return Point(a.start, b.end, "range")
    return _point(value)


def bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a value covers, or None for references, durations and unknowns."""
    point = parse(value)
    return (point.start, point.end) if point else None


def granularity(value: str) -> str:
    """day, week, weekend, month, quarter, year, decade, century, range, ref, duration, unknown."""
    point = parse(value)
    if point:
        return point.granularity
    if value in _REFS:
        return "ref"
    if _DURATION.fullmatch(value):
        return "duration"
    return "unknown"


def format_value(value: str, lang: str, part: str | None = None) -> str:
    """`value` in words for readers of `lang`; an unparseable value is returned unchanged."""
    if not value:
        return messages.text(lang, "dates.unknown")
    if value in _REFS:
        return messages.text(lang, f"dates.{_REFS[value]}")
    duration = _DURATION.fullmatch(value)
    if duration:
        return _format_duration(duration.group(1), duration.group(2), lang)
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = _point(first), _point(last)
        if a is None or b is None or b.end < a.start:
            return value
        return _format_span(a, b, lang)
    point = _point(value)
    if point is None:
        return value
    return _format_point(point, lang, part or point.part)


# ---- parsing ---------------------------------------------------------------------------------


def _point(value: str) -> Point | None:
    try:
        return _parse_point(value)
    except ValueError:  # month 13, day 31 of a 30-day month, week 54...
        return None


def _parse_point(value: str) -> Point | None:
    if m := _DAY.fullmatch(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return Point(day, day, "day", _PART_SUFFIX.get(m[4] or ""))
    if m := _MONTH.fullmatch(value):
        year, month = int(m[1]), int(m[2])
        return Point(dt.date(year, month, 1), _month_end(year, month), "month")
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
        return Point(dt.date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter), "quarter")
    if m := _DECADE.fullmatch(value):
        first = int(m[1]) * 10
        return Point(dt.date(max(first, 1), 1, 1), dt.date(first + 9, 12, 31), "decade")
    if m := _CENTURY.fullmatch(value):
        first = int(m[1]) * 100
        return Point(dt.date(max(first, 1), 1, 1), dt.date(first + 99, 12, 31), "century")
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# ---- formatting ------------------------------------------------------------------------------


def _pattern(lang: str, name: str) -> str:
    return messages.text(lang, f"dates.{name}")


def _date(day: dt.date, lang: str, name: str) -> str:
    return format_date(day, _pattern(lang, name), locale=lang)


def _format_point(point: Point, lang: str, part: str | None = None) -> str:
    kind = point.granularity
    if kind == "day":
        written = _date(point.start, lang, "day")
        if part:
            return messages.text(
                lang,
                "dates.with_part",
                weekday=_date(point.start, lang, "weekday"),
                part=messages.text(lang, f"dates.parts.{part}"),
                date=written,
            )
        return written
    if kind in ("week", "weekend"):
        days = _format_span(
            Point(point.start, point.start, "day"), Point(point.end, point.end, "day"), lang
        )
        return messages.text(lang, f"dates.{kind}", range=days)
    if kind == "month":
        return _date(point.start, lang, "month")
    if kind == "quarter":
        return messages.text(
            lang, "dates.quarter", quarter=(point.start.month + 2) // 3, year=point.start.year
        )
    if kind == "decade":
        return messages.text(lang, "dates.decade", decade=point.start.year // 10 * 10)
    if kind == "century":
        start = point.start.year // 100 * 100
        return messages.text(lang, "dates.century", century=start // 100 + 1, start=start)
    return str(point.start.year)


def _format_span(a: Point, b: Point, lang: str) -> str:
    """Two points joined, sharing what they have in common: "18–19 Juni 2024"."""
    if a == b:
        return _format_point(a, lang)
    if a.granularity == b.granularity == "day":
        if (a.start.year, a.start.month) == (b.start.year, b.start.month):
            return f"{a.start.day}–{_date(b.start, lang, 'day')}"
        if a.start.year == b.start.year:
            return messages.text(
                lang,
                "dates.range",
                start=_date(a.start, lang, "day_month"),
                end=_date(b.start, lang, "day"),
            )
    if a.granularity == b.granularity == "month" and a.start.year == b.start.year:
        return f"{_date(a.start, lang, 'month_name')}–{_date(b.start, lang, 'month')}"
    if a.granularity == b.granularity == "year":
        return f"{a.start.year}–{b.start.year}"
    return messages.text(
        lang, "dates.range", start=_format_point(a, lang), end=_format_point(b, lang)
    )


def _format_duration(amount: str, unit: str, lang: str) -> str:
    name = _DURATION_UNITS[unit]
    if amount == "X":  # "for months": a length with no number
        return messages.text(lang, f"dates.duration_{name}s")
    return format_unit(int(amount), f"duration-{name}", length="long", locale=lang)
