"""Values of lengths and repetitions of time, which need no calendar: durations ("selama tiga
hari", "for weeks") and sets ("setiap Senin", "annually")."""

from __future__ import annotations

from generator.core.model import Timex
from generator.dates.calendar import duration_value
from generator.dates.context import Context
from generator.dates.lexicon import (
    PARTS,
    PLURAL_UNITS,
    SE_UNITS,
    number,
    unit_letter,
    weekday_number,
)
from generator.dates.recognise import Candidate
from generator.dates.value import Value, counted_unit, norm


def _h_set(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    wd = weekday_number(c.get("wd") or "") if c.get("wd") else None
    if wd:
        return Value("set", f"XXXX-WXX-{wd}")
    word = norm(c.get("unit2"))
    if word in {"malam", "pagi", "sore", "morning", "evening", "night"}:
        return Value("set", "P1D", part=PARTS.get(word))  # type: ignore[arg-type]
    if word == "annually" or "annually" in norm(text[c.start : c.end]):
        return Value("set", "P1Y")
    counted = counted_unit(c)
    if counted is None and word:
        letter = unit_letter(word) or unit_letter(SE_UNITS.get("se" + word, ""))
        counted = (1, letter) if letter else None
    if counted is None:
        return None
    n, letter = counted
    return Value("set", duration_value(max(n, 1), letter))


def _h_duration(c: Candidate, text: str, ctx: Context, prev: Timex | None) -> Value | None:
    if c.get("redup"):
        return Value("duration", duration_value(0, PLURAL_UNITS[norm(c.get("redup"))]))
    if c.get("vague"):
        letter = unit_letter(c.get("vague") or "")
        return Value("duration", duration_value(0, letter)) if letter else None
    raw = c.get("num") or ""
    if raw.endswith(",5"):  # "1,5 tahun": a unit and a half
        whole, letter = number(raw[:-2]), unit_letter(c.get("unit") or "")
        half = _HALVES.get(letter or "")
        if whole is None or half is None:
            return None
        return Value("duration", compound([(whole, letter or ""), half]))
    counted = counted_unit(c)
    if counted is None:
        letter = unit_letter(c.get("unit") or "")
        if letter is None:
            return None
        counted = (1, letter)
    n, letter = counted
    if c.get("num2"):  # "1 tahun 6 bulan", "two hours and 30 minutes"
        more, second = number(c.get("num2") or ""), unit_letter(c.get("unit3") or "")
        if more is None or second is None or not n:
            return None
        return Value("duration", compound([(n, letter), (more, second)]))
    return Value("duration", duration_value(n, letter))


# Half of a unit, in the next smaller one ("1,5 tahun" is a year and six months).
_HALVES = {"Y": (6, "M"), "M": (15, "D"), "W": (84, "H"), "D": (12, "H"), "H": (30, "MIN")}
_ORDER = ("Y", "M", "W", "D", "H", "MIN")


def compound(parts: list[tuple[int, str]]) -> str:
    """A TIMEX3 duration of several units: [(1, "Y"), (6, "M")] -> "P1Y6M"."""
    counts: dict[str, int] = {}
    for n, letter in parts:
        if letter == "DE":
            n, letter = 10 * n, "Y"
        elif letter == "CE":
            n, letter = 100 * n, "Y"
        counts[letter] = counts.get(letter, 0) + n
    date = "".join(f"{counts[u]}{u}" for u in _ORDER[:4] if counts.get(u))
    time = "".join(f"{counts[u]}{'M' if u == 'MIN' else u}" for u in _ORDER[4:] if counts.get(u))
    return "P" + date + (f"T{time}" if time else "")


HANDLERS = {"set": _h_set, "duration": _h_duration}
