"""Twelve with the hour's mark, then "midnight"/"noon" ("at twelve o'clock midnight",
"à douze heures minuit", "vers 12 h midi") is one time, the named one, not 12:00 and
00:00; another hour before the name stays its own time."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The patrol took off at twelve o'clock midnight.", "en", ["00:00"]),
        ("At 12 o'clock midnight the radar lost it.", "en", ["00:00"]),
        ("It landed at twelve o'clock noon sharp.", "en", ["12:00"]),
        ("La patrouille a décollé à douze heures minuit.", "fr", ["00:00"]),
        ("À 12 heures minuit, le radar l'a perdu.", "fr", ["00:00"]),
        ("Il s'est posé vers 12 h midi.", "fr", ["12:00"]),
        # another hour, or a sentence between: two times
        ("It left at ten o'clock. Midnight came quietly.", "en", ["10:00", "00:00"]),
        ("Il est parti à 10 heures. Minuit est passé sans bruit.", "fr", ["10:00", "00:00"]),
    ],
)
def test_hour_mark_named(text: str, lang: str, expected: list[str]) -> None:
    found = [m.value for m in incidents.mentions(text, lang=lang) if m.kind == "time"]
    assert found == expected
