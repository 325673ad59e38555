"""A double quote after digits is an inch mark only where it closes no quotation: in
'the "Sentinel 26" drill' it closes the name opened before it in the sentence, and the
number stays a number ("Zapad 2025" is no 51 m); "a 26" wheel" and "over 5"" keep their
inches."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "distances", "numbers"),
    [
        ("en", 'Crews rehearsed it in the "Sentinel 26" drill.', [], [26]),
        ("en", 'Jets flew during the "Northern Lance 2024" exercise.', [], [2024]),
        ("en", "The “Iron Gate 12” manoeuvres began on Monday.", [], [12]),
        ("en", 'The unit, known as "Battalion 73", patrolled the coast.', [], [73]),
        ("fr", 'Les avions ont participé à l\'exercice "Zapad 2025" en Biélorussie.', [], [2025]),
        ("fr", 'L\'opération "Rempart 9" a mobilisé deux escadrons.', [], [9, 2]),
        ("fr", "L'exercice “Orion 23” s'est achevé hier.", [], [23]),
        # no quotation open before the mark: inches
        ("en", 'The drone carried a 12" camera pod.', [pytest.approx(0.3048)], []),
        ("en", 'The crew of "Eagle" fitted a 26" wheel.', [pytest.approx(0.6604)], []),
        ("en", 'The debris measured over 5".', [pytest.approx(0.127)], []),
    ],
)
def test_quote_not_inch(lang: str, text: str, distances: list[object], numbers: list[object]) -> None:
    assert values_of(text, lang, "distance") == distances
    assert values_of(text, lang, "number") == numbers
