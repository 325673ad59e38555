"""Models the lexicon lists (aircraft.toml), as reports write them: the Alpha Jet (a
trainer, no role), the Gripen told as "Gripen NG", in Polish "Gripeny" and in Cyrillic
"Грипен"; Cyrillic names of drones listed in Latin ("Ланцет", "Суперкам",
"Форпост-Р", Russian "Мохаджер-6"). The count stays the phrase's."""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Two Alpha Jets of the Belgian air force were scrambled.", [("airplane", "Alpha Jet", 2)]),
        ("en", "An Alpha Jet trainer strayed over the border.", [("airplane", "Alpha Jet", 1)]),
        ("fr", "Deux Alphajet ont décollé de Tours.", [("airplane", "Alpha Jet", 2)]),
        ("fr", "un Alpha Jet de l'armée de l'air", [("airplane", "Alpha Jet", 1)]),
        ("de", "Ein Alpha Jet überflog die Grenze.", [("airplane", "Alpha Jet", 1)]),
        ("en", "Two Gripen NG jets took off.", [("airplane", "Gripen", 2)]),
        ("fr", "deux Gripen NG brésiliens", [("airplane", "Gripen", 2)]),
        ("pl", "Dwa Gripeny wystartowały.", [("airplane", "Gripen", 2)]),
        ("ru", "два истребителя «Грипен»", [("airplane", "Gripen", 2)]),
        ("ru", "российский дрон «Ланцет» упал", [("drone", "Lancet", 1)]),
        ("uk", "безпілотник Ланцет-3", [("drone", "Lancet", 1)]),
        ("ru", "беспилотник «Суперкам»", [("drone", "Supercam", 1)]),
        ("ru", "беспилотник «Форпост-Р»", [("drone", "Forpost", 1)]),
        ("ru", "беспилотник «Мохаджер-6»", [("drone", "Mohajer-6", 1)]),
        # unchanged: a jet of no listed model
        ("en", "Two jets of the Belgian air force were scrambled.", [("airplane", None, 2)]),
        ("fr", "Une alpha de la flotte", []),
    ],
)
def test_listed_models(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields_of(text, lang, "aircraft", "model", "count") == expected
