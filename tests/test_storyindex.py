"""The story index finds exactly the stories a comparison with every dated article finds, in a
corpus whose words and names are rare enough to be listed, and reads only what an article
shares with others (see generator/events/storyindex.py)."""

from __future__ import annotations

import random
from collections import Counter

from generator.core.model import Article, DatedArticle, Dct, Metadata
from generator.events import storyindex
from generator.events.actors import actors_in, article_actors, article_names
from generator.events.storyindex import Profiles, StoryIndex
from generator.events.terms import actor_terms, content_terms, cosine, text_terms, tfidf


def article(aid: str, text: str, language: str = "id") -> Article:
    return Article(aid, f"{aid}.txt", text, text, language, "", aid, Metadata())


def dated(a: Article) -> DatedArticle:
    return DatedArticle(a, Dct("2024-05-06", "metadata", "test", 1.0), ())


def full_comparison(target: Article, others: list[DatedArticle]) -> dict[str, float]:
    """What makes one story, computed the long way: the target against every dated article,
    with the weights of all of them and the target counted together."""
    others = sorted(others, key=lambda d: d.article.id)
    read = [target, *(d.article for d in others)]
    terms = [content_terms(a.clean, a.language) for a in read]
    vectors = tfidf(terms)
    lower = frozenset().union(*(article_names(a).lower for a in read))
    names = [
        frozenset(
            w
            for w in actor_terms(actors_in(a, 0, len(a.clean), ()))
            if len(w) > 2
            and w not in lower
            and w not in storyindex.TIME_WORDS
            and w not in storyindex.GENERIC_NAME_WORDS
        )
        for a in read
    ]
    df = Counter(n for found in names for n in found)
    related = {}
    for i, d in enumerate(others, 1):
        shared = names[0] & names[i]
        weight = sum(1.0 / max(1, df[n] - 1) for n in shared)
        if len(shared) >= storyindex.MIN_COMMON_NAMES:
            weight = max(weight, storyindex.MIN_NAME_WEIGHT)
        sim = cosine(vectors[0], vectors[i])
        if d.article.language != target.language:
            if weight >= storyindex.MIN_NAME_WEIGHT:
                related[d.article.id] = max(sim, 0.1)
            continue
        mine, theirs = set(terms[0]), set(terms[i])
        needed = max(storyindex.MIN_SHARED_WORDS, 0.5 * min(len(mine), len(theirs)))
        if sim >= storyindex.MIN_ARTICLE_SIMILARITY and (
            len(mine & theirs) >= needed or weight >= storyindex.MIN_NAME_WEIGHT
        ):
            related[d.article.id] = sim
    return related


# Made-up stories: the same people, places and words recur within a story, some across them.
PEOPLE = ["Rina Hartati", "Bayu Santoso", "Dewi Lestari", "Tomas Wirya", "Agus Salim"]
PLACES = ["Kulon Progo", "Tanjung Sari", "Bukit Hijau", "Sungai Lamat", "Pulau Merah"]
WORDS = "jembatan banjir pasar sekolah gudang kapal jalan sawah pupuk listrik".split()
VERBS = "meresmikan memeriksa membangun menutup membuka memperbaiki".split()


def story_corpus(seed: int) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for s in range(6):
        people = rng.sample(PEOPLE, 2)
        place = rng.choice(PLACES)
        words = rng.sample(WORDS, 4)
        for k in range(rng.randint(2, 4)):
            sentences = [
                f"{rng.choice(people)} {rng.choice(VERBS)} {rng.choice(words)} di {place}."
                for _ in range(rng.randint(3, 6))
            ]
            if rng.random() < 0.3:  # a sentence-opening word some other article writes lower
                sentences.append("Warga berharap jembatan baru itu segera dibuka.")
            if rng.random() < 0.2:
                sentences.append("Para warga dan kepala desa hadir.")
            language = "en" if rng.random() < 0.2 else "id"
            if language == "en":
                sentences = [
                    f"{rng.choice(people)} visited the {rng.choice(words)} in {place}."
                    for _ in range(3)
                ]
            out.append(article(f"s{s}a{k}", " ".join(sentences), language))
    return out


def test_related_is_the_full_comparison() -> None:
    compared = 0
    for seed in range(8):
        corpus = story_corpus(seed)
        for target in corpus:
            others = [dated(a) for a in corpus if a is not target]
            index = StoryIndex(Profiles(), others)
            expected = full_comparison(target, others)
            found = index.related(target, storyindex.profile(target))
            assert found == expected  # the same articles and the same similarities, exactly
            compared += len(expected)
    assert compared > 100  # (stories were found, in both languages)


def test_an_index_grown_article_by_article_is_the_index_built_at_once() -> None:
    corpus = story_corpus(3)
    # A name at first ("Lamat Baru" never written in lower case), then a word: the article
    # added last writes "baru" and "lamat" in lower case, so neither is a name any more.
    first = article("n0", "Rina Hartati meninjau Lamat Baru. Bayu Santoso meninjau Lamat Baru.")
    last = article("n9", "Jembatan baru di lamat itu dibuka Rina Hartati dan Bayu Santoso.")
    targets = [*corpus[:4], article("t", "Rina Hartati dan Bayu Santoso di Lamat Baru.")]
    rest = [dated(first), *(dated(a) for a in corpus[4:]), dated(last)]
    profiles = Profiles()
    grown = StoryIndex(profiles)
    for at in range(0, len(rest), 5):
        grown.add(rest[at : at + 5])
    whole = StoryIndex(profiles, rest)
    assert "lamat" in StoryIndex(profiles, rest[:5])._names[0]  # (a name until "n9" comes)
    assert "lamat" not in grown._names[0]
    for target in targets:
        own = profiles.of(target)
        assert grown.related(target, own) == whole.related(target, own)
        assert whole.related(target, own) == full_comparison(target, rest)


def test_words_and_names_that_many_articles_use_find_no_story() -> None:
    # More than COMMON articles name "Kota Lamat" and share a handful of words; two of them
    # also share rare names with the target. Only those two are found: the common name and
    # words, read for every query, would make every article a candidate. (The full comparison
    # takes the others too: in a corpus of 300 more articles on other things, those words are
    # rare enough to weigh.)
    common = "Kota Lamat membangun jembatan pasar sekolah gudang kapal di Kota Lamat."
    rng = random.Random(1)
    syllables = "ka ri mo tu se la pe no wi da gu be".split()
    other = [
        dated(article(f"o{i:03d}", " ".join("".join(rng.sample(syllables, 3)) for _ in range(12))))
        for i in range(300)
    ]
    many = [
        dated(article(f"c{i:03d}", f"{common} Petugas {i} memeriksa laporan."))
        for i in range(storyindex.COMMON + 1)
    ]
    story = [
        dated(article(f"r{i}", f"{common} Rina Hartati dan Bayu Santoso meninjau Tanjung Sari."))
        for i in range(2)
    ]
    target = article("t", f"{common} Rina Hartati bertemu Bayu Santoso di Tanjung Sari.")
    corpus = [*other, *many, *story]
    index = StoryIndex(Profiles(), corpus)
    assert set(index.related(target, storyindex.profile(target))) == {"r0", "r1"}
    assert set(full_comparison(target, corpus)) == {d.article.id for d in [*many, *story]}


def test_the_whole_articles_actors_are_read_from_token_text_alone() -> None:
    texts = [
        "Presiden Joko Widodo bertemu Abdullah bin Ahmad di Jakarta. Kapal TNI AL tiba.",
        "Kemarin, Menteri Luar Negeri Retno Marsudi terbang ke Den Haag bersama Van der Berg.",
        "Jaringan 4G milik PT Telkom Indonesia padam pada 2024 di Kabupaten Sleman.",
        "The U.S. Secretary of State met Anwar Ibrahim and the Prime Minister of Malaysia.",
        "Warga desa di tepi Sungai Progo menyebut banjir itu terbesar sejak 1998; Bupati "
        "Sleman, Kustini Sri Purnomo, meninjau lokasi. AT&T dan O'Brien ikut.",
        "Rina's team and Dr. Bayu al Hakim of the Universitas Gadjah Mada spoke.",
    ]
    for text in texts:
        a = article("x", text, "en" if text.startswith(("The", "Rina")) else "id")
        assert article_actors(a) == actors_in(a, 0, len(text), ())


def test_a_whole_texts_terms_are_its_content_terms() -> None:
    for text, language in [
        ("Kunjungan Presiden ke Pyongyang, negara-negara sahabat, mengunjungi pabrik.", "id"),
        ("The visitors visited the visiting delegation's offices, 12 of them.", "en"),
        ("", "id"),
    ]:
        assert text_terms(text, language) == tuple(content_terms(text, language))


def test_the_kind_of_a_place_its_quarter_and_a_time_zone_make_no_shared_names() -> None:
    # A flood and a vote count in one province share "Kabupaten", "Sumatera", "Utara" and
    # "WIB" as capitalised words; only "Sumatera" is a name that can tell a story.
    flood = article(
        "banjir",
        "Banjir merendam tiga desa di Kabupaten Langkat, Sumatera Utara, Senin pukul 10.00 WIB. "
        "Petugas Kabupaten Langkat mengevakuasi warga ke balai desa.",
    )
    count = article(
        "rekap",
        "KPU Kabupaten Asahan, Sumatera Utara, menuntaskan rekapitulasi suara pukul 14.00 WIB. "
        "Saksi partai menandatangani berita acara di kantor Kabupaten Asahan.",
    )
    others = [
        article(f"lain{i}", text)
        for i, text in enumerate(
            (
                "Harga cabai di pasar induk naik tajam menjelang musim hujan.",
                "Tim sepak bola kota itu menang dua gol tanpa balas di kandang.",
                "Pabrik tekstil menambah dua ratus pekerja untuk pesanan ekspor.",
            )
        )
    ]
    profiles = Profiles()
    index = StoryIndex(profiles, [dated(a) for a in (flood, *others)])
    assert index.related(count, profiles.of(count)) == {}
