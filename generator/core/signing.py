"""Signatures of cache entries: what makes the cache an optimisation and never an input.

Everything kept in `.linimasa-cache/` (article analyses, the merged timeline, rendered
fragments, the writer's records) is signed with a key that is not in that folder (see
generator/cachekey.py). A build uses only what verifies: an entry edited by hand, damaged on
disk or restored from a shared store by someone without the key is recomputed, never
published. The signature is an HMAC-SHA256 (the standard library's `hmac`), cut to 128 bits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Signer:
    """Signs and checks cache entries with one secret key."""

    secret: bytes = field(repr=False)

    @classmethod
    def ephemeral(cls) -> Signer:
        """A key of this process only: what it signs verifies nowhere else (a cache without a
        project, as in tests and benchmarks, still works within one process)."""
        return _EPHEMERAL

    @classmethod
    def of(cls, text: str) -> Signer:
        """The signer of a key given as text (a CI secret)."""
        return cls(hashlib.sha256(b"linimasa cache key\0" + text.encode("utf-8")).digest())

    @property
    def key_id(self) -> str:
        """A public name of the key: tells entries of another key from damaged ones."""
        return hashlib.sha256(b"linimasa key id\0" + self.secret).hexdigest()[:16]

    def sign(self, *parts: bytes) -> str:
        mac = hmac.new(self.secret, digestmod=hashlib.sha256)
        for part in parts:
            mac.update(b"%d\x1f" % len(part))
            mac.update(part)
        return mac.hexdigest()[:32]

    def verify(self, signature: object, *parts: bytes) -> bool:
        if not isinstance(signature, str) or not signature.isascii():
            return False
        return hmac.compare_digest(signature, self.sign(*parts))


_EPHEMERAL = Signer(secrets.token_bytes(32))
