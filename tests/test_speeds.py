"""Speeds: a mention kind of its own, in m/s (Mach kept as stated), never a time or a
distance. FR and EN, with bounds and ranges."""

from __future__ import annotations

import pytest

from incidents.api import mentions


def kinds(text: str, lang: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in mentions(text, lang):
        out.setdefault(m.kind, []).append(m)
    return out


SPEEDS = [
    # (lang, text, m/s, bound, low)
    ("en", "The patrol aircraft cruised at 800 km/h near the coast.", 222.222222222, None, None),
    ("en", "a bomber flying at 520 knots", 267.511111111, None, None),
    ("en", "The drone reached speeds of up to 120 mph.", 53.6448, "max", None),
    ("en", "moving at more than 1,000 kilometres per hour", 277.777777778, "min", None),
    ("en", "a balloon drifting at 15 m/s", 15.0, None, None),
    ("en", "at about 450 kts", 231.5, "approx", None),
    ("en", "at a speed of 300 knots", 154.333333333, None, None),
    ("en", "between 400 and 450 knots", 231.5, "range", 205.777777778),
    ("en", "700 to 900 km/h", 250.0, "range", 194.444444444),
    ("fr", "Les deux chasseurs volaient à 900 km/h au-dessus de la mer.", 250.0, None, None),
    ("fr", "un avion de patrouille à 450 nœuds", 231.5, None, None),
    ("fr", "à une vitesse de 850 kilomètres-heure", 236.111111111, None, None),
    ("fr", "jusqu'à 2 000 km/h", 555.555555556, "max", None),
    ("fr", "à plus de 1 000 kilomètres à l'heure", 277.777777778, "min", None),
    ("fr", "un drone lent, à environ 180 km/h", 50.0, "approx", None),
    ("fr", "entre 400 et 500 noeuds", 257.222222222, "range", 205.777777778),
    ("fr", "de 600 à 700 km/h", 194.444444444, "range", 166.666666667),
    ("en", "at speeds exceeding 1,000 km/h", 277.777777778, "min", None),
    ("fr", "à une vitesse d'environ 700 km/h", 194.444444444, "approx", None),
    ("fr", "volant à 900 kilomètres par heure", 250.0, None, None),
    ("fr", "à 800 km/h environ", 222.222222222, "approx", None),
    ("en", "at 500 knots around the coast", 257.222222222, None, None),
]


@pytest.mark.parametrize(("lang", "text", "value", "bound", "low"), SPEEDS)
def test_speed_values(lang: str, text: str, value: float, bound: str | None, low: float | None) -> None:
    found = kinds(text, lang)
    (m,) = found["speed"]
    assert m.unit == "m/s"
    assert m.value == pytest.approx(value, rel=1e-9)
    assert m.bound == bound
    assert (m.low is None) == (low is None)
    if low is not None:
        assert m.low == pytest.approx(low, rel=1e-9)
    # a speed never yields a time of day or a distance
    assert "time" not in found and "distance" not in found


MACH = [
    ("en", "The interceptor climbed at Mach 1.6.", 1.6),
    ("en", "a missile flying at Mach 5", 5),
    ("en", "speeds above Mach 2", 2),
    ("fr", "un intercepteur à Mach 2", 2),
    ("fr", "à plus de Mach 1,5", 1.5),
    ("fr", "une vitesse de Mach 3", 3),
]


@pytest.mark.parametrize(("lang", "text", "value"), MACH)
def test_mach_is_kept_as_stated(lang: str, text: str, value: float) -> None:
    (m,) = kinds(text, lang)["speed"]
    assert (m.value, m.unit) == (value, "mach")


def test_the_issue_sentence() -> None:
    found = kinds("The two jets flew at 800 km/h over the islet.", "en")
    (m,) = found["speed"]
    assert round(m.value, 1) == 222.2
    assert "time" not in found


NOT_SPEEDS = [
    ("en", "The crew tied several knots in the rope."),
    ("en", "the speed of the response"),
    ("en", "an altitude of 900 metres"),
    ("fr", "Les nœuds de la corde"),
    ("fr", "une vitesse de 800 km"),
    ("fr", "à 900 mètres"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_SPEEDS)
def test_not_speeds(lang: str, text: str) -> None:
    assert "speed" not in kinds(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "flying at 900 km/h"), ("en", "at 520 knots"), ("fr", "à 450 nœuds"), ("fr", "vers 800 km/h")],
)
def test_a_speed_is_never_a_time(lang: str, text: str) -> None:
    found = kinds(text, lang)
    assert "time" not in found and "speed" in found
