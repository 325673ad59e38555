"""``[approx_style] at``: an approximation that also says "at" (its article names an
hour: Spanish "hacia las 10") makes a time of a bare number, as "at" does; a language
that lists none keeps a bare number after an approximation a number ("vers 10")."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [("hacia las 10", "10:00"), ("sobre las 22.30", "22:30"), ("poco antes de las 7", "07:00")],
)
def test_an_approximation_with_the_hour_article_tells_the_time(text: str, hhmm: str) -> None:
    found = [m.to_dict() for m in incidents.mentions(text, lang="es")]
    assert [(m["kind"], m["value"], m["bound"]) for m in found] == [("time", hhmm, "approx")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("vers 10", "fr"), ("vers 22.30", "fr"), ("around 10", "en"), ("cerca de 10 drones", "es")],
)
def test_other_approximations_leave_a_bare_number_alone(text: str, lang: str) -> None:
    assert not any(m.kind == "time" for m in incidents.mentions(text, lang=lang))
