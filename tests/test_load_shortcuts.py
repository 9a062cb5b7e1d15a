"""Speed shortcuts in loading and dating lose nothing: each gives what the plain way gives."""

from __future__ import annotations

import re

import pytest
from support import article_texts

from generator.read import clean

TEXTS = article_texts()
# Lines of every furniture kind `_ANYWHERE` knows, in odd capitals and spacing.
FURNITURE_LINES = [
    "Baca juga: Harga naik",
    "  BACA PULA lainnya",
    "Lihat juga",
    "Simak Juga video",
    "Read more: prices",
    "read also",
    "Halaman 2",
    "PAGE",
    "1 2 3",
    " 12 ",
    "Selanjutnya »",
    "berikutnya >",
    "Next",
    "previous",
    "Sebelumnya",
    "Tuliskan komentar Anda",
    "Berikan Komentar",
    "tulis komentar",
    "Kirim komentar",
    "Komentar (3)",
    "Comments",
    "comment",
    "Leave a reply",
    "© 2029 Korankita",
    "(c) 2024 Foo",
    "(C)2024 Foo",
    "Copyright Foo",
    "Hak cipta dilindungi",
    "All rights reserved",
    "All right reserved",
    "Bagikan",
    "Share this",
    "Tweet",
    "Follow us on X",
    "Ikuti kami di Instagram",
    "\tShare",
]


def _plain_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines as the original `clean.lines` took them, with a per-line regex."""
    found = []
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if m.start() == len(text) and m.start() > 0:
            break
        raw = m.group()
        body = raw.rstrip("\r\n")
        found.append((m.start(), m.start() + len(body), body))
        if not raw:
            break
    return found


@pytest.mark.parametrize(
    "text", ["", "\n", "a", "a\n", "a\r\nb\rc\n\n", "\r", "x\u2028y\n\x0bz\n  \n", " \n\t\nb"]
)
def test_lines_split_as_before(text: str) -> None:
    assert [(ln.start, ln.end, ln.text) for ln in clean.lines(text)] == _plain_lines(text)


def test_lines_of_real_articles_split_as_before() -> None:
    for text in TEXTS:
        for variant in (text, text.replace("\n", "\r\n"), text.replace("\n", "\r")):
            assert [(ln.start, ln.end, ln.text) for ln in clean.lines(variant)] == _plain_lines(
                variant
            )
            for body_start in (0, 7):
                expected = [
                    (s, e, t) for s, e, t in _plain_lines(variant) if s >= body_start and t.strip()
                ]
                got = [(ln.start, ln.end, ln.text) for ln in clean._text_lines(variant, body_start)]
                assert got == expected


def test_the_furniture_prefilter_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """`clean._ANYWHERE_START` skips lines that begin like no `_ANYWHERE` pattern. With it
    matching every line, furniture must come out the same, on real articles and on a line of
    every kind of furniture."""
    page = "\n".join(FURNITURE_LINES)
    texts = [*TEXTS, page, page.upper(), page.lower()]
    texts += [
        f"Judul Berita Hari Ini Di Sini\n{line}\n" + "kata " * 30 + ".\n"
        for line in FURNITURE_LINES
    ]
    for line in FURNITURE_LINES:
        assert clean._ANYWHERE_START.match(line), line
    gated = [clean.find_furniture(t) for t in texts]
    monkeypatch.setattr(clean, "_ANYWHERE_START", re.compile(""))
    assert [clean.find_furniture(t) for t in texts] == gated


def test_blank_matches_a_character_loop() -> None:
    for text in TEXTS:
        furniture = clean.find_furniture(text)
        chars = list(text)
        for f in furniture:
            for i in range(f.start, f.end):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        assert clean.blank(text, furniture) == "".join(chars)
