"""A fraction in digits before "of a" unit is that part of the unit ("3/4 of a mile",
"les 3/4 d'une heure"), as words ("three quarters of a mile") and signs ("¾ of an
hour") are; only below one ("14/08 of a day" is no fraction of a day). French "MN" in
capitals is the nautical mile of charts and notices ("à 12 MN des côtes"); "mn" stays
minutes, and so does "MN" after "pendant" (a duration is the longer phrase)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "The balloon drifted 3/4 of a mile past the line.", "distance", [1207.008]),
        ("en", "It loitered for 3/4 of an hour.", "duration", [2700.0]),
        ("en", "about 1/4 of a mile offshore", "distance", [402.336]),
        ("fr", "Le drone a tourné pendant les 3/4 d'une heure.", "duration", [2700.0]),
        ("fr", "à 1/2 d'un mille nautique", "distance", [926.0]),
        ("fr", "L'avion est passé à 12 MN des côtes.", "distance", [22224.0]),
        ("fr", "un patrouilleur à 3 MN du port", "distance", [5556.0]),
        # unchanged
        ("en", "1/2 mile", "distance", [804.672]),
        ("en", "14/08 of a day", "duration", [86400.0]),
        ("fr", "L'appareil est resté 12 mn dans la zone.", "duration", [720.0]),
        ("fr", "pendant 12 MN", "duration", [720.0]),
        ("fr", "à 12 mn de vol", "distance", []),
    ],
)
def test_fraction_of_a_unit_and_mn(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert [round(v, 3) for v in values_of(text, lang, kind)] == values  # type: ignore[arg-type]
