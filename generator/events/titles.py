"""Short extractive titles: the clause a date anchors, compressed to a dozen words. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from generator.events.clauses import Token

# ---------------------------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------------------------

TITLE_WORDS = 12
DANGLING = frozenset(
    "pada di ke dari dan atau yang untuk dengan dalam oleh serta bahwa sebagai antara terhadap "
    "atas para sang the a an of to in on at for and or that with by from as".split()
)
_LEADING = frozenset(
    "yang bahwa dimana ketika saat sewaktu setelah sesudah sebelum sejak sementara karena "
    "that which who when after before since while because and dan lalu kemudian".split()
)
_PREPOSITIONS = frozenset("pada di tanggal sejak hingga on in at during since from by".split())


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
    for idx in range(lo, hi):
        tok = toks[idx]
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
        if tok.low in _PREPOSITIONS and idx + 1 < hi and inside[idx + 1]:
            continue
        words.append(tok.text)
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    if subject and words and words[0][0].islower() and subject not in words[:3]:
        words.insert(0, subject)
    words = words[:TITLE_WORDS]
    while len(words) > 3 and words[-1].lower() in DANGLING:
        words.pop()
    title = " ".join(words)
    return title[:1].upper() + title[1:]
