"""Values of calendar expressions: explicit days (with or without a year), ranges, months,
decades, centuries and years."""

from __future__ import annotations

import re

from generator.core.model import Timex
from generator.dates.calendar import safe_date
from generator.dates.context import Context, infer_year
from generator.dates.engine import engine_date
from generator.dates.lexicon import month_number, weekday_number
from generator.dates.recognise import Candidate
from generator.dates.value import UNRESOLVED, Value, mod_flags, norm

_YEAR_OFFSET = {
    "tahun lalu": -1, "tahun kemarin": -1, "last year": -1, "tahun ini": 0, "this year": 0,
    "tahun depan": 1, "next year": 1,
}  # fmt: skip

# Words after a date without a year that say which occurrence it is.
_REL_DIRECTION = {
    "lalu": "past", "yang lalu": "past", "silam": "past", "kemarin": "past",
    "mendatang": "future", "depan": "future", "nanti": "future",
}  # fmt: skip


def _explicit_day(c: Candidate, text: str, ctx: Context) -> Value | None:
    """dmy, mdy and numeric dates, with or without year and weekday."""
    d = int(c.get("d") or 0)
    month = month_number(c.get("m") or "") if c.get("m") else int(c.get("mn") or 0)
    if not month or not d:
        return None
    wd = weekday_number(c.get("wd") or "") if c.get("wd") else None
    raw_year = c.get("y") or c.get("y2")
    flags: tuple[str, ...] = ()
    anchor = "absolute"
    if raw_year:
        year = _full_year(raw_year)
        core = _core(c, text)
        parsed = engine_date(core, ctx.language, ctx.dct) if core else None
        day = parsed if parsed and parsed.year == year else safe_date(year, month, d)
    elif c.get("yrel") and ctx.dct is not None:  # "29 Oktober tahun lalu": the DCT's year, moved
        year = ctx.dct.year + _YEAR_OFFSET[norm(c.get("yrel"))]
        anchor = "dct"
        day = safe_date(year, month, d)
        if day is None:
            return None
        return Value("date", day.isoformat(), anchor, flags)
    else:
        rel = _REL_DIRECTION.get(norm(c.get("rel")), "")
        y, flags = infer_year(month, d, wd, ctx, text, c.start, c.end, rel)
        if y is None:
            return UNRESOLVED
        anchor = "dct" if ctx.dct is not None else "absolute"
        day = safe_date(y, month, d)
    if day is None:
        return None
    if wd and day.isoweekday() != wd:
        flags = (*flags, "weekday-mismatch")
    return Value("date", day.isoformat(), anchor, flags)


def _full_year(raw: str) -> int:
    """A year as written: "2005", or "05" and "98" of a two-digit stamp (the century nearest)."""
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _core(c: Candidate, text: str) -> str:
    """The date itself without weekday or part of day, for dateparser ("22 Januari 2024")."""
    core = c.get("core")
    if core:
        return core
    body = text[c.start : c.end]
    m = re.search(
        r"\d{1,2}(?:st|nd|rd|th)?[\s/.-]+\S+[\s,/.-]+\d{2,4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}",
        body,
    )
    return m.group(0) if m else ""


def _h_explicit(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    if (
        c.kind == "numeric"
        and ctx.language == "en"
        and c.get("y")
        and not c.get("wd")
        and c.get("sep") != "."
    ):
        # English numeric dates are month first unless the first number cannot be a month; a
        # dotted one ("11.01.2022.") is the day-first form of continental Europe, in any language.
        first, second = int(c.get("d") or 0), int(c.get("mn") or 0)
        if first <= 12:
            day = safe_date(int(c.get("y") or 0), first, second)
            return Value("date", day.isoformat()) if day else None
    return _explicit_day(c, text, ctx)


def _h_iso(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    day = safe_date(int(c.get("y") or 0), int(c.get("mn") or 0), int(c.get("d") or 0))
    return Value("date", day.isoformat()) if day else None


def _range_years(
    c: Candidate, text: str, ctx: Context, m1: int, m2: int, d1: int | None
) -> tuple[int, int, str, tuple[str, ...]] | None:
    """The years of a range's two ends: as written, else inferred (a range may cross New Year:
    "Desember hingga Februari"). None when no year can be inferred."""
    if raw := c.get("y"):
        y2 = int(raw)
        return int(c.get("y1") or (y2 - 1 if m1 > m2 else y2)), y2, "absolute", ()
    if raw := c.get("y1"):  # "October 2021 and January": the second follows the first
        y1 = int(raw)
        return y1, (y1 + 1 if m1 > m2 else y1), "absolute", ()
    y, flags = infer_year(m1, d1, None, ctx, text, c.start, c.end)
    if y is None:
        return None
    return y, (y + 1 if m1 > m2 else y), "dct" if ctx.dct else "absolute", tuple(flags)


def _h_range_d(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    d1, d2 = int(c.get("d") or 0), int(c.get("d2") or 0)
    m2 = month_number(c.get("m") or "") if c.get("m") else None
    m1 = month_number(c.get("m1") or "") if c.get("m1") else None
    m1 = m1 or m2
    m2 = m2 or m1
    if not m1 or not m2:
        return None
    years = _range_years(c, text, ctx, m1, m2, d1)
    if years is None:
        return UNRESOLVED
    y1, y2, anchor, flags = years
    start, end = safe_date(y1, m1, d1), safe_date(y2, m2, d2)
    if start is None or end is None or end <= start:
        return None
    return Value("date", f"{start.isoformat()}/{end.isoformat()}", anchor, flags)


def _h_range_m(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    m1, m2 = month_number(c.get("m1") or ""), month_number(c.get("m") or "")
    if not m1 or not m2:
        return None
    years = _range_years(c, text, ctx, m1, m2, None)
    if years is None:
        return UNRESOLVED
    y1, y2, anchor, flags = years
    if (y2, m2) <= (y1, m1):
        return None
    return Value("date", f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", anchor, flags)


def _h_range_y(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    y1, y2 = int(c.get("y1") or 0), int(c.get("y") or 0)
    if c.get("yy"):  # "1950-53": the end in the first year's century
        y2 = y1 // 100 * 100 + int(c.get("yy") or 0)
    if y2 <= y1 or y2 - y1 > 200:
        return None
    if c.get("d") and c.get("m"):  # from a day: "20 Juli 1973 hingga 2020"
        day = safe_date(y1, month_number(c.get("m") or "") or 0, int(c.get("d") or 0))
        return Value("date", f"{day.isoformat()}/{y2:04d}") if day else None
    return Value("date", f"{y1:04d}/{y2:04d}")


def _h_month(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    month = month_number(c.get("m") or "")
    if not month:
        return None
    flags = mod_flags(c)
    if c.get("y"):
        year = int(c.get("y") or 0)
        return Value("date", f"{year:04d}-{month:02d}", "absolute", flags)
    yrel = norm(c.get("yrel")).replace("of ", "")
    rel = norm(c.get("rel"))
    if ctx.dct is None:
        return UNRESOLVED
    ref = ctx.dct
    if yrel:
        off = {
            "tahun lalu": -1,
            "tahun kemarin": -1,
            "last year": -1,
            "tahun ini": 0,
            "this year": 0,
            "tahun depan": 1,
            "next year": 1,
        }.get(yrel, 0)
        year = ref.year + off
    elif rel in {"lalu", "kemarin", "last", "previous"}:
        year = (
            ref.year
            if month < ref.month or (month == ref.month and rel in {"lalu", "kemarin"})
            else ref.year - 1
        )
    elif rel in {"depan", "mendatang", "next", "coming", "nanti"}:
        year = ref.year if month > ref.month else ref.year + 1
    elif rel in {"ini", "this"}:
        year = ref.year
    else:
        year, more = infer_year(month, None, None, ctx, text, c.start, c.end)
        if year is None:
            return UNRESOLVED
        flags = (*flags, *more)
    return Value("date", f"{year:04d}-{month:02d}", "dct", flags)


def _h_decade(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    dec = (c.get("dec") or "").lstrip("'")
    if len(dec) == 2:
        dec = ("19" if int(dec) >= 30 else "20") + dec
    return Value("date", f"{dec[:3]}X", "absolute", mod_flags(c))


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _h_century(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    """The n-th century is TIMEX3 "(n-1)": the 21st century is "20"."""
    raw = (c.get("c") or "").upper()
    if raw.isdigit():
        n = int(raw)
    else:
        vals = [_ROMAN[ch] for ch in raw]
        n = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
    if not 1 <= n <= 22:
        return None
    return Value("date", f"{n - 1:02d}")


def _h_year(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    return Value("date", f"{int(c.get('y') or 0):04d}", "absolute", mod_flags(c))


HANDLERS = {
    "numeric": _h_explicit,
    "dmy": _h_explicit,
    "mdy": _h_explicit,
    "iso": _h_iso,
    "range-d": _h_range_d,
    "range-m": _h_range_m,
    "range-y": _h_range_y,
    "month": _h_month,
    "decade": _h_decade,
    "century": _h_century,
    "year": _h_year,
}
