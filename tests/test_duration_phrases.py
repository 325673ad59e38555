"""Durations against times of day, frequencies and ages (phrase layer).

- "hours" keyed ``hrs`` marks a clock only after four digits: "two hours and a
  quarter", "three hours and 10 minutes" are durations, never 02:15 / 03:10.
- a bare fraction after "et"/"and" is a fraction of the amount before it:
  "pendant deux heures et quart" is 2 h 15, not 2 h.
- a durative verb leads a duration as "pendant" does ("a duré 1 h 20", "lasted two
  hours and a quarter"); a bound that is also "until" ("jusqu'à 15 h 30") before
  hours that read as a clock leaves the time of day.
- "all" with a plural article says how often ("toutes les heures"), not how long.
- an age ("30 years old", "âgé de 45 ans") is no duration.
"""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        # hours with a quarter, a half or minutes joined by "and"
        ("The patrol took two hours and a quarter.", "en", 8100.0),
        ("The drone circled for three hours and a quarter.", "en", 11700.0),
        ("It stayed two hours and 10 minutes over the sea.", "en", 7800.0),
        ("The jets were airborne five hours and a half.", "en", 19800.0),
        ("Le ballon a dérivé pendant deux heures et quart.", "fr", 8100.0),
        ("L'appareil a tourné pendant 3 heures et quart au-dessus du golfe.", "fr", 11700.0),
        ("pendant une heure et quart", "fr", 4500.0),
        # a durative verb leads the duration
        ("Le survol a duré 1 h 20.", "fr", 4800.0),
        ("La mission a duré deux heures et quart.", "fr", 8100.0),
        ("L'intrusion aura duré une heure vingt.", "fr", 4800.0),
        ("Les manœuvres ont duré 2 h 45.", "fr", 9900.0),
        ("The alert lasted 1 h 20.", "en", 4800.0),
        ("The overflight lasted two hours and a quarter.", "en", 8100.0),
    ],
)
def test_hours_and_more_are_a_duration(text: str, lang: str, seconds: float) -> None:
    assert values_of(text, lang, "duration") == [seconds]
    assert values_of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("text", "lang", "hhmm"),
    [
        # still times of day
        ("at 1520 hours", "en", "15:20"),
        ("à deux heures et quart", "fr", "02:15"),
        ("Le drone est reparti à sept heures et quart.", "fr", "07:15"),
        ("at quarter past two", "en", "02:15"),
        # "jusqu'à"/"until" before a clock is the end of a span of the day
        ("L'alerte a duré jusqu'à 15 h 30.", "fr", "15:30"),
        ("Le survol a duré jusqu'à 15 heures.", "fr", "15:00"),
        ("La veille a duré jusqu'à 2 h.", "fr", "02:00"),
        ("The closure lasted until 3 pm.", "en", "15:00"),
    ],
)
def test_times_stay_times(text: str, lang: str, hhmm: str) -> None:
    assert values_of(text, lang, "time") == [hhmm]
    assert values_of(text, lang, "duration") == []


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        # "up to" that is no "until", or hours past a day: a duration
        ("pendant jusqu'à 48 heures", "fr", 172800.0),
        ("pendant jusqu'à 2 heures", "fr", 7200.0),
        ("for up to 1 h 20", "en", 4800.0),
    ],
)
def test_bounded_durations_stay(text: str, lang: str, seconds: float) -> None:
    assert values_of(text, lang, "duration") == [seconds]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # how often, not how long
        ("Des drones passent toutes les heures.", "fr"),
        ("Les vols de reconnaissance ont lieu tous les jours.", "fr"),
        ("Les patrouilles reviennent toutes les nuits.", "fr"),
        # an age
        ("The 45-year-old pilot ejected.", "en"),
        ("The pilot, 30 years old, was unhurt.", "en"),
        ("a pilot aged 52 years", "en"),
        ("Le pilote, âgé de 45 ans, s'est éjecté.", "fr"),
        ("Le pilote a 30 ans.", "fr"),
        ("Ces appareils ont 40 ans.", "fr"),
        ("Il s'est engagé à l'âge de 19 ans.", "fr"),
        # a fraction word alone after "et" is no number
        ("la demi-finale et quart de finale", "fr"),
    ],
)
def test_no_duration(text: str, lang: str) -> None:
    assert values_of(text, lang, "duration") == []
    assert [v for v in values_of(text, lang, "number") if v == 0.25] == []


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        # these keep their durations
        ("Le vol a duré toute la journée.", "fr", 86400.0),
        ("The jets patrolled all day.", "en", 86400.0),
        ("The ban lasted 30 years.", "en", 946080000.0),
        ("L'embargo a duré 30 ans.", "fr", 946080000.0),
        ("pendant 30 ans", "fr", 946080000.0),
    ],
)
def test_durations_kept(text: str, lang: str, seconds: float) -> None:
    assert values_of(text, lang, "duration") == [seconds]
