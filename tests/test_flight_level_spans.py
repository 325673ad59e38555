"""A span of flight levels is one altitude range, as "between 300 and 500 m" is: "between
FL180 and FL240", "du FL180 au FL240", "FL180-FL240", "flight levels 180 to 240",
"entre les niveaux de vol 180 et 240" (value the high level, ``low`` the low one). Two
levels joined by "and" with no "between" stay two ("at FL 180 and FL 240"), as do two
told downwards ("from FL350 to FL310" is a descent). A phrase of low altitude holds no
value ("at low altitude", "à basse altitude")."""

from __future__ import annotations

import pytest

import incidents


def _altitudes(text: str, lang: str) -> list[tuple[float, float | None]]:
    return [
        (round(m.value, 1), None if m.low is None else round(m.low, 1))
        for m in incidents.mentions(text, lang=lang)
        if m.kind == "distance"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The bombers flew between FL180 and FL240.", [(7315.2, 5486.4)]),
        ("en", "cleared from FL200 to FL260", [(7924.8, 6096.0)]),
        ("en", "at flight levels 180 to 240", [(7315.2, 5486.4)]),
        ("en", "between flight level 200 and flight level 300", [(9144.0, 6096.0)]),
        ("en", "a block FL180-FL240", [(7315.2, 5486.4)]),
        ("fr", "Les bombardiers ont évolué du FL180 au FL240.", [(7315.2, 5486.4)]),
        ("fr", "entre le FL200 et le FL260", [(7924.8, 6096.0)]),
        ("fr", "entre les niveaux de vol 180 et 240", [(7315.2, 5486.4)]),
        ("fr", "entre le niveau de vol 200 et le niveau de vol 300", [(9144.0, 6096.0)]),
        # unchanged: one level
        ("en", "at FL180", [(5486.4, None)]),
        ("fr", "au niveau de vol 180", [(5486.4, None)]),
        # two levels, no span
        ("en", "one at FL 180 and one at FL 240", [(5486.4, None), (7315.2, None)]),
        ("en", "at FL 180 and FL 240", [(5486.4, None), (7315.2, None)]),
        ("en", "descending from FL350 to FL310", [(10668.0, None), (9448.8, None)]),
        # no value
        ("en", "The drone flew at low altitude.", []),
        ("fr", "Le drone volait à très basse altitude.", []),
    ],
)
def test_flight_level_spans(lang: str, text: str, expected: list[tuple[float, float | None]]) -> None:
    assert _altitudes(text, lang) == expected
