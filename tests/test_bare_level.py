"""French "niveau" alone before two or three digits is a flight level, as "niveau de
vol": "au niveau 350" is FL350, "du niveau 180 au niveau 240" a span of levels (fr.toml
[u_fl] level; before: a bare number). Before a number in words, a single digit, or no
number, it is the level of something else ("au niveau dix", "niveau 3 de l'alerte",
"au niveau de la frontière"). English says "flight level" in full."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _levels(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(round(m.value), m.low and round(m.low)) for m in found if m.kind == "distance"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le bombardier croisait au niveau 350 au-dessus de la mer.", [(10668, None)]),
        ("fr", "Il est descendu du niveau 180 au niveau 240.", [(7315, 5486)]),
        ("fr", "L'avion est resté entre les niveaux 90 et 120.", [(3658, 2743)]),
        ("fr", "Le chasseur volait au niveau 120 quand il a franchi la frontière.", [(3658, None)]),
        ("fr", "L'alerte est passée au niveau 3 de la grille.", []),
        ("fr", "Il est resté au niveau dix toute la journée.", []),
        ("fr", "Le drone a été vu au niveau de la frontière.", []),
        ("en", "The bomber cruised at flight level 350 over the sea.", [(10668, None)]),
        ("en", "It stayed between flight levels 90 and 120.", [(3658, 2743)]),
        ("en", "The jet levelled off at flight level 120.", [(3658, None)]),
        ("en", "The alert went up to level 3 of the scale.", []),
    ],
)
def test_bare_level(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _levels(text, lang) == expected
