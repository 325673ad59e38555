"""A span with a unit after each amount may write the first in words and the second
in digits: "between one hour and 90 minutes" is 3,600-5,400 s, "entre un kilomètre et
1 500 mètres" 1-1.5 km (before: rejected as half words, half digits, and read as a
sum: 9,000 s, 2,500 m). With a unit only at the end the first word may be the pronoun
"one" ("l'un à 23 h 15" stays a time)."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _spans(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.kind, m.value, m.low) for m in found if m.kind in ("duration", "distance", "time")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "It loitered between one hour and 90 minutes.", [("duration", 5400.0, 3600.0)]),
        ("en", "It stayed from one hour to 90 minutes.", [("duration", 5400.0, 3600.0)]),
        ("en", "It went between one kilometre and 1,500 metres in.", [("distance", 1500.0, 1000.0)]),
        (
            "en",
            "Two jets came, one at 23:15 and one at 23:50.",
            [("time", "23:15", None), ("time", "23:50", None)],
        ),
        ("fr", "Il a tourné entre une heure et 90 minutes.", [("duration", 5400.0, 3600.0)]),
        ("fr", "Il est resté d'une heure à 90 minutes.", [("duration", 5400.0, 3600.0)]),
        ("fr", "Il a pénétré entre un kilomètre et 1 500 mètres.", [("distance", 1500.0, 1000.0)]),
        (
            "fr",
            "Deux drones, l'un à 23 h 15 et l'autre à 23 h 50.",
            [("time", "23:15", None), ("time", "23:50", None)],
        ),
    ],
)
def test_span_units_words_digits(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _spans(text, lang) == expected
