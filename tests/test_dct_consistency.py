"""Printed dates judged by the text, and the year of a day printed without one (made-up pages).

The rules: a date the page prints on a line of its own is the article's date only when the
text agrees with it (generator/dates/dct.py); a site's date bar that the text contradicts is
the day the page was fetched and only bounds the date; a day and month without a year take
the year from their weekday and the days the article reports (generator/dates/years.py), or
from the other articles of their story (generator/events/anchor.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dates.temporal import date_article
from generator.events.storyyears import settle_years
from generator.read.load import read_article

BODY = (
    "Para pejabat dari kedua kabupaten membahas penanganan banjir, pembangunan tanggul, dan "
    "bantuan bagi warga dalam pertemuan yang berlangsung di kantor bupati sejak pagi."
)


# A dated wire report the yearless articles below belong to (the story's year is 2023).
HARBOR_BANK = (
    "Delta Wire\n\nHarbor Bank collapses\n\nMarch 24, 2023\n\n"
    "Regulators closed Harbor Bank of New Haven on Friday after depositors pulled their money, "
    "and the Federal Deposit Agency took charge of its branches in New Haven, its chair Maya "
    "Torres said.\n"
)


def dated(tmp_path: Path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return date_article(read_article(path))


def test_a_date_line_under_the_headline_is_the_date(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nTanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam Air\n\n"
        "14 Maret 2031\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2031-03-14"
    stamp = next(t for t in d.timexes if t.text == "14 Maret 2031")
    assert (stamp.type, "publication" in stamp.flags) == ("date", True)


def test_a_date_bar_the_lead_contradicts_is_the_fetch_date(tmp_path: Path) -> None:
    # The lead's weekday date lies two years before the bar: the bar is when the page was
    # fetched. It bounds the date, and the lead's day is the date.
    text = (
        "Rabu, 9 April 2031\n\nWarta Lembah | Daerah\n\n"
        "Tanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam Air Sejak Kemarin\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2029) malam. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert (d.dct.value, d.dct.upper_bound) == ("2029-03-13", "2031-04-09")
    bar = next(t for t in d.timexes if t.text == "Rabu, 9 April 2031")
    assert bar.type == "page-date"


def test_of_two_printed_dates_the_earliest_the_text_allows_wins(tmp_path: Path) -> None:
    text = (
        "Kamis, 3 April 2031\n\nWarta Lembah\n\nTanggul Sungai Cibereum Jebol di Tiga Titik\n\n"
        "Jumat, 14 Maret 2031 | 09:15 WIB\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam. {BODY}\n"
    )
    assert dated(tmp_path, text).dct.value == "2031-03-14"


def test_a_bare_date_bar_with_nothing_to_check_it_against_is_not_the_date(tmp_path: Path) -> None:
    text = (
        "Rabu, 9 April 2031\n\nWarta Lembah\n\nTanggul Sungai Cibereum Jebol Lagi\n\n"
        f"Tanggul sungai itu jebol lagi kemarin sore. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert (d.dct.value, d.dct.upper_bound) == (None, "2031-04-09")


def test_a_yearless_weekday_date_takes_the_year_of_what_the_article_reports(
    tmp_path: Path,
) -> None:
    # 13 November is a Wednesday in 2002, 2013, 2019 and 2024. The bar says 2031 (a fetch);
    # the article reports 12 Oktober 2002, so its own Wednesday is the first one after.
    text = (
        "Selasa, 4 Maret 2031\n\nWarta Lembah\n\nTersangka Akui Ikut Rapat Sebelum Ledakan\n\n"
        f"Tersangka mengaku ikut rapat sebelum ledakan 12 Oktober 2002, kata polisi di kantornya, "
        f"Rabu (13/11) siang. {BODY}\n"
    )
    assert dated(tmp_path, text).dct.value == "2002-11-13"


def test_with_nothing_reported_the_most_recent_fitting_year_is_a_guess(tmp_path: Path) -> None:
    text = (
        "Selasa, 4 Maret 2031\n\nWarta Lembah\n\nTersangka Akui Ikut Rapat Sebelum Ledakan\n\n"
        f"Tersangka mengaku ikut rapat, kata polisi di kantornya, Rabu (13/11) siang. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2030-11-13"  # the last Wednesday 13 November before the bar
    assert "2024-11-13" in d.dct.alternatives  # the corpus may still choose


def test_english_weekday_with_its_date_in_brackets(tmp_path: Path) -> None:
    text = (
        "Delta Wire\n\nLender agrees to buy failed bank's deposits\n\n"
        "NEW HAVEN: A regional lender will take over the deposits of the failed Harbor Bank, "
        "regulators said on Sunday (Mar 26), ending a two-week search for a buyer.\n"
    )
    d = dated(tmp_path, text)
    # Nothing bounds the year: the day waits for the corpus, with every Sunday 26 March.
    assert d.dct.value is None
    assert {"2023-03-26", "2017-03-26"} <= set(d.dct.alternatives)


def test_the_corpus_gives_the_year_from_articles_of_the_same_story(tmp_path: Path) -> None:
    yearless = (
        "Delta Wire\n\nLender agrees to buy failed bank's deposits\n\n"
        "NEW HAVEN: A regional lender will take over the deposits of the failed Harbor Bank, "
        "the Federal Deposit Agency said on Sunday (Mar 26), ending a search for a buyer "
        "for the branches in New Haven that its chair Maya Torres had led.\n"
    )
    a, b = dated(tmp_path, HARBOR_BANK, "a.txt"), dated(tmp_path, yearless, "b.txt")
    settled = settle_years([a, b])
    assert settled[1].dct.value == "2023-03-26"
    assert settled[1].dct.source == "corpus"


def test_a_lead_told_a_day_late_leaves_the_story_year_to_the_corpus(tmp_path: Path) -> None:
    yearless = (
        "Friday, 13 March 2026\n\nDelta Wire\n\nLender agrees to buy failed bank's deposits\n\n"
        "NEW HAVEN, Mar 30 (Delta Wire) - A regional lender will take over the deposits of the "
        "failed Harbor Bank, the Federal Deposit Agency said on Wednesday, ending a search for a "
        "buyer for the branches in New Haven that its chair Maya Torres had led.\n"
    )
    a, b = dated(tmp_path, HARBOR_BANK, "a.txt"), dated(tmp_path, yearless, "b.txt")
    # Alone, the lead's Wednesday suggests a year in which 30 March is one (2022); filed the
    # next day, as wires do, it is 2023, the year of the story.
    assert b.dct.value == "2022-03-30"
    assert settle_years([a, b])[1].dct.value == "2023-03-30"


def test_a_follow_up_a_year_on_takes_the_year_its_reported_days_fit(tmp_path: Path) -> None:
    yearless = (
        "Friday, 14 March 2031\n\nDelta Wire\n\nReport blames Harbor Bank's managers\n\n"
        "NEW HAVEN, Mar 22 (Delta Wire) - Investigators of the Federal Deposit Agency on Friday "
        "blamed the managers of Harbor Bank of New Haven for its collapse on March 24 last year, "
        "in a report its chair Maya Torres presented in New Haven.\n"
    )
    a, b = dated(tmp_path, HARBOR_BANK, "a.txt"), dated(tmp_path, yearless, "b.txt")
    assert b.dct.value == "2030-03-22"  # the latest Friday 22 March before the page's date
    settled = settle_years([a, b])[1]
    # A year after the story's articles, but the collapse it reports is on the story's day.
    assert settled.dct.value == "2024-03-22"
    assert "2023-03-24" in {t.value for t in settled.timexes}


def test_a_dateline_without_its_place(tmp_path: Path) -> None:
    text = (
        "Tuesday, 4 March 2031\n\nDelta Wire\n\nRegional lender shares sink\n\n"
        "April 9 (Delta Wire) - Shares of Harbor Bank lost 40% of their value on Thursday after "
        "the lender said late on Wednesday that it had sold its bonds at a loss.\n"
    )
    # 9 April is a Thursday in 2026 and 2020, a Wednesday in 2025: the lead's own sentence
    # names the news day (Thursday); the day-before statement fits either reading less well.
    assert dated(tmp_path, text).dct.value == "2026-04-09"


def test_a_stamp_with_a_two_digit_year(tmp_path: Path) -> None:
    text = (
        "Kantor Berita Lembah\n\nPenyerahan Senjata Tahap Akhir Ditutup\n\n21/12/05 18:30\n\n"
        f"Upacara penutupan berlangsung di lapangan kota, Rabu. {BODY}\n"
    )
    assert dated(tmp_path, text).dct.value == "2005-12-21"


@pytest.mark.parametrize(
    "heading",
    ["Berita Terpopuler", "TERPOPULER", "Related stories:", "More on this story", "Most read"],
)
def test_a_list_of_other_articles_neither_dates_nor_reports(tmp_path: Path, heading: str) -> None:
    text = (
        "Warta Lembah\n\nTanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam Air\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam. {BODY}\n\n"
        f"{heading}\n1. Harga Cabai Melonjak Jelang Lebaran (01 Mei 2033)\n"
        "2. Jadwal Kereta Tambahan Hari Ini, Jumat 2 Mei 2033\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2031-03-13"  # the list's later dates bound nothing
    listed = [t for t in d.timexes if t.value.startswith("2033")]
    assert listed
    assert all(t.type == "page-date" for t in listed)


def test_an_item_of_a_list_is_read_against_its_own_stamp_else_the_article_s_date(
    tmp_path: Path,
) -> None:
    from generator.events.mentions import find_mentions

    text = (
        "Warta Lembah\n\nTanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam Air\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam. {BODY}\n\n"
        "Baca juga:\n- Bupati Tinjau Tanggul yang Jebol, Selasa (11/3)\n"
        "- Pengungsi Dipindahkan ke Gedung Sekolah Besok\n\n"
        "TERPOPULER\n1. Jadwal Kereta Tambahan Hari Ini - Jumat, 2/5/2033\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2031-03-13"
    listed = {t.text: t.value for t in d.timexes if "listed" in t.flags}
    assert listed == {
        "Selasa (11/3)": "2031-03-11",  # the article's week
        "Besok": "2031-03-14",
        "Hari Ini": "2033-05-02",  # the item's own stamp, printed with its weekday
        "Jumat, 2/5/2033": "2033-05-02",
    }
    assert all(t.type == "page-date" for t in d.timexes if "listed" in t.flags)
    assert all(m.timex.start < text.index("Baca juga") for m in find_mentions(d))


def test_a_date_bar_is_never_the_headline(tmp_path: Path) -> None:
    text = (
        "Warta Lembah | Rabu, 9 April 2031\n\nDaerah\n\n"
        "Tanggul Jebol di Tiga Titik, Warga Mengungsi\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert d.article.title == "Tanggul Jebol di Tiga Titik, Warga Mengungsi"
    assert d.dct.value == "2031-03-13"


def test_articles_of_another_story_do_not_give_the_year(tmp_path: Path) -> None:
    other = (
        "Warta Lembah\n\nFestival Layang-Layang Dibuka di Pantai Utara\n\n20 Maret 2023\n\n"
        "Festival layang-layang tahunan dibuka Bupati Rina Hartati di Pantai Karang Hawu, "
        "Kabupaten Sukaraja, dengan peserta dari dua belas provinsi dan tiga negara tetangga.\n"
    )
    yearless = (
        "Delta Wire\n\nLender agrees to buy failed bank's deposits\n\n"
        "NEW HAVEN: A regional lender will take over the deposits of the failed Harbor Bank, "
        "the Federal Deposit Agency said late on Sunday (Mar 26), ending a search for a buyer.\n"
    )
    a, b = dated(tmp_path, other, "a.txt"), dated(tmp_path, yearless, "b.txt")
    assert settle_years([a, b])[1].dct.value is None


def test_the_time_on_a_stamp_line_is_part_of_the_stamp(tmp_path: Path) -> None:
    from generator.events.mentions import find_mentions

    text = (
        "Delta Wire\n\nKing extends the deadline for a coalition\n\n"
        "Posted on 21 November 2031 - 05:40 PM\n\n"
        "KUALA SEMPANG: The king gave party leaders until 2pm on Tuesday to name a candidate "
        "with the support of most lawmakers, the palace said in a statement.\n"
    )
    d = dated(tmp_path, text)
    stamp = next(t for t in d.timexes if "publication" in t.flags)
    assert stamp.text == "21 November 2031 - 05:40 PM"
    assert all(m.timex.start > stamp.end for m in find_mentions(d))


def test_a_print_edition_note_is_the_article_s_date_not_an_event(tmp_path: Path) -> None:
    from generator.events.mentions import find_mentions

    text = (
        "The Daily Ledger\n\nDivers recover the ferry's data recorder\n\n"
        "Navy divers recovered the data recorder of the sunken ferry Bintang Laut on Monday, the "
        "search agency said, after four days of work in strong currents.\n\n"
        "A version of this article appeared in the print edition of The Daily Ledger on March 6, "
        "2031, with the headline 'Ferry recorder found'.\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2031-03-06"
    note = next(t for t in d.timexes if t.text == "March 6, 2031")
    assert "publication" in note.flags
    assert all(m.timex.start != note.start for m in find_mentions(d))


def test_read_more_lists_are_furniture(tmp_path: Path) -> None:
    text = (
        "Delta Wire\n\nRegulators close a second bank\n\nMarch 12, 2031\n\n"
        "Regulators closed a second regional bank on Sunday, the state banking department said in "
        "a statement released in the evening.\n\nRead more:\n"
        "- Harbor Bank collapse: what happened (Mar 10, 2031)\n- Startups scramble to make payroll\n"
    )
    d = dated(tmp_path, text)
    listed = next(t for t in d.timexes if t.text == "Mar 10, 2031")
    assert listed.type == "page-date"


def test_a_date_in_a_quote_is_the_speaker_s_not_the_news_day(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nSidang Perdana Gugatan Banjir Ditunda\n\n"
        "SUKARAJA - Sidang perdana gugatan warga korban banjir di Pengadilan Negeri Sukaraja, "
        'Senin (3/2/2031), ditunda. "Persidangan kami lanjutkan pada Senin, 17 Februari 2031," '
        f"ujar ketua majelis hakim. {BODY}\n"
    )
    assert dated(tmp_path, text).dct.value == "2031-02-03"


def test_a_page_year_the_text_runs_past_bounds_nothing(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nHujan Ekstrem Rendam Ibu Kota\n\n"
        f"Banjir merendam ibu kota sejak Rabu (1/1/2031) pagi, kata petugas. {BODY}\n\n"
        "Curah Hujan Tertinggi Sejak 1866\n"
    )
    d = dated(tmp_path, text)
    assert (d.dct.value, d.dct.upper_bound) == ("2031-01-01", None)


def test_a_wire_dateline_naming_two_cities(tmp_path: Path) -> None:
    text = (
        "Delta Wire\n\nTalks on river treaty collapse\n\n"
        "OSLO/NAIROBI, March 12, 2031 (Delta Wire) - Negotiators abandoned talks on a river "
        "treaty on Wednesday after a night of disputes over water quotas.\n"
    )
    d = dated(tmp_path, text)
    assert (d.dct.value, "dateline" in d.dct.evidence) == ("2031-03-12", True)


def test_a_planned_event_named_before_the_weekday_is_no_plan_for_that_day(
    tmp_path: Path,
) -> None:
    # "his planned summit ... on Thursday": the cancelling was on Thursday, the news day; the
    # president's statement of Monday is earlier background.
    text = (
        "Delta Wire\n\nPresident cancels summit\n\n"
        "OSLO, May 22 (Delta Wire) - The president pulled out of his planned June 30 summit with "
        "the prime minister on Thursday, citing hostile remarks. His deputy had warned in an "
        "interview on Monday that the talks were at risk, officials said.\n\n"
        "The talks were first announced in March 2030.\n"
    )
    # 22 May is a Thursday in 2031 and 2036, a Monday in 2034: with nothing bounding the year
    # from above, the corpus chooses, the Thursday years offered first.
    years = dated(tmp_path, text).dct.alternatives
    assert years.index("2031-05-22") < years.index("2034-05-22")
    assert years.index("2036-05-22") < years.index("2034-05-22")


def test_a_stamp_under_a_long_standfirst_is_the_date_not_an_event(tmp_path: Path) -> None:
    text = (
        "Delta Wire\n\nRegulators ground the Harbor 900 jet\n\n"
        "Aviation authorities act as a precaution after the second crash in five months, while "
        "the maker says it sees no reason to ground the fleet\n\n"
        "Wed 14 Mar 2031 19.53 GMT\n\n"
        "Regulators shut their skies to the Harbor 900 on Wednesday, joining a growing list of "
        "countries that have grounded the jet.\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2031-03-14"
    stamp = next(t for t in d.timexes if "14 Mar 2031" in t.text)
    assert "publication" in stamp.flags


def test_a_dateline_date_dates_the_article_not_an_event(tmp_path: Path) -> None:
    from generator.events.mentions import find_mentions

    text = (
        "Delta Wire\n\nMaker cuts output of its jets\n\n"
        "OSLO, April 6, 2031 (Delta Wire) - The maker said on Friday it would build fewer jets "
        "while the fleet stays grounded after two crashes.\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2031-04-06"
    line = next(t for t in d.timexes if t.text == "April 6, 2031")
    assert "dateline" in line.flags
    assert {m.date for m in find_mentions(d)} == {"2031-04-04"}


def test_said_late_on_a_day_is_told_the_day_after(tmp_path: Path) -> None:
    text = (
        "Delta Wire\n\nLender agrees to buy failed bank\n\n"
        "NEW YORK: A regional lender will take over all deposits of the failed Harbor Bank, the "
        "deposit insurer said late on Sunday (Mar 9, 2031), ending a two-week search for a buyer.\n"
    )
    d = dated(tmp_path, text)
    assert (d.dct.value, "late on the day before" in d.dct.evidence) == ("2031-03-10", True)


def test_a_statement_on_the_day_after_the_lead_s_event_dates_the_article(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nKlub Ajukan Protes atas Kepemimpinan Wasit\n\n"
        "Klub Persada Lembah mengajukan protes resmi kepada federasi atas kepemimpinan wasit "
        "dalam laga melawan Tirta Jaya di Stadion Gelora Lembah, Sabtu (14/3/2037) malam.\n\n"
        '"Dua keputusan wasit itu jelas keliru," kata manajer klub Rudi Hartono kepada '
        f"wartawan, Minggu. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2037-03-15"  # the statement's Sunday, the match the night before
    assert "told on the first day after" in d.dct.evidence
    # A statement of the same day, or one told days before, leaves the match's day.
    assert dated(tmp_path, text.replace("Minggu.", "Sabtu."), "b.txt").dct.value == "2037-03-14"
    assert dated(tmp_path, text.replace("Minggu.", "Kamis."), "c.txt").dct.value == "2037-03-14"


def test_an_evening_the_text_calls_last_night_was_told_the_morning_after(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nKorban Banjir Bandang Bertambah Satu Orang\n\n"
        "Seorang warga Desa Cibeureum yang terseret banjir bandang meninggal di rumah sakit "
        "daerah, Sabtu (14/3/2037) pukul 22.15 WIB, setelah dirawat selama sepekan.\n\n"
        '"Betul, pasien itu meninggal tadi malam," kata juru bicara rumah sakit. '
        f"Jenazahnya dimakamkan di kampung halamannya. {BODY}\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value == "2037-03-15"  # the Saturday evening is "last night"
    assert "told on the first day after" in d.dct.evidence
    # Without "last night", or when the lead dates the small hours, the day stays the lead's.
    plain = text.replace(" tadi malam", "")
    assert dated(tmp_path, plain, "b.txt").dct.value == "2037-03-14"
    small_hours = text.replace("pukul 22.15 WIB", "dini hari")
    assert dated(tmp_path, small_hours, "c.txt").dct.value == "2037-03-14"


def test_an_undated_article_s_yearless_dates_wait_for_the_corpus(tmp_path: Path) -> None:
    text = (
        "Kamis, 9 Oktober 2031\n\nWarta Lembah\n\nWarga Bantaran Sungai Cibereum Mengungsi\n\n"
        f"Ratusan warga bantaran Sungai Cibereum mengungsi ke balai desa. {BODY}\n\n"
        "Banjir serupa melanda kampung itu pada 18 Juni, kata kepala desa Rudi Hartono.\n"
    )
    d = dated(tmp_path, text)
    assert d.dct.value is None  # the date bar above the headline is the day it was fetched
    (june,) = [t for t in d.timexes if t.text == "18 Juni"]
    # Not the 18 June before the page's date (2031): the article's year is not known.
    assert not june.value


def test_an_hour_told_without_its_day_is_of_the_day_the_lead_reports(tmp_path: Path) -> None:
    lead = (
        "Warta Lembah\n\nRicuh Usai Laga di Stadion Gelora Lembah\n\nMinggu, 2 Oktober 2033\n\n"
        "Kericuhan pecah seusai laga Persada Lembah melawan Tirta Jaya di Stadion Gelora Lembah"
        "{}. {}\n\n"
        "Laga itu dimulai pukul 20.00 WIB dan berakhir dengan kekalahan tuan rumah.\n"
    )
    d = dated(tmp_path, lead.format(", Sabtu (1/10/2033) malam", BODY))
    assert d.dct.value == "2033-10-02"
    clock = next(t for t in d.timexes if t.text == "pukul 20.00 WIB")
    assert clock.value == "2033-10-01"  # the match night the lead reports
    d = dated(tmp_path, lead.format("", BODY), "b.txt")
    assert next(t for t in d.timexes if t.text == "pukul 20.00 WIB").value == "2033-10-02"


def test_a_follow_up_told_by_month_takes_the_story_s_year(tmp_path: Path) -> None:
    firm = (
        "Warta Lembah\n\nHakim Vonis Rudi Hartono 12 Tahun\n\n"
        "Majelis hakim Pengadilan Negeri Lembah memvonis Rudi Hartono 12 tahun penjara dalam "
        "sidang pada Kamis (21/10/2027). Rudi terbukti menggelapkan dana koperasi Tirta Jaya.\n"
    )
    yearless = (
        "Rabu, 3 Desember 2036\n\nKabar Lembah\n\nBanding Rudi Hartono Ditolak\n\n"
        "Pengadilan Tinggi Lembah menolak banding Rudi Hartono atas vonis penggelapan dana "
        "koperasi Tirta Jaya, kata juru bicara pengadilan, Senin (13/3).\n\n"
        "Rudi divonis 12 tahun penjara oleh Pengadilan Negeri Lembah pada Oktober tahun lalu.\n"
    )
    a, b = dated(tmp_path, firm, "a.txt"), dated(tmp_path, yearless, "b.txt")
    # Monday 13 March below the page's date: 2034, 2028, 2023, 2017. The verdict "last
    # October" is the story's (2027), so the appeal is of 2028, though five months from it.
    assert b.dct.value == "2034-03-13"
    assert settle_years([a, b])[1].dct.value == "2028-03-13"


def test_a_copyright_line_s_years_are_one_stretch(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nTanggul Jebol di Tiga Titik\n\n"
        f"Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam. {BODY}\n\n"
        "Copyright 2008 - 2033 PT Warta Lembah. All Rights Reserved.\n"
    )
    printed = [t for t in dated(tmp_path, text).timexes if t.type == "page-date"]
    assert [(t.text, t.value) for t in printed] == [("Copyright 2008 - 2033", "2008/2033")]


def test_the_weeks_of_the_story_outweigh_one_look_back_a_year_on(tmp_path: Path) -> None:
    first = (
        "Friday, 13 March 2026\n\nDelta Wire\n\nDepositors pull money from Harbor Bank\n\n"
        "NEW HAVEN, Mar 20 (Delta Wire) - Depositors pulled money from the branches of Harbor "
        "Bank of New Haven on Monday, after the bank warned on March 15 of losses on its bonds, "
        "and the Federal Deposit Agency of chair Maya Torres looked for a buyer.\n"
    )
    buyer = (
        "Delta Wire\n\nHarbor Bank buyer found\n\nMarch 28, 2023\n\n"
        "A regional lender agreed on Monday to buy the branches of Harbor Bank of New Haven, the "
        "Federal Deposit Agency and its chair Maya Torres said.\n"
    )
    year_on = (
        "Delta Wire\n\nTwelve months on\n\nMarch 20, 2024\n\n"
        "Twelve months on, the old Harbor Bank offices of New Haven stand empty, and former "
        "staff told Delta Wire they still wait for their pensions.\n"
    )
    reopened = (
        "Delta Wire\n\nHarbor Bank branches reopen\n\nMarch 31, 2023\n\n"
        "The branches of Harbor Bank of New Haven reopened on Friday under their buyer, and "
        "depositors took out less money than feared, the Federal Deposit Agency said.\n"
    )
    articles = [
        dated(tmp_path, HARBOR_BANK, "a.txt"),
        dated(tmp_path, buyer, "b.txt"),
        dated(tmp_path, reopened, "e.txt"),
        dated(tmp_path, year_on, "c.txt"),
        dated(tmp_path, first, "d.txt"),
    ]
    # Three reports of the story near 2023, one look back near 2024.
    assert settle_years(articles)[4].dct.value == "2023-03-20"


def test_a_word_for_source_inside_a_name_makes_no_stamp(tmp_path: Path) -> None:
    text = (
        "Warta Lembah\n\nStatus Bendungan Naik Jadi Siaga\n\n"
        "Diterbitkan 9 Januari 2031, 06:45 WIB\n\n"
        "Warta Lembah, Sukaraja - Badan Sumber Daya Air menaikkan status bendungan Cibereum "
        "menjadi Siaga sejak Selasa (7/1/2031) pukul 18.00 WIB, setelah hujan deras tiga hari "
        "berturut-turut membuat air naik.\n"
    )
    assert dated(tmp_path, text).dct.value == "2031-01-09"
