"""Fractions and ordinals from eleven on ("one twelfth", "three sixteenths", "un
vingtième", "trois trentièmes"), as from two to ten: a fraction after a count, an
ordinal alone or before a noun ("le vingtième siècle", "a twelfth drone", "un
quinzième drone": an aircraft, no number)."""

from __future__ import annotations

import pytest
from phrases import values_of

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "one twelfth of the fleet", [0.083333333]),
        ("en", "three sixteenths", [0.1875]),
        ("en", "one fiftieth", [0.02]),
        ("fr", "un vingtième", [0.05]),
        ("fr", "trois vingtièmes", [0.15]),
        ("fr", "un trentième du total", [0.033333333]),
        ("fr", "deux quinzièmes", [0.133333333]),
        # ordinals
        ("fr", "au vingtième siècle", []),
        ("en", "in the twentieth century", []),
        ("fr", "la quinzième édition", []),
    ],
)
def test_fraction_words(lang: str, text: str, values: list[float]) -> None:
    assert values_of(text, lang, "number") == values


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A twelfth drone was shot down."),
        ("fr", "Un quinzième drone a été abattu."),
        ("fr", "un onzième avion"),
    ],
)
def test_an_ordinal_before_an_aircraft(lang: str, text: str) -> None:
    assert values_of(text, lang, "number") == []
    found = incidents.mentions(text, lang=lang)
    assert [m.extra.get("count") for m in found if m.kind == "aircraft"] == [1]
