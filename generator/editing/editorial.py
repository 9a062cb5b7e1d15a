"""Editorial corrections from `content/editorial.yaml`, keyed by stable event ids.

An editor can hide an event, retitle it per language, re-date it, change its status, write its
summary, merge several events into one, or split one by article. The file is only ever read;
an entry that matches no event is reported with its file and line (for `linimasa check`),
never silently dropped.

    events:
      2024-06-18-putin-tiba-korea-utara:
        title: {id: "Putin tiba di Pyongyang", en: "Putin arrives in Pyongyang"}
        merge: [2024-06-18-tiba]
      2023-xyz-something:
        hide: true
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import yaml

from generator.core.model import LANGS, DateVariant, Diagnostic, Event, Status
from generator.core.timexvalue import bounds as date_span
from generator.editing.yamlnodes import NO_CHARACTER, no_character_line
from generator.read.files import Refused, read_bounded
from generator.read.yamlsafe import YamlProblem, compose, construct

STATUSES = ("happened", "planned", "claim")
KEYS = ("hide", "title", "summary", "date", "status", "merge", "split")
SPLIT_KEYS = ("id", "articles", "title", "summary", "date", "status")
# Bounds of the editor's file: far above what an archive of 10,000 articles would need, far
# below what would stall a build.
MAX_BYTES = 16 * 1024 * 1024
MAX_NODES = 1_000_000
MAX_TEXT = {"title": 500, "summary": 5000}
# A split's id names its page: the characters of generated event ids, and a length that keeps
# the page's file name short.
_EVENT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,119}")


@dataclass(frozen=True, slots=True)
class Split:
    """Sources from `articles` leave the event and become event `id`."""

    id: str
    articles: tuple[str, ...]
    line: int
    title: tuple[tuple[str, str], ...] = ()
    summary: tuple[tuple[str, str], ...] = ()
    date: str | None = None
    status: Status | None = None


@dataclass(frozen=True, slots=True)
class Edit:
    """The editor's corrections to one event."""

    id: str
    line: int
    hide: bool = False
    title: tuple[tuple[str, str], ...] = ()  # (language, text)
    summary: tuple[tuple[str, str], ...] = ()
    date: str | None = None
    status: Status | None = None
    merge: tuple[str, ...] = ()
    split: tuple[Split, ...] = ()


@dataclass(frozen=True, slots=True)
class Editorial:
    file: str
    edits: tuple[Edit, ...] = ()


class _Problem(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def load_editorial(path: Path, root: Path | None = None) -> tuple[Editorial, list[Diagnostic]]:
    """Read the editor's file; a missing file is an empty one. Problems name file and line.
    With a project `root`, a file that is a link out of it is refused."""
    file = str(path)
    if not path.is_file():
        return Editorial(file), []
    try:
        text = read_bounded(path, MAX_BYTES, root).decode("utf-8-sig")
    except Refused as err:
        return Editorial(file), [Diagnostic("error", file, f"the editorial file {err}")]
    except OSError as err:
        return Editorial(file), [
            Diagnostic("error", file, f"cannot read editorial file: {err.strerror}")
        ]
    except UnicodeDecodeError:
        return Editorial(file), [Diagnostic("error", file, "the editorial file is not UTF-8 text")]
    return parse_editorial(text, file)


def parse_editorial(text: str, file: str) -> tuple[Editorial, list[Diagnostic]]:
    """Parse editorial YAML text; bad entries are skipped with an error, the rest kept."""
    try:
        root = compose(text, max_nodes=MAX_NODES)
    except YamlProblem as err:
        return Editorial(file), [
            Diagnostic("error", file, f"malformed YAML: {err.message}", err.line)
        ]
    if root is None:
        return Editorial(file), []
    if (line := no_character_line(root)) is not None:
        return Editorial(file), [Diagnostic("error", file, NO_CHARACTER, line)]
    problems: list[Diagnostic] = []
    if not isinstance(root, yaml.MappingNode):
        return Editorial(file), [
            Diagnostic("error", file, "expected a mapping with an 'events:' key", _line(root))
        ]
    events_node = None
    for key, value in root.value:
        if _scalar(key) == "events":
            events_node = value
        else:
            problems.append(
                Diagnostic(
                    "error", file, f"unknown key '{_scalar(key)}'; expected 'events'", _line(key)
                )
            )
    if events_node is None or _is_null(events_node):
        return Editorial(file), problems
    if not isinstance(events_node, yaml.MappingNode):
        problems.append(
            Diagnostic(
                "error", file, "'events' must map event ids to corrections", _line(events_node)
            )
        )
        return Editorial(file), problems
    edits: list[Edit] = []
    seen: dict[str, int] = {}
    for key, value in events_node.value:
        event_id = _scalar(key)
        line = _line(key) or 0
        if event_id in seen:
            problems.append(
                Diagnostic(
                    "error",
                    file,
                    f"event '{event_id}' listed twice (first on line {seen[event_id]})",
                    line,
                )
            )
            continue
        seen[event_id] = line
        try:
            edits.append(_edit(event_id, line, value))
        except _Problem as err:
            problems.append(
                Diagnostic("error", file, f"event '{event_id}': {err.message}", err.line)
            )
    return Editorial(file, tuple(edits)), problems


def _line(node: yaml.Node) -> int | None:
    return node.start_mark.line + 1 if node.start_mark is not None else None


def _scalar(node: yaml.Node) -> str:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else ""


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null")


def _construct(node: yaml.Node) -> Any:
    try:
        return construct(node)
    except YamlProblem as err:
        raise _Problem(err.message, err.line or _line(node)) from None


def _shown(value: object) -> str:
    """A value as a message quotes it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _edit(event_id: str, line: int, node: yaml.Node) -> Edit:
    if _is_null(node):
        return Edit(event_id, line)
    if not isinstance(node, yaml.MappingNode):
        raise _Problem("expected a mapping of corrections", _line(node))
    fields: dict[str, Any] = {}
    for key, value in node.value:
        name = _scalar(key)
        if name not in KEYS:
            raise _Problem(f"unknown key '{name}'; known: {', '.join(KEYS)}", _line(key))
        if name == "hide":
            hide = _construct(value)
            if not isinstance(hide, bool):
                raise _Problem("'hide' must be true or false", _line(value))
            fields["hide"] = hide
        elif name in ("title", "summary"):
            fields[name] = _texts(value, name)
        elif name == "date":
            fields["date"] = _date(value)
        elif name == "status":
            fields["status"] = _status(value)
        elif name == "merge":
            fields["merge"] = _ids(value, "merge")
        else:
            fields["split"] = _splits(event_id, value)
    return Edit(event_id, line, **fields)


def _texts(node: yaml.Node, name: str) -> tuple[tuple[str, str], ...]:
    value = _construct(node)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
    ):
        raise _Problem(f"'{name}' must map a language ({', '.join(LANGS)}) to text", _line(node))
    unknown = sorted(_shown(k) for k in value if k not in LANGS)
    if unknown:
        raise _Problem(f"'{name}' has unknown language(s) {', '.join(unknown)}", _line(node))
    texts = tuple(sorted((k, " ".join(v.split())) for k, v in value.items()))
    longest = max(len(v) for _, v in texts) if texts else 0
    if longest > MAX_TEXT[name]:
        raise _Problem(
            f"'{name}' is {longest:,} characters long; at most {MAX_TEXT[name]:,}", _line(node)
        )
    return texts


def _date(node: yaml.Node) -> str:
    value = _construct(node)
    if isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value).strip() if isinstance(value, str | int) else ""
    if not text or date_span(text) is None:
        raise _Problem(
            "'date' must be a calendar date like 2024-06-18, 2024-06, 2024 or 2024-W24, "
            f"got {_shown(value)}",
            _line(node),
        )
    return text


def _status(node: yaml.Node) -> Status:
    value = _construct(node)
    if value not in STATUSES:
        raise _Problem(
            f"'status' must be one of {', '.join(STATUSES)}, got {_shown(value)}", _line(node)
        )
    return cast(Status, value)


def _ids(node: yaml.Node, name: str) -> tuple[str, ...]:
    value = _construct(node)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _Problem(f"'{name}' must be a list of event ids", _line(node))
    return tuple(value)


def _splits(event_id: str, node: yaml.Node) -> tuple[Split, ...]:
    if not isinstance(node, yaml.SequenceNode):
        raise _Problem("'split' must be a list of {articles: [...], ...} entries", _line(node))
    out = []
    for n, item in enumerate(node.value, start=1):
        if not isinstance(item, yaml.MappingNode):
            raise _Problem("each 'split' entry must be a mapping", _line(item))
        fields: dict[str, Any] = {}
        for key, value in item.value:
            name = _scalar(key)
            if name not in SPLIT_KEYS:
                raise _Problem(
                    f"unknown split key '{name}'; known: {', '.join(SPLIT_KEYS)}", _line(key)
                )
            if name == "articles":
                fields["articles"] = _ids(value, "articles")
            elif name == "id":
                ident = _construct(value)
                if not isinstance(ident, str) or not _EVENT_ID.fullmatch(ident):
                    raise _Problem(
                        "a split's 'id' must be letters, digits, '-' and '_' (at most 120), "
                        f"got {_shown(ident)}",
                        _line(value),
                    )
                fields["id"] = ident
            elif name in ("title", "summary"):
                fields[name] = _texts(value, name)
            elif name == "date":
                fields["date"] = _date(value)
            else:
                fields["status"] = _status(value)
        if not fields.get("articles"):
            raise _Problem("a 'split' entry needs 'articles'", _line(item))
        fields.setdefault("id", f"{event_id}-split-{n}")
        out.append(Split(line=_line(item) or 0, **fields))
    return tuple(out)


# ---------------------------------------------------------------------------------------------
# Applying
# ---------------------------------------------------------------------------------------------


def apply_editorial(
    events: Sequence[Event], editorial: Editorial
) -> tuple[tuple[Event, ...], list[Diagnostic]]:
    """The events with the editor's corrections applied, and a warning per entry (or merged
    id, or split article) that matches nothing. Order: merge, split, then field edits, then
    hiding, so an entry can merge events and retitle the result at once."""
    file = editorial.file
    problems: list[Diagnostic] = []
    by_id: dict[str, Event] = {e.id: e for e in events}
    gone: set[str] = set()  # ids merged into another event: still not free for a split

    def stale(line: int, message: str, matches_nothing: bool = True) -> None:
        problems.append(Diagnostic("warning", file, message, line or None, matches_nothing))

    for edit in editorial.edits:
        if edit.id not in by_id:
            continue
        for other in edit.merge:
            if other == edit.id:
                continue
            if other not in by_id:
                stale(
                    edit.line, f"event '{edit.id}': 'merge' names '{other}', which matches no event"
                )
                continue
            by_id[edit.id] = _merge(by_id[edit.id], by_id.pop(other))
            gone.add(other)

    for edit in editorial.edits:
        if edit.id not in by_id:
            continue
        for split in edit.split:
            event = by_id[edit.id]
            moved = tuple(s for s in event.sources if s.article in split.articles)
            if not moved:
                stale(
                    split.line,
                    f"event '{edit.id}': no source from {', '.join(split.articles)} to split off",
                )
                continue
            if len(moved) == len(event.sources):
                stale(split.line, f"event '{edit.id}': a split cannot take every source", False)
                continue
            if split.id in by_id or split.id in gone:
                problems.append(
                    Diagnostic(
                        "error",
                        file,
                        f"event '{edit.id}': the split's id '{split.id}' is already an event's; "
                        "choose another id",
                        split.line or None,
                    )
                )
                continue
            kept = tuple(s for s in event.sources if s.article not in split.articles)
            by_id[edit.id] = _with_sources(event, kept)
            new = _with_sources(replace(event, id=split.id, key=False), moved)
            by_id[split.id] = _fields(new, split.title, split.summary, split.date, split.status)

    hidden: set[str] = set()
    for edit in editorial.edits:
        if edit.id not in by_id:
            stale(edit.line, f"editorial entry '{edit.id}' matches no event; update or remove it")
            continue
        by_id[edit.id] = _fields(by_id[edit.id], edit.title, edit.summary, edit.date, edit.status)
        if edit.hide:
            hidden.add(edit.id)
    result = tuple(
        sorted((e for i, e in by_id.items() if i not in hidden), key=lambda e: (e.date, e.id))
    )
    return result, problems


def _fields(
    event: Event,
    title: tuple[tuple[str, str], ...],
    summary: tuple[tuple[str, str], ...],
    date: str | None,
    status: Status | None,
) -> Event:
    changes: dict[str, Any] = {}
    if title:
        changes["title"] = {**event.title, **dict(title)}
    if summary:
        changes["summary"] = {**event.summary, **dict(summary)}
    if date and date != event.date:
        changes["date"] = date
        # The editor's date wins; every date a source gave that differs is shown as a variant.
        changes["variants"] = _variants(event.sources, date)
    if status:
        changes["status"] = status
    return replace(event, **changes) if changes else event


def _variants(sources: Sequence[Any], date: str) -> tuple[DateVariant, ...]:
    by_date: dict[str, set[str]] = {}
    chosen = date_span(date)
    for s in sources:
        span = date_span(s.date)
        if chosen and span and span[0] <= chosen[0] and chosen[1] <= span[1]:
            continue  # a coarser date that contains the event's is no disagreement
        by_date.setdefault(s.date, set()).add(s.article)
    return tuple(DateVariant(d, tuple(sorted(a))) for d, a in sorted(by_date.items()))


def _merge(into: Event, other: Event) -> Event:
    sources = tuple(
        sorted(
            {
                (s.article, s.start, s.timex_start): s for s in (*into.sources, *other.sources)
            }.values(),
            key=lambda s: (s.article, s.start, s.timex_start),
        )
    )
    actors = list(into.actors)
    actors.extend(a for a in other.actors if a not in actors)
    merged = replace(
        into,
        sources=sources,
        actors=tuple(actors),
        title={**other.title, **into.title},
        summary={**other.summary, **into.summary},
        key=into.key or other.key,
        outlets=into.outlets + other.outlets,
    )
    return _with_sources(merged, sources)


def _with_sources(event: Event, sources: tuple[Any, ...]) -> Event:
    # Outlet names are not on sources; distinct articles bound the count from above.
    articles = len({s.article for s in sources})
    return replace(
        event,
        sources=sources,
        outlets=max(1, min(articles, event.outlets if event.outlets else articles)),
        variants=_variants(sources, event.date),
    )
