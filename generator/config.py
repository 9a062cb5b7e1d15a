"""Where a Linimasa project keeps its inputs and outputs.

Defaults follow the project layout (`seeds/`, `content/`, `site/`); `[tool.linimasa]` in the
project's pyproject.toml may override any of them. Paths are relative to the project root.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from generator.core.model import LANGS, Lang


@dataclass(frozen=True, slots=True)
class Project:
    root: Path
    seeds: str = "seeds"
    content: str = "content"
    site: str = "site"
    gold: str = "tests/gold/seeds.yaml"  # scored on every build for the methodology page
    translator: str = ""  # optional machine translation backend ("argos"); drafts are marked

    def path(self, relative: str) -> Path:
        return self.root / relative

    @property
    def pages_dir(self) -> Path:
        """Hand-written pages, one folder per language."""
        return self.root / self.content / "pages"

    def build_dir(self, lang: Lang) -> Path:
        """The generator's own area: the docs_dir MkDocs builds for `lang`."""
        return self.root / self.content / "build" / lang

    @property
    def cache_dir(self) -> Path | None:
        """Per-article analysis cache (git-ignored); LINIMASA_NO_CACHE=1 turns it off."""
        if os.environ.get("LINIMASA_NO_CACHE"):
            return None
        return self.root / ".linimasa-cache"

    @property
    def editorial(self) -> Path:
        return self.root / self.content / "editorial.yaml"

    @property
    def translations(self) -> Path:
        return self.root / self.content / "translations"

    @property
    def langs(self) -> tuple[Lang, ...]:
        return LANGS

    def mkdocs_config(self, lang: Lang) -> Path:
        return self.root / ("mkdocs.yml" if lang == "id" else f"mkdocs.{lang}.yml")


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above `start` holding mkdocs.yml (else `start` itself)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return here


def load_project(root: Path | None = None) -> Project:
    root = find_root(root)
    project = Project(root=root)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        settings = tomllib.loads(pyproject.read_text("utf-8")).get("tool", {}).get("linimasa", {})
        known = {f.name for f in fields(Project)} - {"root"}
        project = replace(project, **{k: str(v) for k, v in settings.items() if k in known})
    return project
