"""Screenshots for the README, made from the real build of the seed corpus.

    .venv/bin/python tools/screenshots.py            # writes .github/screenshots/*.png

Builds the site in a temporary copy of the project (the working site/ is left alone), serves it
on 127.0.0.1 and photographs pages in both languages with Debian's Chromium via Playwright.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from support import copy_project, free_port  # noqa: E402

OUT = ROOT / ".github" / "screenshots"
# The reader's first screen on a desktop and on a phone, as the browser tests size them.
SIZES = {"": (1366, 900), "-phone": (390, 844)}
CHROMIUM = os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        subprocess.run(
            [sys.executable, "-m", "generator", "-C", str(project), "build", "--site-url", url],
            check=True,
            cwd=project,
        )
        handler = partial(Quiet, directory=str(project / "site"))
        server = ThreadingHTTPServer(("127.0.0.1", port), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            shoot(url, project)
        finally:
            server.shutdown()
    return 0


def shoot(url: str, project: Path) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        for lang in ("id", "en"):
            event = story_event(project / "site" / lang / "data" / "timeline.json")
            for suffix, (width, height) in SIZES.items():
                phone = bool(suffix)
                page = browser.new_page(
                    viewport={"width": width, "height": height},
                    device_scale_factor=1,
                    is_mobile=phone,
                    has_touch=phone,
                )
                pages = {"home": "", "timeline": "timeline/", "event": event}
                for name, path in pages.items():
                    if phone and name == "event":
                        continue
                    page.goto(f"{url}{lang}/{path}")
                    page.wait_for_load_state("networkidle")
                    page.wait_for_timeout(400)
                    out = OUT / f"{name}-{lang}{suffix}.png"
                    page.screenshot(path=str(out))
                    print(f"wrote {out.relative_to(ROOT)}")
                page.close()
        browser.close()


def story_event(data_file: Path) -> str:
    """The page of the story's first key development (the first event with a date if none)."""
    data = json.loads(data_file.read_text("utf-8"))
    story = data.get("story") or {}
    dated = [e for e in data["events"] if e["start"]]
    key = [e for e in dated if e["key"] and e["start"] >= story.get("start", "")]
    return str((key or dated or data["events"])[0]["url"])


if __name__ == "__main__":
    raise SystemExit(main())
