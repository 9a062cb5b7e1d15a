"""Entry titles: what makes one weak, and the forms a good one takes (made-up sentences)."""

from __future__ import annotations

import pytest

from generator.core.model import Mention, Timex
from generator.events.clauses import token_tuple
from generator.events.merge import merge_mentions
from generator.events.titles import compress, headline_title, sentence_title, weak_title


@pytest.mark.parametrize(
    ("title", "why"),
    [
        ("Banjir", "too short"),
        ("Kalau saat hilang kontak pukul tiga dini hari", "no subject"),
        ("Benar, kata Warta Lembah", "speech tag"),
        ("Air sudah surut di tiga desa, ucap dia", "speech tag"),
        ("Bupati Beri Keterangan Pers Youtube Pemkab", "credit"),
        ("Dievakuasi delapan warga dari lereng bukit", "no subject"),
        ("Tanggul sungai jebol dan merendam desa sejak", "cut"),
        ('Warga: "kami tidak akan pindah" dari kampung', "quote marks"),
    ],
)
def test_weak_titles_are_named(title: str, why: str) -> None:
    assert weak_title(title) == why


@pytest.mark.parametrize(
    "title",
    [
        "Tanggul Sungai Cibereum jebol dan merendam tiga desa",
        "Bupati Rina Hartati: bantuan Rp50 juta untuk rumah rusak berat",
        "Regulators close Harbor Bank after a run on deposits",
        "Gempa bermagnitudo 5,6 mengguncang Kabupaten Sukaraja",
    ],
)
def test_good_titles_pass(title: str) -> None:
    assert weak_title(title) is None


def test_a_decimal_stays_one_number() -> None:
    text = "Gempa bermagnitudo 5,6 mengguncang Sukaraja."
    toks = token_tuple(text, 0, len(text))
    title = compress(toks, 0, len(toks), [False] * len(toks), "")
    assert title == "Gempa bermagnitudo 5,6 mengguncang Sukaraja"


def test_a_headline_loses_its_label_site_and_quote_marks() -> None:
    assert (
        headline_title("VIDEO: Dua polisi divonis bebas, keluarga 'tidak terima' - Warta Lembah")
        == "Dua polisi divonis bebas, keluarga tidak terima"
    )


def test_a_sentence_title_keeps_its_subject_and_drops_the_date_and_tag() -> None:
    sentence = "SUKARAJA - Tim SAR menemukan tiga jenazah di Kampung Cijedil pada Sabtu (3/12), kata Herman."
    at = sentence.index("Sabtu (3/12)")
    assert (
        sentence_title(sentence, at, at + len("Sabtu (3/12)"))
        == "Tim SAR menemukan tiga jenazah di Kampung Cijedil"
    )


def _mention(article: str, sentence: str, expr: str, title: str, headline: str = "") -> Mention:
    i = sentence.index(expr)
    return Mention(
        article=article,
        timex=Timex(expr, i, i + len(expr), "date", "2031-03-13"),
        date="2031-03-13",
        sentence=sentence,
        start=0,
        end=len(sentence),
        status="happened",
        actors=("Cibereum",),
        title=title,
        outlet=article,
        headline=headline,
    )


def test_the_headline_of_an_article_leading_with_the_development_titles_it() -> None:
    a = _mention(
        "a",
        "Tanggul Sungai Cibereum jebol pada Kamis (13/3/2031) malam.",
        "Kamis (13/3/2031)",
        "Tanggul Sungai Cibereum jebol malam",
        headline="Tanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam",
    )
    b = _mention(
        "b",
        "Kalau tanggul Cibereum jebol Kamis (13/3/2031), warga mengungsi.",
        "Kamis (13/3/2031)",
        "Kalau tanggul Cibereum jebol",
    )
    (event,) = merge_mentions([a, b])
    assert event.title["id"] == "Tanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam"


def test_a_lead_opening_on_background_keeps_the_headline_for_the_news() -> None:
    from generator.core.model import Article, DatedArticle, Dct, Metadata
    from generator.events.mentions import find_mentions

    headline = "Bupati Janjikan Tanggul Baru Sebelum Musim Hujan"
    text = (
        f"Warta Lembah\n\n{headline}\n\n"
        "Pada 2029, tanggul Sungai Cibereum jebol dan merendam tiga desa di hilir sungai itu.\n"
    )
    article = Article("a", "a.txt", text, text, "id", headline, "w", Metadata())
    at = text.index("2029")
    timexes = (Timex("2029", at, at + 4, "date", "2029"),)
    found = find_mentions(DatedArticle(article, Dct("2031-03-13", "text", ""), timexes))
    assert [m.headline for m in found] == [""]  # the news is not 2029's
    news = find_mentions(DatedArticle(article, Dct("2029-03-13", "text", ""), timexes))
    assert [m.headline for m in news] == [""]  # a year is no day of news either


def test_a_filler_opening_is_dropped() -> None:
    text = "Seperti diketahui, Bupati Rina Hartati meninjau tanggul."
    toks = token_tuple(text, 0, len(text))
    assert (
        compress(toks, 0, len(toks), [False] * len(toks), "")
        == "Bupati Rina Hartati meninjau tanggul"
    )


def _compressed(text: str, date: str) -> str:
    toks = token_tuple(text, 0, len(text))
    start = text.index(date)
    inside = [start <= t.start < start + len(date) for t in toks]
    return compress(toks, 0, len(toks), inside, "")


def test_commas_stay_between_kept_words_not_around_a_left_out_date() -> None:
    text = "Menurut polisi, pelaku ditangkap di Sukaraja pada Senin (3/6) malam."
    assert _compressed(text, "Senin (3/6) malam") == "Menurut polisi, pelaku ditangkap di Sukaraja"
    text = "Bupati Rina, Senin (3/6), meninjau tanggul yang jebol."
    assert _compressed(text, "Senin (3/6)") == "Bupati Rina meninjau tanggul yang jebol"


def test_words_leading_into_a_left_out_date_go_with_it() -> None:
    text = "Laga itu dimulai sekitar pukul 20.00 WIB dan berakhir ricuh."
    assert _compressed(text, "pukul 20.00 WIB") == "Laga itu dimulai dan berakhir ricuh"
    sentence = "Kompetisi dilanjutkan mulai 5 Desember setelah terhenti dua bulan."
    at = sentence.index("5 Desember")
    assert (
        sentence_title(sentence, at, at + len("5 Desember"))
        == "Kompetisi dilanjutkan setelah terhenti dua bulan"
    )


def test_approach_words_go_with_the_date_but_a_capitalised_name_stays() -> None:
    text = "Menjelang subuh, massa terdesak ke arah pasar dan bubar."
    assert _compressed(text, "subuh") == "Massa terdesak ke arah pasar dan bubar"
    text = "As recently as Tuesday night the agency said no step was needed."
    assert _compressed(text, "Tuesday night").startswith("As recently the agency said")
    # "AS" before a date is the United States, not "as".
    text = "Pejabat AS pada Januari 2031 mengatakan rudal itu dikirim lewat laut."
    assert _compressed(text, "Januari 2031").startswith("Pejabat AS mengatakan")
    at = text.index("Januari 2031")
    assert sentence_title(text, at, at + len("Januari 2031")).startswith("Pejabat AS mengatakan")


def test_a_dateline_is_no_part_of_a_title() -> None:
    text = "OSLO/BERGEN, March 3 (Delta Wire) - The minister resigned on Tuesday after the vote."
    assert _compressed(text, "March 3") == "The minister resigned on Tuesday after the vote"
    text = "SUKARAJA, Warta.com - Tanggul jebol pada Senin (3/3) malam."
    assert _compressed(text, "Senin (3/3) malam") == "Tanggul jebol"
    # A dash inside the story's own words stays.
    text = "Tim SAR - dibantu warga - menemukan korban pada Senin (3/3)."
    assert _compressed(text, "Senin (3/3)") == "Tim SAR dibantu warga menemukan korban"


@pytest.mark.parametrize(
    "title",
    [
        "Persidangan perkara banjir Sukamaju ditunda sepekan",
        "Kepala BPBD Sukaraja mengumumkan status tanggap darurat",
        "Kementerian Sosial mengirim bantuan ke tiga desa",
        "Menteri Sosial meninjau posko pengungsian di Sukamaju",
    ],
)
def test_nouns_formed_like_verbs_are_subjects(title: str) -> None:
    assert weak_title(title) is None
