"""`linimasa extract` prints JSON that the documented schema accepts, with exact offsets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads(
    (ROOT / "generator" / "publish" / "schema" / "corpus.schema.json").read_text("utf-8")
)


@pytest.fixture(scope="module")
def extracted() -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "extract", "seeds"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_schema_is_valid_and_accepts_the_seeds(extracted: dict) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.Draft202012Validator(SCHEMA).validate(extracted)


def test_every_article_and_offset(extracted: dict) -> None:
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")
    assert sorted(Path(a["file"]).name for a in extracted["articles"]) == seeds
    for article in extracted["articles"]:
        original = (ROOT / article["file"]).read_text("utf-8-sig")
        for timex in article["timexes"]:
            assert original[timex["start"] : timex["end"]] == timex["text"]
    texts = {a["id"]: (ROOT / a["file"]).read_text("utf-8-sig") for a in extracted["articles"]}
    for event in extracted["events"]:
        for source in event["sources"]:
            text = texts[source["article"]]
            assert text[source["start"] : source["end"]] == source["quote"]
            timex = source["timex"]
            assert text[timex["start"] : timex["end"]] == timex["text"]


def test_schema_rejects_bad_values(extracted: dict) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    broken = json.loads(json.dumps(extracted))
    broken["articles"][0]["timexes"] = [
        {"text": "x", "start": 0, "end": 1, "type": "date", "value": "18 Juni"}
    ]
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(extracted))
    broken["articles"][0]["dct"] = "2024-6-18"
    assert not validator.is_valid(broken)


def test_output_file_and_byte_identical_runs(tmp_path: Path) -> None:
    outputs = []
    for name in ("one.json", "two.json"):
        target = tmp_path / name
        subprocess.run(
            [sys.executable, "-m", "generator", "extract", "seeds", "-o", str(target)],
            cwd=ROOT,
            capture_output=True,
            check=True,
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
