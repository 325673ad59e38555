"""German writes a count of hundreds in one word ("zweihundert", "fünfhundert"): read
as a ten of hundreds ([n_tens] 200..900, as Spanish "doscientos"), so "zweihundert
Drohnen" is 200 and "dreihundert Meter" 300 m. A number glued after the hundreds
("zweihundertzwanzig") is not split: no number rather than a wrong one."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("Die Armee zählte zweihundert Drohnen in einer Woche.", "number", [200]),
        ("Fünfhundert Ballons trieben über die Grenze.", "number", [500]),
        ("Das Flugzeug drang neunhundert Meter tief ein.", "distance", [900.0]),
        ("Zwei hundert Soldaten standen bereit.", "number", [200]),
        ("Es waren zweihundertzwanzig Ballons.", "number", []),
    ],
)
def test_de_hundreds_one_word(text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, "de", kind) == values
