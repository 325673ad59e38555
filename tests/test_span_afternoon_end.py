"""A span of the day from noon, or from an hour told am or pm, back to an earlier hour
of 1 to 11 that says no half of the day ends in the afternoon or evening ("entre midi
et deux" is 12:00 to 14:00, "from 11 am to 2" 11:00 to 14:00); a span that starts late
in the evening ("from 10 pm to 2", "de 22 h à 2 h") still runs past midnight, and an end
that is later anyway stays as told ("from 9 am to 11")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _spans(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.value, m.extra.get("end")) for m in found if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Les vols ont été suspendus entre midi et deux.", [("12:00", "14:00")]),
        ("fr", "L'espace aérien a été fermé de midi à trois heures.", [("12:00", "15:00")]),
        ("fr", "Le drone a tourné au-dessus du port entre midi et une heure.", [("12:00", "13:00")]),
        ("en", "Airspace was closed from noon to 2 on Sunday.", [("12:00", "14:00")]),
        ("en", "The balloons drifted over the region between noon and four.", [("12:00", "16:00")]),
        ("en", "Patrols flew from 11 am to 2 without a break.", [("11:00", "14:00")]),
        ("en", "Sirens sounded from 3 pm to 5.", [("15:00", "17:00")]),
        # past midnight, or later anyway: as told
        ("en", "Drones circled from 10 pm to 2.", [("22:00", "02:00")]),
        ("en", "The zone stayed shut from 9 am to 11.", [("09:00", "11:00")]),
        ("fr", "Des drones ont survolé la zone de 22 h à 2 h.", [("22:00", "02:00")]),
    ],
)
def test_span_ends_in_the_afternoon(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _spans(text, lang) == expected
