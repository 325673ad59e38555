"""Numbers (phrase layer):

- decimals told in words after a spelled whole number: "deux virgule soixante" (2.6),
  "cent virgule quatre-vingt-onze" (100.91), "three point forty" (3.4); the digits after
  the decimal word may be a ten or a teen word, not only single digits;
- a fraction of a scale after a number of a larger scale is that scale's fraction only:
  "two billion and a half million" is 2,000,500,000 (and "four and a half million"
  still 4,500,000);
- a list written with one sign and no spaces ("nos 14,16,18", "1.2.3") is no decimal
  number: each of its numbers stands alone ("2,5" and "0.5,0.7" keep their decimals);
- "one" in a pronoun ("the first one", "one by one", "the same one") is no number,
  while "said that one drone" keeps its count.
"""

from __future__ import annotations

import pytest
from phrases import values_of

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("fr", "La mesure donne deux virgule soixante.", [2.6]),
        ("fr", "cent virgule quatre-vingt-onze", [100.91]),
        ("fr", "trois virgule quinze", [3.15]),
        ("fr", "quatre virgule vingt et un", [4.21]),
        ("fr", "neuf virgule quatre-vingt-dix", [9.9]),
        ("en", "The index rose to three point forty.", [3.4]),
        ("en", "seven point fifteen", [7.15]),
        ("en", "two hundred point seventy-one", [200.71]),
        # unchanged
        ("fr", "deux virgule cinq", [2.5]),
        ("en", "one point two five", [1.25]),
    ],
)
def test_decimal_words(lang: str, text: str, values: list[float]) -> None:
    assert values_of(text, lang, "number") == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "The fund reached two billion and a half million.", [2000500000]),
        ("en", "two billion and a quarter million", [2000250000]),
        ("fr", "un milliard et demi million", [1000500000]),
        # a whole number below the scale: the sum is multiplied
        ("en", "four and a half million", [4500000]),
        ("fr", "deux et demi millions", [2500000]),
        ("en", "a million and a half", [1500000]),
    ],
)
def test_fraction_of_a_smaller_scale(lang: str, text: str, values: list[float]) -> None:
    assert values_of(text, lang, "number") == values


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "See pages 14,16,18,20.", [14, 16, 18, 20]),
        ("en", "rows 3,7,9", [3, 7, 9]),
        ("fr", "les pistes 12,14,16", [12, 14, 16]),
        ("en", "version 4.2.1", [4, 2, 1]),
        # decimals stay decimals
        ("en", "0.5,0.7", [0.5, 0.7]),
        ("fr", "la hausse de 2,5 points", [2.5]),
        ("en", "a rise of 3.75 points", [3.75]),
        ("en", "1,234,567.89", [1234567.89]),
        ("fr", "4.75e+12", [4750000000000]),
    ],
)
def test_lists_with_no_spaces(lang: str, text: str, values: list[float]) -> None:
    assert values_of(text, lang, "number") == values


@pytest.mark.parametrize(
    "text",
    ["The first one landed.", "They left one by one.", "It was the same one."],
)
def test_one_as_a_pronoun(text: str) -> None:
    assert values_of(text, "en", "number") == []


def test_that_one_drone_keeps_its_count() -> None:
    found = incidents.mentions("Officials said that one drone had crossed.", lang="en")
    assert [m.extra.get("count") for m in found if m.kind == "aircraft"] == [1]
