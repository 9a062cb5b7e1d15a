"""Anchor articles that carry no date of their own through events they share with dated ones.

Placeholder until the corpus-anchoring layer lands: returns the articles unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.model import DatedArticle


def anchor_undated(articles: Sequence[DatedArticle]) -> tuple[DatedArticle, ...]:
    """Give undated articles an inferred DCT (source "corpus") where the corpus allows one."""
    return tuple(articles)
