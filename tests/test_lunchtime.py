"""A part of the day about noon ("at lunchtime", "à l'heure du déjeuner"; daypart key
"midday"): an hour from 1 to 5 told with it is in the afternoon, one from 6 to 12 is
as told ("at lunchtime at 11" is 11:00, never 23:00 as an evening hour would be).
Noon itself ("at midday", "à midi", "vers midi trente") stays the named time."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "hhmm"),
    [
        ("en", "The drone came back at lunchtime at 11.", ["11:00"]),
        ("en", "It was spotted at 1 at lunchtime.", ["13:00"]),
        ("en", "They took off at 2 at lunchtime.", ["14:00"]),
        ("en", "Seen at lunch time at 12:30.", ["12:30"]),
        ("fr", "Le drone est revenu à 1 heure à l'heure du déjeuner.", ["13:00"]),
        ("fr", "Il est passé à 2 heures à l'heure de déjeuner.", ["14:00"]),
        # noon itself
        ("en", "The jet landed at midday.", ["12:00"]),
        ("fr", "L'avion a atterri à midi.", ["12:00"]),
        ("fr", "Le ballon est passé vers midi trente.", ["12:30"]),
        ("fr", "à midi et demi", ["12:30"]),
        ("fr", "À midi, deux drones sont apparus.", ["12:00"]),
        ("en", "The drone crashed at lunchtime.", []),
    ],
)
def test_lunchtime(lang: str, text: str, hhmm: list[str]) -> None:
    assert values_of(text, lang, "time") == hhmm
