"""A content-addressed cache of the per-article stages, so an unchanged article is never redone.

The key is a hash of the article file as read (its name, its bytes, its sidecar's) and of the
generator's own source code, so editing either invalidates exactly what depends on it. An entry
keeps what reading the file found (its `Reading`) and what the analysis added, so an unchanged
article costs a hash and a decode: no furniture detection, no dating, no events (only the
furniture found before is blanked again).

Entries live in packs: files of `key<TAB>JSON` lines under a folder named after the code, one pack
written per build (never one file per article: on many file systems creating a file costs as much
as analysing the article). Entries are JSON, never pickle: a cache folder must not be able to run
code. Each pack is signed (generator/core/signing.py) with a key that is not in the cache
folder: a pack edited, damaged or made elsewhere is recomputed, never trusted, and so is an
entry that does not fit its article. Packs are written atomically; when most entries are stale
(their articles were edited) or the packs are many, or one could not be used, one pack of the
live entries replaces them, and the packs of other code versions are deleted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import shutil
from dataclasses import fields
from pathlib import Path
from typing import Any

from generator.core.fingerprint import code_fingerprint
from generator.core.model import Article, Dct, Furniture, Mention, Metadata, Timex
from generator.core.signing import Signer
from generator.publish.write import atomic_write
from generator.read.load import Raw, Reading

_LEGACY = re.compile(r"[0-9a-f]{2}")
# More packs than this are merged into one (each is a file to open on every build).
MAX_PACKS = 16
_PACK = b"linimasa-pack 1"  # then the key's id and the signature of the rest of the file

Parts = tuple[Dct, tuple[Timex, ...], tuple[Mention, ...]]


def file_key(path: Path, shown: str | None, raw: Raw) -> str:
    """The cache key of an article file: how it is shown, its name (its id), its bytes and its
    sidecar's (whatever `read_article` reads), and the generator's code.

    Not the folder it is in: a project moved or checked out elsewhere (a CI runner restoring
    `.linimasa-cache/`) keeps its cache. A file shown by its full path (no project root) is
    keyed by that path."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in (
        (shown or str(path)).encode("utf-8", "surrogatepass"),
        path.name.encode("utf-8", "surrogatepass"),
    ):
        digest.update(b"\x1f%d\x1f" % len(part) + part)
    for data in (raw.data, raw.sidecar):
        digest.update(b"\x1f-" if data is None else b"\x1f%d\x1f" % len(data) + data)
    if raw.sidecar_error is not None:  # a sidecar that cannot be read is not a missing one
        digest.update(b"\x1f!")
    return digest.hexdigest()


Entry = tuple[Reading, Parts]


class Cache:
    """Entries in `folder` (created on first write); `None` disables caching.

    `get` and `put` serve one build; `save` writes what it computed. The packs are read once,
    on first use, and kept as text: an entry is decoded only when asked for."""

    def __init__(
        self, folder: Path | None, signer: Signer | None = None, kind: str = "articles"
    ) -> None:
        self.folder = folder
        self.signer = signer or Signer.ephemeral()
        self.kind = kind  # the subfolder: what its entries are of
        self._what = "article analyses" if kind == "articles" else f"article {kind}"
        self.hits = 0
        self.misses = 0
        self.notes: list[str] = []  # what was found wrong (and recomputed), for the user
        self._refused = 0  # packs not used: rewritten by the next save
        self._packs: list[Path] = []
        self._entries: dict[str, str] | None = None  # key -> JSON, as read from the packs
        self._new: dict[str, str] = {}  # computed during this build
        self._used: set[str] = set()

    @property
    def _here(self) -> Path | None:
        return None if self.folder is None else self.folder / self.kind / code_fingerprint()[:16]

    def entries(self) -> dict[str, str]:
        """Every entry of the packs, by key (read on first call)."""
        if self._entries is None:
            self._entries = {}
            here = self._here
            self._packs = sorted(here.glob("*.jsonl")) if here is not None else []
            foreign = damaged = 0
            for pack in self._packs:
                try:
                    data = pack.read_bytes()
                except OSError:
                    data = b""
                head, _, rest = data.partition(b"\n")
                fields = head.split(b" ")
                if head[: len(_PACK)] != _PACK or len(fields) != 4:
                    damaged += 1
                    continue
                if fields[2].decode("ascii", "replace") != self.signer.key_id:
                    foreign += 1
                    continue
                if not self.signer.verify(fields[3].decode("ascii", "replace"), rest):
                    damaged += 1
                    continue
                try:
                    text = rest.decode("utf-8")
                except UnicodeDecodeError:
                    damaged += 1
                    continue
                for line in text.split("\n"):  # never splitlines: JSON may hold U+2028
                    key, tab, body = line.partition("\t")
                    if tab:
                        self._entries[key] = body
            self._refused = foreign + damaged
            if damaged:
                self.notes.append(
                    f"{damaged} damaged or altered pack(s) of {self._what} were not used; "
                    "their entries are made again"
                )
            if foreign:
                self.notes.append(
                    f"{foreign} pack(s) of {self._what} were made under another cache key "
                    "(another machine: see LINIMASA_CACHE_KEY); their entries are made again"
                )
        return self._entries

    def get(self, key: str) -> Entry | None:
        """The entry for `key`; None when it is absent or damaged (recomputed, never trusted:
        the miss is counted when the new entry is `put`)."""
        if self.folder is None:
            return None
        body = self.entries().get(key)
        entry = decode(body) if body is not None else None
        if entry is not None:
            self.hits += 1
            self._used.add(key)
        elif body is not None:
            self.reject(key)
        return entry

    def reject(self, key: str) -> None:
        """Drop the entry for `key`, found not to fit what it was made of: it is recomputed."""
        if key in self._used:
            self._used.discard(key)
            self.hits -= 1
        if not self._refused:
            self.notes.append(f"an entry of the {self._what} did not fit; recomputed")
        self._refused += 1

    def text(self, key: str) -> str | None:
        """The entry for `key` as filed (a JSON text the caller decodes and checks), or None."""
        if self.folder is None:
            return None
        body = self.entries().get(key)
        if body is not None:
            self.hits += 1
            self._used.add(key)
        return body

    def put(self, key: str, body: str | None) -> None:
        """File the entry `encode` made for `key` (where the article was analysed, so that
        encoding runs in parallel too); None when there is none. Either way, a miss."""
        self.misses += 1
        if self.folder is not None and body is not None:
            self._new[key] = body

    def save(self) -> None:
        """Write this build's new entries as one pack; when stale entries outnumber the live
        ones, or the packs are many, write the live entries as one pack instead of the old.
        A cache that cannot be written (a read-only checkout) only costs the next build time."""
        with contextlib.suppress(OSError):
            self._save()

    def _save(self) -> None:
        here = self._here
        if here is None or self.folder is None:
            return
        old = self.entries()
        live = {key: old[key] for key in sorted(self._used) if key in old}
        stale = len(old) - len(live)
        compact = (
            stale > len(live) + len(self._new) or len(self._packs) >= MAX_PACKS or self._refused
        )
        if compact:
            _write_pack(here, {**live, **self._new}, self.signer)
            for pack in self._packs:
                pack.unlink(missing_ok=True)
        elif self._new:
            _write_pack(here, self._new, self.signer)
        # Packs of other code versions can never be hit again, nor can the one-file-per-entry
        # folders ("ab/<key>.json") of the cache's first layout.
        for other in here.parent.iterdir() if here.parent.is_dir() else ():
            if other.is_dir() and other != here:
                shutil.rmtree(other, ignore_errors=True)
        for legacy in self.folder.iterdir() if self.folder.is_dir() else ():
            if legacy.is_dir() and _LEGACY.fullmatch(legacy.name):
                shutil.rmtree(legacy, ignore_errors=True)
        self._packs, self._entries, self._new = sorted(here.glob("*.jsonl")), None, {}
        self._refused = 0


def _write_pack(folder: Path, entries: dict[str, str], signer: Signer) -> None:
    if not entries:
        return
    data = "".join(f"{key}\t{body}\n" for key, body in sorted(entries.items())).encode("utf-8")
    head = b"%s %s %s\n" % (_PACK, signer.key_id.encode(), signer.sign(data).encode())
    folder.mkdir(parents=True, exist_ok=True)
    # Named by content: two builds that computed the same entries write the same pack.
    atomic_write(folder / f"{hashlib.sha256(head + data).hexdigest()[:24]}.jsonl", head + data)


# ---- entries: compact JSON arrays in the order of each record's fields -----------------------

_DCT = tuple(f.name for f in fields(Dct))
_TIMEX = tuple(f.name for f in fields(Timex))
_MENTION = tuple(f.name for f in fields(Mention))
_METADATA = tuple(f.name for f in fields(Metadata))


def encode(article: Article, parts: Parts) -> str:
    """One entry as JSON text (ASCII only: any string survives, even a lone surrogate)."""
    reading = [  # what `Reading` keeps of the article, in its order
        article.language,
        article.title,
        article.outlet,
        [getattr(article.metadata, n) for n in _METADATA],
        article.author,
        [[f.start, f.end, f.kind] for f in article.furniture],
        article.encoding,
    ]
    return json.dumps([reading, *parts_rows(parts)], separators=(",", ":"))


def decode(body: str) -> Entry | None:
    """The entry `encode` wrote, or None when it is damaged."""
    try:
        (language, title, outlet, meta, author, furniture, encoding), *parts = json.loads(body)
        reading = Reading(
            language,
            title,
            outlet,
            Metadata(**dict(zip(_METADATA, meta, strict=True))),
            author,
            tuple(Furniture(start, end, kind) for start, end, kind in furniture),
            encoding,
        )
        return reading, rows_parts(*parts)
    except (ValueError, KeyError, TypeError):
        return None


def parts_rows(parts: Parts) -> list[Any]:
    """What the analysis (or the corpus) gave one article, as JSON-ready rows."""
    dct, timexes, mentions = parts
    # A mention's expression is one of the article's: kept as its index (when it is).
    index: dict[Timex, int] = {}
    for i, t in enumerate(timexes):
        index.setdefault(t, i)
    return [
        [getattr(dct, n) for n in _DCT],
        [_timex_row(t) for t in timexes],
        [_mention_row(m, index) for m in mentions],
    ]


def rows_parts(dct: list[Any], timexes: list[Any], mentions: list[Any]) -> Parts:
    """The parts `parts_rows` made rows of (ValueError, KeyError or TypeError when damaged)."""
    found = tuple(map(_timex, timexes))
    return _dct(dct), found, tuple(_mention(row, found) for row in mentions)


def _dct(row: list[Any]) -> Dct:
    values = dict(zip(_DCT, row, strict=True))
    values["alternatives"] = tuple(values["alternatives"])  # JSON gives a list
    return Dct(**values)


def _timex_row(t: Timex) -> list[Any]:
    return [getattr(t, n) for n in _TIMEX]


def _mention_row(m: Mention, index: dict[Timex, int]) -> list[Any]:
    row = [getattr(m, n) for n in _MENTION]
    at = index.get(m.timex)
    row[_WHEN] = _timex_row(m.timex) if at is None else at
    return row


def fits(entry: Entry, length: int) -> bool:
    """Whether the offsets of `entry` lie in an article text of `length` characters, in order
    (an entry that passed its signature always does: this guards against a key's collision or
    a bug, before any offset is used)."""
    reading, (_, timexes, mentions) = entry
    spans = [(f.start, f.end) for f in reading.furniture]
    spans += [(t.start, t.end) for t in timexes]
    spans += [(m.start, m.end) for m in mentions]
    spans += [(m.timex.start, m.timex.end) for m in mentions]
    return all(type(a) is int and type(b) is int and 0 <= a <= b <= length for a, b in spans)


# Rows are read by position (the fields' order is part of the code fingerprint): a quarter of
# the time of a warm build went into building keyword arguments.
_FLAGS = _TIMEX.index("flags")
_WHEN, _ACTORS = _MENTION.index("timex"), _MENTION.index("actors")


def _timex(row: list[Any]) -> Timex:
    if len(row) != len(_TIMEX):
        raise ValueError("not a time expression")
    row[_FLAGS] = tuple(row[_FLAGS])
    return Timex(*row)


def _mention(row: list[Any], timexes: tuple[Timex, ...]) -> Mention:
    if len(row) != len(_MENTION):
        raise ValueError("not a mention")
    when = row[_WHEN]
    if isinstance(when, list):
        row[_WHEN] = _timex(when)
    elif type(when) is int and 0 <= when < len(timexes):
        row[_WHEN] = timexes[when]
    else:
        raise ValueError("not a time expression")
    row[_ACTORS] = tuple(row[_ACTORS])
    return Mention(*row)
