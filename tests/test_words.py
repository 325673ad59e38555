"""Folding (the key words are matched on) is character by character and memoised per
character: it must equal folding the whole string at once."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from incidents.words import fold, unaccent


def _fold_whole(text: str) -> str:
    text = text.replace("’", "'").replace("ʼ", "'").replace("œ", "oe").replace("Œ", "OE")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _unaccent_whole(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_examples() -> None:
    assert fold("l’Espace AÉRIEN Œuvre") == "l'espace aerien oeuvre"
    assert fold("Straße Białowieża") == "strasse białowieza"  # ł has no decomposition
    assert unaccent("Rēzekne’s") == "Rezekne's"
    # a combining accent after its letter, and marks out of canonical order
    assert fold("E\u0301te\u0327\u0301") == "ete"


@given(st.text(alphabet=st.characters(max_codepoint=0x2FFF), max_size=40))
def test_fold_is_whole_string_folding(text: str) -> None:
    assert fold(text) == _fold_whole(text)
    assert unaccent(text) == _unaccent_whole(text)
