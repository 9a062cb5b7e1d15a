"""What a sentence is about, as terms and weighted vectors: content words lightly stemmed
(Indonesian affixes, English endings), the actors named, TF-IDF weights and their cosine.

Shared by the merge (which reports are one event) and the anchor step (which articles tell one
story)."""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

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
    return list(cached_terms(text, language, tuple(skip)))


@functools.lru_cache(maxsize=1 << 13)  # a sentence is read again to rank, title and anchor
def cached_terms(text: str, language: str, spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    return tuple(
        term
        for at, term in terms_at(text, language)
        if not (spans and any(a <= at < b for a, b in spans))
    )


def text_terms(text: str, language: str) -> tuple[str, ...]:
    """`content_terms(text, language)` of a whole text (uncached: each text is read once)."""
    return tuple(
        stem(low, language)
        for word in _WORD.findall(text)
        if len(low := word.lower()) >= 3 and low not in STOPWORDS
    )


def terms_at(text: str, language: str) -> Iterator[tuple[int, str]]:
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
    idf = idf_weights(docs)
    return [weigh(doc, idf) for doc in docs]


def idf_weights(docs: Iterable[Iterable[str]]) -> dict[str, float]:
    """Smoothed idf of every term of `docs`, plus the floor."""
    df: Counter[str] = Counter()
    n = 0
    for doc in docs:
        df.update(set(doc))
        n += 1
    return {t: math.log((1 + n) / (1 + f)) + IDF_FLOOR for t, f in df.items()}


def weigh(doc: Iterable[str], idf: dict[str, float]) -> Vector:
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
