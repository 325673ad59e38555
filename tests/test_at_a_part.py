"""A bare number after "at"/"à" is a count, not an hour, before a word of a part
([at_style] part_of: "at 3 of the sites", "à 3 des sites", "à 2 d'entre eux") or before
a word joining it to another number ([at_style] count_or: "at 2 against 1", "à 2
contre 1", "à 9 sur 10"). "At 3 in the morning", "à 10 sur la frontière" stay times."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "time"),
    [
        ("en", "Drones were spotted at 4 of the airfields in the region.", []),
        ("en", "Debris fell at 2 of these villages.", []),
        ("en", "The vote stood at 5 against 2.", []),
        ("fr", "Des drones ont été repérés à 4 des aérodromes de la région.", []),
        ("fr", "Le vote s'est achevé à 5 contre 2.", []),
        ("fr", "Des débris sont tombés à 2 de ces villages.", []),
        # unchanged: times
        ("en", "The drones crossed at 3 in the morning.", ["03:00"]),
        ("en", "The jets landed at 4 on Sunday.", ["04:00"]),
        ("fr", "Le drone est passé à 10 sur la frontière.", ["10:00"]),
        ("fr", "Les avions ont décollé à 6 des bases aériennes du nord, à 7 h.", ["07:00"]),
    ],
)
def test_at_a_part(lang: str, text: str, time: list[str]) -> None:
    assert values_of(text, lang, "time") == time
