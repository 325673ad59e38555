"""Twelve told in the evening is midnight: "tonight at 12", "in the evening at 12", "ce
soir à 12 heures" (00:00, never noon), while the evening's other hours are those of
the afternoon's half of the day ("at 8 this evening" 20:00, "à 12 h 30 du soir"
00:30) and twelve in the afternoon stays noon ("this afternoon at 12", "12 pm")."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("en", "The drone came back tonight at 12.", ["00:00"]),
        ("en", "It was sighted in the evening at 12.", ["00:00"]),
        ("en", "The alert starts at 12 tonight.", ["00:00"]),
        ("fr", "Le drone est revenu ce soir à 12 heures.", ["00:00"]),
        ("fr", "à 12 h 30 du soir", ["00:30"]),
        # other hours of the evening, and noon
        ("en", "at 8 this evening", ["20:00"]),
        ("en", "at 11 in the evening", ["23:00"]),
        ("fr", "à 8 heures du soir", ["20:00"]),
        ("fr", "à 22 heures ce soir", ["22:00"]),
        ("en", "this afternoon at 12", ["12:00"]),
        ("en", "at 12 pm", ["12:00"]),
        ("fr", "à 12 heures de l'après-midi", ["12:00"]),
    ],
)
def test_evening_twelve(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm
