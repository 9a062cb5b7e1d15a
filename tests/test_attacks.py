"""The guarantees under attack: each row of issue 22, tried as a contributor could in a pull
request, on a copy of the project built with the command line as a user runs it.

Every test asserts what the README promises: the build never stops with an internal error
(exit 3); a bad file is refused with exit 1 or 2 and one line naming it (and its line); the
rest of the site is published complete; and nothing from outside the project appears in
`site/` or `content/build/` (a canary string, in a file outside the project and in the build's
environment, is looked for in every file there; no link, no path out of the project).
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support import ROOT, copy_project, linimasa, made_up_articles, tree_bytes

from generator.read.load import article_id

pytestmark = pytest.mark.slow

CANARY = "LINIMASA-CANARY-" + secrets.token_hex(8)
# The ids of the seed articles: what every attacked build must still publish.
SEEDS = sorted(article_id(p) for p in (ROOT / "seeds").glob("*.txt"))
# Prose of our own, with dates, for the articles the tests add.
ID_TEXT = (
    "Jembatan Baru di Tepi Sungai Diresmikan\n\n"
    "Wali kota meresmikan jembatan baru yang menghubungkan dua desa pada Sabtu (9/3/2030), "
    "kata juru bicara pemerintah kota kepada wartawan.\n\n"
    "Pembangunan jembatan dimulai tiga tahun lalu dan sempat terhenti pada awal 2028.\n"
)


# ---- the project, the attack, and what must hold after it -----------------------------------


def setup(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the project, and a folder outside it holding a secret."""
    project = copy_project(tmp_path / "project")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"Rahasia {CANARY} pada 9 Maret 2030.\n", "utf-8")
    (outside / "secret.md").write_text(f"# Rahasia\n\n{CANARY}\n", "utf-8")
    return project, outside


def run(project: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command line on `project`, with the canary in its environment (/proc/self/environ)."""
    result = linimasa(project, *args, env={"LINIMASA_ATTACK_CANARY": CANARY, **env})
    assert_no_crash(result)
    return result


def assert_no_crash(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 3, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, result.stderr


def assert_refused(result: subprocess.CompletedProcess[str], *where: str) -> None:
    """Exit 1 or 2, and for each file (as "file" or "file:line") exactly one error naming it
    (what follows from its refusal, such as translations now missing, may add warnings)."""
    assert result.returncode in (1, 2), result.stderr
    lines = [line for line in result.stderr.splitlines() if not line.startswith("warning:")]
    for place in where:
        file = place.split(":")[0]
        naming = [line for line in lines if re.search(rf"(?:^|\s){re.escape(file)}[:\s]", line)]
        assert len(naming) == 1, (place, naming, result.stderr)
        assert f" {place}:" in naming[0] or f" {place} " in naming[0], (place, naming)


def assert_complete(project: Path, articles: list[str], site: str = "site") -> None:
    """Both languages built, with the home page, timeline, data and a page per article."""
    built = project / site
    assert (built / "index.html").is_file()
    assert (built / ".linimasa-site").is_file()
    for lang in ("id", "en"):
        for page in ("index.html", "timeline/index.html", "data/corpus.json", "404.html"):
            assert (built / lang / page).is_file(), (lang, page)
        for ident in articles:
            assert (built / lang / "sources" / ident / "index.html").is_file(), (lang, ident)
            assert (project / "content" / "build" / lang / "sources" / f"{ident}.md").is_file()


def assert_nothing_outside(project: Path, site: str = "site") -> None:
    """No link, nothing resolving out of the project, and no trace of the canary in what the
    generator wrote."""
    root = os.path.realpath(project)
    for area in (project / site, project / "content" / "build"):
        for folder, dirs, files in os.walk(area):
            for name in dirs + files:
                path = Path(folder, name)
                assert not path.is_symlink(), path
                assert os.path.realpath(path).startswith(root + os.sep), path
            for name in files:
                data = Path(folder, name).read_bytes()
                assert CANARY.encode() not in data, Path(folder, name)


def build_and_check(project: Path, articles: list[str] | None = None) -> None:
    """A clean build of `project` (after an attack was undone) publishes everything."""
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert_complete(project, articles or SEEDS)
    assert_nothing_outside(project)


# ---- 1: dates that are not in the calendar -------------------------------------------------


def test_1_impossible_dates_are_one_line_each_with_file_and_line(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    seeds = project / "seeds"
    (seeds / "tanggal.txt").write_text(ID_TEXT, "utf-8")
    (seeds / "tanggal.yaml").write_text("title: Judul\npublished: 2024-02-30\n", "utf-8")
    (seeds / "bulan.md").write_text(
        "---\ntitle: Judul\npublished: 2024-13-01\n---\n" + ID_TEXT, "utf-8"
    )
    editorial = project / "content" / "editorial.yaml"
    at = len(editorial.read_text("utf-8").splitlines()) + 2
    with editorial.open("a", encoding="utf-8") as handle:
        handle.write("  2030-03-09-jembatan-baru:\n    date: 2024-02-30\n")
    memory = project / "content" / "translations" / "en.yaml"
    mat = len(memory.read_text("utf-8").splitlines()) + 2
    with memory.open("a", encoding="utf-8") as handle:
        handle.write("  tanggal:\n    title: 2024-02-30\n")

    result = run(project, "build")
    assert_refused(
        result,
        "seeds/tanggal.yaml:2",
        "seeds/bulan.md:3",
        f"content/editorial.yaml:{at}",
        f"content/translations/en.yaml:{mat}",
    )
    assert "not a calendar date" in result.stderr
    assert_complete(project, SEEDS)
    assert_nothing_outside(project)


# ---- 2: an alias bomb -------------------------------------------------------------------------

BOMB = "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(12)
)


def bomb(key: str) -> str:
    """A "billion laughs": twelve lines of nine aliases each, 9^12 values when expanded."""
    return f"{key}: &a [lol, lol, lol]\n" + BOMB


def test_2_an_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    (project / "seeds" / "bom.txt").write_text(ID_TEXT, "utf-8")
    (project / "seeds" / "bom.yaml").write_text(bomb("title"), "utf-8")
    (project / "content" / "editorial.yaml").write_text(bomb("events"), "utf-8")
    (project / "content" / "translations" / "en.yaml").write_text(bomb("events"), "utf-8")
    (project / "content" / "pages" / "id" / "bom.md").write_text(
        "---\n" + bomb("title") + "---\n# Bom\n", "utf-8"
    )

    result = run(project, "build")
    assert_refused(
        result,
        "seeds/bom.yaml:2",
        "content/editorial.yaml:2",
        "content/translations/en.yaml:2",
        "content/pages/id/bom.md:3",
    )
    assert "aliases" in result.stderr
    assert_complete(project, SEEDS)
    assert not (project / "site" / "id" / "bom").exists()
    assert_nothing_outside(project)


# ---- 3: a file name of 255 bytes ---------------------------------------------------------------


def test_3_a_255_byte_file_name_is_published(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    name = "panjang-" + "x" * (255 - len("panjang-") - len(".txt")) + ".txt"
    assert len(name.encode()) == 255
    (project / "seeds" / name).write_text(ID_TEXT, "utf-8")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    ident = article_id(project / "seeds" / name)
    assert len(ident) <= 150
    assert_complete(project, [*SEEDS, ident])
    assert_nothing_outside(project)


# ---- 4 and 11: two builds at once --------------------------------------------------------------


def big_project(tmp_path: Path, count: int = 40) -> Path:
    """The project with `count` more articles: a build takes seconds, so two of them overlap."""
    project, _ = setup(tmp_path)
    for name, text in made_up_articles(count).items():
        (project / "seeds" / name).write_text(text, "utf-8")
    return project


def start(project: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "-C", str(project), *args],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LINIMASA_ATTACK_CANARY": CANARY, **env},
    )


def holds_lock(project: Path, process: subprocess.Popen[str]) -> bool:
    lock = project / ".linimasa.lock"
    return lock.is_file() and lock.read_text("utf-8").strip() == str(process.pid)


def overlapping(project: Path, *args: str, **env: str) -> list[subprocess.CompletedProcess[str]]:
    """Run two commands at once: the second starts while the first holds the project."""
    first = start(project, *args, **env)
    deadline = time.monotonic() + 120
    while not holds_lock(project, first) and first.poll() is None:
        assert time.monotonic() < deadline, "the first command never took the project"
        time.sleep(0.01)
    assert first.poll() is None, "the first command ended before the second could start"
    second = start(project, *args, **env)
    done = []
    for process in (first, second):
        out, err = process.communicate(timeout=600)
        result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        assert_no_crash(result)
        done.append(result)
    return done


def test_4_two_builds_at_once_each_publish_the_whole_site(tmp_path: Path) -> None:
    project = big_project(tmp_path)
    first, second = overlapping(project, "build", LINIMASA_NO_CACHE="1")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "another build is running" in second.stderr, "the second build waited its turn"
    ids = sorted([*SEEDS, *(n.removesuffix(".txt") for n in made_up_articles(40))])
    assert_complete(project, ids)
    assert_nothing_outside(project)
    assert len(list((project / "site" / "id" / "sources").glob("*/index.html"))) == len(ids)
    assert not list(project.glob(".site-*")), "no staging folder is left"


def test_11_two_generates_at_once_leave_the_whole_area(tmp_path: Path) -> None:
    # Without MkDocs a generate of 45 articles takes about a second, less than the second
    # process needs to start: enough articles that the first still holds the project then.
    project = big_project(tmp_path, 300)
    first, second = overlapping(project, "generate", LINIMASA_NO_CACHE="1")
    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    assert "another build is running" in second.stderr
    area = areas(project)
    again = run(project, "generate")
    assert again.returncode == 0, again.stderr
    assert areas(project) == area, "the area was complete"
    assert_nothing_outside(project)


# ---- 5: links out of the project -------------------------------------------------------------


def test_5_links_out_of_the_project_are_refused(tmp_path: Path) -> None:
    project, outside = setup(tmp_path)
    seeds, pages = project / "seeds", project / "content" / "pages" / "id"
    (seeds / "rahasia.txt").symlink_to(outside / "secret.txt")
    (seeds / "lingkungan.txt").symlink_to("/proc/self/environ")
    (seeds / "konfigurasi.txt").symlink_to(project / ".." / "outside" / "secret.txt")
    (seeds / "samping.txt").write_text(ID_TEXT, "utf-8")
    (seeds / "samping.yaml").symlink_to(outside / "secret.txt")
    (pages / "rahasia.md").symlink_to(outside / "secret.md")
    (pages / "luar").symlink_to(outside, target_is_directory=True)
    # A link inside the project is followed: the same page published twice.
    (project / "content" / "pages" / "en" / "salinan.md").symlink_to(pages / "index.md")

    result = run(project, "build")
    assert_refused(
        result,
        "seeds/rahasia.txt",
        "seeds/lingkungan.txt",
        "seeds/konfigurasi.txt",
        "seeds/samping.yaml",
        "content/pages/id/rahasia.md",
        "content/pages/id/luar",
    )
    assert_complete(project, [*SEEDS, "samping"][:-1])
    assert (project / "site" / "en" / "salinan" / "index.html").is_file()
    assert_nothing_outside(project)


def test_5_a_seeds_folder_linked_out_of_the_project_is_refused(tmp_path: Path) -> None:
    project, outside = setup(tmp_path)
    shutil.rmtree(project / "seeds")
    (project / "seeds").symlink_to(outside, target_is_directory=True)
    result = run(project, "generate")
    assert_refused(result, "seeds")
    assert_nothing_outside(project)


# ---- 6: a site folder that is not Linimasa's --------------------------------------------------


def test_6_a_folder_not_built_by_linimasa_is_never_replaced(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    docs = project / "docs"
    docs.mkdir()
    (docs / "architecture.md").write_text("# Hand-written\n", "utf-8")
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text("utf-8")
    pyproject.write_text(text + '\n[tool.linimasa]\nsite = "docs"\n', "utf-8")
    result = run(project, "build")
    assert result.returncode == 1, result.stderr
    assert "docs" in result.stderr
    assert ".linimasa-site" in result.stderr
    assert (docs / "architecture.md").read_text("utf-8") == "# Hand-written\n"

    for bad in ('"../elsewhere"', '"/tmp/site"', '"."', "42"):
        pyproject.write_text(text + f"\n[tool.linimasa]\nsite = {bad}\n", "utf-8")
        refused = run(project, "build")
        assert refused.returncode == 2, (bad, refused.stderr)
        assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
        assert "pyproject.toml" in refused.stderr
    assert (docs / "architecture.md").read_text("utf-8") == "# Hand-written\n"

    # An empty folder, or one Linimasa built, is the site's.
    pyproject.write_text(text + '\n[tool.linimasa]\nsite = "public"\n', "utf-8")
    (project / "public").mkdir()
    for _ in range(2):
        result = run(project, "build")
        assert result.returncode == 0, result.stderr
        assert_complete(project, SEEDS, site="public")
        assert_nothing_outside(project, site="public")


# ---- 7: one long line --------------------------------------------------------------------------


def test_7_a_long_line_of_dates_is_published(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    unit = "Pada Selasa (18/6/2030) rapat dibuka, lalu 19 Juni 2030 ditutup; "
    line = unit * (128 * 1024 // len(unit))  # 128 KiB on one line (quadratic: minutes)
    (project / "seeds" / "baris.txt").write_text("Rapat Panjang\n\n" + line + "\n", "utf-8")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert_complete(project, [*SEEDS, "baris"])
    page = (project / "content" / "build" / "id" / "sources" / "baris.md").read_text("utf-8")
    assert page.count("19 Juni 2030") >= line.count("19 Juni 2030") // 2
    assert_nothing_outside(project)


# ---- 8: an edited cache --------------------------------------------------------------------------

PAYLOAD = "<img src=x onerror=alert(1)>PAYLOAD-" + secrets.token_hex(4)


def tamper(cache: Path) -> None:
    """Put the payload into every kind of cache entry, keeping each file well formed where it
    can: an analysis's title, the kept timeline's title, a rendered fragment; and break one."""
    for pack in (cache / "articles").rglob("*.jsonl"):
        text = pack.read_text("utf-8")
        pack.write_text(re.sub(r'\[\["(id|en|und)","[^"]*"', rf'[["\1","{PAYLOAD}"', text))
    timeline = cache / "timeline.json"
    head, _, body = timeline.read_text("utf-8").partition("\n")
    timeline.write_text(head + "\n" + re.sub(r'\{"id":"[^"]*"', f'{{"id":"{PAYLOAD}"', body))
    fragments = cache / "pages" / "fragments.txt"
    data = fragments.read_bytes()
    # Same length: every segment keeps its sizes, only its signature can tell.
    fragments.write_bytes(
        re.sub(rb"<span[^>]*>", lambda m: (PAYLOAD.encode() * 9)[: len(m.group())], data)
    )
    for record in (cache / "pages").glob("written-*.json"):
        record.write_text("{not json", "utf-8")


def test_8_an_edited_cache_is_recomputed_never_published(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    first = run(project, "build")
    assert first.returncode == 0, first.stderr
    clean = tree_bytes(project / "site")
    cache = project / ".linimasa-cache"

    tamper(cache)
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert "note:" in result.stderr, "the damage is noted"
    assert tree_bytes(project / "site") == clean, "the site is what a clean build makes"
    assert PAYLOAD not in "".join(tree_bytes(project / "content" / "build").keys())
    again = run(project, "build")
    assert again.returncode == 0, again.stderr
    assert "note:" not in again.stderr, "the cache was made whole again"

    # Entries broken every other way: still the clean site.
    for pack in (cache / "articles").rglob("*.jsonl"):
        pack.write_bytes(pack.read_bytes()[:-40] + b"\x00\xff garbage")
    (cache / "timeline.json").write_bytes(b"linimasa-timeline 2 x y z\n[[1,2]]")
    (cache / "pages" / "fragments.txt").write_bytes(b"linimasa-fragments 4 x\n1 2 3 4 5\n")
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert tree_bytes(project / "site") == clean
    assert_nothing_outside(project)


def test_8_a_cache_from_elsewhere_is_not_trusted(tmp_path: Path) -> None:
    """A cache restored without its key (a CI cache, another machine) is recomputed; with the
    shared LINIMASA_CACHE_KEY it is used."""
    project, _ = setup(tmp_path)
    assert run(project, "build", LINIMASA_CACHE_KEY="rahasia-ci").returncode == 0
    clean = tree_bytes(project / "site")
    tamper(project / ".linimasa-cache")
    other = copy_project(tmp_path / "other")
    shutil.copytree(project / ".linimasa-cache", other / ".linimasa-cache")
    result = run(other, "build")  # its own key: nothing of the copied cache verifies
    assert result.returncode == 0, result.stderr
    assert "another cache key" in result.stderr
    assert tree_bytes(other / "site") == clean
    assert_nothing_outside(other)


# ---- 9: hand-written pages that are not Markdown text -----------------------------------------


def test_9_an_image_is_copied_and_a_broken_page_refused(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    pages = project / "content" / "pages" / "id"
    image = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    (pages / "gambar.png").write_bytes(image)
    (pages / "rusak.md").write_text("---\ntitle: Judul\noutlet: [Koran\n---\n# Isi\n", "utf-8")
    (pages / "latin.md").write_bytes("# Halaman José\n".encode("cp1252"))
    (pages / "tanggal.md").write_text("---\ndate: 2030-02-30\n---\n# Isi\n", "utf-8")
    index = pages / "index.md"
    index.write_text("---\ntitle: [Beranda\n---\n" + index.read_text("utf-8"), "utf-8")

    result = run(project, "build")
    assert_refused(
        result,
        "content/pages/id/rusak.md:3",
        "content/pages/id/latin.md",
        "content/pages/id/tanggal.md:2",
        "content/pages/id/index.md:2",
    )
    assert (project / "site" / "id" / "gambar.png").read_bytes() == image
    assert not (project / "site" / "id" / "rusak").exists()
    assert_complete(project, SEEDS)
    assert_nothing_outside(project)


# ---- 10: tags, nesting and keys that are not text in the editor's files ------------------------


def test_10_tags_nesting_and_odd_keys_are_refused(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    marker = tmp_path / "ran"
    editorial = project / "content" / "editorial.yaml"
    text = editorial.read_text("utf-8")
    at = len(text.splitlines()) + 2
    editorial.write_text(
        text + f"  x:\n    hide: !!python/object/apply:os.system ['touch {marker}']\n", "utf-8"
    )
    memory = project / "content" / "translations" / "en.yaml"
    memory.write_text("events:\n  ? [a, b]\n  : {title: x}\n", "utf-8")
    memory_id = project / "content" / "translations" / "id.yaml"
    memory_id.write_text("quotes: " + "[" * 100_000 + "\n", "utf-8")
    sidecar = project / "seeds" / "kode.yaml"
    (project / "seeds" / "kode.txt").write_text(ID_TEXT, "utf-8")
    sidecar.write_text("title: !!binary aGVsbG8=\n", "utf-8")

    result = run(project, "build")
    assert_refused(
        result,
        f"content/editorial.yaml:{at}",
        "content/translations/en.yaml:2",
        "content/translations/id.yaml:1",
        "seeds/kode.yaml:1",
    )
    assert not marker.exists(), "nothing ran"
    assert_complete(project, SEEDS)
    assert_nothing_outside(project)


# ---- 12: a link inside the generated area -----------------------------------------------------


def test_12_a_link_in_the_generated_area_is_never_written_through(tmp_path: Path) -> None:
    project, outside = setup(tmp_path)
    assert run(project, "generate").returncode == 0
    target = outside / "events"
    target.mkdir()
    events = project / "content" / "build" / "id" / "events"
    shutil.rmtree(events)
    events.symlink_to(target, target_is_directory=True)
    sources = project / "content" / "build" / "en" / "sources"
    shutil.rmtree(sources)
    sources.symlink_to(outside, target_is_directory=True)

    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["events", "secret.md", "secret.txt"]
    assert list(target.iterdir()) == [], "nothing was written outside the project"
    assert events.is_dir()
    assert not events.is_symlink()
    assert_complete(project, SEEDS)
    assert_nothing_outside(project)


def test_12_a_generated_area_that_is_a_link_is_refused(tmp_path: Path) -> None:
    project, outside = setup(tmp_path)
    area = project / "content" / "build" / "id"
    shutil.rmtree(area)
    area.symlink_to(outside, target_is_directory=True)
    result = run(project, "generate")
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["secret.md", "secret.txt"]


# ---- 13: killed while writing -------------------------------------------------------------------


def areas(project: Path) -> dict[str, dict[str, bytes]]:
    """The generated area of each language, file by file."""
    return {lang: tree_bytes(project / "content" / "build" / lang) for lang in ("id", "en")}


def test_13_a_kill_while_writing_leaves_the_old_area_or_the_new(tmp_path: Path) -> None:
    project = big_project(tmp_path, 120)
    assert run(project, "generate").returncode == 0
    old = areas(project)
    for seed in sorted((project / "seeds").glob("buatan-*.txt")):
        seed.write_text(seed.read_text("utf-8") + "\nKalimat baru pada 3 Mei 2031.\n", "utf-8")

    build = project / "content" / "build"
    spare = build / ".id-spare"
    before = {p: p.stat().st_mtime_ns for p in spare.rglob("*")}
    process = start(project, "generate", LINIMASA_NO_CACHE="1")
    deadline = time.monotonic() + 300
    # The write phase: the first file of the new area written (into the area's spare).
    while not any(before.get(p) != p.stat().st_mtime_ns for p in spare.rglob("*.md")):
        assert process.poll() is None, "the generate ended before its write phase was seen"
        assert time.monotonic() < deadline
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()

    killed = areas(project)
    again = run(project, "generate")
    assert again.returncode == 0, again.stderr
    new = areas(project)
    assert killed in (old, new), "the area is wholly the old one or wholly the new one"
    assert new != old
    names = [p.name for p in build.iterdir()]
    # Each area (both languages and the theme) and its spare; nothing else is left.
    expected = [".en-spare", ".id-spare", ".theme-spare", "en", "id", "theme"]
    assert sorted(names) == expected, "leftovers are removed"


def test_13_leftovers_are_removed_only_when_their_owner_is_dead(tmp_path: Path) -> None:
    from generator.publish.write import recover_area

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    gone = int(dead.stdout)
    area = tmp_path / "id"
    (tmp_path / f".id-staging-{gone}-ab12").mkdir()
    (tmp_path / f".id-old-{gone}-cd34").mkdir()
    (tmp_path / f".id-old-{gone}-cd34" / "index.md").write_text("old", "utf-8")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (tmp_path / f".id-staging-{alive.pid}-ef56").mkdir()
        recover_area(area)
        assert (area / "index.md").read_text("utf-8") == "old", "the area renamed aside is back"
        assert sorted(p.name for p in tmp_path.iterdir()) == [f".id-staging-{alive.pid}-ef56", "id"]
    finally:
        alive.kill()
        alive.wait()


# ---- +: sizes, NUL bytes, names, split ids, a disk that refuses ------------------------------


def test_plus_metadata_is_bounded(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    seeds = project / "seeds"
    (seeds / "besar.txt").write_text(ID_TEXT, "utf-8")
    (seeds / "besar.yaml").write_text(
        "title: Judul\n" + "".join(f"k{i}: {i}\n" for i in range(400_000)), "utf-8"
    )
    (seeds / "judul.txt").write_text(ID_TEXT, "utf-8")
    (seeds / "judul.yaml").write_text("title: " + "Panjang " * 1000 + "\n", "utf-8")
    result = run(project, "build")
    assert_refused(result, "seeds/besar.yaml", "seeds/judul.txt")
    assert "limit" in result.stderr
    assert "at most 2,000" in result.stderr
    corpus = (project / "site" / "id" / "data" / "corpus.json").read_text("utf-8")
    assert "Panjang Panjang" not in corpus
    assert_complete(project, SEEDS)
    assert_nothing_outside(project)


def test_plus_offsets_stay_exact_after_nul_bytes(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    text = "Rapat Warga\n\n" + "Warga berkumpul di balai desa. " * 300 + "\x00\x00\x00"
    text += "\nRapat itu digelar pada Sabtu (9/3/2030), kata ketua panitia.\n"
    assert len(text.encode()) > 8192
    assert text.index("\x00") > 8192
    (project / "seeds" / "nul.txt").write_bytes(text.encode())
    result = run(project, "extract", str(project / "seeds" / "nul.txt"))
    assert result.returncode == 0, result.stderr
    import json

    (article,) = json.loads(result.stdout)["articles"]
    for timex in article["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"], timex
    assert any(t["text"].startswith("Sabtu (9/3/2030)") for t in article["timexes"])


def test_plus_names_cannot_forge_message_lines(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    seeds = project / "seeds"
    (seeds / "a\nerror: lain.txt: palsu.txt").write_bytes(b"")
    (seeds / "b\x1b[2K\x1b[1Asembunyi.txt").write_bytes(b"")
    result = run(project, "build")
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert not any(line.startswith("error: lain.txt") for line in lines), lines
    assert "\x1b" not in result.stderr
    assert sum("palsu.txt" in line for line in lines) == 1
    assert sum("sembunyi.txt" in line for line in lines) == 1
    assert_complete(project, SEEDS)


def test_plus_a_split_cannot_take_an_existing_events_id(tmp_path: Path) -> None:
    project, _ = setup(tmp_path)
    assert run(project, "generate").returncode == 0
    import json

    data = json.loads(
        (project / "content" / "build" / "id" / "data" / "corpus.json").read_text("utf-8")
    )
    shared = [e for e in data["events"] if len({s["article"] for s in e["sources"]}) > 1]
    event, other = shared[0], data["events"][-1]
    article = event["sources"][0]["article"]
    (project / "content" / "editorial.yaml").write_text(
        f"events:\n  {event['id']}:\n    split:\n      - id: {other['id']}\n"
        f"        articles: [{article}]\n",
        "utf-8",
    )
    at = 4
    result = run(project, "build")
    assert_refused(result, f"content/editorial.yaml:{at}")
    after = json.loads((project / "site" / "id" / "data" / "corpus.json").read_text("utf-8"))
    kept = {e["id"]: e for e in after["events"]}
    assert kept[other["id"]]["sources"] == other["sources"], "the existing event is untouched"
    assert_complete(project, SEEDS)


def test_plus_a_full_disk_is_exit_1_with_what_to_do(tmp_path: Path) -> None:
    import resource

    project, _ = setup(tmp_path)

    def small_files() -> None:  # as if the disk filled up after 16 KiB of any one file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))

    result = subprocess.run(
        [sys.executable, "-m", "generator", "-C", str(project), "build"],
        cwd=project,
        capture_output=True,
        text=True,
        preexec_fn=small_files,
        env={**os.environ, "LINIMASA_NO_CACHE": "1"},
        check=False,
    )
    assert_no_crash(result)
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "free space" in result.stderr
    assert not (project / "site").exists(), "no half-written site"


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.ENOSPC])
def test_plus_a_disk_that_refuses_is_exit_1_with_what_to_do(
    tmp_path: Path, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import cli
    from generator.publish import areas

    project, _ = setup(tmp_path)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, os.strerror(code), "content/build/id/index.md")

    monkeypatch.setattr(areas.Folder, "put", refuse)
    assert cli.main(["-C", str(project), "generate"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "internal error" not in err
    assert "content/build/id/index.md" in err


def test_12_links_in_place_of_the_generators_own_files_are_refused(tmp_path: Path) -> None:
    """A pull request may hold a link where the generator keeps its lock, its cache or the
    folder of its areas: none of them is written through, and the build says so."""
    project, outside = setup(tmp_path)
    (project / ".linimasa.lock").symlink_to(outside / "secret.txt")
    locked = run(project, "build")
    assert locked.returncode == 1, locked.stderr
    assert len(locked.stderr.strip().splitlines()) == 1, locked.stderr
    (project / ".linimasa.lock").unlink()

    (project / ".linimasa-cache").symlink_to(project / "content", target_is_directory=True)
    shutil.rmtree(project / "content" / "build")
    (project / "content" / "build").symlink_to(project / "seeds", target_is_directory=True)
    before = tree_bytes(project / "seeds"), tree_bytes(project / "content" / "pages")
    refused = run(project, "build")
    assert refused.returncode == 1, refused.stderr
    assert "content/build" in refused.stderr
    assert (tree_bytes(project / "seeds"), tree_bytes(project / "content" / "pages")) == before
    assert sorted(p.name for p in outside.iterdir()) == ["secret.md", "secret.txt"]
    assert (outside / "secret.txt").read_text("utf-8").startswith("Rahasia")

    (project / "content" / "build").unlink()
    (project / "content" / "build").mkdir()
    result = run(project, "build")
    assert result.returncode == 0, result.stderr
    assert ".linimasa-cache" in result.stderr, "the build says it goes without a cache"
    assert sorted(p.name for p in (project / "content").iterdir()) == [
        "build", "editorial.yaml", "pages", "translations"
    ]  # fmt: skip
    assert_complete(project, SEEDS)
    assert_nothing_outside(project)
