"""A model written in the plural (tables of our own phrases):

- the plural "s" glued to a designator's digits ("Su-35s") is several aircraft even
  where the model has a variant written with a capital S ("Su-27S" is one aircraft);
- a name's plural is read only where aircraft.toml lists it (none yet: see the
  report of h-phr9), with its capital.
"""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Su-35s turned back at the line.", ("airplane", "Su-35", None, True)),
        ("en", "Su-27s flew along the border.", ("airplane", "Su-27", None, True)),
        ("en", "Both MiG-29s landed at the base.", ("airplane", "MiG-29", None, True)),
        ("fr", "Les Su-35s sont repartis vers le nord.", ("airplane", "Su-35", None, True)),
        ("fr", "Des Su-27s ont été vus au large.", ("airplane", "Su-27", None, True)),
        ("en", "Two Hornets shadowed the convoy.", ("airplane", "F/A-18", 2, True)),
        ("en", "Four Eurofighters took off from the base.", ("airplane", "Eurofighter", 4, True)),
        ("en", "The pilots of three Black Hawks reported it.", ("helicopter", "UH-60", 3, True)),
        ("en", "Six Gripens were on alert.", ("airplane", "Gripen", 6, True)),
        ("en", "The RAF sent Typhoons to meet them.", ("airplane", "Eurofighter", None, True)),
        ("en", "A pair of Super Hornets escorted it.", ("airplane", "F/A-18", 2, True)),
        ("en", "Two Shaheds were shot down.", ("drone", "Shahed", 2, True)),
        ("fr", "Deux Rafales ont décollé de Mont-de-Marsan.", ("airplane", "Rafale", 2, True)),
        ("fr", "Les Tornados allemands sont rentrés.", ("airplane", "Tornado", None, True)),
        ("fr", "Quatre Eurofighters italiens patrouillaient.", ("airplane", "Eurofighter", 4, True)),
        # singular and variant forms stay one aircraft
        ("en", "The Su-27S crossed the line.", ("airplane", "Su-27", 1, False)),
        ("en", "A Hornet shadowed the convoy.", ("airplane", "F/A-18", 1, False)),
        ("fr", "Deux Mirage 2000 ont décollé.", ("airplane", "Mirage 2000", 2, False)),
    ],
)
def test_plural_model(lang: str, text: str, expected: tuple[Any, ...]) -> None:
    assert fields_of(text, lang, "aircraft", "model", "count", "plural") == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A swarm of hornets stung the hikers."),
        ("en", "Typhoons battered the coast all week."),
        ("en", "Tornados were reported in Kansas."),
        ("fr", "Des rafales de vent ont balayé la côte."),
        ("fr", "Les rafales atteignaient 90 km/h."),
        ("fr", "Ce n'était qu'un mirage."),
        ("fr", "Les mirages du désert trompent les voyageurs."),
    ],
)
def test_plural_word_is_no_aircraft(lang: str, text: str) -> None:
    assert fields_of(text, lang, "aircraft", "model", "count", "plural") == []
