"""Days that depend on the rest of the article: a clock time followed by its day, a bare
weekday the article names elsewhere with its date (generator/dates/temporal.py)."""

from __future__ import annotations

from pathlib import Path

from generator.core.model import DatedArticle, Dct
from generator.dates.temporal import date_article
from generator.events.mentions import find_mentions
from generator.read.load import read_article


def dated_body(tmp_path: Path, body: str, language: str = "id") -> DatedArticle:
    # A publication stamp under the headline fixes the article's date: Monday 10 March 2031.
    stamp = (
        "Diterbitkan 10 Maret 2031, 09:00 WIB" if language == "id" else "Published 10 March 2031"
    )
    path = tmp_path / "a.txt"
    path.write_text(f"Judul Berita Singkat\n\n{stamp}\n\n{body}\n", encoding="utf-8")
    dated = date_article(read_article(path))
    assert dated.dct.value == "2031-03-10"
    return dated


def values(tmp_path: Path, body: str, language: str = "id") -> dict[str, str]:
    return {
        t.text: t.value for t in dated_body(tmp_path, body, language).timexes if t.type == "date"
    }


def test_a_clock_time_is_on_the_day_that_follows_it(tmp_path: Path) -> None:
    body = (
        "The delegates arrived on Sunday after a long flight from the coast. "
        "The conference will open at 9am on Wednesday in the old town hall."
    )
    got = values(tmp_path, body, "en")
    assert got["9am"] == "2031-03-12"
    assert got["Wednesday"] == "2031-03-12"


def test_a_clock_time_with_no_day_after_it_keeps_the_day_of_its_paragraph(
    tmp_path: Path,
) -> None:
    body = (
        "Rombongan tiba pada Minggu (9/3/2031) dan langsung beristirahat sekitar pukul 22.00 WIB."
    )
    assert values(tmp_path, body)["pukul 22.00 WIB"] == "2031-03-09"


def test_a_bare_weekday_is_the_day_the_article_names_with_it(tmp_path: Path) -> None:
    # The article dated Monday names Thursday 13 March; its bare "Kamis" is that Thursday,
    # though the past tense of a report would otherwise read the Thursday before.
    body = (
        "Majelis hakim menetapkan putusan dibacakan pada Kamis, 13 Maret 2031, pukul 13.00 WIB.\n\n"
        "Pembacaan pada Kamis itu dihadiri kedua pihak, kata juru bicara pengadilan."
    )
    got = values(tmp_path, body)
    assert got["Kamis"] == "2031-03-13"


def test_a_weekday_named_with_two_days_is_read_from_its_clause(tmp_path: Path) -> None:
    body = (
        "Sidang pertama digelar Selasa (4/3/2031) dan sidang kedua dijadwalkan Selasa "
        "(11/3/2031).\n\nHakim menunda sidang pada Selasa karena saksi sakit, ujarnya."
    )
    got = values(tmp_path, body)
    assert got["Selasa"] == "2031-03-04"


def test_a_caption_date_is_a_time_expression_but_no_event(tmp_path: Path) -> None:
    from generator.events.mentions import find_mentions

    body = (
        "Tanggul Sungai Cibereum jebol pada Minggu (9/3/2031) malam dan merendam tiga desa.\n\n"
        "[Foto] Warga membersihkan lumpur di Desa Sukamaju, Senin (3/3/2031). ANTARA FOTO/Budi"
    )
    path = tmp_path / "a.txt"
    stamp = "Diterbitkan 10 Maret 2031, 09:00 WIB"
    path.write_text(f"Judul Berita Singkat\n\n{stamp}\n\n{body}\n", encoding="utf-8")
    dated = date_article(read_article(path))
    assert "Senin (3/3/2031)" in {t.text for t in dated.timexes}
    assert {m.date for m in find_mentions(dated)} == {"2031-03-09"}


def test_a_date_modifying_a_noun_dates_background(tmp_path: Path) -> None:
    from generator.events.mentions import find_mentions

    body = (
        "The two leaders signed a joint statement at their March 12 summit in Oslo. "
        "The ministers met again on March 13 to draft the next steps."
    )
    path = tmp_path / "a.txt"
    path.write_text(f"Delta Wire\n\nPublished 20 March 2031\n\n{body}\n", encoding="utf-8")
    mentions = find_mentions(date_article(read_article(path)))
    background = {m.date: m.background for m in mentions}
    assert background == {"2031-03-12": True, "2031-03-13": False}


def test_an_hour_told_in_a_later_paragraph_is_of_the_day_the_lead_names(tmp_path: Path) -> None:
    # Dated Monday, the article leads with Sunday's ruling; "nine hours after" in the lead
    # counts from the hour, not from the article's date, so it names no later day of its own,
    # and the hour does not take its day from what follows it.
    body = (
        "The tribunal on Sunday threw out the appeal in full, nine hours after it began.\n\n"
        '"The appeal fails," the presiding judge said at 9:16 p.m., almost nine hours after '
        "the hearing opened. It had been called for 12:30 p.m. and ran late into the "
        "evening.\n\nProtesters left in the late afternoon."
    )
    got = values(tmp_path, body, "en")
    assert got["9:16 p.m."] == "2031-03-09"
    assert got["12:30 p.m."] == "2031-03-09"
    assert got["the late afternoon"] == "2031-03-09"


def test_an_hour_of_a_later_paragraph_is_on_the_lead_s_day_in_its_part_of_day(
    tmp_path: Path,
) -> None:
    # Dated Monday morning: the lead tells a riot of Sunday evening and a briefing in the small
    # hours of Monday; the match's hours further down are Sunday's, the hour the judge sets
    # before the lead names a morning is the article's day.
    body = (
        "Kerusuhan pecah seusai laga di Stadion Cendana, Minggu malam. Sebanyak 40 orang "
        "terluka.\n\nKapolres menyampaikan angka itu dalam jumpa pers, Senin dini hari.\n\n"
        "Laga dimulai pukul 19.00 WIB dan berakhir sekitar pukul 21.00 WIB dengan skor 2-1."
    )
    got = values(tmp_path, body)
    assert got["Minggu malam"] == got["pukul 19.00 WIB"] == got["pukul 21.00 WIB"] == "2031-03-09"
    assert got["Senin dini hari"] == "2031-03-10"
    scheduled = (
        "Sidang lanjutan digelar hari ini, Senin (10/3/2031).\n\n"
        "Hakim menjadwalkan sidang lanjutan dimulai pukul 09.00 WIB. Jadwal itu diumumkan "
        "seusai sidang yang berlangsung sejak Sabtu (8/3/2031) pagi dan baru berakhir Minggu "
        "dini hari."
    )
    assert values(tmp_path, scheduled)["pukul 09.00 WIB"] == "2031-03-10"


def test_a_day_opening_a_stretch_is_no_day_to_count_from(tmp_path: Path) -> None:
    # "sejak Rabu (5/3)" opens a stretch that reaches to now: "Sehari sebelumnya" counts from
    # the day the story stands on (Sunday 9 March), not from that Wednesday.
    body = (
        "Kepala BPBD memberi keterangan pada Minggu (9/3/2031) sore. Warga mengungsi sejak "
        "Rabu (5/3/2031). Sehari sebelumnya, BPBD masih mencatat 20 korban."
    )
    assert values(tmp_path, body)["Sehari sebelumnya"] == "2031-03-08"


def test_a_count_of_days_restated_by_its_date_is_that_date(tmp_path: Path) -> None:
    body = (
        "Majelis menjatuhkan vonis pada Senin (10/3/2031). Sepekan sebelumnya, Senin (3/3/2031), "
        "majelis yang sama menghukum terdakwa lain. Lima bulan sebelumnya, pada 2 Oktober, "
        "sidang perdana digelar."
    )
    got = values(tmp_path, body)
    assert got["Sepekan sebelumnya"] == "2031-03-03"
    assert got["Lima bulan sebelumnya"] == "2030-10"  # (a count of months is told by month)


def test_a_part_of_day_after_since_dates_a_scene_not_a_development(tmp_path: Path) -> None:
    dated = dated_body(
        tmp_path,
        "Sejak pagi, antrean warga memanjang hingga ke depan kantor kelurahan.\n\n"
        "Menjelang petang, kapal patroli menemukan serpihan di dekat pulau itu.",
    )
    days = {t.text: t.value for t in dated.timexes}
    assert days["pagi"] == days["petang"] == "2031-03-10"
    assert [m.timex.text for m in find_mentions(dated)] == ["petang"]


# Filler of the length of a lead, so that what follows it is told further down the article.
LEAD_FILLER = " ".join(["Warga kota itu mengikuti kabar ini dengan cermat dan waspada."] * 14)


def test_hours_from_an_event_fall_on_its_day_the_lead_or_no_day(tmp_path: Path) -> None:
    # In the lead, the news of the day; with a day given after the event, that day; further
    # down with neither, background the writer did not date.
    body = (
        "Kapal feri itu tenggelam beberapa menit setelah meninggalkan pelabuhan. "
        + LEAD_FILLER
        + "\n\nKapal kedua karam enam menit setelah lepas landas pada Minggu (2/3/2031)."
        "\n\nKapal lain pernah karam dua puluh menit setelah berangkat, menewaskan 40 orang."
    )
    got = values(tmp_path, body)
    assert got["beberapa menit setelah"] == "2031-03-10"
    assert got["enam menit setelah"] == "2031-03-02"
    assert got["dua puluh menit setelah"] == ""


def test_the_same_day_after_a_paragraph_of_background_is_the_news_day(tmp_path: Path) -> None:
    body = (
        "Gubernur meresmikan jembatan baru pada Senin (10/3/2031).\n\n"
        "Jembatan lama runtuh pada Selasa (4/3/2031). Pada hari yang sama, warga mengungsi.\n\n"
        "Pada hari yang sama, bupati meninjau lokasi pengungsian di balai desa."
    )
    dated = dated_body(tmp_path, body)
    same = [t.value for t in dated.timexes if t.text == "hari yang sama"]
    assert same == ["2031-03-04", "2031-03-10"]


def test_an_hour_of_a_chronology_keeps_its_day_into_the_next_paragraph(tmp_path: Path) -> None:
    # The hour before took its day from its paragraph; "besok pagi" named no day of a
    # chronology, so the hour after it keeps the news day.
    body = (
        "Polisi menggelar jumpa pers pada Senin (10/3/2031) siang.\n\n"
        "Unjuk rasa pada Sabtu (8/3/2031) berlangsung damai, lalu massa bubar pukul 21.00 WIB.\n\n"
        "Namun sekitar pukul 23.00 WIB, sekelompok orang merusak pagar kantor itu.\n\n"
        "Kapolres akan kembali memberi keterangan besok pagi.\n\n"
        "Rapat evaluasi dimulai pukul 19.00 WIB di markas polres."
    )
    got = values(tmp_path, body)
    assert got["pukul 23.00 WIB"] == "2031-03-08"
    assert got["pukul 19.00 WIB"] == "2031-03-10"


def test_a_day_after_since_and_a_verb_opens_a_stretch(tmp_path: Path) -> None:
    # "sejak tiba pada Minggu": Sunday opens the stay, the evening told is Monday's.
    id_body = (
        "Presiden muncul di depan warga pada Senin (10/3/2031) malam. Ia tidak keluar dari "
        "hotel sejak tiba pada Minggu (9/3/2031). Rombongannya keluar sekitar pukul 21.00."
    )
    assert values(tmp_path, id_body)["pukul 21.00"] == "2031-03-10"
    en_body = (
        "The president appeared before the crowd on Monday evening. He had not left the hotel "
        "since arriving on Sunday. His motorcade left at about 9pm."
    )
    assert values(tmp_path, en_body, "en")["9pm"] == "2031-03-10"


def test_a_recurrence_is_no_time_expression_and_dates_nothing(tmp_path: Path) -> None:
    body = "Pasar itu digelar setiap Senin dan posko dibuka setiap hari. Warga datang tiap sore."
    told = [t for t in dated_body(tmp_path, body).timexes if "publication" not in t.flags]
    assert told == []


def test_the_year_a_record_is_measured_against_dates_no_development(tmp_path: Path) -> None:
    dated = dated_body(
        tmp_path,
        "Kandidat itu menang dengan selisih suara terbesar di dapil tersebut sejak 1995. "
        "Warga desa itu mengungsi sejak 2019.",
    )
    told = {m.timex.text for m in find_mentions(dated)}
    assert "2019" in told
    assert "1995" not in told
    english = dated_body(
        tmp_path,
        "It was the deadliest crash since 1997, and the airline's first loss since 2008. "
        "The carrier has flown the route since 2012.",
        "en",
    )
    assert {m.timex.text for m in find_mentions(english)} == {"2012"}


def test_dates_a_sentence_lists_share_the_year_it_names_once(tmp_path: Path) -> None:
    # Told on 10 March 2031, "24 Juli" alone would be last July's; beside "9 Agustus 2031" it
    # is this year's. Without a written year, a date listed after another takes the year that
    # puts it on or after it ("... from Aug. 25 to Sept. 6" after "July 24 to Aug. 9 this
    # year"). A date with a year of its own relative to the article's keeps it.
    def found(name: str, text: str) -> dict[str, str]:
        path = tmp_path / name
        path.write_text(f"Judul Berita Singkat\n\n{text}\n", encoding="utf-8")
        dct = Dct("2031-03-10", "metadata", "given", 1.0)
        return {t.text: t.value for t in date_article(read_article(path), dct).timexes}

    indonesian = found(
        "id.txt",
        "Pesta olahraga itu sedianya dibuka pada 24 Juli dan ditutup 9 Agustus 2031. Panitia "
        "mengumumkan keputusan itu pada 30 Maret tahun lalu, setelah rapat yang panjang.",
    )
    assert indonesian["24 Juli"] == "2031-07-24"
    assert indonesian["30 Maret tahun lalu"] == "2030-03-30"
    english = found(
        "en.txt",
        "The games had been scheduled for July 24 to Aug. 9 this year, with the second games "
        "from Aug. 25 to Sept. 6, the organisers told reporters in the capital.",
    )
    assert english["Aug. 25 to Sept. 6"] == "2031-08-25/2031-09-06"


def test_two_days_listed_with_and_are_two_dates(tmp_path: Path) -> None:
    body = (
        "Menteri itu sudah dua kali diperiksa sebagai saksi, yaitu pada 4 dan 11 Februari 2031, "
        "dan rapat digelar 5 dan 6 Maret. Polisi berjaga antara 2 dan 9 Maret."
    )
    got = values(tmp_path, body)
    assert got["4"] == "2031-02-04"
    assert got["11 Februari 2031"] == "2031-02-11"
    # Days that follow each other, or "antara ... dan ...", make one stretch.
    assert got["5 dan 6 Maret"] == "2031-03-05/2031-03-06"
    assert got["2 dan 9 Maret"] == "2031-03-02/2031-03-09"


def test_a_month_listed_with_its_year_gives_the_next_one_its_year(tmp_path: Path) -> None:
    body = "The lender moved client money in October 2030 and January, the filing showed."
    got = values(tmp_path, body, "en")
    assert got["October 2030"] == "2030-10"
    assert got["January"] == "2031-01"
