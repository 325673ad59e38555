"""Hours and minutes with no "at" right after a verb of staying ([for_style] stay: "le
drone est resté 2 h 30 dans la zone", "the balloon hovered 1h45 over the port") or right
before a word of later or earlier ([for_style] later: "1 h 20 plus tard", "about 2h15
later") are how long, not a time of day. With "à"/"at" or "jusqu'à" they stay times;
a bare heading time ("Samedi, 2 h 30 : ...") stays one."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "duration", "time"),
    [
        ("fr", "L'hélicoptère est resté 1 h 40 au-dessus du lac.", [6000.0], []),
        ("fr", "les deux avions sont restés 3 h 05 dans la zone", [11100.0], []),
        ("fr", "Le ballon a tourné 2 h 10 au-dessus de la base.", [7800.0], []),
        ("fr", "L'appareil est demeuré 1 h dans le secteur.", [3600.0], []),
        ("fr", "Un second drone est apparu 1 h 20 plus tard.", [4800.0], []),
        ("en", "The drone stayed 1 h 40 above the lake.", [6000.0], []),
        ("en", "the balloon hovered 1h45 over the port", [6300.0], []),
        ("en", "A second aircraft appeared about 2h15 later.", [8100.0], []),
        # unchanged: a lead makes a time
        ("fr", "L'hélicoptère est resté jusqu'à 1 h 40.", [], ["01:40"]),
        ("fr", "Il est resté. À 1 h 40, il est reparti.", [], ["01:40"]),
        ("fr", "Samedi, 2 h 30 : un drone a franchi la frontière.", [], ["02:30"]),
        ("en", "The drone stayed until 1h40.", [], ["01:40"]),
        ("en", "The jets took off at 2h15 later that night.", [], ["02:15"]),
    ],
)
def test_hours_of_a_stay(lang: str, text: str, duration: list[float], time: list[str]) -> None:
    assert values_of(text, lang, "duration") == duration
    assert values_of(text, lang, "time") == time
