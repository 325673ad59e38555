"""A count of dozens (or pairs) and a fraction of one more: "a dozen and a half" is 18,
"une douzaine et demie" 18, "two dozen and a half" and "two and a half dozen" 30; a
whole number after "and" is a number of its own ("a dozen and two")."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        ("en", "A dozen and a half drones were counted over the port.", [18]),
        ("en", "Patrols logged dozen and a half sorties last week.", [18]),
        ("en", "The radar showed two dozen and a half tracks.", [30]),
        ("en", "Crews spotted a dozen and two more.", [12, 2]),
        # the fraction before the dozen word
        ("en", "One and a half dozen balloons drifted north.", [18]),
        ("en", "Two and a half dozen flares were fired.", [30]),
        ("en", "Only one and a half were left.", [1.5]),
        ("fr", "Une douzaine et demie de drones ont été comptés.", [18]),
        ("fr", "L'armée a recensé deux douzaines et demie de ballons.", [30]),
        ("fr", "Les radars ont suivi une douzaine et demie d'appareils.", [18]),
        ("fr", "Une douzaine et deux autres ont été vus.", [12, 2]),
    ],
)
def test_dozen_and_a_half(lang: str, text: str, numbers: list[object]) -> None:
    assert values_of(text, lang, "number") == numbers
