"""An ordinal told in several words is no number: "la vingt et unième", "le
soixante-et-onzième", "cent trente et unième", "the one hundred and first"; number words
and "and" up to an ordinal ([n_ord], French "unième") are the ordinal's. "Vingt et un",
"deux et demi", "a hundred and one" stay numbers."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "lang", "numbers"),
    [
        ("C'était la vingt et unième alerte de l'année.", "fr", []),
        ("au trente et unième jour du conflit", "fr", []),
        ("le soixante-et-onzième vol de reconnaissance", "fr", []),
        ("pour la cent quarante et unième fois", "fr", []),
        ("Il y avait vingt et un avions.", "fr", [21]),
        ("deux et demi", "fr", [2.5]),
        ("It marked the one hundred and first sortie.", "en", []),
        ("the two thousand and first report", "en", []),
        ("its three hundred and third mission", "en", []),
        ("They counted a hundred and one flares.", "en", [101]),
        ("two and a half", "en", [2.5]),
    ],
)
def test_compound_ordinal_words(text: str, lang: str, numbers: list[float]) -> None:
    assert values_of(text, lang, "number") == numbers
