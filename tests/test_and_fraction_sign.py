"""A whole number, "and", then a proper fraction in digits or a sign is one number
("3 and 1/2", "trois et ½"), as "3 and a half" and "3 1/2" are; with a unit after it,
one amount of that unit ("2 and 3/4 miles", "1 et 1/4 heure"), not a list of two.
An improper fraction after "and" stays a number of its own."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "we counted 4 and 1/2 of them", "number", [4.5]),
        ("en", "The jet stayed 2 and 3/4 miles off the coast.", "distance", [4425.696]),
        ("en", "a patrol of 1 and 1/4 hours", "duration", [4500.0]),
        ("en", "six and ½ kilometres inside", "distance", [6500.0]),
        ("fr", "il en reste 7 et 1/2", "number", [7.5]),
        ("fr", "L'appareil a pénétré de 2 et 3/4 km.", "distance", [2750.0]),
        ("fr", "un survol de 1 et 1/4 heure", "duration", [4500.0]),
        ("fr", "cinq et ½ milles nautiques", "distance", [10186.0]),
        # unchanged
        ("en", "between 2 and 7/4", "number", [2, 1.75]),
        ("en", "at 2 and 3 km", "distance", [2000.0, 3000.0]),
        ("fr", "3 et 5/2", "number", [3, 2.5]),
        ("fr", "à 4 et 6 km", "distance", [4000.0, 6000.0]),
    ],
)
def test_and_fraction_sign(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert [round(v, 3) for v in values_of(text, lang, kind)] == values  # type: ignore[arg-type]
