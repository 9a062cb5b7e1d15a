"""Event candidates: the clause each date expression anchors, with status, actors and a title.

A `Mention` is one article's report of one event: the sentence around a resolved calendar date,
what kind of statement it is (happened, planned, or a claim someone made) and who is named in
it. Every rule here is Indonesian or English grammar or a newsroom convention, never a story's
vocabulary.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from generator.core.model import Article, DatedArticle, Mention, Status, Timex
from generator.core.timexvalue import bounds as date_span
from generator.core.timexvalue import calendar_value
from generator.events.actors import ArticleNames, actors_of, article_names
from generator.events.clauses import (
    ANCHOR_TAIL,
    ANCHOR_WORDS,
    CITATION,
    CITATION_VERB,
    CLAIM_VERBS,
    FUTURE,
    FUTURE_PHRASES,
    PAST,
    RELATIVE,
    TEMPORAL_SUBORDINATORS,
    Clause,
    Token,
    clauses,
    has_phrase,
    masked_flags,
    reporting_spans,
    token_tuple,
)
from generator.events.sentences import sentence_spans
from generator.events.titles import DANGLING, TITLE_WORDS, compress
from generator.read import clean

# ---------------------------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------------------------


def eligible(timex: Timex) -> bool:
    """A date expression that can stand for an event on the timeline."""
    return (
        timex.type == "date"
        and bool(timex.value)
        and "unresolved" not in timex.flags
        and "name" not in timex.flags
        and "publication" not in timex.flags
        and "dateline" not in timex.flags
        and "since" not in timex.flags
        and date_span(timex.value) is not None
        and "approximate" not in timex.flags  # a rough gap (generator/dates/relative.py)
    )


# What usually happens is no development: "the typhoon season usually peaks between July and
# October", "pemulihan harga biasanya membutuhkan dua pekan setelah ...".
_HABITUAL = re.compile(
    r"\b(?:biasanya|umumnya|lazimnya|kerap|usually|typically|normally|generally|tends?\s+to)\b",
    re.I,
)


# A term of office or a budget's years ("Kabinet ... Periode 2019-2024", "masa jabatan
# 2012-2017", "the 2017-2022 term") name a stretch, not a development.
_TERM_BEFORE = re.compile(
    r"\b(?:periode|masa\s+(?:jabatan|bakti|tugas)|tahun\s+anggaran|term|fiscal\s+years?)\s+$", re.I
)
_TERM_AFTER = re.compile(r"\s+(?:term|tenure)\b", re.I)
_YEARS = re.compile(r"\d{4}/\d{4}")


def _term(text: str, t: Timex) -> bool:
    return bool(_YEARS.fullmatch(t.value)) and bool(
        _TERM_BEFORE.search(text, max(0, t.start - 24), t.start) or _TERM_AFTER.match(text, t.end)
    )


# Sort keys for date expressions (attrgetter: no Python-level call per expression).
_BY_SPAN = attrgetter("start", "end")
_BY_START = attrgetter("start")


def find_mentions(dated: DatedArticle) -> tuple[Mention, ...]:
    """One mention per date-typed time expression that anchors a reported event."""
    article = dated.article
    text = article.clean
    furniture = [(f.start, f.end) for f in article.furniture]
    # The line of a publication stamp is the page's ("Posted on 21 November 2022 - 05:40 PM").
    for t in dated.timexes:
        if "publication" in t.flags:
            line_end = text.find("\n", t.end)
            furniture.append(
                (text.rfind("\n", 0, t.start) + 1, len(text) if line_end < 0 else line_end)
            )
    # A photo caption dates the photo: its words are the photographer's, not a development.
    furniture.extend(clean.caption_lines(text))
    in_furniture = _covered(furniture)
    usable = sorted(
        (
            t
            for t in dated.timexes
            if eligible(t) and not in_furniture(t.start) and not _term(text, t)
        ),
        key=_BY_SPAN,
    )
    if not usable:
        return ()
    spans = sentence_spans(text)
    span_starts = [a for a, _ in spans]
    lead = _lead(article, spans)
    # Sentences are disjoint and in order, so an expression lies in at most one: the last one
    # starting at or before it. Visiting the few expressions beats visiting every sentence;
    # `usable` is sorted, so the groups come out in sentence order.
    groups: dict[int, list[Timex]] = {}
    for t in usable:
        k = bisect_right(span_starts, t.start) - 1
        if k >= 0 and t.end <= spans[k][1]:  # (t.start <= t.end)
            if _HABITUAL.search(text, spans[k][0], t.start):
                continue  # "biasanya membutuhkan satu hingga dua pekan": what usually happens
            groups.setdefault(k, []).append(t)
    # Every date expression masks its tokens, eligible or not: sorted once, sliced per sentence.
    every = sorted(dated.timexes, key=_BY_START)
    every_starts = [t.start for t in every]
    mentions: list[Mention] = []
    for k, inside in groups.items():
        s_start, s_end = spans[k]
        lo, hi = bisect_left(every_starts, s_start), bisect_right(every_starts, s_end)
        masked = [(t.start, t.end) for t in every[lo:hi] if t.end <= s_end]
        found = _sentence_mentions(dated, s_start, s_end, inside, masked)
        if k == lead and article.title and found:
            found = _headlined(found, article.title, dated.dct.value)
        mentions.extend(found)
    return tuple(mentions)


# Sentence and Context are NamedTuples, not frozen dataclasses: just as immutable, and about
# three times cheaper to build (one of each per dated sentence or expression).
class Sentence(NamedTuple):
    """One sentence's tokens and clause structure, shared by all its date expressions."""

    toks: tuple[Token, ...]
    starts: Sequence[int]  # toks[i].start, for bisection
    lows: Sequence[str]  # toks[i].low, read by every status test
    inside: list[bool]  # toks[i] lies in a date expression
    content: list[bool]  # toks[i] is a content word of a title (see `_content_words`)
    parts: tuple[Clause, ...]
    spans: list[tuple[int, int]]  # token ranges describing an act of saying


def sentence(text: str, start: int, end: int, masked: Sequence[tuple[int, int]]) -> Sentence:
    """The structure of text[start:end], whose date expressions span `masked`."""
    toks = token_tuple(text, start, end)
    inside = masked_flags(toks, masked)
    parts = tuple(clauses(toks, inside))
    lows = [tok.low for tok in toks]
    content = [
        tok.word and low not in DANGLING and not in_t
        for tok, low, in_t in zip(toks, lows, inside, strict=True)
    ]
    return Sentence(
        toks,
        [tok.start for tok in toks],
        lows,
        inside,
        content,
        parts,
        reporting_spans(toks, parts),
    )


_ANCHOR_LAST = frozenset(word[-1] for word in ANCHOR_WORDS)


class Context(NamedTuple):
    """Where a date expression sits in its sentence."""

    toks: tuple[Token, ...]
    lows: Sequence[str]  # toks[i].low
    content: list[bool]  # see `Sentence.content`
    parts: tuple[Clause, ...]
    clause: Clause  # the clause the expression dates
    reporting: bool  # the expression dates an act of saying


def context(sent: Sentence, t: Timex) -> Context:
    """The clause structure of a sentence around its date expression `t`."""
    toks, parts = sent.toks, sent.parts
    # The first token at or after the expression's start (token starts increase).
    first = bisect_left(sent.starts, t.start)
    idx = min(first, len(toks) - 1)
    clause = next((c for c in parts if c.start <= idx < c.end), parts[-1])
    # Each word of ANCHOR_TAIL ends in one of these letters: most expressions fail that first.
    if t.text.rstrip()[-1:].lower() in _ANCHOR_LAST and ANCHOR_TAIL.search(t.text):
        # "sembilan bulan setelah X": the date belongs to X, the clause after it.
        after = bisect_left(sent.starts, t.end)
        nxt = next((c for c in parts if c.start >= after), None)
        end_idx = nxt.end if nxt and nxt.start == clause.end else clause.end
        clause = Clause(after, max(end_idx, after), "after")
    in_t = first < len(toks) and toks[first].start < t.end  # some token starts inside `t`
    reporting = in_t and any(a <= first < b for a, b in sent.spans)
    return Context(toks, sent.lows, sent.content, parts, clause, reporting)


def _sentence_mentions(
    dated: DatedArticle,
    start: int,
    end: int,
    inside: list[Timex],
    masked: list[tuple[int, int]],
) -> list[Mention]:
    """The mentions dated by `inside` in text[start:end]; `masked` spans all its date expressions."""
    article = dated.article
    text = article.clean
    sent = sentence(text, start, end, masked)
    chosen: list[tuple[Timex, Context]] = []
    for t in inside:
        if _is_citation(text, start, t):
            continue
        ctx = context(sent, t)
        same = next((i for i, (u, c) in enumerate(chosen) if c.clause == ctx.clause), None)
        if same is None:
            # A date repeated in another clause of the same sentence is one event, not two.
            dup = next(
                (
                    i
                    for i, (u, _) in enumerate(chosen)
                    if calendar_value(u.value) == calendar_value(t.value)
                ),
                None,
            )
            if dup is None:
                chosen.append((t, ctx))
            elif _counted(chosen[dup][0]) and not _counted(t):
                # Dated by the expression that names its day, told in the first clause:
                # "crashed six minutes after take-off on March 10".
                chosen[dup] = (t, chosen[dup][1])
            continue
        # Two expressions in one clause: keep the finer one (they date one event), unless they
        # are two days of their own ("dinner on Wednesday evening and talks on Thursday").
        other = chosen[same][0]
        if _two_days(other, t) and not _RESTATED.fullmatch(text, other.end, t.start):
            chosen.append((t, ctx))
        elif _width(t) < _width(other):
            chosen[same] = (t, ctx)
    if not chosen:
        return []
    names = article_names(article)
    # Every mention of the sentence names the same actors.
    actors = actors_of(sent.toks, sent.inside, names)
    mentions = []
    for t, ctx in chosen:
        status = _status(ctx, dated, t)
        title = _title(article, ctx, sent.inside, names)
        mentions.append(
            Mention(
                article=article.id,
                timex=t,
                date=calendar_value(t.value),
                sentence=article.text[start:end],
                start=start,
                end=end,
                status=status,
                actors=actors,
                title=title,
                language=article.language if article.language in ("id", "en") else "id",
                outlet=article.outlet,
                background=ctx.clause.opener in _SUBORDINATE
                or text[t.end : t.end + 2] in _POSSESSIVE
                or _modifier(text, t),
            )
        )
    return mentions


_SUBORDINATE = RELATIVE | TEMPORAL_SUBORDINATORS
_POSSESSIVE = ("'s", "’s")
# English puts a date before the noun it modifies: "their June 12 summit", "since the 2004
# tsunami", "his planned May 3 visit".
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|their|his|her|its|our|your|a|an|this|that|planned|scheduled)\s+$", re.I
)
_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z][\w-]*)\b(?<!\bto)(?<!\band)(?<!\bor)")


def _modifier(text: str, t: Timex) -> bool:
    """Whether the date at `t` modifies the noun after it ("the June 12 summit")."""
    return bool(
        _DETERMINER_BEFORE.search(text, max(0, t.start - 12), t.start)
        and _NOUN_AFTER.match(text, t.end)
    )


def _lead(article: Article, spans: Sequence[tuple[int, int]]) -> int:
    """The index of the article's lead: its first sentence of prose (below the headline)."""
    body = max((f.end for f in article.furniture if f.kind == "front-matter"), default=0)
    prose = clean.prose_start(article.text, body)
    return next((k for k, (a, _) in enumerate(spans) if a >= prose), -1)


def _headlined(found: list[Mention], headline: str, dct: str | None) -> list[Mention]:
    """The lead's mentions, the news among them carrying the headline: the one in a main
    clause whose date lies nearest the article's own (the lead may also date background)."""
    anchor = date_span(dct) if dct else None
    if anchor is None:
        return found

    def distance(m: Mention) -> int:
        span = date_span(m.date)
        return abs((span[1] - anchor[0]).days) if span else 1 << 30

    # The news is the article's own days; a lead that opens on background ("Pada 2023, Kim
    # berkunjung ke Rusia") does not title that background with the article's headline.
    news = [m for m in found if not m.background and distance(m) <= _NEWS_DAYS]
    if not news:
        return found
    chosen = min(news, key=distance)
    return [replace(m, headline=headline) if m is chosen else m for m in found]


_NEWS_DAYS = 3


def _covered(spans: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of `spans`: a search in their union, not a scan of them
    (a long page has many stretches of furniture, and many dates)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(s for s in spans if s[0] < s[1]):
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)

    def covered(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < ends[k]

    return covered


# Between a time and the same moment restated ("6:20 a.m. (2320 GMT Sunday)") or an
# alternative day ("Senin atau Selasa"): one event's time, not two.
_RESTATED = re.compile(r"\s*(?:\([^()]{0,20}|[/,]|or|atau)?\s*", re.I)


def _two_days(a: Timex, b: Timex) -> bool:
    """Whether `a` and `b` are two different single days."""
    return _width(a) == 0 == _width(b) and date_span(a.value) != date_span(b.value)


def _counted(t: Timex) -> bool:
    """Whether `t` takes its day from another expression ("six minutes after", "pagi itu")."""
    return t.anchor == "timex"


def _width(t: Timex) -> int:
    span = date_span(t.value)
    return (span[1] - span[0]).days if span else 1 << 30


def _is_citation(text: str, start: int, t: Timex) -> bool:
    """The date a quoted outlet published its report ("melansir DW, Senin, 22 Januari 2024")."""
    before = text[max(start, t.start - 60) : t.start]
    # The verb test is the cheaper one and usually fails: run it first.
    return bool(CITATION_VERB.search(before)) and bool(CITATION.search(before))


def _content_words(ctx: Context, lo: int, hi: int) -> int:
    return sum(ctx.content[lo:hi])


def _title(article: Article, ctx: Context, inside: Sequence[bool], names: ArticleNames) -> str:
    clause = ctx.clause
    lo, hi = clause.start, clause.end
    before = [c for c in ctx.parts if c.end <= clause.start]
    after = [c for c in ctx.parts if c.start >= clause.end]
    if ctx.reporting and not after and before:
        # '"...," kata X pada Senin': what was said, then who said it.
        said = compress(ctx.toks, before[-1].start, before[-1].end, inside, "")
        # The clause's own tokens: the same as tokenising its text on its own.
        speaker = actors_of(ctx.toks[lo:hi], inside[lo:hi], names)
        words = said.split()[: TITLE_WORDS - 3]
        if not speaker:
            return " ".join(words)
        # A headline's forms, not a speech tag: "Gubernur: rumah rusak berat dapat Rp50 juta",
        # "Mayor says the bridge is safe".
        if article.language == "en":
            return f"{speaker[-1]} says {' '.join(words)}"
        return f"{speaker[-1]}: {' '.join(words)}"
    if ctx.reporting and after:
        # "X mengatakan pekan lalu bahwa ...": the title needs what was said.
        hi = after[0].end
    for nxt in after[:2]:
        if _content_words(ctx, lo, hi) >= 4:
            break
        hi = max(hi, nxt.end)
    if _content_words(ctx, lo, hi) < 4 and before:
        lo = before[-1].start
    subject = _subject(ctx, clause, inside, names) if clause.opener in RELATIVE else ""
    if not clause.opener and before and before[-1].opener in RELATIVE and len(before) >= 2:
        # "Tim SAR, yang dipimpin X, menemukan ...": the subject is what precedes "yang".
        head = compress(ctx.toks, before[0].start, before[0].end, inside, "")
        subject = head if 0 < len(head.split()) <= 5 else ""
    return compress(ctx.toks, lo, hi, inside, subject)


def _subject(ctx: Context, clause: Clause, inside: Sequence[bool], names: ArticleNames) -> str:
    """The antecedent of a relative clause: the last name before it."""
    if clause.start == 0:
        return ""
    names_before = actors_of(ctx.toks[: clause.start], inside[: clause.start], names)
    return names_before[-1] if names_before else ""


def _status(ctx: Context, dated: DatedArticle, t: Timex) -> Status:
    if ctx.reporting:
        return "claim"
    words = ctx.lows[ctx.clause.start : ctx.clause.end]
    present = set(words)
    future = bool(FUTURE & present) or has_phrase(words, FUTURE_PHRASES)
    if not future and ctx.clause.opener in TEMPORAL_SUBORDINATORS and not (PAST & present):
        # "akan menghadiri konser sebelum menandatangani ...": the subordinate clause shares
        # the main clause's future.
        prev = [c for c in ctx.parts if c.end <= ctx.clause.start]
        if prev:
            pw = ctx.lows[prev[-1].start : prev[-1].end]
            future = bool(FUTURE & set(pw)) or has_phrase(pw, FUTURE_PHRASES)
    if future and dated.dct.value:
        span = date_span(t.value)
        dct = date_span(dated.dct.value)
        if span and dct and span[1] < dct[0]:
            future = False  # over before the article was written: it happened
    if future:
        return "planned"
    if _attributed(ctx):
        return "claim"
    return "happened"


def _attributed(ctx: Context) -> bool:
    """The clause is the content of someone's statement ("X said Russia delivered ...")."""
    lows = ctx.lows
    clause = ctx.clause
    if clause.opener in TEMPORAL_SUBORDINATORS:
        return False  # "X said ... when he met Y on Monday": the meeting is a fact
    before = lows[: clause.start]
    inner = lows[clause.start : clause.end]
    if before and (
        before[-1] in CLAIM_VERBS
        or (before[-1] in ("bahwa", "that") and len(before) > 1 and before[-2] in CLAIM_VERBS)
    ):
        return True
    if clause.opener in ("bahwa", "that") and not CLAIM_VERBS.isdisjoint(before[-8:]):
        return True
    # "..., kata X." / "..., X said." closing the sentence.
    after = lows[clause.end :]
    if after and after[0] in ("kata", "katanya", "ujar", "ujarnya", "tutur", "said", "says"):
        return True
    return not CLAIM_VERBS.isdisjoint(inner[:-1])
