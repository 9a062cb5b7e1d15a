"""The whole product path: seeds -> both languages in site/, strict, identical on rebuild."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import copy_project, linimasa, tree_bytes

pytestmark = pytest.mark.slow

SITE_URL = "https://example.org/linimasa/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("a") / "project")
    # `linimasa build` always runs `mkdocs build --strict` for both languages: any MkDocs
    # warning fails it.
    done = linimasa(project, "build", "--site-url", SITE_URL)
    assert done.returncode == 0, done.stderr
    return project


def test_both_languages_have_the_same_pages(built: Path) -> None:
    site = built / "site"
    pages = {
        lang: {p.relative_to(site / lang).as_posix() for p in (site / lang).rglob("index.html")}
        for lang in ("id", "en")
    }
    assert pages["id"] == pages["en"]
    for required in (
        "index.html",
        "timeline/index.html",
        "sources/index.html",
        "methodology/index.html",
    ):
        assert required in pages["id"]
    corpus = (built / "content" / "build" / "id" / "data" / "corpus.json").read_text("utf-8")
    for article_id in re.findall(r'"id": "(\d{3}_[0-9a-f]+)"', corpus):
        assert f"sources/{article_id}/index.html" in pages["id"]
    assert (site / "index.html").is_file(), "the root sends readers to their language"
    assert (site / "404.html").is_file()


def test_html_lang_and_language_links(built: Path) -> None:
    for lang in ("id", "en"):
        for page in (built / "site" / lang).rglob("index.html"):
            html = page.read_text("utf-8")
            assert f'<html lang="{lang}"' in html, page
            assert 'hreflang="id"' in html, page
            assert 'hreflang="en"' in html, page


def test_site_url_sets_each_language_root(built: Path) -> None:
    sitemap = (built / "site" / "en" / "sitemap.xml").read_text("utf-8")
    assert "<loc>https://example.org/linimasa/en/</loc>" in sitemap


def test_no_absolute_paths_of_the_machine_leak(built: Path) -> None:
    for path in (built / "site").rglob("*"):
        if path.suffix in {".html", ".json", ".xml", ".md"}:
            assert str(built) not in path.read_text("utf-8", errors="replace"), path


def test_rebuild_is_byte_identical_anywhere_anytime(built: Path, tmp_path: Path) -> None:
    other = copy_project(tmp_path / "elsewhere" / "project")
    done = linimasa(
        other,
        "build",
        "--site-url",
        SITE_URL,
        env={"TZ": "America/Los_Angeles", "LC_ALL": "C", "LANG": "C"},
    )
    assert done.returncode == 0, done.stderr
    first, second = tree_bytes(built / "site"), tree_bytes(other / "site")
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []


def test_rebuild_is_byte_identical_on_another_day(built: Path, tmp_path: Path) -> None:
    """The machine's clock never reaches the output (libfaketime moves it by years)."""
    faketime = shutil.which("faketime")
    assert faketime, "this test needs libfaketime's `faketime` (Debian: apt-get install faketime)"
    other = copy_project(tmp_path / "project")
    done = subprocess.run(
        [
            faketime,
            "2031-07-01 12:00:00",
            sys.executable,
            "-m",
            "generator",
            "-C",
            str(other),
            "build",
            "--site-url",
            SITE_URL,
        ],
        cwd=other,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    first, second = tree_bytes(built / "site"), tree_bytes(other / "site")
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []


def test_failed_build_keeps_the_previous_site(built: Path) -> None:
    before = tree_bytes(built / "site")
    config = built / "mkdocs.en.yml"
    original = config.read_text("utf-8")
    try:
        config.write_text(original + "\ntheme:\n  name: no-such-theme\n", "utf-8")
        done = linimasa(built, "build", "--site-url", SITE_URL)
        assert done.returncode == 1
        assert "failed" in done.stderr
        assert "Traceback" not in done.stderr
    finally:
        config.write_text(original, "utf-8")
    assert tree_bytes(built / "site") == before


def test_accuracy_is_not_measured_against_a_gold_of_other_articles(tmp_path: Path) -> None:
    from generator.config import load_project
    from generator.site import extract_project, score

    seeds_project = load_project(copy_project(tmp_path / "seeds"))
    assert score(seeds_project, extract_project(seeds_project)), "the seeds are scored"
    project = copy_project(tmp_path / "other")
    for seed in (project / "seeds").iterdir():
        seed.rename(seed.with_name("other-" + seed.name))
    other = load_project(project)
    assert score(other, extract_project(other)) is None


def test_accuracy_reads_the_gold_as_the_evaluator_does(tmp_path: Path) -> None:
    """A gold file naming articles by id (not file name) is scored as the evaluator scores
    it; one whose articles are left empty, or that is not a mapping, is "not measured"
    (never an internal error)."""
    import yaml

    from generator.config import load_project
    from generator.site import extract_project, score

    seeds_project = load_project(copy_project(tmp_path / "seeds"))
    expected = score(seeds_project, extract_project(seeds_project))
    root = copy_project(tmp_path / "spaced")
    for seed in (root / "seeds").iterdir():  # ids now differ from the file stems
        seed.rename(seed.with_name("berita " + seed.name))
    project = load_project(root)
    corpus = extract_project(project)
    gold_file = project.path(project.gold)
    gold = yaml.safe_load(gold_file.read_text("utf-8"))
    specs = {Path(name).stem: spec for name, spec in gold["articles"].items()}
    by_id = {
        d.article.id: specs[Path(d.article.file).stem[len("berita ") :]] for d in corpus.articles
    }
    assert not set(by_id) & {Path(d.article.file).stem for d in corpus.articles}
    gold_file.write_text(yaml.safe_dump({**gold, "articles": by_id}), "utf-8")
    scored = score(project, corpus)
    assert scored is not None
    assert expected is not None
    # The same expression and DCT scores (its events name the articles by file, so differ).
    assert {k: v for k, v in scored.items() if k not in ("articles", "events")} == {
        k: v for k, v in expected.items() if k not in ("articles", "events")
    }
    for text in ("articles:\n", "- not a mapping\n", ""):
        gold_file.write_text(text, "utf-8")
        assert score(project, corpus) is None, text
