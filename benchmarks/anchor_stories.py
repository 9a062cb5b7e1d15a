"""The anchor step's story comparison through the index against the full comparison, in the
same run: which dated articles each finds for the undated ones, and at what cost per query.

Run by hand: `.venv/bin/python benchmarks/anchor_stories.py [--family plain] [--count 10000]
[--sample 300]`. It generates a family of benchmarks/corpus.py (each article knows which story
it reports), analyses it, and for a fixed sample of its undated articles compares
`StoryIndex.related` with the comparison against every dated article (what the anchor step did
before the index), counting the articles each finds of the same story and of other stories.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from corpus import FAMILIES, make_family, write_corpus  # noqa: E402

from generator import pipeline  # noqa: E402
from generator.cache import Cache  # noqa: E402
from generator.core.model import DatedArticle  # noqa: E402
from generator.events import storyindex  # noqa: E402
from generator.events.storyindex import Profile, Profiles, StoryIndex  # noqa: E402
from generator.events.terms import cosine, tfidf  # noqa: E402


def full_comparison(
    target: DatedArticle, own: Profile, dated: list[DatedArticle], profiles: Profiles
) -> dict[str, float]:
    """The target against every dated article, with the weights of all of them and the target
    counted together (the anchor step's comparison before the index)."""
    read = [own, *(profiles.of(d.article) for d in dated)]
    vectors = tfidf([list(r.terms) for r in read])
    lower = frozenset().union(*(r.lower for r in read))
    names = [
        frozenset(
            w for w in r.names if len(w) > 2 and w not in lower and w not in storyindex.TIME_WORDS
        )
        for r in read
    ]
    df = Counter(n for found in names for n in found)
    mine = set(own.terms)
    related = {}
    for i, d in enumerate(dated, 1):
        shared = names[0] & names[i]
        weight = sum(1.0 / max(1, df[n] - 1) for n in shared)
        if len(shared) >= storyindex.MIN_COMMON_NAMES:
            weight = max(weight, storyindex.MIN_NAME_WEIGHT)
        if d.article.language != target.article.language:
            if weight >= storyindex.MIN_NAME_WEIGHT:
                related[d.article.id] = max(cosine(vectors[0], vectors[i]), 0.1)
            continue
        sim = cosine(vectors[0], vectors[i])
        theirs = set(read[i].terms)
        needed = max(storyindex.MIN_SHARED_WORDS, 0.5 * min(len(mine), len(theirs)))
        if sim >= storyindex.MIN_ARTICLE_SIMILARITY and (
            len(mine & theirs) >= needed or weight >= storyindex.MIN_NAME_WEIGHT
        ):
            related[d.article.id] = sim
    return related


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", default="plain", choices=[f for f in FAMILIES if f != "dated"])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--sample", type=int, default=300, help="undated articles compared")
    args = ap.parse_args()
    corpus = make_family(args.family, args.count)
    story = {s.name: s.story for s in corpus}
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), corpus)
        files, _ = pipeline.article_files([Path(tmp)])
        _, analysed = pipeline.load_and_analyse(files, None, None, Cache(None))
    every = [d for d, _ in analysed]
    dated = sorted((d for d in every if d.dct.value), key=lambda d: d.article.id)
    undated = [d for d in every if not d.dct.value]
    targets = sorted(random.Random(21).sample(undated, min(args.sample, len(undated))), key=id)
    profiles = Profiles()
    for d in every:
        profiles.of(d.article)
    index = StoryIndex(profiles, dated)

    t0 = time.process_time()
    full = [full_comparison(t, profiles.of(t.article), dated, profiles) for t in targets]
    full_cpu = time.process_time() - t0
    t0 = time.process_time()
    found = [index.related(t.article, profiles.of(t.article)) for t in targets]
    index_cpu = time.process_time() - t0

    def tally(results: list[dict[str, float]]) -> tuple[int, int]:
        same = sum(
            story[k] == story[t.article.id]
            for t, r in zip(targets, results, strict=True)
            for k in r
        )
        return same, sum(map(len, results)) - same

    possible = sum(story[d.article.id] == story[t.article.id] for t in targets for d in dated)
    agree = sum(a == b for a, b in zip(full, found, strict=True))
    (full_same, full_other), (index_same, index_other) = tally(full), tally(found)
    n = len(targets)
    print(
        f"{args.family}, {args.count:,} articles ({len(dated):,} dated), {n} undated targets\n"
        f"  dated articles of the same story: {possible:,}\n"
        f"  full comparison: {full_same:,} of the same story, {full_other:,} of others; "
        f"{full_cpu / n * 1000:.1f} ms of CPU a query\n"
        f"  index:           {index_same:,} of the same story, {index_other:,} of others; "
        f"{index_cpu / n * 1000:.2f} ms of CPU a query "
        f"({full_cpu / max(index_cpu, 1e-9):.0f}x less)\n"
        f"  the same result for {agree} of the {n} targets"
    )


if __name__ == "__main__":
    main()
