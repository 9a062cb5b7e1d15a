"""The pure pipeline: article files in, a `Corpus` out (no pages, no site).

load -> temporal (DCT, time expressions) -> events -> anchor (corpus DCT for undated articles)
-> merge -> editorial -> translate. Each stage is a function of the previous stage's records.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from generator import anchoring, mergecache
from generator.cache import Cache, Entry, Parts, decode, encode, file_key, fits
from generator.core.model import LANGS, Article, Corpus, DatedArticle, Diagnostic, Event, Mention
from generator.dates import temporal
from generator.dates.plausible import doubts
from generator.editing import editorial, translate
from generator.events import mentions as events
from generator.events import merge
from generator.progress import Progress
from generator.read.load import (
    InputError,
    Loaded,
    Raw,
    admit,
    article_files,
    decode_text,
    read_article,
    read_raw,
    restore_article,
    shown_name,
)

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

    `jobs` processes analyse articles in parallel (this one and `jobs - 1` workers; default:
    one per core); the result is the same as a serial run. `cache` skips articles analysed
    before with the same code. `progress` shows how far the analysis of the articles has come
    (on a terminal only).
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
    files, missing = article_files(paths, inputs.root)
    profiles: dict[tuple[str, str], str] = {}
    loaded, analysed = load_and_analyse(files, inputs.root, jobs, cache, progress, profiles)
    cache.save()
    diagnostics: list[Diagnostic] = [*missing, *loaded.diagnostics]
    dated = tuple(d for d, _ in analysed)
    found: dict[str, Sequence[Mention]] = {d.article.id: m for d, m in analysed}
    # The corpus chooses the year of articles dated by a day and month alone, then dates the
    # articles with no date of their own (and brings their mentions up to date in `found`).
    anchored = anchoring.corpus_dates(
        dated, found, cache.folder, jobs, signer=cache.signer, notes=cache.notes, made=profiles
    )
    profiles.clear()
    # What names each article's mentions for the kept timeline: its analysis key, and what the
    # corpus added to its dating (anchoring keeps the articles in their order).
    names = [(d.digest, "") for d in dated]
    for i, (d, was) in enumerate(zip(anchored, dated, strict=True)):
        if d.dct != was.dct:  # newly anchored by the corpus: its events move too
            names[i] = (was.digest, repr((d.dct, d.timexes)))
    dated = anchored
    diagnostics.extend(_dating_problems(dated))

    mentions = [m for d in dated for m in found[d.article.id]]
    timeline = _merged(mentions, cache, names)

    if inputs.editorial is not None:
        edits, problems = editorial.load_editorial(inputs.editorial, inputs.root)
        diagnostics.extend(problems)
        timeline, problems = editorial.apply_editorial(timeline, edits)
        diagnostics.extend(problems)

    memories = {}
    if inputs.translations is not None:
        for lang in LANGS:
            memory, problems = translate.load_memory(
                inputs.translations / f"{lang}.yaml", lang, inputs.root
            )
            memories[lang] = memory
            diagnostics.extend(problems)
    timeline, problems = translate.translate_events(timeline, memories, inputs.backend)
    diagnostics.extend(problems)
    diagnostics.extend(translate.missing_translations(timeline, memories))
    headlines = [d.article for d in dated]
    titles, problems = translate.translate_titles(headlines, memories)
    diagnostics.extend(problems)
    diagnostics.extend(translate.missing_titles(headlines, titles, memories))
    diagnostics.extend(translate.unmatched_entries(memories, timeline, headlines))

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


def _merged(
    mentions: Sequence[Mention], cache: Cache, inputs: Iterable[tuple[str, str]]
) -> tuple[Event, ...]:
    """`merge.merge_mentions(mentions)`, taken from the last build's when its input was the
    same (see generator/mergecache.py); `inputs` name the articles' mentions in corpus order."""
    if cache.folder is None:
        return merge.merge_mentions(mentions)
    path = cache.folder / "timeline.json"
    key = mergecache.input_key(inputs)
    timeline = mergecache.load(path, key, mentions, cache.signer, cache.notes)
    if timeline is None:
        timeline = merge.merge_mentions(mentions)
        mergecache.save(path, key, mentions, timeline, cache.signer)
    return timeline


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
            # The folder resolved, not the file: a file that links out of the project is
            # still named by where it is in it.
            path = Path(diagnostic.file)
            try:
                names[diagnostic.file] = (
                    (path.parent.resolve() / path.name).relative_to(base).as_posix()
                )
            except ValueError:
                names[diagnostic.file] = None
        file = names[diagnostic.file]
        # (Made anew rather than by `replace`: a large corpus has tens of thousands.)
        yield (
            diagnostic
            if file is None
            else Diagnostic(
                diagnostic.level, file, diagnostic.message, diagnostic.line, diagnostic.stale
            )
        )


def analyse(article: Article) -> tuple[DatedArticle, tuple[Mention, ...]]:
    """The per-article stages: a pure function of one article (what a cluster would map)."""
    dated = temporal.date_article(article)
    return dated, events.find_mentions(dated)


def load_and_analyse(
    files: Sequence[Path],
    root: Path | None,
    jobs: int | None,
    cache: Cache,
    progress: Progress | None = None,
    profiles: dict[tuple[str, str], str] | None = None,
) -> tuple[Loaded, list[tuple[DatedArticle, tuple[Mention, ...]]]]:
    """Read and `analyse` `files` (from `article_files`): from the cache where it has them,
    the rest in `jobs` processes (this one and `jobs - 1` workers; default: one per core)
    when they are many enough. Each dated article carries its cache key as its `digest`.
    `profiles` receives the story profiles made along (see `_profiled`), by article id and
    clean text."""
    global _profiling
    _profiling = False
    progress = progress or Progress.quiet()
    progress.start("analysing articles", len(files))
    read: list[Article | Diagnostic | None] = [None] * len(files)
    parts: dict[int, tuple[Parts, str]] = {}  # by id() of the article read, with its key
    todo = range(len(files))
    sources: list[Source | None] = [None] * len(files)
    filed = cache.folder is not None
    if filed and cache.entries():
        # Hits are decoded here: handing them to workers would cost more in sending them
        # back than the decoding itself. A miss takes the bytes read here along; a file that
        # cannot be read is reported as it is.
        todo = []
        for i, path in enumerate(files):
            source = sources[i] = _source(path, root, True)
            if isinstance(source, Diagnostic):
                read[i] = source
                progress.advance()
                continue
            entry = cache.get(source[1])
            restored = _restored(path, source, entry) if entry is not None else None
            if restored is None:
                if entry is not None:
                    cache.reject(source[1])
                todo.append(i)
            else:
                article, found = restored
                read[i] = article
                parts[id(article)] = found, source[1]
                progress.advance()
    pending = [files[i] for i in todo]
    taken = [sources[i] for i in todo]
    processes = min(jobs or os.cpu_count() or 1, len(pending))
    if processes > 1 and len(pending) >= PARALLEL_MIN:
        results: Iterable[tuple[int, Analysed]] = _shared(pending, taken, root, filed, processes)
    else:
        results = enumerate(
            map(_read_analysed, pending, [root] * len(pending), [filed] * len(pending), taken)
        )
    for at, (item, done, key, body, made) in results:
        read[todo[at]] = item
        if done is not None:
            parts[id(item)] = done, key
            cache.put(key, body)
        if made is not None and profiles is not None and isinstance(item, Article):
            profiles[(item.id, item.clean)] = made
        progress.advance()
    progress.finish()
    loaded = admit(item for item in read if item is not None)
    analysed = []
    for article in loaded.articles:
        (dct, timexes, mentions), key = parts[id(article)]
        analysed.append((DatedArticle(article, dct, timexes, key), mentions))
    return loaded, analysed


# A file's bytes, its cache key ("" without a cache) and how it is shown (see `shown_name`),
# or why it cannot be read.
Source = tuple[Raw, str, str | None] | Diagnostic


def _source(path: Path, root: Path | None, filed: bool) -> Source:
    shown = shown_name(path, root)
    try:
        raw = read_raw(path, shown or str(path), root)
    except InputError as err:
        return err.diagnostic
    return raw, file_key(path, shown, raw) if filed else "", shown


def _restored(
    path: Path, source: tuple[Raw, str, str | None], entry: Entry
) -> tuple[Article, Parts] | None:
    """The article read as `source` and its analysis, from a cache entry of its reading; None
    when the entry does not fit the article."""
    reading, found = entry
    raw, _, shown = source
    try:
        text = decode_text(raw.data, shown or str(path))
    except InputError:
        return None
    if not fits(entry, len(text)):
        return None
    return restore_article(path, shown, raw, reading, text), found


def _shared(
    pending: Sequence[Path],
    taken: Sequence[Source | None],
    root: Path | None,
    filed: bool,
    processes: int,
) -> Iterator[tuple[int, Analysed]]:
    """`_read_analysed` of each of `pending` (by position, in no set order) in `processes`
    processes: this one and `processes - 1` workers. Workers take small chunks from the front,
    this process one file at a time from the back, until they meet: nobody idles at the end.
    Only the workers' share is sent back and decoded here; this process's own share costs
    neither."""
    chunk = max(1, min(16, len(pending) // (processes * 8)))
    in_flight = 2 * (processes - 1)  # so that no worker waits for its next chunk
    front, back = 0, len(pending)
    running: dict[Future[list[Shipped]], range] = {}
    with _pool(processes - 1) as pool:
        while True:
            while len(running) < in_flight and front < back:
                span = range(front, min(front + chunk, back))
                front = span.stop
                job = pool.submit(
                    _entries, [pending[i] for i in span], root, filed, [taken[i] for i in span]
                )
                running[job] = span
            if front < back:
                back -= 1
                yield back, _read_analysed(pending[back], root, filed, taken[back])
            elif running:
                wait(running, return_when=FIRST_COMPLETED)
            else:
                return
            for job in [job for job in running if job.done()]:
                for at, shipped in zip(running.pop(job), job.result(), strict=True):
                    yield at, _unshipped(pending[at], root, shipped)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_start)


def _worker_start() -> None:
    """Restart the worker's cycle collector (paused in the parent): a worker holds one chunk of
    articles at a time, so collecting is cheap and keeps a long run's memory flat."""
    global _profiling
    _profiling = False
    gc.enable()


# What was read (an article, or why not), its analysis (None for a file that cannot be read),
# its cache key ("" without a cache), its encoded cache entry (None without a cache) and its
# encoded story profile (None unless made, see `_profiled`).
Analysed = tuple[Article | Diagnostic, Parts | None, str, str | None, str | None]


def _read_analysed(path: Path, root: Path | None, filed: bool, source: Source | None) -> Analysed:
    """Read one file (unless `source` has it already) and analyse it, in turn."""
    read = _read(path, root, filed, source)
    if isinstance(read, Diagnostic):
        return read, None, "", None, None
    article, (_, key, _) = read
    found, made = _parts(article)
    return article, found, key, encode(article, found) if filed else None, made


# An analysed file as a worker sends it back (see `_entry`): as read, its encoded entry and
# its encoded profile (or None).
Shipped = tuple[tuple[Raw, str, str | None], str, str | None] | Diagnostic


def _entries(
    paths: Sequence[Path], root: Path | None, filed: bool, sources: Sequence[Source | None]
) -> list[Shipped]:
    """`_entry` of each of `paths`: a worker's chunk."""
    return [_entry(path, root, filed, source) for path, source in zip(paths, sources, strict=True)]


def _entry(path: Path, root: Path | None, filed: bool, source: Source | None) -> Shipped:
    """`_read_analysed` in a worker, sent back as the file's bytes, its cache key and its
    encoded entry: a third of the bytes of the records themselves, and the parent decodes an
    entry (as it does a cache hit) in half the time it takes to unpickle the records."""
    read = _read(path, root, filed, source)
    if isinstance(read, Diagnostic):
        return read
    article, found = read
    done, made = _parts(article)
    return found, encode(article, done), made


def _unshipped(path: Path, root: Path | None, shipped: Shipped) -> Analysed:
    """What `_entry` sent back, as `_read_analysed` returns it."""
    if isinstance(shipped, Diagnostic):
        return shipped, None, "", None, None
    source, body, made = shipped
    entry = decode(body)
    restored = _restored(path, source, entry) if entry is not None else None
    if restored is None:  # never: the worker has just encoded it
        raise ValueError(f"{path}: an analysis could not be decoded")
    article, found = restored
    return article, found, source[1], body, made


def _read(
    path: Path, root: Path | None, filed: bool, source: Source | None
) -> tuple[Article, tuple[Raw, str, str | None]] | Diagnostic:
    """The article in `path` (read unless `source` has its bytes) and the file as read."""
    source = source or _source(path, root, filed)
    if isinstance(source, Diagnostic):
        return source
    raw, _, shown = source
    try:
        return read_article(path, shown, raw), source
    except InputError as err:
        return err.diagnostic


def _parts(article: Article) -> tuple[Parts, str | None]:
    """What `analyse` adds to the article (what the cache keeps and workers send back), and
    its profile when made (see `_profiled`)."""
    dated, mentions = analyse(article)
    return (dated.dct, dated.timexes, mentions), _profiled(dated)


# Whether this process has analysed an article the corpus must date (reset for each build).
_profiling = False


def _profiled(dated: DatedArticle) -> str | None:
    """The article's encoded story profile (`anchoring.encoded_profile`), once this process
    has met an article the corpus must date, else None. Made right after the analysis, it
    reuses what the analysis read of the article (its sentences, how it writes its words):
    about half the cost of making it in the anchor step. An archive whose articles all carry
    their dates never needs one, and makes none."""
    global _profiling
    _profiling = _profiling or anchoring.needs_corpus(dated)
    return anchoring.encoded_profile(dated) if _profiling else None


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
        for doubt in doubts(d):
            line = d.article.line_of(doubt.offset)
            problems.append(Diagnostic("warning", d.article.file, doubt.message, line))
    return problems
