"""Seconds of arc in a position ("54°12'30\"N", "021°05'10\"E") are no inches: a double
quote after the digits of a coordinate that has its degrees (°) glued before is no unit
mark; lengths in inches away from coordinates ("a 12\" pod") keep their mark."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "distances"),
    [
        ("en", "The drone was tracked at 54°12'30\"N 021°05'10\"E.", []),
        ("en", "Last position 43°40'12\"N, 7°15'05\"E, over the sea.", []),
        ("en", "The balloon passed 59°26'45\" north.", []),
        ("fr", "Le drone a été repéré à 54°12'30\"N 021°05'10\"E.", []),
        ("fr", "Dernière position : 43°40'12\"N 7°15'05\"E.", []),
        ("fr", "Le ballon est passé par 59°26'45\" nord à 3 km de la côte.", [3000.0]),
        # inches away from a position
        ("en", 'The drone carried a 12" camera pod.', [pytest.approx(0.3048)]),
    ],
)
def test_arc_seconds(lang: str, text: str, distances: list[object]) -> None:
    assert values_of(text, lang, "distance") == distances
