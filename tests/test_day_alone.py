"""A day of the month told with no month: "Le 14, ...", "On the 22nd, ...", "dimanche
15", "Sunday the 15th". The month is the reference date's, or the one before when that
day is still to come (as a month with no year is the last such month); with a weekday,
the last such day that is that weekday within three months, else no date (a weekday
alone would give a day the text contradicts).

Where the language says so ([date_style] day_alone): French after "le" (with no ending
but "er": "le 1er"), English with an ordinal ending ("the 22nd"); the day ends its words
(a sign or the end of the text, a time's lead or a part of the day: "le 14 à 15 h",
"le 14 au soir"). "le 14 drones",
"the 22nd Brigade", "of the 14," (a count), "le 14e régiment" are no dates."""

from __future__ import annotations

import pytest

import incidents

REF = "2025-06-20"  # a Friday


def _dates(text: str, lang: str) -> list[tuple[str, object]]:
    found = incidents.mentions(text, lang=lang, reference_date=REF)
    return [(m.text, m.value) for m in found if m.kind == "date"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the reference date's month
        ("fr", "Le 14, deux drones ont survolé la base.", [("Le 14", "2025-06-14")]),
        ("fr", "L'appareil a été repéré le 3.", [("le 3", "2025-06-03")]),
        ("fr", "Le 1er, un ballon a dérivé vers le nord.", [("Le 1er", "2025-06-01")]),
        ("fr", "Le 14 à 15 h, un drone est apparu.", [("Le 14", "2025-06-14")]),
        ("fr", "Le 9 vers midi, la patrouille a décollé.", [("Le 9", "2025-06-09")]),
        ("en", "On the 14th, a drone crossed the border.", [("On the 14th", "2025-06-14")]),
        ("en", "The jets returned on the 2nd.", [("on the 2nd", "2025-06-02")]),
        ("en", "On the 3rd at noon, a balloon drifted in.", [("On the 3rd", "2025-06-03")]),
        # a part of the day after it
        ("fr", "Le 14 au soir, un drone a été vu.", [("Le 14", "2025-06-14")]),
        ("fr", "Le 9 au matin, deux avions sont passés.", [("Le 9", "2025-06-09")]),
        ("fr", "Le 14 dans l'après-midi, un drone a été vu.", [("Le 14", "2025-06-14")]),
        ("fr", "Le 12 dans la nuit, un ballon a dérivé.", [("Le 12", "2025-06-12")]),
        ("en", "On the 2nd in the morning, a balloon drifted in.", [("On the 2nd", "2025-06-02")]),
        # still to come this month: the month before
        ("fr", "Le 22, un hélicoptère a franchi la frontière.", [("Le 22", "2025-05-22")]),
        ("fr", "Le 31, un drone a été abattu.", [("Le 31", "2025-05-31")]),
        ("en", "On the 21st, two jets were intercepted.", [("On the 21st", "2025-05-21")]),
        # a weekday and its day
        ("fr", "Dimanche 15, un drone a été vu.", [("Dimanche 15", "2025-06-15")]),
        ("fr", "Le mardi 3, un ballon est passé.", [("Le mardi 3", "2025-06-03")]),
        ("en", "On Sunday the 15th, a drone was seen.", [("On Sunday the 15th", "2025-06-15")]),
        ("en", "On Tuesday, the 3rd, a balloon passed.", [("On Tuesday, the 3rd", "2025-06-03")]),
        ("fr", "Dimanche 18, un avion a dévié.", [("Dimanche 18", "2025-05-18")]),
        # a weekday the day never was in three months: no date
        ("fr", "Dimanche 14, un drone a été vu.", [("Dimanche 14", None)]),
        ("en", "On Monday the 14th, a drone was seen.", [("On Monday the 14th", "2025-04-14")]),
    ],
)
def test_day_alone(lang: str, text: str, expected: list[tuple[str, object]]) -> None:
    assert _dates(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 14 drones ont été abattus."),
        ("fr", "Le 14e régiment a été mobilisé."),
        ("fr", "Il est arrivé le 14e."),
        ("fr", "Sur les 14, trois ont été abattus."),
        ("en", "The 22nd Brigade was deployed."),
        ("en", "Of the 14, three were shot down."),
        ("en", "On the 14 two jets took off."),
    ],
)
def test_no_day(lang: str, text: str) -> None:
    assert _dates(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a weekday, then a count: the weekday alone
        ("en", "On Sunday 14 drones were shot down.", [("On Sunday", "2025-06-15")]),
        ("fr", "Dimanche 14 drones ont été abattus.", [("Dimanche", "2025-06-15")]),
        # with its month, the month's
        ("fr", "Le 14 juillet, un drone a été vu.", [("Le 14 juillet", "2024-07-14")]),
    ],
)
def test_other_dates_unchanged(lang: str, text: str, expected: list[tuple[str, object]]) -> None:
    assert _dates(text, lang) == expected


def test_incident_date() -> None:
    text = "Le 14, deux drones russes ont violé l'espace aérien estonien."
    found = incidents.parse(text, lang="fr", reference_date=REF).incidents
    assert [str(i.date) for i in found] == ["2025-06-14"]
