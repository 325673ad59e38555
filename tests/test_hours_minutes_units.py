"""Hours and minutes each told with its unit and no "at"/"à" before them ("1 h 30 min",
"un vol de 2 h 15 min") are how long, not a time of day; with "at", "vers", a zone
or a part of the day after them they stay a time ("à 7 h 30 min", "14 h 30 min UTC"),
and so does "1 h 30" with no unit after the minutes."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "The drone hovered 1 h 40 min over the base.", "duration", [6000.0]),
        ("en", "a sortie of 2 h 10 min", "duration", [7800.0]),
        ("en", "total: 3 h 5 min", "duration", [11100.0]),
        ("en", "at 2 h 10 min", "duration", []),
        ("fr", "Le ballon a dérivé 1 h 40 min au-dessus du lac.", "duration", [6000.0]),
        ("fr", "une mission de 2 h 10 min", "duration", [7800.0]),
        ("fr", "durée totale : 3 h 5 min", "duration", [11100.0]),
        ("fr", "à 2 h 10 min", "duration", []),
        # unchanged: a time
        ("en", "at 4 h 25 min", "time", ["04:25"]),
        ("fr", "vers 16 h 25 min", "time", ["16:25"]),
        ("fr", "16 h 25 min UTC", "time", ["16:25"]),
        ("fr", "l'alerte de 16 h 25", "time", ["16:25"]),
        ("fr", "Lundi, 14h30mn : un drone", "time", ["14:30"]),
        ("en", "Monday, 14 h 30 min: a drone", "time", ["14:30"]),
    ],
)
def test_hours_minutes_units(lang: str, text: str, kind: str, values: list[object]) -> None:
    got = values_of(text, lang, kind)
    assert [round(v, 3) if isinstance(v, float) else v for v in got] == values
