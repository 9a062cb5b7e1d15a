"""Calendar arithmetic on days and TIMEX3 values: ISO weeks, months, shifts, durations."""

from __future__ import annotations

import datetime as dt

from generator.core.timexvalue import bounds


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.isoweekday() - 1)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift(ref: dt.date, n: int, unit: str) -> str:
    """`ref` moved by n units, written at that unit's granularity."""
    if unit == "D":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit == "W":
        return iso_week(ref + dt.timedelta(weeks=n))
    if unit == "M":
        y, m = add_months(ref.year, ref.month, n)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "DE":
        return f"{(ref.year + 10 * n) // 10:03d}X"
    if unit == "CE":
        return f"{(ref.year + 100 * n) // 100:02d}"
    return ref.isoformat()


def duration_value(n: int, unit: str) -> str:
    """TIMEX3 duration; 0 is an unknown count ("berbulan-bulan" -> PXM)."""
    count = "X" if n == 0 else str(n)
    if unit == "DE":
        return "PXDE" if n == 0 else f"P{n * 10}Y"
    if unit == "CE":
        return "PXCE" if n == 0 else f"P{n * 100}Y"
    if unit in {"H", "MIN", "S"}:
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"


def start_of(value: str) -> dt.date | None:
    """First day of a value's period (for ordering and references), or None."""
    found = bounds(value)
    return found[0] if found else None


def end_of(value: str) -> dt.date | None:
    """Last day of a value's period."""
    found = bounds(value)
    return found[1] if found else None


def weekend_of(ref: dt.date, off: int) -> str:
    sat = monday(ref) + dt.timedelta(weeks=off, days=5)
    return f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}"
