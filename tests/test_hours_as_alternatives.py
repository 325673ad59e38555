"""Hours told as alternatives before a clock that bears the mark of the hour are a time
each, as a list joined by "and" is (``TimeT.time_list``): "at 2 or 3 a.m." is 02:00 and
03:00, "vers 9 ou 10 heures" 09:00 and 10:00 ("vers" is an approximation of a clock);
with no mark on the last clock, or a word of an amount before them ("environ",
"about"), or "hours" in English (a unit), they stay counts or durations."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "The sirens went off at 4 or 5 a.m. near the depot.", "time", ["04:00", "05:00"]),
        ("en", "Lights were reported around 1 or 2 in the morning.", "time", ["01:00", "02:00"]),
        ("en", "Residents heard it at about 10 or 11 pm.", "time", ["22:00", "23:00"]),
        ("en", "It may have crossed at 6, 7 or 8 p.m.", "time", ["18:00", "19:00", "20:00"]),
        ("fr", "Les riverains l'ont entendu vers 4 ou 5 heures du matin.", "time", ["04:00", "05:00"]),
        ("fr", "Le ballon serait passé vers 13 ou 14 heures.", "time", ["13:00", "14:00"]),
        ("fr", "Un bruit de moteur a été signalé à 22 ou 23 heures.", "time", ["22:00", "23:00"]),
        ("fr", "Il est apparu à 7 h ou 8 h selon les témoins.", "time", ["07:00", "08:00"]),
        # amounts, not hours of the day
        ("en", "The drone hovered around 2 or 3 hours.", "duration", [7200.0, 10800.0]),
        ("en", "The drone hovered around 2 or 3 hours.", "time", []),
        ("en", "They counted 4 or 5 drones at dusk.", "time", []),
        ("fr", "Le drone a tourné environ 2 ou 3 heures.", "time", []),
        ("fr", "Le drone a tourné pendant 2 ou 3 heures.", "duration", [7200.0, 10800.0]),
        ("fr", "Il a vu 4 ou 5 drones vers le port.", "time", []),
    ],
)
def test_hours_as_alternatives(lang: str, text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, lang, kind) == values
