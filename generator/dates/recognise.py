"""Find time expressions: typed candidate spans, longest match wins.

The patterns of `patterns` run over the text, each tried only at the words that can begin it;
where candidates overlap, the longest is kept (then the earliest, then the pattern listed
first), and a match is kept only if `checks` accepts it in its context. Nothing here resolves
a date: `normalise` turns a candidate into a TIMEX3 value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter

from generator.dates.checks import acceptable
from generator.dates.patterns import FOLLOWERS, NB, NE, PATTERNS, STARTERS, YEAR


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of the scanned text that may be a time expression, with its named parts."""

    start: int
    end: int
    kind: str
    fields: tuple[tuple[str, str], ...] = ()
    # The fields by name (the first of a repeated name), for `get`: the normaliser asks a
    # candidate for its parts many times.
    _by_name: dict[str, str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", dict(reversed(self.fields)))

    def get(self, name: str) -> str | None:
        return self._by_name.get(name)


_WORD = re.compile(r"[^\W_]+|[©']")


_Matcher = Callable[[str, int], "re.Match[str] | None"]
_Try = tuple[int, str, _Matcher]
# Each pattern as its rank, kind and bound `match`, ready for the recogniser's inner loop.
_TRIES: tuple[_Try, ...] = tuple(
    (rank, kind, pattern.match) for rank, (kind, pattern) in enumerate(PATTERNS)
)

_NEVER = re.compile(r"(?!)")
_NAME_YEAR = next(rank for rank, (kind, _) in enumerate(PATTERNS) if kind == "name-year")
_YEAR_WORD = re.compile(YEAR)

# What the recogniser does at a word: (tries, follow, gated, name, year). `tries` are the
# patterns to try there; `gated` are tried too when `follow` matches right after the word;
# `name` says the word may begin a name closed by a year (tried once a year turns up, see
# `recognise`); `year` says the word is a year. None for a word that begins nothing.
_Plan = tuple[tuple[_Try, ...], re.Pattern[str], tuple[_Try, ...], bool, bool]


@lru_cache(maxsize=65536)
def _plan_for(word: str) -> _Plan | None:
    """What to try at `word` (cached: vocabularies repeat)."""
    tries = tuple(_TRIES[i] for i, rx in enumerate(STARTERS) if rx.fullmatch(word))
    name = any(rank == _NAME_YEAR for rank, _, _ in tries)
    tries = tuple(t for t in tries if t[0] != _NAME_YEAR)
    year = bool(_YEAR_WORD.fullmatch(word))
    follow = FOLLOWERS.get(word.lower(), _NEVER)
    # The patterns begun by the word itself (not, say, by "a capitalised word" for "The").
    gated = tuple(
        t for t in tries if follow is not _NEVER and STARTERS[t[0]].fullmatch(word.lower())
    )
    tries = tuple(t for t in tries if t not in gated)
    if not (tries or gated or name or year):
        return None
    return tries, follow, gated, name, year


# A bare year in page furniture (a footer's "2025").
_PAGE_YEAR = re.compile(rf"{NB}(?P<y>{YEAR}){NE}")
_PAGE_RANK = len(PATTERNS)  # after every pattern; taken as it is, with no context check


def recognise(text: str, *, page: bool = False) -> tuple[Candidate, ...]:
    """Candidate time expressions of `text`, non-overlapping, in text order.

    With `page=True` (the text is page furniture) a bare year also counts, as in a footer.
    """
    # Every match as (-length, start, rank, end, kind, match). Whether it is acceptable is asked
    # only of a match that would win its place (a rejected match never takes a place, so asking
    # later changes nothing), and a `Candidate` is made only for the winners.
    found: list[tuple[int, int, int, int, str, re.Match[str]]] = []
    # A name closed by a year ("Piala Dunia 2026") spans at most four words and cannot span
    # a year, so the capitalised words that may begin one wait here for the next year and
    # are tried only if they lie within reach of it (most never do).
    names: list[int] = []
    backwards = ""  # the text reversed, made at the first year that closes a name
    for word in _WORD.finditer(text):
        plan = _plan_for(word.group())
        if plan is None:
            continue
        tries, follow, gated, name, year = plan
        at = word.start()
        if gated and follow.match(text, word.end()):
            tries += gated
        if name:
            names.append(at)
        elif year and names and at and text[at - 1].isspace():
            backwards = backwards or text[::-1]
            reach = _NAME_REACH.match(backwards, len(text) - at)
            first = len(text) - reach.end() if reach else at
            for start in names:
                if start >= first:
                    _match_at(text, start, _TRIES[_NAME_YEAR], found)
            names.clear()
        for rank, kind, match in tries:
            m = match(text, at)
            if m is None:
                continue
            mstart, mend = m.span()
            if mend == mstart:
                continue
            start, end = _trim(text, mstart, mend)
            found.append((start - end, start, rank, end, kind, m))
    if page:
        for m in _PAGE_YEAR.finditer(text):
            found.append((m.start() - m.end(), m.start(), _PAGE_RANK, m.end(), "year", m))
    # The longest wins, then the earliest, then the pattern listed first.
    found.sort(key=_BY_LENGTH)
    taken: list[Candidate] = []
    # The characters taken so far, marked: whether a match overlaps a taken place costs its
    # own length, not a look at every place taken (a long text has thousands). (No match is
    # empty: every one starts at a word.)
    occupied = bytearray(len(text))
    for _, start, rank, end, kind, m in found:
        if occupied.find(1, start, end) >= 0:
            continue  # overlaps a longer (or earlier) expression
        checked = kind != "name" and rank != _PAGE_RANK
        if checked and not acceptable(kind, m, text):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        if kind not in _NAMES:
            taken.append(_candidate(start, end, rank, kind, m))
    taken.sort(key=_BY_POSITION)
    return tuple(taken)


_BY_LENGTH = itemgetter(0, 1, 2)  # (-length, start, rank) of a match in `found`
_BY_POSITION = attrgetter("start", "end")


# Read backwards from a year: the white space before it and up to four words of a name, each
# maybe closed by a full stop. Where it ends is as far back as a name closed by that year can
# begin.
_NAME_REACH = re.compile(r"(?:\s++\.?[\w-]++){1,4}")


def _match_at(
    text: str, at: int, attempt: _Try, found: list[tuple[int, int, int, int, str, re.Match[str]]]
) -> None:
    """Try one pattern at `at`, adding a match to `found` as `recognise` does."""
    rank, kind, match = attempt
    m = match(text, at)
    if m is not None and m.end() != m.start():
        start, end = _trim(text, m.start(), m.end())
        found.append((start - end, start, rank, end, kind, m))


def _candidate(start: int, end: int, rank: int, kind: str, m: re.Match[str]) -> Candidate:
    """The candidate of a match: its named parts that matched, sorted by name."""
    values = m.groups()
    fields = [(name, values[i - 1]) for name, i in _GROUPS[rank] if values[i - 1] is not None]
    if kind in _EXPLICIT and any(values[i - 1] for i in _YEAR_GROUPS[rank]):
        fields.append(("core", _core(m, _CORE_GROUPS[rank])))
        fields.sort()
    return Candidate(start, end, kind, tuple(fields))


# By rank (the page year last): each pattern's named groups as (name, number), sorted by
# name; the numbers of its year groups; and of the groups that make the date proper.
_GROUPS = tuple(
    tuple(sorted(pattern.groupindex.items())) for pattern in (*(p for _, p in PATTERNS), _PAGE_YEAR)
)
_YEAR_GROUPS = tuple(tuple(n for name, n in names if name in ("y", "y2")) for names in _GROUPS)
_CORE_GROUPS = tuple(
    tuple(dict(names)[n] for n in ("d", "m", "mn", "y", "y2") if n in dict(names))
    for names in _GROUPS
)


# Spans that are names, not time expressions: found only to block what they contain.
_NAMES = frozenset({"name", "name-year"})


_EXPLICIT = frozenset({"dmy", "mdy", "numeric"})


def _core(m: re.Match[str], groups: tuple[int, ...]) -> str:
    """The date proper (day, month, year) without weekday, part of day or time: from the first
    to the last of the `groups` that matched."""
    starts: list[int] = []
    ends: list[int] = []
    for group in groups:
        start, end = m.span(group)
        if start >= 0:
            starts.append(start)
            ends.append(end)
    return m.string[min(starts) : max(ends)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and commas a pattern swallowed at either edge."""
    while start < end and text[start] in " \t\r\n,":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,":
        end -= 1
    return start, end
