"""A word of a pair is a count of two as a dozen word is one of twelve ([n_dozen], keyed by
how many the group holds): "a pair of" is 2, "deux paires" 4, "une paire de" 2 (never 1,
the article's); the aircraft counts it already gave stay. Alone, with no count or article
before it, a word of a small group is a noun: "the pair flew off" holds no number."""

from __future__ import annotations

import pytest
from phrases import fields_of, values_of


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("en", "a pair of", [2]),
        ("en", "They spotted a pair of lights over the lake.", [2]),
        ("en", "two pairs", [4]),
        ("en", "three pairs of boots", [6]),
        ("fr", "une paire de", [2]),
        ("fr", "On a vu une paire de feux au-dessus du lac.", [2]),
        ("fr", "deux paires", [4]),
        ("fr", "trois paires de jumelles", [6]),
        # unchanged
        ("en", "a dozen", [12]),
        ("fr", "deux douzaines", [24]),
        # a word of a small group alone
        ("en", "The pair flew off to the north.", []),
        ("fr", "La paire a décollé vers le nord.", []),
        ("en", "pair", []),
    ],
)
def test_pair_is_two(lang: str, text: str, numbers: list[float]) -> None:
    assert values_of(text, lang, "number") == numbers


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "a pair of Su-27 fighters", 2),
        ("en", "two pairs of fighters", 4),
        ("fr", "une paire de Rafale", 2),
        ("fr", "deux paires de chasseurs", 4),
        ("en", "a dozen drones", 12),
    ],
)
def test_aircraft_counts_stay(lang: str, text: str, count: int) -> None:
    assert [c for _, c in fields_of(text, lang, "aircraft", "count")] == [count]
