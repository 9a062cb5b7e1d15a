"""Exports a journalist can reuse, per language: TimelineJS3 JSON, CSV and iCalendar.

Events keep their granularity: TimelineJS3 gets only the date parts the event has (a
month-level event has no day) and a `display_date` in words; CSV and iCalendar carry the first
and last day the event covers. Undated references (PRESENT_REF...) are left out of the calendar
formats.

`export_data` gives each file as the UTF-8 bytes the writer writes: one part per event joined
to a fixed head and tail. A part is kept in the build's fragment store (generator/publish/pagecache.py)
under its event's key (render.index_site's, which covers the outlets it names) and the
language, so a rebuild formats only the events that changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Mapping

from generator.core.model import Corpus, Event
from generator.core.timexvalue import parse
from generator.publish import serialize
from generator.publish.pagecache import Digests, Fragments
from generator.publish.views import format_date
from generator.publish.write import utf8

# iCalendar needs a stable product id and a unique, stable id per event.
_PRODID = "-//Linimasa//Timeline//EN"
_UID_DOMAIN = "linimasa.invalid"


def export_files(
    corpus: Corpus, lang: str, fragments: Fragments, digests: Digests
) -> dict[str, str]:
    """`data/timelinejs.json`, `data/events.csv` and `data/events.ics` for `lang`, as text."""
    made = export_data(corpus, lang, fragments, digests)
    return {path: data.decode("utf-8") for path, data in made.items()}


def export_data(
    corpus: Corpus, lang: str, fragments: Fragments, digests: Digests
) -> dict[str, bytes]:
    """`export_files` as the UTF-8 the writer writes, joined from fragments kept as bytes under
    the keys of `digests` (render.index_site's)."""
    outlets = {d.article.id: d.article.outlet for d in corpus.articles}
    slides: list[bytes] = []
    rows: list[bytes] = []
    vevents: list[bytes] = []
    for event, digest in zip(corpus.events, digests.events, strict=True):
        # Everything a part is made of: the event and the outlets it names (both in its
        # digest), the language.
        base = f"{digest}.{lang}.exports"
        rows.append(fragments.text(base + ".csv", lambda e=event: _csv_row(e, lang, outlets)))
        if parse(event.date) is not None:  # parse is cached: asking again below costs nothing
            slides.append(
                fragments.text(
                    base + ".tljs", lambda e=event: serialize.encode(_slide(e, lang, outlets), 2)
                )
            )
            vevents.append(fragments.text(base + ".ics", lambda e=event: _ics_event(e, lang)))
    timelinejs = {"events": serialize.join_list_data(slides, 1)}
    return {
        "data/timelinejs.json": serialize.join_object_data(timelinejs, 0) + b"\n",
        "data/events.csv": utf8(_csv_line(_CSV_HEAD)) + b"".join(rows),
        "data/events.ics": utf8(_ics_head())
        + b"".join(vevents)
        + utf8(_fold("END:VCALENDAR") + "\r\n"),
    }


def _text(event: Event, field: str, lang: str) -> str:
    texts = event.title if field == "title" else event.summary
    return texts.get(lang) or next(iter(texts.values()), "")


def _sources(event: Event, outlets: Mapping[str, str]) -> list[str]:
    return sorted({outlets.get(s.article) or s.article for s in event.sources})


def _slide(event: Event, lang: str, outlets: Mapping[str, str]) -> dict[str, object]:
    """One TimelineJS3 slide of a dated event, with only the date parts the event has."""
    point = parse(event.date)
    assert point is not None  # only dated events get a slide
    start = {"year": point.start.year, "display_date": format_date(event.date, lang)}
    if point.granularity in ("day", "week", "weekend", "range", "month", "quarter", "half"):
        start["month"] = point.start.month
    if point.granularity in ("day", "week", "weekend", "range"):
        start["day"] = point.start.day
    slide: dict[str, object] = {
        "unique_id": event.id,
        "start_date": start,
        # TimelineJS3 renders these as HTML: article text goes in escaped.
        "text": {
            "headline": html.escape(_text(event, "title", lang)),
            "text": html.escape(
                _text(event, "summary", lang) + " — " + ", ".join(_sources(event, outlets))
            ),
        },
        "group": event.status,
    }
    if point.granularity in ("week", "weekend", "range"):
        slide["end_date"] = {
            "year": point.end.year,
            "month": point.end.month,
            "day": point.end.day,
        }
    # TimelineJS3 inserts text as HTML after sanitising it; our JSON is inert regardless.
    return slide


_CSV_HEAD = [
    "id",
    "date",
    "start",
    "end",
    "date_text",
    "status",
    "title",
    "summary",
    "outlets",
    "key",
]


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _csv_row(event: Event, lang: str, outlets: Mapping[str, str]) -> str:
    point = parse(event.date)
    return _csv_line(
        [
            event.id,
            event.date,
            point.start.isoformat() if point else "",
            point.end.isoformat() if point else "",
            format_date(event.date, lang, event.part),
            event.status,
            _defuse(_text(event, "title", lang)),
            _defuse(_text(event, "summary", lang)),
            "; ".join(_defuse(o) for o in _sources(event, outlets)),
            "yes" if event.key else "no",
        ]
    )


def _defuse(text: str) -> str:
    """Article text that a spreadsheet would run as a formula starts with a quote instead."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _ics_head() -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_escape_ics('Linimasa')}",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def _ics_event(event: Event, lang: str) -> str:
    """The VEVENT of a dated event, folded, each line ending in CRLF."""
    point = parse(event.date)
    assert point is not None  # only dated events go in the calendar
    after_end = point.end.toordinal() + 1  # DTEND of an all-day event is exclusive
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.id}@{_UID_DOMAIN}",
        "DTSTAMP:19700101T000000Z",  # fixed: the same inputs give the same file
        f"DTSTART;VALUE=DATE:{point.start.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{_ymd(after_end)}",
        f"SUMMARY;LANGUAGE={lang}:{_escape_ics(_text(event, 'title', lang))}",
        f"DESCRIPTION;LANGUAGE={lang}:{_escape_ics(_text(event, 'summary', lang))}",
        f"CATEGORIES:{event.status.upper()}",
        "END:VEVENT",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def _ymd(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).strftime("%Y%m%d")


def _escape_ics(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped."""
    text = " ".join(text.split())
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _fold(line: str) -> str:
    """RFC 5545 folding: lines of at most 75 octets, continued with a leading space."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)
