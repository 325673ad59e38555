"""A quarter of an hour, or three, said as one word (German "Viertelstunde",
"Dreiviertelstunde": units quarter_hour and three_quarter_hour in units.txt) is a
duration, as "un quart d'heure" and "a quarter of an hour" are; and Portuguese joins the
second hour of a span with "e as" ("entre as 14h e as 15h" is one span, as Spanish "y
las" is)."""

from __future__ import annotations

import pytest
from phrases import values_of

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("de", "Die Drohne blieb eine Viertelstunde im Luftraum.", [900.0]),
        ("de", "etwa eine Dreiviertelstunde lang", [2700.0]),
        ("de", "zwei Viertelstunden", [1800.0]),
        # unchanged
        ("de", "eine halbe Stunde", [1800.0]),
        ("fr", "un quart d'heure", [900.0]),
        ("en", "three quarters of an hour", [2700.0]),
    ],
)
def test_quarter_hour_words(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O drone sobrevoou a base entre as 14h e as 15h.", [("14:00", "15:00")]),
        ("entre as 22h e às 2h", [("22:00", "02:00")]),
        # unchanged
        ("das 14h às 15h", [("14:00", "15:00")]),
        ("os drones e as forças armadas", []),
    ],
)
def test_portuguese_span(text: str, expected: list[tuple[object, object]]) -> None:
    got = [(m.value, m.extra.get("end")) for m in incidents.mentions(text, lang="pt") if m.kind == "time"]
    assert got == expected
