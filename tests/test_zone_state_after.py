"""A zone's state told after it, past an adjective or by a capital (tables of our own
phrases):

- an adjective between the zone and its state ("la frontière d'État du Bélarus", "la
  frontière d'État biélorusse") no longer cuts the zone from its state; an adjective
  that no state follows stays out of the zone ("l'espace aérien militaire");
- a capital after the zone names its state and its place ("la FIR d'Helsinki", "the
  airspace of Tallinn"), as one before it does ("the Helsinki FIR").
"""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _zones(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.text, m.value, m.extra.get("state")) for m in found if m.kind == "zone"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le drone a franchi la frontière d'État du Bélarus.",
            [("la frontière d'État du Bélarus", "airspace", "BY")],
        ),
        (
            "fr",
            "Un hélicoptère a franchi la frontière d'État de la Lituanie.",
            [("la frontière d'État de la Lituanie", "airspace", "LT")],
        ),
        (
            "fr",
            "Le ballon a franchi la frontière d'État lettone.",
            [("la frontière d'État lettone", "airspace", "LV")],
        ),
        ("fr", "Le bombardier est entré dans la FIR d'Helsinki.", [("la FIR d'Helsinki", "fir", "FI")]),
        (
            "fr",
            "L'avion est entré dans l'espace aérien de Varsovie.",
            [("l'espace aérien de Varsovie", "airspace", "PL")],
        ),
        ("en", "The jet entered the airspace of Tallinn.", [("the airspace of Tallinn", "airspace", "EE")]),
        ("en", "The bomber entered the FIR of Riga.", [("the FIR of Riga", "fir", "LV")]),
        # no state after the adjective
        ("fr", "Le drone a franchi la frontière d'État.", [("la frontière", "airspace", None)]),
        ("fr", "L'avion est entré dans l'espace aérien militaire.", [("l'espace aérien", "airspace", None)]),
    ],
)
def test_zone_state_after(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _zones(text, lang) == expected
