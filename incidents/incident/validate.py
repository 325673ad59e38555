"""Stage 5: validation. One table of diagnostic codes; a value that cannot be true is
an error and is not stated as fact, an incomplete record is a warning.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Diagnostic, Severity
from .facts import Span

MAX_ALTITUDE_M = 30_000
MAX_DEPTH_M = 500_000


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class Code:
    severity: Severity
    template: str


#: Every diagnostic the incident layer gives, by code.
CODES: dict[str, Code] = {
    "E101": Code(Severity.ERROR, "{message}"),  # an impossible time of day ("25 h 70")
    "E203": Code(Severity.ERROR, "negative penetration depth"),
    "E204": Code(Severity.ERROR, "altitude {value} m is above {limit} m: not an aircraft"),
    "E205": Code(Severity.ERROR, "the violating and violated state are both {state}"),
    "E206": Code(Severity.ERROR, "date {date} is after the reference date {ref}"),
    "E207": Code(Severity.ERROR, "unknown ISO 3166 code {iso!r} for {field}"),
    "W202": Code(Severity.WARNING, "depth {km} km is implausible for an incursion: not kept"),
    "W210": Code(Severity.WARNING, "incident without a violated state"),
    "W211": Code(Severity.WARNING, "incident without an aircraft"),
    "W212": Code(Severity.WARNING, "a date ({date}) cannot be resolved: {why}"),
}


def diagnostic(text: str, code: str, span: Span, **values: object) -> Diagnostic:
    entry = CODES[code]
    line = text.count("\n", 0, span[0]) + 1
    col = span[0] - (text.rfind("\n", 0, span[0]) + 1) + 1
    shown = {k: _amount(v) if isinstance(v, float) else v for k, v in values.items()}
    return Diagnostic(entry.severity, code, entry.template.format(**shown), span, line, col)


def _amount(x: float) -> str:
    """A measured value in a message: whole units, or words for a number written
    with more digits than a float holds ("9" * 400 km is no "inf")."""
    return f"{x:.0f}" if math.isfinite(x) else "over 1e308"
