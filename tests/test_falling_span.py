"""A span told downwards ("from 9,000 to 5,000 feet", "de 12 à 4 km") is no range (a
range runs upwards) but two amounts, each of the unit told after the second; a rising
span stays one range ("de 4 à 12 km")."""

from __future__ import annotations

import pytest

import incidents

FT = 0.3048


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        ("It came down from 9,000 to 4,000 ft.", "en", "distance", [(9000 * FT, None), (4000 * FT, None)]),
        ("visibility dropped from 8 to 2 km", "en", "distance", [(8000.0, None), (2000.0, None)]),
        ("the delay was cut from 40 to 15 minutes", "en", "duration", [(2400.0, None), (900.0, None)]),
        ("L'avion est descendu de 6 000 à 2 500 mètres.", "fr", "distance", [(6000.0, None), (2500.0, None)]),
        ("la distance est passée de 12 à 4 km", "fr", "distance", [(12000.0, None), (4000.0, None)]),
        ("l'alerte a été ramenée de 30 à 10 minutes", "fr", "duration", [(1800.0, None), (600.0, None)]),
        # a rising span is one range
        ("It climbed from 4,000 to 9,000 feet.", "en", "distance", [(9000 * FT, 4000 * FT)]),
        ("une zone de 4 à 12 km", "fr", "distance", [(12000.0, 4000.0)]),
        # a heading before the first number: no span ("cap 200 à 6 km")
        ("Le chasseur tenait le cap 200 à 6 km de l'île.", "fr", "distance", [(6000.0, None)]),
        ("It flew heading 250 to 8 km off the island.", "en", "distance", [(8000.0, None)]),
        # no amount: a score
        ("they won from 3 to 1", "en", "distance", []),
        ("un score de 3 à 1", "fr", "distance", []),
    ],
)
def test_falling_span(text: str, lang: str, kind: str, expected: list[tuple[float, float | None]]) -> None:
    found = [
        (round(m.value, 3), None if m.low is None else round(m.low, 3))
        for m in incidents.mentions(text, lang=lang)
        if m.kind == kind and isinstance(m.value, float)
    ]
    assert found == [(round(v, 3), None if lo is None else round(lo, 3)) for v, lo in expected]
