"""The corpus as JSON: the data contract of `linimasa extract` (schema/corpus.schema.json)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from generator import __version__
from generator.model import Corpus, DatedArticle, Event

SCHEMA_ID = "https://linimasa.example.org/schema/corpus-1.json"


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_ID,
        "generator": {"name": "linimasa", "version": __version__},
        "articles": [_article(d, corpus.titles.get(d.article.id, {})) for d in corpus.articles],
        "events": [_event(e) for e in corpus.events],
        "diagnostics": [
            {"level": d.level, "file": d.file, "line": d.line, "message": d.message}
            for d in corpus.diagnostics
        ],
    }


def dumps(data: Any) -> str:
    """Stable JSON text: sorted keys, UTF-8 kept, inert inside an HTML <script> block.

    JSON's own syntax never uses angle brackets, so every `<` and `>` is inside a string and
    may be written as a \\u escape: no `</script>` and no `<!--` can reach an HTML parser.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    for raw, escaped in _INERT:
        text = text.replace(raw, escaped)
    return text + "\n"


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
