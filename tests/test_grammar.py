"""The grammar itself: LALR without conflicts, every lexicon word reachable alone,
and scanning linear in the input."""

from __future__ import annotations

import time

import pytest

from incidents.api import Parser
from incidents.scanner import build_lark
from incidents.words import TRANSPARENT, load_lexicon

LANGS = ("fr", "en")


def test_grammar_is_conflict_free() -> None:
    # lark resolves shift/reduce conflicts silently as "shift"; strict mode refuses them
    pytest.importorskip("interegular")
    build_lark.cache_clear()
    try:
        build_lark(strict=True)
    finally:
        build_lark.cache_clear()


_HYPHENS_APOSTROPHES = "-‐‑'’ʼ`"


def _forms(lang: str) -> list[tuple[str, str, str]]:
    out = []
    for cls, key, form in load_lexicon(lang).forms():
        if cls.endswith(("_CUE", "_STYLE")):  # assembly settings, not grammar terminals
            continue
        text = form[1:] if form.startswith("=") else form
        # Hyphens and apostrophes are transparent to matching ("mi-" = "mi",
        # "-ish" = "ish"), so a form's leading/trailing ones are not part of it and a
        # form made only of them ("-", "''") can never be looked up: skipped.
        text = text.strip(_HYPHENS_APOSTROPHES).strip()
        if not text:
            continue
        out.append((cls, key, text))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_form_reads_alone_as_its_key(lang: str) -> None:
    assert TRANSPARENT  # the rule above mirrors words.TRANSPARENT
    scanner = Parser(lang).scanner
    wrong = []
    for cls, key, text in _forms(lang):
        toks = scanner.tokens(text)
        if len(toks) != 1 or toks[0].keys.get(cls) != key:
            wrong.append((cls, key, text, [(t.text, t.keys) for t in toks]))
    assert wrong == []


def _best_of_3(parser: Parser, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        parser.mentions(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_scanning_is_linear() -> None:
    parser = Parser("fr")
    unit = "3 km 12 min 1 500 "  # number and unit tokens: "3" "km" "12" "min" "1 500"
    per = len(parser.scanner.tokens(unit))
    small = unit * (5_000 // per)
    large = unit * (20_000 // per)
    assert len(parser.scanner.tokens(large)) == 20_000
    parser.mentions(unit)  # warm-up: grammar, lexicon, pint
    ratio = _best_of_3(parser, large) / _best_of_3(parser, small)
    assert ratio < 6.0, f"4x the input took {ratio:.1f}x the time"
