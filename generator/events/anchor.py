"""Anchor articles that carry no date of their own through events they share with dated ones.

An undated article that says "Selasa malam" or "yesterday" about an event a dated article puts
on 18 June 2024 (a Tuesday) was written in that event's week: the shared event fixes its
reference date. The inferred DCT says which article and event anchor it and is never certain;
an article no shared event anchors stays undated and the caller reports it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from generator.core.model import Article, DatedArticle, Dct, Mention, Timex
from generator.core.timexvalue import bounds as date_span
from generator.dates import temporal
from generator.dates.context import direction
from generator.events import mentions as events
from generator.events.actors import actors_in, article_names
from generator.events.sentences import sentence_spans
from generator.events.terms import actor_terms, content_terms, cosine, tfidf

DateFn = Callable[..., DatedArticle]

MIN_SENTENCE_SIMILARITY = 0.05  # the two sentences must share salient words
MIN_SENTENCE_SHARED = 2  # at least this many of them, one a name,
MIN_SENTENCE_SHARED_UNNAMED = 3  # or this many when the two name no one in common
MIN_ARTICLE_SIMILARITY = 0.05  # and the two articles must be about the same story:
MIN_NAME_WEIGHT = 2.5  # naming the same people and places (rarity-weighted, see _name_weight),
MIN_COMMON_NAMES = 4  # or this many of them however common,
MIN_WORD_OVERLAP = 0.5  # or, naming none, sharing half the shorter one's content words
MIN_SHARED_WORDS = 5  # (and at least this many). Two disaster reports share "warga", "hujan"
# and a province, not a story: a weekday both mention is then a coincidence.
MAX_CONFIDENCE = 0.9
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

    def dct_for(self, day: dt.date) -> dt.date | None:
        if self.offset is not None:
            return day - dt.timedelta(days=self.offset)
        if self.weekday is not None and day.weekday() == self.weekday:
            return day  # published in the event's week; its own day is the safest guess
        return None

    def allows(self, dct: dt.date, day: dt.date) -> bool:
        if self.offset is not None:
            return dct + dt.timedelta(days=self.offset) == day
        gap = (day - dct).days if self.ahead else (dct - day).days
        return self.weekday == day.weekday() and 0 <= gap <= 6

    def days(self, day: dt.date) -> list[dt.date]:
        """Every DCT this cue allows for an event on `day`."""
        if self.offset is not None:
            return [day - dt.timedelta(days=self.offset)]
        if self.weekday != day.weekday():
            return []
        step = -1 if self.ahead else 1
        return [day + dt.timedelta(days=step * k) for k in range(7)]


def cue(text: str) -> Cue | None:
    """The DCT constraint a relative expression carries, if it is one this module can use."""
    for pattern, offset in _OFFSETS:
        if pattern.search(text):
            return Cue(offset=offset)
    m = _WEEKDAY.search(text)
    if m and not _SHIFTED.search(text):
        word = m.group().lower().split()[0]
        return Cue(weekday=_WEEKDAYS.get(word.replace("hari", "").strip() or "ahad", 6))
    return None


@dataclass(frozen=True, slots=True)
class _Anchor:
    timex: Timex
    reference: Mention
    day: dt.date
    dct: dt.date
    cue: Cue
    score: float


def settle_years(
    articles: Sequence[DatedArticle], date_fn: DateFn | None = None
) -> tuple[DatedArticle, ...]:
    """For an article whose own date is a day and month printed without a year, on a weekday
    several years share ("Sunday (Mar 26)"), take the year nearest the firmly dated articles
    of the same story (see `_story_similarity`): one story's articles are published close
    together. Articles of other stories say nothing of it; with none of its story, the
    article keeps what its text chose (or stays undated)."""
    firm = [
        a
        for a in articles
        if a.dct.value and not a.dct.alternatives and a.dct.source in ("metadata", "text")
    ]
    if not firm:
        return tuple(articles)
    redate = date_fn or temporal.date_article
    profiles: dict[int, _Profile] = {}
    result = list(articles)
    for i, a in enumerate(articles):
        if not a.dct.alternatives:
            continue
        story = _story_similarity(a.article, firm, profiles)
        days = sorted(
            d for f in firm if f.article.id in story and (d := _day(f.dct.value or "")) is not None
        )
        options = [d for v in (a.dct.value, *a.dct.alternatives) if v and (d := _day(v))]
        if not days or not options:
            continue
        best = min(options, key=lambda d: (_gap(d, days), d.isoformat() != a.dct.value))
        if best.isoformat() == a.dct.value or _gap(best, days) > YEAR_REACH:
            continue
        nearest = min(days, key=lambda f: (abs((f - best).days), f))
        evidence = (
            f"{a.dct.evidence}; the year from the corpus: the nearest article of its story is "
            f"of {nearest.isoformat()}"
        )
        inferred = Dct(best.isoformat(), "corpus", evidence, 0.7, a.dct.upper_bound)
        result[i] = redate(a.article, dct=inferred)
    return tuple(result)


# Days: an article of a story lies this close to another of its articles, or the year the
# corpus offers is not the story's.
YEAR_REACH = 92


def _gap(day: dt.date, firm: Sequence[dt.date]) -> int:
    """Days from `day` to the nearest of the sorted `firm` days."""
    at = bisect.bisect_left(firm, day)
    near = firm[max(0, at - 1) : at + 1]
    return min(abs((f - day).days) for f in near)


def anchor_undated(
    articles: Sequence[DatedArticle], date_fn: DateFn | None = None
) -> tuple[DatedArticle, ...]:
    """Give undated articles an inferred DCT (source "corpus") where the corpus allows one.

    `date_fn` re-dates an article against the inferred DCT (the temporal layer by default)."""
    redate = date_fn or temporal.date_article
    result = list(articles)
    profiles: dict[int, _Profile] = {}  # by id() of the article: read each one once
    for _ in range(ROUNDS):
        dated = [a for a in result if a.dct.value]
        references = [
            m for d in sorted(dated, key=lambda d: d.article.id) for m in events.find_mentions(d)
        ]
        references = [m for m in _every_date(references, dated) if _day(m.date) is not None]
        undated = sorted(
            (i for i, a in enumerate(result) if not a.dct.value), key=lambda i: result[i].article.id
        )
        if not references or not undated:
            break
        changed = False
        for i in undated:
            anchored = _anchor_one(result[i], references, dated, redate, profiles)
            if anchored is not None:
                result[i] = anchored
                changed = True
        if not changed:
            break
    return tuple(result)


def _every_date(mentions: Sequence[Mention], dated: Sequence[DatedArticle]) -> list[Mention]:
    """The mentions, plus one for each other day its sentence dates: an event sentence with
    two dates ("the dam cracked on May 2, and the town was evacuated on May 4") can anchor
    through either."""
    timexes = {d.article.id: d.timexes for d in dated}
    out: list[Mention] = []
    for m in mentions:
        out.append(m)
        for t in timexes.get(m.article, ()):
            if m.start <= t.start < m.end and t != m.timex and t.type == "date" and _day(t.value):
                out.append(replace(m, timex=t, date=t.value))
    return out


def _day(value: str) -> dt.date | None:
    span = date_span(value)
    return span[0] if span and span[0] == span[1] else None


def _anchor_one(
    target: DatedArticle,
    references: Sequence[Mention],
    dated: Sequence[DatedArticle],
    redate: DateFn,
    profiles: dict[int, _Profile],
) -> DatedArticle | None:
    anchors = _anchors(target, references, dated, profiles)
    if not anchors:
        return None
    total = sum(a.score for a in anchors)
    upper = _day(target.dct.upper_bound) if target.dct.upper_bound else None
    # Every day some anchor allows, most agreement first; among equals the day nearest the
    # events that agree ("on Saturday ... appointed on Thursday": Thursday, not Saturday).
    allowed = {d for a in anchors for d in a.cue.days(a.day) if upper is None or d <= upper}

    def rank(d: dt.date) -> tuple[float, int, dt.date]:
        agreeing = [a for a in anchors if a.cue.allows(d, a.day)]
        return (-sum(a.score for a in agreeing), sum(abs((d - a.day).days) for a in agreeing), d)

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
        if _confirms(redone, agreeing):
            return redone
    return None


def _confirms(redone: DatedArticle, anchors: Sequence[_Anchor]) -> bool:
    """The re-dated article puts at least one anchoring expression on its anchor's day."""
    for a in anchors:
        for t in redone.timexes:
            if t.start <= a.timex.start < t.end or a.timex.start <= t.start < a.timex.end:
                span = date_span(t.value) if t.value else None
                if span and span[0] <= a.day <= span[1]:
                    return True
    return False


def _anchors(
    target: DatedArticle,
    references: Sequence[Mention],
    dated: Sequence[DatedArticle],
    profiles: dict[int, _Profile],
) -> list[_Anchor]:
    article = target.article
    queries: list[tuple[Timex, Cue, int, int]] = []
    spans = sentence_spans(article.clean)
    for t in target.timexes:
        if t.type != "date" or (t.value and "unresolved" not in t.flags):
            continue
        c = cue(t.text)
        if c is not None and c.weekday is not None:
            ahead = direction(article.clean, t.start, t.end) == "future"
            c = replace(c, ahead=ahead)
        sentence = next(((a, b) for a, b in spans if a <= t.start < b), None)
        if c is not None and sentence is not None:
            queries.append((t, c, *sentence))
    if not queries:
        return []
    masked = [(t.start, t.end) for t in target.timexes]
    docs = [
        [
            *content_terms(
                article.clean[a:b], article.language, [(x - a, y - a) for x, y in masked]
            ),
            *(f"@{w}" for w in actor_terms(actors_in(article, a, b, masked))),
        ]
        for _, _, a, b in queries
    ]
    docs += [
        [
            *content_terms(
                m.sentence, m.language, [(m.timex.start - m.start, m.timex.end - m.start)]
            ),
            *(f"@{w}" for w in actor_terms(m.actors)),
        ]
        for m in references
    ]
    vectors = tfidf(docs)
    story = _story_similarity(article, dated, profiles)
    found: list[_Anchor] = []
    for qi, (t, c, _, _) in enumerate(queries):
        best: _Anchor | None = None
        best_key: tuple[float, int, str, int] = (0.0, 0, "", 0)
        for ri, m in enumerate(references):
            day = _day(m.date)
            if day is None or m.article == article.id:
                continue
            dct = c.dct_for(day)
            if dct is None:
                continue
            if m.article not in story:
                continue
            sim = cosine(vectors[qi], vectors[len(queries) + ri])
            common = set(docs[qi]) & set(docs[len(queries) + ri])
            names = sum(1 for w in common if w.startswith("@"))
            same_language = m.language == article.language
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
        if best is not None:
            found.append(best)
    return found


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


def _story_similarity(
    article: Article, dated: Sequence[DatedArticle], profiles: dict[int, _Profile]
) -> dict[str, float]:
    """TF-IDF similarity of the undated article to each dated one that tells the same story.

    Same story: the names the two share weigh at least MIN_NAME_WEIGHT (a name rare in the
    corpus weighs more, see `_name_weight`; names are words the corpus never writes in lower
    case, so "Kabupaten" or "Warga" opening a sentence do not count), or, in one language, the
    two share most of their content words. Across languages only names compare. Other
    articles are left out: a weekday or "yesterday" in an unrelated story says nothing about
    this one's date.
    """
    others = sorted(dated, key=lambda d: d.article.id)
    read = [_profile(a, profiles) for a in [article, *(d.article for d in others)]]
    terms = [r.terms for r in read]
    vectors = tfidf(terms)
    lower = frozenset().union(*(r.lower for r in read))
    names = [
        frozenset(w for w in r.names if len(w) > 2 and w not in lower and w not in _TIME_WORDS)
        for r in read
    ]
    df: Counter[str] = Counter(n for found in names for n in found)
    own_words = set(terms[0])
    related: dict[str, float] = {}
    for i, d in enumerate(others):
        shared_names = names[0] & names[i + 1]
        weight = sum(_name_weight(df[n]) for n in shared_names)
        if len(shared_names) >= MIN_COMMON_NAMES:
            # Many names in common tell one story however common they are in the corpus (a
            # corpus of one story names it in every article, so each weighs little).
            weight = max(weight, MIN_NAME_WEIGHT)
        if d.article.language != article.language:
            # Across languages only names can be compared: they must carry the story alone.
            if weight >= MIN_NAME_WEIGHT:
                related[d.article.id] = max(cosine(vectors[0], vectors[i + 1]), 0.1)
            continue
        sim = cosine(vectors[0], vectors[i + 1])
        if sim < MIN_ARTICLE_SIMILARITY:
            continue
        words = set(terms[i + 1])
        shared_words = len(own_words & words)
        needed = max(MIN_SHARED_WORDS, MIN_WORD_OVERLAP * min(len(own_words), len(words)))
        by_words = shared_words >= needed
        if by_words or weight >= MIN_NAME_WEIGHT:
            related[d.article.id] = sim
    return related


class _Profile(NamedTuple):
    """What the story comparison reads of one article (the same in every comparison)."""

    terms: list[str]  # content terms of its text
    lower: frozenset[str]  # the words it writes in lower case
    names: frozenset[str]  # the words of the people, places and bodies it names


def _profile(article: Article, profiles: dict[int, _Profile]) -> _Profile:
    found = profiles.get(id(article))
    if found is None:
        found = profiles[id(article)] = _Profile(
            content_terms(article.clean, article.language),
            article_names(article).lower,
            actor_terms(actors_in(article, 0, len(article.clean), ())),
        )
    return found


def _name_weight(df: int) -> float:
    """What one shared name says about two articles telling one story, by how many articles of
    the corpus name it (`df`, the two included): a name only these two use counts 1, one
    that recurs across the corpus ("Jakarta", a ministry) little. A corpus of one story keeps
    its anchors: two of its articles share many such names."""
    return 1.0 / max(1, df - 1)


# Words of time are no names ("Kemarin", "Senin" opening a sentence name no one).
_TIME_WORDS = frozenset(
    [*_WEEKDAYS, "minggu", "kemarin", "besok", "lusa", "hari", "pekan", "bulan", "tahun", "today",
     "yesterday", "tomorrow", "tonight", "week", "month", "year", "januari", "februari", "maret",
     "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
     "january", "february", "march", "may", "june", "july", "august", "october", "december"]
)  # fmt: skip
