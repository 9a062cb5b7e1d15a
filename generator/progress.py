"""Progress of a long build on a terminal: a bar with count, rate and time left.

Quiet unless the stream is a terminal and the environment is not CI, so logs, pipes and CI
output stay clean. Progress never changes what is built: the clock here only paces the bar.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

WIDTH = 24  # characters of the bar itself
INTERVAL = 0.1  # seconds between redraws: often enough to look alive, rarely enough to be free


def wanted(stream: TextIO) -> bool:
    """A terminal, and not CI (CI services set CI; their logs are no terminal for a bar)."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def duration(seconds: float) -> str:
    """`1:05`, `1:02:03`: minutes and seconds, hours only when there are some."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def line(label: str, done: int, total: int, elapsed: float) -> str:
    """One redraw of the bar, e.g. `analysing [#####.......] 512/1000 51% 84.2/s ETA 0:06`."""
    share = done / total if total else 1.0
    filled = min(WIDTH, int(share * WIDTH))
    bar = "#" * filled + "." * (WIDTH - filled)
    rate = done / elapsed if elapsed > 0 else 0.0
    left = f"ETA {duration((total - done) / rate)}" if rate > 0 and done < total else ""
    if done >= total:
        left = f"in {duration(elapsed)}"
    return f"{label} [{bar}] {done}/{total} {share:4.0%} {rate:.1f}/s {left}".rstrip()


class Progress:
    """Stages of a build, each counting items towards a total; silent when not `enabled`."""

    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.label = ""
        self.total = 0
        self.done = 0
        self._started = 0.0
        self._drawn = 0.0
        self._width = 0

    @classmethod
    def quiet(cls) -> Progress:
        return cls(enabled=False)

    def start(self, label: str, total: int) -> None:
        """Begin a stage of `total` items (ends the previous one, if any)."""
        self.finish()
        self.label, self.total, self.done = label, total, 0
        self._started = time.monotonic()
        self._drawn = 0.0
        self._draw(force=True)

    def advance(self, count: int = 1) -> None:
        if not self.label:
            return
        self.done = min(self.total, self.done + count)
        self._draw(force=self.done >= self.total)

    def finish(self) -> None:
        """Draw the stage's final state and move to the next line."""
        if not self.label:
            return
        self.done = self.total
        self._draw(force=True)
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
        self.label = ""
        self._width = 0

    def _draw(self, force: bool) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < INTERVAL:
            return
        self._drawn = now
        text = line(self.label, self.done, self.total, now - self._started)
        # Pad over what a longer previous redraw left on the line.
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish()
