"""``NIGHT_CUE`` in the languages where the night is named by its second day ("in der
Nacht zum Sonntag", "в ночь на воскресенье"): a crossing in the evening is on the
day before, one after midnight on the day named. Sentences of our own."""

from __future__ import annotations

import pytest

import incidents

REF = "2025-10-08"


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        (
            "de",
            "In der Nacht zum Sonntag drang eine Drohne um 2.15 Uhr in den polnischen Luftraum ein.",
            "2025-10-05",
        ),
        (
            "de",
            "In der Nacht zum Sonntag drang eine Drohne um 22.15 Uhr in den polnischen Luftraum ein.",
            "2025-10-04",
        ),
        (
            "ru",
            "В ночь на воскресенье российский беспилотник в 02:15 нарушил воздушное пространство Румынии.",
            "2025-10-05",
        ),
        (
            "ru",
            "В ночь на воскресенье российский беспилотник в 22:15 нарушил воздушное пространство Румынии.",
            "2025-10-04",
        ),
        (
            "pl",
            "W nocy z soboty na niedzielę o 2:15 rosyjski dron naruszył polską przestrzeń powietrzną.",
            "2025-10-05",
        ),
    ],
)
def test_night_day(lang: str, text: str, day: str) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).incidents
    assert [str(i.date) for i in found] == [day]
