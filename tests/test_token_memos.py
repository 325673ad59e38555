"""The tokeniser's shortcuts and memo tables give what the plain way gives.

``Scanner.tokens`` walks the lexicon trie only where the next word may continue a
form (memoised per token text and next word), and the lexicon memoises the folded
words of a text and a place's state. Each shortcut is checked here against the
plain computation, with fresh, warm and nearly empty (bounded to one entry) tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import incidents.scanner as scanner_mod
import incidents.words as words_mod
from incidents.api import Parser
from incidents.scanner import Scanner, _attached_hyphen, _longest_form
from incidents.words import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.json"))
REAL = ROOT / "benchmarks" / "real" / "reports.jsonl"

#: my own phrasings around multi-word forms, elisions and hyphens (not from any corpus)
EXTRA = [
    ("en", "Two F-16 jets and an Su-27x flew over the sea; the F- and the Su-27 left."),
    ("en", "The defence ministry said a drone had been shot down near the border at around 5 pm."),
    ("fr", "L'avion s'est approché de l'île, près de la côte, au-dessus d'Hanko, puis qu'il est reparti."),
    ("fr", "Un chasseur F-35 a été vu au-dessus de la mer ; l'espace aérien n'a pas été violé."),
    ("it", "Il 20 marzo un Il-20 e a 50 km un A-50 sono stati visti."),
    ("ru", "Эстонии сообщили, что Су-27 пролетел над Готландом."),
]


def _texts() -> list[tuple[str, str]]:
    out = [(d["lang"], d["text"]) for d in (json.loads(p.read_text(encoding="utf-8")) for p in SAMPLES)]
    for line in REAL.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        out.append((doc["lang"], doc["text"]))
    return out + EXTRA


def _shape(toks: list[Any]) -> list[tuple[Any, ...]]:
    return [(t.types, t.keys, t.start, t.end, t.text) for t in toks]


def _walked(scanner: Scanner, text: str) -> list[tuple[Any, ...]]:
    """The tokens with the trie walked at every token: no classification, no memo."""
    raw = scanner.shapes.split(text)
    words = [text[s:e] for _, s, e in raw]
    out: list[tuple[Any, ...]] = []
    i = 0
    while i < len(raw):
        ttype, start, end = raw[i]
        if ttype == "APOS" or (ttype == "HYPHEN" and _attached_hyphen(raw, i)):
            i += 1
            continue
        end_i, payload = _longest_form(scanner.lexicon, words, raw, i)
        if payload:
            stop = raw[end_i - 1][2]
            types, keys = scanner._readings(payload, ttype, text[start:stop], end_i - i == 1)
            out.append((types, keys, start, stop, text[start:stop]))
            i = end_i
            continue
        types, keys = scanner._plain(words[i], ttype)
        out.append((types, keys, start, end, words[i]))
        i += 1
    return out


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    return _texts()


def test_shortcuts_give_the_walk_at_every_token(texts: list[tuple[str, str]]) -> None:
    scanners: dict[str, Scanner] = {}
    for lang, text in texts:
        scanner = scanners.setdefault(lang, Parser(lang).scanner)
        assert _shape(scanner.tokens(text)) == _walked(Scanner(scanner.lexicon), text), text[:60]


def test_tokens_do_not_depend_on_the_memo_tables(
    texts: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = {lang: Scanner(load_lexicon(lang)) for lang in {lang for lang, _ in texts}}
    first = [_shape(fresh[lang].tokens(text)) for lang, text in texts]
    # warm tables, texts in the reverse order
    warm = [_shape(fresh[lang].tokens(text)) for lang, text in reversed(texts)]
    assert warm[::-1] == first
    # tables that forget at once
    monkeypatch.setattr(scanner_mod, "MAX_FOLLOWERS", 1)
    monkeypatch.setattr(scanner_mod, "MAX_WORD_CACHE", 1)
    tiny = {lang: Scanner(load_lexicon(lang)) for lang in fresh}
    assert [_shape(tiny[lang].tokens(text)) for lang, text in texts] == first
    assert all(len(s._words) <= 1 for s in tiny.values())


def test_the_words_remembered_after_tokens_are_bounded_in_all(monkeypatch: pytest.MonkeyPatch) -> None:
    # ten words that may begin a longer form, each before twelve made-up words: 120
    # pairs over 22 token texts, more than the cache's bound though it holds them all
    scanner = Scanner(load_lexicon("en"))
    heads = []
    for word in "the in over at air foreign defence shot did had a of to".split():
        entry = scanner._classify(word, "WORD")
        if entry[1] is scanner_mod._WALK and entry[8] is not scanner_mod._WALK:
            heads.append(word)
    assert len(heads) >= 10
    others = [f"zq{a}{b}x" for a in "bcd" for b in "fghj"]
    text = " ".join(f"{h} {o}" for h in heads[:10] for o in others)
    expected = _walked(Scanner(scanner.lexicon), text)
    monkeypatch.setattr(scanner_mod, "MAX_FOLLOWERS", 16)
    monkeypatch.setattr(scanner_mod, "MAX_WORD_CACHE", 64)
    small = Scanner(scanner.lexicon)
    assert _shape(small.tokens(text)) == expected
    memos = [e[6] for e in small._words.values() if e[1] is scanner_mod._WALK and e[6] is not None]
    assert memos and all(len(m) <= 16 for m in memos)
    assert sum(len(m) for m in memos) <= 64


def test_lexicon_memos_match_fresh_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = {
        "en": ["Gotland", "the Gotland", "fighter jets", "Kinaros", "nowhere-land", "F-16"],
        "fr": ["l'île de Gotland", "Kinaros", "chasseurs", "avions de chasse", "Saaremaa"],
        "ru": ["Готландом", "Готланд", "истребители"],
    }
    for lang, names in cases.items():
        lex = load_lexicon(lang)
        asked = [(lex.words_of(n), lex.place_of(n), lex.key_of("AC_ROLE_N", n)) for n in names]
        again = [(lex.words_of(n), lex.place_of(n), lex.key_of("AC_ROLE_N", n)) for n in reversed(names)]
        assert again[::-1] == asked
        monkeypatch.setattr(words_mod, "MAX_MEMO", 1)
        lex._words.clear()
        lex._places.clear()
        assert [(lex.words_of(n), lex.place_of(n), lex.key_of("AC_ROLE_N", n)) for n in names] == asked
        assert len(lex._words) <= 1 and len(lex._places) <= 1
        monkeypatch.undo()
    assert load_lexicon("en").place_of("Gotland") == "SE"
    assert load_lexicon("en").place_of("nowhere-land") is None
