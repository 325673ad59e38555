"""A number right after a word of a heading ("cap au 045 à 350 nœuds", "heading 270 to
300 knots") is the heading, not the low end of a range: the speed is the second
number alone. Ranges with no heading word before them stay ranges."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _speeds(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = [m for m in incidents.mentions(text, lang=lang) if m.kind in ("speed", "distance")]
    return [(m.kind, round(m.value), None if m.low is None else round(m.low)) for m in found]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le bombardier tenait le cap au 045 à 350 nœuds.", [("speed", 180, None)]),
        ("fr", "Il a viré au cap 270 à 400 nœuds.", [("speed", 206, None)]),
        ("fr", "L'avion suivait le cap 120 à 3 km de la côte.", [("distance", 3000, None)]),
        ("en", "The bomber turned to heading 270 to 300 knots.", [("speed", 154, None)]),
        ("en", "It held a bearing 090 to 5 km off the cape.", [("distance", 5000, None)]),
        ("en", "The jet was on a heading of 180 to 4 km out.", [("distance", 4000, None)]),
        # no heading word: a range
        ("fr", "Il volait entre 300 et 350 nœuds.", [("speed", 180, 154)]),
        ("fr", "Le drone est passé à 2 à 3 km de la côte.", [("distance", 3000, 2000)]),
        ("en", "The jets flew at 300 to 350 knots.", [("speed", 180, 154)]),
        ("en", "Over the course of 2 to 3 km the drone climbed.", [("distance", 3000, 2000)]),
    ],
)
def test_heading_not_range(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _speeds(text, lang) == expected
