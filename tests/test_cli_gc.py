"""The command line runs its start-up (the tables, the lexicon, the first document)
without the cyclic garbage collector, then turns it back on: it is never left off,
whatever the command, and never turned on where the caller had turned it off."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from incidents import cli

FR = "Lundi, un drone russe a survolé l'espace aérien roumain.\n"


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_on_after_each_command(
    collector_on: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(FR, encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["incidents", "parse", str(src), "--lang", "fr"])
    assert cli.main() == 0  # the command line's own start-up: paused, then back on
    assert gc.isenabled()
    assert cli.main(["parse", str(src), "--lang", "fr"]) == 0
    assert gc.isenabled()
    assert cli.main(["--version"]) == 0  # reads no document
    assert gc.isenabled()
    assert cli.main(["parse", str(tmp_path / "missing.txt"), "--lang", "fr"]) != 0
    assert gc.isenabled()
    capsys.readouterr()


def test_a_collector_the_caller_turned_off_stays_off(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(FR, encoding="utf-8")
    was = gc.isenabled()
    gc.disable()
    try:
        assert cli.main(["parse", str(src), "--lang", "fr"]) == 0
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()
    capsys.readouterr()


def test_the_collector_comes_back_after_the_first_document(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def fn(task: tuple[str, cli.Doc]) -> bool:
        seen.append(gc.isenabled())
        return True

    doc = cli.Doc(id="a", text=FR, lang="fr", reference_date=None, source="batch.jsonl")
    gc.disable()
    monkeypatch.setattr(cli._Settings, "gc_paused", True)
    assert list(cli.run_all("parse", [doc] * 3, 1, fn)) == [True] * 3
    assert seen == [False, True, True]
    assert gc.isenabled() and not cli._Settings.gc_paused


def test_a_caller_passing_its_arguments_keeps_its_collector(
    collector_on: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(FR, encoding="utf-8")
    gc.unfreeze()
    assert cli.main(["parse", str(src), "--lang", "fr"]) == 0
    assert gc.get_freeze_count() == 0  # nothing of the caller's was frozen
    assert gc.isenabled()
    capsys.readouterr()
