"""MkDocs hook: regenerate the pages before every build, so `mkdocs serve` shows seed edits.

Deliberately thin: it only calls `generator.site.generate`, the same function `linimasa build`
runs. Builders that ignore hooks (Zensical) build the same pages after `linimasa generate`.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from generator.config import load_project
from generator.site import generate, language_urls

log = logging.getLogger("mkdocs.hooks.linimasa")


def on_config(config: Any) -> Any:
    # One root SITE_URL serves both languages: <SITE_URL>/<lang>/ (matches `linimasa build`).
    root = os.environ.get("SITE_URL")
    if root and not os.environ.get("LINIMASA_SKIP_HOOK"):
        lang = config.theme.get("language") or "id"
        config.site_url = language_urls(root, (lang,))[f"SITE_URL_{lang.upper()}"]
    return config


def on_pre_build(config: Any) -> None:
    if os.environ.get("LINIMASA_SKIP_HOOK"):
        return
    project = load_project(Path(config.config_file_path).parent)
    result = generate(project)
    for problem in result.diagnostics:
        # Editors see every problem; only unreadable input is a warning (fails --strict).
        (log.warning if problem.level == "error" else log.info)(str(problem))
    if result.written:
        log.info("linimasa: regenerated %d generated file(s)", result.written)
