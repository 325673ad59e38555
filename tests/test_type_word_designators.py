"""A designator the lexicon does not list is the model of the aircraft after a word of a
type in every language, as in English and French ([ac_code_style] after, the forms the
language's [ac_adj] lists: "vom Typ", "de tipo", "di tipo", "do tipo", "типа", "typu",
"типу"). Never a model after such a word with no aircraft ("Straße vom Typ A-4")."""

from __future__ import annotations

from typing import Any

import pytest
from phrases import fields_of


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Ein Flugzeug vom Typ EMB-121 überflog die Grenze.", [("airplane", "EMB-121", 1)]),
        ("de", "eine Drohne des Typs WJ-700", [("drone", "WJ-700", 1)]),
        ("es", "Un avión de tipo EMB-121 cruzó la frontera.", [("airplane", "EMB-121", 1)]),
        ("es", "un helicóptero modelo AC-313", [("helicopter", "AC-313", 1)]),
        ("it", "Un aereo di tipo EMB-121 ha sorvolato il confine.", [("airplane", "EMB-121", 1)]),
        ("it", "un drone tipo WJ-700", [("drone", "WJ-700", 1)]),
        ("pt", "Um avião do tipo EMB-121 cruzou a fronteira.", [("airplane", "EMB-121", 1)]),
        ("pt", "um drone modelo WJ-700", [("drone", "WJ-700", 1)]),
        ("ru", "Самолёт типа EMB-121 нарушил границу.", [("airplane", "EMB-121", 1)]),
        ("ru", "беспилотник типа WJ-700", [("drone", "WJ-700", 1)]),
        ("pl", "Samolot typu EMB-121 naruszył granicę.", [("airplane", "EMB-121", 1)]),
        ("pl", "dron typu WJ-700", [("drone", "WJ-700", 1)]),
        ("uk", "Літак типу EMB-121 порушив кордон.", [("airplane", "EMB-121", 1)]),
        ("uk", "безпілотник типу WJ-700", [("drone", "WJ-700", 1)]),
        # unchanged: English and French
        ("en", "an aircraft type WJ-700", [("airplane", "WJ-700", 1)]),
        ("fr", "un drone de type WJ-700", [("drone", "WJ-700", 1)]),
        # no aircraft, or a model listed
        ("de", "Die Straße vom Typ A-4 war gesperrt.", []),
        ("es", "una carretera de tipo A-4", []),
        ("pl", "droga typu S-8", []),
        ("ru", "самолёт типа Ан-26", [("airplane", "An-26", 1)]),
    ],
)
def test_type_word_designators(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert fields_of(text, lang, "aircraft", "model", "count") == expected
