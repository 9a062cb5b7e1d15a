"""What a build prints of its diagnostics: every kind, a repeated kind counted after a few."""

from __future__ import annotations

import pytest

from generator.cli import _report
from generator.core.model import Diagnostic
from generator.report import summarised


def missing(i: int, file: str = "content/translations/en.yaml") -> Diagnostic:
    return Diagnostic("warning", file, f"quote 'q{i:03d}' of event 'e{i}' has no en translation")


def test_a_kind_repeated_in_one_file_is_counted_after_the_first_few() -> None:
    other = Diagnostic("warning", "seeds/a.txt", "no time expressions found")
    error = Diagnostic("error", "seeds/b.txt", "cannot read the file", 3)
    diagnostics = [error, *(missing(i) for i in range(25)), other]
    lines = summarised(diagnostics, shown=10)
    assert lines[0] == ("error", "error: seeds/b.txt:3: cannot read the file")
    assert [line for _, line in lines[1:11]] == [str(missing(i)) for i in range(10)]
    level, count = lines[11]
    assert level == "warning"
    assert count.startswith("warning: content/translations/en.yaml: 15 more like this: quote '…'")
    assert "linimasa check" in count
    assert lines[12:] == [("warning", str(other))]


def test_kinds_differ_by_file_level_and_wording() -> None:
    diagnostics = [
        *(missing(i) for i in range(3)),
        *(missing(i, "content/translations/id.yaml") for i in range(3)),
        *(
            Diagnostic("warning", "content/translations/en.yaml", f"event 'e{i}' has no en one")
            for i in range(3)
        ),
    ]
    assert [line for _, line in summarised(diagnostics, shown=3)] == list(map(str, diagnostics))


def test_check_lists_every_one_and_the_exit_status_counts_them_all(
    capsys: pytest.CaptureFixture[str],
) -> None:
    diagnostics = [missing(i) for i in range(40)]
    assert _report(diagnostics, strict=True, every=True) == 1
    assert capsys.readouterr().err.splitlines() == list(map(str, diagnostics))
    assert _report(diagnostics, strict=False) == 0
    assert len(capsys.readouterr().err.splitlines()) == 11


def test_entries_that_match_nothing_are_one_line_per_file() -> None:
    def stale(i: int, file: str) -> Diagnostic:
        message = f"editorial entry 'e{i}' matches no event; update or remove it"
        return Diagnostic("warning", file, message, i + 1, stale=True)

    other = Diagnostic("warning", "seeds/a.txt", "no time expressions found")
    diagnostics = [
        *(stale(i, "content/editorial.yaml") for i in range(17)),
        other,
        stale(0, "content/translations/en.yaml"),
    ]
    assert summarised(diagnostics) == [
        (
            "warning",
            "warning: content/editorial.yaml: 17 entries match nothing in this corpus: "
            "see `linimasa check`",
        ),
        ("warning", str(other)),
        (
            "warning",
            "warning: content/translations/en.yaml: 1 entry matches nothing in this corpus: "
            "see `linimasa check`",
        ),
    ]
