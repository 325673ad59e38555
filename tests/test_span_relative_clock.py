"""A span of the day one of whose clocks is told as minutes past or to the hour:
"between half past nine and ten" is 09:30 to 10:00, "between ten and half past ten"
10:00 to 10:30, "between a quarter to ten and eleven" 09:45 to 11:00 (``TimeT.clock_past``
and ``clock_to`` in the first slot of ``between_pair``, their hour one number; the
relative clock marks the span). Before: the first clock alone, the second a count, or
no time at all. French "moins le quart" spans were read already; a count after the
span's end stays a count."""

from __future__ import annotations

import pytest

import incidents


def spans(text: str, lang: str) -> list[tuple[object, object]]:
    return [(m.value, m.extra.get("end")) for m in incidents.mentions(text, lang=lang) if m.kind == "time"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The lights hovered between half past eight and nine.", [("08:30", "09:00")]),
        ("en", "Between a quarter to six and seven the radar was jammed.", [("05:45", "07:00")]),
        ("en", "It circled between eleven and half past eleven.", [("11:00", "11:30")]),
        ("en", "between ten past four and five in the afternoon", [("16:10", "17:00")]),
        ("en", "from 2 to a quarter past 2 the runway was shut", [("02:00", "02:15")]),
        ("fr", "Il a tourné entre huit heures moins le quart et neuf heures.", [("07:45", "09:00")]),
        ("fr", "entre 7 h et 8 h moins le quart", [("07:00", "07:45")]),
        ("fr", "de neuf heures moins dix à dix heures", [("08:50", "10:00")]),
        # a count after the clock told first, no span
        ("en", "At half past eight, nine drones were seen.", [("08:30", None)]),
        ("en", "Between half past eight and nine drones were launched.", [("08:30", None)]),
        ("fr", "À huit heures et demie, neuf drones ont été vus.", [("08:30", None)]),
    ],
)
def test_span_relative_clock(lang: str, text: str, expected: list[tuple[object, object]]) -> None:
    assert spans(text, lang) == expected
