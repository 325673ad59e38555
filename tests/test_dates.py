"""Date phrases against a pinned reference date (Friday 29 September 2023)."""

from __future__ import annotations

import datetime as dt

import pytest

from incidents.api import mentions
from incidents.dates import Calendar, resolve
from incidents.words import Lexicon, load_lexicon, supported_languages

REF = "2023-09-29"  # a Friday


def dates(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m.value, m.extra.get("precision")) for m in mentions(text, lang, REF) if m.kind == "date"]


SAME_DATE = {
    ("2023-09-28", "day"): [
        ("fr", "jeudi"),
        ("fr", "hier"),
        ("en", "on Thursday"),
        ("en", "yesterday"),
        ("en", "last night"),
        ("fr", "la nuit dernière"),
        ("fr", "le 28 septembre"),
    ],
    ("2023-09-26", "day"): [
        ("fr", "mardi dernier"),
        ("fr", "mardi"),
        ("en", "on Tuesday"),
        ("en", "last Tuesday"),
        ("en", "September 26"),
        ("fr", "26/09/2023"),
    ],
    ("2021-06-21", "day"): [
        ("fr", "21/06/2021"),
        ("fr", "le 21 juin 2021"),
        ("en", "June 21 2021"),
        ("en", "21 June 2021"),
        ("en", "2021-06-21"),
    ],
    ("2023-06-21", "day"): [("en", "June 21"), ("fr", "le 21 juin")],
    ("2023-09-01", "month"): [("en", "in September"), ("fr", "en septembre")],
    # a month told as the last one: the most recent such month
    ("2023-03-01", "month"): [
        ("en", "last March"),
        ("en", "in March"),
        ("fr", "en mars dernier"),
        ("fr", "mars dernier"),
    ],
    ("2022-11-01", "month"): [("en", "last November"), ("fr", "novembre dernier")],
    ("2022-10-06", "day"): [("fr", "le 6 octobre"), ("en", "on October 6")],
}


@pytest.mark.parametrize(
    ("expected", "lang", "text"),
    [(exp, lang, text) for exp, rows in SAME_DATE.items() for lang, text in rows],
)
def test_date_phrasings(expected: tuple[str, str], lang: str, text: str) -> None:
    assert expected in dates(text, lang)


def test_march_third_is_a_date_not_a_time() -> None:
    ms = mentions("le 3 mars", "fr", REF)
    assert [m.kind for m in ms] == ["date"]


def test_no_reference_date_no_relative_day() -> None:
    assert [m.value for m in mentions("hier", "fr") if m.kind == "date"] == [None]


@pytest.mark.parametrize("lang", supported_languages())
def test_lexicon_numbers_months_and_weekdays_as_dateparser_reads_them(lang: str) -> None:
    # the lexicon's tables number the names; dateparser, which reads the same names,
    # is the witness that the order is the calendar's
    from incidents.dates import _resolve

    calendar = Calendar.of(load_lexicon(lang))
    assert sorted(calendar.months.values()) == list(range(1, 13))
    assert sorted(calendar.weekdays.values()) == list(range(7))
    for month, number in calendar.months.items():
        read = _resolve(f"{month} 2001", None)
        assert read is not None and dt.date.fromisoformat(read[0]).month == number, month
    monday = dt.date(2001, 1, 1)
    for weekday, number in calendar.weekdays.items():
        read = _resolve(weekday, monday)
        assert read is not None and dt.date.fromisoformat(read[0]).weekday() == number, weekday


def test_weekdays_are_counted_back_as_dateparser_does() -> None:
    # "thursday" is the last Thursday up to the reference date (the day itself
    # included), "last thursday" the one before it: what dateparser answers with dates
    # preferred from the past, for each weekday named on each weekday
    from incidents.dates import _resolve

    calendar = Calendar.of(load_lexicon("en"))
    for ref in (dt.date(2024, 5, 6) + dt.timedelta(days=k) for k in range(7)):
        for weekday in calendar.weekdays:
            for last in (False, True):
                info: dict[str, object] = {"weekday": weekday, "last": True} if last else {"weekday": weekday}
                # dateparser counts strictly before its base: the day after for a bare weekday
                base = ref if last else ref + dt.timedelta(days=1)
                read = _resolve(("last " if last else "") + weekday, base)
                assert read is not None
                assert resolve(info, ref, calendar) == (read[0], "day"), (ref, weekday, last)


def test_a_calendar_needs_twelve_months_and_seven_days() -> None:
    lexicon = Lexicon("xx", classes={"D_MONTH": {"january": ["jan"]}, "D_WEEKDAY": {"monday": ["mon"]}})
    with pytest.raises(ValueError, match="12 months"):
        Calendar.of(lexicon)


@pytest.mark.parametrize("year", [2023, 2024])
def test_day_and_month_read_once_then_any_year(year: int) -> None:
    # the month's number comes from the lexicon; the day and year are applied after:
    # the same answers as dateparser on the whole phrase, impossible days included
    from incidents.dates import _in_year, _resolve

    calendar = Calendar.of(load_lexicon("en"))
    months = ["january", "february", "march", "april", "may", "june"]
    months += ["july", "august", "september", "october", "november", "december"]
    for month in months:
        whole = _resolve(f"{month} {year}", None)
        assert _in_year(None, month, year, calendar) == (whole[0] if whole else None)
        for day in range(1, 32):
            whole = _resolve(f"{day} {month} {year}", None)
            assert _in_year(day, month, year, calendar) == (whole[0] if whole else None), (day, month)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "earlier this month", "2023-09-01"),
        ("en", "last month", "2023-08-01"),
        ("fr", "le mois dernier", "2023-08-01"),
        ("fr", "ce mois-ci", "2023-09-01"),
    ],
)
def test_months_relative_to_the_report(lang: str, text: str, expected: str) -> None:
    assert dates(text, lang) == [(expected, "month")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "three days ago", ("2023-09-26", "day")),
        ("en", "2 weeks ago", ("2023-09-15", "day")),
        ("fr", "il y a trois jours", ("2023-09-26", "day")),
        ("fr", "il y a un mois", ("2023-08-01", "month")),
    ],
)
def test_counted_back_from_the_report(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert dates(text, lang) == [expected]


@pytest.mark.parametrize(
    ("lang", "text", "value", "also"),
    [
        ("en", "on 3 and 5 May", "2023-05-05", [3]),
        ("en", "on May 3 and 5", "2023-05-03", [5]),
        ("fr", "les 3 et 5 mai", "2023-05-05", [3]),
        ("fr", "le 3 et le 5 mai", "2023-05-05", [3]),
        ("en", "on 3, 5 and 7 May", "2023-05-07", [3, 5]),
        ("en", "on May 3, 5, 7 and 9", "2023-05-03", [5, 7, 9]),
        ("fr", "les 3, 5 et 7 mai", "2023-05-07", [3, 5]),
    ],
)
def test_listed_days_keep_the_other_days(lang: str, text: str, value: str, also: list[int]) -> None:
    """The month told once for several days: the phrase is one date mention, the day
    told with the month its value, the others kept (the incident layer splits them)."""
    (m,) = [m for m in mentions(text, lang, REF) if m.kind == "date"]
    assert str(m.value) == value
    assert [day for day, _side in m.extra["also_days"]] == also


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "on 5 and 3 May"),
        ("en", "on May 5 and 3"),
        ("fr", "le 4 et 4 mai"),
        ("en", "on 3, 7 and 5 May"),
    ],
)
def test_listed_days_run_forward(lang: str, text: str) -> None:
    assert not any(m.extra.get("also_days") for m in mentions(text, lang, REF) if m.kind == "date")
