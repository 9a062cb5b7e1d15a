"""Generate the pages and build both languages: what `linimasa build` and the MkDocs hook run.

`generate` is the whole generator (corpus -> pages and data in content/build/<lang>/); the
MkDocs hook calls it and nothing else, so the site also builds with the generator run first and
MkDocs swapped for another builder that reads the same mkdocs.yml (Zensical). `build` then runs
the builder once per language into a staging folder and swaps it in only when everything
succeeded, so a failed build leaves the previous site/ intact. The site folder is replaced only
when it is one Linimasa built (it carries `SITE_MARKER`), and both run under the project's lock
(generator/lock.py), one build at a time.
"""

from __future__ import annotations

import datetime as dt
import gc
import html
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator import evaluate
from generator.cache import Cache
from generator.cachekey import project_signer
from generator.config import Project, site_titles
from generator.core.model import Corpus, Diagnostic, Lang
from generator.editing.backends import load_backend
from generator.lock import project_lock
from generator.pages import read_pages
from generator.pipeline import Inputs, extract
from generator.progress import Progress
from generator.publish import areas, exports, pagecache, render, serialize, themefiles, write
from generator.read.files import OUTSIDE, Refused, inside, read_bounded
from generator.read.yamlsafe import YamlProblem
from generator.read.yamlsafe import load as load_yaml

# Pages the renderer composes from a hand-written part and generated figures.
COMPOSED = ("index.md", "methodology.md")
# What marks a site folder as Linimasa's (written into it by every build): only such a folder
# (or an empty or missing one) is ever replaced.
SITE_MARKER = ".linimasa-site"
SITE_MARKER_TEXT = "Built by linimasa: the whole folder is replaced by the next build.\n"
# The gold file (scored for the methodology page) is a list of a few hundred expressions.
MAX_GOLD_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Generated:
    corpus: Corpus
    accuracy: Mapping[str, Any] | None
    diagnostics: tuple[Diagnostic, ...]
    written: int
    rendered: int = 0  # pages of one event or article rendered (the rest were unchanged)
    fragments: int = 0  # parts of the corpus-wide files rendered (the rest were reused)
    titles: Mapping[str, str] = field(default_factory=dict)  # the story's title per language


def extract_project(
    project: Project, jobs: int | None = None, progress: Progress | None = None
) -> Corpus:
    """The project's corpus, with the per-article cache in `.linimasa-cache/` (under the
    project's lock: the cache is shared with any other build)."""
    with project_lock(project.root):
        return _extract_project(project, jobs, progress)


def _extract_project(project: Project, jobs: int | None, progress: Progress | None) -> Corpus:
    name = os.environ.get("LINIMASA_TRANSLATOR", project.translator)
    pairs = [(a, b) for a in project.langs for b in project.langs if a != b]
    backend, problems = load_backend(name, pairs, "pyproject.toml [tool.linimasa] translator")
    corpus = extract(
        [project.path(project.seeds)],
        Inputs(
            editorial=project.editorial,
            translations=project.translations,
            root=project.root,
            backend=backend,
        ),
        jobs=jobs,
        cache=(cache := Cache(_cache_folder(project, problems), project_signer(project.root))),
        progress=progress,
    )
    note(cache.notes)
    if not problems:
        return corpus
    return replace(corpus, diagnostics=(*problems, *corpus.diagnostics))


def _cache_folder(project: Project, problems: list[Diagnostic]) -> Path | None:
    """The cache folder, unless it is a link out of the project (whose writes would land
    there): then the build goes without, and says so."""
    folder = project.cache_dir
    if folder is None or not (folder.exists() or folder.is_symlink()):
        return folder
    if not folder.is_symlink() and inside(folder, project.root):
        return folder
    # A link, even to a folder of the project: the cache deletes what it does not know there.
    problems.append(
        Diagnostic("warning", folder.name, "is a link, not a folder; building without a cache")
    )
    return None


def note(lines: list[str]) -> None:
    """Tell the user what a build found wrong in its cache (and did again): on stderr, not as
    a diagnostic, since there is nothing for an editor to fix."""
    for line in dict.fromkeys(lines):
        sys.stderr.write(f"linimasa: note: {line}\n")


def score(
    project: Project, corpus: Corpus, problems: list[Diagnostic] | None = None
) -> Mapping[str, Any] | None:
    """Accuracy against the project's gold file, for the methodology page (None without one,
    or with one that cannot be read: its problem is added to `problems`)."""
    gold = project.path(project.gold)
    if not gold.is_file():
        return None
    try:
        data = read_gold(gold, project.root)
        report = evaluate.evaluate(corpus, data if isinstance(data, dict) else {})
    except (GoldError, ValueError, TypeError, KeyError, AttributeError) as err:
        line = err.line if isinstance(err, GoldError) else None
        message = err.message if isinstance(err, GoldError) else "not a gold file the scorer reads"
        if problems is not None:
            problems.append(Diagnostic("warning", project.gold, message, line))
        return None
    # A gold file about other articles says nothing about these: "not measured", not zeros.
    return report.to_dict() if report.articles else None


class GoldError(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def read_gold(path: Path, root: Path | None = None) -> Any:
    """The data of a gold file (bounded, plain YAML), or raise `GoldError`."""
    try:
        text = read_bounded(path, MAX_GOLD_BYTES, root).decode("utf-8")
        return load_yaml(text, max_nodes=1_000_000)
    except Refused as err:
        raise GoldError(f"the gold file {err}") from None
    except OSError as err:
        raise GoldError(f"cannot read the gold file: {err.strerror}") from None
    except UnicodeDecodeError:
        raise GoldError("the gold file is not UTF-8 text") from None
    except YamlProblem as err:
        raise GoldError(f"malformed gold file: {err.message}", err.line) from None


def handwritten(project: Project, lang: Lang) -> dict[str, str | bytes]:
    """Hand-written pages of one language, by path relative to content/pages/<lang>/ (what
    cannot be published left out: see `generator.pages`)."""
    return read_pages(project, lang).files


def language_tree(
    corpus: Corpus,
    lang: Lang,
    pages: Mapping[str, str | bytes],
    accuracy: Mapping[str, Any] | None = None,
) -> dict[str, str | bytes]:
    """Every file of one language's docs folder: pages, hand-written pages, data and exports."""
    planned = language_plan(corpus, lang, pages, accuracy)
    return {p: write.made(c) for p, c in planned.items()}


def language_plan(
    corpus: Corpus,
    lang: Lang,
    pages: Mapping[str, str | bytes],
    accuracy: Mapping[str, Any] | None = None,
    corpus_json: bytes | None = None,
    *,
    index: render.SiteIndex | None = None,
    fragments: pagecache.Fragments | None = None,
    title: str = "",
) -> dict[str, write.Content]:
    """`language_tree` with every generated file made only when the writer needs it: pages of
    one event or article keyed by their inputs, the corpus-wide files made from fragments.
    `title` is the story's title the site config gives ("": the corpus decides)."""
    fragments = fragments or pagecache.Fragments()
    index = index or render.index_site(corpus)
    tree: dict[str, write.Content] = {p: t for p, t in pages.items() if p not in COMPOSED}
    composed = {p: t for p, t in pages.items() if p in COMPOSED and isinstance(t, str)}
    tree.update(
        render.plan_site(
            corpus, lang, composed, accuracy, index=index, fragments=fragments, title=title
        )
    )
    # Made once per build for every language (`generate`): the same file in each.
    tree["data/corpus.json"] = corpus_json or serialize.corpus_data(
        corpus, fragments, index.digests
    )
    tree.update(exports.export_data(corpus, lang, fragments, index.digests))
    return tree


def generate(
    project: Project, jobs: int | None = None, progress: Progress | None = None
) -> Generated:
    """Regenerate content/build/<lang>/ for every language.

    Pages whose inputs did not change since the last build are neither rendered nor compared
    (see generator/publish/pagecache.py); the output is byte for byte that of a build from scratch.
    `progress` shows the stages on a terminal (see generator.progress). Runs under the
    project's lock."""
    with project_lock(project.root):
        return _generate(project, jobs, progress or Progress.quiet())


def _generate(project: Project, jobs: int | None, progress: Progress) -> Generated:
    for lang in project.langs:
        area = project.build_dir(lang)
        # No folder on the way from the project to the area may be a link: the area and its
        # spare are written and swapped there.
        linked = [
            p for p in (area, *area.parents) if p != project.root and p.is_relative_to(project.root)
        ]
        if any(p.is_symlink() for p in linked) or not inside(area.parent, project.root):
            raise write.UnsafeArea(f"{area} is reached through a link: refusing to write there")
    corpus = extract_project(project, jobs, progress)
    problems: list[Diagnostic] = []
    accuracy = score(project, corpus, problems)
    fragment_file, records = pagecache.cache_paths(_cache_folder(project, []))
    signer = project_signer(project.root)
    configured = site_titles(project)
    written = rendered = 0
    # The corpus is done and lives to the end: keeping it out of the cycle collector's passes
    # spares rendering a full pass over it each time enough new objects pile up.
    gc.freeze()
    try:
        fragments = pagecache.Fragments(fragment_file, signer)
        note(fragments.notes)
        index = render.index_site(corpus)
        corpus_json = serialize.corpus_data(corpus, fragments, index.digests)
        progress.start("rendering and writing languages", len(project.langs))
        for lang in project.langs:
            pages = read_pages(project, lang)
            problems.extend(pages.diagnostics)
            tree = language_plan(
                corpus,
                lang,
                pages.files,
                accuracy,
                corpus_json,
                index=index,
                fragments=fragments,
                title=configured[lang],
            )
            report = write.write_tree(
                project.build_dir(lang), tree, pagecache.record_path(records, lang), signer
            )
            written += len(report.written) + len(report.removed)
            rendered += report.made
            progress.advance()
        fragments.save()
        theme = write.write_tree(
            project.theme_dir, themefiles.theme_tree(), pagecache.record_path(records, "theme")
        )
        written += len(theme.written) + len(theme.removed)
    finally:
        gc.unfreeze()
    progress.finish()
    titles = {
        lang: render.story_title(index, lang, configured[lang]).text for lang in project.langs
    }
    diagnostics = (*corpus.diagnostics, *problems)
    return Generated(corpus, accuracy, diagnostics, written, rendered, fragments.made, titles)


class BuildError(Exception):
    """The site builder failed; the previous site/ is left as it was."""


def language_urls(site_url: str | None, langs: tuple[Lang, ...]) -> dict[str, str]:
    """Per-language site_url environment for the configs, from one root SITE_URL."""
    if not site_url:
        return {}
    root = site_url if site_url.endswith("/") else site_url + "/"
    return {"SITE_URL": root, **{f"SITE_URL_{lang.upper()}": f"{root}{lang}/" for lang in langs}}


def build(
    project: Project,
    *,
    site_url: str | None = None,
    strict: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> Generated:
    """Generate, build every language into staging, add the root files, then swap into site/
    (all under the project's lock)."""
    with project_lock(project.root):
        return _build(project, site_url, strict, jobs, progress or Progress.quiet())


def _build(
    project: Project, site_url: str | None, strict: bool, jobs: int | None, progress: Progress
) -> Generated:
    site = project.path(project.site)
    check_site(site, project.root)
    generated = generate(project, jobs, progress)
    recover(site)
    staging = areas.aside(site, "staging")
    env = {
        **os.environ,
        **language_urls(site_url or os.environ.get("SITE_URL"), project.langs),
        "LINIMASA_SKIP_HOOK": "1",  # the pages were generated just above
        # The story's title where a config leaves it to the corpus (read by the plugin).
        **{f"LINIMASA_SITE_NAME_{lang.upper()}": t for lang, t in generated.titles.items()},
        # Pages and sitemaps carry a build date: pin it to the corpus, not the clock.
        "SOURCE_DATE_EPOCH": os.environ.get("SOURCE_DATE_EPOCH")
        or str(corpus_epoch(generated.corpus)),
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
    }
    try:
        progress.start("building languages with MkDocs", len(project.langs))
        for lang in project.langs:
            # Always strict: a broken link in generated pages is a bug, never a site to publish.
            command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict"]
            command += ["-f", str(project.mkdocs_config(lang)), "-d", str(staging / lang)]
            done = subprocess.run(
                command, cwd=project.root, env=env, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise BuildError(f"mkdocs build of '{lang}' failed:\n{done.stderr.strip()}")
            progress.advance()
        progress.finish()
        write_root_files(staging, project.langs)
        check_site(site, project.root)
        swap_in(staging, site)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return generated


def corpus_epoch(corpus: Corpus) -> int:
    """Seconds since the epoch of the corpus' latest publication date (0 when none is known)."""
    dates = [d.dct.value for d in corpus.articles if d.dct.value]
    if not dates:
        return 0
    latest = dt.date.fromisoformat(max(dates))
    return int(dt.datetime(latest.year, latest.month, latest.day, tzinfo=dt.UTC).timestamp())


def write_root_files(staging: Path, langs: tuple[Lang, ...]) -> None:
    """site/index.html sends a reader to their language; site/404.html serves misses."""
    default = langs[0]
    options = "".join(
        f'<li><a href="{html.escape(lang)}/" hreflang="{html.escape(lang)}">{_LANG_NAMES[lang]}</a></li>'
        for lang in langs
    )
    known = ",".join(f'"{lang}"' for lang in langs)
    page = _ROOT_INDEX.format(default=default, options=options, known=known)
    (staging / "index.html").write_text(page, "utf-8")
    not_found = staging / default / "404.html"
    if not_found.is_file():
        shutil.copyfile(not_found, staging / "404.html")
    (staging / ".nojekyll").write_text("", "utf-8")
    (staging / SITE_MARKER).write_text(SITE_MARKER_TEXT, "utf-8")


# What a site folder held when Linimasa built it before it wrote its marker.
_UNMARKED = {".nojekyll", "index.html", "404.html"}


def check_site(site: Path, root: Path) -> None:
    """Raise BuildError unless the build may replace `site`: a folder Linimasa built (with its
    marker), an empty one or none, inside the project and not a link."""
    if site.is_symlink() or not inside(site.parent, root):
        raise BuildError(f"{site} {OUTSIDE}: refusing to replace it")
    marker = site / SITE_MARKER
    if not site.exists() or (marker.is_file() and not marker.is_symlink()):
        return
    if not site.is_dir():
        raise BuildError(f"{site} is a file, not a site folder: refusing to replace it")
    names = {p.name for p in site.iterdir()}
    # A site built before the marker: the root files and one folder per language.
    langs = {n for n in names - _UNMARKED if (site / n / "sitemap.xml").is_file()}
    built_before = "index.html" in names and bool(langs) and names <= _UNMARKED | langs
    if not names or built_before:
        return
    raise BuildError(
        f"{site} holds files Linimasa did not build (no {SITE_MARKER}): refusing to replace "
        "it; remove it, or set another site folder under [tool.linimasa] in pyproject.toml"
    )


def recover(site: Path) -> None:
    """Undo what an interrupted build left: its staging folder, or a site/ renamed aside
    (of builds no longer running)."""
    areas.recover_area(site, spare=False)


def swap_in(staging: Path, site: Path) -> None:
    """Replace `site` by `staging` with two renames, so readers never see a half-built site."""
    old = areas.aside(site, "old")
    if site.exists():
        site.rename(old)
    try:
        staging.rename(site)
    except OSError:
        if old.exists():
            old.rename(site)
        raise
    shutil.rmtree(old, ignore_errors=True)


_LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}

_ROOT_INDEX = """<!doctype html>
<html lang="{default}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Linimasa</title>
<noscript><meta http-equiv="refresh" content="0; url={default}/"></noscript>
<script>
(function () {{
  var known = [{known}];
  var wanted = (navigator.languages || [navigator.language || ""]).map(function (l) {{
    return String(l).slice(0, 2).toLowerCase();
  }});
  var lang = wanted.filter(function (l) {{ return known.indexOf(l) >= 0; }})[0] || known[0];
  location.replace(lang + "/" + location.hash);
}})();
</script>
</head>
<body>
<ul>{options}</ul>
</body>
</html>
"""
