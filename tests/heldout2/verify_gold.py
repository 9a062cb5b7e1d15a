"""Self-check of tests/heldout2/gold.yaml against its articles.

Checks the annotation only; it does not import or run the extractor.
Run from anywhere: python tests/heldout2/verify_gold.py
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ARTICLES = HERE / "articles"

DAY = r"\d{4}-\d{2}-\d{2}"
POINT = rf"(?:{DAY}|\d{{4}}-\d{{2}}|\d{{4}}|\d{{4}}-W\d{{2}}|\d{{3}}X)"
DATE_RE = re.compile(rf"^(?:{POINT}(?:/{POINT})?|PRESENT_REF|PAST_REF|FUTURE_REF)$")
DUR_RE = re.compile(r"^P(?:(?:\d+|X)[YMWD])+$|^PT(?:(?:\d+|X)[HMS])+$")
PARTS = {"morning", "afternoon", "evening", "night"}
STATUS = {"happened", "planned", "claim"}

WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "sabtu": 5,
    "minggu": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
MONTHS = {
    "januari": 1,
    "februari": 2,
    "maret": 3,
    "april": 4,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "agustus": 8,
    "september": 9,
    "oktober": 10,
    "november": 11,
    "desember": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "jan.": 1,
    "feb.": 2,
    "aug.": 8,
    "sept.": 9,
    "oct.": 10,
    "nov.": 11,
    "dec.": 12,
}
NUMBERS = {
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a few": "X",
    "several": "X",
    "se": 1,
}
UNITS = {
    "hari": "D",
    "pekan": "W",
    "minggu": "W",
    "bulan": "M",
    "tahun": "Y",
    "jam": "H",
    "menit": "Mi",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "hour": "H",
    "minute": "Mi",
    "decade": "DEC",
}

# Expressions valued from another expression of the same article, not from
# the dct: (article prefix, text) -> (anchor text, offset, unit). The value
# must be the anchor's value shifted by offset days / months, or (unit "week")
# lie in the anchor's ISO week.
ANCHORED = {
    ("201", "pukul 21.30 WITA"): ("Sabtu malam", 0, "day"),
    ("201", "pukul 02.10 WITA"): ("Minggu (11/6/2023) dini hari", 0, "day"),
    ("201", "pukul 02.40 WITA"): ("Minggu (11/6/2023) dini hari", 0, "day"),
    ("204", "pukul 09.00 WIB"): ("Senin (21/7/2025) pagi", 0, "day"),
    ("204", "pukul 09.30 WIB"): ("Senin (21/7/2025) pagi", 0, "day"),
    ("205", "Keesokan harinya"): ("Rabu malam", 1, "day"),
    ("205", "delapan bulan setelah"): ("Kamis (17/11/2022)", -8, "month"),
    ("206", "Sabtu dini hari"): ("pekan lalu", 0, "week"),
    ("207", "2 a.m."): ("July 24", 0, "day"),
    ("208", "9:30 a.m."): ("Tuesday", 0, "day"),
    ("210", "10:15 a.m."): ("Wednesday", 0, "day"),
}

# Bare weekdays that point forward (future tense in the text); every other
# bare weekday is the dct itself or one of the six days before it.
FUTURE_WEEKDAYS = {("207", "Thursday"), ("207", "Friday night"), ("210", "Wednesday")}

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def month_shift(d: dt.date, k: int) -> str:
    m = d.year * 12 + d.month - 1 + k
    return f"{m // 12}-{m % 12 + 1:02d}"


def word_num(s: str):
    s = s.lower()
    if s.isdigit():
        return int(s)
    return NUMBERS.get(s)


def expected_relative(text: str, dct: dt.date):
    """Value a relative expression must have, or None if not a known pattern."""
    t = text.lower().strip()
    t = re.sub(r"\s+pukul [\d.]+ wi[bt]a?$", "", t)
    y = dct.year
    table = {
        "kemarin": str(dct - dt.timedelta(1)),
        "besok": str(dct + dt.timedelta(1)),
        "lusa": str(dct + dt.timedelta(2)),
        "pekan lalu": iso_week(dct - dt.timedelta(7)),
        "minggu lalu": iso_week(dct - dt.timedelta(7)),
        "last week": iso_week(dct - dt.timedelta(7)),
        "pekan depan": iso_week(dct + dt.timedelta(7)),
        "minggu depan": iso_week(dct + dt.timedelta(7)),
        "next week": iso_week(dct + dt.timedelta(7)),
        "earlier this week": iso_week(dct),
        "awal pekan ini": iso_week(dct),
        "bulan lalu": month_shift(dct, -1),
        "last month": month_shift(dct, -1),
        "bulan depan": month_shift(dct, 1),
        "next month": month_shift(dct, 1),
        "awal bulan ini": month_shift(dct, 0),
        "akhir bulan ini": month_shift(dct, 0),
        "tahun lalu": str(y - 1),
        "last year": str(y - 1),
        "akhir tahun lalu": str(y - 1),
        "tahun depan": str(y + 1),
        "next year": str(y + 1),
        "pertengahan tahun depan": str(y + 1),
        "awal tahun ini": str(y),
        "akhir tahun ini": str(y),
        "later this year": str(y),
    }
    if t in table:
        return table[t]
    m = re.fullmatch(r"(\w+) (hari|tahun|bulan) lalu", t)
    if m and word_num(m.group(1)) is not None:
        n = word_num(m.group(1))
        if m.group(2) == "hari":
            return str(dct - dt.timedelta(n))
        if m.group(2) == "tahun":
            return str(y - n)
        return month_shift(dct, -n)
    m = re.fullmatch(r"(\w+) (days|years) ago", t)
    if m and word_num(m.group(1)) is not None:
        n = word_num(m.group(1))
        return str(dct - dt.timedelta(n)) if m.group(2) == "days" else str(y - n)
    m = re.fullmatch(r"(\w+) lalu", t)
    if m and m.group(1) in MONTHS:
        mo = MONTHS[m.group(1)]
        return f"{y if mo < dct.month else y - 1}-{mo:02d}"
    return None


def expected_duration(text: str):
    """Duration value implied by the words, or None."""
    t = text.lower()
    if "setengah jam" in t:
        return "PT1H30M" if "satu setengah" in t else "PT30M"
    if re.search(r"\bsepekan\b", t):
        return "P1W"
    if "past decade" in t:
        return "P10Y"
    m = re.search(
        r"(\d+|a few|several|[a-z]+)[ -](?:straight )?(hari|pekan|minggu|bulan|tahun|jam|menit|"
        r"days?|weeks?|months?|years?|hours?|minutes?|decade)\b",
        t,
    )
    if not m:
        return None
    n = word_num(m.group(1))
    if n is None:
        return None
    unit = UNITS[
        m.group(2).rstrip("s")
        if m.group(2).endswith("s") and m.group(2)[:-1] in UNITS
        else m.group(2)
    ]
    if unit == "DEC":
        return "P10Y"
    if unit in ("H", "Mi"):
        return f"PT{n}{'H' if unit == 'H' else 'M'}"
    return f"P{n}{unit}"


def part_from_words(text: str):
    t = text.lower()
    m = re.search(r"(?:pukul )?(\d{1,2})[.:](\d{2})(?: ?(a\.m\.|p\.m\.))?", t)
    if m is None:
        m2 = re.search(r"\b(\d{1,2}) ?(a\.m\.|p\.m\.)", t)
        if m2:
            m = m2
            h = int(m2.group(1)) % 12 + (12 if m2.group(2) == "p.m." else 0)
        else:
            h = None
    else:
        h = int(m.group(1))
        if m.group(3):
            h = h % 12 + (12 if m.group(3) == "p.m." else 0)
    if h is not None and ("pukul" in t or "a.m." in t or "p.m." in t):
        if 5 <= h < 12:
            return "morning"
        if 12 <= h < 18:
            return "afternoon"
        if 18 <= h < 22:
            return "evening"
        return "night"
    if "dini hari" in t or re.search(r"\bnight\b", t):
        return "night"
    if "pagi" in t or "morning" in t:
        return "morning"
    if "malam" in t or "evening" in t:
        return "evening"
    if "afternoon" in t or "siang" in t or "sore" in t:
        return "afternoon"
    return None


def nearest_year(dct: dt.date, month: int, day: int) -> int:
    """Year that puts a year-less month/day closest to the dct."""
    return min(
        (dct.year - 1, dct.year, dct.year + 1),
        key=lambda y: abs((dt.date(y, month, day) - dct).days),
    )


def expect(where: str, text: str, value: str, exp: str, how: str = "") -> None:
    if value != exp:
        err(where, f"{text!r}: expected {exp}{how}, got {value}")


def day(year: str | int, month: int, d: str) -> str:
    return f"{year}-{month:02d}-{int(d):02d}"


def check_explicit(where: str, text: str, value: str, dct: dt.date) -> None:
    t = text.lower()
    # (d/m/yyyy) or (d/m)
    m = re.search(r"\((\d{1,2})/(\d{1,2})(?:/(\d{4}))?\)", t)
    if m:
        d, mo = int(m.group(1)), int(m.group(2))
        if value[5:10] != f"{mo:02d}-{d:02d}" or (m.group(3) and value[:4] != m.group(3)):
            err(where, f"{text!r} does not match value {value}")
        return
    # d-d Month yyyy / d Month hingga d Month yyyy / Month d-d[, yyyy]
    m = re.fullmatch(r"(\d{1,2})-(\d{1,2}) (\w+) (\d{4})", t)
    if m and m.group(3) in MONTHS:
        mo, yr = MONTHS[m.group(3)], m.group(4)
        expect(where, text, value, f"{day(yr, mo, m.group(1))}/{day(yr, mo, m.group(2))}")
        return
    m = re.fullmatch(r"(\d{1,2}) (\w+) hingga (\d{1,2}) (\w+) (\d{4})", t)
    if m and m.group(2) in MONTHS and m.group(4) in MONTHS:
        yr = m.group(5)
        first, last = (
            day(yr, MONTHS[m.group(2)], m.group(1)),
            day(yr, MONTHS[m.group(4)], m.group(3)),
        )
        expect(where, text, value, f"{first}/{last}")
        return
    m = re.fullmatch(r"([a-z]+\.?) (\d{1,2})-(\d{1,2})(?:, (\d{4}))?", t)
    if m and m.group(1) in MONTHS:
        yr = m.group(4) or value[:4]
        mo = MONTHS[m.group(1)]
        expect(where, text, value, f"{day(yr, mo, m.group(2))}/{day(yr, mo, m.group(3))}")
        if not m.group(4) and abs(int(yr) - dct.year) > 0:
            err(where, f"{text!r}: year-less range outside the dct year")
        return
    m = re.fullmatch(r"bulan (\w+) hingga (\w+)", t)
    if m and m.group(1) in MONTHS and m.group(2) in MONTHS:
        a, b = MONTHS[m.group(1)], MONTHS[m.group(2)]
        expect(where, text, value, f"{dct.year}-{a:02d}/{dct.year}-{b:02d}")
        return
    # Weekday, d Month yyyy (page headers) / d Month yyyy / Month d, yyyy / Month d / Mon. d
    m = re.search(r"(\d{1,2}) (\w+) (\d{4})", t)
    if m and m.group(2) in MONTHS:
        expect(where, text, value, day(m.group(3), MONTHS[m.group(2)], m.group(1)))
        return
    m = re.search(r"([a-z]+\.?) (\d{1,2})(?:, (\d{4}))?$", t)
    if m and m.group(1) in MONTHS:
        yr = m.group(3) or nearest_year(dct, MONTHS[m.group(1)], int(m.group(2)))
        expect(where, text, value, day(yr, MONTHS[m.group(1)], m.group(2)))
        return
    # Month yyyy
    m = re.fullmatch(r"(\w+) (\d{4})", t)
    if m and m.group(1) in MONTHS:
        expect(where, text, value, f"{m.group(2)}-{MONTHS[m.group(1)]:02d}")
        return
    # bare month name (optionally "akhir")
    m = re.fullmatch(r"(?:akhir |awal )?(\w+)", t)
    if m and m.group(1) in MONTHS:
        mo = MONTHS[m.group(1)]
        expect(where, text, value, f"{nearest_year(dct, mo, 15)}-{mo:02d}", " (nearest to the dct)")
        return
    # copyright line, then years and decades
    # ("N bulan setelah" is anchored: checked by hand, see the note in gold.yaml)
    m = re.fullmatch(r"© (\d{4})", t) or re.fullmatch(
        r"(?:pada |in |tahun |pada tahun )?(\d{4})", t
    )
    if m:
        expect(where, text, value, m.group(1))
        return
    m = re.fullmatch(r"(?:the )?(?:late |early )?(\d{3})0(?:s|-an)", t)
    if m:
        expect(where, text, value, f"{m.group(1)}X")


def main() -> int:
    gold = yaml.safe_load((HERE / "gold.yaml").read_text(encoding="utf-8"))
    arts = gold["articles"]
    files = sorted(p.name for p in ARTICLES.glob("*.txt"))
    if sorted(arts) != files:
        err("corpus", f"gold keys {sorted(arts)} != files {files}")

    values_by_prefix: dict[str, set[str]] = {}
    page_values: set[str] = set()
    counts = {"date": 0, "duration": 0, "page-date": 0}
    max_dct = dt.date.min

    for name, a in arts.items():
        raw = (ARTICLES / name).read_bytes()
        if b"\r" in raw:
            err(name, "CR line ends")
        text = raw.decode("utf-8")
        words = len(text.split())
        if not 250 <= words <= 550:
            err(name, f"{words} words")
        dct = dt.date.fromisoformat(str(a["dct"]))
        max_dct = max(max_dct, dct)
        if a["language"] not in ("id", "en"):
            err(name, "language")
        pos = 0
        vals = set()
        for i, tx in enumerate(a["timexes"]):
            where = f"{name}#{i} {tx['text']!r}"
            s, typ, val = tx["text"], tx["type"], str(tx["value"])
            k = text.find(s, pos)
            if k < 0:
                err(where, "not found in order")
            else:
                pos = k + len(s)
                # whole-word boundaries
                before = text[k - 1] if k else " "
                after = text[pos] if pos < len(text) else " "
                if before.isalnum() or after.isalnum():
                    err(where, f"span cuts a word: {before!r}|{after!r}")
            counts[typ] = counts.get(typ, 0) + 1
            if typ == "duration":
                if not DUR_RE.match(val):
                    err(where, f"bad duration {val}")
                exp = expected_duration(s)
                if exp is not None and exp != val:
                    err(where, f"duration words say {exp}, value {val}")
            elif typ in ("date", "page-date"):
                if not DATE_RE.match(val):
                    err(where, f"bad date value {val}")
                for piece in val.split("/"):
                    if re.fullmatch(DAY, piece):
                        dt.date.fromisoformat(piece)
                    if re.fullmatch(r"\d{4}-\d{2}", piece) and not 1 <= int(piece[5:]) <= 12:
                        err(where, "bad month")
                vals.add(val)
                if typ == "page-date":
                    page_values.add(val)
            else:
                err(where, f"bad type {typ}")
            # part of day
            part = tx.get("part")
            if part is not None and part not in PARTS:
                err(where, f"bad part {part}")
            wp = part_from_words(s) if typ == "date" else None
            if wp != part and typ == "date":
                err(where, f"part words say {wp}, annotated {part}")
            if typ == "page-date":
                check_explicit(where, s, val, dct)
            if typ != "date":
                continue
            # weekday agreement
            wd = [WEEKDAYS[w] for w in re.findall(r"[a-z]+", s.lower()) if w in WEEKDAYS]
            if s.startswith("minggu depan") or s.startswith("minggu lalu"):
                wd = []
            if wd and re.fullmatch(DAY, val):
                d = dt.date.fromisoformat(val)
                if d.weekday() != wd[0]:
                    err(where, f"{val} is a {d:%A}")
                if not re.search(r"\d", s) and (name[:3], s) not in ANCHORED:
                    delta = (d - dct).days
                    if (name[:3], s) in FUTURE_WEEKDAYS:
                        if not 0 <= delta <= 6:
                            err(where, f"future weekday {val} not in the 6 days after dct {dct}")
                    elif not -6 <= delta <= 0:
                        err(where, f"past weekday {val} not in the 6 days before dct {dct}")
            # relative expressions
            exp = expected_relative(s, dct)
            if exp is not None and exp != val:
                err(where, f"relative to dct {dct} expected {exp}, got {val}")
            check_explicit(where, s, val, dct)
            # clock times stay near the dct
            if (
                re.search(r"pukul|a\.m\.|p\.m\.", s)
                and re.fullmatch(DAY, val)
                and abs((dt.date.fromisoformat(val) - dct).days) > 3
            ):
                err(where, "clock time far from the dct")
        # anchored expressions
        first = {}
        for tx in a["timexes"]:
            first.setdefault(tx["text"], str(tx["value"]))
        for tx in a["timexes"]:
            key = (name[:3], tx["text"])
            if key not in ANCHORED:
                continue
            anchor, off, unit = ANCHORED[key]
            if anchor not in first:
                err(name, f"anchor {anchor!r} of {tx['text']!r} is not annotated")
                continue
            av, val = first[anchor], str(tx["value"])
            if unit == "day":
                exp = str(dt.date.fromisoformat(av) + dt.timedelta(off))
                ok = val == exp
            elif unit == "month":
                exp = month_shift(dt.date.fromisoformat(av), off)
                ok = val == exp
            else:
                exp = f"in {av}"
                ok = iso_week(dt.date.fromisoformat(val)) == av
            if not ok:
                i = a["timexes"].index(tx)
                err(
                    f"{name}#{i} {tx['text']!r}",
                    f"anchored to {anchor!r}: expected {exp}, got {val}",
                )
        # page-dates are later than the article
        for tx in a["timexes"]:
            if tx["type"] == "page-date" and str(tx["value"])[:4] <= str(dct.year):
                err(name, f"page-date {tx['value']} not later than dct")
        ev = str(a["dct_evidence"])
        if not ev.startswith("not in text") and str(dct) not in vals:
            err(name, "dct is not the value of any timex")
        for nt in a.get("not_timexes", []):
            if nt not in text:
                err(name, f"not_timex {nt!r} not in text")
        values_by_prefix[name[:3]] = vals

    # events
    ids = set()
    for e in gold["events"]:
        where = f"event {e['id']}"
        if e["id"] in ids:
            err(where, "duplicate id")
        ids.add(e["id"])
        d = str(e["date"])
        if not DATE_RE.match(d):
            err(where, f"bad date {d}")
        if e["status"] not in STATUS:
            err(where, "bad status")
        if d in gold["not_events"]:
            err(where, "dated with a page-date value")
        for src in e["sources"]:
            if src not in values_by_prefix:
                err(where, f"unknown source {src}")
            elif d not in values_by_prefix[src]:
                err(where, f"{d} is not a timex value of {src}")
    if set(map(str, gold["not_events"])) != page_values:
        err("not_events", f"{sorted(gold['not_events'])} != page-date values {sorted(page_values)}")
    for pv in page_values:
        if pv[:4] <= str(max_dct.year):
            err("not_events", f"{pv} not later than every dct")

    for e in errors:
        print("ERROR", e)
    total = sum(counts.values())
    print(
        f"{len(arts)} articles, {total} timexes {counts}, {len(gold['events'])} events, "
        f"{len(errors)} errors"
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
