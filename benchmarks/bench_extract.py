"""Throughput of the temporal layer against dateparser's search_dates, in the same run.

Run by hand: `.venv/bin/python benchmarks/bench_extract.py [--count N]`. Both extractors read
the same synthetic corpus (benchmarks/corpus.py). The peer is `search_dates` with the article's
language (`['id']` for Indonesian articles) and `RELATIVE_BASE` set to the true publication
date, which it could not know in real use. Prints articles per second of each, their ratio,
peak memory (tracemalloc, in a separate pass so it does not slow the timing), and how many of
the corpus's known expressions each gets right, so speed is never read apart from correctness.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import Synthetic, make_corpus
from dateparser.search import search_dates

from generator.core.model import Article, Metadata
from generator.dates import calendar, engine
from generator.dates.temporal import date_article
from generator.read import clean
from generator.read.load import detect_language


def to_article(s: Synthetic) -> Article:
    furniture = clean.find_furniture(s.text)
    cleaned = clean.blank(s.text, furniture)
    return Article(
        id=s.name,
        file=f"{s.name}.txt",
        text=s.text,
        clean=cleaned,
        language=detect_language(cleaned),
        title="",
        outlet="",
        metadata=Metadata(),
        furniture=furniture,
    )


def ours(articles: Sequence[Article]) -> list[dict[str, str]]:
    out = []
    for a in articles:
        dated = date_article(a)
        out.append({t.text: t.value for t in dated.timexes})
    return out


def peer(corpus: Sequence[Synthetic]) -> list[list[tuple[str, dt.datetime]]]:
    out = []
    for s in corpus:
        settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(s.dct)}
        found = search_dates(s.text, languages=[s.language], settings=settings) or []
        out.append(found)
    return out


def timed(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def peak_kib(fn: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def _peer_value(found: dt.datetime, text: str, value: str) -> bool:
    """Lenient: the peer's datetime falls on the first day of the true value's period."""
    start = calendar.start_of(value)
    return (start is not None and found.date() == start) or value == found.date().isoformat()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1200)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    corpus = make_corpus(args.count)
    assert len({s.text for s in corpus}) == len(corpus), "articles must be unique"
    articles = [to_article(s) for s in corpus]
    n = len(articles)

    # Warm both up (imports, locale data) on a few articles outside the timing.
    ours(articles[:5])
    peer(corpus[:5])

    def run_ours() -> object:
        engine._engine.cache_clear()  # no head start from the warm-up
        return ours(articles)

    t_ours = timed(run_ours, args.repeat)
    t_peer = timed(lambda: peer(corpus), args.repeat)
    mem_ours = peak_kib(run_ours)
    mem_peer = peak_kib(lambda: peer(corpus))

    our_out = ours(articles)
    peer_out = peer(corpus)
    total = sum(len(s.expressions) for s in corpus)
    our_right = sum(
        1
        for s, got in zip(corpus, our_out, strict=True)
        for text, value in s.expressions
        if got.get(text) == value
    )
    peer_right = 0
    for s, found in zip(corpus, peer_out, strict=True):
        for text, value in s.expressions:
            if any(t.strip() in text and _peer_value(d, t, value) for t, d in found):
                peer_right += 1
    dct_right = sum(
        1 for s, a in zip(corpus, articles, strict=True) if date_article(a).dct.value == s.dct
    )

    langs = {lang: sum(s.language == lang for s in corpus) for lang in ("id", "en")}
    print(
        f"corpus: {n} unique articles ({langs['id']} id, {langs['en']} en), "
        f"{sum(len(s.text) for s in corpus) / n:.0f} chars each on average"
    )
    print(
        f"ours:   {n / t_ours:8.1f} articles/s  (best of {args.repeat}: {t_ours:.3f} s)  "
        f"peak {mem_ours:,.0f} KiB"
    )
    print(
        f"peer:   {n / t_peer:8.1f} articles/s  (best of {args.repeat}: {t_peer:.3f} s)  "
        f"peak {mem_peer:,.0f} KiB   [search_dates, languages=[article language], RELATIVE_BASE=true DCT]"
    )
    print(f"ratio:  {t_peer / t_ours:.1f}x the peer's throughput")
    print(
        f"right:  ours {our_right}/{total} expressions (exact span and value), "
        f"DCT {dct_right}/{n}; peer {peer_right}/{total} (lenient: any overlapping match on the right day)"
    )


if __name__ == "__main__":
    main()
