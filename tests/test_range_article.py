"""A clock and then "à une" / "to an" before a noun ("à 14 h 05 à une altitude de
3 000 mètres", "at 10:05 to an altitude"): the article ends no span of the day, so the
time is the clock alone and no stay of ten hours is read from a false range. A span
that ends with an hour ("de 11 h à une heure du matin", "de 14 h à 15 h") stays one."""

from __future__ import annotations

import pytest
from phrases import values_of

import incidents


@pytest.mark.parametrize(
    ("lang", "text", "times"),
    [
        ("fr", "Un drone est entré à 14 h 05 à une altitude de 3 000 mètres.", ["14:05"]),
        ("fr", "L'avion a franchi la frontière à 9 h 40 à une vitesse de 800 km/h.", ["09:40"]),
        ("fr", "Le ballon a été vu à 22 h 10 à une dizaine de kilomètres de la côte.", ["22:10"]),
        ("en", "The drone crossed at 10:05 to an altitude of 3,000 m.", ["10:05"]),
        # spans of the day stay spans
        ("fr", "Les drones ont survolé la zone de 14 h à 15 h.", ["14:00"]),
        ("fr", "Les drones ont survolé la zone de 11 h à une heure du matin.", ["11:00"]),
    ],
)
def test_article_after_clock(lang: str, text: str, times: list[str]) -> None:
    assert values_of(text, lang, "time") == times


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Un drone russe a pénétré dans l'espace aérien roumain à 14 h 05 à une altitude de 3 000 mètres.",
        ),
        ("fr", "Un avion russe a franchi la frontière estonienne à 9 h 40 à une vitesse de 800 km/h."),
    ],
)
def test_no_stay_from_an_article(lang: str, text: str) -> None:
    (record,) = incidents.parse(text, lang=lang, reference_date="2025-06-01").incidents
    assert record.to_dict().get("duration_s") is None
