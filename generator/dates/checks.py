"""Context checks on a recognised match that a regular expression cannot express cheaply.

A year followed by "orang" is a count, "minggu" in lower case is a week, a bare "May" is
usually a verb, a number after "berusia" is an age: each check is a rule of the language or of
news writing, asked only of a match that would win its place.
"""

from __future__ import annotations

import re

from generator.dates.lexicon import month_number, weekday_number
from generator.dates.patterns import REL_ID, SIGNAL_YEAR, E

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
# Before an offset, only these make it a length ("for three weeks before the vote", "in the 14
# days before his flight"); "hanya
# dua hari setelah" (only two days after) is still an offset.
_SPAN_BEFORE = re.compile(
    r"\b(?:for|over|within|selama|sepanjang|dalam(?:\s+waktu)?|paling\s+lambat|"
    r"selambat-lambatnya|no\s+later\s+than|(?:in|during)\s+the(?:\s+(?:last|final|first))?)\s+$",
    re.I,
)
# Besides the signal words, what may lead to a bare year: a disaster or a turn of events named
# in lower case ("banjir 2007", "erupsi 2021"; capitalised, "Pemilu 2019" is a name), "mulai
# 2012", "plan for 2021".
_YEAR_AFTER = re.compile(
    r"banjir|gempa|erupsi|letusan|tsunami|kebakaran|kerusuhan|krisis|bencana|tragedi|"
    r"kecelakaan|mulai|for|floods?|earthquakes?|eruptions?|crisis|riots?",
)
# The name of a recurring event after its year: "the 2026 World Cup", "the 1940 Games".
_EDITION_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Games|Olympics|Paralympics|Cup|Championships?|Open|Expo|"
    r"Grand\s+Prix|Tournament|Finals?)\b"
)
# "the Today programme": a title, not a day.
_PROGRAMME_AFTER = re.compile(r"\s+(?:program|programme|show|newspaper)\b", re.I)
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


# The kinds `acceptable` has something to check for; any other match stands as it is.
_CHECKED = frozenset(
    {"year", "name-year", "weekday", "numeric", "dmy", "mdy", "range-wd", "offset", "rel-day"}
    | {"month", "range-m", "range-d", "range-y", "decade", "duration", "daypart"}
)


def acceptable(kind: str, m: re.Match[str], text: str) -> bool:
    """Context checks a regex cannot express cheaply."""
    start = m.start()
    word = m.group(0)
    if word[:1].isdigit() and start >= 2 and text[start - 1] == "/" and text[start - 2].isalnum():
        # The end of a reference number, glued to it by a slash: "Nomor 09/PIMP/I/2005-2006".
        return False
    if kind not in _CHECKED:
        return True
    g = m.groupdict()
    if kind == "daypart":
        prev = _PREVIOUS_WORD.search(text[max(0, start - 20) : start])
        return bool(prev and prev.group(1).lower() in _DAYPART_SIGNALS)
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
        if prev and prev.group(1).lower() == "the" and _EDITION_AFTER.match(text, m.end()):
            return False  # "the 2026 World Cup": an edition's name, as "Piala Dunia 2026"
        return _leads_to_year(prev)
    if kind == "range-y" and g.get("yy"):
        # "the 1950-53 war" after a word that leads to a year; not a number ("Nomor 2010-15").
        return _leads_to_year(_PREVIOUS_WORD.search(text[max(0, start - 40) : start]))
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
    if kind == "offset" and _SPAN_BEFORE.search(text[max(0, start - 40) : start]):
        return False  # "for three weeks before the signing": a length, not an offset
    if kind == "rel-day" and word[:1] == "T" and _PROGRAMME_AFTER.match(text, m.end()):
        return False
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


def _leads_to_year(prev: re.Match[str] | None) -> bool:
    """Whether the word before a bare year (or year range) makes it one."""
    return bool(
        prev and (_SIGNAL_YEAR.fullmatch(prev.group(1)) or _YEAR_AFTER.fullmatch(prev.group(1)))
    )


# The last word before a match. It can only start where a word starts, and is taken whole:
# the same word `([\w-]+)\W*$` finds, without trying every letter of the text before it.
# The words that make a part of day standing alone a time of the day being told: "sejak pagi",
# "menjelang petang", "in the afternoon", "through the night", "around midday". Not "hingga" or
# "sampai" ("Rabu siang hingga malam": the end of a stretch, read with its start), nor the
# nouns that make a meal or a prayer of it ("makan malam", "salat subuh").
_DAYPART_SIGNALS = frozenset(
    "sejak menjelang jelang berakhir tepat sekitar sebelum setelah sesudah usai selepas "
    "in through during overnight around at near to since until till by before after about from".split()
)
_PREVIOUS_WORD = re.compile(r"(?<![\w-])([\w-]++)\W*$")
