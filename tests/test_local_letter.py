"""Local time written as the letter L glued to a clock of four digits, as Z is UTC:
"1420L" is 14:20 local time, "1420L-1450L" a span; a runway's side ("runway 09L",
"27L") is no time."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _times(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.value, m.extra.get("end"), m.extra.get("tz")) for m in found if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Two fighters entered the zone at 1420L.", [("14:20", None, "local")]),
        ("en", "A drone orbited the plant 1420L-1450L.", [("14:20", "14:50", "local")]),
        ("en", "Contacts at 0610L and again at 0745L.", [("06:10", None, "local"), ("07:45", None, "local")]),
        ("en", "The jet landed on runway 09L.", []),
        ("fr", "Deux chasseurs sont entrés dans la zone à 1420L.", [("14:20", None, "local")]),
        ("fr", "Un drone a tourné au-dessus du site 1420L-1450L.", [("14:20", "14:50", "local")]),
        (
            "fr",
            "Le contact a eu lieu à 0915L puis à 0940L.",
            [("09:15", None, "local"), ("09:40", None, "local")],
        ),
        ("fr", "L'avion s'est posé sur la piste 27L.", []),
    ],
)
def test_local_letter(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected
