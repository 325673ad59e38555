"""A zone or "local time" after the first clock of a span keeps the span one time
mention (value the start, ``end`` the end): "from 10:05 UTC to 10:40 UTC", "de 14h05
UTC à 14h40 UTC", "between 0905 GMT and 0950 GMT" (before: two times, the span lost).
The end must be a clock by its own shape ("à 14 h 05 UTC à 3 km" is a time, then a
distance), and two different zones tell one moment twice ("à 12 h 05 UTC à 14 h 05
heure locale" stays two times)."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _times(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.value, m.extra.get("end"), m.extra.get("tz")) for m in found if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The jets loitered from 10:05 UTC to 10:40 UTC.", [("10:05", "10:40", "UTC")]),
        ("en", "Radar held it between 0905 GMT and 0950 GMT.", [("09:05", "09:50", "UTC")]),
        ("en", "The drone flew from 1405Z to 1440Z.", [("14:05", "14:40", "UTC")]),
        ("en", "Seen at 14:05 UTC to 3 km inland.", [("14:05", None, "UTC")]),
        (
            "en",
            "It crossed at 12:05 UTC to 14:05 local time.",
            [("12:05", None, "UTC"), ("14:05", None, "local")],
        ),
        ("fr", "Les chasseurs ont tourné de 14h05 UTC à 14h40 UTC.", [("14:05", "14:40", "UTC")]),
        ("fr", "Le ballon a dérivé entre 9 h 05 GMT et 9 h 50 GMT.", [("09:05", "09:50", "UTC")]),
        ("fr", "Le drone a volé de 22 h UTC à 23 h 30 UTC.", [("22:00", "23:30", "UTC")]),
        ("fr", "Il est entré à 14 h 05 UTC à 3 km de la frontière.", [("14:05", None, "UTC")]),
        (
            "fr",
            "Il est entré à 12 h 05 UTC à 14 h 05 heure locale.",
            [("12:05", None, "UTC"), ("14:05", None, "local")],
        ),
    ],
)
def test_zoned_clock_span(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected
