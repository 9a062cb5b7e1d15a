"""Write the story benchmark's pooled figures into the package, for the methodology page.

Run after a change to the dating or the events: `.venv/bin/python tools/benchmark_figures.py`
(about 10 seconds). It scores every set of tests/stories as `linimasa eval tests/stories` does
and writes generator/publish/benchmark.json; `--check` only says whether that file is current
(tests/test_benchmark_figures.py runs the same comparison).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import stories  # noqa: E402
from generator.pipeline import extract  # noqa: E402

FIGURES = ROOT / "generator" / "publish" / "benchmark.json"


def measure() -> dict[str, Any]:
    """The pooled figures of the story benchmark, as the package keeps them."""
    sets = stories.find_sets(ROOT / "tests" / "stories")
    scores = [stories.score_story(s, extract([s.articles], jobs=1)) for s in sets]
    return stories.summary(scores)


def render(figures: dict[str, Any]) -> str:
    return json.dumps(figures, indent=2, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare with the file")
    args = parser.parse_args()
    text = render(measure())
    if args.check:
        current = FIGURES.read_text("utf-8") if FIGURES.is_file() else ""
        print("current" if current == text else f"stale: run {Path(__file__).name}")
        return 0 if current == text else 1
    FIGURES.write_text(text, "utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
