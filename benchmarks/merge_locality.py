"""What a merge with local decisions would change: the evidence a change of algorithm needs.

Run by hand: `.venv/bin/python benchmarks/merge_locality.py [--count 10000]` (about a minute).

Linimasa's merge decides globally: its greedy clustering runs in date order over every mention,
and every similarity weighs words by their document frequencies over the whole corpus. So one
edited article can change any decision, and a one-article edit merges everything again (2.2 s
at 10,000 articles; see docs/performance.md). The variants measured here, which
Linimasa does not use, cluster the mentions of each calendar year on their own (by the year
their date begins), so an edit would cluster again only some years:

- "year": each year also weighs words by its own document frequencies, so an edit reaches
  only the years its article's dates fall in;
- "corpus": the corpus' frequencies, which tells apart what the years alone change;
- "grid": the corpus' frequencies on a grid of 5 % steps, so that adding an article moves few
  weights, and an edit reaches its own years and the years using a word whose weight moved.

It prints the gold events found at their dates and the multi-source events merged on the gold
and held-out sets (tests/gold, tests/heldout, tests/heldout2) by the merge and the variants;
and on `--count` synthetic articles (benchmarks/corpus.py) how far each variant's events agree
with the merge's (pairs of mentions in one event: the variant's precision and recall against
the merge), the time of each, and how much of the corpus an edit would cluster again.
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

from generator import evaluate, mergecache, pipeline  # noqa: E402
from generator.core.model import Event, Mention  # noqa: E402
from generator.core.timexvalue import bounds  # noqa: E402
from generator.events import cluster, merge, terms  # noqa: E402

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


# Document frequencies on a grid of 5 % steps (exact for the rare words, where a step is more
# than one): the one-article edit of a large corpus moves few of them across a step.
GRID = math.log(1.05)


def _on_grid(count: int) -> float:
    return math.exp(round(math.log(count) / GRID) * GRID) if count > 0 else 0.0


def gridded_idf(docs: Sequence[Sequence[str]]) -> dict[str, float]:
    """`terms.idf_weights` with the counts of documents (and of all of them) on the grid."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(set(doc))
    n = _on_grid(len(docs))
    return {t: math.log((1 + n) / (1 + _on_grid(f))) + terms.IDF_FLOOR for t, f in df.items()}


def corpus_docs(mentions: Sequence[Mention]) -> list[Sequence[str]]:
    """The documents the merge weighs, one per mention it places (in the order of those)."""
    docs: list[Sequence[str]] = []
    idf = cluster.idf_weights
    cluster.idf_weights = lambda found: docs.extend(found) or idf(found)  # type: ignore[assignment]
    try:
        cluster._items(mentions)
    finally:
        cluster.idf_weights = idf  # type: ignore[assignment]
    return docs


class _Rare(dict[str, float]):
    """Frequencies taken from the whole corpus. A year can name a word the corpus does not:
    names are folded ("Indonesian" into "Indonesia") only where the mentions merged together
    also have the base form, another thing the whole corpus decides. Such a word weighs as
    the rarest word does."""

    def __missing__(self, term: str) -> float:
        return max(self.values(), default=1.0)


@contextlib.contextmanager
def per_year(frequencies: str = "year") -> Iterator[None]:
    """The merge, with its clustering done for each year on its own (events are then made,
    named and ranked as the merge does). Words are weighed by their document frequencies in
    that year ("year"), in the whole corpus ("corpus", to tell the two effects apart) or in
    the whole corpus on the grid ("grid")."""
    whole, idf = merge.cluster_items, cluster.idf_weights

    def blockwise(mentions: Sequence[Mention]) -> list[Any]:
        if frequencies != "year":
            weigh = gridded_idf if frequencies == "grid" else idf
            fixed = _Rare(weigh(corpus_docs(mentions)))
            cluster.idf_weights = lambda docs: fixed  # type: ignore[assignment]
        groups: list[Any] = []
        for _, block in sorted(by_year(mentions).items()):
            groups.extend(whole(block))
        cluster.idf_weights = idf  # type: ignore[assignment]
        return groups

    merge.cluster_items = blockwise  # type: ignore[assignment]
    try:
        yield
    finally:
        merge.cluster_items, cluster.idf_weights = whole, idf  # type: ignore[assignment]


def reach_of_an_edit(
    placed: Sequence[Mention], docs: Sequence[Sequence[str]], edited: str
) -> tuple[set[int], int]:
    """With gridded frequencies: the years to cluster again after `edited` is added (its
    own, and every year using a word whose weight moved), and how many words moved. `placed`
    are the mentions the merge places and `docs` their documents (see `corpus_docs`)."""
    before = gridded_idf([d for d, m in zip(docs, placed, strict=True) if m.article != edited])
    after = gridded_idf(docs)
    moved = {t for t, w in after.items() if before.get(t) != w}
    years = {year_of(m) for m in placed if m.article == edited}
    years.update(year_of(m) for d, m in zip(docs, placed, strict=True) if not moved.isdisjoint(d))
    return years, len(moved)


def gold_scores() -> None:
    print("Gold and held-out sets: gold events found at their dates; multi-source events merged")
    print(
        "(the merge / each year with its own frequencies / with the corpus' / with the corpus' "
        "on the grid)"
    )
    print("| set | dates found | merged |")
    print("|---|---:|---:|")
    for name, gold_file, folder in GOLD_SETS:
        gold = yaml.safe_load(gold_file.read_text("utf-8"))
        scores = []
        for variant in (None, "year", "corpus", "grid"):
            with per_year(variant) if variant else contextlib.nullcontext():
                corpus = pipeline.extract([folder], jobs=1)
            scores.append(evaluate.score_events(corpus, gold))
        found = " / ".join(f"{e.matched}/{e.gold}" for e in scores)
        merged = " / ".join(f"{e.merged}/{e.multi_source}" for e in scores)
        print(f"| {name} | {found} | {merged} |")


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
    found = [-1] * len(mentions)
    for n, positions in enumerate(mergecache.source_positions(events, mentions)):
        for i in positions:
            found[i] = n
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
    with per_year("corpus"):
        blocked = merge.merge_mentions(mentions)
    blocked_p, blocked_r = agreement(labels(whole, mentions), labels(blocked, mentions))
    with per_year("grid"):
        gridded = merge.merge_mentions(mentions)
    grid_p, grid_r = agreement(labels(whole, mentions), labels(gridded, mentions))
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
    print(
        f"  the same with the corpus' document frequencies (the years alone apart): "
        f"precision {blocked_p:.4f}, recall {blocked_r:.4f}"
    )
    print(
        f"  the same with the corpus' frequencies on a 5 % grid: precision {grid_p:.4f}, "
        f"recall {grid_r:.4f}"
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
    # With gridded corpus frequencies, adding one article moves a few words' weights; every
    # year using one of them is clustered again. Over a sample of articles:
    sample = articles[:: max(1, len(articles) // 50)]
    placed = [m for m in mentions if bounds(m.date)]
    docs = corpus_docs(mentions)
    reach = [reach_of_an_edit(placed, docs, a) for a in sample]
    share = [sum(len(blocks[y]) for y in ys) / len(mentions) for ys, _ in reach]
    print(
        f"  with gridded frequencies, adding one of {len(sample)} sampled articles moves "
        f"{statistics.median(m for _, m in reach):.0f} word weights (median) and leaves "
        f"{statistics.median(share):.0%} of the mentions to cluster again (median; "
        f"largest {max(share):.0%})"
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
