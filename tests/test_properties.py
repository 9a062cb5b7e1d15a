"""Property tests (Hypothesis) on the core: time expressions, the merge, and loading.

Inputs are generated, not chosen: article text mixing random words, numbers, punctuation and
real Indonesian and English date phrases; mentions in random order; arbitrary bytes as files.
Example counts are bounded so the suite stays fast; the seed is derandomised so a failure
reproduces on every machine.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.core.model import Article, Dct, Mention, Metadata, Timex
from generator.dates import temporal
from generator.dates.recognise import recognise
from generator.events.mentions import find_mentions
from generator.events.merge import merge_mentions
from generator.events.sentences import MAX_SENTENCE
from generator.read import clean, yamlsafe
from generator.read.load import load_paths

SCHEMA = (
    Path(__file__).resolve().parent.parent
    / "generator"
    / "publish"
    / "schema"
    / "corpus.schema.json"
)
TIMEX_VALUE = re.compile(json.loads(SCHEMA.read_text("utf-8"))["$defs"]["timexValue"]["pattern"])

CORE = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Date phrases of both languages, of every construction the recogniser knows: explicit days,
# numeric dates, months, years, decades, relative days and units, parts of day, durations, sets.
PHRASES = (
    "Selasa (18/6/2024)",
    "Rabu, 19 Juni 2024",
    "pada 3 Maret 1998",
    "12-14 Agustus 2023",
    "awal Juli",
    "akhir tahun ini",
    "pekan lalu",
    "minggu depan",
    "kemarin",
    "besok pagi",
    "hari ini",
    "Kamis malam",
    "24 tahun lalu",
    "tiga bulan lalu",
    "dua pekan mendatang",
    "tahun 2000",
    "pada 1950-an",
    "era 1990-an",
    "abad ke-20",
    "sejak 2019",
    "selama tiga hari",
    "setiap tahun",
    "pukul 10.30 WIB",
    "Jumat (21/6) dini hari",
    "2024-06-18",
    "18/06/2024",
    "June 18, 2024",
    "on Tuesday",
    "18 June 2024",
    "last week",
    "next month",
    "two years ago",
    "earlier this year",
    "in the 1980s",
    "mid-July",
    "late 2023",
    "every Monday",
    "for three days",
    "yesterday morning",
    "Nomor 7 Tahun 2017",
    "UU No. 1/2023",
)

WORDS = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "Nd", "Zs")), min_size=1, max_size=12
)
NUMBERS = st.integers(min_value=-99999, max_value=99999).map(str)
PUNCTUATION = st.sampled_from(list(".,;:!?()[]/\\-–—'\"“”«»…\n\r\n\t*#<>{}%&"))
TOKENS = st.one_of(st.sampled_from(PHRASES), WORDS, NUMBERS, PUNCTUATION)
ARTICLE_TEXT = st.lists(TOKENS, min_size=0, max_size=60).map(" ".join)
DCTS = st.one_of(
    st.none(),
    st.dates(min_value=dt.date(1500, 1, 1), max_value=dt.date(2199, 12, 31)).map(
        lambda d: Dct(d.isoformat(), "metadata", "metadata", 1.0)
    ),
)


def make_article(text: str, language: str) -> Article:
    """An `Article` as `load` builds it, without the disk: furniture located and blanked."""
    furniture = clean.find_furniture(text)
    return Article(
        id="generated",
        file="generated.txt",
        text=text,
        clean=clean.blank(text, furniture),
        language=language,
        title="",
        outlet="",
        metadata=Metadata(),
        furniture=furniture,
    )


def assert_valid_timexes(article: Article, timexes: tuple[Timex, ...]) -> None:
    for t in timexes:
        assert 0 <= t.start < t.end <= len(article.text), t
        assert article.text[t.start : t.end] == t.text, t
        assert TIMEX_VALUE.fullmatch(t.value), f"{t.value!r} is not a TIMEX3 value ({t.text!r})"
        assert t.value or "unresolved" in t.flags, t


@CORE
@given(text=ARTICLE_TEXT, page=st.booleans())
def test_recognise_never_raises_and_spans_do_not_overlap(text: str, page: bool) -> None:
    found = recognise(text, page=page)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start, (a, b)
    for c in found:
        assert 0 <= c.start < c.end <= len(text)


@CORE
@given(text=ARTICLE_TEXT, language=st.sampled_from(["id", "en", "und"]), dct=DCTS)
def test_date_article_gives_valid_values_that_slice_their_text(
    text: str, language: str, dct: Dct | None
) -> None:
    article = make_article(text, language)
    dated = temporal.date_article(article, dct)
    assert_valid_timexes(article, dated.timexes)
    if dated.dct.value is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", dated.dct.value), dated.dct


@CORE
@given(text=st.text(max_size=400), language=st.sampled_from(["id", "en"]))
def test_date_article_survives_any_unicode(text: str, language: str) -> None:
    article = make_article(text, language)
    assert_valid_timexes(article, temporal.date_article(article).timexes)


# ---- long lines ------------------------------------------------------------------------------

# Tokens of one line: no line breaks, so the whole text is one line (or one unbroken sentence).
LINE_TOKENS = st.one_of(
    st.sampled_from(PHRASES),
    WORDS.filter(lambda w: not any(ch in w for ch in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")),
    NUMBERS,
    st.sampled_from(list(".,;:()-–'\"“”")),
)


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    unit=st.lists(LINE_TOKENS, min_size=1, max_size=40).map(" ".join),
    size=st.integers(min_value=16_000, max_value=160_000),
    language=st.sampled_from(["id", "en"]),
    dct=DCTS,
)
def test_a_long_line_is_dated_in_full_and_its_events_slice_their_text(
    unit: str, size: int, language: str, dct: Dct | None
) -> None:
    # One line of up to 160 KB, a random unit of words, numbers and date phrases repeated: the
    # stages must read it whole (a quadratic step took over a minute at 64 KB: see
    # benchmarks/long_lines.py for how the time grows) and keep every offset exact.
    text = "Judul\n\n" + (unit + " ") * (size // (len(unit) + 1) + 1)
    article = make_article(text, language)
    dated = temporal.date_article(article, dct)
    assert_valid_timexes(article, dated.timexes)
    for m in find_mentions(dated):
        assert article.text[m.start : m.end] == m.sentence
        assert m.start <= m.timex.start < m.timex.end <= m.end
        assert len(m.sentence) <= MAX_SENTENCE


# ---- the merge -------------------------------------------------------------------------------

DATES = st.sampled_from(
    ["2024-06-18", "2024-06-19", "2024-06", "2024", "2024-W25", "PAST_REF", "2023-12-31", "199X"]
)
SENTENCES = st.sampled_from(
    [
        "Presiden tiba di ibu kota pada Selasa untuk kunjungan kenegaraan.",
        "Presiden tiba di ibu kota untuk kunjungan dua hari.",
        "Kedua pemimpin menandatangani perjanjian kerja sama pertahanan.",
        "The two leaders signed a defence agreement on Wednesday.",
        "The president arrived in the capital for a state visit.",
        "Banjir merendam ratusan rumah warga di tepi sungai.",
        "",
    ]
)
OUTLETS = st.sampled_from(["Warta Satu", "Kabar Dua", "Daily Three", ""])


@st.composite
def mentions(draw: st.DrawFn) -> Mention:
    sentence = draw(st.one_of(SENTENCES, st.text(max_size=80)))
    date = draw(DATES)
    start = draw(st.integers(min_value=0, max_value=500))
    timex_text = draw(st.sampled_from(["Selasa", "kemarin", "on Wednesday", "2024", "x"]))
    at = draw(st.integers(min_value=0, max_value=max(0, len(sentence))))
    return Mention(
        article=draw(st.sampled_from(["a1", "a2", "b1", "c-3"])),
        timex=Timex(timex_text, start + at, start + at + len(timex_text), "date", date),
        date=date,
        sentence=sentence,
        start=start,
        end=start + len(sentence),
        status=draw(st.sampled_from(["happened", "planned", "claim"])),
        actors=tuple(
            draw(st.lists(st.sampled_from(["Putin", "Kim Jong Un", "Jokowi"]), max_size=2))
        ),
        title=draw(st.sampled_from(["", "Presiden tiba", "Leaders sign deal"])),
        language=draw(st.sampled_from(["id", "en"])),
        outlet=draw(OUTLETS),
    )


@CORE
@given(
    # One mention per date expression, as `events` reports them.
    found=st.lists(mentions(), max_size=25, unique_by=lambda m: (m.article, m.timex.start)),
    data=st.data(),
)
def test_merge_is_independent_of_mention_order(found: list[Mention], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(found))
    first = merge_mentions(found)
    assert merge_mentions(shuffled) == first
    assert merge_mentions(list(reversed(found))) == first
    cited = sorted((s.article, s.start, s.timex_start) for e in first for s in e.sources)
    assert cited == sorted(set(cited)), "a mention is cited at most once"
    assert len({e.id for e in first}) == len(first), "event ids are unique"


# ---- loading ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    data=st.binary(max_size=2000),
    sidecar=st.one_of(st.none(), st.binary(max_size=300), st.text(max_size=300).map(str.encode)),
    suffix=st.sampled_from([".txt", ".md"]),
)
def test_load_turns_any_bytes_into_an_article_or_a_named_problem(
    data: bytes, sidecar: bytes | None, suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / f"input{suffix}").write_bytes(data)
        if sidecar is not None:
            (root / "input.yaml").write_bytes(sidecar)
        loaded = load_paths([root], relative_to=root)
    errors = [d for d in loaded.diagnostics if d.level == "error"]
    assert len(loaded.articles) + len(errors) == 1, loaded
    for d in loaded.diagnostics:
        assert d.file in (f"input{suffix}", "input.yaml"), d
        assert "\n" not in d.message, d
    for article in loaded.articles:
        assert len(article.clean) == len(article.text)
        for f in article.furniture:
            assert 0 <= f.start <= f.end <= len(article.text)


# A YAML-ish alphabet: indicators, quotes, escapes, anchors, aliases, tags, dates and numbers.
YAML_TEXT = st.lists(
    st.one_of(
        st.sampled_from([*":-?,[]{}&*!|>'\"%@`#\n ", "  ", "\\u", "\\x", "!!", "<<", "---", "..."]),
        st.sampled_from(["2024-02-30", "2024-13-01", "2024-06-18", "1" * 5000, "0o17", "1e999"]),
        st.sampled_from(["a", "title", "yes", "null", "~", ".inf", "!!python/object:os.system"]),
        st.text(max_size=4),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text=YAML_TEXT)
def test_restricted_yaml_gives_plain_data_or_one_problem_with_a_line(text: str) -> None:
    problem: yamlsafe.YamlProblem | None = None
    try:
        value = yamlsafe.load(text, max_nodes=200)
    except yamlsafe.YamlProblem as err:
        problem, value = err, None
    if problem is None:
        assert _plain(value), value
        return
    assert problem.message
    assert "\n" not in problem.message
    assert problem.line is None or 1 <= problem.line <= text.count("\n") + 2


def _plain(value: object) -> bool:
    """Only what a Linimasa file may hold: text, numbers, booleans, dates, lists and mappings
    keyed by plain values."""
    if isinstance(value, list):
        return all(map(_plain, value))
    if isinstance(value, dict):
        return all(not isinstance(k, list | dict) and _plain(v) for k, v in value.items())
    return value is None or isinstance(value, str | int | float | bool | dt.date)
