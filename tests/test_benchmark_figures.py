"""The story benchmark's figures the methodology page shows are this code's
(generator/publish/benchmark.json, written by tools/benchmark_figures.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parent.parent / "tools" / "benchmark_figures.py"


def test_the_packaged_figures_are_what_the_story_benchmark_measures_now() -> None:
    spec = importlib.util.spec_from_file_location("benchmark_figures", TOOL)
    assert spec is not None
    assert spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    packaged = tool.FIGURES.read_text("utf-8")
    assert packaged == tool.render(tool.measure()), "stale: run tools/benchmark_figures.py"
