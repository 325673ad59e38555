"""Shapes read as the wrong dimension (tables of our own phrases):

- an hour of one told by its word before "et quart" ("une heure et quart") is how long
  unless a lead makes it a time ("à une heure et quart", "vers une heure et quart");
- a word of [for] that also tells when a thing is due ([for_style] clock: French
  "pour") before hours in digits in a clock's shape ("pour 20 h") is a time of day;
  other words of [for] ("pendant 20 h") and spelled hours ("pour deux heures et
  demie") stay durations;
- "at half seven": half past the hour where [at_style] half_past lists the word
  (English), and only after a lead;
- a round ten with a glued "s" after a possessive ("in his 40s") is an age, not
  seconds ("lasted 40s" stays seconds).
"""

from __future__ import annotations

import pytest

import incidents


def _read(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (m.kind, str(m.value)) for m in incidents.mentions(text, lang=lang) if m.kind in ("time", "duration")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an hour of one and a quarter
        ("fr", "L'hélicoptère a tourné une heure et quart autour du port.", [("duration", "4500.0")]),
        ("fr", "Le ballon est resté une heure et quart dans la zone.", [("duration", "4500.0")]),
        ("fr", "Le drone est reparti à une heure et quart.", [("time", "01:15")]),
        ("fr", "Il a été repéré vers une heure et quart du matin.", [("time", "01:15")]),
        ("fr", "L'avion a décollé sept heures et quart.", [("time", "07:15")]),
        # "pour" before a clock
        ("fr", "La réunion était prévue pour 20 h.", [("time", "20:00")]),
        ("fr", "Le retour est annoncé pour 15 h 30.", [("time", "15:30")]),
        ("fr", "Le vol de contrôle a duré 20 h.", [("duration", "72000.0")]),
        ("fr", "La zone a été fermée pendant 20 h.", [("duration", "72000.0")]),
        ("fr", "Il est parti pour deux heures et demie.", [("duration", "9000.0")]),
        ("fr", "La piste a été fermée pour 2 heures.", [("duration", "7200.0")]),
        ("en", "The runway was closed for 20 h.", [("duration", "72000.0")]),
        # half seven
        ("en", "The drone was back at half seven.", [("time", "07:30")]),
        ("en", "They took off around half nine in the evening.", [("time", "21:30")]),
        ("en", "It landed at half past seven.", [("time", "07:30")]),
        ("en", "Half seven of them were lost.", []),
        ("de", "Die Drohne kam um halb sieben zurück.", [("time", "06:30")]),  # never 07:30
        # an age, not seconds
        ("en", "The pilot, a man in his 40s, was unhurt.", []),
        ("en", "Both crew members were in their 30s.", []),
        ("en", "The intrusion lasted 40s.", [("duration", "40.0")]),
        ("en", "The jammer fired a 30s burst.", [("duration", "30.0")]),
    ],
)
def test_weak_clock_readings(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text, lang) == expected
