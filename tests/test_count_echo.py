"""A count told in words and again in digits in brackets is one count of the aircraft
("two (2) Russian Su-27 jets", "deux (2) chasseurs russes"); digits in brackets that
tell another number are no echo ("three (2) drones"), and a number in brackets alone
stays a number ("drones (3) were seen")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _counts(text: str, lang: str) -> list[Any]:
    return [m.extra.get("count") for m in incidents.mentions(text, lang=lang) if m.kind == "aircraft"]


@pytest.mark.parametrize(
    ("lang", "text", "counts"),
    [
        ("en", "Two (2) Russian Su-27 jets crossed into the zone.", [2]),
        ("en", "NORAD tracked three (3) Tu-95 bombers and two (2) Su-35 fighters.", [3, 2]),
        ("en", "Four (4) drones were launched toward the coast.", [4]),
        ("en", "Three (2) drones were reported.", [None]),
        ("fr", "Deux (2) chasseurs russes Su-27 sont entrés dans la zone.", [2]),
        ("fr", "Le NORAD a suivi trois (3) bombardiers Tu-95.", [3]),
        ("fr", "Quatre (4) drones ont été lancés vers la côte.", [4]),
        ("fr", "Trois (2) drones ont été signalés.", [None]),
    ],
)
def test_count_echo(lang: str, text: str, counts: list[Any]) -> None:
    assert _counts(text, lang) == counts


def test_number_in_brackets_alone() -> None:
    found = incidents.mentions("The drones (3) were seen at dawn.", lang="en")
    assert [m.value for m in found if m.kind == "number"] == [3]
