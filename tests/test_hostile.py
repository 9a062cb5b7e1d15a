"""Hostile input is published inert: no markup, script, template or request gets through.

A corpus of invented articles whose text and metadata (title, outlet, url, author, even the
file name) carry `<script>`, event-handler attributes, `javascript:` links, raw HTML, Markdown
link and image syntax, Jinja, `</script>` meant for JSON and attribute-breaking quotes, each
beside a date so that events (and their pages) are made from it. `linimasa build` builds it;
every page and data file is then inspected here, and loaded in Chromium by
test_hostile_browser.py.
"""

from __future__ import annotations

import json
import re
import threading
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import Served, serve
from support import copy_project, linimasa, tree_bytes

from generator.publish.write import UnsafeArea, write_tree
from generator.read.load import load_paths

JINJA = "{{ 7*191 }}"  # would render as 1337 if it were ever evaluated as a template
JINJA_RESULT = "1337"
EVIL = "evil.example"  # no request may go there, no element may load from it

ID_BODY = """\
Wali kota <script>window.__pwned=1;alert(1)</script> meresmikan jembatan pada Sabtu (9/3/2030), kata juru bicara.

Warga menulis <img src=x onerror="window.__pwned=1;alert(2)"> di papan pengumuman pada 10 Maret 2030, kata ketua RT.

Tautan [klik di sini](javascript:window.__pwned=1) dan ![gambar](https://evil.example/pixel.png) disebar pada 11 Maret 2030, kata polisi.

Templat {{ 7*191 }} dan {% for x in range(3) %}ulang{% endfor %} muncul di situs panitia pada 12 Maret 2030, kata panitia.

Data "</script><script>window.__pwned=1</script><!--" bocor pada 13 Maret 2030, kata juru bicara kepolisian.

Atribut " onfocus="window.__pwned=1" autofocus x=" dan ' onmouseover='alert(3)' y=' ditemukan pada 14 Maret 2030, kata peneliti.

HTML mentah <iframe src="https://evil.example/frame"></iframe><style>@import url(https://evil.example/x.css);</style><link rel=stylesheet href=https://evil.example/y.css> terlihat pada 15 Maret 2030, kata ahli.

Tautan <a href="javascript:alert(4)">ini</a>, <svg onload=alert(5)></svg>, <https://evil.example/auto> dan <base href="https://evil.example/"> beredar pada 16 Maret 2030, kata pengamat.

Sisipan {: onclick="alert(6)" } dan <meta http-equiv="refresh" content="0;url=https://evil.example/"> dipasang pada 17 Maret 2030, kata teknisi.
"""

EN_BODY = """\
The mayor <script>window.__pwned=1;alert(11)</script> opened the bridge on Saturday, March 9, 2030, a spokesman said.

Residents wrote <img src=x onerror="window.__pwned=1;alert(12)"> on the board on March 10, 2030, the chairman said.

A link [click here](javascript:window.__pwned=1) and ![image](https://evil.example/pixel.png) spread on March 11, 2030, police said.

The template {{ 7*191 }} and {% raw %}{% endraw %} appeared on the organisers' site on March 12, 2030, the organisers said.

The data "</SCRIPT><script>window.__pwned=1</script>" leaked on March 13, 2030, a police spokesman said.

The attribute " onfocus="window.__pwned=1" autofocus x=" was found on March 14, 2030, researchers said.
"""

FRONT = """\
---
title: 'Judul <script>window.__pwned=1</script> " onmouseover="alert(21)" {{ 7*191 }}'
outlet: '<img src=x onerror=alert(22)>Koran " autofocus onfocus="alert(23)'
url: 'https://evil.example/berita?a=1&b="><script>window.__pwned=1</script>'
author: "{% raw %}<b onclick=alert(24)>Penulis</b> ' onmouseover='alert(25)"
published: 2030-03-18
language: id
---
"""

SIDECAR = """\
title: "Headline</title><script>window.__pwned=1</script>"
outlet: "[Outlet](javascript:alert(31)) ![x](https://evil.example/o.png)"
url: "https://evil.example/news' onmouseover='alert(32)"
author: "</script><script>alert(33)</script>"
published: 2030-03-18
language: en
"""

# A file name is text from outside too: quotes and angle brackets are legal on Linux.
NAMED = '"><img src=x onerror=alert(41)> {{ 7*191 }}.txt'


def write_hostile_corpus(seeds: Path) -> None:
    for old in seeds.iterdir():
        old.unlink()
    (seeds / "berita-jahat.md").write_text(FRONT + ID_BODY, "utf-8")
    (seeds / "hostile-news.txt").write_text(EN_BODY, "utf-8")
    (seeds / "hostile-news.yaml").write_text(SIDECAR, "utf-8")
    (seeds / NAMED).write_text(
        "Ketua panitia membuka <script>alert(42)</script> acara pada Senin (18/3/2030), "
        "kata panitia kepada wartawan.\n",
        "utf-8",
    )


_BUILT: dict[str, tuple[Path, Served]] = {}
_EDITOR: dict[str, dict[str, bytes]] = {}
_LOCK = threading.Lock()


def hostile_site(factory: pytest.TempPathFactory) -> tuple[Path, Served]:
    """The hostile project, built once per session for the address it is served at."""
    with _LOCK:
        if "site" not in _BUILT:
            project = copy_project(factory.mktemp("hostile") / "project")
            write_hostile_corpus(project / "seeds")
            site = project / "site"
            site.mkdir()
            before = _editor_files(project)
            _, served = serve(site)  # served until the test process ends
            done = linimasa(project, "build", "--site-url", served.url)
            assert done.returncode == 0, done.stderr
            _EDITOR["before"], _EDITOR["after"] = before, _editor_files(project)
            _BUILT["site"] = (project, served)
        return _BUILT["site"]


def _editor_files(project: Path) -> dict[str, bytes]:
    """Everything in the project that is not the generator's own output."""
    own = (
        "site/",
        "content/build/",
        ".linimasa-cache/",
        ".linimasa.lock",
        ".linimasa-key",
        ".site-",
    )
    return {k: v for k, v in tree_bytes(project).items() if not k.startswith(own)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_site(tmp_path_factory)[0]


# ---- static inspection of every generated file -----------------------------------------------


# Meta tags whose content is text shown to a reader (a search result, a shared link's card).
TEXT_META = frozenset(
    "description og:title og:description og:site_name twitter:title twitter:description".split()
)


class _Inspector(HTMLParser):
    """Collects what would be active in a browser: scripts, handlers, URLs, loading elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        fields = dict(attrs)
        described = fields.get("name") or fields.get("property") or ""
        for name, value in attrs:
            value = value or ""
            if tag == "meta" and name == "content" and described in TEXT_META:
                continue  # a page's title or description: text that nothing loads
            if name.startswith("on") and re.search(r"pwned|alert", value):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if re.match(r"\s*javascript:", value, re.I) and name in {"href", "src", "action"}:
                self.problems.append(f"<{tag} {name}={value!r}>")
            if EVIL in value and not (tag == "a" and name == "href"):
                self.problems.append(f"<{tag} {name}={value!r}> loads from outside")
        if tag in {"iframe", "object", "embed", "base", "frame"}:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and any(n == "http-equiv" for n, _ in attrs):
            content = dict(attrs).get("content") or ""
            if EVIL in content:
                self.problems.append(f"<meta refresh {content!r}>")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and re.search(r"pwned|alert\(", data):
            self.problems.append(f"script ran corpus text: {data[:80]!r}")


def _pages(built: Path) -> list[Path]:
    return sorted((built / "site").rglob("*.html"))


def test_the_hostile_corpus_made_events_and_pages(built: Path) -> None:
    corpus = json.loads((built / "site" / "id" / "data" / "corpus.json").read_text("utf-8"))
    assert len(corpus["articles"]) == 3
    assert len(corpus["events"]) >= 8, "the hostile sentences became events"
    for lang in ("id", "en"):
        assert len(list((built / "site" / lang / "events").glob("*/index.html"))) >= 8


def test_every_page_is_inert(built: Path) -> None:
    pages = _pages(built)
    assert len(pages) > 30
    for page in pages:
        inspector = _Inspector()
        inspector.feed(page.read_text("utf-8"))
        inspector.close()
        assert inspector.problems == [], page.relative_to(built)


def test_hostile_text_is_shown_as_text(built: Path) -> None:
    page = (built / "site" / "id" / "sources" / "berita-jahat" / "index.html").read_text("utf-8")
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in page
    assert "[klik di sini](javascript:window.__pwned=1)" in page, "Markdown stays literal"
    assert JINJA in page, "Jinja stays literal"
    for path in (built / "site").rglob("*"):
        if path.suffix in {".html", ".json", ".xml"}:
            text = path.read_text("utf-8")
            assert JINJA_RESULT not in text, f"a template was evaluated in {path}"


def test_every_data_file_parses_and_cannot_close_a_script(built: Path) -> None:
    data = sorted((built / "site").rglob("*.json")) + sorted(
        (built / "content" / "build").rglob("*.json")
    )
    assert len(data) >= 6
    for path in data:
        text = path.read_text("utf-8")
        json.loads(text)
        assert not re.search(r"</script|<!--", text, re.I), path
    for path in (built / "site").rglob("*.xml"):
        ET.parse(path)


def test_generated_markdown_carries_no_raw_markup_from_the_corpus(built: Path) -> None:
    for page in (built / "content" / "build").rglob("*.md"):
        body = page.read_text("utf-8").split("-->", 1)[-1]
        for tag in ("<script", "<img", "<iframe", "<svg", "<style", "<link", "<base", "<meta"):
            assert tag not in body.lower(), (page, tag)
        assert not re.search(r"\]\(javascript:", body.split("\n<", 1)[0]), page


def test_build_never_touches_editor_files(built: Path) -> None:
    # Seeds, metadata, content/pages, translations, editorial corrections, configs: byte-equal.
    before, after = _EDITOR["before"], _EDITOR["after"]
    assert any(name.startswith("content/translations/") for name in before)
    assert any(name.startswith("content/pages/") for name in before)
    assert after == before


def test_generated_files_stay_in_their_area(built: Path) -> None:
    for lang in ("id", "en"):
        area = (built / "content" / "build" / lang).resolve()
        for path in area.rglob("*"):
            assert path.resolve().is_relative_to(area)
            assert not path.is_symlink()
    assert not list(built.parent.glob("*.md")), "nothing written beside the project"


def test_paths_from_the_corpus_cannot_leave_the_area(tmp_path: Path) -> None:
    area = tmp_path / "build"
    for bad in ("../x.md", "events/../../x.md", "/tmp/x.md", "events/..\\..\\x.md"):
        with pytest.raises(UnsafeArea):
            write_tree(area, {"index.md": "ok", bad: "escape"})
    assert not (tmp_path / "x.md").exists()


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (tmp_path / "a.txt").write_text("Rapat digelar pada 9 Maret 2030, kata ketua.\n", "utf-8")
    (tmp_path / "a.yaml").write_text(
        f"title: !!python/object/apply:os.system ['touch {marker}']\n", "utf-8"
    )
    loaded = load_paths([tmp_path])
    assert not marker.exists(), "YAML ran code"
    assert loaded.articles == ()
    assert "are not allowed here" in str(loaded.diagnostics[0])
