"""`linimasa new`: a fresh story project that builds at once from any folder, with a front page
and page metadata made from its own articles and nothing of the demo story (issue 19).

The story here is made up (a reservoir embankment that gives way in an invented regency),
written for these tests in the style of Indonesian and English news.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.dates import get_day_names, get_month_names
from conftest import serve
from support import ROOT

from generator import newproject
from generator.config import load_project, site_titles
from generator.publish.write import MARKER_TEXT

ARTICLES = {
    "kabar-lembah-tanggul-jebol.md": """---
title: Tanggul Waduk Sindangraja Jebol, Ratusan Warga Mengungsi
outlet: Kabar Lembah
published: 2023-03-07
language: id
---

SINDANGRAJA, Kabar Lembah – Tanggul Waduk Sindangraja di Kabupaten Lembah Hijau jebol pada Senin (6/3/2023) malam setelah hujan deras turun sejak Minggu sore.

Air dari waduk merendam empat desa di hilir dan memaksa sekitar 600 warga mengungsi ke balai desa dan sekolah terdekat.

Bupati Lembah Hijau Ratna Wulandari mengatakan tim gabungan mulai mengevakuasi warga pada Selasa (7/3/2023) pagi. "Prioritas kami keselamatan warga," kata Ratna.

Waduk Sindangraja dibangun pada 1987 untuk mengairi sawah di tiga kecamatan.
""",
    "warta-pesisir-tanggap-darurat.md": """---
title: Lembah Hijau Tetapkan Tanggap Darurat Usai Tanggul Sindangraja Jebol
outlet: Warta Pesisir
published: 2023-03-08
language: id
---

Bupati Lembah Hijau Ratna Wulandari menetapkan status tanggap darurat selama 14 hari pada Rabu (8/3/2023).

Penetapan itu menyusul jebolnya tanggul Waduk Sindangraja pada Senin (6/3/2023) malam, yang merendam empat desa.

Menurut Ratna, perbaikan tanggul dijadwalkan dimulai pekan depan setelah air surut.
""",
    "eastern-daily-reservoir.md": """---
title: Reservoir embankment gives way in Lembah Hijau, hundreds evacuated
outlet: Eastern Daily
published: 2023-03-09
language: en
---

The embankment of the Sindangraja reservoir in Lembah Hijau regency gave way on Monday night, March 6, 2023, flooding four villages downstream.

Regent Ratna Wulandari declared a 14-day emergency on Wednesday, March 8, and said repairs were scheduled to begin next week.

The reservoir was built in 1987 to irrigate rice fields in three districts.
""",
}
OUTLETS = ("Kabar Lembah", "Warta Pesisir", "Eastern Daily")
LANGS = ("id", "en")
LOCALES = {"id": "id_ID", "en": "en_GB"}
# What a build may say about the new story: its translations are still to be written.
MISSING_TRANSLATION = re.compile(r"has no (id|en) translation|more like this: .*has no")


def linimasa(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line as a user runs it, from `cwd` (never the repository)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def seed_words() -> set[str]:
    """Names of the demo story: the words its editorial titles, hand-written pages and site
    titles write capitalised inside a sentence (at least four letters: Vladimir, not "Kim"),
    less calendar words, the interface's own words (language names in the switcher) and the
    names the new story shares with it."""
    editorial = yaml.safe_load((ROOT / "content" / "editorial.yaml").read_text("utf-8"))
    texts = [str(t) for edit in editorial["events"].values() for t in edit["title"].values()]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "content" / "pages").rglob("*.md"))]
    texts += site_titles(load_project(ROOT)).values()
    names = {w for text in texts for w in re.findall(r"(?<=[\w,] )[A-Z][a-z]{3,}\b", text)}
    calendar = {
        str(name)
        for lang in LANGS
        for width in ("wide", "abbreviated")
        for table in (get_month_names(width, locale=lang), get_day_names(width, locale=lang))
        for name in table.values()
    }
    ours = " ".join(ARTICLES.values())
    interface = " ".join(
        p.read_text("utf-8")
        for p in (
            *(ROOT / "generator" / "publish" / "messages").glob("*.yaml"),
            *(ROOT / "generator" / "project_template").glob("mkdocs*.yml"),
        )
    )
    return {w for w in names if w not in calendar and w not in ours and w not in interface}


# ---- the project `linimasa new` writes ---------------------------------------------------------


def test_new_writes_a_story_project_and_nothing_of_the_demo(tmp_path: Path) -> None:
    done = linimasa(tmp_path, "new", "story", "--title-en", "The embankment")
    assert done.returncode == 0, done.stderr
    project = tmp_path / "story"
    written = {p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file()}
    assert written == {
        ".github/workflows/pages.yml",
        ".gitignore",
        "README.md",
        "content/build/en/.gitignore",
        "content/build/id/.gitignore",
        "content/build/theme/.gitignore",
        "content/editorial.yaml",
        "content/translations/en.yaml",
        "content/translations/id.yaml",
        "mkdocs.en.yml",
        "mkdocs.yml",
        "requirements.txt",
        "seeds/.gitkeep",
    }
    assert (project / "content" / "build" / "theme" / ".gitignore").read_text() == MARKER_TEXT
    words = seed_words()
    assert len(words) >= 5, words
    for name in written:
        text = (project / name).read_text("utf-8")
        assert not [w for w in words if re.search(rf"\b{w}\b", text)], name
    # The English title is the one given; the Indonesian is left to the corpus.
    assert site_titles(load_project(project)) == {"id": "", "en": "The embankment"}
    # The editor's files are empty and read without a problem.
    check = linimasa(project, "check")
    assert check.returncode == 1  # an empty seeds/ is worth a warning, and nothing else
    assert check.stdout + check.stderr == "warning: seeds: no .txt or .md articles here\n"
    # From any folder of the project, as from the project itself.
    below = linimasa(project / "content" / "translations", "check")
    assert (below.returncode, below.stderr) == (check.returncode, check.stderr)


def test_new_refuses_to_overwrite_anything_and_writes_nothing(tmp_path: Path) -> None:
    project = tmp_path / "story"
    (project / "content").mkdir(parents=True)
    (project / "content" / "editorial.yaml").write_text("events: {mine: {hide: true}}\n")
    done = linimasa(tmp_path, "new", "story")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert "content/editorial.yaml already exists" in done.stderr
    assert (project / "content" / "editorial.yaml").read_text() == "events: {mine: {hide: true}}\n"
    assert sorted(p.name for p in project.rglob("*")) == ["content", "editorial.yaml"]


def test_new_refuses_a_file_for_a_folder(tmp_path: Path) -> None:
    (tmp_path / "story").write_text("notes\n")
    done = linimasa(tmp_path, "new", "story")
    assert done.returncode == 2
    assert (
        done.stderr == f"linimasa: {Path('story')} is a file, not a folder; nothing was written\n"
    )
    assert (tmp_path / "story").read_text() == "notes\n"


def test_new_refuses_a_site_url_that_is_not_a_web_address(tmp_path: Path) -> None:
    done = linimasa(tmp_path, "new", "story", "--site-url", "javascript:alert(1)")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert not (tmp_path / "story").exists()


def test_titles_and_site_url_reach_the_site_configs_as_given(tmp_path: Path) -> None:
    from mkdocs.config import load_config

    title = 'Banjir: "Jakarta" #1 & <b>dua</b> — 100%'
    done = linimasa(
        tmp_path,
        *("new", "story", "--title-id", title, "--title-en", "yes"),
        *("--site-url", "https://example.org/cerita"),
    )
    assert done.returncode == 0, done.stderr
    configs = {
        "id": load_config(str(tmp_path / "story" / "mkdocs.yml")),
        "en": load_config(str(tmp_path / "story" / "mkdocs.en.yml")),
    }
    assert configs["id"]["site_name"] == title
    assert configs["en"]["site_name"] == "yes"  # a string, not YAML's boolean
    assert configs["id"]["site_url"] == "https://example.org/cerita/id/"
    assert configs["en"]["site_url"] == "https://example.org/cerita/en/"
    assert configs["id"]["extra"]["site_root"] == "https://example.org/cerita/"


def test_the_demo_configs_are_what_new_writes_for_the_demo_titles() -> None:
    titles = site_titles(load_project(ROOT))
    files = newproject.project_files(newproject.Story(titles["id"], titles["en"]))
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        assert (ROOT / name).read_text("utf-8") == files[name], name


def test_the_package_ships_every_file_the_generator_reads() -> None:
    """A non-editable install carries only the package data pyproject.toml names."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    declared = config["tool"]["setuptools"]["package-data"]
    shipped: set[Path] = set()
    for package, patterns in declared.items():
        folder = ROOT.joinpath(*package.split("."))
        for pattern in patterns:
            shipped.update(p for p in folder.glob(pattern) if p.is_file())
    data = {
        p
        for p in (ROOT / "generator").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }
    assert data - shipped == set()


# ---- a new project with articles of another story, built and read in Chromium -----------------


@pytest.fixture(scope="module")
def new_story(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, str]]:
    """A project made with `linimasa new`, three articles added, built (with `-C`, from
    another folder) for the address it is served at."""
    where = tmp_path_factory.mktemp("new")
    done = linimasa(where, "new", "story")
    assert done.returncode == 0, done.stderr
    project = where / "story"
    for name, text in ARTICLES.items():
        (project / "seeds" / name).write_text(text, "utf-8")
    (project / "site").mkdir()
    server, served = serve(project / "site")
    try:
        done = linimasa(where, "-C", "story", "build", "--site-url", served.url)
        assert done.returncode == 0, done.stderr
        yield served, project, done.stderr
    finally:
        server.shutdown()
        server.server_close()


def _pages(site: Path, lang: str) -> list[str]:
    return sorted(
        p.relative_to(site / lang).as_posix()
        for p in (site / lang).rglob("*.html")
        if not p.relative_to(site / lang).as_posix().startswith(("assets/", "search/"))
    )


@pytest.mark.slow
def test_the_build_warns_only_of_translations_check_lists(
    new_story: tuple[Any, Path, str],
) -> None:
    _, project, log = new_story
    problems = [line for line in log.splitlines() if line.startswith(("warning", "error"))]
    assert problems, "a new story has translations to write"
    assert all(MISSING_TRANSLATION.search(line) for line in problems), problems
    listed = set(linimasa(project, "check").stderr.splitlines())
    assert {line for line in problems if "more like this" not in line} <= listed


@pytest.mark.slow
def test_the_data_carries_the_new_story_only(new_story: tuple[Any, Path, str]) -> None:
    _, project, _ = new_story
    corpus = json.loads((project / "site" / "id" / "data" / "corpus.json").read_text("utf-8"))
    assert sorted(a["outlet"] for a in corpus["articles"]) == sorted(OUTLETS)
    text = json.dumps(corpus, ensure_ascii=False)
    assert not [w for w in seed_words() if re.search(rf"\b{w}\b", text)]


def _head(page: Any) -> dict[str, str]:
    """The page's <title> and the content of its description, Open Graph and Twitter tags."""
    return page.evaluate(
        """() => {
          const found = {title: document.title};
          for (const m of document.querySelectorAll("meta[name], meta[property]")) {
            const key = m.getAttribute("property") || m.getAttribute("name");
            if (/^(description|og:|twitter:)/.test(key)) {
              found[key] = found[key] === undefined ? m.content : found[key] + "|" + m.content;
            }
          }
          return found;
        }"""
    )


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_no_page_mentions_the_demo_story_and_each_has_its_own_metadata(
    new_story: tuple[Any, Path, str], lang: str, page: Any
) -> None:
    served, project, _ = new_story
    words = seed_words()
    titles: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    other = next(code for code in LANGS if code != lang)
    for path in _pages(project / "site", lang):
        page.goto(f"{served.url}{lang}/{path.removesuffix('index.html')}")
        shown = page.evaluate("() => document.body.innerText")
        head = _head(page)
        seen = [w for w in words if re.search(rf"\b{w}\b", shown + json.dumps(head))]
        assert not seen, (path, seen)
        assert head["og:locale"] == LOCALES[lang], path
        assert head["og:locale:alternate"] == LOCALES[other], path
        assert head["twitter:card"] == "summary", path
        for key in ("description", "og:title", "og:description", "og:site_name"):
            assert head.get(key, "").strip(), (path, key)
        assert head["twitter:title"] == head["og:title"], path
        assert head["og:description"] == head["description"], path
        if path != "404.html":
            titles[path] = head["title"]
            descriptions[path] = head["description"]
    assert len(titles) >= 10
    assert len(set(titles.values())) == len(titles), "each page has its own <title>"
    assert len(set(descriptions.values())) == len(descriptions), "each its own description"


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_the_front_page_tells_the_new_story(
    new_story: tuple[Any, Path, str], lang: str, page: Any
) -> None:
    served, project, _ = new_story
    site = project / "site" / lang
    corpus = json.loads((site / "data" / "corpus.json").read_text("utf-8"))
    timeline = json.loads((site / "data" / "timeline.json").read_text("utf-8"))
    page.goto(f"{served.url}{lang}/")
    title = page.locator("h1").first.inner_text().strip()
    # The story's title, the same in the header, the page title and the social card: that of
    # a development the most articles report (the configs leave it to the corpus).
    header = page.locator(".md-header__topic").first.inner_text().strip()
    assert title.startswith(header)
    assert page.title() == header
    assert _head(page)["og:site_name"] == header
    most = max(len({s["article"] for s in e["sources"]}) for e in corpus["events"])
    candidates = {
        text
        for e in corpus["events"]
        if len({s["article"] for s in e["sources"]}) == most
        for text in e["title"].values()
    }
    assert header in candidates, (header, candidates)
    # ... in the page's language: the English site takes the English report's words.
    chosen = [e for e in corpus["events"] if header in e["title"].values()]
    assert chosen
    assert all(e["title"].get(lang) == header for e in chosen), (lang, header)
    # The story's own period (its background, the reservoir built in 1987, apart).
    figures = page.locator("dl.linimasa-figures").inner_text()
    period = page.locator("dl.linimasa-figures > div").first.inner_text()
    start, end = timeline["story"]["start"], timeline["story"]["end"]
    for day in {start, end}:
        assert str(int(day[8:])) in period, (day, period)
    assert end[:4] in period
    assert "1987" not in period
    for outlet in OUTLETS:
        assert outlet in figures
    # Every key development of the story is linked from the front page.
    key = [e for e in timeline["events"] if e["key"] and e["start"] and e["start"] >= start]
    assert key
    links = page.locator(".linimasa-key-events a").evaluate_all("links => links.map(a => a.href)")
    for event in key:
        assert f"{served.url}{lang}/{event['url']}" in links, (event["url"], links)
    # A lead of the story's own, and how to read the site.
    lead = page.locator(".linimasa-story-lead").inner_text()
    assert header.split()[0] in lead
    assert page.locator(".linimasa-how-to-read li").count() >= 5
