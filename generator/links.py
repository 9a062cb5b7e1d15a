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
    rel = posixpath.relpath(there.rstrip("/") or ".", here)
    rel = "./" if rel == "." else rel + "/"
    link = quote(rel, safe="/.-_~")
    return f"{link}#{quote(fragment, safe='-_.~')}" if fragment else link


def file_href(from_path: str, to_file: str) -> str:
    """A link from docs page `from_path` to a static file (data/events.csv), relative."""
    here = url_of(from_path).rstrip("/") or "."
    return quote(posixpath.relpath(to_file, here), safe="/.-_~")
