"""A word of a group of three ([n_dozen] "trio"), as "pair" and "paire" are of two: "a
trio of bombers" counts 3, "deux trios" 6; the word alone ("the trio flew off") is a
noun, no count."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        ("A trio of Tu-22M3 bombers approached the coast.", "en", [3]),
        ("two trios of helicopters", "en", [6]),
        ("radar tracked a trio of balloons", "en", [3]),
        ("The trio turned back before the border.", "en", []),
        ("Un trio de bombardiers Tu-22M3 s'est approché.", "fr", [3]),
        ("deux trios d'hélicoptères", "fr", [6]),
        ("le radar a suivi un trio de ballons", "fr", [3]),
        ("Le trio a fait demi-tour avant la frontière.", "fr", []),
    ],
)
def test_trio_groups(text: str, lang: str, numbers: list[float]) -> None:
    assert values_of(text, lang, "number") == numbers
