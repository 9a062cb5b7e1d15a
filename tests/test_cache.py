"""The per-article cache: entries survive any text, packs stay few, stale entries go."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from generator import cache as cache_module
from generator.cache import Cache, Parts, decode, encode, file_key
from generator.core.model import Article, Dct, Mention, Metadata, Timex
from generator.pipeline import analyse
from generator.read.load import Raw, Reading, read_article, read_raw, restore_article

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def seed_entries() -> list[tuple[str, Article, Parts]]:
    out = []
    for i, path in enumerate(SEEDS):
        article = read_article(path)
        dated, mentions = analyse(article)
        out.append((f"{i:064x}", article, (dated.dct, dated.timexes, mentions)))
    return out


def packs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.jsonl"))


def test_entries_round_trip_any_text() -> None:
    for _, article, parts in seed_entries():
        assert decode(encode(article, parts)) == (Reading.of(article), parts)
    # Tabs, newlines, line and paragraph separators and a lone surrogate: none may break a
    # pack's one-entry-per-line layout or its encoding.
    odd = 'a\tb\nc\u2028d\u2029e\ud800f "g" \\h'
    timex = Timex(odd, 0, 3, "DATE", "2024-06-18", flags=("x", odd))
    other = Timex(odd, 4, 7, "DATE", "2024-06-19")  # a mention's expression not in the list
    mentions = (
        Mention(odd, timex, "2024-06-18", odd, 0, 9, "happened", actors=(odd,)),
        Mention(odd, other, "2024-06-19", odd, 0, 9, "claim"),
    )
    dct = Dct("2024-06-18", "metadata", odd)
    article = Article(odd, odd, odd, odd, "id", odd, odd, Metadata(title=odd), author=odd)
    body = encode(article, (dct, (timex,), mentions))
    assert "\n" not in body
    assert "\t" not in body
    assert body.isascii()
    assert decode(body) == (Reading.of(article), (dct, (timex,), mentions))


def test_a_cached_reading_restores_the_same_article(tmp_path: Path) -> None:
    front = tmp_path / "front.md"
    front.write_text("---\ntitle: Judul\n---\nBaca juga: lain\n\nIsi berita.\n", "utf-8")
    side = tmp_path / "side.txt"
    side.write_bytes("Berita \u00e9\u00e8 Jakarta.\n".encode("cp1252"))
    side.with_suffix(".yaml").write_text("outlet: Kantor\n", "utf-8")
    for path in (*SEEDS, front, side):
        raw = read_raw(path, path.name)
        article = read_article(path, path.name, raw)
        reading, _ = decode(encode(article, analyse_parts(article))) or (None, None)
        assert reading is not None
        assert restore_article(path, path.name, raw, reading) == article


def analyse_parts(article: Article) -> Parts:
    dated, mentions = analyse(article)
    return dated.dct, dated.timexes, mentions


def test_the_key_covers_what_reading_reads(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Berita 18 Juni 2024.\n", "utf-8")
    keys = {
        file_key(path, "a.txt", read_raw(path, "a.txt")),
        file_key(path, "b.txt", read_raw(path, "a.txt")),
    }
    path.write_text("Berita 19 Juni 2024.\n", "utf-8")
    keys.add(file_key(path, "a.txt", read_raw(path, "a.txt")))
    path.with_suffix(".yaml").write_text("published: 2024-06-19\n", "utf-8")
    keys.add(file_key(path, "a.txt", read_raw(path, "a.txt")))
    renamed = tmp_path / "c.txt"  # its name is its id
    shutil.copy2(path, renamed)
    keys.add(file_key(renamed, "a.txt", read_raw(renamed, "a.txt")))
    assert len(keys) == 5
    # The folder it is in is not read: a project moved elsewhere keeps its cache.
    moved = tmp_path / "sub" / "a.txt"
    moved.parent.mkdir()
    shutil.copy2(path, moved)
    shutil.copy2(path.with_suffix(".yaml"), moved.with_suffix(".yaml"))
    assert file_key(moved, "a.txt", read_raw(moved, "a.txt")) == file_key(
        path, "a.txt", read_raw(path, "a.txt")
    )
    # Unless that is how it is shown (no project root): its messages name the full path.
    assert file_key(moved, None, read_raw(moved, "a.txt")) != file_key(
        path, None, read_raw(path, "a.txt")
    )


def test_damaged_entries_are_misses() -> None:
    _, article, parts = seed_entries()[0]
    good = encode(article, parts)
    assert decode(good) is not None
    damaged = ("", "{not json", "[1,2]", "[[1],[],[]]", "[[], [[1]], []]", good[: len(good) // 2])
    for body in damaged:
        assert decode(body) is None
    # A mention pointing at an expression the entry does not have.
    data = json.loads(good)
    assert isinstance(data[3][0][cache_module._WHEN], int)
    for wrong in (len(parts[1]), -1, True, "0"):
        data[3][0][cache_module._WHEN] = wrong
        assert decode(json.dumps(data)) is None


def test_a_build_writes_one_pack_and_the_next_reads_it(tmp_path: Path) -> None:
    entries = seed_entries()
    cold = Cache(tmp_path)
    for key, article, parts in entries:
        assert cold.get(key) is None
        cold.put(key, encode(article, parts))
    cold.save()
    assert len(packs(tmp_path)) == 1
    warm = Cache(tmp_path)
    for key, article, parts in entries:
        assert warm.get(key) == (Reading.of(article), parts)
    assert (warm.hits, warm.misses) == (len(entries), 0)
    warm.save()
    assert len(packs(tmp_path)) == 1, "a build that computed nothing writes nothing"


def test_stale_entries_are_dropped_when_they_outnumber_live_ones(tmp_path: Path) -> None:
    entries = seed_entries()
    first = Cache(tmp_path)
    for key, article, parts in entries:
        first.put(key, encode(article, parts))
    first.save()
    # The corpus shrank to one article: the other entries can never be hit again.
    second = Cache(tmp_path)
    assert second.get(entries[0][0]) is not None
    second.save()
    assert len(packs(tmp_path)) == 1
    assert list(Cache(tmp_path).entries()) == [entries[0][0]]


def test_many_packs_are_merged_into_one(tmp_path: Path) -> None:
    _, article, parts = seed_entries()[0]
    names = [f"{i:064x}" for i in range(cache_module.MAX_PACKS + 1)]
    for i, name in enumerate(names):  # one new article per build, every earlier one kept
        build = Cache(tmp_path)
        for earlier in names[:i]:
            assert build.get(earlier) is not None
        build.put(name, encode(article, parts))
        build.save()
        assert len(packs(tmp_path)) <= cache_module.MAX_PACKS
    assert sorted(Cache(tmp_path).entries()) == names


def test_packs_of_other_code_versions_are_deleted(tmp_path: Path) -> None:
    old = tmp_path / "articles" / "0123456789abcdef"
    old.mkdir(parents=True)
    (old / "pack.jsonl").write_text("k\t[]\n", "utf-8")
    key, article, parts = seed_entries()[0]
    build = Cache(tmp_path)
    build.put(key, encode(article, parts))
    build.save()
    assert not old.exists()
    assert Cache(tmp_path).get(key) == (Reading.of(article), parts)


def test_without_a_folder_nothing_is_kept(tmp_path: Path) -> None:
    key, article, parts = seed_entries()[0]
    build = Cache(None)
    build.put(key, encode(article, parts))
    build.save()
    assert build.get(key) is None


def test_a_cache_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", "utf-8")
    key, article, parts = seed_entries()[0]
    build = Cache(blocker)
    build.put(key, encode(article, parts))
    build.save()  # no exception: the next build recomputes
    assert Cache(blocker).get(key) is None


def test_entries_of_the_first_layout_are_deleted(tmp_path: Path) -> None:
    legacy = tmp_path / "ab" / f"ab{'0' * 62}.json"
    legacy.parent.mkdir()
    legacy.write_text("{}", "utf-8")
    pages = tmp_path / "pages"  # the page cache shares the folder: it stays
    pages.mkdir()
    key, article, parts = seed_entries()[0]
    build = Cache(tmp_path)
    build.put(key, encode(article, parts))
    build.save()
    assert not legacy.parent.exists()
    assert pages.is_dir()


def test_an_unreadable_sidecar_is_not_a_missing_one(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    data = b"Berita 18 Juni 2024.\n"
    assert file_key(path, "a.txt", Raw(data)) != file_key(path, "a.txt", Raw(data, None, "denied"))
