"""A number after the hour that aircraft follow (in the plural, or a model; a word of
nationality or role between) counts them, no minutes: "à 22 h 12 drones" is 22:00 and
12 drones, "at 2300 hours 4 Belarusian MiG-29s" 23:00 and 4 (``PhraseParts._aircraft_after``,
read by ``TimeT._minutes_own_unit`` and by a duration's trailing number); four digits
with a number after them ("at 2200 hours 12") carry their own minutes, no impossible
time. Minutes before other words stay minutes."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _found(text: str, lang: str) -> list[tuple[Any, ...]]:
    kinds = ("time", "duration", "number")
    return [(m.kind, m.value) for m in incidents.mentions(text, lang=lang) if m.kind in kinds]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "À 22 h 12 drones ont été détectés.", [("time", "22:00"), ("number", 12)]),
        ("fr", "Vers 3 h 15 ballons ont franchi la frontière.", [("time", "03:00"), ("number", 15)]),
        ("fr", "Vers 22 heures 8 chasseurs ont décollé.", [("time", "22:00"), ("number", 8)]),
        ("fr", "À 23 heures 4 MiG-29 ont décollé.", [("time", "23:00"), ("number", 4)]),
        ("fr", "Pendant 2 heures 30 drones ont survolé la ville.", [("duration", 7200.0), ("number", 30)]),
        ("en", "At 2300 hours 4 Belarusian MiG-29s took off.", [("time", "23:00"), ("number", 4)]),
        ("en", "At 2200 hours 12 Russian drones were detected.", [("time", "22:00"), ("number", 12)]),
        ("en", "For 2 hours 30 drones circled the city.", [("duration", 7200.0), ("number", 30)]),
        # minutes before other words
        ("fr", "À 22 h 12 samedi, les sirènes ont retenti.", [("time", "22:12")]),
        ("fr", "À 14 h 30 des drones ont été vus.", [("time", "14:30")]),
        ("fr", "Pendant 2 heures 30, la ville a été survolée.", [("duration", 9000.0)]),
        ("en", "At 10:15 drones were seen.", [("time", "10:15")]),
    ],
)
def test_count_after_hour(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text, lang) == expected
