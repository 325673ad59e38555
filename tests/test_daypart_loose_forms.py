"""Parts of the day after an hour written loosely in French, the article left out or of
the other gender ("9 de soir", "9 du soirée", "9 dans le soirée", "9 de matin", "9 du
matinée", "3 d'après-midi", colloquial "de l'aprem"): read as "du soir", "du matin",
"de l'après-midi" are. "de soirée" and "de matinée" are left out: "trois heures de
soirée dansante", "deux heures de matinée" are how long."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "times", "seconds"),
    [
        ("C'est 9 de soir.", ["21:00"], []),
        ("Il est revenu à 9 du soirée.", ["21:00"], []),
        ("C'est 10 dans le soirée", ["22:00"], []),
        ("C'est 9 de matin.", ["09:00"], []),
        ("à 8 du matinée", ["08:00"], []),
        ("Il est rentré à 3 d'après-midi.", ["15:00"], []),
        ("à 3 heures de l'aprem", ["15:00"], []),
        ("à 9 h de soir", ["21:00"], []),
        # unchanged
        ("à 9 heures du soir", ["21:00"], []),
        # how long
        ("trois heures de soirée dansante", [], [10800.0]),
        ("deux heures de matinée", [], [7200.0]),
    ],
)
def test_daypart_loose_forms(text: str, times: list[str], seconds: list[float]) -> None:
    assert values_of(text, "fr", "time") == times
    assert values_of(text, "fr", "duration") == seconds
