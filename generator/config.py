"""Where a Linimasa project keeps its inputs and outputs.

Defaults follow the project layout (`seeds/`, `content/`, `site/`); `[tool.linimasa]` in the
project's pyproject.toml may override any of them. Paths are relative to the project root.
"""

from __future__ import annotations

import os
import posixpath
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from generator.core.model import LANGS, Lang

# pyproject.toml is a page of settings; one over this size is not read.
MAX_CONFIG_BYTES = 1024 * 1024
# Settings naming a folder or file of the project: each must stay inside it.
_PATHS = ("seeds", "content", "site", "gold")


class ConfigError(Exception):
    """A setting Linimasa cannot use; the message names pyproject.toml and the setting."""


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
    def theme_dir(self) -> Path:
        """The generator's own area for the site theme: the configs' `custom_dir`."""
        return self.root / self.content / "build" / "theme"

    @property
    def generated_dirs(self) -> tuple[Path, ...]:
        """Every area the generator writes (besides site/)."""
        return (*(self.build_dir(lang) for lang in self.langs), self.theme_dir)

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
    """The project at or above `root`, with its `[tool.linimasa]` settings; a setting that
    cannot be used raises `ConfigError`."""
    root = find_root(root)
    project = Project(root=root)
    pyproject = root / "pyproject.toml"
    if not pyproject.is_file():
        return project
    where = "pyproject.toml"
    if pyproject.stat().st_size > MAX_CONFIG_BYTES:
        raise ConfigError(f"{where}: over {MAX_CONFIG_BYTES // 1024} KiB; not read")
    try:
        data = tomllib.loads(pyproject.read_text("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{where}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{where}: {err}") from None
    tool = data.get("tool", {})
    settings = tool.get("linimasa", {}) if isinstance(tool, dict) else {}
    if not isinstance(settings, dict):
        raise ConfigError(f"{where}: [tool.linimasa] must be a table of settings")
    known = {f.name for f in fields(Project)} - {"root"}
    chosen: dict[str, str] = {}
    for key, value in settings.items():
        if key not in known:
            continue
        if not isinstance(value, str):
            raise ConfigError(f"{where}: [tool.linimasa] {key} must be text, got {value!r:.60}")
        chosen[key] = _inside(value, key, where) if key in _PATHS else value
    return replace(project, **chosen)


def _inside(value: str, key: str, where: str) -> str:
    """`value` as a path relative to the project, or raise ConfigError: a setting never names
    a place outside the project, nor the project folder itself as its site."""
    text = value.replace("\\", "/")
    normal = posixpath.normpath(text) if text else ""
    if (
        not text
        or posixpath.isabs(text)
        or Path(value).is_absolute()
        or normal == ".."
        or normal.startswith("../")
        or (key == "site" and normal == ".")
        or any(ord(ch) < 32 for ch in value)
    ):
        raise ConfigError(
            f"{where}: [tool.linimasa] {key} = {value!r:.60} must be a folder inside the "
            "project, given relative to it"
        )
    return normal


def site_titles(project: Project) -> dict[Lang, str]:
    """The story's title each language's site config gives (its `site_name`, inherited as
    MkDocs inherits it), "" where it leaves the title to the corpus."""
    return {lang: _site_name(project.mkdocs_config(lang)) or "" for lang in project.langs}


class _SiteConfigLoader(yaml.SafeLoader):
    """A site config's plain values, with `!ENV` read as MkDocs reads it; any other tag
    (MkDocs' `!relative`, `!!python/name:` in extensions' settings) is read as nothing."""


def _env(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    names = (
        loader.construct_sequence(node)
        if isinstance(node, yaml.SequenceNode)
        else [loader.construct_scalar(node)]  # type: ignore[arg-type]
    )
    *variables, default = names if len(names) > 1 else [*names, None]
    return next((os.environ[v] for v in variables if str(v) in os.environ), default)


_SiteConfigLoader.add_constructor("!ENV", _env)
_SiteConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_SiteConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)


def _site_name(config: Path, depth: int = 0) -> str | None:
    """`site_name` of the config at `config` or of the configs it INHERITs; None if none says
    (or one cannot be read: MkDocs then says what is wrong with it)."""
    try:
        if config.stat().st_size > MAX_CONFIG_BYTES:
            return None  # MkDocs says what is wrong with it
        data = yaml.load(config.read_text("utf-8"), Loader=_SiteConfigLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(data, dict):
        return None
    name = data.get("site_name")
    if isinstance(name, str):
        return name
    parent = data.get("INHERIT")
    if isinstance(parent, str) and depth < 8:
        return _site_name(config.parent / parent, depth + 1)
    return None
