"""The article's publication date (DCT): where it comes from and how sure we are.

Order of trust: metadata; then what the article says of itself — "Selasa (18/6/2024) hari ini",
"kemarin (26/11)", a dateline ("JAKARTA, 18 Juni 2024 –"), a citation stamp ("melansir DW,
Senin, 22 Januari 2024"), a weekday-dated lead ("tiba ... pada Selasa (18/6)"). Dates printed by
the page around the article (header, copyright, footer) are page dates: at most an upper bound,
never the DCT. With nothing to go on the DCT stays unknown and relative expressions unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.core.model import Article, Dct, Timex
from generator.core.timexvalue import bounds
from generator.dates.calendar import end_of, safe_date
from generator.dates.context import Context, direction
from generator.dates.lexicon import weekday_number
from generator.dates.normalise import normalise
from generator.dates.recognise import Candidate
from generator.dates.value import Value

_EXPLICIT = frozenset({"numeric", "dmy", "mdy", "iso"})
_SAME_DAY = re.compile(r"^(?:hari\s+ini|today)$", re.I)
_DAY_SHIFT = {"kemarin": 1, "yesterday": 1, "besok": -1, "esok": -1, "tomorrow": -1, "lusa": -2}
_CITATION = re.compile(
    r"(?:melansir|dilansir|lansir|dikutip|mengutip|kutip|seperti\s+dilaporkan|dilaporkan|"
    r"diberitakan|quoted|reported\s+by|according\s+to|as\s+reported\s+by|cited\s+by)"
    r"[^.!?\n]{0,80}?[,(]\s*$",
    re.I,
)
# "JAKARTA, ", "SAN JOSE, California, ", "BEND, Oregon (Agency), ": a place in capitals, maybe
# its state or country, then the date.
_DATELINE_BEFORE = re.compile(
    r"^\s*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})(?:\s*,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)"
    r"{0,2})?(?:\s*\([\w .]+\))?\s*[,–—-]\s*$"
)
# A reporting verb shortly before a date: "kata Armen saat dihubungi, Kamis (14/11/2019)",
# "ujarnya di Jakarta, Senin (11/3)". Indonesian news dates the statement it reports, which is
# the news day. Dots inside words ("Kompas.com") do not end the sentence.
_SPEECH_DATED = re.compile(
    r"\b(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|ungkap|ungkapnya|jelas|"
    r"jelasnya|tegas|tegasnya|imbuh|imbuhnya|mengatakan|menyatakan|menegaskan|menjelaskan|"
    r"mengungkapkan|menyampaikan|said|told|says)\b(?:[^.!?\n]|\.(?=\S)){0,80}[,(]\s*$",
    re.I,
)
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]")
_PUBLISHED_BEFORE = re.compile(
    r"(?:published|posted|diterbitkan|dipublikasikan|diposting|dimuat|terbit|tayang)\s*(?:on|pada)?"
    r"\s*:?\s*$",
    re.I,
)
_LEAD_CHARS = 700  # a weekday date this close to the start of the prose reports the news day
# How far from a date its stamp may begin: far more than any stamp's words ("diterbitkan pada:",
# a dateline's place, a citation's 80 characters) and the white space around them.
_NEAR = 400


@dataclass(frozen=True, slots=True)
class _Clue:
    day: dt.date
    confidence: float
    evidence: str
    start: int


def upper_bound(page_dates: Sequence[Timex]) -> dt.date | None:
    """The latest day the article can date from, by the dates the page prints around it.

    A page date precise to the day (a header "Rabu, 11 Februari 2026", a crawl stamp) is a day
    on which the page already existed: the earliest such day bounds the DCT. A coarse one ("©
    2026") only says the page existed in that year, so it bounds the DCT by its last day and
    only when no day-precise date is printed.
    """
    days = [p for t in page_dates if t.value and (p := bounds(t.value)) and p[0] == p[1]]
    if days:
        return min(p[0] for p in days)
    ends = [end_of(t.value) for t in page_dates if t.value]
    known = [d for d in ends if d is not None]
    return max(known) if known else None


def find_dct(
    article: Article, candidates: Sequence[Candidate], page_dates: Sequence[Timex] = ()
) -> Dct:
    """The article's DCT from metadata or from its own text; `page_dates` only bound it."""
    upper = upper_bound(page_dates)
    bound = upper.isoformat() if upper else None
    if article.metadata.published:
        return Dct(article.metadata.published, "metadata", "metadata: published", 1.0, bound)
    clue = best_clue(article, candidates, upper)
    if clue is not None:
        return Dct(clue.day.isoformat(), "text", clue.evidence, clue.confidence, bound)
    evidence = "no date of its own in the text"
    if upper:
        evidence += f"; the page's date {upper.isoformat()} is only an upper bound"
    return Dct(None, "none", evidence, 0.0, bound)


def best_clue(
    article: Article, candidates: Sequence[Candidate], upper: dt.date | None
) -> _Clue | None:
    """The most trusted statement of the article's own date, the latest day on ties."""
    language = "en" if article.language == "en" else "id"
    ctx = Context(dct=None, language=language, upper=upper)
    text = article.clean
    body_start = len(text) - len(text.lstrip())
    clues: list[_Clue] = []
    for c in candidates:
        if c.kind not in _EXPLICIT:
            continue
        value = normalise(c, text, ctx)
        if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
            continue
        day = dt.date.fromisoformat(value.value)
        if "year-from-page-date" in value.flags and not c.get("wd"):
            day, value = _year_from_stated_weekday(c, candidates, text, ctx, day, value)
        guessed = any(f.startswith("year-from") for f in value.flags)
        scale = 0.85 if guessed else 1.0
        if "weekday-mismatch" in value.flags:
            scale *= 0.5
        clue = _clue_for(c, day, text, body_start, article.text[c.start : c.end])
        if clue is None:
            continue
        if upper is not None and clue.day > upper:
            continue
        clues.append(_Clue(clue.day, round(clue.confidence * scale, 2), clue.evidence, clue.start))
    if not clues:
        return None
    # Equally trusted statements: the latest day is the news day ("banjir melanda Sabtu (4/3)
    # ... surut Minggu (5/3) sore"); earlier ones date what led up to it.
    return max(clues, key=lambda k: (k.confidence, k.day, -k.start))


def _year_from_stated_weekday(
    c: Candidate,
    candidates: Sequence[Candidate],
    text: str,
    ctx: Context,
    day: dt.date,
    value: Value,
) -> tuple[dt.date, Value]:
    """The year of a yearless dateline ("LONDON, March 8 -") from the weekday its lead gives.

    English wire copy names the news day by its weekday: a statement's weekday ("said on
    Tuesday", "told reporters on Monday") is the dateline day; failing one, the first weekday
    of the lead in the past tense is ("ended a strike on Tuesday"), or the day before it for a
    late hour ("late Monday" in a Tuesday story). The year is the most recent one, not after
    the page's date, in which the dateline falls on such a weekday and that the article's
    other dated references allow (`_year_window`). Without such a weekday the year stays the
    page date's guess.
    """
    allowed = _news_weekdays(c, candidates, text)
    upper = ctx.upper
    if not allowed or upper is None:
        return day, value
    years = [
        y
        for y in range(upper.year, upper.year - _YEARS_BACK, -1)
        if (d := safe_date(y, day.month, day.day)) is not None
        and d <= upper
        and d.isoweekday() in allowed
    ]
    low, high = _year_window(c, candidates, text, ctx)
    inside = [
        y
        for y in years
        if (low is None or dt.date(y, day.month, day.day) >= low)
        and (high is None or dt.date(y, day.month, day.day) < high)
    ]
    years = inside or years  # contradictory references: the weekday alone decides
    if not years:
        return day, value
    fixed = dt.date(years[0], day.month, day.day)
    flags = ("year-from-weekday",)
    return fixed, Value(value.type, fixed.isoformat(), value.anchor, flags, value.part)


_YEARS_BACK = 30
# A reporting verb, then up to a few words ("told reporters in Geneva"), then the weekday.
_STATED_ON = re.compile(
    r"\b(?:said|says|told|announced|stated|added|confirmed|reported|warned|insisted|"
    r"kata|katanya|ujar|ujarnya|mengatakan|menyatakan|mengumumkan|menjelaskan|menegaskan)\b"
    r"(?:[^.!?\n]|\.(?=\S)){0,60}?(?:\b(?:on|pada)\s+(?:hari\s+)?)?$",
    re.I,
)
_LATE_BEFORE = re.compile(r"\b(?:late|larut)\s+(?:on\s+)?$", re.I)


def _news_weekdays(c: Candidate, candidates: Sequence[Candidate], text: str) -> set[int]:
    """The ISO weekdays the news day of a dateline at `c` may have, by its lead's weekdays."""
    lead_end = c.end + 2 * _LEAD_CHARS
    weekdays = [
        w
        for w in candidates
        if w.kind == "weekday"
        and c.end <= w.start < lead_end
        and not (w.get("rel") or w.get("rel2") or w.get("wunit"))
        and weekday_number(w.get("wd") or "")
    ]
    for w in weekdays:
        if _STATED_ON.search(text[max(c.end, w.start - 100) : w.start]):
            return {weekday_number(w.get("wd") or "") or 0}
    for w in weekdays:
        if direction(text, w.start, w.end) == "future":
            continue
        wd = weekday_number(w.get("wd") or "") or 0
        if _LATE_BEFORE.search(text[max(c.end, w.start - 20) : w.start]):
            return {wd, wd % 7 + 1}
        return {wd}
    return set()


_YEAR_KINDS = frozenset({"numeric", "dmy", "mdy", "iso", "month", "year", "range-d", "range-m"})


def _year_window(
    c: Candidate, candidates: Sequence[Candidate], text: str, ctx: Context
) -> tuple[dt.date | None, dt.date | None]:
    """What the article's dated references say of its own date: (not before, before).

    A reference in the past tense ("closed in 2019", "since 2020") is not later than the
    article; one in the future tense ("will open in May 2031") is later.
    """
    low: dt.date | None = None
    high: dt.date | None = None
    for o in candidates:
        if o is c or o.kind not in _YEAR_KINDS or not (o.get("y") or o.get("y2")):
            continue
        value = normalise(o, text, Context(dct=None, language=ctx.language))
        span = bounds(value.value) if value and value.value else None
        if span is None or "name" in value.flags:  # type: ignore[union-attr]
            continue
        if direction(text, o.start, o.end, after=False) == "future":
            high = span[0] if high is None else min(high, span[0])
            continue
        low = span[0] if low is None else max(low, span[0])
    return low, high


def _clue_for(c: Candidate, day: dt.date, text: str, body_start: int, quoted: str) -> _Clue | None:
    said = f'text: "{quoted}"'
    rel = (c.get("rel") or "").lower()
    tail = (c.get("tail") or "").lower()
    for word in (" ".join(rel.split()), " ".join(tail.split())):
        if _SAME_DAY.match(word):
            return _Clue(day, 0.95, said, c.start)
        if word in _DAY_SHIFT:
            return _Clue(day + dt.timedelta(days=_DAY_SHIFT[word]), 0.85, said, c.start)
    # Every stamp ends right at the date: the text is looked at within _NEAR characters of it,
    # so a long line (or a long sentence) costs the same per date however long it is.
    near = max(0, c.start - _NEAR)
    line_start = text.rfind("\n", near, c.start) + 1 or (0 if near == 0 else -1)
    line_end = text.find("\n", c.end, c.end + _NEAR)
    before = text[max(line_start, near) : c.start]
    after = text[c.end : line_end if line_end >= 0 else c.end + _NEAR]
    if _PUBLISHED_BEFORE.search(before):
        return _Clue(day, 0.9, f"{said} (publication stamp)", c.start)
    # A dateline opens its line: a line that starts farther back holds no dateline.
    if line_start >= 0 and _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after):
        return _Clue(day, 0.9, f"{said} (dateline)", c.start)
    sentence_start = max(text.rfind(ch, near, c.start) for ch in ".!?\n") + 1
    if _CITATION.search(text[max(sentence_start, near) : c.start]):
        return _Clue(day, 0.8, f"{said} (citation stamp)", c.start)
    near_top = c.start - body_start < 2 * _LEAD_CHARS
    if (
        near_top
        and c.get("wd")
        and _SPEECH_DATED.search(text[max(line_start, c.start - 200) : c.start])
    ):
        return _Clue(day, 0.75, f"{said} (date of the statement)", c.start)
    if (
        c.get("wd")
        and c.start - body_start < _LEAD_CHARS
        and direction(text, c.start, c.end, after=False) != "future"
    ):
        # A plan in the lead ("dijadwalkan tiba Selasa (13/6)") is not the news day.
        return _Clue(day, 0.6, f"{said} (weekday date in the lead)", c.start)
    return None
