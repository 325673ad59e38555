"""The number in a turboprop's name is no count: "an ATR 72 aircraft" is one aircraft of
model ATR 72 (it was 72 aircraft), "two ATR 42 planes" two (aircraft.toml lists both)."""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "An ATR 72 aircraft of the coast guard flew over the islet.", [("airplane", "ATR 72", 1)]),
        ("en", "two ATR 42 planes", [("airplane", "ATR 42", 2)]),
        ("fr", "un avion de patrouille ATR 72MP", [("airplane", "ATR 72", 1)]),
        ("fr", "deux ATR-42", [("airplane", "ATR 42", 2)]),
        # unchanged: a count of aircraft
        ("en", "72 aircraft", [("airplane", None, 72)]),
    ],
)
def test_turboprop_numbers(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields_of(text, lang, "aircraft", "model", "count") == expected
