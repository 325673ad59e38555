"""A multiple with no count stated ("a couple hundred", "a couple of thousand"), as "a
few hundred" and "several thousand": a measure with no value, marked vague (how many
hundreds is not told: no reading is one amount, and the suites code none); never "a
couple" (2), then an exact "thousand feet" (304.8 m). Counts of units ("a few minutes",
"quelques jours") keep the suites' reading of three units."""

from __future__ import annotations

import pytest

import incidents


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The drone flew a couple hundred meters inside.", None),
        ("It dropped to a couple thousand feet.", None),
        ("It dropped to a couple of thousand feet.", None),
        ("a few hundred meters", None),
    ],
)
def test_vague_multiples(text: str, value: float | None) -> None:
    found = [m for m in incidents.mentions(text, lang="en") if m.kind in ("distance", "number")]
    assert [(m.kind, m.value, m.bound, m.extra.get("vague")) for m in found] == [
        ("distance", value, "approx", True)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "kind", "value", "vague"),
    [
        ("en", "The balloon drifted several hundred metres past the line.", "distance", None, True),
        ("en", "Radar tracked it for hundreds of miles.", "distance", None, True),
        ("en", "The jets climbed thousands of feet in seconds.", "distance", None, True),
        ("fr", "Le drone a pénétré de plusieurs centaines de mètres.", "distance", None, True),
        ("fr", "Le ballon a parcouru des dizaines de kilomètres.", "distance", None, True),
        ("fr", "L'alerte a duré quelques dizaines de minutes.", "duration", None, True),
        # a count of units, or a stated multiple, keeps its value
        ("en", "The drone hovered for a few minutes.", "duration", 180.0, True),
        ("fr", "Le drone est resté quelques minutes.", "duration", 180.0, True),
        ("fr", "Il a volé sur une dizaine de kilomètres.", "distance", 10000.0, None),
    ],
)
def test_vague_multiple_measures_have_no_value(
    lang: str, text: str, kind: str, value: float | None, vague: bool | None
) -> None:
    found = [m for m in incidents.mentions(text, lang=lang) if m.kind == kind]
    assert [(m.value, m.extra.get("vague")) for m in found] == [(value, vague)]
