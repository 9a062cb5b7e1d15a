"""Merging mentions across articles: dates, content, variants, ids, salience, order."""

from __future__ import annotations

import random
import re

from generator.core.model import Mention, PartOfDay, Timex
from generator.events.cluster import demonym_folds
from generator.events.merge import KEY_EVENTS, merge_mentions, quote_id
from generator.events.terms import stem


def mention(
    article: str,
    sentence: str,
    expr: str,
    date: str,
    *,
    status: str = "happened",
    actors: tuple[str, ...] = (),
    language: str = "id",
    outlet: str = "",
    part: PartOfDay | None = None,
) -> Mention:
    i = sentence.index(expr)
    timex = Timex(expr, i, i + len(expr), "date", date, part)
    words = [w for w in sentence.replace(expr, "").split() if w]
    return Mention(
        article=article,
        timex=timex,
        date=date,
        sentence=sentence,
        start=0,
        end=len(sentence),
        status=status,  # type: ignore[arg-type]
        actors=actors,
        title=" ".join(words[:10]),
        language=language,
        outlet=outlet or article,
    )


# A small story of our own: a dam bursts, rescue, an inquiry, in two languages.
STORY = [
    mention(
        "a",
        "Bendungan Sukamaju jebol pada Senin (3/3/2025) malam dan merendam tiga desa.",
        "Senin (3/3/2025) malam",
        "2025-03-03",
        actors=("Sukamaju",),
        outlet="Kabar",
        part="evening",
    ),
    mention(
        "b",
        "Tanggul Bendungan Sukamaju jebol Senin malam, air merendam desa-desa di hilir.",
        "Senin",
        "2025-03-03",
        actors=("Sukamaju",),
        outlet="Warta",
    ),
    mention(
        "c",
        "Bendungan Sukamaju yang jebol pada 4 Maret 2025 dini hari merendam desa.",
        "4 Maret 2025 dini hari",
        "2025-03-04",
        actors=("Sukamaju",),
        outlet="Pos",
        part="night",
    ),
    mention(
        "a",
        "Bendungan itu dibangun pada 1998 oleh kontraktor negara.",
        "1998",
        "1998",
        actors=(),
        outlet="Kabar",
    ),
    mention(
        "b",
        "Bendungan Sukamaju dibangun pada Juni 1998 oleh kontraktor negara.",
        "Juni 1998",
        "1998-06",
        actors=("Sukamaju",),
        outlet="Warta",
    ),
    mention(
        "a",
        "Gubernur Rina Hartati mengatakan pekan lalu bahwa penyelidikan akan dibuka.",
        "pekan lalu",
        "2025-W09",
        status="claim",
        actors=("Rina Hartati",),
        outlet="Kabar",
    ),
    mention(
        "a",
        "Petani memanen padi lebih awal pekan lalu karena hujan deras.",
        "pekan lalu",
        "2025-W09",
        actors=(),
        outlet="Kabar",
    ),
    mention(
        "d",
        "The Sukamaju dam burst on Monday night, flooding three villages.",
        "Monday night",
        "2025-03-03",
        actors=("Sukamaju",),
        language="en",
        outlet="Wire",
    ),
]


def by_article_sets(events: tuple) -> list[tuple[str, list[str]]]:
    return sorted((e.date, sorted({s.article for s in e.sources})) for e in events)


def test_same_event_merges_across_articles_and_languages_with_day_variant() -> None:
    events = merge_mentions(STORY)
    burst = next(e for e in events if e.date == "2025-03-03")
    assert sorted({s.article for s in burst.sources}) == ["a", "b", "c", "d"]
    assert [(v.date, v.articles) for v in burst.variants] == [("2025-03-04", ("c",))]
    assert set(burst.title) == {"id", "en"}
    assert burst.outlets == 4


def test_the_same_words_days_apart_are_two_stages_not_a_variant() -> None:
    # A search extended on Monday and ended on Friday, told in the same words with days worked
    # out from the articles' dates: two developments. Two days apart, one report whose day one
    # outlet worked out differently is one event with a variant.
    def search(article: str, verb: str, weekday: str, date: str) -> Mention:
        sentence = (
            f"Tim SAR Sukamaju {verb} pencarian korban banjir bandang di hulu pada {weekday}."
        )
        return mention(article, sentence, weekday, date, actors=("Sukamaju",))

    extended = search("e", "memperpanjang", "Senin", "2031-03-03")
    ended = search("f", "menghentikan", "Jumat", "2031-03-07")
    # (Beside the dam story, so that the search's words are rare in the corpus.)
    events = merge_mentions([*STORY, extended, ended])
    assert [
        (e.date, sorted({s.article for s in e.sources})) for e in events if e.date > "2031"
    ] == [
        ("2031-03-03", ["e"]),
        ("2031-03-07", ["f"]),
    ]
    again = search("g", "memperpanjang", "Rabu", "2031-03-05")
    (one,) = [e for e in merge_mentions([*STORY, extended, again]) if e.date > "2031"]
    assert [v.date for v in one.variants] == ["2031-03-05"]


def test_year_merges_into_the_month_it_contains() -> None:
    events = merge_mentions(STORY)
    built = [e for e in events if e.date.startswith("1998")]
    assert len(built) == 1
    assert built[0].date == "1998-06"
    assert built[0].variants == ()  # 1998 contains June 1998: no disagreement


def test_different_events_in_one_week_stay_apart() -> None:
    events = merge_mentions(STORY)
    week = [e for e in events if e.date == "2025-W09"]
    assert len(week) == 2
    assert {e.status for e in week} == {"claim", "happened"}


def test_merge_is_independent_of_input_order() -> None:
    expected = merge_mentions(STORY)
    for seed in range(5):
        shuffled = list(STORY)
        random.Random(seed).shuffle(shuffled)
        assert merge_mentions(shuffled) == expected


def test_ids_are_stable_safe_and_unique() -> None:
    events = merge_mentions(STORY)
    ids = [e.id for e in events]
    assert len(set(ids)) == len(ids)
    for e in events:
        assert re.fullmatch(r"[a-z0-9-]+", e.id), e.id
        assert e.id.startswith(e.date.lower().replace("/", "--"))
    twins = [
        mention("x", "Gempa mengguncang Sukabumi pada Senin.", "Senin", "2025-03-03"),
        mention(
            "y", "Gempa mengguncang Sukabumi pada Senin.", "Senin", "2025-03-03", status="claim"
        ),
    ]
    twin_ids = [e.id for e in merge_mentions(twins)]
    assert len(set(twin_ids)) == len(twin_ids)


def test_salience_outlets_key_events_and_quote_ids() -> None:
    events = merge_mentions(STORY)
    top = max(events, key=lambda e: e.outlets)
    assert top.key
    assert top.date == "2025-03-03"
    assert sum(e.key for e in events) <= KEY_EVENTS
    assert not all(e.key for e in events)
    # Two articles of one outlet count once.
    same_outlet = [
        mention(
            "p",
            "Pasar Baru terbakar pada Rabu (5/3/2025).",
            "Rabu (5/3/2025)",
            "2025-03-05",
            outlet="Kabar",
            actors=("Pasar Baru",),  # as the actor chunker names the market
        ),
        mention(
            "q",
            "Pasar Baru terbakar hebat pada Rabu.",
            "Rabu",
            "2025-03-05",
            outlet="Kabar",
            actors=("Pasar Baru",),
        ),
    ]
    (fire,) = merge_mentions(same_outlet)
    assert fire.outlets == 1
    assert len(fire.sources) == 2
    s = fire.sources[0]
    assert s.quote_id == quote_id(s.quote)
    assert len(s.quote_id) == 12
    assert quote_id("a  b\n c") == quote_id("a b c")


def test_many_mentions_on_many_dates_do_not_collapse() -> None:
    mentions = [
        mention(
            f"n{i}",
            f"Kapal nelayan nomor {i} tenggelam di perairan timur pada hari itu.",
            "hari itu",
            f"2025-0{1 + i % 9}-{10 + i % 17}",
        )
        for i in range(60)
    ]
    events = merge_mentions(mentions)
    assert len({e.date for e in events}) == len(events)


def test_light_stemming_matches_affixed_forms() -> None:
    assert stem("mengunjungi", "id") == stem("kunjungan", "id")
    assert stem("pertemuan", "id") == stem("bertemu", "id")
    assert stem("dijadwalkan", "id") == stem("jadwal", "id")
    assert stem("visited", "en") == stem("visits", "en") == stem("visiting", "en")


def background() -> list[Mention]:
    """Reports on other days, so that word weights are those of a real corpus."""
    return [
        mention(f"lain{i}", f"{text} pada {day} Maret 2030.", f"{day} Maret 2030", f"2030-03-{day}")
        for i, (text, day) in enumerate(
            [
                ("Harga beras naik di pasar induk kota", "02"),
                ("Kereta cepat mulai beroperasi untuk umum", "05"),
                ("Tim nasional menang tipis atas tamu dari utara", "09"),
                ("Hujan deras merendam jalan utama selama dua jam", "13"),
                ("Festival film dibuka dengan pemutaran perdana", "17"),
                ("Gubernur meresmikan rumah sakit daerah yang baru", "21"),
            ]
        )
    ]


def test_two_stories_in_the_same_week_stay_apart() -> None:
    """Without a shared name, a year and a week inside it that share one verb do not merge."""
    count = mention(
        "pemilu",
        '"Pada 2031, rekapitulasi nasional rampung dalam 18 hari. Ini perlu dievaluasi," kata Ratna.',
        "Pada 2031",
        "2031",
        actors=("Ratna",),
    )
    volcano = mention(
        "gunung",
        "PVMBG akan mengevaluasi status Sinabung minggu depan berdasarkan data kegempaan.",
        "minggu depan",
        "2031-W47",
        status="planned",
        actors=("PVMBG", "Sinabung"),
    )
    events = merge_mentions([count, volcano, *background()])
    assert len(events) == 8


def test_demonyms_fold_only_to_names_the_corpus_uses() -> None:
    folds = demonym_folds(["indonesian", "indonesia", "gabonese", "gabon", "korean", "canadian"])
    assert folds == {"indonesian": "indonesia", "gabonese": "gabon"}
    assert "canadian" not in folds, "no place 'canada' in the corpus: nothing is guessed"


def test_an_indonesian_and_an_english_report_of_one_event_merge() -> None:
    """The only name the two reports share is a place and its English demonym."""
    indonesian = mention(
        "berita",
        "Sepuluh pelaut Indonesia disandera kelompok bersenjata pada 8 Februari 2030.",
        "8 Februari 2030",
        "2030-02-08",
        actors=("Indonesia",),
    )
    english = mention(
        "wire",
        "Ten Indonesian sailors were taken hostage by gunmen on Feb. 8, 2030.",
        "Feb. 8, 2030",
        "2030-02-08",
        language="en",
        actors=("Indonesian",),
    )
    events = merge_mentions([indonesian, english, *background()])
    assert len(events) == 7
    (event,) = [e for e in events if e.date == "2030-02-08"]
    assert {s.article for s in event.sources} == {"berita", "wire"}


def _dated(article: str, sentence: str, expr: str, date: str, **kw: object) -> Mention:
    from dataclasses import replace

    background = bool(kw.pop("background", False))
    return replace(mention(article, sentence, expr, date, **kw), background=background)  # type: ignore[arg-type]


def _burst(
    outlets: str, expr: str = "Senin (3/3/2025)", part: PartOfDay | None = None
) -> list[Mention]:
    """The dam bursting on Monday 3 March, one report from each of `outlets`: a day's lead."""
    return [
        _dated(
            k,
            f"Bendungan Sukamaju jebol pada Senin (3/3/2025) malam, kata warga {k}.",
            expr,
            "2025-03-03",
            actors=("Sukamaju",),
            outlet=k,
            part=part,
        )
        for k in outlets
    ]


def test_a_detail_of_the_day_joins_the_day_lead() -> None:
    # Three outlets report the dam bursting on Monday; outlet "a" also says, in a clause
    # subordinate to it, that a boy was trapped when it burst on Monday: one entry, not two.
    lead = _burst("abc")
    detail = _dated(
        "a",
        "Seorang bocah terjebak di kamarnya ketika air datang Senin (3/3/2025).",
        "Senin (3/3/2025)",
        "2025-03-03",
        outlet="a",
        background=True,
    )
    events = merge_mentions([*lead, detail])
    assert len(events) == 1
    assert len(events[0].sources) == 4


def test_another_development_of_the_day_keeps_its_entry() -> None:
    lead = _burst("abc")
    # Told in its own main clause, in other words, by another article: its own entry.
    other = _dated(
        "d",
        "Gubernur Rina Hartati menetapkan status darurat pada Senin (3/3/2025).",
        "Senin (3/3/2025)",
        "2025-03-03",
        actors=("Rina Hartati",),
        outlet="d",
    )
    # A plan of the same article for that day is never folded into the deed.
    plan = _dated(
        "a",
        "Bupati akan meninjau posko pengungsian pada Senin (3/3/2025).",
        "Senin (3/3/2025)",
        "2025-03-03",
        status="planned",
        outlet="a",
    )
    events = merge_mentions([*lead, other, plan])
    assert len(events) == 3


def test_another_outlet_telling_the_day_lead_in_other_words_joins_it() -> None:
    lead = _burst("abc")
    # Outlet "d" alone tells the burst as the water rising behind the dam: the title words it
    # shares with the lead ("bendungan", "jebol") make it a detail of that day's entry ...
    detail = _dated(
        "d",
        "Air naik cepat sebelum bendungan itu jebol pada Senin (3/3/2025) malam.",
        "Senin (3/3/2025)",
        "2025-03-03",
        outlet="d",
    )
    # ... while its background clause on another matter, sharing no such word, stays apart.
    aside = _dated(
        "d",
        "Gubernur yang baru dilantik meninjau pasar pada Senin (3/3/2025).",
        "Senin (3/3/2025)",
        "2025-03-03",
        outlet="d",
        background=True,
    )
    events = merge_mentions([*lead, detail, aside])
    assert sorted(len(e.sources) for e in events) == [1, 4]


def test_an_entry_is_titled_by_a_report_of_its_own_development() -> None:
    # Three reports of the signing; the fullest-worded one dates the day only as background
    # ("at their 3 March summit"): the title comes from one that tells the signing itself.
    texts = [
        (
            "a",
            "The two leaders signed an accord on the river at their March 3, 2031 summit in Oslo.",
        ),
        ("b", "The accord on the river was signed in Oslo on March 3, 2031."),
        ("c", "Both leaders put their names to the river accord on March 3, 2031, aides said."),
    ]
    ms = [
        _dated(k, text, "March 3, 2031", "2031-03-03", language="en", outlet=k, background=k == "a")
        for k, text in texts
    ]
    (event,) = merge_mentions(ms)
    assert "their" not in event.title["en"]


def test_days_printed_a_day_apart_in_one_language_stay_two_entries() -> None:
    # Two verdicts of one trial on consecutive days, each printed with its day: two entries,
    # however alike the sentences. Days worked out from two articles' dates ("Senin",
    # "kemarin") may be a day off: such reports of the first verdict still join.
    first = [
        mention(
            "a",
            "Majelis hakim memvonis terdakwa Budi Santoso 15 tahun penjara pada Senin (13/2/2023).",
            "Senin (13/2/2023)",
            "2023-02-13",
            actors=("Budi Santoso",),
        ),
        mention(
            "c",
            "Hakim menjatuhkan vonis 15 tahun penjara kepada Budi Santoso, Senin (13/2).",
            "Senin (13/2)",
            "2023-02-13",
            actors=("Budi Santoso",),
        ),
    ]
    second = mention(
        "b",
        "Majelis hakim memvonis terdakwa Andi Wijaya 13 tahun penjara pada 14 Februari 2023, "
        "sehari setelah vonis Budi Santoso.",
        "14 Februari 2023",
        "2023-02-14",
        actors=("Andi Wijaya", "Budi Santoso"),
    )
    relative = mention(
        "d",
        "Majelis hakim memvonis terdakwa Budi Santoso 15 tahun penjara kemarin.",
        "kemarin",
        "2023-02-14",
        actors=("Budi Santoso",),
    )
    events = merge_mentions([*first, second])
    assert by_article_sets(events) == [("2023-02-13", ["a", "c"]), ("2023-02-14", ["b"])]
    weekday = mention(
        "e",
        "Majelis hakim memvonis terdakwa Budi Santoso 15 tahun penjara pada Senin.",
        "Senin",
        "2023-02-13",
        actors=("Budi Santoso",),
    )
    events = merge_mentions([weekday, relative])
    assert by_article_sets(events) == [("2023-02-13", ["d", "e"])]


def test_a_retelling_of_the_day_lead_joins_it_though_the_lead_holds_a_variant() -> None:
    # Three outlets date the burst Monday evening, a fourth the small hours of Tuesday: one
    # entry, of Monday. Outlet "e" does not report the burst; it retells it in a clause naming
    # it ("bendungan yang runtuh"): a source of that entry, not an entry of its own.
    lead = _burst("abc", "Senin (3/3/2025) malam", part="evening")
    night = _dated(
        "d",
        "Bendungan Sukamaju jebol pada Selasa (4/3/2025) dini hari, kata warga d.",
        "Selasa (4/3/2025) dini hari",
        "2025-03-04",
        actors=("Sukamaju",),
        outlet="d",
        part="night",
    )
    retold = _dated(
        "e",
        "Korban akibat bendungan yang runtuh pada Senin (3/3/2025) malam itu bertambah.",
        "Senin (3/3/2025) malam",
        "2025-03-03",
        outlet="e",
        background=True,
    )
    events = merge_mentions([*lead, night, retold])
    assert [(e.date, len(e.sources)) for e in events] == [("2025-03-03", 5)]
    assert [v.date for v in events[0].variants] == ["2025-03-04"]


def test_reports_naming_different_people_beyond_the_story_s_names_stay_apart() -> None:
    # Every article names the dam (the story's name); the governor and the agency are named by
    # two articles of eight and one. On Tuesday the governor declares an emergency and, apart,
    # the agency sends its teams: two developments, though both sentences name the dam and
    # the river below it. A second outlet's report of the governor's decision joins hers.
    burst = _burst("abcdefgh")
    governor = [
        _dated(
            k,
            "Gubernur Rina Hartati menetapkan status darurat di hilir Bendungan Sukamaju "
            "pada Selasa (4/3/2025).",
            "Selasa (4/3/2025)",
            "2025-03-04",
            actors=("Rina Hartati", "Sukamaju"),
            outlet=k,
        )
        for k in ("a", "c")
    ]
    agency = _dated(
        "b",
        "Basarnas mengerahkan 200 personel ke hilir Bendungan Sukamaju pada Selasa (4/3/2025).",
        "Selasa (4/3/2025)",
        "2025-03-04",
        actors=("Basarnas", "Sukamaju"),
        outlet="b",
    )
    events = merge_mentions([*burst, *governor, agency])
    tuesday = sorted(sorted(s.article for s in e.sources) for e in events if e.date == "2025-03-04")
    assert tuesday == [["a", "c"], ["b"]]


def test_the_story_s_names_are_those_more_than_a_share_of_its_articles_give() -> None:
    from generator.events.actors import story_names

    by_article = {
        "a": {"musk", "twitter"},
        "b": {"musk"},
        "c": {"musk", "agrawal"},
        "d": {"twitter"},
    }
    assert story_names(by_article, 0.5) == {"musk"}
    assert story_names(by_article, 0.3) == {"musk", "twitter"}
    assert story_names({"a": {"musk"}, "b": {"musk"}}, 0.3) == frozenset()  # too few to tell


def test_two_outlets_telling_one_death_in_their_own_words_without_a_name_merge() -> None:
    # A fire story whose reports all tell of inmates and the hospital. On one day an outlet
    # tells of an inmate known by an initial dying in hospital, another of one more victim
    # dying in hospital: neither names anyone, and they share the development's words ("died
    # in hospital"), not only the story's: one entry. A report of that day telling of a
    # prayer by the inmates' families shares only the story's words and stays apart.
    story = [
        mention(f"s{i}", f"{text} pada {day} Maret 2031.", f"{day} Maret 2031", f"2031-03-{day}")
        for i, (text, day) in enumerate(
            [
                ("Kebakaran melanda blok hunian lapas dan menewaskan 41 narapidana", "03"),
                ("Dua narapidana korban kebakaran meninggal di rumah sakit", "04"),
                ("Polisi memeriksa petugas lapas soal kebakaran", "05"),
                ("Narapidana korban luka dipindahkan ke rumah sakit lain", "06"),
                ("Jenazah narapidana diserahkan kepada keluarga", "07"),
            ]
        )
    ]
    first = mention(
        "a",
        "Seorang narapidana berinisial R yang dirawat di rumah sakit meninggal pada "
        "Sabtu (8/3/2031) pagi.",
        "Sabtu (8/3/2031) pagi",
        "2031-03-08",
    )
    second = mention(
        "b",
        "Satu lagi korban kebakaran lapas meninggal di rumah sakit, Sabtu (8/3/2031), kata petugas.",
        "Sabtu (8/3/2031)",
        "2031-03-08",
    )
    other = mention(
        "c",
        "Keluarga para narapidana menggelar doa bersama di depan gerbang lapas, Sabtu (8/3/2031).",
        "Sabtu (8/3/2031)",
        "2031-03-08",
    )
    events = merge_mentions([first, second, other, *story, *background()])
    by_article = {frozenset(s.article for s in e.sources) for e in events}
    assert frozenset({"a", "b"}) in by_article
    assert frozenset({"c"}) in by_article
