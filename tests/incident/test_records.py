"""Validation diagnostics and the records themselves (the rules have their tables
in ``tests/incident/*.toml``)."""

from __future__ import annotations

import dataclasses

import pytest

import incidents
from incidents.model import RECORD_FIELDS, Incident


def parse(text: str, lang: str, ref: str | None = "2024-03-15") -> incidents.Report:
    return incidents.parse(text, lang=lang, reference_date=ref)


def only(text: str, lang: str, ref: str | None = "2024-03-15") -> Incident:
    report = parse(text, lang, ref)
    assert len(report.incidents) == 1, [i.to_dict() for i in report.incidents]
    return report.incidents[0]


# ---------------------------------------------------------------- validation
def test_impossible_clock_time_is_an_error_not_a_value() -> None:
    report = parse("À 25 h 70, un drone russe a violé l'espace aérien roumain.", "fr")
    codes = [d.code for d in report.diagnostics]
    assert "E101" in codes
    assert all(i.time is None for i in report.incidents)
    diag = next(d for d in report.diagnostics if d.code == "E101")
    assert (diag.line, diag.column) == (1, 1) and diag.span == (0, 9)


def test_altitude_above_thirty_km_is_an_error() -> None:
    report = parse("A Russian jet violated Polish airspace on Monday at an altitude of 150,000 feet.", "en")
    assert "E204" in [d.code for d in report.diagnostics]
    assert all(i.altitude_m is None for i in report.incidents)


def test_a_date_after_the_reference_date_is_an_error() -> None:
    report = parse("A Russian drone violated Romanian airspace on 20 March 2024.", "en", "2024-03-15")
    assert "E206" in [d.code for d in report.diagnostics]
    assert all(i.date is None for i in report.incidents)


def test_incident_without_violated_state_warns() -> None:
    report = parse("A drone violated the airspace on Monday.", "en")
    assert "W210" in [d.code for d in report.diagnostics]


def test_implausible_depth_is_not_kept() -> None:
    report = parse("A Russian jet penetrated 900 km into Finnish airspace on Monday.", "en")
    assert "W202" in [d.code for d in report.diagnostics]
    assert all(i.depth_m is None for i in report.incidents)


# ---------------------------------------------------------------- the records themselves
def test_records_are_frozen_typed_and_speak_the_contract() -> None:
    inc = only("Un drone russe a violé l'espace aérien roumain lundi sur 3 km.", "fr")
    with pytest.raises(dataclasses.FrozenInstanceError):
        inc.depth_m = 1.0  # type: ignore[misc]
    out = inc.to_dict()
    assert tuple(out) == RECORD_FIELDS
    assert out["aircraft_category"] == "drone" and isinstance(out["span"], list)
    s, e = out["span"]
    assert 0 <= s < e
    for start, end in out["evidence"].values():
        assert s <= start < end


def test_pint_quantities_in_the_python_api() -> None:
    inc = only("A Russian jet entered Finnish airspace, flying 2 nautical miles into it.", "en")
    assert inc.depth is not None
    assert float(inc.depth.to("nautical_mile").magnitude) == pytest.approx(2.0)
    assert inc.duration is None


def test_prose_without_incident_is_an_empty_report() -> None:
    report = parse("Le ministre a rencontré ses homologues à Bruxelles.", "fr")
    assert report.incidents == () and report.to_dict()["incidents"] == []


def test_unsupported_language_is_a_clear_error() -> None:
    supported = "supported: " + ", ".join(incidents.supported_languages())
    with pytest.raises(incidents.UnsupportedLanguageError, match=supported):
        incidents.parse("text", lang="xx")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mardi, un drone russe a violé l'espace aérien polonais.", "fr"),
        ("Hier soir, deux hélicoptères ont franchi la frontière lettone.", "fr"),
        ("On Tuesday a Russian drone violated Polish airspace.", "en"),
        ("Yesterday two helicopters crossed the Latvian border.", "en"),
    ],
)
def test_a_relative_date_without_reference_date_warns(text: str, lang: str) -> None:
    without = incidents.parse(text, lang=lang)
    assert [d.code for d in without.diagnostics] == ["W212"]
    assert all(i.date is None for i in without.incidents)
    dated = incidents.parse(text, lang=lang, reference_date="2024-05-10")
    assert "W212" not in [d.code for d in dated.diagnostics]
    assert all(i.date is not None for i in dated.incidents)


def test_adiz_and_median_line_entries_are_records_of_their_zone() -> None:
    # the example of the issue that asked for the zones: one airspace violation (the
    # drone), the ADIZ entry and the median-line crossing as records of their zone
    text = (
        "Taiwan's defence ministry said 21 Chinese military aircraft entered its air defence "
        "identification zone on Sunday, and eight of them crossed the median line. Separately, "
        "a Chinese drone flew into Taiwanese airspace over Pratas Island."
    )
    records = parse(text, "en").incidents
    by_zone = {str(i.zone): i for i in records}
    assert sorted(by_zone) == ["adiz", "airspace", "median_line"]
    assert by_zone["adiz"].aircraft_count == 21 and by_zone["median_line"].aircraft_count == 8
    drone = by_zone["airspace"]
    assert (drone.aircraft_category, drone.violator_state, drone.violated_state) == ("drone", "CN", "TW")
