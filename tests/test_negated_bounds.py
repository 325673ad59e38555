"""A bound said by denying its opposite: "no fewer than 6" is at least 6, "no higher than
500 m" at most 500 m (English [bound_min]/[bound_max] list "no/not fewer than", "no
lower than", "no shorter than"; "no higher than", "no longer than", "no further
than"), as "no less than" and "pas moins de" already were. Before, "no fewer than" read
"fewer than" (a maximum) and left "no" as a negation: "No fewer than six Russian drones
violated Polish airspace" gave no record at all."""

from __future__ import annotations

import pytest

import incidents


def _bounds(text: str, lang: str) -> list[tuple[str, object, object]]:
    out = []
    for m in incidents.mentions(text, lang=lang):
        if m.kind == "aircraft":
            out.append((m.kind, m.extra.get("count"), m.extra.get("count_bound")))
        elif m.kind in ("distance", "duration", "repetition"):
            out.append((m.kind, m.value, m.bound))
    return out


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "no fewer than 6 aircraft", [("aircraft", 6, "min")]),
        ("en", "not fewer than 12 drones", [("aircraft", 12, "min")]),
        ("en", "flying no lower than 500 m", [("distance", 500.0, "min")]),
        ("en", "no higher than 300 metres", [("distance", 300.0, "max")]),
        ("en", "for no shorter than 20 minutes", [("duration", 1200.0, "min")]),
        ("en", "no longer than 20 minutes", [("duration", 1200.0, "max")]),
        ("en", "no further than 3 km inside", [("distance", 3000.0, "max")]),
        ("en", "no fewer than 3 times", [("repetition", 3, "min")]),
        # unchanged
        ("en", "no less than 6 km", [("distance", 6000.0, "min")]),
        ("en", "no more than 6 km", [("distance", 6000.0, "max")]),
        ("fr", "pas moins de 6 appareils", [("aircraft", 6, "min")]),
        ("en", "fewer than 6 aircraft", [("aircraft", 6, "max")]),
    ],
)
def test_negated_bounds(lang: str, text: str, expected: list[tuple[str, object, object]]) -> None:
    assert _bounds(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("No fewer than six Russian drones violated Polish airspace on Monday.", 6),
        ("Not fewer than 6 Russian drones entered Polish airspace on Monday.", 6),
    ],
)
def test_the_record_is_no_negation(text: str, count: int) -> None:
    r = incidents.parse(text, lang="en", reference_date="2025-06-04")
    assert [(i.aircraft_count, i.violated_state) for i in r.incidents] == [(count, "PL")]


def test_a_denial_stays_one() -> None:
    text = "No drones violated Polish airspace on Monday."
    r = incidents.parse(text, lang="en", reference_date="2025-06-04")
    assert not r.incidents
