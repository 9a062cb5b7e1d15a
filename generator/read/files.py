"""Reading an input file: only inside the project, only a regular file, only up to a size.

Every file Linimasa reads may come from a pull request. A symbolic link in `seeds/` or
`content/` may point anywhere on the machine (`/proc/self/environ`, `.git/config`, a CI
runner's secrets), and what the generator reads it publishes: so a file or folder that resolves
outside the project is refused, with a message. A link inside the project is followed. A named
pipe or a device is not a file to read (opening one can block for ever), and a file over its
kind's limit is refused before it is read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path


class Refused(Exception):
    """A file that is not read, and why (one line, for a message naming the file)."""


OUTSIDE = "is a link to a place outside the project; refused (copy the file into the project)"


def inside(path: Path, root: Path | None) -> bool:
    """Whether `path`, its links resolved, lies in the project `root` (None: anywhere)."""
    if root is None:
        return True
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def size_words(size: int) -> str:
    """A file size the way messages give it."""
    if size >= 1 << 20:
        return f"{size / (1 << 20):.1f} MiB"
    return f"{max(1, size // 1024)} KiB" if size >= 1024 else f"{size} bytes"


def read_bounded(path: Path, limit: int, root: Path | None = None) -> bytes:
    """The bytes of the regular file `path`, or raise `Refused` (a link out of `root`, not a
    regular file, more than `limit` bytes); an `OSError` when it cannot be read."""
    if not inside(path, root):
        raise Refused(OUTSIDE)
    # O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused just below).
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused("is not a regular file; refused")
        if info.st_size > limit:
            raise Refused(f"is {size_words(info.st_size)}; the limit is {size_words(limit)}")
        chunks: list[bytes] = []
        left = limit + 1  # a file whose size the system does not tell (as in /proc) is read
        while left > 0:  # only up to its limit
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise Refused(f"is over the limit of {size_words(limit)}")
    return data


# Folders nested deeper than this under a folder of pages are not read (a path of thousands of
# nested folders is no site's structure, and would exhaust recursion elsewhere).
MAX_DEPTH = 24


def walk(folder: Path, root: Path | None) -> Iterator[tuple[str, Path | None]]:
    """Every file under `folder` as (its path relative to `folder`, the path to read): links
    inside the project are followed (each folder once), and a file or folder that resolves
    outside it, or lies deeper than MAX_DEPTH folders, comes with None (to be refused by name).
    Names in sorted order; hidden ones (".name") are left out."""
    if not folder.is_dir():
        return
    if not inside(folder, root):
        yield "", None
        return
    seen: set[str] = {os.path.realpath(folder)}

    def listing(here: Path, prefix: str) -> Iterator[tuple[os.DirEntry[str], str]]:
        with os.scandir(here) as entries:
            found = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
        return ((entry, prefix + entry.name) for entry in found)

    # Depth first in name order, with a stack of listings rather than recursion.
    stack = [listing(folder, "")]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
            continue
        entry, name = item
        path = Path(entry.path)
        if entry.is_symlink() and not inside(path, root):
            yield name, None
        elif entry.is_dir():
            real = os.path.realpath(path)
            if name.count("/") >= MAX_DEPTH:
                yield name, None
            elif real not in seen:
                seen.add(real)
                stack.append(listing(path, name + "/"))
        elif entry.is_file():
            yield name, path
