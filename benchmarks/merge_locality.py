"""What a merge with local decisions would change: the evidence a change of algorithm needs.

Run by hand: `.venv/bin/python benchmarks/merge_locality.py [--count 10000]` (about a minute).

Linimasa's merge decides globally: its greedy clustering runs in date order over every mention,
and every similarity weighs words by their document frequencies over the whole corpus. So one
edited article can change any decision, and a one-article edit merges everything again (2.2 s
at 10,000 articles; see the README's "Speed and scale"). The variant measured here, which
Linimasa does not use, clusters the mentions of each calendar year on their own (by the year
their date begins, document frequencies included), so an edit would merge again only the years
its article's dates fall in. This script prints what that would change:

- on the gold and held-out sets (tests/gold, tests/heldout, tests/heldout2): the gold events
  found at their dates and the multi-source events merged, by the merge and by the variant;
- on `--count` synthetic articles (benchmarks/corpus.py): how far the variant's events agree
  with the merge's (pairs of mentions in one event: the variant's precision and recall against
  the merge), the time of each, the largest year, and what merging again the years of one
  article would take.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from corpus import make_corpus, write_corpus  # noqa: E402

from generator import evaluate, merge, pipeline  # noqa: E402
from generator.model import Event, Mention  # noqa: E402
from generator.timexvalue import bounds  # noqa: E402

GOLD_SETS = (
    ("seeds", ROOT / "tests" / "gold" / "seeds.yaml", ROOT / "seeds"),
    ("heldout", ROOT / "tests" / "heldout" / "gold.yaml", ROOT / "tests" / "heldout" / "articles"),
    (
        "heldout2",
        ROOT / "tests" / "heldout2" / "gold.yaml",
        ROOT / "tests" / "heldout2" / "articles",
    ),
)


def year_of(m: Mention) -> int:
    """The block of a mention: the year its date begins (0 for a date with no days)."""
    span = bounds(m.date)
    return span[0].year if span else 0


def by_year(mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
    blocks: dict[int, list[Mention]] = {}
    for m in mentions:
        blocks.setdefault(year_of(m), []).append(m)
    return blocks


@contextlib.contextmanager
def per_year() -> Iterator[None]:
    """The merge, with its clustering done for each year on its own (events are then made,
    named and ranked as the merge does)."""
    whole = merge._cluster_items

    def blockwise(mentions: Sequence[Mention]) -> list[Any]:
        groups: list[Any] = []
        for _, block in sorted(by_year(mentions).items()):
            groups.extend(whole(block))
        return groups

    merge._cluster_items = blockwise  # type: ignore[assignment]
    try:
        yield
    finally:
        merge._cluster_items = whole  # type: ignore[assignment]


def gold_scores() -> None:
    print("Gold and held-out sets: gold events found at their dates, multi-source merged")
    print("| set | merge: dates found | variant | merge: merged | variant |")
    print("|---|---:|---:|---:|---:|")
    for name, gold_file, folder in GOLD_SETS:
        gold = yaml.safe_load(gold_file.read_text("utf-8"))
        scores = []
        for local in (False, True):
            with per_year() if local else contextlib.nullcontext():
                corpus = pipeline.extract([folder], jobs=1)
            scores.append(evaluate.score_events(corpus, gold))
        g, v = scores
        print(
            f"| {name} | {g.matched}/{g.gold} | {v.matched}/{v.gold} | "
            f"{g.merged}/{g.multi_source} | {v.merged}/{v.multi_source} |"
        )


def mentions_of(count: int) -> list[Mention]:
    """The merge's input for `count` synthetic articles (analysed in every core, no cache)."""
    caught: list[Mention] = []
    whole = pipeline.merge.merge_mentions

    def spy(mentions: Sequence[Mention]) -> tuple[Event, ...]:
        caught.extend(mentions)
        return ()

    with tempfile.TemporaryDirectory(prefix="linimasa-locality-") as tmp:
        write_corpus(Path(tmp), make_corpus(count))
        pipeline.merge.merge_mentions = spy  # type: ignore[assignment]
        try:
            pipeline.extract([Path(tmp)])
        finally:
            pipeline.merge.merge_mentions = whole  # type: ignore[assignment]
    return caught


def timed(run: Callable[[], Any]) -> tuple[Any, float]:
    """`run()` and its seconds, timed as the pipeline runs the merge (cycle collector paused)."""
    with pipeline._collector_paused():
        t0 = time.perf_counter()
        result = run()
        return result, time.perf_counter() - t0


def labels(events: Sequence[Event], mentions: Sequence[Mention]) -> list[int]:
    """The event each mention went to (-1: none, a date the merge does not place)."""
    at = {
        (m.article, m.start, m.timex.start, m.timex.end, m.date): i for i, m in enumerate(mentions)
    }
    found = [-1] * len(mentions)
    for n, e in enumerate(events):
        for s in e.sources:
            found[at[(s.article, s.start, s.timex_start, s.timex_end, s.date)]] = n
    return found


def pairs(counts: Counter[Any]) -> int:
    return sum(math.comb(c, 2) for c in counts.values())


def agreement(whole: list[int], local: list[int]) -> tuple[float, float]:
    """The variant's pairs of mentions in one event against the merge's: precision, recall."""
    kept = [(w, v) for w, v in zip(whole, local, strict=True) if w >= 0 and v >= 0]
    both = pairs(Counter(kept))
    in_whole = pairs(Counter(w for w, _ in kept))
    in_local = pairs(Counter(v for _, v in kept))
    return both / in_local if in_local else 1.0, both / in_whole if in_whole else 1.0


def synthetic(count: int) -> None:
    mentions = mentions_of(count)
    whole, whole_s = timed(lambda: merge.merge_mentions(mentions))
    with per_year():
        local, local_s = timed(lambda: merge.merge_mentions(mentions))
    precision, recall = agreement(labels(whole, mentions), labels(local, mentions))
    blocks = by_year(mentions)
    sizes = sorted(len(b) for b in blocks.values())
    # What an edit of one article would merge again: the years its mentions fall in.
    articles = sorted({m.article for m in mentions})
    edited = articles[len(articles) // 2]
    years = sorted({year_of(m) for m in mentions if m.article == edited})
    again = [m for y in years for m in blocks[y]]
    _, again_s = timed(lambda: merge.merge_mentions(again))
    print(f"\n{count:,} synthetic articles: {len(mentions):,} mentions in {len(blocks)} years")
    print(f"  events: merge {len(whole):,}, variant {len(local):,}")
    print(
        f"  pairs of mentions in one event, variant against merge: precision {precision:.4f}, "
        f"recall {recall:.4f}"
    )
    print(f"  merge {whole_s:.2f} s, variant {local_s:.2f} s (the years one after another)")
    print(
        f"  mentions per year: largest {sizes[-1]:,} ({sizes[-1] / len(mentions):.0%}), "
        f"median {statistics.median(sizes):,.0f}"
    )
    print(
        f"  an edit of {edited} (dates in {', '.join(map(str, years))}) would merge again "
        f"{len(again):,} mentions: {again_s:.2f} s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10000, help="synthetic articles")
    args = ap.parse_args()
    gold_scores()
    synthetic(args.count)
    print(f"\nReproduce: .venv/bin/python benchmarks/merge_locality.py --count {args.count}")


if __name__ == "__main__":
    main()
