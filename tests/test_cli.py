"""The command line, run as a subprocess: commands, formats, exit codes, batches.

Assertions are on structure, exit codes, ids and order, not on what the parser
extracts (tests/test_samples.py covers that).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import incidents
from incidents.model import RECORD_FIELDS
from incidents.schema import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.json"))

FR = "Jeudi vers 15 h 20, un hélicoptère russe a violé l'espace aérien estonien."
EN = (
    "Two Russian Su-27 fighter jets violated Finnish airspace near Porvoo on Tuesday, "
    "flying about 2 kilometres into Finnish territory, the Finnish Defence Ministry said."
)

#: (input line, expected id, expected input-error code or None)
BATCH: list[tuple[str, str | None, str | None]] = [
    (json.dumps({"id": "fr-1", "text": FR, "lang": "fr", "reference_date": "2024-05-10"}), "fr-1", None),
    ("this is not json", None, "E001"),
    (json.dumps({"id": "no-text", "lang": "fr"}), "no-text", "E002"),
    (json.dumps({"id": "bad-lang", "text": FR, "lang": "xx"}), "bad-lang", "E003"),
    (json.dumps({"id": "en-1", "text": EN, "lang": "en"}), "en-1", None),
    (
        json.dumps({"id": "bad-date", "text": EN, "lang": "en", "reference_date": "2024-02-30"}),
        "bad-date",
        "E004",
    ),
    (json.dumps({"id": "default-lang", "text": FR}), "default-lang", None),
    (json.dumps({"id": "empty", "text": "", "lang": "en"}), "empty", None),
]


def run(
    *args: str,
    stdin: str | bytes | None = None,
    cwd: Path = ROOT,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run(
        [sys.executable, "-m", "incidents", *args],
        input=data,
        capture_output=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def validator(shape: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(SCHEMAS[shape])


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    (d / "batch.jsonl").write_text("\n".join(line for line, _, _ in BATCH) + "\n\n", encoding="utf-8")
    (d / "report-fr.txt").write_text(FR + "\n", encoding="utf-8")
    (d / "report-en.txt").write_text(EN + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def batch_run(workdir: Path) -> subprocess.CompletedProcess[str]:
    return run("parse", "--format", "jsonl", "--lang", "fr", str(workdir / "batch.jsonl"))


# --------------------------------------------------------------------------- basics
def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"incidents {incidents.__version__}"


def test_no_command_is_a_usage_error() -> None:
    proc = run()
    assert proc.returncode == 2
    assert proc.stderr.startswith("incidents: error:")


def test_help() -> None:
    proc = run("parse", "--help")
    assert proc.returncode == 0
    assert "--format" in proc.stdout


# --------------------------------------------------------------------------- parse
def test_parse_one_text_file_gives_one_report_object(workdir: Path) -> None:
    path = str(workdir / "report-fr.txt")
    proc = run("parse", path, "--lang", "fr", "--reference-date", "2024-05-10")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert isinstance(report, dict)
    assert report["id"] == path
    assert report["lang"] == "fr"
    assert report["reference_date"] == "2024-05-10"
    validator("report").validate(report)
    for record in report["incidents"]:
        assert list(record)[: len(RECORD_FIELDS)] == list(RECORD_FIELDS)


def test_parse_two_text_files_give_an_array(workdir: Path) -> None:
    paths = [str(workdir / "report-fr.txt"), str(workdir / "report-en.txt")]
    proc = run("parse", *paths, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    reports = json.loads(proc.stdout)
    assert [r["id"] for r in reports] == paths


def test_parse_stdin() -> None:
    proc = run("parse", "-", "--lang", "fr", "--format", "jsonl", stdin=FR)
    assert proc.returncode == 0, proc.stderr
    (report,) = jsonl(proc.stdout)
    assert report["lang"] == "fr"
    validator("report").validate(report)


def test_parse_stdin_is_the_default_and_drops_a_bom() -> None:
    proc = run("parse", "--lang", "fr", "--format", "jsonl", stdin=b"\xef\xbb\xbf" + FR.encode())
    assert proc.returncode == 0, proc.stderr
    assert len(jsonl(proc.stdout)) == 1


def test_batch_with_broken_lines_keeps_every_line_in_order(
    batch_run: subprocess.CompletedProcess[str],
) -> None:
    assert batch_run.returncode == 1  # some lines were unusable
    reports = jsonl(batch_run.stdout)
    assert len(reports) == len(BATCH)
    assert [r.get("id") for r in reports] == [i for _, i, _ in BATCH]
    for number, (report, (_, _, code)) in enumerate(zip(reports, BATCH, strict=True), 1):
        validator("report").validate(report)
        errors = [d for d in report["diagnostics"] if d["code"].startswith("E0")]
        if code is None:
            assert not errors, report
        else:
            assert report["incidents"] == []
            assert [d["code"] for d in errors] == [code]
            assert errors[0]["line"] == number and errors[0]["column"] == 1
            assert errors[0]["span"] is None and errors[0]["severity"] == "error"
    assert reports[6]["lang"] == "fr"  # --lang is the default for lines without one
    assert "supported" in reports[3]["diagnostics"][0]["message"]
    assert "batch.jsonl:2:1: E001" in batch_run.stderr


def test_jobs_2_gives_identical_output(
    workdir: Path,
    batch_run: subprocess.CompletedProcess[str],
) -> None:
    proc = run("parse", "--format", "jsonl", "--lang", "fr", "--jobs", "2", str(workdir / "batch.jsonl"))
    assert proc.returncode == batch_run.returncode
    assert proc.stdout == batch_run.stdout


def test_clean_batch_exits_0(workdir: Path) -> None:
    path = workdir / "clean.jsonl"
    path.write_text(BATCH[0][0] + "\n" + BATCH[4][0] + "\n", encoding="utf-8")
    proc = run("parse", "--format", "jsonl", str(path))
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in jsonl(proc.stdout)] == ["fr-1", "en-1"]


def test_directory_input(workdir: Path, tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "ignored.md"):
        shutil.copy(workdir / "report-fr.txt", tmp_path / name)
    proc = run("parse", str(tmp_path), "--lang", "fr", "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in jsonl(proc.stdout)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_csv_header_and_rows(workdir: Path) -> None:
    proc = run("parse", "--format", "csv", "--lang", "fr", str(workdir / "batch.jsonl"))
    assert proc.returncode == 1
    rows = list(csv.reader(io.StringIO(proc.stdout)))
    assert rows[0] == ["id", *RECORD_FIELDS]
    ids = {i for _, i, _ in BATCH}
    for row in rows[1:]:
        assert len(row) == 1 + len(RECORD_FIELDS)
        assert row[0] in ids
        assert json.loads(row[RECORD_FIELDS.index("span") + 1])[0] >= 0


def test_table(workdir: Path) -> None:
    path = str(workdir / "report-en.txt")
    proc = run("parse", path, "--lang", "en", "--format", "table")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(path)


def test_output_file_is_written_atomically(workdir: Path, tmp_path: Path) -> None:
    shutil.copy(workdir / "batch.jsonl", tmp_path / "batch.jsonl")
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")
    proc = run("parse", "--format", "jsonl", "--lang", "fr", str(tmp_path / "batch.jsonl"), "-o", str(out))
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert len(jsonl(out.read_text(encoding="utf-8"))) == len(BATCH)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.jsonl", "out.jsonl"]


def test_output_into_missing_directory_is_an_io_error(workdir: Path, tmp_path: Path) -> None:
    proc = run(
        "parse", str(workdir / "report-fr.txt"), "--lang", "fr", "-o", str(tmp_path / "missing" / "out.json")
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("incidents: error:")
    assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------- errors
#: how an error names the languages there are (every language with a lexicon)


@pytest.mark.parametrize(
    ("args", "content", "needle"),
    [
        (["parse", "{dir}/missing.txt", "--lang", "fr"], None, "missing.txt"),
        (["parse", "{dir}/r.txt"], FR.encode(), "supported: " + ", ".join(incidents.supported_languages())),
        (
            ["parse", "{dir}/r.txt", "--lang", "xx"],
            FR.encode(),
            "supported: " + ", ".join(incidents.supported_languages()),
        ),
        (
            ["parse", "{dir}/r.txt", "--lang", "fr", "--reference-date", "10/05/2024"],
            FR.encode(),
            "YYYY-MM-DD",
        ),
        (["parse", "{dir}/r.txt", "--lang", "fr"], b"caf\xe9 latin-1", "offset 3"),
        (["parse", "{dir}/r.txt", "--lang", "fr"], b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (["parse", "{dir}/r.txt", "--lang", "fr", "--format", "xml"], FR.encode(), "xml"),
        (["mentions", "{dir}/r.txt"], FR.encode(), "--lang"),
        (["validate", "{dir}/missing.json"], None, "missing.json"),
        (["check", "{dir}/missing"], None, "missing"),
    ],
    ids=[
        "missing-file",
        "no-lang",
        "bad-lang",
        "bad-date",
        "not-utf8",
        "binary",
        "bad-format",
        "mentions-no-lang",
        "validate-missing",
        "check-missing",
    ],
)
def test_usage_and_io_errors_exit_2(
    tmp_path: Path, args: list[str], content: bytes | None, needle: str
) -> None:
    if content is not None:
        (tmp_path / "r.txt").write_bytes(content)
    proc = run(*(a.format(dir=tmp_path) for a in args))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("incidents: error:"), proc.stderr
    assert needle in lines[0]


# --------------------------------------------------------------------------- mentions
def test_mentions_jsonl(workdir: Path) -> None:
    proc = run("mentions", "--format", "jsonl", "--lang", "fr", str(workdir / "batch.jsonl"))
    assert proc.returncode == 1
    rows = jsonl(proc.stdout)
    assert [r["id"] for r in rows] == [i for _, i, _ in BATCH]
    check = validator("mention")
    for row in rows:
        assert isinstance(row["mentions"], list)
        for mention in row["mentions"]:
            check.validate(mention)


def test_mentions_json_single_text(workdir: Path) -> None:
    proc = run("mentions", str(workdir / "report-fr.txt"), "--lang", "fr")
    assert proc.returncode == 0, proc.stderr
    assert isinstance(json.loads(proc.stdout)["mentions"], list)


# --------------------------------------------------------------------------- validate
LINT = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>[EW]\d{3}) "
    r"(?P<sev>error|warning): .+$"
)


def _record(**changes: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {name: None for name in RECORD_FIELDS}
    rec.update(
        aircraft_category="helicopter",
        certainty="reported",
        span=[0, 10],
        evidence={},
        violator_state="RU",
        violated_state="EE",
        zone="airspace",
    )
    rec.update(changes)
    return rec


def test_validate_record_file(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    lines = [_record(), _record(zone="foo"), _record(violated_state="QQ", date="2024-02-30")]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\nnot json\n", encoding="utf-8")
    proc = run("validate", str(path))
    assert proc.returncode == 1
    out = proc.stdout.splitlines()
    assert all(LINT.match(line) for line in out), out
    assert (
        f"{path}:2:1: E301 error: record 2 field 'zone': unknown value 'foo' "
        "(expected airspace|adiz|fir|median_line)"
    ) in out
    assert any(":3:1: E304" in line and "'violated_state'" in line for line in out)
    assert any(":3:1: E305" in line and "'date'" in line for line in out)
    assert any(":4:" in line and "E300" in line for line in out)
    assert run("validate", str(path), "--exit-zero").returncode == 0

    proc = run("validate", str(path), "--format", "json")
    findings = json.loads(proc.stdout)
    assert {"path", "severity", "code", "message", "line", "column", "span"} <= set(findings[0])


def test_validate_clean_records_and_strict(tmp_path: Path) -> None:
    clean = tmp_path / "clean.json"
    clean.write_text(json.dumps([_record()], indent=2), encoding="utf-8")
    assert run("validate", str(clean)).returncode == 0
    warn = tmp_path / "warn.json"
    warn.write_text(
        json.dumps(
            {
                "lang": "en",
                "reference_date": None,
                "diagnostics": [],
                "incidents": [_record(depth_bound="max")],
            }
        ),
        encoding="utf-8",
    )
    proc = run("validate", str(warn))
    assert proc.returncode == 0 and "W310" in proc.stdout
    assert run("validate", str(warn), "--strict").returncode == 1


def test_validate_parse_output_is_clean(
    workdir: Path,
    batch_run: subprocess.CompletedProcess[str],
) -> None:
    path = workdir / "reports.jsonl"
    path.write_text(batch_run.stdout, encoding="utf-8")
    proc = run("validate", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stdout
    assert json.loads(proc.stdout) == []


def test_validate_text_report(workdir: Path) -> None:
    path = str(workdir / "report-fr.txt")
    proc = run("validate", path, "--lang", "fr")
    assert proc.returncode in (0, 1)
    for line in proc.stdout.splitlines():
        match = LINT.match(line)
        assert match and match["path"] == path, line
    assert (proc.returncode == 1) == (" error: " in proc.stdout)


# --------------------------------------------------------------------------- check
def test_check_json_summary() -> None:
    proc = run("check", "samples", "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["reports"] == len(SAMPLES)
    assert summary["languages"] == sorted({p.parent.name for p in SAMPLES})
    assert summary["negatives"] >= 1
    assert isinstance(summary["xfail"], int)
    assert (proc.returncode == 1) == bool(summary["failures"])
    for failure in summary["failures"]:
        assert set(failure) == {"id", "field", "expected", "got"}


def test_check_update_then_pass_then_xpass(tmp_path: Path) -> None:
    source = next(p for p in SAMPLES if "xfail" not in json.loads(p.read_text("utf-8")))
    sample = tmp_path / source.name
    shutil.copy(source, sample)
    keys = list(json.loads(sample.read_text("utf-8")))

    assert run("check", str(tmp_path), "--update").returncode == 0
    text = sample.read_text("utf-8")
    assert text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == keys
    for record in data["incidents"]:
        assert list(record) == [f for f in RECORD_FIELDS if f not in ("span", "evidence")]
    proc = run("check", str(sample))
    assert proc.returncode == 0, proc.stdout

    data["xfail"] = "pretend this is a known gap"
    sample.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    proc = run("check", str(sample))
    assert proc.returncode == 1
    assert "XPASS" in proc.stdout and "remove the xfail mark" in proc.stdout

    del data["xfail"]
    data["incidents"] = [*data["incidents"], _record()]
    sample.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    proc = run("check", str(sample))
    assert proc.returncode == 1
    n = len(data["incidents"])
    assert f"{data['id']} incidents: expected {n}, got {n - 1}" in proc.stdout


# --------------------------------------------------------------------------- schema
@pytest.mark.parametrize("shape", ["record", "report", "mention"])
def test_schema_command(shape: str) -> None:
    proc = run("schema", shape)
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == SCHEMAS[shape]
    if shape == "record":
        assert schema["required"] == list(RECORD_FIELDS)


def test_every_sample_parses_to_schema_valid_reports(tmp_path: Path) -> None:
    batch = tmp_path / "samples.jsonl"
    rows = [json.loads(p.read_text("utf-8")) for p in SAMPLES]
    batch.write_text(
        "".join(
            json.dumps({k: r[k] for k in ("id", "text", "lang", "reference_date")}, ensure_ascii=False) + "\n"
            for r in rows
        ),
        encoding="utf-8",
    )
    proc = run("parse", "--format", "jsonl", str(batch))
    assert proc.returncode == 0, proc.stderr
    reports = jsonl(proc.stdout)
    assert [r["id"] for r in reports] == [r["id"] for r in rows]
    check = validator("report")
    for report in reports:
        check.validate(report)
