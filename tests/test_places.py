"""Named places of known state (``incidents/lexicon/places.toml``): the table itself,
and places named in languages other than English and French (the table of the
phenomenon is tests/incident/places_without_state.toml)."""

from __future__ import annotations

import pytest

import incidents
from incidents.words import LEXICON_DIR, fold, load_lexicon, split_form, supported_languages


def test_places_are_known_states_and_no_state_or_capital() -> None:
    """Every key is an ISO code; no form is a state's name, capital or demonym in any
    language, nor the form of two states."""
    en = load_lexicon("en")
    assert (LEXICON_DIR / "places.toml").exists()
    places = en.classes["PLACE"]
    assert len(places) >= 15
    seen: dict[tuple[str, ...], str] = {}
    for code, forms in places.items():
        assert code in en.iso_codes, code
        for form in forms:
            key = tuple(fold(p) for p in split_form(form))
            assert seen.setdefault(key, code) == code, form
    for lang in supported_languages():
        lex = load_lexicon(lang)
        taken = {
            tuple(fold(p) for p in split_form(f.lstrip("=")))
            for c in ("STATE", "CAPITAL", "DEMONYM")
            for fs in lex.classes.get(c, {}).values()
            for f in fs
        }
        clash = [k for k in seen if k in taken]
        assert not clash, (lang, clash)


def test_place_of() -> None:
    en, ru = load_lexicon("en"), load_lexicon("ru")
    assert en.place_of("Kinaros") == "GR"
    assert en.place_of("Druskininkai") == "LT"
    assert en.place_of("Agios Efstratios") == "GR"
    assert ru.place_of("Готландом") == "SE"
    assert en.place_of("Greece") is None


@pytest.mark.parametrize(
    ("lang", "text", "violated", "location"),
    [
        ("de", "Zwei russische Kampfjets sind am Montag über Gotland geflogen.", "SE", "Gotland"),
        ("ru", "Российский беспилотник пролетел над Готландом в понедельник.", "SE", None),
        ("es", "Dos cazas turcos sobrevolaron Lesbos el lunes.", "GR", "Lesbos"),
    ],
)
def test_place_in_other_languages(lang: str, text: str, violated: str, location: str | None) -> None:
    found = incidents.parse(text, lang=lang, reference_date="2025-06-01").incidents
    assert len(found) == 1
    rec = found[0].to_dict()
    assert rec["violated_state"] == violated
    if location:
        assert rec["location"] == location


def test_common_word_is_no_place() -> None:
    """A place's name written in lower case is a word, not the place."""
    found = incidents.parse(
        "Dwa myśliwce przeleciały nad kos w poniedziałek.", lang="pl", reference_date="2025-06-01"
    )
    assert not any(i.to_dict()["violated_state"] == "GR" for i in found.incidents)
