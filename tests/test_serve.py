"""`linimasa serve`'s handler: files of site/, and each language's own 404 page for a miss."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.serve import SiteHandler


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    site = tmp_path / "site"
    for lang in ("id", "en"):
        (site / lang).mkdir(parents=True)
        (site / lang / "index.html").write_text(f"<p>home {lang}</p>", "utf-8")
        (site / lang / "404.html").write_text(f"<h1>missing, {lang}</h1>", "utf-8")
    (site / "404.html").write_text("<h1>missing, default</h1>", "utf-8")
    (tmp_path / "404.html").write_text("<h1>outside the site</h1>", "utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SiteHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


def test_a_miss_gets_the_404_page_of_its_language(served: str) -> None:
    assert get(f"{served}/id/") == (200, "text/html", "<p>home id</p>")
    assert get(f"{served}/id/events/no-such-event/") == (
        404,
        "text/html; charset=utf-8",
        "<h1>missing, id</h1>",
    )
    assert get(f"{served}/en/nothing.html")[::2] == (404, "<h1>missing, en</h1>")
    assert get(f"{served}/fr/nothing/")[::2] == (404, "<h1>missing, default</h1>")
    assert get(f"{served}/nothing")[::2] == (404, "<h1>missing, default</h1>")


def test_the_address_cannot_pick_a_404_page_outside_the_site(served: str) -> None:
    for path in ("/../x", "/%2e%2e/x", "/..%2fx", "/..%2f..%2fx%2f"):
        assert get(f"{served}{path}")[::2] == (404, "<h1>missing, default</h1>"), path
