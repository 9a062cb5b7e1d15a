"""Serve a built site/ on localhost (both languages, root redirect), for a quick look.

A missing page gets the site's own 404 page in the language its address is under (site/id/404.html
for /id/...), as a static host such as GitHub Pages serves site/404.html; never Python's bare one.
"""

from __future__ import annotations

import contextlib
import sys
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit


class SiteHandler(SimpleHTTPRequestHandler):
    """Files of the site folder; a miss answers with the language's 404 page."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = self.not_found_page() if code == HTTPStatus.NOT_FOUND else None
        if page is None:
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def not_found_page(self) -> Path | None:
        """The 404 page of the language the address is under, else the site's default one."""
        root = Path(self.directory)
        first = unquote(urlsplit(self.path).path).lstrip("/").split("/", 1)[0]
        candidates = [root / "404.html"]
        # Only a folder name of the site itself: nothing in the address may lead elsewhere.
        if first and first not in (".", "..") and "\\" not in first and (root / first).is_dir():
            candidates.insert(0, root / first / "404.html")
        return next((p for p in candidates if p.is_file()), None)


def serve(site: Path, host: str, port: int) -> int:
    handler = partial(SiteHandler, directory=str(site))
    with ThreadingHTTPServer((host, port), handler) as server:
        print(f"linimasa: serving {site} at http://{host}:{port}/ (Ctrl+C stops)", file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0
