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
from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from generator.model import DateVariant, Event, Mention, PartOfDay, Source, Status
from generator.timexvalue import bounds as date_span

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
    out = []
    for m in _WORD.finditer(text):
        if spans and any(a <= m.start() < b for a, b in spans):
            continue
        low = m.group().lower()
        if len(low) < 3 or low in STOPWORDS:
            continue
        out.append(stem(low, language))
    return tuple(out)


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
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    n = len(docs)
    idf = {t: math.log((1 + n) / (1 + f)) + IDF_FLOOR for t, f in df.items()}
    vectors = []
    for doc in docs:
        tf = Counter(doc)
        vectors.append(normalise({t: (1 + math.log(c)) * idf[t] for t, c in tf.items()}))
    return vectors


def normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
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


@dataclass(frozen=True, slots=True)
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

    def similarity(self, item: _Item) -> float:
        """Half centroid, half nearest member: a cluster's words drift as it grows."""
        known = self.known.get(item.key)
        if known is not None:
            return known
        if self.unit is None:
            self.unit = normalise(self.centroid)
        centroid = cosine(self.unit, item.vector)
        nearest = max(map(cosine, self.distinct.values(), itertools.repeat(item.vector)))
        self.known[item.key] = similarity = 0.5 * (centroid + nearest)
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
    usable = [(m, date_span(m.date)) for m in mentions]
    kept = [(m, span) for m, span in usable if span is not None]
    terms = [_actor_terms(m.actors) for m, _ in kept]
    folds = demonym_folds(t for ts in terms for t in ts)
    actors = [frozenset(folds.get(t, t) for t in ts) if folds else ts for ts in terms]
    words = [_sentence_terms(m) for m, _ in kept]
    # The sentence's words, the dated clause's words (its title) again, and the actors twice:
    # what the date is about weighs more than the rest of the sentence.
    docs = [
        [
            *outside,
            *content_terms(m.title, m.language),
            *(f"@{a}" for a in sorted(names) for _ in range(2)),
        ]
        for (m, _), (_, outside), names in zip(kept, words, actors, strict=True)
    ]
    vectors = tfidf(docs)
    keys: dict[tuple[tuple[str, float], ...], int] = {}
    items = []
    for (m, (first, last)), vec, names, (every, _) in zip(
        kept, vectors, actors, words, strict=True
    ):
        width = (last - first).days
        key = keys.setdefault(tuple(vec.items()), len(keys))
        order = (width, m.date, m.article, m.start, m.timex.start)
        items.append(_Item(m, vec, names, first, last, key, width, "/" in m.date, order, every))
    return items


def _sentence_terms(m: Mention) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The content terms of the mention's sentence: all of them, and those outside its date
    expression (what `content_terms` gives with and without skipping it), in one pass."""
    start, end = m.timex.start - m.start, m.timex.end - m.start
    every: list[str] = []
    outside: list[str] = []
    for match in _WORD.finditer(m.sentence):
        low = match.group().lower()
        if len(low) < 3 or low in STOPWORDS:
            continue
        term = stem(low, m.language)
        every.append(term)
        if not start <= match.start() < end:
            outside.append(term)
    return tuple(every), tuple(outside)


@functools.lru_cache(maxsize=1 << 14)  # a story names the same people again and again
def _actor_terms(actors: tuple[str, ...]) -> frozenset[str]:
    return actor_terms(actors)


def _order(item: _Item) -> tuple[int, str, str, int, int]:
    return item.order


def _relation(cluster: _Cluster, item: _Item) -> str | None:
    seed = cluster.seed
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


def _cluster_items(mentions: Sequence[Mention]) -> list[list[_Item]]:
    items = sorted(_items(mentions), key=_order)
    clusters: list[_Cluster] = []
    starts: list[tuple[dt.date, int]] = []  # (first day, cluster index), sorted: the date index
    # The same index per word, for the clusters using that word: a cluster sharing no word with
    # a mention cannot take it, so a year's or a decade's mention, whose date window holds most
    # of the corpus, is compared only with the clusters that share one of its words.
    postings: dict[str, list[tuple[dt.date, int]]] = {}
    for item in items:
        low = (item.first - dt.timedelta(days=VARIANT_WINDOW), -1)
        high = (item.last + dt.timedelta(days=VARIANT_WINDOW), 1 << 30)
        candidates = _candidates(starts, postings, item, low, high)
        best: tuple[float, int] | None = None
        for _, idx in candidates:
            margin = _margin_one(clusters[idx], item)
            if margin is not None and (best is None or margin > best[0]):
                best = (margin, idx)
        if best is None:
            clusters.append(_Cluster(item))
            key = (item.first, len(clusters) - 1)
            bisect.insort(starts, key)
        else:
            key = (clusters[best[1]].seed.first, best[1])
        cluster = clusters[key[1]]
        for term in item.vector:
            if term not in cluster.centroid:
                bisect.insort(postings.setdefault(term, []), key)
        cluster.add(item)
    _join_clusters(clusters, starts)
    return [c.items for c in clusters if c.items]


def _candidates(
    starts: list[tuple[dt.date, int]],
    postings: dict[str, list[tuple[dt.date, int]]],
    item: _Item,
    low: tuple[dt.date, int],
    high: tuple[dt.date, int],
) -> list[tuple[dt.date, int]]:
    """Clusters whose first day is in [low, high], in date-index order; through the word
    index when that is shorter (the same clusters, less those sharing no word with `item`)."""
    ranges = []
    total = 0
    for term in item.vector:
        posting = postings.get(term)
        if posting:
            lo, hi = bisect.bisect_left(posting, low), bisect.bisect_right(posting, high)
            if hi > lo:
                ranges.append((posting, lo, hi))
                total += hi - lo
    lo, hi = bisect.bisect_left(starts, low), bisect.bisect_right(starts, high)
    if total >= hi - lo:
        return starts[lo:hi]
    return sorted({key for posting, a, b in ranges for key in posting[a:b]})


def _margin_one(cluster: _Cluster, item: _Item) -> float | None:
    """How far one mention clears the bar to join `cluster` (the greedy pass asks this of
    every candidate cluster of every mention)."""
    relation = _relation(cluster, item)
    if relation is None or cluster.centroid.keys().isdisjoint(item.vector):
        return None  # no shared word: the similarity is 0, below every threshold
    mention = item.mention
    score = cluster.similarity(item)
    claim = mention.status == "claim"
    return _cleared(cluster, relation, score, (mention.article,), claim, item.actors)


def _margin(cluster: _Cluster, other: _Cluster) -> float | None:
    """How far the whole of `other` clears the bar to join `cluster` (the join pass)."""
    relation = _relation(cluster, other.seed)
    if relation is None or cluster.centroid.keys().isdisjoint(other.centroid):
        return None
    similarities = [cluster.similarity(i) for i in other.items]
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


def _led(a: _Cluster, b: _Cluster) -> tuple[_Cluster, _Cluster]:
    """The finer seed leads: a coarse cluster joins the finer one it contains."""
    return (a, b) if a.seed.order <= b.seed.order else (b, a)


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
    neighbours: list[list[int]] = [[] for _ in range(count)]  # positions in `starts`
    for pos, (_, a) in enumerate(starts):
        limit = clusters[a].seed.last + dt.timedelta(days=VARIANT_WINDOW)
        stop = bisect.bisect_right(starts, (limit, 1 << 30), lo=pos + 1)
        for other in range(pos + 1, stop):
            # How two clusters' dates relate is a matter of their seeds (the first item,
            # never changed by a join): a pair whose dates cannot relate is never scored.
            lead, led = _led(clusters[a], clusters[starts[other][1]])
            if _relation(lead, led.seed) is not None:
                neighbours[pos].append(other)
                neighbours[other].append(pos)
    version = [0] * count
    heap: list[tuple[float, int, int, int, int]] = []

    def score(pa: int, pb: int) -> None:
        a, b = starts[pa][1], starts[pb][1]
        if not clusters[a].items or not clusters[b].items:
            return
        lead, other = _led(clusters[a], clusters[b])
        margin = _margin(lead, other)
        if margin is not None:
            heapq.heappush(heap, (-margin, pa, pb, version[pa], version[pb]))

    for pa in range(count):
        for pb in neighbours[pa]:
            if pb > pa:
                score(pa, pb)
    while heap:
        _, pa, pb, va, vb = heapq.heappop(heap)
        if va != version[pa] or vb != version[pb]:
            continue  # scored before one of the two changed; its new score is in the heap
        a, b = starts[pa][1], starts[pb][1]
        if not clusters[a].items or not clusters[b].items:
            continue
        lead, other = (a, b) if _order(clusters[a].seed) <= _order(clusters[b].seed) else (b, a)
        grown = pa if lead == a else pb
        for item in clusters[other].items:
            clusters[lead].add(item)
        clusters[other].clear()
        version[pa + pb - grown] += 1
        version[grown] += 1
        for p in neighbours[grown]:
            score(min(p, grown), max(p, grown))


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


def quote_id(text: str) -> str:
    """Stable id of a quoted sentence: a hash of its text with white space normalised."""
    norm = " ".join(text.split())
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:12]


def _source(m: Mention) -> Source:
    return Source(
        article=m.article,
        quote=m.sentence,  # exactly article.text[start:end]; renderers fold white space
        start=m.start,
        end=m.end,
        timex_text=m.timex.text,
        timex_start=m.timex.start,
        timex_end=m.timex.end,
        date=m.date,
        quote_id=quote_id(m.sentence),
        language=m.language,
    )


def _width(value: str) -> int:
    span = date_span(value)
    return (span[1] - span[0]).days if span else 1 << 30


def _contains(outer: str, inner: str) -> bool:
    a, b = date_span(outer), date_span(inner)
    return bool(a and b and a[0] <= b[0] and b[1] <= a[1])


def _event_date(members: Sequence[Mention]) -> tuple[str, tuple[DateVariant, ...]]:
    """The finest date most articles give; other dates that do not contain it are variants."""
    by_date: dict[str, set[str]] = {}
    for m in members:
        by_date.setdefault(m.date, set()).add(m.article)
    finest = min(_width(d) for d in by_date)
    chosen = min((d for d in by_date if _width(d) == finest), key=lambda d: (-len(by_date[d]), d))
    variants = tuple(
        DateVariant(d, tuple(sorted(arts)))
        for d, arts in sorted(by_date.items())
        if d != chosen and not _contains(d, chosen)
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
    own = [i.mention for i in group if i.mention.language == language]
    terms = [Counter(i.words) for i in group if i.mention.language == language]
    total: Counter[str] = Counter()
    for t in terms:
        total.update(set(t))

    def score(i: int) -> tuple[float, int, str, int]:
        m = own[i]
        cover = sum(total[t] for t in terms[i]) / (1 + len(terms[i])) ** 0.5
        return (-cover, -min(len(m.title.split()), 8), m.article, m.start)

    return own[min(range(len(own)), key=score)]


def _slug(title: str, date: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_title) if w not in STOPWORDS and len(w) > 2]
    date_part = date.lower().replace("/", "--")
    date_part = re.sub(r"[^a-z0-9-]+", "-", date_part).strip("-")
    slug = "-".join(words[:4]) or "event"
    return f"{date_part}-{slug}"


def _outlets(members: Sequence[Mention]) -> int:
    return len({(m.outlet or m.article).strip().casefold() for m in members})


def merge_mentions(mentions: Sequence[Mention]) -> tuple[Event, ...]:
    """Cluster mentions into events, choose each event's date, rank and mark key events."""
    drafts: list[Event] = []
    for group in _cluster_items(mentions):
        members = [i.mention for i in group]
        date, variants = _event_date(members)
        languages = sorted({m.language for m in members})
        reps = {lang: _representative(group, lang) for lang in languages}
        main = reps[members[0].language]
        sources = tuple(
            sorted((_source(m) for m in members), key=lambda s: (s.article, s.start, s.timex_start))
        )
        actors: list[str] = []
        for m in sorted(members, key=lambda m: (m.article, m.start)):
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
    return tuple(
        replace(e, key=e.id in key_ids) for e in sorted(events, key=lambda e: (e.date, e.id))
    )
