"""The pipeline gives the same corpus serially, in parallel, from the cache, in any order."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.cache import Cache
from generator.pipeline import extract
from generator.publish import serialize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough articles to start worker processes: the seeds under several names."""
    folder = tmp_path_factory.mktemp("corpus")
    seeds = sorted(SEEDS.glob("*.txt"))
    for copy in range(pipeline.PARALLEL_MIN // len(seeds) + 1):
        for seed in seeds:
            shutil.copy(seed, folder / f"c{copy}_{seed.name}")
    return folder


def as_json(folder: Path, **options: object) -> str:
    return serialize.dumps(serialize.corpus_to_dict(extract([folder], **options)))  # type: ignore[arg-type]


def test_parallel_equals_serial(corpus_dir: Path) -> None:
    assert as_json(corpus_dir, jobs=1) == as_json(corpus_dir, jobs=2)


def test_this_process_and_a_worker_share_the_analysis(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With two processes, this one analyses some articles itself and decodes what the
    worker sent back for the others; each article once, the corpus as a serial run's."""
    counts = {"here": 0, "worker": 0}
    analysed_here, unshipped = pipeline._read_analysed, pipeline._unshipped

    def here(*args: Any) -> pipeline.Analysed:
        counts["here"] += 1
        return analysed_here(*args)

    def from_worker(*args: Any) -> pipeline.Analysed:
        counts["worker"] += 1
        return unshipped(*args)

    monkeypatch.setattr(pipeline, "_read_analysed", here)
    monkeypatch.setattr(pipeline, "_unshipped", from_worker)
    parallel = as_json(corpus_dir, jobs=2)
    assert counts["here"] > 0
    assert counts["worker"] > 0
    assert counts["here"] + counts["worker"] == len(list(corpus_dir.iterdir()))
    monkeypatch.undo()
    assert parallel == as_json(corpus_dir, jobs=1)


def test_cache_equals_fresh_and_is_used(corpus_dir: Path, tmp_path: Path) -> None:
    fresh = as_json(corpus_dir, jobs=1)
    cache = Cache(tmp_path / "cache")
    assert as_json(corpus_dir, jobs=1, cache=cache) == fresh
    assert cache.hits == 0
    warm = Cache(tmp_path / "cache")
    assert as_json(corpus_dir, jobs=1, cache=warm) == fresh
    assert warm.misses == 0
    assert warm.hits == len(list(corpus_dir.iterdir()))


def test_damaged_cache_entries_are_recomputed(corpus_dir: Path, tmp_path: Path) -> None:
    fresh = as_json(corpus_dir, jobs=1)
    as_json(corpus_dir, jobs=1, cache=Cache(tmp_path / "cache"))
    packs = list((tmp_path / "cache").rglob("*.jsonl"))
    assert packs
    for pack in packs:  # every entry cut short, and a line that is not an entry at all
        lines = pack.read_text("utf-8").split("\n")
        cut = [f"{line[: len(line) // 2]}" for line in lines if line]
        pack.write_text("\n".join([*cut, "no tab here"]) + "\n", "utf-8")
    again = Cache(tmp_path / "cache")
    assert as_json(corpus_dir, jobs=1, cache=again) == fresh
    assert again.hits == 0


def test_edited_article_misses_only_itself(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus_dir, folder)
    as_json(folder, jobs=1, cache=Cache(tmp_path / "cache"))
    edited = sorted(folder.iterdir())[0]
    edited.write_text(edited.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    warm = Cache(tmp_path / "cache")
    as_json(folder, jobs=1, cache=warm)
    assert warm.misses == 1


def test_file_order_does_not_matter(corpus_dir: Path) -> None:
    files = sorted(corpus_dir.iterdir())
    forward = serialize.corpus_to_dict(extract(files, jobs=1))
    backward = serialize.corpus_to_dict(extract(list(reversed(files)), jobs=1))
    assert serialize.dumps(forward) == serialize.dumps(backward)


@pytest.fixture(scope="module")
def awkward_dir(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus plus files whose problems loading reports: empty, binary, an id clash, a
    language it cannot tell, bad metadata."""
    folder = tmp_path_factory.mktemp("awkward")
    for path in corpus_dir.iterdir():
        shutil.copy(path, folder / path.name)
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    first = sorted(corpus_dir.iterdir())[0]
    shutil.copy(first, folder / first.name.upper())  # same id but for case: a clash
    (folder / "xx_lang.txt").write_text("Lorem ipsum dolor sit amet 12 Maret 2021.\n", "utf-8")
    (folder / "meta.md").write_text("---\npublished: kemarin\n---\nIsi berita.\n", "utf-8")
    return folder


def test_workers_read_files_as_serial_loading_does(awkward_dir: Path, tmp_path: Path) -> None:
    serial = extract([awkward_dir, tmp_path / "missing"], jobs=1)
    parallel = extract([awkward_dir, tmp_path / "missing"], jobs=2)
    assert len(list(awkward_dir.iterdir())) >= pipeline.PARALLEL_MIN  # workers did run
    assert len(serial.diagnostics) >= 6  # every kind of problem above was reported
    assert serial.diagnostics == parallel.diagnostics
    assert serialize.dumps(serialize.corpus_to_dict(serial)) == serialize.dumps(
        serialize.corpus_to_dict(parallel)
    )


def test_workers_use_and_fill_the_cache(corpus_dir: Path, tmp_path: Path) -> None:
    fresh = as_json(corpus_dir, jobs=1)
    cold = Cache(tmp_path / "cache")
    assert as_json(corpus_dir, jobs=2, cache=cold) == fresh
    count = len(list(corpus_dir.iterdir()))
    assert (cold.hits, cold.misses) == (0, count)
    warm = Cache(tmp_path / "cache")
    assert as_json(corpus_dir, jobs=2, cache=warm) == fresh
    assert (warm.hits, warm.misses) == (count, 0)


def test_a_warm_cache_reads_problem_files_as_a_cold_one(awkward_dir: Path, tmp_path: Path) -> None:
    fresh = extract([awkward_dir], jobs=1)
    extract([awkward_dir], jobs=2, cache=Cache(tmp_path / "cache"))
    warm = Cache(tmp_path / "cache")
    again = extract([awkward_dir], jobs=2, cache=warm)
    assert warm.hits == len(fresh.articles)  # what cannot be read is read (and reported) again
    assert again.diagnostics == fresh.diagnostics
    assert serialize.dumps(serialize.corpus_to_dict(again)) == serialize.dumps(
        serialize.corpus_to_dict(fresh)
    )


def test_editing_a_sidecar_misses_its_article(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(corpus_dir, folder)
    article = sorted(folder.iterdir())[0]
    as_json(folder, jobs=1, cache=Cache(tmp_path / "cache"))
    article.with_suffix(".yaml").write_text("outlet: Kantor Berita Contoh\n", "utf-8")
    warm = Cache(tmp_path / "cache")
    corpus = extract([folder], jobs=1, cache=warm)
    assert warm.misses == 1
    assert {d.article.outlet for d in corpus.articles} >= {"Kantor Berita Contoh"}
