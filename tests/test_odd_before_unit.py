"""A word of approximation between a number and its unit ("90-odd minutes", "20-plus
km", "20 or so miles", "90 et quelques minutes") keeps the amount with its unit,
approximate; a count stays a count ("forty-odd sorties")."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "kind", "found"),
    [
        ("en", "The balloon hung over the city for 90-odd minutes.", "duration", [(5400.0, "approx")]),
        ("en", "It was tracked for forty-odd seconds.", "duration", [(40.0, "approx")]),
        ("en", "The jets went 20-plus km inside the zone.", "distance", [(20000.0, "approx")]),
        (
            "en",
            "The drone strayed 20 or so miles off course.",
            "distance",
            [(pytest.approx(32186.88), "approx")],
        ),
        ("en", "Pilots flew forty-odd sorties.", "duration", []),
        (
            "fr",
            "Le ballon est resté 90 et quelques minutes au-dessus de la ville.",
            "duration",
            [(5400.0, "approx")],
        ),
        ("fr", "Le drone a volé vingt et quelques secondes.", "duration", [(20.0, "approx")]),
        ("fr", "L'appareil a pénétré de 30 et quelques kilomètres.", "distance", [(30000.0, "approx")]),
        ("fr", "Il a compté 20 et quelques appareils.", "distance", []),
    ],
)
def test_odd_before_unit(lang: str, text: str, kind: str, found: list[tuple[object, ...]]) -> None:
    got = [(m.value, m.bound) for m in incidents.mentions(text, lang=lang) if m.kind == kind]
    assert got == found
