"""One unit, "or", and a small count of it in words is a span: "a minute or two" is
60-120 s, "un jour ou deux" one to two days, "a kilometre or two" 1-2 km (the value the
upper end, ``low`` the lower, as "une à deux minutes"). Before: one unit and a bare
number. Another amount before "or" or digits after it keep a list or a number ("five
minutes or ten minutes", "for a minute or 2")."""

from __future__ import annotations

from typing import Any

import pytest

import incidents


def _spans(text: str, lang: str, kind: str) -> list[tuple[Any, ...]]:
    return [(m.value, m.low) for m in incidents.mentions(text, lang=lang) if m.kind == kind]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "expected"),
    [
        ("en", "The drone hovered for a minute or two.", "duration", [(120.0, 60.0)]),
        ("en", "Repairs should take a day or two.", "duration", [(172800.0, 86400.0)]),
        ("en", "It stayed an hour or three over the bay.", "duration", [(10800.0, 3600.0)]),
        ("en", "It strayed a mile or two off course.", "distance", [(3218.688, 1609.344)]),
        ("en", "It lasted five minutes or ten minutes.", "duration", [(300.0, None), (600.0, None)]),
        ("en", "It lasted for a minute or 2.", "duration", [(60.0, None)]),
        ("fr", "Le ballon est resté une minute ou deux.", "duration", [(120.0, 60.0)]),
        ("fr", "Il faudra un jour ou deux.", "duration", [(172800.0, 86400.0)]),
        ("fr", "L'appareil a dévié d'un kilomètre ou deux.", "distance", [(2000.0, 1000.0)]),
        ("fr", "Cela a duré cinq minutes ou dix minutes.", "duration", [(300.0, None), (600.0, None)]),
    ],
)
def test_one_unit_or_few(lang: str, text: str, kind: str, expected: list[tuple[Any, ...]]) -> None:
    assert _spans(text, lang, kind) == expected
