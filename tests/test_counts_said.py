"""The number that counts aircraft ("three Russian fighter jets", "une vingtaine de
drones") or the times of a repetition ("seven times", "à trois reprises") is a ``number``
mention of its own too, right before the phrase it counts, with the words of the number
only; an article's count ("a drone", "un Airbus") and counts told by no number ("twice",
"à plusieurs reprises", "des avions") give none. The aircraft and repetition mentions are
unchanged (the incident layer reads the count from them)."""

from __future__ import annotations

import pytest

import incidents


def _numbers(text: str, lang: str) -> list[tuple[str, object, object]]:
    return [(m.text, m.value, m.bound) for m in incidents.mentions(text, lang=lang) if m.kind == "number"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Four Chinese J-16 jets crossed the line.", [("Four", 4, None)]),
        ("en", "the two Tu-22M3 bombers", [("two", 2, None)]),
        ("en", "Greek radars tracked 11 drones on Sunday.", [("11", 11, None)]),
        ("en", "more than 30 balloons drifted north", [("30", 30, "min")]),
        ("en", "the jets were fired at 3 drones", [("3", 3, None)]),
        ("en", "a dozen helicopters", [("a dozen", 12, None)]),
        ("en", "the bomber entered the zone nine times", [("nine", 9, None)]),
        ("fr", "Cinq hélicoptères biélorusses ont franchi la frontière.", [("Cinq", 5, None)]),
        ("fr", "au moins douze drones", [("douze", 12, "min")]),
        ("fr", "une vingtaine de ballons", [("une vingtaine", 20, "approx")]),
        ("fr", "les deux chasseurs Rafale", [("deux", 2, None)]),
        ("fr", "l'avion a pénétré l'espace aérien à quatre reprises", [("quatre", 4, None)]),
        # no number said
        ("en", "a drone and an A321 of Wizz Air", []),
        ("en", "the aircraft violated the airspace twice", []),
        ("en", "Russian jets crossed the border", []),
        ("fr", "un Airbus A320 et des avions de chasse", []),
        ("fr", "à plusieurs reprises", []),
        ("fr", "le quatrième drone", []),
    ],
)
def test_count_said_is_a_number(lang: str, text: str, expected: list[tuple[str, object, object]]) -> None:
    assert _numbers(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "two Su-27 fighters", [("number", "two", 2), ("aircraft", "Su-27 fighters", 2)]),
        ("en", "fired at 3 drones", [("number", "3", 3), ("aircraft", "drones", 3)]),
        ("fr", "à trois reprises", [("number", "trois", 3), ("repetition", "reprises", 3)]),
        ("fr", "un drone", [("aircraft", "un drone", 1)]),
    ],
)
def test_the_counted_phrase_begins_at_its_words(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    found = incidents.mentions(text, lang=lang)
    got = [(m.kind, m.text, m.value if m.kind != "aircraft" else m.extra["count"]) for m in found]
    assert got == expected
    assert all(m.text == text[m.span[0] : m.span[1]] for m in found)
    assert all(a.span[1] <= b.span[0] for a, b in zip(found, found[1:], strict=False))
    assert not [m for m in found if "count_words" in m.extra]
