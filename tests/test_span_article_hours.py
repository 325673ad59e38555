"""A span whose first word and joining word both hold the article of the hours is a span
of the day in Spanish, Italian and Portuguese ([at_style] span_article: "entre las 14 y
las 15", "tra le 14 e le 15", "dalle 14 alle 15", "das 14 às 15", "entre as 14 e as 15"),
as "a las 14" is a time; with no article it stays a range of counts ("entre 14 y 15
drones", "tra 14 e 15 droni")."""

from __future__ import annotations

import pytest

import incidents


def _times(text: str, lang: str) -> list[tuple[object, object]]:
    return [(m.value, m.extra.get("end")) for m in incidents.mentions(text, lang=lang) if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "El dron sobrevoló la zona entre las 14 y las 15.", [("14:00", "15:00")]),
        ("es", "entre las 2 y las 3", [("02:00", "03:00")]),
        ("it", "Il drone ha sorvolato la base tra le 14 e le 15.", [("14:00", "15:00")]),
        ("it", "dalle 22 alle 23", [("22:00", "23:00")]),
        ("pt", "O drone sobrevoou a base entre as 14 e as 15.", [("14:00", "15:00")]),
        ("pt", "das 14 às 15", [("14:00", "15:00")]),
        # unchanged
        ("es", "entre las 14 y las 15 horas", [("14:00", "15:00")]),
        ("es", "a las 14", [("14:00", None)]),
        # counts
        ("es", "entre 14 y 15 drones", []),
        ("it", "tra 14 e 15 droni", []),
        ("pt", "entre 14 e 15 drones", []),
        ("es", "entre las 14 y 15 drones", []),
    ],
)
def test_span_article_hours(lang: str, text: str, expected: list[tuple[object, object]]) -> None:
    assert _times(text, lang) == expected
