"""An age told with "avoir" in any person ("j'ai 30 ans", "nous avons 40 ans", "il aura
18 ans") is no duration, as "il a 30 ans" and "30 years old" already were; years spent
or waited stay durations."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "durations"),
    [
        ("fr", "J'ai 30 ans et je pilote depuis dix ans.", [pytest.approx(315360000.0)]),
        ("fr", "Nous avons 40 ans tous les deux.", []),
        ("fr", "Le pilote aura 25 ans en mai.", []),
        ("fr", "Tu as 19 ans, pas plus.", []),
        ("fr", "J'ai attendu 3 ans pour ce brevet.", [pytest.approx(94608000.0)]),
        ("en", "The pilot, aged 30, flew for 2 years.", [pytest.approx(63072000.0)]),
        ("en", "She is 30 years old.", []),
        ("en", "He was 45 years of age.", []),
        ("en", "They waited 3 years for the licence.", [pytest.approx(94608000.0)]),
    ],
)
def test_age_avoir(lang: str, text: str, durations: list[object]) -> None:
    assert values_of(text, lang, "duration") == durations
