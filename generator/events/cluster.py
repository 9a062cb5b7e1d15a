"""Clusters of mentions that report one real event, under a temporal constraint.

The same date; a year or month that contains a finer date; a day apart (time zones, reporting
time); or, for near-identical text, another date in the same week. Candidates come from a date
index, never from all pairs, and the result does not depend on the order of the input. One
cohesive job: the greedy pass and the join pass share the cluster records and their indexes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import itertools
import operator
from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from generator.core.model import Mention
from generator.core.timexvalue import bounds as date_span
from generator.dates.lexicon import prints_day
from generator.events.actors import story_names
from generator.events.terms import (
    Vector,
    actor_terms,
    cached_terms,
    cosine,
    idf_weights,
    normalise,
    terms_at,
    weigh,
)

# Minimum similarity to join an event, by how the dates relate. Two articles giving the same
# day to sentences that share a salient word report one event (news timelines keep one entry
# per day unless the content differs); a shared week or year says little on its own; a coarse
# date inside a finer one needs some shared content; another date needs near-identical text.
THRESHOLDS = {
    "same-day": 0.02,
    "same-coarse": 0.15,
    "contains": 0.08,
    "adjacent": 0.15,
    "variant": 0.40,
}
# Different articles share one event when they name someone or something in common; without a
# shared name, wording that shares the development's own words is enough ("an inmate died in
# hospital" beside "one more victim died in hospital"), a few of the story's words are not. This keeps two stories that happen to fall in the same week or year apart in a
# mixed corpus. (Measured: 0.35, near-identical agency copy only, left 15 more split entries on
# the development sets and 7 more on four sets first read after the change, and held no more
# events.)
UNNAMED_MINIMUM = 0.2
# One article rarely reports one event twice with the same date in different sentences unless
# it repeats its words.
SAME_ARTICLE_PENALTY = 0.08
# Days: other dates for one event are looked for this close. Reports that disagree on an
# event's day do so by a day or two (time zones, a night told on either side of midnight, a
# weekday worked out from an article's date); the same words three or more days apart tell
# another stage ("the search was extended" on Monday, "ended" on Friday). Measured on the
# development sets: six days held 5 fewer events than two, at one split fewer.
VARIANT_WINDOW = 2


@dataclass(slots=True)  # not frozen: one is built per mention, and frozen __init__ is slower
class Item:
    mention: Mention
    vector: Vector
    actors: frozenset[str]
    first: dt.date
    last: dt.date
    # Equal vectors (the same terms and weights in order) share a key, so they share
    # similarities: news agencies' copy is reprinted word for word, so many mentions share one.
    key: int = 0
    # Derived once: the clustering reads them for every candidate.
    width: int = 0
    interval: bool = False  # a span of days ("the two-day visit")
    order: tuple[int, str, str, int, int] = (0, "", "", 0, 0)
    words: tuple[str, ...] = ()  # every content term of the sentence (for the representative)
    printed: bool = False  # the date expression prints its day and month
    own: frozenset[str] = frozenset()  # its actors less the names the whole story gives


@dataclass(slots=True)
class _Cluster:
    seed: Item
    items: list[Item] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)
    # Kept up to date by `add` so a comparison costs no pass over the members.
    articles: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    own: set[str] = field(default_factory=set)
    unit: Vector | None = None  # the normalised centroid, until the next `add`
    distinct: dict[int, Vector] = field(default_factory=dict)
    # Similarities to vectors (by key) since the last `add`: the join pass scores a cluster
    # against the same members again whenever a neighbour grows.
    known: dict[int, float] = field(default_factory=dict)
    # Per vector (by key): its best cosine with a member, and how many of `distinct` that
    # covers. Members are only ever added, so an `add` leaves it true for those it covers.
    nearest: dict[int, tuple[float, int]] = field(default_factory=dict)

    def add(self, item: Item) -> None:
        self.items.append(item)
        for t, v in item.vector.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + v
        self.articles.add(item.mention.article)
        self.statuses.add(item.mention.status)
        self.actors.update(item.actors)
        self.own.update(item.own)
        self.distinct.setdefault(item.key, item.vector)
        self.unit = None
        self.known.clear()

    def clear(self) -> None:
        self.items.clear()
        self.centroid.clear()
        self.articles.clear()
        self.statuses.clear()
        self.actors.clear()
        self.own.clear()
        self.distinct.clear()
        self.unit = None
        self.known.clear()
        self.nearest.clear()

    def similarity(self, key: int, vector: Vector) -> float:
        """Half centroid, half nearest member: a cluster's words drift as it grows."""
        known = self.known.get(key)
        if known is not None:
            return known
        if self.unit is None:
            self.unit = normalise(self.centroid)
        centroid = cosine(self.unit, vector)
        members = self.distinct.values()
        covered = self.nearest.get(key)
        if covered is None:
            nearest = max(map(cosine, members, itertools.repeat(vector)))
        elif covered[1] < len(members):
            newer = itertools.islice(members, covered[1], None)
            nearest = max(covered[0], *map(cosine, newer, itertools.repeat(vector)))
        else:
            nearest = covered[0]
        self.nearest[key] = (nearest, len(members))
        self.known[key] = similarity = 0.5 * (centroid + nearest)
        return similarity


# English demonyms and their places ("Indonesian" / "Indonesia", "Gabonese" / "Gabon"): how
# an English report names what an Indonesian one calls by the place.
_DEMONYM_ENDINGS = (("ian", "ia"), ("an", "a"), ("ese", ""), ("i", ""))


def demonym_folds(terms: Iterable[str]) -> dict[str, str]:
    """Demonyms mapped to the place names the corpus itself uses (never guessed): a name is
    folded only when its base form is also one of the corpus' names."""
    known = set(terms)
    folds: dict[str, str] = {}
    for term in sorted(known):
        for ending, base in _DEMONYM_ENDINGS:
            stem = term[: -len(ending)] + base
            if term.endswith(ending) and len(stem) >= 4 and stem != term and stem in known:
                folds[term] = stem
                break
    return folds


def _items(mentions: Sequence[Mention]) -> list[Item]:
    kept = [(m, span) for m in mentions if (span := date_span(m.date)) is not None]
    terms = [_actor_terms(m.actors) for m, _ in kept]
    folds = demonym_folds(t for ts in terms for t in ts)
    actors = [frozenset(folds.get(t, t) for t in ts) if folds else ts for ts in terms]
    # Agency copy is reprinted word for word, so most sentences, titles and documents recur:
    # each distinct one is read and weighed once (the same input gives the same terms).
    sentences: dict[tuple[str, int, int, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}
    titles: dict[tuple[str, str], tuple[str, ...]] = {}
    names_twice: dict[frozenset[str], tuple[str, ...]] = {}
    words = []
    docs = []
    for (m, _), names in zip(kept, actors, strict=True):
        start, end = m.timex.start - m.start, m.timex.end - m.start
        sentence = sentences.get((m.sentence, start, end, m.language))
        if sentence is None:
            sentence = _sentence_terms(m.sentence, start, end, m.language)
            sentences[m.sentence, start, end, m.language] = sentence
        title = titles.get((m.title, m.language))
        if title is None:
            title = titles[m.title, m.language] = cached_terms(m.title, m.language, ())
        named = names_twice.get(names)
        if named is None:
            named = names_twice[names] = tuple(f"@{a}" for a in sorted(names) for _ in range(2))
        words.append(sentence[0])
        # The sentence's words, the dated clause's words (its title) again, and the actors
        # twice: what the date is about weighs more than the rest of the sentence.
        docs.append((*sentence[1], *title, *named))
    idf = idf_weights(docs)
    weighed: dict[tuple[str, ...], tuple[Vector, int]] = {}
    keys: dict[tuple[tuple[str, float], ...], int] = {}
    items = []
    by_article: dict[str, set[str]] = {}
    for (m, _), names in zip(kept, actors, strict=True):
        by_article.setdefault(m.article, set()).update(names)
    common = story_names(by_article, STORY_NAME_SHARE)
    for (m, (first, last)), doc, names, every in zip(kept, docs, actors, words, strict=True):
        found = weighed.get(doc)
        if found is None:
            vec = weigh(doc, idf)
            found = weighed[doc] = (vec, keys.setdefault(tuple(vec.items()), len(keys)))
        vec, key = found
        width = (last - first).days
        order = (width, m.date, m.article, m.start, m.timex.start)
        printed = prints_day(m.timex.text)
        interval = "/" in m.date
        own = names - common
        items.append(
            Item(m, vec, names, first, last, key, width, interval, order, every, printed, own)
        )
    return items


# A name a third of a story's articles give is the story's ("MAX", "Sriwijaya"): it tells no
# development from another (measured on the development sets: a third kept apart more of the
# day's distinct developments than a half, and split fewer reports of one).
STORY_NAME_SHARE = 0.3


def _sentence_terms(
    sentence: str, start: int, end: int, language: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content terms of a sentence: all of them, and those outside its date expression at
    [start, end) (what `content_terms` gives with and without skipping it), in one pass."""
    found = tuple(terms_at(sentence, language))
    every = [term for _, term in found]
    outside = [term for at, term in found if not start <= at < end]
    return tuple(every), tuple(outside)


@functools.lru_cache(maxsize=1 << 14)  # a story names the same people again and again
def _actor_terms(actors: tuple[str, ...]) -> frozenset[str]:
    return actor_terms(actors)


def _relation(seed: Item, item: Item) -> str | None:
    """How `item`'s date relates to that of a cluster's `seed`. The dates decide (`Item.first`,
    `last`, `width`, `interval`); how they were written may only refuse a relation."""
    if item.mention.date == seed.mention.date:
        return "same-day" if item.width == 0 else "same-coarse"
    if item.interval or seed.interval:
        return None  # a span of days is its own event ("the two-day visit")
    if item.first <= seed.first and seed.last <= item.last:
        return "contains"
    if item.width == 0 and seed.width == 0:
        if (
            (seed.printed or item.printed)
            and seed.mention.language == item.mention.language
            and not _across_midnight(seed, item)
        ):
            # Another day, printed by a writer of the same language ("14 Februari" beside a
            # report of the 13th): another day's development. The tolerance is for time zones,
            # for a night told on either side of midnight, and for days worked out from an
            # article's date ("yesterday", "on Tuesday").
            return None
        gap = abs((item.first - seed.first).days)
        return "adjacent" if gap == 1 else "variant" if gap <= VARIANT_WINDOW else None
    return None


def _across_midnight(a: Item, b: Item) -> bool:
    """Whether `a` and `b`, a day apart, may be one night: the evening or night of the first
    day and the night or early morning of the next ("Senin malam" / "Selasa dini hari")."""
    early, late = (a, b) if a.first < b.first else (b, a)
    return early.mention.timex.part in ("evening", "night") and late.mention.timex.part in (
        "night",
        "morning",
    )


def _window(item: Item) -> tuple[dt.date, dt.date]:
    """The first days a seed can have for `_relation` to relate it to `item` (not a span): a
    day within its span ("contains", or the same date), or, between single days, a day within
    the variant window."""
    if item.width == 0:
        return item.first - _VARIANT_DAYS, item.first + _VARIANT_DAYS
    return item.first, item.last


_VARIANT_DAYS = dt.timedelta(days=VARIANT_WINDOW)


def cluster_items(mentions: Sequence[Mention]) -> list[list[Item]]:
    items = sorted(_items(mentions), key=operator.attrgetter("order"))
    clusters: list[_Cluster] = []
    # A span of days ("the two-day visit") relates only to the same span, and nothing else to
    # a span (see `_relation`), so clusters seeded by one are found by their date alone, and
    # the others through a date index: their places (see `_place`), sorted.
    spans: dict[str, list[int]] = {}
    starts: list[int] = []
    # The same index per word, for the clusters using that word: a cluster sharing no word with
    # a mention cannot take it, so a year's or a decade's mention, whose date window holds most
    # of the corpus, is compared only with the clusters that share one of its words.
    postings: dict[str, list[int]] = {}
    for item in items:
        if item.interval:
            candidates = spans.get(item.mention.date, [])
        else:
            first, last = _window(item)
            low, high = _place(first, 0), _place(last, _PLACES - 1)
            candidates = _candidates(starts, postings, item, low, high)
        best = _best(clusters, candidates, item)
        if best is None:
            clusters.append(_Cluster(item))
            best = len(clusters) - 1
            if item.interval:
                spans.setdefault(item.mention.date, []).append(_place(item.first, best))
            else:
                bisect.insort(starts, _place(item.first, best))
        cluster = clusters[best]
        if not item.interval:
            place = _place(cluster.seed.first, best)
            for term in item.vector:
                if term not in cluster.centroid:
                    bisect.insort(postings.setdefault(term, []), place)
        cluster.add(item)
    _join_clusters(clusters, sorted((c.seed.first, i) for i, c in enumerate(clusters)))
    return [c.items for c in clusters if c.items]


_PLACES = 1 << 32  # clusters a day can seed in the greedy pass's indexes


def _place(day: dt.date, index: int) -> int:
    """Where the cluster `index`, seeded on `day`, stands in the greedy pass's date and word
    indexes: by day, then by index, as one int (ints compare faster than (day, index) pairs)."""
    return day.toordinal() * _PLACES + index


def _best(clusters: list[_Cluster], candidates: list[int], item: Item) -> int | None:
    """The candidate cluster (by place) whose bar `item` clears by the widest margin (the first
    of equal ones), if any: the greedy pass asks this of every mention."""
    mention = item.mention
    articles = (mention.article,)
    claim = mention.status == "claim"
    key, vector, actors, own = item.key, item.vector, item.actors, item.own
    best: int | None = None
    widest = 0.0
    for place in candidates:
        idx = place % _PLACES
        cluster = clusters[idx]
        relation = _relation(cluster.seed, item)
        if relation is None or cluster.centroid.keys().isdisjoint(vector):
            continue  # no shared word: the similarity is 0, below every threshold
        score = cluster.similarity(key, vector)
        # `_cleared` only ever lowers the score and raises the bar: a candidate that would not
        # clear the bar, or beat the best so far, even without that is passed by.
        ceiling = score - THRESHOLDS[relation]
        if ceiling < 0 or (best is not None and ceiling <= widest):
            continue
        margin = _cleared(cluster, relation, score, articles, claim, actors, own)
        if margin is not None and (best is None or margin > widest):
            best, widest = idx, margin
    return best


def _candidates(
    starts: list[int], postings: dict[str, list[int]], item: Item, low: int, high: int
) -> list[int]:
    """Clusters whose place is in [low, high], in date-index order; through the word index when
    that is shorter (the same clusters, less those sharing no word with `item`)."""
    lo, hi = bisect.bisect_left(starts, low), bisect.bisect_right(starts, high)
    ranges = []
    total = 0
    for term in item.vector:
        posting = postings.get(term)
        if posting:
            a, b = bisect.bisect_left(posting, low), bisect.bisect_right(posting, high)
            if b > a:
                total += b - a
                if total >= hi - lo:
                    return starts[lo:hi]  # the word index is no shorter
                ranges.append(posting[a:b])
    return sorted(set(itertools.chain.from_iterable(ranges)))


def _margin(cluster: _Cluster, other: _Cluster) -> float | None:
    """How far the whole of `other` clears the bar to join `cluster` (the join pass)."""
    relation = _relation(cluster.seed, other.seed)
    if relation is None or cluster.centroid.keys().isdisjoint(other.centroid.keys()):
        return None
    # One similarity per distinct vector, then one per member, summed in the members' order.
    by_key = {key: cluster.similarity(key, vector) for key, vector in other.distinct.items()}
    similarities = [by_key[i.key] for i in other.items]
    score = sum(similarities) / len(similarities)
    if len(similarities) > 1:
        score = max(score, max(similarities) * 0.8)
    claim = "claim" in other.statuses
    return _cleared(cluster, relation, score, other.articles, claim, other.actors, other.own)


def _cleared(
    cluster: _Cluster,
    relation: str,
    score: float,
    articles: Collection[str],
    claim: bool,
    actors: AbstractSet[str],
    own: AbstractSet[str],
) -> float | None:
    """The margin by which mentions from `articles` naming `actors` (`own` of them not the
    story's names; some of the mentions claims when `claim`), with similarity `score` to
    `cluster`, clear its bar; None when they do not."""
    threshold = THRESHOLDS[relation]
    if relation.startswith("same") and not cluster.articles.isdisjoint(articles):
        threshold += SAME_ARTICLE_PENALTY
    if ("claim" in cluster.statuses) != claim:
        score *= 0.7  # a statement and a deed on one date are usually two entries
    if (
        score < UNNAMED_MINIMUM
        and not cluster.articles.issuperset(articles)
        and cluster.actors.isdisjoint(actors)
    ):
        return None
    if (
        score < UNNAMED_MINIMUM
        and own
        and cluster.own
        and not cluster.articles.issuperset(articles)
        and cluster.own.isdisjoint(own)
    ):
        # Each names someone of its own, and no one the other names, beyond the story's
        # names: "Singapore barred the MAX" and "EASA suspended the MAX" are two developments.
        return None
    return score - threshold if score >= threshold else None


def _led(clusters: Sequence[_Cluster], a: int, b: int) -> tuple[int, int]:
    """Clusters `a` and `b` as (lead, led): the finer seed leads (a coarse cluster joins the
    finer one it contains)."""
    return (a, b) if clusters[a].seed.order <= clusters[b].seed.order else (b, a)


def _join_clusters(clusters: list[_Cluster], starts: list[tuple[dt.date, int]]) -> None:
    """Second pass: join clusters the greedy pass left apart (best pair first) until none
    clears the bar. Clusters only meet through the date index.

    Which pairs may meet depends only on the clusters' seeds, which a join does not change, so
    the pairs are listed once; a join changes the margins of the pairs of the one cluster that
    grew, and only those are scored again. A heap keyed by (margin, position of the pair in the
    date index) yields the same pair, in the same order, as rescanning every pair after every
    join would.
    """
    count = len(starts)
    neighbours = _neighbours(clusters, starts)
    version = [0] * count
    heap: list[tuple[float, int, int, int, int]] = []

    def score(pa: int, pb: int) -> None:
        a, b = starts[pa][1], starts[pb][1]
        if not clusters[a].items or not clusters[b].items:
            return
        lead, other = _led(clusters, a, b)
        margin = _margin(clusters[lead], clusters[other])
        if margin is not None:
            heapq.heappush(heap, (-margin, pa, pb, version[pa], version[pb]))

    for pa in range(count):
        words = clusters[starts[pa][1]].centroid.keys()
        for pb in neighbours[pa]:
            # Most pairs share no word (a margin of None): that is told here more cheaply.
            if pb > pa and not words.isdisjoint(clusters[starts[pb][1]].centroid.keys()):
                score(pa, pb)
    while heap:
        _, pa, pb, va, vb = heapq.heappop(heap)
        if va != version[pa] or vb != version[pb]:
            continue  # scored before one of the two changed; its new score is in the heap
        a, b = starts[pa][1], starts[pb][1]
        if not clusters[a].items or not clusters[b].items:
            continue
        lead, other = _led(clusters, a, b)
        grown = pa if lead == a else pb
        for item in clusters[other].items:
            clusters[lead].add(item)
        clusters[other].clear()
        version[pa + pb - grown] += 1
        version[grown] += 1
        for p in neighbours[grown]:
            score(min(p, grown), max(p, grown))


def _neighbours(clusters: list[_Cluster], starts: list[tuple[dt.date, int]]) -> list[list[int]]:
    """For each position in the date index, the positions of the clusters it may join: those
    starting after it by at most its seed's last day plus the variant window (or before it by
    as much), whose seeds' dates relate.

    Both conditions are a matter of the two seeds' dates alone, and many seeds share a date, so
    they are decided once per pair of dates, not once per pair of clusters.
    """
    by_date: dict[str, list[int]] = {}
    for pos, (_, idx) in enumerate(starts):
        by_date.setdefault(clusters[idx].seed.mention.date, []).append(pos)
    # One seed stands for each date (positions ascend, so it is the first of its date).
    seeds = [clusters[starts[positions[0]][1]].seed for positions in by_date.values()]
    seeds.sort(key=lambda seed: seed.first)
    firsts = [seed.first for seed in seeds]
    neighbours: list[list[int]] = [[] for _ in range(len(starts))]
    for i, a in enumerate(seeds):
        same = by_date[a.mention.date]
        for pos in same:
            neighbours[pos].extend(other for other in same if other != pos)
        limit = a.last + _VARIANT_DAYS
        for b in seeds[i + 1 : bisect.bisect_right(firsts, limit)]:
            # How two clusters' dates relate is a matter of their seeds (the first item,
            # never changed by a join): a pair whose dates cannot relate is never scored.
            lead, led = (a, b) if a.order <= b.order else (b, a)
            if _relation(lead, led) is not None:
                others = by_date[b.mention.date]
                for pos in same:
                    neighbours[pos].extend(others)
                for pos in others:
                    neighbours[pos].extend(same)
    for found in neighbours:
        found.sort()
    return neighbours
