"""Issue 15: special files, planted caches, hostile values, endless streams, orphaned workers.

One test (or more) per probe of the review. Nothing here times anything: waits
are liveness bounds (generous timeouts), never assertions on durations.
"""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import incidents
from incidents import api, cli, grammar_cache, safeio
from incidents.api import Parser

ROOT = Path(__file__).resolve().parent.parent
FR = "Jeudi vers 15 h 20, un hélicoptère russe a violé l'espace aérien estonien.\n"
LINE = "Hier, deux chasseurs russes ont violé l'espace aérien estonien sur 2 km."


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def run(*args: str, stdin: Any = None, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "incidents", *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        env=kw.pop("env", None) or env(),
        timeout=120,
        **kw,
    )


def strict_json(text: str) -> Any:
    """JSON as the standard has it: NaN and Infinity refused."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} in the output")

    return json.loads(text, parse_constant=refuse)


def cli_run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text(FR, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- -o
def test_output_through_a_symlink_writes_its_target(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "real.json"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _, _ = cli_run(capsys, "parse", str(report), "--lang", "fr", "-o", str(link))
    assert code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert strict_json(target.read_text(encoding="utf-8"))["lang"] == "fr"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "r.txt", "real.json"]


def test_output_through_a_dangling_symlink_creates_its_target(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "new.json")
    assert cli_run(capsys, "parse", str(report), "--lang", "fr", "-o", str(link))[0] == 0
    assert link.is_symlink() and strict_json((tmp_path / "new.json").read_text("utf-8"))["lang"] == "fr"


def test_output_to_a_fifo_writes_into_it_and_keeps_it(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so the writer's open returns
    try:
        code, _, err = cli_run(capsys, "parse", str(report), "--lang", "fr", "-o", str(fifo))
        assert code == 0, err
        data = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert strict_json(data.decode("utf-8"))["lang"] == "fr"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "r.txt"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_output_to_a_character_device_keeps_the_device(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    node = tmp_path / "null"  # a node for the null device, in a temp folder: never /dev/null
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        os.close(os.open(node, os.O_WRONLY))
    except OSError as exc:
        pytest.skip(f"cannot make or open a device node here: {exc}")
    code, _, err = cli_run(capsys, "parse", str(report), "--lang", "fr", "-o", str(node))
    assert code == 0, err
    st = os.lstat(node)
    assert stat.S_ISCHR(st.st_mode) and st.st_rdev == os.makedev(1, 3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "r.txt"]


def test_output_to_dev_stdout_goes_to_stdout(report: Path) -> None:
    proc = run("parse", str(report), "--lang", "fr", "-o", "/dev/stdout")
    assert proc.returncode == 0, proc.stderr
    assert strict_json(proc.stdout)["lang"] == "fr"


def test_output_to_dev_stdout_redirected_to_a_file_keeps_that_file(report: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("kept\n", encoding="utf-8")
    inode = out.stat().st_ino
    with out.open("a", encoding="utf-8") as fh:  # as the shell's >>
        proc = subprocess.run(
            [sys.executable, "-m", "incidents", "parse", str(report), "--lang", "fr", "-o", "/dev/stdout"],
            stdout=fh,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
            timeout=120,
        )
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_ino == inode  # written, not replaced
    kept, rest = out.read_text(encoding="utf-8").split("\n", 1)
    assert kept == "kept" and strict_json(rest)["lang"] == "fr"


def test_output_to_a_directory_is_an_io_error(
    report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = cli_run(capsys, "parse", str(report), "--lang", "fr", "-o", str(tmp_path))
    assert code == 2 and "cannot write" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


def test_check_update_writes_a_symlinked_sample_through_the_link(tmp_path: Path) -> None:
    source = next((ROOT / "samples").glob("fr/*.json"))
    real = tmp_path / "store" / source.name
    real.parent.mkdir()
    sample = json.loads(source.read_text(encoding="utf-8"))
    sample["incidents"] = []
    real.write_text(json.dumps(sample), encoding="utf-8")
    link_dir = tmp_path / "samples"
    link_dir.mkdir()
    (link_dir / source.name).symlink_to(real)
    from incidents import check

    result = check.run_sample(link_dir / source.name)
    assert check.update_sample(result)
    assert (link_dir / source.name).is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["incidents"] == check.sample_records(
        result.predicted or []
    )
    assert sorted(p.name for p in real.parent.iterdir()) == [source.name]


def test_safeio_writes_a_fifo_in_place_for_every_writer(tmp_path: Path) -> None:
    # the helper behind -o, check --update and incidents.distributed
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        safeio.write_text(fifo, "hello\n")
        assert os.read(reader, 100) == b"hello\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def _big_batch(path: Path, lines: int) -> None:
    row = json.dumps({"text": LINE, "lang": "fr", "reference_date": "2024-05-10"})
    path.write_text((row + "\n") * lines, encoding="utf-8")


def _wait_for(predicate: Any, what: str, bound: float = 90.0) -> None:
    """Wait until ``predicate()`` holds; the bound only keeps a broken run from hanging."""
    end = time.monotonic() + bound
    while not predicate():
        if time.monotonic() > end:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.02)


def test_sigterm_mid_write_leaves_no_temp_file(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    _big_batch(batch, 40_000)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "incidents",
            "parse",
            str(batch),
            "--format",
            "jsonl",
            "-o",
            str(out_dir / "reports.jsonl"),
        ],
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for(lambda: any(out_dir.iterdir()) or proc.poll() is not None, "the temp file")
        assert proc.poll() is None, "the batch ended before it could be interrupted"
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGTERM
    assert list(out_dir.iterdir()) == []


# --------------------------------------------------------------------------- grammar cache
def test_grammar_cache_is_private_json_never_a_pickle_in_tmp(tmp_path: Path) -> None:
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    cache = tmp_path / "cache" / "incidents"
    e = env() | {"TMPDIR": str(shared_tmp), "INCIDENTS_CACHE_DIR": str(cache)}
    for _ in range(2):  # build and write, then load
        proc = run("parse", "-", "--lang", "fr", input=FR, env=e)
        assert proc.returncode == 0 and strict_json(proc.stdout)["lang"] == "fr"
    assert list(shared_tmp.iterdir()) == []  # lark's cache=True would leave .lark_cache_*.tmp here
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    files = sorted(cache.iterdir())
    assert [f.name.split("-")[0] for f in files].count("grammar") == 1  # and the lexicon files
    for cached in files:
        assert stat.S_IMODE(cached.stat().st_mode) == 0o600
        assert cached.read_bytes()[:1] == b"{"  # JSON: nothing in it can run


def test_a_lexicon_file_is_read_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lexicon tables are cached as JSON under a hash of the file: the same file
    gives the same tables from the cache, an edited one is read anew (its older entry
    removed), and a damaged entry is read from the TOML again."""
    from incidents.words import _read

    cache = tmp_path / "cache"
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(cache))
    toml = tmp_path / "xx.toml"
    toml.write_text('[n_digit]\n2 = ["du"]\n', encoding="utf-8")
    assert _read(toml) == {"n_digit": {"2": ["du"]}}
    (entry,) = cache.iterdir()
    assert _read(toml) == {"n_digit": {"2": ["du"]}}  # from the cache
    toml.write_text('[n_digit]\n2 = ["duo"]\n', encoding="utf-8")
    assert _read(toml) == {"n_digit": {"2": ["duo"]}}
    (newer,) = cache.iterdir()
    assert newer.name != entry.name
    newer.write_text('{"format": 1, "data": "nonsense"}', encoding="utf-8")
    assert _read(toml) == {"n_digit": {"2": ["duo"]}}


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX")
def test_grammar_cache_falls_back_to_a_private_temp_dir_never_a_planted_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("", encoding="utf-8")
    shared_tmp = tmp_path / "tmp"
    shared_tmp.mkdir()
    monkeypatch.delenv("INCIDENTS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_dir / "cache"))  # cannot be made
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    planted = shared_tmp / f"incidents-cache-{os.geteuid()}"
    assert grammar_cache.cache_dirs() == [not_a_dir / "cache" / "incidents", planted]
    planted.mkdir()
    planted.chmod(0o777)  # made by someone else, or open to everyone
    assert grammar_cache.open_private_dir(not_a_dir / "cache" / "incidents") is None
    assert grammar_cache.open_private_dir(planted) is None  # neither read nor written
    planted.rmdir()
    grammar, opts = _options()
    grammar_cache.build(grammar, **opts)
    assert stat.S_IMODE(planted.stat().st_mode) == 0o700
    assert [p.name for p in planted.iterdir()] == [grammar_cache.cache_name(grammar, opts)]


def _options() -> tuple[str, dict[str, Any]]:
    from incidents.scanner import PHRASE_STARTS, grammar_text

    opts = {
        "parser": "lalr",
        "lexer": "basic",
        "propagate_positions": False,
        "maybe_placeholders": False,
        "start": [*PHRASE_STARTS, "filler"],
    }
    return grammar_text(), opts


def test_grammar_cache_round_trip_gives_the_same_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path / "c"))
    (tmp_path / "c").mkdir(mode=0o700)
    (tmp_path / "c" / "grammar-of-an-older-version.json").write_text("{}", encoding="utf-8")
    grammar, opts = _options()
    built = grammar_cache.build(grammar, **opts)
    loaded = grammar_cache.build(grammar, **opts)
    assert loaded.source_path == "<deserialized>"  # it came from the cache
    assert loaded.memo_serialize([TerminalDef, Rule]) == built.memo_serialize([TerminalDef, Rule])
    assert [p.name for p in (tmp_path / "c").iterdir()] == [grammar_cache.cache_name(grammar, opts)]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_grammar_cache_refuses_what_another_user_could_have_written(tmp_path: Path) -> None:
    grammar, opts = _options()
    name = grammar_cache.cache_name(grammar, opts)
    loose = tmp_path / "loose"
    loose.mkdir()
    loose.chmod(0o777)
    assert grammar_cache.open_private_dir(loose) is None  # others may write in it
    private = tmp_path / "private"
    link = tmp_path / "link"
    fd = grammar_cache.open_private_dir(private)
    assert fd is not None and stat.S_IMODE(private.stat().st_mode) == 0o700
    link.symlink_to(private)
    assert grammar_cache.open_private_dir(link) is None  # a symlink is not followed
    try:
        planted = private / name
        planted.write_text('{"format": 1, "data": {}, "memo": {}}', encoding="utf-8")
        planted.chmod(0o666)
        assert grammar_cache.read_cached(fd, name) is None  # writable by others
        planted.chmod(0o600)
        assert grammar_cache.read_cached(fd, name) is not None  # the same file, private: read
        if os.geteuid() == 0:
            os.chown(planted, 4242, 4242)
            assert grammar_cache.read_cached(fd, name) is None  # another owner
            os.chown(private, 4242, 4242)
            assert grammar_cache.open_private_dir(private) is None
        planted.unlink()
        os.mkfifo(planted)
        assert grammar_cache.read_cached(fd, name) is None  # not a regular file (and no hang)
        planted.unlink()
        planted.symlink_to(tmp_path / "elsewhere.json")
        (tmp_path / "elsewhere.json").write_text('{"format": 1}', encoding="utf-8")
        assert grammar_cache.read_cached(fd, name) is None  # a symlink is not followed
    finally:
        os.close(fd)


def test_damaged_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    grammar, opts = _options()
    path = tmp_path / grammar_cache.cache_name(grammar, opts)
    path.write_text('{"format": 1, "data": {"nonsense": true}, "memo": {}}', encoding="utf-8")
    path.chmod(0o600)
    lark = grammar_cache.build(grammar, **opts)
    assert lark.source_path != "<deserialized>"
    assert json.loads(path.read_text(encoding="utf-8"))["data"] != {"nonsense": True}  # replaced


# --------------------------------------------------------------------------- hostile values
def test_huge_integer_in_a_batch_line_fails_that_line_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "b.jsonl"
    good = json.dumps({"id": "ok", "text": LINE, "lang": "fr"})
    rows = [
        good,
        '{"id": "big", "n": ' + "9" * 5000 + ', "text": "x", "lang": "fr"}',
        '{"text": "x", "lang": "fr", "depth": NaN}',
        '{"text": "x", "lang": "fr", "v": 1e400}',
        good,
    ]
    batch.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, stdout, _ = cli_run(capsys, "parse", str(batch), "--format", "jsonl")
    assert code == 1
    out = [strict_json(line) for line in stdout.splitlines()]
    assert [r["id"] for r in out] == ["ok", None, None, None, "ok"]
    assert [r["diagnostics"][0]["code"] for r in out[1:4]] == ["E001"] * 3
    assert [r["diagnostics"][0]["line"] for r in out[1:4]] == [2, 3, 4]


def test_validate_reports_deep_and_huge_json_as_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    big = tmp_path / "big.jsonl"
    record = {"aircraft_category": "drone", "certainty": "reported", "span": [0, 1], "evidence": {}}
    big.write_text(
        '{"depth_m": ' + "9" * 5000 + "}\n" + "[" * 5000 + "]" * 5000 + "\n" + json.dumps(record) + "\n",
        encoding="utf-8",
    )
    code, out, _ = cli_run(capsys, "validate", str(deep), str(big), "--format", "json")
    assert code == 1
    findings = strict_json(out)
    unusable = [(f["path"], f["line"]) for f in findings if f["code"] == "E300"]
    assert (str(deep), 1) in unusable and (str(big), 1) in unusable and (str(big), 2) in unusable
    assert all(f["path"] != str(big) or f["line"] != 3 or f["code"] != "E300" for f in findings)


def test_check_reports_a_deep_or_huge_sample_as_that_sample_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = next((ROOT / "samples").glob("fr/*.json"))
    (tmp_path / good.name).write_bytes(good.read_bytes())
    (tmp_path / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    (tmp_path / "huge.json").write_text(
        '{"text": "x", "lang": "fr", "incidents": [], "n": ' + "9" * 5000 + "}", encoding="utf-8"
    )
    code, out, _ = cli_run(capsys, "check", str(tmp_path), "--format", "json")
    assert code == 1
    summary = strict_json(out)
    errors = {f["id"]: f["got"] for f in summary["failures"] if f["field"] == "error"}
    assert set(errors) == {"deep", "huge"} and summary["reports"] == 3
    assert "nested too deeply" in errors["deep"] and "not usable JSON" in errors["huge"]


def test_mentions_of_a_400_digit_quantity_are_strict_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "sys.stdin", io.TextIOWrapper(io.BytesIO(f"une profondeur de {'9' * 400} km\n".encode()))
    )
    code, out, err = cli_run(capsys, "mentions", "-", "--lang", "fr")
    assert code == 0
    doc = strict_json(out)
    assert doc["mentions"][0]["value"] is None
    assert [d["code"] for d in doc["diagnostics"]] == ["W904"]
    assert "W904" in err


def test_parse_of_a_400_digit_depth_is_strict_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = f"Un avion russe a violé l'espace aérien estonien sur {'9' * 400} km."
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "x", "text": text, "lang": "fr"}) + "\n", encoding="utf-8")
    for fmt in ("jsonl", "json", "csv"):
        code, out, _ = cli_run(capsys, "parse", str(batch), "--format", fmt)
        assert code == 0 and "Infinity" not in out and "inf" not in out
        if fmt != "csv":
            strict_json(out.splitlines()[0] if fmt == "jsonl" else out)


@pytest.mark.parametrize(
    ("lang", "text", "ref", "date"),
    [
        ("fr", "Hier, un avion russe a violé l'espace aérien estonien.", "0001-01-01", None),
        ("en", "Yesterday a Russian jet violated Estonian airspace.", "0001-01-01", None),
        ("en", "Last Friday a Russian jet violated Estonian airspace.", "0001-01-02", None),
        ("fr", "Jeudi, un avion russe a violé l'espace aérien estonien.", "9999-12-31", "9999-12-30"),
        ("fr", "Hier, un avion russe a violé l'espace aérien estonien.", "9999-12-31", "9999-12-30"),
        ("en", "On Thursday a Russian jet violated Estonian airspace.", "9999-12-31", "9999-12-30"),
    ],
)
def test_relative_dates_at_the_ends_of_the_calendar(lang: str, text: str, ref: str, date: str | None) -> None:
    report = incidents.parse(text, lang, ref)
    assert [i.to_dict()["date"] for i in report.incidents] == [date]
    codes = [d.code for d in report.diagnostics]
    assert ("W903" in codes) == (date is None)
    found = incidents.mentions(text, lang, ref)  # the library's mentions do not raise either
    assert any(m.kind == "date" for m in found)


def test_cli_on_a_relative_date_before_year_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for command in ("parse", "mentions"):
        monkeypatch.setattr(
            "sys.stdin",
            io.TextIOWrapper(io.BytesIO("Hier, un avion russe a violé l'espace aérien estonien.\n".encode())),
        )
        code, out, _ = cli_run(capsys, command, "-", "--lang", "fr", "--reference-date", "0001-01-01")
        assert code == 0
        assert [d["code"] for d in strict_json(out)["diagnostics"]] == ["W903"]


# --------------------------------------------------------------------------- bounded reading
def test_parse_dev_zero_ends_with_a_clear_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    code, _, err = cli_run(capsys, "parse", "/dev/zero", "--lang", "fr")
    assert code == 2 and err == "incidents: error: /dev/zero: binary file, not text\n"
    with open("/dev/zero", "rb") as zero:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(zero))
        code, _, err = cli_run(capsys, "parse", "-", "--lang", "fr")
    assert code == 2 and err == "incidents: error: <stdin>: binary file, not text\n"


class Endless(io.RawIOBase):
    """A stream that never ends (as ``yes`` piped in); fails the test if read far too long."""

    def __init__(self, line: bytes, give_up: int) -> None:
        self.line, self.given, self.give_up = line, 0, give_up

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.given > self.give_up:
            raise AssertionError("read on and on: the input is not bounded")
        n = len(buffer)
        data = (self.line * (n // len(self.line) + 1))[:n]
        buffer[:n] = data
        self.given += n
        return n


@pytest.fixture()
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """The French parser reads 1,000 characters (the CLI its bytes); the rest as shipped."""
    limit = 1000
    monkeypatch.setitem(api._PARSERS, "fr", Parser("fr", max_chars=limit))
    monkeypatch.setattr(cli, "MAX_TEXT_BYTES", 4 * (limit + 1) + 16)
    return limit


def test_endless_stdin_ends_with_w901(
    small_limit: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = Endless((LINE + "\n").encode(), give_up=1 << 20)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(stream)))
    code, out, err = cli_run(capsys, "parse", "-", "--lang", "fr", "--format", "json")
    assert code == 0
    assert [d["code"] for d in strict_json(out)["diagnostics"]][:1] == ["W901"]
    assert "W901 warning" in err
    assert stream.given < 1 << 20


def test_long_file_is_read_only_as_far_as_needed(
    small_limit: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.txt"
    path.write_text("é" * 50_000 + "\n", encoding="utf-16")  # a character cut at the end is dropped
    code, out, err = cli_run(capsys, "parse", str(path), "--lang", "fr")
    assert code == 0 and "W901" in err
    assert strict_json(out)["diagnostics"][0]["code"] == "W901"


@pytest.mark.parametrize("fmt", ["csv", "table", "jsonl", "json"])
def test_partial_results_are_told_on_stderr_in_every_format(
    fmt: str, small_limit: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "long.txt"
    path.write_text((LINE + "\n") * 100, encoding="utf-8")
    code, _, err = cli_run(capsys, "parse", str(path), "--lang", "fr", "--format", fmt)
    assert code == 0
    assert f"{path}:" in err and "W901 warning: document longer than 1000 characters" in err


def test_time_limit_warning_on_stderr_in_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(api._PARSERS, "fr", Parser("fr", max_seconds=0))
    path = tmp_path / "long.txt"
    path.write_text((LINE + "\n\n") * 400, encoding="utf-8")  # several blocks
    code, out, err = cli_run(capsys, "parse", str(path), "--lang", "fr", "--format", "csv")
    assert code == 0 and "W902 warning" in err
    assert out.startswith("id,")


# --------------------------------------------------------------------------- workers
def test_jobs_are_capped_at_the_cpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "b.jsonl"
    _big_batch(batch, 20)
    _, one, _ = cli_run(capsys, "parse", str(batch), "--format", "jsonl")
    many = run("parse", str(batch), "--format", "jsonl", "--jobs", "400")
    assert many.returncode == 0 and many.stdout == one
    cpus = cli.available_cpus()
    assert f"--jobs 400: only {cpus} CPU(s) available, using {cpus}" in many.stderr
    assert 1 <= cpus <= (os.cpu_count() or 1)


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(c) for c in (task / "children").read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    state = next((line.split()[1] for line in status.splitlines() if line.startswith("State:")), "X")
    return state not in ("Z", "X")  # a zombie has ended


@pytest.mark.skipif(
    not Path("/proc/self/task").exists() or not sys.platform.startswith("linux"), reason="needs /proc"
)
def test_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    _big_batch(batch, 40_000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "incidents", "parse", str(batch), "--format", "jsonl", "--jobs", "2"],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    try:
        if not Path(f"/proc/{proc.pid}/task/{proc.pid}/children").exists():
            pytest.skip("no /proc/PID/task/TID/children here")
        _wait_for(lambda: len(_children(proc.pid)) >= 2 or proc.poll() is not None, "the workers")
        workers = _children(proc.pid)
        assert proc.poll() is None and len(workers) >= 2
        proc.kill()  # only the parent
        proc.wait()
        _wait_for(lambda: not any(_alive(w) for w in workers), "the orphaned workers to end")
        assert proc.stdout is not None
        proc.stdout.read()  # EOF: nobody holds the pipe open any more
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


# --------------------------------------------------------------------------- reference dates and ids
@pytest.mark.parametrize(
    "bad", ["20240510", "2024-W19-5", "2024-05-10T00:00", "２０２４-05-10", " 2024-05-10"]
)
def test_one_reference_date_rule_for_library_and_cli(
    bad: str, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(incidents.BadReferenceDateError):
        incidents.parse(FR, "fr", bad)
    with pytest.raises(incidents.BadReferenceDateError):
        incidents.mentions(FR, "fr", bad)
    code, _, err = cli_run(capsys, "parse", str(report), "--lang", "fr", "--reference-date", bad)
    assert code == 2 and "bad --reference-date" in err


def test_batch_reference_dates_follow_the_same_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = tmp_path / "b.jsonl"
    rows = [
        {"id": "a", "text": LINE, "lang": "fr", "reference_date": "2024-W19-5"},
        {"id": "b", "text": LINE, "lang": "fr", "reference_date": "20240510"},
        {"id": "c", "text": LINE, "lang": "fr", "reference_date": "2024-05-10"},
    ]
    batch.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    _, stdout, _ = cli_run(capsys, "parse", str(batch), "--format", "jsonl")
    out = [strict_json(line) for line in stdout.splitlines()]
    assert [r["diagnostics"][0]["code"] if r["diagnostics"] else None for r in out] == ["E004", "E004", None]
    assert out[2]["reference_date"] == "2024-05-10"


def test_batch_ids_are_json_scalars_or_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "b.jsonl"
    ids: list[Any] = ["s", 7, 1.5, True, {"a": 1}, [1], None]
    batch.write_text(
        "\n".join(json.dumps({"id": i, "text": LINE, "lang": "fr"}) for i in ids) + "\n", encoding="utf-8"
    )
    code, stdout, stderr = cli_run(capsys, "parse", str(batch), "--format", "jsonl")
    out = [strict_json(line) for line in stdout.splitlines()]
    assert [r["id"] for r in out] == ["s", "7", "1.5", "true", None, None, None]
    codes = [[d["code"] for d in r["diagnostics"] if d["code"].startswith("E00")] for r in out]
    assert codes == [[], [], [], [], ["E005"], ["E005"], []]
    assert code == 1 and "'id' must be a string, a number or null, not an object" in stderr
