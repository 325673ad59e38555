"""An hour in digits followed by the English word "hours" ("hrs") is a time of day
after "at" where more than the word tells it: bare minutes after it ("at 07 hours 30",
"at 13 hrs 20"), a zero before it ("at 09 hours"), a zone or "local time" after it
("at 16 hours GMT"); ``TimeT._hours_word``. "at 14 hours" alone, "stood at 13 hours",
minutes with their own unit ("at 2 hours 10 minutes into the flight") and a count
after the hour stay durations. French "heures" was read already."""

from __future__ import annotations

import pytest

import incidents


def kinds(text: str, lang: str) -> list[tuple[str, object]]:
    return [(m.kind, m.value) for m in incidents.mentions(text, lang=lang) if m.kind in ("time", "duration")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The intruder was detected at 06 hours 45 near the dam.", [("time", "06:45")]),
        ("en", "At 21 hrs 10 the fighters took off.", [("time", "21:10")]),
        ("en", "The drone was downed at 08 hours.", [("time", "08:00")]),
        ("en", "Contact was lost at 17 hours GMT.", [("time", "17:00")]),
        ("en", "It landed at 11 hrs local time.", [("time", "11:00")]),
        ("fr", "Le drone a été détecté à 06 heures 45.", [("time", "06:45")]),
        ("fr", "Le contact a été perdu à 17 heures GMT.", [("time", "17:00")]),
        # how long, not when
        ("en", "The patrol was capped at 12 hours.", [("duration", 43200.0)]),
        ("en", "Its endurance stood at 15 hours.", [("duration", 54000.0)]),
        ("en", "At 3 hours 15 minutes into the sortie the engine failed.", [("duration", 11700.0)]),
        ("en", "The watch lasted 9 hours 30.", [("duration", 34200.0)]),
        ("fr", "La veille a duré 9 heures 30.", [("duration", 34200.0)]),
    ],
)
def test_at_hours_word_clock(lang: str, text: str, expected: list[tuple[str, object]]) -> None:
    assert kinds(text, lang) == expected
