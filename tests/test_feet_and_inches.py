"""A unit said only after a larger one, as its next smaller part ([u_length_next]):
"9 ft 4 in", "5 ft 10 in", "6 feet 2 in" are one length; "in" alone after a number is
no unit ("2 in 10 drones", "3 in a row", "climbed to 12,000 ft in minutes")."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "metres"),
    [
        ("The mast is 40 ft 6 in tall.", [12.3444]),
        ("a wingspan of 5 ft 10 in", [1.778]),
        ("6 feet 2 in", [1.8796]),
        ("a 9 ft 4 in gap", [2.8448]),
        ("roughly 7 ft 3 in", [2.2098]),
        # no inches
        ("Two in 10 drones were shot down.", []),
        ("It climbed to 12,000 ft in minutes.", [3657.6]),
        ("a wall 5 ft in height", [1.524]),
    ],
)
def test_feet_and_inches(text: str, metres: list[float]) -> None:
    found = values_of(text, "en", "distance")
    assert [round(v, 4) for v in found if isinstance(v, float)] == metres
    assert len(found) == len(metres)
