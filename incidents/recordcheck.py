"""Check JSON records, reports and sample files against the record contract.

Pure functions: text or decoded JSON in, :class:`~incidents.model.Diagnostic` out
(``incidents validate`` prints them). Codes:

- E300 the file or line is not JSON, or an object is not a record/report/document
- E301 unknown enum value          E302 missing field
- E303 wrong type                  E304 unknown ISO 3166-1 alpha-2 code
- E305 bad date / time             E306 bad span           E307 bad evidence
- E308 impossible value: an altitude above 30 km (the parser's E204), the violating
  state also the violated one (E205)
- E309 a date after the report's reference date (the parser's E206), or after today
- W310 inconsistent companions (a bound without its value, a range without its low end)
- W311 implausible value: a penetration depth above 500 km (the parser's W202)
- W320 ``location``/``source`` not found in the document's text

What a record may hold comes from ``model.RECORD_SPEC``, as does the JSON Schema
(``schema.py``): a record the schema accepts has no error here but for the rules
across values and documents, which a JSON Schema cannot state: E308 violator =
violated, E309, and a span's start after its end (E306, E307).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import math
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]  # not in typeshed
from pathlib import Path
from typing import Any, TypeGuard

from .model import (
    QUANTITY_FIELDS,
    RECORD_FIELDS,
    RECORD_SPEC,
    Diagnostic,
    FieldSpec,
    Severity,
    StrEnum,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ISO_FILE = Path(__file__).parent / "lexicon" / "iso3166.toml"

#: Enum-valued fields; ``aircraft_category`` and ``certainty`` are never null.
ENUM_FIELDS: dict[str, type[StrEnum]] = {f.name: f.enum for f in RECORD_SPEC if f.enum is not None}
NOT_NULL = frozenset(f.name for f in RECORD_SPEC if not f.nullable)
STATE_FIELDS = tuple(f.name for f in RECORD_SPEC if f.kind == "state")
STRING_FIELDS = tuple(f.name for f in RECORD_SPEC if f.kind == "text")
NUMBER_FIELDS = tuple(f.name for f in RECORD_SPEC if f.kind == "quantity")
#: (value, bound, low) companions.
QUANTITIES = QUANTITY_FIELDS
#: Fields sample files leave out (see samples/README.md).
SAMPLE_OPTIONAL = frozenset({"span", "evidence"})

#: a real calendar day, leap years included (``datetime.date.fromisoformat`` agrees);
#: the JSON Schema uses the same pattern
DATE_PATTERN = (
    r"^(?!0000)[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))$"
    r"|^(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29$"
)
TIME_PATTERN = r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$"
_DATE = re.compile(DATE_PATTERN)
_TIME = re.compile(TIME_PATTERN)

#: field -> (line, column) of where a finding should point; ``None`` is the object itself.
Locator = Callable[[str | None], tuple[int, int]]


@functools.lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    with ISO_FILE.open("rb") as fh:
        return frozenset(tomllib.load(fh).get("codes", {}))


def valid_date(value: object) -> TypeGuard[str]:
    """A ``YYYY-MM-DD`` string of a real day."""
    return isinstance(value, str) and _DATE.fullmatch(value) is not None


def _type_name(value: object) -> str:
    return "null" if value is None else type(value).__name__


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_span(value: object, limit: int | None = None) -> bool:
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] <= value[1]
        and (limit is None or value[1] <= limit)
    )


def _no_locator(_field: str | None) -> tuple[int, int]:
    return (1, 1)


class _Findings:
    def __init__(self, at: Locator, what: str) -> None:
        self.at = at
        self.what = what
        self.items: list[Diagnostic] = []

    def add(self, code: str, name: str | None, message: str, warning: bool = False) -> None:
        line, col = self.at(name)
        where = f"{self.what} field {name!r}" if name else self.what
        severity = Severity.WARNING if warning else Severity.ERROR
        self.items.append(Diagnostic(severity, code, f"{where}: {message}", None, line, col))


def check_record(
    rec: Any,
    what: str = "record 1",
    at: Locator = _no_locator,
    *,
    text: str | None = None,
    optional: Iterable[str] = (),
    reference_date: dt.date | None = None,
) -> list[Diagnostic]:
    """Every way ``rec`` departs from the incident-record contract.

    ``reference_date`` is the report's: a later ``date`` is an error (E309), as it is
    in the parser; without one, a date after today is.
    """
    out = _Findings(at, what)
    if not isinstance(rec, dict):
        out.add("E303", None, f"expected an object, got {_type_name(rec)}")
        return out.items
    skip = frozenset(optional)
    for spec in RECORD_SPEC:
        name = spec.name
        if name not in rec:
            if name not in skip:
                out.add("E302", name, "missing")
            continue
        value = rec[name]
        if value is None:
            if not spec.nullable:
                out.add("E303", name, "must not be null")
            continue
        _check_field(out, spec, value, text)
    _check_companions(out, rec)
    _check_across(out, rec, reference_date)
    if text is not None:
        for name in ("location", "source"):
            value = rec.get(name)
            if isinstance(value, str) and value not in text:
                out.add("W320", name, f"{value!r} does not occur in the text", warning=True)
    return out.items


_SYMBOL = {"meter": "m", "second": "s", "meter / second": "m/s"}


def _is_int(value: object) -> TypeGuard[int | float]:
    """An integer as JSON counts them: 2 and 2.0 alike (JSON Schema's "integer")."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def _check_field(out: _Findings, spec: FieldSpec, value: Any, text: str | None) -> None:
    name, kind = spec.name, spec.kind
    if kind == "enum":
        assert spec.enum is not None
        allowed = [m.value for m in spec.enum]
        if not isinstance(value, str):
            out.add("E303", name, f"expected a string, got {_type_name(value)}")
        elif value not in allowed:
            out.add("E301", name, f"unknown value {value!r} (expected {'|'.join(allowed)})")
    elif kind == "state":
        if not isinstance(value, str):
            out.add("E303", name, f"expected an ISO 3166-1 alpha-2 string, got {_type_name(value)}")
        elif value not in iso_codes():
            out.add("E304", name, f"unknown ISO 3166-1 alpha-2 code {value!r}")
    elif kind == "text":
        if not isinstance(value, str):
            out.add("E303", name, f"expected a string, got {_type_name(value)}")
    elif kind == "quantity":
        if not _is_number(value):
            out.add("E303", name, f"expected a number, got {_type_name(value)}")
        elif value < 0:
            out.add("E303", name, f"must not be negative, got {value}")
        elif spec.maximum is not None and value > spec.maximum:
            unit = _SYMBOL.get(spec.unit or "", "")
            out.add("E308", name, f"{value:g} {unit} is above {spec.maximum:g} {unit}: impossible")
        elif spec.plausible is not None and value > spec.plausible:
            unit = _SYMBOL.get(spec.unit or "", "")
            message = f"{value:g} {unit} is above {spec.plausible:g} {unit}: implausible"
            out.add("W311", name, message, warning=True)
    elif kind == "count":
        if not _is_int(value) or value < 0:
            out.add("E303", name, f"expected a non-negative integer, got {value!r}")
    elif kind == "repetitions":
        if not (value == "multiple" or (_is_int(value) and value >= 1)):
            out.add("E303", name, f"expected an integer >= 1 or 'multiple', got {value!r}")
    elif kind == "date":
        if not valid_date(value):
            out.add("E305", name, f"expected a valid YYYY-MM-DD date, got {value!r}")
    elif kind == "time":
        if not isinstance(value, str) or not _TIME.fullmatch(value):
            out.add("E305", name, f"expected HH:MM, got {value!r}")
    elif kind == "flag":
        if not isinstance(value, bool):
            out.add("E303", name, f"expected true or false, got {value!r}")
    elif kind == "span":
        limit = None if text is None else len(text)
        if not _is_span(value, limit):
            out.add(
                "E306",
                name,
                f"expected [start, end] with 0 <= start <= end"
                f"{' <= text length' if limit is not None else ''}, "
                f"got {value!r}",
            )
    elif kind == "evidence":
        if not isinstance(value, dict):
            out.add("E307", name, f"expected an object, got {_type_name(value)}")
            return
        for key, span in value.items():
            if not _is_span(span, None if text is None else len(text)):
                out.add("E307", name, f"entry {key!r}: expected [start, end], got {span!r}")
    else:  # pragma: no cover - a kind added to model.FieldKind must be checked here
        raise AssertionError(f"no check for field kind {kind!r}")


def _check_across(out: _Findings, rec: dict[str, Any], reference_date: dt.date | None) -> None:
    """The rules that tie a field to another, or to the report: no JSON Schema states them."""
    violator, violated = rec.get("violator_state"), rec.get("violated_state")
    if isinstance(violator, str) and violator == violated:
        out.add("E308", "violator_state", f"the violating and violated state are both {violated!r}")
    date = rec.get("date")
    if valid_date(date):
        day = dt.date.fromisoformat(date)
        if reference_date is not None and day > reference_date:
            out.add("E309", "date", f"{date} is after the reference date {reference_date.isoformat()}")
        elif reference_date is None and day > dt.date.today():
            out.add("E309", "date", f"{date} is after today ({dt.date.today().isoformat()})")


def _check_companions(out: _Findings, rec: dict[str, Any]) -> None:
    for value, bound, low in QUANTITIES:
        v, b, lo = rec.get(value), rec.get(bound), rec.get(low)
        if v is None and b is not None:
            out.add("W310", bound, f"set to {b!r} but {value!r} is null", warning=True)
        if v is not None and b is None and bound in rec:
            out.add("W310", bound, f"null but {value!r} is set", warning=True)
        if lo is not None and b != "range":
            out.add("W310", low, f"set but {bound!r} is not 'range'", warning=True)
        if b == "range" and v is not None and lo is None and low in rec:
            out.add("W310", low, f"null but {bound!r} is 'range'", warning=True)
        if _is_number(v) and _is_number(lo) and lo > v:
            out.add("W310", low, f"{lo} is above {value!r} {v}", warning=True)
    if rec.get("time") is None and rec.get("time_approx") is True:
        out.add("W310", "time_approx", "true but 'time' is null", warning=True)


_DIAG_FIELDS = ("severity", "code", "message", "span", "line", "column")


def check_report(
    obj: dict[str, Any],
    what: str,
    at: Locator,
    record_at: Callable[[int], Locator],
    first_record: int = 1,
) -> list[Diagnostic]:
    """A report object (or a sample file) and the records in its ``incidents``."""
    out = _Findings(at, what)
    sample = "text" in obj
    text = obj.get("text") if isinstance(obj.get("text"), str) else None
    required = ("lang", "reference_date", "incidents") + (() if sample else ("diagnostics",))
    for name in required:
        if name not in obj:
            out.add("E302", name, "missing")
    if "id" in obj and obj["id"] is not None and not isinstance(obj["id"], str):
        out.add("E303", "id", f"expected a string, got {_type_name(obj['id'])}")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        out.add("E303", "lang", f"expected a string, got {_type_name(lang)}")
    ref = obj.get("reference_date")
    if ref is not None and not valid_date(ref):
        out.add("E305", "reference_date", f"expected a valid YYYY-MM-DD date, got {ref!r}")
    ref_date = dt.date.fromisoformat(ref) if valid_date(ref) else None
    diags = obj.get("diagnostics", [])
    if not isinstance(diags, list):
        out.add("E303", "diagnostics", f"expected an array, got {_type_name(diags)}")
    else:
        for i, d in enumerate(diags, start=1):
            problem = _diagnostic_problem(d)
            if problem:
                out.add("E303", "diagnostics", f"entry {i}: {problem}")
    found = out.items
    incidents = obj.get("incidents", [])
    if not isinstance(incidents, list):
        out.add("E303", "incidents", f"expected an array, got {_type_name(incidents)}")
        return found
    for i, rec in enumerate(incidents):
        number = first_record + i
        found.extend(
            check_record(
                rec,
                f"record {number}",
                record_at(i),
                text=text,
                optional=SAMPLE_OPTIONAL if sample else (),
                reference_date=ref_date,
            )
        )
    return found


def _diagnostic_problem(d: Any) -> str | None:
    if not isinstance(d, dict):
        return f"expected an object, got {_type_name(d)}"
    missing = [k for k in _DIAG_FIELDS if k not in d]
    if missing:
        return f"missing {', '.join(missing)}"
    if d["severity"] not in ("error", "warning"):
        return f"unknown severity {d['severity']!r} (expected error|warning)"
    if not isinstance(d["code"], str) or not isinstance(d["message"], str):
        return "code and message must be strings"
    if d["span"] is not None and not _is_span(d["span"]):
        return f"bad span {d['span']!r}"
    for key in ("line", "column"):
        v = d[key]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 1):
            return f"{key} must be a positive integer or null, got {v!r}"
    return None


# --------------------------------------------------------------------------- files
@dataclass
class Node:
    """Where a JSON value starts, and where its children start."""

    start: int
    children: dict[str | int, Node] = field(default_factory=dict)


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def locate(text: str, idx: int = 0) -> tuple[Node, int]:
    """Start offsets of every value of the (valid) JSON document at ``text[idx:]``."""
    idx = _WS.match(text, idx).end()  # type: ignore[union-attr]
    node = Node(idx)
    opener = text[idx : idx + 1]
    if opener not in ("{", "["):
        _, end = _DECODER.raw_decode(text, idx)
        return node, end
    closer = "}" if opener == "{" else "]"
    idx = _WS.match(text, idx + 1).end()  # type: ignore[union-attr]
    if text[idx : idx + 1] == closer:
        return node, idx + 1
    n = 0
    while True:
        key: str | int = n
        if opener == "{":
            key, idx = scanstring(text, idx + 1)
            idx = _WS.match(text, idx).end() + 1  # type: ignore[union-attr]  # the ':'
        child, idx = locate(text, idx)
        node.children[key] = child
        n += 1
        idx = _WS.match(text, idx).end()  # type: ignore[union-attr]
        if text[idx : idx + 1] == ",":
            idx = _WS.match(text, idx + 1).end()  # type: ignore[union-attr]
            continue
        return node, idx + 1


@dataclass
class FileCheck:
    diagnostics: list[Diagnostic]
    #: (line, object) of batch-input documents ({"text": ...} without "incidents"):
    #: the caller parses them
    documents: list[tuple[int, dict[str, Any]]]


class _Lines:
    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _node_locator(node: Node | None, lines: _Lines) -> Locator:
    def at(name: str | None) -> tuple[int, int]:
        if node is None:
            return (1, 1)
        child = node.children.get(name) if name is not None else None
        return lines.at((child or node).start)

    return at


def _line_locator(line: int) -> Locator:
    return lambda _name: (line, 1)


def check_text(text: str, *, jsonl: bool) -> FileCheck:
    """Check a ``.json`` file (a report, record or sample, or a list of them) or a
    ``.jsonl`` file (one per line)."""
    result = FileCheck([], [])
    counter = {"record": 0, "report": 0}
    if jsonl:
        for number, raw in enumerate(text.split("\n"), start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                result.diagnostics.append(
                    Diagnostic(Severity.ERROR, "E300", f"not valid JSON: {exc.msg}", None, number, exc.colno)
                )
                continue
            at = _line_locator(number)

            def same_line(_i: int, at: Locator = at) -> Locator:
                return at

            _check_object(obj, at, same_line, number, counter, result)
        return result
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        result.diagnostics.append(
            Diagnostic(Severity.ERROR, "E300", f"not valid JSON: {exc.msg}", None, exc.lineno, exc.colno)
        )
        return result
    lines = _Lines(text)
    try:
        root: Node | None = locate(text)[0]
    except (ValueError, IndexError):  # pragma: no cover - json.loads accepted it
        root = None
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        node = (root.children.get(i) if root else None) if isinstance(obj, list) else root
        at = _node_locator(node, lines)

        def record_at(j: int, node: Node | None = node) -> Locator:
            inner = node.children.get("incidents") if node else None
            return _node_locator(inner.children.get(j) if inner else node, lines)

        _check_object(item, at, record_at, at(None)[0], counter, result)
    return result


def _check_object(
    obj: Any,
    at: Locator,
    record_at: Callable[[int], Locator],
    line: int,
    counter: dict[str, int],
    result: FileCheck,
) -> None:
    if isinstance(obj, dict) and "incidents" in obj:
        counter["report"] += 1
        incidents = obj.get("incidents")
        result.diagnostics.extend(
            check_report(obj, f"report {counter['report']}", at, record_at, counter["record"] + 1)
        )
        if isinstance(incidents, list):
            counter["record"] += len(incidents)
    elif isinstance(obj, dict) and any(name in obj for name in RECORD_FIELDS):
        counter["record"] += 1
        result.diagnostics.extend(check_record(obj, f"record {counter['record']}", at))
    elif isinstance(obj, dict) and "text" in obj:
        result.documents.append((line, obj))
    else:
        counter["record"] += 1
        got = (
            "an object without record fields, 'incidents' or 'text'"
            if isinstance(obj, dict)
            else _type_name(obj)
        )
        result.diagnostics.append(
            Diagnostic(
                Severity.ERROR,
                "E300",
                f"record {counter['record']}: not a record, report or document (got {got})",
                None,
                *at(None),
            )
        )
