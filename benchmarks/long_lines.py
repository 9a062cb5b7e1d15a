"""How the per-article stages grow with the length of a line, and of an article.

Run by hand: `.venv/bin/python benchmarks/long_lines.py [--size KIB]`. Each kind of text (made
up here: dates of every construction, relative expressions, datelines, publication stamps,
page furniture) is written as one line, and as many lines, of SIZE KiB and of four times that;
the whole per-article analysis (`generator.pipeline.analyse`: dating, then events) runs on
both. The smaller size is the baseline of the run: the ratio of the larger's time to it is
about 4 when the stages are linear in the length, and about 16 when one of them is quadratic
(as the publication-date and overlap checks were: a 64 KiB line of dates took 68 s).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.core.model import Article, Metadata
from generator.pipeline import analyse
from generator.read import clean

# One unit of each kind of text, repeated to the size wanted.
UNITS = {
    "explicit dates": "Pada 18 Juni 2024 rapat dibuka, lalu 19/6/2024 ditutup; ",
    "weekday dates": "kata dia di kota itu, Selasa (18/6) ",
    "relative": "dua hari lalu dan pekan depan serta 3 tahun lalu ",
    "english": "He said on Tuesday, June 18, 2024 that the talks, held last week, ",
    "datelines": "KOTA, 18 Juni 2024 - ",
    "stamps": "Diterbitkan pada: 18 Juni 2024 ",
    "mixed": "Senin (17/6/2024) hari ini, besok, kemarin, 2024-06-18, tahun 2023, Juni 2024. ",
    "furniture": "Baca juga: Harga naik 18 Juni 2024\nPada 19 Juni 2024 rapat digelar. ",
}


def article(text: str) -> Article:
    furniture = clean.find_furniture(text)
    return Article(
        id="long",
        file="long.txt",
        text=text,
        clean=clean.blank(text, furniture),
        language="id",
        title="",
        outlet="",
        metadata=Metadata(),
        furniture=furniture,
    )


def text_of(unit: str, size: int, lines: bool) -> str:
    body = (unit * (size // len(unit) + 1))[:size]
    if lines:  # a line break after every sentence end and every comma: many short lines
        body = body.replace(". ", ".\n").replace(", ", ",\n")
    return "Judul\n\n" + body + "\n"


def seconds(text: str) -> float:
    made = article(text)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        analyse(made)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=32, help="baseline size in KiB (default 32)")
    args = parser.parse_args()
    small, large = args.size * 1024, args.size * 4096
    print(f"{'text':<16} {'layout':<10} {args.size:>5} KiB {4 * args.size:>6} KiB  ratio")
    worst = 0.0
    for name, unit in UNITS.items():
        for lines in (False, True):
            a, b = seconds(text_of(unit, small, lines)), seconds(text_of(unit, large, lines))
            ratio = b / a if a else float("nan")
            worst = max(worst, ratio)
            layout = "lines" if lines else "one line"
            print(f"{name:<16} {layout:<10} {a:8.2f} s {b:8.2f} s  {ratio:5.1f}", flush=True)
    print(f"largest ratio {worst:.1f} for 4x the length (linear: about 4; quadratic: about 16)")


if __name__ == "__main__":
    main()
