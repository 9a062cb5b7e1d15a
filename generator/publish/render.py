"""Turn a `Corpus` into the Markdown pages and timeline data of one language's MkDocs site.

`plan_site` gives every generated file of one language's docs dir by path relative to it, and
the writer (generator/publish/write.py) puts them on disk; `render_site` is the same files made at
once, as text. How each file looks is `formats`' job.

`plan_site` gives each page of an event or an article as a `Lazy` file keyed by its record's
key from `index_site` (a hash of the record, the facts of the records its page links to and the
generator's code) with the language appended, so the writer renders only pages whose inputs
changed. Pages of the whole corpus are rendered every time, from
one cached fragment per event or article (see generator/publish/pagecache.py). One job, the
plan of a language's files; its length is the list of those files, each a few lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from generator.core.model import Corpus, DatedArticle, Event
from generator.publish import front, serialize
from generator.publish.actornames import ActorNames, actor_names
from generator.publish.composed import format_front, format_methodology
from generator.publish.formats import format_article_text, format_loop_page, format_page
from generator.publish.humanize import month_abbreviations
from generator.publish.links import file_href, href, url_of
from generator.publish.messages import Messages
from generator.publish.pagecache import Digests, Fragments, key
from generator.publish.story import Story, story_period
from generator.publish.views import (
    ArticleView,
    EventView,
    Text,
    article_view,
    chronological,
    date_bounds,
    event_view,
    format_date,
    page_slugs,
    quote_view,
    sorted_sources,
    timex_anchors,
)
from generator.publish.write import Lazy, made, utf8

V = TypeVar("V")


# ---- entry point ------------------------------------------------------------------------------


def render_site(
    corpus: Corpus,
    lang: str,
    pages: Mapping[str, str],
    accuracy: Mapping[str, Any] | None = None,
    title: str = "",
) -> dict[str, str]:
    """Every generated file of `lang`'s docs dir: path relative to it -> text.

    `pages` maps the hand-written pages of `lang` (content/pages/<lang>/) by relative path;
    `index.md` and `methodology.md` are composed with generated parts, the rest is the writer's.
    `title` is the story's title the site config gives (see `story_title`).
    """
    planned = plan_site(corpus, lang, pages, accuracy, title=title)
    # Everything render makes is text; files joined from fragments come as its UTF-8.
    files = {path: made(content) for path, content in planned.items()}
    return {p: t.decode("utf-8") if isinstance(t, bytes) else t for p, t in files.items()}


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """What the pages of every language share: computed once per corpus.

    Each article and event has one key naming everything any file shows of it, language aside:
    the record, its page name and the facts of the records its page links to (see `index_site`).
    The key of each of its outputs in each language derives from it without hashing again."""

    articles: dict[str, tuple[DatedArticle, str]]  # id -> (article, key), sorted by id
    events: tuple[tuple[Event, str], ...]  # (event, key), chronological
    by_id: dict[str, tuple[Event, str]]
    article_slugs: dict[str, str]
    event_slugs: dict[str, str]
    citing: dict[str, tuple[str, ...]]  # article id -> ids of the events citing it, timeline order
    anchors: dict[tuple[str, int, int], str]  # (article, timex start, end) -> event it dates
    outlets: dict[str, str]  # article id -> outlet
    digests: Digests  # the same keys in corpus order (they name the records too)
    story: Story | None  # the story's own period, and the background before it


def index_site(corpus: Corpus) -> SiteIndex:
    # Sorted once, with each record's place in the corpus: keys are made in corpus order.
    by_name = sorted(enumerate(corpus.articles), key=lambda pair: pair[1].article.id)
    by_time = sorted(enumerate(corpus.events), key=lambda pair: chronological(pair[1]))
    articles = {d.article.id: d for _, d in by_name}
    events = [e for _, e in by_time]
    article_slugs = page_slugs(d.article.id for d in corpus.articles)
    event_slugs = page_slugs(e.id for e in corpus.events)
    # Which events cite each article, in timeline order, found in one pass (not one pass over
    # all events per article). An id's rank is that of the last event with it, the one its
    # page shows; with unique ids (merge makes them so) this is simply the order found.
    rank = {e.id: i for i, e in enumerate(events)}
    cited_by: dict[str, set[str]] = {}
    for e in events:
        for s in e.sources:
            cited_by.setdefault(s.article, set()).add(e.id)
    citing = {a: tuple(sorted(ids, key=rank.__getitem__)) for a, ids in cited_by.items()}
    anchors = timex_anchors(events)
    # Date marks an article page links, by article: (start, end, event, its page name).
    marks: dict[str, list[tuple[int, int, str, str]]] = {}
    for (ident, start, end), event_id in anchors.items():
        marks.setdefault(ident, []).append((start, end, event_id, event_slugs[event_id]))

    # What a page linking an article shows of it: name, outlet, headline (in all languages).
    article_facts = {
        ident: (
            ident,
            article_slugs[ident],
            d.article.outlet,
            d.article.title,
            d.article.language,
            sorted(corpus.titles.get(ident, {}).items()),
        )
        for ident, d in articles.items()
    }
    # What a page linking an event shows of it: name, date, headline (see event_view), with
    # every language's translation state (a superset of what one language's page shows).
    # Hashed once here: an event's summaries are long, and several article keys name each.
    event_facts = {
        e.id: key(
            "event facts",
            e.id,
            event_slugs[e.id],
            e.date,
            e.part,
            sorted(e.title.items()),
            sorted(e.summary.items()),
            sorted(e.translation.items()),
        )
        for e in events
    }
    # Keys in corpus order (one per record, even should two records share an id).
    article_keys = [
        key(
            "article",
            d.digest or d,  # (the digest names the record: hashing it again is the costlier)
            article_facts[d.article.id],
            [event_facts[i] for i in citing.get(d.article.id, ())],
            sorted(marks.get(d.article.id, ())),
        )
        for d in corpus.articles
    ]
    # An event page links the events before and after it on the timeline.
    neighbours = {
        e.id: tuple(event_facts[n.id] for n in events[max(i - 1, 0) : i + 2] if n is not e)
        for i, e in enumerate(events)
    }
    event_keys = [
        key(
            "event",
            e,
            event_slugs[e.id],
            [article_facts.get(a) or (a, None) for a in _cited(e)],
            neighbours[e.id],
        )
        for e in corpus.events
    ]
    ordered = tuple((e, event_keys[i]) for i, e in by_time)
    return SiteIndex(
        articles={d.article.id: (d, article_keys[i]) for i, d in by_name},
        events=ordered,
        by_id={e.id: (e, k) for e, k in ordered},
        article_slugs=article_slugs,
        event_slugs=event_slugs,
        citing=citing,
        anchors=anchors,
        outlets={i: d.article.outlet for i, d in articles.items()},
        digests=Digests(articles=tuple(article_keys), events=tuple(event_keys)),
        story=story_period(events, date_bounds),
    )


def story_title(index: SiteIndex, lang: str, configured: str = "") -> Text:
    """The story's title in `lang`: the site config's (`configured`), else that of its most
    reported development (see generator/publish/front.py)."""
    events = [e for e, _ in index.events]

    def view(event_id: str) -> EventView:
        return event_view(index.by_id[event_id][0], lang, index.event_slugs[event_id])

    return front.story_title(events, index.story, lang, configured, view)


def _cited(event: Event) -> list[str]:
    """The articles an event's page names: its sources and the sources of its date variants."""
    cited = {s.article for s in event.sources}
    cited.update(a for v in event.variants for a in v.articles)
    return sorted(cited)


def plan_site(
    corpus: Corpus,
    lang: str,
    pages: Mapping[str, str],
    accuracy: Mapping[str, Any] | None = None,
    *,
    index: SiteIndex | None = None,
    fragments: Fragments | None = None,
    title: str = "",
) -> dict[str, str | bytes | Lazy]:
    """`render_site`, with the pages of events and articles as `Lazy` files to be made only
    when their key changed; `index` and `fragments` are shared by the languages of a build.
    Files joined from fragments come as UTF-8 bytes (what the writer writes)."""
    site = _Site(corpus, lang, index or index_site(corpus), fragments or Fragments(), title)
    files: dict[str, str | bytes | Lazy] = {}
    files["index.md"] = site.home(pages.get("index.md"))
    files["timeline/index.md"] = site.timeline()
    # A page's key is its record's key (see SiteIndex) and the language: no hashing per page.
    for event, base in site.index.events:
        path = f"events/{site.index.event_slugs[event.id]}.md"
        files[path] = Lazy(f"{base}.{lang}.page", lambda e=event: site.event_page(e))
    files["sources/index.md"] = site.sources()
    for ident, (dated, base) in site.index.articles.items():
        path = f"sources/{site.index.article_slugs[ident]}.md"
        files[path] = Lazy(f"{base}.{lang}.page", lambda d=dated: site.article_page(d))
    files["methodology.md"] = format_methodology(
        pages.get("methodology.md"),
        accuracy,
        site.common,
        site.m("meta.methodology", title=site.title.text),
    )
    files["data/timeline.json"] = site.timeline_json()
    return dict(sorted(files.items()))


class _Site:
    """One language's pages of one corpus, with the views made on first use."""

    def __init__(
        self, corpus: Corpus, lang: str, index: SiteIndex, fragments: Fragments, title: str = ""
    ):
        self.corpus = corpus
        self.lang = lang
        self.index = index
        self.fragments = fragments
        self.m = Messages(lang)
        self.common = {"m": self.m, "lang": lang, "href": href, "file_href": file_href}
        self._events: dict[str, EventView] = {}
        self._articles: dict[str, ArticleView] = {}
        self._actors: ActorNames | None = None
        self._order = {e.id: i for i, (e, _) in enumerate(index.events)}
        self.title = story_title(index, lang, title)

    # ---- views, made once each, only when a page or fragment needs them

    def event_view(self, event_id: str) -> EventView:
        view = self._events.get(event_id)
        if view is None:
            event = self.index.by_id[event_id][0]
            view = event_view(event, self.lang, self.index.event_slugs[event_id])
            self._events[event_id] = view
        return view

    def article_view(self, article_id: str) -> ArticleView:
        view = self._articles.get(article_id)
        if view is None:
            dated = self.index.articles[article_id][0]
            view = article_view(
                dated,
                self.index.citing.get(article_id, ()),
                self.lang,
                self.index.article_slugs[article_id],
                self.corpus.titles.get(article_id, {}),
            )
            self._articles[article_id] = view
        return view

    def article_views(self) -> Mapping[str, ArticleView]:
        return _LazyViews(self.index.articles, self.article_view)

    # ---- pages of one event or article

    def event_page(self, event: Event) -> str:
        view = self.event_view(event.id)
        path = f"events/{view.slug}.md"
        articles = self.article_views()
        quotes = [quote_view(s, articles, self.lang) for s in sorted_sources(event.sources)]
        at = self._order[event.id]
        timeline = self.index.events
        previous = self.event_view(timeline[at - 1][0].id) if at > 0 else None
        following = self.event_view(timeline[at + 1][0].id) if at + 1 < len(timeline) else None
        text = view.summary.text if view.summary else view.title.text
        return format_page(
            "event.md.j2",
            path,
            self.m(
                "meta.event_title", title=view.title.text, date=format_date(event.date, self.lang)
            ),
            description=front.description(self.m("meta.event", date=view.display, text=text)),
            view=view,
            quotes=quotes,
            articles=articles,
            previous=previous,
            next=following,
            **self.common,
        )

    def article_page(self, dated: DatedArticle) -> str:
        view = self.article_view(dated.article.id)
        path = f"sources/{view.slug}.md"
        events = _LazyViews(self.index.by_id, self.event_view)
        body = format_article_text(view.dated, self.lang, self.index.anchors, events, path, self.m)
        outlet = view.dated.article.outlet
        return format_page(
            "article.md.j2",
            path,
            self.m("meta.article_title", title=view.title.text, outlet=outlet)
            if outlet
            else view.title.text,
            description=self._describe_article(view),
            view=view,
            body=body,
            events=[self.event_view(i) for i in self.index.citing.get(dated.article.id, ())],
            **self.common,
        )

    # ---- pages of the whole corpus, from one fragment per event or article

    def _describe_article(self, view: ArticleView) -> str:
        article = view.dated.article
        outlet = article.outlet or view.slug
        if view.dct_display:
            text = self.m(
                "meta.article", outlet=outlet, date=view.dct_display, title=view.title.text
            )
        else:
            text = self.m("meta.article_undated", outlet=outlet, title=view.title.text)
        return front.description(text)

    def home(self, hand_written: str | None) -> str:
        story = self.index.story
        facts = front.story_front(
            [e for e, _ in self.index.events],
            story,
            [d for d, _ in self.index.articles.values()],
            self.title,
            self.event_view,
            self.actors().by_event,
            self.m,
            self._background_about(story.background if story else frozenset()),
        )
        return format_front(
            facts,
            hand_written,
            front.reading("index.md", self.m, facts.translated),
            front.description(facts.lead.striptags()),
            self.common,
        )

    def timeline(self) -> bytes:
        """The reading view: every event in date order, the story's background folded."""
        lang = self.lang
        story = self.index.story
        background = story.background if story else frozenset()
        loops: dict[str, list[tuple[str, Callable[[], EventView]]]] = {
            "background": [],
            "events": [],
        }
        for e, base in self.index.events:
            item = (f"{base}.{lang}.timeline", lambda i=e.id: self.event_view(i))
            loops["background" if e.id in background else "events"].append(item)
        return format_loop_page(
            "timeline.md.j2",
            "timeline/index.md",
            self.m("timeline.title"),
            loops,
            self.fragments,
            hide=("toc",),  # the timeline needs the width more than a one-heading contents list
            description=self.m("meta.timeline", title=self.title.text),
            any_events=bool(self.index.events),
            background_about=self._background_about(background),
            **self.common,
        )

    def _background_about(self, background: frozenset[str]) -> str:
        """What the folded background holds: "1950s – January 2024 · 9 events"."""
        events = [e for e, _ in self.index.events if e.id in background]
        if not events:
            return ""
        last = max(events, key=lambda e: chronological(e)[1])  # the one that ends last
        start = format_date(events[0].date, self.lang, events[0].part)
        end = format_date(last.date, self.lang, last.part)
        span = start if start == end else self.m("dates.range", start=start, end=end)
        return f"{span} · {self.m.plural('common.events', len(events))}"

    def sources(self) -> bytes:
        lang = self.lang
        items = [
            (f"{base}.{lang}.sources", lambda i=ident: self.article_view(i))
            for ident, (_, base) in self.index.articles.items()
        ]
        return format_loop_page(
            "sources.md.j2",
            "sources/index.md",
            self.m("sources.title"),
            {"articles": items},
            self.fragments,
            description=self.m("meta.sources", title=self.title.text),
            **self.common,
        )

    def timeline_json(self) -> bytes:
        """The interactive timeline's data: events with what its filters need, the story's
        period and the labels, in the page's language."""
        lang = self.lang
        actors = self.actors()
        items = []
        for event, base in self.index.events:
            names = (actors.by_event.get(event.id, ()), tuple(sorted(set(event.actors))))
            items.append(
                self.fragments.text(
                    f"{base}.{lang}.timeline.json.{key(names)}",
                    lambda e=event, n=names: serialize.encode(
                        self._json_item(e.id, self._outlets(e), *n), 2
                    ),
                )
            )
        story = self.index.story
        period = {"start": story.start.isoformat(), "end": story.end.isoformat()} if story else None
        # The same inert JSON as the corpus export: safe fetched or inside an HTML <script>.
        members = {
            "events": serialize.join_list_data(items, 1),
            "labels": utf8(serialize.encode(self._labels(), 1)),
            "lang": utf8(serialize.encode(self.lang, 1)),
            "story": utf8(serialize.encode(period, 1)),
        }
        return serialize.join_object_data(members, 0) + b"\n"

    def actors(self) -> ActorNames:
        if self._actors is None:
            self._actors = actor_names([e for e, _ in self.index.events], self.lang)
        return self._actors

    def _labels(self) -> dict[str, Any]:
        """Every word the interactive timeline shows, and how it writes dates on its axis."""
        m = self.m
        return {
            **m.lookup("explorer"),
            "status": {s: m(f"status.{s}") for s in ("happened", "planned", "claim")},
            "key_event": m("common.key_event"),
            "sources": dict(m.lookup("common.sources")),
            "background": m("timeline.background"),
            "dates": {
                **m.lookup("dates.axis"),
                "range": m("dates.range"),
                "months": month_abbreviations(self.lang),
            },
        }

    def _outlets(self, event: Event) -> list[str]:
        """The outlets of the articles an event cites, by name."""
        outlets = self.index.outlets
        return sorted({outlets[s.article] for s in event.sources if outlets.get(s.article)})

    def _json_item(
        self, event_id: str, outlets: list[str], actors: tuple[str, ...], written: tuple[str, ...]
    ) -> dict[str, Any]:
        """One event's record; `actors` are its actors' labels, `written` the names as the
        articles write them (which search finds too)."""
        v = self.event_view(event_id)
        variants = []
        for variant in v.event.variants:
            span = date_bounds(variant.date)
            variants.append(
                {
                    "date": variant.date,
                    "start": span[0].isoformat() if span else None,
                    "end": span[1].isoformat() if span else None,
                    "display": format_date(variant.date, self.lang),
                    "sources": len(variant.articles),
                }
            )
        return {
            "id": v.event.id,
            "date": v.event.date,
            "start": v.start,
            "end": v.end,
            "granularity": v.granularity,
            "display": v.display,
            "part": v.event.part,
            "status": v.event.status,
            "status_label": self.m(f"status.{v.event.status}"),
            "title": v.title.text,
            "title_lang": v.title.lang,
            "translation": v.title.state,
            "outlets": v.event.outlets,
            "outlet_names": outlets,
            "actors": list(actors),
            "aka": [name for name in written if name not in actors],
            "summary": v.summary.text if v.summary else "",
            "variants": variants,
            "sources": len(v.event.sources),
            "key": v.event.key,
            "url": url_of(f"events/{v.slug}.md"),
        }


class _LazyViews(Mapping[str, V]):
    """Views by id as the templates index them, each made on first use."""

    def __init__(self, ids: Mapping[str, object], make: Callable[[str], V]) -> None:
        self._ids = ids
        self._make = make

    def __getitem__(self, ident: str) -> V:
        if ident not in self._ids:
            raise KeyError(ident)
        return self._make(ident)

    def __contains__(self, ident: object) -> bool:
        return ident in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
