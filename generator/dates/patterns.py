"""The constructions of Indonesian and English news dates, as regular expressions.

Each pattern describes one construction and names its parts (weekday, day, month, year, unit,
direction...); `STARTERS` says which words each can begin with and `FOLLOWERS` gates the
patterns begun by a very common word. `recognise` runs them; nothing here resolves a date.
One cohesive table: the patterns, their ranks and their starters must be edited together.
"""

from __future__ import annotations

import re

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
)

B = r"(?<![\w])"  # word start
E = r"(?![\w])"  # word end
NB = r"(?<![\w/.,:-])"  # number start: not inside 1.234, 12/6 or 10:30
NE = r"(?![\w/]|[.,:-]\d)"  # number end
YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ORD = r"(?:st|nd|rd|th)?"
WD = (
    rf"(?:(?:hari\s+)?(?P<wd>{WEEKDAY_RE})(?:\s+(?P<wpart>dini\s+hari|pagi|siang|sore|malam))?"
    rf"\s*,?\s*)"
)
TO = r"\s*(?:-|–|—|s\.?/?d\.?|sampai(?:\s+dengan)?|hingga|to|until|till|through|and|dan)\s*"
PART = rf"(?:\s*,?\s+(?:pada\s+)?(?P<part>{PART_RE}))"
TIME = (
    r"(?:\s*[,|·–-]?\s+(?:pukul|jam|pk\.?)?\s*"
    r"(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)(?!\d)(?:\s*(?P<ampm>a\.?m\.?|p\.?m\.?))?"
    r"(?:\s*(?:WIB|WITA|WIT|GMT|UTC|MYT|SGT|AEST|AEDT|E[SD]?T|P[SD]?T|waktu\s+setempat|"
    r"local\s+time)\b)?)"
)
# The year a day and month name by relation: "29 Oktober tahun lalu", "Oct. 29 last year".
YREL = r"(?:\s+(?P<yrel>(?:tahun\s+(?:lalu|ini|depan|kemarin))|(?:last|this|next)\s+year)\b)"
# A number joined to a name is part of it, no count: "Piala Asia U-23 pekan lalu", "G-20".
NOT_NAMED = r"(?<![^\W\d_]-)"
# A count's smaller unit after it ("1 jam 45 menit kemudian", "an hour and 45 minutes later"):
# the count still points at the day the larger unit does.
AND_MORE = rf"(?:\s+(?:dan\s+|and\s+)?(?:{NUM_RE})\s+(?:{UNIT_RE}))?"
# A count's hedge: "almost two weeks after", "kurang dari dua bulan setelah", "tepat setahun lalu".
QUAL = (
    r"(?:(?:almost|nearly|about|around|roughly|more\s+than|less\s+than|over|under|just|only|exactly|"
    r"hampir|sekitar|sekira|lebih\s+dari|kurang\s+dari|hanya|tepat)\s+)?"
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
    # "Nomor 7 Tahun 2017", "Nomor 41/P Tahun 2023": a regulation's number, never its date.
    ("name", rf"{B}(?:Nomor|Nomer|No\.?)\s*\d+[A-Z]?(?:/[A-Za-z0-9.-]+)*\s+Tahun\s+{YEAR}{E}"),
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
        rf"(?:\s*[/.-]\s*(?P<y>{YEAR}|\d\d))?\s*\)(?:\s+(?P<tail>hari\s+ini|kemarin|(?:pekan|minggu)\s+lalu|lalu|today))?"
        rf"(?:{PART})?(?:{TIME})?",
    ),
    # English news gives the weekday's date in brackets too: "Sunday (Mar 26)", "Monday (9 July)".
    (
        "mdy",
        rf"{B}(?:hari\s+)?(?P<wd>{WEEKDAY_RE})\s*,?\s*\(\s*(?P<m>{MONTH_RE})\s+(?P<d>{DAY}){ORD}"
        rf"(?:\s*,\s*(?P<y>{YEAR}))?\s*\)(?:{PART})?(?:{TIME})?",
    ),
    (
        "dmy",
        rf"{B}(?:hari\s+)?(?P<wd>{WEEKDAY_RE})\s*,?\s*\(\s*(?P<d>{DAY}){ORD}\s+(?P<m>{MONTH_RE})"
        rf"(?:\s+(?P<y>{YEAR}))?\s*\)(?:{PART})?(?:{TIME})?",
    ),
    # Bare numeric dates: "13/9/2023", "18-06-2024", "(26/11)"; a page's "Minggu, 7/10/2018".
    (
        "numeric",
        rf"{NB}(?:(?P<wd>{WEEKDAY_RE})\s*,\s*)?(?P<d>{DAY})\s?(?P<sep>[/.-])\s?(?P<mn>{DAY})\s?"
        rf"(?P=sep)\s?(?P<y>{YEAR}){NE}(?:{TIME})?",
    ),
    # A page's stamp with a two-digit year, always followed by the time: "21/12/05 18:30".
    (
        "numeric",
        rf"{NB}(?P<d>{DAY})/(?P<mn>1[0-2]|0?[1-9])/(?P<y>\d\d){TIME}",
    ),
    ("numeric", rf"(?<=\()(?P<d>{DAY})/(?P<mn>1[0-2]|0?[1-9])(?=\))"),
    ("iso", rf"{NB}(?P<y>{YEAR})-(?P<mn>1[0-2]|0[1-9])-(?P<d>[12]\d|3[01]|0[1-9]){NE}"),
    # Day ranges: "18-19 Juni", "5-10 Februari 2015", "30 Juni-2 Juli 2024", "June 18-19, 2024".
    (
        "range-d",
        rf"{NB}(?P<d>{DAY}){ORD}\s+(?P<m1>{MONTH_RE})(?:\s+(?P<y1>{YEAR}))?{TO}(?P<d2>{DAY}){ORD}"
        rf"\s+(?P<m>{MONTH_RE})(?:\s*,?\s*(?P<y>{YEAR}))?{E}",
    ),
    (
        "range-d",
        rf"{NB}(?P<d>{DAY}){ORD}{TO}(?P<d2>{DAY}){ORD}\s+(?:of\s+)?(?P<m>{MONTH_RE})"
        rf"(?:\s*,?\s*(?P<y>{YEAR}))?(?:\s+(?P<rel>mendatang|yang\s+lalu|lalu|depan){E})?{E}",
    ),
    (
        "range-d",
        rf"{B}(?P<m1>{MONTH_RE})\s+(?P<d>{DAY}){ORD}{TO}(?:(?P<m>{MONTH_RE})\s+)?"
        rf"(?P<d2>{DAY}){ORD}(?:\s*,?\s*(?P<y>{YEAR}))?{NE}",
    ),
    # Month ranges: "Juli hingga Desember 2018", "July-December 2018", "Juli 2018-Maret 2019".
    (
        "range-m",
        rf"{B}(?P<m1>{FULL_MONTH_RE})(?:\s+(?P<y1>{YEAR}))?{TO}(?P<m>{FULL_MONTH_RE})"
        rf"(?:\s+(?P<y>{YEAR}))?{E}",
    ),
    # From a day to a later year: "20 Juli 1973 hingga 2020" starts on 20 July 1973.
    (
        "range-y",
        rf"{NB}(?P<d>{DAY}){ORD}\s+(?P<m>{MONTH_RE})\s+(?P<y1>{YEAR})\s*(?:-|–|—|hingga|sampai|to|"
        rf"until|through)\s*(?P<y>{YEAR}){NE}",
    ),
    # Year ranges: "2019-2024", "tahun 2019 hingga 2024", "the 1950-53 war".
    (
        "range-y",
        rf"{B}(?:(?:pada|in)\s+)?(?:(?:tahun|years?)\s+)?(?P<y1>{YEAR})\s*(?:(?:-|–|—|hingga|sampai|to|"
        rf"until|through)\s*(?P<y>{YEAR})|[-–](?P<yy>\d\d)){NE}",
    ),
    # Full dates: "Senin, 22 Januari 2024", "Jumat 14 Juni 2024", "18 June 2024", "14 Juni".
    (
        "dmy",
        rf"{B}{WD}?(?:tanggal\s+|tgl\.?\s+|the\s+)?(?P<d>{DAY}){ORD}\s+(?:of\s+)?"
        rf"(?P<m>{MONTH_RE})(?:\s*,?\s*(?P<y>{YEAR}))?{NE}(?:\s+(?P<rel>mendatang|yang\s+lalu|lalu|"
        rf"silam|kemarin|depan|nanti){E}|{YREL})?(?:{PART})?(?:{TIME})?",
    ),
    # English order: "Tuesday, June 18, 2024", "June 18".
    (
        "mdy",
        rf"{B}{WD}?(?P<m>{MONTH_RE})\s+(?P<d>{DAY}){ORD}(?:\s*,\s*(?P<y>{YEAR})|\s+(?P<y2>{YEAR}))?"
        rf"{NE}(?:{YREL})?(?:{PART})?(?:{TIME})?",
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
        rf"(?:\s+(?P<rel>lalu|silam|kemarin))?{NE}",
    ),
    ("year", rf"(?:©|\([cC]\)|[Cc]opyright|[Hh]ak\s+[Cc]ipta)\s*(?P<y>{YEAR}){NE}"),
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
        rf"\s+(?P<y>{YEAR})(?:/(?:{YEAR}|\d\d))?{NE}",
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
        rf"(?:{PART})?(?:\s+(?P<rel2>lalu|kemarin|depan|mendatang|nanti|ini|besok|esok|lusa))?(?:{TIME})?{E}",
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
    # A part of the current year or month: "banjir awal tahun", "tenggat akhir tahun".
    (
        "rel-unit",
        rf"{B}(?P<mod>{MOD_ID})\s+(?P<unit>bulan|tahun){E}(?!\s*(?:\d|{REL_ID}\b|{MONTH_RE}|ke-|itu))",
    ),
    (
        "rel-unit",
        rf"{B}(?:(?P<mod>earlier|later|early|late|mid-?)\s*)?(?P<rel>last|this|next|previous|"
        rf"the\s+previous|the\s+following|the\s+coming)\s+(?P<unit>month|year){E}",
    ),
    # A season of a year: "this summer", "the summer of 2021", "musim panas ini" (its year).
    (
        "season",
        rf"{B}(?:(?P<rel>this|last|next)\s+(?:summer|winter|spring|autumn)|(?:summer|winter|spring|"
        rf"autumn)\s+(?:of\s+)?(?P<y>{YEAR})|musim\s+(?:panas|dingin|semi|gugur|hujan|kemarau)\s+"
        rf"(?:(?P<rel2>ini|lalu|depan|mendatang)|(?:tahun\s+)?(?P<y2>{YEAR}))){E}"
        # (Not a season's thing: "the last winter storm", "this summer season".)
        rf"(?!\s+(?:storms?|season|games|olympics|break|holidays?|weather|months|sales?)\b)",
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
        rf"setelahnya|sesudahnya)|hari\s+(?:sebelumnya|berikutnya|yang\s+sama)|the\s+(?:next|"
        rf"following|previous|same)\s+day|the\s+day\s+(?:before|after)|that\s+(?:same\s+)?day|"
        rf"hari\s+itu|(?:earlier|later)\s+(?:in\s+the|that)\s+day)"
        rf"(?:{PART})?{E}",
    ),
    # Part of day of the DCT: "malam ini", "tadi pagi", "this morning", "last night".
    (
        "part",
        rf"{B}(?P<part>dini\s+hari|pagi|siang|sore|petang|malam)\s+(?:hari\s+)?(?P<rel>ini|tadi|nanti)"
        rf"{E}",
    ),
    ("part", rf"{B}(?P<rel>tadi|nanti)\s+(?P<part>pagi|siang|sore|petang|malam|dini\s+hari){E}"),
    ("part", rf"{B}(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night){E}"),
    # The part of a day the story has named: "pagi itu", "sore harinya", "that night".
    (
        "part",
        rf"{B}(?P<part>dini\s+hari|pagi|siang|sore|petang|malam)\s+(?P<rel>itu|harinya|hari(?:\s+itu)?)"
        rf"{E}",
    ),
    ("part", rf"{B}(?P<rel>that)\s+(?P<part>morning|afternoon|evening|night){E}"),
    # A part of day alone, after a word that makes it a time ("sejak pagi.", "menjelang petang,",
    # "in the afternoon", "close to midnight"; see `checks`): like a clock time, of the day the
    # story is telling.
    (
        "daypart",
        rf"{B}(?P<part>dini\s+hari|pagi|siang|sore|petang|malam|subuh|tengah\s+malam)"
        rf"(?=\s*[,.;:!?)\"”]|\s*$)",
    ),
    (
        "daypart",
        rf"{B}the\s+(?:(?:early|late)\s+)?(?P<part>morning|afternoon|evening|night|small\s+hours)"
        rf"{E}(?!\s+(?:of|before|after|that)\b)",
    ),
    ("daypart", rf"{B}(?P<part>midday|midnight|noon){E}(?!\s+(?:of|before|after)\b)"),
    # Counted offsets from the DCT: "24 tahun lalu", "dua hari lalu", "two years ago", "sepekan lalu".
    (
        "ago",
        rf"{B}{QUAL}(?:{NOT_NAMED}(?P<num>{NUM_RE})\s+(?P<unit>{UNIT_RE}){AND_MORE}|(?P<se>se)(?P<unit2>hari|"
        rf"pekan|minggu|bulan|tahun|dekade|abad))\s+(?P<rel>yang\s+lalu|lalu|silam|ago|lagi|from\s+now|kemudian|later|"
        rf"sebelumnya|earlier|setelahnya|sesudahnya|berikutnya){E}",
    ),
    # Offsets from another event: "sembilan bulan setelah", "two days before".
    (
        "offset",
        rf"{B}{QUAL}(?:{NOT_NAMED}(?P<num>{NUM_RE})\s+(?P<unit>{UNIT_RE}){AND_MORE}|(?P<se>se)(?P<unit2>hari|"
        rf"pekan|minggu|bulan|tahun|dekade))\s+(?P<rel>setelah|sesudah|sebelum|pasca|usai|after|before){E}",
    ),
    # Vague present, past and future references.
    (
        "ref",
        rf"{B}(?:saat\s+ini|dewasa\s+ini|at\s+present|at\s+the\s+moment|(?:right\s+)?now|"
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
        rf"next|first))\s+)?{NOT_NAMED}(?P<num>{NUM_RE}(?:,5)?)[\s-]+(?P<unit>{UNIT_RE})"
        rf"(?:\s+(?:dan\s+|and\s+)?(?P<num2>{NUM_RE})\s+(?P<unit3>{UNIT_RE}))?(?:\s+(?P<post>terakhir|"
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
        rf"{B}(?:pukul|jam|pk\.?)\s*(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d){NE}"
        rf"(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat){E})?",
    ),
    # A wire's clock in Greenwich time, four digits: "(0528 GMT)".
    ("clock", rf"{NB}(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s*(?:GMT|UTC){E}"),
    # A 24-hour clock with its zone: "20.05 WIB", "12:47 GMT", "08:11 Malaysian time".
    (
        "clock",
        rf"{NB}(?P<hh>[01]?\d|2[0-3])[.:](?P<mm>[0-5]\d)\s*(?:WIB|WITA|WIT|GMT|UTC|local\s+time|"
        rf"waktu\s+setempat|[A-Z][a-z]+\s+time){E}",
    ),
    (
        "clock",
        rf"{NB}(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.|[ap]m{E})"
        rf"(?:\s*(?:GMT|UTC|local\s+time|[ECMP][SD]?T){E})?",
    ),
    # Weekday ranges: "Kamis hingga Jumat", "Senin-Rabu", "Thursday to Saturday".
    (
        "range-wd",
        rf"{B}(?:hari\s+)?(?P<wd>{WEEKDAY_RE})\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?/?d\.?|to|"
        rf"until|till|through)\s*(?:hari\s+)?(?P<wd2>{WEEKDAY_RE}){E}",
    ),
    # Holidays on a fixed day, and Easter: "malam Natal 2000", "Christmas Eve in 2000", "malam
    # pergantian tahun itu", "hari pertama tahun baru", "the first day of 2020".
    (
        "holiday",
        rf"{B}(?:(?P<first>hari\s+pertama|the\s+first\s+day\s+of)\s+(?:(?:tahun\s+)?(?P<fy>{YEAR})|"
        rf"(?P<frel>tahun\s+(?:baru|ini|lalu|depan)|the\s+(?:new\s+)?year|(?:this|last|next)\s+year))|"
        rf"(?P<hol>(?:malam\s+)?natal|malam\s+(?:tahun\s+baru|pergantian\s+tahun)|christmas\s+(?:eve|day)|"
        rf"christmas|new\s+year['’]?s\s+(?:eve|day)|boxing\s+day|(?:the\s+)?easter(?:\s+weekend)?)"
        rf"(?:\s+(?:in\s+|of\s+|tahun\s+)?(?P<y>{YEAR}))?(?:\s+itu)?){E}",
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
_SE_W = "se(?:hari|pekan|minggu|bulan|tahun|dekade|abad)"
_QUAL_W = "almost|nearly|about|around|roughly|more|less|over|under|just|only|hampir|sekitar|sekira|"
_QUAL_W += "lebih|kurang|hanya|exactly|tepat"  # "sepekan", not "sebagai"
_STARTS = [
    "nomor|nomer|no",
    r"uu|pp|perpres|perppu|permen\w*|perda|keppres|kepres|inpres|perma|perkap|perkapolri|pergub|"
    r"perwal|perbup|se|kepmen\w*|law|regulation|decree",
    rf"hari|{_WD_W}|kemarin|besok|esok|lusa|today|yesterday|tomorrow",
    rf"hari|{_WD_W}",
    rf"hari|{_WD_W}",
    rf"{_WD_W}|{_DAY_W}",
    _DAY_W,
    _DAY_W,
    YEAR,
    _DAY_W,
    _DAY_W,
    _MONTH_W,
    _MONTH_W,
    _DAY_W,
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
    _MOD_W,
    "earlier|later|early|late|mid|last|this|next|previous|the",
    "this|last|next|summer|winter|spring|autumn|musim",
    "hari|kemarin|besok|esok|lusa|semalam|today|yesterday|tomorrow|tonight|the",
    "keesokan|esok|sehari|hari|the|that|earlier|later",
    "dini|pagi|siang|sore|petang|malam",
    "tadi|nanti",
    "this|last",
    "dini|pagi|siang|sore|petang|malam",
    "that",
    "dini|pagi|siang|sore|petang|malam|subuh|tengah",
    "the",
    "midday|midnight|noon",
    rf"{_NUM_W}|{_SE_W}|{_QUAL_W}",
    rf"{_NUM_W}|{_SE_W}|{_QUAL_W}",
    "saat|dewasa|at|dalam|in|di|baru|belakangan|recently|now|right",
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
    r"(?:[01]\d|2[0-3])[0-5]\d",
    r"[01]?\d|2[0-3]",
    r"(?:1[0-2]|0?[1-9])(?:[ap]m)?",
    rf"hari|{_WD_W}",
    "hari|the|malam|natal|christmas|new|boxing|easter",
]
if len(_STARTS) != len(_P):  # pragma: no cover - a guard for whoever edits the lists
    raise AssertionError("one starter per pattern")
STARTERS = tuple(re.compile(rx) if rx == r"[A-Z][\w-]*" else re.compile(rx, re.I) for rx in _STARTS)
# "the" begins a dozen patterns and a fifth of English words. Every pattern that begins with
# it goes on, after white space, with a number ("the 18th", "the 1990s", "the '90s") or one of
# these words ("the start of", "the past", "the previous day", "the weekend"...): the
# patterns begun by "the" are tried only when the word after it is one of them. Whoever adds
# a pattern beginning with "the" adds its next word here.
FOLLOWERS = {
    "the": re.compile(
        r"\s+(?:[\d']|start|beginning|end|middle|last|this|next|past|previous|coming|following|"
        r"weekend|day|first|same|early|late|morning|afternoon|evening|night|small|easter)",
        re.I,
    ),
}
