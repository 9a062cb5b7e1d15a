"""The corpus as JSON: the data contract of `linimasa extract` (schema/corpus.schema.json).

Large JSON files are also assembled from parts encoded on their own (`encode`, `join_list`,
`join_object`), byte for byte what `dumps` writes for the whole: a rebuild then re-encodes
only the articles and events that changed and takes the rest from generator/publish/pagecache.py.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from generator import __version__
from generator.core.model import Corpus, DatedArticle, Diagnostic, Event
from generator.publish.pagecache import Digests, Fragments
from generator.publish.write import utf8

SCHEMA_ID = "https://linimasa.example.org/schema/corpus-1.json"


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_ID,
        "generator": {"name": "linimasa", "version": __version__},
        "articles": [_article(d, corpus.titles.get(d.article.id, {})) for d in corpus.articles],
        "events": [_event(e) for e in corpus.events],
        "diagnostics": [_diagnostic_dict(d) for d in published_diagnostics(corpus)],
    }


def published_diagnostics(corpus: Corpus) -> list[Diagnostic]:
    """What the data tells of the corpus' problems: not an editor's entries that match nothing
    in it (another story's corrections are no fact of this one; `linimasa check` lists them)."""
    return [d for d in corpus.diagnostics if not d.stale]


def corpus_json(corpus: Corpus, fragments: Fragments, digests: Digests) -> str:
    """`dumps(corpus_to_dict(corpus))`, with each article and event encoded once per content."""
    return corpus_data(corpus, fragments, digests).decode("utf-8")


def corpus_data(corpus: Corpus, fragments: Fragments, digests: Digests) -> bytes:
    """`corpus_json` as the UTF-8 the writer writes, joined from fragments kept as bytes under
    the keys of `digests` (render.index_site's)."""
    articles = [
        fragments.text(
            digest + ".corpus.json",  # a digest already names its record and the code
            lambda d=d: encode(_article(d, corpus.titles.get(d.article.id, {})), 2),
        )
        for d, digest in zip(corpus.articles, digests.articles, strict=True)
    ]
    events = [
        fragments.text(digest + ".corpus.json", lambda e=e: encode(_event(e), 2))
        for e, digest in zip(corpus.events, digests.events, strict=True)
    ]
    shell = corpus_to_dict(Corpus(articles=(), events=(), diagnostics=()))
    members = {name: utf8(encode(value, 1)) for name, value in shell.items()}
    diagnostics = _inert(join_list([_diagnostic(d) for d in published_diagnostics(corpus)], 1))
    members["diagnostics"] = utf8(diagnostics)
    members["articles"] = join_list_data(articles, 1)
    members["events"] = join_list_data(events, 1)
    return join_object_data(members, 0) + b"\n"


def dumps(data: Any) -> str:
    """Stable JSON text: sorted keys, UTF-8 kept, inert inside an HTML <script> block.

    JSON's own syntax never uses angle brackets, so every `<` and `>` is inside a string and
    may be written as a \\u escape: no `</script>` and no `<!--` can reach an HTML parser.
    """
    return encode(data) + "\n"


def encode(data: Any, level: int = 0) -> str:
    """`data` as `dumps` writes it nested `level` deep (one space of indent per level), without
    the final newline. Every newline of the text is indentation: strings escape their own."""
    if isinstance(data, dict | list | tuple):
        text = _encode(data, level)
    else:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    return _inert(text)


def _inert(text: str) -> str:
    for raw, escaped in _INERT:
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def _diagnostic(d: Diagnostic) -> str:
    """`_encode` of a diagnostic's dict two levels deep, written directly: a corpus can hold
    many, and the generic encoder walks each one member by member."""
    line = d.line
    if not (type(d.level) is type(d.file) is type(d.message) is str) or not (
        line is None or type(line) is int
    ):
        return _encode(_diagnostic_dict(d), 2)
    number = "null" if line is None else int.__repr__(line)
    return (
        f'{{\n   "file": {_string(d.file)},\n   "level": {_string(d.level)},'
        f'\n   "line": {number},\n   "message": {_string(d.message)}\n  }}'
    )


def _diagnostic_dict(d: Diagnostic) -> dict[str, Any]:
    return {"level": d.level, "file": d.file, "line": d.line, "message": d.message}


# `json.dumps(indent=...)` runs the pure-Python encoder; this writes the same text for the
# plain data used here (str keys; str, int, float, bool, None leaves) with C-encoded strings,
# and hands anything else to json.
_string = json.encoder.encode_basestring  # what json writes for str with ensure_ascii=False


def _encode(value: Any, level: int) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is int:
        return int.__repr__(value)
    if type(value) is float and value == value and abs(value) != float("inf"):
        return float.__repr__(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        if not all(isinstance(k, str) for k in value):
            return _json_at(value, level)
        inner = "\n" + " " * (level + 1)
        members = [
            f"{_string(k)}: {_encode(v, level + 1)}" for k, v in sorted(value.items(), key=_first)
        ]
        return "{" + inner + ("," + inner).join(members) + "\n" + " " * level + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = "\n" + " " * (level + 1)
        items = [_encode(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"
    return _json_at(value, level)


def _first(item: tuple[str, Any]) -> str:
    return item[0]


def _json_at(value: Any, level: int) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)
    return text.replace("\n", "\n" + " " * level) if level else text


def join_list(items: Sequence[str], level: int) -> str:
    """The JSON list, `level` deep, of items already encoded one level deeper."""
    if not items:
        return "[]"
    inner = "\n" + " " * (level + 1)
    return "[" + inner + ("," + inner).join(items) + "\n" + " " * level + "]"


def join_object(members: Mapping[str, str], level: int) -> str:
    """The JSON object, `level` deep, of member values already encoded one level deeper; keys
    sorted as `dumps` sorts them."""
    if not members:
        return "{}"
    inner = "\n" + " " * (level + 1)
    parts = [f"{encode(name)}: {value}" for name, value in sorted(members.items())]
    return "{" + inner + ("," + inner).join(parts) + "\n" + " " * level + "}"


def join_list_data(items: Sequence[bytes], level: int) -> bytes:
    """`join_list` of items kept as UTF-8 bytes."""
    if not items:
        return b"[]"
    inner = b"\n" + b" " * (level + 1)
    return b"[" + inner + (b"," + inner).join(items) + b"\n" + b" " * level + b"]"


def join_object_data(members: Mapping[str, bytes], level: int) -> bytes:
    """`join_object` of member values kept as UTF-8 bytes."""
    if not members:
        return b"{}"
    inner = b"\n" + b" " * (level + 1)
    parts = [utf8(encode(name)) + b": " + value for name, value in sorted(members.items())]
    return b"{" + inner + (b"," + inner).join(parts) + b"\n" + b" " * level + b"}"


_INERT = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def _article(dated: DatedArticle, titles: dict[str, str]) -> dict[str, Any]:
    a = dated.article
    return {
        "id": a.id,
        "file": a.file,
        "title": a.title,
        "title_translations": dict(sorted(titles.items())),
        "outlet": a.outlet,
        "author": a.author,
        "url": a.metadata.url,
        "language": a.language,
        "encoding": a.encoding,
        "dct": dated.dct.value,
        "dct_source": dated.dct.source,
        "dct_evidence": dated.dct.evidence,
        "dct_confidence": round(dated.dct.confidence, 3),
        "dct_upper_bound": dated.dct.upper_bound,
        "furniture": [{"start": f.start, "end": f.end, "kind": f.kind} for f in a.furniture],
        "timexes": [
            {
                "text": t.text,
                "start": t.start,
                "end": t.end,
                "type": t.type,
                "value": t.value,
                "part": t.part,
                "anchor": t.anchor,
                "flags": list(t.flags),
            }
            for t in dated.timexes
        ],
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "date": event.date,
        "part": event.part,
        "status": event.status,
        "title": dict(event.title),
        "summary": dict(event.summary),
        "translation": dict(event.translation),
        "actors": list(event.actors),
        "key": event.key,
        "outlets": event.outlets,
        "variants": [asdict(v) | {"articles": list(v.articles)} for v in event.variants],
        "sources": [
            {
                "article": s.article,
                "quote": s.quote,
                "start": s.start,
                "end": s.end,
                "timex": {"text": s.timex_text, "start": s.timex_start, "end": s.timex_end},
                "date": s.date,
                "quote_id": s.quote_id,
                "language": s.language,
                "translations": dict(s.translations),
            }
            for s in event.sources
        ],
    }
