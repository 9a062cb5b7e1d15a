"""The last build's merged timeline, kept so that a build whose merge input is unchanged skips
the merge (at 10,000 articles the merge is the costliest step of a rebuild).

The merge reads only the mentions. An article's mentions follow from its analysis cache key
(the file as read and the generator's code, see generator/cache.py), or, for an article the
corpus dated (generator/events/anchor.py), from that key and the date it was given. `input_key`
hashes these in corpus order, so it names the merge's input exactly: an editorial correction,
a translation or a hand-written page leaves it as it was, and an edited article changes it.

One file holds one timeline: the key on its first line, then the events as JSON (never pickle:
a cache folder must not be able to run code), signed (generator/core/signing.py) with a key
that is not in the cache folder. A source is kept as the position of its mention in the
merge's input and made again from it. A file that is missing, damaged, altered, signed
elsewhere or for another input is ignored (the merge runs), and a folder that cannot be
written costs only time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any

from generator.core.fingerprint import code_fingerprint
from generator.core.model import DateVariant, Event, Mention
from generator.core.signing import Signer
from generator.events.merge import as_source
from generator.publish.write import atomic_write

_HEADER = "linimasa-timeline 2"


def input_key(articles: Iterable[tuple[str, str]]) -> str:
    """The key of a merge input: per article in corpus order, its analysis cache key and what
    the corpus added to its dating ("" when nothing)."""
    digest = hashlib.sha256(f"{_HEADER}\0{code_fingerprint()}".encode())
    for key, added in articles:
        for part in (key, added):
            data = part.encode("utf-8", "surrogatepass")
            digest.update(b"\x1f%d\x1f" % len(data) + data)
    return digest.hexdigest()


def load(
    path: Path,
    key: str,
    mentions: Sequence[Mention],
    signer: Signer | None = None,
    notes: list[str] | None = None,
) -> tuple[Event, ...] | None:
    """The timeline kept in `path` for the input `key` (whose mentions are `mentions`), or
    None; a file whose signature fails adds a line to `notes`."""
    signer = signer or Signer.ephemeral()
    try:
        with path.open("rb") as handle:
            head = handle.readline().rstrip(b"\n").decode("ascii").split(" ")
            if head[:-1] != [*_HEADER.split(" "), signer.key_id, key]:
                return None  # another input or key: the rest is not read
            body = handle.read()
        if not signer.verify(head[-1], key.encode(), body):
            if notes is not None:
                notes.append("the kept timeline was damaged or altered; merged again")
            return None
        rows = json.loads(body)
        quote_ids: dict[str, str] = {}
        return tuple(_event(row, mentions, quote_ids) for row in rows)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError):
        return None


def save(
    path: Path,
    key: str,
    mentions: Sequence[Mention],
    events: Sequence[Event],
    signer: Signer | None = None,
) -> None:
    """Keep `events`, merged from `mentions` (the input `key`), in `path`."""
    signer = signer or Signer.ephemeral()
    try:
        sources = source_positions(events, mentions)
    except KeyError:  # a source with no mention of its own (never from the merge): keep nothing
        return
    rows = [_row(e, positions) for e, positions in zip(events, sources, strict=True)]
    body = (json.dumps(rows, separators=(",", ":")) + "\n").encode()
    head = f"{_HEADER} {signer.key_id} {key} {signer.sign(key.encode(), body)}\n".encode()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, head + body)


def source_positions(events: Sequence[Event], mentions: Sequence[Mention]) -> list[list[int]]:
    """For each event, the position in `mentions` of the mention each of its sources was made
    from; a KeyError for a source made from none of them."""
    at = {_mention_place(m): i for i, m in enumerate(mentions)}
    return [list(map(at.__getitem__, map(_SOURCE_PLACE, e.sources))) for e in events]


def _mention_place(m: Mention) -> tuple[str, int, int, int, str]:
    # What a source keeps of its mention that tells it apart (two mentions equal in all of it
    # make equal sources).
    return (m.article, m.start, m.timex.start, m.timex.end, m.date)


# The same of a source (a tuple made in C: a timeline has tens of thousands of sources).
_SOURCE_PLACE = attrgetter("article", "start", "timex_start", "timex_end", "date")


def _row(e: Event, sources: list[int]) -> list[Any]:
    variants = [[v.date, list(v.articles)] for v in e.variants]
    return [e.id, e.date, e.status, e.title, e.summary, sources, list(e.actors), variants,
            e.part, e.key, e.outlets]  # fmt: skip


def _event(row: list[Any], mentions: Sequence[Mention], quote_ids: dict[str, str]) -> Event:
    ident, date, status, title, summary, sources, actors, variants, part, key, outlets = row
    if not all(isinstance(x, str) for x in (ident, date, status)) or not (
        part is None or isinstance(part, str)
    ):
        raise ValueError("not an event")
    if not all(type(i) is int and 0 <= i < len(mentions) for i in sources):
        raise ValueError("not a source")
    return Event(
        id=ident,
        date=date,
        status=status,
        title=_texts(title),
        summary=_texts(summary),
        sources=tuple(as_source(mentions[i], quote_ids) for i in sources),
        actors=tuple(map(str, actors)),
        variants=tuple(DateVariant(str(d), tuple(map(str, a))) for d, a in variants),
        part=part,
        key=bool(key),
        outlets=int(outlets),
    )


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ValueError("not texts by language")
    return {str(k): str(v) for k, v in value.items()}
