"""The built site in a real browser: pages render, the language switch stays on the page.

Drives Debian's chromium through Playwright against the seed project built by `linimasa build`
for the address it is served at (see conftest.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Served

pytest.importorskip("playwright")
from playwright.sync_api import ConsoleMessage, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _timeline(site: Path, lang: str) -> list[dict[str, object]]:
    return json.loads((site / lang / "data" / "timeline.json").read_text("utf-8"))["events"]


@pytest.fixture
def errors(page: Page) -> Iterator[list[str]]:
    """Console errors and uncaught exceptions of the page; a test ends by asserting none."""
    found: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            found.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: found.append(str(error)))
    page.on("dialog", lambda dialog: (found.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_timeline_lists_every_event(
    page: Page, site_server: Served, errors: list[str], lang: str
) -> None:
    events = _timeline(site_server.root, lang)
    assert events, "the seed corpus has events"
    page.goto(f"{site_server.url}{lang}/timeline/")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    items = page.locator("ol.linimasa-timeline > li[data-event-id]")
    expect(items).to_have_count(len(events))
    assert items.evaluate_all("els => els.map(e => e.dataset.eventId)") == [e["id"] for e in events]
    assert errors == []


@pytest.mark.parametrize(
    ("here", "there", "name"), [("id", "en", "English"), ("en", "id", "Bahasa Indonesia")]
)
def test_language_switch_stays_on_the_event(
    page: Page, site_server: Served, errors: list[str], here: str, there: str, name: str
) -> None:
    event = _timeline(site_server.root, here)[-1]
    page.goto(f"{site_server.url}{here}/{event['url']}")
    expect(page.locator("html")).to_have_attribute("lang", here)
    page.locator(".md-header__option .md-select").hover()
    page.get_by_role("link", name=name, exact=True).click()
    page.wait_for_url(f"{site_server.url}{there}/{event['url']}")
    expect(page.locator("html")).to_have_attribute("lang", there)
    expect(page.locator("h1")).to_be_visible()
    assert errors == []


def test_event_page_links_back_to_its_timeline_entry(
    page: Page, site_server: Served, errors: list[str]
) -> None:
    event = _timeline(site_server.root, "en")[0]
    page.goto(f"{site_server.url}en/{event['url']}")
    page.evaluate("window.__still_here = 1")  # survives only an instant (XHR) navigation
    page.locator(".linimasa-back a").click()
    page.wait_for_url(f"{site_server.url}en/timeline/#{event['id']}")
    expect(page.locator(f"li[data-event-id='{event['id']}']")).to_be_visible()
    assert page.evaluate("window.__still_here") == 1, "navigation.instant did not take over"
    assert errors == []


def test_article_page_highlights_linked_time_expressions(
    page: Page, site_server: Served, errors: list[str]
) -> None:
    page.goto(f"{site_server.url}id/sources/")
    page.locator("table.linimasa-sources a").first.click()
    marks = page.locator(".linimasa-article-text mark.linimasa-timex")
    expect(marks.first).to_be_visible()
    linked = page.locator(".linimasa-article-text a.linimasa-timex-link")
    assert linked.count() >= 1
    linked.first.click()
    expect(page.locator(".linimasa-quote").first).to_be_visible()
    assert errors == []


def test_palette_choice_is_shared_by_both_languages(
    page: Page, site_server: Served, errors: list[str]
) -> None:
    page.goto(f"{site_server.url}id/timeline/")
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^=__palette]:visible").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert after != before
    page.goto(f"{site_server.url}en/methodology/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", after or "")
    assert errors == []
