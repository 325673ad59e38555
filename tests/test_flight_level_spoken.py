"""A flight level said as its hundreds digit and the rest as a number: "flight level two
fifty" (FL250), "flight level three thirty-five" (FL335), "flight level one fifteen"
(FL115), as "two five zero", "250" and "deux cent cinquante" are."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "metres"),
    [
        ("en", "The airliner climbed to flight level two fifty.", [7620.0]),
        ("en", "cleared to flight level three thirty-five", [10210.8]),
        ("en", "It descended to flight level one fifteen.", [3505.2]),
        ("en", "flight level two seventy, then lower", [8229.6]),
        # unchanged
        ("en", "flight level two five zero", [7620.0]),
        ("en", "flight level 250", [7620.0]),
        ("fr", "au niveau de vol deux cent cinquante", [7620.0]),
    ],
)
def test_flight_level_spoken(lang: str, text: str, metres: list[float]) -> None:
    found = values_of(text, lang, "distance")
    assert [round(v, 1) for v in found if isinstance(v, float)] == metres
    assert values_of(text, lang, "time") == []
