"""The spoken military hour: "at fourteen hundred hours", "at twenty-two hundred
hours", "oh six hundred", "zero five thirty", "at around fourteen hundred hours". With
no leading "zero"/"oh" it is a time only after "at" ("some nine hundred hours of
flying" is a count of hours) and with "hours" ("at six hundred" alone is a count)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "the jets were scrambled at fifteen hundred hours", "time", ["15:00"]),
        ("en", "at twenty-three hundred hours local", "time", ["23:00"]),
        ("en", "contact was lost at oh four hundred", "time", ["04:00"]),
        ("en", "at zero seven forty-five", "time", ["07:45"]),
        ("en", "at around eighteen hundred hours", "time", ["18:00"]),
        ("en", "some eight hundred hours of flying", "time", []),
        ("en", "estimated at seven hundred", "time", []),
        ("en", "he logged fifteen hundred hours", "duration", [5400000.0]),
        # French says the hour itself: unchanged
        ("fr", "à quinze heures", "time", ["15:00"]),
        ("fr", "à zéro heure cinq", "time", ["00:05"]),
        ("fr", "huit cents heures de vol", "time", []),
        ("fr", "huit cents heures de vol", "duration", [2880000.0]),
    ],
)
def test_military_spoken_hours(lang: str, text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, lang, kind) == values
