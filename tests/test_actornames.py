"""Actor names as the timeline's filter lists them (generator/publish/actornames.py).

The people, institutions and places are invented; country names are CLDR's, which the rule
relies on.
"""

from __future__ import annotations

from generator.core.model import Event
from generator.publish.actornames import actor_names


def event(ident: str, *actors: str) -> Event:
    return Event(ident, "2031-03-10", "happened", {"id": ident}, {}, (), actors=actors)


def test_one_person_one_entry_under_the_longest_name() -> None:
    events = [
        event("a", "Rina Hartati", "Hartati"),
        event("b", "Hartati"),
        event("c", "Rina Hartatii"),  # misspelt once
        event("d", "Korea Selatan Rina Hartati"),
    ]
    names = actor_names(events, "en")
    assert names.by_event == {
        "a": ("Rina Hartati",),
        "b": ("Rina Hartati",),
        "c": ("Rina Hartati",),
        "d": ("Rina Hartati", "South Korea"),
    }
    assert names.aliases["Rina Hartati"] == (
        "Hartati",
        "Korea Selatan Rina Hartati",
        "Rina Hartatii",
    )


def test_a_short_form_joins_the_name_it_is_reported_with() -> None:
    events = [
        event("a", "Budi Santoso", "Santoso"),
        event("b", "Agus Santoso"),
        event("c", "Santoso"),
        # Two people reported with a short form equally often: it names neither surely.
        event("d", "Dewi Lestari", "Lestari"),
        event("e", "Wati Lestari", "Lestari"),
    ]
    names = actor_names(events, "id")
    assert names.by_event["c"] == ("Budi Santoso",)
    assert names.by_event["b"] == ("Agus Santoso",)
    assert names.by_event["d"] == ("Dewi Lestari", "Lestari")
    assert names.by_event["e"] == ("Lestari", "Wati Lestari")


def test_countries_are_named_in_the_pages_language_whatever_the_article_wrote() -> None:
    events = [event("a", "Jepang"), event("b", "Japan"), event("c", "Korea Utara Budi Santoso")]
    english = actor_names(events, "en")
    indonesian = actor_names(events, "id")
    assert english.by_event == {
        "a": ("Japan",),
        "b": ("Japan",),
        "c": ("Budi Santoso", "North Korea"),
    }
    assert indonesian.by_event == {
        "a": ("Jepang",),
        "b": ("Jepang",),
        "c": ("Budi Santoso", "Korea Utara"),
    }
    assert english.aliases["Japan"] == ("Jepang",)


def test_an_institution_before_a_name_describes_the_person() -> None:
    events = [
        event("a", "Dewan Keamanan Nasional Sari Wulandari"),
        event("b", "Gedung Putih Tono Prasetyo"),
        event("c", "White House Lina Marlina"),
        event("d", "Kremlin Arkady Volkov"),
        event("e", "Gedung Putih"),
        event("f", "White House"),
    ]
    english = actor_names(events, "en")
    indonesian = actor_names(events, "id")
    for names in (english, indonesian):
        assert names.by_event["a"] == ("Sari Wulandari",)
        assert names.by_event["b"] == ("Tono Prasetyo",)
        assert names.by_event["c"] == ("Lina Marlina",)
        assert names.by_event["d"] == ("Arkady Volkov",)
    # An institution alone is named in its own language's words: only that site lists it.
    assert (indonesian.by_event["e"], indonesian.by_event["f"]) == (("Gedung Putih",), ())
    assert (english.by_event["e"], english.by_event["f"]) == ((), ("White House",))


def test_places_and_events_are_not_actors() -> None:
    events = [
        event(
            "a", "Kota Sukamaju", "Perang Sukamaju", "KTT Tepian", "Timur Jauh", "Kosmodrom Baru"
        ),
        event("b", "City of Tepian", "Tepian Summit"),
    ]
    names = actor_names(events, "en")
    assert names.by_event["a"] == ()
    # A name that only ends in a kind of event is still a name (no word list can tell).
    assert names.by_event["b"] == ("Tepian Summit",)
