"""The generator's fingerprint: a hash of its own files and of the libraries that shape its output.

Every cache (articles, merged timeline, page fragments) keys its entries with it, so a new
version of the code, a template, a message catalogue or a library invalidates them all.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent

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
