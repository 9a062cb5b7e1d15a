"""The front page's story, from made-up events (generator/publish/front.py)."""

from __future__ import annotations

import datetime as dt

from generator.core.model import Event, Source
from generator.publish import front
from generator.publish.messages import Messages
from generator.publish.story import Story
from generator.publish.views import EventView, event_view

STORY = Story(dt.date(2031, 5, 1), dt.date(2031, 5, 20), frozenset({"old"}))


def event(ident: str, date: str, title: str, articles: str, key: bool = True) -> Event:
    sources = tuple(
        Source(a, f"{title}.", 0, len(title), "Senin", 0, 5, date, quote_id=f"{ident}-{a}")
        for a in articles
    )
    return Event(
        id=ident,
        date=date,
        status="happened",
        title={"id": title},
        summary={"id": f"{title}."},
        sources=sources,
        key=key,
        outlets=len(articles),
    )


EVENTS = [
    # The background is the most reported, as a story's past often is: never the story.
    event("old", "1998", "Jembatan lama dibangun di tepi sungai", "abcde"),
    event("warning", "2031-05-02", "Badan cuaca memperingatkan hujan lebat", "ab"),
    event("flood", "2031-05-05", "Banjir merendam kota di tepi sungai", "abc"),
    event("aid", "2031-05-09", "Bantuan tiba di posko pengungsian", "b", key=False),
    event("rebuild", "2031-05-18", "Pemerintah kota mulai membangun tanggul", "cd"),
]


def view(ident: str, lang: str = "en") -> EventView:
    found = next(e for e in EVENTS if e.id == ident)
    return event_view(found, lang, ident)


def test_the_most_reported_development_is_the_storys_own() -> None:
    assert front.most_reported(EVENTS, STORY).id == "flood"
    assert front.most_reported([], STORY) is None


def test_the_title_is_the_configs_else_the_most_reported_developments() -> None:
    def views(ident: str) -> EventView:
        return view(ident, "id")

    assert front.story_title(EVENTS, STORY, "id", " Banjir 2031 ", views).text == "Banjir 2031"
    title = front.story_title(EVENTS, STORY, "id", "", views)
    assert (title.text, title.lang) == ("Banjir merendam kota di tepi sungai", "id")
    empty = front.story_title([], None, "en", "", views)
    assert empty.text == Messages("en")("home.untitled")


def test_the_lead_tells_the_development_where_it_stands_and_who_is_named() -> None:
    actors = {"flood": ("Wali Kota Rina",), "rebuild": ("Wali Kota Rina", "Dinas PU")}
    lead = front.lead(EVENTS, STORY, 5, view, actors, Messages("en"))
    text = lead.striptags()
    assert text.startswith("The most reported development is “Banjir merendam kota")
    assert "3 of the 5 articles report it" in text
    # Key developments before and after it: the first and the last are named.
    assert "“Badan cuaca memperingatkan hujan lebat”" in text
    assert "“Pemerintah kota mulai membangun tanggul”" in text
    assert "Bantuan" not in text, "a development that is not key"
    assert text.endswith("Named most often: Wali Kota Rina and Dinas PU.")
    # Corpus text in another language than the page's is marked as such.
    assert '<span lang="id">Banjir merendam kota di tepi sungai</span>' in str(lead)


def test_the_lead_counts_what_there_is() -> None:
    only = [EVENTS[2]]
    m = Messages("en")
    assert "all 3 articles report it" in front.lead(only, STORY, 3, view, {}, m).striptags()
    single = [event("one", "2031-05-05", "Banjir merendam kota di tepi sungai", "a")]
    one = front.lead(single, STORY, 4, lambda i: event_view(single[0], "en", i), {}, m)
    assert one.striptags().startswith("The story's main development is")
    assert front.lead([], None, 0, view, {}, m).striptags() == m("home.lead.empty")


def test_a_description_is_cut_at_a_word() -> None:
    text = "kata " * 60
    cut = front.description(text, 40)
    assert len(cut) <= 40
    assert cut.endswith("kata…")
    assert front.description("  dua\n baris ") == "dua baris"


def test_spans_of_days_are_written_as_one_range() -> None:
    assert front.span_words(["2031-05-01", "2031-05-20"], "en") == "1–20 May 2031"
    assert front.span_words(["2031-05-01", "2031-05-01"], "id") == "1 Mei 2031"
    assert front.span_words(["1990", "2031-05"], "en") == "1990 – May 2031"
    assert front.span_words([], "en") is None
