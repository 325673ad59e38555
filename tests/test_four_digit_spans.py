"""Spans told in four digits:

- a first clock of four digits carries its own minutes, so a span from it to a clock
  with minutes is one of the day: "between 1405 and 1440 hrs" (14:05 to 14:40, never a
  duration of 1440 hours);
- two numbers that could be years (1900 to 2099) are no span of the day without a
  trail that says so ("between 2010 and 2015", "de 1939 à 1945" are years; "between
  2010 and 2015 GMT", "between 2010 and 2040 hours" stay times);
- a flight level may be written with a hyphen: "FL-350".
"""

from __future__ import annotations

from typing import Any

import pytest
from phrases import values_of

import incidents


def _times(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.value, m.extra.get("end")) for m in found if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Radar tracked it between 1405 and 1440 hrs.", [("14:05", "14:40")]),
        ("en", "It loitered between 0905 and 0940 hours.", [("09:05", "09:40")]),
        ("en", "between 0905 and 0940", [("09:05", "09:40")]),
        ("en", "The jets flew from 1040 to 1105.", [("10:40", "11:05")]),
        ("en", "between 2010 and 2015 GMT", [("20:10", "20:15")]),
        ("en", "between 2010 and 2040 hours", [("20:10", "20:40")]),
        # years
        ("en", "Between 2010 and 2015, dozens of drones were seen.", []),
        ("en", "between 2019 and 2023", []),
        ("en", "between 1910 and 1925", []),
        ("fr", "Entre 2014 et 2022, la zone a été survolée.", []),
        ("fr", "de 1939 à 1945", []),
    ],
)
def test_four_digit_spans(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected


def test_years_stay_numbers() -> None:
    found = [m for m in incidents.mentions("between 2019 and 2023", lang="en") if m.kind == "number"]
    assert [(m.value, m.low) for m in found] == [(2023, 2019)]


def test_no_duration_of_hours() -> None:
    assert values_of("between 1405 and 1440 hrs", "en", "duration") == []


@pytest.mark.parametrize(
    ("lang", "text", "metres"),
    [
        ("en", "The airliner cruised at FL-350.", [10668.0]),
        ("en", "cleared to FL-120", [3657.6]),
        ("fr", "Le chasseur volait au FL-350.", [10668.0]),
        ("en", "at FL350", [10668.0]),
    ],
)
def test_flight_level_hyphen(lang: str, text: str, metres: list[float]) -> None:
    assert values_of(text, lang, "distance") == metres
