"""In a language without articles ([article_style] unmarked: Polish, Russian,
Ukrainian), a generic word with no count ("Maszyny", "Воздушные суда", "Повітряні
судна") that refers back to a counted group takes the group's count, as "the aircraft"
and "les appareils" do in English and French (controls)."""

from __future__ import annotations

import pytest

import incidents

ROWS: list[tuple[str, str, list[int | None]]] = [
    (
        "pl",
        "Dwa białoruskie śmigłowce Mi-8 zauważono w poniedziałek przy granicy. Maszyny wleciały "
        "na 2 km w głąb terytorium Polski.",
        [2],
    ),
    (
        "ru",
        "Три вертолёта Ми-24 были замечены во вторник у границы. Воздушные суда залетели на "
        "территорию Грузии на 4 км.",
        [3],
    ),
    (
        "uk",
        "Два гелікоптери Мі-8 помітили в понеділок біля кордону. Повітряні судна залетіли на "
        "територію України на 5 км.",
        [2],
    ),
    # negatives: no group before it; a count of its own
    ("ru", "Воздушные суда залетели на территорию Грузии на 4 км.", [None]),
    (
        "pl",
        "Dwa śmigłowce Mi-8 zauważono przy granicy. Trzy maszyny wleciały na 2 km w głąb terytorium Polski.",
        [3],
    ),
    # controls
    (
        "en",
        "Two Belarusian Mi-8 helicopters were seen near the border on Monday. The helicopters "
        "flew 2 km into Polish territory.",
        [2],
    ),
    (
        "fr",
        "Deux hélicoptères Mi-8 ont été repérés lundi près de la frontière. Les appareils sont "
        "entrés de 5 km dans le territoire ukrainien.",
        [2],
    ),
]


@pytest.mark.parametrize(("lang", "text", "counts"), ROWS)
def test_bare_generic(lang: str, text: str, counts: list[int | None]) -> None:
    recs = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date="2025-03-14").incidents]
    assert [r["aircraft_count"] for r in recs] == counts
