"""What a rebuild may reuse of the last build's output: input hashes and rendered fragments.

A generated page is a pure function of a few records (an event page of its event and the
articles it cites, an article page of its article and the events citing it), so the key
`render.index_site` makes once per record (a hash of the record, of the facts of the records
its page links to and of the generator's own code; see `Digests`), with the language and the
kind of output appended, names the page's content. The writer keeps the key each file was written with (see generator/publish/write.py), so a
page whose key did not change is neither rendered nor compared again.

Pages made of the whole corpus (the timeline, the source list, the data files) are rendered on
every build, but from fragments, one per event or article, kept here under the same kind of key:
a one-article edit renders the few fragments it changed and joins the rest.

Fragments are kept as UTF-8 bytes from the log file to the writer: a build decodes none of
the reused ones, and joins them into files as bytes. Entries are plain text (never pickle: a
cache folder must not be able to run code), appended to one log file and compacted when its
stale entries reach its live ones. Fragments are published as they are, so each segment of the
log is signed (generator/core/signing.py) with a key that is not in the cache folder: one that
was altered, damaged or made elsewhere is rendered again, never published. A cache folder that
cannot be written costs only time.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from generator.core.fingerprint import code_fingerprint
from generator.core.signing import Signer
from generator.publish.write import atomic_write, utf8

KEY_CHARS = 32  # 128 bits of SHA-256: a cache key, not a signature
_HEADER = b"linimasa-fragments 4 "  # then the id of the key that signs its segments


def key(*parts: object) -> str:
    """A key for the output made from `parts` (records, strings, tuples) by this generator.

    `repr` of the frozen records is a faithful text of their values (strings quoted, every
    field named), so equal keys mean equal inputs."""
    text = repr((code_fingerprint(), parts))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:KEY_CHARS]


@dataclass(frozen=True, slots=True)
class Digests:
    """A key per article and per event, in corpus order, made once per build by
    render.index_site: each names everything any output shows of its record, language aside
    (the record, its page name, the facts of the records its page links to). Shared by both
    languages and every output, whose keys add the language and the kind of output to it."""

    articles: tuple[str, ...]
    events: tuple[str, ...]


class Fragments:
    """Rendered fragments by key, kept in `path` between builds (`None`: nothing is kept).

    `made` and `reused` count this build's fragments, so a rebuild can be checked to have
    rendered only what changed."""

    def __init__(self, path: Path | None = None, signer: Signer | None = None) -> None:
        self.path = path
        self.signer = signer or Signer.ephemeral()
        self.made = 0
        self.reused = 0
        self.notes: list[str] = []  # what was found wrong (and rendered again), for the user
        self._old, clean = _read_log(path, self.signer, self.notes) if path else ({}, True)
        # Entries in the log file, superseded ones included; a damaged file is rewritten whole.
        self._stored = len(self._old) if clean else -1
        self._new: dict[str, bytes] = {}
        self._used: set[str] = set()

    def get(self, key: str) -> bytes | None:
        """The fragment stored under `key` (counted as reused), or None."""
        found = self._new.get(key)
        if found is None:
            found = self._old.get(key)
        if found is not None:
            self.reused += 1
            self._used.add(key)
        return found

    def put(self, key: str, data: bytes) -> None:
        """Keep `data`, just made (counted as made), under `key`."""
        self.made += 1
        self._new[key] = data
        self._used.add(key)

    def text(self, key: str, make: Callable[[], str]) -> bytes:
        """The fragment stored under `key`, or `make()` stored under it, as UTF-8."""
        found = self.get(key)
        if found is None:
            found = utf8(make())
            self.put(key, found)
        return found

    def save(self) -> None:
        """Append this build's new fragments; rewrite the file with only the ones this build
        used when the others (stale: superseded by edits, or all of them after a change of
        code) would be at least as many.

        A cache folder that cannot be written (a read-only checkout, a file in its place) only
        costs the next build time, as with the analysis cache (generator/cache.py)."""
        if self.path is None:
            return
        fresh = {k: v for k, v in sorted(self._new.items()) if k not in self._old}
        try:
            self._stored = self._write(self.path, fresh)
        except OSError:
            self._stored = -1  # what the file holds now is unknown: the next save rewrites it
        self._old.update(fresh)
        self._new = {}

    def _write(self, path: Path, fresh: dict[str, bytes]) -> int:
        """Save `fresh` to the log file at `path`; how many entries the file then holds."""
        # Every used key is in the file or fresh, so the rest of the file after appending is:
        stale = self._stored + len(fresh) - len(self._used)
        if self._stored < 0 or (stale > 0 and stale >= len(self._used)) or not path.is_file():
            kept = {k: self._old[k] for k in sorted(self._used) if k in self._old}
            _write_log(path, {**kept, **fresh}, self.signer, append=False)
            return len(kept) + len(fresh)
        if fresh:
            _write_log(path, fresh, self.signer, append=True)
        return self._stored + len(fresh)


def _segment(entries: dict[str, bytes], signer: Signer) -> bytes:
    """Entries as one segment of the log: a header line of four sizes (entries, bytes of the
    keys, of the text sizes, of the texts) and the signature of the segment, the keys one a
    line, the sizes, the texts back to back. Reading it back is a few splits and slices in C,
    not a step per entry."""
    keys = "\n".join(entries).encode("utf-8")  # digests, a language and a suffix: one line each
    sizes = " ".join(str(len(v)) for v in entries.values()).encode()
    texts = b"".join(entries.values())
    counts = f"{len(entries)} {len(keys)} {len(sizes)} {len(texts)}".encode()
    body = b"".join((keys, b"\n", sizes, b"\n", texts, b"\n"))
    return b"%s %s\n%s" % (counts, signer.sign(counts, body).encode(), body)


def _write_log(path: Path, entries: dict[str, bytes], signer: Signer, *, append: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if append:
        if not entries:
            return
        # One write to an O_APPEND file: entries of two builds never interleave, and one cut
        # short leaves a damaged tail, which reading drops and the next save rewrites.
        data = _segment(entries, signer)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        return
    header = _HEADER + signer.key_id.encode() + b"\n"
    atomic_write(path, header + (_segment(entries, signer) if entries else b""))


_SIZES = re.compile(rb"\d+(?: \d+)*")


def _read_log(
    path: Path, signer: Signer, notes: list[str] | None = None
) -> tuple[dict[str, bytes], bool]:
    """Entries of a log file, and whether all of it was readable; a damaged or altered
    segment ends the reading (what it and what follows held is rendered again), and so does a
    log signed with another key (all of it is)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}, True
    except OSError:
        return {}, False
    header = _HEADER + signer.key_id.encode() + b"\n"
    if not data.startswith(header):
        return {}, False
    found: dict[str, bytes] = {}
    pos = len(header)
    while pos < len(data):
        after = _read_segment(data, pos, found, signer)
        if after is None:
            if notes is not None:
                notes.append("rendered fragments were damaged or altered; rendered again")
            return found, False
        pos = after
    return found, True


def _read_segment(data: bytes, pos: int, found: dict[str, bytes], signer: Signer) -> int | None:
    """Add the entries of the segment at `pos` to `found`; where the next one starts, or None
    (nothing added) when the segment is damaged, or its signature fails."""
    line_end = data.find(b"\n", pos)
    header = data[pos:line_end].split(b" ") if line_end >= 0 else []
    if len(header) != 5 or not all(h.isdigit() for h in header[:4]):
        return None
    count, key_bytes, size_bytes, text_bytes = map(int, header[:4])
    keys_at = line_end + 1
    sizes_at = keys_at + key_bytes + 1
    texts_at = sizes_at + size_bytes + 1
    end = texts_at + text_bytes
    if end >= len(data) or data[end] != 0x0A or not count:
        return None
    if data[sizes_at - 1] != 0x0A or data[texts_at - 1] != 0x0A:
        return None
    counts = data[pos:line_end].rpartition(b" ")[0]
    if not signer.verify(header[4].decode("ascii", "replace"), counts, data[keys_at : end + 1]):
        return None
    try:
        keys = data[keys_at : sizes_at - 1].decode("utf-8", "surrogatepass").split("\n")
    except UnicodeDecodeError:
        return None
    sizes = data[sizes_at : texts_at - 1]
    if len(keys) != count or not _SIZES.fullmatch(sizes):
        return None
    bounds = list(accumulate(map(int, sizes.split(b" ")), initial=texts_at))
    if len(bounds) != count + 1 or bounds[-1] != end:
        return None
    found.update(zip(keys, map(data.__getitem__, map(slice, bounds, bounds[1:])), strict=True))
    return end + 1


def cache_paths(cache_dir: Path | None) -> tuple[Path | None, Path | None]:
    """Where the fragments and the writer's records live in the cache folder (or nowhere)."""
    if cache_dir is None:
        return None, None
    folder = cache_dir / "pages"
    return folder / "fragments.txt", folder


def record_path(folder: Path | None, lang: str) -> Path | None:
    return None if folder is None else folder / f"written-{lang}.json"
