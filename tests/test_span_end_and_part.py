"""A span of amounts whose end's unit a part of it follows: "d'une à deux heures et
demie" is one hour to two and a half, "entre 1 et 2 km et demi" 1 to 2.5 km, "from 2
to 3 miles and a half" (grammar/quantity.lark ``dur_range_frac``, ``dist_range_frac``;
``quantity._end_and_part``). Before: the span without its part, and a stray number
0.5. "et" then a count of something else still ends the span where it was."""

from __future__ import annotations

import pytest

import incidents


def ranges(text: str, lang: str, kind: str) -> list[tuple[object, object]]:
    return [
        (m.low, round(float(m.value), 3))
        for m in incidents.mentions(text, lang=lang)
        if m.kind in (kind, "number")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "expected"),
    [
        ("fr", "Le drone a tourné de trois à quatre heures et demie.", "duration", [(10800.0, 16200.0)]),
        ("fr", "L'alerte a duré entre une et deux heures et quart.", "duration", [(3600.0, 8100.0)]),
        ("fr", "Il a pénétré de 2 à 3 km et demi en territoire.", "distance", [(2000.0, 3500.0)]),
        ("fr", "Il volait entre 4 et 5 kilomètres et demi du rivage.", "distance", [(4000.0, 5500.0)]),
        ("en", "It flew from 2 to 3 miles and a half inland.", "distance", [(3218.688, 5632.704)]),
        ("en", "The watch lasted between 4 and 5 hours and a half.", "duration", [(14400.0, 19800.0)]),
        # "et" then something else: the span ends at its unit
        (
            "fr",
            "Il a volé entre 2 et 3 km et 4 drones ont suivi.",
            "distance",
            [(2000.0, 3000.0), (None, 4.0)],
        ),
        (
            "en",
            "It flew between 2 and 3 km and 4 drones followed.",
            "distance",
            [(2000.0, 3000.0), (None, 4.0)],
        ),
    ],
)
def test_span_end_and_part(lang: str, text: str, kind: str, expected: list[tuple[object, object]]) -> None:
    assert ranges(text, lang, kind) == expected
