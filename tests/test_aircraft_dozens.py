"""A count of dozens joined to the aircraft noun by "de"/"di" ("deux douzaines de
drones", "dos docenas de drones", "due dozzine di droni") is the aircraft's count, as
"two dozen drones" is; a dozen word the language lists as a group too ("une douzaine
de drones", [n_group]) is about a dozen: twelve, approximate (the count's bound). No other count is joined by
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
        ("fr", "Deux douzaines de drones ont été abattus.", [("drones", 24)]),
        ("fr", "Trois douzaines d'avions ont décollé.", [("avions", 36)]),
        ("es", "Dos docenas de drones fueron derribados.", [("drones", 24)]),
        ("it", "Due dozzine di droni sono stati abbattuti.", [("droni", 24)]),
        ("pt", "Duas dúzias de drones foram abatidos.", [("drones", 24)]),
        ("en", "Two dozen drones were shot down.", [("drones", 24)]),
        # about a dozen: twelve, approximate (test_dozen_is_approximate)
        ("fr", "Une douzaine de drones ont été abattus.", [("drones", 12)]),
        # no dozen: no count joined by "de"
        ("fr", "Deux de ses drones ont été abattus.", [("drones", 2)]),
        ("fr", "Trois de drones, dit-il.", [("drones", None)]),
    ],
)
def test_dozens_of(lang: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    # the count said is a number mention of its own before the aircraft's words
    # (tests/test_counts_said.py); the aircraft keeps the count
    assert _aircraft(text, lang) == expected
    numbers = [m.value for m in incidents.mentions(text, lang=lang) if m.kind == "number"]
    if expected[0][1] is not None:
        assert numbers == [expected[0][1]]


def test_dozen_is_approximate() -> None:
    found = [
        m
        for m in incidents.mentions("Une douzaine de drones ont été abattus.", lang="fr")
        if m.kind == "aircraft"
    ]
    assert found[0].extra.get("count_bound") == "approx"
    exact = [
        m
        for m in incidents.mentions("Deux douzaines de drones ont été abattus.", lang="fr")
        if m.kind == "aircraft"
    ]
    assert exact[0].extra.get("count_bound") != "approx"
