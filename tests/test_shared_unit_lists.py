"""A list of amounts sharing one unit told after the last one ("at 500 and 800 metres",
"pendant deux et cinq minutes", "6, 8 and 12 km", "300 or 400 feet"): one mention per
amount, of the unit's kind, in SI, spanning the number alone for the items before the
last; a bound or a dimension told with the list is every item's. Ranges, sums of units,
numbers that read on ("vingt et une"), years, days, clock times and counts make none."""

from __future__ import annotations

import pytest

import incidents

_KINDS = ("distance", "duration", "speed")


def _measures(text: str, lang: str) -> list[tuple[str, float]]:
    return [
        (m.kind, round(float(m.value), 2)) for m in incidents.mentions(text, lang=lang) if m.kind in _KINDS
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # English
        ("The drones flew at 600 and 900 metres.", "en", [("distance", 600), ("distance", 900)]),
        (
            "They stayed for three and seven minutes respectively.",
            "en",
            [("duration", 180), ("duration", 420)],
        ),
        (
            "The balloons came down 4, 9 and 15 km from the border.",
            "en",
            [("distance", 4000), ("distance", 9000), ("distance", 15000)],
        ),
        ("It crossed at 2 and 6 km inside the zone.", "en", [("distance", 2000), ("distance", 6000)]),
        ("They cruised at 200 or 250 feet.", "en", [("distance", 60.96), ("distance", 76.2)]),
        ("The jets flew at 800 and 1,000 km/h.", "en", [("speed", 222.22), ("speed", 277.78)]),
        ("for 10 and 40 seconds", "en", [("duration", 10), ("duration", 40)]),
        ("at altitude of 300 and 450 metres", "en", [("distance", 300), ("distance", 450)]),
        # French
        ("Les drones volaient à 400 et 700 mètres.", "fr", [("distance", 400), ("distance", 700)]),
        (
            "Ils sont restés pendant respectivement trois et huit minutes.",
            "fr",
            [("duration", 180), ("duration", 480)],
        ),
        (
            "Les ballons sont tombés à 2,5 et 6 kilomètres de la frontière.",
            "fr",
            [("distance", 2500), ("distance", 6000)],
        ),
        ("à 150 et 300 mètres d'altitude", "fr", [("distance", 150), ("distance", 300)]),
        ("Les avions volaient à 600 ou 750 km/h.", "fr", [("speed", 166.67), ("speed", 208.33)]),
        ("sur 3, 5 et 8 km", "fr", [("distance", 3000), ("distance", 5000), ("distance", 8000)]),
    ],
)
def test_each_item_is_a_measure(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "spans"),
    [
        ("at 500 and 800 metres", "en", ["500", "800 metres"]),
        ("à 200 et 350 mètres d'altitude", "fr", ["200", "350 mètres d'altitude"]),
        ("6, 8 and 12 km", "en", ["6", "8", "12 km"]),
    ],
)
def test_each_item_spans_its_own_words(text: str, lang: str, spans: list[str]) -> None:
    assert [m.text for m in incidents.mentions(text, lang=lang) if m.kind == "distance"] == spans


def test_the_bound_and_the_dimension_are_every_items() -> None:
    got = incidents.mentions("up to 2 and 3 km", lang="en")
    assert [(m.value, m.bound) for m in got] == [(2000.0, "max"), (3000.0, "max")]
    got = incidents.mentions("à 200 et 350 mètres d'altitude", lang="fr")
    assert [m.extra.get("dim") for m in got] == ["altitude", "altitude"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("between 2 and 3 km", "en", [("distance", 3000)]),
        ("2 to 3 km", "en", [("distance", 3000)]),
        ("entre 2 et 3 km", "fr", [("distance", 3000)]),
        ("2 à 3 km", "fr", [("distance", 3000)]),
        ("in 2019 and 2020", "en", []),
        ("two and a half minutes", "en", [("duration", 150)]),
        ("1 hour and 30 minutes", "en", [("duration", 5400)]),
        ("2 hours and twenty", "en", [("duration", 8400)]),
        ("vingt et une minutes", "fr", [("duration", 1260)]),
        ("pendant soixante et onze minutes", "fr", [("duration", 4260)]),
        ("at 10:00 and 11:00", "en", []),
        ("3 drones and 5 km", "en", [("distance", 5000)]),
        ("on 3 and 5 May", "en", []),
        ("two and three drones", "en", []),
        ("in 2019, 3 and 5 km", "en", [("distance", 3000), ("distance", 5000)]),
        ("à 2 et 3 heures", "fr", []),  # two times of day (tests/test_listed_hours.py)
        ("Entró a las 8 y 20 minutos.", "es", []),
        ("alle 4 e 10 minuti", "it", []),
    ],
)
def test_no_list(text: str, lang: str, expected: list[tuple[str, float]]) -> None:
    assert _measures(text, lang) == expected


def test_at_before_the_list_is_no_time() -> None:
    assert [m.kind for m in incidents.mentions("at 500 and 800 metres", lang="en")] == [
        "distance",
        "distance",
    ]
    assert [m.kind for m in incidents.mentions("à 200 et 350 mètres", lang="fr")] == ["distance", "distance"]
