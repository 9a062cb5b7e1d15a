"""A small hand-made corpus for the renderer and site tests, hostile text included.

Offsets are computed from the text, never typed in, so the fixture stays consistent when a
sentence is edited. The stories are invented; none of it comes from the seed articles.
"""

from __future__ import annotations

from generator.core.model import (
    Article,
    Corpus,
    DatedArticle,
    DateVariant,
    Dct,
    Event,
    Furniture,
    Metadata,
    Source,
    Timex,
)
from generator.read.clean import blank

HOSTILE = '<script>alert("x")</script> {{ boom }} {% raw %} [x](javascript:alert(1)) *bold* `tick`'

BANJIR_TEXT = (
    "Kamis, 9 Januari 2031\n"
    "\n"
    "Banjir Rendam Kota Tepian & Sekitarnya\n"
    "\n"
    "Hujan deras sejak Senin malam membuat sungai meluap. Wali kota meninjau lokasi "
    "pada Selasa (7/1/2031).\n"
    "Warga menyebut banjir serupa terjadi pada tahun 1990an.\n"
    "\n"
    f"Seorang warga menulis {HOSTILE} di papan pengumuman pada 6 Januari 2031.\n"
    "\n"
    "Pemerintah akan membangun tanggul baru dalam waktu dekat.\n"
    "\n"
    "Baca juga: Banjir lain di kota sebelah\n"
)

BRIDGE_TEXT = (
    "The river bridge reopened on 8 January 2031 after repairs.\n"
    "\n"
    'Officials said "the flood peaked on Tuesday" and that more rain is expected next week.\n'
)


def _span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _timex(text: str, needle: str, type_: str, value: str, **kw: object) -> Timex:
    start, end = _span(text, needle)
    return Timex(needle, start, end, type_, value, **kw)  # type: ignore[arg-type]


def _sentence_of(text: str, needle: str) -> tuple[str, int, int]:
    at = text.index(needle)
    start = max(text.rfind("\n", 0, at) + 1, text.rfind(". ", 0, at) + 2)
    end = text.find(".", at)
    end = len(text) if end < 0 else end + 1
    return text[start:end], start, end


def _source(
    article: Article,
    timex: Timex,
    date: str | None = None,
    translations: dict[str, str] | None = None,
) -> Source:
    quote, start, end = _sentence_of(article.text, timex.text)
    return Source(
        article=article.id,
        quote=quote,
        start=start,
        end=end,
        timex_text=timex.text,
        timex_start=timex.start,
        timex_end=timex.end,
        date=date or timex.value,
        quote_id=f"{article.id}:{start}",
        language=article.language,
        translations=translations or {},
    )


def _article(ident: str, text: str, furniture: tuple[Furniture, ...], **kw: object) -> Article:
    return Article(
        id=ident,
        file=f"seeds/{ident}.txt",
        text=text,
        clean=blank(text, furniture),
        furniture=furniture,
        **kw,
    )  # type: ignore[arg-type]


def hostile_corpus() -> Corpus:
    """Two articles (one undated), four events, one untranslated, one with a date variant."""
    header = _span(BANJIR_TEXT, "Kamis, 9 Januari 2031")
    read_also = _span(BANJIR_TEXT, "Baca juga: Banjir lain di kota sebelah")
    banjir = _article(
        "banjir 01",  # a space in the id: the page name must still work
        BANJIR_TEXT,
        (Furniture(*header, "header"), Furniture(*read_also, "read-also")),
        language="id",
        title=f"Banjir Rendam Kota Tepian {HOSTILE}",
        outlet="Kabar <Tepian> & Co",
        metadata=Metadata(url="javascript:alert(1)", published="2031-01-08"),
        author="Ani",
    )
    bridge = _article(
        "bridge",
        BRIDGE_TEXT,
        (),
        language="en",
        title="Bridge reopens",
        outlet="River Post",
        metadata=Metadata(url="https://example.org/bridge?a=1&b=2"),
    )
    t = BANJIR_TEXT
    b_page = _timex(t, "Kamis, 9 Januari 2031", "page-date", "2031-01-09")
    b_monday = _timex(t, "Senin malam", "date", "2031-01-06", part="evening", anchor="dct")
    b_tuesday = _timex(t, "Selasa (7/1/2031)", "date", "2031-01-07")
    b_decade = _timex(t, "tahun 1990an", "date", "199X")
    b_sixth = _timex(t, "6 Januari 2031", "date", "2031-01-06")
    b_future = _timex(t, "dalam waktu dekat", "date", "FUTURE_REF")
    r = BRIDGE_TEXT
    r_eighth = _timex(r, "8 January 2031", "date", "2031-01-08")
    r_tuesday = _timex(r, "Tuesday", "date", "", anchor="unresolved", flags=("unresolved",))
    r_week = _timex(r, "next week", "date", "", anchor="unresolved", flags=("unresolved",))

    events = (
        Event(
            id="flood-begins",
            date="2031-01-06",
            status="happened",
            title={"id": f"Hujan deras mulai {HOSTILE}", "en": f"Heavy rain begins {HOSTILE}"},
            summary={"id": "Sungai meluap.", "en": "The river overflows."},
            sources=(
                _source(banjir, b_monday, translations={"en": f"English quote {HOSTILE}"}),
                _source(banjir, b_sixth, translations={"en": "Another English quote."}),
            ),
            part="evening",
            key=True,
            outlets=1,
            variants=(DateVariant("2031-01-07", ("bridge",)),),
            translation={"en": "memory"},
        ),
        Event(
            id="mayor-visit",
            date="2031-01-07",
            status="happened",
            title={"id": "Wali kota meninjau lokasi banjir"},  # no English yet
            summary={},
            sources=(_source(banjir, b_tuesday),),
            outlets=1,
            translation={"en": "missing"},
        ),
        Event(
            id="old-flood",
            date="199X",
            status="claim",
            title={"id": "Banjir serupa pada 1990-an", "en": "A similar flood in the 1990s"},
            summary={},
            sources=(_source(banjir, b_decade),),
            outlets=1,
            translation={"en": "machine"},
        ),
        Event(
            id="bridge-reopens",
            date="2031-01-08",
            status="happened",
            title={"en": "The river bridge reopens"},  # an English article: no Indonesian yet
            summary={},
            sources=(_source(bridge, r_eighth),),
            outlets=1,
        ),
        Event(
            id="new-levee",
            date="FUTURE_REF",
            status="planned",
            title={"id": "Tanggul baru akan dibangun", "en": "A new levee will be built"},
            summary={},
            sources=(_source(banjir, b_future),),
            outlets=1,
        ),
    )
    articles = (
        DatedArticle(
            banjir,
            Dct("2031-01-08", "metadata", "published: 2031-01-08", 1.0),
            (b_page, b_monday, b_tuesday, b_decade, b_sixth, b_future),
        ),
        DatedArticle(bridge, Dct(None, "none", ""), (r_eighth, r_tuesday, r_week)),
    )
    # The Indonesian article's headline has an English translation; the English one has none.
    titles = {"banjir 01": {"en": f"Flood in Tepian {HOSTILE}"}}
    return Corpus(articles=articles, events=events, titles=titles)
