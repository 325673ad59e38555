"""Hours and minutes after a word of a length of time ("une durée de", "une durée totale
de", "un total de", "au total de") are how long, as after "pendant" (lexicon fr
``for``): "un total de trois heures vingt" is 12,000 s, no time 03:20. The same words
before a count or a distance leave it alone; "à 3 heures 20" stays a time."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "durations", "times"),
    [
        ("fr", "Les drones ont survolé la zone un total de trois heures vingt.", [12000.0], []),
        ("fr", "L'alerte, d'une durée totale de 2 heures 40, a été levée.", [9600.0], []),
        ("fr", "Le brouillage a eu lieu pour une durée de 1 heure 15.", [4500.0], []),
        ("fr", "Au total de 4 heures 10 de vol, l'appareil est resté dans la zone.", [15000.0], []),
        ("en", "The drones circled the area for a total of three hours twenty.", [12000.0], []),
        ("en", "The alert, lasting 2 hours 40, was lifted.", [9600.0], []),
        # a count, a distance, or a clock after "à"
        ("fr", "Un total de 12 drones ont été abattus.", [], []),
        ("fr", "Un total de 40 km a été parcouru.", [], []),
        ("fr", "L'alerte a été levée à 3 heures 20.", [], ["03:20"]),
        ("en", "A total of 12 drones were shot down.", [], []),
    ],
)
def test_duration_total_lead(lang: str, text: str, durations: list[float], times: list[str]) -> None:
    found = incidents.mentions(text, lang=lang)
    assert [m.value for m in found if m.kind == "duration"] == durations
    assert [m.value for m in found if m.kind == "time"] == times
