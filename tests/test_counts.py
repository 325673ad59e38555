"""Counts and measures told by a word of their own, in every language (tables of our
own sentences; each phenomenon is a mechanism switched on by lexicon data):

- ``[n_mixed]``: one word worth a whole and a half ("półtora", "полтора",
  "anderthalb") is an exact 1.5, like "one and a half" or "un kilomètre et demi";
  only an approximation word makes it approximate.
"""

from __future__ import annotations

from typing import Any

import pytest

import incidents

REF = "2025-06-01"


def _measure(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [
        (m.kind, m.value, m.bound)
        for m in incidents.mentions(text, lang=lang)
        if m.kind in ("distance", "duration")
    ]


def _records(text: str, lang: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = incidents.parse(text, lang=lang, reference_date=REF).to_dict()["incidents"]
    return out


# ---------------------------------------------------------------- one and a half
@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("one and a half kilometres", "en", ("distance", 1500.0, None)),
        ("a mile and a half", "en", ("distance", 2414.016, None)),
        ("about one and a half miles", "en", ("distance", 2414.016, "approx")),
        ("un kilomètre et demi", "fr", ("distance", 1500.0, None)),
        ("environ un kilomètre et demi", "fr", ("distance", 1500.0, "approx")),
        ("une minute et demie", "fr", ("duration", 90.0, None)),
        ("una milla y media", "es", ("distance", 2414.016, None)),
        ("półtora kilometra", "pl", ("distance", 1500.0, None)),
        ("półtorej minuty", "pl", ("duration", 90.0, None)),
        ("około półtora kilometra", "pl", ("distance", 1500.0, "approx")),
        ("ponad półtora kilometra", "pl", ("distance", 1500.0, "min")),
        ("полтора километра", "ru", ("distance", 1500.0, None)),
        ("полторы минуты", "ru", ("duration", 90.0, None)),
        ("около полутора километров", "ru", ("distance", 1500.0, "approx")),
        ("до полутора километров", "ru", ("distance", 1500.0, "max")),
        ("полторы тысячи метров", "ru", ("distance", 1500.0, None)),
        ("півтора кілометра", "uk", ("distance", 1500.0, None)),
        ("близько півтора кілометра", "uk", ("distance", 1500.0, "approx")),
        ("anderthalb Kilometer", "de", ("distance", 1500.0, None)),
        ("eineinhalb Minuten", "de", ("duration", 90.0, None)),
        ("etwa anderthalb Kilometer", "de", ("distance", 1500.0, "approx")),
    ],
)
def test_one_and_a_half_is_exact(text: str, lang: str, want: tuple[str, float, str | None]) -> None:
    assert _measure(text, lang) == [want]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Russian drone flew one and a half kilometres into Estonian airspace.", "en"),
        ("Un drone russe a pénétré d'un kilomètre et demi dans l'espace aérien estonien.", "fr"),
        ("Rosyjski dron wleciał na półtora kilometra w głąb przestrzeni powietrznej Estonii.", "pl"),
        ("Российский беспилотник залетел на полтора километра в воздушное пространство Эстонии.", "ru"),
        ("Eine russische Drohne drang anderthalb Kilometer tief in den estnischen Luftraum ein.", "de"),
    ],
)
def test_one_and_a_half_depth_is_exact(text: str, lang: str) -> None:
    got = _records(text, lang)
    assert [(r["depth_m"], r["depth_bound"]) for r in got] == [(1500, "exact")]
