"""A count told after the aircraft ([ac_numbered] of each language): "des drones, au
nombre de trois", "des avions au nombre de quatre", "the drones, three in number". The
word comes before the number ("au nombre de", "en número de") or, set off by a comma,
after it ("in number"). It counts aircraft whose phrase told no number; a phrase that
told one keeps it ("deux drones, au nombre de trois" is no count of three), and a count
set off by another sign than a comma, or a word on the wrong side, is none.

Also a designator the lexicon lacked ("Dash-8"), which left "a US Coast Guard Dash-8"
with no aircraft and no count.
"""

from __future__ import annotations

import pytest

import incidents

REF = "2025-06-01"

COUNTED = [
    ("fr", "Des drones, au nombre de trois, ont violé l'espace aérien polonais lundi.", 3, "drone"),
    (
        "fr",
        "Les appareils russes, au nombre de quatre, ont pénétré dans l'espace aérien estonien mardi.",
        4,
        None,
    ),
    ("fr", "Des hélicoptères biélorusses au nombre de deux ont survolé la Pologne jeudi.", 2, "helicopter"),
    ("en", "The drones, three in number, violated Polish airspace on Monday.", 3, "drone"),
    ("en", "Russian helicopters, two in number, crossed into Estonian airspace on Sunday.", 2, "helicopter"),
    (
        "en",
        "Belarusian balloons, twelve in number, drifted into Lithuanian airspace on Friday.",
        12,
        "balloon",
    ),
    ("es", "Drones rusos, en número de tres, violaron el espacio aéreo polaco el lunes.", 3, "drone"),
    ("it", "Droni russi, in numero di tre, hanno violato lo spazio aereo polacco lunedì.", 3, "drone"),
    ("en", "A US Coast Guard Dash-8 entered Chinese airspace on Monday.", 1, "airplane"),
    (
        "fr",
        "Un Dash-8 de la garde côtière américaine a pénétré dans l'espace aérien chinois lundi.",
        1,
        "airplane",
    ),
]


@pytest.mark.parametrize(("lang", "text", "count", "category"), COUNTED)
def test_count_after_aircraft(lang: str, text: str, count: int, category: str | None) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert len(found) == 1
    rec = found[0].to_dict()
    assert rec["aircraft_count"] == count
    if category:
        assert rec["aircraft_category"] == category


NOT_COUNTED = [
    # a count told before stays
    ("fr", "Deux drones, au nombre de trois, ont survolé la Pologne lundi.", 2),
    ("en", "Two drones, three in number, violated Polish airspace on Monday.", 2),
    # set off by another sign, or no comma before a count whose word follows it
    ("fr", "Des drones ; au nombre de trois, ont violé l'espace aérien polonais lundi.", None),
    ("en", "The drones three in number violated Polish airspace on Monday.", None),
    # a vague number
    ("fr", "Des drones, au nombre de plusieurs dizaines, ont violé l'espace aérien polonais lundi.", None),
]


@pytest.mark.parametrize(("lang", "text", "count"), NOT_COUNTED)
def test_no_count_after(lang: str, text: str, count: int | None) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert len(found) == 1
    assert found[0].to_dict()["aircraft_count"] == count
