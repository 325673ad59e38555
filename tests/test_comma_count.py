"""A bare number after a unit is that unit's next smaller one ("1 hour thirty", "2
heures 30", "1 h 15"), but not across a comma: "for two hours, three drones circled"
tells a duration and a count ("après dix minutes, deux avions"), not 2 h 3 min."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("en", "For two hours, three drones circled over the port.", [7200.0]),
        ("en", "After ten minutes, two jets took off.", [600.0]),
        ("en", "Within 20 minutes, four helicopters had landed.", [1200.0]),
        ("fr", "Pendant deux heures, trois drones ont tourné au-dessus du port.", [7200.0]),
        ("fr", "Après dix minutes, deux avions ont décollé.", [600.0]),
        # the next smaller unit, with no comma
        ("en", "The patrol lasted 1 hour thirty.", [5400.0]),
        ("fr", "Le survol a duré 2 heures 30.", [9000.0]),
        ("fr", "Le vol a duré 1 h 15.", [4500.0]),
        # two units with a comma stay one sum
        ("en", "The drone stayed for 2 hours, 30 minutes.", [9000.0]),
    ],
)
def test_comma_count(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "For two hours, three drones circled over the port.", 3),
        ("fr", "Pendant deux heures, trois drones ont tourné au-dessus du port.", 3),
    ],
)
def test_the_count_stays_the_aircraft(lang: str, text: str, count: int) -> None:
    import incidents

    counts = [m.extra.get("count") for m in incidents.mentions(text, lang=lang) if m.kind == "aircraft"]
    assert counts == [count]
