"""A blocking word (an exit: Spanish "hacia", towards) inside a time or a date between
a verb of crossing and its goal blocks nothing: "hacia las 9.15" is "at about 9:15".
Spanish rows fail without the rule; English and French rows are controls."""

from __future__ import annotations

import pytest

import incidents

ROWS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("es", "Un dron sobrevoló, hacia las 9.15, la localidad colombiana de Cúcuta.", [("CO", "09:15")]),
    (
        "es",
        "Un helicóptero venezolano ingresó hacia las 16.40 en el espacio aéreo colombiano.",
        [("CO", "16:40")],
    ),
    (
        "es",
        "Dos aviones rusos penetraron el martes, hacia las 11 de la mañana, en el espacio aéreo finlandés.",
        [("FI", "11:00")],
    ),
    # negatives: a way back is still one, a time before it or not
    ("es", "El dron cruzó el río y regresó hacia las 9.15 al espacio aéreo venezolano.", []),
    ("es", "El avión volvió hacia territorio venezolano sin entrar en el espacio aéreo colombiano.", []),
    # controls
    ("en", "A drone flew, at about 9:15, over the Colombian town of Cucuta.", [("CO", "09:15")]),
    ("en", "The drone turned back at about 9:15 to Venezuelan airspace.", []),
    ("fr", "Un drone a survolé, vers 9 h 15, la ville colombienne de Cúcuta.", [("CO", "09:15")]),
    ("fr", "Le drone est retourné vers 9 h 15 dans l'espace aérien vénézuélien.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), ROWS)
def test_cue_in_time(lang: str, text: str, want: list[tuple[str | None, str | None]]) -> None:
    recs = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date="2025-05-16").incidents]
    assert [(r["violated_state"], r["time"]) for r in recs] == want
