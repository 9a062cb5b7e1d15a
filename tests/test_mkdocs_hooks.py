"""The MkDocs hook watches the generator's inputs, never the areas it writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.mkdocs_hooks import inputs_only


def test_watching_leaves_out_the_generated_areas(tmp_path: Path) -> None:
    tmp_path = tmp_path.resolve()
    content = tmp_path / "content"
    areas = [content / "build" / "id", content / "build" / "en"]
    for folder in (*areas, content / "pages" / "id", tmp_path / "seeds"):
        folder.mkdir(parents=True)
    (content / "editorial.yaml").write_text("{}\n", "utf-8")
    (content / "build" / "stray.md").write_text("kept\n", "utf-8")  # seen through its folder
    watched = [tmp_path / "mkdocs.yml", tmp_path / "seeds", content, areas[0] / "assets"]
    assert inputs_only(watched, areas) == [
        (tmp_path / "mkdocs.yml", True),
        (tmp_path / "seeds", True),
        (content, False),  # its own files: an editorial file made while serving shows
        (content / "build", False),
        (content / "pages", True),
    ]


def test_an_empty_site_name_is_the_corpus_title_escaped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    from generator.mkdocs_hooks import on_config

    monkeypatch.setenv("LINIMASA_SKIP_HOOK", "1")  # as `linimasa build` runs MkDocs
    monkeypatch.setenv("LINIMASA_SITE_NAME_EN", 'Floods <b>"here"</b> & there')
    empty = SimpleNamespace(site_name="", site_url=None, theme={"language": "en"})
    assert on_config(empty).site_name == "Floods &lt;b&gt;&#34;here&#34;&lt;/b&gt; &amp; there"
    given = SimpleNamespace(site_name="The editor's", site_url=None, theme={"language": "en"})
    assert on_config(given).site_name == "The editor's"
    other = SimpleNamespace(site_name="", site_url=None, theme={"language": "id"})
    assert on_config(other).site_name == "", "no title given for this language"
