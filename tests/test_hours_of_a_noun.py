"""Hours and minutes told before "of" and a noun with no article ([for_style] amount_of:
"de", "d'", "of") are how long something lasted, not a time of day: "1h30 de vol",
"après 2 h 30 de survol", "10h d'attente", "1h30 of flight"; so are hours after "in"
("en 1h", "dans 2h", "in 2h30") and "24h/24" (round the clock). A lead that makes a time
("à", "vers", "il est"), a part of the day ("15 h de l'après-midi"), an article ("15 h
30 de la base") or a name ("15h30 de Moscou") after it, or four military digits ("1520
hrs of the day") keep the time."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("fr", "Le drone s'est écrasé après 1h30 de vol.", [5400.0]),
        ("fr", "Après 2 h 30 de survol, l'appareil a fait demi-tour.", [9000.0]),
        ("fr", "au bout de 1 h 15 de négociations", [4500.0]),
        ("fr", "Les passagers ont subi 10h d'attente.", [36000.0]),
        ("fr", "environ 1h30 de vol", [5400.0]),
        ("fr", "Le ballon a parcouru la zone en une heure trente de vol.", [5400.0]),
        ("en", "The drone crashed after 1h30 of flight.", [5400.0]),
        # after "in"
        ("fr", "Le drone a parcouru 40 km en 1h.", [3600.0]),
        ("fr", "Les renforts arrivent dans 2h.", [7200.0]),
        ("fr", "Trois drones ont été abattus en 1h30.", [5400.0]),
        ("en", "The jets were back in 2h30.", [9000.0]),
        # round the clock
        ("fr", "La zone est surveillée 24h/24.", [86400.0]),
    ],
)
def test_hours_of_a_noun(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds
    assert values_of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("fr", "Le drone a décollé à 15 h 30 de la base.", ["15:30"]),
        ("fr", "Il est passé vers 1h30 de la nuit.", ["01:30"]),
        ("fr", "15 h de l'après-midi", ["15:00"]),
        ("fr", "15 h 30 de la base", ["15:30"]),
        ("fr", "15h30 de Moscou", ["15:30"]),
        ("fr", "à 14h30 de Paris", ["14:30"]),
        ("en", "1520 hrs of the day", ["15:20"]),
        ("fr", "Le drone a été vu à 10h.", ["10:00"]),
        ("fr", "L'alerte a duré jusqu'à 15h.", ["15:00"]),
        ("fr", "Le 3 juin à 15h, un drone est passé.", ["15:00"]),
    ],
)
def test_times_stay(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm
