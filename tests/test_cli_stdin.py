"""A JSON Lines batch can come on stdin: it is recognised by its leading brace."""

from __future__ import annotations

import json
import subprocess
import sys


def run(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incidents", *args], input=stdin, capture_output=True, text=True
    )


def test_batch_on_stdin_keeps_every_line_in_order() -> None:
    lines = [
        json.dumps(
            {"id": "a", "text": "Deux drones russes ont violé l'espace aérien roumain.", "lang": "fr"}
        ),
        "not json",
        json.dumps({"id": "c", "text": "A Russian jet violated Finnish airspace.", "lang": "en"}),
    ]
    proc = run("parse", "--format", "jsonl", "-", stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["id"] for r in out] == ["a", None, "c"]
    assert out[1]["diagnostics"][0]["code"] == "E001" and out[1]["diagnostics"][0]["line"] == 2
    assert len(out[0]["incidents"]) == 1 and len(out[2]["incidents"]) == 1
    assert proc.returncode == 1  # a line could not be used


def test_plain_text_on_stdin_is_one_report() -> None:
    proc = run(
        "parse",
        "--lang",
        "fr",
        "--format",
        "jsonl",
        stdin="Un drone russe a violé l'espace aérien roumain.\n",
    )
    (report,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert report["id"] == "<stdin>" and len(report["incidents"]) == 1
    assert proc.returncode == 0
