"""A bare number after "à" right after a number of one or two digits is the other side of
a score or of a descending range, no time of day: "l'équipe a gagné 4 à 2", "le compte est
passé de 9 à 7". After a word that makes the first number a day ([at_style] day_before:
"le 12 à 8") or after a clock ("de 14 h 30 à 15") the hour stays; so does one with its
own mark ("1 à 9 h")."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "numbers", "time"),
    [
        ("fr", "L'équipe locale a gagné 4 à 2 dimanche.", [4, 2], []),
        ("fr", "Le nombre de radars est passé de 9 à 7.", [9, 7], []),
        ("fr", "La motion a été adoptée par 11 à 3.", [11, 3], []),
        ("fr", "le score final était de 1 à 0", [1, 0], []),
        # unchanged: a day, a clock or a mark of the hour
        ("fr", "Rendez-vous le 12 à 8.", [], ["08:00"]),
        ("fr", "de 14 h 30 à 15", [], ["14:30"]),
        ("fr", "Il était 3 h. À 4, tout était fini.", [], ["03:00", "04:00"]),
    ],
)
def test_count_to_count(lang: str, text: str, numbers: list[float], time: list[str]) -> None:
    assert values_of(text, lang, "number") == numbers
    assert values_of(text, lang, "time") == time
