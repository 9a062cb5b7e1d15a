"""Turn a recognised candidate into a TIMEX3 value, at the granularity the text gives.

Explicit calendar dates go through dateparser (languages restricted, RELATIVE_BASE set, results
cached); everything dateparser reads badly in news — ranges, weeks and weekends, decades,
durations, weekdays whose direction depends on tense, offsets from another event — is resolved
here by the grammar of the two languages. A relative expression with no reference date is left
unresolved (empty value, flag "unresolved"), never resolved against "today".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.core.model import PartOfDay, Timex, TimexType
from generator.core.timexvalue import bounds
from generator.dates.lexicon import (
    FUTURE_BEFORE,
    FUTURE_CUES,
    PARTS,
    PLURAL_UNITS,
    SE_UNITS,
    SPEECH_BEFORE,
    month_number,
    number,
    unit_letter,
    weekday_number,
)
from generator.dates.recognise import Candidate

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


@dataclass(frozen=True, slots=True)
class Context:
    """What a value may depend on: the DCT, an upper bound from page dates, the language."""

    dct: dt.date | None
    language: str = "id"
    upper: dt.date | None = None


# --- dateparser, per candidate and cached ---------------------------------------------------


@lru_cache(maxsize=4096)
def _engine(core: str, language: str, base: str, order: str) -> tuple[str, str] | None:
    """(ISO date, period) dateparser reads from `core`, or None. Cached: many dates repeat."""
    data = _parser(language, base, order).get_date_data(core)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date().isoformat(), data.period or "day"


@lru_cache(maxsize=64)
def _parser(language: str, base: str, order: str) -> DateDataParser:
    from dateparser.date import DateDataParser  # imported lazily: it costs ~0.1 s

    return DateDataParser(
        languages=[language],
        settings={
            "RELATIVE_BASE": dt.datetime.fromisoformat(base),
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": order,
            "PREFER_DATES_FROM": "past",
            # Only explicit dates come here; relative ones are the grammar's job.
            "PARSERS": ["absolute-time", "custom-formats"],
        },
    )


def engine_date(
    core: str, language: str, base: dt.date | None, order: str = "DMY"
) -> dt.date | None:
    """The day dateparser reads from an explicit date string (its base only fills gaps)."""
    lang = "en" if language == "en" else "id"
    # Callers pass complete dates, so the base never shows in the result; a fixed base keeps
    # the cache shared across articles.
    del base
    base_iso = "2000-01-01"
    core = " ".join(core.split())
    plain = plain_date(core, lang) if order == "DMY" else None
    if plain is not None:
        return plain
    got = _engine(core, lang, base_iso, order)
    return dt.date.fromisoformat(got[0]) if got else None


# The everyday complete forms ("22 Januari 2024", "January 22, 2024", "22/1/2024") read
# directly: dateparser reads each as the same day (tests/test_normalise.py checks a sample of
# every month name against it), and calling it was most of the time the temporal layer spent on
# an archive. Anything else, or an impossible day, still goes to dateparser.
_FULL_MONTHS = {
    "id": {
        name: i
        for i, name in enumerate(
            "januari februari maret april mei juni juli agustus september oktober november "
            "desember".split(),
            1,
        )
    },
    "en": {
        name: i
        for i, name in enumerate(
            "january february march april may june july august september october november "
            "december".split(),
            1,
        )
    },
}
_PLAIN_DMY = re.compile(r"(\d{1,2}) ([A-Za-z]+) (\d{4})")
_PLAIN_MDY = re.compile(r"([A-Za-z]+) (\d{1,2}), (\d{4})")
_PLAIN_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
PLAIN_YEARS = (1500, 2199)  # the years the recogniser reads as dates


def plain_date(core: str, language: str) -> dt.date | None:
    """The day of `core` when it is one of the plain forms dateparser reads the same, else None
    (the caller then asks dateparser). Day-month order, as `engine_date`'s default."""
    if m := _PLAIN_NUMERIC.fullmatch(core):
        d, month, y = int(m[1]), int(m[2]), int(m[3])
    else:
        if m := _PLAIN_DMY.fullmatch(core):
            d, name, y = int(m[1]), m[2], int(m[3])
        elif language == "en" and (m := _PLAIN_MDY.fullmatch(core)):
            name, d, y = m[1], int(m[2]), int(m[3])
        else:
            return None
        low = name.lower()
        if name not in (low, low.upper(), low.capitalize()):
            return None  # odd capitals: leave them to dateparser
        month = _FULL_MONTHS[language].get(low, 0)
    if not month or not PLAIN_YEARS[0] <= y <= PLAIN_YEARS[1]:
        return None
    return safe_date(y, month, d)


# --- calendar helpers ------------------------------------------------------------------------


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.isoweekday() - 1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shift(ref: dt.date, n: int, unit: str) -> str:
    """`ref` moved by n units, written at that unit's granularity."""
    if unit == "D":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        return iso_week(ref + dt.timedelta(weeks=n))
    if unit == "M":
        y, m = add_months(ref.year, ref.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "DE":
        return f"{(ref.year + 10 * n) // 10:03d}X"
    if unit == "CE":
        return f"{(ref.year + 100 * n) // 100:02d}"
    return ref.isoformat()


def duration_value(n: int, unit: str) -> str:
    """TIMEX3 duration; 0 is an unknown count ("berbulan-bulan" -> PXM)."""
    count = "X" if n == 0 else str(n)
    if unit == "DE":
        return "PXDE" if n == 0 else f"P{n * 10}Y"
    if unit == "CE":
        return "PXCE" if n == 0 else f"P{n * 100}Y"
    if unit in {"H", "MIN"}:
        return f"PT{count}{'M' if unit == 'MIN' else 'H'}"
    return f"P{count}{unit}"


def start_of(value: str) -> dt.date | None:
    """First day of a value's period (for ordering and references), or None."""
    found = bounds(value)
    return found[0] if found else None


def end_of(value: str) -> dt.date | None:
    """Last day of a value's period."""
    found = bounds(value)
    return found[1] if found else None


# --- direction from tense ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?\n]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)),
        default=max(0, start - 400),
    )
    m = _SENTENCE_END.search(text, end)
    return left, (m.start() if m else len(text))


def direction(text: str, start: int, end: int, *, after: bool = True) -> str:
    """'future' when the clause speaks of what will happen, else 'past' (news reports events).

    The nearest cue before the expression decides: a future marker ("akan", "dijadwalkan",
    "will") looks forward; a reporting verb ("kata", "said") dates the saying, in the past.
    With no cue before it, a future marker later in the sentence still looks forward (unless
    `after` is False).
    """
    left, right = sentence_bounds(text, start, end)
    before = text[left:start]
    fut = sorted(
        [m.end() for m in FUTURE_CUES.finditer(before)]
        + [m.end() for m in FUTURE_BEFORE.finditer(before)]
    )
    speech = SPEECH_BEFORE.search(before)
    if fut and (not speech or fut[-1] > speech.start()):
        return "future"
    if speech or not after:
        return "past"
    return "future" if FUTURE_CUES.search(text, end, right) else "past"


# --- year inference ---------------------------------------------------------------------------


def infer_year(
    month: int,
    day: int | None,
    weekday: int | None,
    ctx: Context,
    text: str,
    start: int,
    end: int,
    rel: str = "",
) -> tuple[int | None, tuple[str, ...]]:
    """The year of a day/month written without one, with flags saying how it was chosen.

    `rel` is "past" or "future" when the text says which occurrence it means ("14 Agustus
    mendatang", "5 Maret lalu"); otherwise the tense of the clause decides a future date and
    the nearest occurrence any other.
    """
    if ctx.dct is not None:
        ref = ctx.dct
        years = [ref.year - 1, ref.year, ref.year + 1]
        if weekday and day:
            fits = [
                y
                for y in years
                if (d := safe_date(y, month, day)) is not None and d.isoweekday() == weekday
            ]
            if fits:
                return min(fits, key=lambda y: (abs((dt.date(y, month, day) - ref).days), -y)), ()
        if day:
            # Only a cue before the date: "Pada 5 Juni, menteri mengatakan akan ..." is past.
            ahead = direction(text, start, end, after=False) == "future"
            when = rel or ("future" if ahead else "")
            days = [d for y in years if (d := safe_date(y, month, day)) is not None]
            if when == "past" and (before := [d for d in days if d <= ref]):
                return max(before).year, ()
            if when == "future" and (after := [d for d in days if d >= ref]):
                return min(after).year, ()
        # Nearest occurrence; ties and near-equal distances go to the past (news reports).
        best = min(
            years,
            key=lambda y: (
                abs(((safe_date(y, month, day or 1) or dt.date(y, month, 1)) - ref).days),
                -y,
            ),
        )
        if day is None:
            fwd = direction(text, start, end) == "future"
            if fwd:
                best = ref.year if month >= ref.month else ref.year + 1
            else:
                best = ref.year if month <= ref.month else ref.year - 1
        return best, ()
    if ctx.upper is not None:
        ub = ctx.upper
        for y in range(ub.year, ub.year - 15, -1):
            d = safe_date(y, month, day or 1)
            if d is None or d > ub:
                continue
            if weekday and day:
                if d.isoweekday() == weekday:
                    return y, ("year-from-weekday",)
                continue
            return y, ("year-from-page-date",)
    return None, ()


# --- the normaliser ---------------------------------------------------------------------------

_WEEK_OFFSET = {
    "lalu": -1, "yang lalu": -1, "kemarin": -1, "sebelumnya": -1, "silam": -1, "last": -1,
    "previous": -1, "past": -1, "the previous": -1, "the past": -1,
    "ini": 0, "this": 0,
    "depan": 1, "mendatang": 1, "berikutnya": 1, "next": 1, "coming": 1, "following": 1,
    "the following": 1, "the coming": 1, "the next": 1,
}  # fmt: skip
_DAY_WORDS = {
    "hari ini": 0, "today": 0, "tonight": 0, "kemarin": -1, "yesterday": -1, "besok": 1,
    "esok": 1, "esok hari": 1, "tomorrow": 1, "lusa": 2, "the day after tomorrow": 2,
    "kemarin lusa": -2, "the day before yesterday": -2, "semalam": -1,
}  # fmt: skip
_TIMEX_DAY_WORDS = {
    "keesokan hari": 1, "keesokan harinya": 1, "esok harinya": 1, "sehari kemudian": 1,
    "sehari setelahnya": 1, "sehari sesudahnya": 1, "hari berikutnya": 1, "the next day": 1,
    "the following day": 1, "the day after": 1, "sehari sebelumnya": -1, "hari sebelumnya": -1,
    "the previous day": -1, "the day before": -1,
}  # fmt: skip
_MOD_FLAGS = {
    "awal": "start", "early": "start", "earlier": "start", "the start of": "start",
    "the beginning of": "start", "akhir": "end", "late": "end", "later": "end",
    "penghujung": "end", "the end of": "end", "pertengahan": "mid", "medio": "mid",
    "mid": "mid", "mid-": "mid", "the middle of": "mid",
}  # fmt: skip


def _norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def _mod_flags(c: Candidate) -> tuple[str, ...]:
    mod = _norm(c.get("mod"))
    return (_MOD_FLAGS[mod],) if mod in _MOD_FLAGS else ()


def _part(c: Candidate) -> PartOfDay | None:
    hh = c.get("hh")
    if hh is not None:
        hour = int(hh)
        ampm = _norm(c.get("ampm")).replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        # News convention: pagi 05-11, siang/sore 11-18, malam 18-24, dini hari 00-05.
        if 5 <= hour < 11:
            return "morning"
        if 11 <= hour < 18:
            return "afternoon"
        if hour >= 18:
            return "evening"
        return "night"
    part = _norm(c.get("part"))
    value = PARTS.get(part)
    return value  # type: ignore[return-value]


def _unit(c: Candidate) -> tuple[int, str] | None:
    """(count, unit letter) of a counted candidate; count 0 means vague."""
    if c.get("se"):
        letter = unit_letter(c.get("unit2") or "")
        return (1, letter) if letter else None
    if c.get("num") is None:
        return None
    n = number(c.get("num") or "")
    letter = unit_letter(c.get("unit") or "")
    if n is None or letter is None:
        return None
    return n, letter


@dataclass(frozen=True, slots=True)
class Value:
    """What the normaliser decided, before it becomes a `Timex`."""

    type: TimexType
    value: str
    anchor: str = "absolute"
    flags: tuple[str, ...] = ()
    part: PartOfDay | None = None


UNRESOLVED = Value("date", "", "unresolved", ("unresolved",))


def normalise(c: Candidate, text: str, ctx: Context, previous: Timex | None = None) -> Value | None:
    """The TIMEX3 reading of candidate `c` in `text`; None when it proves not temporal.

    `previous` is the last dated expression before this one in the article: the anchor of
    "keesokan harinya", "two days later" and of offsets such as "sembilan bulan setelah".
    """
    handler = _HANDLERS.get(c.kind)
    if handler is None:
        return None
    value = handler(c, text, ctx, previous)
    if value is None:
        return None
    if value.part:
        return value  # the handler's part stands (values are immutable: no copy needed)
    return Value(value.type, value.value, value.anchor, value.flags, _part(c))


# Words after a date without a year that say which occurrence it is.
_REL_DIRECTION = {
    "lalu": "past", "yang lalu": "past", "silam": "past",
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
        year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
        core = _core(c, text)
        parsed = engine_date(core, ctx.language, ctx.dct) if core else None
        day = parsed if parsed and parsed.year == year else safe_date(year, month, d)
    else:
        rel = _REL_DIRECTION.get(_norm(c.get("rel")), "")
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
    if c.kind == "numeric" and ctx.language == "en" and c.get("y") and not c.get("wd"):
        # English numeric dates are month first unless the first number cannot be a month.
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
    if y2 <= y1 or y2 - y1 > 200:
        return None
    return Value("date", f"{y1:04d}/{y2:04d}")


def _h_month(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    month = month_number(c.get("m") or "")
    if not month:
        return None
    flags = _mod_flags(c)
    if c.get("y"):
        year = int(c.get("y") or 0)
        return Value("date", f"{year:04d}-{month:02d}", "absolute", flags)
    yrel = _norm(c.get("yrel")).replace("of ", "")
    rel = _norm(c.get("rel"))
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
    return Value("date", f"{dec[:3]}X", "absolute", _mod_flags(c))


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
    return Value("date", f"{int(c.get('y') or 0):04d}", "absolute", _mod_flags(c))


def _h_weekday(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    wd = weekday_number(c.get("wd") or "")
    if not wd:
        return None
    if ctx.dct is None:
        return UNRESOLVED
    ref = ctx.dct
    rel = _norm(c.get("rel") or c.get("rel2"))
    if c.get("wunit"):
        off = _WEEK_OFFSET.get(rel, 0)
        day = monday(ref) + dt.timedelta(weeks=off, days=wd - 1)
        return Value("date", day.isoformat(), "dct")
    return Value("date", _weekday_day(ref, wd, rel, text, c.start, c.end).isoformat(), "dct")


def _weekday_day(ref: dt.date, wd: int, rel: str, text: str, start: int, end: int) -> dt.date:
    """The day a weekday names, seen from `ref`: its own weekday is `ref` itself unless the
    text says last/next; otherwise the tense of the clause picks the week."""
    back = (ref.isoweekday() - wd) % 7
    ahead = (wd - ref.isoweekday()) % 7
    if rel in {"lalu", "kemarin", "last", "past"}:
        return ref - dt.timedelta(days=back or 7)
    if rel in {"depan", "mendatang", "next", "coming"}:
        return ref + dt.timedelta(days=ahead or 7)
    if rel in {"ini", "this"}:
        return monday(ref) + dt.timedelta(days=wd - 1)
    if rel == "nanti" or direction(text, start, end) == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def _h_range_wd(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    """A weekday range ("Kamis hingga Jumat"): the first resolved as a bare weekday, the second
    the next such day after it."""
    wd1, wd2 = weekday_number(c.get("wd") or ""), weekday_number(c.get("wd2") or "")
    if not wd1 or not wd2 or wd1 == wd2:
        return None
    if ctx.dct is None:
        return UNRESOLVED
    first = _weekday_day(ctx.dct, wd1, "", text, c.start, c.end)
    last = first + dt.timedelta(days=(wd2 - wd1) % 7)
    return Value("date", f"{first.isoformat()}/{last.isoformat()}", "dct")


def _h_clock(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    """A clock time is the day it falls on: the day last named in the same paragraph
    ("Senin dini hari. ... pukul 02.30 WITA"), else the article's date."""
    part = _part(c)
    if (
        prev is not None
        and _DAY_VALUE.fullmatch(prev.value)
        and prev.end <= c.start
        and "\n" not in text[prev.end : c.start]
    ):
        return Value("date", prev.value, "timex", (), part)
    if ctx.dct is None:
        return Value("date", "", "unresolved", ("unresolved",), part)
    return Value("date", ctx.dct.isoformat(), "dct", (), part)


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _weekend(ref: dt.date, off: int) -> str:
    sat = monday(ref) + dt.timedelta(weeks=off, days=5)
    return f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}"


# Words that count from the expression before rather than from the article's date.
_FROM_PREVIOUS = frozenset({"the previous", "the following", "sebelumnya", "berikutnya"})


def _reference(rel: str | None, ctx: Context, prev: Timex | None) -> tuple[str, dt.date | None]:
    """What a relative week, month or year counts from: the previous expression for "the
    following week" / "pekan berikutnya", else the article's date."""
    if rel in _FROM_PREVIOUS and prev is not None and (start := start_of(prev.value)) is not None:
        return "timex", start
    return "dct", ctx.dct


def _h_week(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    unit = _norm(c.get("unit"))
    mod = _norm(c.get("mod"))
    rel = _norm(c.get("rel"))
    weekend = unit == "weekend" or mod == "akhir"
    anchor, ref = _reference(rel, ctx, prev)
    if ref is None:
        return UNRESOLVED
    if rel:
        off = _WEEK_OFFSET.get(rel, 0)
    elif weekend:
        # A bare weekend: the coming one when the clause looks forward, else the last one.
        fwd = direction(text, c.start, c.end) == "future"
        off = 0 if fwd or ref.isoweekday() >= 6 else -1
    else:
        return None
    if weekend:
        return Value("date", _weekend(ref, off), anchor)
    flags = _mod_flags(c) if mod != "akhir" else ()
    return Value("date", iso_week(ref + dt.timedelta(weeks=off)), anchor, flags)


def _h_rel_unit(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    letter = unit_letter(c.get("unit") or "")
    rel = _norm(c.get("rel"))
    anchor, ref = _reference(rel, ctx, prev)
    if ref is None:
        return UNRESOLVED
    if letter not in {"M", "Y"}:
        return None
    off = _WEEK_OFFSET.get(rel, 0)
    return Value("date", _shift(ref, off, letter), anchor, _mod_flags(c))


def _h_rel_day(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    word = _norm(c.get("word"))
    part: PartOfDay | None = {"tonight": "night", "semalam": "evening"}.get(word)  # type: ignore[assignment]
    if word in _DAY_WORDS:
        if ctx.dct is None:
            return UNRESOLVED
        day = ctx.dct + dt.timedelta(days=_DAY_WORDS[word])
        return Value("date", day.isoformat(), "dct", (), part)
    if word in _TIMEX_DAY_WORDS:
        step = _TIMEX_DAY_WORDS[word]
        if prev is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", prev.value):
            day = dt.date.fromisoformat(prev.value) + dt.timedelta(days=step)
            return Value("date", day.isoformat(), "timex")
        if ctx.dct is None:
            return UNRESOLVED
        return Value("date", (ctx.dct + dt.timedelta(days=step)).isoformat(), "dct")
    return None


def _h_part(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    if ctx.dct is None:
        return UNRESOLVED
    rel = _norm(c.get("rel"))
    part = _norm(c.get("part"))
    day = ctx.dct
    if (rel == "tadi" and part == "malam") or (rel == "last" and part == "night"):
        day -= dt.timedelta(days=1)
    return Value("date", day.isoformat(), "dct")


_AGO = {"lalu", "yang lalu", "silam", "ago"}
_LATER = {"kemudian", "later", "setelahnya", "sesudahnya", "berikutnya"}
_EARLIER = {"sebelumnya", "earlier"}


def _h_ago(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    counted = _unit(c)
    if counted is None:
        return None
    n, letter = counted
    if letter not in {"D", "W", "M", "Y", "DE", "CE"}:
        return None
    rel = _norm(c.get("rel"))
    sign = -1 if rel in _AGO | _EARLIER else 1
    anchor, ref = "dct", ctx.dct
    if rel in _LATER | _EARLIER:
        start = start_of(prev.value) if prev is not None else None
        if start is not None:
            anchor, ref = "timex", start
    if n == 0:
        return Value("date", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if ref is None:
        return UNRESOLVED
    return Value("date", _shift(ref, sign * n, letter), anchor)


def _h_offset(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    """'N unit setelah X': X lies N units before the time of the clause (and after, for 'sebelum')."""
    counted = _unit(c)
    if counted is None:
        return None
    n, letter = counted
    if letter not in {"D", "W", "M", "Y", "DE", "CE"} or n == 0:
        return None
    rel = _norm(c.get("rel"))
    sign = -1 if rel in {"setelah", "sesudah", "pasca", "usai", "after"} else 1
    anchor, ref = "dct", ctx.dct
    if prev is not None:
        left, _ = sentence_bounds(text, c.start, c.end)
        if prev.start >= left and (start := start_of(prev.value)) is not None:
            anchor, ref = "timex", start
    if ref is None:
        return UNRESOLVED
    return Value("date", _shift(ref, sign * n, letter), anchor, ("offset",))


def _h_ref(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    word = _norm(text[c.start : c.end])
    if word in _PRESENT:
        return Value("date", "PRESENT_REF", "dct")
    past = (
        "terakhir",
        "belakangan",
        "sebelumnya",
        "baru-baru",
        "recent",
        "past",
        "last few",
        "masa lalu",
    )
    value = "PAST_REF" if any(p in word for p in past) else "FUTURE_REF"
    return Value("date", value, "dct")


_PRESENT = frozenset({"saat ini", "dewasa ini", "at present", "at the moment"})


def _h_set(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    wd = weekday_number(c.get("wd") or "") if c.get("wd") else None
    if wd:
        return Value("set", f"XXXX-WXX-{wd}")
    word = _norm(c.get("unit2"))
    if word in {"malam", "pagi", "sore", "morning", "evening", "night"}:
        return Value("set", "P1D", part=PARTS.get(word))  # type: ignore[arg-type]
    if word == "annually" or "annually" in _norm(text[c.start : c.end]):
        return Value("set", "P1Y")
    counted = _unit(c)
    if counted is None and word:
        letter = unit_letter(word) or unit_letter(SE_UNITS.get("se" + word, ""))
        counted = (1, letter) if letter else None
    if counted is None:
        return None
    n, letter = counted
    return Value("set", duration_value(max(n, 1), letter))


def _h_duration(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    if c.get("redup"):
        return Value("duration", duration_value(0, PLURAL_UNITS[_norm(c.get("redup"))]))
    if c.get("vague"):
        letter = unit_letter(c.get("vague") or "")
        return Value("duration", duration_value(0, letter)) if letter else None
    counted = _unit(c)
    if counted is None:
        letter = unit_letter(c.get("unit") or "")
        if letter is None:
            return None
        counted = (1, letter)
    n, letter = counted
    return Value("duration", duration_value(n, letter))


_HANDLERS = {
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
    "weekday": _h_weekday,
    "week": _h_week,
    "rel-unit": _h_rel_unit,
    "rel-day": _h_rel_day,
    "part": _h_part,
    "ago": _h_ago,
    "offset": _h_offset,
    "ref": _h_ref,
    "set": _h_set,
    "duration": _h_duration,
    "clock": _h_clock,
    "range-wd": _h_range_wd,
}
