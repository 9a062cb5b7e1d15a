"""TIMEX3 values written for people, per language, at the granularity the value has.

"2024-06-18" -> "18 Juni 2024" / "18 June 2024"; "2024-W24" -> "pekan 10–16 Juni 2024";
"195X" -> "1950-an" / "1950s"; with a part of day, "Selasa malam, 18 Juni 2024". Patterns and
words come from the message catalogue, month and weekday names from Babel (CLDR). Pure.
"""

from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date, get_month_names
from babel.units import format_unit

from generator.core.timexvalue import Point, bounds, parse, point
from generator.publish import messages

# `bounds` is part of this module's interface: callers format and bound dates together.
__all__ = ["bounds", "format_value", "granularity", "month_abbreviations"]

_REFS = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_DURATION = re.compile(r"P(\d+|X)([YMWD])")


def granularity(value: str) -> str:
    """day, week, weekend, month, quarter, year, decade, century, range, ref, duration, unknown."""
    found = parse(value)
    if found:
        return found.granularity
    if value in _REFS:
        return "ref"
    if _DURATION.fullmatch(value):
        return "duration"
    return "unknown"


def month_abbreviations(lang: str) -> list[str]:
    """CLDR's abbreviated month names in `lang`, January first (for the timeline's axis)."""
    names = get_month_names("abbreviated", "format", locale=lang)
    return [str(names[month]) for month in range(1, 13)]


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
        a, b = point(first), point(last)
        if a is None or b is None or b.end < a.start:
            return value
        return _format_span(a, b, lang)
    found = point(value)
    if found is None:
        return value
    return _format_point(found, lang, part or found.part)


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
