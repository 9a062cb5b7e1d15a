"""Locate page furniture: the parts of a scraped page that are not the article.

Nothing is removed: furniture is returned as offset ranges into the original text, and `blank`
turns those ranges into spaces (newlines kept) so later stages scan article text only while
every offset still slices the original. Rules describe news-page conventions (headers above the
headline, "Baca juga" links, pagination, comment prompts, copyright footers), never one site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from generator.core.model import Furniture, FurnitureKind

# Lines that are furniture wherever they stand.
_ANYWHERE: tuple[tuple[FurnitureKind, re.Pattern[str]], ...] = (
    (
        "read-also",
        re.compile(
            # "Baca juga: ...", and the bare label "Baca: ..." some sites use.
            # "Related Story: ..." is a link of the same kind.
            r"^\s*(?:(?:baca\s+(?:juga|pula)|lihat\s+juga|simak\s+juga|read\s+(?:also|more))\b"
            r"|related\s+(?:story|stories|article|coverage|content)\s*:|baca\s*:)",
            re.I,
        ),
    ),
    # A syndicated copy's credit, "Artikel ini telah tayang di X.com dengan judul ...": a link
    # to the article's page elsewhere. (The English "This article first appeared in X on
    # <date>" gives the article's own date and is left to the text.)
    (
        "read-also",
        re.compile(
            r"^\s*(?:artikel|berita|tulisan)\s+ini\s+(?:telah|sudah)\s+"
            r"(?:tayang|terbit|dimuat|diterbitkan)\s+di\s+[\w-]+(?:\.[\w-]+)+",
            re.I,
        ),
    ),
    ("pagination", re.compile(r"^\s*(halaman|page)\s*(\d[\d\s]*)?\s*$", re.I)),
    ("pagination", re.compile(r"^\s*\d{1,3}(\s+\d{1,3})*\s*$")),
    (
        "pagination",
        re.compile(r"^\s*(selanjutnya|berikutnya|next|previous|sebelumnya)\s*[>»]*\s*$", re.I),
    ),
    (
        "comments",
        re.compile(
            r"^\s*(tuliskan|berikan|tulis|kirim)\s+komentar|^\s*(komentar|comments?)\s*(\(\d+\))?\s*$|^\s*leave\s+a\s+(comment|reply)",
            re.I,
        ),
    ),
    (
        "copyright",
        re.compile(
            r"^\s*(©|\(c\)\s*\d{4}|copyright\b|hak\s+cipta\b|all\s+rights?\s+reserved)", re.I
        ),
    ),
    ("share", re.compile(r"^\s*(bagikan|share|tweet|follow\s+us|ikuti\s+kami)\b.{0,40}$", re.I)),
    # A correction note under the article: "This article was amended on 23 November 2013 to
    # correct ...", "Ralat: ...". Its date is the page's, not the story's.
    (
        "footer",
        re.compile(
            r"^\s*[•*]?\s*(?:this\s+(?:article|story)\s+(?:was|has\s+been)\s+(?:amended|corrected|"
            r"updated)\b|corrections?\s*:|ralat\s*:)",
            re.I,
        ),
    ),
    # A wire's credit line: "(Reporting by A in B; Editing by C)", "(Laporan: A; Editor: B)".
    # Its names are the agency's staff, whom many stories share.
    (
        "footer",
        re.compile(
            r"^\s*[(\[]\s*(?:(?:additional\s+)?(?:reporting|writing|editing|compiled|"
            r"produced)\s+by\b|(?:laporan|penulis|editor|pewarta|reporter|penyunting)\s*:)"
            r"[^\n]{0,200}[)\]]\s*$",
            re.I,
        ),
    ),
)

# What every `_ANYWHERE` pattern begins with (white space, then one of these): a line that begins
# with none of them is no such furniture, and the patterns need not be tried on it.
_ANYWHERE_START = re.compile(
    r"\s*(?:baca|lihat|simak|read|related|this|correction|ralat|•|\*|artikel|berita|tulisan|halaman|page|\d|selanjutnya|berikutnya|next|previous|"
    r"sebelumnya|tuliskan|berikan|tulis|kirim|komentar|comment|leave|©|\(c\)|copyright|hak|all|"
    r"bagikan|share|tweet|follow|ikuti|[(\[])",
    re.I,
)

# A breadcrumb trail: short sections joined by arrows ("Home > Nasional > Hukum").
_BREADCRUMB = re.compile(r"^\s*[^>»›\n]{1,40}(?:\s[>»›]\s[^>»›\n]{1,40}){1,6}\s*$")

# A site's menu bar: three or more short sections between bars or bullets, maybe closed after
# a run of spaces by the date bar ("Home | News | Sport | Culture     Monday 19 January 2026").
_MENU_BAR = re.compile(
    r"^\s*[^|•·\n]{1,30}(?:\s[|•·]\s[^|•·\n]{1,30}){2,12}(?:\s{2,}[^|•·\n]{1,40})?\s*$"
)

# A copyright mark inside a short line, after the site's name.
_COPYRIGHT_INSIDE = re.compile(r"©|\ball\s+rights?\s+reserved\b|\bhak\s+cipta\b", re.I)

# Short trailing lines that are page widgets or credits rather than article sentences.
_FOOTER_HINT = re.compile(
    r"^\s*(rekomendasi|berita\s+(terkini|terkait|lainnya|populer)|terpopuler|terbaru|"
    r"\w+\s+terbaru|artikel\s+terkait|related|recommended|trending|tags?\s*:|topik\s*:|"
    r"editor\s*:|penulis\s*:|reporter\s*:|pewarta\s*:|sumber\s*:|\(sumber\b|\(\w+/\w+\))",
    re.I,
)

_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
_BODY_WORDS = 12  # a line this long is article prose, not page chrome
_HEADER_MAX_WORDS = 8


@dataclass(slots=True)
class Line:
    start: int
    end: int  # exclusive, without the line break
    text: str
    # Computed once: the furniture rules ask a line for them several times over.
    words: int = field(init=False)
    blank: bool = field(init=False)

    def __post_init__(self) -> None:
        self.words = len(self.text.split())
        self.blank = not self.words  # no words: only white space


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def lines(text: str) -> Iterator[Line]:
    """Every line with its offsets; handles \\n, \\r\\n and \\r line ends. Text after the last
    line break is a line unless it is empty; an empty text is one empty line."""
    start = 0
    for m in _LINE_BREAK.finditer(text):
        yield Line(start, m.start(), text[start : m.start()])
        start = m.end()
    if start < len(text) or not text:
        yield Line(start, len(text), text[start:])


@lru_cache(maxsize=4)
def _text_lines(text: str, body_start: int) -> tuple[Line, ...]:
    """The lines from `body_start` on that are not blank. Cached (a pure function of its
    arguments): loading asks for them twice per article, for the furniture and the headline."""
    found: list[Line] = []
    start = 0
    # As `lines`, but a blank line or one before `body_start` never becomes a `Line`.
    for m in (*_LINE_BREAK.finditer(text), None):
        end = m.start() if m else len(text)
        if start >= body_start and not text[start:end].isspace() and end > start:
            found.append(Line(start, end, text[start:end]))
        if m is None:
            break
        start = m.end()
    return tuple(found)


def _is_body(line: Line) -> bool:
    """Article prose: a long line that ends like a sentence (headlines carry no full stop)."""
    return line.words >= 2 * _BODY_WORDS or (
        line.words >= _BODY_WORDS and bool(_SENTENCE_END.search(line.text))
    )


def prose_start(text: str, body_start: int = 0) -> int:
    """The offset of the first line of article prose (the end of the text when there is none):
    what lies above it is the page's header, headline and stamps."""
    return next((ln.start for ln in _text_lines(text, body_start) if _is_body(ln)), len(text))


def _title_like(line: Line) -> bool:
    """Could be a headline: three or more words, mostly letters, not a credit or a caption,
    and not a date bar ("Warta Kita | Rabu, 15 Okt 2025", "Kamis, 23 Oktober 2025 - 10:41
    WIB"): what is left of it beside its calendar words is no title."""
    alpha = re.findall(r"[^\W\d_]{2,}", line.text)
    if len(alpha) < 3 or _NOT_TITLE.match(line.text) or _MENU_BAR.match(line.text):
        return False
    if _YEAR.search(line.text):
        rest = [w for w in alpha if not _CALENDAR_WORD.fullmatch(w)]
        return len(rest) > _DATE_BAR_WORDS
    return True


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# Month and weekday names and their abbreviations (Indonesian, English), clock-time words.
_CALENDAR_WORD = re.compile(
    r"(?i)jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|"
    r"jul[iy]?|agu(?:stus)?|aug(?:ust)?|sep(?:t|tember)?|okt(?:ober)?|oct(?:ober)?|"
    r"nov(?:ember)?|des(?:ember)?|dec(?:ember)?|senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
    r"ahad|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|wib|wita|wit|gmt|utc|am|pm|pukul"
)
_DATE_BAR_WORDS = 3  # a site's name and a section beside the date


_NOT_TITLE = re.compile(r"^\s*([-–—(]|(foto|ilustrasi|photo|gambar|image|video)\b)", re.I)


def find_furniture(text: str, body_start: int = 0) -> tuple[Furniture, ...]:
    """Furniture ranges of `text`, ignoring everything before `body_start` (front matter)."""
    all_lines = _text_lines(text, body_start)
    found: dict[int, Furniture] = {}

    for ln in all_lines:
        if ln.words <= _HEADER_MAX_WORDS + 4 and _COPYRIGHT_INSIDE.search(ln.text):
            # "IDN Times Community | © 2026 IDN Times. All rights reserved."
            found[ln.start] = Furniture(ln.start, ln.end, "copyright")
            continue
        if _BREADCRUMB.match(ln.text):
            found[ln.start] = Furniture(ln.start, ln.end, "header")
            continue
        if not _ANYWHERE_START.match(ln.text):
            continue  # begins like none of the `_ANYWHERE` patterns
        for kind, pattern in _ANYWHERE:
            if pattern.search(ln.text):
                found[ln.start] = Furniture(ln.start, ln.end, kind)
                break

    _related_lists(all_lines, found)

    # Header: short lines above the first line of prose, except the headline itself, which is
    # the longest of them (a category label or site name is shorter than the headline).
    prose = [i for i, ln in enumerate(all_lines) if _is_body(ln)]
    first_body = prose[0] if prose else len(all_lines)
    top = [ln for ln in all_lines[:first_body] if ln.start not in found]
    titles = [ln for ln in top if _title_like(ln)]
    head = _pick_headline(titles)
    head_at = head.start if head else None
    for ln in top:
        above = head_at is None or ln.start < head_at
        short = ln.words <= _HEADER_MAX_WORDS or _MENU_BAR.match(ln.text)
        if above and ln.start != head_at and short:
            found[ln.start] = Furniture(ln.start, ln.end, "header")

    # Footer: short, unpunctuated lines after the last line of prose, plus credit lines.
    last_body = prose[-1] if prose else -1
    for ln in all_lines[last_body + 1 :]:
        if ln.start in found:
            continue
        # Below the prose an unpunctuated line is a headline of another article (a teaser
        # under a section label), however long a headline runs.
        if (ln.words <= _HEADER_MAX_WORDS and _FOOTER_HINT.search(ln.text)) or (
            ln.words < _BODY_WORDS and not _SENTENCE_END.search(ln.text)
        ):
            found[ln.start] = Furniture(ln.start, ln.end, "footer")
    return tuple(sorted(found.values(), key=lambda f: f.start))


# The heading of a list of other articles: the site's most read, related or recommended.
_LIST_HEADING = re.compile(
    r"^\s*(?:(?:berita|artikel|video|foto)\s+)?(?:terpopuler|populer|terkait|terbaru|terkini|lainnya|pilihan|"
    r"rekomendasi|trending|baca\s+(?:juga|pula)|lihat\s+juga|simak\s+juga|read\s+(?:more|also)|"
    r"also\s+read|see\s+also|"
    r"most\s+(?:read|popular|viewed)|"
    r"(?:more\s+)?related(?:\s+(?:news|stories|articles|topics|coverage))?|most\s+viewed|"
    r"more\s+(?:on\s+this\s+(?:story|topic|subject)|stories|from\s+\w+)|recommended(?:\s+for\s+you)?|"
    r"editor'?s\s+picks?|top\s+stories|you\s+may\s+also\s+like)\s*:?\s*$",
    re.I,
)
_LIST_ITEM_WORDS = 24  # a headline in a list, maybe with its date, is shorter than this
# A headline closed by its date: "... - 16 Feb 2026", "... (20 Nov 2022)", "... | 12/04/2023".
_DATED_ITEM = re.compile(
    r"(?:\s[-–—|]\s*|\()(?:\w+,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?"
    r"\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\)?\s*$"
)
_PROSE_END = re.compile(r"[.!?…\"”]\s*$")  # a headline ends without a full stop
# A link to the site's video or gallery, labelled so: "Video: ...", "Galeri: ...", "WATCH: ...".
_MEDIA_LINK = re.compile(
    r"^\s*(?:video|galeri|gallery|infografis|infographic|watch|tonton)\s*:", re.I
)


def _related_lists(all_lines: tuple[Line, ...], found: dict[int, Furniture]) -> None:
    """Mark each list heading and the items under it: lines that read as headlines (no
    sentence of prose), until the first line of prose. Without a heading, two or more lines
    in a row that each end with their own date after a dash or in brackets ("Ringgit firmer
    at opening - 16 Feb 2026") are such a list too."""
    run: list[Line] = []
    for ln in (*all_lines, None):
        if ln is not None and ln.words <= _LIST_ITEM_WORDS and _DATED_ITEM.search(ln.text):
            if _MEDIA_LINK.match(ln.text):  # one is enough: "Video: <its title> (19 Juli 2024)"
                found.setdefault(ln.start, Furniture(ln.start, ln.end, "related"))
                continue
            run.append(ln)
            continue
        if len(run) >= 2:
            for item in run:
                found.setdefault(item.start, Furniture(item.start, item.end, "related"))
        run = []
    items = False
    for ln in all_lines:
        if _LIST_HEADING.match(ln.text) and ln.words <= 6:
            found[ln.start] = Furniture(ln.start, ln.end, "related")
            items = True
            continue
        if not items:
            continue
        if ln.words > _LIST_ITEM_WORDS or _PROSE_END.search(ln.text):
            items = False
            continue
        found.setdefault(ln.start, Furniture(ln.start, ln.end, "related"))


# A photo caption: a line opened by its label ("[Foto]", "Foto:", "PHOTO:", "Keterangan
# gambar,") or closed by the photo's credit ("AGENCY FOTO/Name", "PHOTO: AGENCY", "(XY Photo/Name)",
# "(Outlet/Name)", "Warta Kita/Name]"). Its date stays a time expression of the article.
_CAPTION_OPEN = re.compile(
    r"^\s*\[?\s*(?:(?:photo|image)\s+caption|foto|photo|gambar|image|keterangan\s+(?:gambar|foto))"
    r"\s*(?:\]|:|,)",
    re.I,
)
_CAPTION_CLOSE = re.compile(
    r"(?:\b(?:[A-Z]{2,}\s+FOTO|FOTO|PHOTO|Photo|Foto)\s*[:/]\s*[^\n.]{0,40}"
    r"|\((?:[A-Z]{2,}\s+Photo|Foto|Photo|FOTO)\b[^()\n]{0,60}\)"
    r"|\(?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}/[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\)?)"
    r"\s*[\])]?\s*$"
)
_CAPTION_WORDS = 80  # a caption is a sentence or two


@lru_cache(maxsize=4)
def caption_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the photo captions among the lines of `text`. Cached: the dating and the
    events of an article both ask."""
    return tuple(
        (ln.start, ln.end)
        for ln in _text_lines(text, 0)
        if ln.words <= _CAPTION_WORDS
        and (_CAPTION_OPEN.match(ln.text) or _CAPTION_CLOSE.search(ln.text))
    )


def blank(text: str, furniture: tuple[Furniture, ...]) -> str:
    """`text` with furniture replaced by spaces, line breaks kept, so offsets stay valid."""
    chars = list(text)
    for f in furniture:
        # One substitution per range rather than a Python loop over its characters.
        chars[f.start : f.end] = _NOT_BREAK.sub(" ", text[f.start : f.end])
    return "".join(chars)


_NOT_BREAK = re.compile(r"[^\r\n]")


def headline(text: str, furniture: tuple[Furniture, ...], body_start: int = 0) -> str | None:
    """The headline (the longest title-like line above the prose), else the lead's opening."""
    taken = {f.start for f in furniture}
    candidates = []
    body = _text_lines(text, body_start)
    for ln in body:
        if _is_body(ln):
            break
        if ln.start not in taken and _title_like(ln):
            candidates.append(ln)
    head = _pick_headline(candidates)
    if head:
        return head.text.strip()
    lead = next((ln for ln in body if _is_body(ln) and not _NOT_TITLE.match(ln.text)), None)
    if lead is None:
        return None
    # Drop a dateline ("JAKARTA, Outlet –") and keep the first sentence, at most 14 words.
    sentence = re.split(r"(?<=[.!?])\s", _ANY_DATELINE.sub("", lead.text, count=1).strip())[0]
    words = sentence.split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _pick_headline(titles: list[Line]) -> Line | None:
    """The first title-like line of five words or more, not in capitals (a section label is
    shorter, or shouts: "NATIONAL / POLITICS & DIPLOMACY")."""
    if not titles:
        return None
    told = [ln for ln in titles if not _shouting(ln.text)] or titles
    return next(
        (ln for ln in told if len(_ALPHA.findall(ln.text)) >= 5),
        max(told, key=lambda ln: len(_ALPHA.findall(ln.text))),
    )


_ALPHA = re.compile(r"[^\W\d_]{2,}")


def _shouting(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 3 and all(ch.isupper() for ch in letters)


_ANY_DATELINE = re.compile(
    r"^(?:[A-Z][\w.]*|[\w-]+(?:\.[\w-]+)+)(?:[ ,]+(?:[A-Z][\w.]*|[\w-]+(?:\.[\w-]+)+)){0,3}\s*[–—-]\s"
)

_BYLINE = re.compile(
    r"^\s*(?:penulis|editor|reporter|pewarta|oleh|by)\s*:?\s+(.{3,60}?)\s*$", re.I | re.M
)


def author(text: str, body_start: int = 0) -> str | None:
    """The byline's name ("Penulis: X", "Editor : X"), if the page prints one."""
    m = _BYLINE.search(text, body_start)
    return m.group(1).strip() if m else None


_COPYRIGHT_OWNER = re.compile(r"©\s*(?:\d{4}\s*)?([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)")
_CREDIT = re.compile(
    r"\((?:sumber|source)\s*:?\s*([^)]+)\)|^\s*(?:sumber|source)\s*:\s*(.+)$", re.I | re.M
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?,\s*)?"
    r"(?P<outlet>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|[A-Z]{2,}[A-Z0-9.]*(?=\s)|[A-Z]{2,}[A-Z0-9.]*)"
    r"(?:\s+[A-Z][a-z]+)?\s*[–—-]\s",
    re.M,
)


def outlet(text: str, furniture: tuple[Furniture, ...], body_start: int = 0) -> str | None:
    """The publishing outlet as the page names it: copyright owner, source credit or dateline."""
    for f in furniture:
        if f.kind == "copyright":
            m = _COPYRIGHT_OWNER.search(text, f.start, f.end)
            if m:
                owner = re.split(r"[,|]|\.\s|\.$|\s+(?:all|hak)\b", m.group(1), flags=re.I)[0]
                return owner.strip()
    tail = text[body_start:]
    credits = list(_CREDIT.finditer(tail))
    if credits:
        m = credits[-1]
        return (m.group(1) or m.group(2)).strip()
    m = _DATELINE.search(tail)
    if m:
        return m.group("outlet")
    # A bare domain on a line of its own above the article is the site's name.
    for ln in lines(tail):
        if ln.blank:
            continue
        domain = re.fullmatch(r"\s*((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\s*", ln.text)
        return domain.group(1) if domain else None
    return None
