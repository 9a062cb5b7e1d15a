"""MkDocs plugin `linimasa`: regenerate the pages before every build, so `mkdocs serve` shows
seed edits, and give the site the story's title where its config leaves it to the corpus.

Deliberately thin: it only calls `generator.site.generate`, the same function `linimasa build`
runs, and under `mkdocs serve` watches the inputs rather than the pages it writes. MkDocs finds
it by name (`plugins: [search, linimasa]`), wherever the package is installed, so a story
project holds no code. Builders that run no plugin (Zensical) build the same pages after
`linimasa generate`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.plugins import BasePlugin

from generator.config import ConfigError, Project, load_project
from generator.lock import LockError
from generator.publish.areas import spare_path
from generator.publish.write import UnsafeArea
from generator.report import summarised
from generator.site import generate, language_urls

log = logging.getLogger("mkdocs.hooks.linimasa")


def _lang(config: Any) -> str:
    return str(config.theme.get("language") or "id")


def on_config(config: Any) -> Any:
    # One root SITE_URL serves both languages: <SITE_URL>/<lang>/ (matches `linimasa build`).
    root = os.environ.get("SITE_URL")
    lang = _lang(config)
    if root and not os.environ.get("LINIMASA_SKIP_HOOK"):
        config.site_url = language_urls(root, (lang,))[f"SITE_URL_{lang.upper()}"]
    # `linimasa build` has generated the pages and passes the title the corpus gave.
    _name_site(config, os.environ.get(f"LINIMASA_SITE_NAME_{lang.upper()}", ""))
    return config


def _name_site(config: Any, title: str) -> None:
    """An empty `site_name` is the story's title worked out from the corpus. It is corpus
    text, and Material prints the site name unescaped: it is escaped here."""
    if not (config.site_name or "").strip() and title.strip():
        config.site_name = str(escape(title.strip()))


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Watch the generator's inputs, not its output: the pages it writes while MkDocs builds
    would otherwise set off a second full build after every edit."""
    if os.environ.get("LINIMASA_SKIP_HOOK"):
        return server
    project = _project(config)
    # Each area and its spare (the writer swaps them: see generator/publish/areas.py).
    areas = [area.resolve() for area in project.generated_dirs]
    generated = [*areas, *map(spare_path, areas)]
    watched = inputs_only(map(Path, config.watch), generated)
    config.watch[:] = [str(path) for path, recursive in watched if recursive]
    for path, recursive in watched:
        if not recursive:
            server.watch(str(path), recursive=False)
    docs = Path(config.docs_dir).resolve()
    if docs in generated:
        with contextlib.suppress(KeyError, AttributeError):  # not watched: nothing to undo
            server.unwatch(str(docs))
    return server


def inputs_only(watched: Iterable[Path], generated: Sequence[Path]) -> list[tuple[Path, bool]]:
    """`watched` less the `generated` areas, as (path, recursively): a folder holding an area
    is watched for its own files only (a new editorial file shows), and its subfolders but the
    areas in full (a subfolder made later is watched from the next start); a path inside an
    area is dropped."""
    kept: list[tuple[Path, bool]] = []
    for path in watched:
        path = path.resolve()
        if any(path == area or area in path.parents for area in generated):
            continue
        if path.is_dir() and any(path in area.parents for area in generated):
            kept.append((path, False))
            kept.extend(inputs_only(sorted(p for p in path.iterdir() if p.is_dir()), generated))
        else:
            kept.append((path, True))
    return kept


def _project(config: Any) -> Project:
    """The project of `config`; a setting it cannot use stops MkDocs with its one line."""
    try:
        return load_project(Path(config.config_file_path).parent)
    except ConfigError as err:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(err)) from None


def on_pre_build(config: Any) -> None:
    if os.environ.get("LINIMASA_SKIP_HOOK"):
        return
    try:
        result = generate(_project(config))
    except (UnsafeArea, LockError) as err:
        from mkdocs.exceptions import PluginError

        raise PluginError(str(err)) from None
    # Editors see every problem (repeated kinds counted); only unreadable input is a warning
    # (fails --strict).
    for level, line in summarised(result.diagnostics):
        (log.warning if level == "error" else log.info)(line)
    if result.written:
        log.info("linimasa: regenerated %d generated file(s)", result.written)
    _name_site(config, result.titles.get(_lang(config), ""))


class LinimasaPlugin(BasePlugin):  # type: ignore[type-arg]
    """The functions above as the plugin MkDocs finds by name (see pyproject.toml)."""

    def on_config(self, config: Any) -> Any:
        return on_config(config)

    def on_serve(self, server: Any, /, *, config: Any, builder: Any) -> Any:
        return on_serve(server, config, builder)

    def on_pre_build(self, *, config: Any) -> None:
        on_pre_build(config)
