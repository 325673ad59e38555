"""A bare ten before a fraction word of one to nine, after a number of its own, belongs
to the denominator: "two hundred forty-sixths" is 200/46, "trois cents
cinquante-septièmes" 300/57; with nothing before the ten, the ten is the numerator
("forty sixths" 40/6, "quarante sixièmes"), and a ten with its unit is the numerator
whole ("cent quarante-trois septièmes" 143/7)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "two hundred forty-sixths", [4.347826087]),
        ("en", "three hundred fifty-sevenths", [5.263157895]),
        ("en", "minus four hundred twenty-thirds", [-17.391304348]),
        ("fr", "deux cents quarante-sixièmes", [4.347826087]),
        ("fr", "trois cents cinquante-septièmes", [5.263157895]),
        # the ten alone is the numerator
        ("en", "forty sixths", [6.666666667]),
        ("en", "seventy sevenths", [10]),
        ("fr", "quarante sixièmes", [6.666666667]),
        # a ten with its unit
        ("fr", "cent quarante-trois septièmes", [20.428571429]),
        ("en", "two thirds", [0.666666667]),
    ],
)
def test_compound_denominators(lang: str, text: str, values: list[float]) -> None:
    assert values_of(text, lang, "number") == values
