"""`linimasa check`: everything in the corpus and content that needs an editor's attention."""

from __future__ import annotations

from generator import site
from generator.config import Project
from generator.core.model import LANGS, Diagnostic
from generator.pages import read_pages


def check(project: Project) -> list[Diagnostic]:
    """Unreadable articles, undated ones, implausible dates (a weekday its date does not fall on,
    a publication date years from everything the article reports), stale editorial entries,
    missing or stale translations.

    The corpus carries every problem the pipeline met (the same list `linimasa build` prints);
    check adds what concerns the hand-written pages (those that cannot be published, and a
    missing home page introduction).
    """
    corpus = site.extract_project(project)
    problems = list(corpus.diagnostics)
    for lang in LANGS:
        problems.extend(read_pages(project, lang).diagnostics)
        if not (project.pages_dir / lang / "index.md").is_file():
            where = (project.pages_dir / lang).relative_to(project.root).as_posix()
            problems.append(Diagnostic("warning", where, "no hand-written index.md"))
    return problems
