"""One hour in words and its minutes ("une heure quarante", "une heure dix") are how
long, as "une heure et quart" is: a time of day only after "à"/"vers" or with a part of
the day; "deux heures quarante", "1 heure 40" and the English "one forty" stay times."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le ravitaillement a pris une heure cinquante.", "fr", [("duration", 6600.0)]),
        ("il est resté une heure vingt-cinq au-dessus", "fr", [("duration", 5100.0)]),
        ("Comptez une heure dix de route.", "fr", [("duration", 4200.0)]),
        ("Il faut une heure quinze pour rejoindre la base.", "fr", [("duration", 4500.0)]),
        ("Le vol est parti à une heure cinquante.", "fr", [("time", "01:50")]),
        ("vers une heure dix du matin", "fr", [("time", "01:10")]),
        ("On a attendu deux heures cinquante.", "fr", [("time", "02:50")]),
        ("The refuelling took an hour fifty.", "en", [("duration", 6600.0)]),
        ("it stayed one hour twenty-five overhead", "en", [("duration", 5100.0)]),
        ("allow one hour ten for the drive", "en", [("duration", 4200.0)]),
        ("The flight left at one fifty.", "en", [("time", "01:50")]),
    ],
)
def test_one_hour_minutes(text: str, lang: str, expected: list[tuple[str, object]]) -> None:
    found = [(m.kind, m.value) for m in incidents.mentions(text, lang=lang) if m.kind in ("time", "duration")]
    assert found == expected
