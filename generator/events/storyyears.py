"""The year of an article that prints its day and month without one, from its story.

"Sunday (Mar 26)" falls on a Sunday in several years; one story's articles are published
close together, so the firmly dated articles of the same story choose among them
(`settle_years`). A follow-up published a year on ("the crash on Oct 29 last year") is placed
by the story's days it reports, not by its distance from them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence

from generator.core.model import DatedArticle, Dct
from generator.core.timexvalue import bounds as date_span
from generator.dates import temporal
from generator.dates.calendar import safe_date
from generator.events.anchor import DateFn, MapFn, day_of
from generator.events.storyindex import Profiles, StoryIndex


def settle_years(
    articles: Sequence[DatedArticle],
    date_fn: DateFn | None = None,
    profiles: Profiles | None = None,
    map_fn: MapFn[DatedArticle | None] | None = None,
) -> tuple[DatedArticle, ...]:
    """For an article whose own date is a day and month printed without a year, on a weekday
    several years share ("Sunday (Mar 26)"), take the year nearest the firmly dated articles
    of the same story (see `StoryIndex.related`): one story's articles are published close
    together. Articles of other stories say nothing of it; with none of its story, the
    article keeps what its text chose (or stays undated).

    Only firm articles within YEAR_REACH of one of the years it allows can decide, so only
    those are compared with it. `profiles` keeps what the comparison reads of each article
    (made as needed when not given); `map_fn` maps the work on each article (see MapFn)."""
    firm = [
        a
        for a in articles
        if a.dct.value and not a.dct.alternatives and a.dct.source in ("metadata", "text")
    ]
    if not firm or not any(a.dct.alternatives for a in articles):
        return tuple(articles)
    redate = date_fn or temporal.date_article
    profiles = profiles or Profiles()
    index = StoryIndex(profiles, firm)
    on_day = sorted(
        (d.toordinal(), at)
        for at, f in enumerate(index.articles)
        if (d := day_of(f.dct.value or "")) is not None
    )

    def settled(a: DatedArticle) -> DatedArticle | None:
        options = [d for v in (a.dct.value, *a.dct.alternatives) if v and (d := day_of(v))]
        told = _told_days(a)
        near = {at for o in options for at in _within(on_day, o.toordinal(), YEAR_REACH)}
        for o in options:  # and the articles of the times it reports, in each year it allows
            for first, last in _moved(told, o.year - options[0].year):
                mid = (first.toordinal() + last.toordinal()) // 2
                near.update(_within(on_day, mid, (last - first).days // 2 + _REPORTED_WITHIN + 1))
        if not near:
            return None
        story = index.related(a.article, profiles.of(a.article), among=near)
        days = sorted(
            d
            for at in near
            if (f := index.articles[at]).article.id in story
            and (d := day_of(f.dct.value or "")) is not None
        )
        if not days or not options:
            return None
        fitting = {o: _fits_story(told, o.year - options[0].year, days) for o in options}
        best = min(
            options,
            key=lambda d: (-fitting[d], _gap(d, days), d.isoformat() != a.dct.value),
        )
        if best.isoformat() == a.dct.value or (_gap(best, days) > YEAR_REACH and not fitting[best]):
            return None
        nearest = min(days, key=lambda f: (abs((f - best).days), f))
        evidence = (
            f"{a.dct.evidence}; the year from the corpus: the nearest article of its story is "
            f"of {nearest.isoformat()}"
        )
        inferred = Dct(best.isoformat(), "corpus", evidence, 0.7, a.dct.upper_bound)
        return redate(a.article, dct=inferred)

    result = list(articles)
    targets = [i for i, a in enumerate(articles) if a.dct.alternatives]
    done_all = list((map_fn or map)(settled, [result[i] for i in targets]))
    for i, done in zip(targets, done_all, strict=True):
        if done is not None:
            result[i] = done
    return tuple(result)


def _told_days(a: DatedArticle) -> list[tuple[dt.date, dt.date]]:
    """The days, months and years the article reports by counting from its own date ("Oct 29
    last year", "on Tuesday", "Oktober tahun lalu"), as first and last day: with another year
    for the article, they move with it."""
    own = a.dct.value
    return [
        span
        for t in a.timexes
        if t.type == "date"
        and t.anchor == "dct"
        and t.value != own
        and "/" not in t.value
        and (span := date_span(t.value)) is not None
    ]


def _fits_story(
    told: Sequence[tuple[dt.date, dt.date]], years: int, days: Sequence[dt.date]
) -> int:
    """How many of the story's articles were published in or soon after the `told` times,
    moved by `years`: a follow-up published a year on ("the crash on Oct 29 last year",
    "divonis pada Oktober tahun lalu") reports the story's days though it is far from them,
    and a first report ("on Monday", "Feb. 28") the days the rest of the story follows. A look
    back on an anniversary fits the days before it too, but is one article, not a story."""
    hit: set[dt.date] = set()
    for start, end in _moved(told, years):
        if (end - start).days > _FOLLOWED_WITHIN:
            continue  # "two years ago": a year holds any story
        at = bisect.bisect_left(days, start)
        last = end + dt.timedelta(days=_FOLLOWED_WITHIN)
        while at < len(days) and days[at] <= last:
            hit.add(days[at])
            at += 1
    return len(hit)


_FOLLOWED_WITHIN = 30  # days: the story's reports of a day follow it within this many


def _moved(
    spans: Sequence[tuple[dt.date, dt.date]], years: int
) -> Iterator[tuple[dt.date, dt.date]]:
    """The `spans` in the year `years` later (a 29 February that has none is left out)."""
    for first, last in spans:
        start = safe_date(first.year + years, first.month, first.day)
        end = safe_date(last.year + years, last.month, last.day)
        if start is not None and end is not None:
            yield start, end


_REPORTED_WITHIN = 3  # days: news of a day is published on it or within this many days after


def _within(on_day: Sequence[tuple[int, int]], day: int, reach: int) -> list[int]:
    """Positions of the sorted (ordinal day, position) pairs within `reach` days of `day`."""
    lo = bisect.bisect_left(on_day, (day - reach, -1))
    hi = bisect.bisect_right(on_day, (day + reach, len(on_day)))
    return [at for _, at in on_day[lo:hi]]


# Days: an article of a story lies this close to another of its articles, or the year the
# corpus offers is not the story's.
YEAR_REACH = 92


def _gap(day: dt.date, firm: Sequence[dt.date]) -> int:
    """Days from `day` to the nearest of the sorted `firm` days."""
    at = bisect.bisect_left(firm, day)
    near = firm[max(0, at - 1) : at + 1]
    return min(abs((f - day).days) for f in near)
