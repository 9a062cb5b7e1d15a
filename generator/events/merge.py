"""Merge mentions of the same real event across articles into one timeline entry.

Mentions are clustered by content (`cluster`, over the terms of `terms`); each cluster becomes
an `Event`: its date (and the other dates reported for it, as `DateVariant`s), status, title
from its most central mention, sources and a stable id. Events are ranked by how many outlets
report them.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from generator.core.model import DateVariant, Event, Mention, PartOfDay, Source, Status
from generator.events.cluster import Item, cluster_items
from generator.events.terms import STOPWORDS, cached_terms
from generator.events.titles import headline_title, sentence_title, weak_title

KEY_EVENTS = 20  # the most the home page and the timeline's default view lead with


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


def quote_id(text: str) -> str:
    """Stable id of a quoted sentence: a hash of its text with white space normalised."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


def as_source(m: Mention, quote_ids: dict[str, str]) -> Source:
    """The mention as a source; `quote_ids` holds the ids of the sentences seen so far (agency
    copy repeats them word for word, so each distinct one is hashed once)."""
    found = quote_ids.get(m.sentence)
    if found is None:
        found = quote_ids[m.sentence] = quote_id(m.sentence)
    return Source(
        article=m.article,
        quote=m.sentence,  # exactly article.text[start:end]; renderers fold white space
        start=m.start,
        end=m.end,
        timex_text=m.timex.text,
        timex_start=m.timex.start,
        timex_end=m.timex.end,
        date=m.date,
        quote_id=found,
        language=m.language,
    )


def _event_date(group: Sequence[Item]) -> tuple[str, tuple[DateVariant, ...]]:
    """The finest date most articles give; other dates that do not contain it are variants."""
    by_date: dict[str, set[str]] = {}
    spans: dict[str, Item] = {}  # an item giving each date, for the span of days it covers
    for i in group:
        by_date.setdefault(i.mention.date, set()).add(i.mention.article)
        spans.setdefault(i.mention.date, i)
    finest = min(i.width for i in spans.values())
    chosen = min(
        (d for d, i in spans.items() if i.width == finest), key=lambda d: (-len(by_date[d]), d)
    )
    inner = spans[chosen]
    variants = tuple(
        DateVariant(d, tuple(sorted(arts)))
        for d, arts in sorted(by_date.items())
        if d != chosen and not (spans[d].first <= inner.first and inner.last <= spans[d].last)
    )
    return chosen, variants


def _status(members: Sequence[Mention]) -> Status:
    statuses = {m.status for m in members}
    if "happened" in statuses:
        return "happened"
    return "planned" if "planned" in statuses else "claim"


def _part(members: Sequence[Mention], date: str) -> PartOfDay | None:
    parts = Counter(m.timex.part for m in members if m.date == date and m.timex.part)
    if not parts:
        return None
    return min(parts, key=lambda p: (-parts[p], p))


def _representative(group: Sequence[Item], language: str) -> Mention:
    """The mention, of those in a main clause, whose words best cover the event's, then the
    fullest title."""
    own = [i for i in group if i.mention.language == language]
    if len(own) == 1:
        return own[0].mention
    # Agency copies share their words and titles: each distinct one is counted and scored once.
    wordings = Counter(i.words for i in own)
    terms = {words: set(words) for words in wordings}
    total: Counter[str] = Counter()
    for words, copies in wordings.items():
        for t in terms[words]:
            total[t] += copies
    cover = {w: sum(total[t] for t in ts) / (1 + len(ts)) ** 0.5 for w, ts in terms.items()}
    fullness = {t: min(len(t.split()), 8) for t in {i.mention.title for i in own}}

    def score(i: Item) -> tuple[bool, float, int, str, int]:
        m = i.mention
        # A sentence that tells the development first; one that dates the story's background
        # ("to host the June 12 summit") tells another.
        return (m.background, -cover[i.words], -fullness[m.title], m.article, m.start)

    return min(own, key=score).mention


def _slug(title: str, date: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_title) if w not in STOPWORDS and len(w) > 2]
    date_part = date.lower().replace("/", "--")
    date_part = re.sub(r"[^a-z0-9-]+", "-", date_part).strip("-")
    slug = "-".join(words[:4]) or "event"
    return f"{date_part}-{slug}"


def _outlets(members: Sequence[Mention]) -> int:
    return len({(m.outlet or m.article).strip().casefold() for m in members})


_SOURCE_ORDER = operator.attrgetter("article", "start", "timex_start")
_MENTION_ORDER = operator.attrgetter("article", "start")


def merge_mentions(mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """Cluster mentions into events, choose each event's date, rank and mark key events."""
    drafts: list[Event] = []
    quote_ids: dict[str, str] = {}
    for group in fold_details(cluster_items(mentions)):
        members = [i.mention for i in group]
        date, variants = _event_date(group)
        languages = sorted({m.language for m in members})
        reps = {lang: _representative(group, lang) for lang in languages}
        main = reps[members[0].language]
        status = _status(members)
        titles = {lang: _title(members, lang, r, date, status) for lang, r in reps.items()}
        sources = tuple(sorted((as_source(m, quote_ids) for m in members), key=_SOURCE_ORDER))
        actors: list[str] = []
        for m in sorted(members, key=_MENTION_ORDER):
            actors.extend(a for a in m.actors if a not in actors)
        drafts.append(
            Event(
                id=_slug(main.title or main.sentence, date),
                date=date,
                status=status,
                title=titles,
                summary={lang: " ".join(r.sentence.split()) for lang, r in reps.items()},
                sources=sources,
                actors=tuple(actors),
                variants=variants,
                part=_part(members, date),
                outlets=_outlets(members),
            )
        )
    return _mark_key(_unique_ids(drafts))


_STORY_SHARE = 0.1  # of the timeline's groups
# Words of the lead's title a detail of its day tells it in (measured: with one, a day's other
# developments in one article's words joined the lead; three kept apart what two joined).
_SHARED_TITLE_WORDS = 2


def fold_details(groups: list[list[Item]]) -> list[list[Item]]:
    """One entry per day unless the content differs: on a day with a lead development (the
    group most outlets report), what one article alone dates to that day in a subordinate
    clause or as a noun's date ("the boy was trapped in his room when the quake struck on
    Monday", "kebakaran yang terjadi pada Rabu (8/9) itu") is a detail or a retelling of that
    day, told in the lead's entry as one more source; so is what any one article dates to that
    day in words of the lead's title ("the quake struck on Monday, when children were at
    school"). A plan is never folded into a deed, nor a deed into a plan. (Measured on the
    development sets: taking the day's real lead and other articles' retellings of it removed
    5 of 127 split entries and lost no event.)"""
    by_day: dict[str, list[int]] = {}
    for i, group in enumerate(groups):
        # (A day's lead may hold another day's report as a variant: its date is still the day.)
        date = _event_date(group)[0]
        if len(date) == 10:
            by_day.setdefault(date, []).append(i)
    folded: set[int] = set()
    # Words most groups' titles share are the story's ("gempa", "Cianjur"): they tell no
    # development from another.
    titled = [frozenset().union(*(_title_words(x.mention) for x in g)) for g in groups]
    counts = Counter(w for words in titled for w in words)
    story = {w for w, n in counts.items() if n >= max(3, _STORY_SHARE * len(groups))}
    for indexes in by_day.values():
        if len(indexes) < 2:
            continue
        ranked = sorted(indexes, key=lambda i: (-_outlets([x.mention for x in groups[i]]), i))
        lead = groups[ranked[0]]
        lead_articles = {x.mention.article for x in lead}
        lead_planned = _status([x.mention for x in lead]) == "planned"
        told = frozenset(w for x in lead for w in _title_words(x.mention))
        lead_words = told - story
        for i in ranked[1:]:
            group = groups[i]
            articles = {x.mention.article for x in group}
            planned = _status([x.mention for x in group]) == "planned"
            if len(articles) > 1 or planned != lead_planned:
                continue
            # Retold by an article that does not report the lead, the day's event is named
            # by its own words, the story's among them ("kebakaran yang terjadi pada Rabu").
            background = all(x.mention.background for x in group) and (
                articles <= lead_articles or not told.isdisjoint(titled[i])
            )
            if background or len(lead_words & (titled[i] - story)) >= _SHARED_TITLE_WORDS:
                lead.extend(group)
                folded.add(i)
    return [g for i, g in enumerate(groups) if i not in folded]


def _title(members: Sequence[Mention], lang: str, rep: Mention, date: str, status: str) -> str:
    """The entry's title in `lang`: a headline of an article that leads with this development
    (a journalist's title for it); else the first that reads well of the representative's
    compressed clause, the other members' clauses and the members' whole sentences; else the
    representative's clause as it is."""
    # After the representative, the reports that tell this development in a main clause, with
    # the entry's date and status, before those that date background or tell another stage.
    own = sorted(
        (m for m in members if m.language == lang),
        key=lambda m: (m is not rep, m.background, m.date != date, m.status != status),
    )
    # The representative's headline first: in an entry many articles report, the others may
    # lead with other developments of the day.
    headlines = (clean for m in own if (clean := headline_title(m.headline)))
    clauses = (m.title for m in own if m.title)
    # Made only when no headline or clause reads well (most entries stop before).
    sentences = (
        sentence_title(m.sentence, m.timex.start - m.start, m.timex.end - m.start) for m in own
    )
    for candidate in itertools.chain(headlines, clauses, sentences):
        if weak_title(candidate) is None:
            return candidate
    return rep.title or " ".join(rep.sentence.split())


def _title_words(m: Mention) -> frozenset[str]:
    return frozenset(cached_terms(m.title, m.language, ()))


def _unique_ids(events: list[Event]) -> list[Event]:
    """Deterministic suffixes for events whose ids collide (ordered by their first source)."""
    ordered = sorted(events, key=lambda e: (e.id, e.sources[0].article, e.sources[0].start))
    seen: Counter[str] = Counter()
    out = []
    for e in ordered:
        seen[e.id] += 1
        if seen[e.id] > 1:
            e = _replace_id(e, f"{e.id}-{seen[e.id]}")
        out.append(e)
    return out


def _replace_id(e: Event, new_id: str) -> Event:
    from dataclasses import replace

    return replace(e, id=new_id)


def rank_key(e: Event) -> tuple[int, int, str, str]:
    """Salience order: independent outlets, then sources, then date."""
    return (-e.outlets, -len({s.article for s in e.sources}), e.date, e.id)


def _mark_key(events: list[Event]) -> tuple[Event, ...]:
    from dataclasses import replace

    ranked = sorted(events, key=rank_key)
    # At most KEY_EVENTS, and only the upper half of a short timeline, so "key" still selects.
    limit = min(KEY_EVENTS, max(1, math.ceil(len(ranked) / 2)))
    key_ids = {e.id for e in ranked[:limit]}
    # Events are drafted with `key` False: only the few key events need a new record.
    return tuple(
        replace(e, key=True) if e.id in key_ids else e
        for e in sorted(events, key=lambda e: (e.date, e.id))
    )
