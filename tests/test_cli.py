"""The command line: documented exit codes, clear messages, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import EXIT_ATTENTION, EXIT_INTERNAL, EXIT_OK, main

BODY = "Wali kota meresmikan jembatan baru pada hari Sabtu, kata juru bicara pemerintah kota.\n"


def test_extract_prints_json_and_reports_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(BODY, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    code = main(["extract", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == EXIT_ATTENTION, "an unreadable article needs attention"
    assert [a["id"] for a in json.loads(out)["articles"]] == ["good"], "the rest still comes out"
    assert "empty.txt: empty file" in err
    assert "Traceback" not in err


def test_strict_turns_warnings_into_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "nodate.txt").write_text(
        "Tidak ada tanggal di sini sama sekali, kata mereka.\n", "utf-8"
    )
    assert main(["extract", str(tmp_path)]) == EXIT_OK
    assert main(["extract", "--strict", str(tmp_path)]) == EXIT_ATTENTION
    assert "nodate.txt" in capsys.readouterr().err


def test_internal_error_has_no_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.pipeline

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(generator.pipeline, "extract", boom)
    monkeypatch.delenv("LINIMASA_DEBUG", raising=False)
    assert main(["extract", "seeds"]) == EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: kaboom" in err
    assert "Traceback" not in err


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_must_be_a_positive_count(jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("extract", "generate", "build"):
        args = [command, "--jobs", jobs] + (["seeds"] if command == "extract" else [])
        with pytest.raises(SystemExit) as exc:
            main(args)
        assert exc.value.code == 2
        err = capsys.readouterr().err
        assert "--jobs" in err
        assert "at least one process" in err or "whole number" in err
