"""A day of the month written in digits before its month, two shapes that were read
wrong or not at all:

- a day and a month joined by a slash with no year ("le 14/08", "no dia 17/08"), told
  after a lead (the article or the "in" of a date, the noun "day"): a date where the
  language writes a date's day first (``[date_style] day_first`` lists "/"), never the
  fraction 14/08 = 1.75. English says no order (US "8/14", British "14/8"): there the
  pair stays unread. Without a lead, for a share of a whole ("dans 9/10 des cas") or a
  common fraction ("1/2", "3/4"), it is no date.
- a day in digits before "of" and its month ("on 14 of August", "le 14 d'août", "le 14
  du mois d'août"), after a lead; an ordinal ("the 14th of August") was read already,
  but not after a weekday and an article ("on Thursday the 14th of August": the weekday
  alone was read, as the last Thursday).
"""

from __future__ import annotations

import pytest

from incidents.api import mentions

REF = "2025-09-20"


def _days(text: str, lang: str) -> list[str | None]:
    return [
        m.value for m in mentions(text, lang, REF) if m.kind == "date" and m.extra.get("precision") == "day"
    ]


def _kinds(text: str, lang: str) -> list[str]:
    return [m.kind for m in mentions(text, lang, REF)]


DATES = [
    ("fr", "Le drone a franchi la frontière le 14/08, selon l'armée.", "2025-08-14"),
    ("fr", "Deux avions ont été repérés le 3/09 au large de la côte.", "2025-09-03"),
    ("fr", "Un ballon a dérivé au-dessus de la ville le 22/7.", "2025-07-22"),
    ("pt", "O aparelho sobrevoou a região no dia 17/08 à noite.", "2025-08-17"),
    ("pt", "Os caças foram detetados em 5/09 perto da costa.", "2025-09-05"),
    ("pt", "O drone caiu no dia 4/9 perto da fronteira.", "2025-09-04"),
    ("es", "El dron cruzó la frontera el 11/08 por la tarde.", "2025-08-11"),
    ("it", "Il drone ha sorvolato la zona il 30/06 di notte.", "2025-06-30"),
    ("en", "The drone crossed the border on 14 of August, the army said.", "2025-08-14"),
    ("en", "Two jets were spotted on 3 of September off the coast.", "2025-09-03"),
    ("en", "A balloon drifted over the town on 2 of July 2024.", "2024-07-02"),
    # a weekday, an article, then the day said before "of" and its month: one date, not
    # the weekday alone (the last Thursday before the report)
    ("en", "The drone crossed the border on Thursday the 14th of August.", "2025-08-14"),
    ("en", "On Tuesday, the first of July, two jets came close.", "2025-07-01"),
    ("fr", "Le drone a franchi la frontière le 14 d'août, selon l'armée.", "2025-08-14"),
    ("fr", "Deux avions ont été repérés le 3 du mois de septembre.", "2025-09-03"),
    ("fr", "Un ballon a dérivé au-dessus de la ville le 22 du mois d'août.", "2025-08-22"),
]


@pytest.mark.parametrize(("lang", "text", "day"), DATES)
def test_day_before_month(lang: str, text: str, day: str) -> None:
    assert _days(text, lang) == [day]


NO_DATES = [
    # English says no order of day and month
    ("en", "The drone crossed the border on 14/08, the army said."),
    # no lead
    ("fr", "Le rapport 14/08 du ministère a été publié."),
    # a share of a whole, a common fraction
    ("fr", "Dans 9/10 des cas, les drones sont abattus."),
    ("fr", "Les 2/3 des appareils sont restés au sol."),
    ("pt", "Em 3/4 dos casos o aparelho foi abatido."),
    # after "in" alone, a month of one digit: round the clock, no date
    ("fr", "La base fonctionne en 24/7 pour surveiller le ciel."),
    # a unit other than the day
    ("pt", "Foram 2 horas 10/08 de voo."),
    # a count of things before "of" and a month's name
    ("en", "Only 3 of May's flights were delayed."),
    ("fr", "Les 3 de mars ne sont pas venus."),
]


@pytest.mark.parametrize(("lang", "text"), NO_DATES)
def test_no_day(lang: str, text: str) -> None:
    assert _days(text, lang) == []


def test_slash_day_is_no_fraction() -> None:
    """'no dia 17/08' is a date, not the number 17/8 = 2.125 (verbs aside: "caiu" and
    "est tombé" are verbs of coming down)."""
    assert [k for k in _kinds("O drone caiu no dia 17/08.", "pt") if k != "verb"] == ["aircraft", "date"]
    assert [k for k in _kinds("Le drone est tombé le 17/08.", "fr") if k != "verb"] == ["aircraft", "date"]
