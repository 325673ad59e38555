"""A month told alone after a word of "since" or "after" ([date_style] month_after:
"since September", "depuis septembre", "seit Mai", "desde marzo") is a date, as after
"in": the most recent such month (the reference date's year, or the year before when the
month is still to come). "until September" (which may be ahead) and a month alone with
no such word ("September was calm") stay no date."""

from __future__ import annotations

import pytest

import incidents

REF = "2026-03-10"


def _dates(text: str, lang: str) -> list[tuple[str, object]]:
    found = incidents.mentions(text, lang=lang, reference_date=REF)
    return [(m.text, m.value) for m in found if m.kind == "date"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Since September, when nineteen drones came over, the base is on alert.",
            [("September", "2025-09-01")],
        ),
        ("en", "Patrols have doubled since February.", [("February", "2026-02-01")]),
        ("en", "After October the balloons stopped coming.", [("October", "2025-10-01")]),
        ("en", "Since March, four intrusions were logged.", [("March", "2026-03-01")]),
        ("fr", "Depuis septembre, dix-neuf drones ont franchi la frontière.", [("septembre", "2025-09-01")]),
        ("fr", "Les survols se sont multipliés depuis janvier.", [("janvier", "2026-01-01")]),
        ("fr", "Après novembre, les ballons ont cessé.", [("novembre", "2025-11-01")]),
        ("fr", "Dès février, la défense aérienne a été renforcée.", [("février", "2026-02-01")]),
        ("de", "Seit Oktober wurden zwölf Drohnen gemeldet.", [("Oktober", "2025-10-01")]),
        ("es", "Desde diciembre se han registrado cinco incursiones.", [("diciembre", "2025-12-01")]),
        ("it", "Dopo gennaio sono stati avvistati sei droni.", [("gennaio", "2026-01-01")]),
        # Italian "da" is no word of since here (no SINCE_CUE: "da parte di"): "da
        # gennaio" stays a phrase of a period (BACKGROUND_CUE), no date
        ("it", "Da ottobre sono stati avvistati sei droni.", []),
        ("pt", "Desde agosto foram detetados sete drones.", [("agosto", "2025-08-01")]),
        ("ru", "С сентября зафиксировано девять нарушений.", [("сентября", "2025-09-01")]),
        ("uk", "З жовтня зафіксовано вісім порушень.", [("жовтня", "2025-10-01")]),
        # no word of since or after: a month alone is no date
        ("en", "September was calm along the border.", []),
        ("en", "The watch lasts until September.", []),
        ("fr", "Septembre a été calme à la frontière.", []),
        ("fr", "La mission dure jusqu'à septembre.", []),
    ],
)
def test_month_after_lead(lang: str, text: str, expected: list[tuple[str, object]]) -> None:
    assert _dates(text, lang) == expected
