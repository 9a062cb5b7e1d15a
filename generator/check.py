"""`linimasa check`: everything in the corpus and content that needs an editor's attention."""

from __future__ import annotations

from generator import site
from generator.config import Project
from generator.core.model import LANGS, Diagnostic
from generator.pages import read_pages


def check(project: Project) -> list[Diagnostic]:
    """Unreadable articles, undated ones, implausible dates (a weekday its date does not fall on,
    a publication date years from everything the article reports), editorial and translation
    entries that match nothing, missing or stale translations: every problem the pipeline met,
    the ones `linimasa build` counts listed one by one; and the hand-written pages that cannot
    be published."""
    problems = list(site.extract_project(project).diagnostics)
    for lang in LANGS:
        problems.extend(read_pages(project, lang).diagnostics)
    return problems
