"""The writer touches only its own area, atomically, and only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.publish.write import UnsafeArea, claim_area, safe_relative, write_tree


def test_write_if_changed_and_stale_removal(tmp_path: Path) -> None:
    area = tmp_path / "build"
    first = write_tree(area, {"index.md": "a", "events/x.md": "x", "events/y.md": "y"})
    assert sorted(first.written) == ["events/x.md", "events/y.md", "index.md"]
    mtime = (area / "index.md").stat().st_mtime_ns
    second = write_tree(area, {"index.md": "a", "events/x.md": "x2"})
    assert second.written == ("events/x.md",)
    assert second.removed == ("events/y.md",)
    assert second.unchanged == 1
    assert (area / "index.md").stat().st_mtime_ns == mtime, "unchanged files are not rewritten"
    assert not (area / "events" / "y.md").exists()
    assert (area / ".gitignore").is_file(), "the area keeps its marker"


def test_refuses_a_folder_with_hand_written_files(tmp_path: Path) -> None:
    area = tmp_path / "pages"
    area.mkdir()
    (area / "intro.md").write_text("hand-written", "utf-8")
    with pytest.raises(UnsafeArea):
        write_tree(area, {"index.md": "x"})
    assert (area / "intro.md").read_text("utf-8") == "hand-written"


def test_refuses_a_foreign_marker(tmp_path: Path) -> None:
    area = tmp_path / "other"
    area.mkdir()
    (area / ".gitignore").write_text("node_modules\n", "utf-8")
    with pytest.raises(UnsafeArea):
        claim_area(area)


@pytest.mark.parametrize("bad", ["../x.md", "/etc/x", "a/../../x", "", "a\\..\\x", ".hidden/x"])
def test_paths_cannot_leave_the_area(bad: str) -> None:
    with pytest.raises(UnsafeArea):
        safe_relative(bad)


def test_no_temporary_files_left(tmp_path: Path) -> None:
    area = tmp_path / "build"
    write_tree(area, {"a/b/c.md": "c"})
    leftovers = [p for p in area.rglob(".tmp-*")]
    assert leftovers == []
