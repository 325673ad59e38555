"""French "une huitaine" is about eight, as "une dizaine" is about ten: a duration of
about eight days ("pendant une huitaine de jours"), a count of about eight."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("Les vols ont été suspendus pendant une huitaine de jours.", "duration", [691200.0]),
        ("une huitaine de minutes", "duration", [480.0]),
        ("une huitaine", "number", [8]),
        # unchanged
        ("une dizaine de jours", "duration", [864000.0]),
    ],
)
def test_huitaine(text: str, kind: str, values: list[object]) -> None:
    assert values_of(text, "fr", kind) == values
