"""A number with a unit of its own (length, speed, another measure), or one that counts
times or aircraft ("à 2 reprises", "3 drones"), after a time and "à"/"to" ends no span
of the day: "vers 22 h à 20 km de la côte" is 22:00 and 20 km,
no span from 22:00 to 20:00 with the distance lost; "à 14 h 30 à 400 km/h" 14:30 and a
speed (``TimeT._span_words``, the unit check of ``TimeT._minutes_own_unit``). A bare
hour after "à" stays the span's end."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _found(text: str, lang: str) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for m in incidents.mentions(text, lang=lang):
        if m.kind == "time":
            out.append(("time", m.value, m.extra.get("end")))
        elif m.kind in ("distance", "speed"):
            out.append((m.kind, round(m.value, 1), None))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le drone a été repéré vers 22 h à 20 km de la côte.",
            [("time", "22:00", None), ("distance", 20000.0, None)],
        ),
        ("fr", "L'avion est passé à 14 h 30 à 400 km/h.", [("time", "14:30", None), ("speed", 111.1, None)]),
        (
            "fr",
            "Le ballon est apparu à 12 h à 300 m d'altitude.",
            [("time", "12:00", None), ("distance", 300.0, None)],
        ),
        (
            "fr",
            "Un chasseur a été vu vers 9 h 15 à 12 milles nautiques.",
            [("time", "09:15", None), ("distance", 22224.0, None)],
        ),
        (
            "en",
            "The drone was seen at 22:00 to 20 km inside.",
            [("time", "22:00", None), ("distance", 20000.0, None)],
        ),
        ("en", "The jet turned at 14:30 to 400 knots.", [("time", "14:30", None), ("speed", 205.8, None)]),
        (
            "en",
            "The balloon drifted in from 9 pm to 12 miles inland.",
            [("time", "21:00", None), ("distance", 19312.1, None)],
        ),
        # a count of times or of aircraft after the time
        ("fr", "Le drone est passé à 14 h 30 à 2 reprises.", [("time", "14:30", None)]),
        ("fr", "Vers 14 h à 3 drones, ils ont franchi la ligne.", [("time", "14:00", None)]),
        ("en", "The drone crossed at 10:30 to 2 times that day.", [("time", "10:30", None)]),
        # a bare hour: the end of the span
        ("fr", "Les sirènes ont retenti de 22 h à 23 au nord.", [("time", "22:00", "23:00")]),
        ("en", "Sirens sounded from 9 pm to 11 in the north.", [("time", "21:00", "23:00")]),
    ],
)
def test_measure_after_time(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text, lang) == expected
