"""A multiple with no count stated ("a couple hundred", "a couple of thousand"), as "a
few hundred" and "several thousand": the multiple, marked vague; never "a couple"
(2), then an exact "thousand feet" (304.8 m)."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The drone flew a couple hundred meters inside.", 100.0),
        ("It dropped to a couple thousand feet.", 304.8),
        ("It dropped to a couple of thousand feet.", 304.8),
        ("a few hundred meters", 100.0),
    ],
)
def test_vague_multiples(text: str, value: float) -> None:
    found = [m for m in incidents.mentions(text, lang="en") if m.kind in ("distance", "number")]
    assert [(m.kind, m.value, m.bound, m.extra.get("vague")) for m in found] == [
        ("distance", value, "approx", True)
    ]
