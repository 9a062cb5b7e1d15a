"""The article's publication date (DCT): where it comes from and how sure we are.

Order of trust: metadata; then what the article says of itself ("Selasa (18/6/2024) hari ini",
"kemarin (26/11)"); then a date the page prints on a line of its own (generator/dates/stamps.py)
*when it is consistent with the text*; then the rest of the text: a dateline ("JAKARTA, 18
Juni 2024 –"), a statement's date ("kata Armen, Kamis (14/11/2019)"), a weekday-dated lead, a
citation stamp. A printed date is the site's crawl date, not the article's, when the text
contradicts it: the article reports as done something later than it, its lead's weekday dates
fall far from it, or everything it dates lies years before it. Such dates, and every other
date of the page around the article, only bound the DCT from above. A day and month without a
year take the year from the weekday printed with them and the years the article mentions. With
nothing to go on the DCT stays unknown and relative expressions unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from generator.core.model import Article, Dct, Timex
from generator.core.timexvalue import bounds
from generator.dates.calendar import end_of, safe_date
from generator.dates.clues import best_clue, latest_named_day, prose_lead_weekdays
from generator.dates.context import Context
from generator.dates.evidence import (
    EXPLICIT,
    Evidence,
    read_evidence,
)
from generator.dates.normalise import normalise
from generator.dates.recognise import Candidate
from generator.dates.stamps import Stamp, find_stamps
from generator.read.clean import caption_lines


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
    article: Article,
    candidates: Sequence[Candidate],
    page_dates: Sequence[Timex] = (),
    stamps: Sequence[Stamp] | None = None,
) -> Dct:
    """The article's DCT from metadata or from its own text and page; `page_dates` and the
    printed dates the text contradicts only bound it."""
    upper = upper_bound(page_dates)
    bound = upper.isoformat() if upper else None
    if article.metadata.published:
        return Dct(article.metadata.published, "metadata", "metadata: published", 1.0, bound)
    if stamps is None:
        stamps = find_stamps(article, candidates, page_dates)
    printed = {(s.start, s.end) for s in stamps}
    evidence = read_evidence(article, candidates, list(printed))
    if upper is not None and evidence.known and max(evidence.known) > upper:
        # A page date the article's own reports run past is no bound ("since 1866" in a
        # sidebar): only what the text allows bounds it.
        upper, bound = None, None
    # A photo's date is when it was taken, not what the article says of itself (see below).
    captions = caption_lines(article.clean)
    clue = best_clue(
        article,
        [
            c
            for c in candidates
            if (c.start, c.end) not in printed and not any(a <= c.start < b for a, b in captions)
        ],
        upper,
        evidence,
    )
    if clue is not None and clue.confidence >= _OWN_WORDS:
        others = tuple(d.isoformat() for d in clue.alternatives)
        return Dct(clue.day.isoformat(), "text", clue.evidence, clue.confidence, bound, others)
    stamp = printed_date(stamps, evidence)
    if stamp is not None:
        kind = "publication stamp" if stamp.stamped else "date line"
        sure = 0.9 if evidence.known or evidence.leads else 0.7
        return Dct(stamp.day.isoformat(), "text", f'text: "{stamp.text}" ({kind})', sure, bound)
    others = tuple(d.isoformat() for d in clue.alternatives) if clue else ()
    if clue is not None and clue.confidence > 0:
        return Dct(clue.day.isoformat(), "text", clue.evidence, clue.confidence, bound, others)
    photo = _photo_date(article, candidates, captions, upper)
    if photo is not None and clue is None:
        day, said = photo[0], f'text: "{photo[1]}"'
        # The photo is of the news day or the day before; the lead's weekday says which
        # ("..., Monday, March 23 (AP Photo)" above "Abe said Tuesday ...").
        day = _lead_day_from(day, photo[2], candidates, article.clean, upper)
        return Dct(day.isoformat(), "text", f"{said} (photo caption)", 0.5, bound)
    if clue is not None:
        evidence_text = f"{clue.evidence}, printed without a year"
        return Dct(None, "none", evidence_text, 0.0, bound, (clue.day.isoformat(), *others))
    evidence_text = "no date of its own in the text"
    if upper:
        evidence_text += f"; the page's date {upper.isoformat()} is only an upper bound"
    return Dct(None, "none", evidence_text, 0.0, bound)


# A clue this sure is the article's own statement of its date ("hari ini", "kemarin (26/11)").
_OWN_WORDS = 0.85


# What an article reports as done lies before it; a preview's schedule, worded as a fact ("the
# trial opens on Monday, 17 October"), may lie a few weeks after it.
_AFTER_KNOWN = dt.timedelta(days=30)
_LEAD_REACH = 10  # days: a weekday date in the lead lies this close before the article's date
_RECAP_REACH = 60  # days: the same, under a byline's stamp, for a recap of the weeks before it
_LEAD_AHEAD = 3  # or this close after it (a preview's schedule, worded as a fact)
# Days: a printed date this far after everything the text dates is the day the page was fetched.
_CRAWL_GAP = 400
_BAR_GAP = 45


def printed_date(stamps: Sequence[Stamp], evidence: Evidence) -> Stamp | None:
    """The earliest printed date the text is consistent with (a crawl date is later than the
    publication date it sits above). A printed date the text neither supports nor contradicts
    is taken only when it says it is a stamp or stands below the headline: the site's date bar
    above it is the day the page was fetched."""
    supported = bool(evidence.known or evidence.leads)
    for stamp in sorted(stamps, key=lambda s: (s.day, s.start)):
        if not _consistent(stamp, evidence):
            continue
        if supported or not stamp.above or (stamp.stamped and _near_years(stamp.day, evidence)):
            return stamp
    return None


def _consistent(stamp: Stamp, evidence: Evidence) -> bool:
    """Whether the text allows the printed `stamp` as its date. A date in the page's header
    (where a site prints the day it was fetched) must also lie near what the text dates: within
    weeks for a bare date bar, within a year for one that looks like a stamp."""
    day = stamp.day
    if any(k > day + _AFTER_KNOWN for k in evidence.known):
        return False  # the article reports as done what happened after that day
    for lead in evidence.leads:
        seen = safe_date(lead.year or day.year, lead.month, lead.day)
        if lead.year is None and seen is not None and seen > day + dt.timedelta(days=1):
            seen = safe_date(day.year - 1, lead.month, lead.day)
        if seen is None or (lead.weekday and seen.isoweekday() != lead.weekday):
            return False
        # The byline's own stamp ("Contoh.com - 14/11/2022, 10:21 WIB") may head a recap whose
        # lead retells days weeks before it; a date bar or a bare line may not.
        reach = _RECAP_REACH if stamp.stamped and not stamp.above else _LEAD_REACH
        if not -_LEAD_AHEAD <= (day - seen).days <= reach:
            return False
    if not stamp.above or not evidence.known:
        return True
    return (day - max(evidence.known)).days <= (_CRAWL_GAP if stamp.stamped else _BAR_GAP)


# A caption that says its photo is older than the news: "FILE -", "file photo", "arsip",
# "dokumentasi", "dok.".
_FILE_PHOTO = re.compile(
    r"\bFILE\b|\bfile\s+(?:photo|picture|image)|\barsip\b|\bdok(?:\.|umentasi)", re.I
)


def _lead_day_from(
    day: dt.date, at: Candidate, candidates: Sequence[Candidate], text: str, upper: dt.date | None
) -> dt.date:
    """The latest day, from `day` on and within its week, that a weekday the lead tells
    as done names (not after `upper`); `day` itself when the lead names none."""
    told = latest_named_day(day, prose_lead_weekdays(at, candidates, text))
    return told if told is not None and (upper is None or told <= upper) else day


def _photo_date(
    article: Article,
    candidates: Sequence[Candidate],
    captions: Sequence[tuple[int, int]],
    upper: dt.date | None,
) -> tuple[dt.date, str, Candidate] | None:
    """The latest day a photo caption of the article prints in full (day, month and year):
    a news photo is taken on the news day or shortly before, so an article with no date of its
    own is dated by it (an agency's caption always dates its photo)."""
    text = article.clean
    spans = [(a, b) for a, b in captions if not _FILE_PHOTO.search(text[a:b])]
    if not spans:
        return None
    ctx = Context(dct=None, language="en" if article.language == "en" else "id")
    found: list[tuple[dt.date, str, Candidate]] = []
    for c in candidates:
        if c.kind not in EXPLICIT or not (c.get("y") or c.get("y2")):
            continue
        if not any(a <= c.start < b for a, b in spans):
            continue
        value = normalise(c, text, ctx)
        if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.value):
            continue
        day = dt.date.fromisoformat(value.value)
        if upper is None or day <= upper:
            found.append((day, article.text[c.start : c.end], c))
    return max(found, key=lambda f: (f[0], f[2].start)) if found else None


def _near_years(day: dt.date, evidence: Evidence) -> bool:
    """Not years after every year the article mentions."""
    return not evidence.years or day.year - max(evidence.years) <= 1
