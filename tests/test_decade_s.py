"""An "s" glued to two digits of a round ten from 50 on ("the 90s", "in her 50s", "the
60s music") is a decade or an age more often than seconds: it is a duration only after
a lead ("for 60s", "pendant 90s") or a bound ("about 80s"); other numbers ("45s", "a
30s burst") and a spaced unit ("60 s") stay seconds."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("en", "Air patrols were rare in the 90s.", []),
        ("en", "The pilot, a woman in her 50s, was unhurt.", []),
        ("en", "Radar sites of the 60s are still in use.", []),
        ("en", "The drone loitered for 60s.", [60.0]),
        ("en", "The jet stayed about 80s in the zone.", [80.0]),
        ("en", "The drone stayed 45s in the zone.", [45.0]),
        ("en", "The jet fired a 30s burst.", [30.0]),
        ("en", "The incursion lasted 60 s.", [60.0]),
        ("fr", "Le drone est resté pendant 90s.", [90.0]),
        ("fr", "Ces radars datent des 70s.", []),
    ],
)
def test_decade_s(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds
