"""The story's own period (generator/publish/story.py), on invented timelines of several shapes."""

from __future__ import annotations

import datetime as dt

from generator.core.model import Event, Source
from generator.publish.humanize import bounds
from generator.publish.story import story_period


def event(ident: str, date: str, reports: int = 1, key: bool = False) -> Event:
    """An event reported by `reports` different articles."""
    sources = tuple(
        Source(f"{ident}-article-{n}", "Kalimat.", 0, 8, "kemarin", 0, 7, date)
        for n in range(reports)
    )
    return Event(ident, date, "happened", {"id": ident}, {}, sources, key=key)


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_a_news_burst_opens_on_its_days_and_folds_the_decades_before() -> None:
    events = [
        event("founding", "196X", 2, key=True),
        event("first-visit", "2001-05", 3, key=True),
        event("earlier-talks", "2030-02-11", 4, key=True),
        event("run-up", "2031-W10"),
        event("eve", "2031-03-09"),
        event("arrival", "2031-03-10", 5, key=True),
        event("talks", "2031-03-11", 2, key=True),
    ]
    story = story_period(events, bounds)
    assert story is not None
    # The week before the arrival belongs to the story: it follows within a month.
    assert (story.start, story.end) == (day("2031-03-03"), day("2031-03-11"))
    assert story.background == {"founding", "first-visit", "earlier-talks"}


def test_the_run_with_the_most_reports_wins_not_the_latest() -> None:
    # A retrospective: the old events are what the articles report; the recent one is a note.
    events = [
        event("uprising", "1998-05-12", 6, key=True),
        event("resignation", "1998-05-21", 8, key=True),
        event("anniversary", "2028-05-21", 2, key=True),
    ]
    story = story_period(events, bounds)
    assert story is not None
    assert (story.start, story.end) == (day("1998-05-12"), day("1998-05-21"))
    assert story.background == frozenset()


def test_only_key_developments_weigh_unless_none_is_key() -> None:
    crowd = [event(f"minor-{n}", f"2025-01-{n + 10:02d}", 3) for n in range(5)]
    lead = [event("decision", "2025-09-01", 1, key=True)]
    story = story_period(crowd + lead, bounds)
    assert story is not None
    assert story.start == day("2025-09-01")
    story = story_period([*crowd, event("decision", "2025-09-01", 1)], bounds)
    assert story is not None
    assert story.start == day("2025-01-10")


def test_a_year_or_a_decade_never_ties_runs_together() -> None:
    events = [
        event("spring", "2026-03-02", 2, key=True),
        event("whole-year", "2026", 9, key=True),
        event("autumn", "2026-10-05", 3, key=True),
    ]
    story = story_period(events, bounds)
    assert story is not None
    assert (story.start, story.end) == (day("2026-10-05"), day("2026-10-05"))
    assert "whole-year" not in story.background, "it does not end before the story"


def test_equal_runs_go_to_the_later_and_coarse_dates_alone_still_give_a_period() -> None:
    events = [event("a", "2020-01-01", 2, key=True), event("b", "2022-01-01", 2, key=True)]
    story = story_period(events, bounds)
    assert story is not None
    assert story.start == day("2022-01-01")
    assert story.background == {"a"}
    story = story_period([event("c", "19XX", key=True), event("d", "2010", key=True)], bounds)
    assert story is not None
    assert (story.start, story.end) == (day("1900-01-01"), day("2010-12-31"))


def test_no_dated_event_no_period() -> None:
    assert story_period([event("x", "PAST_REF"), event("y", "FUTURE_REF")], bounds) is None
    assert story_period([], bounds) is None
