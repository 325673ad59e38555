"""A bare number after a flight level and "à"/"to" that has a unit of its own is no
upper level of a span ("au FL310 à 420 kt" is FL310 and a speed of 420 knots, no span
from FL310 to FL420): ``QuantityT.fl_range``, as a number after a unit with its own
unit is no part of the first amount (``QuantityT._own_unit``). A bare level after
"à"/"and" with no unit stays the span's upper end."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _found(text: str, lang: str) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for m in incidents.mentions(text, lang=lang):
        if m.kind in ("distance", "speed"):
            out.append((m.kind, round(m.value, 1), None if m.low is None else round(m.low, 1)))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le bombardier est passé au FL310 à 420 kt.",
            [("distance", 9448.8, None), ("speed", 216.1, None)],
        ),
        (
            "fr",
            "L'avion croisait au FL 250 à 450 nœuds.",
            [("distance", 7620.0, None), ("speed", 231.5, None)],
        ),
        ("fr", "Il volait au FL180 à 700 km/h.", [("distance", 5486.4, None), ("speed", 194.4, None)]),
        (
            "en",
            "The bomber held FL310 to 420 knots on the way out.",
            [("distance", 9448.8, None), ("speed", 216.1, None)],
        ),
        (
            "en",
            "It climbed to FL250 and 450 kt before turning.",
            [("distance", 7620.0, None), ("speed", 231.5, None)],
        ),
        # a bare upper level: the span
        ("fr", "Les avions sont montés du FL 310 à 350.", [("distance", 10668.0, 9448.8)]),
        ("en", "They flew between FL300 and 340.", [("distance", 10363.2, 9144.0)]),
        (
            "en",
            "They flew between FL300 and 340 at 450 knots.",
            [("distance", 10363.2, 9144.0), ("speed", 231.5, None)],
        ),
    ],
)
def test_level_then_speed(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _found(text, lang) == expected
