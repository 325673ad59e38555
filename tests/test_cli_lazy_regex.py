"""The command line's own process imports lark without the ``regex`` module (lark
imports it whenever it is installed, for grammars that ask for it; ours never does):
lark is handed a module that loads on first use, so lark, and a later ``import regex``
(dateparser's, for a relative date), behave as before; with a warm cache the
command imports lark without ``lark.lark`` (its grammar loader and parsers), which
loads on first use of ``lark.Lark``. Run in a fresh interpreter: the test process has
long imported both."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from incidents import cli

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import contextlib, io, json, sys
from incidents import cli
sys.argv = ["incidents", "parse", sys.argv[1], "--lang", "fr", "--reference-date", "2024-05-10"]
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = cli.main()
loaded = "regex._regex_core" in sys.modules
light = "lark.load_grammar" not in sys.modules
from lark import Lark
assert Lark("start: WORD\\nWORD: /[a-z]+/", parser="lalr").parse("ab")
import lark.lark, lark.utils
loaded = loaded or "regex._regex_core" in sys.modules
flags = [lark.lark._has_regex, lark.utils._has_regex]
import regex
word = regex.compile(r"\\p{L}+").match("héllo").group()
same = lark.lark.regex is regex and lark.utils.regex is regex
print(json.dumps([code, loaded, light, flags, word, same, out.getvalue()]))
"""


@pytest.mark.parametrize(
    "text",
    [
        "Mercredi, un drone russe a survolé l'espace aérien roumain.\n",
        "Hier soir, un drone russe a survolé l'espace aérien roumain.\n",
    ],
)
def test_the_command_imports_regex_only_when_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    for warm in (False, True):  # an empty cache (the grammar built), then a warm one
        done = subprocess.run(
            [sys.executable, "-c", PROBE, str(src)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "INCIDENTS_CACHE_DIR": str(cache)},
        )
        code, loaded, light, flags, word, same, out = json.loads(done.stdout)
        assert code == 0
        # a relative date ("hier") loads dateparser, which loads regex; a weekday does not
        assert loaded == text.startswith("Hier")
        assert flags == [True, True] and word == "héllo" and same
        # a warm start never imports lark's grammar loader (lark.Lark), only its tokens,
        # trees and transformers; lark.Lark is there all the same
        assert light == warm
    # the same output as a caller's main(argv), whose imports are left alone
    assert cli.main(["parse", str(src), "--lang", "fr", "--reference-date", "2024-05-10"]) == 0
    assert capsys.readouterr().out == out
