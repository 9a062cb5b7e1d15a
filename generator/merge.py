"""Merge mentions of the same real event across articles into one timeline entry.

Placeholder until the merge layer lands: one event per mention.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import Event, Mention, Source


def merge_mentions(mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """Cluster mentions into events, choose each event's date, rank and mark key events."""
    events = []
    for i, m in enumerate(sorted(mentions, key=lambda m: (m.date, m.article, m.start))):
        source = Source(
            article=m.article,
            quote=m.sentence,
            start=m.start,
            end=m.end,
            timex_text=m.timex.text,
            timex_start=m.timex.start,
            timex_end=m.timex.end,
            date=m.date,
        )
        events.append(
            Event(
                id=f"{m.date}-{i}",
                date=m.date,
                status=m.status,
                title={m.language: m.title or m.sentence[:80]},
                summary={m.language: m.sentence},
                sources=(source,),
                actors=m.actors,
                outlets=1,
            )
        )
    return tuple(events)
