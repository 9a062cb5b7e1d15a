"""Browser fixtures for the interactive timeline: its data, a site to load it in, axe-core.

The timeline component reads `data/timeline.json` (one per language) and fills the page's mount
element `[data-linimasa-timeline]`. `timeline_site` serves the real seed build (conftest's
`site_server`) once that build carries the mount element and the component's assets; until
then it builds a small MkDocs Material site of the same shape from the gold corpus timeline,
with the same theme overrides, so the component is still tested in Material for real.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import humanize

try:  # where the calendar bounds of a TIMEX3 value live
    from generator.timexvalue import bounds as _bounds
except ImportError:  # pragma: no cover - older layout
    _bounds = humanize.bounds  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("id", "en")
MOUNT = "data-linimasa-timeline"
SCRIPT = "assets/javascripts/linimasa-timeline.js"
STYLE = "assets/stylesheets/linimasa-timeline.css"
AXE_DIR = ROOT / ".linimasa-cache" / "node"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_INSTALL = ROOT / "tests" / "js" / "install-axe.sh"

# Interface text the component needs, per language; the site's data file carries the same keys.
LABELS: dict[str, dict[str, Any]] = {
    "en": {
        "region": "Interactive timeline",
        "list": "Events on the timeline",
        "help": (
            "Arrow keys move between events, Home and End go to the first and the last, "
            "+ and − zoom, Enter opens the event. Drag the axis or the overview strip to move "
            "in time; Ctrl + wheel or a pinch zooms."
        ),
        "status_filter": "Status",
        "status": {"happened": "Happened", "planned": "Planned", "claim": "Claim"},
        "outlet": "Outlet",
        "all_outlets": "All outlets",
        "actor": "Actor",
        "all_actors": "All actors",
        "search": "Search events",
        "show_all": "Show all events, not only key events",
        "earlier": "Earlier",
        "later": "Later",
        "zoom_in": "Zoom in",
        "zoom_out": "Zoom out",
        "fit": "Show the whole period",
        "count": {
            "one": "{shown} of {total} event shown",
            "other": "{shown} of {total} events shown",
        },
        "none": "No event matches these filters.",
        "cluster": {
            "one": "{n} more event, {range}: zoom in",
            "other": "{n} more events, {range}: zoom in",
        },
        "also": "also reported as",
        "key_event": "Key event",
        "sources": {"one": "{n} source", "other": "{n} sources"},
        "undated": "Events without a place on the time axis",
    },
    "id": {
        "region": "Linimasa interaktif",
        "list": "Peristiwa pada linimasa",
        "help": (
            "Tombol panah berpindah antarperistiwa, Home dan End ke yang pertama dan terakhir, "
            "+ dan − memperbesar dan memperkecil, Enter membuka peristiwa. Seret sumbu atau "
            "strip ringkasan untuk bergeser; Ctrl + roda tetikus atau cubitan untuk memperbesar."
        ),
        "status_filter": "Status",
        "status": {"happened": "Terjadi", "planned": "Direncanakan", "claim": "Klaim"},
        "outlet": "Media",
        "all_outlets": "Semua media",
        "actor": "Tokoh",
        "all_actors": "Semua tokoh",
        "search": "Cari peristiwa",
        "show_all": "Tampilkan semua peristiwa, bukan hanya peristiwa utama",
        "earlier": "Lebih awal",
        "later": "Lebih akhir",
        "zoom_in": "Perbesar",
        "zoom_out": "Perkecil",
        "fit": "Tampilkan seluruh rentang waktu",
        "count": "{shown} dari {total} peristiwa ditampilkan",
        "none": "Tidak ada peristiwa yang cocok dengan saringan ini.",
        "cluster": "{n} peristiwa lain, {range}: perbesar",
        "also": "juga dilaporkan",
        "key_event": "Peristiwa utama",
        "sources": "{n} sumber",
        "undated": "Peristiwa tanpa tempat pada sumbu waktu",
    },
}


# ---- data -------------------------------------------------------------------------------------


def _actors(text: str) -> list[str]:
    """Runs of capitalised words: good enough names for a fixture's actor filter."""
    return sorted(set(re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", text)))


def gold_timeline(lang: str) -> dict[str, Any]:
    """The gold corpus timeline as `data/timeline.json` for `lang`, plus one undated event."""
    gold = yaml.safe_load((ROOT / "tests" / "gold" / "seeds.yaml").read_text("utf-8"))
    outlets = {name[:3]: a["outlet"] for name, a in gold["articles"].items()}
    status_names = LABELS[lang]["status"]
    rows = [
        *gold["events"],
        {
            "id": "undated-warning",
            "date": "FUTURE_REF",
            "status": "claim",
            "sources": ["004"],
            "en": "A warning about the weeks to come.",
        },
    ]
    events = []
    for n, row in enumerate(rows):
        date = str(row["date"])
        bounds = _bounds(date)
        variants = []
        if n == 1:  # a conflicting report, so the component shows one
            year = date[:4]
            vb = _bounds(year)
            variants.append(
                {
                    "date": year,
                    "start": vb[0].isoformat() if vb else None,
                    "end": vb[1].isoformat() if vb else None,
                    "display": humanize.format_value(year, lang),
                    "sources": 1,
                }
            )
        events.append(
            {
                "id": row["id"],
                "date": date,
                "start": bounds[0].isoformat() if bounds else None,
                "end": bounds[1].isoformat() if bounds else None,
                "granularity": humanize.granularity(date),
                "display": humanize.format_value(date, lang),
                "part": None,
                "status": row["status"],
                "status_label": status_names[row["status"]],
                "title": row["en"],
                "title_lang": "en",
                "translation": "ok" if lang == "en" else "missing",
                "outlets": len({outlets[s] for s in row["sources"]}),
                "outlet_names": sorted({outlets[s] for s in row["sources"]}),
                "actors": _actors(row["en"]),
                "sources": len(row["sources"]),
                "key": len(row["sources"]) >= 2,
                "url": f"events/{row['id']}/",
                "variants": variants,
            }
        )
    return {"lang": lang, "labels": LABELS[lang], "events": events}


# ---- a site to load the component in ----------------------------------------------------------


def _config(lang: str, site_url: str) -> dict[str, Any]:
    return {
        "site_name": "Linimasa",
        "site_url": f"{site_url}{lang}/",
        "docs_dir": f"docs_{lang}",
        "use_directory_urls": True,
        "theme": {
            "name": "material",
            "custom_dir": str(ROOT / "overrides"),
            "language": lang,
            "font": False,  # no font download: the tests run offline
            "features": ["navigation.instant"],
            "palette": [
                {
                    "scheme": "default",
                    "primary": "teal",
                    "accent": "deep orange",
                    "toggle": {"icon": "material/weather-night", "name": "dark"},
                },
                {
                    "scheme": "slate",
                    "primary": "teal",
                    "accent": "deep orange",
                    "toggle": {"icon": "material/weather-sunny", "name": "light"},
                },
            ],
        },
        "extra_css": ["assets/stylesheets/linimasa.css", STYLE],
        "extra_javascript": [SCRIPT],
        "markdown_extensions": ["attr_list", "md_in_html"],
        "nav": [{"Home": "index.md"}, {"Timeline": "timeline/index.md"}],
    }


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def write_fixture_project(folder: Path, site_url: str) -> None:
    """A two-language MkDocs project shaped like the generated one: timeline, event pages."""
    for lang in LANGS:
        data = gold_timeline(lang)
        docs = folder / f"docs_{lang}"
        (docs / "data").mkdir(parents=True, exist_ok=True)
        (docs / "data" / "timeline.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        (docs / "index.md").write_text("# Linimasa\n\n[Timeline](timeline/index.md)\n", "utf-8")
        items = "\n".join(
            f'<li id="{e["id"]}" data-event-id="{e["id"]}"><a href="../{e["url"]}">'
            f"{_escape(e['title'])}</a> {_escape(e['display'])}</li>"
            for e in data["events"]
        )
        (docs / "timeline").mkdir(exist_ok=True)
        (docs / "timeline" / "index.md").write_text(
            f'<h1>Linimasa</h1>\n\n<div class="linimasa-explorer" {MOUNT} '
            f'data-src="data/timeline.json"></div>\n\n<ol class="linimasa-timeline">\n{items}\n</ol>\n',
            "utf-8",
        )
        for e in data["events"]:
            page = docs / "events" / f"{e['id']}.md"
            page.parent.mkdir(exist_ok=True)
            page.write_text(
                f"# {_escape(e['title'])}\n\n{_escape(e['display'])}\n\n"
                f'<p class="linimasa-back"><a href="../../timeline/#{e["id"]}">'
                f"{'Kembali ke linimasa' if lang == 'id' else 'Back to the timeline'}</a></p>\n",
                "utf-8",
            )
        config = folder / ("mkdocs.yml" if lang == "id" else f"mkdocs.{lang}.yml")
        config.write_text(yaml.safe_dump(_config(lang, site_url), allow_unicode=True), "utf-8")


def build_fixture_site(folder: Path, site: Path, site_url: str) -> None:
    write_fixture_project(folder, site_url)
    for lang in LANGS:
        config = folder / ("mkdocs.yml" if lang == "id" else f"mkdocs.{lang}.yml")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--quiet",
                "-f",
                str(config),
                "-d",
                str(site / lang),
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"},
        )
        assert done.returncode == 0, done.stderr


def integrated(site: Path) -> bool:
    """Whether a built site carries the component: mount element, data file and assets."""
    for lang in LANGS:
        page = site / lang / "timeline" / "index.html"
        if not (page.is_file() and MOUNT in page.read_text("utf-8")):
            return False
        if not (
            (site / lang / "data" / "timeline.json").is_file() and (site / lang / SCRIPT).is_file()
        ):
            return False
    return True


@pytest.fixture(scope="session")
def timeline_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """The real seed build when it carries the component, else the gold-shaped fixture site."""
    from conftest import serve

    if os.environ.get("LINIMASA_TIMELINE_FIXTURE") != "1":
        real = request.getfixturevalue("site_server")
        if integrated(real.root):
            yield real
            return
        warnings.warn(
            "the built site has no timeline mount element or assets yet; "
            "testing the component on the gold-shaped fixture site",
            stacklevel=1,
        )
    folder = tmp_path_factory.mktemp("timeline-fixture")
    site = folder / "site"
    site.mkdir()
    server, served = serve(site)
    try:
        build_fixture_site(folder, site, served.url)
        yield served
    finally:
        server.shutdown()
        server.server_close()


def timeline_data(site: Path, lang: str) -> Mapping[str, Any]:
    return json.loads((site / lang / "data" / "timeline.json").read_text("utf-8"))


# ---- axe-core -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core from the npm registry, installed once into a git-ignored cache folder."""
    if not AXE_JS.is_file():
        if shutil.which("npm") is None:
            pytest.fail(
                "the accessibility scan needs axe-core from npm, and npm is not installed: "
                "install Node.js and npm (apt-get install npm), then run tests/js/install-axe.sh"
            )
        done = subprocess.run(
            ["bash", str(AXE_INSTALL), str(AXE_DIR)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or not AXE_JS.is_file():
            pytest.fail(f"installing axe-core with npm failed:\n{done.stdout}\n{done.stderr}")
    return AXE_JS.read_text("utf-8")
