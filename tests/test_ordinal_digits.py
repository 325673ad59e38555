"""Digits with an ordinal ending glued to them ([n_ordsuf]: "the 31st", "3rd", "la 12e
escadre", "le 4ème régiment") are a rank, no count: no number mention. Digits with no
ending, or with a word after a space ("12 e"), stay numbers."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("en", "A tanker of the 6th Air Wing refuelled the jets.", []),
        ("en", "It was the 14th such flight since January.", []),
        ("en", "Pilots of the 3rd squadron were on alert.", []),
        ("en", "The 2nd and 5th battalions moved north.", []),
        ("fr", "Le ravitailleur de la 6e escadre a été engagé.", []),
        ("fr", "C'est le 14ème vol de ce type depuis janvier.", []),
        ("fr", "Les pilotes du 3e escadron étaient en alerte.", []),
        # unchanged: counts
        ("en", "6 jets of the air wing refuelled.", [6]),
        ("fr", "Les 14 vols de ce type depuis janvier.", [14]),
        ("fr", "Deux drones, 3 hélicoptères.", [2, 3]),
    ],
)
def test_ordinal_digits(lang: str, text: str, numbers: list[float]) -> None:
    assert values_of(text, lang, "number") == numbers
