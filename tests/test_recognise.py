"""Recognition: which spans of Indonesian and English news text are time expressions."""

from __future__ import annotations

import pytest

from generator.recognise import recognise


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Festival digelar 30 Juni-2 Juli 2024 di Bali.", ["30 Juni-2 Juli 2024"]),
        ("Pameran berlangsung 5-10 Februari 2015.", ["5-10 Februari 2015"]),
        ("Proyek berjalan Juli hingga Desember 2018.", ["Juli hingga Desember 2018"]),
        ("Lagu itu populer pada 1990-an.", ["1990-an"]),
        ("Sejak awal 2000-an harga naik.", ["awal 2000-an"]),
        ("Rapat akan digelar minggu depan.", ["minggu depan"]),
        ("Ia akan tiba lusa.", ["lusa"]),
        ("Ia tiba dua hari lalu.", ["dua hari lalu"]),
        ("Harga naik bulan depan.", ["bulan depan"]),
        (
            "Kebakaran terjadi Senin (17/6/2024) pukul 19.30 WIB.",
            ["Senin (17/6/2024) pukul 19.30 WIB"],
        ),
        ("Dia menjabat selama dua puluh empat tahun.", ["selama dua puluh empat tahun"]),
        ("Kantor tutup pada hari Jumat pekan depan.", ["hari Jumat pekan depan"]),
        ("The minister resigned last week.", ["last week"]),
        ("He will speak on Tuesday evening.", ["Tuesday evening"]),
        ("The summit is on June 18-19, 2024.", ["June 18-19, 2024"]),
        ("It opened on 18 June 2024.", ["18 June 2024"]),
        ("Music of the 1990s.", ["the 1990s"]),
        ("He left two years ago.", ["two years ago"]),
        ("Earlier this month, prices rose.", ["Earlier this month"]),
        ("The visit on Tuesday, June 18, 2024 was historic.", ["Tuesday, June 18, 2024"]),
        ("Talks ran from June 30 to July 2, 2024.", ["June 30 to July 2, 2024"]),
    ],
)
def test_longest_spans(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_kinds_are_typed() -> None:
    text = "Rapat digelar setiap Senin sejak 2019 dan berlangsung berbulan-bulan."
    kinds = {text[c.start : c.end]: c.kind for c in recognise(text)}
    assert kinds == {"setiap Senin": "set", "2019": "year", "berbulan-bulan": "duration"}


def test_law_numbers_are_not_time_expressions() -> None:
    text = "Aturan itu ada di UU Nomor 7 Tahun 2017 dan UU No. 1/2023 serta PP 35/2021."
    assert spans(text) == []


def test_event_names_keep_their_year_as_a_name() -> None:
    found = recognise("Pemilu 2019 berlangsung damai.")
    assert [(c.kind, c.get("y")) for c in found] == [("named-year", "2019")]


def test_counts_are_not_years() -> None:
    assert spans("Sebanyak 2000 orang hadir, sekitar 1500 warga menonton.") == []


def test_bare_numbers_and_words_are_not_dates() -> None:
    assert spans("Skor akhir 3-1 dan 2.000 penonton; he may go, she will march.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Minggu lalu polisi menangkap dua orang.", "week"),
        ("Pada Minggu polisi menangkap dua orang.", "weekday"),
        ("Ia tiba hari Minggu lalu.", "weekday"),
        ("Pasar ramai pada Minggu (16/6) pagi.", "numeric"),
    ],
)
def test_minggu_is_sunday_or_week_by_context(text: str, kind: str) -> None:
    (c,) = recognise(text)
    assert c.kind == kind


def test_lalu_as_then_is_not_part_of_the_expression() -> None:
    text = "Ia tiba pada Selasa, lalu pergi ke Bali."
    assert spans(text) == ["Selasa"]


def test_durations_are_durations() -> None:
    text = "Ini kunjungan pertama dalam 24 tahun terakhir, kurang dari sembilan bulan setelah KTT."
    found = [(text[c.start : c.end], c.kind) for c in recognise(text)]
    assert found == [
        ("dalam 24 tahun terakhir", "duration"),
        ("kurang dari sembilan bulan", "duration"),
    ]


def test_offsets_keep_their_connective() -> None:
    text = "Perjalanan ini terjadi sembilan bulan setelah pertemuan pertama."
    assert [(text[c.start : c.end], c.kind) for c in recognise(text)] == [
        ("sembilan bulan setelah", "offset")
    ]


def test_page_mode_accepts_a_bare_year() -> None:
    footer = "Redaksi | 2025"
    assert spans(footer) == []
    assert [footer[c.start : c.end] for c in recognise(footer, page=True)] == ["2025"]
