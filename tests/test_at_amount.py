""" "at"/"à" before an amount, and minutes to a named hour (phrase layer).

- "at 2-3 km", "à 200-300 mètres": a range of lengths after "at" is a distance,
  never the span of the day 02:00-03:00;
- "at" before minutes or seconds leads that amount, no hour ("à 3 minutes de la
  frontière", "на 17 секунд"), while "à 3 heures", "at 1520 hrs" stay times and
  "il a 30 ans" an age; "at 40 knots" is a speed;
- "at 10 to midnight", "at 20 to noon", "at 10 to 11 pm": after "at", minutes (by
  fives) joined by the language's minutes-to word (T_TO) are minutes to that hour,
  not a range; "from 10 to midnight", "de 22 h à minuit" stay ranges.
"""

from __future__ import annotations

import pytest

import incidents


def _of(text: str, lang: str, kind: str) -> list[tuple[object, object]]:
    return [(m.value, m.low) for m in incidents.mentions(text, lang=lang) if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("The drone hovered at 200-300 metres.", "en", 200.0, 300.0),
        ("a helicopter flying at 2-3 km", "en", 2000.0, 3000.0),
        ("at 2 to 3 km from the coast", "en", 2000.0, 3000.0),
        ("Le drone volait à 200-300 mètres.", "fr", 200.0, 300.0),
        ("un avion à 3-4 km de la côte", "fr", 3000.0, 4000.0),
        ("à 5 à 6 kilomètres de la frontière", "fr", 5000.0, 6000.0),
    ],
)
def test_a_range_of_lengths_after_at(text: str, lang: str, low: float, high: float) -> None:
    assert _of(text, lang, "distance") == [(high, low)]
    assert _of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The base lies at 3 minutes from the border.", "en"),
        ("La base est à 3 minutes de la frontière.", "fr"),
        ("Le village est à 10 minutes de vol.", "fr"),
        ("The crew reached the coast at 40 knots.", "en"),
    ],
)
def test_a_number_with_its_unit_after_at_is_no_time(text: str, lang: str) -> None:
    assert _of(text, lang, "time") == []


@pytest.mark.parametrize(
    ("text", "lang", "seconds"),
    [
        ("La base est à 3 minutes de la frontière.", "fr", 180.0),
        ("Самолёт нарушил границу на 17 секунд.", "ru", 17.0),
        ("at 40 seconds from the line", "en", 40.0),
    ],
)
def test_at_before_minutes_leads_them(text: str, lang: str, seconds: float) -> None:
    assert _of(text, lang, "duration") == [(seconds, None)]


@pytest.mark.parametrize(
    ("text", "lang", "hhmm"),
    [
        ("At 1520 hrs, two jets entered.", "en", "15:20"),
        ("Le drone est apparu à 3 heures.", "fr", "03:00"),
        ("à 2 heures 10", "fr", "02:10"),
    ],
)
def test_at_before_hours_stays_a_time(text: str, lang: str, hhmm: str) -> None:
    assert _of(text, lang, "time") == [(hhmm, None)]
    assert _of(text, lang, "duration") == []


@pytest.mark.parametrize(
    ("text", "lang", "hhmm"),
    [
        ("The jet took off at 10 to midnight.", "en", "23:50"),
        ("at 20 to noon", "en", "11:40"),
        ("The sirens sounded at 10 to 11 pm.", "en", "22:50"),
        ("at ten to midnight", "en", "23:50"),
    ],
)
def test_minutes_to_a_named_hour(text: str, lang: str, hhmm: str) -> None:
    assert _of(text, lang, "time") == [(hhmm, None)]


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("The airspace was shut from 10 to midnight.", "en", "10:00", "00:00"),
        ("at 9 to 10 pm", "en", "21:00", "22:00"),
        ("L'espace aérien a été fermé de 22 h à minuit.", "fr", "22:00", "00:00"),
        ("de 10 à midi", "fr", "10:00", "12:00"),
    ],
)
def test_ranges_of_the_day_stay(text: str, lang: str, start: str, end: str) -> None:
    ms = [m for m in incidents.mentions(text, lang=lang) if m.kind == "time"]
    assert [(m.value, m.extra.get("end")) for m in ms] == [(start, end)]
