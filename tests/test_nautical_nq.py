"""French writes the nautical mile "Nq" (for "nautique") as well as "NM": "à 5 Nq de
la côte" is 9,260 m, no time "à 5" (lexicon fr ``u_length`` nautical_mile). The letters
alone, or after no number, are no distance."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "expected", "times"),
    [
        ("Le chasseur est passé à 5 Nq de la côte.", [9260.0], []),
        ("Le drone volait à 3,5 nq de la frégate.", [6482.0], []),
        ("L'appareil est resté entre 2 et 4 Nq au large.", [7408.0], []),
        ("à 12 NQ des côtes, vers 14 h", [22224.0], ["14:00"]),
        # no number before the letters: no distance
        ("Le code Nq figure sur la carte.", [], []),
        ("Il est arrivé à 5 heures.", [], ["05:00"]),
    ],
)
def test_nautical_nq(text: str, expected: list[float], times: list[str]) -> None:
    found = incidents.mentions(text, lang="fr")
    assert [round(m.value, 1) for m in found if m.kind == "distance"] == expected
    assert [m.value for m in found if m.kind == "time"] == times
