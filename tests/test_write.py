"""The writer touches only its own area, atomically, and only what changed."""

from __future__ import annotations

import shutil
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


def test_a_rebuild_writes_what_changed_not_the_area(tmp_path: Path) -> None:
    area = tmp_path / "build"
    files = {f"events/e{i}.md": f"event {i}" for i in range(50)} | {"index.md": "home"}
    write_tree(area, files)
    write_tree(area, {**files, "index.md": "home again"})
    before = {p.relative_to(area): p.stat().st_ino for p in area.rglob("*.md")}
    report = write_tree(area, {**files, "index.md": "home, third"})
    after = {p.relative_to(area): p.stat().st_ino for p in area.rglob("*.md")}
    assert report.written == ("index.md",)
    assert [rel for rel in after if after[rel] != before[rel]] == [Path("index.md")]
    assert (area / "index.md").read_text("utf-8") == "home, third"


def test_what_is_found_in_the_area_or_its_spare_is_never_followed(tmp_path: Path) -> None:
    area, outside = tmp_path / "build" / "id", tmp_path / "outside"
    outside.mkdir()
    write_tree(area, {"events/a.md": "a", "index.md": "i"})
    spare = area.with_name(".id-spare")
    shutil.rmtree(spare / "events", ignore_errors=True)
    (spare / "events").symlink_to(outside, target_is_directory=True)
    (area / "index.md").unlink()
    (area / "index.md").symlink_to(outside / "index.md")
    write_tree(area, {"events/a.md": "a2", "index.md": "i2"})
    assert list(outside.iterdir()) == [], "nothing was written through a link"
    assert (area / "events" / "a.md").read_text("utf-8") == "a2"
    assert not (area / "index.md").is_symlink()


def test_a_swap_killed_midway_is_finished_whole(tmp_path: Path) -> None:
    area = tmp_path / "build" / "id"
    write_tree(area, {"index.md": "old"})
    # As a kill after the first rename of a swap leaves it: the area renamed aside.
    area.rename(tmp_path / "build" / ".id-old-999999999-ab")
    write_tree(area, {"index.md": "new"})
    assert (area / "index.md").read_text("utf-8") == "new"
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == [".id-spare", "id"]
