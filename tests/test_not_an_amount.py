"""Words that look like an amount and are none (phrase layer).

- a decade: an "s" glued to a round ten is no second ("the 1990s", "1980's",
  "the '60s"), while "45s", "for 60s" stay seconds;
- a rate: "a day" right after an amount or a count of times is "per day" ("24 hours
  a day", "twice a week"), neither added to it nor a duration of its own;
- "milles" is the plural of the mile, never the numeral "mille" (invariable):
  "deux milles" is no 2000.
"""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Such overflights were rare in the 1990s.", "en"),
        ("Built in the 1970s, the radar still works.", "en"),
        ("a jet designed in the 1960's", "en"),
        ("a design from the '50s", "en"),
        ("since the '80s", "en"),
        ("Ces avions datent des années 1980 et des 1990s.", "fr"),
    ],
)
def test_a_decade_is_no_duration(text: str, lang: str) -> None:
    assert values_of(text, lang, "duration") == []


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        ("The jet stayed 45s in the zone.", "en", 45.0),
        ("It circled for 60s.", "en", 60.0),
        ("a 30s burst", "en", 30.0),
        ("Le drone est resté 40s au-dessus du port.", "fr", 40.0),
        ("pendant 30s", "fr", 30.0),
    ],
)
def test_glued_seconds_stay(text: str, lang: str, seconds: float) -> None:
    assert values_of(text, lang, "duration") == [seconds]


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        # the amount before the rate is kept alone
        ("The radar runs 24 hours a day.", "en", [86400.0]),
        ("Drones patrol the border two hours a day.", "en", [7200.0]),
        ("They trained 3 minutes a week.", "en", [180.0]),
        # a count of times before the rate: no duration at all
        ("Intercepts happen twice a day.", "en", []),
        ("The jets scramble three times a week.", "en", []),
        # kept: "for a day", "lasted a minute", a list, "a day later"
        ("The airspace was closed for a day.", "en", [86400.0]),
        ("The violation lasted a minute.", "en", [60.0]),
        ("L'espace aérien a été fermé pendant une journée.", "fr", [86400.0]),
        ("Le radar tourne une heure par jour.", "fr", [3600.0]),
        ("It crossed twice, a day later.", "en", [86400.0]),
    ],
)
def test_a_rate_is_no_sum(text: str, lang: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le navire croisait à deux milles de la côte.", "fr"),
        ("à trois milles du rivage", "fr"),
        ("à 12 milles des côtes", "fr"),
    ],
)
def test_milles_is_no_thousand_nor_a_time(text: str, lang: str) -> None:
    assert values_of(text, lang, "number") == []
    assert values_of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        ("deux mille", "fr", [2000]),
        ("trois mille deux cents", "fr", [3200]),
        ("two thousand", "en", [2000]),
    ],
)
def test_the_numeral_mille_stays(text: str, lang: str, numbers: list[int]) -> None:
    assert values_of(text, lang, "number") == numbers


def test_nautical_milles_still_measure() -> None:
    assert values_of("à 2 milles nautiques de la côte", "fr", "distance") == [3704.0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "at"/"à" before a number with a unit we do not measure: no time of day
        ("Le réservoir était rempli à 3 litres près.", "fr"),
        ("La température est tombée à deux degrés.", "fr"),
        ("Le taux est monté à 15 pour cent.", "fr"),
        ("The tank was filled at 9 gallons.", "en"),
        ("The sensor froze at 5 degrees.", "en"),
        ("at 100° on the gauge", "en"),
    ],
)
def test_a_number_with_its_unit_is_no_time(text: str, lang: str) -> None:
    assert values_of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("text", "lang", "hhmm"),
    [
        ("à 3, le drone est arrivé", "fr", "03:00"),
        ("Le drone est arrivé à 15 heures.", "fr", "15:00"),
        ("at 7 the jets took off", "en", "07:00"),
    ],
)
def test_bare_hours_stay_times(text: str, lang: str, hhmm: str) -> None:
    assert values_of(text, lang, "time") == [hhmm]
