"""The grammar itself: LALR without conflicts, every lexicon word reachable alone,
and scanning linear in the input."""

from __future__ import annotations

import pytest
from workcount import MAX_RATIO, linear

from incidents.api import Parser
from incidents.scanner import build_lark
from incidents.words import TRANSPARENT, load_lexicon, supported_languages

LANGS = supported_languages()


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
        text = text.replace("*", "").strip(_HYPHENS_APOSTROPHES).strip()
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


def test_scanning_is_linear() -> None:
    # counted work (interpreter steps), not seconds: the same on a loaded machine
    parser = Parser("fr")
    unit = "3 km 12 min 1 500 "  # number and unit tokens: "3" "km" "12" "min" "1 500"
    per = len(parser.scanner.tokens(unit))
    small = unit * (1_250 // per)
    large = unit * (5_000 // per)
    assert len(parser.scanner.tokens(large)) == 5_000
    n_small, n_large = linear(lambda: parser.mentions(small), lambda: parser.mentions(large))
    assert n_large <= MAX_RATIO * n_small, f"4x the input took {n_large / n_small:.2f}x the steps"
    # the phrases found grow in step
    assert len(parser.mentions(large)) == 4 * len(parser.mentions(small)) > 0
