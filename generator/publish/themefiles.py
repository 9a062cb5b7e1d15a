"""The site theme Linimasa ships: Material overrides, stylesheets and the timeline component.

They live in the package (`generator/publish/theme/`), so a story project holds none of them
and every project gets the version of the generator that builds it, installed editable or not.
`linimasa generate` writes them into the project's generated area (`content/build/theme/`,
the `custom_dir` of both site configs), which any builder that reads mkdocs.yml finds
(MkDocs, and Zensical, which runs no plugin).
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def theme_tree() -> dict[str, bytes]:
    """Every file of the theme by its path relative to the theme folder."""
    tree: dict[str, bytes] = {}

    def walk(folder: Traversable, prefix: str) -> None:
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.startswith((".", "__")):
                continue
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            else:
                tree[f"{prefix}{entry.name}"] = entry.read_bytes()

    walk(files("generator.publish") / "theme", "")
    return tree
