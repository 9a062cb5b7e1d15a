"""The story benchmark's scoring (generator/stories.py), on made-up articles and entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.cli import main
from generator.core.model import Article, Corpus, DatedArticle, Dct, Event, Metadata, Source
from generator.stories import StorySet, article_key, find_sets, score_story, table

TEXTS = {
    "01_alpha": "Kamis, 3 April 2031\nBendungan jebol Senin (10/3/2031) pagi. Tim SAR tiba Selasa.",
    "02_beta": "Bendungan Sukamaju jebol pada 10 Maret 2031, kata warga.",
    "03_gamma": "Evakuasi warga dimulai 11 Maret 2031 setelah bendungan jebol.",
}


def _article(key: str, dct: str | None) -> DatedArticle:
    text = TEXTS[key]
    article = Article(key, f"articles/{key}.txt", text, text, "id", "t", "o", Metadata())
    return DatedArticle(article, Dct(dct, "text" if dct else "none", ""), ())


def _entry(ident: str, date: str, *cited: tuple[str, str]) -> Event:
    sources = []
    for key, anchor in cited:
        start = TEXTS[key].index(anchor)
        sources.append(
            Source(key, "q", 0, 1, anchor, start, start + len(anchor), date, language="id")
        )
    return Event(ident, date, "happened", {"id": ident}, {}, tuple(sources))


GOLD: dict[str, Any] = {
    "story": "a dam breaks",
    "articles": {
        "01_alpha.txt": {"dct": "2031-03-11"},
        "02_beta.txt": {"dct": "2031-03-10"},
        "03_gamma.txt": {"dct": "2031-03-12"},
    },
    "events": [
        {"id": "E01", "title": "The dam breaks", "date": "2031-03-10", "status": "happened",
         "required": True, "reports": ["01", "02"], "undated_mentions": ["03"]},
        {"id": "E02", "title": "Evacuation starts", "date": "2031-03-11",
         "accept_dates": ["2031-03-12"], "status": "happened", "required": True,
         "reports": ["03"]},
        {"id": "E03", "title": "Rescuers arrive", "date": "2031-03-11", "status": "happened",
         "required": True, "reports": ["01"]},
        {"id": "E04", "title": "Background", "date": "1990", "status": "happened",
         "required": False, "reports": ["02"]},
    ],
    "not_events": [{"article": "01", "text": "Kamis, 3 April 2031", "why": "page header"}],
}  # fmt: skip


def _story(gold: dict[str, Any] = GOLD) -> StorySet:
    return StorySet("dam", Path("dam"), gold)


def test_article_keys_are_the_number_before_the_slug() -> None:
    assert article_key("07_kompas-gempa.txt") == "07"
    assert article_key("07_kompas-gempa") == "07"
    assert article_key("lonely.txt") == "lonely"


def test_a_perfect_timeline_scores_everything() -> None:
    corpus = Corpus(
        (_article("01_alpha", "2031-03-11"), _article("02_beta", "2031-03-10"),
         _article("03_gamma", "2031-03-12")),
        (_entry("dam", "2031-03-10", ("01_alpha", "Senin (10/3/2031) pagi"),
                ("02_beta", "10 Maret 2031")),
         _entry("evac", "2031-03-11", ("03_gamma", "11 Maret 2031")),
         _entry("sar", "2031-03-11", ("01_alpha", "Selasa"))),
    )  # fmt: skip
    score = score_story(_story(), corpus)
    f = score.figures()
    assert (f["dct"], f["found"], f["exact"], f["noise"]) == (1.0, 1.0, 1.0, 0.0)
    assert (f["splits"], f["non_events"], f["entries"], f["required"]) == (0, 0, 3, 3)


def test_misses_splits_noise_and_non_events_are_counted() -> None:
    corpus = Corpus(
        (_article("01_alpha", "2031-04-03"), _article("02_beta", "2031-03-10"),
         _article("03_gamma", None)),
        (
            # The dam's break, reported by 02 only: found, and exact (all but one of 01, 02).
            _entry("dam-a", "2031-03-10", ("02_beta", "10 Maret 2031")),
            # The same break again from 01 alone: a split.
            _entry("dam-b", "2031-03-10", ("01_alpha", "Senin (10/3/2031) pagi")),
            # The page header made an entry: noise, and a non-event published.
            _entry("header", "2031-04-03", ("01_alpha", "Kamis, 3 April 2031")),
            # The evacuation on an accepted date.
            _entry("evac", "2031-03-12", ("03_gamma", "11 Maret 2031")),
        ),
    )  # fmt: skip
    score = score_story(_story(), corpus)
    e = score.events
    assert (e.required, e.found, e.exact) == (3, 2, 2)  # E03 (the rescuers) is missed
    assert (e.entries, e.splits, e.noise, e.non_events) == (4, 1, 1, 1)
    assert score.dct_right == 1  # 01 took its header's date; 03 has none
    assert any(line.startswith("missed E03") for line in score.details)
    assert any("01 'Kamis, 3 April 2031'" in line for line in score.details)


def test_a_non_event_inside_a_longer_gold_expression_is_not_that_expression() -> None:
    # "2031" is a non-event of 02 (say, its copyright year); the entry is dated by the longer
    # gold expression "10 Maret 2031", which holds those digits.
    articles = {
        **GOLD["articles"],
        "02_beta.txt": {
            "dct": "2031-03-10",
            "timexes": [{"text": "10 Maret 2031", "start": 30, "type": "date"}],
        },
    }
    not_events = [{"article": "02", "text": "2031", "why": "copyright"}]
    gold = {**GOLD, "articles": articles, "not_events": not_events}
    corpus = Corpus(
        (_article("02_beta", "2031-03-10"),),
        (_entry("dam", "2031-03-10", ("02_beta", "10 Maret 2031")),),
    )
    assert TEXTS["02_beta"][30:43] == "10 Maret 2031"
    assert score_story(_story(gold), corpus).events.non_events == 0
    # Without the gold expression, the digits are all the scorer can go by.
    bare = {**gold, "articles": GOLD["articles"]}
    assert score_story(_story(bare), corpus).events.non_events == 1


def test_an_entry_without_a_shared_article_is_noise_even_on_a_gold_date() -> None:
    corpus = Corpus(
        (_article("02_beta", "2031-03-10"),),
        (_entry("x", "2031-03-11", ("02_beta", "10 Maret 2031")),),
    )
    e = score_story(_story(), corpus).events
    assert (e.found, e.noise) == (0, 1)


def test_an_entry_citing_too_few_reports_is_found_not_exact() -> None:
    gold = {**GOLD, "events": [{**GOLD["events"][0], "reports": ["01", "02", "03"]}]}
    corpus = Corpus((), (_entry("dam", "2031-03-10", ("02_beta", "10 Maret 2031")),))
    e = score_story(_story(gold), corpus).events
    assert (e.required, e.found, e.exact) == (1, 1, 0)


def test_eval_scores_a_folder_of_sets_in_one_table(tmp_path: Path, capsys: Any) -> None:
    for name, role in (("one", None), ("two", "test")):
        folder = tmp_path / name / "articles"
        folder.mkdir(parents=True)
        (folder / "01_alpha.txt").write_text(TEXTS["01_alpha"], "utf-8")
        gold = {"story": name, "articles": {"01_alpha.txt": {"dct": "2031-03-11"}}, "events": []}
        if role:
            gold["role"] = role
        (tmp_path / name / "gold.yaml").write_text(yaml.safe_dump(gold), "utf-8")
    assert [s.role for s in find_sets(tmp_path)] == ["development", "test"]
    assert main(["eval", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line[:1].isalpha()}
    assert rows["one"][1] == "dev"
    assert rows["two"][1] == "test"
    assert "pooled" in rows


def test_a_folder_without_sets_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["eval", str(tmp_path)]) == 2


def test_the_table_pools_development_and_test_apart() -> None:
    one = score_story(_story(), Corpus((), ()))
    test_gold = {**GOLD, "role": "test"}
    two = score_story(StorySet("t", Path("t"), test_gold), Corpus((), ()))
    text = table([one, two])
    assert "pooled development" in text
    assert "pooled test" in text
