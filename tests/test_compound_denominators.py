"""A bare ten before a fraction word of one to nine, after a number of its own, belongs
to the denominator: "one hundred thirty-fifths" is 100/35, "cent trente-cinquième"
100/35; with nothing before the ten, the ten is the numerator ("thirty fifths" 30/5,
"vingt cinquièmes" 20/5), and a ten with its unit is the numerator whole ("cent
trente-deux cinquièmes" 132/5)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "one hundred thirty-fifths", [2.857142857]),
        ("en", "minus one hundred thirty fifths", [-2.857142857]),
        ("en", "two hundred forty-sixths", [4.347826087]),
        ("fr", "cent trente-cinquième", [2.857142857]),
        ("fr", "deux cents quarante-sixièmes", [4.347826087]),
        # the ten alone is the numerator
        ("en", "thirty fifths", [6]),
        ("en", "sixty fifths", [12]),
        ("fr", "vingt cinquièmes", [4]),
        # a ten with its unit
        ("fr", "cent trente-deux cinquièmes", [26.4]),
        ("en", "two thirds", [0.666666667]),
    ],
)
def test_compound_denominators(lang: str, text: str, values: list[float]) -> None:
    assert values_of(text, lang, "number") == values
