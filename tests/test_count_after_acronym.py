"""A bare number after "at"/"by"/"à" is a count, not an hour, when an acronym the lexicon
does not know stands between it and an aircraft noun, a unit or a noun of a count: "by
21 PLA aircraft", "at 3 RAF bases": the acronym is the owner of what is counted (an
English order; French names the owner after the noun). A known zone ("at 10 GMT", "à
11 UTC") or an hour mark ("at 4 AM") keeps the hour."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "numbers", "time"),
    [
        ("en", "The zone was crossed by 17 PLA aircraft on Monday.", [17], []),
        ("en", "Drones were seen at 3 RAF bases overnight.", [3], []),
        ("en", "The sortie was flown by 6 PLAAF fighters.", [6], []),
        ("en", "Balloons drifted over the area at 2 USAF airfields.", [2], []),
        ("en", "The zone was entered by 8 PLAN aircraft.", [8], []),
        # unchanged: a zone or an hour mark after the number
        ("en", "The drones crossed at 10 GMT.", [], ["10:00"]),
        ("en", "The strike came at 4 AM.", [], ["04:00"]),
        ("fr", "Les drones sont passés à 11 UTC.", [], ["11:00"]),
        ("en", "At 9 CET drones were reported.", [], ["09:00"]),
    ],
)
def test_count_after_acronym(lang: str, text: str, numbers: list[float], time: list[str]) -> None:
    assert values_of(text, lang, "number") == numbers
    assert values_of(text, lang, "time") == time
