"""Dates written for people: granularity kept, both languages, Babel month and weekday names."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.publish.humanize import bounds, format_value, granularity


@pytest.mark.parametrize(
    ("value", "part", "id_text", "en_text"),
    [
        # The client's examples.
        ("2024-06-18", None, "18 Juni 2024", "18 June 2024"),
        ("2024-06", None, "Juni 2024", "June 2024"),
        ("2024", None, "2024", "2024"),
        ("2024-06-18/2024-06-19", None, "18–19 Juni 2024", "18–19 June 2024"),
        ("195X", None, "1950-an", "1950s"),
        ("2024-W24", None, "pekan 10–16 Juni 2024", "week of 10–16 June 2024"),
        ("2024-06-18", "evening", "Selasa malam, 18 Juni 2024", "Tuesday evening, 18 June 2024"),
        # Expressions of our own, beside the seeds.
        ("2031-03-02", "morning", "Minggu pagi, 2 Maret 2031", "Sunday morning, 2 March 2031"),
        (
            "2019-12-30/2020-01-02",
            None,
            "30 Desember 2019 – 2 Januari 2020",
            "30 December 2019 – 2 January 2020",
        ),
        ("2022-02-27/2022-03-01", None, "27 Februari – 1 Maret 2022", "27 February – 1 March 2022"),
        ("2022-11/2022-12", None, "November–Desember 2022", "November–December 2022"),
        ("1998/2003", None, "1998–2003", "1998–2003"),
        ("2021-W01", None, "pekan 4–10 Januari 2021", "week of 4–10 January 2021"),
        (
            "2020-W53",
            None,
            "pekan 28 Desember 2020 – 3 Januari 2021",
            "week of 28 December 2020 – 3 January 2021",
        ),
        ("2024-W03-WE", None, "akhir pekan 20–21 Januari 2024", "weekend of 20–21 January 2024"),
        ("2030-Q3", None, "triwulan 3 2030", "Q3 2030"),
        ("198X", None, "1980-an", "1980s"),
        ("2024-06-18TNI", None, "Selasa malam, 18 Juni 2024", "Tuesday night, 18 June 2024"),
        ("PRESENT_REF", None, "saat ini", "the present"),
        ("PAST_REF", None, "masa lalu", "the past"),
        ("FUTURE_REF", None, "waktu mendatang", "the future"),
        ("P24Y", None, "24 tahun", "24 years"),
        ("PXM", None, "berbulan-bulan", "months"),
        ("", None, "tanggal tidak diketahui", "date unknown"),
    ],
)
def test_format_value(value: str, part: str | None, id_text: str, en_text: str) -> None:
    assert format_value(value, "id", part) == id_text
    assert format_value(value, "en", part) == en_text


@pytest.mark.parametrize(
    "value", ["2024-13-01", "2023-02-29", "2024-W54", "soon", "2024-06/2024-05"]
)
def test_values_that_are_not_dates_come_back_unchanged(value: str) -> None:
    assert format_value(value, "id") == value
    assert bounds(value) is None
    assert granularity(value) == "unknown"


@pytest.mark.parametrize(
    ("value", "first", "last", "kind"),
    [
        ("2024-06-18", "2024-06-18", "2024-06-18", "day"),
        ("2024-02", "2024-02-01", "2024-02-29", "month"),
        ("2023-02", "2023-02-01", "2023-02-28", "month"),
        ("2024", "2024-01-01", "2024-12-31", "year"),
        ("2024-W24", "2024-06-10", "2024-06-16", "week"),
        ("2024-Q1", "2024-01-01", "2024-03-31", "quarter"),
        ("195X", "1950-01-01", "1959-12-31", "decade"),
        ("19XX", "1900-01-01", "1999-12-31", "century"),
        ("2024-06-18/2024-07", "2024-06-18", "2024-07-31", "range"),
    ],
)
def test_bounds_and_granularity(value: str, first: str, last: str, kind: str) -> None:
    assert bounds(value) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert granularity(value) == kind


@pytest.mark.parametrize(("value", "kind"), [("FUTURE_REF", "ref"), ("P3D", "duration")])
def test_values_without_bounds(value: str, kind: str) -> None:
    assert bounds(value) is None
    assert granularity(value) == kind


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_any_day_is_written_with_its_day_and_year(day: dt.date) -> None:
    value = day.isoformat()
    assert bounds(value) == (day, day)
    for lang in ("id", "en"):
        words = format_value(value, lang)
        assert words.startswith(f"{day.day} ")
        assert words.endswith(str(day.year))


@given(st.dates(min_value=dt.date(1000, 1, 4), max_value=dt.date(2999, 12, 20)))
def test_a_week_runs_monday_to_sunday_and_contains_its_day(day: dt.date) -> None:
    year, week, _ = day.isocalendar()
    span = bounds(f"{year}-W{week:02d}")
    assert span is not None
    assert span[0].isoweekday() == 1
    assert (span[1] - span[0]).days == 6
    assert span[0] <= day <= span[1]
