"""The per-article cache: entries survive any text, packs stay few, stale entries go."""

from __future__ import annotations

from pathlib import Path

from generator import cache as cache_module
from generator.cache import Cache, decode, encode
from generator.load import read_or_diagnose
from generator.model import Article, Dct, Mention, Timex
from generator.pipeline import analyse

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def seed_entries() -> list[tuple[str, Dct, tuple[Timex, ...], tuple[Mention, ...]]]:
    out = []
    for i, path in enumerate(SEEDS):
        article = read_or_diagnose(path, None)
        assert isinstance(article, Article)
        dated, mentions = analyse(article)
        out.append((f"{i:064x}", dated.dct, dated.timexes, mentions))
    return out


def packs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.jsonl"))


def test_entries_round_trip_any_text() -> None:
    for _, dct, timexes, mentions in seed_entries():
        assert decode(encode(dct, timexes, mentions)) == (dct, timexes, mentions)
    # Tabs, newlines, line and paragraph separators and a lone surrogate: none may break a
    # pack's one-entry-per-line layout or its encoding.
    odd = 'a\tb\nc\u2028d\u2029e\ud800f "g" \\h'
    timex = Timex(odd, 0, 3, "DATE", "2024-06-18", flags=("x", odd))
    mention = Mention(odd, timex, "2024-06-18", odd, 0, 9, "happened", actors=(odd,))
    dct = Dct("2024-06-18", "metadata", odd)
    body = encode(dct, (timex,), (mention,))
    assert "\n" not in body
    assert "\t" not in body
    assert body.isascii()
    assert decode(body) == (dct, (timex,), (mention,))


def test_damaged_entries_are_misses(tmp_path: Path) -> None:
    for body in ("", "{not json", "[1,2]", "[[1],[],[]]", "[[], [[1]], []]"):
        assert decode(body) is None


def test_a_build_writes_one_pack_and_the_next_reads_it(tmp_path: Path) -> None:
    entries = seed_entries()
    cold = Cache(tmp_path)
    for key, *parts in entries:
        assert cold.get(key) is None
        cold.put(key, *parts)
    cold.save()
    assert len(packs(tmp_path)) == 1
    warm = Cache(tmp_path)
    for key, *parts in entries:
        assert warm.get(key) == tuple(parts)
    assert (warm.hits, warm.misses) == (len(entries), 0)
    warm.save()
    assert len(packs(tmp_path)) == 1, "a build that computed nothing writes nothing"


def test_stale_entries_are_dropped_when_they_outnumber_live_ones(tmp_path: Path) -> None:
    entries = seed_entries()
    first = Cache(tmp_path)
    for key, *parts in entries:
        first.put(key, *parts)
    first.save()
    # The corpus shrank to one article: the other entries can never be hit again.
    second = Cache(tmp_path)
    assert second.get(entries[0][0]) is not None
    second.save()
    assert len(packs(tmp_path)) == 1
    assert list(Cache(tmp_path).entries()) == [entries[0][0]]


def test_many_packs_are_merged_into_one(tmp_path: Path) -> None:
    _, *parts = seed_entries()[0]
    names = [f"{i:064x}" for i in range(cache_module.MAX_PACKS + 1)]
    for i, name in enumerate(names):  # one new article per build, every earlier one kept
        build = Cache(tmp_path)
        for earlier in names[:i]:
            assert build.get(earlier) is not None
        build.put(name, *parts)
        build.save()
        assert len(packs(tmp_path)) <= cache_module.MAX_PACKS
    assert sorted(Cache(tmp_path).entries()) == names


def test_packs_of_other_code_versions_are_deleted(tmp_path: Path) -> None:
    old = tmp_path / "articles" / "0123456789abcdef"
    old.mkdir(parents=True)
    (old / "pack.jsonl").write_text("k\t[]\n", "utf-8")
    key, *parts = seed_entries()[0]
    build = Cache(tmp_path)
    build.put(key, *parts)
    build.save()
    assert not old.exists()
    assert Cache(tmp_path).get(key) == tuple(parts)


def test_without_a_folder_nothing_is_kept(tmp_path: Path) -> None:
    key, *parts = seed_entries()[0]
    build = Cache(None)
    build.put(key, *parts)
    build.save()
    assert build.get(key) is None


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    key, *parts = seed_entries()[0]
    build = Cache(blocker)
    build.put(key, *parts)
    build.save()  # no exception: the next build recomputes
    assert Cache(blocker).get(key) is None


def test_entries_of_the_first_layout_are_deleted(tmp_path: Path) -> None:
    legacy = tmp_path / "ab" / f"ab{'0' * 62}.json"
    legacy.parent.mkdir()
    legacy.write_text("{}", "utf-8")
    pages = tmp_path / "pages"  # the page cache shares the folder: it stays
    pages.mkdir()
    key, *parts = seed_entries()[0]
    build = Cache(tmp_path)
    build.put(key, *parts)
    build.save()
    assert not legacy.parent.exists()
    assert pages.is_dir()
