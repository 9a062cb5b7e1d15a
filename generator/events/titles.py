"""Short extractive titles: the clause a date anchors, compressed to a dozen words. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.events.clauses import Token

# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

TITLE_WORDS = 12
DANGLING = frozenset(
    "pada di ke dari dan atau yang untuk dengan dalam oleh serta bahwa sebagai antara terhadap "
    "atas para sang telah sudah akan sedang masih belum ialah adalah merupakan "
    "the a an of to in on at for and or that with by from as has have had will would is was are "
    "were be been its their his her".split()
)
_LEADING = frozenset(
    "yang bahwa dimana ketika saat sewaktu setelah sesudah sebelum sejak sementara karena "
    "that which who when after before since while because and dan lalu kemudian".split()
)
_PREPOSITIONS = frozenset("pada di tanggal sejak hingga on in at during since from by".split())
# Words that only lead into the date a title leaves out ("dimulai sekitar [pukul 20.00]",
# "digeser ke [sore hari]", "resumes after [5 December]"): they go with it.
_BEFORE_DATE = _PREPOSITIONS | frozenset(
    "sekitar sekira mulai ke sampai sebelum setelah sesudah usai seusai selepas pasca semenjak "
    "menjelang jelang memasuki hari about around until till before after of as".split()
)
# (Any case but capitals: "AS" is the United States.)
_BEFORE_DATE_TAIL = re.compile(
    rf"(?:\s+(?!(?-i:[A-Z]+\b))(?:{'|'.join(sorted(_BEFORE_DATE, key=len, reverse=True))}))+\s*$",
    re.I,
)
# Openings that only point at what follows ("Seperti diketahui, ...", "As is known, ...").
_FILLERS = (
    ("seperti", "diketahui"), ("sebagaimana", "diketahui"), ("diketahui",), ("adapun",),
    ("sementara", "itu"), ("selain", "itu"), ("as", "is", "known"), ("meanwhile",),
    ("sebelumnya",), ("namun",), ("earlier",), ("however",),
)  # fmt: skip


def _unfilled(words: list[str]) -> list[str]:
    """`words` without a filler opening."""
    low = [w.lower().strip(",") for w in words]
    for filler in _FILLERS:
        if tuple(low[: len(filler)]) == filler:
            return words[len(filler) :]
    return words


def compress(
    toks: Sequence[Token],
    lo: int,
    hi: int,
    inside: Sequence[bool],
    subject: str,
) -> str:
    """A short title: the clause's words without the date, parentheticals or quote marks,
    led by its subject when the clause has none of its own (a relative clause), cut at about
    twelve words on a content word. `inside[i]` says whether toks[i] lies in a date expression
    (see `clauses.masked_flags`)."""
    words: list[str] = []
    depth = 0
    # A comma is kept between two words the title keeps ("Menurut polisi, pelaku ..."), not
    # where a date or bracket was left out around it ("Rina, Senin (21/11), meninjau").
    comma = kept = False
    dash_at: int | None = None  # words kept before a dateline's dash ("JAKARTA, Outlet -")
    for idx in range(lo, hi):
        tok = toks[idx]
        if dash_at is None and tok.text in _DASHES and idx - lo <= _DATELINE_TOKENS:
            dash_at = len(words)
        if tok.text == "," and not _decimal_mark(toks, idx, lo, hi):
            comma, kept = kept, False
            continue
        if depth or inside[idx] or tok.text in "([)]":
            comma = kept = False
        if _decimal_mark(toks, idx, lo, hi) and words:
            words[-1] += tok.text + toks[idx + 1].text  # "5,6", "21.5": one number
            continue
        if idx > lo and _decimal_mark(toks, idx - 1, lo, hi):
            continue  # the digits after the mark, joined above
        if tok.text in "([":
            depth += 1
            continue
        if tok.text in ")]":
            depth = max(0, depth - 1)
            continue
        if depth or inside[idx]:
            continue
        if not tok.word:
            continue
        if tok.low in _BEFORE_DATE and not tok.text.isupper():  # ("AS", the US, is a name)
            after = idx + 1
            while after < hi and toks[after].low in _BEFORE_DATE:
                after += 1
            if after < hi and inside[after]:
                continue
        if comma and words:
            words[-1] += ","
        comma, kept = False, True
        words.append(tok.text)
    if dash_at and all(w.rstrip(",").isupper() or "." in w for w in words[:dash_at]):
        words = words[dash_at:]  # a dateline's place and outlet
    while words and words[0].lower().rstrip(",") in _LEADING:
        words.pop(0)
    words = _unfilled(words)
    if subject and words and words[0][0].islower() and subject not in words[:3]:
        words.insert(0, subject)
    words = words[:TITLE_WORDS]
    while len(words) > 3 and words[-1].lower().rstrip(",") in DANGLING:
        words.pop()
    title = " ".join(words).rstrip(",")
    return title[:1].upper() + title[1:]


_DASHES = frozenset("-–—")
_DATELINE_TOKENS = 16  # "WASHINGTON/SEOUL, May 24 (Reuters) -": a dateline is this short


def _decimal_mark(toks: Sequence[Token], idx: int, lo: int, hi: int) -> bool:
    """toks[idx] is the comma or point inside a number ("5,6"): digits touch it on both sides."""
    if not lo < idx < hi - 1 or toks[idx].text not in ",.":
        return False
    before, mark, after = toks[idx - 1], toks[idx], toks[idx + 1]
    return (
        before.text.isdigit()
        and after.text.isdigit()
        and before.end == mark.start
        and mark.end == after.start
    )


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

_QUOTES = re.compile(r"[\"“”„«»]|(?:^|\s)['‘’]|['‘’](?:\s|$)")
# A speech tag: opening the title, closing it, or after a comma ("..., kata X", "Kata X
# kepada wartawan", "... ucap dia"). "X says Y" and "X: Y" are headlines, not tags.
_TAG = (
    r"(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|ungkap|ungkapnya|jelasnya|"
    r"tegasnya|imbuhnya|said|says|told|according\s+to)"
)
_SPEECH = re.compile(rf"^{_TAG}\b|,\s*{_TAG}\b|\b{_TAG}(?:\s+\S+){{0,2}}$", re.I)
# A clause opening on its verb has lost its subject ("Dievakuasi delapan ...", "Merasa ...").
# Words formed with "per-" and "ke-" are nouns ("Persidangan", "Kepala", "Kementerian"), and a
# few common nouns begin like a verb.
_VERB_FIRST = re.compile(r"^(?:me|di|ter|ber)\w{3,}$", re.I)
_NOUNS_LIKE_VERBS = frozenset("menteri menko media medan mesin merek merah meja terminal".split())
_CREDIT = re.compile(
    r"\b(?:foto|photo|youtube|istimewa|ilustrasi|getty|credit|dok|tangkapan\s+layar|screenshot)\b",
    re.I,
)
_NO_SUBJECT = frozenset(
    "ia dia mereka itu ini hal kami kita saya aku anda beliau nya dan namun tetapi sementara "
    "kalau jika bila he she it they this that these those we i you and but while if".split()
)
MIN_TITLE_WORDS, MAX_TITLE_WORDS = 4, 14
# Words a sentence goes on after: a title ending on one was cut mid-phrase.
_CUT_AFTER = frozenset(
    "terhitung sampai hingga sejak mulai menjadi yakni yaitu sebesar sekitar".split()
)


def weak_title(title: str) -> str | None:
    """Why a title fails a reader at a glance, or None. Mechanical checks only: its length,
    quote marks, a speech tag or a photo credit, no subject of its own, a cut ending."""
    words = title.split()
    if len(words) < MIN_TITLE_WORDS:
        return "too short"
    if len(words) > MAX_TITLE_WORDS:
        return "too long"
    if _QUOTES.search(title):
        return "quote marks"
    if _SPEECH.search(title):
        return "speech tag"
    if _CREDIT.search(title):
        return "credit"
    first = words[0].strip(",.:;").lower()
    if (not words[0][:1].isupper() and not words[0][:1].isdigit()) or first in _NO_SUBJECT:
        return "no subject"
    if _VERB_FIRST.match(first) and not words[0].isupper() and first not in _NOUNS_LIKE_VERBS:
        return "no subject"
    last = words[-1].strip(",.:;").lower()
    if last in DANGLING or last in _CUT_AFTER or title.rstrip().endswith((",", ":", "…", "...")):
        return "cut"
    return None


# What sites put around a headline: a label before it, their name after it.
_LABEL = re.compile(
    r"^\s*(?:video|foto|photo|breaking|update|terkini|live|eksklusif)\s*[:|-]\s*", re.I
)
_SITE = re.compile(r"\s+[|–—-]\s+[\w. ]{2,30}$")


def headline_title(headline: str) -> str:
    """A page's headline as an entry title: its words without the site's label or name and
    without quote marks ("Keluarga korban 'tidak terima'" -> "Keluarga korban tidak terima")."""
    text = _LABEL.sub("", " ".join(headline.split()))
    text = _SITE.sub("", text)
    text = re.sub(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)", "", text)
    return " ".join(text.split()).strip(" ,.:;")


_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*[-–—:]+\s*")
_PAREN = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_TAIL_TAG = re.compile(rf",?\s*(?:{_TAG})\b.*$", re.I)
_LEAD_FILLER = re.compile(
    r"^(?:sementara\s+itu|selain\s+itu|sebelumnya|kemudian|namun|adapun|meanwhile|earlier|"
    r"however|also|juga)\s*,?\s+",
    re.I,
)


def sentence_title(sentence: str, start: int, end: int) -> str:
    """A title from a whole sentence, its date expression at [start, end) left out: the
    sentence's own subject and verb, without dateline, brackets, quote marks or the speech tag
    closing it, cut at about twelve words on a content word."""
    text = _BEFORE_DATE_TAIL.sub("", sentence[:start]) + " " + sentence[end:]
    text = _DATELINE.sub("", text.strip())
    text = _PAREN.sub(" ", text)
    text = re.sub(r"[\"“”„«»]", "", text)
    text = _TAIL_TAG.sub("", text)
    text = _LEAD_FILLER.sub("", text)
    # Commas stay between words ("Menurut polisi, pelaku ..."); where the date was left out
    # two marks meet and one is enough.
    text = re.sub(r"\s*,(?:\s*,)+", ",", text)
    words = [w.lstrip(",").rstrip(";:") for w in text.split()]
    words = [w for w in words if w.strip(",") and w not in {"-", "–", "—"}]
    while words and words[0].lower().rstrip(",") in _LEADING | _PREPOSITIONS:
        words.pop(0)
    words = words[:TITLE_WORDS]
    while len(words) > 3 and (
        (last := words[-1].lower().rstrip(",")) in DANGLING or last in _CUT_AFTER
    ):
        words.pop()
    title = " ".join(words).rstrip(".,")
    return title[:1].upper() + title[1:]
