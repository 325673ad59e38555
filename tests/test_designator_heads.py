"""A unit of one letter with digits after it, glued or after a hyphen, is the head of a
designator, not a unit: "an S-400 battery", "two S-300 systems", "une batterie S-400"
give no duration of one or two seconds. A fraction in digits glued to a letter is a
reference ("NOTAM A1234/25", "réf. B0817/24"), no number. Units after their numbers and
fractions standing alone are unchanged."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "An S-400 battery was moved to the border.", "duration", []),
        ("en", "Two S-300 systems tracked the drone.", "duration", []),
        ("fr", "Un S-400 a été déployé près de la frontière.", "duration", []),
        ("fr", "Deux S-300 ont suivi le drone.", "duration", []),
        ("en", "Airmen issued NOTAM A0412/26 for the area.", "number", []),
        ("fr", "L'avis NOTAM B0817/24 ferme la zone.", "number", []),
        # unchanged: a unit glued to the digits before it
        ("en", "The drone hovered 1h20 above the port.", "duration", [4800.0]),
        ("fr", "Le drone a tourné 2h05 au-dessus du port.", "duration", [7500.0]),
        ("en", "The burst lasted 5 s.", "duration", [5.0]),
        ("fr", "La salve a duré 5 s.", "duration", [5.0]),
        ("en", "About 1/3 of the drones were decoys.", "number", [1 / 3]),
        ("fr", "Les 3/4 des drones étaient des leurres.", "number", [0.75]),
    ],
)
def test_designator_heads(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert values_of(text, lang, kind) == pytest.approx(values)
