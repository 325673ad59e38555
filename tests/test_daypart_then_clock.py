"""A part of the day told before its clock ("ce soir vers 8 heures", "this evening
around 8", "dans la soirée, vers 8 h"): the clock may have a lead of its own (an
approximation as well as "at"), set off by a comma only, and is read in that part of the
day. A bare number after a part of the day is no hour where something it counts follows:
"this morning 3 jets", "dans la nuit 12 drones", "in the morning at 5 km from the border"
are counts and measures, never 03:00, 00:00 or 05:00; so are three digits ("dans la
nuit 240 drones" is no 2:40)."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("fr", "Le drone est revenu ce soir vers 8 heures.", ["20:00"]),
        ("fr", "ce soir vers 8 h, un ballon", ["20:00"]),
        ("fr", "Dans la soirée, vers 8 heures, deux hélicoptères ont survolé le lac.", ["20:00"]),
        ("fr", "dans la soirée vers 21 h 10", ["21:10"]),
        ("en", "The aircraft came back this evening around 8.", ["20:00"]),
        ("en", "this evening at about 9, a balloon", ["21:00"]),
        ("en", "tonight around 11 o'clock", ["23:00"]),
        ("en", "In the evening, at 8, the jets turned back.", ["20:00"]),
        ("en", "in the afternoon, around 4 pm", ["16:00"]),
        # unchanged
        ("en", "The jets landed this morning at 10.", ["10:00"]),
        ("en", "in the evening at 9 two drones were seen", ["21:00"]),
        ("en", "tonight at 8 near the border", ["20:00"]),
        ("fr", "ce soir à 8 h", ["20:00"]),
        # a count or a measure after the number
        ("en", "This morning 3 Russian jets entered the zone.", []),
        ("en", "Overnight 12 drones crossed the border.", []),
        ("en", "In the evening 8 balloons drifted over the city.", []),
        ("fr", "Dans la nuit 12 drones ont franchi la frontière.", []),
        ("fr", "Ce matin 3 avions russes ont décollé.", []),
        ("en", "in the morning at 5 km from the border", []),
        ("fr", "ce matin à 10 kilomètres de la côte", []),
        ("en", "this evening around 8 drones", []),
        ("fr", "ce soir vers 8 drones", []),
        # three digits are a count as one digit is ("150", not 1:50)
        ("fr", "Pyongyang a lancé la veille au soir environ 150 ballons.", []),
        ("fr", "Dans la nuit 240 drones ont été lancés.", []),
        ("en", "they launched this evening around 150 balloons", []),
        ("en", "Overnight 240 drones were launched.", []),
        # an approximation that is no clock's, a sign other than a comma
        ("fr", "dans la soirée, environ 8 heures de vol", []),
        ("en", "In the morning, about 8 hours after the launch", []),
        ("en", "They left in the evening. At 8 drones a night, the tally grew.", []),
    ],
)
def test_daypart_then_clock(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value"),
    [
        ("en", "This morning 3 Russian jets entered the zone.", "aircraft", 3),
        ("fr", "Dans la nuit 12 drones ont franchi la frontière.", "aircraft", 12),
        ("en", "in the morning at 5 km from the border", "distance", 5000.0),
    ],
)
def test_the_count_or_measure_is_kept(lang: str, text: str, kind: str, value: float) -> None:
    import incidents

    found = [m for m in incidents.mentions(text, lang=lang) if m.kind == kind]
    got = [m.extra.get("count") if kind == "aircraft" else m.value for m in found]
    assert got == [value]
