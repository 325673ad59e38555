"""Typed records: mentions, incidents, diagnostics and reports.

Everything here is frozen; ``to_dict()`` returns the JSON contract of
``record-format.md`` (field names and types are never renamed).

``RECORD_SPEC`` is the one table of the record contract: every field, its JSON
type, its enum, its unit and its limits. The JSON Schema (``schema.py``) and the
record checker (``recordcheck.py``, ``incidents validate``) are both made from it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .mention import Mention as Mention

if TYPE_CHECKING:
    from .units import Quantity

Span = tuple[int, int]


class StrEnum(str, enum.Enum):
    """``enum.StrEnum`` for Python 3.10 as well: members compare equal to their value."""

    def __str__(self) -> str:
        return str(self.value)


class Category(StrEnum):
    AIRPLANE = "airplane"
    HELICOPTER = "helicopter"
    DRONE = "drone"
    BALLOON = "balloon"
    UNKNOWN = "unknown"


class Role(StrEnum):
    FIGHTER = "fighter"
    BOMBER = "bomber"
    RECONNAISSANCE = "reconnaissance"
    TRANSPORT = "transport"
    PATROL = "patrol"


class Zone(StrEnum):
    AIRSPACE = "airspace"
    ADIZ = "adiz"
    FIR = "fir"
    MEDIAN_LINE = "median_line"


class Bound(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    MAX = "max"
    MIN = "min"
    RANGE = "range"


class Certainty(StrEnum):
    ALLEGED = "alleged"
    REPORTED = "reported"
    CONFIRMED = "confirmed"
    DENIED = "denied"


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    span: Span | None = None
    line: int | None = None
    column: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "span": list(self.span) if self.span is not None else None,
            "line": self.line,
            "column": self.column,
        }


#: Above this an altitude is not an aircraft's: an error (the parser's E204).
MAX_ALTITUDE_M = 30_000.0
#: Above this a penetration depth is implausible: a warning (the parser's W202).
MAX_DEPTH_M = 500_000.0

FieldKind = Literal[
    "enum", "state", "text", "quantity", "count", "repetitions", "date", "time", "flag", "span", "evidence"
]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of the incident record, as the JSON contract states it.

    ``kind`` says what JSON value it holds: ``enum`` (one of ``enum``'s values),
    ``state`` (an ISO 3166-1 alpha-2 code of ``lexicon/iso3166.toml``), ``text``,
    ``quantity`` (a non-negative number in SI ``unit``), ``count`` (an integer >= 0),
    ``repetitions`` (an integer >= 1 or ``"multiple"``), ``date`` (``YYYY-MM-DD``),
    ``time`` (``HH:MM``), ``flag`` (a boolean), ``span`` and ``evidence``.
    A quantity above ``maximum`` is impossible (an error), above ``plausible`` it is
    suspicious (a warning).
    """

    name: str
    kind: FieldKind
    description: str
    nullable: bool = True
    enum: type[StrEnum] | None = None
    unit: str | None = None
    maximum: float | None = None
    plausible: float | None = None


def _quantity(
    name: str, what: str, unit: str, maximum: float | None = None, plausible: float | None = None
) -> tuple[FieldSpec, ...]:
    """A quantity's value, bound and low end (``depth_m``, ``depth_bound``, ``depth_low_m``)."""
    base, suffix = name.rsplit("_", 1) if not name.endswith("_m_s") else (name[:-4], "m_s")
    value = FieldSpec(name, "quantity", f"{what} in {unit}s", unit=unit, maximum=maximum, plausible=plausible)
    return (
        value,
        FieldSpec(f"{base}_bound", "enum", f"how the {what} was stated", enum=Bound),
        dataclasses.replace(value, name=f"{base}_low_{suffix}", description=f"low end of a {what} range"),
    )


#: The record contract, in output order.
RECORD_SPEC: tuple[FieldSpec, ...] = (
    FieldSpec("aircraft_category", "enum", "kind of aircraft", nullable=False, enum=Category),
    FieldSpec("aircraft_role", "enum", "military role", enum=Role),
    FieldSpec("aircraft_model", "text", "model designator as written (Su-27, MQ-9)"),
    FieldSpec("aircraft_count", "count", "number of aircraft"),
    FieldSpec("violator_state", "state", "state of the aircraft (ISO 3166-1 alpha-2)"),
    FieldSpec("violated_state", "state", "state whose airspace was entered (ISO 3166-1 alpha-2)"),
    FieldSpec("zone", "enum", "zone entered", enum=Zone),
    FieldSpec("date", "date", "day of the incursion (not after the report's reference date)"),
    FieldSpec("date_precision", "enum", "what the date is precise to", enum=Precision),
    FieldSpec("time", "time", "local time of day, HH:MM"),
    FieldSpec("time_approx", "flag", "the time was approximate ('vers', 'about')"),
    FieldSpec("time_utc", "time", "time of day in UTC, HH:MM, when the text gives it (GMT, Zulu)"),
    *_quantity("depth_m", "penetration depth", "meter", plausible=MAX_DEPTH_M),
    *_quantity("altitude_m", "altitude", "meter", maximum=MAX_ALTITUDE_M),
    *_quantity("duration_s", "duration", "second"),
    *_quantity("speed_m_s", "speed", "meter / second"),
    FieldSpec("repetitions", "repetitions", "how many times, or 'multiple'"),
    FieldSpec("location", "text", "place named, as written in the text"),
    FieldSpec("certainty", "enum", "how the incursion is stated", nullable=False, enum=Certainty),
    FieldSpec("source", "text", "who states it, as written in the text"),
    FieldSpec("span", "span", "[start, end] of the incident's words in the text", nullable=False),
    FieldSpec("evidence", "evidence", "field -> [start, end] of the words it came from", nullable=False),
)

#: Contract fields of an incident record, in output order.
RECORD_FIELDS: tuple[str, ...] = tuple(f.name for f in RECORD_SPEC)
#: Field name -> its spec.
FIELD_SPEC: dict[str, FieldSpec] = {f.name: f for f in RECORD_SPEC}
#: (value, bound, low) field names of each quantity.
QUANTITY_FIELDS: tuple[tuple[str, str, str], ...] = tuple(
    (a.name, b.name, c.name)
    for a, b, c in zip(RECORD_SPEC, RECORD_SPEC[1:], RECORD_SPEC[2:], strict=False)
    if a.kind == "quantity" and b.kind == "enum" and b.enum is Bound
)


@dataclass(frozen=True, slots=True)
class Incident:
    """One distinct incursion.

    Quantities are SI floats (``depth_m``...); ``depth``, ``altitude``, ``duration``,
    ``speed`` and their ``*_low`` ends are the same as pint Quantities (see
    ``incidents.set_registry``). ``date`` is a ``datetime.date``, ``time`` and
    ``time_utc`` are ``datetime.time``; the constructor also takes them as the
    contract's strings ("2024-05-10", "15:20"), and enum fields as their values.
    ``to_dict()`` is the JSON record.
    """

    aircraft_category: Category = Category.UNKNOWN
    aircraft_role: Role | None = None
    aircraft_model: str | None = None
    aircraft_count: int | None = None
    violator_state: str | None = None
    violated_state: str | None = None
    zone: Zone | None = None
    date: dt.date | None = None
    date_precision: Precision | None = None
    time: dt.time | None = None
    time_approx: bool | None = None
    time_utc: dt.time | None = None
    depth_m: float | None = None
    depth_bound: Bound | None = None
    depth_low_m: float | None = None
    altitude_m: float | None = None
    altitude_bound: Bound | None = None
    altitude_low_m: float | None = None
    duration_s: float | None = None
    duration_bound: Bound | None = None
    duration_low_s: float | None = None
    speed_m_s: float | None = None
    speed_bound: Bound | None = None
    speed_low_m_s: float | None = None
    repetitions: int | str | None = None
    location: str | None = None
    certainty: Certainty = Certainty.REPORTED
    source: str | None = None
    span: Span = (0, 0)
    evidence: dict[str, Span] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the contract's strings, as the incident layer and JSON readers give them
        if isinstance(self.date, str):
            object.__setattr__(self, "date", dt.date.fromisoformat(self.date))
        elif isinstance(self.date, dt.datetime):
            object.__setattr__(self, "date", self.date.date())
        for name in ("time", "time_utc"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, _parse_time(value))
        for name, kind in _ENUMS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                object.__setattr__(self, name, kind(value))

    # pint views for the Python API -------------------------------------------------
    @property
    def depth(self) -> Quantity | None:
        """``depth_m`` as a pint Quantity (None when unknown)."""
        return _quantity_of(self.depth_m, "meter")

    @property
    def depth_low(self) -> Quantity | None:
        return _quantity_of(self.depth_low_m, "meter")

    @property
    def altitude(self) -> Quantity | None:
        return _quantity_of(self.altitude_m, "meter")

    @property
    def altitude_low(self) -> Quantity | None:
        return _quantity_of(self.altitude_low_m, "meter")

    @property
    def duration(self) -> Quantity | None:
        return _quantity_of(self.duration_s, "second")

    @property
    def duration_low(self) -> Quantity | None:
        return _quantity_of(self.duration_low_s, "second")

    @property
    def speed(self) -> Quantity | None:
        return _quantity_of(self.speed_m_s, "meter / second")

    @property
    def speed_low(self) -> Quantity | None:
        return _quantity_of(self.speed_low_m_s, "meter / second")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in RECORD_FIELDS:
            val = getattr(self, name)
            if isinstance(val, enum.Enum):
                val = val.value
            elif name == "span":
                val = [val[0], val[1]]
            elif name == "evidence":
                val = {k: [s, e] for k, (s, e) in val.items()}
            elif isinstance(val, float):
                val = _clean_number(val)
            elif isinstance(val, dt.time):
                val = f"{val.hour:02d}:{val.minute:02d}"
            elif isinstance(val, dt.date):
                val = val.isoformat()
            out[name] = val
        return out


_ENUMS: tuple[tuple[str, type[StrEnum]], ...] = tuple(
    (f.name, f.enum) for f in RECORD_SPEC if f.enum is not None
)


def _parse_time(value: str) -> dt.time:
    """ "15:20" -> time(15, 20); raises ValueError on anything else."""
    hh, sep, mm = value.partition(":")
    if not (sep and len(hh) == 2 and len(mm) == 2 and hh.isdigit() and mm.isdigit()):
        raise ValueError(f"expected HH:MM, got {value!r}")
    return dt.time(int(hh), int(mm))


def _quantity_of(value: float | None, unit: str) -> Quantity | None:
    if value is None:
        return None
    from .units import quantity

    return quantity(value, unit)


def _clean_number(x: float) -> float | int:
    """Round float noise (0.30479999999999996) and print whole numbers as ints."""
    r = round(x, 6)
    return int(r) if r == int(r) and abs(r) < 1e15 else r


@dataclass(frozen=True, slots=True)
class Report:
    """The result of parsing one document."""

    incidents: tuple[Incident, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    lang: str | None = None
    #: the date relative dates were resolved against (also taken as "YYYY-MM-DD")
    reference_date: dt.date | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.reference_date, str):
            object.__setattr__(self, "reference_date", dt.date.fromisoformat(self.reference_date))

    @property
    def ok(self) -> bool:
        return not any(d.severity == Severity.ERROR for d in self.diagnostics)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["lang"] = self.lang
        out["reference_date"] = None if self.reference_date is None else self.reference_date.isoformat()
        out["incidents"] = [i.to_dict() for i in self.incidents]
        out["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        return out
