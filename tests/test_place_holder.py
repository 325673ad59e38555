"""A place's holder is its state (tables of our own phrases; the words are lexicon
data, ``[loc_held]`` and ``[loc_held_by]``):

- a holder glued by a hyphen to a participle before the place ("the Philippine-held
  island of X", "Russian-occupied Crimea", "Japanese-administered islands") or told by
  a participle and its agent after it ("the islands administered by Japan", "l'île de X
  contrôlée par les Philippines", "la ville sous contrôle russe") gives the place that
  state, like a place adjective does ("the Greek island of X");
- a held place with no noun is land ("Russian-occupied Crimea");
- a holder that is no state after the place ("tenue par les Kurdes") gives it none
  (before it, "Kurdish-controlled", is not read: a grammar of one token of look-ahead
  cannot tell a holder's capitalised word from the place's name);
- without the hyphen the words are a clause ("the Japanese administered the islands"),
  and another participle tells no holder ("Russian-made drones").
"""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The drone circled over the Philippine-held island of Pagasa.", [("Pagasa", "PH", True)]),
        ("en", "Two jets flew into Russian-occupied Crimea.", [("Crimea", "RU", True)]),
        ("en", "Helicopters flew low over Japanese-administered islands.", [("", "JP", True)]),
        ("en", "The drone flew over the islands administered by Japan.", [("", "JP", True)]),
        ("en", "A drone crashed near the Turkish-controlled village of Akyar.", [("Akyar", "TR", True)]),
        ("en", "A drone was seen over the China-held island of Woody.", [("Woody", "CN", True)]),
        ("fr", "Un drone a survolé l'île de Pagasa contrôlée par les Philippines.", [("Pagasa", "PH", True)]),
        ("fr", "Les avions sont passés au-dessus des îles administrées par le Japon.", [("", "JP", True)]),
        ("fr", "Le drone a tourné au-dessus de la ville sous contrôle russe.", [("", "RU", True)]),
        ("fr", "Le drone a survolé la ville d'Amuda tenue par les Kurdes.", [("Amuda", None, True)]),
        # no holder: the place's own state, or none
        ("en", "Russian-made drones flew over the town of Narva.", [("Narva", "EE", True)]),
        ("en", "The Japanese administered the islands for decades.", []),
    ],
)
def test_place_holder(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields_of(text, lang, "location", "state", "land") == expected
