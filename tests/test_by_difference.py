"""'By' after a word of change tells a difference, not a time: "rose by 12", "fell by
two", "were up by 20" are numbers, while "left by nine", "rose by 9 pm" and "gone by
10:30" stay times. French says the difference with "de", which leads no time there
("a augmenté de 3"): its rows are guards."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _found(text: str, lang: str) -> list[tuple[str, Any]]:
    return [(m.kind, m.value) for m in incidents.mentions(text, lang=lang) if m.kind in ("number", "time")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Airspace violations rose by 12 this year.", [("number", 12)]),
        ("en", "The number of drone sightings fell by two.", [("number", 2)]),
        ("en", "Balloon launches were up by 20 on last year.", [("number", 20)]),
        ("en", "Intercepts increased by one and a half times the usual rate.", []),
        ("en", "Sorties dropped by 15 after the talks.", [("number", 15)]),
        ("en", "The drone had left the area by nine.", [("time", "09:00")]),
        ("en", "Flights over the strait rose by 9 pm.", [("time", "21:00")]),
        ("fr", "Le nombre de violations a augmenté de 12 cette année.", [("number", 12)]),
        ("fr", "Les survols de drones ont baissé de deux.", [("number", 2)]),
        ("fr", "Les lâchers de ballons sont en hausse de 20.", [("number", 20)]),
        ("fr", "Le drone avait quitté la zone à neuf heures.", [("time", "09:00")]),
    ],
)
def test_by_difference(lang: str, text: str, expected: list[tuple[str, Any]]) -> None:
    assert _found(text, lang) == expected
