"""Screenshots for the README, made from the real build of the seed corpus.

    .venv/bin/python tools/screenshots.py            # writes .github/screenshots/*.png

Builds the site in a temporary copy of the project (the working site/ is left alone), serves it
on 127.0.0.1 and photographs pages in both languages with Debian's Chromium via Playwright.
"""

from __future__ import annotations

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
PAGES = {"timeline": "timeline/", "event": None}
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
    key_event = sorted((project / "site" / "en" / "events").iterdir())[3].name
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
        for lang in ("id", "en"):
            for name, path in PAGES.items():
                target = f"{url}{lang}/{path if path is not None else f'events/{key_event}/'}"
                page.goto(target)
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(400)
                page.screenshot(path=str(OUT / f"{name}-{lang}.png"))
                print(f"wrote {(OUT / f'{name}-{lang}.png').relative_to(ROOT)}")
        browser.close()


if __name__ == "__main__":
    raise SystemExit(main())
