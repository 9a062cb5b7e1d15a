"""The dated articles of a corpus, indexed for the anchor step (generator/events/anchor.py):
which of them tell the same story as a given article, found through the rare words and names
the two share, never by comparing the article with every dated one.

`StoryIndex.related(article)` is the story comparison of the anchor step: TF-IDF similarity of
the article to each dated article of its story (see `related` for what makes one story). The
corpus's weights (each term's and name's document frequency, the words it writes in lower
case) are counted once, as articles are added; a query adds its own article's share, so every
similarity is the one a comparison with all the dated articles at once computes.

Which dated articles are compared follows from what makes one story: sharing three names (a
name weighs at most 1: MIN_NAME_WEIGHT takes three, or MIN_COMMON_NAMES however common), or, in
one language, enough content words. Each word and name has the list of the articles that use
it; a query counts, in the lists of its article's words and names, how many each article
shares, and compares only those that share enough. A list longer than COMMON is not read:
bounded work per query however large the corpus, and a word or name that many articles use
says little of a story. So an article that shares enough with the target only through such
common words and names is not compared; in a corpus where no list is that long (COMMON dated
articles or fewer), the result is exactly the full comparison's (tests/test_storyindex.py).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from generator.core.model import Article, DatedArticle, Mention
from generator.events.actors import article_actors, article_names
from generator.events.terms import (
    IDF_FLOOR,
    actor_terms,
    content_terms,
    cosine,
    normalise,
    text_terms,
)

MIN_ARTICLE_SIMILARITY = 0.05  # two articles of one story must be this similar,
MIN_NAME_WEIGHT = 2.5  # and name the same people and places (rarity-weighted, see _name_weight),
MIN_COMMON_NAMES = 4  # or this many of them however common,
MIN_WORD_OVERLAP = 0.5  # or, naming none, share half the shorter one's content words
MIN_SHARED_WORDS = 5  # (and at least this many). Two disaster reports share "warga", "hujan"
# and a province, not a story: a weekday both mention is then a coincidence.
# A word or name more articles use than this finds none of them: its list would be read for
# every query (bounded work per query however large the corpus).
COMMON = 64
# Fewer shared names than this cannot make one story: each weighs at most 1.
_FEWEST_NAMES = min(MIN_COMMON_NAMES, math.ceil(MIN_NAME_WEIGHT))

# Words of time are no names ("Kemarin", "Senin" opening a sentence name no one).
TIME_WORDS = frozenset(
    ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "ahad", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "minggu", "kemarin", "besok", "lusa",
     "hari", "pekan", "bulan", "tahun", "today", "yesterday", "tomorrow", "tonight", "week",
     "month", "year", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
     "september", "oktober", "november", "desember", "january", "february", "march", "may",
     "june", "july", "august", "october", "december"]
)  # fmt: skip
# Words that are part of many names and tell no story from another: the kind of place and the
# quarter of the compass ("Kabupaten Karo", "Jakarta Pusat", "North Sumatra") and time zones.
GENERIC_NAME_WORDS = frozenset(
    ["kabupaten", "kab", "kota", "provinsi", "prov", "kecamatan", "kelurahan", "desa", "pulau",
     "gunung", "sungai", "danau", "jalan", "utara", "selatan", "barat", "timur", "tengah",
     "pusat", "raya", "wib", "wita", "wit", "gmt", "utc", "north", "south", "east", "west",
     "central", "province", "city", "county", "district", "island", "mount", "river", "street",
     "road"]
)  # fmt: skip


class Profile(NamedTuple):
    """What the story comparison reads of one article (the same in every comparison)."""

    terms: tuple[str, ...]  # content terms of its text, in order
    lower: frozenset[str]  # the words it writes in lower case
    names: frozenset[str]  # the words of the people, places and bodies it names


def profile(article: Article) -> Profile:
    """The article's `Profile`: a pure function of the article (what a worker can compute)."""
    return Profile(
        text_terms(article.clean, article.language),
        article_names(article).lower,
        actor_terms(article_actors(article)),
    )


class Profiles:
    """Articles' profiles, made on first use or handed in (computed elsewhere, in parallel or
    kept from an earlier build), by the article's id and text."""

    def __init__(self, known: Mapping[tuple[str, str], Profile] | None = None) -> None:
        self._made: dict[tuple[str, str], Profile] = dict(known or {})

    def of(self, article: Article) -> Profile:
        key = (article.id, article.clean)
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = profile(article)
        return found


class StoryIndex:
    """Dated articles, with the corpus's weights and the lists of their words and names that
    find an article's story among them (see the module's docstring). Articles can be added
    (an article anchored in one round of the anchor step dates others in the next)."""

    def __init__(self, profiles: Profiles, dated: Iterable[DatedArticle] = ()) -> None:
        self._profiles = profiles
        self.articles: list[DatedArticle] = []
        self._read: list[Profile] = []
        self._words: list[frozenset[str]] = []
        self._sizes: list[int] = []
        self._names: list[frozenset[str]] = []
        self._weights: list[list[tuple[str, float]] | None] = []
        self._df: Counter[str] = Counter()
        self._lower: set[str] = set()  # the words the corpus writes in lower case
        self._name_df: Counter[str] = Counter()
        self._by_name: dict[str, list[int]] = defaultdict(list)
        # Per language, every article under each of its words.
        self._by_word: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self._idf: dict[str, float] | None = None
        self.add(dated)

    def add(self, dated: Iterable[DatedArticle]) -> None:
        """Add `dated` articles to the corpus the index compares with."""
        new = sorted(dated, key=lambda d: d.article.id)
        read = [self._profiles.of(d.article) for d in new]
        # Words the corpus now also writes in lower case are no longer anyone's names.
        grown = frozenset().union(*(r.lower for r in read)) - self._lower
        self._lower |= grown
        for name in grown & self._by_name.keys():
            for at in self._by_name.pop(name):
                self._names[at] = self._names[at] - {name}
            del self._name_df[name]
        for d, r in zip(new, read, strict=True):
            at = len(self.articles)
            words = frozenset(r.terms)
            names = _names(r, self._lower)
            self.articles.append(d)
            self._read.append(r)
            self._words.append(words)
            self._sizes.append(len(words))
            self._names.append(names)
            self._weights.append(None)
            self._df.update(words)
            self._name_df.update(names)
            for name in names:
                self._by_name[name].append(at)
            every = self._by_word[d.article.language]
            for w in words:
                every[w].append(at)
        if new:
            self._idf = None

    @property
    def _n(self) -> int:
        return len(self.articles) + 1  # the documents of a query: these and the queried one

    def _base_idf(self) -> dict[str, float]:
        """The idf of each term of the corpus with a query that does not use it."""
        if self._idf is None:
            n = self._n
            self._idf = {t: math.log((1 + n) / (1 + f)) + IDF_FLOOR for t, f in self._df.items()}
        return self._idf

    def related(
        self, article: Article, own: Profile, among: Iterable[int] | None = None
    ) -> dict[str, float]:
        """TF-IDF similarity of `article` (its profile `own`) to each dated article that tells
        the same story (restricted to the positions `among`, when given), by id.

        Same story: the names the two share weigh at least MIN_NAME_WEIGHT (a name rare in the
        corpus weighs more, see `_name_weight`; names are words the corpus never writes in
        lower case, so "Kabupaten" or "Warga" opening a sentence do not count), or, in one
        language, the two share most of their content words. Across languages only names
        compare. Other articles are left out: a weekday or "yesterday" in an unrelated story
        says nothing about this one's date."""
        lower = _Union(self._lower, own.lower)
        own_names = _names(own, lower)
        own_words = frozenset(own.terms)
        found = self._candidates(article.language, own_names, own_words)
        if among is not None:
            found = sorted(set(found).intersection(among))
        # The idf over the corpus and the target: its own words are in one more document.
        n, df = self._n, self._df
        own_idf = {w: math.log((1 + n) / (1 + (df.get(w, 0) + 1))) + IDF_FLOOR for w in own_words}
        own_vector = normalise({t: f * own_idf[t] for t, f in _tf(own.terms)})
        related: dict[str, float] = {}
        for at in found:
            d = self.articles[at]
            weight = 0.0
            # The names both give (the target's are none of the words it writes in lower case,
            # so the index's names of the article, filtered without them, share the same).
            shared_names = own_names & self._names[at]
            if len(shared_names) >= _FEWEST_NAMES:
                # Each weighs 1/(df - 1), its df counting the target. (The sum is compared with
                # MIN_NAME_WEIGHT only: three names reach it as 1 + 1 + 1/2 or 1 + 1 + 1,
                # exact in any order, and four always do.)
                weight = sum(_name_weight(self._name_df[n] + 1) for n in shared_names)
                if len(shared_names) >= MIN_COMMON_NAMES:
                    # Many names in common tell one story however common they are in the
                    # corpus (a corpus of one story names it in every article).
                    weight = max(weight, MIN_NAME_WEIGHT)
            if d.article.language != article.language:
                # Across languages only names can be compared: they must carry the story alone.
                if weight >= MIN_NAME_WEIGHT:
                    vector = self._vector(at, own_idf)
                    related[d.article.id] = max(cosine(own_vector, vector), 0.1)
                continue
            words = self._words[at]
            needed = max(MIN_SHARED_WORDS, MIN_WORD_OVERLAP * min(len(own_words), len(words)))
            if len(own_words & words) < needed and weight < MIN_NAME_WEIGHT:
                continue
            sim = cosine(own_vector, self._vector(at, own_idf))
            if sim >= MIN_ARTICLE_SIMILARITY:
                related[d.article.id] = sim
        return related

    def _vector(self, at: int, own_idf: dict[str, float]) -> dict[str, float]:
        """The unit TF-IDF vector of the article at `at` under the idf of a query (`own_idf`
        for the query's words, the corpus's for the rest): `terms.weigh` with that idf."""
        pairs = self._weights[at]
        if pairs is None:
            pairs = self._weights[at] = _tf(self._read[at].terms)
        base = self._base_idf()
        return normalise({t: f * (own_idf[t] if t in own_idf else base[t]) for t, f in pairs})

    def _candidates(
        self, language: str, own_names: frozenset[str], own_words: frozenset[str]
    ) -> list[int]:
        """Positions of the dated articles that may tell the target's story: those that share
        enough of its names or words, counted in the lists of the rare ones (see `COMMON`)."""
        found: list[int] = []
        if len(own_names) >= _FEWEST_NAMES:
            lists = [p for n in own_names if len(p := self._by_name.get(n, ())) <= COMMON]
            # Three shared names, of which the common ones can be any; at least one rare.
            needed = max(1, _FEWEST_NAMES - (len(own_names) - len(lists)))
            hits: Counter[int] = Counter()
            for postings in lists:
                hits.update(postings)
            found.extend(at for at, n in hits.items() if n >= needed)
        every = self._by_word.get(language)
        size = len(own_words)
        if every is None or size < MIN_SHARED_WORDS:
            return sorted(set(found))
        hits = Counter()
        common = 0
        for w in own_words:
            postings = every.get(w, ())
            if len(postings) <= COMMON:
                hits.update(postings)
            else:
                common += 1
        # As many shared words as make one story (see `related`), of which the common ones
        # can be any; at least MIN_SHARED_WORDS rare ones.
        sizes = self._sizes
        for at, n in hits.items():
            if n >= MIN_SHARED_WORDS:
                needed = max(MIN_SHARED_WORDS, MIN_WORD_OVERLAP * min(size, sizes[at]))
                if n >= needed - common:
                    found.append(at)
        return sorted(set(found))


def _names(read: Profile, lower: set[str] | _Union) -> frozenset[str]:
    """The article's names the corpus never writes in lower case."""
    return frozenset(
        w
        for w in read.names
        if len(w) > 2 and w not in lower and w not in TIME_WORDS and w not in GENERIC_NAME_WORDS
    )


class _Union:
    """Membership in either of two sets, without building their union."""

    __slots__ = ("_a", "_b")

    def __init__(self, a: set[str], b: frozenset[str]) -> None:
        self._a, self._b = a, b

    def __contains__(self, item: object) -> bool:
        return item in self._a or item in self._b


class Idf(dict[str, float]):
    """The smoothed idf of `terms.idf_weights` over `n` documents whose document frequencies
    are `df` plus `extra` (a query's own documents added to a corpus counted once), computed
    per term as it is asked for: the same values `idf_weights` gives over all of them."""

    def __init__(self, df: Mapping[str, int], extra: Mapping[str, int], n: int) -> None:
        super().__init__()
        self._df, self._extra, self._n = df, extra, n

    def __missing__(self, term: str) -> float:
        f = self._df.get(term, 0) + self._extra.get(term, 0)
        value = self[term] = math.log((1 + self._n) / (1 + f)) + IDF_FLOOR
        return value


class References:
    """The mentions of dated articles that can anchor an undated one (each dates a day), with
    the terms of their sentences and their document frequencies, counted once for all the
    articles they may anchor. Articles' mentions can be added."""

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.days: list[dt.date] = []
        self.docs: list[list[str]] = []
        self.sets: list[frozenset[str]] = []
        self._weights: list[list[tuple[str, float]] | None] = []  # tf weights, when asked
        self.df: Counter[str] = Counter()
        self._by_article: dict[str, list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.mentions)

    def add(self, found: Iterable[tuple[Mention, dt.date]]) -> None:
        """Add mentions, each with the day it dates."""
        for m, day in found:
            doc = [
                *content_terms(
                    m.sentence, m.language, [(m.timex.start - m.start, m.timex.end - m.start)]
                ),
                *(f"@{w}" for w in sorted(actor_terms(m.actors))),
            ]
            words = frozenset(doc)
            self._by_article[m.article].append(len(self.mentions))
            self.mentions.append(m)
            self.days.append(day)
            self.docs.append(doc)
            self.sets.append(words)
            self._weights.append(None)
            self.df.update(words)

    def of(self, articles: Iterable[str]) -> list[int]:
        """Positions of the mentions of `articles`: by article id, each article's in order."""
        return [at for a in sorted(articles) for at in self._by_article.get(a, ())]

    def vector(self, at: int, idf: Mapping[str, float]) -> dict[str, float]:
        """The unit TF-IDF vector of the sentence at `at` under `idf` (`terms.weigh`)."""
        pairs = self._weights[at]
        if pairs is None:
            pairs = self._weights[at] = _tf(self.docs[at])
        return normalise({t: f * idf[t] for t, f in pairs})

    def idf(self, queries: Sequence[Sequence[str]]) -> Idf:
        """The idf over these mentions' sentences and the `queries` (the terms of an undated
        article's sentences), as `terms.tfidf` of all of them together computes it."""
        extra: Counter[str] = Counter()
        for q in queries:
            extra.update(set(q))
        return Idf(self.df, extra, len(queries) + len(self.docs))


def _tf(terms: Sequence[str]) -> list[tuple[str, float]]:
    """Each term of a document with its tf weight, in order of first use (as `terms.weigh`)."""
    return [(t, 1 + math.log(c)) for t, c in Counter(terms).items()]


def _name_weight(df: int) -> float:
    """What one shared name says about two articles telling one story, by how many articles of
    the corpus name it (`df`, the two included): a name only these two use counts 1, one
    that recurs across the corpus ("Jakarta", a ministry) little. A corpus of one story keeps
    its anchors: two of its articles share many such names."""
    return 1.0 / max(1, df - 1)
