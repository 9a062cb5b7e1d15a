"""Exports for journalists: TimelineJS3 JSON, CSV and iCalendar, per language, inert."""

from __future__ import annotations

import csv
import io
import json

import pytest
from render_fixture import hostile_corpus

from generator.core.model import Corpus, Event, Source
from generator.publish.exports import export_files
from generator.publish.pagecache import Fragments
from generator.publish.render import index_site


def exported(corpus: Corpus, lang: str) -> dict[str, str]:
    """The export files of a fresh build, under the keys a build uses."""
    return export_files(corpus, lang, Fragments(), index_site(corpus).digests)


@pytest.fixture(scope="module")
def files() -> dict[str, dict[str, str]]:
    corpus = hostile_corpus()
    return {lang: exported(corpus, lang) for lang in ("id", "en")}


def test_timelinejs_keeps_granularity_and_escapes_html(files: dict[str, dict[str, str]]) -> None:
    data = json.loads(files["en"]["data/timelinejs.json"])
    slides = {s["unique_id"]: s for s in data["events"]}
    assert slides["old-flood"]["start_date"] == {"display_date": "1990s", "year": 1990}
    begins = slides["flood-begins"]
    assert begins["start_date"]["day"] == 6
    assert "<script>" not in begins["text"]["headline"]
    assert "&lt;script&gt;" in begins["text"]["headline"]
    assert "new-levee" not in slides, "a reference to the future has no place on a calendar"
    assert "<" not in files["en"]["data/timelinejs.json"], "inert inside HTML"


def test_csv_has_every_event_and_defuses_formulas(files: dict[str, dict[str, str]]) -> None:
    rows = list(csv.DictReader(io.StringIO(files["id"]["data/events.csv"])))
    assert len(rows) == len(hostile_corpus().events)
    by_id = {r["id"]: r for r in rows}
    assert by_id["old-flood"]["start"] == "1990-01-01"
    assert by_id["old-flood"]["end"] == "1999-12-31"
    assert by_id["new-levee"]["start"] == ""


def test_formula_looking_text_is_not_a_formula() -> None:
    quote = '=HYPERLINK("http://x") kata warga pada Senin.'
    event = Event(
        id="formula",
        date="2031-01-06",
        status="claim",
        title={"id": "=1+1 judul"},
        summary={"id": quote},
        sources=(Source("a", quote, 0, len(quote), "Senin", 0, 5, "2031-01-06"),),
    )
    text = exported(Corpus(articles=(), events=(event,)), "id")["data/events.csv"]
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["title"] == "'=1+1 judul"
    assert row["summary"].startswith("'=")


def test_icalendar_is_well_formed(files: dict[str, dict[str, str]]) -> None:
    ics = files["en"]["data/events.ics"]
    lines = ics.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-2:] == ["END:VCALENDAR", ""]
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    dated = [e for e in hostile_corpus().events if e.date != "FUTURE_REF"]
    assert ics.count("BEGIN:VEVENT") == ics.count("END:VEVENT") == len(dated)
    unfolded = ics.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:19900101" in unfolded
    assert "DTEND;VALUE=DATE:20000101" in unfolded, "the all-day end is exclusive"
    assert "\n" not in unfolded.replace("\r\n", ""), "no bare line breaks from article text"
