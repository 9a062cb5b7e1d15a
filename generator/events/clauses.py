"""Tokens and clauses of a sentence, with the grammatical cues that type a dated statement:
subordinators, verbs of saying, future and past markers (Indonesian and English). Pure.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# ---------------------------------------------------------------------------------------------
# Tokens and clauses
# ---------------------------------------------------------------------------------------------


class Token(NamedTuple):
    """One token of a sentence. `low` and `word` are stored, not derived on access: every
    stage reads them for every token, many times per sentence."""

    text: str
    start: int
    end: int
    low: str  # text.lower()
    word: bool  # starts with a letter or digit (not punctuation)


# A word is runs of letters and digits joined by apostrophes, dots, "&", "-" or "_" ("U.S",
# "Jum'at", "AT&T"), else one punctuation mark. Possessive quantifiers: no backtracking, same
# tokens as r"[^\W_](?:[\w'’.&-]*[^\W_])?|[^\w\s]".
# (`WORD_TAIL`, what follows a word's first character, is shared with actors' name tokens.)
WORD_TAIL = r"[^\W_]*+(?:[_'’.&-]++[^\W_]++)*+"
_TOKEN = re.compile(rf"[^\W_]{WORD_TAIL}|[^\w\s]")
_new_tuple = tuple.__new__


# A sentence is tokenised for its names, its clauses, its title and its actors: once is enough.
@lru_cache(maxsize=512)
def token_tuple(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of text[start:end] (shared, immutable)."""
    toks: list[Token] = []
    find = text.find
    pos = start
    for word in _TOKEN.findall(text, start, end):
        # Only spaces and "_" lie between tokens, and a token never starts with either: the
        # first occurrence of the token's text from the previous end is the token (cheaper
        # than a match object per token).
        pos = find(word, pos)
        tok_end = pos + len(word)
        # tuple.__new__ skips the NamedTuple's Python-level __new__: this runs for every token.
        toks.append(_new_tuple(Token, (word, pos, tok_end, word.lower(), word[0].isalnum())))
        pos = tok_end
    return tuple(toks)


def masked_flags(toks: Sequence[Token], masked: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token, whether it starts inside one of the `masked` spans.

    Token starts increase, so each span covers one run of tokens found by bisection instead of
    testing every token against every span."""
    flags = [False] * len(toks)
    if masked:
        starts = [tok.start for tok in toks]
        for a, b in masked:
            for i in range(bisect_left(starts, a), bisect_left(starts, b)):
                flags[i] = True
    return flags


# Words that open a subordinate or relative clause: a date inside such a clause dates that
# clause's event, not the sentence's main one.
_SUBORDINATORS = frozenset(
    "yang bahwa ketika saat sewaktu tatkala setelah sesudah sebelum sejak sementara sedangkan "
    "karena sehingga meskipun walaupun padahal dimana agar supaya jika apabila usai seusai "
    "that which who whom whose when after before since while whereas because although though "
    "where until unless".split()
)
TEMPORAL_SUBORDINATORS = frozenset(
    "ketika saat sewaktu tatkala setelah sesudah sebelum usai seusai when after before while "
    "until".split()
)
RELATIVE = frozenset("yang which who whom whose dimana where".split())
# Verbs of saying: a date on the saying makes the mention a claim.
CLAIM_VERBS = frozenset(
    "kata katanya ujar ujarnya ucap tutur tuturnya mengatakan menyatakan menuduh memperingatkan "
    "menegaskan mengklaim menyebut menyebutkan menjelaskan mengungkapkan menambahkan tambahnya "
    "berkata menilai membantah mengumumkan "
    "said says say told tells warned warns claimed claims claim accused accuses stated states "
    "insisted insists alleged alleges denied denies announced announces added adds argued".split()
)
_INVERTED = frozenset("kata katanya ujar ujarnya ucap tutur tuturnya tambahnya".split())
_ATTRIBUTION_PHRASES = (("menurut",), ("according", "to"), ("kata",))
# Words that can start a reporting span: the first word of each phrase or a verb of saying.
_CUE_WORDS = CLAIM_VERBS | {p[0] for p in _ATTRIBUTION_PHRASES}
FUTURE = frozenset(
    "akan bakal hendak dijadwalkan direncanakan diperkirakan berencana diharapkan rencananya "
    "dijadwalkannya diagendakan segera will shall".split()
)
FUTURE_PHRASES = (
    ("is", "expected", "to"),
    ("are", "expected", "to"),
    ("is", "scheduled", "to"),
    ("are", "scheduled", "to"),
    ("is", "set", "to"),
    ("are", "set", "to"),
    ("is", "due", "to"),
    ("plans", "to"),
    ("plan", "to"),
    ("planned", "to"),
    ("intends", "to"),
    ("going", "to"),
    ("would",),
)
PAST = frozenset("telah sudah pernah sempat tadi has had was were did".split())
# Where a date is the source's publication date, not an event ("melansir DW, Senin, ...").
CITATION = re.compile(
    r"(?:melansir|dilansir|mengutip|dikutip|dari|citing|quoted\s+by|reported\s+by|via|"
    r"diperbarui|diterbitkan|dipublikasikan|updated|published|posted)\s*(?:\S+\s*){0,4}[,:]?\s*$",
    re.I,
)
# The lookahead (each verb's first letter) lets the engine skip most positions before it tries
# the thirteen alternatives there: the same matches, about twice as fast.
_CITATION_WORDS = (
    *("melansir", "dilansir", "mengutip", "dikutip", "diperbarui", "diterbitkan"),
    *("dipublikasikan", "citing", "quoted", "reported by", "updated", "published", "posted"),
)
# The lookahead (the words' first letters) turns most positions away before the alternation.
CITATION_VERB = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _CITATION_WORDS}))}])\b({'|'.join(_CITATION_WORDS)})\b",
    re.I,
)
# A date expression that ends in "after"/"before" dates the clause that follows it.
ANCHOR_WORDS = ("setelah", "sesudah", "sebelum", "sejak", "after", "before", "since")
ANCHOR_TAIL = re.compile(rf"\b({'|'.join(ANCHOR_WORDS)})\s*$", re.I)


# The punctuation `clauses` splits at (semicolons, colons, quotes) or closes a clause at (commas).
_CLAUSE_MARKS = frozenset(';:“"”,')


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # token indexes, end exclusive
    end: int
    opener: str  # the subordinator that opened it ("" for a main clause)


def clauses(toks: Sequence[Token], inside: Sequence[bool]) -> list[Clause]:
    """Split a sentence's tokens into clauses at subordinators, quotes and semicolons.

    Tokens `inside` a date expression (`masked_flags`) never split. A comma closes a relative
    or subordinate clause opened after a comma ("Putin, yang ..., said")."""
    out: list[Clause] = []
    start, opener, comma_opened = 0, "", False
    n = len(toks)
    texts = [tok.text for tok in toks]
    lows = [tok.low for tok in toks]
    # The subordinator each token would open ("" for none), looked up once per token.
    opens = [low if low in _SUBORDINATORS else "" for low in lows]
    if "mana" in lows:  # "di mana" opens a clause like "dimana"
        for i in range(n - 1):
            if lows[i] == "di" and lows[i + 1] == "mana":
                opens[i] = "dimana"

    def quote_len(i: int) -> int:
        closing = "”" if texts[i] == "“" else texts[i]
        for j in range(i + 1, n):
            if texts[j] == closing or (closing == "”" and texts[j] == '"'):
                return j - i - 1
        return 0

    long_quote = False
    # Only a subordinator or one of `_CLAUSE_MARKS` outside a date expression can end or open
    # a clause: visit just those tokens (the others leave every state below unchanged).
    marks = [i for i in range(n) if (opens[i] or texts[i] in _CLAUSE_MARKS) and not inside[i]]
    for i in marks:
        text = texts[i]
        cut = False
        new_opener = ""
        if opens[i] and i > start:
            cut, new_opener = True, opens[i]
        elif text in ";:":
            cut = True
        elif text in '“"' and not long_quote and quote_len(i) >= 4:
            cut, long_quote = True, True
        elif text in '”"' and long_quote and i > start:
            cut, long_quote = True, False
        elif text == "," and comma_opened and opener and i - start >= 3:
            out.append(Clause(start, i + 1, opener))
            start, opener, comma_opened = i + 1, "", False
            continue
        if cut:
            out.append(Clause(start, i, opener))
            comma_opened = i == 0 or texts[i - 1] in ',“"'
            start, opener = i, new_opener
        elif opens[i] and i == start:
            opener = opens[i]
            comma_opened = i == 0 or texts[i - 1] in ',“"'
    if start < n:
        out.append(Clause(start, n, opener))
    return [c for c in out if c.end > c.start]


def has_phrase(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> bool:
    present = set(words)
    for phrase in phrases:
        if phrase and phrase[0] not in present:
            continue  # the phrase's first word is missing: no need to scan
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) == phrase:
                return True
    return False


def reporting_spans(toks: Sequence[Token], parts: Sequence[Clause]) -> list[tuple[int, int]]:
    """Token ranges that describe the act of saying (speaker, verb, when it was said)."""
    spans: list[tuple[int, int]] = []
    lows = [tok.low for tok in toks]
    # Just after the last word (closing punctuation excluded): scan back from the end.
    last = len(toks)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].word:
            last = i + 1
            break
    for clause in parts:
        for i in range(clause.start, clause.end):
            low = lows[i]
            if low not in _CUE_WORDS:
                continue  # neither an attribution phrase nor a verb of saying starts here
            phrase = next(
                (p for p in _ATTRIBUTION_PHRASES if tuple(lows[i : i + len(p)]) == p),
                None,
            )
            if phrase is not None and (phrase != ("kata",) or _after_quote_or_comma(toks, i)):
                # "menurut X", "..., kata X": the attribution runs to the next comma or the end.
                spans.append((i, _next_mark(toks, i, ',;:“"')))
                continue
            if low not in CLAIM_VERBS:
                continue
            tail = lows[i + 1 : last]
            mark = next(
                (
                    j
                    for j in range(i - 1, max(clause.start, i - 7) - 1, -1)
                    if toks[j].text in ',”"’'
                ),
                None,
            )
            if low in _INVERTED:
                spans.append((i, _next_mark(toks, i, ';:“"')))
            elif mark is not None and len(tail) <= 6 and not {"bahwa", "that"} & set(tail):
                # "..., Peskov said on Monday." / "..., said Peskov.": a closing attribution.
                spans.append((mark, last))
            else:
                # "X mengatakan [pada Senin] bahwa ...": subject, verb and a date right after
                # the verb belong to the saying.
                end = i + 1
                for j in range(i + 1, min(i + 8, len(toks))):
                    if lows[j] in ("bahwa", "that") or toks[j].text in '“":':
                        end = j
                        break
                spans.append((clause.start, end))
    return spans


def _next_mark(toks: Sequence[Token], i: int, marks: str) -> int:
    return next((j for j in range(i + 1, len(toks)) if toks[j].text in marks), len(toks))


def _after_quote_or_comma(toks: Sequence[Token], i: int) -> bool:
    return i > 0 and toks[i - 1].text in ',”"’'
