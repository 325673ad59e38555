"""One unit of time told with no count before it, then a part of another: "durante hora
y media" (Spanish and Portuguese leave the article out), "por hora e meia", "ora e
mezza", "minuto y medio", "hora y cuarto"; English and French say it with the article
("an hour and a half", "une heure et demie") and read the same. Times told so stay times
("a las diez y media", "à six heures et demie"); a part of one or more is none."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("es", "El dron sobrevoló la base durante hora y media.", [5400.0]),
        ("es", "permaneció hora y cuarto en el espacio aéreo", [4500.0]),
        ("es", "un vuelo de minuto y medio", [90.0]),
        ("pt", "O drone ficou no espaço aéreo por hora e meia.", [5400.0]),
        ("pt", "durante minuto e meio", [90.0]),
        ("it", "Il drone è rimasto in volo per ora e mezza.", [5400.0]),
        ("en", "The balloon drifted for an hour and a half.", [5400.0]),
        ("fr", "Le drone a survolé la zone pendant une heure et demie.", [5400.0]),
        # with a count, unchanged
        ("es", "durante una hora y media", [5400.0]),
        ("pt", "durante duas horas e meia", [9000.0]),
        # times of day stay times
        ("es", "a las diez y media", []),
        ("fr", "à six heures et demie", []),
        ("pt", "às dez e meia", []),
    ],
)
def test_unit_and_a_part(lang: str, text: str, seconds: list[float]) -> None:
    assert values_of(text, lang, "duration") == seconds
