"""TIMEX3 values as calendar ranges: one parser for every stage."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.core.timexvalue import bounds, calendar_value, parse

D = dt.date


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2031-02-28", D(2031, 2, 28), D(2031, 2, 28), "day"),
        ("2031-02-28TEV", D(2031, 2, 28), D(2031, 2, 28), "day"),
        ("2032-02", D(2032, 2, 1), D(2032, 2, 29), "month"),
        ("1998", D(1998, 1, 1), D(1998, 12, 31), "year"),
        ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), "week"),
        ("2024-W03-WE", D(2024, 1, 20), D(2024, 1, 21), "weekend"),
        ("2019-Q4", D(2019, 10, 1), D(2019, 12, 31), "quarter"),
        ("2019-H1", D(2019, 1, 1), D(2019, 6, 30), "half"),
        ("197X", D(1970, 1, 1), D(1979, 12, 31), "decade"),
        ("18XX", D(1800, 1, 1), D(1899, 12, 31), "century"),
        ("20", D(2000, 1, 1), D(2099, 12, 31), "century"),
        ("2018-07/2018-12", D(2018, 7, 1), D(2018, 12, 31), "range"),
    ],
)
def test_calendar_values(value: str, start: dt.date, end: dt.date, granularity: str) -> None:
    found = parse(value)
    assert found is not None
    assert (found.start, found.end, found.granularity) == (start, end, granularity)


@pytest.mark.parametrize(
    "value", ["", "PRESENT_REF", "P24Y", "2031-13", "2031-02-30", "2021-W54", "2019/2018", "soon"]
)
def test_not_calendar_values(value: str) -> None:
    assert bounds(value) is None


def test_part_of_day_and_calendar_value() -> None:
    found = parse("2031-02-28TNI")
    assert found is not None
    assert found.part == "night"
    assert calendar_value("2031-02-27T21:00/2031-02-28TMO") == "2031-02-27/2031-02-28"
