"""Numbers: one expected value, many FR/EN spellings; and what is no number."""

from __future__ import annotations

import pytest

from incidents.api import mentions


def numbers(text: str, lang: str) -> list[float]:
    return [m.value for m in mentions(text, lang) if m.kind == "number"]


NBSP, NNBSP = "\u00a0", "\u202f"

SAME_NUMBER = {
    1500: [
        ("fr", "1 500"),
        ("fr", f"1{NBSP}500"),
        ("fr", f"1{NNBSP}500"),
        ("fr", "1.500"),
        ("fr", "mille cinq cents"),
        ("fr", "1,5 mille"),
        ("en", "1,500"),
        ("en", "1500"),
        ("en", "one thousand five hundred"),
        ("en", "fifteen hundred"),
        ("en", "1.5 thousand"),
        ("en", "1.5k"),
    ],
    2.5: [
        ("fr", "2,5"),
        ("fr", "deux virgule cinq"),
        ("fr", "deux et demi"),
        ("en", "2.5"),
        ("en", "two point five"),
        ("en", "two and a half"),
    ],
    90: [("fr", "quatre-vingt-dix"), ("fr", "nonante"), ("en", "ninety"), ("fr", "90")],
    300: [("fr", "trois cents"), ("en", "three hundred"), ("en", "3 hundred")],
    77: [("fr", "soixante-dix-sept"), ("fr", "soixante dix-sept"), ("en", "seventy-seven")],
    12: [("en", "a dozen"), ("fr", "une douzaine")],
    1_250_000: [
        ("fr", "1,25 million"),
        ("en", "1.25 million"),
        ("en", "a million and a quarter"),
        ("fr", "un million deux cent cinquante mille"),
    ],
    -12: [("fr", "moins 12"), ("en", "minus twelve"), ("en", "-12")],
    0.75: [("fr", "trois quarts"), ("en", "three quarters"), ("en", "3/4")],
    103.5: [("en", "one hundred and three and a half")],
    1_674_200.5: [("en", "1,674,200.5"), ("fr", "1 674 200,5"), ("fr", "1.674.200,5")],
}


@pytest.mark.parametrize(
    ("expected", "lang", "text"),
    [(exp, lang, text) for exp, rows in SAME_NUMBER.items() for lang, text in rows],
)
def test_number_spellings(expected: float, lang: str, text: str) -> None:
    assert any(abs(v - expected) < 1e-9 for v in numbers(text, lang)), numbers(text, lang)


def test_approximate_counts() -> None:
    (m,) = [m for m in mentions("une dizaine", "fr") if m.kind == "number"]
    assert (m.value, m.bound) == (10, "approx")
    (m,) = [m for m in mentions("une cinquantaine", "fr") if m.kind == "number"]
    assert (m.value, m.bound) == (50, "approx")


def test_and_joins_only_below_a_scale() -> None:
    # "two and three" is two numbers, not five
    assert numbers("two and three", "en") == [2, 3]


def test_ratio_above_one_is_no_fraction() -> None:
    assert 1.6 not in numbers("huit sur cinq", "fr")


NO_NUMBER = [("en", "I'm here"), ("en", "in April"), ("fr", "M. Dupont")]


@pytest.mark.parametrize(("lang", "text"), NO_NUMBER)
def test_no_number(lang: str, text: str) -> None:
    assert numbers(text, lang) == []


def number_mentions(text: str, lang: str) -> list:
    return [m for m in mentions(text, lang) if m.kind == "number"]


# A range of counts: one number mention, value the high end, low the low one; no time.
COUNT_RANGES = [
    ("fr", "trois à cinq avions", 5, 3),
    ("fr", "entre six et huit drones", 8, 6),
    ("fr", "10 à 12 hélicoptères", 12, 10),
    ("en", "between 6 and 8 drones", 8, 6),
    ("en", "three to five aircraft", 5, 3),
    ("en", "2-4 balloons", 4, 2),
]


@pytest.mark.parametrize(("lang", "text", "high", "low"), COUNT_RANGES)
def test_count_range(lang: str, text: str, high: int, low: int) -> None:
    found = mentions(text, lang)
    (m,) = [m for m in found if m.kind == "number"]
    assert (m.value, m.low, m.bound) == (high, low, "range")
    assert not [m for m in found if m.kind in ("time", "duration")]


# Ordinals are neither counts nor durations.
ORDINALS = [
    ("en", "a second helicopter", 1),
    ("en", "the fourth drone", 1),
    ("en", "a third helicopter", 1),
    ("fr", "le quatrième drone", 1),
    ("fr", "un second hélicoptère", 1),
    ("fr", "deux autres chasseurs", 2),
    ("en", "two more jets", 2),
]


@pytest.mark.parametrize(("lang", "text", "count"), ORDINALS)
def test_ordinals_and_extra_words_keep_the_count(lang: str, text: str, count: int) -> None:
    found = mentions(text, lang)
    (ac,) = [m for m in found if m.kind == "aircraft"]
    assert ac.get("count") == count
    assert not [m for m in found if m.kind in ("duration", "time")]
    # a count said by a number is a number mention of its own ("deux"), an ordinal none
    said = [m.value for m in found if m.kind == "number" and m.get("counts") == "aircraft"]
    assert said == ([count] if count > 1 else [])
    assert not [m for m in found if m.kind == "number" and m.get("counts") is None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Let them try a second approach"), ("fr", "une seconde incursion"), ("en", "a second wave")],
)
def test_an_ordinal_is_no_duration(lang: str, text: str) -> None:
    assert not [m for m in mentions(text, lang) if m.kind == "duration"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "wait a second."), ("fr", "un écart d'une seconde."), ("en", "for a second time")],
)
def test_a_second_alone_is_a_duration(lang: str, text: str) -> None:
    assert [m.value for m in mentions(text, lang) if m.kind == "duration"] == [1.0]


SCALES = [
    ("en", "three hundred and twenty thousand", 320000),
    ("en", "one hundred and five thousand", 105000),
    ("en", "four and a half million", 4500000),
    ("en", "three quarters of a million", 750000),
    ("en", "half a million", 500000),
    ("en", "two hundred and forty-five thousand six hundred and seventy-eight", 245678),
    ("en", "one million and two hundred thousand", 1200000),
    ("en", "one hundred and twenty three million", 123000000),
    ("fr", "un milliard et demi", 1500000000),
    ("fr", "deux et demi millions", 2500000),
    ("fr", "trois cent vingt mille", 320000),
    ("fr", "un quart de million", 250000),
]


@pytest.mark.parametrize(("lang", "text", "value"), SCALES)
def test_scale_words_compose(lang: str, text: str, value: float) -> None:
    assert [m.value for m in number_mentions(text, lang)] == [pytest.approx(value)]


def test_a_run_of_groups_is_several_numbers() -> None:
    assert [m.value for m in number_mentions("123 123 123 123 123 123 123", "fr")] == [123] * 7
    assert [m.value for m in number_mentions("1 500 000 habitants", "fr")] == [1500000]
    assert [m.value for m in number_mentions("1,234,567.89", "en")] == [1234567.89]


@pytest.mark.parametrize(
    ("lang", "text", "models"),
    [
        ("fr", "des avions A321 et Tu-214", ["A321", "Tu-214"]),
        ("en", "an Airbus A320 and a Boeing 737", ["A320", "Boeing 737"]),
        ("fr", "un A330 MRTT", ["A330 MRTT"]),
    ],
)
def test_designators_are_no_numbers(lang: str, text: str, models: list[str]) -> None:
    found = mentions(text, lang)
    assert [m.get("model") for m in found if m.kind == "aircraft"] == models
    assert not [m for m in found if m.kind == "number"]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("en", "call 555-1234", [555]),
        ("en", "4 thousand 3 hundred and 0", [4300, 0]),
        ("en", "from 8 to 3", [8, 3]),
        ("fr", "2 ou 3", [2, 3]),
        ("fr", "les codes 12-34-56", [12]),
        # "le 5" ending the text is a day of the month (tests/test_day_alone.py)
        ("fr", "le 3 et le 5 ont été touchés", [3, 5]),
    ],
)
def test_no_count_range(lang: str, text: str, values: list[float]) -> None:
    found = number_mentions(text, lang)
    assert [m.value for m in found] == values
    assert all(m.bound != "range" for m in found)


@pytest.mark.parametrize(
    ("lang", "text", "model"),
    [
        ("en", "a Boeing 737 and two fighters", "Boeing 737"),
        ("en", "an A321 of the state carrier", "A321"),
        ("en", "the Il-96 carrying the delegation", "Il-96"),
        ("fr", "un Airbus A319 gouvernemental", "A319"),
        ("fr", "l'A350 présidentiel", "A350"),
    ],
)
def test_airliner_designators(lang: str, text: str, model: str) -> None:
    found = mentions(text, lang)
    assert model in [m.get("model") for m in found if m.kind == "aircraft"]
    # no number from the designator (the count of "two fighters" is one, said)
    assert not [m for m in found if m.kind == "number" and m.get("counts") != "aircraft"]


@pytest.mark.parametrize(
    ("lang", "text", "count", "bound"),
    [
        ("en", "some 20 drones", 20, "approx"),
        ("en", "at least four planes", 4, "min"),
        ("en", "up to 10 drones", 10, "max"),
        ("fr", "jusqu'à dix drones", 10, "max"),
        ("fr", "plus de 20 avions", 20, "min"),
        ("fr", "environ 15 avions", 15, "approx"),
        ("en", "two jets", 2, None),
        ("fr", "deux avions", 2, None),
    ],
)
def test_a_bound_on_a_count_of_aircraft(lang: str, text: str, count: int, bound: str | None) -> None:
    (ac,) = [m for m in mentions(text, lang) if m.kind == "aircraft"]
    assert (ac.get("count"), ac.get("count_bound")) == (count, bound)


def test_a_partitive_is_still_an_aircraft() -> None:
    (ac,) = [m for m in mentions("with one of them violating the airspace", "en") if m.kind == "aircraft"]
    assert ac.get("partitive") is True
