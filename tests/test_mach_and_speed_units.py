"""Mach after an article is the article's noun's, not one Mach: "a Mach 2 fighter" is
Mach 2 and one fighter (it was Mach 1 and a count of 2); "a Mach-2 fighter" is no Mach 1.
French "km/heure" is a speed as "km/h" is (it was a distance of 900 km)."""

from __future__ import annotations

import pytest

import incidents


def _kinds(text: str, lang: str) -> list[tuple[str, object, object]]:
    out = []
    for m in incidents.mentions(text, lang=lang):
        if m.kind in ("speed", "distance"):
            out.append((m.kind, round(m.value, 1), m.unit))
        elif m.kind == "aircraft":
            out.append((m.kind, m.value, m.extra.get("count")))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "a Mach 2 fighter", [("speed", 2, "mach"), ("aircraft", "airplane", 1)]),
        ("en", "A Mach 2.5 interceptor took off.", [("speed", 2.5, "mach"), ("aircraft", "airplane", 1)]),
        ("en", "a Mach-2 fighter", [("aircraft", "airplane", 1)]),
        ("fr", "Le drone volait à 900 km/heure.", [("aircraft", "drone", 1), ("speed", 250.0, "m/s")]),
        ("fr", "à environ 180 km/heure", [("speed", 50.0, "m/s")]),
        # unchanged
        ("en", "at Mach 2", [("speed", 2, "mach")]),
        ("en", "1.5 Mach", [("speed", 1.5, "mach")]),
        ("fr", "à Mach 1,5", [("speed", 1.5, "mach")]),
        ("fr", "à 900 km/h", [("speed", 250.0, "m/s")]),
        ("fr", "à 900 km de la frontière", [("distance", 900000.0, "m")]),
    ],
)
def test_mach_and_speed_units(lang: str, text: str, expected: list[tuple[str, object, object]]) -> None:
    assert _kinds(text, lang) == expected
