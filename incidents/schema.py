"""JSON Schemas (draft 2020-12) of the contract shapes, made from ``model.RECORD_SPEC``.

``incidents schema record|report|mention`` prints them. Extra properties are allowed
everywhere: the contract lets producers add fields, never rename or re-type them.
The record schema rejects every record ``incidents validate`` finds an error in,
but for the rules across values and documents (violator = violated, a date after
the report's reference date, a span whose start is after its end): see
``recordcheck.py``. No ``format`` assertion is needed: dates and times are checked
by their patterns (``tests/test_contract.py`` holds the two to each other).
"""

from __future__ import annotations

from typing import Any

from .model import RECORD_FIELDS, RECORD_SPEC, Bound, FieldSpec, Severity
from .recordcheck import DATE_PATTERN, TIME_PATTERN, iso_codes

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
# the lengths keep a trailing newline out, which Python's re lets "$" match before
DATE: JSON = {"type": "string", "minLength": 10, "maxLength": 10, "pattern": DATE_PATTERN, "format": "date"}
TIME: JSON = {"type": "string", "minLength": 5, "maxLength": 5, "pattern": TIME_PATTERN}
_SYMBOL = {"meter": "m", "second": "s", "meter / second": "m/s"}


def _field_schema(spec: FieldSpec) -> JSON:
    kind = spec.kind
    if kind == "enum":
        assert spec.enum is not None
        return _enum(spec.enum, nullable=spec.nullable) | {"description": spec.description}
    out: JSON
    if kind == "state":
        out = {"type": "string", "enum": sorted(iso_codes())}
    elif kind == "text":
        out = {"type": "string"}
    elif kind == "quantity":
        out = {"type": "number", "minimum": 0}
        if spec.maximum is not None:
            out["maximum"] = spec.maximum
        if spec.unit:
            out["x-unit"] = _SYMBOL.get(spec.unit, spec.unit)
    elif kind == "count":
        out = {"type": "integer", "minimum": 0}
    elif kind == "repetitions":
        out = {"anyOf": [{"type": "integer", "minimum": 1}, {"const": "multiple"}]}
    elif kind == "date":
        out = dict(DATE)
    elif kind == "time":
        out = dict(TIME)
    elif kind == "flag":
        out = {"type": "boolean"}
    elif kind == "span":
        out = dict(SPAN)
    elif kind == "evidence":
        out = {"type": "object", "additionalProperties": SPAN}
    else:  # pragma: no cover - a kind added to model.FieldKind must be mapped here
        raise AssertionError(f"no schema for field kind {kind!r}")
    out = _nullable(out) if spec.nullable else out
    return out | {"description": spec.description}


def _record_properties() -> dict[str, JSON]:
    return {spec.name: _field_schema(spec) for spec in RECORD_SPEC}


def record_schema() -> JSON:
    return {
        "$schema": DRAFT,
        "$id": _BASE + "record",
        "title": "Incident record",
        "description": "One distinct incursion; every field present, unknown values null.",
        "$comment": "incidents validate also rejects a violator_state equal to violated_state, "
        "a date after the report's reference_date (or after today) and a span [start, end] "
        "with start > end.",
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
