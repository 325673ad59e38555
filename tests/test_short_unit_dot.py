"""The dot of a unit written short ("min.", "sec.", "hrs.", the lexicon's ``[unit_style]
short`` forms, glued to the unit) ends no sentence inside a duration: "5 min. 20 sec."
is 320 s, one duration. After the dot only a smaller unit goes on ("20 sec. 5 min."
stays two), a bare number opens what follows ("5 min. 20 drones"), and a unit written
in full ends its sentence ("5 minutes. 20 seconds later")."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("en", "The intrusion lasted 5 min. 20 sec. according to radar.", [320.0]),
        ("en", "Total time inside: 1 hr. 40 min.", [6000.0]),
        ("en", "The jet loitered 3 mins. 15 secs. over the island.", [195.0]),
        ("fr", "Le survol a duré 4 min. 30 s selon l'état-major.", [270.0]),
        ("fr", "Durée de la violation : 2 hrs. 10 min.", [7800.0]),
        ("fr", "Le drone est resté 7 mn. 45 s au-dessus de la ville.", [465.0]),
        # the dot ends the phrase
        ("en", "It lasted 5 min. 20 drones followed.", [300.0]),
        ("en", "It lasted 20 sec. 5 min. later another jet came.", [20.0, 300.0]),
        ("en", "It lasted 5 minutes. 20 seconds later the jet was gone.", [300.0, 20.0]),
        ("fr", "Le drone a tourné 6 min. 12 chasseurs ont décollé.", [360.0]),
    ],
)
def test_short_unit_dot(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds
