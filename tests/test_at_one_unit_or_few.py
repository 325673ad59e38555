"""A span of approximation told by "or" ("a mile or two", "une minute ou deux") keeps its
reading after "at"/"à": "at a kilometre or two from the shore", "à une minute ou deux de
vol" are spans, no amount and a stray count; "à une heure ou deux" is no duration ("at"
before hours tells a time of day), and "à 300 mètres ou 400" no span."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "lang", "kind", "expected"),
    [
        ("It turned back at a mile or two from the shore.", "en", "distance", [(3218.688, 1609.344)]),
        ("the drone hovered at a metre or two above the deck", "en", "distance", [(2.0, 1.0)]),
        ("it came down at a kilometre or two inland", "en", "distance", [(2000.0, 1000.0)]),
        ("Le drone s'est posé à un kilomètre ou deux de la piste.", "fr", "distance", [(2000.0, 1000.0)]),
        ("à un mètre ou deux du pont", "fr", "distance", [(2.0, 1.0)]),
        ("la base est à une minute ou deux de vol", "fr", "duration", [(120.0, 60.0)]),
        ("à 300 mètres ou 400", "fr", "distance", [(300.0, None)]),
        ("Le départ est prévu à une heure ou deux.", "fr", "duration", []),
        ("at 300 metres or 400", "en", "distance", [(300.0, None)]),
    ],
)
def test_at_one_unit_or_few(text: str, lang: str, kind: str, expected: list[tuple[float, object]]) -> None:
    found = [
        (round(m.value, 3), None if m.low is None else round(m.low, 3))
        for m in incidents.mentions(text, lang=lang)
        if m.kind == kind and isinstance(m.value, float)
    ]
    assert found == expected
