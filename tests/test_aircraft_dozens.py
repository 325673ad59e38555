"""A count of dozens joined to the aircraft noun by "de"/"di" ("deux douzaines de
drones", "dos docenas de drones", "due dozzine di droni") is the aircraft's count, as
"two dozen drones" is; a dozen word the language lists as a group too ("une douzaine
de drones", [n_group]) is about a dozen: no count told. No other count is joined by
"de" ("trois de drones"), and "deux de ses drones" is two of them."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _aircraft(text: str, lang: str) -> list[tuple[Any, ...]]:
    found = incidents.mentions(text, lang=lang)
    return [(m.text, m.extra.get("count")) for m in found if m.kind == "aircraft"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Deux douzaines de drones ont été abattus.", [("Deux douzaines de drones", 24)]),
        ("fr", "Trois douzaines d'avions ont décollé.", [("Trois douzaines d'avions", 36)]),
        ("es", "Dos docenas de drones fueron derribados.", [("Dos docenas de drones", 24)]),
        ("it", "Due dozzine di droni sono stati abbattuti.", [("Due dozzine di droni", 24)]),
        ("pt", "Duas dúzias de drones foram abatidos.", [("Duas dúzias de drones", 24)]),
        ("en", "Two dozen drones were shot down.", [("Two dozen drones", 24)]),
        # about a dozen: no count
        ("fr", "Une douzaine de drones ont été abattus.", [("Une douzaine de drones", None)]),
        # no dozen: no count joined by "de"
        ("fr", "Deux de ses drones ont été abattus.", [("Deux de ses drones", 2)]),
        ("fr", "Trois de drones, dit-il.", [("drones", None)]),
    ],
)
def test_dozens_of(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _aircraft(text, lang) == expected
