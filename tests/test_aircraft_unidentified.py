"""A generic aircraft word told as not identified ("an unidentified aircraft", "un
appareil inconnu") is of no known kind: category "unknown", not the "airplane" a
generic word is taken for otherwise. The words are those of [unknown_origin_cue]; a
word of a kind ("drone", "helicopter") or a role keeps its kind (tables of our own
phrases)."""

from __future__ import annotations

import pytest

import incidents


def _categories(text: str, lang: str) -> list[str]:
    return [str(m.value) for m in incidents.mentions(text, lang=lang) if m.kind == "aircraft"]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("en", "An unidentified aircraft crossed the line at dawn.", "unknown"),
        ("en", "Radar tracked an unknown aircraft over the bay.", "unknown"),
        ("en", "Two unidentified military aircraft were seen near the coast.", "unknown"),
        ("fr", "Un aéronef non identifié a franchi la frontière.", "unknown"),
        ("fr", "Les radars ont suivi un appareil inconnu au-dessus du golfe.", "unknown"),
        ("fr", "Des appareils non identifiés ont survolé la zone.", "unknown"),
        # negatives: a word of a kind, a role, or no such adjective
        ("en", "An unidentified drone crossed the line at dawn.", "drone"),
        ("en", "An unknown helicopter landed in a field.", "helicopter"),
        ("en", "An unidentified reconnaissance aircraft flew past.", "airplane"),
        ("en", "A military aircraft crossed the line at dawn.", "airplane"),
        ("fr", "Un drone non identifié a franchi la frontière.", "drone"),
        ("fr", "Un hélicoptère inconnu s'est posé dans un champ.", "helicopter"),
        ("fr", "Un appareil militaire a franchi la frontière.", "airplane"),
    ],
)
def test_unidentified_generic_aircraft(lang: str, text: str, category: str) -> None:
    assert _categories(text, lang) == [category]
