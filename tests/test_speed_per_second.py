"""Kilometres per second ("at 7 km/s", "à 3 kilomètres par seconde", a missile's or a
rocket's speed) are a speed (lexicon ``u_speed`` kilometer_per_second, units.txt), not
a distance of "7 km" with the rest left over; kilometres alone stay a distance."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "speeds", "distances"),
    [
        ("en", "The missile flew at 7 km/s before impact.", [7000.0], []),
        ("en", "It reached about 3 kilometres per second.", [3000.0], []),
        ("en", "The rocket, at 2.5 km/sec, fell 40 km away.", [2500.0], [40000.0]),
        ("fr", "Le missile volait à 7 km/s avant l'impact.", [7000.0], []),
        ("fr", "Il a atteint environ 3 kilomètres par seconde.", [3000.0], []),
        ("fr", "La roquette, à 2,5 km/s, est tombée à 40 km.", [2500.0], [40000.0]),
        ("ru", "Ракета летела со скоростью 3 км/с.", [3000.0], []),
        # kilometres alone
        ("en", "The debris fell 7 km south of the village.", [], [7000.0]),
        ("fr", "Les débris sont tombés à 7 km au sud du village.", [], [7000.0]),
    ],
)
def test_speed_per_second(lang: str, text: str, speeds: list[float], distances: list[float]) -> None:
    found = incidents.mentions(text, lang=lang)
    assert [m.value for m in found if m.kind == "speed"] == speeds
    assert [m.value for m in found if m.kind == "distance"] == distances


@pytest.mark.parametrize(
    ("text", "lang", "metres"),
    [
        # a length of a language that reads its cases with a stem ("кілометр*") stays a
        # length next to the speed's words (the speed's forms are stems too)
        ("дрон заглибився на три кілометри й повернувся", "uk", 3000.0),
        ("заглибився на п'ять кілометрів.", "uk", 5000.0),
        ("углубился на пять километров.", "ru", 5000.0),
        ("wleciał na trzy kilometry w głąb", "pl", 3000.0),
    ],
)
def test_length_beside_speed_words(text: str, lang: str, metres: float) -> None:
    found = [m.value for m in incidents.mentions(text, lang=lang) if m.kind == "distance"]
    assert found == [metres]
