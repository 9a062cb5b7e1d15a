"""Benchmark of the interactive timeline with 5,000 synthetic events, timed in the browser.

Usage: .venv/bin/python benchmarks/timeline_bench.py [--events N] [--runs N]

Writes synthetic data and a bare page into benchmarks/out/, serves the repository on
127.0.0.1, and drives Debian's chromium (LINIMASA_CHROMIUM, default /usr/bin/chromium) with
Playwright. Prints first render and zoom-step times against the targets (200 ms, 16 ms), the
same work done naively in the same run (every event laid out as a DOM node) as the baseline,
and the component's gzipped size against 15 KB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import random
import statistics
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
SCRIPT = (
    ROOT / "generator" / "publish" / "theme" / "assets" / "javascripts" / "linimasa-timeline.js"
)
STYLE = (
    ROOT / "generator" / "publish" / "theme" / "assets" / "stylesheets" / "linimasa-timeline.css"
)
TARGET_FIRST_MS = 200.0
TARGET_ZOOM_MS = 16.0
TARGET_GZ_BYTES = 15 * 1024

LABELS = {
    "region": "Interactive timeline",
    "list": "Events",
    "help": "Arrow keys move between events.",
    "status_filter": "Status",
    "status": {"happened": "Happened", "planned": "Planned", "claim": "Claim"},
    "outlet": "Outlet",
    "all_outlets": "All outlets",
    "actor": "Actor",
    "all_actors": "All actors",
    "search": "Search",
    "key_only": "Key events only",
    "filters": "Filters",
    "clear": "Clear filters",
    "background": "Background",
    "events": {"one": "{n} event", "other": "{n} events"},
    "dates": {
        "hour": "HH:mm",
        "day": "d MMM",
        "day_year": "d MMM y",
        "month": "MMM",
        "month_year": "MMM y",
        "year": "y",
        "range": "{start} – {end}",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    },
    "earlier": "Earlier",
    "later": "Later",
    "zoom_in": "Zoom in",
    "zoom_out": "Zoom out",
    "fit": "Whole period",
    "count": "{shown} of {total} events shown",
    "none": "No event matches.",
    "cluster": "{n} events, {range}: zoom in",
    "also": "also reported as",
    "key_event": "Key event",
    "sources": {"one": "{n} source", "other": "{n} sources"},
    "undated": "Undated",
}


def synthetic(n: int, seed: int = 6) -> dict[str, Any]:
    """Events over 1900-2025, crowded towards the end like a news story; fixed seed."""
    rnd = random.Random(seed)
    outlets = [f"Outlet {i}" for i in range(20)]
    actors = [f"Actor {i}" for i in range(60)]
    epoch = dt.date(1900, 1, 1)
    days = (dt.date(2025, 12, 31) - epoch).days
    events = []
    for i in range(n):
        recent = rnd.random() < 0.7
        offset = days - rnd.randrange(730) if recent else rnd.randrange(days)
        start = epoch + dt.timedelta(days=offset)
        kind = rnd.choice(["day", "day", "day", "week", "month", "year", "range"])
        length = {"day": 0, "week": 6, "month": 29, "year": 364, "range": rnd.randrange(1, 60)}[
            kind
        ]
        end = start + dt.timedelta(days=length)
        variants = []
        if rnd.random() < 0.05:
            other = start - dt.timedelta(days=rnd.randrange(1, 5))
            variants.append(
                {
                    "date": other.isoformat(),
                    "start": other.isoformat(),
                    "end": other.isoformat(),
                    "display": other.isoformat(),
                    "sources": 1,
                }
            )
        events.append(
            {
                "id": f"e{i:05d}",
                "date": start.isoformat(),
                "start": start.isoformat(),
                "end": end.isoformat(),
                "granularity": kind,
                "display": start.isoformat(),
                "part": None,
                "status": rnd.choice(["happened", "happened", "planned", "claim"]),
                "title": f"Synthetic event {i} about {rnd.choice(actors)}",
                "summary": f"What the articles say of synthetic event {i}, in one sentence.",
                "outlet_names": sorted(rnd.sample(outlets, rnd.randrange(1, 4))),
                "actors": sorted(rnd.sample(actors, rnd.randrange(0, 3))),
                "sources": rnd.randrange(1, 6),
                "key": rnd.random() < 0.1,
                "url": f"events/e{i:05d}/",
                "variants": variants,
            }
        )
    events.sort(key=lambda e: (e["start"], e["end"], e["id"]))
    return {"lang": "en", "labels": LABELS, "events": events}


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>timeline benchmark</title>
<link rel="stylesheet" href="/generator/publish/theme/assets/stylesheets/linimasa-timeline.css">
<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto}</style></head>
<body><div id="mount" data-linimasa-timeline data-src="timeline.json"></div>
<div id="lab"></div>
<script src="/generator/publish/theme/assets/javascripts/linimasa-timeline.js"></script></body></html>
"""

# Runs in the page: times the component and, as the baseline, a naive layout of every event.
MEASURE = """async ({runs, steps}) => {
  const text = await (await fetch("timeline.json")).text();
  const t0 = performance.now();
  const data = JSON.parse(text);
  const parse = performance.now() - t0;
  const base = new URL(".", document.baseURI);
  const lab = document.getElementById("lab");
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const first = [], paint = [], naive = [];
  for (let i = 0; i < runs; i++) {
    const div = lab.appendChild(document.createElement("div"));
    const a = performance.now();
    const tl = new LinimasaTimeline(div, data, base);
    div.offsetHeight;  // force style and layout inside the timing
    first.push(performance.now() - a);
    await frame();
    paint.push(performance.now() - a);
    if (i < runs - 1) { tl.destroy(); div.remove(); }
    else window.__tl = tl;
    // Baseline: every event as a positioned node, what a non-virtualised timeline does.
    const box = lab.appendChild(document.createElement("div"));
    box.className = "lm-tl";
    const b = performance.now();
    const W = 900, s0 = Date.UTC(1900, 0, 1), k = W / (Date.UTC(2026, 0, 1) - s0);
    for (const ev of data.events) {
      const li = box.appendChild(document.createElement("a"));
      li.textContent = ev.title + " " + ev.display;
      li.style.cssText = "position:absolute;white-space:nowrap;transform:translateX(" +
        ((Date.parse(ev.start) - s0) * k) + "px)";
    }
    box.offsetHeight;
    naive.push(performance.now() - b);
    box.remove();
  }
  const tl = window.__tl;
  tl.fit(false);
  const zoom = [], naiveZoom = [];
  const mid = () => (tl.view.s + tl.view.e) / 2;
  for (let i = 0; i < steps; i++) {
    const a = performance.now();
    tl.zoomBy(i < steps / 2 ? 0.8 : 1.25, mid(), false);
    tl.list.offsetHeight;
    zoom.push(performance.now() - a);
    await frame();
  }
  // Baseline zoom: reposition every event node, as a naive timeline must.
  const box = lab.appendChild(document.createElement("div"));
  const nodes = data.events.map((ev) => {
    const n = box.appendChild(document.createElement("span"));
    n.textContent = ev.title; n.style.position = "absolute"; return [n, Date.parse(ev.start)];
  });
  let span = tl.view.e - tl.view.s, s = tl.view.s;
  for (let i = 0; i < steps; i++) {
    span *= i < steps / 2 ? 0.8 : 1.25;
    const k = 900 / span, a = performance.now();
    for (const [n, t] of nodes) n.style.transform = "translateX(" + (t - s) * k + "px)";
    box.offsetHeight;
    naiveZoom.push(performance.now() - a);
    await frame();
  }
  box.remove();
  return {parse, first, paint, naive, zoom, naiveZoom, events: data.events.length,
          rendered: tl.list.children.length};
}"""


def _serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _line(
    name: str, values: list[float], target: float | None, baseline: list[float] | None
) -> str:
    med = statistics.median(values)
    p95 = sorted(values)[max(0, int(len(values) * 0.95) - 1)]
    text = f"{name:<22} median {med:7.2f} ms  p95 {p95:7.2f} ms  max {max(values):7.2f} ms"
    if target is not None:
        verdict = "ok" if p95 <= target else "OVER"
        text += f"  target {target:.0f} ms: {verdict} ({p95 / target:.2f}x)"
    if baseline:
        text += f"  vs naive {statistics.median(baseline):.2f} ms ({med / statistics.median(baseline):.2f}x)"
    return text


def main() -> int:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "timeline.json").write_text(json.dumps(synthetic(args.events)), "utf-8")
    (OUT / "bench.html").write_text(PAGE, "utf-8")
    raw = SCRIPT.read_bytes()
    gz = len(gzip.compress(raw, 9, mtime=0))
    css_gz = len(gzip.compress(STYLE.read_bytes(), 9, mtime=0))

    server, url = _serve(ROOT)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium"),
                headless=True,
            )
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.goto(f"{url}benchmarks/out/bench.html")
            page.wait_for_selector(".lm-tl--ready")
            r = page.evaluate(MEASURE, {"runs": args.runs, "steps": args.steps})
            version = browser.version
            browser.close()
    finally:
        server.shutdown()
        server.server_close()

    print(f"timeline benchmark: {r['events']} events, chromium {version}, {args.runs} runs")
    print(f"{'JSON parse':<22} {r['parse']:7.2f} ms")
    print(_line("first render (DOM)", r["first"], TARGET_FIRST_MS, r["naive"]))
    print(_line("first render (frame)", r["paint"], TARGET_FIRST_MS, None))
    print(_line("zoom step", r["zoom"], TARGET_ZOOM_MS, r["naiveZoom"]))
    print(f"{'nodes on the axis':<22} {r['rendered']} of {r['events']} events")
    verdict = "ok" if gz <= TARGET_GZ_BYTES else "OVER"
    print(
        f"{'script size':<22} {len(raw)} B raw, {gz} B gzipped; target {TARGET_GZ_BYTES} B: "
        f"{verdict} ({gz / TARGET_GZ_BYTES:.2f}x); stylesheet {css_gz} B gzipped"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
