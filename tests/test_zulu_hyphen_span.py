"""A span of the day with a zone after each clock and a hyphen between ("1405Z-1440Z",
"0905 UTC-0950 UTC") is one time with its end: the hyphen after the zone is read as an
offset only where one can be meant ("14:05 UTC-5", "UTC-0500" with no zone after)."""

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
        ("en", "Radar held the contact from 1405Z-1440Z.", [("14:05", "14:40", "UTC")]),
        ("en", "The track was seen 0912Z-0935Z over the gulf.", [("09:12", "09:35", "UTC")]),
        ("en", "Fighters orbited at 0905 UTC-0950 UTC near the line.", [("09:05", "09:50", "UTC")]),
        ("en", "The balloon drifted 2210Z-2230Z.", [("22:10", "22:30", "UTC")]),
        ("en", "The jet called at 14:05Z-14:40Z.", [("14:05", "14:40", "UTC")]),
        ("fr", "Le contact a été suivi de 1405Z-1440Z.", [("14:05", "14:40", "UTC")]),
        ("fr", "L'appareil a tourné 0810Z-0842Z au large.", [("08:10", "08:42", "UTC")]),
        ("fr", "Le drone a été vu de 1930Z-1955Z.", [("19:30", "19:55", "UTC")]),
        # an offset where one can be meant
        ("en", "It landed at 14:05 UTC-5.", [("14:05", None, "-05:00")]),
        ("en", "It landed at 14:05 UTC-0500.", [("14:05", None, "-05:00")]),
        ("fr", "Il s'est posé à 14h05 UTC+3.", [("14:05", None, "+03:00")]),
    ],
)
def test_zulu_hyphen_span(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected
