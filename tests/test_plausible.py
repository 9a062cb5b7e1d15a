"""`linimasa check` names implausible dates: a weekday its date does not fall on, and a
publication date years away from every day the article reports (generator/dates/plausible.py)."""

from __future__ import annotations

from pathlib import Path

from generator.core.model import Dct
from generator.dates.plausible import doubts
from generator.dates.temporal import date_article
from generator.pipeline import extract
from generator.read.load import read_article

REPORT = (
    "Tanggul Sungai Cibereum jebol pada Senin (3/3/2025) malam dan merendam tiga desa. "
    "Air baru surut pada Rabu (5/3/2025) setelah pompa dikerahkan, kata warga.\n"
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "articles" / "a.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_publication_date_years_from_what_the_article_reports(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, f"Judul Berita Banjir Sukamaju\n\n{REPORT}"))
    wrong = Dct("2031-03-10", "text", "a crawl date", 0.7)
    (doubt,) = doubts(date_article(article, wrong))
    assert "2031-03-10" in doubt.message
    assert "Rabu (5/3/2025)" in doubt.message  # the nearest of what it reports
    right = Dct("2025-03-06", "text", "a stamp", 0.9)
    assert doubts(date_article(article, right)) == []


def test_background_years_alone_raise_no_doubt(tmp_path: Path) -> None:
    text = (
        "Judul Berita Banjir Sukamaju\n\nDiterbitkan 6 Maret 2025\n\n"
        "Tanggul jebol kemarin malam. Banjir sebesar ini terakhir terjadi pada 2007 dan 1996.\n"
    )
    assert doubts(date_article(read_article(_write(tmp_path, text)))) == []


def test_a_weekday_that_contradicts_its_date_is_reported_with_its_line(tmp_path: Path) -> None:
    # 4 March 2031 is a Tuesday, not a Thursday.
    text = (
        f"Judul Berita Banjir Sukamaju\n\n{REPORT}Bupati meninjau lokasi pada Kamis (4/3/2031).\n"
    )
    _write(tmp_path, text)
    corpus = extract([tmp_path / "articles"], jobs=1)
    (problem,) = [d for d in corpus.diagnostics if "weekday" in d.message]
    assert "Kamis (4/3/2031)" in problem.message
    assert "Tuesday" in problem.message
    assert problem.line == 4
