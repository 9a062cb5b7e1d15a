"""Values of lengths and repetitions of time, which need no calendar: durations ("selama tiga
hari", "for weeks") and sets ("setiap Senin", "annually")."""

from __future__ import annotations

from generator.core.model import Timex
from generator.dates.calendar import duration_value
from generator.dates.context import Context
from generator.dates.lexicon import PARTS, PLURAL_UNITS, SE_UNITS, unit_letter, weekday_number
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
    counted = counted_unit(c)
    if counted is None:
        letter = unit_letter(c.get("unit") or "")
        if letter is None:
            return None
        counted = (1, letter)
    n, letter = counted
    return Value("duration", duration_value(n, letter))


HANDLERS = {"set": _h_set, "duration": _h_duration}
