"""`linimasa check`: everything in the corpus and content that needs an editor's attention."""

from __future__ import annotations

from generator import site
from generator.config import Project
from generator.core.model import Diagnostic


def check(project: Project) -> list[Diagnostic]:
    """Unreadable articles, undated ones, editorial and translation entries that match nothing,
    missing or stale translations: every problem the pipeline met, the ones `linimasa build`
    counts listed one by one."""
    return list(site.extract_project(project).diagnostics)
