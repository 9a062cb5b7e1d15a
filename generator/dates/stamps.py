"""Dates a news page prints about the article itself: date lines and publication stamps.

Above and below a headline a scraped page prints dates on lines of their own: the site's date
bar ("Kamis, 9 Oktober 2025", the day the page was fetched), the article's publication stamp
("Contoh.com - 21/11/2022, 22:40 WIB", "Published Nov 22, 2022, 08:05 PM", "13 March 2023",
"Source: Kantor Berita Contoh - August 7, 2003"). Both look alike; which one is the article's
date is decided by its consistency with the text (generator/dates/dct.py), not here. This
module only finds them: day-precise dates on a line that is little else than a date, above the
first line of prose, or on a line that says it is a publication stamp.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.core.model import Article, Timex
from generator.dates.context import Context
from generator.dates.normalise import normalise
from generator.dates.recognise import Candidate
from generator.read import clean

_EXPLICIT = frozenset({"numeric", "dmy", "mdy", "iso"})
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# Words that say a line is the page's own record of publishing the article ("Sumber:", not
# "Sumber Daya Mineral").
PUBLISHED = re.compile(
    r"\b(?:published|posted|updated|first\s+published|last\s+updated|first\s+appeared|"
    r"appear(?:s|ed)\s+in\s+(?:the\s+)?print|diterbitkan|"
    r"dipublikasikan|diposting|diperbarui|dimuat|terbit|tayang|edisi|(?:source|sumber)(?=\s*[:–—-]))\b",
    re.I,
)
# What a stamp line may hold beside its date: clock times and time zones, separators.
_CLOCK = re.compile(
    r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:WIB|WITA|WIT|GMT|UTC|UK|ET|EST|EDT|"
    r"PST|PDT|MYT|SGT|AEST|AEDT|CET|CEST)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_TOP = 600  # characters: a stamp under the standfirst lies this close to the prose's start
_MAX_OTHER_WORDS = 4  # a site name, "Edisi Cetak", "Posted on": more makes a sentence
# A byline's separator before the date, maybe with its weekday: "Jakarta ● Fri, ".
_BYLINE = re.compile(r"[●•|]\s*(?:[A-Z][a-z]{1,8}\.?,?\s*)?$")
# A date closing a title line after a dash ("Trial Opens in Indonesia - 2003-05-12").
_TRAILING = re.compile(r"\s[-–—|]\s*$")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A day the page prints on a line of its own near the article."""

    day: dt.date
    start: int
    end: int
    above: bool  # in the page header, above the headline
    stamped: bool  # says it is a stamp: a publication word, a clock time or an outlet before it
    text: str


def find_stamps(
    article: Article, candidates: Sequence[Candidate], page_dates: Sequence[Timex]
) -> tuple[Stamp, ...]:
    """The dates printed on date lines of the article's page, in text order."""
    text = article.text
    body_start = max((f.end for f in article.furniture if f.kind == "front-matter"), default=0)
    prose = clean.prose_start(text, body_start)
    found: list[Stamp] = []
    for t in page_dates:
        if _DAY.fullmatch(t.value):
            stamp = _stamp(text, t.start, t.end, dt.date.fromisoformat(t.value), prose, True)
            if stamp is not None:
                found.append(stamp)
    ctx = Context(dct=None, language="en" if article.language == "en" else "id")
    for c in candidates:
        if c.kind not in _EXPLICIT or not (c.get("y") or c.get("y2")):
            continue
        value = normalise(c, article.clean, ctx)
        if value is None or not _DAY.fullmatch(value.value):
            continue
        stamp = _stamp(text, c.start, c.end, dt.date.fromisoformat(value.value), prose, False)
        if stamp is not None:
            found.append(stamp)
    return tuple(sorted(found, key=lambda s: s.start))


def _stamp(text: str, start: int, end: int, day: dt.date, prose: int, above: bool) -> Stamp | None:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    published = bool(PUBLISHED.search(before))
    clock = bool(_CLOCK.search(text, line_start, line_end))
    # In the prose a date is the story's, unless its line says it is a stamp, or is a dated
    # clock time or a byline's date on a line of its own just under a long standfirst ("Tue 12
    # Mar 2019 19.53 GMT", "Riverton, Eastland ● Tue, October 14, 2031").
    byline = bool(_BYLINE.search(before)) and not above
    if (
        line_start >= prose
        and not published
        and not ((clock or byline) and line_start - prose < _TOP)
    ):
        return None
    rest = _CLOCK.sub(" ", before + " " + after)
    words = _WORD.findall(rest)
    closing = not _WORD.search(after) and bool(_TRAILING.search(before))
    if len(words) > _MAX_OTHER_WORDS and not published and not closing:
        return None
    # An outlet's name before a dash ("Kompas.com - ", "CNN Indonesia | ") marks a byline stamp.
    outlet = bool(re.search(r"[\w.]+\s*[-–—|]\s*$", before)) and not above
    stamped = published or clock or outlet or byline
    return Stamp(day, start, end, above, stamped, text[start:end])
