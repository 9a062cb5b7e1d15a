"""A generated news archive as a user scrapes one, for benchmarks (not tests).

Stories of several articles from several outlets, each article plain text with page furniture
(a site header with the crawl date, breadcrumbs, a byline, "Baca juga" lines, a list of popular
headlines each with its date, a copyright line) and its dates in the text in the forms news uses:
a weekday with "(d/m/yyyy)" or only "(d/m)" in the lead, a dateline with or without a year, a
publication stamp, "kemarin"/"yesterday", a weekday alone, or nothing at all. Two families:

- `plain`: no metadata; about a quarter of the articles give no date of their own (the corpus
  must anchor them through the events they share with dated ones), a fifth give a day and month
  without a year (the corpus chooses the year, see generator/events/anchor.py);
- `wire`: the same, plus wire stories republished by regional sites: near-copies with another
  headline, lead, sidebar or a dropped dateline; a share of the articles carries metadata
  (a sidecar YAML with the publication date), the rest none.

The same seed gives the same archive. Every sentence is built from the templates of
benchmarks/archive_text.py: no third-party text. Each article knows its true publication date
and the true values of the date expressions it was built with.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass

import archive_text as w
from corpus import Synthetic

FAMILIES = ("plain", "wire")


@dataclass(slots=True)
class _Story:
    language: str
    kind: str
    slots: dict[str, str]
    events: list[tuple[dt.date, int]]  # (day, development) in order
    words: dict[str, list[str]]  # the story's own nouns, verbs and adjectives, per language
    shapes: dict[str, list[str]]  # the sentence shapes its reporters use, per language
    outlets: list[str]
    headlines: list[tuple[str, dt.date]]


def make_archive(count: int, family: str, seed: int = 20250214) -> tuple[Synthetic, ...]:
    """`count` articles of the `family` ("plain" or "wire"); about two thirds Indonesian."""
    if family not in FAMILIES:
        raise ValueError(f"unknown family {family!r}")
    rng = random.Random(f"{family}-{seed}")
    out: list[Synthetic] = []
    seen: set[str] = set()
    popular: list[tuple[str, dt.date, str]] = []  # headlines other pages list as furniture
    stories = 0
    while len(out) < count:
        story = _story(rng)
        stories += 1
        wire = family == "wire"
        for art in _articles(story, rng, wire, popular):
            if art.text in seen or len(out) >= count:
                continue
            seen.add(art.text)
            name = f"{len(out) + 1:05d}_{art.language}"
            out.append(Synthetic(name, *_fields(art), story=stories))
        popular.extend((h, d, story.language) for h, d in story.headlines[:2])
        del popular[:-60]
    return tuple(out)


# ---- stories ---------------------------------------------------------------------------------


def _word(rng: random.Random, language: str) -> str:
    if language == "id":
        mid = rng.choice(w.SYL_ID_MID) if rng.random() < 0.5 else ""
        return rng.choice(w.SYL_ID_HEAD) + mid + rng.choice(w.SYL_ID_TAIL)
    return rng.choice(w.SYL_EN_HEAD) + rng.choice(w.SYL_EN_MID) + rng.choice(w.SYL_EN_TAIL)


def _fill(rng: random.Random, forms: tuple[str, ...], language: str) -> str:
    return rng.choice(forms).format(a=_word(rng, language), b=_word(rng, language))


def _person(rng: random.Random, language: str) -> str:
    first = rng.choice(w.FIRST_ID if language == "id" else w.FIRST_EN)
    return f"{first} {_word(rng, language)}"


def _story(rng: random.Random) -> _Story:
    language = "en" if rng.random() < 0.33 else "id"
    kind = rng.choice(sorted(w.KINDS))
    roles = w.ROLES_ID if language == "id" else w.ROLES_EN
    slots = {
        "p1": _person(rng, language),
        "p2": _person(rng, language),
        "role1": rng.choice(roles),
        "role2": rng.choice(roles),
        "place": _fill(rng, w.PLACE_ID if language == "id" else w.PLACE_EN, language),
        "city": _word(rng, language),
        "org": _fill(rng, w.ORG_ID if language == "id" else w.ORG_EN, language),
        "site": _fill(rng, w.SITE_ID if language == "id" else w.SITE_EN, language),
        "n": str(rng.randint(3, 90)),
        "m": str(rng.randint(100, 900)),
    }
    start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
    steps = sorted(rng.sample(range(len(w.KINDS[kind])), rng.randint(3, 6)))
    day, events = start, []
    for step in steps:
        events.append((day, step))
        day += dt.timedelta(days=rng.randint(1, 9))
    outlets = [_fill(rng, w.OUTLET_ID if language == "id" else w.OUTLET_EN, language)]
    outlets += [_fill(rng, w.OUTLET_ID if language == "id" else w.OUTLET_EN, language)]
    for _ in range(4):
        outlets.append(_fill(rng, w.OUTLET_ID if language == "id" else w.OUTLET_EN, language))
    # Besides words of the language, each story has terms of its own (a disease, a machine,
    # a local dish), made of syllables like its names.
    words = {
        lang: rng.sample(nouns, 14)
        + [_word(rng, lang).lower() for _ in range(10)]
        + rng.sample(verbs, 10)
        + rng.sample(adjectives, 10)
        for lang, nouns, verbs, adjectives in (
            ("id", w.NOUNS_ID, w.VERBS_ID, w.ADJ_ID),
            ("en", w.NOUNS_EN, w.VERBS_EN, w.ADJ_EN),
        )
    }
    shapes = {"id": rng.sample(w.SHAPES_ID, 9), "en": rng.sample(w.SHAPES_EN, 9)}
    return _Story(language, kind, slots, events, words, shapes, outlets, [])


def _own_sentence(story: _Story, language: str, rng: random.Random) -> str:
    """A sentence of the story's own words, and of words of the day's report."""
    vocabulary = story.words[language]
    nouns, verbs, adjectives = vocabulary[:24], vocabulary[24:34], vocabulary[34:]
    if language == "id":
        pools = (w.NOUNS_ID, w.VERBS_ID, w.ADJ_ID)
    else:
        pools = (w.NOUNS_EN, w.VERBS_EN, w.ADJ_EN)

    def pick(own: list[str], pool: list[str]) -> str:
        return rng.choice(own if rng.random() < 0.7 else pool)

    a, b = pick(nouns, pools[0]), pick(nouns, pools[0])
    shape = rng.choice(story.shapes[language])
    return _cap(
        shape.format(
            p=story.slots[rng.choice(("p1", "p2"))],
            v=pick(verbs, pools[1]),
            v2=pick(verbs, pools[1]),
            j=pick(adjectives, pools[2]),
            a=a,
            b=b if b != a else rng.choice(nouns),
            place=story.slots["place"],
            org=story.slots["org"],
            k=rng.randint(2, 400),
        )
    )


def _clause(story: _Story, step: int, language: str) -> str:
    ident, english = w.KINDS[story.kind][step]
    return (ident if language == "id" else english).format(**story.slots)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _headline(clause: str, language: str) -> str:
    words = clause.split()[:9]
    if language == "id":
        small = {"di", "ke", "dari", "dan", "yang", "dengan", "untuk", "sebagai", "dalam"}
        return " ".join(x if x in small or not x[:1].isalpha() else _cap(x) for x in words)
    return _cap(" ".join(words))


# ---- dates as news writes them ------------------------------------------------------------------


def _full(day: dt.date, language: str, rng: random.Random) -> str:
    """A day with its year, in a form news uses."""
    if language == "id":
        form = rng.randrange(3)
        if form == 0:
            return f"{w.ID_DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"
        if form == 1:
            return f"{day.day} {w.ID_MONTHS[day.month - 1]} {day.year}"
        return f"{w.ID_DAYS[day.weekday()]}, {day.day} {w.ID_MONTHS[day.month - 1]} {day.year}"
    form = rng.randrange(3)
    if form == 0:
        return f"{w.EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == 1:
        return f"{day.day} {w.EN_MONTHS[day.month - 1]} {day.year}"
    return f"{w.EN_DAYS[day.weekday()]}, {w.EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _stamp(day: dt.date, language: str, rng: random.Random) -> str:
    """A publication stamp under the headline."""
    hh, mm = rng.randint(6, 22), rng.randrange(60)
    if language == "id":
        if rng.random() < 0.5:
            return f"{w.ID_DAYS[day.weekday()]}, {day.day} {w.ID_MONTHS[day.month - 1]} {day.year} {hh:02d}:{mm:02d} WIB"
        return f"{day.day:02d}/{day.month:02d}/{day.year}, {hh:02d}:{mm:02d} WIB"
    hour = (hh - 1) % 12 + 1
    half = "AM" if hh < 12 else "PM"
    if rng.random() < 0.5:
        return f"Updated {hour}:{mm:02d} {half}, {w.EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{w.EN_DAYS[day.weekday()]}, {day.day} {w.EN_MON[day.month - 1].rstrip('.')} {day.year} {hour}:{mm:02d} {half}"


def _crawl_bar(day: dt.date, language: str) -> str:
    if language == "id":
        return f"{w.ID_DAYS[day.weekday()]}, {day.day} {w.ID_MONTHS[day.month - 1]} {day.year}"
    return f"{w.EN_DAYS[day.weekday()]}, {w.EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


# ---- articles ------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Article:
    language: str
    parts: list[str]  # paragraphs and furniture lines, in order
    dct: dt.date
    expressions: list[tuple[str, str]]
    meta: str | None
    own_date: bool
    title: str
    outlet: str

    @property
    def text(self) -> str:
        return "\n\n".join(p for p in self.parts if p) + "\n"


def _fields(a: _Article) -> tuple[str, str, str, tuple[tuple[str, str], ...], str | None, bool]:
    return a.language, a.text, a.dct.isoformat(), tuple(a.expressions), a.meta, a.own_date


def _articles(
    story: _Story, rng: random.Random, wire: bool, popular: list[tuple[str, dt.date, str]]
) -> list[_Article]:
    """The story's articles: one or more per development, some of them wire near-copies."""
    out: list[_Article] = []
    for at in range(len(story.events)):
        for _ in range(rng.choice((1, 1, 2, 2, 3))):
            language = story.language
            if rng.random() < 0.1:  # a foreign outlet covers the same development
                language = "en" if language == "id" else "id"
            out.append(_article(story, at, language, rng, popular, wire))
        if wire and rng.random() < 0.6:
            original = _article(story, at, story.language, rng, popular, wire, agency=True)
            out.append(original)
            for _ in range(rng.randint(1, 7)):
                out.append(_copy(original, story, rng, popular))
    story.headlines.extend((a.title, a.dct) for a in out[:3])
    return out


def _form(rng: random.Random) -> str:
    """How an article gives its own date: in full, a stamp, without a year, or not at all."""
    roll = rng.random()
    if roll < 0.30:
        return "full"
    if roll < 0.55:
        return "stamp"
    if roll < 0.75:
        return "noyear"
    return "none"


def _article(
    story: _Story,
    at: int,
    language: str,
    rng: random.Random,
    popular: list[tuple[str, dt.date, str]],
    wire: bool,
    agency: bool = False,
) -> _Article:
    day, step = story.events[at]
    late = rng.random() < 0.35  # reported the next day ("kemarin", "yesterday")
    dct = day + dt.timedelta(days=1 if late else 0)
    form = _form(rng)
    meta_date = wire and rng.random() < 0.3
    exprs: list[tuple[str, str]] = []
    clause = _clause(story, step, language)
    city = story.slots["city"]
    outlet = story.outlets[rng.randrange(len(story.outlets))] if not agency else ""
    if agency:
        outlet = rng.choice(w.AGENCY_ID if language == "id" else w.AGENCY_EN)
    # The lead: the development, and when.
    when, when_value = _lead_when(day, dct, late, form, language, rng)
    exprs.append((when.removeprefix("pada ").removeprefix("on "), when_value))
    dateline = _dateline(city, dct, form, language, agency, outlet, rng)
    lead = f"{dateline}{_cap(clause)} {when}."
    details = w.DETAIL_ID if language == "id" else w.DETAIL_EN
    fillers = w.FILLER_ID if language == "id" else w.FILLER_EN
    chosen = [_cap(d.format(**story.slots)) for d in rng.sample(details, rng.randint(0, 2))]
    chosen += [_own_sentence(story, language, rng) for _ in range(rng.randint(8, 14))]
    rng.shuffle(chosen)
    # As news runs: the lead, what it means, a quote, then the story so far, then the rest.
    paragraphs = [lead, " ".join(chosen[:2]), _quote(story, language, rng)]
    for back in range(at - 1, max(-1, at - 4), -1):  # earlier developments, in several forms
        b_day, b_step = story.events[back]
        text, value = _background_when(b_day, dct, language, rng)
        b_clause = _clause(story, b_step, language)
        opening = "Sebelumnya, " if language == "id" else "Earlier, "
        sentence = rng.choice((f"{opening}{b_clause} {text}.", f"{_cap(b_clause)} {text}."))
        exprs.append((text.removeprefix("pada ").removeprefix("on "), value))
        paragraphs.append(f"{sentence} {_own_sentence(story, language, rng)}")
    for k in range(2, len(chosen), 2):
        paragraphs.append(" ".join(chosen[k : k + 2]))
    paragraphs.insert(len(paragraphs) - 1, _quote(story, language, rng))
    paragraphs.append(rng.choice(fillers))
    title = _headline(clause, language)
    crawl = dct + dt.timedelta(days=rng.randint(200, 2500))
    head = [outlet]
    if rng.random() < 0.6:
        head.append(_crawl_bar(crawl, language))
    if rng.random() < 0.5:
        sections = w.SECTIONS_ID if language == "id" else w.SECTIONS_EN
        head.append(f"{'Beranda' if language == 'id' else 'Home'} > {rng.choice(sections)}")
    head.append(title)
    if rng.random() < 0.4:
        byline = "Penulis" if language == "id" else "By"
        head.append(f"{byline}: {_person(rng, language)}")
    if form == "stamp":
        head.append(_stamp(dct, language, rng))
    tail = _furniture(language, crawl, popular, rng)
    meta = None
    if meta_date:
        meta = "\n".join(
            [
                f"title: {json.dumps(title)}",
                f"outlet: {json.dumps(outlet)}",
                f"published: {dct.isoformat()}",
                f"language: {language}",
            ]
        )
    own = meta is not None or _gives_date(head, lead)
    return _Article(language, [*head, *paragraphs, *tail], dct, exprs, meta, own, title, outlet)


def _lead_when(
    day: dt.date, dct: dt.date, late: bool, form: str, language: str, rng: random.Random
) -> tuple[str, str]:
    """The lead's date of its development, and its value ("" when not scored)."""
    wd = day.weekday()
    if language == "id":
        if late:
            return rng.choice(("kemarin", f"pada {w.ID_DAYS[wd]}")), day.isoformat()
        if form == "full":
            return f"pada {w.ID_DAYS[wd]} ({day.day}/{day.month}/{day.year})", day.isoformat()
        if form == "noyear":
            return f"pada {w.ID_DAYS[wd]} ({day.day}/{day.month})", day.isoformat()
        return rng.choice((f"pada {w.ID_DAYS[wd]}", "hari ini")), day.isoformat()
    if late:
        return rng.choice(("yesterday", f"on {w.EN_DAYS[wd]}")), day.isoformat()
    return f"on {w.EN_DAYS[wd]}", day.isoformat()


def _dateline(
    city: str, dct: dt.date, form: str, language: str, agency: bool, outlet: str, rng: random.Random
) -> str:
    """The lead's opening: a city, with the day (and year) where the form gives them there."""
    if language == "id":
        if agency:
            head = f"{city} ({outlet})"
        else:
            head = city.upper() if rng.random() < 0.6 else f"{city.upper()}, {outlet.upper()}"
        if form == "full" and rng.random() < 0.3:
            head = f"{city.upper()}, {dct.day} {w.ID_MONTHS[dct.month - 1]} {dct.year}"
        return f"{head} - "
    mon = w.EN_MON[dct.month - 1]
    source = f" ({outlet})" if agency else ""
    if form == "noyear":
        return f"{city.upper()}, {mon} {dct.day}{source} - "
    if form == "full":
        return f"{city.upper()}, {mon} {dct.day}, {dct.year}{source} - "
    return f"{city.upper()}{source} - "


def _background_when(
    day: dt.date, dct: dt.date, language: str, rng: random.Random
) -> tuple[str, str]:
    gap = (dct - day).days
    roll = rng.random()
    if language == "id":
        if gap == 1 and roll < 0.5:
            return "kemarin", day.isoformat()
        if 2 <= gap <= 6 and roll < 0.4:
            return f"{w.ID_NUM[gap]} hari lalu", day.isoformat()
        if roll < 0.7:
            return f"pada {_full(day, 'id', rng)}", day.isoformat()
        return f"pada {day.day} {w.ID_MONTHS[day.month - 1]}", day.isoformat()
    if gap == 1 and roll < 0.5:
        return "yesterday", day.isoformat()
    if 2 <= gap <= 6 and roll < 0.4:
        return f"{w.EN_NUM[gap]} days ago", day.isoformat()
    if roll < 0.7:
        return f"on {_full(day, 'en', rng)}", day.isoformat()
    return f"on {w.EN_MONTHS[day.month - 1]} {day.day}", day.isoformat()


def _quote(story: _Story, language: str, rng: random.Random) -> str:
    who = story.slots[rng.choice(("p1", "p2"))]
    said = rng.choice(w.QUOTES_ID if language == "id" else w.QUOTES_EN)
    if rng.random() < 0.6:  # in the story's own words
        said = _own_sentence(story, language, rng).rstrip(".")
    says = rng.choice(w.SAYS_ID if language == "id" else w.SAYS_EN)
    return f'"{said}," {says.format(p=who, place=story.slots["city"])}.'


def _furniture(
    language: str, crawl: dt.date, popular: list[tuple[str, dt.date, str]], rng: random.Random
) -> list[str]:
    """Lines after the body: other articles, a list of popular ones with their dates, a
    copyright line."""
    others = [p for p in popular if p[2] == language]
    lines = []
    if others and rng.random() < 0.7:
        lines.append(f"{'Baca juga' if language == 'id' else 'Read also'}: {rng.choice(others)[0]}")
    if len(others) >= 3 and rng.random() < 0.5:
        lines.append("TERPOPULER" if language == "id" else "MOST READ")
        for k, (title, day, _) in enumerate(rng.sample(others, 3), 1):
            lines.append(f"{k}. {title}, {_crawl_bar(day, language)}")
    if language == "id":
        holder = rng.choice(
            ("Hak cipta dilindungi undang-undang.", "Dilarang mengutip tanpa izin.", "")
        )
    else:
        holder = rng.choice(("All rights reserved.", "Reproduction prohibited.", ""))
    owner = f"{_word(rng, language)} {rng.choice(('Media', 'Grup', 'Network', 'Digital'))}"
    lines.append(f"{rng.choice(('©', 'Copyright'))} {crawl.year} {owner}. {holder}".rstrip())
    return lines


def _copy(
    original: _Article, story: _Story, rng: random.Random, popular: list[tuple[str, dt.date, str]]
) -> _Article:
    """A regional site's copy of a wire story: another outlet's furniture, and its own headline,
    lead or sidebar; some copies drop the dateline and any date of their own."""
    language = original.language
    parts = list(original.parts)
    head_end = parts.index(original.title)
    lead_at = (
        head_end
        + 1
        + sum(1 for p in parts[head_end + 1 :] if p.startswith(("Penulis:", "By:")) or _is_stamp(p))
    )
    outlet = story.outlets[rng.randrange(len(story.outlets))]
    exprs = list(original.expressions)
    lead = parts[lead_at]
    dropped = rng.random() < 0.4  # the dateline (and stamp) dropped
    if dropped:
        lead = _cap(lead.split(" - ", 1)[-1])
    if rng.random() < 0.4:  # its own opening words
        opening = rng.choice(
            ("Diberitakan, ", "Menurut kantor berita, ", "Dilaporkan, ")
            if language == "id"
            else ("Reports said ", "According to the wire service, ")
        )
        lead = opening + lead[:1].lower() + lead[1:]
    title = original.title
    if rng.random() < 0.6:
        title = f"{story.slots['city']}: {title}" if rng.random() < 0.5 else f"{title} ({outlet})"
    body = parts[lead_at + 1 :]
    body = [p for p in body if not p.startswith(("©", "Baca juga", "Read also"))]
    crawl = original.dct + dt.timedelta(days=rng.randint(100, 2000))
    head = [outlet]
    if rng.random() < 0.5:
        head.append(_crawl_bar(crawl, language))
    head.append(title)
    stamp = next((p for p in parts[:lead_at] if _is_stamp(p)), None)
    if stamp is not None and not dropped:
        head.append(stamp)
    note = f"{'Laporan' if language == 'id' else 'Reporting by'}: {_person(rng, language)}"
    tail = _furniture(language, crawl, popular, rng)
    meta = None
    if rng.random() < 0.3:
        meta = "\n".join(
            [
                f"title: {json.dumps(title)}",
                f"outlet: {json.dumps(outlet)}",
                f"published: {original.dct.isoformat()}",
                f"language: {language}",
            ]
        )
    own = meta is not None or _gives_date(head, lead)
    return _Article(
        language, [*head, lead, *body, note, *tail], original.dct, exprs, meta, own, title, outlet
    )


_DATED_LEAD = re.compile(r"\(\d{1,2}/\d{1,2}|\b(19|20)\d\d\b|^[A-Z ]+, [A-Z][a-z]+\.? \d")


def _gives_date(head: list[str], lead: str) -> bool:
    """Whether the article gives its own date: a stamp, or a day in its dateline or lead."""
    return any(_is_stamp(p) for p in head) or bool(_DATED_LEAD.search(lead))


def _is_stamp(line: str) -> bool:
    return line.endswith(("WIB", "AM", "PM")) and any(c.isdigit() for c in line)
