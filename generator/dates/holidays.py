"""Days news names by their holiday: "malam Natal 2000", "Christmas Eve", "malam pergantian
tahun", "hari pertama tahun baru", "the Easter weekend". Only holidays on a fixed day, and
Easter, which the calendar computes; a holiday of a lunar calendar (Lebaran) is left alone.
"""

from __future__ import annotations

import datetime as dt

from generator.core.model import Timex
from generator.dates.calendar import safe_date
from generator.dates.context import Context, direction
from generator.dates.recognise import Candidate
from generator.dates.value import UNRESOLVED, Value, norm

# Month and day of each fixed holiday, by its words (spaces folded, lower case).
_FIXED = {
    "natal": (12, 25), "malam natal": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "new year's eve": (12, 31),
    "new years eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1),
    "malam tahun baru": (12, 31), "malam pergantian tahun": (12, 31),
}  # fmt: skip
# The year a first day counts in, from the article's: "tahun ini", "last year"...
_YEAR_SHIFT = {
    "tahun ini": 0, "this year": 0, "the year": 0, "tahun lalu": -1, "last year": -1,
    "tahun depan": 1, "next year": 1,
}  # fmt: skip


def easter(year: int) -> dt.date:
    """Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _on(name: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day `name` covers in `year`."""
    if "easter" in name:
        sunday = easter(year)
        if "weekend" in name:
            return sunday - dt.timedelta(days=1), sunday
        return sunday, sunday
    month, day = _FIXED[name]
    found = safe_date(year, month, day)
    return (found, found) if found else None


def _value(span: tuple[dt.date, dt.date]) -> str:
    first, last = span
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _h_holiday(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    if c.get("first"):  # "hari pertama tahun baru", "the first day of 2020"
        if c.get("fy"):
            return Value("date", f"{int(c.get('fy') or 0):04d}-01-01")
        if ctx.dct is None:
            return UNRESOLVED
        rel = norm(c.get("frel"))
        if rel in _YEAR_SHIFT:
            return Value("date", f"{ctx.dct.year + _YEAR_SHIFT[rel]:04d}-01-01", "dct")
        # "tahun baru", "the new year": the one just begun, or the next when ahead.
        ahead = direction(text, c.start, c.end) == "future"
        return Value("date", f"{ctx.dct.year + (1 if ahead else 0):04d}-01-01", "dct")
    name = norm(c.get("hol")).replace("’", "'")
    name = name.removeprefix("the ")
    if name not in _FIXED and "easter" not in name:
        return None
    if c.get("y"):
        span = _on(name, int(c.get("y") or 0))
        return Value("date", _value(span)) if span else None
    if ctx.dct is None:
        return UNRESOLVED
    # The occurrence the clause means: the last on or before the article's date, or the next
    # when it looks ahead.
    ahead = direction(text, c.start, c.end) == "future"
    for year in (ctx.dct.year + 1, ctx.dct.year, ctx.dct.year - 1, ctx.dct.year - 2):
        span = _on(name, year)
        if span is None:
            continue
        if not ahead and span[0] <= ctx.dct:
            return Value("date", _value(span), "dct")
        if ahead and span[1] >= ctx.dct and (_on(name, year - 1) or span)[1] < ctx.dct:
            return Value("date", _value(span), "dct")
    return UNRESOLVED


HANDLERS = {"holiday": _h_holiday}
