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
    parsers = {lang: Parser(lang) for lang in ("en", "fr")}  # fresh parsers: empty caches
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
    parsers = {lang: Parser(lang) for lang in ("en", "fr")}
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
