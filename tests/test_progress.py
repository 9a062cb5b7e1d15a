"""The progress bar: drawn on a terminal with rate and time left, silent in pipes and CI."""

from __future__ import annotations

import io

import pytest

from generator import progress
from generator.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(stream: io.StringIO, **options: object) -> str:
    bar = Progress(stream, **options)  # type: ignore[arg-type]
    bar.start("analysing articles", 4)
    for _ in range(4):
        bar.advance()
    bar.finish()
    return stream.getvalue()


def test_silent_when_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    assert run(io.StringIO()) == ""


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_silent_in_ci(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CI", value)
    assert run(Terminal()) == ""


def test_drawn_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    out = run(Terminal())
    last = out.rstrip("\n").split("\r")[-1]
    assert last.startswith("analysing articles [" + "#" * progress.WIDTH + "]")
    for part in ("4/4", "/s", " in "):
        assert part in last
    assert out.endswith("\n")  # the next output starts on its own line


def test_line_shows_rate_and_time_left() -> None:
    text = progress.line("x", 30, 120, 10.0)  # 3 per second, 90 to go
    for part in ("30/120", "25%", "3.0/s"):
        assert part in text
    assert text.endswith("ETA 0:30")


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0, "0:00"), (59.6, "1:00"), (61, "1:01"), (3725, "1:02:05")]
)
def test_duration(seconds: float, shown: str) -> None:
    assert progress.duration(seconds) == shown


def test_advance_before_start_and_overshoot_are_harmless() -> None:
    stream = Terminal()
    bar = Progress(stream, enabled=True)
    bar.advance(3)  # no stage yet: nothing to draw
    assert stream.getvalue() == ""
    bar.start("x", 2)
    bar.advance(5)
    assert bar.done == 2
