"""`mkdocs serve` alone works on a fresh copy and shows an edited seed without a restart.

MkDocs only watches files when live reload is on, so the test serves with `--livereload`.
"""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from support import copy_project, free_port, mkdocs_serve

pytestmark = pytest.mark.slow


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and needle in page:
            return True
        time.sleep(0.5)
    return False


def test_seed_edit_shows_without_restart(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    # The editorial file is made while serving: a new input beside the generated area.
    editorial = project / "content" / "editorial.yaml"
    corrections = editorial.read_text("utf-8")
    editorial.unlink()
    port = free_port()
    server = mkdocs_serve(project, port)
    try:
        seed = sorted((project / "seeds").glob("*.txt"))[0]
        url = f"http://127.0.0.1:{port}/id/sources/{seed.stem}/"
        assert wait_for(url, "<html", 90), "mkdocs serve did not come up on a fresh copy"
        marker = "Kalimat penanda suntingan editor yang baru ditambahkan"
        assert marker not in (fetch(url) or "")
        seed.write_text(seed.read_text("utf-8") + f"\n\n{marker}.\n", "utf-8")
        assert wait_for(url, marker, 60), "the edited seed did not show without a restart"
        # A hand-written page is an input too.
        page = project / "content" / "pages" / "id" / "index.md"
        note = "Catatan penanda halaman tulisan tangan"
        page.write_text(page.read_text("utf-8") + f"\n\n{note}.\n", "utf-8")
        home = f"http://127.0.0.1:{port}/id/"
        assert wait_for(home, note, 60), "the edited hand-written page did not show"
        editorial.write_text(corrections, "utf-8")
        event = f"http://127.0.0.1:{port}/id/events/195x-uni-soviet-membantu-mendirikan/"
        assert wait_for(event, "seusai Perang Korea", 60), "a new editorial file did not show"
        time.sleep(8)  # time enough for a build set off by the pages the generator wrote
    finally:
        server.terminate()
        try:
            _, log = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            _, log = server.communicate()
    # One build to start and one per edit: the pages the generator writes while MkDocs builds
    # do not set off another.
    assert log.count("Building documentation") == 4, log
