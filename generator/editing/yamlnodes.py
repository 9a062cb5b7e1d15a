"""Checks on composed YAML of the editor-curated files (editorial corrections, translations)."""

from __future__ import annotations

import re

import yaml

# YAML's "\ud800" escapes make text that no page or data file can hold (a lone surrogate).
_NO_CHARACTER = re.compile(r"[\ud800-\udfff]")
NO_CHARACTER = "an escape here is no character (a lone surrogate such as \\ud800); remove it"


def no_character_line(root: yaml.Node) -> int | None:
    """The line of the first text in `root` that holds a lone surrogate, if any."""
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:  # aliases share nodes, and may nest a node in itself
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if _NO_CHARACTER.search(node.value):
                return node.start_mark.line + 1
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return None
