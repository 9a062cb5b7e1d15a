"""Sentence boundaries in news text: quotes, abbreviations, headlines, captions, datelines.

Offsets index the article text, so a sentence can be quoted exactly. Pure.
"""

from __future__ import annotations

import re
from functools import lru_cache

# ---------------------------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------------------------

_TERMINAL = ".!?…"
_CLOSERS = "\"'”’)]»"
_OPEN_QUOTES = "“‘«"
_ABBREVIATIONS = frozenset(
    # Titles, honorifics and address/organisation abbreviations (Indonesian and English).
    "dr drs dra prof ir h hj kh sdr sdri bpk yth jl jln no nomor hlm tgl kab kec kel prov pt tbk "
    "cv dll dsb dst dkk tsb kol brigjen letjen mayjen jend kapt serka st sr jr mr mrs ms mt "
    "vs etc inc ltd co corp gen gov sen rep lt col capt sgt rev fig approx "
    "jan feb mar apr jun jul aug agu agt sep sept oct okt nov dec des".split()
)
_DATELINE = re.compile(
    r"(?:\(?[A-Za-z][\w.&]*\)?(?:[ ,]+\(?[\w.&]+\)?){0,4})\s+[–—-]+\s+(?=[\"“‘(]?[A-Z0-9])"
)

_DASH = re.compile(r"[–—-]")  # the dash a dateline needs


# The events and actors stages both split the same article: split each text once.
@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence of `text`.

    Line breaks end a sentence (headlines, captions and subheadings carry no full stop) unless
    the next line continues it in lower case; a full stop after an abbreviation or an initial,
    or inside a quotation, does not. A leading dateline ("JAKARTA, Outlet -") is left out.
    """
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for cut in _cuts(text, block_start, block_end):
            spans.extend(_bounded(text, *_trimmed(text, start, cut)))
            start = cut
        spans.extend(_bounded(text, *_trimmed(text, start, block_end)))
    return tuple(spans)


# No sentence of news prose comes near this many characters (the longest of the seeds and
# held-out articles has about 300). A longer run without a sentence end (a table flattened onto
# one line, a crafted line of dates) is cut into pieces of at most this size, so the work on
# one sentence, which grows faster than its length, stays bounded.
MAX_SENTENCE = 1000


def _bounded(text: str, *spans: tuple[int, int]) -> list[tuple[int, int]]:
    """`spans`, each longer than MAX_SENTENCE cut at the last white space before the limit."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            space = max(text.rfind(" ", start + 1, limit), text.rfind("\t", start + 1, limit))
            cut = space if space > start else limit
            out.append((start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if start < end:
            out.append((start, end))
    return out


_LINE = re.compile(r"[^\r\n]+")
_LINE_CONTINUES_NOT = _TERMINAL + _CLOSERS + ":"  # a line ending in one of these is complete


def _blocks(text: str) -> list[tuple[int, int]]:
    """Runs of lines that belong together: a line continues the previous one only when the
    previous one has no sentence end and the next starts in lower case (hard-wrapped prose)."""
    blocks: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        first = m.group().lstrip()[:1]
        if not first:
            continue  # a blank line
        # Only a line starting in lower case can continue the previous one: test that first.
        if blocks and first.islower():
            prev_start, prev_end = blocks[-1]
            between = text[prev_end : m.start()]
            prev = text[prev_start:prev_end].rstrip()
            if (
                between.count("\n") + between.count("\r") - between.count("\r\n") == 1
                and prev
                and prev[-1] not in _LINE_CONTINUES_NOT
            ):
                blocks[-1] = (prev_start, m.end())
                continue
        blocks.append((m.start(), m.end()))
    return blocks


# A cut needs a sentence end (and its closing quotes and brackets) followed by a space.
_CUT_CANDIDATE = re.compile(r"[.!?…][\"'”’)\]»]*[ \t]")
# What `_cuts` looks at: a quote mark, or a run of sentence-ending marks with the closing quotes
# and brackets right after it (quote marks inside that run do not change the quote depth).
_CUT_MARKS = re.compile(r"[“‘«”’»\"]|[.!?…]+[\"'”’)\]»]*")


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets inside text[start:end] where a new sentence begins."""
    cuts: list[int] = []
    block = text[start:end]
    if not _CUT_CANDIDATE.search(block):
        return cuts  # most blocks are one sentence
    balanced = block.count("“") == block.count("”") and block.count('"') % 2 == 0
    depth = 0
    straight = False
    # Visit only quote marks and runs of terminals instead of every character.
    for m in _CUT_MARKS.finditer(block):
        i = m.start()
        ch = block[i]
        if ch not in _TERMINAL:
            if ch in _OPEN_QUOTES:
                depth += 1
            elif ch in "”’»" and depth:
                depth -= 1
            elif ch == '"':
                straight = not straight
            continue
        j = m.end()
        closing = i + len(m.group().rstrip(_CLOSERS))
        if j < len(block) and block[j] in " \t" and not _is_abbreviation(block, i):
            k = j
            while k < len(block) and block[k] in " \t":
                k += 1
            nxt = block[k : k + 1]
            closes_quote = j > closing
            inside = balanced and (depth > (1 if closes_quote else 0) or straight)
            if closes_quote:
                inside = balanced and (depth > 1 or (straight and '"' not in block[closing:j]))
            if nxt and (nxt.isupper() or nxt.isdigit() or nxt in '"“‘(') and not inside:
                cuts.append(start + k)
                if closes_quote:
                    depth = 0
                    straight = False
    return cuts


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    # The run of word characters and dots just before the dot: scan back from it rather than
    # search the whole block for a match anchored at its end. (No line of a block starts with
    # the dot: a line continues a block only when it starts in lower case.)
    begin = dot
    while begin and (block[begin - 1].isalnum() or block[begin - 1] in "._"):
        begin -= 1
    if begin == dot:
        return False
    word = block[begin:dot]
    if "." in word.strip(".") and all(
        part.isalpha() and len(part) <= 2 for part in word.strip(".").split(".")
    ):  # "U.S." or "a.n."
        return True
    return (len(word) == 1 and word.isalpha() and word.isupper()) or word.lower() in _ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    # A usable dateline ends within 48 characters, so its dash lies there: look before matching.
    if _DASH.search(text, start, min(end, start + 48)):
        m = _DATELINE.match(text, start, end)
        if m and m.end() - start <= 48 and m.end() < end:
            start = m.end()
    return [(start, end)]
