"""Noon and midnight with minutes told by one spelled digit ("midi cinq", "à minuit
deux minutes"), as "midi dix" and "onze heures cinq" are read: a time only where no word
follows the digit ("à midi deux drones" is noon and a count of two). French "nautiques"
alone is the nautical mile, as "nautique" is ("à 3 nautiques"); "3 sports nautiques" is
no distance."""

from __future__ import annotations

import pytest
from phrases import fields_of, values_of


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("fr", "Le drone est passé à midi cinq.", ["12:05"]),
        ("fr", "midi cinq", ["12:05"]),
        ("fr", "à minuit cinq, un ballon", ["00:05"]),
        ("fr", "minuit deux minutes", ["00:02"]),
        # unchanged
        ("fr", "à midi dix", ["12:10"]),
        ("fr", "à midi", ["12:00"]),
        # a count after the digit
        ("fr", "à midi deux drones ont survolé", ["12:00"]),
        ("en", "at noon two drones crossed", ["12:00"]),
    ],
)
def test_noon_minutes_digit(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm


def test_the_count_stays() -> None:
    assert [c for _, c in fields_of("à midi deux drones ont survolé", "fr", "aircraft", "count")] == [2]


@pytest.mark.parametrize(
    ("text", "metres"),
    [
        ("Le chasseur est passé à 3 nautiques de la côte.", [5556.0]),
        ("à 10 nautiques", [18520.0]),
        ("un mille nautique", [1852.0]),
        ("3 sports nautiques", []),
    ],
)
def test_nautiques(text: str, metres: list[float]) -> None:
    assert [round(v, 1) for v in values_of(text, "fr", "distance")] == metres
