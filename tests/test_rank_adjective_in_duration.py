"""An adjective of rank or place in time between a count and its unit of time does not
change the amount: "les trois dernières heures" is three hours, "les 48 prochaines
heures" two days, "les cinq premières minutes" five minutes (fr.toml [dur_extra] told;
before: a bare number). English puts the adjective before the count, which already
read ("the last three hours"). Before a noun that is no unit of time the count stays a
number ("les deux derniers drones")."""

from __future__ import annotations

import pytest

from tests.phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le radar a suivi l'appareil pendant les trois dernières heures.", [10800.0]),
        ("fr", "Aucun vol n'est prévu dans les 48 prochaines heures.", [172800.0]),
        ("fr", "Le drone a tourné les cinq premières minutes au-dessus du port.", [300.0]),
        ("fr", "Ces deux derniers jours, la ville a été survolée.", [172800.0]),
        ("fr", "Les deux derniers drones sont tombés dans un champ.", []),
        ("en", "The radar tracked it over the last three hours.", [10800.0]),
        ("en", "No flight is planned in the next 48 hours.", [172800.0]),
        ("en", "It circled for the first five minutes over the port.", [300.0]),
        ("en", "The last two drones fell into a field.", []),
    ],
)
def test_rank_adjective_in_duration(lang: str, text: str, expected: list[float]) -> None:
    assert values_of(text, lang, "duration") == expected
