"""The records the templates see: corpus text per language, events, quotes and articles.

Pure: built from the model for one language, in the orders pages list them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from generator.core.model import DatedArticle, Dct, Event, Source, Timex
from generator.publish import humanize
from generator.publish.messages import Messages

_UNSAFE_NAME = re.compile(r"[^\w.-]+")
# Values HTML's <time datetime> accepts as they are: day, month, year, ISO week.
_HTML_TIME = re.compile(r"\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")
# The evidence the dating stage gives for a publication date (generator/dates/clues.py,
# generator/events/anchor.py) is a line for a developer, in English: a page shows what it quotes.
_TEXT_EVIDENCE = re.compile(r'text: "(?P<quote>.+)"(?: \((?P<kind>[^()]+)\))?')
_CORPUS_EVIDENCE = re.compile(
    r"corpus: '(?P<quote>.+?)' \(line (?P<line>\d+)\) reports the event .* dates "
    r"(?P<date>\d{4}-\d{2}-\d{2})\b"
)
EVIDENCE_KINDS = {
    "publication stamp": "publication_stamp",
    "date line": "date_line",
    "dateline": "dateline",
    "citation stamp": "citation_stamp",
    "date of the statement": "statement",
    "weekday date in the lead": "lead",
    "a day of the week before": "week_before",
    "late on the day before": "late",
    "photo caption": "photo",
    "counted from, in the lead": "counted",
    "a time ago, restated": "ago",
    "quoted in a report the lead dates later": "quoted_later",
    "a statement told as yesterday's": "said_yesterday",
}
PAGE_DATE = "page-date"

# The same values are written and bounded on many pages: cache per (value, language).
format_date = lru_cache(maxsize=65536)(humanize.format_value)
date_bounds = lru_cache(maxsize=65536)(humanize.bounds)


# ---- view records handed to the templates ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Text:
    """A piece of corpus text for one language: the text, its language, how it got there."""

    text: str
    lang: str
    state: str  # "ok", "missing" (shown in the original language) or "machine"


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    slug: str
    title: Text
    summary: Text | None
    display: str
    start: str | None
    end: str | None
    granularity: str
    html_time: str | None


@dataclass(frozen=True, slots=True)
class QuoteView:
    source: Source
    article: DatedArticle | None
    slug: str
    before: str
    marked: str
    after: str
    display: str  # the date this source gives, in words
    translation: str | None = None  # the quote in the page's language, if it is in another
    translation_state: str = "original"  # "memory", "machine" or "missing" when translated


@dataclass(frozen=True, slots=True)
class ArticleView:
    dated: DatedArticle
    slug: str
    title: Text  # the headline in the page's language, or the original marked untranslated
    dct_display: str | None
    expressions: int
    events: tuple[str, ...]  # event ids citing the article
    unresolved: int
    url: str | None  # only http(s)
    evidence: Markup | None  # what dates the article, in the page's language


# ---- ordering and lookups --------------------------------------------------------------------


def sorted_events(events: Iterable[Event]) -> list[Event]:
    """Chronological: by first day, then last day, then id; undated references go last."""
    return sorted(events, key=chronological)


def chronological(event: Event) -> tuple[dt.date, dt.date, str]:
    span = date_bounds(event.date)
    if span is None:
        edge = dt.date.min if event.date == "PAST_REF" else dt.date.max
        span = (edge, edge)
    return (span[0], span[1], event.id)


def sorted_sources(sources: Iterable[Source]) -> list[Source]:
    return sorted(sources, key=lambda s: (s.article, s.start, s.timex_start, s.quote_id))


def page_slugs(ids: Iterable[str]) -> dict[str, str]:
    """A file-name-safe, collision-free page name per id (ids are file stems or hashes)."""
    taken: dict[str, str] = {}
    result: dict[str, str] = {}
    for ident in sorted(set(ids)):
        slug = _UNSAFE_NAME.sub("-", ident).strip(".-") or "item"
        if slug == "index":  # would be the section's own index page
            slug = "index-"
        base, n = slug, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken[slug] = ident
        result[ident] = slug
    return result


def timex_anchors(events: Iterable[Event]) -> dict[tuple[str, int, int], str]:
    """(article, timex start, timex end) -> id of the first event (in timeline order) that
    expression dates."""
    found: dict[tuple[str, int, int], str] = {}
    for event in events:
        for source in sorted_sources(event.sources):
            found.setdefault((source.article, source.timex_start, source.timex_end), event.id)
    return found


# ---- building views --------------------------------------------------------------------------


def localized(texts: Mapping[str, str], lang: str, machine: bool) -> Text | None:
    """`lang`'s text, else the original (Indonesian first) marked as not yet translated."""
    if texts.get(lang, "").strip():
        return Text(texts[lang], lang, "machine" if machine else "ok")
    for other in sorted(texts, key=lambda code: (code != "id", code)):
        if texts[other].strip():
            return Text(texts[other], other, "missing")
    return None


def event_view(event: Event, lang: str, slug: str) -> EventView:
    machine = event.translation.get(lang) == "machine"
    title = localized(event.title, lang, machine)
    if title is None:
        title = Text(Messages(lang)("translation.untitled"), lang, "ok")
    span = date_bounds(event.date)
    return EventView(
        event=event,
        slug=slug,
        title=title,
        summary=localized(event.summary, lang, machine),
        display=format_date(event.date, lang, event.part),
        start=span[0].isoformat() if span else None,
        end=span[1].isoformat() if span else None,
        granularity=humanize.granularity(event.date),
        html_time=event.date if _HTML_TIME.fullmatch(event.date) else None,
    )


def article_view(
    dated: DatedArticle,
    citing_ids: Iterable[str],
    lang: str,
    slug: str,
    titles: Mapping[str, str],
) -> ArticleView:
    citing = sorted(citing_ids)
    article = dated.article
    original = article.language if article.language in ("id", "en") else "id"
    title = localized({original: article.title or article.id, **titles}, lang, False)
    url = dated.article.metadata.url
    return ArticleView(
        dated=dated,
        slug=slug,
        title=title or Text(article.id, original, "ok"),
        dct_display=format_date(dated.dct.value, lang) if dated.dct.value else None,
        expressions=sum(1 for t in dated.timexes if t.type != PAGE_DATE),
        events=tuple(citing),
        unresolved=sum(1 for t in dated.timexes if unresolved(t)),
        url=url if url and is_web_url(url) else None,
        evidence=evidence_text(dated.dct, lang, original),
    )


def evidence_text(dct: Dct, lang: str, quoted: str) -> Markup | None:
    """The evidence for an article's publication date in `lang`, as escaped HTML: the words of
    the article it rests on (marked as the article's language, `quoted`) and what they are.
    None when there is nothing to quote (the date came from the metadata, or there is none)."""
    m = Messages(lang)
    words = Markup('<span lang="{}">{}</span>')
    found = _TEXT_EVIDENCE.fullmatch(dct.evidence)
    if found:
        quote = Markup("“{}”").format(words.format(quoted, found["quote"]))
        kind = EVIDENCE_KINDS.get(found["kind"] or "")
        if not kind:
            return quote
        return Markup("{} ({})").format(quote, m(f"article.evidence_kinds.{kind}"))
    found = _CORPUS_EVIDENCE.match(dct.evidence)
    if found:
        # The catalogue's text is escaped; the placeholders stay, filled with escaped values.
        return Markup(escape(m("article.evidence_corpus"))).format(
            expression=words.format(quoted, found["quote"]),
            line=found["line"],
            date=format_date(found["date"], lang),
        )
    return None


def quote_view(source: Source, articles: Mapping[str, ArticleView], lang: str) -> QuoteView:
    quote_text = source.quote
    at = source.timex_start - source.start
    if not (at >= 0 and quote_text[at : at + len(source.timex_text)] == source.timex_text):
        at = quote_text.find(source.timex_text) if source.timex_text else -1
    view = articles.get(source.article)
    if at < 0:
        before, marked, after = quote_text, "", ""
    else:
        stop = at + len(source.timex_text)
        before, marked, after = quote_text[:at], quote_text[at:stop], quote_text[stop:]
    return QuoteView(
        source=source,
        article=view.dated if view else None,
        slug=view.slug if view else "",
        before=before,
        marked=marked,
        after=after,
        display=format_date(source.date, lang),
        translation=source.translations.get(lang) if source.language != lang else None,
        translation_state=quote_state(source, lang),
    )


def quote_state(source: Source, lang: str) -> str:
    if source.language == lang:
        return "original"
    if lang in source.machine:
        return "machine"
    return "memory" if lang in source.translations else "missing"


def unresolved(timex: Timex) -> bool:
    return timex.anchor == "unresolved" or "unresolved" in timex.flags or not timex.value


def is_web_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
