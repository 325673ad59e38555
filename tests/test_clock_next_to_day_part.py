"""A clock that does not tell its half of the day ("at 8:20", "à 9 heures") right next
to a day told with its part ("last night", "yesterday evening", "on Friday night",
"hier soir", "dimanche soir"), on either side, only spaces or a comma between, is read
in that part (``Parser._part_of_day_told``): "at 8:20 last night" is 20:20. A clock that
tells its half ("8 a.m.", "08:20", "20 h"), a morning, a day with no part, or a day
farther away leave it as written."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The balloon crossed the line at 7:40 last night.", ["19:40"]),
        ("en", "Radar picked it up at 10 yesterday evening.", ["22:00"]),
        ("en", "Two drones came over the port at 9.15 on Saturday night.", ["21:15"]),
        ("en", "Yesterday afternoon at 4 the jet turned back.", ["16:00"]),
        ("en", "On Sunday evening, at about 6:30, sirens sounded.", ["18:30"]),
        ("fr", "Le ballon a franchi la ligne à 7 h 40 hier soir.", ["19:40"]),
        ("fr", "Un drone est apparu vers 10 heures jeudi soir.", ["22:00"]),
        ("fr", "Hier après-midi à 4 h, l'avion a fait demi-tour.", ["16:00"]),
        ("fr", "Samedi soir, vers 9 h 15, les sirènes ont retenti.", ["21:15"]),
        ("fr", "L'engin a été abattu à 11 heures la nuit dernière.", ["23:00"]),
        # the clock tells its half, a morning, no part told, or a sentence between
        ("en", "The balloon crossed at 7:40 a.m. last night.", ["07:40"]),
        ("en", "The jet turned back at 07:40 yesterday evening.", ["07:40"]),
        ("en", "It crossed at 7 on Saturday morning.", ["07:00"]),
        ("en", "It crossed at 7 on Saturday.", ["07:00"]),
        ("fr", "Le drone est passé à 8 h dimanche matin.", ["08:00"]),
        ("fr", "Le drone est passé à 20 h 10 hier soir.", ["20:10"]),
        ("fr", "Le drone est passé à 8 h. Hier soir, rien.", ["08:00"]),
    ],
)
def test_clock_next_to_day_part(lang: str, text: str, expected: list[str]) -> None:
    found = [m.value for m in incidents.mentions(text, lang=lang) if m.kind == "time"]
    assert found == expected


def test_the_mark_is_not_given_out() -> None:
    (m,) = [m for m in incidents.mentions("at 7:40 on Friday", lang="en") if m.kind == "time"]
    assert "half_day_open" not in m.extra
