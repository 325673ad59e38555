"""A number with the language's decimal mark and an hour of at most 12 before the
hour's word ("1.25 hours", "1,25 heure") is a number of hours unless "at"/"à" makes
it a clock; minutes of 60 or more ("2.75 hours") are never a clock. Clocks keep
their shapes: "14.20 hours", "08.53 h", a span "between 9.10 and 9.40 hrs", and in
French the dot, which is no decimal mark there ("8.53 heures")."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "The balloon drifted 1.25 hours over the sea.", "duration", [4500.0]),
        ("en", "a flight of 2.75 hours", "duration", [9900.0]),
        ("en", "it stayed 3.40 hrs inside", "duration", [12240.0]),
        ("en", "The sortie lasted 2.75 hours.", "time", []),
        ("fr", "Le ballon a dérivé 1,25 heure au-dessus de la mer.", "duration", [4500.0]),
        ("fr", "un vol de 2,75 heures", "duration", [9900.0]),
        ("fr", "il est resté 3,40 h dans la zone", "duration", [12240.0]),
        ("fr", "Le vol a duré 2,75 heures.", "time", []),
        # unchanged: clocks
        ("en", "at 14.20 hours", "time", ["14:20"]),
        ("en", "between 9.10 and 9.40 hrs", "time", ["09:10"]),
        ("en", "at 3.25 hours", "time", ["03:25"]),
        ("fr", "à 8.53 heures", "time", ["08:53"]),
        ("fr", "entre 9,10 h et 9,40 h", "time", ["09:10"]),
        ("fr", "à 3,25 h", "time", ["03:25"]),
    ],
)
def test_decimal_hours(lang: str, text: str, kind: str, values: list[object]) -> None:
    got = values_of(text, lang, kind)
    assert [round(v, 3) if isinstance(v, float) else v for v in got] == values
