"""What an article's prose says of its own date: the clues `find_dct` weighs.

A date the text names, read with the words around it, says something of the day the article
was written: "Selasa (18/6/2024) hari ini" is that day, "kemarin (26/11)" the day after it,
"Kamis (19/5) pekan lalu" a day of the week before, "kata Armen, Kamis (14/11/2019)" the day
of a statement the article reports, "JAKARTA, 18 Juni 2024 -" the wire's day of filing, a
weekday date in the lead the day of the news or of what led up to it. Each clue carries how
far it is trusted; `find_dct` weighs them against the page's printed dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.core.model import Article
from generator.dates.calendar import add_months, safe_date
from generator.dates.context import Context, direction, sentence_bounds
from generator.dates.evidence import (
    ANY_DAY,
    EXPLICIT,
    LEAD_CHARS,
    Evidence,
    Mention,
    inside,
    lead_weekdays,
    quoted_spans,
    read_evidence,
)
from generator.dates.lexicon import number, unit_letter, weekday_number
from generator.dates.normalise import normalise
from generator.dates.recognise import Candidate
from generator.dates.value import counted_unit, part_of_day
from generator.dates.years import pick_year
from generator.read.clean import prose_start

# Days from a date the article names with one of these words to the article's own date.
_DAY_SHIFT = {
    "hari ini": 0, "today": 0, "kemarin": 1, "yesterday": 1, "besok": -1, "esok": -1,
    "tomorrow": -1, "lusa": -2,
}  # fmt: skip
_WEEK_BEFORE = re.compile(r"(?:pekan|minggu)\s+lalu")
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
# A day relative to the article's, then its date in apposition: "besok, Kamis (29/12)".
_DAY_WORDS = "|".join(w.replace(" ", r"\s+") for w in _DAY_SHIFT)
_RESTATED_DAY = re.compile(rf"\b({_DAY_WORDS})\s*,\s*(?:(?:hari|on)\s+)?$", re.I)
# A count back from the article's day, then the day in apposition: "Tepat setahun lalu, Senin
# (2/3/2020)", "two weeks ago, on March 2".
_RESTATED_AGO = re.compile(
    r"\b(?:(?P<se>se)(?P<unit>hari|pekan|minggu|bulan|tahun)|(?P<n>\w+)\s+(?P<unit2>hari|pekan|"
    r"minggu|bulan|tahun|days?|weeks?|months?|years?))\s+(?:yang\s+)?(?:lalu|silam|ago)\s*,\s*"
    r"(?:(?:hari|on)\s+)?$",
    re.I,
)
_CITATION = re.compile(
    r"(?:melansir|dilansir|lansir|dikutip|mengutip|kutip|seperti\s+dilaporkan|dilaporkan|"
    r"diberitakan|quoted|reported\s+by|according\s+to|as\s+reported\s+by|cited\s+by)"
    r"[^.!?\n]{0,80}?[,(]\s*$",
    re.I,
)
# "JAKARTA, ", "SAN JOSE, California, ", "BEND, Oregon (Agency), ": a place in capitals, maybe
# its state or country, then the date.
_DATELINE_BEFORE = re.compile(
    # A wire names every city it reports from: "WASHINGTON/SEOUL, May 24 (Reuters) -".
    r"^\s*(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*/\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)"
    r"{0,3}){0,3})(?:\s*,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)"
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
# The date in brackets after the place: "PUTRAJAYA (Dec 16):", "KUALA LUMPUR (June 25) -".
_PAREN_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}\s*\($")
_PAREN_DATELINE_AFTER = re.compile(r"^\)\s*[:–—-]")
# A dateline without its place opens the line: "March 9 (Reuters) -".
_AGENCY_AFTER = re.compile(r"^\s*\([^)\n]{1,40}\)\s*[-–—:]")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]")
_PUBLISHED_BEFORE = re.compile(
    r"(?:published|posted|diterbitkan|dipublikasikan|diposting|dimuat|terbit|tayang)\s*(?:on|pada)?"
    r"\s*:?\s*$",
    re.I,
)
_LATE = re.compile(r"\blate\s+(?:on\s+)?$", re.I)
# How far from a date its stamp may begin: far more than any stamp's words ("diterbitkan pada:",
# a dateline's place, a citation's 80 characters) and the white space around them.
_NEAR = 400


@dataclass(frozen=True, slots=True)
class Clue:
    day: dt.date
    confidence: float
    evidence: str
    start: int
    alternatives: tuple[dt.date, ...] = ()  # other years the text allows this day and month
    lead: bool = False  # a weekday date in the lead: the day of an event, not of the article


def best_clue(
    article: Article,
    candidates: Sequence[Candidate],
    upper: dt.date | None,
    evidence: Evidence | None = None,
) -> Clue | None:
    """The most trusted statement of the article's own date in its prose, the latest day on
    ties. A day and month without a year get theirs from `pick_year`."""
    language = "en" if article.language == "en" else "id"
    ctx = Context(dct=None, language=language)
    loose = Context(dct=ANY_DAY, language=language)  # reads a yearless date's month and day
    evidence = evidence or read_evidence(article, candidates, ())
    text = article.clean
    body_start = len(text) - len(text.lstrip())
    clues: list[Clue] = []
    quoted = quoted_spans(text)
    for c in candidates:
        if c.kind not in EXPLICIT or inside(c.start, quoted):
            continue
        yearless = not (c.get("y") or c.get("y2"))
        value = normalise(c, text, loose if yearless else ctx)
        if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
            continue
        day = dt.date.fromisoformat(value.value)
        scale = 0.5 if "weekday-mismatch" in value.flags else 1.0
        others: tuple[dt.date, ...] = ()
        if yearless:
            weekday = weekday_number(c.get("wd") or "") if c.get("wd") else None
            mentions = () if weekday else lead_weekdays(c, candidates, text)
            year = pick_year(day.month, day.day, weekday, mentions, evidence, upper)
            if not year.fits:
                continue
            # What the article does not decide, the corpus may (`alternatives`); with nothing
            # bounding the year the day waits for the corpus (confidence 0).
            if not year.decided:
                others = tuple(dt.date(y, day.month, day.day) for y in year.fits)
            day = dt.date(year.chosen or year.fits[0], day.month, day.day)
            told = weekday is not None or bool(mentions)
            scale = 0.0 if year.chosen is None else 0.85 if told else 0.6
        clue = _clue_for(c, day, text, body_start, article.text[c.start : c.end], candidates)
        if clue is None:
            continue
        if upper is not None and clue.day > upper:
            continue
        shift = clue.day - day  # "kemarin (26/11)": the clue's day follows the date's
        alternatives = tuple(d + shift for d in others if d + shift != clue.day)
        confidence = round(clue.confidence * scale, 2)
        clues.append(Clue(clue.day, confidence, clue.evidence, clue.start, alternatives, clue.lead))
    if not clues:
        return None
    # Equally trusted statements: the latest day is the news day ("banjir melanda Sabtu (4/3)
    # ... surut Minggu (5/3) sore"); earlier ones date what led up to it.
    best = max(clues, key=lambda k: (k.confidence, k.day, -k.start))
    return _said_later(best, candidates, text) if best.lead else best


def _said_later(clue: Clue, candidates: Sequence[Candidate], text: str) -> Clue:
    """A lead's event ("laga Senin (15/4) malam") followed by a statement on a bare weekday a
    day or two later ("kata Erick kepada wartawan, Selasa"): the article reports that
    statement, so it is of the statement's day."""
    c = next(c for c in candidates if c.start == clue.start)
    stated = [m for m in lead_weekdays(c, candidates, text, LEAD_CHARS) if m.stated]
    gaps = [(m.weekday - clue.day.isoweekday()) % 7 for m in stated]
    gap = max((g for g in gaps if g <= _STATED_WITHIN), default=0)
    if not gap and part_of_day(c) == "evening" and any(_last_night(o) for o in candidates):
        # "meninggal Minggu (23/10) pukul 22.50 WIB ... 'berpulang tadi malam'": the evening
        # the lead dates is last night, told the morning after.
        gap = 1
    elif not gap and (part := part_of_day(c)) and any(_yesterday_at(o, part) for o in candidates):
        # "melanda Jumat (5/4) sore ... dikerahkan sejak kemarin sore": yesterday afternoon.
        gap = 1
    if not gap:
        return clue
    shift = dt.timedelta(days=gap)
    return Clue(
        clue.day + shift,
        clue.confidence,
        f"{clue.evidence}, told on the {_ORDINAL[gap]} day after",
        clue.start,
        tuple(d + shift for d in clue.alternatives),
    )


_STATED_WITHIN = 3  # days: a statement on the event is reported this soon after it


def _last_night(c: Candidate) -> bool:
    """Whether `c` says "last night": "tadi malam", "kemarin malam", "last night"."""
    if part_of_day(c) not in ("evening", "night"):
        return False
    if c.kind == "part":
        return (c.get("rel") or "").lower() in ("tadi", "last")
    return c.kind == "rel-day" and (c.get("word") or "").lower() == "kemarin"


def _yesterday_at(c: Candidate, part: str) -> bool:
    """Whether `c` says yesterday at that part of the day: "kemarin sore", "yesterday
    afternoon"."""
    word = (c.get("word") or "").lower()
    return c.kind == "rel-day" and word in ("kemarin", "yesterday") and part_of_day(c) == part


_ORDINAL = {1: "first", 2: "second", 3: "third"}


def _around(text: str, start: int, end: int) -> tuple[int, int, str, str]:
    """Where the text is looked at around a date, the start of its line (-1 when the line
    starts farther back), and the text of its line before and after it. Every stamp ends right
    at the date: the text is looked at within _NEAR characters of it, so a long line (or a long
    sentence) costs the same per date however long it is."""
    near = max(0, start - _NEAR)
    line_start = text.rfind("\n", near, start) + 1 or (0 if near == 0 else -1)
    line_end = text.find("\n", end, end + _NEAR)
    before = text[max(line_start, near) : start]
    after = text[end : line_end if line_end >= 0 else end + _NEAR]
    return near, line_start, before, after


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) is a wire dateline's ("JAKARTA, March 3 (Agency) -"):
    it opens its line, after a place in capitals or nothing, before the agency or a dash."""
    _, line_start, before, after = _around(text, start, end)
    return line_start >= 0 and (
        (bool(_DATELINE_BEFORE.match(before)) and bool(_DATELINE_AFTER.match(after)))
        or (not before.strip() and bool(_AGENCY_AFTER.match(after)))
        or (bool(_PAREN_DATELINE_BEFORE.match(before)) and bool(_PAREN_DATELINE_AFTER.match(after)))
    )


def _weekday_within(
    c: Candidate, candidates: Sequence[Candidate], text: str, first: dt.date
) -> dt.date | None:
    """The latest day in the week from `first` that a weekday of the lead around `c` names
    for what happened (the article is of that day or later)."""
    return latest_named_day(first, lead_weekdays(c, candidates, text, LEAD_CHARS))


def latest_named_day(first: dt.date, told: Sequence[Mention]) -> dt.date | None:
    """The latest day of the week from `first` that one of the `told` weekdays names."""
    days = [first + dt.timedelta(days=(m.weekday - first.isoweekday()) % 7) for m in told]
    return max(days, default=None)


def prose_lead_weekdays(
    c: Candidate, candidates: Sequence[Candidate], text: str
) -> tuple[Mention, ...]:
    """The weekdays the article's lead (the start of its prose) names for what happened, the
    one at `c` aside."""
    start = prose_start(text)
    return lead_weekdays(c, candidates, text, max(0, c.start - start), start + 2 * LEAD_CHARS)


def _clue_for(
    c: Candidate,
    day: dt.date,
    text: str,
    body_start: int,
    quoted: str,
    candidates: Sequence[Candidate] = (),
) -> Clue | None:
    said = f'text: "{quoted}"'
    rel = (c.get("rel") or "").lower()
    tail = (c.get("tail") or "").lower()
    near, line_start, before, _ = _around(text, c.start, c.end)
    if _WEEK_BEFORE.fullmatch(tail) or (c.get("wd") and _LAST_BEFORE.search(before)):
        # "Kamis (19/5) pekan lalu": a day of the week before the article's, whose week starts
        # the Monday after it; "last Friday, 13 September": the latest Friday before the
        # article's date, a week after it at most, and not the day before it (that would be
        # "kemarin", "yesterday"). Never the article's own day: the day a weekday of the lead
        # names in that week, else the first day it can be.
        first = day + dt.timedelta(days=7 - day.weekday() if tail else 2)
        told = _weekday_within(c, candidates, text, first)
        return Clue(told or first, 0.5, f"{said} (a day of the week before)", c.start)
    for word in (rel, tail):
        shift = _DAY_SHIFT.get(" ".join(word.split()))
        if shift is not None:
            return Clue(day + dt.timedelta(days=shift), 0.85 if shift else 0.95, said, c.start)
    if c.get("wd") and (m := _RESTATED_DAY.search(before)):
        # "besok, Kamis (29/12)": a day relative to the article's, restated by its date.
        shift = _DAY_SHIFT[" ".join(m[1].lower().split())]
        return Clue(day + dt.timedelta(days=shift), 0.85, said, c.start)
    if m := _RESTATED_AGO.search(before):
        # "Tepat setahun lalu, Senin (2/3/2020)": the article is that long after the date.
        n = 1 if m["se"] else number(m["n"] or "")
        letter = unit_letter(m["unit"] or m["unit2"] or "")
        moved = _moved_on(day, n or 0, letter or "")
        if moved is not None:
            return Clue(moved, 0.85, f"{said} (a time ago, restated)", c.start)
    if _PUBLISHED_BEFORE.search(before):
        return Clue(day, 0.9, f"{said} (publication stamp)", c.start)
    if is_dateline(text, c.start, c.end):
        return Clue(day, 0.9, f"{said} (dateline)", c.start)
    sentence_start = max(text.rfind(ch, near, c.start) for ch in ".!?\n") + 1
    if _CITATION.search(text[max(sentence_start, near) : c.start]):
        return Clue(day, 0.8, f"{said} (citation stamp)", c.start)
    if c.get("wd") and _LATE.search(text, max(0, c.start - 20), c.start):
        # "said late on Sunday (Mar 26)": told the next day, when the story was filed.
        later = day + dt.timedelta(days=1)
        return Clue(later, 0.6, f"{said} (late on the day before)", c.start)
    if c.get("wd") and _SPEECH_DATED.search(text[max(line_start, c.start - 200) : c.start]):
        # Anywhere in the article: a statement is made on the news day or before it.
        near_top = c.start - body_start < 2 * LEAD_CHARS
        later = 0 if near_top else _lead_said_after(c, day, candidates, text)
        if later:
            # "..., kata Presiden di Jakarta, Kamis." up top; "kata Dubes dalam keterangan,
            # Selasa (14/2)" further down: Thursday's report quotes Tuesday's statement.
            moved = day + dt.timedelta(days=later)
            return Clue(moved, 0.6, f"{said} (quoted in a report the lead dates later)", c.start)
        if _told_yesterday(c, candidates, text):
            # "Hal itu disampaikan Presiden saat meninjau Cugenang, kemarin. ... ujar Jokowi,
            # Selasa (22/11/2022)": the statement was yesterday's, the article the day after.
            moved = day + dt.timedelta(days=1)
            return Clue(moved, 0.7, f"{said} (a statement told as yesterday's)", c.start)
        return Clue(day, 0.75 if near_top else 0.65, f"{said} (date of the statement)", c.start)
    if (
        c.get("wd")
        and c.start - body_start < LEAD_CHARS
        and direction(text, c.start, c.end, after=False) != "future"
        and not _other_news_day(c, candidates, text)
    ):
        # A plan in the lead ("dijadwalkan tiba Selasa (13/6)") is not the news day.
        counted = _counted_from(c, candidates, text)
        if counted:
            # "mulai menyisir, sehari setelah mendarat ..., Minggu (12/2)": the news is of the
            # day the count reaches, not of the day it counts from.
            moved = day + dt.timedelta(days=counted)
            return Clue(moved, 0.6, f"{said} (counted from, in the lead)", c.start)
        return Clue(day, 0.6, f"{said} (weekday date in the lead)", c.start, lead=True)
    return None


_YESTERDAY_REACH = 400  # characters: the statement's date and its "kemarin" are this close


def _told_yesterday(c: Candidate, candidates: Sequence[Candidate], text: str) -> bool:
    """Whether a bare "kemarin" / "yesterday" outside quotes, shortly before the statement's
    date, tells the same statement as yesterday's."""
    quoted = quoted_spans(text)
    return any(
        o.kind == "rel-day"
        and (o.get("word") or "").lower() in ("kemarin", "yesterday")
        and not part_of_day(o)
        and c.start - _YESTERDAY_REACH <= o.start < c.start
        and not inside(o.start, quoted)
        for o in candidates
    )


def _lead_said_after(c: Candidate, day: dt.date, candidates: Sequence[Candidate], text: str) -> int:
    """Days from `day` to the weekday the lead's statement is dated by ("kata Presiden di
    Jakarta, Kamis"), when that lies one to six days after it; 0 otherwise."""
    lead = prose_lead_weekdays(c, candidates, text)
    gaps = sorted(g for m in lead if m.stated and (g := (m.weekday - day.isoweekday()) % 7))
    return gaps[0] if gaps else 0


_COUNT_REACH = 120  # characters: the count and the date it counts from share a clause


def _counted_from(c: Candidate, candidates: Sequence[Candidate], text: str) -> int:
    """Days from the date at `c` to the news its sentence tells, when a count of days or weeks
    before it counts from it ("sehari setelah mendarat ..., Minggu (12/2)", "two days before
    the vote on Sunday (Oct 20)"); 0 when none does."""
    left, _ = sentence_bounds(text, c.start, c.end)
    before = [o for o in candidates if left <= o.start and o.end <= c.start]
    if not before or before[-1].kind != "offset" or c.start - before[-1].end > _COUNT_REACH:
        return 0
    o = before[-1]
    counted = counted_unit(o)
    if counted is None or counted[1] not in _COUNT_DAYS:
        return 0
    sign = -1 if (o.get("rel") or "").lower() in {"sebelum", "before"} else 1
    return sign * counted[0] * _COUNT_DAYS[counted[1]]


_COUNT_DAYS = {"D": 1, "W": 7}


def _moved_on(day: dt.date, n: int, letter: str) -> dt.date | None:
    """`day` moved `n` days, weeks, months or years on (None for another unit or no count)."""
    if n <= 0 or letter not in _UNIT_DAYS_OR_MONTHS:
        return None
    days, months = _UNIT_DAYS_OR_MONTHS[letter]
    if days:
        return day + dt.timedelta(days=days * n)
    year, month = add_months(day.year, day.month, months * n)
    return safe_date(year, month, day.day) or dt.date(year, month, 28)


_UNIT_DAYS_OR_MONTHS = {"D": (1, 0), "W": (7, 0), "M": (0, 1), "Y": (0, 12)}


def _other_news_day(c: Candidate, candidates: Sequence[Candidate], text: str) -> bool:
    """Whether the article's first sentence tells its news on another weekday than the date at
    `c`, which comes after that sentence: "Majelis hakim menjatuhkan vonis dua tahun penjara,
    Selasa. ... Pada sidang Kamis (20/4), jaksa hanya menuntut ..." reports Tuesday's verdict;
    Thursday's hearing is what came before it."""
    start = prose_start(text)
    _, first_end = sentence_bounds(text, start, start, LEAD_CHARS)
    if c.start < first_end:
        return False
    wd = weekday_number(c.get("wd") or "") or 0
    # A statement a day to three days after the date ("..., Ahad. Temuan itu diperoleh pada
    # Kamis (9/9)") is the news of the date's week: `_said_later` dates the article by it.
    return any(
        w.kind == "weekday"
        and start <= w.start < first_end
        and not (w.get("rel") or w.get("rel2") or w.get("wunit"))
        and (told := weekday_number(w.get("wd") or "")) is not None
        and (told - wd) % 7 > _STATED_WITHIN
        and direction(text, w.start, w.end) != "future"
        for w in candidates
    )
