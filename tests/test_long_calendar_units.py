"""Calendar units longer than a year or between a month and a year: a decade (ten
365-day years: "for a decade", "deux décennies"), a semester in English ("two
semesters", as "semestre" in French) and the abbreviation "mos" of months ("3 mos")."""

from __future__ import annotations

import pytest
from phrases import values_of

YEAR = 365 * 86400.0


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "the dispute has lasted for a decade", "duration", [10 * YEAR]),
        ("en", "two decades of patrols", "duration", [20 * YEAR]),
        ("en", "a contract of 3 mos", "duration", [90 * 86400.0]),
        ("en", "two semesters", "duration", [365 * 86400.0]),
        ("en", "the decade's largest exercise", "duration", []),
        ("fr", "le différend dure depuis une décennie", "duration", [10 * YEAR]),
        ("fr", "deux décennies de patrouilles", "duration", [20 * YEAR]),
        ("fr", "trois décennies", "duration", [30 * YEAR]),
        ("fr", "la plus grande manœuvre de la décennie", "duration", []),
    ],
)
def test_long_calendar_units(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert values_of(text, lang, kind) == values
