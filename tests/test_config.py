"""The story's title as the site configs give it (generator/config.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import load_project, site_titles


def project(tmp_path: Path, id_yml: str, en_yml: str) -> Path:
    (tmp_path / "mkdocs.yml").write_text(id_yml, "utf-8")
    (tmp_path / "mkdocs.en.yml").write_text(en_yml, "utf-8")
    return tmp_path


def test_each_language_has_its_own_title_or_inherits_one(tmp_path: Path) -> None:
    root = project(
        tmp_path,
        "site_name: Banjir di Tepian\nsite_url: !ENV [NOWHERE_SET_X, 'http://x/']\n"
        "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:x.y\n",
        "INHERIT: mkdocs.yml\n",
    )
    assert site_titles(load_project(root)) == {"id": "Banjir di Tepian", "en": "Banjir di Tepian"}


def test_an_empty_or_unreadable_title_is_left_to_the_corpus(tmp_path: Path) -> None:
    root = project(tmp_path, "site_name: ''\n", "INHERIT: mkdocs.yml\nsite_name: [not, text\n")
    assert site_titles(load_project(root)) == {"id": "", "en": ""}


def test_a_title_from_the_environment_is_read_as_mkdocs_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STORY_TITLE_EN", "Floods on the river")
    root = project(
        tmp_path,
        "site_name: !ENV [STORY_TITLE_ID, 'Banjir']\n",
        "INHERIT: mkdocs.yml\nsite_name: !ENV STORY_TITLE_EN\n",
    )
    assert site_titles(load_project(root)) == {"id": "Banjir", "en": "Floods on the river"}
