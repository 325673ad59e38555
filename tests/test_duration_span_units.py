"""A span of durations with a unit at each end is one duration, the upper end its
value and the lower its ``low``: "between 30 seconds and a minute" 30-60 s (before: a
sum, 90 s), "from 3 minutes to 5 minutes" 180-300 s (before: a time, 04:57, "3 minutes
to 5"), "de 3 minutes à 5 minutes" (before: two durations), as lengths already were
("between 2 km and 3 km"). Minutes to an hour stay a time ("at 5 minutes to 10"), and a
sum stays a sum ("2 hours and 30 minutes")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _spans(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.kind, m.value, m.low) for m in found if m.kind in ("duration", "time")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The drone hovered between 30 seconds and a minute.", [("duration", 60.0, 30.0)]),
        ("en", "Each pass lasted from 3 minutes to 5 minutes.", [("duration", 300.0, 180.0)]),
        ("en", "It stayed from 90 seconds to 2 minutes.", [("duration", 120.0, 90.0)]),
        ("en", "Bursts ran 10 minutes to 20 minutes each.", [("duration", 1200.0, 600.0)]),
        ("en", "At 5 minutes to 10 the jets arrived.", [("time", "09:55", None)]),
        ("en", "The patrol took 2 hours and 30 minutes.", [("duration", 9000.0, None)]),
        ("fr", "Le drone a plané entre 30 secondes et une minute.", [("duration", 60.0, 30.0)]),
        ("fr", "Chaque passage a duré de 3 minutes à 5 minutes.", [("duration", 300.0, 180.0)]),
        ("fr", "Il est resté de 90 secondes à 2 minutes.", [("duration", 120.0, 90.0)]),
        ("fr", "La patrouille a duré 2 heures et 30 minutes.", [("duration", 9000.0, None)]),
    ],
)
def test_duration_span_units(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _spans(text, lang) == expected
