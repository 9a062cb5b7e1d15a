"""The only place that writes generated files: the generator's own area, never anything else.

A build that changes nothing in an area leaves it untouched (so `mkdocs serve` settles instead
of looping). One that changes anything brings the area's spare up to date (writing what changed,
hard-linking what the area has and the spare lacks) and swaps the two whole (see
generator/publish/areas.py): a build killed at any point leaves the area wholly the old or
wholly the new one, and the cost is that of the changes, not of the area. Paths are checked so
nothing can be written outside the area, and nothing found in it is followed.

A file may be given as a `Lazy`: a key naming everything it is made from and a function that
makes it. With a record (a JSON file in the cache folder, signed: see
generator/core/signing.py) the writer remembers, per file of each of the two folders, the key
and a hash of the content it wrote and the file's stat afterwards: a lazy file whose key and
stat are unchanged is left alone without being made, and a made file whose hash matches the
record is not read back to be compared. A file the spare shares with the area (one inode) is
known to be the same without a look at it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.core.signing import Signer
from generator.publish.areas import (
    MARKER,
    MARKER_TEXT,
    Folder,
    UnsafeArea,
    atomic_write,
    claim_area,
    recover_area,
    spare_of,
    swap,
)

__all__ = [
    "MARKER",
    "MARKER_TEXT",
    "Content",
    "Lazy",
    "UnsafeArea",
    "WriteReport",
    "atomic_write",
    "claim_area",
    "made",
    "safe_relative",
    "utf8",
    "write_tree",
]

RECORD_VERSION = 3
# A plain relative path: segments of characters other than separators, none starting with a
# dot; anything else goes through the full check of `safe_relative`.
_PLAIN = re.compile(r"[^/\\.][^/\\]*(?:/[^/\\.][^/\\]*)*")


@dataclass(frozen=True, slots=True)
class Lazy:
    """A file made on demand. `key` hashes everything the content is made from; equal keys
    must mean equal content."""

    key: str
    make: Callable[[], str | bytes]


Content = str | bytes | Lazy


def made(content: Content) -> str | bytes:
    """The content itself, a lazy file made now."""
    return content.make() if isinstance(content, Lazy) else content


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    made: int = 0  # lazy files made (the others were known unchanged by their key)


def safe_relative(path: str) -> PurePosixPath:
    """`path` as a relative POSIX path that stays inside its folder, or raise UnsafeArea."""
    rel = PurePosixPath(path)
    if rel.is_absolute() or not rel.parts or any(p in ("", ".", "..") for p in rel.parts):
        raise UnsafeArea(f"generated path {path!r} would leave the generated area")
    if "\\" in path or any(p.startswith(".") for p in rel.parts):
        raise UnsafeArea(f"generated path {path!r} is not a plain relative path")
    return rel


def write_tree(
    root: Path,
    files: Mapping[str, Content],
    record: Path | None = None,
    signer: Signer | None = None,
) -> WriteReport:
    """Make the generated area `root` hold exactly `files` (relative path -> content).

    `record` is where the writer keeps what it wrote (see the module's docstring); without it
    every file is made and compared with what is on disk."""
    wanted = {_plain(p): c for p, c in files.items()}
    recover_area(root)
    claim_area(root)
    spare_root = spare_of(root)
    signer = signer or Signer.ephemeral()
    records = _read_record(record, root, signer) if record is not None else {}
    live = _Known(Folder.scan(root, with_stats=True), records)
    spare = _Known(Folder.scan(spare_root, with_stats=False), records)
    # The spare is made to hold `wanted` only: what else it holds goes first, so that no link
    # or stale file stands where a file or folder of the new area will be.
    for rel in spare.folder.others:
        spare.folder.remove(rel)
    for rel in [r for r in spare.folder.inodes if r not in wanted and r != MARKER]:
        spare.folder.remove(rel)
    spare.folder.prune()

    made_of: dict[str, tuple[str | None, str]] = {}  # rel -> (key, digest) of the new area
    linked: list[str] = []  # files of the area now shared with the spare (their ctime moved)
    written: list[str] = []
    unchanged = made = 0
    for rel in sorted(wanted, key=lambda p: p.split("/")):
        content = wanted[rel]
        key = content.key if isinstance(content, Lazy) else None
        digest = live.digest_of(rel, key) or spare.digest_of(rel, key)
        data: bytes | None = None
        if digest is None:
            if isinstance(content, Lazy):
                content = content.make()
                made += 1
            data = content if isinstance(content, bytes) else utf8(content)
            digest = hashlib.sha256(data).hexdigest()[:32]
        made_of[rel] = (key, digest)
        in_live = live.holds(rel, digest, data)
        if in_live:
            unchanged += 1
        else:
            written.append(rel)
        shared = rel in live.folder.inodes and (
            spare.folder.inodes.get(rel) == live.folder.inodes[rel]
        )
        if shared if in_live else spare.holds(rel, digest, data):
            continue
        if in_live:
            spare.folder.link(rel, live.folder.path(rel))
            linked.append(rel)
        else:
            spare.folder.put(rel, data if data is not None else _made(content))
    removed = sorted(
        {*(r for r in live.folder.inodes if r not in wanted and r != MARKER), *live.folder.others}
    )
    swapped = bool(written or removed)
    if swapped:
        swap(root, spare_root)
        live, spare = spare, live
        live.folder.root, spare.folder.root = root, spare_root
        for rel in spare.folder.others:  # a link found in the old area leaves with it
            spare.folder.remove(rel)
    if record is not None:
        for rel in linked:  # a new link moved the ctime of the file it shares
            for side in (live, spare):
                side.folder.stats.pop(rel, None)
        # A file the two folders share is one inode: what one side's stat told holds for both.
        for rel, stat in spare.folder.stats.items():
            if rel not in live.folder.stats and live.folder.inodes.get(rel) == stat[3]:
                live.folder.stats[rel] = stat
        folders = {
            _folder_id(root): live.entries(made_of),
            # Of the spare, only what it does not share with the area: the old area keeps what
            # was known of it; an unswapped spare now holds the new.
            _folder_id(spare_root): spare.entries({} if swapped else made_of, live.folder),
        }
        _write_record(record, root, folders, signer)
    return WriteReport(tuple(written), unchanged, tuple(removed), made)


def _made(content: Content) -> bytes:
    data = made(content)
    return data if isinstance(data, bytes) else utf8(data)


class _Known:
    """A folder of an area with what the record says of its files."""

    def __init__(self, folder: Folder, records: Mapping[str, dict[str, list[object]]]) -> None:
        self.folder = folder
        self.record = records.get(_folder_id(folder.root), {})

    def trusted(self, rel: str) -> list[object] | None:
        """The record's entry for `rel`, when the file is as the record saw it."""
        entry = self.record.get(rel)
        if entry is None or rel not in self.folder.inodes:
            return None
        return entry if entry[2:] == self.folder.stat(rel) else None

    def digest_of(self, rel: str, key: str | None) -> str | None:
        """The hash of `rel` here when the record knows it was made from `key`."""
        entry = self.trusted(rel) if key is not None else None
        return str(entry[1]) if entry is not None and entry[0] == key else None

    def holds(self, rel: str, digest: str, data: bytes | None) -> bool:
        """Whether `rel` here has the content hashed `digest` (whose bytes are `data`)."""
        if rel not in self.folder.inodes:
            return False
        entry = self.trusted(rel)
        if entry is not None:
            return entry[1] == digest
        stat = self.folder.stat(rel)
        if data is not None and stat is not None and stat[0] != len(data):
            return False
        held = Path(self.folder.path(rel)).read_bytes()
        return held == data if data is not None else _digest(held) == digest

    def entries(
        self, made_of: Mapping[str, tuple[str | None, str]], shares: Folder | None = None
    ) -> dict[str, list[object]]:
        """What the record keeps of this folder: the files of `made_of` (which it holds), or
        without them what the record knew of its files that are still as it saw them; files
        that are the same inode as in `shares` are left out (they are known through it)."""
        kept: dict[str, list[object]] = {}
        others = shares.inodes if shares is not None else {}
        for rel in made_of or self.folder.inodes:
            inode = self.folder.inodes.get(rel)
            if inode is None or others.get(rel) == inode:
                continue
            stat = self.folder.stat(rel)
            if made_of:
                key, digest = made_of[rel]
                kept[rel] = [key, digest, *(stat or ())]
            elif (entry := self.record.get(rel)) is not None and entry[2:] == stat:
                kept[rel] = entry
        return kept


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def _folder_id(root: Path) -> str:
    """What names a folder in the record: its inode (kept when it is renamed in a swap)."""
    try:
        return str(os.lstat(root).st_ino)
    except OSError:
        return ""


def _plain(path: str) -> str:
    """`path` checked by `safe_relative`, as "a/b" text (the fast way for plain paths)."""
    if _PLAIN.fullmatch(path):
        return path
    return "/".join(safe_relative(path).parts)


def utf8(text: str) -> bytes:
    """Generated text as the writer writes it. Everything that turns generated text into bytes
    (fragments, joined files) calls this, so text it cannot write fails the same way anywhere."""
    return text.encode("utf-8")


def _read_record(record: Path, root: Path, signer: Signer) -> dict[str, dict[str, list[object]]]:
    """The record of `root` and its spare, by folder; nothing when it is missing, damaged,
    altered (its signature fails: see generator/core/signing.py) or of another area."""
    try:
        head, _, body = record.read_bytes().partition(b"\n")
        if not signer.verify(head.decode("ascii"), body):
            return {}
        data = json.loads(body)
        if data["version"] != RECORD_VERSION or data["root"] != _area_name(record, root):
            return {}
        return {
            str(folder): {p: e for p, e in files.items() if isinstance(e, list) and len(e) == 6}
            for folder, files in data["folders"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _area_name(record: Path, root: Path) -> str:
    """The area a record is of, relative to the record: a project moved elsewhere whole keeps
    its records (its files keep their stats), and no absolute path is written."""
    return Path(os.path.relpath(root.resolve(), record.parent.resolve())).as_posix()


def _write_record(
    record: Path, root: Path, folders: Mapping[str, Mapping[str, list[object]]], signer: Signer
) -> None:
    """Keep the record for the next build. A cache folder that cannot be written (a read-only
    checkout, a file in its place) only costs the next build time: it makes and compares every
    file, as without a record."""
    data = {"version": RECORD_VERSION, "root": _area_name(record, root), "folders": folders}
    with contextlib.suppress(OSError):
        record.parent.mkdir(parents=True, exist_ok=True)
        body = utf8(json.dumps(data, separators=(",", ":")))
        atomic_write(record, signer.sign(body).encode() + b"\n" + body)
