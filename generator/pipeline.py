"""The pure pipeline: article files in, a `Corpus` out (no pages, no site).

load -> temporal (DCT, time expressions) -> events -> anchor (corpus DCT for undated articles)
-> merge -> editorial -> translate. Each stage is a function of the previous stage's records.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from generator import anchor, editorial, events, merge, temporal, translate
from generator.cache import Cache, Parts, article_key, decode, encode
from generator.load import Loaded, admit, article_files, read_or_diagnose
from generator.model import LANGS, Article, Corpus, DatedArticle, Diagnostic, Mention
from generator.progress import Progress

# Below this many articles to analyse, worker start-up costs more than it saves.
PARALLEL_MIN = 48


@dataclass(frozen=True, slots=True)
class Inputs:
    """Editor-curated inputs beside the articles (all optional)."""

    editorial: Path | None = None
    translations: Path | None = None  # folder of <lang>.yaml memories
    root: Path | None = None  # name article files relative to this folder
    backend: translate.Backend | None = None  # machine translation drafts for memory gaps


def extract(
    paths: Iterable[str | Path],
    inputs: Inputs | None = None,
    *,
    jobs: int | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
) -> Corpus:
    """Read, date, and merge the articles named by `paths` into a corpus.

    `jobs` worker processes analyse articles in parallel (default: every core); the result is
    the same as a serial run. `cache` skips articles analysed before with the same code.
    `progress` shows how far the analysis of the articles has come (on a terminal only).
    """
    with _collector_paused():
        return _extract(paths, inputs or Inputs(), jobs, cache or Cache(None), progress)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector: extraction builds hundreds of thousands of acyclic records,
    and each collector pass would walk all of them again (at 10,000 articles the merge took a
    quarter longer). Reference counting still frees whatever a stage drops."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What the pause let pile up in the youngest generation would all be walked by the
        # first pass after it (a quarter of a second at 10,000 articles): move it to the
        # oldest generation unwalked (freezing and unfreezing only splice lists).
        if not gc.get_freeze_count():  # (never thaw what someone else froze)
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def _extract(
    paths: Iterable[str | Path],
    inputs: Inputs,
    jobs: int | None,
    cache: Cache,
    progress: Progress | None,
) -> Corpus:
    files, missing = article_files(paths)
    workers = min(jobs or os.cpu_count() or 1, len(files))
    if workers > 1 and len(files) >= PARALLEL_MIN:
        # Workers read the files too: reading is a tenth of the per-article work.
        loaded, analysed = load_and_analyse(files, inputs.root, workers, cache, progress)
        loaded = Loaded(loaded.articles, (*missing, *loaded.diagnostics))
    else:
        loaded = admit((read_or_diagnose(p, inputs.root) for p in files), missing)
        analysed = analyse_all(loaded.articles, jobs, cache, progress)
    cache.save()
    diagnostics: list[Diagnostic] = list(loaded.diagnostics)
    dated = tuple(d for d, _ in analysed)
    found = {d.article.id: m for d, m in analysed}
    # Anchoring reads every dated article: skip it when no article needs it (the usual case).
    anchored = anchor.anchor_undated(dated) if any(not d.dct.value for d in dated) else dated
    before = {d.article.id: d.dct for d in dated}
    for d in anchored:
        if d.dct != before[d.article.id]:  # newly anchored by the corpus: its events move too
            found[d.article.id] = events.find_mentions(d)
    dated = anchored
    diagnostics.extend(_dating_problems(dated))

    mentions = [m for d in dated for m in found[d.article.id]]
    timeline = merge.merge_mentions(mentions)

    if inputs.editorial is not None:
        edits, problems = editorial.load_editorial(inputs.editorial)
        diagnostics.extend(problems)
        timeline, problems = editorial.apply_editorial(timeline, edits)
        diagnostics.extend(problems)

    memories = {}
    if inputs.translations is not None:
        for lang in LANGS:
            memory, problems = translate.load_memory(inputs.translations / f"{lang}.yaml", lang)
            memories[lang] = memory
            diagnostics.extend(problems)
    timeline, problems = translate.translate_events(timeline, memories, inputs.backend)
    diagnostics.extend(problems)
    diagnostics.extend(translate.missing_translations(timeline, memories))
    headlines = [d.article for d in dated]
    titles, problems = translate.translate_titles(headlines, memories)
    diagnostics.extend(problems)
    diagnostics.extend(translate.missing_titles(headlines, titles, memories))

    return Corpus(
        articles=tuple(sorted(dated, key=lambda d: d.article.id)),
        events=tuple(sorted(timeline, key=lambda e: (e.date, e.id))),
        titles=titles,
        diagnostics=tuple(
            sorted(
                set(_relative(diagnostics, inputs.root)),
                key=lambda d: (d.file, d.line or 0, d.level, d.message),
            )
        ),
    )


def _relative(diagnostics: Iterable[Diagnostic], root: Path | None) -> Iterator[Diagnostic]:
    """Name files relative to the project, so messages and data carry no machine paths.
    (Each file is resolved once: a large corpus has many messages per file.)"""
    if root is None:
        yield from diagnostics
        return
    base = root.resolve()
    names: dict[str, str | None] = {}
    for diagnostic in diagnostics:
        if diagnostic.file not in names:
            try:
                names[diagnostic.file] = (
                    Path(diagnostic.file).resolve().relative_to(base).as_posix()
                )
            except ValueError:
                names[diagnostic.file] = None
        file = names[diagnostic.file]
        yield diagnostic if file is None else replace(diagnostic, file=file)


def analyse(article: Article) -> tuple[DatedArticle, tuple[Mention, ...]]:
    """The per-article stages: a pure function of one article (what a cluster would map)."""
    dated = temporal.date_article(article)
    return dated, events.find_mentions(dated)


def analyse_all(
    articles: Sequence[Article], jobs: int | None, cache: Cache, progress: Progress | None = None
) -> list[tuple[DatedArticle, tuple[Mention, ...]]]:
    """`analyse` every article, from the cache where possible, in parallel where it pays."""
    progress = progress or Progress.quiet()
    results: list[tuple[DatedArticle, tuple[Mention, ...]] | None] = [None] * len(articles)
    todo: list[int] = []
    keys = [article_key(a) for a in articles] if cache.folder else []
    for i, article in enumerate(articles):
        hit = cache.get(keys[i]) if cache.folder else None
        if hit is None:
            todo.append(i)
        else:
            dct, timexes, mentions = hit
            results[i] = (DatedArticle(article, dct, timexes), mentions)
    workers = min(jobs or os.cpu_count() or 1, len(todo))
    pending = [articles[i] for i in todo]
    progress.start("analysing articles", len(articles))
    progress.advance(len(articles) - len(todo))  # the cache's share is done already
    if workers > 1 and len(todo) >= PARALLEL_MIN:
        with _pool(workers, None) as pool:
            # Small chunks: the bar moves steadily and no worker idles at the end.
            chunk = max(1, min(16, len(todo) // (workers * 8)))
            parts = pool.map(
                _analysed_parts, pending, [bool(cache.folder)] * len(todo), chunksize=chunk
            )
            done = (
                _filed_encoded(cache, keys[i] if cache.folder else "", a, part, body)
                for i, a, (part, body) in zip(todo, pending, parts, strict=True)
            )
            _collect(done, todo, results, progress)
    else:
        done = map(analyse, pending)
        if cache.folder:
            done = (_filed(cache, keys[i], r) for i, r in zip(todo, done, strict=True))
        _collect(done, todo, results, progress)
    progress.finish()
    return [r for r in results if r is not None]


def load_and_analyse(
    files: Sequence[Path],
    root: Path | None,
    workers: int,
    cache: Cache,
    progress: Progress | None = None,
) -> tuple[Loaded, list[tuple[DatedArticle, tuple[Mention, ...]]]]:
    """Read and `analyse` `files` (from `article_files`) in `workers` processes: what
    `load_paths` then `analyse_all` give, with the reading done in parallel too."""
    progress = progress or Progress.quiet()
    progress.start("analysing articles", len(files))
    read: list[Article | Diagnostic] = []
    parts: dict[int, Parts] = {}
    with _pool(workers, cache.entries() if cache.folder else None) as pool:
        # Small chunks: the bar moves steadily and no worker idles at the end.
        chunk = max(1, min(16, len(files) // (workers * 8)))
        results = pool.map(_read_analysed, files, [root] * len(files), chunksize=chunk)
        for item, done, key, body in results:
            if done is not None:
                parts[len(read)] = done
                if key:
                    cache.worker_found(key, body)
            read.append(item)
            progress.advance()
    progress.finish()
    loaded = admit(read)
    # `admit` keeps articles in reading order, so its articles pair with the read ones in turn.
    kept = iter(loaded.articles)
    analysed = []
    nxt = next(kept, None)
    for i, item in enumerate(read):
        if item is nxt:
            dct, timexes, mentions = parts[i]
            analysed.append((DatedArticle(item, dct, timexes), mentions))
            nxt = next(kept, None)
    return loaded, analysed


def _pool(workers: int, entries: Mapping[str, str] | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_start, initargs=(entries,))


# In a worker process: the cache's entries (key -> JSON), or None when there is no cache.
_ENTRIES: Mapping[str, str] | None = None


def _worker_start(entries: Mapping[str, str] | None) -> None:
    """Hand the worker the cache's entries (a forked worker shares the parent's copy), and
    restart its cycle collector (paused in the parent): a worker holds one article at a time,
    so collecting is cheap and keeps a long run's memory flat."""
    global _ENTRIES
    _ENTRIES = entries
    gc.enable()


def _read_analysed(
    path: Path, root: Path | None
) -> tuple[Article | Diagnostic, Parts | None, str, str | None]:
    """In a worker: read one file and analyse it, from the cache's entries where possible.
    Returns what was read, its analysis, its cache key ("" without a cache) and, when the
    analysis was computed for the cache, its encoded entry (None when it came from there)."""
    item = read_or_diagnose(path, root)
    if isinstance(item, Diagnostic):
        return item, None, "", None
    if _ENTRIES is None:
        return item, _parts(item), "", None
    key = article_key(item)
    body = _ENTRIES.get(key)
    hit = decode(body) if body is not None else None  # a damaged entry is recomputed
    if hit is not None:
        return item, hit, key, None
    found = _parts(item)
    return item, found, key, encode(*found)


def _analysed_parts(article: Article, filed: bool) -> tuple[Parts, str | None]:
    """`analyse` in a worker, encoding the cache entry too when `filed` (so that runs in
    parallel as well); only what the analysis added goes back: the parent has the article."""
    found = _parts(article)
    return found, encode(*found) if filed else None


def _parts(article: Article) -> Parts:
    """What `analyse` adds to the article (what the cache keeps and workers send back)."""
    dated, mentions = analyse(article)
    return dated.dct, dated.timexes, mentions


def _filed_encoded(
    cache: Cache, key: str, article: Article, parts: Parts, body: str | None
) -> tuple[DatedArticle, tuple[Mention, ...]]:
    if body is not None:
        cache.put_encoded(key, body)
    dct, timexes, mentions = parts
    return DatedArticle(article, dct, timexes), mentions


def _filed(
    cache: Cache, key: str, result: tuple[DatedArticle, tuple[Mention, ...]]
) -> tuple[DatedArticle, tuple[Mention, ...]]:
    cache.put(key, result[0].dct, result[0].timexes, result[1])
    return result


def _collect(
    done: Iterable[tuple[DatedArticle, tuple[Mention, ...]]],
    todo: Sequence[int],
    results: list[tuple[DatedArticle, tuple[Mention, ...]] | None],
    progress: Progress,
) -> None:
    """Store each analysed article as it arrives (in input order)."""
    for i, result in zip(todo, done, strict=True):
        results[i] = result
        progress.advance()


def _dating_problems(dated: Sequence[DatedArticle]) -> list[Diagnostic]:
    """Articles whose dates could not be established: the build says so instead of guessing."""
    problems = []
    for d in dated:
        unresolved = [t for t in d.timexes if "unresolved" in t.flags]
        if not d.timexes and d.dct.value is None:  # one message per file, not two
            problems.append(
                Diagnostic(
                    "warning",
                    d.article.file,
                    "no dates at all: no time expressions and no publication date; "
                    "add 'published' to its metadata if it belongs on the timeline",
                )
            )
            continue
        if d.dct.value is None:
            detail = (
                f"; {len(unresolved)} relative expression(s) left unresolved "
                f"(first: '{unresolved[0].text}', line {d.article.line_of(unresolved[0].start)})"
                if unresolved
                else ""
            )
            problems.append(
                Diagnostic(
                    "warning",
                    d.article.file,
                    "no publication date: none in metadata, the text, or shared events"
                    + detail
                    + "; add 'published' to its metadata",
                )
            )
        if not d.timexes:
            problems.append(Diagnostic("warning", d.article.file, "no time expressions found"))
    return problems
