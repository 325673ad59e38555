"""Phenomenon: a night word that ends a time of day ("alle 3 di notte di domenica",
"um 3 Uhr nachts am Sonntag", "at 3 at night on Sunday") tells the hour's part of the
day, not "the night of Sunday": the day is the one named, not the morning after.
A night cue of its own before the day ("nella notte di sabato", "in the night of
Saturday") still moves an hour after midnight to the next day.
Resolver specified: when._night_cue (when.night_day).

Sentences of our own; a row names the fields its one record must have ("null":
left unknown)."""

from __future__ import annotations

import pytest

import incidents

REF = "2025-06-10"


@pytest.mark.parametrize(
    ("lang", "text", "expect"),
    [
        (
            "it",
            "Verso le 3 di notte di domenica due aerei russi hanno violato lo spazio aereo svedese.",
            {"violated_state": "SE", "date": "2025-06-08", "time": "03:00"},
        ),
        (
            "it",
            "Alle 2 di notte di sabato un drone russo ha violato lo spazio aereo rumeno.",
            {"violated_state": "RO", "date": "2025-06-07", "time": "02:00"},
        ),
        (
            "it",
            "Nella notte di sabato, verso le 3, due aerei russi hanno violato lo spazio aereo svedese.",
            {"violated_state": "SE", "date": "2025-06-08", "time": "03:00"},
        ),
        (
            "de",
            "In der Nacht zum Sonntag gegen 3 Uhr hat eine russische "
            "Drohne den rumänischen Luftraum verletzt.",
            {"violated_state": "RO", "date": "2025-06-08", "time": "03:00"},
        ),
        (
            "ru",
            "В 3 часа ночи в воскресенье два российских самолета нарушили воздушное пространство Швеции.",
            {"violated_state": "SE", "date": "2025-06-08", "time": "03:00"},
        ),
        (
            "en",
            "At 3 a.m. on Sunday two Russian jets violated Swedish airspace.",
            {"violated_state": "SE", "date": "2025-06-08", "time": "03:00"},
        ),
        (
            "en",
            "In the night of Saturday to Sunday, at about 3 a.m., two "
            "Russian jets violated Swedish airspace.",
            {"violated_state": "SE", "date": "2025-06-08", "time": "03:00"},
        ),
        (
            "fr",
            "Dans la nuit de samedi à dimanche, vers 3 heures, deux "
            "avions russes ont violé l'espace aérien suédois.",
            {"violated_state": "SE", "date": "2025-06-08"},
        ),
        (
            "fr",
            "À 3 heures du matin dimanche, deux avions russes ont violé l'espace aérien suédois.",
            {"violated_state": "SE", "date": "2025-06-08", "time": "03:00"},
        ),
    ],
)
def test_night_word_of_time(lang: str, text: str, expect: dict[str, str]) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).to_dict()["incidents"]
    assert len(found) == 1, found
    got = {k: found[0].get(k) for k in expect}
    assert got == {k: None if v == "null" else v for k, v in expect.items()}
