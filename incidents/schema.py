"""JSON Schemas (draft 2020-12) of the contract shapes, built from the enums of model.py.

``incidents schema record|report|mention`` prints them. Extra properties are allowed
everywhere: the contract lets producers add fields, never rename or re-type them.
"""

from __future__ import annotations

from typing import Any

from .model import RECORD_FIELDS, Bound, Category, Certainty, Precision, Role, Severity, Zone

DRAFT = "https://json-schema.org/draft/2020-12/schema"
_BASE = "urn:incidents:schema:"

JSON = dict[str, Any]


def _nullable(schema: JSON) -> JSON:
    return {"anyOf": [schema, {"type": "null"}]}


def _enum(members: type[Any], nullable: bool = False) -> JSON:
    values: list[Any] = [m.value for m in members]
    if nullable:
        values.append(None)
    return {"enum": values}


SPAN: JSON = {
    "type": "array",
    "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
    "minItems": 2,
    "maxItems": 2,
    "items": False,
    "description": "[start, end] character offsets, 0-based, end excluded",
}
DATE: JSON = {"type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "format": "date"}
_METRES: JSON = _nullable({"type": "number", "minimum": 0})


def _record_properties() -> dict[str, JSON]:
    bound = _enum(Bound, nullable=True)
    props: dict[str, JSON] = {
        "aircraft_category": _enum(Category),
        "aircraft_role": _enum(Role, nullable=True),
        "aircraft_model": _nullable({"type": "string"}),
        "aircraft_count": _nullable({"type": "integer", "minimum": 0}),
        "violator_state": _nullable({"type": "string", "pattern": "^[A-Z]{2}$"}),
        "violated_state": _nullable({"type": "string", "pattern": "^[A-Z]{2}$"}),
        "zone": _enum(Zone, nullable=True),
        "date": _nullable(DATE),
        "date_precision": _enum(Precision, nullable=True),
        "time": _nullable({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}),
        "time_approx": {"type": ["boolean", "null"]},
        "time_utc": _nullable({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$"}),
        "depth_m": _METRES,
        "depth_bound": bound,
        "depth_low_m": _METRES,
        "altitude_m": _METRES,
        "altitude_bound": bound,
        "altitude_low_m": _METRES,
        "duration_s": _METRES,
        "duration_bound": bound,
        "duration_low_s": _METRES,
        "speed_m_s": _METRES,
        "speed_bound": bound,
        "speed_low_m_s": _METRES,
        "repetitions": {
            "anyOf": [{"type": "integer", "minimum": 1}, {"const": "multiple"}, {"type": "null"}]
        },
        "location": _nullable({"type": "string"}),
        "certainty": _enum(Certainty),
        "source": _nullable({"type": "string"}),
        "span": SPAN,
        "evidence": {"type": "object", "additionalProperties": SPAN},
    }
    missing = set(RECORD_FIELDS) ^ set(props)
    if missing:  # pragma: no cover - keeps this table in step with model.py
        raise AssertionError(f"schema out of step with RECORD_FIELDS: {sorted(missing)}")
    return {name: props[name] for name in RECORD_FIELDS}


def record_schema() -> JSON:
    return {
        "$schema": DRAFT,
        "$id": _BASE + "record",
        "title": "Incident record",
        "description": "One distinct incursion; every field present, unknown values null.",
        "type": "object",
        "properties": _record_properties(),
        "required": list(RECORD_FIELDS),
        "additionalProperties": True,
    }


def diagnostic_schema() -> JSON:
    line: JSON = _nullable({"type": "integer", "minimum": 1})
    return {
        "type": "object",
        "properties": {
            "severity": _enum(Severity),
            "code": {"type": "string", "pattern": "^[EW][0-9]{3}$"},
            "message": {"type": "string"},
            "span": _nullable(SPAN),
            "line": line,
            "column": line,
        },
        "required": ["severity", "code", "message", "span", "line", "column"],
        "additionalProperties": True,
    }


def report_schema() -> JSON:
    record = record_schema()
    del record["$schema"], record["$id"]
    return {
        "$schema": DRAFT,
        "$id": _BASE + "report",
        "title": "Report",
        "description": "The result of parsing one input document.",
        "type": "object",
        "properties": {
            "id": _nullable({"type": "string"}),
            "lang": _nullable({"type": "string"}),
            "reference_date": _nullable(DATE),
            "incidents": {"type": "array", "items": {"$ref": "#/$defs/record"}},
            "diagnostics": {"type": "array", "items": {"$ref": "#/$defs/diagnostic"}},
        },
        "required": ["lang", "reference_date", "incidents", "diagnostics"],
        "additionalProperties": True,
        "$defs": {"record": record, "diagnostic": diagnostic_schema()},
    }


def mention_schema() -> JSON:
    return {
        "$schema": DRAFT,
        "$id": _BASE + "mention",
        "title": "Mention",
        "description": "A phrase the grammar recognised, with its normalised value. Known "
        "kinds: time, date, distance, duration, number, aircraft, state, verb.",
        "type": "object",
        "properties": {
            "kind": {"type": "string"},
            "text": {"type": "string"},
            "span": SPAN,
            "value": {},
            "unit": {"type": "string"},
            "bound": _enum(Bound),
            "low": {"type": "number"},
        },
        "required": ["kind", "text", "span", "value"],
        "additionalProperties": True,
    }


SCHEMAS: dict[str, JSON] = {
    "record": record_schema(),
    "report": report_schema(),
    "mention": mention_schema(),
}
