"""What a rebuild may reuse of the last build's output: input hashes and rendered fragments.

A generated page is a pure function of a few records (an event page of its event and the
articles it cites, an article page of its article and the events citing it), so a hash of
exactly those records, of the language and of the generator's own code names the page's
content. The writer keeps the key each file was written with (see generator/write.py), so a
page whose key did not change is neither rendered nor compared again.

Pages made of the whole corpus (the timeline, the source list, the data files) are rendered on
every build, but from fragments, one per event or article, kept here under the same kind of key:
a one-article edit renders the few fragments it changed and joins the rest.

Entries are plain text (never pickle: a cache folder must not be able to run code), appended to
one log file and compacted when it holds mostly superseded entries.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.cache import code_fingerprint
from generator.model import Corpus

KEY_CHARS = 32  # 128 bits of SHA-256: a cache key, not a signature
_HEADER = "linimasa-fragments 1\n"


def key(*parts: object) -> str:
    """A key for the output made from `parts` (records, strings, tuples) by this generator.

    `repr` of the frozen records is a faithful text of their values (strings quoted, every
    field named), so equal keys mean equal inputs."""
    text = repr((code_fingerprint(), parts))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:KEY_CHARS]


@dataclass(frozen=True, slots=True)
class Digests:
    """A key per article (with its headline translations) and per event, in corpus order:
    computed once per build and shared by both languages and every output."""

    articles: tuple[str, ...]
    events: tuple[str, ...]


def corpus_digests(corpus: Corpus) -> Digests:
    return Digests(
        articles=tuple(
            key("article", d, sorted(corpus.titles.get(d.article.id, {}).items()))
            for d in corpus.articles
        ),
        events=tuple(key("event", e) for e in corpus.events),
    )


class Fragments:
    """Rendered fragments by key, kept in `path` between builds (`None`: nothing is kept).

    `made` and `reused` count this build's fragments, so a rebuild can be checked to have
    rendered only what changed."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.made = 0
        self.reused = 0
        self._old, clean = _read_log(path) if path is not None else ({}, True)
        # Entries in the log file, superseded ones included; a damaged file is rewritten whole.
        self._stored = len(self._old) if clean else -1
        self._new: dict[str, str] = {}
        self._used: set[str] = set()

    def get(self, key: str) -> str | None:
        """The fragment stored under `key` (counted as reused), or None."""
        found = self._new.get(key)
        if found is None:
            found = self._old.get(key)
        if found is not None:
            self.reused += 1
            self._used.add(key)
        return found

    def put(self, key: str, text: str) -> None:
        """Keep `text`, just made (counted as made), under `key`."""
        self.made += 1
        self._new[key] = text
        self._used.add(key)

    def text(self, key: str, make: Callable[[], str]) -> str:
        """The fragment stored under `key`, or `make()` stored under it."""
        found = self.get(key)
        if found is None:
            found = make()
            self.put(key, found)
        return found

    def save(self) -> None:
        """Append this build's new fragments; rewrite the file when most of it is stale."""
        if self.path is None:
            return
        live = {k for k in self._used if k in self._old}
        fresh = {k: v for k, v in sorted(self._new.items()) if k not in self._old}
        stale = self._stored + len(fresh) > 2 * len(self._used) + 1000
        if self._stored < 0 or stale or not self.path.is_file():
            kept = {k: self._old[k] for k in sorted(live)}
            _write_log(self.path, {**kept, **fresh}, append=False)
            self._stored = len(kept) + len(fresh)
        elif fresh:
            _write_log(self.path, fresh, append=True)
            self._stored += len(fresh)
        self._old.update(fresh)
        self._new = {}


def _entries(items: Iterable[tuple[str, str]]) -> str:
    return "".join(f"{k} {len(v)}\n{v}\n" for k, v in items)


def _write_log(path: Path, entries: dict[str, str], *, append: bool) -> None:
    from generator.write import atomic_write  # the writer imports this module's callers

    path.parent.mkdir(parents=True, exist_ok=True)
    if append:
        # One write to an O_APPEND file: entries of two builds never interleave, and one cut
        # short leaves a damaged tail, which reading drops and the next save rewrites.
        data = _entries(entries.items()).encode("utf-8", "surrogatepass")
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        return
    text = _HEADER + _entries(entries.items())
    atomic_write(path, text.encode("utf-8", "surrogatepass"))


def _read_log(path: Path) -> tuple[dict[str, str], bool]:
    """Entries of a log file, and whether all of it was readable; a damaged entry ends the
    reading (what it and what follows held is rendered again)."""
    try:
        with path.open(encoding="utf-8", errors="surrogatepass", newline="") as handle:
            text = handle.read()
    except FileNotFoundError:
        return {}, True
    except (OSError, UnicodeDecodeError):
        return {}, False
    if not text.startswith(_HEADER):
        return {}, False
    found: dict[str, str] = {}
    pos = len(_HEADER)
    end = len(text)
    find = text.find
    while pos < end:
        space = find(" ", pos)
        line_end = find("\n", pos)
        if space < 0 or line_end < space:
            break
        size = text[space + 1 : line_end]
        if space == pos or not size.isdigit():
            break
        start = line_end + 1
        stop = start + int(size)
        if stop >= end or text[stop] != "\n":
            break
        found[text[pos:space]] = text[start:stop]
        pos = stop + 1
    return found, pos == end


def cache_paths(cache_dir: Path | None) -> tuple[Path | None, Path | None]:
    """Where the fragments and the writer's records live in the cache folder (or nowhere)."""
    if cache_dir is None:
        return None, None
    folder = cache_dir / "pages"
    return folder / "fragments.txt", folder


def record_path(folder: Path | None, lang: str) -> Path | None:
    return None if folder is None else folder / f"written-{lang}.json"
