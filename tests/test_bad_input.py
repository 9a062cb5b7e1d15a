"""Broken input: every bad file gets one clear message naming it, the rest still builds.

The corpus is generated here, in temporary folders (no binary fixtures in the repository):
empty, white space only, binary, Windows-1252 and Latin-1 text, UTF-8 with a BOM, CRLF line
ends, a 20 MB file, an article without dates and one with thousands, malformed front matter and
sidecar metadata, an unknown language, names that differ only by case, names with spaces,
non-ASCII letters or `..`.
"""

from __future__ import annotations

import os
import re
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest
from support import copy_project, linimasa

from generator.cli import EXIT_ATTENTION, EXIT_OK, EXIT_USAGE, main
from generator.core.model import Corpus, Diagnostic
from generator.pipeline import Inputs, extract
from generator.read.load import MAX_BYTES, load_paths, read_article

# Prose of our own (not the seeds), in both languages, with dates so that events come out.
ID_TEXT = (
    "Jembatan Baru di Tepi Sungai Diresmikan Wali Kota\n\n"
    "Wali kota meresmikan jembatan baru yang menghubungkan dua desa di tepi sungai itu pada "
    "Sabtu (9/3/2030), kata juru bicara pemerintah kota kepada wartawan.\n\n"
    "Pembangunan jembatan dimulai tiga tahun lalu dan sempat terhenti pada awal 2028 karena "
    "banjir besar yang merendam ratusan rumah warga.\n"
)
EN_TEXT = (
    "River Bridge Opened by the Mayor\n\n"
    "The mayor opened the new bridge linking the two villages on Saturday, March 9, 2030, a "
    "spokesman for the city said to reporters at the town hall.\n\n"
    "Work on the bridge began three years ago and stopped in early 2028 when floods reached "
    "hundreds of houses along the river.\n"
)
LEGACY_TEXT = (
    "Menteri José Muñoz dari Spanyol tiba di Jakarta pada Senin, 17 Juni 2030, untuk membahas "
    "harga “kopi” yang naik 5% — kata pejabat itu kepada wartawan di bandara.\n"
)


@dataclass(frozen=True)
class Bad:
    """A file the loader must refuse, and what its one message must say."""

    name: str
    content: bytes
    says: str
    named: str = ""  # the file the message names, when not `name` (a sidecar)
    line: int | None = None
    extra: tuple[tuple[str, bytes], ...] = ()  # other files that come with it

    @property
    def shown(self) -> str:
        return self.named or self.name


HUGE = 20 * 1024 * 1024


def refused() -> list[Bad]:
    body = ID_TEXT.encode()
    return [
        Bad("kosong.txt", b"", "empty file"),
        Bad("spasi.txt", b" \t\r\n\n   \n", "only white space"),
        Bad("gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
        Bad("arsip.md", b"\x1f\x8b\x08\x00" + bytes(range(255, 0, -1)) * 40, "binary"),
        Bad("besar.txt", b"", "at most 1 MiB"),  # written separately: 20 MB
        Bad("depan.md", b"---\ntitle: Judul\noutlet: [Koran\n---\n" + body, "malformed", line=3),
        Bad("terbuka.md", b"---\ntitle: Judul\n" + body, "never closed", line=1),
        Bad(
            "samping.txt",
            body,
            "malformed metadata",
            named="samping.yaml",
            line=2,
            extra=(("samping.yaml", b"title: Judul\noutlet: : Koran\n"),),
        ),
        Bad(
            "dalam.txt",
            body,
            "nested too deeply",
            named="dalam.yaml",
            line=1,
            extra=(("dalam.yaml", b"title: " + b"[" * 50_000 + b"\n"),),
        ),
        Bad(
            "tanggal.txt",
            body,
            "'published' must be a date",
            extra=(("tanggal.yaml", b"published: kemarin sore\n"),),
        ),
        Bad(
            "jauh.txt",
            body,
            "'published' must lie between",
            extra=(("jauh.yaml", b"published: 9999-12-31\n"),),
        ),
        Bad(
            "bahasa.txt",
            body,
            "'language' must be one of",
            extra=(("bahasa.yaml", b"language: fr\n"),),
        ),
        Bad(
            "kode.txt",
            body,
            "are not allowed here",
            named="kode.yaml",
            line=1,
            extra=(("kode.yaml", b"title: !!python/object/apply:os.system ['true']\n"),),
        ),
    ]


def thousands_of_dates(lines: int) -> str:
    """An article with two dates on every line: a day and month with a year, and a weekday."""
    months = ("Januari", "Maret", "Mei", "Juli", "September", "November")
    return "Jadwal Sidang Panjang Komisi Pemilihan di Kota Itu\n\n" + "".join(
        f"Sidang ke-{i} digelar pada {1 + i % 28} {months[i % 6]} 2031 dan ditunda hingga "
        f"Kamis ({1 + (i + 3) % 28}/{1 + i % 12}/2031), kata ketua komisi.\n"
        for i in range(lines)
    )


def readable() -> dict[str, bytes]:
    """Odd but good files: each must load, with its text exactly as written."""
    crlf = "---\r\ntitle: Judul CRLF\r\npublished: 2030-03-09\r\n---\r\n" + ID_TEXT
    return {
        "cp1252.txt": LEGACY_TEXT.encode("cp1252"),
        "latin1.txt": LEGACY_TEXT.replace("“", '"')
        .replace("”", '"')
        .replace("—", "-")
        .encode("latin-1"),
        "bom.txt": b"\xef\xbb\xbf" + ID_TEXT.encode(),
        "crlf.md": crlf.replace("\r\n", "\n").replace("\n", "\r\n").encode(),
        "tanpa-tanggal.txt": (
            b"Warga desa itu menanam pohon di tepi sungai, kata kepala desa kepada wartawan yang "
            b"datang ke lokasi penanaman bersama para relawan dari kota.\n"
        ),
        "lorem.txt": (
            b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            b"incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam.\n"
        ),
        "banyak-tanggal.txt": thousands_of_dates(1200).encode(),
        "english.txt": EN_TEXT.encode(),
        "nama dengan spasi.txt": ID_TEXT.encode(),
        "berita-é-ñ.txt": ID_TEXT.encode(),
        "..txt": EN_TEXT.encode(),
        "a..b.txt": EN_TEXT.encode(),
        "日本語.txt": EN_TEXT.encode(),
        "Сводка.txt": EN_TEXT.encode(),
        "Kasus.txt": ID_TEXT.encode(),
        "kasus.txt": EN_TEXT.encode(),  # differs only by case: the second is refused
        "kontrol.txt": (b"Berita\x0c dengan karakter\x1b kendali\x07 pada 12 Mei 2030.\n"),
    }


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for bad in refused():
        (folder / bad.name).write_bytes(bad.content)
        for name, data in bad.extra:
            (folder / name).write_bytes(data)
    with (folder / "besar.txt").open("wb") as handle:
        chunk = (ID_TEXT * 64).encode()
        while handle.tell() < HUGE:
            handle.write(chunk)
    for name, data in readable().items():
        (folder / name).write_bytes(data)


def extract_folder(folder: Path) -> Corpus:
    return extract([folder], Inputs(root=folder), jobs=1)


def about(corpus: Corpus, name: str) -> list[Diagnostic]:
    return [d for d in corpus.diagnostics if d.file == name]


# ---- one clear message per bad file ---------------------------------------------------------


@pytest.mark.parametrize("bad", refused(), ids=lambda bad: bad.name)
def test_each_bad_file_gets_one_clear_message(tmp_path: Path, bad: Bad) -> None:
    (tmp_path / bad.name).write_bytes(bad.content)
    for name, data in bad.extra:
        (tmp_path / name).write_bytes(data)
    if bad.name == "besar.txt":
        (tmp_path / bad.name).write_bytes(b"x" * (MAX_BYTES + 1))
    corpus = extract_folder(tmp_path)
    assert corpus.articles == ()
    (only,) = corpus.diagnostics
    assert only.level == "error"
    assert only.file == bad.shown
    assert bad.says in only.message
    assert only.line == bad.line
    shown = str(only)
    assert shown.startswith(f"error: {bad.shown}{':' + str(bad.line) if bad.line else ''}: ")
    assert "\n" not in shown
    assert "Traceback" not in shown


def test_a_file_name_that_is_not_utf8_is_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    good = "Jakarta, Selasa (18/6/2024) - Rapat digelar hari ini.\n"
    (folder / "baik.txt").write_text(good, "utf-8")
    try:  # a Latin-1 name on a UTF-8 file system: the byte 0xE9 is no UTF-8
        Path(os.fsdecode(bytes(folder) + b"/berita-caf\xe9.txt")).write_bytes(good.encode())
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    for jobs in (1, 2):
        corpus = extract([folder], Inputs(root=tmp_path), jobs=jobs)
        assert [d.article.id for d in corpus.articles] == ["baik"]
        [problem] = [d for d in corpus.diagnostics if d.level == "error"]
        assert problem.file == "seeds/berita-caf\ufffd.txt"
        assert "file name is not UTF-8" in problem.message
        str(problem).encode("utf-8")  # printable as it is


def test_a_20_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "besar.txt"
    big.write_bytes(ID_TEXT.encode() * (HUGE // len(ID_TEXT.encode()) + 1))
    tracemalloc.start()
    try:
        loaded = load_paths([tmp_path], relative_to=tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert loaded.articles == ()
    (only,) = loaded.diagnostics
    assert str(only).startswith("error: besar.txt: file is 20.0 MiB; an article may be at most")
    assert peak < 1024 * 1024, f"the file was read into memory ({peak} bytes at peak)"


def test_an_article_just_under_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "panjang.txt"
    unit = ID_TEXT.encode()
    path.write_bytes(unit * (MAX_BYTES // len(unit)))
    article = read_article(path)
    assert len(article.text) == len(article.clean) > MAX_BYTES - len(unit)


# ---- odd but readable files ------------------------------------------------------------------


@pytest.fixture(scope="module")
def odd_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("odd")
    for name, data in readable().items():
        if name != "banyak-tanggal.txt":
            (folder / name).write_bytes(data)
    return extract_folder(folder)


def test_legacy_encodings_are_detected_not_guessed(odd_corpus: Corpus) -> None:
    by_file = {d.article.file: d.article for d in odd_corpus.articles}
    assert by_file["cp1252.txt"].text == LEGACY_TEXT
    assert by_file["cp1252.txt"].encoding.replace("_", "").lower() in {"cp1252", "windows1252"}
    latin = by_file["latin1.txt"]
    assert latin.encoding != "utf-8"
    assert "José Muñoz" in latin.text
    assert "\ufffd" not in latin.text
    dated = {d.article.file: d for d in odd_corpus.articles}
    assert any(t.value == "2030-06-17" for t in dated["cp1252.txt"].timexes)


def test_bom_is_dropped_and_crlf_front_matter_read(odd_corpus: Corpus) -> None:
    dated = {d.article.file: d for d in odd_corpus.articles}
    bom = dated["bom.txt"].article
    assert bom.text == ID_TEXT
    assert bom.encoding == "utf-8"
    crlf = dated["crlf.md"]
    assert crlf.article.title == "Judul CRLF"
    assert crlf.dct.value == "2030-03-09"
    assert crlf.dct.source == "metadata"
    assert "\r\n" in crlf.article.text, "line ends are kept, so offsets match the file"
    for d in odd_corpus.articles:
        for t in d.timexes:
            assert d.article.text[t.start : t.end] == t.text, (d.article.file, t)


def test_no_dates_and_unknown_language_warn_and_still_publish(odd_corpus: Corpus) -> None:
    ids = {d.article.file for d in odd_corpus.articles}
    assert {"tanpa-tanggal.txt", "lorem.txt", "kontrol.txt"} <= ids
    (undated,) = [d for d in about(odd_corpus, "tanpa-tanggal.txt") if "publication" in d.message]
    assert undated.level == "warning"
    assert "add 'published'" in undated.message
    (unknown,) = [d for d in about(odd_corpus, "lorem.txt") if "language" in d.message]
    assert unknown.level == "warning"
    assert "set 'language'" in unknown.message
    assert not [d for d in odd_corpus.diagnostics if d.level == "error" and d.file != "kasus.txt"]


def test_names_with_case_spaces_scripts_and_dots_get_safe_distinct_ids(
    odd_corpus: Corpus,
) -> None:
    (clash,) = about(odd_corpus, "kasus.txt")
    assert clash.level == "error"
    assert "clashes with Kasus.txt" in clash.message
    ids = {d.article.file: d.article.id for d in odd_corpus.articles}
    assert "kasus.txt" not in ids
    assert ids["Kasus.txt"] == "Kasus"
    assert ids["nama dengan spasi.txt"] == "nama-dengan-spasi"
    assert ids["berita-é-ñ.txt"] == "berita-e-n"
    assert len(set(ids.values())) == len(ids), "two files never share an id"
    for name in ("..txt", "日本語.txt", "Сводка.txt", "a..b.txt"):
        assert re.fullmatch(r"[A-Za-z0-9_-]+", ids[name]), ids[name]


def test_thousands_of_dates(tmp_path: Path) -> None:
    (tmp_path / "banyak-tanggal.txt").write_text(thousands_of_dates(1200), "utf-8")
    corpus = extract_folder(tmp_path)
    (dated,) = corpus.articles
    assert len(dated.timexes) >= 2000
    for t in dated.timexes:
        assert dated.article.text[t.start : t.end] == t.text
    assert corpus.events, "dates in sentences become events"
    assert not [d for d in corpus.diagnostics if d.level == "error"]


# ---- exit codes ------------------------------------------------------------------------------


def test_documented_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "english.txt").write_text(EN_TEXT, "utf-8")
    assert main(["extract", str(good)]) == EXIT_OK
    assert main(["extract", "--strict", str(good)]) == EXIT_OK, "no warning, nothing to fail"

    warned = tmp_path / "warned"
    warned.mkdir()
    (warned / "tanpa-tanggal.txt").write_bytes(readable()["tanpa-tanggal.txt"])
    assert main(["extract", str(warned)]) == EXIT_OK, "warnings alone do not fail"
    assert main(["extract", "--strict", str(warned)]) == EXIT_ATTENTION

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "english.txt").write_text(EN_TEXT, "utf-8")
    (broken / "kosong.txt").write_bytes(b"")
    assert main(["extract", str(broken)]) == EXIT_ATTENTION

    with pytest.raises(SystemExit) as usage:
        main(["extract", "--jobs", "many", str(good)])
    assert usage.value.code == EXIT_USAGE
    not_a_project = tmp_path / "empty"
    not_a_project.mkdir()
    assert main(["-C", str(not_a_project), "build"]) == EXIT_USAGE
    assert list(not_a_project.iterdir()) == [], "nothing is written outside a project"
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "is not a Linimasa project" in err


# ---- the whole corpus through `linimasa build` -----------------------------------------------


@pytest.mark.slow
def test_build_reports_each_bad_file_once_and_publishes_the_rest(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    seeds = sorted(p.stem for p in (project / "seeds").glob("*.txt"))
    write_corpus(project / "seeds")
    done = linimasa(project, "build")
    assert done.returncode == EXIT_ATTENTION, done.stderr
    assert "Traceback" not in done.stderr
    assert "internal error" not in done.stderr
    lines = done.stderr.splitlines()
    for bad in [*refused(), Bad("kasus.txt", b"", "clashes with")]:
        where = f"seeds/{bad.shown}" + (f":{bad.line}" if bad.line else "")
        mine = [ln for ln in lines if ln.startswith(f"error: {where}: ")]
        assert len(mine) == 1, (bad.name, mine)
        assert bad.says in mine[0]
    problems = [ln for ln in lines if ln.startswith(("error: ", "warning: "))]
    assert all(re.match(r"(error|warning): (seeds|content)/", ln) for ln in problems), problems

    site = project / "site"
    published = {
        lang: {p.parent.name for p in (site / lang / "sources").glob("*/index.html")}
        for lang in ("id", "en")
    }
    assert published["id"] == published["en"]
    expected = {*seeds, "cp1252", "latin1", "bom", "crlf", "banyak-tanggal", "Kasus"}
    expected |= {"nama-dengan-spasi", "berita-e-n", "a-b", "english", "kontrol", "lorem"}
    assert expected <= published["id"]
    for bad in refused():
        assert Path(bad.name).stem not in published["id"], bad.name
    page = (site / "id" / "sources" / "cp1252" / "index.html").read_text("utf-8")
    assert "José Muñoz" in page
    assert "“kopi”" in page

    # Without the refused files only warnings remain: they pass, unless --strict.
    for bad in refused():
        for name in (bad.name, *(n for n, _ in bad.extra)):
            (project / "seeds" / name).unlink()
    (project / "seeds" / "kasus.txt").unlink()
    assert linimasa(project, "generate").returncode == EXIT_OK
    strict = linimasa(project, "generate", "--strict")
    assert strict.returncode == EXIT_ATTENTION
    assert "warning: seeds/lorem.txt: cannot tell the article's language" in strict.stderr
