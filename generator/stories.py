"""The story benchmark: real stories, retold, each scored as a new user would meet it.

A story set is a folder with `articles/*.txt` (plain text as scraped, no metadata) and a
`gold.yaml` written before the tool ran on it (see tests/stories/README.md for the format).
Each set is extracted on its own, with no editorial file and no translations, and scored on:

- publication dates (DCT): the article's date equals the gold one;
- time expressions, where the gold has them: span and value F1 (generator/evaluate.py);
- events: each timeline entry is assigned to at most one gold event whose date (or an accepted
  date) it has and with which it shares the most articles. A required gold event is *found*
  when an entry is assigned to it, *exact* when that entry also cites all but at most one of
  the articles that report it; further entries assigned to it that cite only its articles are
  *splits*; entries assigned to no gold event are *noise*; entries dated by a text the gold
  lists as a non-event (a page header, a citation stamp...) are *non-events published*.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.core.model import Corpus, Event
from generator.evaluate import Counts, score_article
from generator.events.titles import weak_title

GOLD = "gold.yaml"
ARTICLES = "articles"


@dataclass(frozen=True, slots=True)
class StorySet:
    name: str
    folder: Path
    gold: Mapping[str, Any]

    @property
    def role(self) -> str:
        """ "test" for a set kept to measure a round's end (never debugged on), else
        "development"."""
        return "test" if str(self.gold.get("role", "")).lower() == "test" else "development"

    @property
    def articles(self) -> Path:
        return self.folder / ARTICLES


@dataclass(frozen=True, slots=True)
class EventCounts:
    required: int = 0
    found: int = 0
    exact: int = 0
    entries: int = 0
    splits: int = 0
    noise: int = 0
    non_events: int = 0
    weak: int = 0  # entries whose title reads badly (see events.titles.weak_title)

    def __add__(self, other: EventCounts) -> EventCounts:
        return EventCounts(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))


def _fields(c: EventCounts) -> tuple[int, ...]:
    return (c.required, c.found, c.exact, c.entries, c.splits, c.noise, c.non_events, c.weak)


@dataclass(frozen=True, slots=True)
class StoryScore:
    name: str
    role: str
    articles: int = 0
    dct_right: int = 0
    timex_articles: int = 0
    timex: Counts = field(default_factory=Counts)
    events: EventCounts = field(default_factory=EventCounts)
    # What an editor (or a developer) looks at: one line each.
    details: tuple[str, ...] = ()

    def __add__(self, other: StoryScore) -> StoryScore:
        return StoryScore(
            "pooled",
            "",
            self.articles + other.articles,
            self.dct_right + other.dct_right,
            self.timex_articles + other.timex_articles,
            self.timex + other.timex,
            self.events + other.events,
        )

    def figures(self) -> dict[str, float | int]:
        e = self.events
        scores = self.timex.scores()
        return {
            "articles": self.articles,
            "dct": _ratio(self.dct_right, self.articles),
            "timex_articles": self.timex_articles,
            "span_f1": scores["overlap_f1"],
            "value_f1": scores["value_f1"],
            "required": e.required,
            "found": _ratio(e.found, e.required),
            "exact": _ratio(e.exact, e.required),
            "entries": e.entries,
            "splits": e.splits,
            "noise": _ratio(e.noise, e.entries),
            "non_events": e.non_events,
            "weak_titles": _ratio(e.weak, e.entries),
        }


def find_sets(path: Path) -> list[StorySet]:
    """The story sets at `path`: the folder itself when it is one, else its subfolders that
    are, by name."""
    import yaml

    folders = [path] if (path / GOLD).is_file() else sorted(p for p in path.iterdir() if p.is_dir())
    sets = []
    for folder in folders:
        gold_file = folder / GOLD
        if not gold_file.is_file() or not (folder / ARTICLES).is_dir():
            continue
        with gold_file.open(encoding="utf-8") as handle:
            gold = yaml.safe_load(handle)
        if isinstance(gold, Mapping):
            sets.append(StorySet(folder.name, folder, gold))
    return sets


def article_key(name: str) -> str:
    """The short id a gold file cites an article by: "07" for "07_outlet-slug.txt"."""
    return name.split("_", 1)[0] if "_" in name else Path(name).stem


def score_story(story: StorySet, corpus: Corpus) -> StoryScore:
    """Score the corpus extracted from `story`'s articles against its gold."""
    gold_articles: Mapping[str, Any] = story.gold.get("articles") or {}
    by_key = {article_key(Path(d.article.file).name): d for d in corpus.articles}
    dct_right = timex_articles = 0
    timex = Counts()
    details: list[str] = []
    for name in sorted(gold_articles):
        spec = gold_articles[name] or {}
        dated = by_key.get(article_key(name))
        gold_dct = str(spec["dct"]) if spec.get("dct") else None
        if dated is None:
            details.append(f"{name}: not in the corpus")
            continue
        if dated.dct.value == gold_dct:
            dct_right += 1
        else:
            details.append(
                f"{name}: DCT {dated.dct.value or 'none'} ({dated.dct.source}), gold {gold_dct}"
            )
        if spec.get("timexes"):
            timex_articles += 1
            timex += score_article(name, dated, spec).counts
    events, lines = score_events(story, corpus)
    details.extend(lines)
    return StoryScore(
        story.name,
        story.role,
        len(gold_articles),
        dct_right,
        timex_articles,
        timex,
        events,
        tuple(details),
    )


@dataclass(frozen=True, slots=True)
class _GoldEvent:
    id: str
    title: str
    dates: frozenset[str]
    required: bool
    reports: frozenset[str]
    articles: frozenset[str]  # reports and undated mentions


def _gold_events(gold: Mapping[str, Any]) -> list[_GoldEvent]:
    found = []
    for item in gold.get("events") or ():
        if not isinstance(item, Mapping) or "date" not in item:
            continue
        dates = {str(item["date"]), *(str(d) for d in item.get("accept_dates") or ())}
        reports = frozenset(str(r) for r in item.get("reports") or ())
        mentions = frozenset(str(r) for r in item.get("undated_mentions") or ())
        found.append(
            _GoldEvent(
                str(item.get("id", "")),
                str(item.get("title", "")),
                frozenset(dates),
                item.get("required") is True,
                reports,
                reports | mentions,
            )
        )
    return found


def _cited(event: Event) -> frozenset[str]:
    return frozenset(article_key(s.article) for s in event.sources)


def score_events(story: StorySet, corpus: Corpus) -> tuple[EventCounts, list[str]]:
    """Match timeline entries to gold events one to one, then count what is left.

    A pair needs the entry's date to be the event's (or an accepted one) and an article in
    common; pairs are taken best first: most reporting articles in common, then most articles,
    then most words of the event's title found in the entry's quotes (its numbers and names
    tell apart two developments of one day). A gold event left without an entry is missed; an
    entry left over that shares a date and only its articles with an event is a split of it;
    one that matches no event on its date is noise."""
    gold = _gold_events(story.gold)
    entries = list(corpus.events)
    cited = [_cited(e) for e in entries]
    words = [_words(" ".join(s.quote for s in e.sources)) for e in entries]
    pairs = []
    for i, entry in enumerate(entries):
        for g, event in enumerate(gold):
            shared = cited[i] & event.articles
            if entry.date in event.dates and shared:
                told = len(words[i] & _words(event.title))
                pairs.append((len(cited[i] & event.reports), len(shared), told, -i, -g))
    pairs.sort(reverse=True)
    primary: dict[int, int] = {}  # gold event -> its entry
    taken: set[int] = set()
    for _, _, _, ni, ng in pairs:
        i, g = -ni, -ng
        if g not in primary and i not in taken:
            primary[g] = i
            taken.add(i)
    required = found = exact = splits = noise = 0
    lines: list[str] = []
    for g, event in enumerate(gold):
        required += event.required
        if g not in primary:
            if event.required:
                lines.append(f"missed {event.id} {sorted(event.dates)[0]}: {event.title}")
            continue
        if not event.required:
            continue
        found += 1
        missing = event.reports - cited[primary[g]]
        if len(missing) <= 1:
            exact += 1
        else:
            lines.append(
                f"partial {event.id}: {entries[primary[g]].id} lacks {', '.join(sorted(missing))}"
            )
    for i, entry in enumerate(entries):
        if i in taken:
            continue
        on_date = [g for g, e in enumerate(gold) if entry.date in e.dates and cited[i] & e.articles]
        split = next((g for g in on_date if cited[i] <= gold[g].articles), None)
        if split is not None:
            splits += 1
            lines.append(f"split {gold[split].id}: {entry.id}")
        elif not on_date:
            noise += 1
            lines.append(f"noise: {entry.id}")
    published = _non_events(story, corpus)
    lines.extend(f"non-event published: {text}" for text in published)
    weak = 0
    for entry in entries:
        language = entry.sources[0].language if entry.sources else "id"
        title = entry.title.get(language) or next(iter(entry.title.values()), "")
        if (why := weak_title(title)) is not None:
            weak += 1
            lines.append(f"weak title ({why}): {title}")
    counts = EventCounts(required, found, exact, len(entries), splits, noise, len(published), weak)
    return counts, lines


_WORD = re.compile(r"[^\W_]{3,}|\d+(?:[.,]\d+)*")


def _words(text: str) -> set[str]:
    """Lower-cased words and numbers: what an entry's quotes and a gold title may share."""
    return {w.replace(",", "").replace(".", "") for w in _WORD.findall(text.lower())}


def _non_events(story: StorySet, corpus: Corpus) -> list[str]:
    """The gold's non-event texts that date a published entry: a source's date expression
    overlaps an occurrence of the text in its article."""
    texts: dict[str, list[str]] = {}
    for item in story.gold.get("not_events") or ():
        if isinstance(item, Mapping) and item.get("text"):
            texts.setdefault(str(item.get("article", "")), []).append(str(item["text"]))
    by_key = {article_key(Path(d.article.file).name): d.article.text for d in corpus.articles}
    spans: dict[str, list[tuple[int, int]]] = {}
    for event in corpus.events:
        for s in event.sources:
            spans.setdefault(article_key(s.article), []).append((s.timex_start, s.timex_end))
    # Where the gold marks longer expressions: "2020" (a copyright year) is no occurrence of
    # that non-event inside "13 Januari 2020".
    longer: dict[str, list[tuple[int, int]]] = {}
    for name, spec in (story.gold.get("articles") or {}).items():
        for t in (spec or {}).get("timexes") or ():
            if isinstance(t, Mapping) and isinstance(t.get("start"), int) and t.get("text"):
                start = t["start"]
                longer.setdefault(article_key(name), []).append((start, start + len(t["text"])))
    published = []
    for key, needles in sorted(texts.items()):
        text = by_key.get(key, "")
        for needle in needles:
            hits = [
                (a, b)
                for a, b in (m.span() for m in re.finditer(re.escape(needle), text))
                if not any(s <= a and b <= e and (s, e) != (a, b) for s, e in longer.get(key, ()))
            ]
            if any(a < e and s < b for a, b in hits for s, e in spans.get(key, ())):
                published.append(f"{key} {needle!r}")
    return published


def table(scores: Sequence[StoryScore]) -> str:
    """One row per set, a pooled row per role and one for all, as plain text."""
    head = (
        f"{'set':<26} {'role':<5} {'art':>3} {'DCT':>5} {'tx':>3} {'spanF1':>6} {'valF1':>6} "
        f"{'req':>3} {'found':>5} {'exact':>5} {'ent':>4} {'split':>5} {'noise':>5} {'nonev':>5}"
        f" {'weak':>5}"
    )
    lines = [head, "-" * len(head)]

    def row(label: str, role: str, s: StoryScore) -> str:
        f = s.figures()
        return (
            f"{label:<26} {role:<5} {f['articles']:>3} {f['dct']:>5.2f} {f['timex_articles']:>3} "
            f"{f['span_f1']:>6.3f} {f['value_f1']:>6.3f} {f['required']:>3} {f['found']:>5.2f} "
            f"{f['exact']:>5.2f} {f['entries']:>4} {f['splits']:>5} {f['noise']:>5.2f} "
            f"{f['non_events']:>5} {f['weak_titles']:>5.2f}"
        )

    for s in scores:
        lines.append(row(s.name, "test" if s.role == "test" else "dev", s))
    lines.append("-" * len(head))
    for role, label in (("development", "pooled development"), ("test", "pooled test")):
        part = [s for s in scores if s.role == role]
        if part and len(part) < len(scores):
            lines.append(row(label, "", _pool(part)))
    lines.append(row("pooled", "", _pool(scores)))
    return "\n".join(lines)


# The figures the methodology page shows of the story benchmark, by role.
SUMMARY_FIGURES = ("dct", "value_f1", "found", "exact", "noise", "weak_titles")


def summary(scores: Sequence[StoryScore]) -> dict[str, dict[str, float | int]]:
    """The pooled figures of each role ("development", "test"): sets, articles and
    SUMMARY_FIGURES, as `generator/publish/benchmark.json` keeps them for the methodology page."""
    out: dict[str, dict[str, float | int]] = {}
    for role in ("development", "test"):
        part = [s for s in scores if s.role == role]
        if part:
            figures = _pool(part).figures()
            out[role] = {
                "sets": len(part),
                "articles": figures["articles"],
                **{name: round(float(figures[name]), 3) for name in SUMMARY_FIGURES},
            }
    return out


def _pool(scores: Sequence[StoryScore]) -> StoryScore:
    total = StoryScore("pooled", "")
    for s in scores:
        total = total + s
    return total


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0
