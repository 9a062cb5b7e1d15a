"""A rebuild renders only what changed, and writes byte for byte what a build from scratch writes.

Two copies of the project: `kept` is rebuilt incrementally (its cache and build folders kept
between builds), `fresh` is rebuilt from nothing after the same edit; their generated trees must
be identical. Render counts come from `Generated.rendered` (pages of one event or article) and
`Generated.fragments` (parts of the corpus-wide files).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from support import copy_project, tree_bytes

from generator import pipeline
from generator.config import load_project
from generator.site import Generated, generate

LANGS = ("id", "en")
# A paragraph of our own, with a date the extractor must find: the edit a writer would make.
EDIT = "\n\nSidang lanjutan perkara itu dijadwalkan pada 14 Agustus 2023 di pengadilan negeri.\n"


def build(project: Path) -> Generated:
    return generate(load_project(project), jobs=1)


def built_tree(project: Path) -> dict[str, bytes]:
    return {
        f"{lang}/{path}": data
        for lang in LANGS
        for path, data in tree_bytes(project / "content" / "build" / lang).items()
    }


def from_scratch(project: Path) -> dict[str, bytes]:
    shutil.rmtree(project / ".linimasa-cache", ignore_errors=True)
    for lang in LANGS:
        area = project / "content" / "build" / lang
        for path in sorted(area.rglob("*"), reverse=True):
            if path.name != ".gitignore" and path.is_file():
                path.unlink()
    build(project)
    return built_tree(project)


def item_pages(tree: dict[str, bytes]) -> int:
    """Pages of one event or one article (the pages a rebuild may skip)."""
    return sum(
        1
        for path in tree
        if path.split("/", 2)[1] in ("events", "sources") and not path.endswith("/index.md")
    )


def edit_one_article(project: Path) -> Path:
    target = sorted((project / "seeds").glob("*.txt"))[1]
    target.write_text(target.read_text("utf-8") + EDIT, "utf-8")
    return target


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("kept") / "project")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("fresh") / "project")


def test_cold_warm_and_edited_builds_equal_builds_from_scratch(kept: Path, fresh: Path) -> None:
    cold = build(kept)
    tree = built_tree(kept)
    assert tree == from_scratch(fresh)
    assert cold.rendered == item_pages(tree) > 0, "a cold build renders every page"

    warm = build(kept)
    assert built_tree(kept) == tree
    assert (warm.rendered, warm.fragments, warm.written) == (0, 0, 0)

    edit_one_article(kept)
    edit_one_article(fresh)
    edited = build(kept)
    tree = built_tree(kept)
    assert tree == from_scratch(fresh)
    assert edited.written > 0
    # The edited article's page in each language, and the few events it reports.
    assert 2 <= edited.rendered < item_pages(tree) / 2
    assert 0 < edited.fragments < cold.fragments / 2

    again = build(kept)
    assert built_tree(kept) == tree
    assert (again.rendered, again.written) == (0, 0)


def test_tampered_or_deleted_output_is_restored(kept: Path) -> None:
    build(kept)
    expected = built_tree(kept)
    area = kept / "content" / "build" / "en"
    pages = sorted((area / "events").glob("*.md"))
    pages[0].write_text("hand-edited\n", "utf-8")
    pages[1].unlink()
    data = area / "data" / "corpus.json"
    data.write_bytes(data.read_bytes().replace(b'"', b"'", 1))
    report = build(kept)
    assert built_tree(kept) == expected
    assert report.written == 3


def test_damaged_caches_are_not_trusted(kept: Path) -> None:
    build(kept)
    expected = built_tree(kept)
    pages = kept / ".linimasa-cache" / "pages"
    fragments = pages / "fragments.txt"
    text = fragments.read_text("utf-8")
    # Cut in the middle of an entry, and a record that is not JSON.
    fragments.write_text(text[: len(text) // 2], "utf-8")
    (pages / "written-en.json").write_text("{not json", "utf-8")
    build(kept)
    assert built_tree(kept) == expected
    assert build(kept).fragments == 0, "the rewritten cache serves the next build whole"


def copy_inputs(kept: Path, target: Path) -> Path:
    """A fresh copy of the project with `kept`'s seeds (which earlier tests edited)."""
    other = copy_project(target)
    shutil.rmtree(other / "seeds")
    shutil.copytree(kept / "seeds", other / "seeds")
    return other


def test_without_a_cache_folder_the_output_is_the_same(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build(kept)
    expected = built_tree(kept)
    other = copy_inputs(kept, tmp_path / "project")
    monkeypatch.setenv("LINIMASA_NO_CACHE", "1")
    result = build(other)
    assert built_tree(other) == expected
    assert result.rendered == item_pages(expected)
    assert not (other / ".linimasa-cache").exists()


def test_a_cache_folder_that_cannot_be_written_only_costs_time(kept: Path, tmp_path: Path) -> None:
    """Like a read-only checkout: here a file stands where `.linimasa-cache/` would be."""
    build(kept)
    expected = built_tree(kept)
    other = copy_inputs(kept, tmp_path / "project")
    blocker = other / ".linimasa-cache"
    blocker.write_text("not a folder\n", "utf-8")
    result = build(other)
    assert built_tree(other) == expected
    assert result.rendered == item_pages(expected)
    again = build(other)  # nothing kept, so every page is made again, and found unchanged
    assert built_tree(other) == expected
    assert (again.rendered, again.written) == (item_pages(expected), 0)
    assert blocker.read_text("utf-8") == "not a folder\n"


def test_a_moved_project_keeps_its_cache(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project moved or checked out in another folder (a CI runner restoring its cache)
    analyses and renders nothing again."""
    build(kept)
    expected = built_tree(kept)
    first = copy_inputs(kept, tmp_path / "here" / "project")
    build(first)
    moved = tmp_path / "there" / "elsewhere"
    moved.parent.mkdir()
    first.rename(moved)
    analysed: list[Path] = []
    analyse = pipeline._read_analysed

    def counted(path: Path, *args: Any) -> pipeline.Analysed:
        analysed.append(path)
        return analyse(path, *args)

    monkeypatch.setattr(pipeline, "_read_analysed", counted)
    result = build(moved)
    assert analysed == []
    assert (result.rendered, result.fragments, result.written) == (0, 0, 0)
    assert built_tree(moved) == expected


def test_an_edit_that_leaves_the_mentions_alone_reuses_the_merge(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editorial correction changes no article, so the last build's timeline is taken as
    it was merged; an article edit merges again. Either way the pages are a fresh build's."""
    done = build(kept)
    merges: list[int] = []
    merge = pipeline.merge.merge_mentions

    def counted(mentions: Any) -> Any:
        merges.append(len(mentions))
        return merge(mentions)

    monkeypatch.setattr(pipeline.merge, "merge_mentions", counted)
    editorial = kept / "content" / "editorial.yaml"
    text = editorial.read_text("utf-8")
    chosen = next(e for e in done.corpus.events if e.id not in text)
    entry = f'  {chosen.id}:\n    title: {{en: "A title from the editor"}}\n'
    editorial.write_text(text.rstrip("\n") + "\n" + entry, "utf-8")
    retitled = build(kept)
    assert merges == []
    assert "A title from the editor" in {e.title.get("en") for e in retitled.corpus.events}
    fresh = copy_inputs(kept, tmp_path / "project")
    shutil.copyfile(editorial, fresh / "content" / "editorial.yaml")
    assert built_tree(kept) == from_scratch(fresh)
    assert len(merges) == 1, "the build from scratch merged"

    (kept / ".linimasa-cache" / "timeline.json").write_text("damaged\n", "utf-8")
    build(kept)
    assert len(merges) == 2, "a damaged timeline is merged again"
    edit_one_article(kept)
    build(kept)
    assert len(merges) == 3, "an article edit merges again"
    editorial.write_text(text, "utf-8")
