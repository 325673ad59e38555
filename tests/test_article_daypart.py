"""An article ("one", "un", "une") before the noun of a part of the day alone ("one
morning", "one evening in May", "un soir", "un matin", "une nuit") tells which day
part, not the hour 1: no time of day (before, 01:00 or 13:00). With the part of the
day's phrase ("one in the morning", "à une du matin") or "at" it stays a time."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "One morning a balloon drifted across the border.", "time", []),
        ("en", "one evening in late May", "time", []),
        ("en", "It happened one night over the lake.", "time", []),
        ("en", "one afternoon in July", "time", []),
        ("en", "at one in the morning", "time", ["01:00"]),
        ("en", "at one at night", "time", ["01:00"]),
        ("fr", "Un matin, un ballon a franchi la frontière.", "time", []),
        ("fr", "un soir de mai", "time", []),
        ("fr", "Cela s'est produit une nuit au-dessus du lac.", "time", []),
        ("fr", "un après-midi de juillet", "time", []),
        ("fr", "à une heure du matin", "time", ["01:00"]),
        ("fr", "à une du matin", "time", ["01:00"]),
    ],
)
def test_article_daypart(lang: str, text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, lang, kind) == values
