"""A dotted clock with no hour word ("3.40", "14.20") is a time after "at" with an
approximation ("at about 3.40", "at around 14.20", "à environ 14.20"), as after "at"
alone, and after a clock's approximation ("vers 14.20") where the dot is not the
language's decimal mark (French). "around 3.40" in English (the dot is the decimal
mark) and a number that goes on ("at about 3.40 million", "vers 14.20 millions") stay
numbers."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "times"),
    [
        ("en", "The drone came down at about 3.40 near the village.", ["03:40"]),
        ("en", "Radar lost the balloon at around 14.20 on Monday.", ["14:20"]),
        ("en", "The jets took off at approximately 9.15, the ministry said.", ["09:15"]),
        ("en", "Shares closed at about 3.40 million, traders said.", []),
        ("en", "Fuel rose to around 3.40 a litre.", []),
        ("fr", "Le drone est tombé vers 3.40 près du village.", ["03:40"]),
        ("fr", "Le radar a perdu le ballon à environ 14.20 lundi.", ["14:20"]),
        ("fr", "Les chasseurs ont décollé vers 22.05, selon l'armée.", ["22:05"]),
        ("fr", "Le budget atteint vers 14.20 millions d'euros.", []),
    ],
)
def test_dotted_clock_led(lang: str, text: str, times: list[object]) -> None:
    assert values_of(text, lang, "time") == times
