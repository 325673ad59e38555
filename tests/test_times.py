"""Times of day: one expected value, many FR/EN phrasings; and what is no time."""

from __future__ import annotations

import pytest

from incidents.api import mentions


def times(text: str, lang: str) -> list[str | None]:
    return [m.value for m in mentions(text, lang) if m.kind == "time"]


SAME_TIME = {
    "15:20": [
        ("fr", "à 15 h 20"),
        ("fr", "15h20"),
        ("fr", "à 15 heures 20"),
        ("fr", "vers 15 h 20 heure locale"),
        ("fr", "3 h 20 de l'après-midi"),
        ("fr", "à trois heures vingt de l'après-midi"),
        ("en", "3:20 p.m."),
        ("en", "3.20pm"),
        ("en", "1520 hrs"),
        ("en", "15:20"),
        ("en", "at twenty past three in the afternoon"),
        ("en", "at three twenty pm"),
    ],
    "06:45": [
        ("fr", "à sept heures moins quinze du matin"),
        ("fr", "à 6 h 45"),
        ("fr", "à six heures et trois quarts"),
        ("en", "at a quarter to seven in the morning"),
        ("en", "6:45 am"),
        ("en", "at 0645"),
    ],
    "12:00": [("fr", "à midi"), ("en", "at noon"), ("en", "at midday"), ("fr", "vers midi")],
    "21:30": [
        ("fr", "vers 21 h 30"),
        ("fr", "à neuf heures et demie du soir"),
        ("en", "at half past nine in the evening"),
        ("en", "9:30 pm"),
        ("en", "this evening at 9:30"),
    ],
    "08:00": [("fr", "il est huit heures"), ("fr", "à 8 h"), ("en", "at 8 o'clock"), ("en", "at eight am")],
}


@pytest.mark.parametrize(
    ("expected", "lang", "text"),
    [(exp, lang, text) for exp, rows in SAME_TIME.items() for lang, text in rows],
)
def test_time_phrasings(expected: str, lang: str, text: str) -> None:
    assert expected in times(text, lang)


def test_approximate_time_is_marked() -> None:
    (m,) = [m for m in mentions("vers 15 heures", "fr") if m.kind == "time"]
    assert (m.value, m.bound) == ("15:00", "approx")
    (m,) = [m for m in mentions("at around 10:40 local time", "en") if m.kind == "time"]
    assert (m.value, m.bound) == ("10:40", "approx")


def test_time_range() -> None:
    (m,) = [m for m in mentions("entre 15 h et 16 h", "fr") if m.kind == "time"]
    assert (m.value, m.extra.get("end")) == ("15:00", "16:00")


NO_TIME = [
    ("fr", "M. Dupont est arrivé"),
    ("fr", "sept personnes ont vu l'avion"),
    ("fr", "le 3 mars"),
    ("fr", "elle a un frère"),
    ("fr", "cela ressemble à une étoile"),
    ("fr", "pendant deux heures"),
    ("fr", "le vol a duré 3 heures"),
    ("en", "I'm sure"),
    ("en", "in April"),
    ("en", "for 3 hours"),
    ("en", "five and a quarter"),
    ("en", "sheets A4 and A5"),
    ("fr", "le code B7 C9"),
    ("en", "between 2 and 3 hours"),
    # an article after a part of the day opens a noun phrase, it is no hour
    ("fr", "l'armée a repéré en soirée un drone"),
    ("fr", "dans la matinée une patrouille a décollé"),
    ("en", "this evening a drone crossed the border"),
]


@pytest.mark.parametrize(("lang", "text"), NO_TIME)
def test_no_time(lang: str, text: str) -> None:
    assert times(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La Pologne a 3 radars.", "fr"),
        ("Il y a trois jours, un drone est tombé.", "fr"),
        ("on the night of 9 to 10 September", "en"),
    ],
)
def test_no_time_in_a_verb_or_a_range_of_days(text: str, lang: str) -> None:
    assert [m for m in mentions(text, lang) if m.kind == "time"] == []


def test_a_range_takes_its_end_s_pm_and_never_runs_backwards() -> None:
    (evening,) = [m for m in mentions("from 9 to 10 pm", "en") if m.kind == "time"]
    assert (evening.value, evening.get("end")) == ("21:00", "22:00")
    (to,) = [m for m in mentions("at ten to nine", "en") if m.kind == "time"]
    assert (to.value, to.get("end")) == ("08:50", None)


def time_mentions(text: str, lang: str) -> list:
    return [m for m in mentions(text, lang) if m.kind == "time"]


# A stated zone is the mention's "tz": "UTC" for UTC/GMT/Zulu, "local" for local time,
# an IANA name for a named zone, "+hh:mm" for an offset.
ZONES = [
    ("en", "The jets crossed the line at 1140 GMT.", "11:40", "UTC"),
    ("en", "first detected at 0615Z", "06:15", "UTC"),
    ("en", "at 21:05 Zulu", "21:05", "UTC"),
    ("en", "around 10:40 local time", "10:40", "local"),
    ("en", "at 7 pm Moscow time", "19:00", "Europe/Moscow"),
    ("en", "at 14:05 UTC+3", "14:05", "+03:00"),
    ("en", "at 08:30 GMT-5", "08:30", "-05:00"),
    ("en", "at 14:05 +02:00", "14:05", "+02:00"),
    ("en", "at 23:10 KST", "23:10", "Asia/Seoul"),
    ("fr", "vers 15 h 40 GMT", "15:40", "UTC"),
    ("fr", "à 13 h 15 TU", "13:15", "UTC"),
    ("fr", "à 10 h 40 heure locale", "10:40", "local"),
    ("fr", "à 14 h 30 heure de Moscou", "14:30", "Europe/Moscow"),
    ("fr", "vers 22 h (heure de Paris)", "22:00", "Europe/Paris"),
    ("fr", "à 6 h 10 UTC+02:00", "06:10", "+02:00"),
    ("fr", "à 9 h 32, heure de Moscou", "09:32", "Europe/Moscow"),
    ("en", "at 9:32 a.m., Moscow time", "09:32", "Europe/Moscow"),
]


@pytest.mark.parametrize(("lang", "text", "value", "tz"), ZONES)
def test_time_zone(lang: str, text: str, value: str, tz: str) -> None:
    (m,) = time_mentions(text, lang)
    assert (m.value, m.get("tz")) == (value, tz)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "at 14:05, 3 jets"),
        ("en", "at 9:15 +3 more"),
        ("fr", "à 14 h 20, 3 avions"),
        ("fr", "à 8 h +5 %"),
    ],
)
def test_no_zone_unless_stated(lang: str, text: str) -> None:
    (m,) = time_mentions(text, lang)
    assert m.get("tz") is None


# Clock ranges: one time mention, value the start, extra "end".
CLOCK_RANGES = [
    ("fr", "Les survols ont eu lieu entre 9 heures et 11 heures.", "09:00", "11:00"),
    ("fr", "de 5h12 à 7h40", "05:12", "07:40"),
    ("fr", "entre 22 h 05 et 22 h 50", "22:05", "22:50"),
    ("fr", "de neuf heures à onze heures", "09:00", "11:00"),
    ("fr", "entre midi et 14 h", "12:00", "14:00"),
    ("en", "from 08.10 h to 08.13 h", "08:10", "08:13"),
    ("en", "between 3 and 4 pm", "15:00", "16:00"),
    ("en", "between 10.32 and 10.42", "10:32", "10:42"),
    ("en", "from 9 to 11 am", "09:00", "11:00"),
    ("en", "between 14:10 and 14:40 local time", "14:10", "14:40"),
    ("en", "between 0900 and 0930 GMT", "09:00", "09:30"),
    ("en", "from 1040 to 1105", "10:40", "11:05"),
    ("fr", "de 10 h 40 à 11 h 05 heure locale", "10:40", "11:05"),
    ("fr", "entre 14 h et 15 h 30", "14:00", "15:30"),
]


@pytest.mark.parametrize(("lang", "text", "start", "end"), CLOCK_RANGES)
def test_clock_range(lang: str, text: str, start: str, end: str) -> None:
    (m,) = time_mentions(text, lang)
    assert (m.value, m.get("end")) == (start, end)


# Ranges of counts and of hours of duration are no clock range.
NOT_CLOCK_RANGES = [
    ("fr", "trois à cinq avions"),
    ("fr", "entre 2 et 3 heures"),
    ("fr", "pendant 2 à 3 heures"),
    ("fr", "de deux à quatre drones"),
    ("en", "between 6 and 8 drones"),
    ("en", "between 2 and 3 hours"),
    ("en", "3 to 5 jets"),
    ("en", "between 2.50 and 3.75"),
    ("en", "between 1200 and 1500 drones"),
    ("fr", "les années 2010-2015"),
    ("fr", "environ 2 heures"),
    ("fr", "près de trois heures de vol"),
    ("en", "nearly two hours"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CLOCK_RANGES)
def test_no_clock_range(lang: str, text: str) -> None:
    assert time_mentions(text, lang) == []


NOON_MIDNIGHT = [
    ("fr", "à midi et quart", "12:15"),
    ("fr", "vers minuit vingt", "00:20"),
    ("fr", "à midi moins le quart", "11:45"),
    ("fr", "minuit moins dix", "23:50"),
    ("fr", "à minuit et demie", "00:30"),
    ("fr", "à midi passé de cinq minutes", "12:05"),
    ("en", "at 12.15 noon", "12:15"),
    ("en", "at 12:30 midnight", "00:30"),
    ("en", "ten to noon", "11:50"),
    ("en", "five to midnight", "23:55"),
]


@pytest.mark.parametrize(("lang", "text", "value"), NOON_MIDNIGHT)
def test_noon_and_midnight_with_minutes(lang: str, text: str, value: str) -> None:
    assert times(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("at 10a", "10:00"), ("at 7:30p", "19:30"), ("at 11p", "23:00"), ("at 5 a drone", "05:00")],
)
def test_one_letter_am_pm_only_glued(text: str, value: str) -> None:
    assert times(text, "en") == [value]


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "jusqu'à 18 heures", "18:00"),
        ("fr", "à partir de 7 heures", "07:00"),
        ("fr", "vers les 15 heures", "15:00"),
        ("fr", "il est 5 heures moins le quart", "04:45"),
        ("fr", "sept heures et quart", "07:15"),
        ("fr", "quinze heures", "15:00"),
        ("en", "until 6pm", "18:00"),
        ("en", "3 o'clock pm", "15:00"),
        ("en", "till 10:30", "10:30"),
    ],
)
def test_leads_and_spelled_hours(lang: str, text: str, value: str) -> None:
    assert times(text, lang) == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("il est huit heures", ["08:00"]),
        ("c'est midi", ["12:00"]),
        ("Il est 23 heures", ["23:00"]),
        ("C'est 3 avions qui ont franchi la frontière", []),
        ("c'est deux drones", []),
    ],
)
def test_telling_the_time_is_no_count(text: str, expected: list[str]) -> None:
    assert times(text, "fr") == expected


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "à midi, 15 avions", "12:00"),
        ("fr", "minuit : deux drones", "00:00"),
        ("fr", "à midi 30 appareils", "12:00"),
        ("en", "at noon 20 jets", "12:00"),
        ("en", "at midnight, two drones", "00:00"),
        ("en", "noon to 2 pm", "12:00"),
    ],
)
def test_noon_takes_no_count_as_minutes(lang: str, text: str, value: str) -> None:
    assert times(text, lang)[:1] == [value]
