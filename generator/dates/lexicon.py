"""Temporal vocabulary of Indonesian and English news: months, weekdays, units, numbers, cues.

Pure data plus tiny lookups. Regex fragments built from these lists live here too, so the
recogniser and the DCT finder share one definition of, say, "a month name".
"""

from __future__ import annotations

import re

# Month names and their common news abbreviations (with or without a full stop).
MONTHS: dict[str, int] = {
    # Indonesian
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11,
    "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "agust": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12, "aug": 8, "oct": 10, "dec": 12,
}  # fmt: skip

# Month names English never uses: in an English article "MEI" or "Juni" is someone's name.
ID_ONLY_MONTHS = frozenset(
    "januari februari pebruari maret mei juni juli agustus oktober nopember desember agu agt ags "
    "agust okt nop des".split()
)

# Full names only: a bare abbreviation ("Mar", "Des") is too often something else.
FULL_MONTHS = frozenset(
    k for k in MONTHS if len(k) > 4 or k in {"mei", "juni", "juli", "june", "july", "may"}
)

# ISO weekday numbers (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "jum'at": 5, "jumaat": 5,
    "sabtu": 6, "minggu": 7, "ahad": 7,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    "sat": 6, "sun": 7,
}  # fmt: skip
FULL_WEEKDAYS = frozenset(k for k in WEEKDAYS if len(k) > 4 or k in {"rabu", "ahad"})

# Parts of day, mapped to the model's PartOfDay.
PARTS: dict[str, str] = {
    "pagi": "morning", "siang": "afternoon", "sore": "afternoon", "petang": "evening",
    "malam": "evening", "dini hari": "night", "tengah malam": "night", "subuh": "morning",
    "morning": "morning", "afternoon": "afternoon", "evening": "evening", "night": "night",
    "overnight": "night",
}  # fmt: skip

# Parts of day that only stand alone ("around midday"), never after a weekday's name.
CLOCK_PARTS: dict[str, str] = {
    "midday": "afternoon", "noon": "afternoon", "midnight": "night", "small hours": "night",
}  # fmt: skip

# Calendar units; values are TIMEX3 duration letters (decade and century as multiples of Y).
UNITS: dict[str, str] = {
    "hari": "D", "pekan": "W", "minggu": "W", "bulan": "M", "tahun": "Y", "dekade": "DE",
    "dasawarsa": "DE", "abad": "CE", "jam": "H", "menit": "MIN", "detik": "S",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE",
    "centuries": "CE", "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN",
    "seconds": "S",  # (not "second": "a second bank" is an ordinal)
}  # fmt: skip

# "se-" + unit: one of that unit ("sepekan", "setahun").
SE_UNITS: dict[str, str] = {
    "sehari": "hari", "sepekan": "pekan", "seminggu": "minggu", "sebulan": "bulan",
    "setahun": "tahun", "sedekade": "dekade", "seabad": "abad", "sejam": "jam",
}  # fmt: skip

# Reduplicated units: an unspecified number of them ("berbulan-bulan" = for months).
PLURAL_UNITS: dict[str, str] = {
    "berhari-hari": "D", "berminggu-minggu": "W", "berpekan-pekan": "W",
    "berbulan-bulan": "M", "bertahun-tahun": "Y", "berabad-abad": "CE", "berjam-jam": "H",
    "berdekade-dekade": "DE",
}  # fmt: skip

_ID_ONES = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}  # fmt: skip
_EN_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "several": 0, "a few": 0, "few": 0, "many": 0,
}  # fmt: skip
# Vague quantities: a count we cannot know, TIMEX3 "X".
_VAGUE = {"beberapa": 0, "sejumlah": 0, "puluhan": 0, "ratusan": 0}


def number(word: str) -> int | None:
    """Value of a number written in digits or words (Indonesian or English); 0 means vague.

    Handles "dua", "sebelas", "dua belas", "dua puluh empat", "seratus", "twenty-four".
    """
    w = " ".join(word.lower().replace("-", " ").split())
    if w.isdigit():
        return int(w)
    if w in _VAGUE or w in _EN_NUMBERS:
        return _VAGUE.get(w, _EN_NUMBERS.get(w))
    if w in _ID_ONES:
        return _ID_ONES[w]
    if w == "sepuluh":
        return 10
    if w == "sebelas":
        return 11
    if w == "seratus":
        return 100
    parts = w.split()
    if len(parts) == 2 and parts[1] == "belas" and parts[0] in _ID_ONES:
        return 10 + _ID_ONES[parts[0]]
    if len(parts) >= 2 and parts[1] == "puluh" and parts[0] in _ID_ONES:
        rest = " ".join(parts[2:])
        tail = number(rest) if rest else 0
        if tail is None or tail >= 10:
            return None
        return _ID_ONES[parts[0]] * 10 + tail
    if len(parts) == 2 and parts[0] in _EN_NUMBERS and parts[1] in _EN_NUMBERS:
        tens, ones = _EN_NUMBERS[parts[0]], _EN_NUMBERS[parts[1]]
        if tens % 10 == 0 and tens >= 20 and 0 < ones < 10:
            return tens + ones
    return None


# Cue words deciding direction and reading.
# "pembunuhan berencana" is premeditated murder, a charge, not a plan.
FUTURE_CUES = re.compile(
    r"\b(akan|bakal|hendak|dijadwalkan|terjadwal|direncanakan|(?<!pembunuhan\s)berencana|rencananya|"
    # A passive future holds no past: "will be held" ("held" alone tells a past).
    r"diperkirakan|diharapkan|mendatang|nanti|(?:will|would|shall)\s+(?:not\s+)?be\s+[a-z]+|"
    r"will|would|shall|scheduled|is\s+due|are\s+due|"
    # "planned" as a verb ("planned to", "is planned for"), not "his planned summit ... on
    # Thursday", which dates the cancelling.
    r"expected\s+to|plans?\s+to|planned\s+(?:to|for)|(?:is|are|was|were|be)\s+planned|"
    r"going\s+to|upcoming|set\s+to)\b",
    re.I,
)
# Cues that look forward only when they come before the expression: a plan, forecast or
# deadline that governs it ("masuk rencana ... laga hari Minggu", "expect ... by Thursday").
# After it they often belong to another clause ("Pada Senin, BMKG memperkirakan ...").
FUTURE_BEFORE = re.compile(
    r"\b(rencana|memperkirakan|memprakirakan|diprakirakan|diprediksi|memprediksi|jelang|"
    r"menjelang|tenggat|batas\s+waktu|paling\s+lambat|selambat-lambatnya|expects?|forecasts?|"
    r"predicts?|ahead\s+of|(?:has|have)\s+until|deadline)\b|"
    # What was meant to happen (and may not have): "yang sedianya berlangsung Jumat (31/3)",
    # "was supposed to open on Friday".
    r"\b(?:sedianya|semestinya|(?:was|were)\s+(?:supposed|meant)\s+to)\b|"
    # A headline's future: "Games to open July 23, 2021", "Court to rule on Monday".
    # (Not a try that is past: "an earlier attempt to start the burials on Tuesday".)
    r"(?<!attempt\s)(?<!attempts\s)(?<!bid\s)(?<!effort\s)(?<!tried\s)(?<!failed\s)(?<!managed\s)"
    r"\bto\s+(?:open|begin|start|close|end|resume|reopen|rule|decide|vote|take\s+place)\b|"
    # A hope is for later: "hoped to resume on Wednesday", "berharap bisa kembali Rabu".
    r"\b(?:hop(?:e|es|ed|ing)\s+to|berharap)\b|"
    # A passive infinitive names what is still to be done: "a trial, to be held in September".
    r"\bto\s+be\s+(?:held|heard|decided|completed|signed|announced|opened|finished|released|"
    r"named|sworn\s+in)\b|"
    # A task set for later: "ordered the cleric to report", "likely to fall", "was to open",
    # "diminta untuk hadir", "berjanji menuntaskan".
    r"\b(?:likely|unlikely|due|poised|ordered|asked|summoned|urged|vowed|pledged|promised)\s+"
    r"(?:[a-z]+\s+){0,3}?to\s+[a-z]+\b|\b(?:is|are|was|were)\s+to\s+[a-z]+\b|"
    r"\b(?:diminta|diperintahkan|diwajibkan|berjanji)\s+(?:untuk\s+)?(?:me|di|ber|ter)[a-z]+|"
    # English present tense of a scheduled event: "the forum opens on Monday", "when markets
    # open on Monday" (what already happened reads "opened").
    r"\b(?:opens|begins|starts|ends|resumes|reopens|convenes|expires)\b|"
    r"\b(?:when|once|until|before)\s+(?:the\s+)?[a-z]+\s+(?:open|begin|start|end|resume|"
    r"reopen|close|convene|meet)\b",
    re.I,
)
# A deadline right before the expression: what must happen by then has not yet.
DEADLINE_BEFORE = re.compile(
    r"\b(?:sampai|hingga|until|till|by|no\s+later\s+than|paling\s+lambat|selambat-lambatnya)"
    # The hour of the deadline may come first: "by 5 p.m. Wednesday", "hingga pukul 17.00 Rabu".
    r"\s+(?:(?:pukul\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|WIB|WITA|WIT)?\s+)?"
    r"(?:(?:hari|on)\s+)?$",
    re.I,
)
# Words that place a clause in the past: an event done ("telah", "sudah", "had") or since.
PAST_CUES = re.compile(
    r"\b(?:telah|sudah|pernah|sejak|semenjak|since|had|"
    # English simple past: "went off on October 12", "the budget it presented in October".
    r"went|was|were|did|came|took|made|began|met|held|left|fell|rose|won|lost|gave|saw|broke|"
    r"struck|sent|led|ran|flew|found|kept|brought|spoke|stood|"
    r"(?!(?:scheduled|expected|planned|proposed|needed|intended|hoped)\b)(?-i:[a-z]{2,}ed))\b",
    re.I,
)
# Reporting verbs: a weekday right after one dates the saying, which lies in the past.
SPEECH_BEFORE = re.compile(
    r"\b(kata|katanya|ujar|ujarnya|ucap|tutur|ungkap|mengatakan|menyatakan|menegaskan|"
    r"menjelaskan|mengungkapkan|menyampaikan|melaporkan|mengumumkan|diumumkan|disampaikan|"
    r"dilaporkan|dikatakan|said|told|announced|"
    r"reported|stated|added|wrote|confirmed)\b[^.!?]{0,60}$",
    re.I,
)


def alternation(words: list[str] | set[str] | frozenset[str] | dict[str, object]) -> str:
    """A regex alternation of `words`, longest first so the longest form wins.

    Written as a prefix tree ("a(?:pril|gustus|...)|s(?:...)") rather than a flat list: the
    regex engine tries a flat alternation's words one by one, which was much of the time the
    recogniser spent failing to match. Words with different first letters cannot both match
    at one place, so grouping them by shared prefix, in their longest-first order within each
    group, matches exactly what the flat list matched.
    """
    ordered = sorted(words, key=lambda w: (-len(w), w))
    # A space stands for any run of white space.
    return _prefix_tree(
        [tuple(r"\s+" if ch == " " else re.escape(ch) for ch in w) for w in ordered]
    )


def _prefix_tree(items: list[tuple[str, ...]]) -> str:
    """Alternation of token sequences (ordered by priority), sharing common prefixes."""
    return "|".join(_branches(items))


def _branches(items: list[tuple[str, ...]]) -> list[str]:
    groups: dict[str, list[tuple[str, ...]]] = {}  # first token -> rests, in order
    for item in items:
        groups.setdefault(item[0] if item else "", []).append(item[1:])
    branches = []
    for first, rests in groups.items():
        if not first:
            branches.append("")  # a word ending here: the shortest, so tried last
            continue
        inner = _branches(rests)
        branches.append(first + (inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})"))
    return branches


# An abbreviation may take a full stop ("Dec. 31", "5 Agt. 2020"); a full name may not, so a
# sentence-final "20 Maret." keeps its full stop out of the span.
_MONTH_NAMES = frozenset(
    """januari februari pebruari maret april mei juni juli agustus september oktober november
    nopember desember january february march may june july august october december""".split()
)
MONTH_RE = (
    rf"(?:(?:{alternation([k for k in MONTHS if k not in _MONTH_NAMES])})\.|"
    rf"(?:{alternation(MONTHS)}))"
)
FULL_MONTH_RE = rf"(?:{alternation(FULL_MONTHS)})"
WEEKDAY_RE = rf"(?:{alternation(FULL_WEEKDAYS)}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.)"
PART_RE = rf"(?:{alternation(PARTS)})"
_NUM_WORDS = [*list(_ID_ONES), "sepuluh", "sebelas", "seratus", *list(_VAGUE), *list(_EN_NUMBERS)]
NUM_RE = (
    r"(?:\d{1,3}|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:belas|puluh"
    r"(?:\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?)|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|"
    r"six|seven|eight|nine)|" + alternation(_NUM_WORDS) + ")"
)
UNIT_ID_RE = r"(?:hari|pekan|minggu|bulan|tahun|dekade|dasawarsa|abad|jam|menit|detik)"
UNIT_EN_RE = r"(?:days?|weeks?|months?|years?|decades?|century|centuries|hours?|minutes?|seconds)"
UNIT_RE = rf"(?:{UNIT_ID_RE}|{UNIT_EN_RE})"


# A day printed with its month ("14 Februari", "Selasa (14/2)", "March 13"): the writer's own
# statement of the day, not a day worked out from the article's date.
_PRINTED_DAY = re.compile(
    rf"\b\d{{1,2}}\s*/\s*\d{{1,2}}\b|\b\d{{1,2}}\s+{MONTH_RE}(?!\w)|\b{MONTH_RE}\s+\d{{1,2}}\b",
    re.IGNORECASE,
)


def prints_day(text: str) -> bool:
    """Whether the date expression `text` prints its day and month."""
    return _PRINTED_DAY.search(text) is not None


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.lower().rstrip(".").replace("’", "'"))


def unit_letter(word: str) -> str | None:
    return UNITS.get(word.lower())
