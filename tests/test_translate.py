"""The translation memory: used when current, reported when stale or missing, never dropped."""

from __future__ import annotations

from pathlib import Path

from generator.core.model import Article, Event, Metadata, Source
from generator.editing.translate import (
    load_memory,
    missing_translations,
    text_hash,
    translate_events,
    unmatched_entries,
)


def event(
    title: str = "Wali kota meresmikan jembatan", quote: str = "Wali kota meresmikan jembatan."
) -> Event:
    source = Source("a", quote, 0, len(quote), "Sabtu", 0, 5, "2031-03-08", quote_id="q1")
    return Event(
        id="2031-03-08-jembatan",
        date="2031-03-08",
        status="happened",
        title={"id": title},
        summary={"id": title + "."},
        sources=(source,),
    )


def memory_file(tmp_path: Path, source_hash: str, quote_hash: str) -> Path:
    path = tmp_path / "en.yaml"
    path.write_text(
        "events:\n"
        "  2031-03-08-jembatan:\n"
        f"    source: {source_hash}\n"
        "    title: The mayor opens the bridge\n"
        "    summary: The mayor opened the new bridge.\n"
        "quotes:\n"
        "  q1:\n"
        f"    source: {quote_hash}\n"
        "    text: The mayor opened the bridge.\n",
        "utf-8",
    )
    return path


def test_current_entries_are_used(tmp_path: Path) -> None:
    e = event()
    path = memory_file(
        tmp_path, text_hash(e.title["id"], e.summary["id"]), text_hash(e.sources[0].quote)
    )
    memory, problems = load_memory(path, "en")
    assert problems == []
    (out,), problems = translate_events([e], {"en": memory})
    assert problems == []
    assert out.title["en"] == "The mayor opens the bridge"
    assert out.translation == {"id": "original", "en": "memory"}
    assert out.sources[0].translations["en"] == "The mayor opened the bridge."
    assert missing_translations([out], {"en": memory}) == []


def test_stale_entries_are_reported_with_their_line(tmp_path: Path) -> None:
    e = event()
    path = memory_file(tmp_path, "000000000000", "111111111111")
    memory, _ = load_memory(path, "en")
    (out,), problems = translate_events([e], {"en": memory})
    assert out.title["en"] == "The mayor opens the bridge", "a stale entry is shown, not deleted"
    stale = [p for p in problems if "stale" in p.message]
    assert len(stale) == 2
    assert stale[0].line == 2
    assert path.read_text("utf-8").count("title:") == 1, "the memory file is never rewritten"


def test_missing_translation_is_marked(tmp_path: Path) -> None:
    memory, _ = load_memory(tmp_path / "absent.yaml", "en")
    (out,), _ = translate_events([event()], {"en": memory})
    assert out.translation["en"] == "missing"
    assert "en" not in out.title
    problems = missing_translations([out], {"en": memory})
    assert {p.message.split("'")[0] for p in problems} == {"event ", "quote "}


def test_machine_backend_fills_drafts() -> None:
    class Upper:
        name = "upper"

        def translate(self, texts, source, target):  # type: ignore[no-untyped-def]
            return [t.upper() for t in texts]

    (out,), _ = translate_events([event()], {}, backend=Upper())
    assert out.translation["en"] == "machine"
    assert out.title["en"] == "WALI KOTA MERESMIKAN JEMBATAN"


def test_broken_memory_file_is_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text("events:\n  x: [unclosed\n", "utf-8")
    _, problems = load_memory(path, "en")
    assert problems
    assert problems[0].file == str(path)
    assert problems[0].line is not None


def test_an_escape_that_is_no_character_is_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text('events:\n  x:\n    text: "Kim \\udc80"\n', "utf-8")
    memory, problems = load_memory(path, "en")
    assert [(p.level, p.line) for p in problems] == [("error", 3)]
    assert "no character" in problems[0].message
    assert not memory.events


def test_article_titles_are_translated_reported_stale_or_missing(tmp_path: Path) -> None:
    from generator.editing.translate import missing_titles, translate_titles
    from generator.read.load import read_article

    source = tmp_path / "jembatan.txt"
    source.write_text(
        "Jembatan Baru Diresmikan di Tepi Sungai Kota\n\n"
        "Wali kota meresmikan jembatan baru yang menghubungkan dua desa di tepi sungai pada Sabtu.\n",
        "utf-8",
    )
    article = read_article(source)
    assert article.title == "Jembatan Baru Diresmikan di Tepi Sungai Kota"
    memory_path = tmp_path / "en.yaml"
    memory_path.write_text(
        "articles:\n"
        "  jembatan:\n"
        f"    source: '{text_hash(article.title)}'\n"
        "    title: New bridge opened on the city's riverside\n",
        "utf-8",
    )
    memory, _ = load_memory(memory_path, "en")
    titles, problems = translate_titles([article], {"en": memory})
    assert titles == {"jembatan": {"en": "New bridge opened on the city's riverside"}}
    assert problems == []
    assert missing_titles([article], titles, {"en": memory}) == []

    memory_path.write_text(
        "articles:\n  jembatan:\n    source: 'aaaaaaaaaaaa'\n    title: Old headline\n", "utf-8"
    )
    memory, _ = load_memory(memory_path, "en")
    titles, problems = translate_titles([article], {"en": memory})
    assert titles["jembatan"]["en"] == "Old headline", "a stale entry is shown and reported"
    assert "stale translation of the title" in problems[0].message
    assert problems[0].line == 2

    empty, _ = load_memory(tmp_path / "none.yaml", "en")
    (missing,) = missing_titles([article], {}, {"en": empty})
    assert "has no en translation" in missing.message


def test_entries_for_what_the_corpus_lacks_are_stale_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text(
        "events:\n"
        "  2031-03-08-jembatan:\n"
        "    title: The mayor opens the bridge\n"
        "  2020-01-01-another-story:\n"
        "    title: Something else\n"
        "quotes:\n"
        "  q1:\n"
        "    text: The mayor opened the bridge.\n"
        "  q9:\n"
        "    text: Another quote.\n"
        "articles:\n"
        "  gone:\n"
        "    title: A headline\n",
        "utf-8",
    )
    memory, _ = load_memory(path, "en")
    article = Article("a", "a.txt", "x", "x", "id", "Jembatan", "", Metadata())
    problems = unmatched_entries({"en": memory}, [event()], [article])
    assert [(p.line, p.stale, p.level) for p in problems] == [
        (4, True, "warning"),
        (9, True, "warning"),
        (12, True, "warning"),
    ]
    assert "event '2020-01-01-another-story' matches no event" in problems[0].message
    assert unmatched_entries({"en": memory}, [], []) != [], "nothing matches an empty corpus"
