"""The key that signs a project's cache (see generator/core/signing.py), kept apart from it.

LINIMASA_CACHE_KEY, when set, is the key: a CI workflow that shares `.linimasa-cache/` between
runs sets it from a secret, so its runners trust one another's entries and a pull request from
a fork (which gets no secrets) cannot make entries they trust. Otherwise the key is
`.linimasa-key` in the project folder, made at random on first use, git-ignored and never in
the cache folder: a cache copied from anywhere else is recomputed, not trusted.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import tempfile
from pathlib import Path

from generator.core.signing import Signer

KEY_FILE = ".linimasa-key"
_KEY = re.compile(rb"[0-9a-f]{64}\n?")


def project_signer(root: Path) -> Signer:
    """The signer of the project at `root`: LINIMASA_CACHE_KEY, else its key file (made now if
    there is none). A key file that cannot be read or made gives a key of this process only:
    the cache then only saves time within one build."""
    given = os.environ.get("LINIMASA_CACHE_KEY")
    if given:
        return Signer.of(given)
    path = root / KEY_FILE
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | nofollow)
        try:
            data = os.read(fd, 66)
        finally:
            os.close(fd)
        if _KEY.fullmatch(data):
            return Signer(bytes.fromhex(data[:64].decode()))
        return Signer.ephemeral()  # (not a key this generator made: never overwritten)
    # Made whole, then linked into place: a build killed midway leaves no half-written key.
    secret = secrets.token_bytes(32)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-key-", dir=root)
    except OSError:
        return Signer.ephemeral()
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secret.hex().encode() + b"\n")
        os.link(tmp, path)
    except OSError:
        return Signer.ephemeral()
    finally:
        Path(tmp).unlink(missing_ok=True)
    return Signer(secret)
