"""Date an article: its publication date (DCT) and every time expression in it.

Placeholder until the temporal layer lands: takes the DCT from metadata only and finds nothing.
"""

from __future__ import annotations

from generator.model import Article, DatedArticle, Dct


def date_article(article: Article, dct: Dct | None = None) -> DatedArticle:
    """Find the article's DCT (unless given) and its time expressions, resolved against it."""
    if dct is None:
        published = article.metadata.published
        dct = (
            Dct(published, "metadata", "metadata: published", 1.0)
            if published
            else Dct(None, "none", "no date found", 0.0)
        )
    return DatedArticle(article=article, dct=dct, timexes=())
