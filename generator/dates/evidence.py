"""What an article's prose says of its own date, before its date is known.

The days it reports with their year (a past event cannot follow the article), the weekday dates
of its lead (the news day or the days just before it), the years it mentions (its own is not
earlier), and the weekdays a wire lead names ("said on Tuesday"). `dct` judges printed dates
and chooses years with them; nothing here decides the date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.core.model import Article
from generator.core.timexvalue import bounds
from generator.dates.context import Context, direction, sentence_bounds
from generator.dates.lexicon import DEADLINE_BEFORE, weekday_number
from generator.dates.normalise import normalise
from generator.dates.recognise import Candidate

EXPLICIT = frozenset({"numeric", "dmy", "mdy", "iso"})
LEAD_CHARS = 700  # a weekday date this close to the start of the prose reports the news day
_YEAR_KINDS = frozenset({"numeric", "dmy", "mdy", "iso", "month", "year", "range-d", "range-m"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Any reference day makes a yearless date resolve to some year: only its month and day are read.
ANY_DAY = dt.date(2000, 7, 1)


@dataclass(frozen=True, slots=True)
class Lead:
    """A weekday date of the lead: the news day or a day shortly before it."""

    month: int
    day: int
    weekday: int | None
    year: int | None  # when the text prints it


@dataclass(frozen=True, slots=True)
class Evidence:
    known: tuple[dt.date, ...] = ()  # days it dates with their year, not looking forward
    leads: tuple[Lead, ...] = ()
    years: tuple[int, ...] = ()  # years it mentions, not looking forward


def read_evidence(
    article: Article, candidates: Sequence[Candidate], skip: Sequence[tuple[int, int]] = ()
) -> Evidence:
    """The evidence of `article`'s prose, leaving out the spans in `skip` (printed dates)."""
    language = "en" if article.language == "en" else "id"
    ctx = Context(dct=None, language=language)
    loose = Context(dct=ANY_DAY, language=language)
    text = article.clean
    body_start = len(text) - len(text.lstrip())
    known: list[dt.date] = []
    leads: list[Lead] = []
    years: list[int] = []
    quoted = quoted_spans(text)
    for c in candidates:
        if c.kind not in _YEAR_KINDS or any(a < c.end and c.start < b for a, b in skip):
            continue
        if inside(c.start, quoted):
            continue  # a speaker's date ("Sidang kami lanjutkan pada Senin, 17 Februari")
        if direction(text, c.start, c.end, after=False) == "future":
            continue
        if c.kind == "year" and direction(text, c.start, c.end) == "future":
            continue  # "the 2019 election, in which he is expected to run": a year ahead
        if DEADLINE_BEFORE.search(text, max(0, c.start - 24), c.start):
            continue  # the end of a stretch, which may lie ahead ("wajib lapor hingga 2032")
        written = bool(c.get("y") or c.get("y2"))
        in_lead = c.kind in EXPLICIT and c.get("wd") and c.start - body_start < 2 * LEAD_CHARS
        value = normalise(c, text, ctx if written else loose)
        if value is None or not value.value or "name" in value.flags:
            continue
        span = bounds(value.value)
        if span is None:
            continue
        if in_lead and _DAY.fullmatch(value.value):
            wd = weekday_number(c.get("wd") or "")
            leads.append(Lead(span[0].month, span[0].day, wd, span[0].year if written else None))
        if not written:
            continue
        years.append(span[1].year)
        if span[0] == span[1] and c.kind in EXPLICIT:
            known.append(span[0])
    return Evidence(tuple(known), tuple(leads), tuple(years))


# Quotation marks: curly pairs, or straight ones paired within a paragraph.
_QUOTE = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` inside quotation marks: what someone said."""
    return [m.span() for m in _QUOTE.finditer(text)]


def inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


@dataclass(frozen=True, slots=True)
class Mention:
    """A weekday a wire lead names for a development, past tense."""

    weekday: int
    stated: bool  # the day something was said ("said on Tuesday"): the dateline's own day
    late: bool  # "late Monday": maybe filed the day after


# A reporting verb, then up to a few words ("told reporters in Geneva"), then the weekday.
_STATED_ON = re.compile(
    r"\b(?:said|says|told|announced|stated|added|confirmed|reported|warned|insisted|"
    r"kata|katanya|ujar|ujarnya|mengatakan|menyatakan|mengumumkan|menjelaskan|menegaskan|"
    r"menyampaikan|mengungkapkan|dikutip)\b"
    r"(?:[^.!?\n]|\.(?=\S)){0,60}?(?:\b(?:on|pada)\s+(?:hari\s+)?)?$",
    re.I,
)
_EARLIER_TODAY = re.compile(r"\s+tadi\b", re.I)
# The past perfect: what the lead tells in it happened before its news day.
_EARLIER = re.compile(r"\bhad\s+(?!to\b)", re.I)
_LATE_BEFORE = re.compile(r"\b(?:late|larut)\s+(?:on\s+)?$", re.I)


def lead_weekdays(
    c: Candidate,
    candidates: Sequence[Candidate],
    text: str,
    before: int = 0,
    end: int | None = None,
) -> tuple[Mention, ...]:
    """The weekdays the lead after the date at `c` (and up to `before` characters before it,
    up to `end` when given) names for what happened (not "last", "next" or a plan)."""
    lead_end = c.end + 2 * LEAD_CHARS if end is None else end
    found = []
    for w in candidates:
        if w.kind != "weekday" or not c.start - before <= w.start < lead_end or w is c:
            continue
        wd = weekday_number(w.get("wd") or "")
        if not wd or w.get("rel") or w.get("rel2") or w.get("wunit"):
            continue
        if direction(text, w.start, w.end) == "future":
            continue
        left, _ = sentence_bounds(text, w.start, w.end)
        if _EARLIER.search(text, left, w.start):
            continue  # "had warned on Monday": told as what came before the news
        floor = c.end if w.start >= c.end else 0  # (what precedes `c` is read from before it)
        # "Jumat dini hari tadi": earlier today, so the article's own day.
        stated = bool(
            _STATED_ON.search(text[max(floor, w.start - 100) : w.start])
            or _EARLIER_TODAY.match(text, w.end)
        )
        late = bool(_LATE_BEFORE.search(text[max(floor, w.start - 20) : w.start]))
        found.append(Mention(wd, stated, late))
    return tuple(found)
