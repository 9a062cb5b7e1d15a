"""Event candidates from dated sentences: sentences, status, actors, titles, which dates count."""

from __future__ import annotations

from generator.core.model import Article, DatedArticle, Dct, Metadata, Timex
from generator.core.timexvalue import bounds as date_span
from generator.events.mentions import find_mentions
from generator.events.sentences import sentence_spans


def dated(
    text: str,
    timexes: list[tuple[str, str]],
    *,
    language: str = "id",
    dct: str | None = "2025-03-12",
    kind: str = "date",
    flags: tuple[str, ...] = (),
    outlet: str = "Kabar",
) -> DatedArticle:
    """An article with the given (expression, value) pairs located in order of appearance."""
    article = Article(
        id="a1",
        file="a1.txt",
        text=text,
        clean=text,
        language=language,
        title="t",
        outlet=outlet,
        metadata=Metadata(),
    )
    found, at = [], 0
    for expr, value in timexes:
        i = text.index(expr, at)
        at = i + 1
        found.append(Timex(expr, i, i + len(expr), kind, value, flags=flags))  # type: ignore[arg-type]
    d = Dct(dct, "metadata", "test", 1.0) if dct else Dct(None, "none", "", 0.0)
    return DatedArticle(article, d, tuple(found))


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_sentences_respect_abbreviations_quotes_and_lines() -> None:
    text = (
        "Menteri Dr. Budi Santoso tiba di Jl. Merdeka pada pukul 09.00. Ia disambut warga.\n"
        'Warga berkata, "Kami senang. Sangat senang." Lalu acara dimulai.\n'
        "Foto: Gubernur meresmikan jembatan, Senin (3/3/2025)\n"
        "Mr. Smith met the U.S. envoy on Monday. He left."
    )
    assert sentences(text) == [
        "Menteri Dr. Budi Santoso tiba di Jl. Merdeka pada pukul 09.00.",
        "Ia disambut warga.",
        'Warga berkata, "Kami senang. Sangat senang."',
        "Lalu acara dimulai.",
        "Foto: Gubernur meresmikan jembatan, Senin (3/3/2025)",
        "Mr. Smith met the U.S. envoy on Monday.",
        "He left.",
    ]


def test_sentence_drops_dateline_and_joins_wrapped_lines() -> None:
    text = "SURABAYA, Kabar – Banjir merendam\nratusan rumah pada Senin (3/3/2025).\nJudul Lain"
    assert sentences(text) == [
        "Banjir merendam\nratusan rumah pada Senin (3/3/2025).",
        "Judul Lain",
    ]


def test_status_planned_claim_happened_in_indonesian() -> None:
    text = (
        "Presiden akan meresmikan bendungan itu pada Kamis (13/3/2025). "
        "Gubernur Ani Lestari mengatakan pada Senin bahwa banjir sudah surut. "
        "Warga mengungsi ke masjid pada Selasa (11/3/2025)."
    )
    d = dated(
        text,
        [
            ("Kamis (13/3/2025)", "2025-03-13"),
            ("Senin", "2025-03-10"),
            ("Selasa (11/3/2025)", "2025-03-11"),
        ],
    )
    assert [m.status for m in find_mentions(d)] == ["planned", "claim", "happened"]


def test_status_in_english_and_dates_before_dct_cannot_be_planned() -> None:
    text = (
        "The minister is expected to sign the deal on March 20. "
        "The mayor warned on Tuesday that the river could flood. "
        "Engineers will inspect the dam, which was built in 1998."
    )
    d = dated(
        text,
        [("March 20", "2025-03-20"), ("Tuesday", "2025-03-11"), ("1998", "1998")],
        language="en",
    )
    assert [m.status for m in find_mentions(d)] == ["planned", "claim", "happened"]


def test_date_in_reported_content_is_planned_not_the_saying() -> None:
    text = "Juru bicara mengatakan menteri akan tiba pada Rabu (12/3/2025) di Makassar."
    (m,) = find_mentions(dated(text, [("Rabu (12/3/2025)", "2025-03-12")]))
    assert m.status == "planned"
    text = "Ia tiba di bandara pada Rabu (12/3/2025), kata polisi."
    (m,) = find_mentions(dated(text, [("Rabu (12/3/2025)", "2025-03-12")]))
    assert m.status == "claim"


def test_actors_drop_roles_and_sentence_openers() -> None:
    text = (
        "Kunjungan Perdana Menteri Jepang Fumio Kishida ke Jakarta berlangsung pada Senin (3/3/2025). "
        "Kishida bertemu Presiden Joko Widodo. Pejabat Jepang dan pejabat Indonesia hadir. "
        "Mereka disambut delegasi Jepang. kunjungan itu lancar."
    )
    (m,) = find_mentions(dated(text, [("Senin (3/3/2025)", "2025-03-03")]))
    assert m.actors == ("Jepang", "Fumio Kishida", "Jakarta")
    en = "Foreign Minister Penny Wong met Chinese leaders in Beijing on Monday."
    (m,) = find_mentions(dated(en, [("Monday", "2025-03-10")], language="en"))
    assert m.actors == ("Penny Wong", "Chinese", "Beijing")


def test_one_mention_per_clause_but_two_for_different_events() -> None:
    same = "Pameran dibuka pada Senin (3/3/2025) hari ini di Bandung."
    d = dated(same, [("Senin (3/3/2025)", "2025-03-03"), ("hari ini", "2025-03-03")])
    assert len(find_mentions(d)) == 1
    two = "Polisi pada Selasa mengumumkan bahwa tersangka ditangkap ketika bersembunyi di Garut pekan lalu."
    d = dated(two, [("Selasa", "2025-03-11"), ("pekan lalu", "2025-W10")])
    assert [m.date for m in find_mentions(d)] == ["2025-03-11", "2025-W10"]


def test_a_date_told_twice_is_dated_by_the_expression_that_names_its_day() -> None:
    from dataclasses import replace

    text = (
        "Pesawat latih itu jatuh enam menit setelah lepas landas dari Bandung pada Sabtu "
        "(8/3/2025), menewaskan kedua pilotnya."
    )
    d = dated(text, [("enam menit setelah", "2025-03-08"), ("Sabtu (8/3/2025)", "2025-03-08")])
    counted = replace(d.timexes[0], anchor="timex")  # its day is the take-off's
    d = replace(d, timexes=(counted, d.timexes[1]))
    (m,) = find_mentions(d)
    assert (m.timex.text, m.date) == ("Sabtu (8/3/2025)", "2025-03-08")


def test_two_days_in_one_clause_are_two_developments_unless_one_restates_the_other() -> None:
    two = (
        "Utusan itu makan malam bersama menteri pada Rabu malam dan menggelar pembicaraan resmi "
        "dengannya pada Kamis."
    )
    d = dated(two, [("Rabu malam", "2025-03-05"), ("Kamis", "2025-03-06")])
    assert [m.date for m in find_mentions(d)] == ["2025-03-05", "2025-03-06"]
    restated = "Pesawat itu lepas landas pukul 06.20 (23.20 GMT Minggu) menuju Pangkal Pinang."
    d = dated(restated, [("pukul 06.20", "2025-03-10"), ("Minggu", "2025-03-09")])
    assert [m.date for m in find_mentions(d)] == ["2025-03-10"]


def test_non_events_are_skipped() -> None:
    text = "Harga naik selama tiga bulan. Pabrik dibuka pada Juli 2021."
    assert find_mentions(dated(text, [("tiga bulan", "P3M")], kind="duration")) == ()
    assert find_mentions(dated(text, [("Juli 2021", "2021-07")], kind="page-date")) == ()
    assert find_mentions(dated(text, [("Juli 2021", "")], flags=("unresolved",))) == ()
    assert find_mentions(dated(text, [("Juli 2021", "2021-07")], flags=("name",))) == ()
    assert find_mentions(dated(text, [("tiga bulan", "FUTURE_REF")])) == ()
    cited = "Harga minyak naik tajam, melansir Reuters, Senin, 3 Maret 2025."
    assert find_mentions(dated(cited, [("Senin, 3 Maret 2025", "2025-03-03")])) == ()


def test_a_rough_distance_in_days_or_a_term_of_office_dates_no_development() -> None:
    rough = "Presiden pulang ke negaranya, hampir tujuh pekan setelah ia kabur ke luar negeri."
    gap = [("hampir tujuh pekan setelah", "2025-01-20")]
    # (The normaliser marks a rough count "approximate": tests/test_normalise.py.)
    assert find_mentions(dated(rough, gap, flags=("offset", "approximate"))) == ()
    exact = rough.replace("hampir tujuh", "tujuh")
    assert find_mentions(dated(exact, [("tujuh pekan setelah", "2025-01-20")]))
    # Hours from an event, however rough, fall on its day.
    hours = "The craft stopped calling its ship about an hour after it began diving on Sunday."
    assert find_mentions(dated(hours, [("about an hour after", "2025-03-09")], language="en"))
    usual = "The storm season usually peaks between July and October in the islands."
    season = [("between July and October", "2025-07/2025-10")]
    assert find_mentions(dated(usual, season, language="en")) == ()
    assert find_mentions(dated(usual.replace("usually ", ""), season, language="en"))
    term = "Presiden melantik menteri Kabinet Kerja Periode 2025-2030 di istana."
    assert find_mentions(dated(term, [("2025-2030", "2025/2030")])) == ()


def test_title_is_short_extract_of_the_dated_clause_in_article_language() -> None:
    text = (
        "Tim SAR gabungan, yang dipimpin Kepala Basarnas Budi Hartono, menemukan korban terakhir "
        "di sungai pada Minggu (9/3/2025) setelah pencarian panjang selama sepekan penuh bersama warga."
    )
    (m,) = find_mentions(dated(text, [("Minggu (9/3/2025)", "2025-03-09")]))
    assert len(m.title.split()) <= 12
    assert "menemukan korban" in m.title
    assert "Minggu" not in m.title
    assert "9/3" not in m.title
    assert m.language == "id"
    assert m.outlet == "Kabar"
    assert text[m.start : m.end] == m.sentence


def test_date_span_covers_timex3_forms() -> None:
    assert date_span("2024-06-18T20:00") == date_span("2024-06-18")
    first, last = date_span("2024-W24")  # type: ignore[misc]
    assert (first.isoformat(), last.isoformat()) == ("2024-06-10", "2024-06-16")
    first, last = date_span("195X")  # type: ignore[misc]
    assert (first.year, last.year) == (1950, 1959)
    first, last = date_span("2024-01-20/2024-01-21")  # type: ignore[misc]
    assert (last - first).days == 1
    assert date_span("PRESENT_REF") is None
    assert date_span("P3M") is None
