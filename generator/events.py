"""Event candidates: the clause each date expression anchors, with status and actors.

Placeholder until the events layer lands.
"""

from __future__ import annotations

from generator.model import DatedArticle, Mention


def find_mentions(dated: DatedArticle) -> tuple[Mention, ...]:
    """One mention per date-typed time expression that anchors a reported event."""
    return ()
