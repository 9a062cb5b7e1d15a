"""The interactive timeline in a real browser (Debian's chromium through Playwright).

Runs against the seed build when it carries the component, else the gold-shaped fixture site
(conftest.py and timeline_fixtures.py). Expected events always come from the served `data/timeline.json`.
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

pytest.importorskip("playwright")
import timeline_fixtures as tf
from playwright.sync_api import Browser, Page, Playwright, expect

# The shared fixtures, made visible to this module's tests.
timeline_site = tf.timeline_site
axe_source = tf.axe_source
timeline_data = tf.timeline_data

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium")
ITEM = ".lm-tl [data-event-id]"


@pytest.fixture(scope="module")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def tab(chromium: Browser) -> Iterator[tuple[Page, list[str]]]:
    """A fresh page with reduced motion (zoom steps land at once) and its console errors."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, errors
    context.close()


def open_timeline(page: Page, url: str, lang: str, fragment: str = "") -> None:
    page.goto(f"{url}{lang}/timeline/{fragment}")
    expect(page.locator(".lm-tl--ready")).to_have_count(1)


def active_id(page: Page) -> str | None:
    return page.evaluate("document.activeElement && document.activeElement.dataset.eventId || null")


def walk(page: Page) -> list[str]:
    """Every event id the arrow keys reach, from Home to the end."""
    page.locator(f"{ITEM}, .lm-tl__cluster").first.focus()
    page.keyboard.press("Home")
    seen = [active_id(page)]
    for _ in range(page.locator(".lm-tl").evaluate("r => r.linimasaTimeline.events.length")):
        page.keyboard.press("ArrowRight")
        now = active_id(page)
        if now == seen[-1]:
            break
        seen.append(now)
    assert None not in seen, "focus left the events"
    return seen


def span(page: Page) -> float:
    return page.locator(".lm-tl").evaluate(
        "r => r.linimasaTimeline.view.e - r.linimasaTimeline.view.s"
    )


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).lower()


def outlets_of(event: Mapping[str, Any]) -> list[str]:
    names = event.get("outlet_names", event.get("outlets"))
    return list(names) if isinstance(names, list) else []


def label(data: Mapping[str, Any], key: str) -> str:
    value = data["labels"][key]
    return value if isinstance(value, str) else value["other"]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_event_is_rendered_and_reachable(timeline_site: Any, tab: Any, lang: str) -> None:
    page, errors = tab
    data = timeline_data(timeline_site.root, lang)
    events = data["events"]
    assert events, "the timeline has events"
    open_timeline(page, timeline_site.url, lang)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator(".lm-tl")).to_have_attribute("aria-label", data["labels"]["region"])
    ids = walk(page)
    assert sorted(ids) == sorted(e["id"] for e in events)
    # Time order: the arrow keys follow the axis, undated events last.
    starts = {e["id"]: e["start"] for e in events}
    dated = [starts[i] for i in ids if starts[i]]
    assert dated == sorted(dated)
    assert all(starts[i] is None for i in ids[len(dated) :])
    # What a screen reader hears: date, title and status in the page's language.
    by_id = {e["id"]: e for e in events}
    for key, event_id in (("Home", ids[0]), ("End", ids[-1])):
        page.keyboard.press(key)
        assert active_id(page) == event_id
        spoken = page.evaluate("document.activeElement.textContent")  # its accessible name
        event = by_id[event_id]
        status = data["labels"]["status"][event["status"]]
        assert event["display"] in spoken
        assert event["title"] in spoken
        assert status in spoken
    assert errors == []


def test_every_event_first_then_key_events_only(timeline_site: Any, tab: Any) -> None:
    page, errors = tab
    data = timeline_data(timeline_site.root, "en")
    events = data["events"]
    key = [e["id"] for e in events if e["key"]]
    assert key, "the seed corpus has key events"
    open_timeline(page, timeline_site.url, "en")
    expect(page.locator(".lm-tl__key input")).not_to_be_checked()
    assert sorted(walk(page)) == sorted(e["id"] for e in events)
    page.get_by_label(data["labels"]["key_only"]).check()
    assert sorted(walk(page)) == sorted(key)
    assert "key=1" in page.url
    assert errors == []


def test_zoom_changes_the_visible_span(timeline_site: Any, tab: Any) -> None:
    page, errors = tab
    data = timeline_data(timeline_site.root, "en")
    open_timeline(page, timeline_site.url, "en")
    first_ticks = page.locator(".lm-tl__tick:not([hidden])").all_text_contents()
    start = span(page)
    page.get_by_role("button", name=data["labels"]["zoom_in"], exact=True).click()
    assert span(page) == pytest.approx(start / 2)
    page.get_by_role("button", name=data["labels"]["fit"], exact=True).focus()
    page.keyboard.press("+")
    assert span(page) == pytest.approx(start / 4)
    page.keyboard.press("-")
    assert span(page) == pytest.approx(start / 2)
    box = page.locator(".lm-tl__viewport").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -100)
    page.keyboard.up("Control")
    page.wait_for_timeout(100)
    assert span(page) < start / 2
    # Down to hours: the axis changes its unit as it zooms.
    for _ in range(20):
        page.get_by_role("button", name=data["labels"]["zoom_in"], exact=True).click()
    assert span(page) <= 6 * 3600e3
    assert page.locator(".lm-tl__tick:not([hidden])").all_text_contents() != first_ticks
    page.get_by_role("button", name=data["labels"]["fit"], exact=True).click()
    whole = page.locator(".lm-tl").evaluate(
        "r => r.linimasaTimeline.ext.e - r.linimasaTimeline.ext.s"
    )
    assert span(page) == pytest.approx(whole)
    assert span(page) > start, "the timeline opens on less than the whole span"
    assert errors == []


def test_filters_by_status_outlet_actor_and_text(timeline_site: Any, tab: Any) -> None:
    page, errors = tab
    data = timeline_data(timeline_site.root, "en")
    events = data["events"]
    open_timeline(page, timeline_site.url, "en")
    status = page.locator(".lm-tl__statuses")
    claim = data["labels"]["status"]["claim"]
    status.get_by_label(claim).uncheck()
    expected = {e["id"] for e in events if e["status"] != "claim"}
    assert set(walk(page)) == expected
    expect(page.locator(".lm-tl__count")).to_contain_text(f"{len(expected)}")
    status.get_by_label(claim).check()

    outlets = Counter(o for e in events for o in outlets_of(e))
    assert outlets, "the data names the outlets of each event"
    outlet = sorted(outlets, key=lambda o: (outlets[o], o))[0]
    page.get_by_label(data["labels"]["outlet"]).select_option(outlet)
    assert set(walk(page)) == {e["id"] for e in events if outlet in outlets_of(e)}
    page.get_by_label(data["labels"]["outlet"]).select_option("")

    actors = Counter(a for e in events for a in e.get("actors", []))
    assert actors, "the data names the actors of the events"
    actor = sorted(actors, key=lambda a: (-actors[a], a))[0]
    page.get_by_label(data["labels"]["actor"]).select_option(actor)
    assert set(walk(page)) == {e["id"] for e in events if actor in e.get("actors", [])}
    page.get_by_label(data["labels"]["actor"]).select_option("")

    word = max(events[len(events) // 2]["title"].split(), key=len).strip(".,;:")
    page.get_by_label(data["labels"]["search"]).fill(word.upper())

    def haystack(e: Mapping[str, Any]) -> str:
        words = [e["title"], e["display"], e.get("summary", ""), *outlets_of(e)]
        return fold(" ".join([*words, *e.get("actors", []), *e.get("aka", [])]))

    expected = {e["id"] for e in events if fold(word) in haystack(e)}
    assert set(walk(page)) == expected
    expect(page.locator(".lm-tl__count")).to_contain_text(f"{len(expected)}")
    page.get_by_label(data["labels"]["search"]).fill("zzqx-no-such-event")
    expect(page.locator(".lm-tl__count")).to_have_text(data["labels"]["none"])
    assert page.locator(ITEM).count() == 0
    assert errors == []


def test_keyboard_tab_arrows_and_enter(timeline_site: Any, tab: Any) -> None:
    page, errors = tab
    data = timeline_data(timeline_site.root, "en")
    open_timeline(page, timeline_site.url, "en")
    order = walk(page)
    page.keyboard.press("Home")
    # The last control before the axis: the filters' own button when they are open.
    if page.locator(".lm-tl__btn--clear:visible").count():
        last = page.locator(".lm-tl__btn--clear")
    else:
        last = page.get_by_role("button", name=data["labels"]["later"], exact=True)
    last.focus()
    page.keyboard.press("Tab")
    first = active_id(page)
    assert first, "Tab from the controls lands on an event"
    step, back = ("ArrowRight", "ArrowLeft") if first != order[-1] else ("ArrowLeft", "ArrowRight")
    page.keyboard.press(step)
    assert active_id(page) == order[order.index(first) + (1 if step == "ArrowRight" else -1)]
    page.keyboard.press(back)
    assert active_id(page) == first
    page.keyboard.press("Tab")
    target = active_id(page)
    assert target not in (None, first), "Tab moves on to the next event"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is visible"
    url = {e["id"]: e["url"] for e in data["events"]}[target]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{timeline_site.url}en/{url}")
    assert errors == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_deep_link_opens_the_timeline_at_the_event(timeline_site: Any, tab: Any, lang: str) -> None:
    page, errors = tab
    events = timeline_data(timeline_site.root, lang)["events"]
    dated = [e for e in events if e["start"]]
    target = next((e for e in dated if not e["key"]), dated[-1])
    open_timeline(page, timeline_site.url, lang, f"#{target['id']}")
    expect(page.locator(f".lm-tl [data-event-id='{target['id']}']")).to_be_focused()
    view = page.locator(".lm-tl__viewport").bounding_box()
    item = page.locator(f".lm-tl [data-event-id='{target['id']}']").bounding_box()
    assert view["x"] <= item["x"]
    assert item["x"] + 10 <= view["x"] + view["width"]
    assert errors == []


def test_event_page_links_back_with_instant_navigation(timeline_site: Any, tab: Any) -> None:
    page, errors = tab
    event = timeline_data(timeline_site.root, "en")["events"][-2]
    page.goto(f"{timeline_site.url}en/{event['url']}")
    page.evaluate("window.__still_here = 1")
    page.locator(".linimasa-back a").click()
    page.wait_for_url(f"{timeline_site.url}en/timeline/#{event['id']}")
    expect(page.locator(f".lm-tl [data-event-id='{event['id']}']")).to_be_focused()
    assert page.evaluate("window.__still_here") == 1, "navigation.instant did not take over"
    # Leaving and coming back builds one component, not two: the old one was torn down.
    page.keyboard.press("Enter")
    page.wait_for_url(f"{timeline_site.url}en/{event['url']}")
    page.locator(".linimasa-back a").click()
    expect(page.locator(".lm-tl--ready")).to_have_count(1)
    expect(page.locator(".lm-tl__viewport")).to_have_count(1)
    assert page.evaluate("window.__still_here") == 1
    assert errors == []


def test_palette_switch_restyles_the_timeline(timeline_site: Any, tab: Any) -> None:
    page, errors = tab
    open_timeline(page, timeline_site.url, "en")
    probe = """() => {
      const s = (q, p) => getComputedStyle(document.querySelector(q))[p];
      return [s('.lm-tl__viewport', 'backgroundColor'), s('.lm-tl .lm-tl__mark--happened', 'backgroundColor'),
              s('.lm-tl .lm-tl__link', 'color')];
    }"""
    light = page.evaluate(probe)
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    dark = page.evaluate(probe)
    assert all(a != b for a, b in zip(light, dark, strict=True)), (light, dark)
    assert errors == []


def test_mobile_layout_fits_the_screen(chromium: Browser, timeline_site: Any) -> None:
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    try:
        open_timeline(page, timeline_site.url, "id")
        assert page.locator(ITEM).count() > 0
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        box = page.locator(".lm-tl__viewport").bounding_box()
        assert box["width"] <= 360
    finally:
        context.close()


def _serious(page: Page, source: str, scope: str = "document") -> list[str]:
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(content=source)
    found = page.evaluate(
        """async (scope) => {
      const target = scope === "document" ? document : document.querySelector(scope);
      const r = await axe.run(target, {resultTypes: ["violations"]});
      return r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
        .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`);
    }""",
        scope,
    )
    return list(found)


def _palettes(page: Page) -> Iterator[str]:
    yield "default"
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    yield "slate"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_axe_component_timeline_and_event_pages_have_no_serious_violation(
    timeline_site: Any, tab: Any, axe_source: str, lang: str
) -> None:
    page, errors = tab
    open_timeline(page, timeline_site.url, lang)
    for scheme in _palettes(page):
        assert _serious(page, axe_source, ".lm-tl") == [], scheme  # the component alone
        assert _serious(page, axe_source) == [], scheme  # the whole page around it
    event = timeline_data(timeline_site.root, lang)["events"][0]
    page.goto(f"{timeline_site.url}{lang}/{event['url']}")
    assert _serious(page, axe_source) == []
    assert errors == []
