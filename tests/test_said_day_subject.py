"""Phenomenon: the day of what is said, not of the saying. (a) A day told after the
speech cue with the aircraft between them is the crossing's day: the aircraft is
the subject of what is said, and German puts the verb last ("meldete, ein Flugzeug
habe am 2. Dezember ... verletzt"), so "no crossing verb between" is not enough.
(b) A time of day opening what is said ("that at 23:05 on 2 December", "qu'à 23h05
le 2 décembre", "che alle 23:05 del 2 dicembre") lets the day right after it open
it too. A day told right after the saying, the aircraft after it, stays the
statement's. Resolvers specified: episodes._told_with_speech, episodes._opens_said.

Sentences of our own; a row names the fields its one record must have ("null":
left unknown)."""

from __future__ import annotations

import pytest

import incidents

REF = "2025-12-05"


@pytest.mark.parametrize(
    ("lang", "text", "expect"),
    [
        (
            "de",
            "Der Generalstab meldete, ein russisches Militärflugzeug habe am "
            "2. Dezember den lettischen Luftraum verletzt.",
            {"violator_state": "RU", "violated_state": "LV", "date": "2025-12-02"},
        ),
        (
            "de",
            "Das Ministerium teilte mit, eine russische Drohne sei am "
            "Montag in den rumänischen Luftraum eingedrungen.",
            {"violated_state": "RO", "date": "2025-12-01"},
        ),
        (
            "de",
            "Das Ministerium teilte am Mittwoch mit, eine russische Drohne "
            "sei in den rumänischen Luftraum eingedrungen.",
            {"violated_state": "RO", "date": "null"},
        ),
        (
            "it",
            "Lo Stato maggiore ha riferito che alle 23:05 del 2 dicembre un "
            "aereo russo ha violato lo spazio aereo lettone.",
            {"violator_state": "RU", "violated_state": "LV", "date": "2025-12-02", "time": "23:05"},
        ),
        (
            "it",
            "Il ministero ha reso noto che alle 6.40 del 1° dicembre un "
            "drone russo è entrato nello spazio aereo romeno.",
            {"violated_state": "RO", "date": "2025-12-01", "time": "06:40"},
        ),
        (
            "it",
            "Lo Stato maggiore ha riferito mercoledì che un aereo "
            "russo aveva violato lo spazio aereo lettone.",
            {"violated_state": "LV", "date": "null"},
        ),
        (
            "en",
            "The ministry said that at 23:05 on 2 December a Russian plane violated Latvian airspace.",
            {"violated_state": "LV", "date": "2025-12-02", "time": "23:05"},
        ),
        (
            "en",
            "The ministry said on 3 December a Russian plane had violated Latvian airspace.",
            {"violated_state": "LV", "date": "null"},
        ),
        (
            "fr",
            "Le ministère a indiqué qu'à 23h05 le 2 décembre un avion russe a violé l'espace aérien letton.",
            {"violated_state": "LV", "date": "2025-12-02", "time": "23:05"},
        ),
        (
            "fr",
            "Le ministère a indiqué mercredi qu'un avion russe avait violé l'espace aérien letton.",
            {"violated_state": "LV", "date": "null"},
        ),
        (
            "ru",
            "Минобороны Латвии сообщило, что в 23:05 2 декабря российский "
            "самолет нарушил воздушное пространство страны.",
            {"violator_state": "RU", "violated_state": "LV", "date": "2025-12-02", "time": "23:05"},
        ),
    ],
)
def test_day_after_said_subject(lang: str, text: str, expect: dict[str, str]) -> None:
    found = incidents.parse(text, lang=lang, reference_date=REF).to_dict()["incidents"]
    assert len(found) == 1, found
    got = {k: found[0].get(k) for k in expect}
    assert got == {k: None if v == "null" else v for k, v in expect.items()}
