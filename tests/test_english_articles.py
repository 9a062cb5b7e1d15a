"""Articles written in English are first-class: dated, turned into events, and translated into
Indonesian through the same memory."""

from __future__ import annotations

from pathlib import Path

from generator.editing.translate import stub_entries
from generator.pipeline import Inputs, extract
from generator.publish.render import render_site

ARTICLE = """Harbour City Council Approves New Flood Barrier

HARBOUR CITY, March 5 (Example Wire) - The city council on Tuesday approved a new flood barrier
for the old port, two years after a storm surge flooded the waterfront in March 2022.

Construction will begin next month and is expected to take three years, the mayor said.
"""


def corpus(tmp_path: Path, memory: str | None = None):  # type: ignore[no-untyped-def]
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True)
    (seeds / "barrier.txt").write_text(ARTICLE, "utf-8")
    (seeds / "barrier.yaml").write_text("published: 2024-03-05\n", "utf-8")
    translations = tmp_path / "translations"
    translations.mkdir()
    if memory is not None:
        (translations / "id.yaml").write_text(memory, "utf-8")
    return extract([seeds], Inputs(translations=translations, root=tmp_path), jobs=1)


def test_english_article_is_dated_and_has_events(tmp_path: Path) -> None:
    result = corpus(tmp_path)
    (article,) = result.articles
    assert article.article.language == "en"
    values = {t.text: t.value for t in article.timexes}
    assert values.get("on Tuesday") == "2024-03-05" or values.get("Tuesday") == "2024-03-05"
    assert values.get("March 2022") == "2022-03"
    assert values.get("next month") == "2024-04"
    assert any(t.type == "duration" for t in article.timexes), "three years is a duration"
    assert result.events
    for event in result.events:
        assert "en" in event.title
        assert event.translation["id"] == "missing"
    assert any("has no id translation" in d.message for d in result.diagnostics)


def test_indonesian_pages_use_the_memory_or_mark_the_gap(tmp_path: Path) -> None:
    untranslated = corpus(tmp_path / "a")
    pages = render_site(untranslated, "id", {})
    event = untranslated.events[0]
    assert "belum diterjemahkan" in pages[f"events/{event.id}.md"]

    stubs = stub_entries(untranslated.events, "id")
    entry = stubs["events"][event.id]
    memory = (
        f"events:\n  {event.id}:\n    source: '{entry['source']}'\n"
        "    title: Dewan kota menyetujui tanggul baru\n"
        "    summary: Dewan kota menyetujui tanggul penahan banjir yang baru.\n"
    )
    translated = corpus(tmp_path / "b", memory)
    same = next(e for e in translated.events if e.id == event.id)
    assert same.title["id"] == "Dewan kota menyetujui tanggul baru"
    assert same.translation["id"] == "memory"
    page = render_site(translated, "id", {})[f"events/{event.id}.md"]
    assert "Dewan kota menyetujui tanggul baru" in page
