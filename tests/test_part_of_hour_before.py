"""A part of an hour before or after an hour of the clock is minutes to or past it
("half an hour before noon", "a quarter of an hour before midnight", "three quarters
of an hour before 5 pm"); French "avant" takes minutes before an hour as "before"
does ("dix minutes avant midi", "un quart d'heure avant minuit"). Whole hours before
an hour are no minutes to it ("2 hours before noon", "2 heures avant midi": a
duration, then the clock; before, 01:48)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "the jets turned back half an hour before midnight", "time", ["23:30"]),
        ("en", "a quarter of an hour before noon", "time", ["11:45"]),
        ("en", "three quarters of an hour before 6 pm", "time", ["17:15"]),
        ("en", "half an hour after 2 pm", "time", ["14:30"]),
        ("en", "3 hours before noon", "time", ["12:00"]),
        ("fr", "les avions ont fait demi-tour une demi-heure avant minuit", "time", ["23:30"]),
        ("fr", "un quart d'heure avant midi", "time", ["11:45"]),
        ("fr", "trois quarts d'heure avant 18 h", "time", ["17:15"]),
        ("fr", "cinq minutes avant minuit", "time", ["23:55"]),
        ("fr", "3 heures avant midi", "time", ["12:00"]),
        # unchanged
        ("en", "a quarter to ten", "time", ["09:45"]),
        ("en", "ten past six pm", "time", ["18:10"]),
        ("fr", "à neuf heures moins le quart", "time", ["08:45"]),
        ("fr", "trois jours avant 15 h", "time", ["15:00"]),
    ],
)
def test_part_of_hour_before(lang: str, text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, lang, kind) == values
