"""The article's date: metadata, the article's own statements, and page dates as upper bounds."""

from __future__ import annotations

from pathlib import Path

from generator.core.model import Article, Dct
from generator.dates.temporal import date_article
from generator.read.load import read_article

PROSE = (
    "Para pejabat dari kedua negara membahas kerja sama ekonomi, keamanan kawasan, dan "
    "perdagangan dalam pertemuan yang berlangsung tertutup di gedung kementerian."
)


def article(tmp_path: Path, text: str, name: str = "a.txt") -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(path)


def test_metadata_beats_everything(tmp_path: Path) -> None:
    a = article(
        tmp_path,
        "---\npublished: 2023-03-02\n---\nJudul berita yang cukup panjang di sini\n\n"
        f"Menteri tiba pada Selasa (18/6/2024) hari ini. {PROSE}\n",
        "m.md",
    )
    dated = date_article(a)
    assert (dated.dct.value, dated.dct.source, dated.dct.confidence) == (
        "2023-03-02",
        "metadata",
        1.0,
    )


def test_date_with_hari_ini_is_the_dct(tmp_path: Path) -> None:
    a = article(
        tmp_path,
        f"Menteri Kunjungi Kota Pelabuhan Hari Ini\n\nMenteri tiba pada Rabu (5/3/2025) hari ini. {PROSE}\n",
    )
    dct = date_article(a).dct
    assert (dct.value, dct.source) == ("2025-03-05", "text")
    assert "Rabu (5/3/2025) hari ini" in dct.evidence
    assert dct.confidence >= 0.9


def test_page_header_date_is_only_an_upper_bound(tmp_path: Path) -> None:
    text = (
        "Sabtu, 1 November 2025\n\nBanjir Besar Landa Ibu Kota Provinsi Selatan\n\n"
        f"Banjir merendam ratusan rumah pada Kamis (20/6). {PROSE}\n"
    )
    dated = date_article(article(tmp_path, text))
    # 20 June is a Thursday in 2024 (and 2019), not in 2025: the weekday picks the year,
    # the page's date only bounds it.
    assert dated.dct.value == "2024-06-20"
    assert dated.dct.upper_bound == "2025-11-01"
    pages = [t for t in dated.timexes if t.type == "page-date"]
    assert [(t.text, t.value) for t in pages] == [("Sabtu, 1 November 2025", "2025-11-01")]
    for t in dated.timexes:
        assert dated.article.text[t.start : t.end] == t.text


def test_page_date_alone_never_becomes_the_dct(tmp_path: Path) -> None:
    text = (
        "Senin, 3 Maret 2025\n\nHarga Beras Kembali Naik di Pasar Tradisional\n\n"
        f"Harga beras naik sejak pekan lalu. {PROSE}\n\n© 2025 Kabar Kota"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value is None
    assert dated.dct.source == "none"
    # The header's day bounds the DCT; the coarser copyright year does not loosen it.
    assert dated.dct.upper_bound == "2025-03-03"
    week = next(t for t in dated.timexes if t.text == "pekan lalu")
    assert (week.value, week.anchor, week.flags) == ("", "unresolved", ("unresolved",))
    assert {t.text for t in dated.timexes if t.type == "page-date"} == {
        "Senin, 3 Maret 2025",
        "© 2025",
    }


def test_citation_stamp(tmp_path: Path) -> None:
    text = (
        "Gempa Guncang Pesisir Barat Pulau Besar\n\n"
        f"Gempa terjadi awal pekan ini, seperti dilansir Reuters, Kamis, 7 Maret 2024. {PROSE}\n"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value == "2024-03-07"
    week = next(t for t in dated.timexes if t.text == "awal pekan ini")
    assert week.value == "2024-W10"


def test_dateline(tmp_path: Path) -> None:
    text = f"Harga Cabai Melonjak Jelang Lebaran Tahun Ini\n\nBANDUNG, 12 April 2023 - Harga cabai naik kemarin. {PROSE}\n"
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value == "2023-04-12"
    assert "dateline" in dated.dct.evidence
    assert next(t for t in dated.timexes if t.text == "kemarin").value == "2023-04-11"


def test_english_dateline_takes_year_from_copyright(tmp_path: Path) -> None:
    text = (
        "Central bank holds rates steady as inflation cools\n\n"
        "WASHINGTON, March 20 (Reuters) - The central bank kept its rate unchanged on "
        "Wednesday and said it would cut later this year, officials told reporters at the "
        "press conference in the capital.\n\n© 2024 Reuters"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.article.language == "en"
    assert dated.dct.value == "2024-03-20"
    assert next(t for t in dated.timexes if t.text == "Wednesday").value == "2024-03-20"


def test_yesterday_with_date(tmp_path: Path) -> None:
    text = f"Pencuri Motor Ditangkap Warga Kampung Sebelah\n\nPolisi menangkap pelaku kemarin (26/11/2024). {PROSE}\n"
    assert date_article(article(tmp_path, text)).dct.value == "2024-11-27"


def test_a_weekday_date_of_last_week_is_not_the_article_s_own(tmp_path: Path) -> None:
    # "Kamis (6/3/2025) pekan lalu": that Thursday lies in the week before the article's, so
    # the article's date is no earlier than the Monday after it (10 March), never that day.
    text = (
        "Jembatan Baru Mulai Dilalui Kendaraan\n\nJembatan itu dibuka untuk umum hari ini. "
        f"Gubernur meresmikannya pada Kamis (6/3/2025) pekan lalu. {PROSE}\n"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value == "2025-03-10"
    thursday = next(t for t in dated.timexes if t.text.startswith("Kamis"))
    assert (thursday.text, thursday.value) == ("Kamis (6/3/2025) pekan lalu", "2025-03-06")


def test_a_byline_line_with_a_full_date_is_the_article_s_stamp(tmp_path: Path) -> None:
    # A line of its own under the standfirst: the place, a separator, the weekday and the
    # date. The site's date bar above the headline, in the same form, is the day the page was
    # fetched: only an upper bound.
    text = (
        "Harbour City | Friday 6 March 2026\n\nNew bridge opens to traffic\n\n"
        "The crossing, years late, links the two halves of the river town at last.\n\n"
        "Riverton, Eastland \u25cf Tue, October 14, 2025\n\n"
        "Officials said the bridge would carry 20,000 vehicles a day. Work began on "
        f"January 3, 2024, and ran over budget; its loan is due in 2026. {PROSE}\n"
    )
    dct = date_article(article(tmp_path, text)).dct
    assert (dct.value, dct.source) == ("2025-10-14", "text")
    assert "publication stamp" in dct.evidence


def test_a_site_date_bar_above_the_headline_is_no_byline(tmp_path: Path) -> None:
    # The same form above the headline ("City | Friday 6 March 2026") is the site's date bar,
    # the day the page was fetched: a sidebar's year near it does not make it the article's.
    text = (
        "Harbour City | Friday 6 March 2026\n\nTHE HARBOUR TIMES\n\nNew bridge opens to traffic\n\n"
        "The crossing, years late, links the two halves of the river town at last.\n\n"
        "Officials said on Sunday the bridge would carry 20,000 vehicles a day. Work began "
        "last year and ran over budget.\n\nRead more\n- Ferry firms to add new routes in 2026\n"
    )
    assert date_article(article(tmp_path, text)).dct.value != "2026-03-06"


def test_last_weekday_with_its_date_is_before_the_article_by_a_week_at_most(
    tmp_path: Path,
) -> None:
    # "last Friday, 13 March": the latest Friday before the article's date; the lead's
    # Wednesday says which day of the week after it the article is of.
    text = (
        "Ministers review the river summit\n\nSpeaking to reporters on Wednesday morning, "
        "the minister looked back on the river summit that ended last Friday, 13 March 2026, "
        f"and said the next one would be held in the delta. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2026-03-18"
    # Without it, the first day it can be: not the Saturday, whose writer would have said
    # "yesterday" of a Friday, but the Sunday.
    bare = text.replace("Speaking to reporters on Wednesday morning, the", "The")
    assert date_article(article(tmp_path, bare, "b.txt")).dct.value == "2026-03-15"


def test_a_year_ahead_sets_no_floor_for_a_yearless_dateline(tmp_path: Path) -> None:
    # "the 2031 presidential election, in which he is expected to run": a year the story
    # looks ahead to, not one it has passed; the dateline's year may lie before it.
    text = (
        "WIRE\n\nProsecutors seek probation for the governor\n\n"
        "JAKARTA, April 20 (Wire) - Prosecutors on Thursday asked judges to spare the governor "
        "a prison term, a day after he lost his re-election bid.\n\nAnalysts say the contest is "
        "also an early test of the 2031 presidential election, in which the president is expected "
        f"to run again. {PROSE}\n\n\u00a9 2035 Wire. All rights reserved.\n"
    )
    dct = date_article(article(tmp_path, text)).dct
    assert "2028-04-20" in (dct.value, *dct.alternatives)


def test_a_weekday_date_after_a_lead_told_on_another_weekday_is_no_news_day(
    tmp_path: Path,
) -> None:
    # The lead reports Tuesday's verdict; "Pada sidang Kamis (6/3/2031)" is the hearing that
    # came before it, not the article's date.
    text = (
        "Hakim Jatuhkan Vonis Dua Tahun\n\nMajelis hakim Pengadilan Negeri Kota Lama menyatakan "
        "terdakwa terbukti bersalah dan menjatuhkan vonis dua tahun penjara kepada terdakwa, "
        "Selasa.\n\nPada sidang Kamis (6/3/2031), jaksa hanya menuntut satu "
        f"tahun penjara. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value != "2031-03-06"


def test_no_date_means_unresolved_not_today(tmp_path: Path) -> None:
    text = (
        f"Presiden Dijadwalkan Tiba di Kota Pelabuhan\n\nPresiden akan tiba Rabu malam. {PROSE}\n"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct == Dct(None, "none", "no date of its own in the text", 0.0, None)
    rabu = next(t for t in dated.timexes if t.text == "Rabu malam")
    assert (rabu.value, rabu.anchor, rabu.part) == ("", "unresolved", "evening")


def test_a_given_dct_is_used(tmp_path: Path) -> None:
    text = (
        f"Presiden Dijadwalkan Tiba di Kota Pelabuhan\n\nPresiden akan tiba Rabu malam. {PROSE}\n"
    )
    given = Dct("2024-06-18", "corpus", "shares events with dated articles", 0.7)
    dated = date_article(article(tmp_path, text), dct=given)
    assert dated.dct is given
    rabu = next(t for t in dated.timexes if t.text == "Rabu malam")
    assert (rabu.value, rabu.anchor) == ("2024-06-19", "corpus")


def test_photo_caption_date_is_not_the_dct(tmp_path: Path) -> None:
    text = (
        "Foto arsip - Kedua menteri berjabat tangan di Jakarta (13/9/2023).\n"
        f"Jakarta - Menteri melakukan kunjungan resmi. {PROSE}\n"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value is None
    assert next(t for t in dated.timexes if t.text == "13/9/2023").value == "2023-09-13"


def test_a_news_photo_dates_an_article_with_no_date_of_its_own(tmp_path: Path) -> None:
    # An agency's caption dates its photo, taken on the news day; an older photo says so.
    body = (
        "Rescuers searched the flooded valley for a third day on Saturday as the water "
        "receded and aid trucks reached the villages cut off since the river burst its banks.\n"
        "\nOfficials said the search would go on as long as anyone was missing, and that "
        "shelters in the town hall and two schools were full.\n"
        "\nThe regional government has asked for tents, clean water and medicine, and volunteers "
        "from neighbouring towns have arrived with boats.\n"
    )
    caption = (
        "A rescuer carries a child through floodwater in Riverton, Saturday, Oct. 6, 2018. "
        "(AP Photo/Jane Roe)\n"
    )
    dated = date_article(article(tmp_path, f"{body}\n{caption}"))
    assert dated.dct.value == "2018-10-06"
    assert "photo caption" in dated.dct.evidence
    older = date_article(article(tmp_path, f"{body}\nFILE - {caption}", "b.txt"))
    assert older.dct.value is None
    # A photo of the day before the news: the lead's weekday says the article's day.
    sunday = body.replace("for a third day on Saturday", "for a third day on Sunday")
    assert date_article(article(tmp_path, f"{sunday}\n{caption}", "c.txt")).dct.value == (
        "2018-10-07"
    )


def test_yearless_dateline_takes_the_year_of_its_stated_weekday(tmp_path: Path) -> None:
    # 4 June is a Tuesday in 2024 and a Wednesday in 2025: "on Tuesday" in the dateline's own
    # sentence picks 2024, the most recent such year not after the page's date.
    body = (
        "PERTH, Western Australia, June 4 (Harbour Wire) - Port workers ended a strike on "
        "{day} after the operator agreed to a new pay offer, the union said in a statement "
        "to members.\n\nShips had queued offshore for days.\n\n© 2025 Harbour Wire"
    )
    dated = date_article(article(tmp_path, "Port strike ends\n\n" + body.format(day="Tuesday")))
    assert (dated.dct.value, dated.dct.source) == ("2024-06-04", "text")
    assert "dateline" in dated.dct.evidence
    assert next(t for t in dated.timexes if t.text == "Tuesday").value == "2024-06-04"
    dated = date_article(
        article(tmp_path, "Port strike ends\n\n" + body.format(day="Wednesday"), "b.txt")
    )
    assert dated.dct.value == "2025-06-04"


def test_yearless_dateline_without_a_weekday_takes_the_latest_year_allowed(
    tmp_path: Path,
) -> None:
    text = (
        "Port strike ends\n\nOSLO, June 4 - Port workers ended a strike after the operator "
        "agreed to a new pay offer, the union said.\n\n© 2023 Nordic Wire"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2023-06-04"


def test_the_date_of_a_reported_statement_beats_an_earlier_event_date(tmp_path: Path) -> None:
    # The lead names the night before; the date after "kata ... saat dihubungi" is the news day.
    text = (
        "Rabu, 1 Oktober 2025\n\nLongsor Tutup Jalan Provinsi\n\n"
        "Longsor menutup jalan provinsi di Kecamatan Sukamaju pada Senin (3/2) malam. "
        '"Alat berat sudah kami kerahkan sejak pagi," kata Camat Budi Santoso saat '
        "dihubungi Kabarkita.id, Selasa (4/2). Warga diminta memakai jalur alternatif.\n"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value == "2025-02-04"
    assert "statement" in dated.dct.evidence


def test_the_statement_weekday_dates_a_yearless_dateline(tmp_path: Path) -> None:
    # 9 May is a Thursday in 2024 and 2019, a Friday in 2025. The lead's first weekday is the
    # flood (Wednesday night); "officials said on Thursday" is the news day: 2024, the most
    # recent Thursday 9 May before the header's date (the copyright year alone would allow
    # a later one).
    text = (
        "Friday, January 16, 2026\n\nFloods cut river town off\n\n"
        "PORTO ALEGRE, May 9 (Delta Wire) - Floodwater cut off the river town of Eldorado on "
        "Wednesday night after two dikes failed, regional officials said on Thursday.\n\n"
        "Rescue boats reached the town before dawn.\n\n© 2026 Delta Wire"
    )
    dated = date_article(article(tmp_path, text))
    assert (dated.dct.value, dated.dct.upper_bound) == ("2024-05-09", "2026-01-16")
    assert next(t for t in dated.timexes if t.text == "Thursday").value == "2024-05-09"


def test_late_weekday_in_a_dateline_lead_may_be_the_day_before(tmp_path: Path) -> None:
    # "late Monday" in a Tuesday story: 3 March is a Tuesday in 2026 and a Monday in 2025.
    text = (
        "Ferry strike\n\nOSLO, March 3 - Ferry crews walked out late Monday over a pay "
        "dispute, stranding hundreds of travellers at the harbour.\n\n© 2026 Nordic Wire"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2026-03-03"


def test_dated_references_bound_the_year_of_a_yearless_dateline(tmp_path: Path) -> None:
    # 12 October is a Monday in 2020, 2015 and 2026 (after the header): "closed in November
    # 2019" is a past reference, so the article is not earlier: 2020, not 2015.
    lead = (
        "Sunday, March 1, 2026\n\nMine reopens\n\nPERTH, Oct. 12 - The Karri mine reopened on "
        "Monday, the operator said in a statement.\n\n{}\n\n© 2026 West Wire"
    )
    recent = "The mine closed in November 2019 after a rockfall in its main shaft."
    assert date_article(article(tmp_path, lead.format(recent))).dct.value == "2020-10-12"
    # A past reference to a year rules out earlier years; a plan for a dated future does not
    # exclude anything earlier than it. "in 2016" leaves 2020 the most recent Monday.
    old = "The mine first opened in 2016 and will expand by March 2030."
    assert date_article(article(tmp_path, lead.format(old), "b.txt")).dct.value == "2020-10-12"


def test_the_latest_news_day_in_the_lead_is_the_dct(tmp_path: Path) -> None:
    # Lead weekday dates: the collapse (Sabtu) and the state "hingga Minggu" (the news day);
    # a planned visit (akan, Senin) is not the news day.
    text = (
        "Jembatan Gantung Putus, Dua Warga Hilang\n\n"
        "Jembatan gantung di Desa Sukaluyu putus pada Sabtu (14/9/2024) sore saat dilintasi "
        "warga. Hingga Minggu (15/9/2024) pukul 16.00 WIB, dua warga masih dicari tim SAR. "
        "Bupati akan meninjau lokasi pada Senin (16/9/2024). Kemarin, tim menemukan sepeda "
        f"motor korban di hilir sungai. {PROSE}\n"
    )
    dated = date_article(article(tmp_path, text))
    assert dated.dct.value == "2024-09-15"
    assert next(t for t in dated.timexes if t.text == "Kemarin").value == "2024-09-14"


def test_coarse_copyright_year_does_not_loosen_a_day_precise_header(tmp_path: Path) -> None:
    text = (
        "Rabu, 11 Februari 2026\n\nJudul Berita Panjang Sekali\n\n"
        f"Warga berkumpul di balai desa. {PROSE}\n\n© 2026 Kabarkita"
    )
    assert date_article(article(tmp_path, text)).dct.upper_bound == "2026-02-11"


def test_a_stretch_ending_ahead_does_not_rule_out_the_stamp(tmp_path: Path) -> None:
    # "hingga 27 Maret 2032" ends a stretch still to come: the article does not report it as
    # done, so the stamp under the headline (consistent with the lead) is the article's date.
    text = (
        "Rabu, 03 Des 2025 10:15 WIB\n\nTerpidana Bebas Bersyarat Setelah Delapan Tahun\n\n"
        "Minggu, 18 Agu 2024 13:20 WIB\n\n"
        "Terpidana kasus itu keluar dari lembaga pemasyarakatan, Minggu (18/8) pagi. Ia wajib "
        f"melapor ke balai pemasyarakatan hingga 27 Maret 2032. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2024-08-18"


def test_a_day_relative_to_the_article_restated_by_its_date_dates_it(tmp_path: Path) -> None:
    text = (
        "Pasukan Terakhir Tinggalkan Kota\n\n"
        "Juru bicara militer mengumumkan pembubaran sayap bersenjata itu di Banda Aceh. "
        f"Gelombang terakhir pasukan dijadwalkan berangkat besok, Kamis (29/12/2033). {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2033-12-28"


def test_a_weekday_told_as_earlier_today_is_the_article_s_day(tmp_path: Path) -> None:
    # The match began on Thursday night and ended "Jumat dini hari tadi": a Friday paper.
    text = (
        "Timnas Kalah di Perebutan Tempat Ketiga\n\n"
        "Laga yang dimulai Kamis (2/5/2024) malam itu baru tuntas Jumat dini hari tadi. "
        f"{PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2024-05-03"


def test_a_bracketed_dateline_after_the_place(tmp_path: Path) -> None:
    text = (
        "Coalition partners sign pact ahead of confidence vote\n\n"
        "PUTRAJAYA (Dec 16): The parties of the unity government today signed a memorandum "
        "committing their lawmakers to back the prime minister on matters of confidence.\n\n"
        "© 2022 The Daily Courier"
    )
    dct = date_article(article(tmp_path, text)).dct
    assert (dct.value, "dateline" in dct.evidence) == ("2022-12-16", True)


def test_a_statement_days_after_the_event_in_the_lead_dates_the_article(tmp_path: Path) -> None:
    # The visit on Thursday is told in the statement's sentence; the statement, on Sunday, is
    # the news.
    text = (
        "Komisi Temukan Ponsel di Sel Tahanan\n\n"
        "Komisioner menyampaikan temuan itu dalam sebuah diskusi daring, Ahad. Temuan itu "
        f"diperoleh ketika tim mendatangi lapas pada Kamis (9/9/2021). {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2021-09-12"


def test_a_stamp_printed_clock_first_is_one_expression(tmp_path: Path) -> None:
    text = (
        "WIRE NEWS\n\nRegulators ground the jet after second crash\n\n"
        "Published 5:47 PM EDT, March 13, 2031\n\n"
        "WASHINGTON (Wire) - Regulators grounded the jet on Wednesday, reversing course after "
        "days of pressure from lawmakers, airlines and passengers.\n\n"
        "The agency said new evidence from the crash site had changed its view.\n\n"
        "Copyright 2031 Wire. All rights reserved.\n"
    )
    dated = date_article(article(tmp_path, text))
    stamp = [t for t in dated.timexes if "publication" in t.flags]
    assert [(t.text, t.value, t.part) for t in stamp] == [
        ("5:47 PM EDT, March 13, 2031", "2031-03-13", "afternoon")
    ]
    assert not any(t.text.startswith("5:47") and t not in stamp for t in dated.timexes)


def test_a_date_that_was_meant_to_be_is_not_the_news_day(tmp_path: Path) -> None:
    # "sedianya": the draw was to be held on Friday; the news is Sunday's announcement.
    text = (
        "Undian Turnamen Batal Digelar\n\n"
        "Panitia memastikan undian grup yang sedianya berlangsung di Bandung pada Jumat "
        "(14/6/2030) dibatalkan. Kepastian itu disampaikan ketua panitia dalam jumpa pers, "
        f"Minggu (9/6/2030). {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2030-06-09"


def test_a_source_quoted_on_a_later_weekday_dates_the_article(tmp_path: Path) -> None:
    # Quoted in Jakarta on Tuesday from a statement made on Monday abroad: Tuesday's report.
    text = (
        "Federasi Tetapkan Tuan Rumah Baru\n\n"
        "Keputusan itu diumumkan pada Senin (15/4/2030) waktu Zurich, seperti dikutip dari laman "
        f"resmi federasi di Jakarta, Selasa. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2030-04-16"


def test_a_lead_counting_days_from_its_date_is_of_the_day_it_reaches(tmp_path: Path) -> None:
    text = (
        "Tim Penyelamat Mulai Bekerja di Lokasi Bencana\n\n"
        "Tim penyelamat mulai menyisir reruntuhan di kota itu, sehari setelah mendarat di bandara "
        f"provinsi, Minggu (9/3/2031) pukul 10.05 waktu setempat. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2031-03-10"


def test_a_statement_quoted_further_down_is_older_than_the_lead_s_day(tmp_path: Path) -> None:
    # The lead's statement is Thursday's; the embassy's, quoted near the end, Tuesday's.
    filler = " ".join([PROSE] * 10)
    text = (
        "Presiden Apresiasi Tim Penyelamat\n\n"
        'Presiden memuji kerja tim penyelamat yang dikirim ke luar negeri. "Mereka bekerja siang '
        'dan malam," kata Presiden di Jakarta, Kamis.\n\n'
        f"{filler}\n\n"
        '"Tim kita sudah mengevakuasi dua belas korban," kata duta besar dalam keterangan '
        "kedutaan, Selasa (11/3/2031).\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2031-03-13"


def test_a_byline_stamp_heads_a_recap_of_the_weeks_before_it(tmp_path: Path) -> None:
    text = (
        "Selasa, 10 Maret 2026\n\n"
        "Kronologi Runtuhnya Sebuah Bank Daerah\n\n"
        "Contoh.com - 14/11/2030, 10:21 WIB\n\n"
        "JAKARTA, CONTOH.com - Bank daerah itu resmi ditutup oleh regulator. Berikut rangkuman "
        "peristiwanya.\n\n"
        "Rabu (30/10/2030), sebuah laporan tentang neraca bank itu terbit dan nasabah mulai "
        f"menarik dana. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2030-11-14"


def test_a_date_restated_as_a_time_ago_dates_the_article_that_long_after(tmp_path: Path) -> None:
    text = (
        "Setahun Jembatan Baru Dibuka\n\n"
        "Tepat setahun lalu, Senin (4/3/2030), gubernur meresmikan jembatan di atas sungai itu. "
        f"Kini jembatan dilalui ribuan kendaraan setiap hari. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2031-03-04"
    english = (
        "A fortnight after the bridge opened\n\n"
        "Two weeks ago, on Monday, March 4, 2030, the governor opened the bridge over the river. "
        "Thousands of cars now cross it every day, officials said, and the old ferry has stopped "
        "running for good.\n"
    )
    assert date_article(article(tmp_path, english, "b.txt")).dct.value == "2030-03-18"


def test_a_lead_s_afternoon_told_again_as_yesterday_afternoon_is_the_day_before(
    tmp_path: Path,
) -> None:
    text = (
        "Banjir Lumpur Terjang Dua Desa\n\n"
        "Banjir lumpur melanda dua desa di kaki gunung, Jumat (4/4/2031) sore. Air meluap dari "
        "sungai yang berhulu di puncak.\n\n"
        f"Tim penyelamat sudah dikerahkan sejak kemarin sore untuk membantu warga. {PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2031-04-05"


def test_last_weekday_far_down_leaves_the_lead_s_weekday_its_week(tmp_path: Path) -> None:
    # Found "last Wednesday, July 29"; the statement of the lead was on Thursday: the Thursday
    # of the week after, not the day after the find.
    filler = " ".join(["Investigators in the capital studied the part through the night."] * 8)
    text = (
        "Harbour part is from the missing ferry\n\n"
        "The minister said on Thursday that a part found on the coast came from the missing "
        f"ferry, the first proof that it sank. {filler}\n\n"
        "The part was found by workers cleaning a beach last Wednesday, July 29, 2026, and was "
        "flown to the laboratory on Saturday.\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2026-08-06"


def test_a_statement_told_as_yesterday_s_dates_the_article_a_day_after_it(tmp_path: Path) -> None:
    text = (
        "Presiden Janjikan Bantuan Rumah Tahan Gempa\n\n"
        "JAKARTA - Pemerintah akan membantu warga yang rumahnya rusak akibat gempa. Hal itu "
        "disampaikan Presiden saat meninjau kecamatan yang paling parah, kemarin.\n\n"
        '"Rumah dibangun ulang begitu gempa reda," ujar Presiden di lokasi, Selasa (11/3/2031).\n'
        f"\n{PROSE}\n"
    )
    assert date_article(article(tmp_path, text)).dct.value == "2031-03-12"
