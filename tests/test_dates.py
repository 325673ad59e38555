"""Date phrases against a pinned reference date (Friday 29 September 2023)."""

from __future__ import annotations

import pytest

from incidents.api import mentions

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


@pytest.mark.parametrize("year", [2023, 2024])
def test_day_and_month_read_once_then_any_year(year: int) -> None:
    # dateparser reads the month name once; the day and year are applied after:
    # the same answers as dateparser on the whole phrase, impossible days included
    from incidents.dates import _in_year, _resolve

    months = ["january", "february", "march", "april", "may", "june"]
    months += ["july", "august", "september", "october", "november", "december"]
    for month in months:
        whole = _resolve(f"{month} {year}", None)
        assert _in_year(None, month, year) == (whole[0] if whole else None)
        for day in range(1, 32):
            whole = _resolve(f"{day} {month} {year}", None)
            assert _in_year(day, month, year) == (whole[0] if whole else None), (day, month)


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
