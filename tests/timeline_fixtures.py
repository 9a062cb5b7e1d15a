"""Browser fixtures for the interactive timeline: the real seed build, its data, and axe-core.

The timeline component reads `data/timeline.json` (one per language) and fills the page's mount
element `[data-linimasa-timeline]`; `timeline_site` is conftest's `site_server`, checked to
carry both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("id", "en")
MOUNT = "data-linimasa-timeline"
SCRIPT = "assets/javascripts/linimasa-timeline.js"
AXE_DIR = ROOT / ".linimasa-cache" / "node"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
AXE_INSTALL = ROOT / "tests" / "js" / "install-axe.sh"


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
def timeline_site(site_server: Any) -> Any:
    """The seed build served in-process; it must carry the component in both languages."""
    assert integrated(site_server.root), "the built timeline page lacks the component"
    return site_server


def timeline_data(site: Path, lang: str) -> Mapping[str, Any]:
    return json.loads((site / lang / "data" / "timeline.json").read_text("utf-8"))

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
