"""One build at a time per project: the OS lock waits for its holder, dies with it, and is
taken again by the process that holds it."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.lock import LOCK_NAME, Busy, LockError, project_lock

ROOT = Path(__file__).resolve().parent.parent


def holder(project: Path) -> subprocess.Popen[str]:
    """Another process that takes the project's lock and keeps it until killed."""
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from generator.lock import project_lock\n"
        "with project_lock(Path(sys.argv[1])):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(600)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(project)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "held"
    return process


def test_a_second_build_waits_says_so_and_gives_up_in_time(tmp_path: Path) -> None:
    process = holder(tmp_path)
    said: list[str] = []
    try:
        start = time.monotonic()
        with pytest.raises(Busy), project_lock(tmp_path, wait=0.5, notice=said.append):
            pass
        assert time.monotonic() - start >= 0.5
        assert said == [
            f"linimasa: another build is running in this project (process {process.pid}); "
            "waiting for it to finish"
        ]
    finally:
        process.kill()
        process.wait()


def test_the_lock_dies_with_its_holder(tmp_path: Path) -> None:
    process = holder(tmp_path)
    process.send_signal(signal.SIGKILL)
    process.wait()
    said: list[str] = []
    with project_lock(tmp_path, wait=0, notice=said.append):
        assert (tmp_path / LOCK_NAME).read_text("utf-8").strip() == str(os.getpid())
    assert said == [], "a dead holder leaves nothing to wait for"


def test_the_holder_takes_the_lock_again(tmp_path: Path) -> None:
    with project_lock(tmp_path, wait=0), project_lock(tmp_path, wait=0):
        pass
    with project_lock(tmp_path, wait=0):  # and it was released
        pass


def test_a_lock_file_that_is_a_link_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.write_text("keep\n", "utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / LOCK_NAME).symlink_to(target)
    with pytest.raises(LockError, match="a link"), project_lock(project, wait=0):
        pass
    assert target.read_text("utf-8") == "keep\n"


def test_a_project_no_one_can_write_is_read_without_a_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def read_only(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if Path(path).name == LOCK_NAME:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with project_lock(tmp_path, wait=0):
        pass
    assert not (tmp_path / LOCK_NAME).exists()
