"""Telling the time in the past: "il était 4 heures", "c'était midi" say the hour as
"il est" does ([at_style] clock); a count after them stays a count, and "environ
4 heures" alone stays a duration."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "lang", "hhmm"),
    [
        ("Il était environ 4 heures quand le ballon est apparu.", "fr", "04:00"),
        ("Il était 22 h 15 lorsque le drone a franchi la frontière.", "fr", "22:15"),
        ("C'était minuit passé.", "fr", "00:00"),
        ("il était deux heures et quart", "fr", "02:15"),
        ("Il était 5 heures quand les chasseurs ont décollé.", "fr", "05:00"),
        ("c'était trois heures et demie", "fr", "03:30"),
        ("il est 4 heures", "fr", "04:00"),
        ("It was around 4 o'clock.", "en", "04:00"),
    ],
)
def test_telling_the_time(text: str, lang: str, hhmm: str) -> None:
    assert values_of(text, lang, "time") == [hhmm]
    assert values_of(text, lang, "duration") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il était 3 quand nous sommes partis.", "fr"),
        ("C'était 3 avions, pas 2.", "fr"),
        ("L'alerte a duré environ 4 heures.", "fr"),
        ("It was 3 aircraft.", "en"),
    ],
)
def test_a_count_stays_a_count(text: str, lang: str) -> None:
    assert values_of(text, lang, "time") == []
