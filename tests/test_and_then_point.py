"""Decimals after a whole number joined by "and" ("one hundred and twenty-five point
five", "mille et un virgule deux") belong to it, as after a plain whole number; "oh"
among the decimals is a zero ("twelve point oh five"). A fraction before the decimal
word takes none ("two and a half point five" stays two numbers)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "one hundred and forty-two point five", "number", [142.5]),
        ("en", "three hundred and six point two five kilometres", "distance", [306250.0]),
        ("en", "twelve point oh five", "number", [12.05]),
        ("en", "two and a half point five", "number", [2.5, 0.5]),
        ("fr", "mille et un virgule deux", "number", [1001.2]),
        ("fr", "cent et un virgule cinq", "number", [101.5]),
        ("fr", "mille et un virgule deux kilomètres", "distance", [1001200.0]),
        ("fr", "deux et demi virgule cinq", "number", [2.5, 0.5]),
    ],
)
def test_and_then_point(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert [round(v, 3) for v in values_of(text, lang, kind)] == values  # type: ignore[arg-type]
