"""A bare number after metres or feet of a height counts the next smaller unit, as
after kilometres and hours: "1 m 75", "deux mètres vingt", "five foot eight", "6 ft 1"
are one length; after a length too large to be a height ("à 600 m 40 drones"), with a
number out of the smaller unit's bound ("3 m 5", "5 ft 14") or before a unit of its own
("5m30s", "2 hours 30 km"), the number is no part of the amount."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "lang", "metres"),
    [
        ("Le pilote mesurait 1 m 75.", "fr", [1.75]),
        ("une clôture de deux mètres vingt", "fr", [2.2]),
        ("un mât de 4 mètres 60", "fr", [4.6]),
        ("l'envergure atteint huit mètres quarante", "fr", [8.4]),
        ("She is five foot eight.", "en", [1.7272]),
        ("a man of 6 ft 1", "en", [1.8542]),
        ("the fence is four feet nine", "en", [1.4478]),
        # no sum
        ("Le drone volait à 600 m 40 secondes plus tard.", "fr", [600.0]),
        ("un trou de 3 m 5 mètres plus loin", "fr", [3.0, 5.0]),
        ("It hovered at 700 feet 20 minutes later.", "en", [213.36]),
        ("He jumped 8 feet 40 times.", "en", [2.4384]),
        # a unit of its own after the number: no sum
        ("the clip ran 5m30s", "en", [5.0]),
        ("it climbed 2 m 30 s after take-off", "en", [2.0]),
        ("flew 3 hours 20 km inside", "en", [20000.0]),
        ("un écart de 4 m 20 s", "fr", [4.0]),
        ("il a volé 1 minute 30 km plus loin", "fr", [30000.0]),
        ("posé à 3 m 15 km/h", "fr", [3.0]),
    ],
)
def test_height_next_unit(text: str, lang: str, metres: list[float]) -> None:
    found = values_of(text, lang, "distance")
    assert [round(v, 4) for v in found if isinstance(v, float)] == metres
    assert len(found) == len(metres)
