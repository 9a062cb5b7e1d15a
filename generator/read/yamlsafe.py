"""YAML from untrusted files: plain data only, bounded, every problem one message with a line.

Every YAML file Linimasa reads (article metadata, the front matter of hand-written pages, the
editorial file, translation memories, the gold file) comes from whoever can open a pull
request. PyYAML's safe loader runs no code, but it expands aliases (fourteen lines of "billion
laughs" take minutes and gigabytes), builds any depth of nesting, takes lists as keys, and
raises a bare ValueError for a date that is not in the calendar (`2024-02-30`). This loader is
PyYAML's safe loader less those: aliases, explicit tags (`!!python/object`, `!!binary`, ...)
and keys that are not plain text are refused, depth and node count are bounded, and whatever
fails while building a value is a `YamlProblem` naming its line.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError

# The deepest nesting any file of Linimasa needs is 7 (an editorial split's title); a hostile
# file could nest until the composer's recursion overflows.
MAX_DEPTH = 20


class YamlProblem(Exception):
    """Text that is not YAML Linimasa reads, with the (1-based) line where it goes wrong."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _line(mark: Any) -> int | None:
    return mark.line + 1 if mark is not None else None


class _Loader(yaml.SafeLoader):
    """SafeLoader that composes only plain data, within bounds."""

    def __init__(self, stream: str, max_nodes: int) -> None:
        super().__init__(stream)
        self._max_nodes = max_nodes
        self._nodes = 0
        self._depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise YamlProblem(
                f"aliases (*{event.anchor}) are not allowed here; write the value out",
                _line(event.start_mark),
            )
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise YamlProblem(
                f"tags such as {shown[:60]!r} are not allowed here; write plain text, numbers, "
                "lists and mappings",
                _line(event.start_mark),
            )
        self._nodes += 1
        if self._nodes > self._max_nodes:
            raise YamlProblem(
                f"too many values (more than {self._max_nodes:,})", _line(event.start_mark)
            )
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise YamlProblem("nested too deeply", _line(event.start_mark))
            node = super().compose_node(parent, index)  # type: ignore[arg-type]
        finally:
            self._depth -= 1
        if isinstance(node, yaml.MappingNode):
            for key, _ in node.value:
                if not isinstance(key, yaml.ScalarNode):
                    raise YamlProblem("a key must be plain text", _line(key.start_mark))
        return node

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (YamlProblem, ConstructorError):
            raise
        except (ValueError, OverflowError, TypeError) as err:
            # What a resolved scalar's constructor raises: a date not in the calendar, an
            # integer of thousands of digits.
            what = "not a calendar date" if node.tag.endswith(":timestamp") else "unreadable"
            value = node.value if isinstance(node.value, str) else ""
            shown = f" {value[:40]!r}" if value else ""
            raise YamlProblem(f"value{shown} is {what} ({err})", _line(node.start_mark)) from None


def compose(text: str, *, max_nodes: int) -> yaml.Node | None:
    """The node tree of the one document in `text` (None when empty), or raise YamlProblem."""
    loader: _Loader | None = None
    try:
        loader = _Loader(text, max_nodes)  # (reading starts here: a NUL fails at once)
        return loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        problem = err.problem or err.context or "invalid YAML"
        raise YamlProblem(problem, _line(err.problem_mark or err.context_mark)) from None
    except yaml.YAMLError as err:  # a stream error (a character YAML cannot hold)
        raise YamlProblem(str(err).splitlines()[0] if str(err) else "invalid YAML") from None
    except RecursionError:  # (the depth bound should make this unreachable)
        raise YamlProblem("nested too deeply", 1) from None
    finally:
        if loader is not None:
            loader.dispose()


def construct(node: yaml.Node) -> Any:
    """The Python value of a node `compose` made (plain data), or raise YamlProblem."""
    loader = _Loader("", 0)
    try:
        return loader.construct_document(node)
    except ConstructorError as err:
        problem = err.problem or "cannot read this value"
        raise YamlProblem(problem, _line(err.problem_mark or node.start_mark)) from None
    finally:
        loader.dispose()


def load(text: str, *, max_nodes: int) -> Any:
    """The value of the one document in `text` (None when empty), or raise YamlProblem."""
    node = compose(text, max_nodes=max_nodes)
    return None if node is None else construct(node)
