"""Bare French "milles" (miles of either kind, no value on their own) told from the
coast, out at sea or from a runway are nautical miles: "à 12 milles de la côte",
"à trois milles au large de", "à 5 milles de la piste" (the lexicon's ``[unit_style]
sea`` forms right after the unit); before any other word, or vague, they keep no value
("à 12 milles de la frontière", "quelques milles de la côte"). English "miles" stay
statute miles."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "metres"),
    [
        ("fr", "Le chalutier a été survolé à 12 milles de la côte.", [22224.0]),
        ("fr", "L'appareil a été intercepté à trois milles au large de la Sicile.", [5556.0]),
        ("fr", "Le pilote a signalé le drone à 5 milles de la piste.", [9260.0]),
        ("fr", "Un ballon a dérivé à 40 milles des côtes bretonnes.", [74080.0]),
        # no value: another word after, or a vague amount
        ("fr", "Le drone est tombé à 12 milles de la frontière.", []),
        ("fr", "Il a été vu à quelques milles de la côte.", []),
        ("fr", "Le cargo était à 20 milles ce matin-là.", []),
        ("en", "The jet was shadowed 12 miles off the coast.", [19312.128]),
    ],
)
def test_sea_miles(lang: str, text: str, metres: list[float]) -> None:
    assert values_of(text, lang, "distance") == pytest.approx(metres)
