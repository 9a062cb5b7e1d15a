"""The hostile corpus in a real browser: no script of it runs, no dialog, no request out.

Every generated page of both languages (built by `linimasa build` from the corpus of
test_hostile.py, served at 127.0.0.1) is loaded in Debian's chromium through Playwright. The
payloads set `window.__pwned` or call `alert`; a route handler records (and blocks) every
request that would leave 127.0.0.1, a dialog handler records every dialog, and the console is
watched for errors. Then the site's search is fed the payload words and the results page is
checked the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import Served
from test_hostile import hostile_site

pytest.importorskip("playwright")
from playwright.sync_api import BrowserContext, Page, Route

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Elements and attributes that would be live if corpus markup had reached the DOM.
_LIVE_MARKUP = """() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on") && /pwned|alert/.test(attr.value)) found.push(`${el.tagName} ${name}`);
      if (["href", "src", "action"].includes(name) && /^\\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${name}=${attr.value}`);
    }
    if (["IFRAME", "OBJECT", "EMBED", "BASE"].includes(el.tagName)) found.push(el.tagName);
    if (el.tagName === "SCRIPT" && /pwned|alert\\(/.test(el.textContent)) found.push("SCRIPT from the corpus");
  }
  return found;
}"""


@dataclass
class Watch:
    """What the browser did that it must not: requests out, dialogs, errors."""

    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Served]:
    return hostile_site(tmp_path_factory)


@pytest.fixture
def watched(context: BrowserContext, page: Page) -> Iterator[Watch]:
    watch = Watch()

    def route(handle: Route) -> None:
        host = urlsplit(handle.request.url).hostname
        if host == "127.0.0.1":
            handle.continue_()
        else:
            watch.outside.append(handle.request.url)
            handle.abort()

    # On the context, so requests of workers (Material's search) are seen too.
    context.route("**/*", route)
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    return watch


def _visit(page: Page, url: str) -> None:
    # "load" waits for every subresource, so a corpus <img onerror> or <script> has had its turn.
    response = page.goto(url, wait_until="load")
    assert response is not None, url
    assert response.ok, url
    assert page.evaluate("() => window.__pwned") is None, f"a corpus script ran on {url}"
    assert page.evaluate(_LIVE_MARKUP) == [], url


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_loads_inert(
    hostile: tuple[Path, Served], page: Page, watched: Watch, lang: str
) -> None:
    project, served = hostile
    root = project / "site" / lang
    pages = sorted(p.relative_to(root).parent.as_posix() for p in root.rglob("index.html"))
    assert len(pages) >= 12, pages
    for rel in pages:
        _visit(page, f"{served.url}{lang}/" + ("" if rel == "." else f"{rel}/"))
    _visit(page, f"{served.url}{lang}/404.html")
    assert watched.dialogs == []
    assert watched.outside == []
    assert watched.errors == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_search_results_stay_inert(
    hostile: tuple[Path, Served], page: Page, watched: Watch, lang: str
) -> None:
    _, served = hostile
    _visit(page, f"{served.url}{lang}/")
    for query in ("script pwned", "onerror", "javascript", "iframe"):
        page.keyboard.press("/")  # Material's shortcut to the search box
        box = page.locator("input.md-search__input")
        box.fill(query)
        # Results (or "no results") are rendered from the search index by Material's worker.
        page.locator(".md-search-result__meta").wait_for(state="visible")
        assert page.evaluate("() => window.__pwned") is None, query
        assert page.evaluate(_LIVE_MARKUP) == [], query
        page.keyboard.press("Escape")
    assert watched.dialogs == []
    assert watched.outside == []
    assert watched.errors == []
