"""An adjective between a count and a unit of time that does not change the amount
("for 3 consecutive days", "five successive nights", "two long hours", "deux pleines
journées", "trois interminables heures", "quatre longs jours") leaves one duration,
as "a good hour" and "deux longues heures" did (lexicon [dur_extra] told)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "the radar tracked it for 4 consecutive hours", "duration", [14400.0]),
        ("en", "two successive days of flights", "duration", [172800.0]),
        ("en", "for 3 straight days", "duration", [259200.0]),
        ("en", "two long hours of waiting", "duration", [7200.0]),
        ("fr", "deux pleines journées de vols", "duration", [172800.0]),
        ("fr", "trois interminables heures", "duration", [10800.0]),
        ("fr", "quatre longs jours", "duration", [345600.0]),
        ("fr", "une pleine heure", "duration", [3600.0]),
        # unchanged
        ("en", "two consecutive F-16 flights", "duration", []),
        ("en", "a long way off", "duration", []),
        ("fr", "deux longs couloirs", "duration", []),
        ("fr", "une pleine lune", "duration", []),
    ],
)
def test_duration_told_adjectives(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert values_of(text, lang, kind) == values
