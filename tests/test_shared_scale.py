"""A scale word at the end of a range counts both ends: "3 to 4 thousand feet" is 3,000
to 4,000 ft (not 3 ft to 4,000 ft), "de 2 à 3 millions" 2 to 3 million, "two to three
hundred" 200 to 300; a low end above the high end's own number keeps its value ("500 to
4 thousand feet")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _ranges(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = [m for m in incidents.mentions(text, lang=lang) if m.kind in ("distance", "number")]
    return [(m.kind, round(m.value), None if m.low is None else round(m.low)) for m in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The bombers flew at 3 to 4 thousand feet.", [("distance", 1219, 914)]),
        ("en", "Between 2 and 3 million euros were spent on radars.", [("number", 3000000, 2000000)]),
        ("en", "Two to three hundred drones were launched.", [("number", 300, 200)]),
        ("en", "The jets climbed to 5 to 10 thousand metres.", [("distance", 10000, 5000)]),
        ("fr", "Les avions volaient entre 3 et 4 mille pieds.", [("distance", 1219, 914)]),
        ("fr", "De 2 à 3 millions d'euros ont été dépensés.", [("number", 3000000, 2000000)]),
        ("fr", "Deux à trois cents drones ont été lancés.", [("number", 300, 200)]),
        # the low end above the high end's own number keeps its value
        ("en", "It climbed from 500 to 4 thousand feet.", [("distance", 1219, 152)]),
        ("fr", "Entre 20 et 300 drones ont été lancés.", [("number", 300, 20)]),
    ],
)
def test_shared_scale(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _ranges(text, lang) == expected
