"""The pages composed of an editor's text and generated parts: the front page (the story told
from the corpus, an editor's introduction in place of its lead) and the methodology page
(Linimasa's text or the editor's, with the accuracy of the build).

An editor's page is Markdown passed on as MkDocs takes it (an editor writes HTML in Markdown
anyway); everything generated is escaped by the templates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

import yaml
from babel.numbers import format_percent
from markupsafe import Markup

from generator.publish.formats import (
    format_comment,
    format_front_matter,
    page_meta,
    render_template,
)
from generator.publish.front import Front, intro_heading
from generator.publish.messages import Messages

ACCURACY_MARKER = "<!-- linimasa:accuracy -->"
# The accuracy rows, as dotted paths into the evaluator's report (generator/evaluate.py), shown
# in this order even before anything is measured.
ACCURACY_METRICS = (
    "timex.strict_precision",
    "timex.strict_recall",
    "timex.overlap_recall",
    "timex.value_accuracy",
    "dct_accuracy",
    "events.date_precision",
    "events.date_recall",
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)


def _split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = yaml.safe_load(match.group(1) or "") or {}
    if not isinstance(meta, dict):
        meta = {}
    return meta, text[match.end() :]


def _compose(
    hand_written: str | None,
    marker: str,
    generated: str,
    lang: str,
    meta: Mapping[str, Any] | None = None,
) -> str:
    """Hand-written page + generated block at the marker (or at the end). `meta` is the front
    matter the page has unless the hand-written page says otherwise."""
    written, body = _split_front_matter(hand_written or "")
    body = body.strip("\n")
    if marker in body:
        body = body.replace(marker, generated.strip("\n"), 1)
    else:
        body = f"{body}\n\n{generated.strip(chr(10))}" if body else generated.strip("\n")
    head = format_front_matter({**(meta or {}), **written})
    return head + format_comment(lang) + "\n" + body + "\n"


def format_front(
    front: Front,
    hand_written: str | None,
    reading: list[Markup],
    description: str,
    common: Mapping[str, Any],
) -> str:
    """The front page: the story's title, the lead (or the editor's introduction in its place),
    the figures, the key developments and how to read the site."""
    lang, m = common["lang"], common["m"]
    written, intro = _split_front_matter(hand_written or "")
    intro = intro.strip("\n")
    body = render_template(
        "front.md.j2",
        path="index.md",
        front=front,
        intro=Markup(intro) if intro else None,  # the editor's Markdown, as MkDocs takes it
        own_title=intro_heading(intro),
        reading=reading,
        **common,
    )
    head = format_front_matter({**page_meta(m("home.title"), description), **written})
    return head + format_comment(lang) + "\n" + body


def default_page(name: str, lang: str) -> str:
    """The text of a page Linimasa writes when the editor has not (methodology.md)."""
    stem, _, suffix = name.rpartition(".")
    return (files("generator.publish") / "pages" / f"{stem}.{lang}.{suffix}").read_text("utf-8")


def format_methodology(
    hand_written: str | None,
    accuracy: Mapping[str, Any] | None,
    common: Mapping[str, Any],
    description: str = "",
) -> str:
    """The methodology page (the editor's, else Linimasa's) with the accuracy of this build."""
    lang, m = common["lang"], common["m"]
    labels = m.lookup("methodology.metrics")
    rows = [
        (str(labels[name]), _format_measure(_measure(accuracy, name), lang, m))
        for name in ACCURACY_METRICS
    ]
    table = render_template(
        "accuracy.md.j2",
        path="methodology.md",
        rows=rows,
        measured=accuracy is not None,
        benchmark=_benchmark(benchmark_figures(), lang, m),
        **common,
    )
    text = hand_written if hand_written is not None else default_page("methodology.md", lang)
    meta = page_meta(m("methodology.title"), description)
    return _compose(text, ACCURACY_MARKER, table, lang, meta)


def benchmark_figures() -> Mapping[str, Any]:
    """This version's figures on the story benchmark (written by tools/benchmark_figures.py)."""
    data = json.loads((files("generator.publish") / "benchmark.json").read_text("utf-8"))
    return data if isinstance(data, Mapping) else {}


def _benchmark(figures: Mapping[str, Any], lang: str, m: Messages) -> dict[str, Any] | None:
    """The story benchmark's table: a column per role (development, test), a row per figure."""
    roles = [r for r in ("development", "test") if isinstance(figures.get(r), Mapping)]
    if not roles:
        return None
    heads = [
        m(
            f"methodology.benchmark_{role}",
            stories=m.plural("methodology.benchmark_stories", int(figures[role]["sets"])),
            articles=m.plural("methodology.benchmark_articles", int(figures[role]["articles"])),
        )
        for role in roles
    ]
    labels = m.lookup("methodology.benchmark_metrics")
    rows = [
        (str(labels[name]), [_format_measure(figures[r].get(name), lang, m) for r in roles])
        for name in labels
    ]
    return {"heads": heads, "rows": rows}


def _measure(report: Mapping[str, Any] | None, dotted: str) -> Any:
    """The value at a dotted path of the report, None when it is not there."""
    node: Any = report
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def _format_measure(value: Any, lang: str, m: Messages) -> str:
    """A fraction as a percentage, None as "not measured", anything else as given."""
    if value is None:
        return m("methodology.not_measured")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return format_percent(value, format="#,##0.0%", locale=lang)
    return str(value)
