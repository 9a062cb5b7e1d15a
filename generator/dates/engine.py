"""Explicit calendar dates read as days: the everyday complete forms directly, anything else
through dateparser (languages restricted, results cached)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from generator.dates.calendar import safe_date
from generator.dates.lexicon import MONTHS

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


@lru_cache(maxsize=4096)
def _engine(core: str, language: str, base: str, order: str) -> tuple[str, str] | None:
    """(ISO date, period) dateparser reads from `core`, or None. Cached: many dates repeat."""
    data = _parser(language, base, order).get_date_data(core)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date().isoformat(), data.period or "day"


@lru_cache(maxsize=64)
def _parser(language: str, base: str, order: str) -> DateDataParser:
    from dateparser.date import DateDataParser  # imported lazily: it costs ~0.1 s

    return DateDataParser(
        languages=[language],
        settings={
            "RELATIVE_BASE": dt.datetime.fromisoformat(base),
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": order,
            "PREFER_DATES_FROM": "past",
            # Only explicit dates come here; relative ones are the grammar's job.
            "PARSERS": ["absolute-time", "custom-formats"],
        },
    )


def engine_date(
    core: str, language: str, base: dt.date | None, order: str = "DMY"
) -> dt.date | None:
    """The day dateparser reads from an explicit date string (its base only fills gaps)."""
    lang = "en" if language == "en" else "id"
    # Callers pass complete dates, so the base never shows in the result; a fixed base keeps
    # the cache shared across articles.
    del base
    base_iso = "2000-01-01"
    core = " ".join(core.split())
    plain = plain_date(core, lang) if order == "DMY" else None
    if plain is not None:
        return plain
    got = _engine(core, lang, base_iso, order)
    return dt.date.fromisoformat(got[0]) if got else None


# The everyday complete forms ("22 Januari 2024", "January 22, 2024", "22/1/2024") read
# directly: dateparser reads each as the same day (tests/test_normalise.py checks a sample of
# every month name against it), and calling it was most of the time the temporal layer spent on
# an archive. Anything else, or an impossible day, still goes to dateparser.
_FULL_MONTHS = {
    "id": {
        name: i
        for i, name in enumerate(
            "januari februari maret april mei juni juli agustus september oktober november "
            "desember".split(),
            1,
        )
    },
    "en": {
        name: i
        for i, name in enumerate(
            "january february march april may june july august september october november "
            "december".split(),
            1,
        )
    },
}
# Their usual abbreviations, with or without a full stop ("Okt", "Dec.", "Sept"): those of the
# lexicon that dateparser reads as the full names (tests/test_normalise.py checks every one;
# it reads no "ags" or "agust").
_SHORT_MONTHS = {
    lang: {name: MONTHS[name] for name in names.split()}
    for lang, names in {
        "id": "jan feb mar apr mei jun jul agu agt sep sept okt nov nop des",
        "en": "jan feb mar apr may jun jul aug sep sept oct nov dec",
    }.items()
}
_PLAIN_DMY = re.compile(r"(\d{1,2}) ([A-Za-z]+)(\.?) (\d{4})")
_PLAIN_MDY = re.compile(r"([A-Za-z]+)(\.?) (\d{1,2}), (\d{4})")
_PLAIN_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
PLAIN_YEARS = (1500, 2199)  # the years the recogniser reads as dates


def plain_date(core: str, language: str) -> dt.date | None:
    """The day of `core` when it is one of the plain forms dateparser reads the same, else None
    (the caller then asks dateparser). Day-month order, as `engine_date`'s default."""
    if m := _PLAIN_NUMERIC.fullmatch(core):
        d, month, y = int(m[1]), int(m[2]), int(m[3])
    else:
        if m := _PLAIN_DMY.fullmatch(core):
            d, name, dot, y = int(m[1]), m[2], m[3], int(m[4])
        elif language == "en" and (m := _PLAIN_MDY.fullmatch(core)):
            name, dot, d, y = m[1], m[2], int(m[3]), int(m[4])
        else:
            return None
        low = name.lower()
        if name not in (low, low.upper(), low.capitalize()):
            return None  # odd capitals: leave them to dateparser
        full = 0 if dot else _FULL_MONTHS[language].get(low, 0)
        month = full or _SHORT_MONTHS[language].get(low, 0)
    if not month or not PLAIN_YEARS[0] <= y <= PLAIN_YEARS[1]:
        return None
    return safe_date(y, month, d)
