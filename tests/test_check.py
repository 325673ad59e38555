"""`incidents check` names the sample and the field of any altered expected value."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.json"))


def _passing_sample_with_incident() -> Path:
    for path in SAMPLES:
        data = json.loads(path.read_text("utf-8"))
        if data.get("xfail") or not data["incidents"]:
            continue
        proc = subprocess.run(
            [sys.executable, "-m", "incidents", "check", str(path)], capture_output=True, text=True
        )
        if proc.returncode == 0:
            return path
    pytest.skip("no sample with an incident passes yet")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("violated_state", "XX"),
        ("aircraft_count", 97),
        ("aircraft_category", "balloon"),
        ("date", "1999-01-01"),
    ],
)
def test_altered_expected_value_fails_and_names_sample_and_field(
    tmp_path: Path, field: str, value: object
) -> None:
    source = _passing_sample_with_incident()
    copy = tmp_path / "samples" / source.parent.name
    copy.mkdir(parents=True)
    shutil.copy(source, copy / source.name)
    data = json.loads((copy / source.name).read_text("utf-8"))
    data["incidents"][0][field] = value
    (copy / source.name).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")

    proc = subprocess.run(
        [sys.executable, "-m", "incidents", "check", str(tmp_path / "samples")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert data["id"] in proc.stdout and field in proc.stdout
    line = next(ln for ln in proc.stdout.splitlines() if field in ln)
    assert "expected" in line and "got" in line
