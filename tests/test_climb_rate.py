"""A rate of climb or descent ("2,500 feet per minute", "ft/min", "fpm", "pieds par
minute") is a speed (m/s), never a height: the feet are per minute."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "speeds", "distances"),
    [
        ("en", "The jet dived at 6,000 feet per minute.", [30.48], []),
        ("en", "a sink rate of 1,000 ft/min", [5.08], []),
        ("en", "climbing through FL100 at 3000 fpm", [15.24], [3048.0]),
        ("fr", "L'avion est descendu à 4 000 pieds par minute.", [20.32], []),
        ("fr", "un taux de montée de 2 000 ft/min", [10.16], []),
        # unchanged
        ("en", "at 6,000 feet", [], [1828.8]),
        ("fr", "à 4 000 pieds", [], [1219.2]),
    ],
)
def test_climb_rate_is_a_speed(lang: str, text: str, speeds: list[float], distances: list[float]) -> None:
    assert values_of(text, lang, "speed") == speeds
    assert values_of(text, lang, "distance") == distances
