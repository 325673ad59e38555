"""The scanner's shortcuts give what the plain way gives: compiled phrase code versus
lark's own ``Transformer.transform`` on a built tree, and memoised phrase values
versus values computed afresh."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import incidents.scanner as scanner_mod
from incidents.api import Parser
from incidents.transform import PhraseTransformer

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*/*.json"))


def _docs() -> list[tuple[str, str, str]]:
    out = []
    for path in SAMPLES:
        doc = json.loads(path.read_text(encoding="utf-8"))
        out.append((doc["lang"], doc["text"], doc["reference_date"]))
    return out


def _all_mentions(docs: list[tuple[str, str, str]]) -> list[list[dict[str, object]]]:
    parsers = {lang: Parser(lang) for lang in sorted({d[0] for d in docs})}  # fresh parsers: empty caches
    return [[m.to_dict() for m in parsers[lang].mentions(text, ref)] for lang, text, ref in docs]


@pytest.fixture(scope="module")
def plain() -> list[list[dict[str, object]]]:
    return _all_mentions(_docs())


def test_samples_are_there() -> None:
    assert len(SAMPLES) >= 40


def test_compiled_code_matches_lark_transform(
    plain: list[list[dict[str, object]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the tree is built and handed to lark's Transformer.transform, without memoising
    monkeypatch.setattr(scanner_mod, "plain_transformer", lambda cls: False)
    monkeypatch.setattr(PhraseTransformer, "phrase_cache", False)
    assert _all_mentions(_docs()) == plain


def test_memoised_values_match_fresh_ones(
    plain: list[list[dict[str, object]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PhraseTransformer, "phrase_cache", False)
    fresh = _all_mentions(_docs())
    assert fresh == plain
    # warm caches, documents in the reverse order: the same values again
    monkeypatch.setattr(PhraseTransformer, "phrase_cache", True)
    docs = _docs()
    parsers = {lang: Parser(lang) for lang in sorted({d[0] for d in docs})}
    for lang, text, ref in docs:
        parsers[lang].mentions(text, ref)
    again = [[m.to_dict() for m in parsers[lang].mentions(text, ref)] for lang, text, ref in reversed(docs)]
    assert again[::-1] == plain


def test_a_phrase_reads_its_neighbouring_character() -> None:
    # the same phrase text, glued to a letter or not: memoised values must not mix them up
    parser = Parser("en")
    alone = parser.mentions("at A 4:30")
    glued = parser.mentions("at A4:30")  # a code, not a time
    again = parser.mentions("at A 4:30")
    assert [(m.kind, m.text) for m in alone] == [("time", "4:30")]
    assert not any(m.kind == "time" for m in glued)
    assert [m.to_dict() for m in again] == [m.to_dict() for m in alone]


def test_offsets_of_places_are_their_own() -> None:
    # a place's name span is an offset into its text: never taken from a memoised value
    parser = Parser("en")

    def places(text: str) -> list[object]:
        return [m for m in parser.mentions(text) if m.kind == "location"]

    first = places("They flew near the island of Gotland.")
    second = places("Later, they flew near the island of Gotland.")
    assert first and second
    shift = len("Later, t") - len("T")
    assert [s + shift for s in first[0].get("name_span")] == second[0].get("name_span")


SHAPES = [
    "FL350 FL 90 km2 3km² 24703m2 M2 ft3 cm",
    "½ 3½ ¾km x⅔",
    "-4 - 10 k x-3 −5,5 3-5 km a-b 1 500,5 1,674,200.5 .77 ,5 2.5e3",
    "15:20 3:18 15:23:24 4:3 21/06/2021 21.06.2021 2021-06-21 1.1^23 1.3x10^6 3/4",
    "l'État l’espace ʼx `y – — ‐‑ __ a_b (Mi-8) «Su-27» 12h30 15 h 20",
    "  \t\n\u00a0 trailing   ",
]


def test_shape_lexer_cuts_as_lark_does() -> None:
    from lark.lexer import LexerThread

    shapes = scanner_mod.ShapeLexer(scanner_mod.build_lark())
    assert shapes.regex is not None  # the fast path is the one under test
    texts = SHAPES + [text for _, text, _ in _docs()]
    for text in texts:
        ours = shapes.split(text)
        lark_tokens = LexerThread.from_text(shapes.lexer, text).lex(None)
        theirs = [(t.type, t.start_pos, t.end_pos) for t in lark_tokens]
        assert ours == theirs, text


def test_which_terminals_may_begin_with_a_letter() -> None:
    import re

    letter = re.compile(r"[^\W\d_]")
    may = scanner_mod._may_begin_with
    assert may(r"FL ?\d{2,3}(?!\d)", 0, letter)
    assert may(r"(?i:km|m)(?:2|3)", 0, letter)
    assert may(r"[¼½]", 0, letter)  # vulgar fractions are word characters
    assert may(r"(?:x|\d)+", 0, letter)
    assert may(r"\d*[a-z]", 0, letter)  # the digits may be absent
    assert not may(r"\d{1,2}:\d{2}", 0, letter)
    assert not may(r"(?<![\w.,\-])[-−](?=[.,]?\d)|^[-−] (?=[.,]?\d)", 0, letter)
    assert not may(r"(?<!\w)[.,]\d+|\d+", 0, letter)
    assert not may(r"[0-9]+", 0, letter)


def test_a_fast_mention_is_a_mention() -> None:
    from dataclasses import FrozenInstanceError

    from incidents.model import Mention

    args = ("zone", "Estonian airspace", (3, 20), "airspace", None, None, None, {"state": "EE"})
    fast, plain = Mention.fast(*args), Mention(*args)
    assert fast == plain and repr(fast) == repr(plain) and fast.to_dict() == plain.to_dict()
    with pytest.raises(FrozenInstanceError):
        fast.kind = "verb"  # type: ignore[misc]


def test_the_opening_class_holds_every_first_character() -> None:
    import re

    opening = scanner_mod._opening_class
    found = opening([r"FL[ -]?\d{2,3}(?!\d)", r"(?i:km|m)(?:2|3)(?!\w)", r"[¼½]"], 0)
    assert found is not None
    first = re.compile(found)
    assert all(first.match(ch) for ch in "FfKkMm¼½\u212a")  # the Kelvin sign is a "k" ignoring case
    assert not any(first.match(ch) for ch in "aeLx2 ")
    # where a match may begin with anything it cannot name: none
    assert opening([r"\d+"], 0) is None
    assert opening([r"(?:a|b)?c"], 0) is None
    assert opening([r"[^a]"], 0) is None
    assert opening([r"x*y"], 0) is None
