"""Hours listed before a clock that bears the mark of the hour, after "at"/"à", are a
time each, read as the last one: "at 9, 10 and 11 a.m." is 09:00, 10:00 and 11:00 (the
middle one no bare number), "à 9, 10 et 11 heures" three times (no durations); with no
mark on the last clock, or no "at", the list is none."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sirens sounded at 9, 10 and 11 a.m. in the port.", "en", ["09:00", "10:00", "11:00"]),
        ("Radar returns came at 6, 7, and 8 p.m. on Friday.", "en", ["18:00", "19:00", "20:00"]),
        ("The balloons drifted over at 4 and 5 pm.", "en", ["16:00", "17:00"]),
        ("Les sirènes ont retenti à 9, 10 et 11 heures.", "fr", ["09:00", "10:00", "11:00"]),
        ("Des échos radar sont apparus à 13, 14 et 15 heures vendredi.", "fr", ["13:00", "14:00", "15:00"]),
        ("Les ballons sont passés à 9 h, 10 h et 11 h.", "fr", ["09:00", "10:00", "11:00"]),
        # no mark of the hour on the last, or no "at": no list of times
        ("Gates 9, 10 and 11 were closed at noon.", "en", ["12:00"]),
        ("Il a volé 9, 10 et 11 heures d'affilée.", "fr", []),
    ],
)
def test_listed_hours(text: str, lang: str, expected: list[str]) -> None:
    found = [m.value for m in incidents.mentions(text, lang=lang) if m.kind == "time"]
    assert found == expected
