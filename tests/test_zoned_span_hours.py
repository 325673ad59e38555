"""A span of the day whose ends each carry their zone, told in hours and minutes: "de
14 h 05 UTC à 14 h 40 UTC", "14 h 05 UTC-14 h 40 UTC" (a hyphen, not an offset of
-14 hours), "from 9:05 UTC to 9:40 UTC"; an offset stays one ("14 h 05 UTC-3")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _times(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.value, m.extra.get("end")) for m in found if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le drone a survolé le port de 14 h 05 UTC à 14 h 40 UTC.", [("14:05", "14:40")]),
        ("fr", "Le drone a tourné 14 h 05 UTC-14 h 40 UTC au-dessus de la base.", [("14:05", "14:40")]),
        ("fr", "Survol signalé 9h10 UTC-9h50 UTC, puis plus rien.", [("09:10", "09:50")]),
        ("fr", "Le ballon a été vu à 14 h 05 UTC-3.", [("14:05", None)]),
        ("en", "The drone circled the port 14:05 UTC-14:40 UTC.", [("14:05", "14:40")]),
        ("en", "The balloon drifted over the bay from 9:05 UTC to 9:40 UTC.", [("09:05", "09:40")]),
        ("en", "Jets were tracked 0905 UTC-0950 UTC.", [("09:05", "09:50")]),
        ("en", "The balloon was seen at 14:05 UTC-3.", [("14:05", None)]),
    ],
)
def test_zoned_span_hours(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected
