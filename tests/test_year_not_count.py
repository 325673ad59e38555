"""A year in digits after the word for "in" opening an aircraft phrase is no count, in
the languages beyond English and French (the EN/FR table is
``tests/incident/year_before_aircraft.toml``)."""

from __future__ import annotations

import pytest

import incidents

ROWS: list[tuple[str, str, int | None]] = [
    ("it", "Nel 2023 aerei russi hanno violato tre volte lo spazio aereo lettone.", None),
    ("es", "En 2023 aviones rusos violaron tres veces el espacio aéreo letón.", None),
    ("pt", "Em 2023 aviões russos violaram o espaço aéreo da Letônia.", None),
    ("it", "Nel 2023 droni russi sono entrati nello spazio aereo romeno.", None),
    # negatives: the count told after the year, or no year at all
    ("it", "Nel 2023 due aerei russi hanno violato lo spazio aereo lettone.", 2),
    ("es", "En 2023 dos aviones rusos violaron el espacio aéreo letón.", 2),
    ("es", "Unos 20 drones rusos violaron el espacio aéreo polaco.", 20),
]


@pytest.mark.parametrize(("lang", "text", "count"), ROWS)
def test_year_not_count(lang: str, text: str, count: int | None) -> None:
    recs = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date="2025-03-14").incidents]
    assert [r["aircraft_count"] for r in recs] == [count]
