"""Keys and fragments of incremental rendering (generator/publish/pagecache.py, render.py, exports.py,
serialize.py): equal keys mean equal pages, and output joined from reused fragments is the output
of a render from scratch, whatever changed in the corpus."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_fixture import hostile_corpus

from generator.core.model import Corpus, DatedArticle, Event
from generator.core.signing import Signer
from generator.publish import exports, pagecache, serialize
from generator.publish.formats import plain_loop
from generator.publish.pagecache import Fragments
from generator.publish.render import index_site, plan_site, render_site
from generator.publish.write import Lazy, write_tree

LANGS = ("id", "en")
PAGES = {"index.md": "# Intro\n", "methodology.md": "# How\n"}


def _event(corpus: Corpus, ident: str, **changes: object) -> Corpus:
    events = tuple(
        dataclasses.replace(e, **changes) if e.id == ident else e  # type: ignore[arg-type]
        for e in corpus.events
    )
    return dataclasses.replace(corpus, events=events)


def _article(corpus: Corpus, ident: str, **changes: object) -> Corpus:
    def changed(d: DatedArticle) -> DatedArticle:
        if d.article.id != ident:
            return d
        return dataclasses.replace(d, article=dataclasses.replace(d.article, **changes))  # type: ignore[arg-type]

    return dataclasses.replace(corpus, articles=tuple(changed(d) for d in corpus.articles))


def _without(corpus: Corpus, ident: str) -> Corpus:
    return dataclasses.replace(corpus, events=tuple(e for e in corpus.events if e.id != ident))


def _renamed(corpus: Corpus, old: str, new: str) -> Corpus:
    return _event(corpus, old, id=new)


def _appended(corpus: Corpus, ident: str) -> Corpus:
    def changed(d: DatedArticle) -> DatedArticle:
        if d.article.id != ident:
            return d
        text = d.article.text + "\n\nA paragraph added later.\n"
        clean = d.article.clean + "\n\nA paragraph added later.\n"
        return dataclasses.replace(
            d, article=dataclasses.replace(d.article, text=text, clean=clean)
        )

    return dataclasses.replace(corpus, articles=tuple(changed(d) for d in corpus.articles))


def _moved(event: Event) -> dict[str, object]:
    return {"date": "2031-01-05", "part": None}


CHANGES: dict[str, Callable[[Corpus], Corpus]] = {
    "event title": lambda c: _event(c, "bridge-reopens", title={"en": "Bridge opens again"}),
    "event date (moves on the timeline)": lambda c: _event(c, "mayor-visit", **_moved(c.events[1])),
    "event translated": lambda c: _event(
        c, "mayor-visit", title={"id": "Wali kota meninjau", "en": "Mayor visits"}
    ),
    "event becomes key": lambda c: _event(c, "old-flood", key=True),
    "event dropped": lambda c: _without(c, "old-flood"),
    "event renamed": lambda c: _renamed(c, "bridge-reopens", "bridge-opens"),
    "article headline": lambda c: _article(c, "bridge", title="The bridge is open"),
    "article outlet": lambda c: _article(c, "banjir 01", outlet="Another Outlet"),
    "article text grows": lambda c: _appended(c, "bridge"),
    "headline translation": lambda c: dataclasses.replace(
        c, titles={"banjir 01": {"en": "Tepian under water"}}
    ),
}


def _made(content: str | bytes | Lazy) -> str:
    made = content.make() if isinstance(content, Lazy) else content
    if isinstance(made, bytes):  # files joined from fragments come as UTF-8
        return made.decode("utf-8")
    assert isinstance(made, str)
    return made


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_reused_pages_and_fragments_equal_a_render_from_scratch(change: str, lang: str) -> None:
    before = hostile_corpus()
    after = CHANGES[change](before)
    fragments = Fragments()
    old = plan_site(before, lang, PAGES, fragments=fragments)
    old_pages = {path: _made(content) for path, content in old.items()}
    new = plan_site(after, lang, PAGES, fragments=fragments)
    fresh = render_site(after, lang, PAGES)

    assert {path: _made(content) for path, content in new.items()} == fresh
    changed_keys = 0
    for path, content in new.items():
        previous = old.get(path)
        if isinstance(content, Lazy) and isinstance(previous, Lazy):
            if content.key == previous.key:  # the writer would keep the old file: it must fit
                assert old_pages[path] == fresh[path], path
            else:
                changed_keys += 1
    assert changed_keys or set(new) != set(old) or fresh != old_pages
    assert fragments.reused > 0

    # The data files, under the keys a build uses: made for `before`, then joined for `after`
    # from what the change left valid.
    before_digests = index_site(before).digests
    exports.export_files(before, lang, fragments, before_digests)
    serialize.corpus_json(before, fragments, before_digests)
    reused = fragments.reused
    digests = index_site(after).digests
    assert exports.export_files(after, lang, fragments, digests) == exports.export_files(
        after, lang, Fragments(), digests
    )
    assert serialize.corpus_json(after, fragments, digests) == serialize.dumps(
        serialize.corpus_to_dict(after)
    )
    assert fragments.reused > reused, "parts of the data files were reused"


def test_an_unchanged_corpus_renders_no_page_and_no_fragment_again() -> None:
    corpus = hostile_corpus()
    fragments = Fragments()
    first = plan_site(corpus, "en", PAGES, fragments=fragments)
    made = fragments.made
    assert made > 0
    assert fragments.reused == 0
    second = plan_site(corpus, "en", PAGES, fragments=fragments)
    assert fragments.made == made, "every fragment was reused"
    keys = {p: c.key for p, c in first.items() if isinstance(c, Lazy)}
    assert keys
    assert keys == {p: c.key for p, c in second.items() if isinstance(c, Lazy)}
    assert {p: c for p, c in first.items() if isinstance(c, str | bytes)} == {
        p: c for p, c in second.items() if isinstance(c, str | bytes)
    }


def test_fragments_survive_between_builds_and_a_damaged_tail_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "fragments.txt"
    store = Fragments(path)
    texts = {"a1": "one\nline two\n", "b2": "", "c3": "ünïcödé\r\n\u2028 end"}
    for key, text in texts.items():
        assert store.text(key, lambda t=text: t) == text.encode()
    store.save()
    again = Fragments(path)
    assert {k: again.get(k) for k in texts} == {k: t.encode() for k, t in texts.items()}
    assert again.made == 0
    assert again.reused == 3
    again.put("d4", b"appended")
    again.save()
    with path.open("a", encoding="utf-8") as handle:
        handle.write("e5 100\ncut short")  # an append cut by a crash
    third = Fragments(path)
    assert third.get("d4") == b"appended"
    assert third.get("e5") is None
    assert third.get("a1") == texts["a1"].encode()
    third.save()  # a damaged file is rewritten whole, with what this build used
    fourth = Fragments(path)
    assert fourth.get("a1") == texts["a1"].encode()
    assert fourth.get("b2") is None


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"  # a file where the cache folder should be
    blocker.write_text("not a folder\n", "utf-8")
    store = Fragments(blocker / "pages" / "fragments.txt")
    store.put("a1", b"x")
    store.save()
    store.put("b2", b"y")
    store.save()
    assert store.get("a1") == b"x"  # this build still has what it made
    area = tmp_path / "area"
    report = write_tree(area, {"a.md": "text\n"}, blocker / "pages" / "written-en.json")
    assert report.written == ("a.md",)
    assert (area / "a.md").read_text("utf-8") == "text\n"
    assert blocker.read_text("utf-8") == "not a folder\n"


def test_a_foreign_file_is_no_cache(tmp_path: Path) -> None:
    path = tmp_path / "fragments.txt"
    path.write_text("something else entirely\n", "utf-8")
    store = Fragments(path)
    assert store.get("a1") is None
    store.put("a1", b"x")
    store.save()
    assert Fragments(path).get("a1") == b"x"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("{% if xs %}<ol>{% for x in xs %}<li>{{ x }}</li>{% endfor %}</ol>{% endif %}", True),
        ("{% for x in xs %}{{ x }}{% if not loop.last %}, {% endif %}{% endfor %}", False),
        ("{% for x in xs %}{{ x }}{% endfor %} ({{ xs | length }})", False),
        ("{% for x in xs | sort %}{{ x }}{% endfor %}", False),
        ("{% for x in xs %}{{ x }}{% endfor %}{% for x in xs %}{{ x }}{% endfor %}", False),
    ],
)
def test_only_loops_whose_items_stand_alone_are_cut_into_fragments(
    source: str, plain: bool
) -> None:
    assert plain_loop(source, "xs") is plain


# ---- JSON assembled from parts is the JSON of the whole -----------------------------------------

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_DATA = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=25,
)


def _reference(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028")):
        text = text.replace(raw, escaped)
    return text.replace("\u2029", "\\u2029") + "\n"


@settings(max_examples=300, deadline=None)
@given(_DATA)
def test_dumps_writes_what_json_writes(data: object) -> None:
    assert serialize.dumps(data) == _reference(data)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), st.lists(_DATA, max_size=4), max_size=4))
def test_objects_joined_from_encoded_parts_equal_the_whole(data: dict[str, list[object]]) -> None:
    members = {
        name: serialize.join_list([serialize.encode(item, 2) for item in items], 1)
        for name, items in data.items()
    }
    assert serialize.join_object(members, 0) + "\n" == _reference(data)


def test_the_log_is_compacted_when_stale_entries_reach_the_live_ones(tmp_path: Path) -> None:
    path = tmp_path / "fragments.txt"
    first = Fragments(path)
    for i in range(10):
        first.put(f"old{i}", b"text %d" % i)
    first.save()
    # An edit: most fragments reused, a few new ones appended (the old ones they replace stay).
    edit = Fragments(path)
    for i in range(8):
        assert edit.get(f"old{i}") == b"text %d" % i
    edit.put("new0", b"edited")
    edit.put("new1", b"edited too")
    edit.save()
    assert len(_entries(path)) == 12  # appended: 2 stale entries against 10 live ones
    # A change of code: every key is new, so the whole file would be stale: rewritten.
    code = Fragments(path)
    for i in range(10):
        code.put(f"gen2-{i}", b"text %d" % i)
    code.save()
    assert _entries(path) == {f"gen2-{i}": b"text %d" % i for i in range(10)}
    # Half stale is enough: the live half alone is kept.
    half = Fragments(path)
    for i in range(5):
        assert half.get(f"gen2-{i}") == b"text %d" % i
    half.save()
    assert _entries(path) == {f"gen2-{i}": b"text %d" % i for i in range(5)}


def _entries(path: Path) -> dict[str, bytes]:
    """Every entry of the log file, superseded ones included."""
    return pagecache._read_log(path, Signer.ephemeral())[0]
