"""A build that is killed or fails leaves the previous site and generated pages intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import copy_project, linimasa, tree_bytes

from generator.site import recover

pytestmark = pytest.mark.slow


def test_killed_build_keeps_site_and_pages(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    first = linimasa(project, "build")
    assert first.returncode == 0, first.stderr
    site_before = tree_bytes(project / "site")
    pages_before = tree_bytes(project / "content" / "build")

    # Change an input so the next build would produce something different, then kill it while
    # MkDocs is building (after generation, before the swap).
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text("utf-8") + "\nKalimat baru yang mengubah halaman.\n", "utf-8")
    build = subprocess.Popen(
        [sys.executable, "-m", "generator", "-C", str(project), "build"],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(project.glob(".site-staging-*")):
        time.sleep(0.05)
    assert list(project.glob(".site-staging-*")), "the build never reached the MkDocs stage"
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()

    assert tree_bytes(project / "site") == site_before, "the published site is untouched"
    pages_after = tree_bytes(project / "content" / "build")
    assert sorted(pages_after) == sorted(pages_before) or all(
        not name.startswith(".tmp-") for name in pages_after
    ), "no half-written generated page is left"

    again = linimasa(project, "build")
    assert again.returncode == 0, again.stderr
    assert not list(project.glob(".site-staging-*")), "leftovers of the killed build are cleaned"
    assert "Kalimat baru" in (project / "content" / "build" / "id" / "sources").joinpath(
        f"{seed.stem}.md"
    ).read_text("utf-8")


def test_recover_restores_a_site_renamed_aside(tmp_path: Path) -> None:
    old = tmp_path / ".site-old-123"
    old.mkdir()
    (old / "index.html").write_text("previous", "utf-8")
    (tmp_path / ".site-staging-456").mkdir()
    recover(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text("utf-8") == "previous"
    assert not list(tmp_path.glob(".site-*"))
