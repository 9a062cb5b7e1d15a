"""Turn a recognised candidate into a TIMEX3 value, at the granularity the text gives.

Explicit calendar dates go through dateparser (languages restricted, RELATIVE_BASE set, results
cached); everything dateparser reads badly in news — ranges, weeks and weekends, decades,
durations, weekdays whose direction depends on tense, offsets from another event — is resolved
here by the grammar of the two languages. A relative expression with no reference date is left
unresolved (empty value, flag "unresolved"), never resolved against "today".
"""

from __future__ import annotations

from generator.core.model import Timex
from generator.dates import absolute, holidays, lengths, relative
from generator.dates.context import Context
from generator.dates.lexicon import ID_ONLY_MONTHS
from generator.dates.recognise import Candidate
from generator.dates.value import Value, part_of_day

# Each kind of candidate (see `patterns`) and the function that values it.
HANDLERS = {**absolute.HANDLERS, **relative.HANDLERS, **lengths.HANDLERS, **holidays.HANDLERS}


def normalise(c: Candidate, text: str, ctx: Context, previous: Timex | None = None) -> Value | None:
    """The TIMEX3 reading of candidate `c` in `text`; None when it proves not temporal.

    `previous` is the last dated expression before this one in the article: the anchor of
    "keesokan harinya", "two days later" and of offsets such as "sembilan bulan setelah".
    """
    handler = HANDLERS.get(c.kind)
    if handler is None:
        return None
    if ctx.language == "en" and any(
        (c.get(f) or "").lower().rstrip(".") in ID_ONLY_MONTHS for f in ("m", "m1")
    ):
        return None  # "By MEI LIN TAN": a name in an English article
    value = handler(c, text, ctx, previous)
    if value is None:
        return None
    if value.part:
        return value  # the handler's part stands (values are immutable: no copy needed)
    return Value(value.type, value.value, value.anchor, value.flags, part_of_day(c))


# Words after a date without a year that say which occurrence it is.
