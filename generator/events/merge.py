"""Merge mentions of the same real event across articles into one timeline entry.

Mentions are clustered by content (TF-IDF over lightly stemmed content words, plus overlap of
the actors named) under a temporal constraint: the same date; a year or month that contains a
finer date (which the event then takes); a day apart (time zones, reporting time); or, for near
identical text, another date in the same week, kept as a `DateVariant`. Candidates come from a
date index, never from all pairs. The result does not depend on the order of the input.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import heapq
import itertools
import math
import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from generator.core.model import DateVariant, Event, Mention, PartOfDay, Source, Status
from generator.core.timexvalue import bounds as date_span

KEY_EVENTS = 20  # the most the home page and the timeline's default view lead with

# ---------------------------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------------------------

STOPWORDS = frozenset(
    # Indonesian function words, auxiliaries and time words.
    "yang dan di ke dari dengan untuk pada ini itu akan tidak adalah dalam juga telah sebagai oleh "
    "atau karena bahwa kata mereka kami kita saya aku anda ia dia beliau nya para sang si se "
    "sebuah seorang satu dua tiga kedua ketiga pertama lebih kurang sangat paling hanya saja pun "
    "lah kah tersebut sudah belum masih sedang bisa dapat harus boleh mungkin ada serta namun "
    "tetapi tapi sementara sedangkan setelah sebelum sejak saat ketika hingga sampai antara "
    "terhadap atas bagi tentang seperti yakni yaitu bila jika kalau agar supaya maka lalu "
    "kemudian kini sekarang nanti pernah sempat baru lagi tak bukan jadi menjadi merupakan "
    "melakukan dilakukan mengatakan menyatakan katanya ujar menurut hari tahun bulan pekan minggu "
    "tanggal malam pagi siang sore lalu depan mendatang awal akhir tengah waktu kali "
    "senin selasa rabu kamis jumat sabtu ahad januari februari maret april mei juni juli "
    "agustus september oktober november desember "
    # English.
    "the a an and or but of to in on at for from by with as is are was were be been being has "
    "have had do does did will would shall should can could may might must not no this that "
    "these those it its he she they we you i his her their our them him us who whom which what "
    "when where while after before since until than then there here also just only very more "
    "most said says say told according about into over under again further once day days week "
    "weeks month months year years last next ago today tonight yesterday tomorrow morning "
    "evening night monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august october november december".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@functools.lru_cache(maxsize=1 << 16)  # a corpus repeats its words: stem each once
def stem(word: str, language: str) -> str:
    """A light stem: inflectional affixes off, enough to match "kunjungan" with "mengunjungi"
    or "visited" with "visits"; not a full morphological analysis."""
    w = word.lower()
    if language == "en":
        return _stem_en(w)
    return _stem_id(w)


def _stem_en(w: str) -> str:
    for suffix in ("ingly", "edly", "ing", "ed", "es", "ly", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return w.rstrip("e") if len(w) > 4 else w


_ID_PREFIXES = (
    "memper",
    "diper",
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "ber",
    "ter",
    "per",
    "di",
    "ke",
    "se",
)


def _stem_id(w: str) -> str:
    if m := re.fullmatch(r"(\w+)-\1(\w*)", w):  # reduplication: "negara-negara"
        w = m.group(1) + m.group(2)
    for particle in ("lah", "kah", "tah", "pun", "nya"):
        if w.endswith(particle) and len(w) - len(particle) >= 4:
            w = w[: -len(particle)]
            break
    for suffix in ("kan", "an", "i"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    for _ in range(2):
        prefix = next((p for p in _ID_PREFIXES if w.startswith(p) and len(w) - len(p) >= 4), None)
        if prefix is None:
            break
        w = w[len(prefix) :]
    # A nasal prefix swallows the root's k/p/t/s ("mengunjungi" ~ "kunjungan"): drop that
    # consonant everywhere so both forms meet.
    if len(w) > 4 and w[0] in "kpts" and w[1] in "aeiou":
        w = w[1:]
    return w


def content_terms(text: str, language: str, skip: Iterable[tuple[int, int]] = ()) -> list[str]:
    """Stemmed content words of `text`, outside the character ranges in `skip`."""
    return list(_content_terms(text, language, tuple(skip)))


@functools.lru_cache(maxsize=1 << 13)  # a sentence is read again to rank, title and anchor
def _content_terms(text: str, language: str, spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    return tuple(
        term
        for at, term in _terms_at(text, language)
        if not (spans and any(a <= at < b for a, b in spans))
    )


def _terms_at(text: str, language: str) -> Iterator[tuple[int, str]]:
    """Each content word of `text` as (offset, stemmed term): the one reading of words that
    `content_terms` and the merge's sentence terms share."""
    for m in _WORD.finditer(text):
        low = m.group().lower()
        if len(low) >= 3 and low not in STOPWORDS:
            yield m.start(), stem(low, language)


def actor_terms(actors: Iterable[str]) -> frozenset[str]:
    return frozenset(
        w.lower()
        for a in actors
        for w in _WORD.findall(a)
        if len(w) > 1 and w.lower() not in STOPWORDS
    )


# ---------------------------------------------------------------------------------------------
# Vectors
# ---------------------------------------------------------------------------------------------

Vector = dict[str, float]
# Added to every idf so that words shared by every document (two articles of one story) still
# count a little; small, so that a story's ubiquitous names do not glue its events together.
IDF_FLOOR = 0.1


def tfidf(docs: Sequence[list[str]]) -> list[Vector]:
    """Unit-length TF-IDF vectors (smoothed idf), one per document."""
    idf = _idf(docs)
    return [_weigh(doc, idf) for doc in docs]


def _idf(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed idf of every term of `docs`, plus the floor."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        df.update(set(doc))
        n += 1
    return {t: math.log((1 + n) / (1 + f)) + IDF_FLOOR for t, f in df.items()}


def _weigh(doc: Iterable[str], idf: dict[str, float]) -> Vector:
    """The unit-length TF-IDF vector of one document, its terms in order of first use."""
    tf = Counter(doc)
    return normalise({t: (1 + math.log(c)) * idf[t] for t, c in tf.items()})


def normalise(vec: Vector) -> Vector:
    values = vec.values()
    # The sum of the squares in the dict's order, with the loop in C.
    norm = math.sqrt(sum(map(operator.mul, values, values)))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # The sum of v * b.get(t, 0.0) over a's items, in that order, with the loop in C.
    return sum(map(operator.mul, a.values(), map(b.get, a, _ZEROS)))


_ZEROS = itertools.repeat(0.0)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller actor set found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


# ---------------------------------------------------------------------------------------------
# Clustering
# ---------------------------------------------------------------------------------------------

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
# shared name, only near-identical wording (agency copy) is enough. This keeps two stories that
# happen to fall in the same week or year apart in a mixed corpus.
UNNAMED_MINIMUM = 0.35
# One article rarely reports one event twice with the same date in different sentences unless
# it repeats its words.
SAME_ARTICLE_PENALTY = 0.08
VARIANT_WINDOW = 6  # days: other dates for one event are looked for this close


@dataclass(slots=True)  # not frozen: one is built per mention, and frozen __init__ is slower
class _Item:
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


@dataclass(slots=True)
class _Cluster:
    seed: _Item
    items: list[_Item] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)
    # Kept up to date by `add` so a comparison costs no pass over the members.
    articles: set[str] = field(default_factory=set)
    statuses: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    unit: Vector | None = None  # the normalised centroid, until the next `add`
    distinct: dict[int, Vector] = field(default_factory=dict)
    # Similarities to vectors (by key) since the last `add`: the join pass scores a cluster
    # against the same members again whenever a neighbour grows.
    known: dict[int, float] = field(default_factory=dict)
    # Per vector (by key): its best cosine with a member, and how many of `distinct` that
    # covers. Members are only ever added, so an `add` leaves it true for those it covers.
    nearest: dict[int, tuple[float, int]] = field(default_factory=dict)

    def add(self, item: _Item) -> None:
        self.items.append(item)
        for t, v in item.vector.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + v
        self.articles.add(item.mention.article)
        self.statuses.add(item.mention.status)
        self.actors.update(item.actors)
        self.distinct.setdefault(item.key, item.vector)
        self.unit = None
        self.known.clear()

    def clear(self) -> None:
        self.items.clear()
        self.centroid.clear()
        self.articles.clear()
        self.statuses.clear()
        self.actors.clear()
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


def _items(mentions: Sequence[Mention]) -> list[_Item]:
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
            title = titles[m.title, m.language] = _content_terms(m.title, m.language, ())
        named = names_twice.get(names)
        if named is None:
            named = names_twice[names] = tuple(f"@{a}" for a in sorted(names) for _ in range(2))
        words.append(sentence[0])
        # The sentence's words, the dated clause's words (its title) again, and the actors
        # twice: what the date is about weighs more than the rest of the sentence.
        docs.append((*sentence[1], *title, *named))
    idf = _idf(docs)
    weighed: dict[tuple[str, ...], tuple[Vector, int]] = {}
    keys: dict[tuple[tuple[str, float], ...], int] = {}
    items = []
    for (m, (first, last)), doc, names, every in zip(kept, docs, actors, words, strict=True):
        found = weighed.get(doc)
        if found is None:
            vec = _weigh(doc, idf)
            found = weighed[doc] = (vec, keys.setdefault(tuple(vec.items()), len(keys)))
        vec, key = found
        width = (last - first).days
        order = (width, m.date, m.article, m.start, m.timex.start)
        items.append(_Item(m, vec, names, first, last, key, width, "/" in m.date, order, every))
    return items


def _sentence_terms(
    sentence: str, start: int, end: int, language: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content terms of a sentence: all of them, and those outside its date expression at
    [start, end) (what `content_terms` gives with and without skipping it), in one pass."""
    found = tuple(_terms_at(sentence, language))
    every = [term for _, term in found]
    outside = [term for at, term in found if not start <= at < end]
    return tuple(every), tuple(outside)


@functools.lru_cache(maxsize=1 << 14)  # a story names the same people again and again
def _actor_terms(actors: tuple[str, ...]) -> frozenset[str]:
    return actor_terms(actors)


def _relation(seed: _Item, item: _Item) -> str | None:
    """How `item`'s date relates to that of a cluster's `seed`. The dates alone decide: every
    field read here follows from the date (`_Item.first`, `last`, `width`, `interval`)."""
    if item.mention.date == seed.mention.date:
        return "same-day" if item.width == 0 else "same-coarse"
    if item.interval or seed.interval:
        return None  # a span of days is its own event ("the two-day visit")
    if item.first <= seed.first and seed.last <= item.last:
        return "contains"
    if item.width == 0 and seed.width == 0:
        gap = abs((item.first - seed.first).days)
        return "adjacent" if gap == 1 else "variant" if gap <= VARIANT_WINDOW else None
    return None


def _window(item: _Item) -> tuple[dt.date, dt.date]:
    """The first days a seed can have for `_relation` to relate it to `item` (not a span): a
    day within its span ("contains", or the same date), or, between single days, a day within
    the variant window."""
    if item.width == 0:
        return item.first - _VARIANT_DAYS, item.first + _VARIANT_DAYS
    return item.first, item.last


_VARIANT_DAYS = dt.timedelta(days=VARIANT_WINDOW)


def _cluster_items(mentions: Sequence[Mention]) -> list[list[_Item]]:
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


def _best(clusters: list[_Cluster], candidates: list[int], item: _Item) -> int | None:
    """The candidate cluster (by place) whose bar `item` clears by the widest margin (the first
    of equal ones), if any: the greedy pass asks this of every mention."""
    mention = item.mention
    articles = (mention.article,)
    claim = mention.status == "claim"
    key, vector, actors = item.key, item.vector, item.actors
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
        margin = _cleared(cluster, relation, score, articles, claim, actors)
        if margin is not None and (best is None or margin > widest):
            best, widest = idx, margin
    return best


def _candidates(
    starts: list[int], postings: dict[str, list[int]], item: _Item, low: int, high: int
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
    return _cleared(cluster, relation, score, other.articles, claim, other.actors)


def _cleared(
    cluster: _Cluster,
    relation: str,
    score: float,
    articles: Collection[str],
    claim: bool,
    actors: AbstractSet[str],
) -> float | None:
    """The margin by which mentions from `articles` naming `actors` (some of them claims when
    `claim`), with similarity `score` to `cluster`, clear its bar; None when they do not."""
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


def _event_date(group: Sequence[_Item]) -> tuple[str, tuple[DateVariant, ...]]:
    """The finest date most articles give; other dates that do not contain it are variants."""
    by_date: dict[str, set[str]] = {}
    spans: dict[str, _Item] = {}  # an item giving each date, for the span of days it covers
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


def _representative(group: Sequence[_Item], language: str) -> Mention:
    """The mention whose words best cover the event's, then the fullest title."""
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

    def score(i: _Item) -> tuple[float, int, str, int]:
        m = i.mention
        return (-cover[i.words], -fullness[m.title], m.article, m.start)

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
    for group in _cluster_items(mentions):
        members = [i.mention for i in group]
        date, variants = _event_date(group)
        languages = sorted({m.language for m in members})
        reps = {lang: _representative(group, lang) for lang in languages}
        main = reps[members[0].language]
        sources = tuple(sorted((as_source(m, quote_ids) for m in members), key=_SOURCE_ORDER))
        actors: list[str] = []
        for m in sorted(members, key=_MENTION_ORDER):
            actors.extend(a for a in m.actors if a not in actors)
        drafts.append(
            Event(
                id=_slug(main.title or main.sentence, date),
                date=date,
                status=_status(members),
                title={lang: (r.title or " ".join(r.sentence.split())) for lang, r in reps.items()},
                summary={lang: " ".join(r.sentence.split()) for lang, r in reps.items()},
                sources=sources,
                actors=tuple(actors),
                variants=variants,
                part=_part(members, date),
                outlets=_outlets(members),
            )
        )
    return _mark_key(_unique_ids(drafts))


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
