"""Anchoring undated articles through events they share with dated ones."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from generator.core.model import Article, DatedArticle, Dct, Metadata, Timex
from generator.events.anchor import DateFn, anchor_undated, cue


def make(
    aid: str,
    text: str,
    timexes: list[tuple[str, str]],
    dct: str | None,
    language: str = "id",
) -> DatedArticle:
    article = Article(aid, f"{aid}.txt", text, text, language, "t", aid, Metadata())
    found, at = [], 0
    for expr, value in timexes:
        i = text.index(expr, at)
        at = i + 1
        flags = () if value else ("unresolved",)
        found.append(Timex(expr, i, i + len(expr), "date", value, flags=flags))
    d = Dct(dct, "metadata", "test", 1.0) if dct else Dct(None, "none", "no date", 0.0)
    return DatedArticle(article, d, tuple(found))


DATED_ID = make(
    "kabar",
    "Jembatan Kali Progo yang baru diresmikan Gubernur Rina Hartati pada Kamis (6/3/2025) "
    "di Kulon Progo. Warga memadati jembatan sejak pagi. Pembangunan dimulai pada 2022.",
    [("Kamis (6/3/2025)", "2025-03-06"), ("2022", "2022")],
    "2025-03-06",
)
UNDATED_ID = make(
    "warta",
    "Gubernur Rina Hartati dijadwalkan meresmikan jembatan Kali Progo pada Kamis pagi. "
    "Jembatan itu menghubungkan dua kabupaten. Warga menyambut jembatan baru itu.",
    [("Kamis pagi", "")],
    None,
)


# A wire report dating two events of a mine rescue, and an undated Indonesian report of the
# second, the minister's trip ("besok": the day before it).
MINE_WIRE = make(
    "wire",
    "Miners trapped at the Karanganyar pit were reached by rescuers on Nov. 3, and Energy "
    "Minister Wulan Saptari flew to Balikpapan on Nov. 5 to meet their families.",
    [("Nov. 3", "2024-11-03"), ("Nov. 5", "2024-11-05")],
    "2024-11-06",
    "en",
)
MINE_LOCAL = make(
    "lokal",
    "Menteri Wulan Saptari dijadwalkan terbang ke Balikpapan besok untuk menemui keluarga "
    "penambang tambang Karanganyar.",
    [("besok", "")],
    None,
)


def placeholder(article: Article, dct: Dct | None = None) -> DatedArticle:
    """A temporal layer that finds nothing (as before it lands)."""
    return DatedArticle(article, dct or Dct(None, "none", "", 0.0), ())


def test_weekday_of_a_shared_event_fixes_the_reference_date() -> None:
    out = {d.article.id: d for d in anchor_undated([DATED_ID, UNDATED_ID], date_fn=placeholder)}
    dct = out["warta"].dct
    assert dct.value == "2025-03-06"
    assert dct.source == "corpus"
    assert 0 < dct.confidence < 1
    assert "kabar" in dct.evidence
    assert "Kamis pagi" in dct.evidence
    assert out["warta"].timexes == UNDATED_ID.timexes  # nothing re-resolved: kept as found
    assert out["kabar"] == DATED_ID


def test_yesterday_in_english_puts_the_dct_a_day_after_the_event() -> None:
    dated = make(
        "wire",
        "The central bank raised its interest rate on Tuesday, March 4, 2025, citing inflation.",
        [("Tuesday, March 4, 2025", "2025-03-04")],
        "2025-03-04",
        "en",
    )
    undated = make(
        "blog",
        "Markets fell after the central bank raised its interest rate yesterday, citing inflation.",
        [("yesterday", "")],
        None,
        "en",
    )
    out = anchor_undated([undated, dated], date_fn=placeholder)
    assert out[0].dct.value == "2025-03-05"


def test_wrong_weekday_or_unrelated_story_leaves_the_article_undated() -> None:
    wrong_day = make(
        "warta",
        "Gubernur Rina Hartati dijadwalkan meresmikan jembatan Kali Progo pada Senin pagi.",
        [("Senin pagi", "")],
        None,
    )
    unrelated = make(
        "sport",
        "Tim sepak bola kota itu menang telak pada Kamis malam di stadion utama.",
        [("Kamis malam", "")],
        None,
    )
    out = anchor_undated([DATED_ID, wrong_day, unrelated], date_fn=placeholder)
    assert [d.dct.value for d in out] == ["2025-03-06", None, None]


def test_the_temporal_layer_re_resolves_and_must_agree() -> None:
    seen: list[str | None] = []

    def agreeing(article: Article, dct: Dct | None = None) -> DatedArticle:
        seen.append(dct.value if dct else None)
        i = article.text.index("Kamis pagi")
        return DatedArticle(
            article, dct, (Timex("Kamis pagi", i, i + 10, "date", "2025-03-06", "morning"),)
        )  # type: ignore[arg-type]

    def disagreeing(article: Article, dct: Dct | None = None) -> DatedArticle:
        i = article.text.index("Kamis pagi")
        return DatedArticle(article, dct, (Timex("Kamis pagi", i, i + 10, "date", "2025-02-27"),))  # type: ignore[arg-type]

    out = anchor_undated([DATED_ID, UNDATED_ID], date_fn=agreeing)
    assert seen == ["2025-03-06"]
    assert out[1].timexes[0].value == "2025-03-06"
    out = anchor_undated([DATED_ID, UNDATED_ID], date_fn=disagreeing)
    assert out[1].dct.value is None


def test_anchoring_is_independent_of_order() -> None:
    a = anchor_undated([DATED_ID, UNDATED_ID], date_fn=placeholder)
    b = anchor_undated([UNDATED_ID, DATED_ID], date_fn=placeholder)
    assert sorted(a, key=lambda d: d.article.id) == sorted(b, key=lambda d: d.article.id)


def test_cues() -> None:
    assert cue("Selasa malam").weekday == 1  # type: ignore[union-attr]
    assert cue("on Friday").weekday == 4  # type: ignore[union-attr]
    assert cue("hari Minggu").weekday == 6  # type: ignore[union-attr]
    assert cue("minggu lalu") is None  # "last week", not Sunday
    assert cue("Kamis pekan lalu") is None
    assert cue("kemarin").offset == -1  # type: ignore[union-attr]
    assert cue("tomorrow").offset == 1  # type: ignore[union-attr]
    assert cue("malam ini").offset == 0  # type: ignore[union-attr]
    thursday = cue("Kamis")
    assert thursday is not None
    saturday = dt.date(2025, 3, 8)
    assert thursday.day_for(saturday) == dt.date(2025, 3, 6)  # the Thursday before
    assert replace(thursday, ahead=True).day_for(saturday) == dt.date(2025, 3, 13)
    assert cue("kemarin").day_for(saturday) == dt.date(2025, 3, 7)  # type: ignore[union-attr]
    # "Jumat pekan ini": the Friday of the article's own week, before or after its day.
    this_friday = cue("Jumat pekan ini")
    assert this_friday is not None
    friday = dt.date(2025, 3, 7)
    assert this_friday.allows(dt.date(2025, 3, 4), friday)  # the Tuesday before it
    assert this_friday.allows(dt.date(2025, 3, 9), friday)  # the Sunday after it
    assert not this_friday.allows(dt.date(2025, 3, 11), friday)  # the week after
    assert this_friday.day_for(dt.date(2025, 3, 4)) == friday


def test_last_weekday_is_the_latest_such_day_before_the_article_s_date() -> None:
    last = cue("last Thursday")
    assert last is not None
    assert (last.weekday, last.last) == (3, True)
    assert cue("Kamis lalu") == last
    assert cue("Kamis pekan lalu") is None  # that may be two weeks back
    thursday, friday = dt.date(2025, 3, 6), dt.date(2025, 3, 7)
    # Never the article's own day: a week after it at most, the day after it at least.
    assert last.days(thursday) == [thursday + dt.timedelta(days=k) for k in range(1, 8)]
    assert last.day_for(thursday) == dt.date(2025, 2, 27)
    assert last.day_for(friday) == thursday
    assert not last.allows(thursday, thursday)


def test_an_undated_report_of_last_thursday_is_dated_in_the_week_after_it() -> None:
    told = make(
        "lalu",
        "Gubernur Rina Hartati meresmikan jembatan Kali Progo di Kulon Progo Kamis lalu. "
        "Warga memadati jembatan itu.",
        [("Kamis lalu", "")],
        None,
    )
    out = anchor_undated([DATED_ID, told], date_fn=placeholder)
    day = dt.date.fromisoformat(out[1].dct.value or "2000-01-01")
    assert 1 <= (day - dt.date(2025, 3, 6)).days <= 7


def test_among_days_the_anchors_allow_the_lead_s_weekday_is_the_article_s_day() -> None:
    # The inauguration's Thursday (6 March) allows the week after it. The lead's Tuesday
    # matches a report of another Tuesday (the market's opening, 25 February), which no day
    # of that week agrees with; still, the lead tells the day's news: Tuesday 11 March.
    market = make(
        "pasar",
        "Gubernur Rina Hartati membuka pasar baru Kali Progo pada Selasa (25/2/2025) di Kulon "
        "Progo. Pedagang menyambutnya.",
        [("Selasa (25/2/2025)", "2025-02-25")],
        "2025-02-25",
    )
    undated = make(
        "lanjut",
        "Pedagang pasar baru Kali Progo kembali berjualan pada Selasa di Kulon Progo. "
        "Jembatan Kali Progo itu diresmikan Gubernur Rina Hartati pada Kamis di Kulon Progo.",
        [("Selasa", ""), ("Kamis", "")],
        None,
    )
    out = anchor_undated([DATED_ID, market, undated], date_fn=placeholder)
    assert out[2].dct.value == "2025-03-11"


def test_unrelated_stories_sharing_a_weekday_do_not_anchor_each_other() -> None:
    # Two disaster reports from different places: common words ("warga", "rumah", "Kabupaten"),
    # the same weekday, but no shared person or place. The weekday is a coincidence.
    fire = make(
        "pasar",
        "Kebakaran menghanguskan ratusan rumah warga di Kabupaten Luwu pada Rabu (12/2/2025) "
        "malam. Petugas pemadam memadamkan api hingga dini hari. Kepala Dinas Damkar Luwu, "
        "Andi Rustam, mengatakan kerugian ditaksir miliaran rupiah.",
        [("Rabu (12/2/2025) malam", "2025-02-12")],
        "2025-02-12",
    )
    flood = make(
        "banjir",
        "Banjir merendam ratusan rumah warga di Kabupaten Sigi pada Rabu malam setelah hujan "
        "deras turun sejak sore. Petugas mengevakuasi warga lanjut usia dengan perahu karet. "
        "Kepala Pelaksana BPBD Sigi, Yusran Lamba, mengatakan kerugian masih didata.",
        [("Rabu malam", "")],
        None,
    )
    launch = make(
        "probe",
        "Workers at the space centre in Florida cheered on Tuesday, March 4, 2025, as the "
        "agency launched the Helios probe, officials said. Weather had delayed it twice.",
        [("Tuesday, March 4, 2025", "2025-03-04")],
        "2025-03-04",
        "en",
    )
    strike = make(
        "strike",
        "Dock workers in Rotterdam walked out on Tuesday, officials said, after the port "
        "agency cut overtime pay. Ships queued outside the harbour.",
        [("Tuesday", "")],
        None,
        "en",
    )
    out = {d.article.id: d for d in anchor_undated([fire, flood, launch, strike])}
    assert out["banjir"].dct.value is None
    assert out["strike"].dct.value is None


def test_generic_shared_names_do_not_make_one_story() -> None:
    # A ferry sinking and a hostage story: both name a ministry, "Samudra" inside two different
    # company names and open a sentence with "Kemarin"; a third article names the ministry too.
    # Names shared across the corpus weigh little: no anchoring.
    ferry = make(
        "kapal",
        "Kapal milik PT Lintas Samudra tenggelam di Selat Alas pada Minggu (11/6/2023). "
        "Kemarin, tim gabungan menemukan 12 korban. Kementerian Perhubungan memeriksa manifes.",
        [("Minggu (11/6/2023)", "2023-06-11"), ("Kemarin", "2023-06-10")],
        "2023-06-11",
    )
    other = make(
        "jalan",
        "Kementerian Perhubungan membuka jalur baru pada Senin (12/6/2023) di Nusa Tenggara.",
        [("Senin (12/6/2023)", "2023-06-12")],
        "2023-06-12",
    )
    hostage = make(
        "sandera",
        "Kementerian Luar Negeri memastikan awak kapal tanker yang disandera selamat. Kemarin, "
        "tim gabungan menemukan 12 awak di pantai Cilacap. Pengamat dari Samudra Aman menilai "
        "perairan itu rawan.",
        [("Kemarin", "")],
        None,
    )
    out = anchor_undated([ferry, other, hostage], date_fn=placeholder)
    assert out[2].dct.value is None


def test_cross_language_anchoring_needs_the_same_names() -> None:
    unnamed = make(
        "umum",
        "Menteri dijadwalkan terbang ke lokasi tambang besok untuk menemui keluarga penambang.",
        [("besok", "")],
        None,
    )
    out = {
        d.article.id: d
        for d in anchor_undated([MINE_WIRE, MINE_LOCAL, unnamed], date_fn=placeholder)
    }
    # The sentence dates two events; the one next to the shared names is meant.
    assert out["lokal"].dct.value == "2024-11-04"
    assert out["umum"].dct.value is None


def test_a_later_weekday_of_the_article_moves_its_date_into_the_same_week() -> None:
    # The inauguration (Thursday 6 March) is the only event shared with a dated report; the
    # article also reports a Saturday of its own. Read in the week of the inauguration, that
    # Saturday is 8 March, so the article was written on the 8th at the earliest, not on the
    # 6th (which would put its Saturday before the inauguration it follows).
    undated = make(
        "pekan",
        "Gubernur Rina Hartati meresmikan jembatan Kali Progo pada Kamis pagi. "
        "Pada Sabtu, ribuan warga berjalan kaki melintasi jembatan itu dalam pawai budaya.",
        [("Kamis pagi", ""), ("Sabtu", "")],
        None,
    )
    out = anchor_undated([DATED_ID, undated], date_fn=placeholder)
    assert out[1].dct.value == "2025-03-08"
    alone = make("sendiri", undated.article.text.split(". ")[0] + ".", [("Kamis pagi", "")], None)
    assert anchor_undated([DATED_ID, alone], date_fn=placeholder)[1].dct.value == "2025-03-06"


def test_a_match_on_the_day_another_date_of_the_sentence_gives_does_not_anchor() -> None:
    # The shared event (the sinking) is the one the sentence dates itself ("pada Maret"); its
    # Monday is the day of the statement, which no report dates.
    dated = make(
        "kabar",
        "Kapal Bintang Laut tenggelam di perairan Selat Rupat pada Senin (3/3/2025) dan "
        "menewaskan 40 penumpang, kata Kepala Basarnas Rudi Hartono.",
        [("Senin (3/3/2025)", "2025-03-03")],
        "2025-03-03",
    )
    text = (
        "Penyelam menemukan perekam data kapal Bintang Laut yang tenggelam di Selat Rupat{}, "
        "kata Kepala Basarnas Rudi Hartono, Senin. Sebanyak 40 penumpang tewas."
    )
    told = make("warta", text.format(" pada Maret"), [("Maret", ""), ("Senin", "")], None)
    assert anchor_undated([dated, told])[1].dct.value is None
    untold = make("berita", text.format(""), [("Senin", "")], None)
    assert anchor_undated([dated, untold])[1].dct.value == "2025-03-03"


def test_names_the_whole_story_gives_do_not_match_a_development_across_languages() -> None:
    # Other reports of the story, each naming the pit and the minister.
    others = [
        make(
            f"other{i}",
            f"Rescuers at the Karanganyar pit dug shaft number {i} on {day}, Minister Wulan "
            "Saptari said in Balikpapan.",
            [(day, f"2024-11-0{i}")],
            f"2024-11-0{i}",
            "en",
        )
        for i, day in ((1, "Nov. 1"), (2, "Nov. 2"), (4, "Nov. 4"))
    ]
    # With three more reports, "Karanganyar", "Wulan Saptari" and "Balikpapan" are names every
    # article of the story gives: they no longer tell which development "besok" is.
    alone = anchor_undated([MINE_WIRE, MINE_LOCAL], date_fn=placeholder)
    assert alone[1].dct.value == "2024-11-04"
    among = anchor_undated([MINE_WIRE, *others, MINE_LOCAL], date_fn=placeholder)
    assert among[-1].dct.value is None


def test_a_count_of_days_restated_by_its_weekday_fixes_the_weekday_of_the_article() -> None:
    # The inauguration (Thursday 6 March) is shared; "Dua hari lalu, hari Selasa" says the
    # article was written two days after a Tuesday: on the Thursday itself, not in the week
    # after, where its Tuesday would fall after the inauguration.
    undated = make(
        "dua-hari",
        "Gubernur Rina Hartati meresmikan jembatan Kali Progo pada Kamis pagi. "
        "Dua hari lalu, hari Selasa, panitia menggelar gladi resik di jembatan itu.",
        [("Kamis pagi", ""), ("Dua hari lalu", ""), ("hari Selasa", "")],
        None,
    )
    out = anchor_undated([DATED_ID, undated], date_fn=placeholder)
    assert out[1].dct.value == "2025-03-06"


def test_a_date_that_would_put_a_reported_deed_in_the_future_is_refused() -> None:
    # The inauguration's Thursday would date the article 6 March; but it reports as done a
    # signing on 20 March, which that date would put two weeks ahead. Told as a plan, the
    # signing allows the date.
    def redate(signing: str) -> DateFn:
        def date_fn(article: Article, dct: Dct | None = None) -> DatedArticle:
            text = article.text
            i, j = text.index("Kamis pagi"), text.index("20 Maret")
            return DatedArticle(
                article,
                dct,  # type: ignore[arg-type]
                (
                    Timex("Kamis pagi", i, i + 10, "date", "2025-03-06", anchor="corpus"),
                    Timex("20 Maret", j, j + 8, "date", signing, anchor="corpus"),
                ),
            )

        return date_fn

    def undated(clause: str) -> DatedArticle:
        return make(
            "tol",
            "Gubernur Rina Hartati meresmikan jembatan Kali Progo pada Kamis pagi. "
            f"Ia {clause} kontrak jalan tol pada 20 Maret.",
            [("Kamis pagi", ""), ("20 Maret", "")],
            None,
        )

    done = anchor_undated([DATED_ID, undated("menandatangani")], date_fn=redate("2025-03-20"))
    assert done[1].dct.value is None
    planned = anchor_undated(
        [DATED_ID, undated("akan menandatangani")], date_fn=redate("2025-03-20")
    )
    assert planned[1].dct.value == "2025-03-06"


def test_a_date_that_says_itself_it_lies_ahead_is_no_deed_reported_done() -> None:
    # "pembangunan tahap dua pada Oktober mendatang": the month says itself it is to come, so
    # an article dated 6 March may name it, whatever the tense the clause seems to have.
    def redate(article: Article, dct: Dct | None = None) -> DatedArticle:
        text = article.text
        i, j = text.index("Kamis pagi"), text.index("Oktober mendatang")
        return DatedArticle(
            article,
            dct,  # type: ignore[arg-type]
            (
                Timex("Kamis pagi", i, i + 10, "date", "2025-03-06", anchor="corpus"),
                Timex("Oktober mendatang", j, j + 17, "date", "2025-10", anchor="corpus"),
            ),
        )

    undated = make(
        "tahap",
        "Gubernur Rina Hartati meresmikan jembatan Kali Progo pada Kamis pagi. "
        "Pembangunan tahap dua sudah disetujui dan dimulai Oktober mendatang.",
        [("Kamis pagi", ""), ("Oktober mendatang", "")],
        None,
    )
    assert anchor_undated([DATED_ID, undated], date_fn=redate)[1].dct.value == "2025-03-06"


def test_a_date_before_the_months_an_article_recounts_in_order_is_refused() -> None:
    # The bridge's Thursday would date the article 6 March 2025; but it recounts "work began in
    # February, stopped in July and resumed in October": read in March 2025, February is of
    # 2025 and July and October, without a year, of 2024, before it. A recap tells its months
    # as they came: the article was written after October, and that date is refused. Told
    # the other way round ("resumed in October after it stopped in July"), nothing says so.
    def redate(article: Article, dct: Dct | None = None) -> DatedArticle:
        text = article.text
        found = [Timex("Kamis pagi", (i := text.index("Kamis pagi")), i + 10, "date", "2025-03-06")]
        for name, value in (("Februari", "2025-02"), ("Juli", "2024-07"), ("Oktober", "2024-10")):
            j = text.index(name)
            found.append(Timex(name, j, j + len(name), "date", value, anchor="corpus"))
        found.sort(key=lambda t: t.start)
        return DatedArticle(article, dct, tuple(found))

    def undated(recap: str) -> DatedArticle:
        return make(
            "jalan",
            f"Gubernur Rina Hartati meresmikan jembatan Kali Progo pada Kamis pagi. {recap}",
            [("Kamis pagi", "")],
            None,
        )

    told_in_order = undated(
        "Pekerjaan dimulai pada Februari, terhenti pada Juli, dan berlanjut pada Oktober."
    )
    assert anchor_undated([DATED_ID, told_in_order], date_fn=redate)[1].dct.value is None
    told_back = undated(
        "Pekerjaan berlanjut pada Oktober setelah terhenti pada Juli dan dimulai pada Februari."
    )
    assert anchor_undated([DATED_ID, told_back], date_fn=redate)[1].dct.value == "2025-03-06"


def test_the_lead_s_weekday_outranks_other_weekdays_that_fit_a_later_day() -> None:
    # The inauguration (Monday 3 March) allows the week after it. "Kamis lalu" falls inside
    # that week only for a later day than the lead's Tuesday, which tells the day's news.
    dated = make(
        "resmi",
        "Jembatan Kali Progo diresmikan Gubernur Rina Hartati pada Senin (3/3/2025) di Kulon "
        "Progo. Warga memadati jembatan sejak pagi.",
        [("Senin (3/3/2025)", "2025-03-03")],
        "2025-03-03",
    )
    undated = make(
        "pawai",
        "Ribuan warga berpawai di jembatan Kali Progo pada Selasa. Jembatan Kali Progo itu "
        "diresmikan Gubernur Rina Hartati pada Senin di Kulon Progo. Panitia pawai bersiap sejak "
        "Kamis lalu.",
        [("Selasa", ""), ("Senin", ""), ("Kamis lalu", "")],
        None,
    )
    assert anchor_undated([dated, undated], date_fn=placeholder)[1].dct.value == "2025-03-04"


def test_a_report_older_than_a_day_the_article_prints_as_done_does_not_anchor_it() -> None:
    # Two Thursdays of the governor's: 6 March (the same words as the undated article) and
    # 24 April. The undated article cites an audit dated 17 April: it is not of 6 March.
    later = make(
        "gantung",
        "Jembatan gantung Kali Progo diresmikan Gubernur Rina Hartati pada Kamis (24/4/2025) "
        "di Kulon Progo. Warga memadati jembatan gantung itu.",
        [("Kamis (24/4/2025)", "2025-04-24")],
        "2025-04-24",
    )
    text = (
        "Jembatan Kali Progo yang baru diresmikan Gubernur Rina Hartati pada Kamis di Kulon "
        "Progo. Warga memadati jembatan sejak pagi. Biayanya mengacu pada laporan audit "
        "tertanggal 17 April 2025."
    )
    undated = make("audit", text, [("Kamis", ""), ("17 April 2025", "2025-04-17")], None)
    out = anchor_undated([DATED_ID, later, undated], date_fn=placeholder)
    assert out[2].dct.value == "2025-04-24"
