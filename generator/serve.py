"""Serve a built site/ on localhost (both languages, root redirect), for a quick look."""

from __future__ import annotations

import contextlib
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def serve(site: Path, host: str, port: int) -> int:
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    with ThreadingHTTPServer((host, port), handler) as server:
        print(f"linimasa: serving {site} at http://{host}:{port}/ (Ctrl+C stops)", file=sys.stderr)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0
