"""A number after the hour that a unit of its own follows counts that unit, not the
minutes of the hour: "le drone a tenu 2 heures 40 km au large" is 2 hours and 40 km
(no 02:40), "vers 14 h 20 km au nord" is 14:00 and 20 km; minutes followed by no unit
stay minutes ("à 14 h 20 il a viré")."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le drone a tenu 2 heures 40 km au large.", "fr", [("duration", 7200.0), ("distance", 40000.0)]),
        (
            "Vers 14 h 20 km au nord du lac, un ballon a été vu.",
            "fr",
            [("time", "14:00"), ("distance", 20000.0)],
        ),
        (
            "Il a tourné deux heures trente kilomètres au large.",
            "fr",
            [("duration", 7200.0), ("distance", 30000.0)],
        ),
        ("à 9 h 12 nœuds, cap à l'est", "fr", [("time", "09:00"), ("speed", 6.173)]),
        (
            "At 14 h 20 km north of the lake a balloon was seen.",
            "en",
            [("time", "14:00"), ("distance", 20000.0)],
        ),
        ("at 11 h 40 km from the coast", "en", [("time", "11:00"), ("distance", 40000.0)]),
        ("at 6 h 35 miles out to sea", "en", [("time", "06:00"), ("distance", 56327.04)]),
        # minutes and no unit after them
        ("À 14 h 20 il a viré vers le sud.", "fr", [("time", "14:20")]),
        ("à 10 h 45, à 12 km du port", "fr", [("time", "10:45"), ("distance", 12000.0)]),
        ("At 11 h 40 it turned back.", "en", [("time", "11:40")]),
        # an elided article after the minutes is no unit ("l'" is no litre)
        ("Ils ont survolé à 10 h 12 l'îlot de Pserimos.", "fr", [("time", "10:12")]),
    ],
)
def test_hour_then_own_unit(text: str, lang: str, expected: list[tuple[str, object]]) -> None:
    kinds = {k for k, _ in expected} | {"time", "duration", "distance"}
    found = [
        (m.kind, round(m.value, 3) if isinstance(m.value, float) else m.value)
        for m in incidents.mentions(text, lang=lang)
        if m.kind in kinds
    ]
    assert found == expected
