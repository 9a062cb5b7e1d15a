"""Shared fixtures: Playwright on Debian's chromium, and a built site served in-process."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

# Debian's chromium by default; LINIMASA_CHROMIUM points elsewhere (another distribution's path).
CHROMIUM = Path(os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium"))
BASE_PATH = "/linimasa/"  # like a GitHub Pages project site: the site never sits at the root


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    # Playwright cannot download its own browser here; Debian's chromium works headless.
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "headless": True}


class _Handler(SimpleHTTPRequestHandler):
    """Serves the site folder under BASE_PATH only, quietly."""

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(BASE_PATH):
            return str(Path(self.directory) / "__outside_base_path__")
        return super().translate_path("/" + clean[len(BASE_PATH) :])

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class Served:
    root: Path  # the folder served at `url`
    url: str  # http://127.0.0.1:<port>/linimasa/


def serve(directory: Path, port: int = 0) -> tuple[ThreadingHTTPServer, Served]:
    """Serve `directory` at http://127.0.0.1:<port>/linimasa/ from a daemon thread."""
    server = ThreadingHTTPServer(("127.0.0.1", port), partial(_Handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, bound = server.server_address[:2]
    return server, Served(directory, f"http://{host}:{bound}{BASE_PATH}")


@pytest.fixture(scope="session")
def site_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The seed project built with `linimasa build` for the very address it is served at.

    Instant navigation and Material's "stay on page" language switch only work when site_url
    matches the server (host, port and path), so the port is taken first, then the build.
    """
    from support import copy_project, linimasa

    project = copy_project(tmp_path_factory.mktemp("served") / "project")
    site = project / "site"
    site.mkdir()
    server, served = serve(site)
    try:
        done = linimasa(project, "build", "--site-url", served.url)
        assert done.returncode == 0, done.stderr
        # `linimasa build` swaps a new site/ in by renaming; the server serves by path.
        yield served
    finally:
        server.shutdown()
        server.server_close()
