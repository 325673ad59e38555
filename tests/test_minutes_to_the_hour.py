"""Minutes to the hour told in words before a half of the day: "twenty to three pm",
"at ten to six p.m.", "at five to seven in the evening" are one time (14:40, 17:50,
18:55), not a span from 20:00 back to 15:00 or from 10:00 to 18:00. A span of the day
keeps its lead ("from ten to six pm", "between ten and six pm") or a first clock that
tells its own half of the day ("from 10 pm to 2 am", "de 22 h à 2 h", "between 23 and
1 am"); digits with no lead stay a span ("from 2 to 4 pm", "3 to 4 pm")."""

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
        # minutes to the hour, spelled, before am/pm or a part of the day
        ("en", "The balloon was sighted at twenty to three pm.", [("14:40", None)]),
        ("en", "Radar lost it twenty to three pm.", [("14:40", None)]),
        ("en", "Two jets scrambled at ten to six p.m.", [("17:50", None)]),
        ("en", "It landed ten to six pm.", [("17:50", None)]),
        ("en", "The drone came back at five to seven in the evening.", [("18:55", None)]),
        ("en", "The alert ended at ten to twelve.", [("11:50", None)]),
        ("en", "The helicopter hovered until a quarter to five pm.", [("16:45", None)]),
        # spans of the day stay spans
        ("en", "Flights were banned from ten to six pm.", [("10:00", "18:00")]),
        ("en", "Flights were banned between ten and six pm.", [("10:00", "18:00")]),
        ("en", "Drones were seen from 2 to 4 pm.", [("14:00", "16:00")]),
        ("en", "The zone was closed from 10 pm to 2 am.", [("22:00", "02:00")]),
        ("en", "The zone was closed from 22:00 to 02:00.", [("22:00", "02:00")]),
        ("en", "Patrols flew between 23 and 1 am.", [("23:00", "01:00")]),
        ("fr", "La zone a été fermée de 22 h à 2 h.", [("22:00", "02:00")]),
        ("fr", "Le drone est passé à six heures moins dix du soir.", [("17:50", None)]),
    ],
)
def test_minutes_to_the_hour(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected
