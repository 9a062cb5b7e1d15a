"""Dates an editor should look at: a weekday its date does not fall on, and a publication date
years away from every date the article reports. Pure: the caller says where (file and line)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.core.model import DatedArticle
from generator.core.timexvalue import bounds

# News reports what is recent: an article whose own date lies this far from everything it
# dates explicitly was most likely given the wrong one (a crawl date, a misread stamp).
FAR = dt.timedelta(days=2 * 366)
_ENOUGH = 2  # explicit days or months: one alone may be a single piece of background
_NOT_REPORTED = frozenset({"publication", "dateline", "listed", "printed", "name"})
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Doubt:
    """What looks wrong and the offset in the article's text it is about."""

    offset: int
    message: str


def doubts(dated: DatedArticle) -> list[Doubt]:
    """The implausible dates of one dated article, in text order."""
    found: list[Doubt] = []
    for t in dated.timexes:
        if "weekday-mismatch" in t.flags and (span := bounds(t.value)) is not None:
            day = _WEEKDAYS[span[0].weekday()]
            message = f"'{t.text}' names a weekday its date does not fall on ({t.value} is a {day})"
            found.append(Doubt(t.start, message))
    if dated.dct.value is not None:
        own = dt.date.fromisoformat(dated.dct.value)
        reported = [
            (t, span)
            for t in dated.timexes
            if t.type == "date"
            and t.anchor == "absolute"
            and not _NOT_REPORTED.intersection(t.flags)
            and len(t.value) >= 7  # a day or a month: a bare year is often background
            and (span := bounds(t.value)) is not None
        ]
        if len(reported) >= _ENOUGH and all(_gap(own, span) > FAR for _, span in reported):
            nearest, _ = min(reported, key=lambda r: _gap(own, r[1]))
            message = (
                f"publication date {dated.dct.value} lies more than two years from every date "
                f"the article reports (the nearest: '{nearest.text}'); check it"
            )
            found.append(Doubt(nearest.start, message))
    return sorted(found, key=lambda d: d.offset)


def _gap(day: dt.date, span: tuple[dt.date, dt.date]) -> dt.timedelta:
    first, last = span
    if first <= day <= last:
        return dt.timedelta(0)
    return min(abs(day - first), abs(day - last))
