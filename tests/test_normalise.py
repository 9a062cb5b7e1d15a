"""Normalisation: TIMEX3 values at the granularity of the text, relative to a given DCT."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from generator.core.model import Timex
from generator.dates import engine as engine_module
from generator.dates.calendar import duration_value
from generator.dates.context import Context
from generator.dates.engine import engine_date
from generator.dates.normalise import normalise
from generator.dates.recognise import recognise
from generator.dates.value import Value

TUESDAY = "2024-06-18"  # a Tuesday, ISO week 25


def values(text: str, dct: str | None = TUESDAY, lang: str = "id") -> list[tuple[str, str, str]]:
    ctx = Context(dt.date.fromisoformat(dct) if dct else None, lang)
    out = []
    for c in recognise(text):
        v = normalise(c, text, ctx)
        if v is not None:
            out.append((text[c.start : c.end], v.type, v.value))
    return out


def only(text: str, dct: str | None = TUESDAY, lang: str = "id") -> Value:
    ctx = Context(dt.date.fromisoformat(dct) if dct else None, lang)
    (c,) = recognise(text)
    v = normalise(c, text, ctx)
    assert v is not None
    return v


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Festival digelar 30 Juni-2 Juli 2024.", "2024-06-30/2024-07-02"),
        ("Pameran berlangsung 5-10 Februari 2015.", "2015-02-05/2015-02-10"),
        ("Proyek berjalan Juli hingga Desember 2018.", "2018-07/2018-12"),
        ("Lagu itu populer pada 1990-an.", "199X"),
        ("Sejak awal 2000-an harga naik.", "200X"),
        ("Krisis terjadi pada tahun 1960an.", "196X"),
        ("Rapat akan digelar minggu depan.", "2024-W26"),
        ("Rapat digelar pekan lalu.", "2024-W24"),
        ("Ia akan tiba lusa.", "2024-06-20"),
        ("Ia tiba dua hari lalu.", "2024-06-16"),
        ("Dua hari lagi ia berangkat ke Jakarta.", "2024-06-20"),
        ("Banjir datang lagi pada 16 Juni kemarin.", "2024-06-16"),
        ("Laga itu digelar dini hari nanti.", "2024-06-19"),
        ("Ia tiba kemarin.", "2024-06-17"),
        ("Harga naik bulan depan.", "2024-07"),
        ("Harga naik awal bulan ini.", "2024-06"),
        ("Mereka bertemu tiga pekan lalu.", "2024-W22"),
        ("Putin berkunjung 24 tahun lalu.", "2000"),
        ("Acara digelar pada 18 dan 19 Juni 2024.", "2024-06-18/2024-06-19"),
        ("Kunjungan 18-19 Juni itu bersejarah.", "2024-06-18/2024-06-19"),
        ("Pemilu digelar tahun lalu pada bulan Februari.", "2023-02"),
        ("Ia datang pada akhir pekan lalu.", "2024-06-15/2024-06-16"),
        ("Warga berkumpul pada hari Kamis pekan lalu.", "2024-06-13"),
        ("Putin akan datang dalam waktu dekat.", "FUTURE_REF"),
        ("Harga turun dalam beberapa bulan terakhir.", "PAST_REF"),
        ("Kerusuhan pecah pada akhir 2023.", "2023"),
        ("Tanggal 5 Agt. 2020 ia lahir.", "2020-08-05"),
        ("Abad ke-21 penuh tantangan.", "20"),
    ],
)
def test_indonesian_values(text: str, value: str) -> None:
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister resigned last week.", "2024-W24"),
        ("The summit is on June 18-19, 2024.", "2024-06-18/2024-06-19"),
        ("It opened on 18 June 2024.", "2024-06-18"),
        ("Music of the 1990s.", "199X"),
        ("It happened in the '80s.", "198X"),
        ("He left two years ago.", "2022"),
        ("Earlier this month, prices rose.", "2024-06"),
        ("The meeting is scheduled for next Tuesday.", "2024-06-25"),
        ("It met last Friday.", "2024-06-14"),
        ("Prices rose last year.", "2023"),
        ("He died on 6/3/2024.", "2024-06-03"),
        ("He died on 13/3/2024.", "2024-03-13"),
        ("Posted 06.03.2024. by the desk", "2024-03-06"),  # dotted: day first, as in Europe
        ("Talks ran from June 30 to July 2, 2024.", "2024-06-30/2024-07-02"),
        ("It will be decided in the coming weeks.", "FUTURE_REF"),
        ("Yesterday the court ruled.", "2024-06-17"),
    ],
)
def test_english_values(text: str, value: str) -> None:
    assert only(text, lang="en").value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Tense decides the direction of a bare weekday.
        ("Presiden akan berkunjung pada Kamis.", "2024-06-20"),
        ("Presiden dijadwalkan tiba Rabu malam.", "2024-06-19"),
        ("Presiden berkunjung pada Kamis.", "2024-06-13"),
        ("Menteri itu mengatakan pada hari Senin bahwa harga stabil.", "2024-06-17"),
        ("The president will visit on Thursday.", "2024-06-20"),
        ("The president visited on Thursday.", "2024-06-13"),
        ("Officials said on Friday that talks will resume.", "2024-06-14"),
        # A passive future holds no past form: "held" after "will be" is still ahead.
        ("The final will be held on Thursday.", "2024-06-20"),
        # A headline's infinitive is its future; a try that failed is past.
        ("The court to rule on Thursday over the merger", "2024-06-20"),
        ("The earlier attempt to start the burials on Thursday was called off.", "2024-06-13"),
        # A plan that was ("had been planned for Thursday but was pushed back") is a day that
        # has passed; a plan that is still looks ahead.
        (
            "The demolition had originally been planned for Thursday but was pushed back.",
            "2024-06-13",
        ),
        ("The demolition is planned for Thursday.", "2024-06-20"),
        # A hope, like a plan, looks ahead.
        ("The agency hoped to resume the search on Thursday.", "2024-06-20"),
        ("Tim berharap bisa kembali mencari pada Kamis.", "2024-06-20"),
        # The DCT's own weekday is the DCT in either direction.
        ("Ia akan tiba pada Selasa malam.", "2024-06-18"),
        ("Ia tiba pada Selasa.", "2024-06-18"),
    ],
)
def test_weekday_direction_from_tense(text: str, value: str) -> None:
    lang = "en" if text.split()[0] in {"The", "Officials"} else "id"
    assert only(text, lang=lang).value == value


def test_speech_then_future_clause() -> None:
    found = values("Peskov mengatakan pada Senin bahwa Putin akan datang pada Rabu.")
    assert [v for _, _, v in found] == ["2024-06-17", "2024-06-19"]


def test_bare_month_takes_the_year_its_tense_allows() -> None:
    assert only("Keduanya bertemu pada bulan September.").value == "2023-09"
    assert only("Keduanya akan bertemu pada bulan September.").value == "2024-09"
    assert only("Keduanya bertemu pada bulan Maret.").value == "2024-03"


def test_part_of_day_is_kept_beside_the_value() -> None:
    v = only("Ia akan tiba Rabu malam.")
    assert (v.value, v.part) == ("2024-06-19", "evening")
    assert only("Kemarin pagi hujan deras.").part == "morning"
    assert only("Kebakaran terjadi Senin (17/6/2024) pukul 19.30 WIB.").part == "evening"
    assert only("It rained on Monday morning.", lang="en").part == "morning"
    v = only("Tiba Malam Ini")
    assert (v.value, v.part) == (TUESDAY, "evening")


def test_weekday_that_contradicts_its_date_is_flagged() -> None:
    v = only("Selasa (16/6/2024) warga berkumpul.")
    assert v.value == "2024-06-16"
    assert "weekday-mismatch" in v.flags
    assert "weekday-mismatch" not in only("Minggu (16/6/2024) warga berkumpul.").flags


def test_year_from_weekday() -> None:
    # 18 June is a Tuesday in 2024 and in 2019; the DCT picks the nearer.
    assert only("Ia tiba pada Selasa (18/6).", dct="2025-01-10").value == "2024-06-18"
    # Without a DCT the year stays open (the corpus may date the article): a page's date,
    # often the day it was fetched, only bounds it.
    text = "Ia tiba pada Selasa (18/6)."
    (c,) = recognise(text)
    v = normalise(c, text, Context(None, "id"))
    assert v is not None
    assert not v.value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dia menjabat selama 24 tahun.", "P24Y"),
        ("Ini yang pertama dalam dua dekade terakhir.", "P20Y"),
        ("Pertemuan kedua dalam waktu kurang dari sembilan bulan.", "P9M"),
        ("Kremlin selama berbulan-bulan berjanji.", "PXM"),
        ("Dampaknya terasa dalam dekade mendatang.", "P10Y"),
        ("Dia menjabat selama sebelas tahun.", "P11Y"),
        ("The war has lasted for years.", "PXY"),
        ("Prices doubled over the past decade.", "P10Y"),
        ("It was the first visit in 24 years.", "P24Y"),
        ("The text is open for comment for three weeks before the vote.", "P3W"),
        ("The form said she had not left the country in the 14 days before the trip.", "P14D"),
        ("The plant will close within a year.", "P1Y"),
        ("The deal removes tariffs within 10 years.", "P10Y"),
        ("Sales doubled over the past five years.", "P5Y"),
        ("Ia divonis 8 tahun penjara.", "P8Y"),
        ("Jalan ditutup selama dua hari setelah banjir.", "P2D"),
        ("Kasus naik dalam tiga bulan terakhir.", "P3M"),
        ("Sidang putusan tinggal dua pekan lagi.", "P2W"),
        ("Masa tanggap darurat diperpanjang 14 hari lagi.", "P14D"),
    ],
)
def test_durations_never_become_dates(text: str, value: str) -> None:
    lang = "en" if text.split()[0] in {"The", "Prices", "It", "Sales"} else "id"
    v = only(text, lang=lang)
    assert (v.type, v.value) == ("duration", value)


def test_sets() -> None:
    assert only("Rapat digelar setiap Senin.") == Value("set", "XXXX-WXX-1")
    assert only("The festival is held every year.", lang="en").value == "P1Y"
    assert only("Pasar dibuka tiap hari.").value == "P1D"


def test_relative_expressions_without_dct_stay_unresolved() -> None:
    for text in ("Ia tiba kemarin.", "Rapat digelar pekan lalu.", "Ia tiba Rabu malam.",
                 "Putin berkunjung 24 tahun lalu.", "Keduanya bertemu pada bulan September."):  # fmt: skip
        v = only(text, dct=None)
        assert (v.value, v.anchor, v.flags) == ("", "unresolved", ("unresolved",)), text
    # Absolute expressions need no DCT.
    assert only("Kunjungan pada Juli 2000.", dct=None).value == "2000-07"


def test_offset_from_another_event() -> None:
    v = only("Perjalanan ini terjadi sembilan bulan setelah pertemuan pertama.")
    assert v.value == "2023-09"
    assert only("Pemilu digelar dua tahun sebelum krisis.").value == "2026"


def test_a_year_after_the_event_it_dates_is_a_date() -> None:
    # "banjir 2007", "erupsi 2021": a disaster of that year, told in lower case.
    assert values("Hujan kali ini lebih deras dibanding saat banjir 2007 dan 2015.") == [
        ("2007", "date", "2007"),
        ("2015", "date", "2015"),
    ]
    assert values("Pesawat itu dipakai maskapai tersebut mulai 2012.") == [("2012", "date", "2012")]
    assert values("Gempa Lembah 2010 masih diingat warga.") == []  # capitalised: a name


def test_a_count_told_roughly_is_marked_approximate() -> None:
    rough = only("Ia pulang hampir tujuh pekan setelah kabur ke luar negeri.")
    assert "approximate" in rough.flags
    assert "approximate" in only("It fell less than two months before the final.", lang="en").flags
    assert "approximate" not in only("Ia pulang tujuh pekan setelah kabur.").flags


def test_exactly_a_year_ago_is_the_same_day() -> None:
    assert values("Tepat setahun lalu, jembatan itu dibuka.") == [
        ("Tepat setahun lalu", "date", "2023-06-18")
    ]
    assert values("Setahun lalu, jembatan itu dibuka.") == [("Setahun lalu", "date", "2023")]


def test_a_year_range_may_end_in_two_digits() -> None:
    assert values("The 1950-53 war ended in an armistice.", lang="en") == [
        ("1950-53", "date", "1950/1953")
    ]
    assert values("Surat Nomor 2010-15 itu hilang.") == []


def test_a_season_is_told_by_its_year() -> None:
    assert values("The games were due this summer.", lang="en") == [("this summer", "date", "2024")]
    assert values("They will be held in the summer of 2031.", lang="en") == [
        ("summer of 2031", "date", "2031")
    ]
    assert values("Turnamen digeser ke musim panas mendatang.") == [
        ("musim panas mendatang", "date", "2025")
    ]
    assert values("The last winter storm closed the pass.", lang="en") == []


def test_years_in_names_are_not_emitted() -> None:
    assert values("Pemilu 2019 berlangsung damai, kata pengamat pada 2020.") == [
        ("pada 2020", "date", "2020")
    ]
    # An edition of a recurring event is named by its year; an event of one year is dated by it.
    assert values("Qualifying for the 2030 World Cup starts in 2027.", lang="en") == [
        ("in 2027", "date", "2027")
    ]
    assert values("The worst since the 1998 Harbour Valley flood.", lang="en") == [
        ("1998", "date", "1998")
    ]


def with_previous(
    text: str, dct: str | None = TUESDAY, lang: str = "id"
) -> list[tuple[str, str, str | None]]:
    """Values in text order, each expression seeing the last day-level one before it."""
    ctx = Context(dt.date.fromisoformat(dct) if dct else None, lang)
    out: list[tuple[str, str, str | None]] = []
    prev: Timex | None = None
    for c in recognise(text):
        v = normalise(c, text, ctx, prev)
        assert v is not None
        out.append((text[c.start : c.end], v.value, v.part))
        if v.value[:4].isdigit():
            prev = Timex(text[c.start : c.end], c.start, c.end, v.type, v.value, v.part)
    return out


def test_clock_time_falls_on_the_day_last_named_close_before_it() -> None:
    text = "Kebakaran terjadi Minggu (16/6/2024). Api padam pukul 20.30 WIB."
    assert with_previous(text)[-1] == ("pukul 20.30 WIB", "2024-06-16", "evening")
    # A day named only in an earlier paragraph does not reach it; far from any named day, or
    # with none named, it is the article's day.
    text = "Kebakaran terjadi Minggu (16/6/2024).\nApi padam pukul 09.30 WIB."
    assert with_previous(text)[-1] == ("pukul 09.30 WIB", TUESDAY, "morning")
    far = (
        "Kebakaran terjadi Minggu (16/6/2024).\n"
        + "Warga mengungsi. " * 100
        + "Rapat pukul 09.30 WIB."
    )
    assert with_previous(far)[-1] == ("pukul 09.30 WIB", TUESDAY, "morning")
    assert with_previous("Gempa terjadi pukul 04.15 WITA.") == [
        ("pukul 04.15 WITA", TUESDAY, "night")
    ]
    assert with_previous("Sidang ditunda hingga pukul 15.30 WIB.")[0][2] == "afternoon"
    assert with_previous("Sidang dilanjutkan besok pukul 13.00 WIB.") == [
        ("besok pukul 13.00 WIB", "2024-06-19", "afternoon")
    ]
    # A 24-hour clock with its zone is a time of day in English too.
    assert with_previous("The signal was lost at 00:41 local time.", lang="en") == [
        ("00:41 local time", TUESDAY, "night")
    ]
    assert with_previous("It landed at 12:47 GMT.", lang="en")[0][:2] == ("12:47 GMT", TUESDAY)
    assert with_previous("It struck at 5.30 a.m. (2230 GMT).", lang="en")[-1][:2] == (
        "2230 GMT",
        TUESDAY,
    )
    v = only("Polls close at 8 p.m. local time.", lang="en")
    assert (v.value, v.part) == (TUESDAY, "evening")


def test_that_day_in_either_language_is_the_day_named_before() -> None:
    text = "Gempa mengguncang kota itu Minggu (16/6/2024). Pada hari itu juga warga mengungsi."
    assert with_previous(text)[-1][:2] == ("hari itu", "2024-06-16")
    text = "The regulator banned the jet on June 12, 2024. Earlier in the day, airlines met."
    assert with_previous(text, lang="en")[-1][:2] == ("Earlier in the day", "2024-06-12")
    text = "The bridge fell on June 12, 2024, and divers went in later that day."
    assert with_previous(text, lang="en")[-1][:2] == ("later that day", "2024-06-12")


def test_tadi_and_semalam() -> None:
    v = only("Longsor terjadi dini hari tadi.")
    assert (v.value, v.part) == (TUESDAY, "night")
    assert only("Polisi menangkap pelaku tadi malam.").value == "2024-06-17"
    v = only("Angin kencang bertiup semalam.")
    assert (v.value, v.part) == ("2024-06-17", "evening")
    assert only("Polisi menangkap pelaku tadi pagi.").value == TUESDAY


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        # A stated "mendatang"/"lalu" picks the occurrence and the day is kept.
        ("Pendaftaran ditutup 3 Mei mendatang.", "2025-05-03", "id"),
        ("Pameran dibuka 10 Juni mendatang.", "2025-06-10", "id"),
        ("Ia dilantik 20 Oktober lalu.", "2023-10-20", "id"),
        ("Ia dilantik 20 Juni lalu.", "2023-06-20", "id"),
        # A deadline or plan looks forward even when an earlier occurrence is nearer.
        ("Owners have until Jan. 15 to respond.", "2025-01-15", "en"),
        # Otherwise the nearest occurrence; a future verb after the date does not move it.
        ("Rapat digelar 20 Maret.", "2024-03-20", "id"),
        ("Pada 5 Juni, menteri mengatakan akan mundur.", "2024-06-05", "id"),
    ],
)
def test_yearless_day_takes_the_occurrence_the_text_means(text: str, value: str, lang: str) -> None:
    assert only(text, lang=lang).value == value


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        ("BMKG memperkirakan hujan lebat turun Kamis hingga Jumat.", "2024-06-20/2024-06-21", "id"),
        ("Sekolah diliburkan Rabu hingga Jumat karena banjir.", "2024-06-12/2024-06-14", "id"),
        ("Forecasters expect storms Thursday through Saturday.", "2024-06-20/2024-06-22", "en"),
    ],
)
def test_weekday_ranges(text: str, value: str, lang: str) -> None:
    assert only(text, lang=lang).value == value


@pytest.mark.parametrize(
    ("text", "value", "lang"),
    [
        # A plan, forecast or deadline before the weekday looks forward ...
        ("Pelatih memasukkan dia dalam rencana untuk laga hari Sabtu.", "2024-06-22", "id"),
        ("Officials expect the rain to ease by Friday.", "2024-06-21", "en"),
        ("Panitia memberi tenggat hingga Jumat.", "2024-06-21", "id"),
        # ... but not when it only follows in another clause, or a report dates it.
        ("Pada Senin, BMKG memperkirakan hujan lebat.", "2024-06-17", "id"),
        ("Rencana itu diumumkan pada Senin.", "2024-06-17", "id"),
        # The DCT's own weekday is the DCT, unless "lalu"/"last" says otherwise.
        ("Hujan abu turun hingga Selasa pagi.", TUESDAY, "id"),
        ("Shares fell on Tuesday.", TUESDAY, "en"),
        ("Harga naik Selasa lalu.", "2024-06-11", "id"),
        ("Prices rose last Tuesday.", "2024-06-11", "en"),
    ],
)
def test_weekday_direction_cues(text: str, value: str, lang: str) -> None:
    assert only(text, lang=lang).value == value


def test_present_reference() -> None:
    assert only("Saat ini ada 40 pengungsi.").value == "PRESENT_REF"
    assert only("At present the road is closed.", lang="en").value == "PRESENT_REF"


def test_dateparser_reads_explicit_dates() -> None:
    assert engine_date("22 Januari 2024", "id", None) == dt.date(2024, 1, 22)
    assert engine_date("Sept 5, 2019", "en", None, "MDY") == dt.date(2019, 9, 5)


def test_duration_values() -> None:
    assert duration_value(2, "DE") == "P20Y"
    assert duration_value(0, "M") == "PXM"
    assert duration_value(3, "W") == "P3W"


# --- plain complete dates read without dateparser ------------------------------------------

_ID_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
)
_EN_MONTHS = "January February March April May June July August September October November December"


def _plain_forms(seed: int, count: int) -> list[tuple[str, str, dt.date]]:
    """A fixed random sample of the forms `plain_date` reads, over its whole range of years."""
    rng = random.Random(seed)
    low, high = engine_module.PLAIN_YEARS
    forms = []
    for _ in range(count):
        day = dt.date(rng.randint(low, high), 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        lang = rng.choice(["id", "en"])
        name = (_EN_MONTHS if lang == "en" else _ID_MONTHS).split()[day.month - 1]
        name = rng.choice([name, name.lower(), name.upper()])
        d = rng.choice([str(day.day), f"{day.day:02d}"])
        written = [f"{d} {name} {day.year}", f"{d}/{day.month}/{day.year}"]
        if lang == "en":
            written.append(f"{name} {d}, {day.year}")
        forms.append((rng.choice(written), lang, day))
    return forms


@pytest.mark.parametrize(("core", "lang", "day"), _plain_forms(8, 120))
def test_plain_date_reads_what_dateparser_reads(core: str, lang: str, day: dt.date) -> None:
    assert engine_module.plain_date(core, lang) == day
    # The same answer as dateparser itself (uncached call, fixed base as engine_date uses).
    got = engine_module._engine.__wrapped__(core, lang, "2000-01-01", "DMY")
    assert got is not None
    assert got[0] == day.isoformat()


def _short_forms() -> list[tuple[str, str, dt.date]]:
    """Every abbreviation `plain_date` reads, in each way news writes it."""
    forms = []
    for lang, names in engine_module._SHORT_MONTHS.items():
        for name, month in names.items():
            day = dt.date(2000 + month, month, 9 + month)
            for written in (name, name.capitalize(), name.upper()):
                for dot in ("", "."):
                    forms.append((f"{day.day} {written}{dot} {day.year}", lang, day))
                    if lang == "en":
                        forms.append((f"{written}{dot} {day.day}, {day.year}", lang, day))
    return forms


@pytest.mark.parametrize(("core", "lang", "day"), _short_forms())
def test_plain_date_reads_abbreviations_as_dateparser_does(
    core: str, lang: str, day: dt.date
) -> None:
    assert engine_module.plain_date(core, lang) == day
    got = engine_module._engine.__wrapped__(core, lang, "2000-01-01", "DMY")
    assert got is not None
    assert got[0] == day.isoformat()


@pytest.mark.parametrize(
    ("core", "lang"),
    [
        ("31 Februari 2023", "id"),  # no such day: dateparser decides
        ("12 Ags 2023", "id"),  # an abbreviation dateparser does not read: its answer stands
        ("12 Agustus. 2023", "id"),  # a full stop after a full name
        ("Agustus 12, 2023", "id"),  # month-first is read directly only in English
        ("12 aGUSTUS 2023", "id"),  # odd capitals
        ("12 March 2023", "id"),  # another language's month name
        ("5 May 1499", "en"),  # outside the recogniser's years
        ("13/13/2023", "id"),
        ("12-08-2023", "id"),
    ],
)
def test_plain_date_leaves_other_forms_to_dateparser(core: str, lang: str) -> None:
    assert engine_module.plain_date(core, lang) is None


def test_engine_date_agrees_with_or_without_the_plain_reading() -> None:
    for core, lang in [("7 Oktober 2021", "id"), ("October 7, 2021", "en"), ("7/10/2021", "id")]:
        assert engine_date(core, lang, None) == dt.date(2021, 10, 7)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ia divonis 1 tahun 6 bulan penjara.", "P1Y6M"),
        ("Hakim menjatuhkan hukuman 1,5 tahun.", "P1Y6M"),
        ("He was jailed for 6 years and 8 months.", "P6Y8M"),
        ("Proyek itu molor 2 bulan 15 hari.", "P2M15D"),
        ("Evakuasi berlangsung 3 jam 30 menit.", "PT3H30M"),
    ],
)
def test_durations_of_several_units(text: str, value: str) -> None:
    lang = "en" if text.startswith("He") else "id"
    v = only(text, lang=lang)
    assert (v.type, v.value) == ("duration", value)


def test_the_same_day_is_the_day_named_before() -> None:
    text = "Banjir melanda Senin (17/6/2024). Pada hari yang sama, jalan tol ditutup."
    assert with_previous(text)[-1][:2] == ("hari yang sama", "2024-06-17")
    english = "The dam burst on June 17, 2024. That day the highway closed."
    ctx = Context(dt.date(2024, 6, 18), "en")
    found = recognise(english)
    prev = None
    for c in found:
        v = normalise(c, english, ctx, prev)
        assert v is not None
        prev = Timex(english[c.start : c.end], c.start, c.end, v.type, v.value)
    assert (prev.text, prev.value) == ("That day", "2024-06-17")


def test_minutes_and_hours_after_something_fall_on_its_day() -> None:
    text = (
        "Pesawat lepas landas Sabtu (15/6/2024). Empat menit setelah lepas landas, kontak hilang."
    )
    assert with_previous(text)[-1][:2] == ("Empat menit setelah", "2024-06-15")
    text = "Gempa mengguncang Minggu (16/6/2024) siang. Dua jam kemudian, gempa susulan terasa."
    assert with_previous(text)[-1][:2] == ("Dua jam kemudian", "2024-06-16")
    assert only("Gempa terjadi tiga jam lalu.").value == TUESDAY


def test_days_later_count_from_a_day_not_from_a_year() -> None:
    text = "Bank Lembah ditutup Jumat (10/3/2023). Bank Tirta menyusul dua hari kemudian."
    assert with_previous(text)[-1][:2] == ("dua hari kemudian", "2023-03-12")
    # The last date before it is a year: no day to count two days from.
    text = "Ini kejatuhan bank terbesar sejak 2008. Bank Tirta menyusul dua hari kemudian."
    assert with_previous(text)[-1][:2] == ("dua hari kemudian", "")
    text = "Bank itu berdiri pada 1983. Dua tahun kemudian, bank itu melantai di bursa."
    assert with_previous(text)[-1][:2] == ("Dua tahun kemudian", "1985")


def test_clock_times_without_pukul() -> None:
    assert only("Pelantikan dimulai 16.06 WIB.").part == "afternoon"
    v = only("The vote opens at 2pm.", lang="en")
    assert (v.value, v.part) == (TUESDAY, "afternoon")


def test_a_number_with_a_thousands_point_is_no_clock_time() -> None:
    text = "Tahap terakhir, 15-31 Desember 2031, 6.115 personel dipulangkan."
    assert [text[c.start : c.end] for c in recognise(text)] == ["15-31 Desember 2031"]
    text = "Rapat dibuka Senin, 12 Mei 2031, 10.30 WIB."
    assert [text[c.start : c.end] for c in recognise(text)] == ["Senin, 12 Mei 2031, 10.30 WIB"]


def test_now_is_the_present() -> None:
    assert only("Prices are falling now, traders said.", lang="en").value == "PRESENT_REF"


def test_a_weekday_with_its_part_of_day_before_the_date() -> None:
    v = only("Korban ditemukan Jumat dini hari, 14 Juni 2024, di lereng bukit.")
    assert (v.value, v.part) == ("2024-06-14", "night")


def test_a_premeditated_murder_charge_is_no_plan() -> None:
    # "pembunuhan berencana" names a charge: the weekday stays in the past.
    assert only("Terdakwa pembunuhan berencana itu divonis pada Senin.").value == "2024-06-17"
    assert only("Polisi berencana memeriksa saksi pada Senin.").value == "2024-06-24"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A future verb of reported speech looks forward.
        ("The agency said the branches would reopen Monday.", "2024-06-24"),
        # A deadline looks forward.
        ("Depositors will be paid no later than Friday.", "2024-06-21"),
        ("Pencarian diperpanjang sampai hari Senin.", "2024-06-24"),
        # A past marker nearer than a future one: the event is done.
        ("The meeting is expected to decide since Saturday's vote was counted.", "2024-06-15"),
        # Nor does one in what someone wrote ("wrote that ... planned to").
        ("In a post on Saturday, the captain wrote that the crew planned to sail.", "2024-06-15"),
        # A future verb in the next clause does not move a past event.
        ("Police left the town on Wednesday, and the army will withdraw soon.", "2024-06-12"),
        ("Pada Minggu malam, pemerintah mengumumkan warga akan dievakuasi.", "2024-06-16"),
    ],
)
def test_the_tense_of_the_clause_places_a_weekday(text: str, value: str) -> None:
    lang = "id" if text.startswith(("Pencarian", "Pada")) else "en"
    days = [v for _, kind, v in values(text, lang=lang) if kind == "date" and v[:2] == "20"]
    assert days[0] == value


def test_a_deadline_with_its_hour_told_first_looks_forward() -> None:
    # "by 5 p.m. Wednesday": the hour of the deadline comes between "by" and the weekday.
    found = dict(
        (text, v)
        for text, _, v in values(
            "Lawmakers asked the firm to reply by 5 p.m. Wednesday.", lang="en"
        )
    )
    assert found["Wednesday"] == "2024-06-19"
    found = dict(
        (text, v)
        for text, _, v in values("Warga diminta mengungsi hingga pukul 17.00 Rabu.", lang="id")
    )
    assert found["Rabu"] == "2024-06-19"


def test_by_a_weekday_opening_a_narrative_sentence_is_no_deadline() -> None:
    # "By Wednesday afternoon, officials said ...": the time the story had reached (the
    # Wednesday before the article of Tuesday 18 June), not a deadline ahead of it.
    found = dict(
        (t, v)
        for t, _, v in values(
            "By Wednesday afternoon, officials said the divers could no longer work.", lang="en"
        )
    )
    assert found["Wednesday afternoon"] == "2024-06-12"
    # Inside the sentence it is a deadline, and "Hingga Sabtu, ..." still reads "until".
    found = dict(
        (t, v) for t, _, v in values("The firm must answer the regulator by Wednesday.", lang="en")
    )
    assert found["Wednesday"] == "2024-06-19"
    found = dict((t, v) for t, _, v in values("Hingga Sabtu, kota itu berstatus siaga.", lang="id"))
    assert found["Sabtu"] == "2024-06-22"


@pytest.mark.parametrize(
    ("compound", "single", "lang"),
    [
        ("1 jam 45 menit kemudian", "45 menit kemudian", "id"),
        ("1 jam 45 menit setelah", "45 menit setelah", "id"),
        ("an hour and 45 minutes later", "45 minutes later", "en"),
        ("an hour and 45 minutes after", "45 minutes after", "en"),
    ],
)
def test_a_count_with_a_smaller_unit_after_it_points_at_a_day_too(
    compound: str, single: str, lang: str
) -> None:
    # "hilang kontak 1 jam 45 menit kemudian": the day it points at, as "45 menit kemudian"
    # does, not a stretch of time.
    def told(count: str) -> tuple[str, str]:
        text = f"Kapal itu berangkat dan hilang kontak {count} kapal lain tiba."
        if lang == "en":
            text = f"The boat set off and lost contact {count} another boat arrived."
        return next((k, v) for t, k, v in values(text, lang=lang) if t == count)

    assert told(compound) == told(single)
    assert told(compound)[0] == "date"


def test_two_dates_joined_by_hingga_are_one_stretch() -> None:
    from generator.dates.temporal import join_ranges

    text = "Penyerahan senjata berlangsung Rabu (14/12/2005) hingga Sabtu (17/12/2005)."
    ctx = Context(dt.date(2005, 12, 13), "id")
    found = []
    for c in recognise(text):
        v = normalise(c, text, ctx)
        assert v is not None
        found.append(Timex(text[c.start : c.end], c.start, c.end, v.type, v.value))
    (joined,) = join_ranges(found, text)
    assert (joined.text, joined.value) == (
        "Rabu (14/12/2005) hingga Sabtu (17/12/2005)",
        "2005-12-14/2005-12-17",
    )


def test_a_range_from_a_day_to_a_later_year_starts_on_that_day() -> None:
    assert only("Ia mengabdi sejak 20 Juli 1973 hingga 2020.").value == "1973-07-20/2020"


def test_only_a_few_minutes_after_is_still_an_offset() -> None:
    text = (
        "Pesawat lepas landas Sabtu (15/6/2024). Hanya beberapa menit setelah itu, kontak hilang."
    )
    assert with_previous(text)[-1][:2] == ("Hanya beberapa menit setelah", "2024-06-15")


def test_the_part_of_a_day_the_story_named() -> None:
    text = "Bocah itu ditemukan Rabu (19/6/2024). Pagi itu tim SAR menggali reruntuhan."
    assert with_previous(text)[-1] == ("Pagi itu", "2024-06-19", "morning")


def test_indonesian_month_names_are_names_in_english() -> None:
    assert values("By MEI LIN TAN, Associated Press", lang="en") == []
    assert values("Harga naik sejak Mei lalu.") != []


def test_a_deadline_counted_from_an_event_is_a_length() -> None:
    v = only("Amnesti diberikan paling lambat 15 hari setelah penandatanganan.")
    assert (v.type, v.value) == ("duration", "P15D")


def test_the_today_programme_is_no_day() -> None:
    assert (
        values("The minister told the BBC's Today programme that talks went well.", lang="en") == []
    )


def test_a_day_named_with_last_year() -> None:
    assert (
        only("Pesawat itu jatuh pada 29 Oktober tahun lalu.", dct="2019-03-11").value
        == "2018-10-29"
    )
    v = only("The jet crashed on Oct. 29 last year.", dct="2019-03-11", lang="en")
    assert v.value == "2018-10-29"


def test_a_plan_read_from_the_tense_looks_less_than_a_year_ahead() -> None:
    # In May, "akan ... 17 April" from the tense alone is last April's (the plan was reported
    # then); said outright ("mendatang") it is next April's.
    assert (
        only("KPU akan mengumumkan hasil pemungutan suara 17 April.", dct="2019-05-20").value
        == "2019-04-17"
    )
    assert (
        only("Pemungutan suara digelar 17 April mendatang.", dct="2019-05-20").value == "2020-04-17"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A task set for later, a scheduled event in the present tense, a time clause.
        ("Police ordered the driver to report for questioning on Saturday.", "en", "2024-06-22"),
        ("A trade fair that opens in Lyon on Monday drew early visitors.", "en", "2024-06-24"),
        ("Prices may drop when markets open on Monday, traders said.", "en", "2024-06-24"),
        ("The parade was to start on Sunday.", "en", "2024-06-23"),
        ("Warga diminta untuk mengungsi pada Kamis.", "id", "2024-06-20"),
        # A passive infinitive, a deadline, a saying that is itself the plan.
        ("The firm asked for a trial, to be held on Thursday.", "en", "2024-06-20"),
        ("The firm sought a ruling before the deadline of Friday.", "en", "2024-06-21"),
        ("Ia akan menyampaikan pembelaan dalam sidang berikutnya, Kamis.", "id", "2024-06-20"),
        # Past events stay past: a patient taken to hospital, a building that stayed open.
        ("The patient was taken to hospital on Sunday.", "en", "2024-06-16"),
        ("The museum remained open on Monday.", "en", "2024-06-17"),
        ("Ia diperintahkan pada Senin untuk kembali.", "id", "2024-06-17"),
    ],
)
def test_weekday_direction_from_the_clause(text: str, lang: str, expected: str) -> None:
    (got,) = [v for _, _, v in values(text, lang=lang)]
    assert got == expected


def test_a_tally_up_to_a_weekday_counts_what_has_happened() -> None:
    # "Hingga" before a weekday sets a deadline ahead, unless the clause counts what had
    # already happened by then.
    assert values("Warga diberi waktu hingga Kamis untuk pindah.") == [
        ("Kamis", "date", "2024-06-20")
    ]
    assert values("Hingga Jumat pukul 17.00 WIB tercatat 40 gempa susulan.") == [
        ("Jumat pukul 17.00 WIB", "date", "2024-06-14")
    ]
    assert values("Sampai Kamis sore kemarin, tim telah menemukan 12 korban.") == [
        ("Kamis sore kemarin", "date", "2024-06-13")
    ]


def test_a_contrast_opens_a_clause_the_cue_before_it_does_not_govern() -> None:
    text = "Menjelang subuh massa mundur, tetapi bentrokan pecah lagi pada Senin malam."
    assert values(text) == [("Senin malam", "date", "2024-06-17")]
    # Without the contrast the plan governs the weekday.
    assert values("Polisi menjelang laga pada Senin malam bersiaga.")[0][2] == "2024-06-24"


def test_a_weekday_closing_a_stretch_follows_the_day_that_opened_it() -> None:
    # The Thursday after the Wednesday the sentence named, not the one nearest the article.
    text = "Sidang pada Rabu (5/6) berlangsung hingga Kamis subuh."
    assert with_previous(text) == [
        ("Rabu (5/6)", "2024-06-05", None),
        ("Kamis subuh", "2024-06-06", "morning"),
    ]


def test_a_part_of_the_current_year_or_month() -> None:
    # Bare "awal tahun" is the start of the article's year; a year, month or "ini" after it
    # belongs to the longer expressions.
    got = values("Banjir awal tahun merendam rumah warga; tanggul rampung akhir bulan.")
    assert [(t, v) for t, _, v in got] == [("awal tahun", "2024"), ("akhir bulan", "2024-06")]
    got = values("Banjir awal tahun 2020 dan akhir tahun ini, serta awal bulan Maret.")
    assert [t for t, _, _ in got] == ["awal tahun 2020", "akhir tahun ini", "awal bulan Maret"]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("He spoke for only a few minutes before leaving for the airport.", "en", "PTXM"),
        ("Penetapan dilakukan paling lama 35 hari setelah pemungutan suara.", "id", "P35D"),
        ("A verdict is due within two weeks after the hearing.", "en", "P2W"),
    ],
)
def test_a_length_word_makes_an_offset_a_duration(text: str, lang: str, value: str) -> None:
    assert [(t, v) for _, t, v in values(text, lang=lang)] == [("duration", value)]


def test_an_offset_from_an_event_is_still_a_date() -> None:
    # The convention of the seed gold: "sembilan bulan setelah <event>" dates the event.
    assert values("Kunjungan itu terjadi sembilan bulan setelah pertemuan pertama.") == [
        ("sembilan bulan setelah", "date", "2023-09")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A relative clause in the simple past under a future main clause.
        ("He will revise the budget that the cabinet presented in October.", "en", "2023-10"),
        # A semicolon ends the clause a future cue governs.
        ("Both will meet again; the first accord was signed on 27 April.", "en", "2024-04-27"),
        # No cue either way: a day months ahead is not news, the one months back is.
        ("Talks began after the floods of 20 November, officials said.", "en", "2023-11-20"),
        ("Pembicaraan dimulai setelah banjir 20 November.", "id", "2023-11-20"),
        # ... while a day in the coming weeks is a schedule.
        ("Pemungutan suara ulang pada 2 Juli di tiga desa.", "id", "2024-07-02"),
    ],
)
def test_tense_and_distance_choose_the_year(text: str, lang: str, expected: str) -> None:
    assert values(text, lang=lang)[-1][2] == expected


def test_a_weekday_said_to_be_tomorrow_or_after_is_ahead() -> None:
    # Article of Monday 17 June: "Rabu lusa" is the Wednesday after, "Selasa besok" tomorrow.
    got = values("Putusan dibacakan Rabu lusa; sidang lanjutan Selasa besok.", dct="2024-06-17")
    assert [(t, v) for t, _, v in got] == [
        ("Rabu lusa", "2024-06-19"),
        ("Selasa besok", "2024-06-18"),
    ]


def test_a_part_of_day_alone_after_a_word_of_time_is_of_the_day_being_told() -> None:
    text = "Pasar itu dibuka Kamis (20/6/2024). Pembeli berdatangan sejak pagi."
    assert with_previous(text)[-1] == ("pagi", "2024-06-20", "morning")
    text = "Bendungan jebol Senin (17/6/2024). Menjelang petang, air mulai surut."
    assert with_previous(text)[-1] == ("petang", "2024-06-17", "evening")
    # With no day in its paragraph: the article's day.
    assert with_previous("Antrean sudah mengular sejak subuh.") == [("subuh", TUESDAY, "morning")]
    text = "The ferry sank on Monday. Divers searched through the night, officials said."
    assert with_previous(text, lang="en")[-1] == ("the night", "2024-06-17", "night")
    assert with_previous("The vote closed around midday.", lang="en") == [
        ("midday", TUESDAY, "afternoon")
    ]
    assert with_previous("The talks ran until midnight.", lang="en") == [
        ("midnight", TUESDAY, "night")
    ]


def test_a_part_of_day_that_is_no_time_of_a_day() -> None:
    # Meals, prayers, names, habits, and a part of day that goes on with its noun.
    for text, lang in (
        ("Mereka berbincang saat makan malam.", "id"),
        ("Warga berkumpul usai salat subuh.", "id"),
        ("Hujan turun hampir setiap sore.", "id"),
        ("Ia diwawancarai pada malam pemungutan suara.", "id"),
        ("Bentrokan pecah lagi hingga malam.", "id"),
        ("He spoke to the South China Morning Post.", "en"),
        ("She recalled the morning of the blast.", "en"),
    ):
        assert [v for v in values(text, lang=lang) if v[1] == "date"] == [], text


def test_a_decimal_point_ends_no_sentence_for_the_tense() -> None:
    # "closed" governs the weekday; the "will" of another clause after it does not, and the
    # point of "$12.50" does not cut the past verb off (DCT Tuesday 18 June 2024).
    text = "Shares closed at $12.50 on Monday, a sign that traders doubt the merger will happen."
    assert values(text, lang="en") == [("Monday", "date", "2024-06-17")]


def test_whole_weeks_counted_back_from_a_day_are_a_day() -> None:
    text = "Hakim menetapkan jadwal pada Selasa (11/6/2024), sepekan setelah gugatan didaftarkan."
    assert with_previous(text)[-1] == ("sepekan setelah", "2024-06-04", None)
    # Roughly so many weeks stay a week.
    text = "Tim ditarik pada Selasa (11/6/2024), hampir dua pekan setelah banjir melanda."
    assert with_previous(text)[-1][1] == "2024-W22"
    text = "Searchers stopped on Tuesday, June 11, 2024, close to two weeks after the quake."
    assert with_previous(text, lang="en")[-1][1] == "2024-W22"


@pytest.mark.parametrize(
    ("text", "dct", "lang", "expected"),
    [
        ("Bom meledak di gereja itu pada malam Natal 2031.", None, "id", "2031-12-24"),
        ("Banjir datang pada malam pergantian tahun.", "2032-01-03", "id", "2031-12-31"),
        ("Gugatan diajukan atas banjir hari pertama tahun baru.", "2032-01-03", "id", "2032-01-01"),
        ("Sidang digelar pada hari pertama tahun ini.", "2032-03-03", "id", "2032-01-01"),
        ("Ia akan pulang saat Natal.", "2032-03-03", "id", "2032-12-25"),
        ("Ia pulang saat Natal.", "2032-03-03", "id", "2031-12-25"),
        ("The bombs went off on Christmas Eve in 2031.", None, "en", "2031-12-24"),
        (
            "He travelled secretly over the Easter weekend.",
            "2031-06-01",
            "en",
            "2031-04-12/2031-04-13",
        ),
        ("Parties were banned on New Year's Eve.", "2032-01-05", "en", "2031-12-31"),
    ],
)
def test_holidays_on_a_fixed_day_and_easter(
    text: str, dct: str | None, lang: str, expected: str
) -> None:
    assert [v for _, _, v in values(text, dct, lang)] == [expected]


def test_easter_is_computed_for_any_year() -> None:
    from generator.dates.holidays import easter

    # Easter Sundays of the Gregorian calendar, by the calendar's own rule.
    assert [easter(y).isoformat() for y in (2018, 2019, 2024, 2031, 2038)] == [
        "2018-04-01",
        "2019-04-21",
        "2024-03-31",
        "2031-04-13",
        "2038-04-25",
    ]
