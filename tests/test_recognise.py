"""Recognition: which spans of Indonesian and English news text are time expressions."""

from __future__ import annotations

import re

import pytest

from generator.dates.recognise import recognise


def spans(text: str) -> list[str]:
    return [text[c.start : c.end] for c in recognise(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Festival digelar 30 Juni-2 Juli 2024 di Bali.", ["30 Juni-2 Juli 2024"]),
        ("Pameran berlangsung 5-10 Februari 2015.", ["5-10 Februari 2015"]),
        ("Tanggul Jebol (Minggu, 7/10/2031)", ["Minggu, 7/10/2031"]),
        (
            "Rapat ditunda, Selasa, 07/01/2031 pukul 10.00 WIB.",
            ["Selasa, 07/01/2031 pukul 10.00 WIB"],
        ),
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
        # A sentence's full stop is not an abbreviation's.
        ("Batas waktunya 12 April.", ["12 April"]),
        ("The deadline is Jan. 5 and the vote is June 30.", ["Jan. 5", "June 30"]),
        # A number glued to its ordinal or decade ending is one word, and still begins a date.
        ("It opened on 12th June 2024.", ["12th June 2024"]),
        ("The vote ran 3rd-5th May 2021.", ["3rd-5th May 2021"]),
        ("In 1990s the town grew.", ["1990s"]),
        ("Sejak 1990an kota tumbuh.", ["1990an"]),
        ("A 20th century house.", ["20th century"]),
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
    # A decree's number with its series letter: "Keputusan Presiden Nomor 41/P Tahun 2031".
    assert spans("Ia dilantik berdasarkan Keputusan Presiden Nomor 41/P Tahun 2031.") == []


def test_the_years_ending_a_reference_number_are_not_time_expressions() -> None:
    text = "Surat Nomor 12/KPTS/II/2019-2020 dan dokumen 7/A/2018 diteken pada 3/4/2021."
    assert spans(text) == ["3/4/2021"]


@pytest.mark.parametrize(
    "text",
    [
        "Pemilu 2019 berlangsung damai.",
        "Timnas bersiap menghadapi Piala Asia 2027 di Arab Saudi.",
        "Ia mencetak gol di Liga 2 2022/2023.",
        "The city bid for Expo 2030 was rejected.",
        "Delegates flew in for the G20 Summit 2026 talks.",
        "Traffic was diverted onto State Route 99.",
    ],
)
def test_years_inside_names_are_not_time_expressions(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pada 2021, harga naik.", ["Pada 2021"]),
        ("Sejak 2018 ia bekerja.", ["2018"]),
        ("Until 2030, the rule stays.", ["2030"]),
        ("Memasuki 2024, harga stabil.", ["2024"]),
        ("Throughout 2022 prices rose.", ["2022"]),
        ("It was founded in 2012.", ["in 2012"]),
        ("Ia lahir pada tahun 1987.", ["pada tahun 1987"]),
        ("Ia menjabat pada 2015-2019.", ["pada 2015-2019"]),
        ("Dia lulus Agustus 2011.", ["Agustus 2011"]),
    ],
)
def test_years_after_signal_words_stay_dates(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        ("Gempa terjadi sekitar pukul 21.15 WIB.", "pukul 21.15 WIB", "clock"),
        ("Kapal tiba jam 06.45 WITA di pelabuhan.", "jam 06.45 WITA", "clock"),
        ("Polls close at 8 p.m. local time.", "8 p.m. local time", "clock"),
        ("The blast was heard at 11:40 a.m. in the port.", "11:40 a.m.", "clock"),
        ("Sidang dilanjutkan lusa pukul 09.00 WIB.", "lusa pukul 09.00 WIB", "rel-day"),
        ("Longsor terjadi dini hari tadi di desa itu.", "dini hari tadi", "part"),
        ("Hujan Deras Guyur Kota Dini Hari Tadi", "Dini Hari Tadi", "part"),
        ("Polisi menangkap pelaku tadi pagi.", "tadi pagi", "part"),
        ("Angin kencang bertiup semalam.", "semalam", "rel-day"),
        ("Pasar tutup Senin sampai Rabu.", "Senin sampai Rabu", "range-wd"),
        ("The show runs Thursday through Saturday.", "Thursday through Saturday", "range-wd"),
        ("Saat ini ada 40 pengungsi.", "Saat ini", "ref"),
        ("At present the road is closed.", "At present", "ref"),
        ("Pendaftaran ditutup 3 Mei mendatang.", "3 Mei mendatang", "dmy"),
        ("Ia dilantik 20 Oktober lalu.", "20 Oktober lalu", "dmy"),
    ],
)
def test_clock_times_parts_of_day_and_weekday_ranges(text: str, expected: str, kind: str) -> None:
    (c,) = recognise(text)
    assert (text[c.start : c.end], c.kind) == (expected, kind)


def test_semalam_as_a_length_is_not_last_night() -> None:
    assert spans("Mereka menginap semalam di balai desa.") == []
    assert spans("Hujan turun semalam suntuk.") == []


def test_kini_alone_is_not_annotated_but_now_is() -> None:
    # "kini" is an adverb of the clause ("harga kini naik"); only phrases like "saat ini" are
    # expressions. English "now" is TimeML's PRESENT_REF, as in TempEval.
    assert spans("Harga kini naik.") == []
    assert spans("Prices are falling now, the bank said.") == ["now"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road was shut for two days after the storm.", "for two days"),
        ("Jalan ditutup selama dua hari setelah banjir.", "selama dua hari"),
        ("Comments are open for three weeks before the vote.", "for three weeks"),
    ],
)
def test_a_length_before_after_or_before_is_not_an_offset(text: str, expected: str) -> None:
    (c,) = recognise(text)
    assert (text[c.start : c.end], c.kind) == (expected, "duration")


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
    text = "Ini kunjungan pertama dalam 24 tahun terakhir, selama sembilan bulan."
    found = [(text[c.start : c.end], c.kind) for c in recognise(text)]
    assert found == [
        ("dalam 24 tahun terakhir", "duration"),
        ("selama sembilan bulan", "duration"),
    ]


def test_a_hedged_count_before_after_is_still_an_offset() -> None:
    # "kurang dari sembilan bulan setelah KTT" dates what it counts from, hedged or not.
    for text, expected in (
        (
            "Kunjungan ini kurang dari sembilan bulan setelah KTT.",
            "kurang dari sembilan bulan setelah",
        ),
        ("The search ended almost two weeks after the quake.", "almost two weeks after"),
        ("Banjir terjadi lebih dari empat bulan lalu.", "lebih dari empat bulan lalu"),
    ):
        (c,) = recognise(text)
        assert (text[c.start : c.end], c.kind in ("offset", "ago")) == (expected, True)


def test_offsets_keep_their_connective() -> None:
    text = "Perjalanan ini terjadi sembilan bulan setelah pertemuan pertama."
    assert [(text[c.start : c.end], c.kind) for c in recognise(text)] == [
        ("sembilan bulan setelah", "offset")
    ]


def test_page_mode_accepts_a_bare_year() -> None:
    footer = "Redaksi | 2025"
    assert spans(footer) == []
    assert [footer[c.start : c.end] for c in recognise(footer, page=True)] == ["2025"]


def test_the_gate_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns that begin with "the" are tried only before the words listed in
    `patterns.FOLLOWERS` (a speed-up). Trying them everywhere must find the same
    expressions in real articles and in every "the ..." form the grammar knows."""
    from support import article_texts

    from generator.dates import recognise as module

    texts = article_texts()
    texts += [
        f"It happened {phrase}, officials said."
        for phrase in (
            "the 18th of June",
            "the 1990s",
            "the '90s",
            "the 20th century",
            "the start of 2024",
            "the beginning of the year",
            "the end of the month",
            "the middle of June",
            "the last two years",
            "the past week",
            "the previous day",
            "the following week",
            "the coming days",
            "the next day",
            "the weekend",
            "the day before",
            "the first half of 2024",
            "the first week of July",
            "the same day",
            "the night of June 18",
            "the morning of 18 June 2024",
            "the early 2000s",
            "the late 19th century",
        )
    ]
    gated = [[(c.start, c.end, c.kind) for c in module.recognise(t)] for t in texts]
    module._plan_for.cache_clear()
    monkeypatch.setattr(module, "FOLLOWERS", {"the": re.compile("")})
    try:
        open_gate = [[(c.start, c.end, c.kind) for c in module.recognise(t)] for t in texts]
    finally:
        module._plan_for.cache_clear()  # the patched plans must not outlive the test
    assert open_gate == gated


def test_a_number_joined_to_a_name_is_no_count() -> None:
    # "U-23", "G-20": the number names the team or the meeting; "5-10 tahun" still counts.
    assert spans("Tim itu kalah di Piala Asia U-23 pekan lalu.") == ["pekan lalu"]
    assert spans("Ia hadir di KTT G-20 dua tahun lalu.") == ["dua tahun lalu"]
    assert spans("Ia ditahan 23 pekan lalu.") == ["23 pekan lalu"]
