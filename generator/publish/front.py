"""The front page, made from the corpus: the story's title, a lead, its figures, its key
developments and how to read the site, in the page's language. Pure.

Nothing on it is written for one story: the title is the site config's (`site_name`) or that
of the story's most reported development; the lead is two or three sentences made from the key
developments and the actors named most often; the period is the story's own (see story.py), its
background apart. An editor's introduction (content/pages/<lang>/index.md) replaces the lead
only, and when it opens on a heading of its own, that heading is the page's title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from babel.lists import format_list
from markupsafe import Markup, escape

from generator.core.model import DatedArticle, Event
from generator.events.titles import weak_title
from generator.publish.links import href
from generator.publish.messages import Messages
from generator.publish.story import Story
from generator.publish.views import EventView, Text, date_bounds, format_date

# How many outlets the figures name before counting the rest, and how many actors the lead names.
SHOWN_OUTLETS = 8
SHOWN_ACTORS = 3
# A description is what a search result or a shared link shows: about two lines of text.
DESCRIPTION_CHARS = 200

_HEADING = re.compile(r"\A\s*#\s+\S")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_NEVER = (dt.date.max, dt.date.max)  # where an undated event sorts


@dataclass(frozen=True, slots=True)
class Front:
    """What the front page says about the story, in one language."""

    title: Text
    lead: Markup  # the generated lead (escaped HTML)
    period: str | None  # the story's own period, in words
    background: str | None  # what the folded background holds ("1950s – 2023 · 9 events")
    articles: int
    published: str | None  # the articles' publication dates, first to last
    outlets: int
    outlet_names: Markup | None
    events: int
    key_events: tuple[EventView, ...]  # the story's own key developments
    background_events: tuple[EventView, ...]  # key events of its background
    translated: bool  # some corpus text on the page's site is another language's


def story_front(
    events: Sequence[Event],
    story: Story | None,
    articles: Sequence[DatedArticle],
    title: Text,
    view: Callable[[str], EventView],
    actors: Mapping[str, Sequence[str]],
    m: Messages,
    background: str,
) -> Front:
    """The front page's facts: `events` in timeline order, `title` the story's (see
    `story_title`), `background` what the folded background holds, in words."""
    lang = m.lang
    folded = story.background if story else frozenset()
    dcts = sorted(d.dct.value for d in articles if d.dct.value)
    period = [story.start.isoformat(), story.end.isoformat()] if story else []
    return Front(
        title=title,
        lead=lead(events, story, len(articles), view, actors, m),
        period=span_words(period, lang),
        background=background or None,
        articles=len(articles),
        published=span_words(dcts[:1] + dcts[-1:], lang),
        outlets=len({d.article.outlet for d in articles if d.article.outlet}),
        outlet_names=outlet_names(articles, lang, m),
        events=len(events),
        key_events=tuple(view(e.id) for e in events if e.key and e.id not in folded),
        background_events=tuple(view(e.id) for e in events if e.key and e.id in folded),
        translated=any(d.article.language != lang for d in articles),
    )


def reports(event: Event) -> int:
    """How many articles report `event`."""
    return len({s.article for s in event.sources})


def own_events(events: Sequence[Event], story: Story | None) -> list[Event]:
    """The events within the story's own period (every event when it has none), in order."""
    if story is None:
        return list(events)
    inside = []
    for event in events:
        span = date_bounds(event.date)
        if span is not None and story.start <= span[0] and span[1] <= story.end:
            inside.append(event)
    return inside or list(events)


def most_reported(events: Sequence[Event], story: Story | None) -> Event | None:
    """The story's most reported development: most articles, then outlets; a key one, with a
    title that reads well, first; then the earliest."""
    candidates = own_events(events, story)
    if not candidates:
        return None
    order = {e.id: i for i, e in enumerate(candidates)}

    def rank(e: Event) -> tuple[int, int, bool, bool, int]:
        original = next(iter(e.title.values()), "")
        return (-reports(e), -e.outlets, not e.key, weak_title(original) is not None, order[e.id])

    return min(candidates, key=rank)


def story_title(
    events: Sequence[Event],
    story: Story | None,
    lang: str,
    configured: str,
    view: Callable[[str], EventView],
) -> Text:
    """The story's title in `lang`: the site config's, else its most reported development's."""
    if configured.strip():
        return Text(configured.strip(), lang, "ok")
    event = most_reported(events, story)
    if event is None:
        return Text(Messages(lang)("home.untitled"), lang, "ok")
    return view(event.id).title


def _quoted(text: Text, lang: str) -> Markup:
    """Corpus text inside a sentence of the page: marked with its language when it is another."""
    if text.lang == lang:
        return escape(text.text)
    return Markup('<span lang="{}">{}</span>').format(text.lang, text.text)


def _sentence(m: Messages, key: str, **values: Any) -> Markup:
    """A catalogue sentence, escaped, with escaped (or already safe) values filled in."""
    return Markup(escape(m(key))).format(**values)


def lead(
    events: Sequence[Event],
    story: Story | None,
    articles: int,
    view: Callable[[str], EventView],
    actors: Mapping[str, Sequence[str]],
    m: Messages,
) -> Markup:
    """Two or three sentences on the story: its most reported development, the first and last
    of its key developments, and the actors named most often."""
    lang = m.lang
    top = most_reported(events, story)
    if top is None:
        return _sentence(m, "home.lead.empty")
    first = view(top.id)
    n = reports(top)
    facts = {"title": _quoted(first.title, lang), "date": first.display}
    if n < 2:
        sentences = [_sentence(m, "home.lead.main", **facts)]
    elif n == articles:
        sentences = [_sentence(m, "home.lead.every_article", total=articles, **facts)]
    else:
        sentences = [_sentence(m, "home.lead.most_reported", n=n, total=articles, **facts)]
    own = own_events(events, story)
    others = [e for e in own if e.key and e is not top]
    if others:
        sentences.append(_arc(top, others, view, m))
    named = Counter[str]()
    for event in own:
        for label in actors.get(event.id, ()):
            named[label] += reports(event)
    if named:
        names = [n for n, _ in sorted(named.items(), key=lambda p: (-p[1], p[0]))[:SHOWN_ACTORS]]
        listed = format_list([str(escape(n)) for n in names], locale=lang)
        sentences.append(_sentence(m, "home.lead.actors", names=Markup(listed)))
    return Markup(" ").join(sentences)


def _arc(
    top: Event, others: Sequence[Event], view: Callable[[str], EventView], m: Messages
) -> Markup:
    """Where the most reported development stands among the story's other key developments
    (`others`, in timeline order): what came before it, what came after, or both."""
    lang = m.lang
    before = [e for e in others if _start(e) < _start(top)]
    after = [e for e in others if e not in before]
    first, last = view(others[0].id), view(others[-1].id)
    if before and after:
        return _sentence(
            m,
            "home.lead.arc",
            first=_quoted(first.title, lang),
            first_date=first.display,
            last=_quoted(last.title, lang),
            last_date=last.display,
        )
    if before:
        return _sentence(
            m, "home.lead.before", first=_quoted(first.title, lang), first_date=first.display
        )
    return _sentence(m, "home.lead.after", last=_quoted(last.title, lang), last_date=last.display)


def _start(event: Event) -> dt.date:
    return (date_bounds(event.date) or _NEVER)[0]


def description(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """Plain text on one line, cut at a word before `limit` characters (with an ellipsis)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def outlet_names(articles: Sequence[DatedArticle], lang: str, m: Messages) -> Markup | None:
    """The outlets, most articles first, the first few named and the rest counted."""
    counts = Counter(d.article.outlet for d in articles if d.article.outlet)
    if not counts:
        return None
    ordered = [o for o, _ in sorted(counts.items(), key=lambda p: (-p[1], p[0]))]
    shown = [str(escape(o)) for o in ordered[:SHOWN_OUTLETS]]
    if len(ordered) > SHOWN_OUTLETS:
        shown.append(str(escape(m("home.more_outlets", n=len(ordered) - SHOWN_OUTLETS))))
    return Markup(format_list(shown, locale=lang))


def span_words(values: Sequence[str], lang: str) -> str | None:
    """The first and last of `values` (date values, in order) in words, as a range."""
    if not values:
        return None
    if _DAY.fullmatch(values[0]) and _DAY.fullmatch(values[-1]) and values[0] < values[-1]:
        return format_date(f"{values[0]}/{values[-1]}", lang)  # "10–19 June 2024"
    first, last = format_date(values[0], lang), format_date(values[-1], lang)
    if first == last:
        return first
    return Messages(lang)("dates.range", start=first, end=last)


def reading(path: str, m: Messages, translated: bool) -> list[Markup]:
    """How to read the site: what each part holds, with links to them."""

    def link(target: str, name: str) -> Markup:
        return Markup('<a href="{}"><strong>{}</strong></a>').format(href(path, target), name)

    items = [
        _sentence(m, "home.read.timeline", link=link("timeline/index.md", m("timeline.title"))),
        _sentence(m, "home.read.events"),
        _sentence(m, "home.read.sources", link=link("sources/index.md", m("sources.title"))),
        _sentence(m, "home.read.methodology", link=link("methodology.md", m("methodology.title"))),
        _sentence(m, "home.read.dates"),
    ]
    if translated:
        items.append(_sentence(m, "home.read.translated", missing=m("translation.missing")))
    return items


def intro_heading(intro: str | None) -> bool:
    """Whether an editor's introduction opens on a heading of its own (the page's title)."""
    return bool(intro and _HEADING.match(intro))
