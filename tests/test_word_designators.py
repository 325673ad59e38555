"""Designator letters that are words of the language too ([format] word_designators:
Italian "il", "a", "e"): their models are read only joined to the number ("Il-20",
"A-50"), never across a space ("il 20 marzo", "a 50 km", "tra 2 e 3 km"; French
"volant à 50 mètres", English "a 50 km incursion")."""

from __future__ import annotations

import pytest

import incidents
from incidents.words import load_lexicon


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in incidents.mentions(text, lang="it", reference_date="2024-05-10")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Il 20 marzo", ("date", "Il 20 marzo")),
        ("a 50 chilometri", ("distance", "a 50 chilometri")),
        ("tra 2 e 3 km", ("distance", "tra 2 e 3 km")),
    ],
)
def test_spaced_letters_are_the_word(text: str, want: tuple[str, str]) -> None:
    assert _kinds(text) == [want]


@pytest.mark.parametrize("text", ["un Il-20 russo", "un A-50", "un E-3 Sentry", "un A400M"])
def test_joined_letters_are_the_model(text: str) -> None:
    assert _kinds(text) == [("aircraft", text)]


def test_joined_letters_after_a_count_said() -> None:
    # the count said is a number of its own, the model the aircraft's (tests/test_counts_said.py)
    assert _kinds("due Su-27") == [("number", "due"), ("aircraft", "Su-27")]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "volant à 50 mètres", "distance"),
        ("fr", "un A-50 russe", "aircraft"),
        ("en", "a 50 km incursion", "distance"),
        ("en", "an A-50 flew", "aircraft"),
        ("es", "entre 2 y 30 km", "distance"),
    ],
)
def test_french_english_spanish_letters(lang: str, text: str, kind: str) -> None:
    """French "à", English "a", Spanish "y" fold to designator letters ("A-50"): spaced
    from a number they are the word, joined to it the model."""
    assert load_lexicon(lang).word_designators
    found = [m.kind for m in incidents.mentions(text, lang=lang, reference_date="2024-05-10")]
    assert kind in found
    if kind == "distance":
        assert "aircraft" not in found


@pytest.mark.parametrize(
    ("lang", "text", "model_text"),
    [
        ("fr", "Un F-16 a violé l'espace aérien.", "Un F-16"),
        ("fr", "Un avion P-8 a survolé l'île.", "Un avion P-8"),
        ("fr", "Un Su-27 à basse altitude a survolé l'île.", "Un Su-27"),
        ("it", "Un F-16 e un drone sono entrati.", "Un F-16"),
        ("fr", "Un F-16A a violé l'espace aérien.", "Un F-16A"),
        # the count said is a number of its own (tests/test_counts_said.py)
        ("en", "Two F-16C jets entered.", "F-16C jets"),
    ],
)
def test_small_letter_after_a_model_is_a_word(lang: str, text: str, model_text: str) -> None:
    """A lone small letter spaced from a designator ("F-16 a violé": the auxiliary;
    "Su-27 à basse altitude"; Italian "F-16 e un drone") is a word, no variant letter of
    the model ("F-16A" stays one); the aircraft phrase ends before it."""
    told = incidents.mentions(text, lang=lang, reference_date="2024-05-10")
    found = [m for m in told if m.kind == "aircraft"]
    assert found[0].text == model_text
