"""The kept timeline: the same events back for the same merge input, nothing for any other."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_merge import STORY

from generator import mergecache
from generator.core.model import Mention
from generator.events.merge import merge_mentions

KEY = mergecache.input_key([("a" * 64, ""), ("b" * 64, "")])


def kept(tmp_path: Path, mentions: list[Mention] = STORY) -> Path:
    path = tmp_path / "cache" / "timeline.json"
    mergecache.save(path, KEY, mentions, merge_mentions(mentions))
    return path


def test_the_same_input_gets_the_same_events_back(tmp_path: Path) -> None:
    path = kept(tmp_path)
    events = merge_mentions(STORY)
    assert any(len(e.sources) > 1 for e in events)  # (what the file must keep is there)
    assert any(e.variants for e in events)
    assert mergecache.load(path, KEY, STORY) == events


def test_another_input_gets_nothing(tmp_path: Path) -> None:
    path = kept(tmp_path)
    other = mergecache.input_key([("a" * 64, ""), ("c" * 64, "")])
    assert mergecache.load(path, other, STORY) is None
    assert mergecache.load(tmp_path / "missing.json", KEY, STORY) is None


def test_the_key_names_every_article_its_dating_and_their_order() -> None:
    keys = {
        mergecache.input_key(articles)
        for articles in (
            [("a" * 64, ""), ("b" * 64, "")],
            [("b" * 64, ""), ("a" * 64, "")],
            [("a" * 64, ""), ("b" * 64, "dated by the corpus")],
            [("a" * 64, "")],
            [("a" * 64, ""), ("b" * 64, ""), ("", "")],
            [("a" * 64 + "b" * 64, "")],  # two keys run together are not one
        )
    }
    assert len(keys) == 6
    assert mergecache.input_key([("a" * 64, "")]) == mergecache.input_key([("a" * 64, "")])


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.replace("[", "{", 1),  # not JSON
        lambda text: text.split("\n", 1)[1],  # no header line
    ],
)
def test_a_damaged_file_is_ignored(tmp_path: Path, damage: object) -> None:
    path = kept(tmp_path)
    path.write_text(damage(path.read_text("utf-8")), "utf-8")  # type: ignore[operator]
    assert mergecache.load(path, KEY, STORY) is None


def test_rows_that_do_not_fit_the_input_are_not_trusted(tmp_path: Path) -> None:
    path = kept(tmp_path)
    header, body = path.read_text("utf-8").split("\n", 1)
    rows = json.loads(body)
    for bad in (
        [[*rows[0][:5], [len(STORY)], *rows[0][6:]]],  # a source past the input's mentions
        [[*rows[0][:3], "a title", *rows[0][4:]]],  # titles not by language
        [rows[0][:-1]],  # a field short
    ):
        path.write_text(f"{header}\n{json.dumps(bad)}\n", "utf-8")
        assert mergecache.load(path, KEY, STORY) is None


def test_sources_are_made_again_from_their_own_mentions(tmp_path: Path) -> None:
    """Two mentions of one sentence that differ only in their expression stay two sources."""
    twin = replace(STORY[0], timex=replace(STORY[0].timex, start=0, end=9, text="Bendungan"))
    mentions = [*STORY, twin]
    path = kept(tmp_path, mentions)
    assert mergecache.load(path, KEY, mentions) == merge_mentions(mentions)


def test_a_folder_that_cannot_be_written_keeps_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder\n", "utf-8")
    mergecache.save(blocker / "timeline.json", KEY, STORY, merge_mentions(STORY))
    assert blocker.read_text("utf-8") == "not a folder\n"
