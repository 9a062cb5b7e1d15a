"""The seed corpus against the gold timeline (`events:` of tests/gold/seeds.yaml).

Two runs: the events, anchor and merge layers fed the gold's own time expressions (isolates
this layer from recognition), and the whole pipeline from the seed files (meaningful once the
temporal layer is in place; expected to fail while it is still a placeholder).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.model import Article, DatedArticle, Dct, Event, Timex
from generator.dates import temporal
from generator.events.anchor import anchor_undated
from generator.events.mentions import find_mentions
from generator.events.merge import merge_mentions
from generator.read.load import read_article

ROOT = Path(__file__).resolve().parent.parent
GOLD: dict[str, Any] = yaml.safe_load((ROOT / "tests" / "gold" / "seeds.yaml").read_text("utf-8"))
SEEDS = ROOT / "seeds"


def score(events: Sequence[Event]) -> dict[str, Any]:
    """Event-date P/R/F1 (dates as multisets), multi-source merges, events at page dates."""
    gold_dates = Counter(str(e["date"]) for e in GOLD["events"])
    sys_dates = Counter(e.date for e in events)
    matched = sum(min(n, sys_dates[d]) for d, n in gold_dates.items())
    p = matched / max(1, sum(sys_dates.values()))
    r = matched / sum(gold_dates.values())
    cited = [{s.article.split("_")[0] for s in e.sources} for e in events]
    unmerged = []
    for g in GOLD["events"]:
        sources = {str(s) for s in g["sources"]}
        if len(sources) >= 2 and not any(
            len(sources & c) >= max(2, len(sources) - 1) for c in cited
        ):
            unmerged.append(g["id"])
    forbidden = {str(d) for d in GOLD["not_events"]}
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "unmerged": unmerged,
        "forbidden": [e.id for e in events if e.date in forbidden],
    }


def gold_dated() -> tuple[list[DatedArticle], dict[str, DatedArticle]]:
    """Seed articles with the gold's time expressions. Articles whose DCT the gold says is
    not in the text start undated, their relative expressions unresolved."""
    undated, resolved = [], {}
    for name, spec in sorted(GOLD["articles"].items()):
        article = read_article(SEEDS / name)
        known = "not in text" not in spec["dct_evidence"]
        full, partial, at = [], [], Counter[str]()
        for t in spec["timexes"]:
            i = article.text.index(t["text"], at[t["text"]])
            at[t["text"]] = i + 1
            timex = Timex(
                t["text"], i, i + len(t["text"]), t["type"], str(t["value"]), t.get("part")
            )
            full.append(timex)
            absolute = re.search(r"\d{4}", t["text"])
            partial.append(
                timex
                if known or absolute
                else Timex(
                    timex.text,
                    i,
                    timex.end,
                    timex.type,
                    "",
                    timex.part,
                    "unresolved",
                    ("unresolved",),
                )
            )
        dct = Dct(str(spec["dct"]), "text", "gold", 1.0)
        resolved[article.id] = DatedArticle(article, dct, tuple(full))
        undated.append(
            DatedArticle(
                article, dct if known else Dct(None, "none", "not in text"), tuple(partial)
            )
        )
    return undated, resolved


def test_gold_expressions_give_the_gold_timeline() -> None:
    undated, resolved = gold_dated()

    def redate(article: Article, dct: Dct | None = None) -> DatedArticle:
        # Stands in for the temporal layer: once dated, the gold's resolution.
        return DatedArticle(article, dct or resolved[article.id].dct, resolved[article.id].timexes)

    anchored = anchor_undated(undated, date_fn=redate)
    for d in anchored:
        assert d.dct.value == resolved[d.article.id].dct.value, d.article.id
    events = merge_mentions([m for d in anchored for m in find_mentions(d)])
    result = score(events)
    assert result["f1"] >= 0.9, result
    assert result["unmerged"] == [], result
    assert result["forbidden"] == [], result


def _temporal_is_placeholder() -> bool:
    article = read_article(SEEDS / sorted(GOLD["articles"])[1])
    return not temporal.date_article(article).timexes


@pytest.mark.xfail(
    _temporal_is_placeholder(),
    reason="the temporal layer is still a placeholder that finds no time expressions",
    strict=False,
)
def test_seed_files_end_to_end() -> None:
    articles = [read_article(SEEDS / name) for name in sorted(GOLD["articles"])]
    dated = anchor_undated([temporal.date_article(a) for a in articles])
    events = merge_mentions([m for d in dated for m in find_mentions(d)])
    result = score(events)
    assert result["f1"] >= 0.9, result
    assert result["unmerged"] == [], result
    assert result["forbidden"] == [], result
