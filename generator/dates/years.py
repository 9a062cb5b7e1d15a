"""The year of a day and month printed without one ("Rabu (13/11)", "PERTH, Oct. 12 -").

The candidates are the years in which the day falls on the weekday the text gives it: printed
beside it, or, for a wire dateline, named by its lead ("said on Tuesday"). Of those, the ones
not after the page's date and not before the years the article mentions. When the article
reports days with their year ("12 Oktober 2002"), its own is the first candidate not before the
latest of them: news dates what it reports, and reports what is recent. Otherwise the most
recent candidate, a guess the corpus may overrule (a bare year is often background: "since
1990"). Without the page's date nothing bounds the year from above, and the article alone
cannot tell: every fitting year is left for the corpus to choose (generator/events/anchor.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.dates.calendar import safe_date
from generator.dates.evidence import Evidence, Mention

UNBOUNDED = (1950, 2100)  # the years a day and month may have when nothing bounds them
_YEARS_BACK = 30  # below the page's date


@dataclass(frozen=True, slots=True)
class Year:
    chosen: int | None  # None: nothing bounds it
    fits: tuple[int, ...]  # every year the text allows, the likeliest first (latest first)
    decided: bool  # chosen by what the article says (a year it mentions), not by recency


def pick_year(
    month: int,
    day: int,
    weekday: int | None,
    mentions: Sequence[Mention],
    evidence: Evidence,
    upper: dt.date | None,
) -> Year:
    """The year of `day` `month`, with the weekday printed beside it or the lead's mentions."""
    floor = max(evidence.years) if evidence.years else UNBOUNDED[0]
    reported = max(evidence.known).year if evidence.known else None
    top = upper.year if upper is not None else UNBOUNDED[1]
    low = max(floor, top - _YEARS_BACK) if upper is not None else floor
    fits = [
        y
        for y in range(top, low - 1, -1)
        if (d := safe_date(y, month, day)) is not None
        and (upper is None or d <= upper)
        and (weekday is None or d.isoweekday() == weekday)
    ]
    rest: list[int] = []
    if weekday is None and mentions and fits:
        scores = {y: _score(dt.date(y, month, day).isoweekday(), mentions) for y in fits}
        best = max(scores.values())
        # The lead's weekdays only suggest the dateline's (a wire files the day's news the next
        # day, or in another time zone): the other years stay open for the corpus to weigh.
        rest = [y for y in fits if scores[y] != best]
        fits = [y for y in fits if scores[y] == best]
    if not fits and upper is not None and evidence.years:
        # The years mentioned leave none: they were background after all.
        return pick_year(month, day, weekday, mentions, Evidence(evidence.known), upper)
    if not fits or upper is None:
        return Year(None, (*fits, *rest), False)
    if reported is not None and (after := [y for y in fits if y >= reported]):
        return Year(min(after), tuple(fits), True)
    return Year(fits[0], (*fits, *rest), False)


def _score(dateline: int, mentions: Sequence[Mention]) -> float:
    """How well a dateline on ISO weekday `dateline` fits the weekdays its lead names: the
    news day itself (above all what was said that day), the day before (after a late hour as
    much as the day itself), two days before; anything earlier in the week fits badly."""
    total = 0.0
    for m in mentions:
        gap = (dateline - m.weekday) % 7
        if gap == 0:
            total += 1.5 if m.stated else 1.0
        elif gap == 1:
            total += 1.0 if m.late else 0.6
        elif gap == 2:
            total += 0.3
        else:
            total -= 0.5
    return total
