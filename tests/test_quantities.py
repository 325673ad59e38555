"""Distances and durations: exact SI values, bounds and ranges, FR and EN."""

from __future__ import annotations

import pytest

from incidents.api import mentions


def kind(text: str, lang: str, k: str) -> list:
    return [m for m in mentions(text, lang) if m.kind == k]


SAME_DISTANCE = {
    1500.0: [
        ("fr", "1,5 km"),
        ("fr", "1,5 kilomètre"),
        ("fr", "un kilomètre et demi"),
        ("fr", "1 500 mètres"),
        ("fr", "1 km 500"),
        ("en", "1.5 km"),
        ("en", "one and a half kilometres"),
        ("en", "1,500 metres"),
        ("en", "1 km 500 m"),
    ],
    1852.0: [("en", "1 NM"), ("en", "one nautical mile"), ("fr", "un mille nautique"), ("fr", "1 nm")],
    3704.0: [("fr", "2 milles nautiques"), ("en", "2 nautical miles"), ("en", "2 NM")],
    3048.0: [("en", "10,000 feet"), ("fr", "10 000 pieds"), ("en", "10000 ft")],
    10668.0: [("en", "FL350"), ("fr", "au niveau de vol FL 350")],
    1609.344: [("en", "one mile"), ("en", "1 mi")],
}


@pytest.mark.parametrize(
    ("expected", "lang", "text"),
    [(exp, lang, text) for exp, rows in SAME_DISTANCE.items() for lang, text in rows],
)
def test_distance_phrasings(expected: float, lang: str, text: str) -> None:
    values = [m.value for m in kind(text, lang, "distance")]
    assert any(abs(v - expected) < 1e-6 for v in values), values


BOUNDS = [
    ("fr", "jusqu'à 300 mètres", 300.0, "max", None),
    ("en", "up to 6 km", 6000.0, "max", None),
    ("fr", "plus de 2 km", 2000.0, "min", None),
    ("en", "more than 2 kilometres", 2000.0, "min", None),
    ("fr", "environ 5 km", 5000.0, "approx", None),
    ("en", "about 5 km", 5000.0, "approx", None),
    ("fr", "2 à 3 km", 3000.0, "range", 2000.0),
    ("fr", "entre 2 et 3 km", 3000.0, "range", 2000.0),
    ("en", "between 2 and 3 km", 3000.0, "range", 2000.0),
    ("en", "3-5 km", 5000.0, "range", 3000.0),
]


@pytest.mark.parametrize(("lang", "text", "value", "bound", "low"), BOUNDS)
def test_distance_bounds(lang: str, text: str, value: float, bound: str, low: float | None) -> None:
    (m,) = kind(text, lang, "distance")
    assert (m.value, m.bound, m.low) == (value, bound, low)


SAME_DURATION = {
    120.0: [("fr", "pendant deux minutes"), ("fr", "2 min"), ("en", "for two minutes"), ("en", "2 mins")],
    90.0: [
        ("fr", "1 min 30 s"),
        ("fr", "une minute et demie"),
        ("en", "a minute and a half"),
        ("en", "1 minute and 30 seconds"),
        ("en", "one and a half minutes"),
    ],
    5400.0: [
        ("fr", "une heure et demie"),
        ("en", "1 hour thirty"),
        ("en", "an hour and a half"),
        ("fr", "pendant 1 h 30 min"),
    ],
    900.0: [("fr", "un quart d'heure"), ("en", "a quarter of an hour"), ("en", "15 minutes")],
    7200.0: [("fr", "pendant 2 heures"), ("fr", "deux heures"), ("en", "for 2 hours")],
}


@pytest.mark.parametrize(
    ("expected", "lang", "text"),
    [(exp, lang, text) for exp, rows in SAME_DURATION.items() for lang, text in rows],
)
def test_duration_phrasings(expected: float, lang: str, text: str) -> None:
    values = [m.value for m in kind(text, lang, "duration")]
    assert expected in values, values


def test_less_than_a_minute_is_a_max_bound() -> None:
    (m,) = kind("for less than a minute", "en", "duration")
    assert (m.value, m.bound) == (60.0, "max")
    (m,) = kind("pendant moins d'une minute", "fr", "duration")
    assert (m.value, m.bound) == (60.0, "max")


def test_vague_count_is_an_approximate_duration() -> None:
    (m,) = kind("une quinzaine de minutes", "fr", "duration")
    assert (m.value, m.bound) == (900.0, "approx")
    (m,) = kind("for a few minutes", "en", "duration")
    assert (m.value, m.bound, m.extra.get("vague")) == (180.0, "approx", True)


def test_same_unit_twice_is_two_distances() -> None:
    assert [m.value for m in kind("1 m 1 m", "en", "distance")] == [1.0, 1.0]


def test_capital_m_is_million_not_metres() -> None:
    assert kind("3M", "en", "distance") == []
    assert [m.value for m in kind("3M", "en", "number")] == [3_000_000]


def test_code_is_no_range() -> None:
    assert kind("scp2-173m", "en", "distance") == []


@pytest.mark.parametrize(
    ("text", "lang", "metres", "bound"),
    [
        ("à une altitude de plus de 18 000 mètres", "fr", 18000.0, "min"),
        ("a pénétré de plus de 2 milles nautiques", "fr", 3704.0, "min"),
        ("flying at more than 30,000 feet", "en", 9144.0, "min"),
    ],
)
def test_bound_after_a_preposition_is_kept(text: str, lang: str, metres: float, bound: str) -> None:
    (m,) = kind(text, lang, "distance")
    assert (m.value, m.bound) == (pytest.approx(metres), bound)


@pytest.mark.parametrize(
    ("lang", "text", "seconds"),
    [
        ("en", "half an hour", 1800.0),
        ("en", "for half a day", 43200.0),
        ("en", "a quarter of an hour", 900.0),
        ("fr", "une demi-heure", 1800.0),
        ("fr", "pendant une demi-journée", 43200.0),
        ("fr", "trois quarts d'heure", 2700.0),
    ],
)
def test_fractions_of_a_unit(lang: str, text: str, seconds: float) -> None:
    assert [m.value for m in kind(text, lang, "duration")] == [seconds]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "un hangar de 750 mètres carrés"),
        ("fr", "une zone de 40 kilomètres carrés"),
        ("fr", "120 km²"),
        ("en", "an area of 300 square kilometres"),
        ("en", "12 sq km"),
        ("en", "5,000 square feet"),
    ],
)
def test_areas_are_no_distances(lang: str, text: str) -> None:
    assert kind(text, lang, "distance") == []


FLIGHT_LEVELS = [
    ("en", "at flight level 310", 9448.8),
    ("en", "climbing to flight level three one zero", 9448.8),
    ("en", "FL 250", 7620.0),
    ("fr", "au niveau de vol 310", 9448.8),
    ("fr", "niveau de vol 120", 3657.6),
    ("fr", "au FL350", 10668.0),
]


@pytest.mark.parametrize(("lang", "text", "metres"), FLIGHT_LEVELS)
def test_flight_levels(lang: str, text: str, metres: float) -> None:
    (m,) = kind(text, lang, "distance")
    assert m.value == pytest.approx(metres) and m.get("dim") == "altitude"


@pytest.mark.parametrize(
    ("lang", "text", "metres"),
    [("en", "50 yards", 45.72), ("en", "a hundred yards", 91.44), ("fr", "200 yards", 182.88)],
)
def test_yards(lang: str, text: str, metres: float) -> None:
    assert [m.value for m in kind(text, lang, "distance")] == [pytest.approx(metres)]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("fr", "14 km 14 km", [14000.0, 14000.0]),
        ("en", "5 km 5 km", [5000.0, 5000.0]),
        ("fr", "3 km 200", [3200.0]),
        ("en", "2 km 500", [2500.0]),
    ],
)
def test_a_number_after_a_unit(lang: str, text: str, values: list[float]) -> None:
    assert [m.value for m in kind(text, lang, "distance")] == values


@pytest.mark.parametrize(
    ("lang", "text", "k", "value", "bound"),
    [
        ("en", "an hour or so", "duration", 3600.0, "approx"),
        ("en", "12 ft more or less", "distance", 3.6576, "approx"),
        ("en", "2 km around the island", "distance", 2000.0, None),
        ("en", "two full days", "duration", 172800.0, None),
        ("fr", "30 minutes environ", "duration", 1800.0, "approx"),
        ("fr", "20 km environ", "distance", 20000.0, "approx"),
        ("fr", "en 48 h", "duration", 172800.0, None),
        ("fr", "en vingt-quatre heures", "duration", 86400.0, None),
    ],
)
def test_trailing_approximations_and_counts_of_hours(
    lang: str, text: str, k: str, value: float, bound: str | None
) -> None:
    (m,) = kind(text, lang, k)
    assert (m.value, m.bound) == (pytest.approx(value), bound)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "alert level 3"),
        ("en", "the flight level was not disclosed"),
        ("fr", "une alerte de niveau 4"),
        ("fr", "au niveau de vol indiqué"),
    ],
)
def test_no_flight_level(lang: str, text: str) -> None:
    assert kind(text, lang, "distance") == []


@pytest.mark.parametrize(
    ("lang", "text", "metres"),
    [("fr", "une centaine de yards", 91.44), ("fr", "à 300 yards de la côte", 274.32)],
)
def test_yards_in_french(lang: str, text: str, metres: float) -> None:
    assert [m.value for m in kind(text, lang, "distance")] == [pytest.approx(metres)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('a crack 5" wide', [0.127]),
        ('a panel of 12" across', [0.3048]),
        ('it was a " warning', []),
        ('some 38,000 "refugees" crossed', []),
        ('five " of snow', []),
        ('they said: "we protest"', []),
    ],
)
def test_inch_mark_follows_digits(text: str, values: list[float]) -> None:
    """A unit written as a mark (") follows digits directly; after a word or a space
    it opens a quotation."""
    got = [m.value for m in kind(text, "en", "distance")]
    assert got == pytest.approx(values)
