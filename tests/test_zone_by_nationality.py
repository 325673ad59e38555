"""A time told in a country's time by its adjective is in that country's zone, as a
time told by its capital: "04:12 Lithuanian time" is Europe/Vilnius, "22:40 Polish
time" Europe/Warsaw, "4 h 12 heure lituanienne" Europe/Vilnius (en.toml, fr.toml
[t_zone]; before: no zone, and the adjective was left over as a state mention). The
adjective of a noun other than the time stays out of the clock ("at 9:05 Polish troops",
"à 9 h 05 la police lettone")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _zones(text: str, lang: str) -> list[tuple[Any, ...]]:
    return [(m.value, m.extra.get("tz")) for m in incidents.mentions(text, lang=lang) if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The balloon was seen at 04:12 Lithuanian time.", [("04:12", "Europe/Vilnius")]),
        ("en", "Sirens sounded at 22:40 Polish time.", [("22:40", "Europe/Warsaw")]),
        ("en", "Radar lost it at 9:05 Romanian time.", [("09:05", "Europe/Bucharest")]),
        ("en", "It landed at 18:30 Latvian time.", [("18:30", "Europe/Riga")]),
        ("en", "At 9:05 Polish troops moved north.", [("09:05", None)]),
        ("fr", "Le ballon a été vu à 4 h 12 heure lituanienne.", [("04:12", "Europe/Vilnius")]),
        ("fr", "Les sirènes ont retenti à 18 h 30 heure lettone.", [("18:30", "Europe/Riga")]),
        ("fr", "Le radar l'a perdu à 9 h heure biélorusse.", [("09:00", "Europe/Minsk")]),
        ("fr", "À 9 h 05, la police lettone a bouclé la zone.", [("09:05", None)]),
    ],
)
def test_zone_by_nationality(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _zones(text, lang) == expected
