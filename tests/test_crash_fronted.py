"""A state told before a verb of coming down, after its own word of place, in
languages of free word order ("в Латвии упал российский беспилотник", "w Polsce
spadł rosyjski dron", "у Латвії впав російський безпілотник"): the state it came down
in, as for "crashed in Latvia" (crash-in). A crash of an aircraft of no state told is
an accident there too. rules.toml crash-fronted, switched on by data (front_in_cue
in ru, uk, pl); English and French have no such words, German says it after."""

import pytest

import incidents

REF = "2025-09-11"

ROWS: list[tuple[str, str, list[tuple[str | None, str | None]]]] = [
    ("ru", "В понедельник в Латвии упал российский беспилотник.", [("RU", "LV")]),
    ("ru", "Вчера на территории Молдовы упал российский дрон «Гербера».", [("RU", "MD")]),
    ("uk", "У понеділок у Латвії впав російський безпілотник.", [("RU", "LV")]),
    ("uk", "Вчора на території Румунії впав російський дрон.", [("RU", "RO")]),
    ("pl", "W poniedziałek w Polsce spadł rosyjski dron.", [("RU", "PL")]),
    ("pl", "Wczoraj na terytorium Litwy spadł białoruski balon.", [("BY", "LT")]),
    # negatives: an aircraft of no state is an accident; a state after the verb is
    # crash-in's, as before
    ("ru", "В понедельник в Латвии упал беспилотник.", []),
    ("pl", "W Polsce spadł wczoraj samolot szkoleniowy.", []),
    ("uk", "У понеділок російський безпілотник впав у Латвії.", [("RU", "LV")]),
]


@pytest.mark.parametrize(("lang", "text", "expect"), ROWS)
def test_crash_fronted(lang: str, text: str, expect: list[tuple[str | None, str | None]]) -> None:
    got = [r.to_dict() for r in incidents.parse(text, lang=lang, reference_date=REF).incidents]
    assert [(r["violator_state"], r["violated_state"]) for r in got] == expect, got
