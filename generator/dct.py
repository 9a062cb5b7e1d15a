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

from generator.lexicon import weekday_number
from generator.model import Article, Dct, Timex
from generator.normalise import Context, Value, end_of, infer_year, normalise
from generator.recognise import Candidate

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


@dataclass(frozen=True, slots=True)
class _Clue:
    day: dt.date
    confidence: float
    evidence: str
    start: int


def upper_bound(page_dates: Sequence[Timex]) -> dt.date | None:
    """Latest date printed by the page around the article: the DCT cannot be later."""
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
    """The most trusted statement of the article's own date, earliest on ties."""
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
    return max(clues, key=lambda k: (k.confidence, -k.start))


def _year_from_stated_weekday(
    c: Candidate,
    candidates: Sequence[Candidate],
    text: str,
    ctx: Context,
    day: dt.date,
    value: Value,
) -> tuple[dt.date, Value]:
    """A yearless date ("LONDON, March 8 -") whose sentence names a bare weekday ("said on
    Tuesday") is that weekday: the most recent year, not after the page's date, in which it
    is. Without such a weekday the year stays the page date's guess."""
    end = _SENTENCE_END.search(text, c.end)
    stop = end.start() if end else len(text)
    for w in candidates:
        if not c.end <= w.start < stop:
            continue
        if w.kind != "weekday" or w.get("rel") or w.get("rel2") or w.get("wunit"):
            continue
        weekday = weekday_number(w.get("wd") or "")
        year, flags = infer_year(day.month, day.day, weekday, ctx, text, c.start, c.end)
        if year is not None and "year-from-weekday" in flags:
            fixed = dt.date(year, day.month, day.day)
            return fixed, Value(value.type, fixed.isoformat(), value.anchor, flags, value.part)
        break
    return day, value


# The end of a sentence: a full stop not inside a word or number ("Inc.", "6.2%"), ! ? or a
# line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“(]|\s*$)|\n")


def _clue_for(c: Candidate, day: dt.date, text: str, body_start: int, quoted: str) -> _Clue | None:
    said = f'text: "{quoted}"'
    rel = (c.get("rel") or "").lower()
    tail = (c.get("tail") or "").lower()
    for word in (" ".join(rel.split()), " ".join(tail.split())):
        if _SAME_DAY.match(word):
            return _Clue(day, 0.95, said, c.start)
        if word in _DAY_SHIFT:
            return _Clue(day + dt.timedelta(days=_DAY_SHIFT[word]), 0.85, said, c.start)
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    before = text[line_start : c.start]
    after = text[c.end : line_end if line_end >= 0 else len(text)]
    if _PUBLISHED_BEFORE.search(before):
        return _Clue(day, 0.9, f"{said} (publication stamp)", c.start)
    if _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after):
        return _Clue(day, 0.9, f"{said} (dateline)", c.start)
    sentence_start = max(text.rfind(ch, 0, c.start) for ch in ".!?\n") + 1
    if _CITATION.search(text[sentence_start : c.start]):
        return _Clue(day, 0.8, f"{said} (citation stamp)", c.start)
    near_top = c.start - body_start < 2 * _LEAD_CHARS
    if (
        near_top
        and c.get("wd")
        and _SPEECH_DATED.search(text[max(line_start, c.start - 200) : c.start])
    ):
        return _Clue(day, 0.75, f"{said} (date of the statement)", c.start)
    if c.get("wd") and c.start - body_start < _LEAD_CHARS:
        return _Clue(day, 0.6, f"{said} (weekday date in the lead)", c.start)
    return None
