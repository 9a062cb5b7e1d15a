"""A content-addressed cache of the per-article stages, so an unchanged article is never redone.

The key is a hash of the article (name, text, metadata, the DCT it was dated with) and of the
generator's own source code, so editing either invalidates exactly what depends on it. Entries are
JSON (never pickle: a cache folder must not be able to run code) written atomically.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.model import Article, Dct, Mention, Timex
from generator.write import atomic_write

PACKAGE = Path(__file__).resolve().parent


# Libraries whose behaviour shapes what the generator outputs: dates (dateparser), decoding,
# templates and escaping, CLDR data, YAML.
LIBRARIES = ("dateparser", "charset-normalizer", "jinja2", "markupsafe", "babel", "pyyaml")


@cache
def code_fingerprint() -> str:
    """Hash of every file of the generator (code, templates, messages, schema) and of the versions
    of the libraries it relies on: a new version of any of them invalidates every cache entry."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}=={version}\0".encode())
    return digest.hexdigest()


def article_key(article: Article, dct: Dct | None = None) -> str:
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in (article.file, article.text, repr(article.metadata), repr(dct)):
        digest.update(b"\x1f" + part.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class Cache:
    """Entries in `folder` (created on first write); `None` disables caching."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path | None:
        return None if self.folder is None else self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[Dct, tuple[Timex, ...], tuple[Mention, ...]] | None:
        path = self._path(key)
        if path is None or not path.is_file():
            self.misses += 1
            return None
        try:
            data = json.loads(path.read_text("utf-8"))
            entry = (
                _dct(data["dct"]),
                tuple(_timex(t) for t in data["timexes"]),
                tuple(_mention(m) for m in data["mentions"]),
            )
        except (ValueError, KeyError, TypeError):
            self.misses += 1  # a damaged entry is recomputed, never trusted
            return None
        self.hits += 1
        return entry

    def put(
        self, key: str, dct: Dct, timexes: tuple[Timex, ...], mentions: tuple[Mention, ...]
    ) -> None:
        path = self._path(key)
        if path is None:
            return
        data = {
            "dct": asdict(dct),
            "timexes": [asdict(t) for t in timexes],
            "mentions": [asdict(m) for m in mentions],
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _dct(d: dict[str, Any]) -> Dct:
    return Dct(**d)


def _timex(d: dict[str, Any]) -> Timex:
    return Timex(**{**d, "flags": tuple(d.get("flags", ()))})


def _mention(d: dict[str, Any]) -> Mention:
    return Mention(**{**d, "timex": _timex(d["timex"]), "actors": tuple(d.get("actors", ()))})
