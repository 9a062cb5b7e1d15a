"""Anchor articles that carry no date of their own through events they share with dated ones.

An undated article that says "Selasa malam" or "yesterday" about an event a dated article puts
on 18 June 2024 (a Tuesday) was written in that event's week: the shared event fixes its
reference date. The inferred DCT says which article and event anchor it and is never certain;
an article no shared event anchors stays undated and the caller reports it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from generator.core.model import DatedArticle, Dct, Mention, Timex
from generator.core.timexvalue import bounds as date_span
from generator.dates import temporal
from generator.dates.context import direction
from generator.dates.lexicon import number, prints_day
from generator.dates.relative import deadline
from generator.events import mentions as events
from generator.events.actors import actors_in, story_names
from generator.events.sentences import sentence_spans
from generator.events.storyindex import Profiles, References, StoryIndex
from generator.events.terms import actor_terms, content_terms, cosine, weigh
from generator.read.clean import prose_start

DateFn = Callable[..., DatedArticle]
_T = TypeVar("_T")
# Maps a function over articles, in order: the anchor step's work per article (in parallel,
# say). The builtin `map` when none is given.
MapFn = Callable[[Callable[[DatedArticle], _T], Sequence[DatedArticle]], Iterable[_T]]

MIN_SENTENCE_SIMILARITY = 0.05  # the two sentences must share salient words
MIN_SENTENCE_SHARED = 2  # at least this many of them, one a name,
MIN_SENTENCE_SHARED_UNNAMED = 3  # or this many when the two name no one in common
# and the two articles must tell the same story (generator/events/storyindex.py).
MAX_CONFIDENCE = 0.9
# An anchor's score (sentence similarity and story likeness) below this, in one language, is a
# bare weekday with a word or two in common. Measured on the development sets and the seeds: the
# one anchor below it (0.06) dated its article a week wrong; the weakest right one scored 0.10.
MIN_ANCHOR_SCORE = 0.08
LEAD_REACH = 3  # days: a lead's weekday is the article's day or one of the few before it
ROUNDS = 3  # an article anchored in one round can anchor another in the next

_WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_WEEKDAY = re.compile(
    r"\b(senin|selasa|rabu|kamis|jum'?at|sabtu|ahad|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b|\bhari\s+minggu\b|\bminggu\s+(?=\(|pagi|siang|sore|malam|dini)",
    re.I,
)
# A weekday with "last"/"next" points outside the current week; those are not used here.
_SHIFTED = re.compile(r"\b(lalu|depan|kemarin|mendatang|last|next|ago|previous)\b", re.I)
# Days relative to the article's own date: event day = DCT + offset.
_OFFSETS = (
    (re.compile(r"\bkemarin\s+lusa\b|\bday\s+before\s+yesterday\b", re.I), -2),
    (re.compile(r"\bday\s+after\s+tomorrow\b|\blusa\b", re.I), 2),
    (re.compile(r"\b(kemarin|yesterday|tadi\s+malam|semalam|last\s+night)\b", re.I), -1),
    (re.compile(r"\b(besok|esok|tomorrow)\b", re.I), 1),
    (
        re.compile(
            r"\b(hari\s+ini|(pagi|siang|sore|malam)\s+ini|today|tonight|this\s+(morning|"
            r"afternoon|evening))\b",
            re.I,
        ),
        0,
    ),
)
_DAY_NAMES_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Cue:
    """What a relative expression says about the DCT, given the date of the event it names."""

    weekday: int | None = None  # the event falls on this weekday, in the article's week
    offset: int | None = None  # the event is this many days after the DCT
    ahead: bool = False  # the clause looks forward: the weekday lies after the DCT
    # "last Saturday", "Sabtu lalu": the latest such day before the DCT, never the DCT itself.
    last: bool = False
    # Days the DCT may lie past the weekday: within its week, or for the lead's weekday (the
    # news of the article's day or of the days just before it) no more than LEAD_REACH.
    reach: int = 6
    # "Jumat pekan ini", "on Friday this week": the weekday of the article's own week, before
    # or after it.
    week: bool = False

    def dct_for(self, day: dt.date) -> dt.date | None:
        if self.offset is not None:
            return day - dt.timedelta(days=self.offset)
        if self.week:
            return day if self.weekday == day.weekday() else None
        if self.weekday is not None and day.weekday() == self.weekday:
            # Published in the event's week (its own day is the safest guess), or the day
            # after the last such weekday.
            return day + dt.timedelta(days=self.last)
        return None

    def allows(self, dct: dt.date, day: dt.date) -> bool:
        if self.offset is not None:
            return dct + dt.timedelta(days=self.offset) == day
        if self.week:
            return self.weekday == day.weekday() and dct.isocalendar()[:2] == day.isocalendar()[:2]
        gap = (day - dct).days if self.ahead else (dct - day).days
        return self.weekday == day.weekday() and self.last <= gap <= self.reach + self.last

    def day_for(self, dct: dt.date) -> dt.date | None:
        """The day this cue names in an article published on `dct`."""
        if self.offset is not None:
            return dct + dt.timedelta(days=self.offset)
        if self.weekday is None:
            return None
        if self.week:
            return dct + dt.timedelta(days=self.weekday - dct.weekday())
        if self.ahead:
            return dct + dt.timedelta(days=(self.weekday - dct.weekday()) % 7)
        back = (dct.weekday() - self.weekday) % 7
        return dct - dt.timedelta(days=back or 7 * self.last)

    def days(self, day: dt.date) -> list[dt.date]:
        """Every DCT this cue allows for an event on `day`."""
        if self.offset is not None:
            return [day - dt.timedelta(days=self.offset)]
        if self.weekday != day.weekday():
            return []
        if self.week:
            return [day + dt.timedelta(days=k - day.weekday()) for k in range(7)]
        step = -1 if self.ahead else 1
        return [
            day + dt.timedelta(days=step * k) for k in range(self.last, self.reach + 1 + self.last)
        ]


_THIS_WEEK = re.compile(r"\b(?:pekan|minggu)\s+ini\b|\bthis\s+week\b", re.I)


def cue(text: str) -> Cue | None:
    """The DCT constraint a relative expression carries, if it is one this module can use."""
    for pattern, offset in _OFFSETS:
        if pattern.search(text):
            return Cue(offset=offset)
    m = _WEEKDAY.search(text)
    if m and _THIS_WEEK.search(text):
        word = m.group().lower().split()[0]
        return Cue(weekday=_WEEKDAYS.get(word.replace("hari", "").strip() or "ahad", 6), week=True)
    if m and (not _SHIFTED.search(text) or _LAST_WEEKDAY.fullmatch(text.strip())):
        word = m.group().lower().split()[0]
        weekday = _WEEKDAYS.get(word.replace("hari", "").strip() or "ahad", 6)
        return Cue(weekday=weekday, last=bool(_SHIFTED.search(text)))
    return None


# "last Saturday", "Sabtu lalu", "hari Sabtu lalu": the latest Saturday before the article's
# date (generator/dates/relative.py reads it so); "Sabtu pekan lalu" may lie two weeks back.
_LAST_WEEKDAY = re.compile(
    r"(?:on\s+)?last\s+\w+|(?:hari\s+)?\w+(?:\s+(?!pekan\b|minggu\b)\w+)?\s+lalu", re.I
)


@dataclass(frozen=True, slots=True)
class _Anchor:
    timex: Timex
    reference: Mention
    day: dt.date
    dct: dt.date
    cue: Cue
    score: float


def anchor_undated(
    articles: Sequence[DatedArticle],
    date_fn: DateFn | None = None,
    mentions: MutableMapping[str, Sequence[Mention]] | None = None,
    profiles: Profiles | None = None,
    map_fn: MapFn[tuple[DatedArticle, Sequence[Mention]] | None] | None = None,
) -> tuple[DatedArticle, ...]:
    """Give undated articles an inferred DCT (source "corpus") where the corpus allows one.

    `date_fn` re-dates an article against the inferred DCT (the temporal layer by default).
    `mentions` are the articles' mentions by id (`events.find_mentions` of the articles as
    passed), found where missing and kept up to date: an article given a date gets its new
    mentions. `profiles` keeps what the story comparison reads of each article (made as needed
    when not given); `map_fn` maps the work on each undated article of a round (see MapFn)."""
    redate = date_fn or temporal.date_article
    result = list(articles)
    profiles = profiles or Profiles()
    known = mentions if mentions is not None else {}
    # Each round compares the undated articles with every dated one, those it dated included.
    index, references = StoryIndex(profiles), References()
    added = [a for a in result if a.dct.value]

    def anchored(target: DatedArticle) -> tuple[DatedArticle, Sequence[Mention]] | None:
        done = _anchor_one(target, references, index, redate, profiles)
        return None if done is None else (done, events.find_mentions(done))

    for _ in range(ROUNDS):
        undated = sorted(
            (i for i, a in enumerate(result) if not a.dct.value), key=lambda i: result[i].article.id
        )
        if not undated:
            break
        index.add(added)
        references.add(_references(added, known))
        if not references:
            break
        added = []
        tried = list((map_fn or map)(anchored, [result[i] for i in undated]))
        for i, done in zip(undated, tried, strict=True):
            if done is not None:
                result[i], known[result[i].article.id] = done
                added.append(result[i])
        if not added:
            break
    return tuple(result)


def _references(
    dated: Sequence[DatedArticle], known: MutableMapping[str, Sequence[Mention]]
) -> list[tuple[Mention, dt.date]]:
    """The mentions of `dated` articles that can anchor: each that dates a day, and one more
    for each other day its sentence dates (see `_every_date`), with that day."""
    found = [m for d in sorted(dated, key=lambda d: d.article.id) for m in _mentions_of(d, known)]
    return [(m, day) for m in _every_date(found, dated) if (day := day_of(m.date)) is not None]


def _mentions_of(
    d: DatedArticle, known: MutableMapping[str, Sequence[Mention]]
) -> Sequence[Mention]:
    found = known.get(d.article.id)
    if found is None:
        found = known[d.article.id] = events.find_mentions(d)
    return found


def _every_date(mentions: Sequence[Mention], dated: Sequence[DatedArticle]) -> list[Mention]:
    """The mentions, plus one for each other day its sentence dates: an event sentence with
    two dates ("the dam cracked on May 2, and the town was evacuated on May 4") can anchor
    through either."""
    timexes = {d.article.id: d.timexes for d in dated}
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        for t in timexes.get(m.article, ()):
            if m.start <= t.start < m.end and t != m.timex and t.type == "date" and day_of(t.value):
                out.append(replace(m, timex=t, date=t.value))
    return out


def day_of(value: str) -> dt.date | None:
    """The day a TIMEX3 value names, when it names one day."""
    span = date_span(value)
    return span[0] if span and span[0] == span[1] else None


def _anchor_one(
    target: DatedArticle,
    references: References,
    index: StoryIndex,
    redate: DateFn,
    profiles: Profiles,
) -> DatedArticle | None:
    floor = _printed_floor(target)
    anchors = _anchors(target, references, index, profiles, floor)
    if not anchors:
        return None
    total = sum(a.score for a in anchors)
    upper = day_of(target.dct.upper_bound) if target.dct.upper_bound else None
    # Every day some anchor allows, most agreement first; among equals the day nearest the
    # events that agree ("on Saturday ... appointed on Thursday": Thursday, not Saturday).
    allowed = {
        d
        for a in anchors
        for d in a.cue.days(a.day)
        if (upper is None or d <= upper) and (floor is None or d >= floor)
    }
    # The article's weekdays that matched no report still name days of its own story: among
    # days the anchors agree on equally, the one that puts most of them on or after the
    # earliest day the article reports ("on Monday ... on Thursday", Monday matched: Thursday
    # of that week, not of the week before).
    others = _weekday_cues(target, {a.timex.start for a in anchors})
    # "Dua hari lalu, hari Selasa": the article's date lies that many days after that weekday.
    restated = _restated_weekdays(target)
    # The lead's weekday ("struggled on Tuesday to ...") tells the news of the article's day.
    lead = _lead_weekday(target)

    def rank(d: dt.date) -> tuple[float, int, int, int, int, dt.date]:
        agreeing = [a for a in anchors if a.cue.allows(d, a.day)]
        first = min((a.day for a in agreeing), default=d)
        inside = sum(1 for c in others if (day := c.day_for(d)) is not None and day >= first)
        fits = sum(1 for n, wd in restated if (d - dt.timedelta(days=n)).weekday() == wd)
        today = lead is not None and lead.day_for(d) == d
        return (
            -sum(a.score for a in agreeing),
            -fits,
            -inside,
            -today,
            sum(abs((d - a.day).days) for a in agreeing),
            d,
        )

    candidates = sorted(allowed, key=rank)
    for dct in candidates:
        agreeing = [a for a in anchors if a.cue.allows(dct, a.day)]
        best = max(agreeing, key=lambda a: (a.score, a.reference.article))
        confidence = round(
            min(MAX_CONFIDENCE, 0.5 + best.score) * sum(a.score for a in agreeing) / total, 2
        )
        evidence = (
            f"corpus: '{best.timex.text}' (line {target.article.line_of(best.timex.start)}) "
            f"reports the event article {best.reference.article} dates {best.day.isoformat()} "
            f"('{best.reference.timex.text}', a {_DAY_NAMES_EN[best.day.weekday()]})"
        )
        inferred = Dct(dct.isoformat(), "corpus", evidence, confidence, target.dct.upper_bound)
        redone = redate(target.article, dct=inferred)
        if not redone.timexes:
            # Nothing re-resolved (no temporal layer): keep what was found, with the new date.
            return DatedArticle(target.article, inferred, target.timexes)
        if (
            _confirms(redone, agreeing)
            and not _reports_later(redone, dct)
            and not _months_wrap(redone)
        ):
            return redone
    return None


_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")


def _months_wrap(redone: DatedArticle) -> bool:
    """Whether a sentence of the article, dated as `redone` is, tells months without a year in
    the calendar's order but finds the later one a year before the earlier ("agreed in April,
    tried to back out in July and reversed course in October", read in an article of mid-April:
    July and October of the year before). A recap lists its months as they came: such a date
    puts the article before what it recounts."""
    spans = sentence_spans(redone.article.clean)
    months = [
        (t.start, int(m[1]), int(m[2]))
        for t in redone.timexes
        if t.type == "date" and not any(c.isdigit() for c in t.text)
        if (m := _MONTH_VALUE.fullmatch(t.value))
    ]
    for (a, year_a, month_a), (b, year_b, month_b) in itertools.pairwise(months):
        same = any(x <= a and b < y for x, y in spans)
        if same and month_b > month_a and year_b < year_a:
            return True
    return False


_DONE_AFTER = 7  # days: a report may round a done event's date this far past its own
_PRINTED_AFTER = 30  # days: and a date it prints in full, told as done, this far


def _reports_later(redone: DatedArticle, dct: dt.date) -> bool:
    """Whether the article, dated `dct`, would report as done what comes well after that day
    ("signed a joint statement at their June 12 summit" in an article of 27 May): a day the
    corpus offered that the article's own words rule out. (The days it prints in full bound
    the offer before it is made: `_printed_floor`.)"""
    text = redone.article.clean
    for t in redone.timexes:
        if t.anchor != "corpus" or t.type != "date":
            continue
        span = date_span(t.value)
        if span is None or (span[0] - dct).days <= _DONE_AFTER:
            continue
        if direction(text, t.start, t.end) == "past" and not _FORWARD.search(t.text):
            return True
    return False


# An expression that says itself it lies ahead ("Oktober mendatang", "next month").
_FORWARD = re.compile(r"\b(?:mendatang|depan|nanti|next|coming|upcoming)\b", re.I)


def _confirms(redone: DatedArticle, anchors: Sequence[_Anchor]) -> bool:
    """The re-dated article puts at least one anchoring expression on its anchor's day, and
    no other date of that sentence (a time of day aside) holds the day: "the jet that crashed
    in October, officials said Monday" matched with a report of the crash on Monday 29 October
    dates the crash, which the sentence dates itself, not the statement."""
    spans = sentence_spans(redone.article.clean)
    for a in anchors:
        on_day = [t for t in redone.timexes if _holds(t, a.day)]
        own = [
            t
            for t in on_day
            if t.start <= a.timex.start < t.end or a.timex.start <= t.start < a.timex.end
        ]
        if not own:
            continue
        left, right = next(((x, y) for x, y in spans if x <= a.timex.start < y), (0, 0))
        if not any(
            left <= t.start < right and t not in own and not _CLOCK_TIME.fullmatch(t.text)
            for t in on_day
        ):
            return True
    return False


# A time of day ("10.51pm", "pukul 09.30 WIB") falls on the day the sentence names beside it:
# it is no other date of the sentence.
_CLOCK_TIME = re.compile(
    r"(?:pukul|jam|at)?\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4})?", re.I
)


def _holds(t: Timex, day: dt.date) -> bool:
    span = date_span(t.value) if t.value and t.type == "date" else None
    return bool(span and span[0] <= day <= span[1])


def _cues(target: DatedArticle) -> Iterator[tuple[Timex, Cue]]:
    """The article's relative dates that can anchor it, each with what it says of its DCT."""
    for t in target.timexes:
        if t.type != "date" or (t.value and "unresolved" not in t.flags):
            continue
        c = cue(t.text)
        if c is not None and c.weekday is not None:
            text = target.article.clean
            ahead = deadline(text, t.start, t.end) or direction(text, t.start, t.end) == "future"
            c = replace(c, ahead=ahead)
        if c is not None:
            yield t, c


# A count of days back, then the weekday it falls on: "Dua hari lalu, hari Selasa", "three days
# ago, on Friday".
_DAYS_AGO = re.compile(
    r"(\S+(?:\s+(?:belas|puluh))?)\s+(?:hari\s+(?:yang\s+)?lalu|days?\s+ago)$", re.I
)


def _restated_weekdays(target: DatedArticle) -> list[tuple[int, int]]:
    """(days before the article's date, weekday) for each count of days back that the article
    restates with its weekday."""
    text = target.article.clean
    found: list[tuple[int, int]] = []
    timexes = sorted(target.timexes, key=lambda t: t.start)
    for count, named in itertools.pairwise(timexes):
        m = _DAYS_AGO.fullmatch(count.text.strip())
        if not m or not temporal.APPOSITION.fullmatch(text, count.end, named.start):
            continue
        days = number(m.group(1))
        weekday = cue(named.text)
        if days and weekday is not None and weekday.weekday is not None:
            found.append((days, weekday.weekday))
    return found


def _lead_weekday(target: DatedArticle) -> Cue | None:
    """The weekday of the lead, the first sentence of the prose, told as done or doing (not a
    plan): "... struggled on Tuesday to get its flights back ..." is the news of the day."""
    lead = _lead_span(target)
    if lead is None:
        return None
    for t, c in _cues(target):
        if lead[0] <= t.start < lead[1] and _news_weekday(c):
            return c
    return None


def _lead_span(target: DatedArticle) -> tuple[int, int] | None:
    """The lead: the first sentence of the prose."""
    text = target.article.clean
    start = prose_start(text)
    return next(((a, b) for a, b in sentence_spans(text) if b > start), None)


def _news_weekday(c: Cue) -> bool:
    """A bare weekday told as done or doing, not a plan and not "last Monday"."""
    return c.weekday is not None and not c.ahead and not c.last


def _weekday_cues(target: DatedArticle, matched: set[int]) -> list[Cue]:
    """The article's bare weekdays no report matched ("Kamis (20/4)" prints its own day; "last
    Thursday" lies before the article's day wherever that is)."""
    return [
        c
        for t, c in _cues(target)
        if c.weekday is not None
        and not c.last
        and t.start not in matched
        and not prints_day(t.text)
    ]


def _anchors(
    target: DatedArticle,
    references: References,
    index: StoryIndex,
    profiles: Profiles,
    floor: dt.date | None = None,
) -> list[_Anchor]:
    article = target.article
    queries: list[tuple[Timex, Cue, int, int]] = []
    spans = sentence_spans(article.clean)
    lead = _lead_span(target)
    for t, c in _cues(target):
        sentence = next(((a, b) for a, b in spans if a <= t.start < b), None)
        if sentence is not None:
            if sentence == lead and _news_weekday(c):
                c = replace(c, reach=LEAD_REACH)
            queries.append((t, c, *sentence))
    if not queries:
        return []
    story = index.related(article, profiles.of(article))
    if not story:
        return []
    masked = [(t.start, t.end) for t in target.timexes]
    docs = [
        [
            *content_terms(
                article.clean[a:b], article.language, [(x - a, y - a) for x, y in masked]
            ),
            *(f"@{w}" for w in sorted(actor_terms(actors_in(article, a, b, masked)))),
        ]
        for _, _, a, b in queries
    ]
    # Weighed as one TF-IDF of the queries and every reference; only the references of the
    # story's articles are compared, each weighed once.
    idf = references.idf(docs)
    own = [weigh(doc, idf) for doc in docs]
    candidates = references.of(story)
    # The names most of the story's articles give ("Musk", "Twitter") tell no development from
    # another: they do not count as shared names (across languages names are all that compare).
    by_article: dict[str, set[str]] = {}
    for ri in candidates:
        by_article.setdefault(references.mentions[ri].article, set()).update(
            w for w in references.sets[ri] if w.startswith("@")
        )
    everywhere = story_names(by_article, 0.5)
    weighed: dict[int, dict[str, float]] = {}
    found: list[_Anchor] = []
    for qi, (t, c, _, _) in enumerate(queries):
        best: _Anchor | None = None
        best_key: tuple[float, int, str, int] = (0.0, 0, "", 0)
        words = set(docs[qi])
        for ri in candidates:
            m, day = references.mentions[ri], references.days[ri]
            if m.article == article.id:
                continue
            dct = c.dct_for(day)
            if dct is None or (floor is not None and dct < floor):
                continue
            vector = weighed.get(ri)
            if vector is None:
                vector = weighed[ri] = references.vector(ri, idf)
            sim = cosine(own[qi], vector)
            common = words & references.sets[ri]
            same_language = m.language == article.language
            names = sum(1 for w in common if w.startswith("@") and w not in everywhere)
            # Across languages the words differ and stem differently: the names decide.
            if (same_language and sim < MIN_SENTENCE_SIMILARITY) or not _same_event(
                len(common), names, same_language
            ):
                continue
            score = 0.7 * sim + 0.3 * story[m.article]
            # One sentence may date two events ("the dam cracked on May 2, and Riverton was
            # evacuated on May 4"): the date nearest the shared names is the one meant.
            near = -_distance(m, {w[1:] for w in common if w.startswith("@")})
            key = (round(score, 9), near, m.article, -m.start)
            if best is None or key > best_key:
                best, best_key = _Anchor(t, m, day, dct, c, score), key
        # Across languages the words never meet and the names decide (`_same_event`).
        if best is not None and (
            best.score >= MIN_ANCHOR_SCORE or best.reference.language != article.language
        ):
            found.append(best)
    return found


def _printed_floor(target: DatedArticle) -> dt.date | None:
    """The earliest date the article can have by the days it prints in full in its prose as
    done ("laporan ... tertanggal 6 April 2023"; a headline's "Games to open July 23, 2021" is
    no deed): no report of an event before then anchors it, and no day before then is offered.
    A day printed in full may be a schedule told as a fact, so it may lie up to a month on."""
    text = target.article.clean
    prose = prose_start(text)
    days = [
        span[0]
        for t in target.timexes
        if t.anchor == "absolute"
        and t.type == "date"
        and "name" not in t.flags
        and t.start >= prose
        and (span := date_span(t.value)) is not None
        and span[0] == span[1]
        and direction(text, t.start, t.end) == "past"
        and not _FORWARD.search(t.text)
    ]
    return max(days) - dt.timedelta(days=_PRINTED_AFTER) if days else None


def _distance(m: Mention, names: set[str]) -> int:
    """Characters between the mention's date and the nearest of `names` in its sentence."""
    at = m.timex.start - m.start
    low = m.sentence.lower()
    places = [i.start() for n in names for i in re.finditer(rf"\b{re.escape(n)}\b", low)]
    return min((abs(i - at) for i in places), default=len(low))


def _same_event(shared: int, names: int, same_language: bool) -> bool:
    """Whether two sentences sharing `shared` terms, `names` of them names, tell one event:
    a shared name and MIN_SENTENCE_SHARED terms, or, naming no one in common, a fuller match
    of words. Across languages only names compare, so two are needed."""
    if not same_language:
        return names >= 2
    if names:
        return shared >= MIN_SENTENCE_SHARED
    return shared >= MIN_SENTENCE_SHARED_UNNAMED
