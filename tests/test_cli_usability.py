"""Issue 14, command line: validate formats, -q, progress, directories, the JSON shape rule, types."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from incidents import cli

ROOT = Path(__file__).resolve().parent.parent
FR = "Jeudi vers 15 h 20, un hélicoptère russe a violé l'espace aérien estonien.\n"
LINE = "Hier, deux chasseurs russes ont violé l'espace aérien estonien sur 2 km."
BAD_RECORDS = [
    {"aircraft_category": "drone", "certainty": "reported", "zone": "foo", "span": [0, 1], "evidence": {}},
    {"aircraft_category": "drone", "certainty": "reported", "violated_state": "XX"},
]


def cli_run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run(
        [sys.executable, "-m", "incidents", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture()
def records(tmp_path: Path) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in BAD_RECORDS) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- validate formats
def test_validate_github_annotations(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli_run(capsys, "validate", str(records), "--format", "github")
    assert code == 1
    lines = out.splitlines()
    shape = r"::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[EW]\d{3}::.+"
    assert lines and all(re.fullmatch(shape, x) for x in lines)
    first = f"::error file={records},line=1,col="
    assert any(x.startswith(first) and "title=E301::E301 " in x for x in lines)
    assert any(",line=2," in x and "title=E304" in x for x in lines)
    assert "error(s)" in err


def test_github_annotations_escape_their_separators() -> None:
    fh = io.StringIO()
    cli.write_findings_github(
        fh,
        [
            {
                "path": "a,b:c.json",
                "line": 3,
                "column": 4,
                "code": "E300",
                "severity": "warning",
                "message": "50% bad\nline two",
            }
        ],
    )
    expected = "::warning file=a%2Cb%3Ac.json,line=3,col=4,title=E300::E300 50%25 bad%0Aline two\n"
    assert fh.getvalue() == expected


def test_validate_sarif(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli_run(capsys, "validate", str(records), "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "incidents" and driver["version"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert {"E301", "E304"} <= set(rule_ids)
    for result in run_["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning") and result["message"]["text"]
        (loc,) = result["locations"]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == records.as_uri()
        region = loc["physicalLocation"]["region"]
        assert region["startLine"] in (1, 2) and region["startColumn"] >= 1


def test_validate_text_and_json_formats_unchanged(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, text, _ = cli_run(capsys, "validate", str(records))
    _, js, _ = cli_run(capsys, "validate", str(records), "--format", "json")
    findings = json.loads(js)
    assert text.splitlines() == [
        f"{f['path']}:{f['line']}:{f['column']}: {f['code']} {f['severity']}: {f['message']}"
        for f in findings
    ]


# --------------------------------------------------------------------------- -q
def test_quiet_drops_warnings_and_summaries_not_errors(
    tmp_path: Path, records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"text": LINE, "lang": "fr"}) + "\nnot json\n", encoding="utf-8")
    code, out, err = cli_run(capsys, "parse", str(batch), "--format", "jsonl", "--jobs", "999")
    assert code == 1 and "warning: --jobs 999" in err and "E001" in err
    code, out_q, err_q = cli_run(capsys, "parse", str(batch), "--format", "jsonl", "--jobs", "999", "-q")
    assert code == 1 and out_q == out
    assert "incidents: warning" not in err_q and "E001 error" in err_q  # the failed line is still told
    code, _, err = cli_run(capsys, "validate", str(records), "--quiet")
    assert code == 1 and err == ""


# --------------------------------------------------------------------------- progress
class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def _batch(path: Path, n: int) -> Path:
    path.write_text((json.dumps({"text": LINE, "lang": "fr"}) + "\n") * n, encoding="utf-8")
    return path


def test_progress_line_has_rate_and_eta() -> None:
    assert cli.progress_line("parse", 200, 1000, 2.0) == (
        "parse: 200/1,000 documents (20 %), 100 documents/s, ETA 0:08"
    )
    assert cli.progress_line("parse", 10, 100_000, 1.0).endswith("ETA 2:46:39")


def test_progress_on_a_terminal_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = _batch(tmp_path / "b.jsonl", cli.PROGRESS_MIN)
    monkeypatch.setattr(cli, "PROGRESS_EVERY_TTY", 0.0)  # every document: no clock in the test
    tty = TTY()
    monkeypatch.setattr(sys, "stderr", tty)
    assert cli.main(["parse", str(batch), "--format", "jsonl"]) == 0
    shown = tty.getvalue()
    assert re.search(r"\rparse: 1/100 documents \(1 %\), [\d,]+ documents/s, ETA \d+:\d\d", shown)
    assert re.search(r"parse: 100/100 documents in [\d.]+ s", shown)
    for flags in (["--no-progress"], ["-q"]):
        tty = TTY()
        monkeypatch.setattr(sys, "stderr", tty)
        assert cli.main(["parse", str(batch), "--format", "jsonl", *flags]) == 0
        assert "documents" not in tty.getvalue()
    capsys.readouterr()


def test_progress_off_when_not_a_terminal_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = _batch(tmp_path / "b.jsonl", cli.PROGRESS_MIN)
    _, _, err = cli_run(capsys, "parse", str(batch), "--format", "jsonl")
    assert "documents" not in err
    _, _, err = cli_run(capsys, "mentions", str(batch), "--format", "jsonl", "--progress")
    assert re.fullmatch(r"mentions: 100/100 documents in [\d.]+ s(, [\d,]+ documents/s)?\n", err)


# --------------------------------------------------------------------------- directories
def _tree(root: Path) -> None:
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    for path in (root / "a.txt", root / "sub" / "b.txt", root / ".hidden.txt", root / ".git" / "c.txt"):
        path.write_text(FR, encoding="utf-8")


def test_directory_skips_hidden_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tree(tmp_path)
    code, out, _ = cli_run(capsys, "parse", str(tmp_path), "--lang", "fr", "--format", "jsonl")
    assert code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sub" / "b.txt"),
    ]


def test_undecodable_file_in_a_directory_is_its_error_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 au lait\n")
    (tmp_path / "c.txt").write_bytes(bytes(range(32)) * 40)  # binary
    (tmp_path / "d.txt").write_text(FR, encoding="utf-8")
    code, out, err = cli_run(capsys, "parse", str(tmp_path), "--lang", "fr", "--format", "json")
    assert code == 1
    reports = json.loads(out)
    assert [r["id"] for r in reports] == [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt", "d.txt")]
    assert len(reports[0]["incidents"]) == 1 and len(reports[3]["incidents"]) == 1
    b, c = reports[1]["diagnostics"][0], reports[2]["diagnostics"][0]
    assert (b["code"], b["message"]) == ("E006", "not valid UTF-8: byte 0xe9 at offset 3")
    assert (c["code"], c["message"]) == ("E006", "binary file, not text")
    assert f"{tmp_path / 'b.txt'}:1:1: E006 error: not valid UTF-8" in err
    # named on the command line, the same file is still a usage error
    code, _, err = cli_run(capsys, "parse", str(tmp_path / "b.txt"), "--lang", "fr")
    assert code == 2 and err.startswith("incidents: error:")


def test_undecodable_file_in_a_directory_is_a_validate_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b.json").write_bytes(b"\xff{}")
    code, out, _ = cli_run(capsys, "validate", str(tmp_path), "--lang", "fr", "--format", "json")
    assert code == 1
    findings = json.loads(out)
    assert [f["code"] for f in findings if f["path"] == str(tmp_path / "b.json")] == ["E006"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_in_a_directory_is_its_error_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    locked = tmp_path / "b.txt"
    locked.write_text(FR, encoding="utf-8")
    locked.chmod(0)
    try:
        code, out, _ = cli_run(capsys, "parse", str(tmp_path), "--lang", "fr", "--format", "jsonl")
    finally:
        locked.chmod(0o600)
    reports = [json.loads(x) for x in out.splitlines()]
    assert code == 1 and len(reports[0]["incidents"]) == 1
    assert reports[1]["diagnostics"][0]["code"] == "E006"


def test_file_that_fails_to_read_in_a_directory_is_its_error_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # as root no permission bit stops a read: the failure is made where the file is opened
    (tmp_path / "a.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FR, encoding="utf-8")
    (tmp_path / "c.txt").write_text(FR, encoding="utf-8")
    real = cli.safeio.read_path_bounded

    def read(path: Any, limit: int) -> tuple[bytes, bool]:
        if str(path).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, limit)

    monkeypatch.setattr(cli.safeio, "read_path_bounded", read)
    code, out, err = cli_run(capsys, "parse", str(tmp_path), "--lang", "fr", "--format", "jsonl")
    reports = [json.loads(x) for x in out.splitlines()]
    assert code == 1 and [len(r["incidents"]) for r in reports] == [1, 0, 1]
    d = reports[1]["diagnostics"][0]
    assert (d["code"], d["message"]) == ("E006", "cannot read: Permission denied")
    assert f"{tmp_path / 'b.txt'}:1:1: E006 error: cannot read: Permission denied" in err


# --------------------------------------------------------------------------- the json shape
def test_json_is_an_array_for_a_directory_or_several_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "dir"
    one.mkdir()
    (one / "a.txt").write_text(FR, encoding="utf-8")
    batch = tmp_path / "one.jsonl"
    batch.write_text(json.dumps({"text": LINE, "lang": "fr"}) + "\n", encoding="utf-8")
    shapes: dict[str, Any] = {}
    for label, args in {
        "file": [str(one / "a.txt")],
        "dir of one": [str(one)],
        "two files": [str(one / "a.txt"), str(one / "a.txt")],
        "batch of one": [str(batch)],
    }.items():
        for command in ("parse", "mentions"):
            code, out, _ = cli_run(capsys, command, *args, "--lang", "fr", "--format", "json")
            assert code == 0
            shapes[f"{command} {label}"] = type(json.loads(out)).__name__
    assert shapes == {
        "parse file": "dict",
        "mentions file": "dict",
        "parse dir of one": "list",
        "mentions dir of one": "list",
        "parse two files": "list",
        "mentions two files": "list",
        "parse batch of one": "list",
        "mentions batch of one": "list",
    }


# --------------------------------------------------------------------------- types
@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_cli_passes_mypy_strict(tmp_path: Path) -> None:
    # the command line, and the modules of reading, writing, caching and dates it relies on
    files = ["cli", "safeio", "grammar_cache", "check", "distributed", "dates", "api", "errors"]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            *(f"incidents/{f}.py" for f in files),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
