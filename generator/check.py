"""`linimasa check`: everything in the corpus and content that needs an editor's attention."""

from __future__ import annotations

from generator import site, translate
from generator.config import Project
from generator.model import LANGS, Diagnostic


def check(project: Project) -> list[Diagnostic]:
    """Unreadable articles, undated ones, stale editorial entries, missing or stale translations."""
    corpus = site.extract_project(project)
    problems = list(corpus.diagnostics)
    memories = {
        lang: translate.load_memory(project.translations / f"{lang}.yaml", lang)[0]
        for lang in LANGS
    }
    problems.extend(translate.missing_translations(corpus.events, memories))
    for lang in LANGS:
        if not (project.pages_dir / lang / "index.md").is_file():
            problems.append(
                Diagnostic("warning", str(project.pages_dir / lang), "no hand-written index.md")
            )
    return problems
