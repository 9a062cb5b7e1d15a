"""Actor names as the timeline's filter lists them: one entry per person, country or
organisation, labelled in the page's language, with the other forms the articles write as
aliases. Pure.

The event stage keeps names as the text writes them ("Hartati", "Rina Hartati", "Indonesia Rina
Hartati", a misspelt "Rina Hartanti"), which is right for quoting and wrong for a filter. Here,
over the whole corpus:

- a name led by a country (CLDR's names of territories, in any of the site's languages) or by
  an institution ("Dewan Keamanan Nasional Jane Roe") is split into the country and the
  person, and the institution, a description of the person, is dropped;
- names led by a word for a kind of place or event ("Kota ...", "Perang ...", "KTT ...") are
  places and events, not actors, and are left out;
- a person's short form ("Hartati") joins the longer name it is reported with most
  often, and two spellings one letter apart are one name; the longest form is the label;
- a country is labelled with CLDR's name in the page's language; a name made of one
  language's common words (an institution named in words) is listed on that language's site
  only, since it cannot be shown translated; any other name is a proper name, the same in
  every language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from babel import Locale

from generator.core.model import Event

LANGS = ("id", "en")

# Words that head a name of a kind of place or event: such a name is not an actor.
_NOT_ACTORS = frozenset(
    "kota kabupaten provinsi distrik oblast wilayah kawasan daerah desa kecamatan kampung pulau "
    "semenanjung selat laut teluk sungai gunung jalan bandara pelabuhan pangkalan stasiun "
    "kosmodrom stadion alun-alun lapangan perang ktt konferensi pemilu pilkada pilpres "
    "pertemuan sidang upacara olimpiade piala festival "
    "city county province district region village island peninsula strait sea gulf river "
    "mount street airport port base station cosmodrome stadium square war summit conference "
    "election meeting ceremony olympics cup festival "
    # A direction opens the name of a region ("Timur Jauh", "Far East"); countries named so
    # ("Korea Utara", "South Africa") are known as countries first.
    "utara selatan timur barat tengah north south east west central far".split()
)
# Words that name an institution with the common words around them, in each language
# ("Gedung Putih", "Dewan Keamanan Nasional", "White House").
_INSTITUTIONS = {
    "id": frozenset(
        "dewan gedung kementerian kemenlu kemenhan badan komisi majelis mahkamah pengadilan "
        "kantor kedutaan konsulat istana parlemen senat kongres partai pasukan angkatan "
        "tentara militer kepolisian polisi kejaksaan lembaga dinas markas pemerintah "
        "perserikatan organisasi uni bank".split()
    ),
    "en": frozenset(
        "council house ministry department agency commission assembly court office embassy "
        "consulate palace parliament senate congress party forces army navy military police "
        "government organisation organization union bank".split()
    ),
}
# Common words that describe an institution after its head word, in each language.
_DESCRIPTIVE = {
    "id": frozenset(
        "keamanan nasional putih luar negeri dalam pertahanan rakyat perwakilan umum agung "
        "tinggi internasional bangsa-bangsa bersatu pusat daerah militer darat laut udara "
        "republik kerajaan federal sentral dunia eropa atom energi intelijen".split()
    ),
    "en": frozenset(
        "security national white foreign home defence defense people's representatives general "
        "supreme high international nations united central federal world european atomic "
        "energy intelligence of the".split()
    ),
}


# Seats of government that news names for the government, the same in every language: a name
# after one ("Kremlin Dmitry Peskov") is its spokesperson's.
_SEATS = frozenset("kremlin pentagon vatikan vatican elysee élysée zhongnanhai".split())


@dataclass(frozen=True, slots=True)
class ActorNames:
    """One language's actors: each event's actors by label, and each label's other forms."""

    by_event: dict[str, tuple[str, ...]]  # event id -> labels, sorted
    aliases: dict[str, tuple[str, ...]]  # label -> the other forms the articles write, sorted


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str  # "country", "institution" or "name"
    ident: str  # the country's code, or the name itself


def actor_names(events: Sequence[Event], lang: str) -> ActorNames:
    """The actors of `events` as `lang`'s timeline lists them."""
    parts = {raw: _parts(raw) for e in events for raw in e.actors}
    # How often each name is reported, and with which other names.
    counts: Counter[str] = Counter()
    together: Counter[tuple[str, str]] = Counter()
    for e in events:
        names = sorted({p.ident for raw in e.actors for p in parts[raw] if p.kind == "name"})
        counts.update(names)
        together.update((a, b) for a in names for b in names if a != b)
    person = _people(counts, together)
    forms: dict[str, set[str]] = {}
    by_event: dict[str, tuple[str, ...]] = {}
    for e in events:
        labels: set[str] = set()
        for raw in e.actors:
            for p in parts[raw]:
                label = _label(p, person, lang)
                if label is None:
                    continue
                labels.add(label)
                forms.setdefault(label, set()).add(raw)
        by_event[e.id] = tuple(sorted(labels))
    aliases = {label: tuple(sorted(f - {label})) for label, f in sorted(forms.items())}
    return ActorNames(by_event, aliases)


def _label(entry: _Entry, person: Mapping[str, str], lang: str) -> str | None:
    if entry.kind == "country":
        return _territories(lang).get(entry.ident)
    if entry.kind == "institution":
        return entry.ident if _language_of(entry.ident) == lang else None
    return person.get(entry.ident, entry.ident)


def _parts(raw: str) -> tuple[_Entry, ...]:
    """What one written name stands for: countries, a person or other proper name, an
    institution, or nothing (a place or an event)."""
    words = raw.split()
    if not words:
        return ()
    codes = _territory_codes()
    for cut in range(min(len(words), 4), 0, -1):
        head = " ".join(words[:cut])
        if head in codes:
            rest = " ".join(words[cut:])
            return (_Entry("country", codes[head]), *(_parts(rest) if rest else ()))
    if words[0].lower() in _NOT_ACTORS:
        return ()
    if words[0].lower() in _SEATS and len(words) >= 3:
        return (_Entry("name", " ".join(words[1:])),)
    for lang in LANGS:
        # An institution's words ("Dewan Keamanan Nasional", "White House"): a name after
        # them is a person's, described by the institution.
        at = 0
        while at < len(words) and _common(words[at], lang):
            at += 1
        if not any(w.lower() in _INSTITUTIONS[lang] for w in words[:at]):
            continue
        rest = words[at:]
        if len(rest) >= 2:
            return (_Entry("name", " ".join(rest)),)
        return (_Entry("institution", raw),)
    return (_Entry("name", raw),)


def _people(counts: Counter[str], together: Counter[tuple[str, str]]) -> dict[str, str]:
    """Each name that is another form of a longer one -> the group's label."""
    names = sorted(counts, key=lambda n: (-len(n.split()), -len(n), -counts[n], n))
    label: dict[str, str] = {}

    def root(name: str) -> str:
        while name in label:
            name = label[name]
        return name

    # Spellings one letter apart, with as many words and the same first word, are one name.
    # Only names of one such group are compared (in the order of `names`): a corpus of many
    # stories names thousands of people, and comparing every pair took most of a build.
    split = {name: tuple(name.split()) for name in names}
    alike: dict[tuple[int, str], list[str]] = {}
    for name in names:
        if len(split[name]) >= 2:
            alike.setdefault((len(split[name]), split[name][0]), []).append(name)
    for group in alike.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if root(a) != root(b) and _one_edit(a, b):
                    label[root(b)] = root(a)
    # A short form is the start or the end of longer names: it joins the one it is reported
    # with most often (then the one reported most), and stays itself when that is a tie.
    # The longer names are found through their first and last words, not by reading them all.
    ends: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        words = split[name]
        for k in range(1, len(words)):
            ends.setdefault(words[:k], set()).add(name)
            ends.setdefault(words[-k:], set()).add(name)
    for short in names:
        longer = ends.get(split[short])
        if not longer:
            continue
        ranked = sorted(
            longer, key=lambda n: (-together[(short, n)], -counts[n], -len(split[n]), n)
        )
        best = ranked[0]
        tied = [
            n
            for n in ranked
            if (together[(short, n)], counts[n]) == (together[(short, best)], counts[best])
        ]
        if len({root(n) for n in tied}) > 1:
            continue  # two people share the short form: it names neither surely
        if root(short) != root(best):
            label[root(short)] = root(best)
    # Each group is labelled with its longest name, the spelling reported most often first.
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(root(name), []).append(name)
    best = {
        top: min(group, key=lambda n: (-len(n.split()), -counts[n], -len(n), n))
        for top, group in groups.items()
    }
    return {name: best[root(name)] for name in counts if best[root(name)] != name}


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter changed, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) < len(b):
        a, b = b, a
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i + 1 :] == b[i:]


def _common(word: str, lang: str) -> bool:
    low = word.lower()
    return low in _DESCRIPTIVE[lang] or low in _INSTITUTIONS[lang]


def _language_of(name: str) -> str | None:
    """The language whose common words make up an institution's name (None: proper words)."""
    words = name.split()
    for lang in LANGS:
        if any(_common(w, lang) for w in words):
            return lang
    return None


@cache
def _territory_codes() -> dict[str, str]:
    """Every language's CLDR name of a country or territory -> its code."""
    codes: dict[str, str] = {}
    for lang in LANGS:
        for code, name in _territories(lang).items():
            codes.setdefault(name, code)
    return codes


@cache
def _territories(lang: str) -> dict[str, str]:
    # Two-letter codes only: the numeric ones are regions ("Asia"), not countries.
    return {c: n for c, n in Locale.parse(lang).territories.items() if c.isalpha()}
