"""``[at_style] and_minutes``: minutes joined to the hour by "and" ("a las ocho y
veinte", "alle 4 e 10") make one time after a lead, in the languages whose lexicon
lists that word; English and French, which do not, keep "and" between two numbers."""

from __future__ import annotations

import pytest

import incidents


def _times(text: str, lang: str) -> list[str]:
    return [str(m.value) for m in incidents.mentions(text, lang=lang) if m.kind == "time"]


@pytest.mark.parametrize(
    ("text", "lang", "hhmm"),
    [
        ("El avión entró a las ocho y veinte.", "es", "08:20"),
        ("El dron cruzó la frontera a las 22 y 15.", "es", "22:15"),
        ("Il drone è entrato alle 4 e 10.", "it", "04:10"),
        ("O drone entrou às 8 e 20.", "pt", "08:20"),
    ],
)
def test_minutes_joined_by_and_make_one_time(text: str, lang: str, hhmm: str) -> None:
    assert _times(text, lang) == [hhmm]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("between 3 and 5 km", "en"),
        ("tra 2 e 3 km", "it"),
        ("entre 3 y 5 km", "es"),
        ("entre 8 et 20 km", "fr"),
    ],
)
def test_a_number_and_another_stay_numbers(text: str, lang: str) -> None:
    assert _times(text, lang) == []
