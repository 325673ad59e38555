"""An altitude told with an adjective of estimate between its noun and its number
("a una altura aproximada de 300 metros", "a uma altitude aproximada de", "a una quota
approssimativa di") is an altitude, not a depth (lexicon data: [altitude_cue])."""

from __future__ import annotations

import pytest

import incidents

ROWS: list[tuple[str, str, float | None, float | None]] = [
    ("es", "Un helicóptero sobrevoló territorio colombiano a una altura aproximada de 300 m.", None, 300),
    ("es", "Un dron entró en el espacio aéreo polaco a una altitud estimada de 2 km.", None, 2000),
    ("pt", "Um drone entrou no espaço aéreo polaco a uma altitude aproximada de 500 m.", None, 500),
    ("it", "Un drone è entrato nello spazio aereo polacco a una quota approssimativa di 800 m.", None, 800),
    # negatives: a depth stays a depth
    ("es", "Un dron ruso penetró unos 3 kilómetros en el espacio aéreo polaco.", 3000, None),
    ("pt", "Um drone russo penetrou cerca de 4 quilómetros no espaço aéreo polaco.", 4000, None),
    # controls
    ("en", "A Russian drone entered Polish airspace at an altitude of about 300 metres.", None, 300),
    ("fr", "Un drone est entré dans l'espace aérien polonais à une altitude d'environ 300 m.", None, 300),
]


@pytest.mark.parametrize(("lang", "text", "depth", "altitude"), ROWS)
def test_altitude_approximate(lang: str, text: str, depth: float | None, altitude: float | None) -> None:
    recs = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date="2025-05-16").incidents]
    assert [(r["depth_m"], r["altitude_m"]) for r in recs] == [(depth, altitude)]
