"""Find time expressions: typed candidate spans, longest match wins.

Each pattern describes one construction of Indonesian or English news dates and names its
parts (weekday, day, month, year, unit, direction...). All patterns run over the text; where
candidates overlap, the longest is kept (then the earliest, then the pattern listed first).
Nothing here resolves a date: `normalise` turns a candidate into a TIMEX3 value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, itemgetter

from generator.dates.lexicon import (
    FULL_MONTH_RE,
    MONTH_RE,
    MONTHS,
    NUM_RE,
    PART_RE,
    PLURAL_UNITS,
    UNIT_EN_RE,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    alternation,
    month_number,
    weekday_number,
)


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


B = r"(?<![\w])"  # word start
E = r"(?![\w])"  # word end
_NB = r"(?<![\w/.,:-])"  # number start: not inside 1.234, 12/6 or 10:30
_NE = r"(?![\w/]|[.,:-]\d)"  # number end
YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = r"(?:st|nd|rd|th)?"
WD = rf"(?:(?:hari\s+)?(?P<wd>{WEEKDAY_RE})\s*,?\s*)"
TO = r"\s*(?:-|–|—|s\.?/?d\.?|sampai(?:\s+dengan)?|hingga|to|until|till|through|and|dan)\s*"
PART = rf"(?:\s*,?\s+(?:pada\s+)?(?P<part>{PART_RE}))"
TIME = (
    r"(?:\s*,?\s+(?:(?:sekitar|sekira|at|around)\s+)?(?:pukul|jam|pk\.?)?\s*"
    r"(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)(?:\s*(?P<ampm>a\.?m\.?|p\.?m\.?))?"
    r"(?:\s*(?:WIB|WITA|WIT|GMT|UTC|waktu\s+setempat|local\s+time))?)"
)
REL_ID = r"(?:yang\s+lalu|lalu|kemarin|ini|depan|mendatang|berikutnya|sebelumnya|silam)"
REL_EN = r"(?:last|this|next|past|previous|coming|following)"
MOD_ID = r"(?:awal|akhir|pertengahan|penghujung|medio)"
MOD_EN = r"(?:early|late|mid-?|the\s+(?:start|beginning|end|middle)\s+of)"
SIGNAL_YEAR = (
    r"(?:pada|sejak|semenjak|hingga|sampai|sebelum|sesudah|setelah|selama|sepanjang|antara|"
    r"jelang|menjelang|memasuki|tahun|in|since|until|till|by|before|after|during|throughout|"
    r"entering|from|of|between|"
    r"through|to|dan|and|or|atau|circa|around|sekitar|year|the)"
)

_P: list[tuple[str, str]] = [
    # Law and regulation numbers: identifiers, not dates ("Nomor 7 Tahun 2017", "UU No. 1/2023").
    ("name", rf"{B}(?:Nomor|Nomer|No\.?)\s*\d+[A-Z]?\s+Tahun\s+{YEAR}{E}"),
    (
        "name",
        rf"{B}(?:UU|PP|Perpres|Perppu|Permen\w*|Perda|Keppres|Kepres|Inpres|Perma|Perkap|Perkapolri|"
        rf"Pergub|Perwal|Perbup|SE|Kepmen\w*|Law|Regulation|Decree)\s+(?:No\.?|Nomor|Number)?\s*"
        rf"\d+\s*/\s*{YEAR}{E}",
    ),
    # "Selasa (18/6/2024) hari ini", "kemarin (26/11)", "Rabu (19/6) malam".
    (
        "numeric",
        rf"{B}(?:(?:hari\s+)?(?P<wd>{WEEKDAY_RE})|(?P<rel>hari\s+ini|kemarin|besok|esok|lusa|"
        rf"today|yesterday|tomorrow))\s*,?\s*\(\s*(?P<d>{DAY})\s*[/.-]\s*(?P<mn>1[0-2]|0?[1-9])"
        rf"(?:\s*[/.-]\s*(?P<y>{YEAR}|\d\d))?\s*\)(?:\s+(?P<tail>hari\s+ini|kemarin|lalu|today))?"
        rf"(?:{PART})?(?:{TIME})?",
    ),
    # Bare numeric dates: "13/9/2023", "18-06-2024", "(26/11)".
    (
        "numeric",
        rf"{_NB}(?P<d>{DAY})\s?(?P<sep>[/.-])\s?(?P<mn>{DAY})\s?(?P=sep)\s?(?P<y>{YEAR}){_NE}",
    ),
    ("numeric", rf"(?<=\()(?P<d>{DAY})/(?P<mn>1[0-2]|0?[1-9])(?=\))"),
    ("iso", rf"{_NB}(?P<y>{YEAR})-(?P<mn>1[0-2]|0[1-9])-(?P<d>[12]\d|3[01]|0[1-9]){_NE}"),
    # Day ranges: "18-19 Juni", "5-10 Februari 2015", "30 Juni-2 Juli 2024", "June 18-19, 2024".
    (
        "range-d",
        rf"{_NB}(?P<d>{DAY}){ORD}\s+(?P<m1>{MONTH_RE})(?:\s+(?P<y1>{YEAR}))?{TO}(?P<d2>{DAY}){ORD}"
        rf"\s+(?P<m>{MONTH_RE})(?:\s*,?\s*(?P<y>{YEAR}))?{E}",
    ),
    (
        "range-d",
        rf"{_NB}(?P<d>{DAY}){ORD}{TO}(?P<d2>{DAY}){ORD}\s+(?:of\s+)?(?P<m>{MONTH_RE})"
        rf"(?:\s*,?\s*(?P<y>{YEAR}))?{E}",
    ),
    (
        "range-d",
        rf"{B}(?P<m1>{MONTH_RE})\s+(?P<d>{DAY}){ORD}{TO}(?:(?P<m>{MONTH_RE})\s+)?"
        rf"(?P<d2>{DAY}){ORD}(?:\s*,?\s*(?P<y>{YEAR}))?{_NE}",
    ),
    # Month ranges: "Juli hingga Desember 2018", "July-December 2018", "Juli 2018-Maret 2019".
    (
        "range-m",
        rf"{B}(?P<m1>{FULL_MONTH_RE})(?:\s+(?P<y1>{YEAR}))?{TO}(?P<m>{FULL_MONTH_RE})"
        rf"(?:\s+(?P<y>{YEAR}))?{E}",
    ),
    # Year ranges: "2019-2024", "tahun 2019 hingga 2024".
    (
        "range-y",
        rf"{B}(?:(?:pada|in)\s+)?(?:(?:tahun|years?)\s+)?(?P<y1>{YEAR})\s*(?:-|–|—|hingga|sampai|to|"
        rf"until|through)"
        rf"\s*(?P<y>{YEAR}){_NE}",
    ),
    # Full dates: "Senin, 22 Januari 2024", "Jumat 14 Juni 2024", "18 June 2024", "14 Juni".
    (
        "dmy",
        rf"{B}{WD}?(?:tanggal\s+|tgl\.?\s+|the\s+)?(?P<d>{DAY}){ORD}\s+(?:of\s+)?"
        rf"(?P<m>{MONTH_RE})(?:\s*,?\s*(?P<y>{YEAR}))?{_NE}(?:\s+(?P<rel>mendatang|yang\s+lalu|lalu|"
        rf"silam|depan|nanti){E})?(?:{PART})?(?:{TIME})?",
    ),
    # English order: "Tuesday, June 18, 2024", "June 18".
    (
        "mdy",
        rf"{B}{WD}?(?P<m>{MONTH_RE})\s+(?P<d>{DAY}){ORD}(?:\s*,\s*(?P<y>{YEAR})|\s+(?P<y2>{YEAR}))?"
        rf"{_NE}(?:{PART})?(?:{TIME})?",
    ),
    # "tahun lalu pada bulan September", "last year in September".
    (
        "month",
        rf"{B}(?P<yrel>(?:tahun|year)\s+(?:lalu|ini|depan|kemarin)|(?:last|this|next)\s+year)"
        rf"\s*,?\s+(?:pada\s+|in\s+)?(?:bulan\s+)?(?P<m>{FULL_MONTH_RE}){E}",
    ),
    # Months: "bulan September", "Juli 2000", "September lalu", "awal Juni 2024", "last September".
    (
        "month",
        rf"{B}(?:(?P<mod>{MOD_ID}|{MOD_EN})\s+)?(?:(?P<bulan>bulan)\s+)?(?P<m>{FULL_MONTH_RE})"
        rf"(?:\s*,?\s*(?P<y>{YEAR})|\s+(?P<yrel>tahun\s+(?:lalu|ini|depan|kemarin)|"
        rf"(?:of\s+)?(?:last|this|next)\s+year)|\s+(?P<rel>lalu|kemarin|depan|mendatang|ini|"
        rf"nanti))?{E}",
    ),
    ("month", rf"{B}(?P<rel>last|next|this|previous|coming)\s+(?P<m>{FULL_MONTH_RE}){E}"),
    # Decades: "tahun 1950an", "1990-an", "awal 2000-an", "the 1990s", "the '90s".
    (
        "decade",
        rf"{B}(?:(?P<mod>{MOD_ID}|{MOD_EN})\s*)?(?:(?P<tahun>tahun|era|dekade)\s+)?(?:the\s+)?"
        rf"(?P<dec>(?:1[5-9]|20)\d0|'\d0|(?<=tahun\s)\d0|(?<=era\s)\d0)(?:-?an|'?s){E}",
    ),
    # Years: "tahun 2000", "pada 2019" (signal word before), "2019 lalu", "akhir 2023", "© 2025".
    (
        "year",
        rf"{B}(?:(?P<mod>{MOD_ID}|{MOD_EN})\s+|(?P<pre>pada|in)\s+)?(?:(?P<tahun>tahun|year|TA\.?)\s+)?"
        rf"(?P<y>{YEAR})(?!-|'?s{E}|an{E})"
        rf"(?:\s+(?P<rel>lalu|silam|kemarin))?{_NE}",
    ),
    ("year", rf"(?:©|\([cC]\)|[Cc]opyright|[Hh]ak\s+[Cc]ipta)\s*(?P<y>{YEAR}){_NE}"),
    # Centuries: "abad ke-21", "the 20th century".
    ("century", rf"{B}abad\s+(?:ke-?\s*)?(?P<c>\d{{1,2}}|[XVI]{{1,5}}){E}"),
    ("century", rf"{B}(?:the\s+)?(?P<c>\d{{1,2}})(?:st|nd|rd|th)\s+century{E}"),
    # A year closing a proper name ("Pemilu 2019", "Piala Dunia 2026", "APEC 2024", "Liga 1
    # 2023/2024") belongs to the name: it is not emitted, and it blocks shorter readings.
    # A name word is taken whole (possessive `*+`): white space must follow it, so giving back
    # letters could never match, and trying that on every capitalised word was slow.
    (
        "name-year",
        rf"(?<![\w.])(?P<name>[A-Z][\w-]*+\.?(?:\s+(?:[A-Z][\w-]*+\.?|\d{{1,2}})){{0,3}})"
        rf"\s+(?P<y>{YEAR})(?:/(?:{YEAR}|\d\d))?{_NE}",
    ),
    # Weekday of a relative week: "hari Kamis pekan lalu", "Selasa minggu depan", "last Tuesday".
    (
        "weekday",
        rf"{B}(?:hari\s+)?(?P<wd>{WEEKDAY_RE})(?:{PART})?\s+(?:pada\s+)?(?P<wunit>pekan|minggu)"
        rf"\s+(?P<rel>{REL_ID}){E}",
    ),
    (
        "weekday",
        rf"{B}(?P<wd>{WEEKDAY_RE})(?:{PART})?\s+(?:of\s+)?(?P<rel>last|this|next)\s+(?P<wunit>week){E}",
    ),
    (
        "weekday",
        rf"{B}(?:(?P<rel>last|next|this|coming|past)\s+)?(?:hari\s+)?(?P<wd>{WEEKDAY_RE})"
        rf"(?:{PART}|\s+(?P<rel2>lalu|kemarin|depan|mendatang|nanti|ini))?(?:{TIME})?{E}",
    ),
    # Weeks and weekends: "pekan lalu", "akhir pekan lalu", "awal pekan ini", "last weekend".
    (
        "week",
        rf"{B}(?:(?P<mod>{MOD_ID}|earlier|later)\s+)?(?P<unit>pekan|minggu)\s+(?P<rel>{REL_ID}){E}",
    ),
    ("week", rf"{B}(?P<mod>akhir)\s+(?P<unit>pekan|minggu){E}"),
    (
        "week",
        rf"{B}(?:(?P<mod>earlier|later|early|late)\s+)?(?P<rel>{REL_EN}|the\s+{REL_EN})\s+"
        rf"(?P<unit>week(?:end)?){E}",
    ),
    ("week", rf"{B}(?:at\s+|over\s+)?the\s+(?P<unit>weekend){E}"),
    # Months and years relative to the DCT: "awal bulan ini", "tahun lalu", "earlier this month".
    (
        "rel-unit",
        rf"{B}(?:(?P<mod>{MOD_ID}|earlier|later)\s+)?(?P<unit>bulan|tahun)\s+(?P<rel>{REL_ID}){E}",
    ),
    (
        "rel-unit",
        rf"{B}(?:(?P<mod>earlier|later|early|late|mid-?)\s*)?(?P<rel>last|this|next|previous|"
        rf"the\s+previous|the\s+following|the\s+coming)\s+(?P<unit>month|year){E}",
    ),
    # Days relative to the DCT: "hari ini", "kemarin sore", "lusa", "yesterday", "tonight".
    (
        "rel-day",
        rf"{B}(?P<word>hari\s+ini|kemarin\s+lusa|kemarin|besok|esok(?:\s+hari)?|lusa|semalam|today|"
        rf"yesterday|tomorrow|tonight|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))"
        rf"(?:{PART})?(?:{TIME})?{E}",
    ),
    (
        "rel-day",
        rf"{B}(?P<word>keesokan\s+hari(?:nya)?|esok\s+harinya|sehari\s+(?:sebelumnya|kemudian|"
        rf"setelahnya|sesudahnya)|hari\s+(?:sebelumnya|berikutnya)|the\s+(?:next|following|"
        rf"previous)\s+day|the\s+day\s+(?:before|after))(?:{PART})?{E}",
    ),
    # Part of day of the DCT: "malam ini", "tadi pagi", "this morning", "last night".
    (
        "part",
        rf"{B}(?P<part>dini\s+hari|pagi|siang|sore|petang|malam)\s+(?:hari\s+)?(?P<rel>ini|tadi|nanti)"
        rf"{E}",
    ),
    ("part", rf"{B}(?P<rel>tadi|nanti)\s+(?P<part>pagi|siang|sore|petang|malam|dini\s+hari){E}"),
    ("part", rf"{B}(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night){E}"),
    # Counted offsets from the DCT: "24 tahun lalu", "dua hari lalu", "two years ago", "sepekan lalu".
    (
        "ago",
        rf"{B}(?:(?P<num>{NUM_RE})\s+(?P<unit>{UNIT_RE})|(?P<se>se)(?P<unit2>hari|pekan|minggu|bulan|"
        rf"tahun|dekade|abad))\s+(?P<rel>yang\s+lalu|lalu|silam|ago|lagi|from\s+now|kemudian|later|"
        rf"sebelumnya|earlier|setelahnya|sesudahnya|berikutnya){E}",
    ),
    # Offsets from another event: "sembilan bulan setelah", "two days before".
    (
        "offset",
        rf"{B}(?:(?P<num>{NUM_RE})\s+(?P<unit>{UNIT_RE})|(?P<se>se)(?P<unit2>hari|pekan|minggu|bulan|"
        rf"tahun|dekade))\s+(?P<rel>setelah|sesudah|sebelum|pasca|usai|after|before){E}",
    ),
    # Vague present, past and future references.
    (
        "ref",
        rf"{B}(?:saat\s+ini|dewasa\s+ini|at\s+present|at\s+the\s+moment|"
        rf"dalam\s+waktu\s+dekat|in\s+the\s+near\s+future|di\s+masa\s+(?:depan|mendatang)|"
        rf"in\s+the\s+future|baru-baru\s+ini|belakangan\s+ini|recently|in\s+recent\s+(?:days|weeks|"
        rf"months|years))(?=\W|$)",
    ),
    (
        "ref",
        rf"{B}(?:(?:dalam|selama|pada)\s+)?(?:(?:hari|minggu|pekan|bulan|tahun)-(?:hari|minggu|pekan|"
        rf"bulan|tahun)|beberapa\s+(?:hari|minggu|pekan|bulan|tahun))\s+(?P<dir>mendatang|ke\s+depan|"
        rf"yang\s+akan\s+datang|terakhir|belakangan(?:\s+ini)?|sebelumnya){E}",
    ),
    (
        "ref",
        rf"{B}(?:(?:in|over|during)\s+)?the\s+(?P<dir>coming|next\s+few|past\s+few|last\s+few)\s+"
        rf"(?:days|weeks|months|years){E}",
    ),
    # Recurrence: "setiap Senin", "tiap tahun", "every year", "every two weeks".
    (
        "set",
        rf"{B}(?:setiap|tiap|saban|every|each)\s+(?:(?:other|second)\s+)?(?:hari\s+)?"
        rf"(?:(?P<wd>{WEEKDAY_RE})|(?P<num>{NUM_RE})\s+(?P<unit>{UNIT_RE})|(?P<unit2>hari|pekan|"
        rf"minggu|bulan|tahun|malam|pagi|sore|day|week|month|year|morning|evening|night|decade)){E}",
    ),
    ("set", rf"{B}(?:(?P<se>se)(?P<unit2>hari|pekan|minggu|bulan|tahun)\s+sekali|annually){E}"),
    # Durations: "selama 24 tahun", "dalam dua dekade terakhir", "kurang dari sembilan bulan".
    (
        "duration",
        rf"{B}(?:(?P<pre>selama|dalam|sepanjang|for|over|in|within)\s+)?(?:(?P<q>(?:lebih|kurang)\s+dari|hampir|sekitar|lebih|nyaris|setidaknya|"
        rf"about|almost|nearly|more\s+than|less\s+than|over|under|around|at\s+least|the\s+(?:past|last|"
        rf"next|first))\s+)?(?P<num>{NUM_RE})[\s-]+(?P<unit>{UNIT_RE})(?:\s+(?P<post>terakhir|"
        rf"belakangan(?:\s+ini)?|ke\s+depan|mendatang|lamanya|berturut-turut))?{E}",
    ),
    (
        "duration",
        rf"{B}(?:(?P<pre>selama|sepanjang|dalam)\s+)?(?P<se>se)(?P<unit2>hari|pekan|minggu|bulan|"
        rf"tahun|dekade|abad)(?:\s+(?P<post>terakhir|ke\s+depan|mendatang|penuh))?{E}",
    ),
    (
        "duration",
        rf"{B}(?P<pre>dalam|selama)\s+(?P<unit>dekade|dasawarsa|abad)\s+(?P<post>mendatang|terakhir|"
        rf"ke\s+depan|ini){E}",
    ),
    (
        "duration",
        rf"{B}(?:(?P<pre>in|over|for|during)\s+)?the\s+(?P<post>past|last|next|coming)\s+"
        rf"(?P<unit>decade|century|year|month|week){E}",
    ),
    (
        "duration",
        rf"{B}(?:(?P<pre>selama)\s+)?(?P<redup>{alternation(PLURAL_UNITS)}){E}",
    ),
    ("duration", rf"{B}(?P<pre>for)\s+(?P<vague>{UNIT_EN_RE}){E}"),
    # Clock times on their own: "pukul 14.00 WIB", "jam 02.30 WITA", "3 p.m.", "10:30 a.m.".
    (
        "clock",
        rf"{B}(?:pukul|jam|pk\.?)\s*(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d){_NE}"
        rf"(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat){E})?",
    ),
    (
        "clock",
        rf"{_NB}(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m{E})"
        rf"(?:\s*(?:GMT|UTC|local\s+time|[ECMP][SD]?T){E})?",
    ),
    # Weekday ranges: "Kamis hingga Jumat", "Senin-Rabu", "Thursday to Saturday".
    (
        "range-wd",
        rf"{B}(?:hari\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|to|"
        rf"until|till|through)\s*(?:hari\s+)?(?P<wd2>{WEEKDAY_RE}){E}",
    ),
]

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.I)) for kind, rx in _P
)

# The words each pattern can begin with, in the order of `_P`. Patterns are only tried, anchored,
# at the start of a word that can begin them: one pass over the words instead of some fifty
# scans of the whole text. A word is a whole run of letters and digits, so a pattern that
# begins with a number starts at a word that is that number with what the pattern glues to it
# ("12th", "1990s", "1990an"): those starters say which, and most numbers in the news are then
# tried against nothing.
_MONTH_W = alternation(MONTHS)
_WD_W = alternation(WEEKDAYS) + "|jum"  # "Jum'at" splits into words at the apostrophe
_MOD_W = "awal|akhir|pertengahan|penghujung|medio|early|late|mid"
_NUM_W = NUM_RE  # its digits are \d{1,3}, followed by a space or hyphen
_DAY_W = rf"{DAY}{ORD}"  # "12", "12th"
_SE_W = "se(?:hari|pekan|minggu|bulan|tahun|dekade|abad)"  # "sepekan", not "sebagai"
_STARTS = [
    "nomor|nomer|no",
    r"uu|pp|perpres|perppu|permen\w*|perda|keppres|kepres|inpres|perma|perkap|perkapolri|pergub|"
    r"perwal|perbup|se|kepmen\w*|law|regulation|decree",
    rf"hari|{_WD_W}|kemarin|besok|esok|lusa|today|yesterday|tomorrow",
    _DAY_W,
    _DAY_W,
    YEAR,
    _DAY_W,
    _DAY_W,
    _MONTH_W,
    _MONTH_W,
    rf"pada|in|tahun|years?|{YEAR}",
    rf"hari|{_WD_W}|tanggal|tgl|the|{_DAY_W}",
    rf"hari|{_WD_W}|{_MONTH_W}",
    "tahun|year|last|this|next",
    rf"{_MOD_W}|the|bulan|{_MONTH_W}",
    "last|next|this|previous|coming",
    rf"{_MOD_W}|the|tahun|era|dekade|(?:1[5-9]|20)?\d0(?:an|s)?|'",
    rf"{_MOD_W}|the|tahun|year|ta|pada|in|{YEAR}",
    "©|copyright|hak",
    "abad",
    r"the|\d{1,2}(?:st|nd|rd|th)",  # "the 20th century", "20th-century"
    r"[A-Z][\w-]*",
    rf"hari|{_WD_W}",
    _WD_W,
    rf"last|next|this|coming|past|hari|{_WD_W}",
    rf"{_MOD_W}|earlier|later|pekan|minggu",
    "akhir",
    "earlier|later|early|late|last|this|next|past|previous|coming|following|the",
    "at|over|the",
    rf"{_MOD_W}|earlier|later|bulan|tahun",
    "earlier|later|early|late|mid|last|this|next|previous|the",
    "hari|kemarin|besok|esok|lusa|semalam|today|yesterday|tomorrow|tonight|the",
    "keesokan|esok|sehari|hari|the",
    "dini|pagi|siang|sore|petang|malam",
    "tadi|nanti",
    "this|last",
    rf"{_NUM_W}|{_SE_W}",
    rf"{_NUM_W}|{_SE_W}",
    "saat|dewasa|at|dalam|in|di|baru|belakangan|recently",
    "dalam|selama|pada|hari|minggu|pekan|bulan|tahun|beberapa",
    "in|over|during|the",
    "setiap|tiap|saban|every|each",
    rf"{_SE_W}|annually",
    rf"selama|dalam|sepanjang|for|over|in|within|lebih|kurang|hampir|sekitar|nyaris|setidaknya|"
    rf"about|almost|nearly|more|less|under|around|at|the|{_NUM_W}",
    rf"selama|sepanjang|dalam|{_SE_W}",
    "dalam|selama",
    "in|over|for|during|the",
    r"selama|ber\w+",
    "for",
    "pukul|jam|pk",
    r"1[0-2]|0?[1-9]",
    rf"hari|{_WD_W}",
]
if len(_STARTS) != len(_P):  # pragma: no cover - a guard for whoever edits the lists
    raise AssertionError("one starter per pattern")
_STARTERS = tuple(
    re.compile(rx) if rx == r"[A-Z][\w-]*" else re.compile(rx, re.I) for rx in _STARTS
)
_WORD = re.compile(r"[^\W_]+|[©']")


_Matcher = Callable[[str, int], "re.Match[str] | None"]
_Try = tuple[int, str, _Matcher]
# Each pattern as its rank, kind and bound `match`, ready for the recogniser's inner loop.
_TRIES: tuple[_Try, ...] = tuple(
    (rank, kind, pattern.match) for rank, (kind, pattern) in enumerate(PATTERNS)
)

# "the" begins a dozen patterns and a fifth of English words. Every pattern that begins with
# it goes on, after white space, with a number ("the 18th", "the 1990s", "the '90s") or one of
# these words ("the start of", "the past", "the previous day", "the weekend"...): the
# patterns begun by "the" are tried only when the word after it is one of them. Whoever adds
# a pattern beginning with "the" adds its next word here.
_FOLLOWERS = {
    "the": re.compile(
        r"\s+(?:[\d']|start|beginning|end|middle|last|this|next|past|previous|coming|following|"
        r"weekend|day|first)",
        re.I,
    ),
}


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
    tries = tuple(_TRIES[i] for i, rx in enumerate(_STARTERS) if rx.fullmatch(word))
    name = any(rank == _NAME_YEAR for rank, _, _ in tries)
    tries = tuple(t for t in tries if t[0] != _NAME_YEAR)
    year = bool(_YEAR_WORD.fullmatch(word))
    follow = _FOLLOWERS.get(word.lower(), _NEVER)
    # The patterns begun by the word itself (not, say, by "a capitalised word" for "The").
    gated = tuple(
        t for t in tries if follow is not _NEVER and _STARTERS[t[0]].fullmatch(word.lower())
    )
    tries = tuple(t for t in tries if t not in gated)
    if not (tries or gated or name or year):
        return None
    return tries, follow, gated, name, year


# Capitalised words that may precede a year without naming an event.
_NOT_NAMES = frozenset(
    """pada sejak semenjak hingga sampai tahun dalam di ke dari awal akhir pertengahan selama
    sepanjang menjelang jelang sebelum sesudah setelah antara sekitar per era periode medio
    penghujung ta since in on by until till from before after during early late mid the of to
    through around circa year years and or dan atau is was copyright hak cipta sebanyak hampir
    lebih kurang total jumlah mencapai hanya ada sekira some about nearly almost over only
    than under""".split()
)
_TEMPORAL_WORDS = frozenset(
    """hari pekan minggu bulan tahun dekade abad pagi siang sore petang malam lalu depan
    mendatang silam ini kemarin besok today yesterday tomorrow day week month decade century
    morning afternoon evening night last next this""".split()
)


_SIGNAL_WORD = re.compile(SIGNAL_YEAR)  # for lower-cased words
_SIGNAL_YEAR = re.compile(SIGNAL_YEAR, re.I)


def _name_word(word: str) -> bool:
    """A word that can be part of a proper name before a year: capitalised, not a signal word
    ("Pada 2019", "Since 2019"), not a month, weekday or other temporal word."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not any(ch.isdigit() for ch in word)
        and low not in _NOT_NAMES
        and low not in _TEMPORAL_WORDS
        and not _SIGNAL_WORD.fullmatch(low)
        and month_number(word) is None
        and weekday_number(word) is None
    )


_QUANTITY_AFTER = re.compile(
    r"\s+(?:orang|jiwa|warga|unit|buah|ekor|ton|kg|kilogram|km|kilometer|meter|hektare|ha|rumah|"
    r"kali|personel|pasukan|peserta|siswa|kasus|dolar|rupiah|people|persons|units|troops|cases|"
    r"homes|houses|tons|km|miles|dollars|times|members|soldiers|votes|suara)\b",
    re.I,
)
# Words before a count that make it a length of time.
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|over|within|selama|sepanjang|dalam|menginap|bermalam|hanya|cuma)\s+$", re.I
)
_WEEK_REL = re.compile(rf"\s+{REL_ID}{E}", re.I)
_LAW_BEFORE = re.compile(r"(?:nomor|no\.?|number)\s*\d+\s*$", re.I)
_AGE_BEFORE = re.compile(r"(?:berusia|usia|umur|berumur|aged|age)\s+(?:sekitar\s+)?$", re.I)
# A bare "May" or "March" is usually a verb: accept it only with a date cue nearby.
_AMBIGUOUS_MONTH = frozenset({"may", "march", "mar", "jun", "jan", "des", "sun", "sat", "wed"})
_MONTH_CUE_BEFORE = re.compile(
    r"(?:in|since|until|till|by|from|early|late|mid-?|last|next|this|of|during|bulan|pada|sejak|"
    r"hingga|sampai|awal|akhir|pertengahan|medio)\s+$",
    re.I,
)


# The kinds `_acceptable` has something to check for; any other match stands as it is.
_CHECKED = frozenset(
    {"year", "name-year", "weekday", "numeric", "dmy", "mdy", "range-wd", "offset", "rel-day"}
    | {"month", "range-m", "range-d", "decade", "duration"}
)


def _acceptable(kind: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot express cheaply."""
    if kind not in _CHECKED:
        return True
    g = m.groupdict()
    start = m.start()
    word = m.group(0)
    if (
        kind in {"year", "name-year"}
        and not g.get("tahun")
        and _QUANTITY_AFTER.match(text, m.end())
    ):
        return False  # "2000 orang": a count, not a year
    if kind == "year":
        before = text[max(0, start - 40) : start]
        if g.get("tahun") or g.get("mod") or g.get("pre") or g.get("rel") or word[:1] in "©(Cc":
            return not _LAW_BEFORE.search(before)
        prev = _PREVIOUS_WORD.search(before)
        return bool(prev and _SIGNAL_YEAR.fullmatch(prev.group(1)))
    if kind == "name-year":
        words = [w.rstrip(".") for w in g["name"].split() if not w.isdigit()]
        return bool(words) and all(_name_word(w) for w in words)
    if kind in {"weekday", "numeric", "dmy", "mdy"} and g.get("wd"):
        wd = g["wd"]
        if wd.lower() == "minggu" and not word.lower().startswith("hari"):
            # "minggu" is a week unless capitalised and not followed by "lalu/ini/depan".
            if not wd[0].isupper():
                return False
            if kind == "weekday" and not g.get("wunit") and _WEEK_REL.match(text, m.end("wd")):
                return False
    if kind == "range-wd" and any(
        w.lower() == "minggu" and not w[0].isupper() for w in (g["wd"], g["wd2"])
    ):
        return False  # "minggu" lower case is a week
    if kind == "offset" and _LENGTH_BEFORE.search(text[max(0, start - 40) : start]):
        return False  # "for three weeks before the signing": a length, not an offset
    # "semalam" is last night, except as a length ("menginap semalam", "semalam suntuk").
    if (
        kind == "rel-day"
        and (g.get("word") or "").lower() == "semalam"
        and (
            _LENGTH_BEFORE.search(text[max(0, start - 40) : start])
            or re.match(r"\s+(?:suntuk|penuh)\b", text[m.end() :])
        )
    ):
        return False
    if kind == "month":
        mword = g["m"].lower().rstrip(".")
        bare = not (g.get("bulan") or g.get("y") or g.get("yrel") or g.get("rel") or g.get("mod"))
        if bare and not g["m"][0].isupper():
            return False
        if (
            bare
            and mword in _AMBIGUOUS_MONTH
            and not _MONTH_CUE_BEFORE.search(text[max(0, start - 40) : start])
        ):
            return False
    if kind == "range-m" and not (
        g.get("y") or re.search(r"hingga|sampai|to|until|through|-|–", word, re.I)
    ):
        return False
    if (
        kind in {"mdy", "range-d"}
        and (g.get("m") or g.get("m1") or "").lower().rstrip(".") in _AMBIGUOUS_MONTH
    ):
        first = (g.get("m1") or g.get("m") or "")[:1]
        if not first.isupper():
            return False
    if kind == "decade" and "'" not in word and not g.get("tahun"):
        dec = g["dec"]
        if len(dec) == 2:
            return False
    if kind == "duration":
        if not g.get("pre") and _AGE_BEFORE.search(text[max(0, start - 40) : start]):
            return True  # an age is a duration; still typed, never a date
        if g.get("vague") and not re.match(
            r"(?i)for\s+(days|weeks|months|years|decades|centuries)$", word
        ):
            return False
    return True


# The last word before a match. It can only start where a word starts, and is taken whole:
# the same word `([\w-]+)\W*$` finds, without trying every letter of the text before it.
_PREVIOUS_WORD = re.compile(r"(?<![\w-])([\w-]++)\W*$")
# A bare year in page furniture (a footer's "2025").
_PAGE_YEAR = re.compile(rf"{_NB}(?P<y>{YEAR}){_NE}")
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
    occupied: list[tuple[int, int]] = []
    for _, start, rank, end, kind, m in found:
        for s, e in occupied:
            if start < e and s < end:
                break  # overlaps a longer (or earlier) expression
        else:
            checked = kind != "name" and rank != _PAGE_RANK
            if checked and not _acceptable(kind, m, text):
                continue
            occupied.append((start, end))
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
