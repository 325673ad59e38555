"""A count before a plural word of a group ([n_dozen]: "trois dizaines", "deux centaines",
"duas dezenas", "due decine", "dos decenas") is that many groups: 30, 200, 20; the
plural alone ("des dizaines", "centinaia di droni") stays a multiple with no count
([n_group_vague]: vague). English "a score of" is twenty, about ([n_group]); "scores
of" tells no count."""

from __future__ import annotations

import pytest

from tests.phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Trois dizaines de drones ont été abattus cette nuit.", [(30, None)]),
        ("fr", "L'armée a compté deux centaines de ballons en un mois.", [(200, None)]),
        ("fr", "Deux milliers de leurres ont été lancés depuis janvier.", [(2000, None)]),
        ("pt", "Foram detetadas duas dezenas de drones sobre o mar.", [(20, None)]),
        ("es", "Los radares siguieron dos decenas de drones.", [(20, None)]),
        ("it", "Sono state lanciate due decine di droni.", [(20, None)]),
        ("en", "A score of drones came over the border at night.", [(20, None)]),
        # the plural alone: a multiple, no count
        ("fr", "Des dizaines de drones ont survolé la région.", [(10, True)]),
        ("fr", "Des centaines de ballons ont dérivé vers le nord.", [(100, True)]),
        ("it", "Centinaia di droni sono stati lanciati.", [(100, True)]),
        ("en", "Scores of drones were launched overnight.", []),
        ("en", "The final score of the match was posted.", []),
    ],
)
def test_counted_groups(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert fields_of(text, lang, "number", "vague") == expected
