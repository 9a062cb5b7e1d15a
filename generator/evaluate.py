"""TempEval-style scoring of a corpus against a gold file (the format of tests/gold/seeds.yaml).

Time expressions: span precision/recall/F1, strict (same offsets) and overlapping (one-to-one,
largest overlap first); value accuracy (matched pairs with the gold value and TIMEX3 type) and
value F1; DCT accuracy. A `page-date` is a date's role on the page (printed by the site or a
list of other articles), not a TIMEX3 type: it is a DATE, so gold and system may disagree on
the role without a wrong value. As the gold's header says, durations are not required: a gold
duration the system misses is not a miss, and a system duration the gold does not list is not
a false positive; a duration matched to a date (or the reverse) is a wrong value.

Events: precision/recall/F1 of event dates (as multisets), whether each gold event reported by
two or more articles is one system event at its date citing all or all but one of them (and at
least two), and which system
events sit at a date the gold says must never be an event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.core.model import Corpus, DatedArticle, Timex


@dataclass(frozen=True, slots=True)
class GoldTimex:
    text: str
    type: str
    value: str
    start: int  # -1 when the text cannot be found in the article
    end: int
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    overlap: int = 0
    value: int = 0  # overlapping pairs with the right value and type

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.overlap + other.overlap,
            self.value + other.value,
        )

    def scores(self) -> dict[str, float]:
        return {
            "strict_precision": _ratio(self.strict, self.system),
            "strict_recall": _ratio(self.strict, self.gold),
            "strict_f1": _f1(self.strict, self.system, self.gold),
            "overlap_precision": _ratio(self.overlap, self.system),
            "overlap_recall": _ratio(self.overlap, self.gold),
            "overlap_f1": _f1(self.overlap, self.system, self.gold),
            "value_accuracy": _ratio(self.value, self.overlap),
            "value_precision": _ratio(self.value, self.system),
            "value_recall": _ratio(self.value, self.gold),
            "value_f1": _f1(self.value, self.system, self.gold),
        }


@dataclass(frozen=True, slots=True)
class ArticleScore:
    name: str
    counts: Counts
    dct_gold: str | None
    dct_system: str | None
    errors: tuple[str, ...] = ()

    @property
    def dct_correct(self) -> bool:
        return self.dct_gold == self.dct_system


@dataclass(frozen=True, slots=True)
class EventScore:
    gold: int = 0
    system: int = 0
    matched: int = 0
    multi_source: int = 0
    merged: int = 0
    unmerged: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()  # system event ids at a not_events date

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "system": self.system,
            "matched": self.matched,
            "date_precision": _ratio(self.matched, self.system),
            "date_recall": _ratio(self.matched, self.gold),
            "date_f1": _f1(self.matched, self.system, self.gold),
            "multi_source": self.multi_source,
            "merged": self.merged,
            "unmerged": list(self.unmerged),
            "forbidden": list(self.forbidden),
        }


@dataclass(frozen=True, slots=True)
class EvalReport:
    articles: tuple[ArticleScore, ...]
    events: EventScore = field(default_factory=EventScore)
    missing: tuple[str, ...] = ()  # gold articles absent from the corpus

    @property
    def counts(self) -> Counts:
        total = Counts()
        for a in self.articles:
            total += a.counts
        return total

    @property
    def dct_accuracy(self) -> float:
        judged = [a for a in self.articles if a.dct_gold]
        return _ratio(sum(a.dct_correct for a in judged), len(judged))

    def to_dict(self) -> dict[str, Any]:
        c = self.counts
        return {
            "timex": {"gold": c.gold, "system": c.system, **c.scores()},
            "dct_accuracy": self.dct_accuracy,
            "articles": [
                {
                    "name": a.name,
                    "gold": a.counts.gold,
                    "system": a.counts.system,
                    **a.counts.scores(),
                    "dct_gold": a.dct_gold,
                    "dct_system": a.dct_system,
                    "dct_correct": a.dct_correct,
                    "errors": list(a.errors),
                }
                for a in self.articles
            ],
            "events": self.events.to_dict(),
            "missing": list(self.missing),
        }

    def to_text(self) -> str:
        c = self.counts
        s = c.scores()
        lines = [
            f"time expressions: gold {c.gold}, system {c.system}",
            f"  span strict   P {s['strict_precision']:.3f}  R {s['strict_recall']:.3f}  "
            f"F1 {s['strict_f1']:.3f}",
            f"  span overlap  P {s['overlap_precision']:.3f}  R {s['overlap_recall']:.3f}  "
            f"F1 {s['overlap_f1']:.3f}",
            f"  value         accuracy {s['value_accuracy']:.3f}  F1 {s['value_f1']:.3f}",
            f"DCT accuracy {self.dct_accuracy:.3f}",
            "",
            f"{'article':<32} {'gold':>4} {'sys':>4} {'ovlF1':>6} {'valF1':>6}  dct",
        ]
        for a in self.articles:
            sc = a.counts.scores()
            mark = "ok" if a.dct_correct else f"{a.dct_system or '-'} (gold {a.dct_gold})"
            lines.append(
                f"{a.name:<32} {a.counts.gold:>4} {a.counts.system:>4} "
                f"{sc['overlap_f1']:>6.3f} {sc['value_f1']:>6.3f}  {mark}"
            )
            lines.extend(f"    {e}" for e in a.errors)
        e = self.events.to_dict()
        lines += [
            "",
            f"events: gold {e['gold']}, system {e['system']}; dates P {e['date_precision']:.3f} "
            f"R {e['date_recall']:.3f} F1 {e['date_f1']:.3f}",
            f"  multi-source gold events merged: {e['merged']}/{e['multi_source']}",
        ]
        if e["unmerged"]:
            lines.append(f"  not merged: {', '.join(e['unmerged'])}")
        if e["forbidden"]:
            lines.append(f"  events at forbidden dates: {', '.join(e['forbidden'])}")
        if self.missing:
            lines.append(f"gold articles missing from the corpus: {', '.join(self.missing)}")
        return "\n".join(lines)


def evaluate(corpus: Corpus, gold: Mapping[str, Any]) -> EvalReport:
    """Score `corpus` against `gold` (a parsed gold YAML mapping)."""
    by_name = _index(corpus.articles)
    scores: list[ArticleScore] = []
    missing: list[str] = []
    for name in sorted(gold.get("articles") or {}):
        spec = gold["articles"][name] or {}
        dated = by_name.get(name) or by_name.get(Path(name).stem)
        if dated is None:
            missing.append(name)
            continue
        scores.append(score_article(name, dated, spec))
    return EvalReport(tuple(scores), score_events(corpus, gold), tuple(missing))


def _index(articles: Sequence[DatedArticle]) -> dict[str, DatedArticle]:
    index: dict[str, DatedArticle] = {}
    for d in articles:
        path = Path(d.article.file)
        for key in (path.name, path.stem, d.article.id):
            index.setdefault(key, d)
    return index


def locate(text: str, items: Sequence[Mapping[str, Any]]) -> tuple[GoldTimex, ...]:
    """Gold expressions with offsets: each is searched after the previous one (the gold lists
    them in text order), then anywhere, then ignoring case."""
    found: list[GoldTimex] = []
    cursor = 0
    taken: set[int] = set()
    for item in items:
        needle = str(item["text"])
        start = -1
        for base, flags in ((cursor, 0), (0, 0), (cursor, re.I), (0, re.I)):
            for m in re.finditer(re.escape(needle), text[base:], flags):
                if base + m.start() not in taken:
                    start = base + m.start()
                    break
            if start >= 0:
                break
        value = str(item.get("value", ""))
        kind = str(item.get("type", "date"))
        if start < 0:
            found.append(GoldTimex(needle, kind, value, -1, -1, item.get("part")))
            continue
        taken.add(start)
        cursor = start + len(needle)
        found.append(GoldTimex(needle, kind, value, start, start + len(needle), item.get("part")))
    return tuple(found)


def score_article(name: str, dated: DatedArticle, spec: Mapping[str, Any]) -> ArticleScore:
    gold = locate(dated.article.text, spec.get("timexes") or ())
    system = list(dated.timexes)
    pairs = _match(gold, system)
    matched_gold = {g for g, _ in pairs}
    matched_sys = {s for _, s in pairs}
    errors: list[str] = []
    # Durations need not be listed: unmatched ones count on neither side.
    counted_gold = [i for i, g in enumerate(gold) if i in matched_gold or g.type != "duration"]
    counted_sys = [j for j, t in enumerate(system) if j in matched_sys or t.type != "duration"]
    strict = sum(
        1 for g, s in pairs if (gold[g].start, gold[g].end) == (system[s].start, system[s].end)
    )
    value = 0
    for g, s in pairs:
        if _same_value(gold[g], system[s]):
            value += 1
        else:
            errors.append(
                f"value: {gold[g].text!r} gold {gold[g].type} {gold[g].value!r}, "
                f"system {system[s].type} {system[s].value!r}"
            )
    for i in counted_gold:
        if i not in matched_gold:
            errors.append(f"missed: {gold[i].text!r} ({gold[i].value})")
    for j in counted_sys:
        if j not in matched_sys:
            errors.append(f"spurious: {system[j].text!r} ({system[j].type} {system[j].value})")
    counts = Counts(len(counted_gold), len(counted_sys), strict, len(pairs), value)
    dct_gold = str(spec["dct"]) if spec.get("dct") else None
    return ArticleScore(name, counts, dct_gold, dated.dct.value, tuple(errors))


def _same_value(gold: GoldTimex, system: Timex) -> bool:
    return gold.value == system.value and _timex3_type(gold.type) == _timex3_type(system.type)


def _timex3_type(kind: str) -> str:
    return "date" if kind == "page-date" else kind


def _match(gold: Sequence[GoldTimex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs of overlapping spans, largest overlap first, then text order."""
    options = []
    for i, g in enumerate(gold):
        if g.start < 0:
            continue
        for j, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                options.append((-overlap, g.start, s.start, i, j))
    options.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, _, _, i, j in options:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((i, j))
    return sorted(pairs)


def score_events(corpus: Corpus, gold: Mapping[str, Any]) -> EventScore:
    gold_events = list(gold.get("events") or ())
    if not gold_events and not corpus.events:
        return EventScore()
    gold_dates = Counter(str(e["date"]) for e in gold_events)
    sys_dates = Counter(e.date for e in corpus.events)
    matched = sum(min(n, sys_dates[d]) for d, n in gold_dates.items())
    ids = sorted({d.article.id for d in corpus.articles})

    def article_of(prefix: str) -> str:
        hits = [i for i in ids if i == prefix or i.startswith(f"{prefix}_") or i.startswith(prefix)]
        return hits[0] if hits else prefix

    # An event "cites" the articles of its sources; it must sit at the gold event's date.
    cited = [(e.date, {s.article for s in e.sources}) for e in corpus.events]
    multi = merged = 0
    unmerged: list[str] = []
    for e in gold_events:
        sources = {article_of(str(s)) for s in e.get("sources") or ()}
        if len(sources) < 2:
            continue
        multi += 1
        needed = max(2, len(sources) - 1)
        if any(date == str(e["date"]) and len(sources & c) >= needed for date, c in cited):
            merged += 1
        else:
            unmerged.append(str(e.get("id")))
    forbidden_dates = {str(d) for d in gold.get("not_events") or ()}
    forbidden = sorted(e.id for e in corpus.events if e.date in forbidden_dates)
    return EventScore(
        sum(gold_dates.values()),
        sum(sys_dates.values()),
        matched,
        multi,
        merged,
        tuple(unmerged),
        tuple(forbidden),
    )


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def _f1(tp: int, system: int, gold: int) -> float:
    p, r = _ratio(tp, system), _ratio(tp, gold)
    return round(2 * p * r / (p + r), 4) if p + r else 0.0
