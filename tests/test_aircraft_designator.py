"""A designator the lexicon does not list (tables of our own phrases): letters (the
first a capital; or a capitalised name before a hyphen), a hyphen or none, and digits,
all glued, is the model of the aircraft it stands beside: right before an aircraft
noun ("a WJ-700 plane"), right after one ("un drone Sarab-4"), or after a word of
a type ([ac_code_style] after: "de type", "type"). Never a model alone, nor beside a
noun of no known kind ("missile"), nor spaced ("Article 5", "LO 282"); digits glued to
letters are no count ("a G7 plane"). Three trainers and fighters are listed in
aircraft.toml (K-8, L-39, JF-17), their letters being words too ("K": thousand)."""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A WJ-700 plane was tracked off the coast.", [("airplane", "WJ-700", 1)]),
        ("en", "Two AG-600 aircraft flew past the island.", [("airplane", "AG-600", 2)]),
        ("en", "A Sarab-4 drone crossed the border.", [("drone", "Sarab-4", 1)]),
        ("en", "An unmarked CH-5 drone was seen near the base.", [("drone", "CH-5", 1)]),
        ("en", "A Pakistani JF-17 jet escorted the convoy.", [("airplane", "JF-17", 1)]),
        ("en", "The air force of Venezuela lost a K-8 jet.", [("airplane", "K-8", 1)]),
        ("en", "Two L-39s flew along the ridge.", [("airplane", "L-39", 2)]),
        ("fr", "Un avion WJ-700 a été suivi au large.", [("airplane", "WJ-700", 1)]),
        ("fr", "Un drone Sarab-4 a franchi la frontière.", [("drone", "Sarab-4", 1)]),
        ("fr", "Un appareil de type AG-600 a survolé l'île.", [("airplane", "AG-600", 1)]),
        ("fr", "Deux hélicoptères AC-313 ont longé la côte.", [("helicopter", "AC-313", 2)]),
        ("fr", "Un JF-17 pakistanais a décollé.", [("airplane", "JF-17", 1)]),
        # negatives: a code alone, spaced, beside no aircraft noun or a missile
        ("en", "Traffic on the A-4 motorway was stopped.", []),
        ("en", "The WJ-700 was not mentioned.", []),
        ("en", "COVID-19 rules grounded the crews.", []),
        ("en", "He applied for an F-1 visa.", []),
        ("en", "A Fateh-110 missile was fired.", [("unknown", None, 1)]),
        ("en", "A G7 plane landed at noon.", [("airplane", None, 1)]),
        ("en", "The CH-5s were not seen.", []),
        ("fr", "La route A-4 a été fermée.", []),
        ("fr", "Le vol LO 282 a atterri.", []),
        ("fr", "Un missile Fateh-110 a été tiré.", [("unknown", None, 1)]),
    ],
)
def test_unlisted_designator(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields_of(text, lang, "aircraft", "model", "count") == expected
