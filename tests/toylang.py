"""A toy language made of data files in a temporary folder (invented, Esperanto-like
words that no lexicon of the package knows), read by a fresh interpreter through
``$INCIDENTS_LEXICON_PATH``: how the tests show that a language, and each data
setting a language may switch on, is data only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from incidents.grammar_cache import digest
from incidents.words import Lexicon, load_lexicon

#: what every language's main file has: 12 months and 7 weekdays in calendar order
CALENDAR = """
[d_month]
1 = ["janaro"]
2 = ["februaro"]
3 = ["marto"]
4 = ["aprilo"]
5 = ["majo"]
6 = ["junio"]
7 = ["julio"]
8 = ["augusto"]
9 = ["septembro"]
10 = ["oktobro"]
11 = ["novembro"]
12 = ["decembro"]

[d_weekday]
monday = ["lundo"]
tuesday = ["mardo"]
wednesday = ["merkredo"]
thursday = ["jaudo"]
friday = ["vendredo"]
saturday = ["sabato"]
sunday = ["dimanco"]
"""


def write(folder: Path, files: dict[str, str], code: str = "zz") -> None:
    """Write the files of language ``code`` (named for "zz"), the main one with its
    calendar."""
    for name, text in files.items():
        if name == "zz.toml":
            text += CALENDAR
        (folder / name.replace("zz", code)).write_text(text, encoding="utf-8")


def run(folder: Path, code: str) -> str:
    """The standard output of ``python -c code`` with the folder's languages."""
    env = {**os.environ, "INCIDENTS_LEXICON_PATH": str(folder)}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def records(folder: Path, texts: list[str], lang: str = "zz") -> list[list[dict[str, Any]]]:
    """The incident records of each text, in the folder's language ``lang``."""
    code = (
        "import incidents, json\n"
        f"texts = json.loads({json.dumps(texts)!r})\n"
        f"out = [incidents.parse(t, lang={lang!r}).to_dict()['incidents'] for t in texts]\n"
        "print(json.dumps(out))\n"
    )
    out: list[list[dict[str, Any]]] = json.loads(run(folder, code))
    return out


def folder_with(tmp_path: Path, main: str) -> Path:
    """A folder of languages holding the one main file ``zz.toml`` (``main``, as written)."""
    found = tmp_path / "langs"
    found.mkdir()
    (found / "zz.toml").write_text(main, encoding="utf-8")
    return found


def load_here(folder: Path, cache: Path | str, monkeypatch: pytest.MonkeyPatch, code: str = "zz") -> Lexicon:
    """The lexicon of the folder's language ``code``, loaded in this process (not the
    memoised one) with the private cache in ``cache`` ("": none)."""
    monkeypatch.setenv("INCIDENTS_LEXICON_PATH", str(folder))
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(cache))
    lexicon: Lexicon = load_lexicon.__wrapped__(code)
    return lexicon


def dump_trie(node: Any, payload: str) -> Any:
    """A trie of nodes with ``children`` and ``stems`` as plain data, with each node's
    attribute ``payload`` (to compare two tries); a root read from the cache has each
    child made first (``unfold``)."""
    for word in list(getattr(node, "pending", None) or ()):
        node.unfold(word)
    return {
        "c": {k: dump_trie(v, payload) for k, v in node.children.items()},
        "s": {k: dump_trie(v, payload) for k, v in node.stems.items()},
        "p": getattr(node, payload),
    }


def sealed(text: str) -> str:
    """``text`` (a JSON object) sealed as ``grammar_cache.write_cached`` seals it."""
    body = text[1:]
    return f'{{"blake2b":"{digest(body.encode("utf-8"))}",{body}'
