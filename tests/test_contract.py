"""One record contract: the JSON Schema and ``validate`` both come from
``model.RECORD_SPEC`` and agree on every field; impossible values in records are
flagged as the parser flags them in text."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from typing import Any

import jsonschema
import pytest

import incidents
from incidents.model import MAX_ALTITUDE_M, RECORD_FIELDS, RECORD_SPEC, Incident
from incidents.recordcheck import check_record, check_text, iso_codes
from incidents.schema import SCHEMAS

RECORD = Incident(
    aircraft_category="airplane",  # type: ignore[arg-type]
    aircraft_model="Su-27",
    aircraft_count=2,
    violator_state="RU",
    violated_state="EE",
    zone="airspace",  # type: ignore[arg-type]
    date="2024-05-09",  # type: ignore[arg-type]
    date_precision="day",  # type: ignore[arg-type]
    time="15:20",  # type: ignore[arg-type]
    time_approx=True,
    depth_m=3000.0,
    depth_bound="range",  # type: ignore[arg-type]
    depth_low_m=2000.0,
    span=(0, 90),
    evidence={"time": (6, 18)},
).to_dict()

VALIDATOR = jsonschema.Draft202012Validator(SCHEMAS["record"])


def _schema_errors(rec: dict[str, Any]) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(rec)]


def _errors(rec: dict[str, Any], **kw: Any) -> list[str]:
    return [f"{d.code} {d.message}" for d in check_record(rec, **kw) if d.severity == "error"]


def _codes(rec: dict[str, Any], **kw: Any) -> list[str]:
    return [d.code for d in check_record(rec, **kw)]


def test_the_base_record_is_valid_for_both() -> None:
    assert _schema_errors(RECORD) == [] and check_record(RECORD) == []


def test_schema_and_validate_come_from_one_table() -> None:
    assert tuple(f.name for f in dataclasses.fields(Incident)) == RECORD_FIELDS  # the typed model too
    schema = SCHEMAS["record"]
    assert tuple(schema["properties"]) == RECORD_FIELDS == tuple(RECORD)
    assert schema["required"] == list(RECORD_FIELDS)
    for spec in RECORD_SPEC:
        assert schema["properties"][spec.name]["description"] == spec.description


def test_the_schema_rejects_an_unknown_iso_code() -> None:
    for name in ("violated_state", "violator_state"):
        rec = RECORD | {name: "XX"}
        assert _schema_errors(rec), name
        assert _codes(rec) == ["E304"]
    assert "XX" not in iso_codes() and {"EE", "RU", "FR", "TW"} <= iso_codes()
    assert set(SCHEMAS["record"]["properties"]["violated_state"]["anyOf"][0]["enum"]) == iso_codes()


#: JSON values tried in every field: a record with one of them is rejected by the
#: schema exactly when validate finds an error in it
CANDIDATES: list[Any] = [  # fmt: skip
    None,
    True,
    False,
    0,
    1,
    -1,
    2,
    1.5,
    -0.5,
    1e9,
    1e300,
    30_000,
    30_000.5,
    600_000,
    "",
    "XX",
    "EE",
    "RU",
    "ee",
    "multiple",
    "Su-27",
    "airspace",
    "airplane",
    "drone",
    "exact",
    "range",
    "day",
    "reported",
    "sea",
    "2024-05-09",
    "2024-02-29",
    "2023-02-29",
    "2024-02-30",
    "2024-13-01",
    "0000-01-01",
    "2024-5-9",
    "2024-05-09\n",
    "20240509",
    "2024-05-09T10:00",
    "15:20",
    "00:00",
    "23:59",
    "24:00",
    "9:05",
    "15:60",
    "15:20\n",
    "15h20",
    [0, 1],
    [0, 0],
    [2, 1],
    [-1, 3],
    [0, 1, 2],
    [0],
    [0.5, 1],
    [True, 1],
    [],
    {},
    {"time": [6, 18]},
    {"time": [3, 1]},
    {"time": "6-18"},
]


def _across_values(name: str, value: Any) -> bool:
    """The rules no JSON Schema can state (the schema's $comment lists them)."""
    if name == "violator_state":
        return value == RECORD["violated_state"]  # violator = violated
    if name == "violated_state":
        return value == RECORD["violator_state"]
    if name == "span":
        return value == [2, 1]  # start after end
    if name == "evidence":
        return value == {"time": [3, 1]}
    return False


@pytest.mark.parametrize("name", RECORD_FIELDS)
def test_schema_rejects_exactly_what_validate_rejects(name: str) -> None:
    disagree = []
    for value in CANDIDATES:
        rec = RECORD | {name: copy.deepcopy(value)}
        if _across_values(name, value):
            assert _errors(rec) and not _schema_errors(rec), (name, value)
            continue
        in_schema = not _schema_errors(rec)
        in_validate = not _errors(rec)
        if in_schema != in_validate:
            disagree.append((value, _schema_errors(rec)[:1], _errors(rec)))
    missing = {k: v for k, v in RECORD.items() if k != name}
    assert _schema_errors(missing) and [c for c in _codes(missing) if c[0] == "E"] == ["E302"]
    assert disagree == []


def test_validate_flags_impossible_values_as_the_parser_does() -> None:
    # an altitude of 1e9 m (the parser's E204), a depth of 1e300 m (W202), negative
    assert _codes(RECORD | {"altitude_m": 1e9, "altitude_bound": "exact"}) == ["E308"]
    assert _codes(RECORD | {"altitude_m": MAX_ALTITUDE_M, "altitude_bound": "exact"}) == []
    assert _codes(RECORD | {"depth_m": 1e300}) == ["W311"]
    assert _codes(RECORD | {"depth_m": -3.0, "depth_low_m": None, "depth_bound": "exact"}) == ["E303"]
    assert _codes(RECORD | {"violator_state": "EE"}) == ["E308"]  # the parser's E205
    # a date in 2999: after the report's reference date (the parser's E206), or after today
    assert _codes(RECORD | {"date": "2999-01-01"}) == ["E309"]
    ref = dt.date(2024, 5, 10)
    assert _codes(RECORD | {"date": "2024-05-11"}, reference_date=ref) == ["E309"]
    assert _codes(RECORD | {"date": "2024-05-10"}, reference_date=ref) == []
    report = {
        "lang": "fr",
        "reference_date": "2024-05-10",
        "incidents": [RECORD | {"date": "2024-06-01"}],
        "diagnostics": [],
    }
    found = check_text(json.dumps(report), jsonl=False).diagnostics
    assert [(d.code, d.severity) for d in found] == [("E309", "error")]
    assert "after the reference date 2024-05-10" in found[0].message


def test_records_the_parser_writes_pass_both() -> None:
    text = (
        "Jeudi vers 15 h 20, deux Su-27 russes ont pénétré de 2 à 3 km dans l'espace aérien estonien "
        "pendant 5 à 10 minutes à une altitude de 8 000 pieds, selon l'armée."
    )
    report = incidents.parse(text, lang="fr", reference_date="2024-05-10").to_dict()
    assert report["incidents"]
    jsonschema.validate(report, SCHEMAS["report"])
    assert check_text(json.dumps(report), jsonl=False).diagnostics == []
