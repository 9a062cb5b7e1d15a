"""The pure pipeline: article files in, a `Corpus` out (no pages, no site).

load -> temporal (DCT, time expressions) -> events -> anchor (corpus DCT for undated articles)
-> merge -> editorial -> translate. Each stage is a function of the previous stage's records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator import anchor, editorial, events, merge, temporal, translate
from generator.load import load_paths
from generator.model import LANGS, Corpus, DatedArticle, Diagnostic


@dataclass(frozen=True, slots=True)
class Inputs:
    """Editor-curated inputs beside the articles (all optional)."""

    editorial: Path | None = None
    translations: Path | None = None  # folder of <lang>.yaml memories
    root: Path | None = None  # name article files relative to this folder


def extract(paths: Iterable[str | Path], inputs: Inputs | None = None) -> Corpus:
    """Read, date, and merge the articles named by `paths` into a corpus."""
    inputs = inputs or Inputs()
    loaded = load_paths(paths, relative_to=inputs.root)
    diagnostics: list[Diagnostic] = list(loaded.diagnostics)

    dated = tuple(temporal.date_article(a) for a in loaded.articles)
    dated = anchor.anchor_undated(dated)
    diagnostics.extend(_dating_problems(dated))

    mentions = [m for d in dated for m in events.find_mentions(d)]
    timeline = merge.merge_mentions(mentions)

    if inputs.editorial is not None:
        edits, problems = editorial.load_editorial(inputs.editorial)
        diagnostics.extend(problems)
        timeline, problems = editorial.apply_editorial(timeline, edits)
        diagnostics.extend(problems)

    memories = {}
    if inputs.translations is not None:
        for lang in LANGS:
            memory, problems = translate.load_memory(inputs.translations / f"{lang}.yaml", lang)
            memories[lang] = memory
            diagnostics.extend(problems)
    timeline, problems = translate.translate_events(timeline, memories)
    diagnostics.extend(problems)

    return Corpus(
        articles=tuple(sorted(dated, key=lambda d: d.article.id)),
        events=tuple(sorted(timeline, key=lambda e: (e.date, e.id))),
        diagnostics=tuple(diagnostics),
    )


def _dating_problems(dated: Sequence[DatedArticle]) -> list[Diagnostic]:
    """Articles whose dates could not be established: the build says so instead of guessing."""
    problems = []
    for d in dated:
        unresolved = [t for t in d.timexes if "unresolved" in t.flags]
        if d.dct.value is None:
            detail = (
                f"; {len(unresolved)} relative expression(s) left unresolved "
                f"(first: '{unresolved[0].text}', line {d.article.line_of(unresolved[0].start)})"
                if unresolved
                else ""
            )
            problems.append(
                Diagnostic(
                    "warning",
                    d.article.file,
                    "no publication date: none in metadata, the text, or shared events"
                    + detail
                    + "; add 'published' to its metadata",
                )
            )
        if not d.timexes:
            problems.append(Diagnostic("warning", d.article.file, "no time expressions found"))
    return problems
