"""The timeline as a reader first meets it, in Debian's chromium at 1366x900 and 390x844, in both
languages: the story's own period first, zoom and search that keep to the events, filters in the
address, the reading view, and no interface word of the other language on any page.

Expectations come from the served data (`data/timeline.json`: the story's period, the key events)
and from the catalogues, never from the seed story itself.
"""

from __future__ import annotations

import calendar
import os
import re
import subprocess
import sys
import time
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml

pytest.importorskip("playwright")
import timeline_fixtures as tf
from playwright.sync_api import Browser, Page, Playwright, expect
from support import ROOT, copy_project, free_port

from generator.publish import messages

timeline_site = tf.timeline_site
timeline_data = tf.timeline_data

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("LINIMASA_CHROMIUM", "/usr/bin/chromium")
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
AXIS = ".lm-tl__items .lm-tl__link"
DAY = 86_400_000


@pytest.fixture(scope="module")
def chromium(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
    yield browser
    browser.close()


def open_page(browser: Browser, size: str, **options: Any) -> tuple[Page, list[str]]:
    width, height = SIZES[size]
    phone = size == "phone"
    context = browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=phone,
        has_touch=phone,
        reduced_motion="reduce",  # zoom steps land at once
        **options,
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, errors


@pytest.fixture(params=[(lang, size) for lang in ("id", "en") for size in SIZES], ids=str)
def reader(request: pytest.FixtureRequest, chromium: Browser) -> Iterator[Any]:
    lang, size = request.param
    page, errors = open_page(chromium, size)
    yield lang, size, page, errors
    page.context.close()


def open_timeline(page: Page, url: str, lang: str, rest: str = "") -> None:
    page.goto(f"{url}{lang}/timeline/{rest}")
    expect(page.locator(".lm-tl--ready")).to_have_count(1)


def timeline(page: Page, expression: str) -> Any:
    return page.locator(".lm-tl").evaluate(f"r => (tl => {expression})(r.linimasaTimeline)")


def ms(iso: str) -> int:
    """An ISO day as the component's floating UTC milliseconds."""
    year, month, day = (int(x) for x in iso.split("-"))
    return calendar.timegm((year, month, day, 0, 0, 0)) * 1000


def on_screen(page: Page, selector: str) -> list[str]:
    """Ids of the events whose element lies wholly inside the window, without scrolling."""
    return page.evaluate(
        """(sel) => [...document.querySelectorAll(sel)].filter((n) => {
          const r = n.getBoundingClientRect();
          return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight
            && r.right <= innerWidth && getComputedStyle(n).visibility !== "hidden";
        }).map((n) => n.dataset.eventId || n.closest("[data-event-id]").dataset.eventId)""",
        selector,
    )


def open_filters(page: Page) -> None:
    toggle = page.locator(".lm-tl__toggle")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def story_events(
    data: Mapping[str, Any],
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """The story's key developments, and the background (what ends before the story)."""
    story = data["story"]
    dated = [e for e in data["events"] if e["start"]]
    key = [e for e in dated if e["key"] and story["start"] <= e["start"] <= story["end"]]
    return key, [e for e in dated if e["end"] < story["start"]]


def fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    ).lower()


def haystack(event: Mapping[str, Any]) -> str:
    words = [event["title"], event["display"], event.get("summary", "")]
    names = [*event.get("outlet_names", []), *event.get("actors", []), *event.get("aka", [])]
    return fold(" ".join(words + names))


def rare_word(event: Mapping[str, Any], events: list[Mapping[str, Any]]) -> str:
    """The word of an event's title that the fewest events' text holds."""
    words = {w.strip(".,;:!?“”\"'()") for w in event["title"].split()}
    words = {w for w in words if len(w) >= 4 and fold(w) in haystack(event)}
    return min(words, key=lambda w: (sum(fold(w) in haystack(e) for e in events), -len(w), w))


# ---- the first screen ------------------------------------------------------------------------


def test_the_first_screen_is_the_storys_key_developments(timeline_site: Any, reader: Any) -> None:
    lang, size, page, errors = reader
    data = timeline_data(timeline_site.root, lang)
    key, background = story_events(data)
    assert key, "the seed story has key developments"
    assert background, "the seed story has a background"
    open_timeline(page, timeline_site.url, lang)
    seen = on_screen(page, AXIS)
    assert {e["id"] for e in key} <= set(seen), "every key development of the story is in view"
    if size == "desktop":
        # Full titles: nothing cut, on one line or wrapped.
        for e in key:
            title = page.locator(f".lm-tl__items [data-event-id='{e['id']}'] .lm-tl__title")
            assert title.text_content() == e["title"]
            cut = title.evaluate(
                "n => n.scrollHeight > n.clientHeight + 1 || n.scrollWidth > n.clientWidth + 1"
            )
            assert not cut, e["title"]
    else:
        shown = set(seen) | set(on_screen(page, "ol.linimasa-timeline > li[data-event-id]"))
        assert len(shown) >= 3, "a phone's first screen shows at least three events"
    # The background is folded into a band, not spread over the view.
    view = timeline(page, "tl.view")
    assert all(ms(e["end"]) + DAY <= view["s"] for e in background)
    band = page.locator(".lm-tl__band--before")
    expect(band).to_be_visible()
    expect(band).to_contain_text(data["labels"]["background"])
    expect(band).to_contain_text(str(len(background)))
    # ... and the whole span is one click away.
    band.click()
    whole = timeline(page, "tl.ext")
    assert timeline(page, "tl.view") == pytest.approx(whole)
    expect(band).to_be_hidden()
    assert errors == []


def test_without_javascript_the_reading_view_folds_the_background(
    timeline_site: Any, chromium: Browser
) -> None:
    for lang in ("id", "en"):
        for size in SIZES:
            page, errors = open_page(chromium, size, java_script_enabled=False)
            data = timeline_data(timeline_site.root, lang)
            key, background = story_events(data)
            page.goto(f"{timeline_site.url}{lang}/timeline/")
            folded = page.locator("details.linimasa-background")
            expect(folded).not_to_have_attribute("open", "")
            expect(folded.locator("summary")).to_contain_text(
                messages.text(lang, "timeline.background")
            )
            inside = folded.locator("li[data-event-id]")
            assert inside.evaluate_all("ns => ns.map(n => n.dataset.eventId)") == [
                e["id"] for e in background
            ]
            for e in key:  # the story's developments are the list's first read
                row = page.locator(f"ol.linimasa-timeline > li[data-event-id='{e['id']}']")
                expect(row).to_be_visible()
                expect(row.locator("h3")).to_have_text(e["title"])
            page.context.close()
            assert errors == []


# ---- zoom --------------------------------------------------------------------------------------


def test_zooming_in_three_times_from_the_opening_view_still_shows_events(
    timeline_site: Any, reader: Any
) -> None:
    lang, _size, page, errors = reader
    data = timeline_data(timeline_site.root, lang)
    open_timeline(page, timeline_site.url, lang)
    for _ in range(3):
        page.get_by_role("button", name=data["labels"]["zoom_in"], exact=True).click()
    assert on_screen(page, AXIS), "events are still in view"
    # The same from the keyboard, with nothing focused in the axis.
    open_timeline(page, timeline_site.url, lang)
    page.get_by_role("button", name=data["labels"]["fit"], exact=True).focus()
    start = timeline(page, "tl.view.e - tl.view.s")
    page.keyboard.press("+")
    page.keyboard.press("+")
    page.keyboard.press("+")
    assert timeline(page, "tl.view.e - tl.view.s") == pytest.approx(start / 8)
    assert on_screen(page, AXIS), "events are still in view"
    assert errors == []


def test_a_keyboard_zoom_keeps_the_focused_event_and_its_focus(
    timeline_site: Any, reader: Any
) -> None:
    lang, _size, page, errors = reader
    data = timeline_data(timeline_site.root, lang)
    key, _ = story_events(data)
    open_timeline(page, timeline_site.url, lang)
    target = key[0]["id"]
    link = page.locator(f".lm-tl__items [data-event-id='{target}']")
    link.focus()
    for press in ("+", "+", "+", "+", "+", "-", "+"):
        page.keyboard.press(press)
        assert page.evaluate("document.activeElement.dataset.eventId") == target, press
        assert target in on_screen(page, AXIS), press
    # The arrows still move on from there.
    order = timeline(page, "tl.order.map(ev => ev.id)")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.dataset.eventId") == order[order.index(target) + 1]
    assert errors == []


# ---- search and filters ----------------------------------------------------------------------


def visible_rows(page: Page) -> list[str]:
    return page.locator("ol.linimasa-timeline > li[data-event-id]").evaluate_all(
        "ns => ns.filter(n => !n.hidden && !n.closest('[hidden]')).map(n => n.dataset.eventId)"
    )


def test_searching_finds_an_event_that_is_not_key(timeline_site: Any, reader: Any) -> None:
    lang, _size, page, errors = reader
    data = timeline_data(timeline_site.root, lang)
    events = data["events"]
    target = next(e for e in events if not e["key"] and e["start"])
    word = rare_word(target, events)
    expected = [e["id"] for e in events if fold(word) in haystack(e)]
    open_timeline(page, timeline_site.url, lang)
    open_filters(page)
    page.get_by_label(data["labels"]["search"]).fill(word)
    expect(page.locator(".lm-tl__count")).to_contain_text(str(len(expected)))
    assert timeline(page, "tl.order.map(ev => ev.id)") == expected
    expect(page.locator(f".lm-tl__items [data-event-id='{target['id']}']")).to_be_visible()
    # The reading view shows the same events, opening the background where they are in it.
    assert visible_rows(page) == expected
    assert f"query={quote(word)}" in page.url
    assert errors == []


def test_a_filter_in_the_address_restores_the_filtered_view(
    timeline_site: Any, reader: Any
) -> None:
    lang, _size, page, errors = reader
    data = timeline_data(timeline_site.root, lang)
    events = data["events"]
    claims = [e for e in events if e["status"] == "claim" and e["start"]]
    target = claims[-1]
    word = rare_word(target, claims)
    expected = [e["id"] for e in claims if fold(word) in haystack(e)]
    open_timeline(
        page, timeline_site.url, lang, f"?status=claim&query={quote(word)}#{target['id']}"
    )
    boxes = page.locator(".lm-tl__statuses input")
    assert boxes.evaluate_all("bs => bs.filter(b => b.checked).map(b => b.value)") == ["claim"]
    expect(page.get_by_label(data["labels"]["search"])).to_have_value(word)
    expect(page.locator(".lm-tl__badge")).to_have_text("2")
    assert timeline(page, "tl.order.map(ev => ev.id)") == expected
    assert visible_rows(page) == expected
    expect(page.locator(f".lm-tl__items [data-event-id='{target['id']}']")).to_be_focused()
    # A filter changed here goes into the address, which opens the same view again.
    open_filters(page)
    page.get_by_label(data["labels"]["key_only"]).check()
    assert "key=1" in page.url
    shown = timeline(page, "tl.order.map(ev => ev.id)")
    page.goto(page.url.split("#")[0])
    expect(page.locator(".lm-tl--ready")).to_have_count(1)
    assert timeline(page, "tl.order.map(ev => ev.id)") == shown
    assert errors == []


# ---- the other language's words ---------------------------------------------------------------

MATERIAL = Path(__import__("material").__file__).parent / "templates"
_PATTERN = re.compile(r"[dMLyEHm.,:' /\-]+")


def _leaves(node: Any, prefix: str = "") -> dict[str, str]:
    if isinstance(node, Mapping):
        out: dict[str, str] = {}
        for k, v in node.items():
            out.update(_leaves(v, f"{prefix}{k}."))
        return out
    if isinstance(node, list):
        out = {}
        for i, v in enumerate(node):
            out.update(_leaves(v, f"{prefix}{i}."))
        return out
    return {prefix.rstrip("."): str(node)}


def _material_words(lang: str) -> dict[str, str]:
    text = (MATERIAL / "partials" / "languages" / f"{lang}.html").read_text("utf-8")
    return {k: v for k, v in re.findall(r'"([\w.]+)": "([^"]*)"', text) if k != "language"}


def _material_fixed_text() -> set[str]:
    """Text Material's templates write in English whatever the language (its 404, its credit)."""
    found: set[str] = set()
    for path in MATERIAL.rglob("*.html"):
        if "languages" in path.parts:
            continue
        text = re.sub(
            r"\{#.*?#\}|<script.*?</script>|<style.*?</style>",
            "",
            path.read_text("utf-8"),
            flags=re.S,
        )
        text = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|<[^>]*>", "\n", text, flags=re.S)
        found |= {line.strip() for line in text.splitlines() if re.search(r"[A-Za-z]{3,} \w", line)}
    return found


class _AnyTag(yaml.SafeLoader):
    pass


_AnyTag.add_multi_constructor("", lambda loader, suffix, node: None)


def _config_words(lang: str) -> dict[str, str]:
    """The words of a language's site config (the English one inherits the Indonesian one)."""
    words: dict[str, str] = {}
    for name in ("mkdocs.yml", *([f"mkdocs.{lang}.yml"] if lang != "id" else [])):
        data = yaml.load((ROOT / name).read_text("utf-8"), Loader=_AnyTag)
        keep = {k: data.get(k) for k in ("site_description", "copyright", "extra", "theme")}
        found = _leaves(keep)
        if "nav" in data:  # its titles are keys
            words = {k: v for k, v in words.items() if not k.startswith("nav.")}
            found.update({f"nav.{i}": next(iter(item)) for i, item in enumerate(data["nav"])})
        words.update({k: v for k, v in found.items() if v and v != "None"})
    return words


def foreign_words(lang: str, own_text: str = "") -> set[str]:
    """What the other language's catalogues say and this language's do not: our messages,
    Material's interface words, the site config's words, CLDR's country names, and the text
    Material's templates only have in English. A word the language's own corpus text uses
    ("media" is English as well as Indonesian) is not foreign to it."""
    from babel import Locale

    other = "en" if lang == "id" else "id"
    sets = []
    for source in (
        lambda code: _leaves(messages.catalogue(code)),
        _material_words,
        _config_words,
        lambda code: dict(Locale.parse(code).territories),
    ):
        mine, theirs = source(lang), source(other)
        sets.append((set(mine.values()), {v for k, v in theirs.items() if mine.get(k) != v}))
    own = set().union(*(mine for mine, _ in sets))
    theirs = set().union(*(t for _, t in sets))
    if lang == "id":
        theirs |= _material_fixed_text()
    words: set[str] = set()
    for phrase in theirs:
        if _PATTERN.fullmatch(phrase):
            continue  # a date pattern, not words
        for piece in re.split(r"\{\w+\}|#|\(|\)|:|\u2013|;|\"", phrase):
            piece = piece.strip(" .,·")
            if len(re.sub(r"\W", "", piece)) < 4 or any(piece in o for o in own):
                continue
            if not re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", own_text):
                words.add(piece)
    return words


# Text nodes and named attributes of a page, outside corpus text and parts in another language.
_PAGE_TEXT = """(lang) => {
  const skip = (n) => n.closest("script, style, noscript, template, blockquote, .linimasa-article-text")
    || (n.closest("[lang]") && n.closest("[lang]").lang !== lang);
  const out = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode())
    if (t.parentElement && !skip(t.parentElement)) out.push(t.data);
  for (const el of document.body.querySelectorAll("[title], [aria-label], [placeholder], [alt]"))
    if (!skip(el)) for (const a of ["title", "aria-label", "placeholder", "alt"])
      if (el.hasAttribute(a)) out.push(el.getAttribute(a));
  return out.join("\\n");
}"""


def other_language_words(page: Page, lang: str, words: set[str]) -> list[str]:
    text = page.evaluate(_PAGE_TEXT, lang)
    return sorted(w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text))


def site_pages(site: Path, lang: str) -> list[str]:
    pages = [p.relative_to(site / lang).as_posix() for p in sorted((site / lang).rglob("*.html"))]
    return [p.removesuffix("index.html") for p in pages if not p.startswith(("assets/", "search/"))]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_page_shows_an_interface_word_of_the_other_language(
    timeline_site: Any, chromium: Browser, lang: str, size: str
) -> None:
    data = timeline_data(timeline_site.root, lang)
    own = [e["title"] for e in data["events"] if e["title_lang"] == lang]
    own += [e["summary"] for e in data["events"] if e["title_lang"] == lang]
    words = foreign_words(lang, "\n".join(own))
    assert len(words) > 100, "the catalogues give words to look for"
    page, errors = open_page(chromium, size)
    paths = site_pages(timeline_site.root, lang)
    assert "timeline/" in paths
    assert "404.html" in paths
    found: dict[str, list[str]] = {}
    for path in paths:
        page.goto(f"{timeline_site.url}{lang}/{path}")
        if path == "timeline/":
            expect(page.locator(".lm-tl--ready")).to_have_count(1)
            open_filters(page)
        if hit := other_language_words(page, lang, words):
            found[path] = hit
    page.context.close()
    assert found == {}, "\n".join(f"{path}: {hit}" for path, hit in found.items())
    assert errors == []


# ---- linimasa serve's 404 --------------------------------------------------------------------


@pytest.fixture(scope="module")
def served_by_linimasa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`linimasa serve` of a copy of the project, as a user runs it."""
    project = copy_project(tmp_path_factory.mktemp("serve") / "project")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "-C", str(project), "serve", "--port", str(port)],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}id/", timeout=2):
                    break
            except (urllib.error.URLError, OSError):
                assert server.poll() is None, "linimasa serve stopped"
                time.sleep(0.5)
        else:
            pytest.fail("linimasa serve did not come up")
        yield url
    finally:
        server.terminate()
        server.wait(10)


def test_a_missing_page_gets_the_sites_own_404_in_its_language(
    served_by_linimasa: str, reader: Any
) -> None:
    lang, _size, page, errors = reader
    words = _config_words(lang)
    response = page.goto(f"{served_by_linimasa}{lang}/events/no-such-event/")
    assert response is not None
    assert response.status == 404
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_text(words["extra.not_found.title"])
    expect(page.locator(".md-header")).to_be_visible()  # the site's page, styled
    assert other_language_words(page, lang, foreign_words(lang)) == []
    page.get_by_role("link", name=words["extra.not_found.timeline"]).click()
    expect(page.locator(".lm-tl--ready")).to_have_count(1)
    assert page.url == f"{served_by_linimasa}{lang}/timeline/"
    assert errors == [] or all("404" in e for e in errors)
