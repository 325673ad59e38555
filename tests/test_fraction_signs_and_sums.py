"""Amounts with a fraction sign and hours summed with minutes:

- a whole number and a fraction sign are one number ("2½ hours" 2.5 h, "2 ½ miles"),
  never a number and then half an hour;
- a fraction sign before "of a" unit is that fraction of it ("¾ of an hour", "¾
  d'heure", "¾ of a mile");
- an hour told in words and minutes joined by "and" with their unit ("une heure et 20
  minutes") are a sum, a duration unless a lead makes it a time ("à une heure et 20
  minutes").
"""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "The jets patrolled for 2½ hours.", "duration", [9000.0]),
        ("en", "It stayed ¾ of an hour.", "duration", [2700.0]),
        ("fr", "Le drone est resté ¾ d'heure.", "duration", [2700.0]),
        ("en", "a drift of 2 ½ miles", "distance", [4023.36]),
        ("en", "¾ of a mile", "distance", [1207.008]),
        ("en", "2½", "number", [2.5]),
        ("fr", "Le survol a duré une heure et 20 minutes.", "duration", [4800.0]),
        ("fr", "pendant une heure et 20 minutes", "duration", [4800.0]),
        ("fr", "deux heures et quinze minutes", "duration", [8100.0]),
    ],
)
def test_amounts(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert values_of(text, lang, kind) == values


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("fr", "Il est arrivé à une heure et 20 minutes.", ["01:20"]),
        ("fr", "à 15 heures et 10 minutes", ["15:10"]),
        ("fr", "Le survol a duré une heure et 20 minutes.", []),
    ],
)
def test_times(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm
