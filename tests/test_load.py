"""Loading articles: metadata beats inference, and bad input becomes a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.load import InputError, detect_language, load_paths, read_article, shown_name

BODY = (
    "Wali kota meresmikan jembatan baru yang menghubungkan dua desa di tepi sungai itu "
    "pada hari Sabtu, kata juru bicara pemerintah kota kepada wartawan.\n"
)


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def only_error(tmp_path: Path) -> str:
    loaded = load_paths([tmp_path])
    assert not loaded.articles
    (diag,) = loaded.diagnostics
    assert diag.level == "error"
    return str(diag)


def test_front_matter_beats_inference(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.md",
        "---\ntitle: Jembatan Baru\noutlet: Koran Contoh\npublished: 2031-03-08\n"
        "url: https://example.org/a\nlanguage: id\n---\n" + BODY,
    )
    article = read_article(path)
    assert article.title == "Jembatan Baru"
    assert article.outlet == "Koran Contoh"
    assert article.metadata.published == "2031-03-08"
    assert article.metadata.url == "https://example.org/a"
    assert article.text[article.furniture[0].start : article.furniture[0].end].startswith("---")
    assert "title:" not in article.clean, "front matter is not article text"


def test_sidecar_metadata_for_txt(tmp_path: Path) -> None:
    path = write(tmp_path / "b.txt", BODY)
    write(tmp_path / "b.yaml", "outlet: Warta Desa\npublished: '2031-03-09'\n")
    article = read_article(path)
    assert article.outlet == "Warta Desa"
    assert article.metadata.published == "2031-03-09"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty file"),
        (b"   \n\t\n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary file"),
    ],
)
def test_unreadable_files_are_named(tmp_path: Path, content: bytes, expected: str) -> None:
    write(tmp_path / "bad.txt", content)
    message = only_error(tmp_path)
    assert "bad.txt" in message
    assert expected in message


def test_malformed_front_matter_names_the_line(tmp_path: Path) -> None:
    write(tmp_path / "c.md", "---\ntitle: ok\noutlet: [unclosed\n---\n" + BODY)
    message = only_error(tmp_path)
    assert "c.md:" in message
    assert "malformed metadata" in message


def test_malformed_sidecar_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path / "d.txt", BODY)
    write(tmp_path / "d.yaml", "outlet: ok\npublished: {\n")
    message = only_error(tmp_path)
    assert "d.yaml:" in message


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ("published: kemarin\n", "'published' must be a date"),
        ("language: fr\n", "'language' must be one of"),
        ("url: javascript:alert(1)\n", "'url' must start with http"),
        ("colour: red\n", "unknown metadata key"),
        ("- a list\n", "must be a mapping"),
    ],
)
def test_invalid_metadata_values(tmp_path: Path, meta: str, expected: str) -> None:
    write(tmp_path / "e.txt", BODY)
    write(tmp_path / "e.yaml", meta)
    assert expected in only_error(tmp_path)


def test_legacy_encodings_bom_and_crlf(tmp_path: Path) -> None:
    text = "Harga kopi naik 5% pada musim ini — kata pedagang “kopi” di pasar kota pada Senin."
    write(tmp_path / "cp1252.txt", (text + "\n").encode("cp1252"))
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + (text + "\r\n").encode("utf-8"))
    loaded = load_paths([tmp_path])
    assert not [d for d in loaded.diagnostics if d.level == "error"]
    by_id = {a.id: a for a in loaded.articles}
    assert by_id["cp1252"].text.startswith("Harga kopi naik 5%")
    assert "“kopi”" in by_id["cp1252"].text
    assert by_id["cp1252"].encoding != "utf-8"
    assert by_id["bom"].text.startswith("Harga"), "the BOM is not article text"
    assert by_id["bom"].text.endswith("\r\n"), "line ends are kept so offsets match the file"


def test_case_clash_and_unsafe_names(tmp_path: Path) -> None:
    write(tmp_path / "Berita.txt", BODY)
    write(tmp_path / "berita.txt", BODY)
    write(tmp_path / "nama dengan spasi é.txt", BODY)
    loaded = load_paths([tmp_path])
    assert any("clashes with" in str(d) for d in loaded.diagnostics)
    ids = sorted(a.id for a in loaded.articles)
    assert "nama-dengan-spasi-e" in ids
    assert all(id_.replace("-", "").replace("_", "").isalnum() for id_ in ids)


def test_articles_filed_in_subfolders_are_read_and_links_out_refused(tmp_path: Path) -> None:
    # An editor files articles by outlet and by day; a hidden folder (an editor's tool's) is
    # not read, and a folder that is a link out of the project is refused by name.
    project = tmp_path / "project"
    seeds = project / "seeds"
    write(seeds / "lead.txt", BODY)
    write(seeds / "kabar" / "2024-06" / "satu.txt", BODY)
    write(seeds / "warta" / "dua.md", BODY)
    write(seeds / "warta" / "catatan.yaml", b"outlet: Warta\n")
    write(seeds / ".arsip" / "lama.txt", BODY)
    outside = tmp_path / "elsewhere"
    write(outside / "luar.txt", BODY)
    (seeds / "pinjam").symlink_to(outside, target_is_directory=True)
    loaded = load_paths([seeds], relative_to=project)
    assert sorted(a.id for a in loaded.articles) == ["dua", "lead", "satu"]
    refused = [d for d in loaded.diagnostics if d.level == "error"]
    assert [Path(d.file).name for d in refused] == ["pinjam"]
    assert "outside the project" in refused[0].message
    # A site's own folder is no articles folder: its generated pages are not articles.
    write(project / "mkdocs.yml", "site_name: x\n")
    write(project / "content" / "events" / "index.md", BODY)
    assert load_paths([project], relative_to=project).articles == ()


def test_missing_path_is_reported(tmp_path: Path) -> None:
    loaded = load_paths([tmp_path / "nope"])
    assert "no such file" in str(loaded.diagnostics[0])


def test_detect_language() -> None:
    assert detect_language(BODY) == "id"
    english = (
        "The mayor opened the new bridge on Saturday, a spokesman for the city said to reporters."
    )
    assert detect_language(english) == "en"
    assert (
        detect_language("Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do.") == "und"
    )


def test_unknown_language_warns(tmp_path: Path) -> None:
    write(
        tmp_path / "x.txt",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod.\n",
    )
    loaded = load_paths([tmp_path])
    assert loaded.articles
    assert any(d.level == "warning" and "language" in d.message for d in loaded.diagnostics)


def test_metadata_escapes_that_no_file_can_hold_are_replaced(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "Judul \\ud800 \\x07lagi"\n---\nIsi berita.\n', "utf-8")
    article = read_article(path)
    assert article.title == "Judul \ufffd lagi"
    article.title.encode("utf-8")  # writable to every page and data file


def test_an_unknown_metadata_key_no_file_can_hold_is_named_legibly(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text('---\n"k\\ud800": 1\n---\nIsi berita.\n', "utf-8")
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert "k\ufffd" in caught.value.diagnostic.message
    str(caught.value.diagnostic).encode("utf-8")


def test_a_file_is_named_relative_to_the_project_as_pathlib_names_it(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    for path in (root / "seeds" / "a.txt", root / "a.txt", root / "seeds" / "deep" / "ü b.txt"):
        assert shown_name(path, root) == path.relative_to(root).as_posix()
    assert shown_name(root / "a.txt", None) is None
    # A folder whose name only begins like the project's is not inside it.
    with pytest.raises(ValueError, match=r"not in the subpath|does not start with"):
        shown_name(tmp_path / "project" / "a.txt", root)
