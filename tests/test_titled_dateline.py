"""Datelines whose city is capitalised, not in capitals ("Atene, 23 mar 2020 15:45 -
(Agenzia Nova) -"): where the language says so (DATELINE_STYLE "title"), their day and
time are the dispatch's, not the crossing's."""

from __future__ import annotations

import incidents
from incidents.words import load_lexicon

HEAD = "Atene, 23 mar 2020 15:45 - (Agenzia Nova) - "


def _one(text: str) -> incidents.Incident:
    report = incidents.parse(text, lang="it", reference_date="2020-03-23")
    assert len(report.incidents) == 1
    return report.incidents[0]


def test_the_dispatch_time_and_day_are_not_the_crossing_s() -> None:
    rec = _one(HEAD + "Due caccia turchi hanno violato lo spazio aereo greco vicino a Chios.")
    assert rec.time is None
    assert rec.date is None


def test_the_crossing_s_own_time_and_day_are_kept() -> None:
    rec = _one(HEAD + "Due caccia turchi hanno violato lo spazio aereo greco alle 23:51 di ieri.")
    assert str(rec.time) == "23:51:00"
    assert str(rec.date) == "2020-03-22"


def test_a_capitalised_subject_before_a_dash_is_no_dateline() -> None:
    rec = _one("Due caccia turchi, alle 10:05 - secondo Atene - hanno violato lo spazio aereo greco.")
    assert str(rec.time) == "10:05:00"


def test_english_and_french_set_it_too() -> None:
    for lang in ("en", "fr"):
        assert load_lexicon(lang).classes["DATELINE_STYLE"].get("title")
    en = incidents.parse(
        "Riga, October 14 – A Russian drone violated Latvian airspace, the army said.",
        lang="en",
        reference_date="2026-10-14",
    )
    assert [str(r.date) if r.date else None for r in en.incidents] == [None]


def test_a_language_without_it_reads_the_day() -> None:
    assert "DATELINE_STYLE" not in load_lexicon("de").classes
    de = incidents.parse(
        "Riga, 14. Oktober – Eine russische Drohne hat den lettischen Luftraum verletzt.",
        lang="de",
        reference_date="2026-10-14",
    )
    assert [str(r.date) for r in de.incidents] == ["2026-10-14"]
