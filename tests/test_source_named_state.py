"""A state's adjective inside the name of a body gives the body its state: "the
Georgian State Security Service", "the Latvian State Police", "le Service de sécurité de
l'État géorgien". A word of the name that the lexicon also knows as a word of aircraft
("State", "state": a state aircraft) no longer cuts the name after the adjective
(grammar/incident.lark s_named), so a crossing of "the country's airspace" told by such
a body is a crossing of its state. Without the state's adjective, the body has no
state ("the State Security Service said": the airspace stays nobody's).
"""

from __future__ import annotations

import pytest

import incidents

REF = "2025-06-01"

ROWS = [
    (
        "en",
        "A drone from Russia crossed into the country's airspace overnight, Georgia's State"
        " Security Service said.",
        "Georgia's State Security Service",
        "GE",
    ),
    (
        "en",
        "A Russian drone entered the country's airspace on Monday, the Georgian State Security Service said.",
        "Georgian State Security Service",
        "GE",
    ),
    (
        "en",
        "The Georgian State Security Service said a drone from Russia flew into the"
        " country's airspace on Friday.",
        "Georgian State Security Service",
        "GE",
    ),
    (
        "en",
        "According to the Estonian State Police, a Russian helicopter crossed into the"
        " country's airspace on Sunday.",
        "Estonian State Police",
        "EE",
    ),
    (
        "en",
        "A Belarusian balloon entered the country's airspace on Tuesday, the Polish Border Guard said.",
        "Polish Border Guard",
        "PL",
    ),
    (
        "fr",
        "Un drone russe a pénétré dans l'espace aérien du pays lundi, selon le Service"
        " de sécurité de l'État géorgien.",
        "le Service de sécurité de l'État géorgien",
        "GE",
    ),
    (
        "fr",
        "Un ballon biélorusse est entré dans l'espace aérien du pays mardi, selon la"
        " Garde-frontière polonaise.",
        "la Garde-frontière polonaise",
        "PL",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "violated"), ROWS)
def test_body_of_a_state(lang: str, text: str, source: str, violated: str) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert len(found) == 1
    rec = found[0].to_dict()
    assert (rec["source"], rec["violated_state"]) == (source, violated)


NO_STATE = [
    ("en", "A Russian drone entered the country's airspace on Monday, the State Security Service said."),
    ("en", "A Russian drone entered the country's airspace on Monday, the state security service said."),
    (
        "fr",
        "Un drone russe a pénétré dans l'espace aérien du pays lundi, selon le Service"
        " de sécurité de l'État.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_STATE)
def test_body_without_state(lang: str, text: str) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert all(i.to_dict()["violated_state"] is None for i in found)


def test_aircraft_word_after_demonym_stays_aircraft() -> None:
    """ "Russian military aircraft": the aircraft's words, no body."""
    found = incidents.parse(
        "Two Russian military aircraft violated Estonian airspace on Monday, the"
        " Estonian Defence Forces said.",
        lang="en",
        reference_date=REF,
    ).incidents
    assert len(found) == 1
    rec = found[0].to_dict()
    assert (rec["aircraft_count"], rec["violator_state"], rec["violated_state"]) == (2, "RU", "EE")
    assert rec["source"] == "Estonian Defence Forces"
