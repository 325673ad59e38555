"""Minutes are taken off or added to a whole hour only ("ten to nine", "at 20 to 8 pm",
"five past eight"): a number before "to" and a clock that has minutes is the start of
a range ("from 9 to 9:30 pm" is 21:00 to 21:30, not nine minutes to 21:30); a bare
number starts a range of the day after "from"/"between" where the clock after it says
am or pm ("between 11 and 11:45 a.m."), and stays a number otherwise ("from 10 to
10:20", "de 10 à 10h20")."""

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
        ("en", "The jets circled from 9 to 9:30 pm.", [("21:00", "21:30")]),
        ("en", "Drones were seen between 9 and 9:30 pm.", [("21:00", "21:30")]),
        ("en", "The balloon drifted between 11 and 11:45 a.m.", [("11:00", "11:45")]),
        ("en", "The patrol ran 7 to 7:40 pm.", [("19:40", None)]),
        # minutes to and past a whole hour
        ("en", "The jet crossed at ten to nine.", [("08:50", None)]),
        ("en", "The jet crossed at 20 to 8 pm.", [("19:40", None)]),
        ("en", "The drone fell at 10 to midnight.", [("23:50", None)]),
        ("en", "The drone fell at five past eight.", [("08:05", None)]),
        # no am or pm: a number, then a time
        ("en", "It flew from 10 to 10:20.", [("10:20", None)]),
        ("fr", "Il a volé de 10 à 10h20.", [("10:20", None)]),
        ("fr", "Ils ont tourné de 9 à 9 h 30 du soir.", [("21:00", "21:30")]),
    ],
)
def test_clock_ranges(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _times(text, lang) == expected
