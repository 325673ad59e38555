"""A tens word glued by a hyphen to an ordinal before an aircraft noun is one rank ("the
twenty-third drone", "le vingt-deuxième drone"): one aircraft, no count of twenty and no
number said; a tens word and a unit ("twenty-two drones") stay a count."""

from __future__ import annotations

import pytest

import incidents


def _read(text: str, lang: str) -> tuple[list[object], list[object]]:
    found = incidents.mentions(text, lang=lang)
    counts = [m.extra.get("count") for m in found if m.kind == "aircraft"]
    return counts, [m.value for m in found if m.kind == "number"]


@pytest.mark.parametrize(
    ("lang", "text", "counts", "numbers"),
    [
        ("en", "The twenty-third drone of the night was shot down at 02:10.", [1], []),
        ("en", "the thirty-first balloon this year", [1], []),
        ("fr", "Le vingt-deuxième drone a été abattu.", [1], []),
        ("fr", "le quarante-troisième ballon", [1], []),
        # unchanged
        ("en", "twenty-two drones", [22], [22]),
        ("en", "the twenty drones", [20], [20]),
        ("fr", "vingt-deux drones", [22], [22]),
        ("en", "a second helicopter", [1], []),
    ],
)
def test_compound_ordinal_is_a_rank(lang: str, text: str, counts: list[int], numbers: list[int]) -> None:
    assert _read(text, lang) == (counts, numbers)
