"""A count of a smaller scale written in digits after a larger scale is one number:
"1 million 200 thousand" is 1,200,000, "3 millions 500 mille" 3,500,000 (before: two
numbers, 1,000,000 and 200,000). A count without its scale after it stays a number of
its own ("1 million 200 drones"), and scales that rise are two numbers."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The fund holds 1 million 200 thousand dollars.", [1200000]),
        ("en", "About 4 million 750 thousand people live there.", [4750000]),
        ("en", "It cost 2 billion 40 million euros.", [2040000000]),
        ("en", "They printed 1 million 200 leaflets.", [1000000, 200]),
        ("en", "The tally went from 2 thousand 300 million.", [2000, 300000000]),
        ("fr", "La ville compte 1 million 200 mille habitants.", [1200000]),
        ("fr", "Il a reçu 3 millions 500 mille euros.", [3500000]),
        ("fr", "Ce budget atteint 2 milliards 80 millions.", [2080000000]),
        ("fr", "Ils ont imprimé 1 million 200 tracts.", [1000000, 200]),
    ],
)
def test_digit_scale_parts(lang: str, text: str, expected: list[float]) -> None:
    assert values_of(text, lang, "number") == expected
