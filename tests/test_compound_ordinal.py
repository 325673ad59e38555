"""A ten joined by a hyphen to an ordinal word is one ordinal ("twenty-third",
"forty-fifth", "vingt-troisième"): no number, as "third" alone is none; never the
fraction twenty thirds (6.67) nor the ten alone (20). A fraction with a space ("twenty
thirds") and a count of tens and units ("twenty-three") keep their values."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("en", "It was the twenty-third incursion this year.", []),
        ("en", "The forty-fifth balloon landed in a field.", []),
        ("en", "A thirty-sixth drone was tracked later.", []),
        ("en", "It was the twenty-third of them.", []),
        ("en", "Twenty-three drones were counted.", [23]),
        ("en", "That is twenty thirds of the total.", [6.666666667]),
        ("fr", "C'était la vingt-troisième violation depuis janvier.", []),
        ("fr", "Le quarante-cinquième ballon est tombé près de Lublin.", []),
        ("fr", "Un trente-sixième drone a été repéré ensuite.", []),
        ("fr", "Vingt-trois drones ont été comptés.", [23]),
    ],
)
def test_compound_ordinal(lang: str, text: str, numbers: list[object]) -> None:
    assert values_of(text, lang, "number") == numbers
