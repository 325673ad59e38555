"""A span of the day that ends on an hour and a part of it, both hours marked: "entre 10
heures et 10 heures et demie", "de 10 heures à 10 heures et demie", "entre 10 h et 10 h et
demie" run from 10:00 to 10:30, as "entre 9 heures et 11 heures" is a span (the clock
"10 heures et demie" is marked as an hour). Before, the range was read as counts and the
text gave 10:10 and a duration of 1 h 30. A range of numbers before one unit stays none
("entre 2 et 3 heures et demie")."""

from __future__ import annotations

import pytest

import incidents


def _times(text: str, lang: str) -> list[tuple[object, object]]:
    return [(m.value, m.extra.get("end")) for m in incidents.mentions(text, lang=lang) if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le drone a été suivi entre 10 heures et 10 heures et demie.", [("10:00", "10:30")]),
        ("fr", "de 10 heures à 10 heures et demie", [("10:00", "10:30")]),
        ("fr", "entre 10 h et 10 h et demie", [("10:00", "10:30")]),
        ("fr", "entre neuf heures et neuf heures et quart", [("09:00", "09:15")]),
        ("fr", "de 21 heures à 21 heures et quart", [("21:00", "21:15")]),
        # unchanged
        ("fr", "entre 9 heures et 11 heures", [("09:00", "11:00")]),
        ("fr", "de 10 h à 10 h 30", [("10:00", "10:30")]),
        ("en", "between 10:00 and 10:30", [("10:00", "10:30")]),
        # no span of the day
        ("fr", "entre 2 et 3 heures et demie", []),
        ("fr", "pendant deux heures et demie", []),
    ],
)
def test_span_to_a_fraction(lang: str, text: str, expected: list[tuple[object, object]]) -> None:
    assert _times(text, lang) == expected
