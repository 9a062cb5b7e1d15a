"""Links between generated pages, relative, for MkDocs' directory URLs (events/<id>/)."""

from __future__ import annotations

import posixpath
from urllib.parse import quote

# ---- links -----------------------------------------------------------------------------------


def url_of(path: str) -> str:
    """The site-relative URL MkDocs gives a docs file with use_directory_urls: "events/x/"."""
    stem = path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        stem = stem.removesuffix("index")
        return stem
    return stem + "/"


def href(from_path: str, to_path: str, fragment: str = "") -> str:
    """A link from docs file `from_path` to docs file `to_path`, relative, URL-quoted."""
    here = url_of(from_path).rstrip("/") or "."
    there = url_of(to_path)
    rel = _relpath(there.rstrip("/") or ".", here)
    rel = "./" if rel == "." else rel + "/"
    link = quote(rel, safe="/.-_~")
    return f"{link}#{quote(fragment, safe='-_.~')}" if fragment else link


def file_href(from_path: str, to_file: str) -> str:
    """A link from docs page `from_path` to a static file (data/events.csv), relative."""
    here = url_of(from_path).rstrip("/") or "."
    return quote(_relpath(to_file, here), safe="/.-_~")


def _relpath(path: str, start: str) -> str:
    """`posixpath.relpath(path, start)` for two docs-relative paths, without asking the OS for
    the working directory (a system call per link, and pages hold many links).

    Both paths hang off the same folder, so the folder's own parts are a common prefix that
    cancels out; only a path that climbs above it (or an absolute one) needs the real thing."""
    a, b = posixpath.normpath(path), posixpath.normpath(start)
    if not path or not start or a[:1] == "/" or b[:1] == "/" or _climbs(a) or _climbs(b):
        return posixpath.relpath(path, start)
    to = [] if a == "." else a.split("/")
    here = [] if b == "." else b.split("/")
    common = 0
    for x, y in zip(to, here, strict=False):
        if x != y:
            break
        common += 1
    parts = [".."] * (len(here) - common) + to[common:]
    return "/".join(parts) if parts else "."


def _climbs(normal: str) -> bool:
    return normal == ".." or normal.startswith("../")
