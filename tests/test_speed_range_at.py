"""A range of speeds after "at"/"à" ("at 300-400 knots", "à 200 à 300 km/h") is one
speed, its value the high end and ``low`` the low, as a distance's range after "at"
(grammar quantity.lark ``speed``): never the clocks "at 300-400" (03:00 to 04:00) with
the unit left over. Clocks with no unit of speed stay times."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _found(text: str, lang: str) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for m in incidents.mentions(text, lang=lang):
        if m.kind == "speed":
            out.append(("speed", round(m.value, 1), None if m.low is None else round(m.low, 1)))
        elif m.kind == "time":
            out.append(("time", m.value, None))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The bombers flew at 300-400 knots.", [("speed", 205.8, 154.3)]),
        ("en", "The drones cruised at 150 to 180 km/h.", [("speed", 50.0, 41.7)]),
        ("en", "The jets closed in at 500-600 mph.", [("speed", 268.2, 223.5)]),
        ("fr", "Les bombardiers volaient à 300-400 nœuds.", [("speed", 205.8, 154.3)]),
        ("fr", "Les drones croisaient à 150 à 180 km/h.", [("speed", 50.0, 41.7)]),
        ("fr", "Le chasseur filait à 250-300 kt.", [("speed", 154.3, 128.6)]),
        # no unit of speed: clocks
        ("en", "The sirens sounded at 3-4 pm.", [("time", "15:00", None)]),
        ("fr", "Les sirènes ont retenti à 14-15 h.", [("time", "14:00", None)]),
    ],
)
def test_speed_range_at(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text, lang) == expected
