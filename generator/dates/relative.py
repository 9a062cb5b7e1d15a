"""Values of expressions read from a reference, the article's date or the expression before:
weekdays, clock times, weeks and weekends, "bulan lalu", "kemarin", "dua hari kemudian",
"sembilan bulan setelah", PRESENT_REF and its kin."""

from __future__ import annotations

import datetime as dt
import re

from generator.core.model import PartOfDay, Timex
from generator.dates.calendar import (
    add_months,
    duration_value,
    iso_week,
    monday,
    safe_date,
    shift,
    start_of,
    weekend_of,
)
from generator.dates.context import Context, direction, sentence_bounds
from generator.dates.lexicon import DEADLINE_BEFORE, WEEKDAY_RE, unit_letter, weekday_number
from generator.dates.recognise import Candidate
from generator.dates.value import UNRESOLVED, Value, counted_unit, mod_flags, norm, part_of_day

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
    "the previous day": -1, "the day before": -1, "hari yang sama": 0, "the same day": 0,
    "that day": 0, "that same day": 0, "hari itu": 0, "earlier in the day": 0,
    "later in the day": 0, "earlier that day": 0, "later that day": 0,
}  # fmt: skip


def _h_weekday(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    wd = weekday_number(c.get("wd") or "")
    if not wd:
        return None
    if ctx.dct is None:
        return UNRESOLVED
    ref = ctx.dct
    rel = norm(c.get("rel") or c.get("rel2"))
    if c.get("wunit"):
        off = _WEEK_OFFSET.get(rel, 0)
        day = monday(ref) + dt.timedelta(weeks=off, days=wd - 1)
        return Value("date", day.isoformat(), "dct")
    if not rel and (since := _stretch_start(c, text, prev)) is not None:
        # "Rabu (19/6) ... berlangsung hingga Kamis subuh": the Thursday after that Wednesday.
        day = since + dt.timedelta(days=(wd - since.isoweekday()) % 7 or 7)
        return Value("date", day.isoformat(), "timex")
    if not rel and (named := ctx.named_day(wd)) is not None:
        return Value("date", named.isoformat(), "timex")
    return Value("date", _weekday_day(ref, wd, rel, text, c.start, c.end).isoformat(), "dct")


def _stretch_start(c: Candidate, text: str, prev: Timex | None) -> dt.date | None:
    """The day a stretch began when a weekday closes it ("hingga", "until") in the sentence
    that named that day."""
    if prev is None or not _DAY_VALUE.fullmatch(prev.value):
        return None
    if not DEADLINE_BEFORE.search(text, max(0, c.start - 40), c.start):
        return None
    left, _ = sentence_bounds(text, c.start, c.end)
    return dt.date.fromisoformat(prev.value) if prev.start >= left else None


def _weekday_day(ref: dt.date, wd: int, rel: str, text: str, start: int, end: int) -> dt.date:
    """The day a weekday names, seen from `ref`: its own weekday is `ref` itself unless the
    text says last/next; otherwise the tense of the clause picks the week."""
    back = (ref.isoweekday() - wd) % 7
    ahead = (wd - ref.isoweekday()) % 7
    if rel in {"lalu", "kemarin", "last", "past"}:
        return ref - dt.timedelta(days=back or 7)
    if rel in {"depan", "mendatang", "next", "coming", "besok", "esok", "lusa"}:
        return ref + dt.timedelta(days=ahead or 7)
    if rel in {"ini", "this"}:
        return monday(ref) + dt.timedelta(days=wd - 1)
    if rel == "nanti" or deadline(text, start, end) or direction(text, start, end) == "future":
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def deadline(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is a deadline ("sampai hari Senin", "until Monday", "by
    5 p.m. Wednesday"), which looks forward, not a count so far ("hingga Jumat, telah terjadi
    248 gempa")."""
    found = DEADLINE_BEFORE.search(text, max(0, start - 40), start)
    if found is None or _tally(text, end):
        return False
    # "By Wednesday afternoon, officials said ...": opening the sentence, set off by a comma, it
    # is the time the story has reached. ("Hingga Sabtu, Jakarta berstatus Siaga I" is still
    # "until Saturday": Indonesian marks no tense to tell them apart.)
    left, _ = sentence_bounds(text, start, end, 0)
    opening = not text[left : found.start()].strip(" \t\n\"'“‘(")
    narrative = opening and found.group().lower().startswith("by") and _SET_OFF.match(text, end)
    return not narrative


_SET_OFF = re.compile(r"(?:\s+(?:pagi|siang|sore|malam|morning|afternoon|evening|night))?\s*,")


# A count so far: "hingga Jumat, telah terjadi 248 gempa" says what had happened by that day.
_TALLY = re.compile(r"\b(?:telah|sudah|tercatat|had|have\s+been|has\s+been)\b", re.I)


def _tally(text: str, end: int) -> bool:
    """Whether the clause after a deadline word reports what had happened by then."""
    _, right = sentence_bounds(text, end, end)
    return bool(_TALLY.search(text, end, right))


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
    """A clock time is the day it falls on: the day the story last named in its paragraph
    ("Senin dini hari. ... pukul 02.30 WITA"), else the day the lead reports, else the
    article's date."""
    part = part_of_day(c)
    day = _last_day(c, prev, text)
    if day is not None:
        return Value("date", day, "timex", (), part)
    if ctx.dct is None:
        return Value("date", "", "unresolved", ("unresolved",), part)
    lead = ctx.lead_day(part, c.start)
    if lead is not None and (ctx.dct - lead).days <= _LEAD_BEFORE:
        # Told further on with no day of its own, an hour is of the news day the lead reports
        # ("Sabtu (1/10) malam ... Laga dimulai pukul 20.00 WIB" in a paper of Sunday), in its
        # part of the day when the lead names several ("Sabtu malam ... Minggu dini hari").
        return Value("date", lead.isoformat(), "timex", (), part)
    return Value("date", ctx.dct.isoformat(), "dct", (), part)


_LEAD_BEFORE = 3  # days: a lead reports the news of the article's day or of the days just before


_DAY_REACH = 300  # characters: a day named this far back is still the one the story tells


def _last_day(c: Candidate, prev: Timex | None, text: str) -> str | None:
    """The day the expression before `c` names, when it names one in the same paragraph
    (measured: a day named in an earlier paragraph was more often background than the day a
    clock time or "pagi itu" falls on), or is an hour that took its day from its own paragraph
    (a chronology goes on: "... bubar pukul 21.00 WIB. // Namun sekitar pukul 23.00 WIB")."""
    if prev is None or not 0 <= c.start - prev.end <= _DAY_REACH:
        return None
    if _earlier_paragraph(prev, c, text) and (
        prev.part is None or prev.anchor != "timex" or _WEEKDAY_FIRST.match(prev.text)
    ):
        return None
    return prev.value if _DAY_VALUE.fullmatch(prev.value) else None


# A day named by its weekday ("Minggu dini hari") is a day of its own paragraph, not an hour
# whose day a chronology carries on.
_WEEKDAY_FIRST = re.compile(rf"(?:hari\s+)?{WEEKDAY_RE}", re.I)


def _earlier_paragraph(prev: Timex, c: Candidate, text: str) -> bool:
    return "\n" in text[prev.end : c.start]


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


# Words that count from the expression before rather than from the article's date.
_FROM_PREVIOUS = frozenset({"the previous", "the following", "sebelumnya", "berikutnya"})


def _reference(rel: str | None, ctx: Context, prev: Timex | None) -> tuple[str, dt.date | None]:
    """What a relative week, month or year counts from: the previous expression for "the
    following week" / "pekan berikutnya", else the article's date."""
    if rel in _FROM_PREVIOUS and prev is not None and (start := start_of(prev.value)) is not None:
        return "timex", start
    return "dct", ctx.dct


def _h_week(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    unit = norm(c.get("unit"))
    mod = norm(c.get("mod"))
    rel = norm(c.get("rel"))
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
        return Value("date", weekend_of(ref, off), anchor)
    flags = mod_flags(c) if mod != "akhir" else ()
    return Value("date", iso_week(ref + dt.timedelta(weeks=off)), anchor, flags)


def _h_rel_unit(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    letter = unit_letter(c.get("unit") or "")
    rel = norm(c.get("rel"))
    anchor, ref = _reference(rel, ctx, prev)
    if ref is None:
        return UNRESOLVED
    if letter not in {"M", "Y"}:
        return None
    off = _WEEK_OFFSET.get(rel, 0)
    return Value("date", shift(ref, off, letter), anchor, mod_flags(c))


def _h_rel_day(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    word = norm(c.get("word"))
    part: PartOfDay | None = {"tonight": "night", "semalam": "evening"}.get(word)  # type: ignore[assignment]
    if word in _DAY_WORDS:
        if ctx.dct is None:
            return UNRESOLVED
        day = ctx.dct + dt.timedelta(days=_DAY_WORDS[word])
        return Value("date", day.isoformat(), "dct", (), part)
    if word in _TIMEX_DAY_WORDS:
        step = _TIMEX_DAY_WORDS[word]
        if prev is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", prev.value):
            day = dt.date.fromisoformat(prev.value)
            if step or not _behind(day, prev, c, text, ctx):
                return Value("date", (day + dt.timedelta(days=step)).isoformat(), "timex")
        if ctx.dct is None:
            return UNRESOLVED
        return Value("date", (ctx.dct + dt.timedelta(days=step)).isoformat(), "dct")
    return None


def _behind(day: dt.date, prev: Timex, c: Candidate, text: str, ctx: Context) -> bool:
    """Whether `day`, named in an earlier paragraph than `c`, is background: more than a day
    before the article's. "Pada hari yang sama" opening a paragraph after one that retold the
    past is the day of the news, not of the past (measured: the day before in the same
    paragraph, or a day of the news, was the one meant in every such case seen)."""
    if ctx.dct is None or (ctx.dct - day).days <= 1:
        return False
    return _earlier_paragraph(prev, c, text)


# The words that make a part of day the day the story last named ("pagi itu", "that night").
THAT_DAY = frozenset({"itu", "harinya", "hari", "hari itu", "that"})


def _h_part(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    if ctx.dct is None:
        return UNRESOLVED
    rel = norm(c.get("rel"))
    part = norm(c.get("part"))
    if rel in THAT_DAY:  # "pagi itu", "sore harinya": the day the story last named
        named = _last_day(c, prev, text)
        if named is not None:
            return Value("date", named, "timex")
    day = ctx.dct
    if (rel == "tadi" and part == "malam") or (rel == "last" and part == "night"):
        day -= dt.timedelta(days=1)
    elif rel == "nanti" and part == "dini hari":
        # The small hours to come are past midnight: "laga digelar dini hari nanti".
        day += dt.timedelta(days=1)
    return Value("date", day.isoformat(), "dct")


_AGO = {"lalu", "yang lalu", "silam", "ago"}
# Hours, minutes and seconds before or after something happen on its day.
WITHIN_A_DAY = frozenset({"H", "MIN", "S"})
_LATER = {"kemudian", "later", "setelahnya", "sesudahnya", "berikutnya"}
_EARLIER = {"sebelumnya", "earlier"}


def _h_ago(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    counted = counted_unit(c)
    if counted is None:
        return None
    n, letter = counted
    rel = norm(c.get("rel"))
    if rel == "lagi" and _MORE_BEFORE.search(text, max(0, c.start - 40), c.start):
        # Time left or added, not a day: "sidang tinggal dua pekan lagi" (two weeks to go),
        # "masa tanggap darurat diperpanjang 14 hari lagi" (14 more days).
        return Value("duration", duration_value(n, letter))
    if letter in WITHIN_A_DAY:  # "dua jam kemudian": the day of what came before
        day = _last_day(c, prev, text) if rel in _LATER | _EARLIER else None
        if day is not None:
            return Value("date", day, "timex")
        return Value("date", ctx.dct.isoformat(), "dct") if ctx.dct else UNRESOLVED
    if letter not in {"D", "W", "M", "Y", "DE", "CE"}:
        return None
    sign = -1 if rel in _AGO | _EARLIER else 1
    anchor, ref = "dct", ctx.dct
    if rel in _LATER | _EARLIER:
        start = start_of(prev.value) if prev is not None else None
        if start is not None and not _finer(letter, prev.value):  # type: ignore[union-attr]
            # "since 2008 ... two days later": days counted from a year name no day.
            return UNRESOLVED
        if start is not None:
            anchor, ref = "timex", start
    if n == 0:
        return Value("date", "PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if ref is None:
        return UNRESOLVED
    if letter in {"M", "Y"} and _EXACTLY.match(text, c.start):
        # "Tepat setahun lalu", "exactly a year ago": the same day of that month or year.
        year, month = add_months(ref.year, ref.month, sign * n * (12 if letter == "Y" else 1))
        day = safe_date(year, month, ref.day)
        if day is not None:
            return Value("date", day.isoformat(), anchor)
    return Value("date", shift(ref, sign * n, letter), anchor, _rough(c, text))


_EXACTLY = re.compile(r"(?:tepat|persis|exactly)\b", re.I)


# Before "N lagi": what is left of a wait ("tinggal", "tersisa", "kurang") or what a stretch
# is lengthened by ("diperpanjang", "menambah").
_MORE_BEFORE = re.compile(
    r"\b(?:tinggal|tersisa|sisa|kurang|hanya|(?:mem|di)perpanjang(?:nya|kan)?|"
    r"(?:men|di|ber)?tambah(?:kan)?)\s+(?:(?:sekitar|kira-kira|lebih|kurang|dari)\s+)*$",
    re.I,
)


def _finer(letter: str, value: str) -> bool:
    """Whether `value` names its time finely enough to count `letter` units from: days and
    weeks from a day, months from a month."""
    if letter in {"D", "W"}:
        return bool(_DAY_VALUE.fullmatch(value))
    if letter == "M":
        return bool(re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value))
    return True


def _h_offset(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    """'N unit setelah X': X lies N units before the time of the clause (and after, for 'sebelum')."""
    counted = counted_unit(c)
    if counted is None:
        return None
    n, letter = counted
    if _LENGTH_BEFORE.search(text, max(0, c.start - 40), c.start):
        # A length, not a point: "for a few minutes before leaving", "paling lama 35 hari
        # setelah pemungutan suara". (Without such a word, "sembilan bulan setelah" dates: the
        # convention of tests/gold/seeds.yaml.)
        return Value("duration", duration_value(n, letter))
    anchor, ref = "dct", ctx.dct
    if prev is not None:
        left, _ = sentence_bounds(text, c.start, c.end)
        if prev.start >= left and (start := start_of(prev.value)) is not None:
            anchor, ref = "timex", start
    if letter in WITHIN_A_DAY:  # "empat menit setelah lepas landas": that day
        day = _last_day(c, prev, text)
        if day is not None:
            return Value("date", day, "timex")
        # No day before it: `temporal` looks after it, then to the lead.
        return Value("date", ctx.dct.isoformat(), "dct") if ctx.dct else UNRESOLVED
    if letter not in {"D", "W", "M", "Y", "DE", "CE"} or n == 0:
        return None
    rel = norm(c.get("rel"))
    sign = -1 if rel in {"setelah", "sesudah", "pasca", "usai", "after"} else 1
    if ref is None:
        return UNRESOLVED
    rough = _rough(c, text)
    whole_weeks = letter == "W" and anchor == "timex" and prev is not None and not rough
    if whole_weeks and _DAY_VALUE.fullmatch(prev.value):  # type: ignore[union-attr]
        # Whole weeks from a day are a day: "Selasa (19/7), sepekan setelah X" (X on 12/7).
        return Value("date", shift(ref, 7 * sign * n, "D"), anchor, ("offset",))
    return Value("date", shift(ref, sign * n, letter), anchor, ("offset", *rough))


def _rough(c: Candidate, text: str) -> tuple[str, ...]:
    """("approximate",) for a count told roughly ("hampir tujuh pekan setelah", "less than two
    months before"): it measures a gap, and dates no development itself."""
    if _ROUGHLY_IN.match(text, c.start) or _ROUGHLY_BEFORE.search(
        text, max(0, c.start - 24), c.start
    ):
        return ("approximate",)
    return ()


# A count given as roughly so many, the word opening the count or just before it ("almost two
# weeks after", "close to two weeks after", "lebih dari sepekan setelah").
_ROUGHLY = (
    r"(?:close\s+to|almost|nearly|about|around|roughly|more\s+than|less\s+than|over|under|"
    r"hampir|sekitar|sekira|lebih\s+dari|kurang\s+dari|nyaris)\s+"
)
_ROUGHLY_IN = re.compile(_ROUGHLY, re.I)
_ROUGHLY_BEFORE = re.compile(rf"\b{_ROUGHLY}$", re.I)


# Words that make what follows a length: "for", "selama", "lasting", "paling lama", "within".
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|selama|lasting|berlangsung|paling\s+lama|selambat-lambatnya|at\s+most|within|"
    r"dalam\s+waktu)\s+(?:(?:only|just|about|around|some|hanya|sekitar|kurang|lebih|"
    r"more|less|than|dari)\s+)*$",
    re.I,
)


def _h_ref(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    word = norm(text[c.start : c.end])
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


_PRESENT = frozenset({"saat ini", "dewasa ini", "at present", "at the moment", "now", "right now"})


_SEASON_OFFSET = {
    "this": 0,
    "ini": 0,
    "last": -1,
    "lalu": -1,
    "next": 1,
    "depan": 1,
    "mendatang": 1,
}


def _h_season(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    """A season is told by its year: "the summer of 2021" is 2021, "this summer" the DCT's."""
    if year := c.get("y") or c.get("y2"):
        return Value("date", year)
    if ctx.dct is None:
        return UNRESOLVED
    offset = _SEASON_OFFSET.get(norm(c.get("rel") or c.get("rel2")), 0)
    return Value("date", str(ctx.dct.year + offset), "dct")


HANDLERS = {
    "season": _h_season,
    "weekday": _h_weekday,
    "week": _h_week,
    "rel-unit": _h_rel_unit,
    "rel-day": _h_rel_day,
    "part": _h_part,
    "ago": _h_ago,
    "offset": _h_offset,
    "ref": _h_ref,
    "clock": _h_clock,
    "daypart": _h_clock,
    "range-wd": _h_range_wd,
}
