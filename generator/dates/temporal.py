"""Date an article: its publication date (DCT) and every time expression in it.

Article text is scanned with page furniture blanked; the furniture kinds that print dates
(header, copyright, footer) are scanned on their own and give `page-date` expressions. A date
the page prints on a line of its own (generator/dates/stamps.py) that turns out to be the
article's date is its publication stamp: typed `date`, flagged "publication", never an event.
Every other printed date stays a `page-date`, an upper bound of the DCT.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from generator.core.model import Article, DatedArticle, Dct, Timex
from generator.core.timexvalue import bounds
from generator.dates.calendar import safe_date
from generator.dates.clues import is_dateline
from generator.dates.context import Context, sentence_bounds
from generator.dates.dct import find_dct
from generator.dates.evidence import LEAD_CHARS
from generator.dates.normalise import normalise
from generator.dates.recognise import Candidate, recognise
from generator.dates.relative import THAT_DAY, WITHIN_A_DAY
from generator.dates.stamps import find_stamps
from generator.dates.value import UNRESOLVED, Value, counted_unit

# Lists of other articles ("Baca juga", "Terpopuler"): their dates are the linked articles',
# so they bound nothing of this one.
LISTED_KINDS = frozenset({"related", "read-also"})
# The page's own dates, which bound the article's.
BOUNDING_KINDS = frozenset({"header", "copyright", "footer"})


def language_of(article: Article) -> str:
    """The language whose grammar reads the article: English or (also for 'und') Indonesian."""
    return "en" if article.language == "en" else "id"


def page_dates(
    article: Article, kinds: frozenset[str], dct: dt.date | None = None
) -> tuple[Timex, ...]:
    """Dates printed by the page around the article, in its furniture of `kinds`, typed
    `page-date` (flagged "listed" in the lists of other articles).

    Without `dct` only what reads alone is a date ("Senin, 9 Feb 2026"). With it, an item of a
    list of other articles is read too ("Baca juga: ... Senin (11/1)", "... Pekan Depan"):
    against the item's own stamp when it prints one, else against the article's date, as a
    site lists beside an article the reports of its days."""
    language = language_of(article)
    found: list[Timex] = []
    for f in article.furniture:
        if f.kind not in kinds:
            continue
        listed = f.kind in LISTED_KINDS
        segment = article.text[f.start : f.end]
        dates = _segment_dates(segment, language)
        if listed and dct is not None:
            own = [v.value for _, _, v in dates if _DAY.fullmatch(v.value)]
            anchor = dt.date.fromisoformat(own[-1]) if own else dct
            dates = _segment_dates(segment, language, anchor)
        for start, end, value in dates:
            start, end = f.start + start, f.start + end
            flags = (*value.flags, "listed") if listed else value.flags
            text = article.text[start:end]
            found.append(
                Timex(text, start, end, "page-date", value.value, value.part, "absolute", flags)
            )
    return tuple(found)


# Cached: a site prints the same header and footer ("© 2025 Kompas.com") on every page, and
# the dates of a segment depend on nothing but its text, the language and the day it is read
# against.
@lru_cache(maxsize=4096)
def _segment_dates(
    segment: str, language: str, anchor: dt.date | None = None
) -> tuple[tuple[int, int, Value], ...]:
    """The dates in one piece of page furniture, with offsets into it."""
    candidates = _segment_candidates(segment)
    if not candidates:
        return ()
    ctx = Context(dct=anchor, language=language)
    found: list[tuple[int, int, Value]] = []
    for c in candidates:
        value = normalise(c, segment, ctx)
        if value is None or not value.value or value.type != "date":
            continue
        found.append((c.start, c.end, value))
    return tuple(found)


@lru_cache(maxsize=4096)
def _segment_candidates(segment: str) -> tuple[Candidate, ...]:
    # (Cached apart: a list is read again against each article's date.)
    return recognise(segment, page=True)


def date_article(article: Article, dct: Dct | None = None) -> DatedArticle:
    """Find the article's DCT (unless given) and its time expressions, resolved against it."""
    # The dates of other articles listed beside this one ("Terpopuler") bound nothing: they
    # are read once the article's date is known, against it.
    bounding = page_dates(article, BOUNDING_KINDS)
    candidates = recognise(article.clean)
    stamps = find_stamps(article, candidates, bounding)
    if dct is None:
        dct = find_dct(article, candidates, bounding, stamps)
    own = dct.value or ""
    printed = {(s.start, s.end): s.day.isoformat() == own for s in stamps}
    ctx = Context(
        dct=dt.date.fromisoformat(dct.value) if dct.value else None,
        language=language_of(article),
    )
    lead, lead_parts = _lead_days(article, candidates, ctx, set(printed))
    ctx = replace(
        ctx, named=_named_days(candidates, article.clean, ctx), lead=lead, lead_parts=lead_parts
    )
    pages = (*bounding, *page_dates(article, LISTED_KINDS, ctx.dct))
    timexes = [_printed(t, printed.get((t.start, t.end))) for t in pages]
    previous: Timex | None = None
    for i, c in enumerate(candidates):
        value = normalise(c, article.clean, ctx, previous)
        if value is None or value.type == "set":
            # A recurrence ("setiap Senin", "per hari") is recognised so that its words are
            # read as no date, and dates nothing itself: it is no time expression of the story.
            continue
        # After "sejak"/"since": the start of a stretch reaching to now.
        opens = value.type == "date" and bool(
            _SINCE.search(article.clean, max(0, c.start - 32), c.start)
        )
        if opens and (c.kind == "daypart" or _compared(article.clean, c.start)):
            # "Sejak pagi, antrean memanjang" tells how long a scene has lasted, "the biggest
            # majority since 1995" what a record is measured against: no development.
            value = replace(value, flags=(*value.flags, "since"))
        if c.kind in _HOURS:
            value = _clock_day(value, candidates, i, article.clean, ctx, previous)
        elif c.kind in _COUNTED:
            value = _restated(value, candidates, i, article.clean, ctx, previous)
        elif c.kind == "offset" and value.anchor == "dct":
            value = _hours_from(value, candidates, i, article.clean, ctx, previous)
        stamp = printed.get((c.start, c.end))
        if stamp is not None:
            timexes.append(_printed(_timex(article, c.start, c.end, value, value.anchor), stamp))
            continue
        anchor = value.anchor
        if anchor == "dct" and dct.source == "corpus":
            anchor = "corpus"
        if value.value == own and is_dateline(article.clean, c.start, c.end):
            # The wire's date of filing, like a stamp: the article's date, not an event's.
            value = Value(value.type, value.value, value.anchor, (*value.flags, "dateline"))
        listed = _listed_pair(article, c, value, anchor)
        if listed:
            timexes.extend(listed)
            previous = listed[-1]
            continue
        timex = _timex(article, c.start, c.end, value, anchor)
        timexes.append(timex)
        if (
            timex.type == "date"
            and _is_calendar(timex.value)
            and "name" not in timex.flags
            and not opens
        ):
            previous = timex
    timexes.sort(key=lambda t: (t.start, t.end))
    timexes = _years_of_the_sentence(timexes, candidates, article.clean)
    return DatedArticle(article=article, dct=dct, timexes=join_ranges(timexes, article.text))


_DAY_MONTH = frozenset({"dmy", "mdy", "numeric", "range-d"})
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _years_of_the_sentence(
    timexes: list[Timex], candidates: Sequence[Candidate], text: str
) -> list[Timex]:
    """A day and month without a year in a sentence that names a year for another date take
    the year that puts them nearest it ("dibuka pada 24 Juli dan ditutup 9 Agustus 2020");
    without one, a day and month after another in the sentence take the year that puts them
    on or after it ("from July 24 to Aug. 9, followed by the Paralympics from Aug. 25"): the
    writer names the year once for the dates that share it, and lists them in order."""
    # True: the year written out; False: none; None: a relative one ("Oct 29 last year"),
    # which names that date's year alone.
    kinds = {
        (c.start, c.end): True if c.get("y") or c.get("y2") else None if c.get("yrel") else False
        for c in candidates
        if c.kind in _DAY_MONTH
    }
    if False not in kinds.values():
        return timexes
    days = [
        (t.start, span[0], kinds[(t.start, t.end)])
        for t in timexes
        if (t.start, t.end) in kinds and t.type == "date" and (span := bounds(t.value))
    ]
    starts = [at for at, _, _ in days]
    out = []
    first_days = {at: day for at, day, _ in days}
    for t in timexes:
        told = kinds.get((t.start, t.end))
        own = told is False and t.type == "date" and "dateline" not in t.flags
        first = first_days.get(t.start) if own else None
        if first is None or not _ISO_DAY.match(t.value):
            out.append(t)
            continue
        left, right = sentence_bounds(text, t.start, t.end, 400)
        # The sentence's dates, through the index of their offsets (an archive's page may
        # hold thousands of dates).
        around = days[bisect.bisect_left(starts, left) : bisect.bisect_left(starts, right)]
        named = [day for _, day, y in around if y is True]
        before = [day for at, day, _ in around if at < t.start]
        options = [
            day
            for moved in range(-1, 2)
            for ref in (named or before)[:1]
            if (day := safe_date(ref.year + moved, first.month, first.day)) is not None
        ]
        if not options:
            out.append(t)
            continue
        ref = (named or before)[0]
        if named:
            best = min(options, key=lambda d: abs((d - ref).days))
        else:
            after = [d for d in options if 0 <= (d - ref).days < _LISTED_WITHIN]
            best = min(after) if after else first
        moved = best.year - first.year
        if not moved:
            out.append(t)
            continue
        value = re.sub(r"\d{4}", lambda m, by=moved: str(int(m.group()) + by), t.value)
        out.append(replace(t, value=value))
    return out


_LISTED_WITHIN = 330  # days: dates a sentence lists in order lie within a year of the first


def _lead_days(
    article: Article, candidates: list[Candidate], ctx: Context, printed: set[tuple[int, int]]
) -> tuple[dt.date | None, tuple[tuple[str, dt.date, int], ...]]:
    """The latest day the lead names (its first LEAD_CHARS past the page's header, stamps
    apart), not after the article's date: the day whose news the article reports; and those
    it names with a part of day. Only clock times and parts of day standing alone ask for
    them."""
    if ctx.dct is None or not any(c.kind in _HOURS for c in candidates):
        return None, ()
    text = article.clean
    start = len(text) - len(text.lstrip())  # (the header is blanked in the clean text)
    days: list[dt.date] = []
    parts: list[tuple[str, dt.date, int]] = []
    for c in candidates:
        if c.start < start or (c.start, c.end) in printed or c.kind in _HOURS or _told_from(c):
            continue
        if c.start - start > LEAD_CHARS:
            break
        value = normalise(c, text, ctx)
        if value is not None and value.type == "date" and _DAY.fullmatch(value.value):
            day = dt.date.fromisoformat(value.value)
            if day <= ctx.dct:
                days.append(day)
                if value.part is not None:
                    parts.append((value.part, day, c.end))
    return max(days, default=None), tuple(parts)


# A day that opens a stretch reaching to now ("sejak Senin (21/11)", "since March 3") is no day
# the story stands on: "sehari sebelumnya" or "the same day" after it count from another.
# A verb may stand between: "sejak tiba pada Minggu (10/6)", "since arriving on Sunday".
_SINCE = re.compile(
    r"\b(?:sejak|semenjak|since)\s+(?:[^\W\d]+\s+(?:pada|on)\s+|(?:hari|tanggal|on)\s+)?$", re.I
)

# A superlative or a first in the clause before "since": "the deadliest crash since 1997",
# "kekalahan pertama sejak 1969", "tertinggi sejak 1866".
_RECORD = re.compile(
    r"\b(?:(?!(?:inter|pro|ar|re|sugg|cont|for|qu|gu|ch|hon|mod|inv|wr)est\b)[a-z]{2,}est|"
    r"most|least|first|ever|record|pertama|rekor|ter(?:besar|tinggi|rendah|buruk|baik|banyak|"
    r"parah|lama|panjang|kuat|dalam|mahal|murah|cepat|luas|kecil|sedikit|berat))\b",
    re.I,
)


def _compared(text: str, start: int) -> bool:
    """Whether the date at `start`, after "since", is what a record is measured against."""
    left = max(text.rfind(ch, max(0, start - 120), start) for ch in ".!?\n,;") + 1
    return bool(_RECORD.search(text, left, start))


# Times of a day with no day of their own: a clock time, a part of day standing alone.
_HOURS = frozenset({"clock", "daypart"})


def _told_from(c: Candidate) -> bool:
    """Whether `c` counts from another expression of the text ("nine hours after", "the same
    day", "pagi itu"): read alone it would say the article's date, not a day the lead names."""
    return c.kind in ("offset", "ref") or (c.kind == "part" and c.get("rel") in THAT_DAY)


_WEEK = 6  # days either side of the article's date that a bare weekday may mean


def _named_days(
    candidates: list[Candidate], text: str, ctx: Context
) -> tuple[tuple[int, dt.date], ...]:
    """The days near the article's date it names with their weekday ("Kamis, 27 Juni 2019",
    "Rabu (19/6)"), by weekday; a weekday named with two different days is left out."""
    if ctx.dct is None:
        return ()
    found: dict[int, set[dt.date]] = {}
    for c in candidates:
        if not (c.get("wd") and c.get("d")):
            continue
        value = normalise(c, text, ctx)
        if value is None or value.type != "date" or not _DAY.fullmatch(value.value):
            continue
        day = dt.date.fromisoformat(value.value)
        if abs((day - ctx.dct).days) <= _WEEK:
            found.setdefault(day.isoweekday(), set()).add(day)
    return tuple(sorted((wd, next(iter(days))) for wd, days in found.items() if len(days) == 1))


# What may stand between a clock time and the day it is on: "at 9am on Tuesday", "pukul 19.00
# WIB pada Senin", "just after 6pm local time on Friday".
_CLOCK_TO_DAY = re.compile(r"\s*,?\s*(?:(?:on|pada|hari)\s+)?")


def _clock_day(
    value: Value,
    candidates: list[Candidate],
    i: int,
    text: str,
    ctx: Context,
    previous: Timex | None,
) -> Value:
    """A clock time followed by the day it falls on ("9am on Tuesday") is on that day, not on
    the day the story last named."""
    day = _joined_day(candidates, i, text, ctx, previous, _CLOCK_TO_DAY)
    if day is None:
        return value
    return Value(value.type, day.value, day.anchor, value.flags, value.part)


def _joined_day(
    candidates: list[Candidate],
    i: int,
    text: str,
    ctx: Context,
    previous: Timex | None,
    joint: re.Pattern[str],
) -> Value | None:
    """The day the expression after `candidates[i]` names by itself, when only `joint` stands
    between them ("9am on Tuesday", "Sepekan sebelumnya, Kamis (9/3)"); else None. One
    counted from another ("at 9:16 p.m., nine hours after ...") names no day by itself."""
    if i + 1 >= len(candidates):
        return None
    nxt = candidates[i + 1]
    if _told_from(nxt) or nxt.kind in _HOURS:
        return None
    if not joint.fullmatch(text, candidates[i].end, nxt.start):
        return None
    day = normalise(nxt, text, ctx, previous)
    if day is None or day.type != "date" or not _DAY.fullmatch(day.value):
        return None
    return day


# Days counted from another ("sepekan sebelumnya", "two days later", "sehari sebelumnya").
_COUNTED = frozenset({"ago", "ref"})
# What stands between such a count and the date that restates it: "Sepekan sebelumnya, Kamis
# (9/3), ...", "Dua hari kemudian, tepatnya Minggu (12/3/2023)".
APPOSITION = re.compile(r"\s*,\s*(?:(?:tepatnya|yakni|yaitu|namely|that\s+is|on|pada)\s+)?")


def _restated(
    value: Value,
    candidates: list[Candidate],
    i: int,
    text: str,
    ctx: Context,
    previous: Timex | None,
) -> Value:
    """A counted day followed by the date that restates it is that date: the writer gives
    both, and the date needs no count from a day the reader must find."""
    if i + 1 >= len(candidates) or value.type != "date" or not candidates[i + 1].get("d"):
        return value  # (only a date with its day of the month restates a count)
    counted = counted_unit(candidates[i])
    if counted is not None and counted[1] not in ("D", "W"):
        return value  # ("Five months earlier, on October 29": a month's count, told by month)
    day = _joined_day(candidates, i, text, ctx, previous, APPOSITION)
    if day is None:
        return value
    return Value(value.type, day.value, "timex", value.flags, value.part)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# What stands between a count of hours from an event and the day the event is given: "six
# minutes after take-off on March 10", "empat menit setelah lepas landas pada Sabtu (9/1)".
_EVENT_TO_DAY = re.compile(r"\s+[^.;:!?\n]{1,60}?\s(?:on|pada|hari)\s+|\s+[^.;:!?\n]{1,60}?,\s*")


def _hours_from(
    value: Value,
    candidates: list[Candidate],
    i: int,
    text: str,
    ctx: Context,
    previous: Timex | None,
) -> Value:
    """Hours or minutes from an event with no day before them ("six minutes after leaving")
    fall on the day given after the event, else, in the lead, on the article's date; further
    down an article such a count mostly retells background, and names no day."""
    counted = counted_unit(candidates[i])
    if counted is None or counted[1] not in WITHIN_A_DAY:
        return value
    day = _joined_day(candidates, i, text, ctx, previous, _EVENT_TO_DAY)
    if day is not None:
        return Value(value.type, day.value, "timex", value.flags, value.part)
    body = len(text) - len(text.lstrip())
    if candidates[i].start - body <= LEAD_CHARS:
        return value
    return UNRESOLVED


# What joins two dates into one stretch of time: "Rabu (14/12) hingga Sabtu (17/12)".
_TO = re.compile(r"\s*(?:-|–|—|s\.?/?d\.?|sampai(?:\s+dengan)?|hingga|to|until|through)\s*")


# A clock time, then only a comma before the date of a stamp: "Published 5:47 PM EDT, March 13,
# 2019", "Updated: 9:52pm, 11 Mar, 2019".
_CLOCK_FIRST = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")
_COMMA = re.compile(r"(?:\s*[+-]\d{1,2})?\s*,\s*")  # (a zone's offset: "GMT+7, ")


def join_ranges(timexes: list[Timex], text: str) -> tuple[Timex, ...]:
    """Neighbouring expressions that are one: two dates of one kind joined by "hingga", "to" or
    a dash are one interval from the first to the second, as news means them ("Rabu (14/12)
    hingga Sabtu (17/12)"); a stamp printed clock first ("Published 5:47 PM EDT, March 13,
    2019") is the stamp's, its clock giving the part of day and no hour of the story."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev is None:
            out.append(t)
        elif (
            _point(prev)
            and _point(t)
            and prev.type == t.type
            and _TO.fullmatch(text, prev.end, t.start)
            and bounds(prev.value)[0] < bounds(t.value)[1]  # type: ignore[index]
        ):
            joined = f"{prev.value}/{t.value}"
            out[-1] = replace(prev, text=text[prev.start : t.end], end=t.end, value=joined)
        elif (
            ("publication" in t.flags or "printed" in t.flags)
            and _CLOCK_FIRST.match(prev.text)
            and _COMMA.fullmatch(text, prev.end, t.start)
        ):
            out[-1] = replace(t, text=text[prev.start : t.end], start=prev.start, part=prev.part)
        else:
            out.append(t)
    return tuple(out)


def _point(t: Timex) -> bool:
    """A date that is one day, month or year, not already a stretch ("Copyright 2008 - 2025":
    two of a page's dates make one stretch too)."""
    return t.type in ("date", "page-date") and "/" not in t.value and bounds(t.value) is not None


# Two days or months listed with "and" ("11 dan 13 Februari", "Nov. 4 and Dec. 2") are two
# dates, not the stretch between them, unless they follow each other or "antara"/"between"
# makes one of them.
_AND = re.compile(r"\s+(?:dan|and)\s+", re.I)
_BETWEEN = re.compile(r"\b(?:antara|between|from)\s+$", re.I)


def _listed_pair(article: Article, c: Candidate, value: Value, anchor: str) -> tuple[Timex, ...]:
    if c.kind not in ("range-d", "range-m") or value.type != "date" or "/" not in value.value:
        return ()
    joint = _AND.search(article.clean, c.start, c.end)
    if joint is None or _BETWEEN.search(article.clean, max(0, c.start - 12), c.start):
        return ()
    first, second = value.value.split("/", 1)
    if _next_to(first, second):
        return ()  # "21 and 22 May", "May and June": the two make one stretch
    return (
        _timex(article, c.start, joint.start(), replace(value, value=first), anchor),
        _timex(article, joint.end(), c.end, replace(value, value=second), anchor),
    )


def _next_to(first: str, second: str) -> bool:
    """Whether the period `second` begins right after `first` ends (days or months)."""
    a, b = bounds(first), bounds(second)
    return a is not None and b is not None and (b[0] - a[1]).days == 1


def _timex(article: Article, start: int, end: int, value: Value, anchor: str) -> Timex:
    text = article.text[start:end]
    return Timex(text, start, end, value.type, value.value, value.part, anchor, value.flags)


def _printed(timex: Timex, own: bool | None) -> Timex:
    """A date printed on a line of its own: the publication stamp when it is the article's
    date, else a date of the page. Neither reports an event."""
    if own is None:
        return timex
    if own:
        return replace(timex, type="date", flags=(*timex.flags, "publication"))
    return replace(timex, type="page-date", flags=(*timex.flags, "printed"))


def _is_calendar(value: str) -> bool:
    return bool(value) and value[:4].isdigit() and "X" not in value
