"""The numeral "one" before "second" is a count of it ("one second later", "it lasted
one second"): only an article ("a second helicopter", French "une seconde incursion",
where "une" is both) can make "second" an ordinal."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "kind", "values"),
    [
        ("en", "one second later the signal was lost", "duration", [1.0]),
        ("en", "the burn lasted one second", "duration", [1.0]),
        ("en", "one second before the crossing", "duration", [1.0]),
        ("en", "one second after launch", "duration", [1.0]),
        ("en", "a second helicopter followed", "duration", []),
        ("en", "then a second drone", "duration", []),
        # unchanged
        ("fr", "une seconde incursion a suivi", "duration", []),
        ("fr", "pendant une seconde", "duration", [1.0]),
        ("fr", "1 seconde plus tard", "duration", [1.0]),
        ("fr", "un second hélicoptère", "duration", []),
    ],
)
def test_one_second(lang: str, text: str, kind: str, values: list[float]) -> None:
    assert values_of(text, lang, kind) == values
