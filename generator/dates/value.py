"""What the normaliser decides for a candidate (`Value`), and the readers of a candidate's parts
that every kind of expression shares (its modifier, part of day and counted unit)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.core.model import PartOfDay, TimexType
from generator.dates.lexicon import CLOCK_PARTS, PARTS, number, unit_letter
from generator.dates.recognise import Candidate

_MOD_FLAGS = {
    "awal": "start", "early": "start", "earlier": "start", "the start of": "start",
    "the beginning of": "start", "akhir": "end", "late": "end", "later": "end",
    "penghujung": "end", "the end of": "end", "pertengahan": "mid", "medio": "mid",
    "mid": "mid", "mid-": "mid", "the middle of": "mid",
}  # fmt: skip


def norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def mod_flags(c: Candidate) -> tuple[str, ...]:
    mod = norm(c.get("mod"))
    return (_MOD_FLAGS[mod],) if mod in _MOD_FLAGS else ()


def part_of_day(c: Candidate) -> PartOfDay | None:
    hh = c.get("hh")
    if hh is not None:
        hour = int(hh)
        ampm = norm(c.get("ampm")).replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        # News convention: pagi 05-11, siang/sore 11-18, malam 18-24, dini hari 00-05.
        if 5 <= hour < 11:
            return "morning"
        if 11 <= hour < 18:
            return "afternoon"
        if hour >= 18:
            return "evening"
        return "night"
    part = norm(c.get("part") or c.get("wpart"))
    value = PARTS.get(part) or CLOCK_PARTS.get(part)
    return value  # type: ignore[return-value]


def counted_unit(c: Candidate) -> tuple[int, str] | None:
    """(count, unit letter) of a counted candidate; count 0 means vague."""
    if c.get("se"):
        letter = unit_letter(c.get("unit2") or "")
        return (1, letter) if letter else None
    if c.get("num") is None:
        return None
    n = number(c.get("num") or "")
    letter = unit_letter(c.get("unit") or "")
    if n is None or letter is None:
        return None
    return n, letter


@dataclass(frozen=True, slots=True)
class Value:
    """What the normaliser decided, before it becomes a `Timex`."""

    type: TimexType
    value: str
    anchor: str = "absolute"
    flags: tuple[str, ...] = ()
    part: PartOfDay | None = None


UNRESOLVED = Value("date", "", "unresolved", ("unresolved",))
