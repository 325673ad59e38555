"""Typed records: mentions, incidents, diagnostics and reports.

Everything here is frozen; ``to_dict()`` returns the JSON contract of
``record-format.md`` (field names and types are never renamed).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

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
class Mention:
    """One phrase the grammar recognised, with its normalised value.

    ``extra`` holds kind-specific keys (``model``, ``count``, ``precision``,
    ``zone``...) that are added to the JSON object as they are.
    """

    kind: str
    text: str
    span: Span
    value: Any
    unit: str | None = None
    bound: str | None = None
    low: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.extra.get(key, default)

    @classmethod
    def fast(
        cls,
        kind: str,
        text: str,
        span: Span,
        value: Any,
        unit: str | None,
        bound: str | None,
        low: float | None,
        extra: dict[str, Any],
    ) -> Mention:
        """``Mention(...)`` with every field given, without the frozen ``__init__``'s
        per-field ``object.__setattr__`` (the scanner makes one per phrase)."""
        m = object.__new__(cls)
        _set_kind(m, kind)
        _set_text(m, text)
        _set_span(m, span)
        _set_value(m, value)
        _set_unit(m, unit)
        _set_bound(m, bound)
        _set_low(m, low)
        _set_extra(m, extra)
        return m

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "text": self.text,
            "span": [self.span[0], self.span[1]],
            "value": self.value,
        }
        if self.unit is not None:
            out["unit"] = self.unit
        if self.bound is not None:
            out["bound"] = self.bound
        if self.low is not None:
            out["low"] = self.low
        for key, val in self.extra.items():
            if key not in out and val is not None:
                out[key] = val
        return out


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


#: Contract fields of an incident record, in output order.
RECORD_FIELDS: tuple[str, ...] = (
    "aircraft_category",
    "aircraft_role",
    "aircraft_model",
    "aircraft_count",
    "violator_state",
    "violated_state",
    "zone",
    "date",
    "date_precision",
    "time",
    "time_approx",
    "time_utc",
    "depth_m",
    "depth_bound",
    "depth_low_m",
    "altitude_m",
    "altitude_bound",
    "altitude_low_m",
    "duration_s",
    "duration_bound",
    "duration_low_s",
    "speed_m_s",
    "speed_bound",
    "speed_low_m_s",
    "repetitions",
    "location",
    "certainty",
    "source",
    "span",
    "evidence",
)


# the slot descriptors ``Mention.fast`` writes through
_set_kind, _set_text, _set_span, _set_value, _set_unit, _set_bound, _set_low, _set_extra = (
    getattr(Mention, name).__set__
    for name in ("kind", "text", "span", "value", "unit", "bound", "low", "extra")
)


@dataclass(frozen=True, slots=True)
class Incident:
    """One distinct incursion. Quantities are SI floats; see ``depth`` etc. for pint."""

    aircraft_category: Category = Category.UNKNOWN
    aircraft_role: Role | None = None
    aircraft_model: str | None = None
    aircraft_count: int | None = None
    violator_state: str | None = None
    violated_state: str | None = None
    zone: Zone | None = None
    date: str | None = None
    date_precision: Precision | None = None
    time: str | None = None
    time_approx: bool | None = None
    time_utc: str | None = None
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

    # pint views for the Python API -------------------------------------------------
    @property
    def depth(self) -> Any:
        from .units import quantity

        return None if self.depth_m is None else quantity(self.depth_m, "meter")

    @property
    def altitude(self) -> Any:
        from .units import quantity

        return None if self.altitude_m is None else quantity(self.altitude_m, "meter")

    @property
    def duration(self) -> Any:
        from .units import quantity

        return None if self.duration_s is None else quantity(self.duration_s, "second")

    @property
    def speed(self) -> Any:
        from .units import quantity

        return None if self.speed_m_s is None else quantity(self.speed_m_s, "meter / second")

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
            out[name] = val
        return out


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
    reference_date: str | None = None
    id: str | None = None

    @property
    def ok(self) -> bool:
        return not any(d.severity == Severity.ERROR for d in self.diagnostics)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.id is not None:
            out["id"] = self.id
        out["lang"] = self.lang
        out["reference_date"] = self.reference_date
        out["incidents"] = [i.to_dict() for i in self.incidents]
        out["diagnostics"] = [d.to_dict() for d in self.diagnostics]
        return out
