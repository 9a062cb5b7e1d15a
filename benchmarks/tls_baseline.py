"""Linimasa's timeline against a date-wise timeline summariser, on the story benchmark.

Run by hand: `.venv/bin/python benchmarks/tls_baseline.py` (about 15 seconds; `--all` adds the
test sets, which are measured only at the end of a round).

Timeline-summarisation research builds a timeline date by date: the "date-wise" approach of
news-tls (Gholipour Ghalandari and Ifrim, 2020) selects the dates most sentences point at, then
summarises each selected date by its most central sentences. Linimasa instead clusters the
dated sentences into developments, several on a busy day and one across outlets and languages.
Both are measured here from the same dated sentences (Linimasa's dating and its mentions), so
only the choice of entries differs:

- "date-wise, every date": one entry per date, holding every sentence that points at it;
- "date-wise, top L": the same for the L dates most sentences point at, L being the number of
  distinct dates of the set's required gold events (news-tls takes the reference timeline's
  length the same way);
- "Linimasa": the timeline it publishes.

Each entry is titled by its most central sentence (the one whose words best cover the entry's,
as Linimasa chooses its representative). Every timeline is scored by `generator.stories` like
`linimasa eval`: found, exact, entries, splits and noise.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import stories  # noqa: E402
from generator.core.model import Event, Mention  # noqa: E402
from generator.events import cluster, merge  # noqa: E402
from generator.events import mentions as found_in  # noqa: E402
from generator.pipeline import extract  # noqa: E402

Timeline = Callable[[Sequence[Mention], stories.StorySet], tuple[Event, ...]]


@contextmanager
def _date_wise() -> Iterator[None]:
    """The merge with one group per date and nothing folded: a date-wise timeline."""

    def by_date(mentions: Sequence[Mention]) -> list[list[cluster.Item]]:
        groups: dict[str, list[cluster.Item]] = defaultdict(list)
        for item in sorted(cluster._items(mentions), key=lambda i: i.order):
            groups[item.mention.date].append(item)
        return list(groups.values())

    real_cluster, real_fold = merge.cluster_items, merge.fold_details
    merge.cluster_items, merge.fold_details = by_date, lambda groups: groups
    try:
        yield
    finally:
        merge.cluster_items, merge.fold_details = real_cluster, real_fold


def every_date(mentions: Sequence[Mention], story: stories.StorySet) -> tuple[Event, ...]:
    with _date_wise():
        return merge.merge_mentions(mentions)


def top_dates(mentions: Sequence[Mention], story: stories.StorySet) -> tuple[Event, ...]:
    gold = [e for e in story.gold.get("events") or () if e.get("required") is True]
    length = len({str(e["date"]) for e in gold})
    pointing = Counter(m.date for m in mentions)
    chosen = {date for date, _ in sorted(pointing.items(), key=lambda p: (-p[1], p[0]))[:length]}
    return every_date([m for m in mentions if m.date in chosen], story)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="the test sets too")
    args = parser.parse_args()
    sets = [
        s for s in stories.find_sets(ROOT / "tests" / "stories") if args.all or s.role != "test"
    ]
    variants: dict[str, Timeline | None] = {
        "date-wise, every date": every_date,
        "date-wise, top L": top_dates,
        "Linimasa": None,
    }
    totals = {name: stories.EventCounts() for name in variants}
    for story in sets:
        corpus = extract([story.articles], jobs=1)
        mentions = [m for d in corpus.articles for m in found_in.find_mentions(d)]
        for name, timeline in variants.items():
            events = corpus.events if timeline is None else timeline(mentions, story)
            counts, _ = stories.score_events(story, replace(corpus, events=events))
            totals[name] = totals[name] + counts
    print(f"{len(sets)} story sets, every timeline made from the same dated sentences\n")
    print("| timeline | found | exact | entries | splits | noise |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, c in totals.items():
        found, exact = c.found / c.required, c.exact / c.required
        noise = c.noise / c.entries if c.entries else 0.0
        print(f"| {name} | {found:.2f} | {exact:.2f} | {c.entries} | {c.splits} | {noise:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
