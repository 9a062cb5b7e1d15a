"""The rendered pages through `mkdocs build --strict`, both languages, checked as built HTML.

Built from the hostile fixture corpus (tests/render_fixture.py) written straight into a copy of
the project, so this tests the renderer, the configs and the theme overrides together without
depending on the extractor. test_build.py builds the real seeds through `linimasa build`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from render_fixture import HOSTILE, hostile_corpus
from support import copy_project

from generator.publish.themefiles import theme_tree
from generator.site import language_tree

pytestmark = pytest.mark.slow

LANGS = ("id", "en")
SITE_URL = "https://example.org/linimasa/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    project = copy_project(tmp_path_factory.mktemp("site") / "project")
    corpus = hostile_corpus()
    for lang in LANGS:
        pages_dir = project / "content" / "pages" / lang
        pages = {p.name: p.read_text("utf-8") for p in sorted(pages_dir.glob("*.md"))}
        for path, text in language_tree(corpus, lang, pages).items():
            target = project / "content" / "build" / lang / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    for path, data in theme_tree().items():  # what `generate` writes beside the pages
        target = project / "content" / "build" / "theme" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    env = {
        **os.environ,
        "LINIMASA_SKIP_HOOK": "1",  # the pages above are the ones under test
        "SITE_URL": SITE_URL,
        "SITE_URL_ID": f"{SITE_URL}id/",
        "SITE_URL_EN": f"{SITE_URL}en/",
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
    }
    logs: dict[str, str] = {}
    for lang, config in (("id", "mkdocs.yml"), ("en", "mkdocs.en.yml")):
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", config],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        logs[lang] = done.stderr
    return project / "site", logs


def _pages(site: Path, lang: str) -> set[str]:
    return {p.relative_to(site / lang).as_posix() for p in (site / lang).rglob("*.html")}


def test_no_warnings(built: tuple[Path, dict[str, str]]) -> None:
    for lang, log in built[1].items():
        assert not re.search(r"^(WARNING|ERROR)", log, re.MULTILINE), (lang, log)


def test_every_page_exists_in_both_languages(built: tuple[Path, dict[str, str]]) -> None:
    site = built[0]
    assert _pages(site, "id") == _pages(site, "en")
    pages = _pages(site, "id")
    for event in hostile_corpus().events:
        assert f"events/{event.id}/index.html" in pages
    for expected in (
        "sources/banjir-01/index.html",
        "sources/bridge/index.html",
        "timeline/index.html",
        "methodology/index.html",
        "index.html",
    ):
        assert expected in pages
    assert (site / "id" / "data" / "timeline.json").is_file()


def test_html_lang_and_language_links(built: tuple[Path, dict[str, str]]) -> None:
    site = built[0]
    for lang in LANGS:
        for page in (site / lang).rglob("index.html"):
            html = page.read_text("utf-8")
            assert f'<html lang="{lang}"' in html, page
            depth = len(page.relative_to(site / lang).parts) - 1
            for other in LANGS:
                link = "../" * (depth + 1) + f"{other}/"
                assert f'<a href="{link}" hreflang="{other}"' in html, (page, other)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_every_internal_link_and_anchor_resolves(built: tuple[Path, dict[str, str]]) -> None:
    site = built[0]
    checked = 0
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html":
            continue
        here = "/" + page.relative_to(site).as_posix()
        for href in _parse(page).hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = urlsplit(urljoin(here, href))
            path = site / unquote(target.path).lstrip("/")
            if target.path.endswith("/"):
                path = path / "index.html"
            assert path.is_file(), (here, href)
            if target.fragment and path.suffix == ".html":
                assert unquote(target.fragment) in _parse(path).ids, (here, href)
            checked += 1
    assert checked > 100


def test_hostile_text_stays_text(built: tuple[Path, dict[str, str]]) -> None:
    site = built[0]
    plain = (site / "en" / "methodology" / "index.html").read_text("utf-8")
    scripts = plain.count("<script")
    for name in ("events/flood-begins", "sources/banjir-01", "timeline", ""):
        html = (site / "en" / name / "index.html").read_text("utf-8")
        assert html.count("<script") == scripts, name
        assert not re.search(r"""href=["']?\s*javascript:""", html, re.IGNORECASE), name
    event = (site / "id" / "events" / "flood-begins" / "index.html").read_text("utf-8")
    assert "<title>Hujan deras mulai &lt;script&gt;alert(" in event
    assert "{{ boom }}" in event
    assert "[x](javascript:alert(1)) *bold* `tick`" in event


def test_sitemap_has_per_page_language_alternates(built: tuple[Path, dict[str, str]]) -> None:
    sitemap = (built[0] / "en" / "sitemap.xml").read_text("utf-8")
    entry = sitemap.split("<loc>https://example.org/linimasa/en/events/mayor-visit/</loc>")[1]
    entry = entry.split("</url>")[0]
    for lang in LANGS:
        assert (
            f'hreflang="{lang}" href="https://example.org/linimasa/{lang}/events/mayor-visit/"'
            in entry
        )


def test_palette_choice_is_scoped_to_the_site_root(built: tuple[Path, dict[str, str]]) -> None:
    html = (built[0] / "en" / "events" / "flood-begins" / "index.html").read_text("utf-8")
    assert '__md_scope=new URL("../../../"' in html


class _Head(HTMLParser):
    """A page's <title> and the content of its meta tags, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        fields = dict(attrs)
        self._in_title = tag == "title"
        key = fields.get("property") or fields.get("name")
        if tag == "meta" and key:
            self.meta[key] = fields.get("content") or ""

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def test_titles_and_social_cards_show_corpus_text_as_text(
    built: tuple[Path, dict[str, str]],
) -> None:
    head = _Head()
    head.feed((built[0] / "en" / "events" / "flood-begins" / "index.html").read_text("utf-8"))
    title = f"Heavy rain begins {HOSTILE} (6 January 2031)"
    site = head.meta["og:site_name"]
    assert head.title == f"{title} - {site}"
    assert head.meta["og:title"] == head.meta["twitter:title"] == title
    assert head.meta["description"] == "Monday evening, 6 January 2031: The river overflows."
    assert head.meta["og:description"] == head.meta["description"]
    assert (head.meta["og:locale"], head.meta["og:locale:alternate"]) == ("en_GB", "id_ID")
    assert head.meta["og:url"] == f"{SITE_URL}en/events/flood-begins/"
