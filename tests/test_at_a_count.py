"""A number after "at" is a count, not an hour, where the word after it goes on with
the number or begins a noun it counts: an ending or a hyphen glued to it ("at 3rd
place", "at twenty-two sites"), a scale word ("at 3 billion dollars", "à 3 millions"),
a state's or an aircraft's adjective ("at two Danish airports", "at 3 military
bases"), a unit of time ("at 6 months", "à 6 mois"), a lower-case plural the lexicon
does not know ("at 3 sites", "à 3 endroits"), "or" or "to" and another number ("at 2 or
3 airports", "at 3 to 4 military sites").
A sign, a preposition, a place's name or a part of the day after it keeps the hour."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Drones were spotted at 3 airports on Sunday."),
        ("en", "Sirens sounded at 4 locations."),
        ("en", "Drones hovered at 3 military bases."),
        ("en", "Flights were halted at two Danish airports."),
        ("en", "Damage was put at 3 billion dollars."),
        ("en", "The team finished at 3rd place."),
        ("en", "Lights were seen at twenty-two sites."),
        ("en", "They were seen at three sites."),
        ("fr", "Des drones ont été vus à 3 endroits."),
        ("fr", "Des drones ont survolé à 3 sites militaires."),
        ("fr", "Le coût est estimé à 3 millions."),
        # a unit of time after the number: a point in a span, no hour
        ("en", "The program was reviewed at 6 months."),
        ("fr", "Le bilan est fait à 6 mois."),
        # two counts joined by "or" or "to"
        ("en", "Drones were seen at 2 or 3 airports."),
        ("fr", "Des drones ont été vus à 3 ou 4 endroits."),
        ("en", "Lights were reported at 3-4 sites."),
        ("en", "Drones hovered at 3 to 4 military sites."),
    ],
)
def test_a_count_after_at(lang: str, text: str) -> None:
    assert values_of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("en", "At 3, a drone crossed.", ["03:00"]),
        ("en", "The jet returned at 10 near the border.", ["10:00"]),
        ("en", "At 3 on Sunday, a drone crossed.", ["03:00"]),
        ("en", "It came back at 10 when the alert ended.", ["10:00"]),
        ("en", "The drone reappeared at 10 across the border.", ["10:00"]),
        ("en", "The drone was seen at 7 tonight.", ["19:00"]),
        ("en", "The jets landed at 9 Moscow time.", ["09:00"]),
        ("en", "It crashed at eleven near Narva.", ["11:00"]),
        ("en", "At three, the drone turned back.", ["03:00"]),
        ("fr", "À 3, un drone est passé.", ["03:00"]),
        ("fr", "Le drone est revenu à 10 près de la frontière.", ["10:00"]),
        ("fr", "Il est reparti à 10 après l'alerte.", ["10:00"]),
        ("en", "The zone was closed at 3 to 4 pm.", ["15:00"]),
        ("fr", "La zone était fermée de 14 à 16 h.", ["14:00"]),
    ],
)
def test_hours_stay(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm
