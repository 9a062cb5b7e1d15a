"""Scoring against a gold file: spans, values, DCT, and events."""

from __future__ import annotations

from typing import Any

from generator.core.model import Article, Corpus, DatedArticle, Dct, Event, Metadata, Source, Timex
from generator.evaluate import evaluate

TEXT = "Menteri tiba pada Selasa malam dan menjabat selama 24 tahun, kata ajudan pada tahun 2000."


def dated(
    timexes: list[tuple[str, str, str]], dct: str | None = "2024-06-18", name: str = "x1_abc"
) -> DatedArticle:
    article = Article(name, f"seeds/{name}.txt", TEXT, TEXT, "id", "t", "o", Metadata())
    out = []
    for text, kind, value in timexes:
        start = TEXT.index(text)
        out.append(Timex(text, start, start + len(text), kind, value))  # type: ignore[arg-type]
    return DatedArticle(article, Dct(dct, "text" if dct else "none", ""), tuple(out))


GOLD: dict[str, Any] = {
    "articles": {
        "x1_abc.txt": {
            "dct": "2024-06-18",
            "timexes": [
                {"text": "Selasa malam", "type": "date", "value": "2024-06-18", "part": "evening"},
                {"text": "selama 24 tahun", "type": "duration", "value": "P24Y"},
                {"text": "pada tahun 2000", "type": "date", "value": "2000"},
            ],
        }
    }
}


def test_perfect_system_scores_one() -> None:
    system = dated(
        [
            ("Selasa malam", "date", "2024-06-18"),
            ("selama 24 tahun", "duration", "P24Y"),
            ("pada tahun 2000", "date", "2000"),
        ]
    )
    d = evaluate(Corpus((system,), ()), GOLD).to_dict()
    assert d["timex"]["strict_f1"] == 1.0
    assert d["timex"]["value_f1"] == 1.0
    assert d["dct_accuracy"] == 1.0


def test_strict_and_overlapping_spans_differ() -> None:
    system = dated([("Selasa malam", "date", "2024-06-18"), ("tahun 2000", "date", "2000")])
    t = evaluate(Corpus((system,), ()), GOLD).to_dict()["timex"]
    # The gold duration was not found: durations are optional, so recall ignores it.
    assert (t["gold"], t["system"]) == (2, 2)
    assert t["strict_precision"] == 0.5
    assert t["overlap_f1"] == 1.0
    assert t["value_accuracy"] == 1.0


def test_wrong_values_and_spurious_expressions() -> None:
    system = dated(
        [
            ("Selasa malam", "date", "2024-06-11"),
            ("tahun 2000", "date", "2000"),
            ("ajudan", "date", "2024"),
        ]
    )
    report = evaluate(Corpus((system,), ()), GOLD)
    t = report.to_dict()["timex"]
    assert t["overlap_precision"] == round(2 / 3, 4)
    assert t["value_accuracy"] == 0.5
    assert t["value_f1"] == round(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5), 4)
    errors = report.articles[0].errors
    assert any(e.startswith("value: 'Selasa malam'") for e in errors)
    assert any(e.startswith("spurious: 'ajudan'") for e in errors)


def test_duration_read_as_date_is_a_value_error() -> None:
    system = dated([("selama 24 tahun", "date", "2048")])
    report = evaluate(Corpus((system,), ()), GOLD)
    assert report.counts.overlap == 1
    assert report.counts.value == 0


def test_a_page_date_is_a_date_of_timex3() -> None:
    # The role on the page (printed by the site) is no TIMEX3 type: the value is what counts;
    # a page date with another value, or a duration with this one, is still wrong.
    right = dated([("pada tahun 2000", "page-date", "2000")])
    assert evaluate(Corpus((right,), ()), GOLD).counts.value == 1
    wrong = dated([("pada tahun 2000", "page-date", "2001")])
    assert evaluate(Corpus((wrong,), ()), GOLD).counts.value == 0
    duration = dated([("selama 24 tahun", "page-date", "P24Y")])
    assert evaluate(Corpus((duration,), ()), GOLD).counts.value == 0


def test_unlisted_system_duration_is_not_a_false_positive() -> None:
    system = dated(
        [
            ("Selasa malam", "date", "2024-06-18"),
            ("pada tahun 2000", "date", "2000"),
            ("24 tahun", "duration", "P24Y"),
        ]
    )
    gold = {
        "articles": {
            "x1_abc.txt": {
                "dct": "2024-06-18",
                "timexes": GOLD["articles"]["x1_abc.txt"]["timexes"][::2],
            }
        }
    }
    t = evaluate(Corpus((system,), ()), gold).to_dict()["timex"]
    assert t["overlap_precision"] == 1.0


def test_dct_accuracy_and_missing_articles() -> None:
    gold = {"articles": {**GOLD["articles"], "x2_def.txt": {"dct": "2024-01-01", "timexes": []}}}
    report = evaluate(Corpus((dated([], dct=None),), ()), gold)
    assert report.dct_accuracy == 0.0
    assert report.missing == ("x2_def.txt",)
    assert "x2_def.txt" in report.to_text()


def _event(eid: str, date: str, articles: list[str]) -> Event:
    sources = tuple(Source(a, "q", 0, 1, "t", 0, 1, date) for a in articles)
    return Event(eid, date, "happened", {"en": eid}, {"en": ""}, sources)


def test_events_dates_merging_and_forbidden_dates() -> None:
    arts = tuple(dated([], name=n) for n in ("001_a", "002_b", "003_c"))
    gold = {
        "articles": {},
        "events": [
            {"id": "visit", "date": "2024-06-18", "sources": ["001", "002", "003"]},
            {"id": "talks", "date": "2024-06-19", "sources": ["001", "003"]},
            {"id": "old", "date": "2000", "sources": ["002"]},
        ],
        "not_events": ["2025"],
    }
    events = (
        _event("e1", "2024-06-18", ["001_a", "003_c"]),  # all but one of three: merged
        _event("e2", "2024-06-19", ["001_a"]),  # one of two: not merged
        _event("e3", "2025", ["002_b"]),
    )
    e = evaluate(Corpus(arts, events), gold).to_dict()["events"]
    assert (e["gold"], e["system"], e["matched"]) == (3, 3, 2)
    assert e["date_precision"] == round(2 / 3, 4)
    assert (e["multi_source"], e["merged"], e["unmerged"]) == (2, 1, ["talks"])
    assert e["forbidden"] == ["e3"]


def test_report_is_deterministic() -> None:
    system = dated([("Selasa malam", "date", "2024-06-18")])
    a = evaluate(Corpus((system,), ()), GOLD)
    b = evaluate(Corpus((system,), ()), GOLD)
    assert a.to_dict() == b.to_dict()
    assert a.to_text() == b.to_text()
    assert "span overlap" in a.to_text()
