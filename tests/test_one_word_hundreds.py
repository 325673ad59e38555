"""German and Italian write a count of hundreds or thousands in one word ("zweihundert",
"zweitausend", "duecento", "duemila"): read as a ten of hundreds or of thousands
([n_tens], as Spanish "doscientos"), so "zweihundert Drohnen" is 200, "duemila droni"
2000, "trecento metri" 300 m. A number glued after them ("zweihundertzwanzig",
"duecentoventi") is not split: no number rather than a wrong one; "Zehntausende" (tens of
thousands) is no count."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("de", "Die Armee zählte zweihundert Drohnen in einer Woche.", "number", [200]),
        ("de", "Fünfhundert Ballons trieben über die Grenze.", "number", [500]),
        ("de", "Das Flugzeug drang neunhundert Meter tief ein.", "distance", [900.0]),
        ("de", "Zweitausend Soldaten standen an der Grenze.", "number", [2000]),
        ("de", "Zwei hundert Soldaten standen bereit.", "number", [200]),
        ("it", "Sono stati lanciati duecento droni in una settimana.", "number", [200]),
        ("it", "Il drone è penetrato per trecento metri.", "distance", [300.0]),
        ("it", "Duemila soldati sono stati schierati.", "number", [2000]),
        ("en", "Two thousand soldiers stood at the border.", "number", [2000]),
        ("fr", "Deux mille soldats étaient à la frontière.", "number", [2000]),
        # glued further: not split
        ("de", "Es waren zweihundertzwanzig Ballons.", "number", []),
        ("de", "Zehntausende Menschen flohen.", "number", []),
        ("it", "Erano duecentoventi palloni.", "number", []),
    ],
)
def test_one_word_hundreds(lang: str, text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, lang, kind) == values
