"""What a date's value may depend on beyond its own words: the article's date and page dates
(`Context`), the tense of its clause (`direction`) and, for a day and month written without a
year, the year (`infer_year`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.dates.calendar import safe_date
from generator.dates.lexicon import (
    FUTURE_BEFORE,
    FUTURE_CUES,
    PAST_CUES,
    SPEECH_BEFORE,
    WEEKDAY_RE,
)


@dataclass(frozen=True, slots=True)
class Context:
    """What a value may depend on: the DCT and the language."""

    dct: dt.date | None
    language: str = "id"
    # Days of the article's week it names with weekday and date ("Kamis, 27 Juni"), by ISO
    # weekday: a bare "Kamis" elsewhere in it is that day.
    named: tuple[tuple[int, dt.date], ...] = ()
    # The latest day the lead reports, not after the DCT: the article's news day.
    lead: dt.date | None = None
    # The days the lead names with a part of day ("Sabtu malam", "Minggu dini hari") as (part,
    # day, where it is named): an hour told further on in that part of a day is on that day.
    lead_parts: tuple[tuple[str, dt.date, int], ...] = ()

    def named_day(self, weekday: int) -> dt.date | None:
        return next((d for w, d in self.named if w == weekday), None)

    def lead_day(self, part: str | None, at: int) -> dt.date | None:
        """The day of the lead an hour in `part` of a day, told at `at`, falls on: the latest
        the lead names before it in that part, else the lead's day."""
        days = [d for p, d, end in self.lead_parts if p == part and end <= at]
        return max(days, default=None) or self.lead


# --- direction from tense ---------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")  # (not the point of "$45.08" or "1.5")
# Nor the point of a month's or a title's abbreviation: "Aug. 9", "Sept. 6", "Mr. Kim".
_ABBREVIATION = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|"
    r"Gov|Sen|Rep)$"
)


def _ends(text: str, start: int, stop: int) -> Iterator[int]:
    """Where sentences end in text[start:stop] (the offset of each end mark)."""
    for m in _SENTENCE_END.finditer(text, start, stop):
        if m.group() == "." and _ABBREVIATION.search(text, max(0, m.start() - 5), m.start()):
            continue
        yield m.start()


def sentence_bounds(text: str, start: int, end: int, reach: int | None = None) -> tuple[int, int]:
    """The sentence around [start, end): 400 characters back at most, and `reach` forward at
    most when given (a page of one endless line must not be read to its end for each date)."""
    left = max(
        (at + 1 for at in _ends(text, max(0, start - 400), start)), default=max(0, start - 400)
    )
    stop = len(text) if reach is None else min(len(text), end + reach)
    return left, next(_ends(text, end, stop), stop)


# A future cue right before a reporting verb: the saying is itself to come.
_WILL_SAY = re.compile(
    r"\b(?:akan|bakal|hendak|dijadwalkan|berencana|will|would|(?:is|are)\s+(?:due|set|expected)"
    r"\s+to|plans?\s+to)\s+$",
    re.I,
)


_CLAUSE_REACH = 600  # characters


def direction(text: str, start: int, end: int, *, after: bool = True) -> str:
    """'future' when the clause speaks of what will happen, else 'past' (news reports events).

    The nearest cue before the expression decides: a future
    marker ("akan", "dijadwalkan", "will", "would") looks forward; a reporting verb ("kata",
    "said") dates the saying and a past marker ("telah", "sejak", "since") an event, both in
    the past. With no cue before it, a future marker later in its own clause still looks
    forward (unless `after` is False); one after a comma and a conjunction or a reporting verb
    belongs to another clause ("left on Wednesday, and the army will withdraw", "pada Minggu
    malam, mereka mengumumkan ... akan").
    """
    # (A clause reaches no further than a long sentence: a page of one endless line is not
    # read to its end for each date.)
    left, right = sentence_bounds(text, start, end, _CLAUSE_REACH)
    # A contrast or a semicolon opens a clause of its own: "Menjelang subuh massa terdesak,
    # tetapi bentrokan pecah pada Rabu" - the cue of the first clause does not govern the second.
    left = max((m.end() for m in _CONTRAST.finditer(text, left, start)), default=left)
    before = text[left:start]
    ahead = [m.span() for m in FUTURE_CUES.finditer(before)]
    ahead += [m.span() for m in FUTURE_BEFORE.finditer(before)]
    fut = max((end for _, end in ahead), default=-1)
    speech = SPEECH_BEFORE.search(before)
    # A past form inside a future phrase ("held" in "to be held") is no past.
    past = max(
        (
            m.end()
            for m in PAST_CUES.finditer(before)
            if not any(a <= m.start() and m.end() <= b for a, b in ahead)
        ),
        default=-1,
    )
    said = speech.start() if speech else -1
    if speech and _WILL_SAY.search(before, max(0, said - 24), said):
        said = -1  # "akan menyampaikan pleidoi ... Rabu (12/10)": the saying is the plan
    if fut >= 0 and _ONCE_PLANNED.search(before, 0, fut) and _WEEKDAY_FIRST.match(text, start):
        # "had originally been planned for Saturday but was pushed back": a plan that was, for
        # a day of the week that has passed. (A plan's month and day may still lie ahead.)
        fut = -1
    if fut >= 0 and fut > said and fut > past:
        return "future"
    if said >= 0 or past >= 0 or not after:
        return "past"
    clause = _CLAUSE_END.search(text, end, right)
    stop = clause.start() if clause else right
    return "future" if FUTURE_CUES.search(text, end, stop) else "past"


# A plan told in the past perfect or as the original one ("had been scheduled for",
# "semula dijadwalkan"), ending right where the future cue ends.
_ONCE_PLANNED = re.compile(
    r"\b(?:had\s+(?:originally\s+|initially\s+|first\s+)?been|originally|initially|semula|"
    r"awalnya|mulanya)\s+(?:planned|scheduled|set|due|dijadwalkan|direncanakan)(?:\s+(?:for|to|on))?"
    r"\s*$",
    re.I,
)

_WEEKDAY_FIRST = re.compile(rf"(?:hari\s+)?(?:{WEEKDAY_RE})\b", re.I)

_CONTRAST = re.compile(
    r"[,;]\s*(?:but|while|whereas|yet|tetapi|tapi|namun|sedangkan|sementara|padahal)\b|;", re.I
)

# Where a clause after the expression ends: a comma or semicolon with a conjunction, or a
# reporting verb (what follows it is what was said).
_CLAUSE_END = re.compile(
    r"[,;]\s*(?:and|but|while|whereas|dan|tetapi|namun|sementara|sedangkan)\b|;|"
    r"\b(?:said|says|announced|told|wrote|writes|tweeted|posted|mengumumkan|mengatakan|"
    r"menyatakan|menyebut|kata|ujar|menulis|menuliskan|mengunggah)\b",
    re.I,
)


# --- year inference ---------------------------------------------------------------------------

# How far ahead news looks when it names a day or month without a year: a plan for "17 April"
# written in May is last April's, not next year's.
_HORIZON = dt.timedelta(days=320)
_FAR = dt.timedelta(days=366)
_SOON = dt.timedelta(days=60)


def infer_year(
    month: int,
    day: int | None,
    weekday: int | None,
    ctx: Context,
    text: str,
    start: int,
    end: int,
    rel: str = "",
) -> tuple[int | None, tuple[str, ...]]:
    """The year of a day/month written without one, with flags saying how it was chosen.

    `rel` is "past" or "future" when the text says which occurrence it means ("14 Agustus
    mendatang", "5 Maret lalu"); otherwise the tense of the clause decides a future date and
    the nearest occurrence any other.
    """
    if ctx.dct is not None:
        ref = ctx.dct
        years = [ref.year - 1, ref.year, ref.year + 1]
        if weekday and day:
            fits = [
                y
                for y in years
                if (d := safe_date(y, month, day)) is not None and d.isoweekday() == weekday
            ]
            if fits:
                return min(fits, key=lambda y: (abs((dt.date(y, month, day) - ref).days), -y)), ()
        if day:
            # Only a cue before the date: "Pada 5 Juni, menteri mengatakan akan ..." is past.
            ahead = direction(text, start, end, after=False) == "future"
            when = rel or ("future" if ahead else "")
            days = [d for y in years if (d := safe_date(y, month, day)) is not None]
            if when == "past" and (before := [d for d in days if d <= ref]):
                return max(before).year, ()
            # Said outright ("3 Mei mendatang"), any distance; read from the tense, the horizon.
            horizon = ref + (_FAR if rel else _HORIZON)
            if when == "future" and (after := [d for d in days if ref <= d <= horizon]):
                return min(after).year, ()
            if not when and day:
                # No cue either way: news reports what happened; a day ahead it names without
                # saying so is a schedule of the coming weeks, not one months away.
                soon = [d for d in days if ref <= d <= ref + _SOON]
                past = [d for d in days if d <= ref]
                if not soon and past:
                    return max(past).year, ()
        # Nearest occurrence; ties and near-equal distances go to the past (news reports).
        best = min(
            years,
            key=lambda y: (
                abs(((safe_date(y, month, day or 1) or dt.date(y, month, 1)) - ref).days),
                -y,
            ),
        )
        if day is None:
            fwd = direction(text, start, end) == "future"
            ahead = (month - ref.month) % 12
            if fwd and ahead * 30 <= _HORIZON.days:
                best = ref.year if month >= ref.month else ref.year + 1
            else:
                best = ref.year if month <= ref.month else ref.year - 1
        return best, ()
    # Without the article's date the year stays open: the page's date is only an upper bound
    # (often the day the page was fetched, years on), and the corpus may date the article.
    return None, ()
