"""Ranges told after a measured dimension with a participle ("une altitude comprise
entre 300 et 500 mètres", "an altitude ranging between 2 and 3 km"), and amounts
joined by "and" whose units go up ("500 m and 1 km respectively"): two amounts, not
one sum. Sentences of our own."""

from __future__ import annotations

import pytest

import incidents


def _dist(text: str, lang: str) -> list[tuple[float, str | None, float | None, str | None]]:
    out = []
    for m in incidents.mentions(text, lang=lang):
        d = m.to_dict()
        if d["kind"] == "distance":
            out.append((d["value"], d.get("bound"), d.get("low"), d.get("dim")))
    return out


RANGES: list[tuple[str, str, float, float, str | None]] = [
    ("fr", "Le drone volait à une altitude comprise entre 200 et 400 mètres.", 400.0, 200.0, "altitude"),
    ("fr", "Deux avions ont évolué à des altitudes comprises entre 3 et 5 km.", 5000.0, 3000.0, "altitude"),
    ("fr", "L'hélicoptère a pénétré sur une profondeur comprise entre 1 et 2 km.", 2000.0, 1000.0, "depth"),
    ("fr", "à une hauteur située entre 100 et 150 mètres", 150.0, 100.0, "altitude"),
    ("fr", "à une altitude variant entre 600 mètres et 1 km", 1000.0, 600.0, "altitude"),
    ("en", "The drone flew at an altitude ranging between 200 and 400 metres.", 400.0, 200.0, "altitude"),
    ("en", "The jets flew at altitudes of between 3 and 5 km.", 5000.0, 3000.0, "altitude"),
    ("en", "It crossed to a depth ranging between 700 m and 2 km.", 2000.0, 700.0, "depth"),
    ("en", "at heights of between 100 and 150 metres", 150.0, 100.0, "altitude"),
    ("en", "The helicopter hovered at altitudes ranging from 50 to 80 metres.", 80.0, 50.0, "altitude"),
    ("fr", "Le drone a pénétré à une profondeur allant de 4 à 6 km.", 6000.0, 4000.0, "depth"),
    ("it", "Il velivolo volava a un'altitudine compresa tra 200 e 400 metri.", 400.0, 200.0, "altitude"),
    ("es", "El dron voló a una altitud comprendida entre 200 y 400 metros.", 400.0, 200.0, "altitude"),
    ("pt", "O drone voou a uma altitude compreendida entre 200 e 400 metros.", 400.0, 200.0, "altitude"),
    ("ru", "Беспилотник летел на высоте от 200 до 400 метров.", 400.0, 200.0, "altitude"),
    ("pl", "Dron leciał na wysokości od 200 do 400 metrów.", 400.0, 200.0, "altitude"),
    # negatives: a range with no dimension keeps none; a bare range stays a range
    ("en", "The drone came down from 2 to 3 km inland.", 3000.0, 2000.0, None),
    ("fr", "Il a volé entre 2 et 3 km au-delà de la frontière.", 3000.0, 2000.0, None),
]


@pytest.mark.parametrize(("lang", "text", "high", "low", "dim"), RANGES)
def test_range_after_a_dimension(lang: str, text: str, high: float, low: float, dim: str | None) -> None:
    assert _dist(text, lang) == [(high, "range", low, dim)]


SPEEDS = [
    ("fr", "à une vitesse comprise entre 700 et 900 km/h"),
    ("en", "at a speed ranging between 700 and 900 km/h"),
]


@pytest.mark.parametrize(("lang", "text"), SPEEDS)
def test_speed_range_after_a_dimension(lang: str, text: str) -> None:
    speeds = [m.to_dict() for m in incidents.mentions(text, lang=lang) if m.to_dict()["kind"] == "speed"]
    assert len(speeds) == 1 and speeds[0]["bound"] == "range"


LISTS = [
    ("en", "The two drones came within 400 metres and 2 km of the base respectively.", [400.0, 2000.0]),
    ("en", "They were seen at 600 m and 1 km from the shore.", [600.0, 1000.0]),
    ("fr", "Les deux drones se trouvaient à 400 mètres et 2 km respectivement.", [400.0, 2000.0]),
    ("fr", "des survols à 800 m et 3 km de la côte", [800.0, 3000.0]),
    # negatives: units that go down are one amount
    ("en", "It went 3 km and 200 metres inland.", [3200.0]),
    ("fr", "Il a pénétré de 2 km et 500 mètres.", [2500.0]),
    ("en", "a mile and a half", [2414.016]),
]


@pytest.mark.parametrize(("lang", "text", "values"), LISTS)
def test_units_going_up_are_two_amounts(lang: str, text: str, values: list[float]) -> None:
    assert [v for v, *_ in _dist(text, lang)] == pytest.approx(values)


def test_durations_are_summed_either_way() -> None:
    """A duration may name a larger unit last ("two days and a month"): one sum."""
    found = [m.to_dict() for m in incidents.mentions("for 3 days and 1 week", lang="en")]
    assert [d["value"] for d in found if d["kind"] == "duration"] == [864000.0]
    found = [m.to_dict() for m in incidents.mentions("pendant 2 heures et 30 minutes", lang="fr")]
    assert [d["value"] for d in found if d["kind"] == "duration"] == [9000.0]


TIMES = [
    ("fr", "vers minuit et demi", "00:30"),
    ("fr", "à midi et quart", "12:15"),
    ("fr", "peu après minuit et quart", "00:15"),
    ("en", "at half past midnight", "00:30"),
    ("en", "at a quarter past midnight", "00:15"),
]


@pytest.mark.parametrize(("lang", "text", "value"), TIMES)
def test_named_hours_with_a_fraction(lang: str, text: str, value: str) -> None:
    times = [
        m.to_dict()["value"] for m in incidents.mentions(text, lang=lang) if m.to_dict()["kind"] == "time"
    ]
    assert times == [value]


VAGUE_GROUPS = [
    # a vague count of a multiple: one vague amount, with no value (how many is not told)
    ("fr", "à quelques centaines de mètres de la côte", "distance", None),
    ("fr", "sur plusieurs dizaines de kilomètres", "distance", None),
    ("fr", "pendant quelques dizaines de secondes", "duration", None),
    ("en", "a few dozen kilometres inland", "distance", None),
    ("es", "a varios cientos de metros", "distance", None),
    ("it", "ad alcune centinaia di metri", "distance", None),
    # negatives: a vague count alone is read as before
    ("fr", "pendant quelques minutes", "duration", 180.0),
    ("en", "several hundred metres", "distance", None),
]


@pytest.mark.parametrize(("lang", "text", "kind", "value"), VAGUE_GROUPS)
def test_a_vague_count_of_a_multiple_is_one_vague_amount(
    lang: str, text: str, kind: str, value: float | None
) -> None:
    """ "quelques centaines de mètres" is one vague amount, like "a few hundred metres",
    not the number 3 and then "centaines de mètres"."""
    found = [m.to_dict() for m in incidents.mentions(text, lang=lang)]
    assert [(d["kind"], d["value"], d.get("vague")) for d in found] == [(kind, value, True)]


def test_a_few_dozen_aircraft_is_no_count_of_twelve() -> None:
    found = [m.to_dict() for m in incidents.mentions("a few dozen drones", lang="en")]
    assert [(d["value"], d.get("vague")) for d in found if d["kind"] == "number"] == [(12, True)]
    report = incidents.parse("On 3 May, a few dozen Russian drones violated Polish airspace.", lang="en")
    assert [r["aircraft_count"] for r in report.to_dict()["incidents"]] != [12]
