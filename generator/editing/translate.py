"""Translate event titles, summaries and quotes through an editor-curated translation memory.

The memory is one YAML file per target language in `content/translations/` (`en.yaml` holds
English for Indonesian sources, `id.yaml` Indonesian for English ones). Entries key on stable
ids — event ids for titles and summaries, quote ids for quoted sentences — and record a hash of
the source text they translate, so an entry whose source changed is reported as stale instead of
silently shown. An optional machine backend fills gaps as drafts; nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import yaml

from generator.core.model import LANGS, Article, Diagnostic, Event, Source
from generator.editing.yamlnodes import NO_CHARACTER, no_character_line
from generator.read.files import Refused, read_bounded
from generator.read.yamlsafe import YamlProblem, compose, construct

# Bounds of a translation memory: a full memory of 10,000 articles is about 25 MB; a
# translated title, summary or quote is at most a paragraph.
MAX_BYTES = 64 * 1024 * 1024
MAX_NODES = 4_000_000
MAX_TEXT = 5000
_FIELDS = ("title", "summary", "text")


class Backend(Protocol):
    """A machine translation engine; its output is a draft until an editor accepts it."""

    name: str

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Entry:
    text: dict[str, str]  # field -> translation ("title", "summary" or "text")
    source_hash: str | None
    line: int | None
    machine: bool = False


@dataclass(frozen=True, slots=True)
class Memory:
    """Translations into one language, keyed by event id and by quote id."""

    lang: str
    file: str
    events: dict[str, Entry] = field(default_factory=dict)
    quotes: dict[str, Entry] = field(default_factory=dict)
    articles: dict[str, Entry] = field(default_factory=dict)  # headlines, by article id


def text_hash(*parts: str) -> str:
    """Short stable hash of source text, stored beside a translation to detect staleness."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def load_memory(path: Path, lang: str, root: Path | None = None) -> tuple[Memory, list[Diagnostic]]:
    """Read `path` (missing file = empty memory); problems become diagnostics, never raise.
    With a project `root`, a file that is a link out of it is refused."""
    file = str(path)
    if not path.is_file():
        return Memory(lang, file), []
    try:
        data = compose(read_bounded(path, MAX_BYTES, root).decode("utf-8"), max_nodes=MAX_NODES)
    except YamlProblem as err:
        return Memory(lang, file), [
            Diagnostic("error", file, f"unreadable translation memory: {err.message}", err.line)
        ]
    except Refused as err:
        return Memory(lang, file), [Diagnostic("error", file, f"the translation memory {err}")]
    except OSError as err:
        return Memory(lang, file), [
            Diagnostic("error", file, f"cannot read translation memory: {err.strerror}")
        ]
    except UnicodeDecodeError:
        return Memory(lang, file), [
            Diagnostic("error", file, "the translation memory is not UTF-8 text")
        ]
    if data is None:
        return Memory(lang, file), []
    if (line := no_character_line(data)) is not None:
        return Memory(lang, file), [Diagnostic("error", file, NO_CHARACTER, line)]
    problems: list[Diagnostic] = []
    sections: dict[str, dict[str, Entry]] = {"events": {}, "quotes": {}, "articles": {}}
    if not isinstance(data, yaml.MappingNode):
        return Memory(lang, file), [
            Diagnostic("error", file, "expected a mapping with 'events' and 'quotes'", 1)
        ]
    for key_node, value_node in data.value:
        section = key_node.value
        if section not in sections:
            problems.append(
                Diagnostic(
                    "warning", file, f"unknown section '{section}'", key_node.start_mark.line + 1
                )
            )
            continue
        if not isinstance(value_node, yaml.MappingNode):
            continue
        for id_node, entry_node in value_node.value:
            line = id_node.start_mark.line + 1
            try:
                entry = construct(entry_node)
            except YamlProblem as err:
                problems.append(
                    Diagnostic("error", file, f"entry '{id_node.value}': {err.message}", err.line)
                )
                continue
            if not isinstance(entry, dict):
                problems.append(
                    Diagnostic("error", file, f"entry '{id_node.value}' must be a mapping", line)
                )
                continue
            problem = _entry_problem(entry)
            if problem:
                problems.append(
                    Diagnostic("error", file, f"entry '{id_node.value}': {problem}", line)
                )
                continue
            texts = {k: str(v) for k, v in entry.items() if k in _FIELDS and v}
            sections[section][str(id_node.value)] = Entry(
                text=texts,
                source_hash=str(entry["source"]) if entry.get("source") is not None else None,
                line=line,
                machine=bool(entry.get("machine", False)),
            )
    return (
        Memory(lang, file, sections["events"], sections["quotes"], sections["articles"]),
        problems,
    )


def _entry_problem(entry: dict[Any, Any]) -> str | None:
    """What is wrong with the fields of a memory entry, if anything."""
    for name in _FIELDS:
        value = entry.get(name)
        if isinstance(value, list | dict):
            return f"'{name}' must be text"
        if value is not None and len(str(value)) > MAX_TEXT:
            return f"'{name}' is {len(str(value)):,} characters long; at most {MAX_TEXT:,}"
    source = entry.get("source")
    if isinstance(source, list | dict) or len(str(source)) > 200:
        return "'source' must be the hash of the text translated"
    return None


def event_source_text(event: Event, lang: str) -> tuple[str, str]:
    return event.title.get(lang, ""), event.summary.get(lang, "")


def translate_events(
    events: Sequence[Event],
    memories: Mapping[str, Memory],
    backend: Backend | None = None,
) -> tuple[tuple[Event, ...], list[Diagnostic]]:
    """Fill every event's title, summary and quotes in every site language.

    Per language the event records where its text came from: "original" (the source language),
    "memory" (an editor's translation), "machine" (a backend draft) or "missing" (the page then
    shows the original with a "not yet translated" mark).
    """
    problems: list[Diagnostic] = []
    used: dict[str, set[str]] = {lang: set() for lang in memories}
    out: list[Event] = []
    for event in events:
        src_lang = next(iter(event.title), "id")
        title, summary = dict(event.title), dict(event.summary)
        status = {src_lang: "original"}
        for lang in LANGS:
            if lang == src_lang:
                continue
            memory = memories.get(lang)
            entry = memory.events.get(event.id) if memory else None
            expected = text_hash(*event_source_text(event, src_lang))
            if entry and memory:
                used[lang].add(f"events:{event.id}")
                if entry.source_hash and entry.source_hash != expected:
                    problems.append(
                        Diagnostic(
                            "warning",
                            memory.file,
                            f"stale translation of event '{event.id}': its source text changed "
                            f"(source hash now {expected}); review and update 'source'",
                            entry.line,
                        )
                    )
                if "title" in entry.text:
                    title[lang] = entry.text["title"]
                    summary[lang] = entry.text.get("summary", entry.text["title"])
                    status[lang] = "machine" if entry.machine else "memory"
                    continue
            if backend is not None:
                title[lang], summary[lang] = backend.translate(
                    [event.title[src_lang], event.summary.get(src_lang, "")], src_lang, lang
                )
                status[lang] = "machine"
            else:
                status[lang] = "missing"
        sources = tuple(
            _translate_quote(s, memories, used, backend, problems) for s in event.sources
        )
        out.append(
            replace(event, title=title, summary=summary, translation=status, sources=sources)
        )
    return tuple(out), problems


def _translate_quote(
    source: Source,
    memories: Mapping[str, Memory],
    used: dict[str, set[str]],
    backend: Backend | None,
    problems: list[Diagnostic],
) -> Source:
    translations = dict(source.translations)
    machine = set(source.machine)
    for lang in LANGS:
        if lang == source.language or not source.quote_id:
            continue
        memory = memories.get(lang)
        entry = memory.quotes.get(source.quote_id) if memory else None
        if memory and entry and "text" in entry.text:
            used[lang].add(f"quotes:{source.quote_id}")
            if entry.source_hash and entry.source_hash != text_hash(source.quote):
                problems.append(
                    Diagnostic(
                        "warning",
                        memory.file,
                        f"stale translation of quote '{source.quote_id}'",
                        entry.line,
                    )
                )
            translations[lang] = entry.text["text"]
            if entry.machine:
                machine.add(lang)
        elif backend is not None:
            translations[lang] = backend.translate([source.quote], source.language, lang)[0]
            machine.add(lang)
    kept = tuple(sorted(machine))
    if translations == source.translations and kept == source.machine:
        return source  # nothing to add (the usual case in a large corpus): no copy
    return replace(source, translations=translations, machine=kept)


def translate_titles(
    articles: Sequence[Article], memories: Mapping[str, Memory]
) -> tuple[dict[str, dict[str, str]], list[Diagnostic]]:
    """Article headlines in every other site language the memory has, stale ones reported."""
    titles: dict[str, dict[str, str]] = {}
    problems: list[Diagnostic] = []
    for article in articles:
        for lang, memory in sorted(memories.items()):
            entry = memory.articles.get(article.id)
            if lang == article.language or entry is None or "title" not in entry.text:
                continue
            if entry.source_hash and entry.source_hash != text_hash(article.title):
                problems.append(
                    Diagnostic(
                        "warning",
                        memory.file,
                        f"stale translation of the title of article '{article.id}': "
                        "its headline changed; review and update 'source'",
                        entry.line,
                    )
                )
            titles.setdefault(article.id, {})[lang] = entry.text["title"]
    return titles, problems


def missing_titles(
    articles: Sequence[Article],
    titles: Mapping[str, Mapping[str, str]],
    memories: Mapping[str, Memory],
) -> list[Diagnostic]:
    """Headlines an editor still has to translate."""
    return [
        Diagnostic(
            "warning", memory.file, f"the title of article '{a.id}' has no {lang} translation"
        )
        for lang, memory in sorted(memories.items())
        for a in articles
        if a.language in LANGS and a.language != lang and lang not in titles.get(a.id, {})
    ]


def unmatched_entries(
    memories: Mapping[str, Memory], events: Sequence[Event], articles: Sequence[Article]
) -> list[Diagnostic]:
    """Memory entries for an event, quote or article this corpus does not have (another
    story's, or one an edit merged away or hid), each marked stale."""
    known = {
        "events": {e.id for e in events},
        "quotes": {s.quote_id for e in events for s in e.sources if s.quote_id},
        "articles": {a.id for a in articles},
    }
    nouns = {"events": "event", "quotes": "quote", "articles": "article"}
    problems: list[Diagnostic] = []
    for _, memory in sorted(memories.items()):
        for section, noun in nouns.items():
            for ident, entry in getattr(memory, section).items():
                if ident not in known[section]:
                    problems.append(
                        Diagnostic(
                            "warning",
                            memory.file,
                            f"translation of {noun} '{ident}' matches no {noun}; update or "
                            "remove it",
                            entry.line,
                            stale=True,
                        )
                    )
    return problems


def missing_translations(
    events: Sequence[Event], memories: Mapping[str, Memory]
) -> list[Diagnostic]:
    """What an editor still has to translate: events and quotes without memory entries."""
    problems: list[Diagnostic] = []
    for lang, memory in sorted(memories.items()):
        for event in events:
            if event.translation.get(lang) == "missing":
                problems.append(
                    Diagnostic(
                        "warning", memory.file, f"event '{event.id}' has no {lang} translation"
                    )
                )
            for source in event.sources:
                if source.language != lang and source.quote_id and lang not in source.translations:
                    problems.append(
                        Diagnostic(
                            "warning",
                            memory.file,
                            f"quote '{source.quote_id}' of event '{event.id}' has no {lang} translation",
                        )
                    )
    return problems


def stub_entries(
    events: Sequence[Event],
    lang: str,
    articles: Sequence[Article] = (),
    titles: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """Skeleton memory entries (with source hashes) for what lacks a reviewed `lang` text.

    Machine drafts come prefilled and marked `machine: true`; an editor accepts one by
    reviewing it and removing that mark.
    """
    stubs: dict[str, Any] = {"events": {}, "quotes": {}, "articles": {}}
    for article in articles:
        if article.language in (lang, "und") or lang in (titles or {}).get(article.id, {}):
            continue
        stubs["articles"][article.id] = {
            "source": text_hash(article.title),
            "original": article.title,
            "title": "",
        }
    for event in events:
        src_lang = next(iter(event.title), "id")
        if src_lang == lang:
            continue
        state = event.translation.get(lang)
        if state in ("missing", "machine"):
            title, summary = event_source_text(event, src_lang)
            draft = state == "machine"
            stubs["events"][event.id] = {
                "source": text_hash(title, summary),
                "original_title": title,
                "original_summary": summary,
                "title": event.title.get(lang, "") if draft else "",
                "summary": event.summary.get(lang, "") if draft else "",
                **({"machine": True} if draft else {}),
            }
        for source in event.sources:
            if source.language == lang or not source.quote_id:
                continue
            draft = lang in source.machine
            if draft or lang not in source.translations:
                stubs["quotes"][source.quote_id] = {
                    "source": text_hash(source.quote),
                    "original": source.quote,
                    "text": source.translations.get(lang, "") if draft else "",
                    **({"machine": True} if draft else {}),
                }
    return stubs
