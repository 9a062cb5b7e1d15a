"""The dates the corpus gives its articles (generator/events/anchor.py: the year of a day and
month printed alone, the date of an article with none of its own), at the scale of an archive.

- What the story comparison reads of each article (`storyindex.Profile`) is made in parallel,
  like the analysis, and kept per article in `.linimasa-cache/profiles/` under its analysis
  key: after an edit only the edited article's is made again.
- The result is kept in `.linimasa-cache/anchored.json` under a key of its input: each
  article's analysis key, in corpus order, and the generator's code. A build whose articles
  did not change takes the dates, and the mentions that follow from them, from there. The file
  is JSON (never pickle: a cache folder must not be able to run code); a missing, damaged or
  stale one only means the anchoring runs again. Both are signed with the cache's key
  (generator/core/signing.py): an edited or foreign file is recomputed, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from generator.cache import Cache, parts_rows, rows_parts
from generator.core.fingerprint import code_fingerprint
from generator.core.model import Article, DatedArticle, Dct, Mention, Timex
from generator.core.signing import Signer
from generator.events import anchor, storyyears
from generator.events import mentions as events
from generator.events.storyindex import Profile, Profiles, profile
from generator.publish.write import atomic_write

_HEADER = "linimasa-anchored 1"
# Below this many articles to work on, worker start-up costs more than it saves.
PARALLEL_MIN = 48


def corpus_dates(
    dated: Sequence[DatedArticle],
    found: MutableMapping[str, Sequence[Mention]],
    folder: Path | None,
    jobs: int | None = None,
    signer: Signer | None = None,
    notes: list[str] | None = None,
    made: Mapping[tuple[str, str], str] | None = None,
) -> tuple[DatedArticle, ...]:
    """`dated` with the dates the corpus gives them (`storyyears.settle_years`, then
    `anchor.anchor_undated`); `found` holds each article's mentions by id and is brought up
    to date for the articles whose dates changed. `folder` keeps profiles and the result
    between builds (None: nothing kept), signed by `signer`, and what was found wrong in it is
    added to `notes`; `jobs` processes share the work on each article. `made` are profiles
    made along with the analysis (`encoded_profile`), by article id and clean text."""
    signer = signer or Signer.ephemeral()
    if not any(needs_corpus(d) for d in dated):
        return tuple(dated)  # (the usual case: nothing for the corpus to do)
    path = key = None
    if folder is not None and all(d.digest for d in dated):
        path, key = folder / "anchored.json", _input_key(d.digest for d in dated)
        kept = _load(path, key, dated, signer)
        if kept is not None:
            result = list(dated)
            for at, (dct, timexes, mentions) in kept:
                # (No digest: the analysis key no longer names what the article became.)
                result[at] = DatedArticle(dated[at].article, dct, timexes)
                found[dated[at].article.id] = mentions
            return tuple(result)
    fork = _Forked(jobs)
    profiles = _profiles(dated, folder, fork, signer, notes, made or {})
    settled = storyyears.settle_years(dated, profiles=profiles, map_fn=fork.map)
    moved = [d for d, was in zip(settled, dated, strict=True) if d is not was]
    for d, mentions in zip(moved, fork.map(events.find_mentions, moved), strict=True):
        found[d.article.id] = mentions  # its mentions follow its new date
    result = anchor.anchor_undated(settled, mentions=found, profiles=profiles, map_fn=fork.map)
    changed = []
    for at, (d, was) in enumerate(zip(result, dated, strict=True)):
        if d.dct != was.dct:
            if d.article.id not in found:  # (never: anchoring keeps them up to date)
                found[d.article.id] = events.find_mentions(d)
            changed.append((at, d, found[d.article.id]))
    if path is not None and key is not None:
        _save(path, key, changed, signer)
    return result


def needs_corpus(d: DatedArticle) -> bool:
    """Whether the corpus has something to date in `d`: a year to choose, or its date."""
    return bool(d.dct.alternatives or not d.dct.value)


def _input_key(digests: Iterator[str] | Sequence[str]) -> str:
    digest = hashlib.sha256(f"{_HEADER}\0{code_fingerprint()}".encode())
    for part in digests:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(b"\x1f%d\x1f" % len(data) + data)
    return digest.hexdigest()


Kept = list[tuple[int, Any]]


def _load(path: Path, key: str, dated: Sequence[DatedArticle], signer: Signer) -> Kept | None:
    try:
        with path.open("rb") as handle:
            head = handle.readline().decode("ascii").rstrip("\n").split(" ")
            if head[:-1] != [*_HEADER.split(" "), signer.key_id, key]:
                return None  # another input or another key: the rest is not read
            body = handle.read()
        if not signer.verify(head[-1], key.encode(), body):
            return None
        rows = json.loads(body)
        kept: Kept = []
        for at, parts in rows:
            if type(at) is not int or not 0 <= at < len(dated):
                raise ValueError("not an article")
            found = rows_parts(*parts)
            if not _fits(dated[at].article, *found):
                raise ValueError("not this article's dates")
            kept.append((at, found))
        return kept
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None


def _fits(
    article: Article, dct: Dct, timexes: Sequence[Timex], mentions: Sequence[Mention]
) -> bool:
    """Whether kept dates can be the article's: a date, and expressions and mentions that are
    spans of its text."""
    text = article.text
    return (
        isinstance(dct.value, str)
        and all(isinstance(v, str) for v in (dct.source, dct.evidence, *dct.alternatives))
        and all(_span(text, t) and isinstance(t.value, str) for t in timexes)
        and all(
            m.article == article.id and _span(text, m.timex) and isinstance(m.date, str)
            for m in mentions
        )
    )


def _span(text: str, t: Timex) -> bool:
    return (
        type(t.start) is int
        and type(t.end) is int
        and 0 <= t.start <= t.end <= len(text)
        and text[t.start : t.end] == t.text
    )


def _save(
    path: Path, key: str, changed: Sequence[tuple[int, DatedArticle, Any]], signer: Signer
) -> None:
    rows = [[at, parts_rows((d.dct, d.timexes, tuple(m)))] for at, d, m in changed]
    body = json.dumps(rows, separators=(",", ":")).encode() + b"\n"
    head = f"{_HEADER} {signer.key_id} {key} {signer.sign(key.encode(), body)}\n".encode()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, head + body)


# ---- profiles: made in parallel, kept per article ------------------------------------------


def _profiles(
    dated: Sequence[DatedArticle],
    folder: Path | None,
    fork: _Forked,
    signer: Signer,
    notes: list[str] | None,
    given: Mapping[tuple[str, str], str],
) -> Profiles:
    """Every article's profile: kept ones from `folder`, then those `given`, the rest made in
    parallel."""
    store = Cache(folder, signer, "profiles")
    made: dict[tuple[str, str], Profile] = {}
    missing: list[DatedArticle] = []
    for d in dated:
        at = (d.article.id, d.article.clean)
        body = store.text(d.digest) if d.digest else None
        kept = _decoded(body) if body is not None else None
        if kept is None and (body := given.get(at)) is not None:
            kept = _decoded(body)
            if kept is not None and d.digest:
                store.put(d.digest, body)
        if kept is None:
            missing.append(d)
        else:
            made[at] = kept
    for d, body in zip(missing, fork.map(encoded_profile, missing), strict=True):
        made[(d.article.id, d.article.clean)] = _decoded(body) or profile(d.article)
        if d.digest:
            store.put(d.digest, body)
    store.save()
    if notes is not None:
        notes.extend(store.notes)
    return Profiles(made)


class _Forked:
    """`map` in `jobs` forked processes (default: one per core), which inherit the function
    and its items from this one, so that nothing but each result is sent: the anchor step's
    work per article reads an index of the whole corpus. Serial for a few items, one job, or
    where processes cannot be forked; the results are the same either way."""

    def __init__(self, jobs: int | None) -> None:
        self.jobs = jobs or os.cpu_count() or 1

    def map(self, func: Callable[[_A], _B], items: Sequence[_A]) -> list[_B]:
        global _WORK
        processes = min(self.jobs, len(items))
        if processes < 2 or len(items) < PARALLEL_MIN or not _CAN_FORK:
            return [func(item) for item in items]
        _WORK = (func, items)  # read by the workers forked below
        try:
            context = multiprocessing.get_context("fork")
            chunk = max(1, min(32, len(items) // (processes * 8)))
            with ProcessPoolExecutor(processes, mp_context=context) as pool:
                return list(pool.map(_work, range(len(items)), chunksize=chunk))
        finally:
            _WORK = None


_A = TypeVar("_A")
_B = TypeVar("_B")
_CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
_WORK: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


def _work(at: int) -> Any:
    """In a worker: the function on the item at `at`."""
    if _WORK is None:  # (never: the worker was forked after it was set)
        raise RuntimeError("no work")
    func, items = _WORK
    return func(items[at])


def encoded_profile(d: DatedArticle) -> str:
    """The article's profile as JSON text (what a worker sends back and the store keeps)."""
    p = profile(d.article)
    return json.dumps([p.terms, sorted(p.lower), sorted(p.names)], separators=(",", ":"))


def _decoded(body: str) -> Profile | None:
    try:
        terms, lower, names = json.loads(body)
        if not all(isinstance(w, str) for part in (terms, lower, names) for w in part):
            return None
        return Profile(tuple(terms), frozenset(lower), frozenset(names))
    except (ValueError, TypeError):
        return None
