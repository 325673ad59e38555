"""A day of the month told with no month (the month is the reference date's, or the one
before when that day is still to come, incidents.dates): after an article and ended by
what begins the sentence's subject, an article or a count ("On the 14th two jets
entered ...", "On the 14th a drone ...", "Le 14 deux drones ..."); and in French after a
part of the day and "du" ([date_style] day_alone: "dans la matinée du 14", "le soir du
1er"; a night from one day to the next is left to the incident layer, which reads the
hour told with it). A day's noun or a count after it keeps the number ("the 22nd
Brigade", "the 2nd one", "le 14 drones", "dans la nuit du 14 drones"), as does a weekday
and its day before an article ("39 le samedi, 16 le dimanche": counts)."""

from __future__ import annotations

import pytest

import incidents

REF = "2025-09-20"


def _dates(text: str, lang: str) -> list[object]:
    return [m.value for m in incidents.mentions(text, lang=lang, reference_date=REF) if m.kind == "date"]


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        ("en", "On the 14th two jets entered the airspace.", ["2025-09-14"]),
        ("en", "On the 14th a drone crossed the border.", ["2025-09-14"]),
        ("en", "On the 3rd 12 drones crossed the border.", ["2025-09-03"]),
        ("en", "On the 14th the ministry said a balloon had drifted in.", ["2025-09-14"]),
        ("fr", "Le 14 deux drones ont survolé la base.", ["2025-09-14"]),
        ("fr", "Le 14 un drone a survolé la base.", ["2025-09-14"]),
        ("fr", "Un drone a survolé la base dans la matinée du 14.", ["2025-09-14"]),
        ("fr", "dans la soirée du 14, deux hélicoptères", ["2025-09-14"]),
        ("fr", "le soir du 1er", ["2025-09-01"]),
        ("fr", "la nuit du 14, un ballon est entré", ["2025-09-14"]),
        # unchanged
        ("en", "Two jets entered the airspace on the 14th.", ["2025-09-14"]),
        ("fr", "dans la nuit du 13 au 14 septembre", ["2025-09-13"]),
        # no date
        ("en", "the 22nd Brigade", []),
        ("en", "the 2nd one was shot down", []),
        ("fr", "le 14 drones", []),
        ("fr", "dans la nuit du 14 drones", []),
        ("fr", "dans la soirée du 14e jour", []),
        ("fr", "38 le vendredi, 39 le samedi, 16 le dimanche", ["2025-09-19", "2025-09-20", "2025-09-14"]),
    ],
)
def test_day_with_no_month(lang: str, text: str, dates: list[object]) -> None:
    assert _dates(text, lang) == dates
