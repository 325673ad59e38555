"""Tokenized text puts spaces around the hyphen inside a spelled number: a ten before
a digit ("twenty - one", "vingt - deux") and a spelled number before a word of a
fraction ("one - fourth", "trois - quarts") are one number, as their glued forms are.
A hyphen between two whole numbers stays a range ("five - six aircraft")."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "he counted sixty - two jets", "number", [62]),
        ("en", "one - fifth of them", "number", [0.2]),
        ("en", "three - quarters of a mile", "distance", [1207.008]),
        ("en", "forty - five minutes", "duration", [2700.0]),
        ("fr", "il a compté soixante - deux avions", "number", [62]),
        ("fr", "un - cinquième d'entre eux", "number", [0.2]),
        ("fr", "trois - quarts d'heure", "duration", [2700.0]),
        ("fr", "quarante - cinq minutes", "duration", [2700.0]),
        # unchanged: ranges
        ("en", "five - six aircraft", "number", [6]),
        ("en", "ten - twelve drones", "number", [12]),
        ("fr", "cinq - six avions", "number", [6]),
        ("fr", "dix - douze drones", "number", [12]),
    ],
)
def test_spaced_hyphen_numbers(lang: str, text: str, kind: str, values: list[float]) -> None:
    got = values_of(text, lang, kind)
    assert [round(v, 3) if isinstance(v, float) else v for v in got] == values  # type: ignore[call-overload]
