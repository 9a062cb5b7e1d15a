"""How long the live preview takes to show a one-article edit, with and without `--dirty`.

Run by hand: `.venv/bin/python benchmarks/bench_preview.py [--articles 1000]`. It writes the
synthetic corpus of benchmarks/corpus.py into a throwaway copy of the project, serves it with
`mkdocs serve --livereload` (what `./run preview` runs), appends a dated paragraph to one
article, and times the edit until the browsers are told to reload; then it waits for the server
to settle and counts the builds the edit set off (one is right: the pages the generator writes
must not set off another). Both modes run on the same project in the same run; the full
rebuild is the baseline of the ratio.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

from bench_scale import EDIT, make_project  # noqa: E402
from support import free_port, mkdocs_serve  # noqa: E402


class Server:
    """`mkdocs serve` of `project`, its log lines timed as they come."""

    def __init__(self, project: Path, dirty: bool) -> None:
        self.process = mkdocs_serve(project, free_port(), *(["--dirty"] if dirty else []))
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append((time.perf_counter(), line.rstrip()))

    def wait_for(self, pattern: str, since: float, seconds: float) -> float:
        """When a line matching `pattern` came after `since`."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            for at, line in list(self.lines):
                if at >= since and re.search(pattern, line):
                    return at
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        tail = "\n".join(line for _, line in self.lines[-20:])
        raise SystemExit(f"no '{pattern}' from mkdocs serve:\n{tail}")

    def builds_since(self, since: float) -> int:
        return sum(at >= since and "Building documentation" in line for at, line in self.lines)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def measure(project: Path, dirty: bool, settle: float, timeout: float) -> dict[str, float]:
    server = Server(project, dirty)
    try:
        start = time.perf_counter()
        ready = server.wait_for("Serving on", start, timeout)
        time.sleep(2)
        articles = sorted((project / "seeds").glob("*.txt"))
        target = articles[len(articles) // 2]
        original = target.read_bytes()
        lang = "en" if target.stem.endswith("_en") else "id"
        edited = time.perf_counter()
        # Saved as many editors save (a new file renamed over the old): one event to watch.
        draft = project / f".draft-{target.name}"
        draft.write_text(original.decode("utf-8") + EDIT[lang], "utf-8")
        draft.replace(target)
        try:
            reloaded = server.wait_for("Reloading browsers", edited, timeout)
            time.sleep(settle)
            builds = server.builds_since(edited)
        finally:
            restored = time.perf_counter()
            target.write_bytes(original)
        # Wait for the build the restore sets off, so the next mode starts from the same pages.
        server.wait_for("Reloading browsers", restored, timeout)
    finally:
        server.stop()
    return {"first": ready - start, "edit": reloaded - edited, "builds": builds}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000, help="synthetic articles to serve")
    ap.add_argument("--settle", type=float, default=15, help="seconds to count builds after one")
    ap.add_argument("--timeout", type=float, default=900, help="seconds to wait for a build")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="linimasa-preview-") as tmp:
        project = make_project(Path(tmp) / "project", args.articles)
        full = measure(project, False, args.settle, args.timeout)
        dirty = measure(project, True, args.settle, args.timeout)
    print(f"\nlive preview of {args.articles:,} articles (mkdocs serve --livereload, Indonesian)")
    print("| mode | first build | one-article edit to reload | builds per edit | ratio |")
    print("|---|---:|---:|---:|---:|")
    for name, row in (("full rebuild", full), ("--dirty", dirty)):
        ratio = full["edit"] / row["edit"]
        print(
            f"| {name} | {row['first']:.1f} s | {row['edit']:.2f} s | {row['builds']:.0f} "
            f"| {ratio:.1f}x |"
        )


if __name__ == "__main__":
    main()
