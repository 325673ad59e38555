"""A span whose high end is a round number of thousands in digits and whose low end
is a whole number below those thousands carries the thousands to the low end ("from 25
to 30,000 feet" is 25,000 to 30,000 feet, "de 25 à 30 000 pieds" likewise); a low end
already as large, or a high end of no thousands ("5 to 10 km"), keeps its own number."""

from __future__ import annotations

import pytest

import incidents

FT = 0.3048


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The tanker orbited from 25 to 30,000 feet all night.", "en", [(30000 * FT, 25000 * FT)]),
        ("Radar showed it between 8 and 12,000 ft over the strait.", "en", [(12000 * FT, 8000 * FT)]),
        ("a layer from 3 to 4,000 metres thick", "en", [(4000.0, 3000.0)]),
        ("Le ravitailleur a tourné de 25 à 30 000 pieds.", "fr", [(30000 * FT, 25000 * FT)]),
        ("L'écho évoluait entre 8 et 12 000 pieds au-dessus du détroit.", "fr", [(12000 * FT, 8000 * FT)]),
        ("une couche de 3 à 4 000 mètres", "fr", [(4000.0, 3000.0)]),
        # no carry: a high end of no thousands, a low end as large as the thousands
        ("It patrolled from 5 to 10 km off the coast.", "en", [(10000.0, 5000.0)]),
        ("It climbed from 500 to 3,000 feet.", "en", [(3000 * FT, 500 * FT)]),
        ("Il patrouillait de 5 à 10 km de la côte.", "fr", [(10000.0, 5000.0)]),
        ("Il est monté de 500 à 3 000 mètres.", "fr", [(3000.0, 500.0)]),
    ],
)
def test_round_thousands_span(text: str, lang: str, expected: list[tuple[float, float]]) -> None:
    found = [
        (round(m.value, 3), None if m.low is None else round(m.low, 3))
        for m in incidents.mentions(text, lang=lang)
        if m.kind == "distance" and isinstance(m.value, float)
    ]
    assert found == [(round(v, 3), round(lo, 3)) for v, lo in expected]
