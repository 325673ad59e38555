"""An hour and its minutes spaced apart take the half of the day told after them ("at 3
15 pm" is 15:15, "à 10 40 p.m." 22:40); without one they stay as written."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "The jets were scrambled at 3 15 pm.", ["15:15"]),
        ("en", "radar contact was lost at 10 40 p.m. local time", ["22:40"]),
        ("en", "at 9 30 am", ["09:30"]),
        ("fr", "Le drone a été vu à 8 20 pm.", ["20:20"]),
        # unchanged
        ("en", "at 3 15", ["03:15"]),
        ("fr", "à 10 40", ["10:40"]),
    ],
)
def test_spaced_clock_takes_its_ampm(lang: str, text: str, values: list[str]) -> None:
    assert values_of(text, lang, "time") == values
