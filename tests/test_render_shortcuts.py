"""Speed shortcuts in rendering lose nothing: each gives what the plain way gives.

Each shortcut is compared with what it replaces on many generated inputs (a fixed seed, so a
failure repeats), built from pieces chosen to reach the edges the shortcut must respect."""

from __future__ import annotations

import json
import posixpath
import random
from typing import Any

import pytest
import yaml
from jinja2 import meta
from markupsafe import Markup

from generator.core.model import Corpus, Diagnostic
from generator.publish import formats, links, render, serialize
from generator.publish.pagecache import Fragments

SEED = 20240601
ROUNDS = 4000

# ---- front matter: `_plain_scalar` and `format_front_matter` against PyYAML's emitter ------

# Values YAML 1.1 (PyYAML) reads as something other than a string, or writes quoted, or that
# sit right at the edges of `_PLAIN_SCALAR`.
YAML_EDGES = [
    *("yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"),
    *("y", "Y", "n", "N", "true", "True", "TRUE", "false", "False", "FALSE"),
    *("~", "null", "Null", "NULL", "", " ", ".inf", ".Inf", "-.inf", ".nan", ".NaN"),
    *("12:30", "1:20:30", "190:20:30.15", "-12:30", "1_000", "1_000.5", "0x1F", "0o17", "017"),
    *("0b101", "1e3", "1.5e-3", "3.14", "+1", "-1", "0", "00", "1,000", "6.8523015e+5"),
    *("2024-01-01", "2024-1-1", "2024-01-01T10:00:00", "2024-01-01 10:00:00.5 +07:00"),
    *(" leading", "trailing ", "two  spaces", "a: b", "a:b", "a :b", "key:", "a #b", "a#b"),
    *("#a", "a #", "- a", "-a", "a-", "? a", "?a", "a?", ": a", "!a", "&a", "*a", "%a", "@a"),
    *("`a", "|a", ">a", "'a'", '"a"', "{a}", "[a]", "a, b", "a,b", "<<", "=", "a=b", "a\tb"),
    *("a\nb", "a\rb", "a\u0085b", "a\u2028b", "\ufeffa", "a\x00b", "a\x7fb", "a\u200bb"),
    *("Berita Hari Ini", "Jakarta: 12 orang", "Banjir di Tepian (lagi)", "Rp 1.000.000"),
    *("Ünïcödé", "İstanbul", "ışık", "Ελληνικά", "Русский", "日本語", "한국어", "ﬁ ligature"),
    *("a – b", "a — b", "a…", "–a", "—a", "a - b", "a -- b", "100%", "50/50", "a+b", "$5"),
    *("a & b", "a.", "a!", "a;", "a(b)", "x" * 999, "x" * 1000, "a " * 400 + "b"),
]
# Pieces the random titles are glued from: words, YAML-typed values, indicators, odd spaces.
YAML_PIECES = [
    *YAML_EDGES,
    *("Bridge", "jembatan", "2023", "14", "Agustus", "a", "Z", "9"),
    *(" ", " ", "  ", ":", ": ", " :", "#", " #", "-", "- ", "?", ",", "'", '"', "\\"),
    *("&", "*", "!", "|", ">", "%", "@", "`", "{", "}", "[", "]", "(", ")", ".", "…", "_"),
    *("\u2013", "\u2014", "\u00a0", "\t", "\u3000", "é", "ß", "Ω", "٣", "²", "½", "\u0301"),
]


def _titles() -> list[str]:
    rng = random.Random(SEED)
    made = [
        "".join(rng.choice(YAML_PIECES) for _ in range(rng.randint(1, 5))) for _ in range(ROUNDS)
    ]
    return [*YAML_EDGES, *made]


TITLES = _titles()


def _emitted(data: dict[str, Any]) -> str:
    """What `format_front_matter` would write without its shortcut."""
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=10**6)
    return f"---\n{dumped}---\n"


def test_the_generated_titles_reach_both_ways() -> None:
    plain = sum(1 for t in TITLES if formats._plain_scalar(t))
    assert 0.1 * len(TITLES) < plain < 0.9 * len(TITLES)


@pytest.mark.parametrize("title", YAML_EDGES)
def test_front_matter_of_yaml_edge_cases_is_what_pyyaml_writes(title: str) -> None:
    meta = {"title": title}
    expected = _emitted({**meta, "generated_by": formats.GENERATED_BY})
    assert formats.format_front_matter(meta) == expected


def test_a_plain_scalar_is_one_pyyaml_writes_plain() -> None:
    for title in TITLES:
        if formats._plain_scalar(title):
            assert yaml.safe_dump({"t": title}, allow_unicode=True, width=10**6) == (
                f"t: {title}\n"
            ), title


def test_descriptions_take_the_shortcut() -> None:
    # A page's description is "date: text" or "outlet, date: title": single-quoted, without
    # the emitter.
    for text in ("Senin malam, 6 Maret 2023: Tanggul jebol.", "Kabar, 6 Maret: “Judul” (lagi)"):
        assert formats._quick_scalar(text) == f"'{text}'"


def test_front_matter_is_what_pyyaml_writes() -> None:
    for title in TITLES:
        meta: dict[str, Any] = {"title": title}
        assert formats.format_front_matter(meta) == _emitted(
            {**meta, "generated_by": formats.GENERATED_BY}
        ), title
    for i, title in enumerate(TITLES):  # with a description, as every generated page has
        meta = {"title": title, "description": TITLES[(7 * i + 3) % len(TITLES)]}
        assert formats.format_front_matter(meta) == _emitted(
            {**meta, "generated_by": formats.GENERATED_BY}
        ), meta
    hidden = {"title": "Linimasa", "hide": ["toc"]}
    assert formats.format_front_matter(hidden) == _emitted(
        {**hidden, "generated_by": formats.GENERATED_BY}
    )


# ---- templates: `_render_flat` against Jinja's own render -------------------------------------

HOSTILE = [
    *("", " ", "<", ">", "&", '"', "'", "<>&\"'", "&amp;", "&lt;b&gt;", "<b>bold</b>"),
    *('" onmouseover="alert(1)', "' onfocus='x", "</mark><script>alert(1)</script>"),
    *("{{ x }}", "{% raw %}", "\\", "\n", "\r\n", "\t", "\x00", "\u2028", "é", "日本"),
    *("2023-08-14", "t-12", "DATE", "javascript:alert(1)", "a\u0301", "\U0001f600"),
]


def _flat_templates() -> list[str]:
    names = formats._ENV.list_templates()
    return [name for name in names if formats._flat_pieces(name) is not None]


def _values(rng: random.Random) -> object:
    roll = rng.random()
    if roll < 0.05:
        return None
    if roll < 0.1:
        return rng.randint(-5, 10**6)
    text = "".join(rng.choice(HOSTILE) for _ in range(rng.randint(0, 4)))
    return Markup(text) if roll < 0.15 else text  # markup is trusted: written as it is


def test_mark_is_rendered_the_short_way() -> None:
    assert "mark.html.j2" in _flat_templates()
    assert formats._flat_pieces("event.md.j2") is None  # tags and filters: Jinja's own render


@pytest.mark.parametrize("template", _flat_templates())
def test_flat_templates_render_what_jinja_renders(template: str) -> None:
    source = formats._ENV.loader.get_source(formats._ENV, template)[0]  # type: ignore[union-attr]
    names = sorted(meta.find_undeclared_variables(formats._ENV.parse(source)))
    assert names
    rng = random.Random(SEED)
    contexts = [dict.fromkeys(names, text) for text in HOSTILE]
    contexts += [{name: _values(rng) for name in names} for _ in range(ROUNDS)]
    compiled = formats._ENV.get_template(template)
    for context in contexts:
        assert formats._render_flat(template, **context) == compiled.render(**context), context


# ---- links: `_relpath` against posixpath.relpath ----------------------------------------------

PATH_PARTS = ["events", "sources", "data", "timeline", "a", "b", "index", "x.md", "..", ".", ""]


def _path(rng: random.Random) -> str:
    path = "/".join(rng.choice(PATH_PARTS) for _ in range(rng.randint(0, 4)))
    if rng.random() < 0.05:
        path = "/" + path
    return path + "/" if rng.random() < 0.1 else path


def _outcome(relpath: Any, path: str, start: str) -> str:
    try:
        return str(relpath(path, start))
    except ValueError as error:
        return f"ValueError: {error}"


def test_relpath_is_posixpaths() -> None:
    rng = random.Random(SEED)
    pairs = [(_path(rng), _path(rng)) for _ in range(ROUNDS * 5)]
    pairs += [("events/x", "."), (".", "events/x"), ("data/events.csv", "timeline")]
    short = 0
    for path, start in pairs:
        assert _outcome(links._relpath, path, start) == _outcome(posixpath.relpath, path, start), (
            path,
            start,
        )
        short += bool(path and start) and not path.startswith("/") and ".." not in path
    assert short > ROUNDS  # most pairs take the short way, not the fallback


# ---- JSON: `serialize._diagnostic` against the generic encoder ---------------------------------

DIAGNOSTIC_TEXT = [*HOSTILE, "warning", "error", "seeds/a.txt", "\\u003c", "\x1f"]


def _diagnostics() -> list[Diagnostic]:
    rng = random.Random(SEED)
    lines: list[Any] = [None, 0, 1, -3, 10**20, True, False, 2.5, "7"]

    def text() -> Any:
        if rng.random() < 0.03:
            return rng.choice([None, 3, ("a",)])  # wrong types: the generic encoder's job
        return "".join(rng.choice(DIAGNOSTIC_TEXT) for _ in range(rng.randint(0, 3)))

    return [
        Diagnostic(level=text(), file=text(), message=text(), line=rng.choice(lines))
        for _ in range(ROUNDS)
    ]


DIAGNOSTICS = _diagnostics()


def test_diagnostics_are_encoded_as_the_generic_encoder_does() -> None:
    for d in DIAGNOSTICS:
        data = serialize._diagnostic_dict(d)
        expected = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
        expected = expected.replace("\n", "\n  ")
        assert serialize._diagnostic(d) == serialize._encode(data, 2) == expected, d


def test_a_corpus_of_diagnostics_is_what_dumps_writes() -> None:
    corpus = Corpus(articles=(), events=(), diagnostics=tuple(DIAGNOSTICS))
    digests = render.index_site(corpus).digests
    assert serialize.corpus_json(corpus, Fragments(), digests) == serialize.dumps(
        serialize.corpus_to_dict(corpus)
    )
