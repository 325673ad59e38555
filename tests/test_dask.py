"""The Dask recipe (``incidents.distributed``) gives the command line's output.

Runs on Dask's local schedulers; on a cluster only the scheduler changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask")

from incidents.distributed import parse_jsonl_with_dask, reports_bag  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.json"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, bytes]:
    """The samples as a batch (with failing lines among them) and the CLI's output on it."""
    lines = []
    for k, path in enumerate(SAMPLES):
        data = json.loads(path.read_text(encoding="utf-8"))
        lines.append(json.dumps({x: data.get(x) for x in ("id", "text", "lang", "reference_date")}))
        if k % 25 == 3:  # error reports carry their line number: counted across blocks
            lines += ["not json", "", '{"id": "no-text"}', '{"id": "l", "text": "Su-27", "lang": "xx"}']
    folder = tmp_path_factory.mktemp("dask")
    path = folder / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    outputs = []
    for sub in ("parse", "mentions"):
        proc = subprocess.run(
            [sys.executable, "-m", "incidents", sub, "--format", "jsonl", "--lang", "en", str(path)],
            capture_output=True,
            env=env,
            timeout=300,
        )
        assert proc.returncode == 1  # the failing lines
        outputs.append(proc.stdout)
    return path, outputs[0], outputs[1]


def test_dask_file_output_is_the_cli_output(corpus: tuple[Path, bytes, bytes], tmp_path: Path) -> None:
    path, cli_parse, cli_mentions = corpus
    out = tmp_path / "reports.jsonl"
    # small blocks: many partitions, several of them starting mid-file
    parse_jsonl_with_dask(path, out, lang="en", blocksize=4096, scheduler="threads", window=3)
    assert reports_bag(path, lang="en", blocksize=4096).npartitions > 5
    assert out.read_bytes() == cli_parse
    out_m = tmp_path / "mentions.jsonl"
    parse_jsonl_with_dask(path, out_m, lang="en", blocksize=4096, mode="mentions", scheduler="threads")
    assert out_m.read_bytes() == cli_mentions


def test_dask_objects_and_part_files_are_the_cli_output(
    corpus: tuple[Path, bytes, bytes], tmp_path: Path
) -> None:
    path, cli_parse, _ = corpus
    expected = [json.loads(line) for line in cli_parse.decode("utf-8").splitlines()]
    assert parse_jsonl_with_dask(path, lang="en", blocksize=8192, scheduler="synchronous") == expected
    files = parse_jsonl_with_dask(
        path, str(tmp_path / "out" / "part-*.jsonl"), lang="en", blocksize=8192, scheduler="threads"
    )
    assert isinstance(files, list) and len(files) > 1
    assert b"".join(Path(f).read_bytes() for f in files) == cli_parse


def test_dask_process_scheduler(corpus: tuple[Path, bytes, bytes], tmp_path: Path) -> None:
    # worker processes: the tasks (and any Parser) travel pickled, as on a cluster
    path, cli_parse, _ = corpus
    out = tmp_path / "reports.jsonl"
    parse_jsonl_with_dask(path, out, lang="en", blocksize=32_768, scheduler="processes")
    assert out.read_bytes() == cli_parse


def test_dask_rejects_what_the_cli_rejects(tmp_path: Path) -> None:
    binary = tmp_path / "b.jsonl"
    binary.write_bytes(bytes(200))
    with pytest.raises(ValueError, match="binary"):
        parse_jsonl_with_dask(binary, scheduler="synchronous")
    with pytest.raises(ValueError, match="unsupported language"):
        parse_jsonl_with_dask(binary, lang="xx", scheduler="synchronous")
