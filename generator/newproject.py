"""`linimasa new DIR`: a fresh story project, the way `mkdocs new` makes a fresh site.

The project holds what an editor works on and nothing of Linimasa's own: empty `seeds/`, the
two site configs, `content/` with empty editorial and translation files that explain
themselves, a GitHub Pages workflow, a README for the story's editors and the generated areas'
markers. Theme, templates and the MkDocs plugin come from the installed package on every build.
Nothing existing is ever overwritten: one file in the way and nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import metadata
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from urllib.parse import urlsplit

from generator.publish.write import MARKER, MARKER_TEXT

DEFAULT_SITE_URL = "http://127.0.0.1:8000/"
# Files of the template whose names a package cannot carry as they are.
_RENAMED = {"gitignore": ".gitignore", "github": ".github"}
# Generated areas (their marker makes them the generator's) and folders kept empty.
_AREAS = ("content/build/id", "content/build/en", "content/build/theme")
_KEPT = "seeds/.gitkeep"


class ProjectExists(Exception):
    """A file `linimasa new` would write is already there."""


@dataclass(frozen=True, slots=True)
class Story:
    """What `linimasa new` is told about the story: titles ("" = from the corpus), URL."""

    title_id: str = ""
    title_en: str = ""
    site_url: str = DEFAULT_SITE_URL


def site_url(text: str) -> str:
    """A site's public root URL, ending in a slash; ValueError unless it is http(s)."""
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"not an http(s) address of a site's root: {text!r}")
    url = parts.geturl()
    return url if url.endswith("/") else url + "/"


def project_files(story: Story) -> dict[str, str]:
    """Every file of a new project, by path relative to it."""
    values = {
        "@@TITLE_ID@@": _yaml_text(story.title_id),
        "@@TITLE_EN@@": _yaml_text(story.title_en),
        "@@SITE_URL@@": story.site_url,
        "@@PACKAGE@@": package_requirement(),
    }
    tree: dict[str, str] = {}
    _collect(files("generator") / "project_template", "", tree)
    for path, text in tree.items():
        for placeholder, value in values.items():
            text = text.replace(placeholder, value)
        tree[path] = text
    tree.update({f"{area}/{MARKER}": MARKER_TEXT for area in _AREAS})
    tree[_KEPT] = ""
    return dict(sorted(tree.items()))


def _collect(folder: Traversable, prefix: str, tree: dict[str, str]) -> None:
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        name = _RENAMED.get(entry.name, entry.name) if not prefix else entry.name
        if entry.is_dir():
            _collect(entry, f"{prefix}{name}/", tree)
        else:
            tree[f"{prefix}{name}"] = entry.read_text("utf-8")


def _yaml_text(text: str) -> str:
    """`text` on one line as a YAML scalar (a JSON string is one)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def package_requirement() -> str:
    """How a build elsewhere installs this Linimasa: the repository and commit it was installed
    from (PEP 610), else its release."""
    try:
        dist = metadata.distribution("linimasa")
    except metadata.PackageNotFoundError:
        return "linimasa"
    try:
        origin = json.loads(dist.read_text("direct_url.json") or "{}")
    except ValueError:
        origin = {}
    vcs = origin.get("vcs_info") if isinstance(origin, dict) else None
    url = origin.get("url", "") if isinstance(origin, dict) else ""
    if isinstance(vcs, dict) and vcs.get("vcs") == "git" and url.startswith("https://"):
        return f"linimasa @ git+{url}@{vcs.get('commit_id', '')}".rstrip("@")
    return f"linimasa=={dist.version}"


def _blocked(folder: Path, path: str) -> bool:
    """Whether writing `path` under `folder` would replace something or follow a link: the
    file is there, or a folder on its way is a file or a symbolic link."""
    target = folder / path
    if target.exists() or target.is_symlink():
        return True
    parents = [p for p in target.parents if p == folder or folder in p.parents]
    return any(p.is_symlink() or (p.exists() and not p.is_dir()) for p in parents)


def create(folder: Path, story: Story) -> list[str]:
    """Write a new project into `folder` (made if missing); the paths written. Raises
    ProjectExists, writing nothing, when any of them is there already."""
    if folder.exists() and not folder.is_dir():
        raise ProjectExists(f"{folder} is a file, not a folder; nothing was written")
    tree = project_files(story)
    taken = [p for p in tree if _blocked(folder, p)]
    if taken:
        more = f" (and {len(taken) - 1} more)" if len(taken) > 1 else ""
        raise ProjectExists(f"{folder / taken[0]} already exists{more}; nothing was written")
    for path, text in tree.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    return list(tree)
