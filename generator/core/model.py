"""Typed records passed between the pipeline's stages.

Every stage is a pure function from one of these to the next; only `load`, `write`, `cli` and the
MkDocs hook touch the disk. All records are frozen so a stage cannot change what an earlier one
produced, and all collections are tuples so records hash and compare by value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")

TimexType = Literal["date", "duration", "set", "page-date"]
Status = Literal["happened", "planned", "claim"]
PartOfDay = Literal["morning", "afternoon", "evening", "night"]
DctSource = Literal["metadata", "text", "corpus", "none"]
Level = Literal["error", "warning"]


# Characters that move a terminal's cursor or change what it shows (C0 and C1 controls, line
# and paragraph separators, bidirectional and invisible format marks): a file name holding one
# could forge or hide a line of the messages.
_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)


def visible(text: str) -> str:
    """`text` with every control or invisible formatting character shown as its escape."""
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda m: ascii(m.group())[1:-1], text)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """Something an editor should know about: a file, maybe a line, and what is wrong."""

    level: Level
    file: str
    message: str
    line: int | None = None
    # An editor's entry that matches nothing in this corpus (an editorial correction or a
    # translation of an event, quote or article it does not have): a build counts them in
    # one line, `linimasa check` lists them, and the site's data never carries them.
    stale: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return visible(f"{self.level}: {where}: {self.message}")


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the article's front matter or sidecar YAML says; always beats inference."""

    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, "YYYY-MM-DD"
    language: str | None = None
    author: str | None = None


FurnitureKind = Literal[
    "front-matter",
    "header",
    "share",
    "read-also",
    "related",  # a list of other articles under its heading ("Terpopuler", "Related stories")
    "pagination",
    "comments",
    "copyright",
    "footer",
]


@dataclass(frozen=True, slots=True)
class Furniture:
    """A stretch of the original text that belongs to the web page, not to the article."""

    start: int
    end: int
    kind: FurnitureKind


@dataclass(frozen=True, slots=True)
class Article:
    """One input file, decoded, with page furniture located but not removed.

    `text` is the file's decoded text unchanged (only a UTF-8 BOM is dropped), so every offset
    in every later record slices this string. `clean` is the same length with furniture blanked
    out by spaces (newlines kept), so the recogniser can scan it without shifting offsets.
    """

    id: str
    file: str
    text: str
    clean: str
    language: str  # "id", "en" or "und" when it cannot be told
    title: str
    outlet: str
    metadata: Metadata
    author: str = ""
    furniture: tuple[Furniture, ...] = ()
    encoding: str = "utf-8"

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset, for messages."""
        return self.text.count("\n", 0, offset) + 1


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: its exact span in `Article.text` and its TIMEX3 value.

    `value` uses TIMEX3 forms: 2024-06-18, 2024-06, 2024, 2024-W24, 195X, START/END intervals,
    PRESENT_REF / PAST_REF / FUTURE_REF, durations P24Y / PXM. A relative expression that cannot
    be resolved (no DCT) keeps `value` empty and carries the flag "unresolved".
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    part: PartOfDay | None = None
    # How the value was reached: "absolute", "dct" (relative to the article's date),
    # "timex" (relative to another expression), "corpus" or "unresolved".
    anchor: str = "absolute"
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Dct:
    """The article's publication date ("document creation time") and why we believe it."""

    value: str | None  # ISO date or None
    source: DctSource
    evidence: str
    confidence: float = 0.0
    upper_bound: str | None = None  # latest page date seen around the article, if any
    # Other days the text allows as equally well: a day and month printed without a year, on a
    # weekday several years share. The corpus may choose among them (generator/events/anchor.py).
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DatedArticle:
    """An article after the temporal stages: its DCT and every time expression in it."""

    article: Article
    dct: Dct
    timexes: tuple[Timex, ...]
    # The analysis cache key of the file it came from, when the cache made or kept it: a
    # digest of everything above (see generator/cache.py), which page keys take instead of
    # the record itself. Not part of its value.
    digest: str = field(default="", compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's report of an event: the sentence a date expression anchors."""

    article: str
    timex: Timex
    date: str  # normalised value the event takes from this mention
    sentence: str
    start: int  # sentence offsets in Article.text
    end: int
    status: Status
    actors: tuple[str, ...] = ()
    title: str = ""  # a short title in the article's language
    language: str = "id"
    outlet: str = ""  # the reporting outlet, for counting independent sources
    # The date sits in a subordinate clause or modifies a noun ("ketika gempa terjadi Senin",
    # "Saturday's vote"): it dates the story's background, not this sentence's development.
    background: bool = False
    # The article's headline, when this sentence is its lead: a journalist's title for the
    # development the article leads with.
    headline: str = ""


@dataclass(frozen=True, slots=True)
class Source:
    """A quoted sentence that reports an event, with the offsets of quote and date expression."""

    article: str
    quote: str
    start: int
    end: int
    timex_text: str
    timex_start: int
    timex_end: int
    date: str  # the date this source gives the event
    quote_id: str = ""  # stable id of the quoted sentence, for the translation memory
    language: str = "id"  # language of the quote
    translations: dict[str, str] = field(default_factory=dict)  # language -> translated quote
    machine: tuple[str, ...] = ()  # languages whose translation is an unreviewed machine draft


@dataclass(frozen=True, slots=True)
class DateVariant:
    """A date some sources give an event that differs from the event's chosen date."""

    date: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event on the timeline, citing every article that reports it."""

    id: str
    date: str
    status: Status
    title: dict[str, str]  # language -> text
    summary: dict[str, str]
    sources: tuple[Source, ...]
    actors: tuple[str, ...] = ()
    variants: tuple[DateVariant, ...] = ()
    part: PartOfDay | None = None
    key: bool = False
    outlets: int = 0  # number of independent outlets, the salience signal
    # Per language: "memory", "machine", "original" or "missing" (see translate.py).
    translation: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything the site is made of, in a deterministic order."""

    articles: tuple[DatedArticle, ...]
    events: tuple[Event, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    # Article headlines in other languages, from the translation memory: id -> lang -> text.
    titles: dict[str, dict[str, str]] = field(default_factory=dict)
