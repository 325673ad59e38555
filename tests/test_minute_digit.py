"""Minutes told by one spelled digit after the hour word ("onze heures cinq", "elf Uhr
fünf"): minutes where a sign or the end of the text follows, or a part of the day or a
time zone goes on the phrase; white space before a sign, the end of the line or of the
text is no word ("à zéro heure cinq ", "à neuf heures deux !"); before any other word
the digit is a count ("à 11 heures cinq drones", "um 11 Uhr zwei Drohnen") and the time is the whole hour."""

from __future__ import annotations

import pytest
from phrases import values_of


@pytest.mark.parametrize(
    ("lang", "text", "times"),
    [
        ("fr", "Le ballon a été aperçu à onze heures cinq.", ["11:05"]),
        ("fr", "Le drone est passé à sept heures trois, puis il est reparti.", ["07:03"]),
        ("fr", "L'alerte a été levée à dix heures huit du matin.", ["10:08"]),
        ("de", "Die Drohne wurde um elf Uhr fünf gesehen.", ["11:00"]),
        ("de", "Die Drohne kam um elf Uhr fünf.", ["11:05"]),
        # a count after the hour
        ("fr", "À 11 heures cinq drones ont franchi la frontière.", ["11:00"]),
        ("fr", "À 9 heures deux avions ont décollé.", ["09:00"]),
        ("de", "Um 11 Uhr zwei Drohnen über der Stadt.", ["11:00"]),
        # two digits and tens were read before
        ("fr", "Le drone est arrivé à onze heures dix.", ["11:10"]),
    ],
)
def test_minute_digit(lang: str, text: str, times: list[str]) -> None:
    assert values_of(text, lang, "time") == times


@pytest.mark.parametrize(
    ("lang", "text", "times"),
    [
        ("fr", "Signalé à zéro heure cinq ", ["00:05"]),
        ("fr", "Premier passage à une heure cinq\nLe second, plus tard.", ["01:05"]),
        ("fr", "Le drone a disparu des écrans à neuf heures deux !", ["09:02"]),
        ("fr", "Heure du survol : vingt-trois heures sept \t", ["23:07"]),
        ("de", "Die Meldung kam um elf Uhr fünf ", ["11:05"]),
        # a word after the space on the same line: a count
        ("fr", "À 8 heures trois  chasseurs ont décollé.", ["08:00"]),
    ],
)
def test_minute_digit_before_white_space(lang: str, text: str, times: list[str]) -> None:
    assert values_of(text, lang, "time") == times


@pytest.mark.parametrize(
    ("lang", "text", "times", "durations"),
    [
        # "vers 21 heures" could be an amount of hours: one spelled digit and a word after
        # it are a count, not the amount's minutes ("21 heures un" is no 21 h 01)
        ("fr", "Les drones ont frappé vers 21 heures un camp près de la ville.", ["21:00"], []),
        ("fr", "Vers 20 heures deux hélicoptères ont survolé la ville.", ["20:00"], []),
        ("en", "It stayed for two hours three jets escorting it.", [], [7200.0]),
        # a fraction or an amount in digits stays part of the amount
        ("fr", "Il est resté 2 heures un quart.", [], [8100.0]),
        ("en", "It stayed for 1 hour 30.", [], [5400.0]),
    ],
)
def test_minute_digit_of_an_amount(lang: str, text: str, times: list[str], durations: list[float]) -> None:
    assert values_of(text, lang, "time") == times
    assert values_of(text, lang, "duration") == durations
