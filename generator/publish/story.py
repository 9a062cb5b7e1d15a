"""The story's own period: where the corpus's key developments are.

News articles recall decades of background around the few days they report, so a timeline that
opens on its whole span shows mostly the background. The story's period is found from the
events themselves, whatever the story: the dated events are chained into runs wherever one
follows the last within a month (the pace at which one story's developments follow each
other), and the run that the most articles report key developments in is the story. Events
known only to a span longer than a month (a year, a decade) neither start nor join a run:
they would tie together developments years apart. Everything that ends before the story's
period is its background, which the timeline folds away. Pure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from generator.core.model import Event

# How far apart two developments of one story may lie, and how long a date may be to place one.
MONTH = dt.timedelta(days=31)

Bounds = Callable[[str], tuple[dt.date, dt.date] | None]


@dataclass(frozen=True, slots=True)
class Story:
    start: dt.date
    end: dt.date  # inclusive
    background: frozenset[str]  # ids of the dated events that end before `start`


def story_period(events: Sequence[Event], bounds: Bounds) -> Story | None:
    """The period of the run of events with the most reports of key developments (of any
    developments when none is key; ties go to the later run), or None without a dated event.
    `bounds` gives a date value's first and last day."""
    dated = [(span, e) for e in events if (span := bounds(e.date)) is not None]
    if not dated:
        return None
    precise = sorted(
        ((span, e) for span, e in dated if span[1] - span[0] < MONTH),
        key=lambda pair: (pair[0], pair[1].id),
    )
    runs = _runs(precise) or [sorted(dated, key=lambda pair: (pair[0], pair[1].id))]
    any_key = any(e.key for _, e in dated)
    best = max(
        enumerate(runs),
        key=lambda pair: (_weight((e for _, e in pair[1]), any_key), pair[0]),
    )[1]
    start = min(span[0] for span, _ in best)
    end = max(span[1] for span, _ in best)
    background = frozenset(e.id for span, e in dated if span[1] < start)
    return Story(start, end, background)


def _runs(
    dated: list[tuple[tuple[dt.date, dt.date], Event]],
) -> list[list[tuple[tuple[dt.date, dt.date], Event]]]:
    runs: list[list[tuple[tuple[dt.date, dt.date], Event]]] = []
    last = dt.date.min
    for span, event in dated:
        if not runs or span[0] - last > MONTH:
            runs.append([])
            last = span[1]
        runs[-1].append((span, event))
        last = max(last, span[1])
    return runs


def _weight(events: Iterable[Event], key_only: bool) -> int:
    """How many reports of (key) developments: each event counts the articles that report it."""
    return sum(len({s.article for s in e.sources}) for e in events if e.key or not key_only)
