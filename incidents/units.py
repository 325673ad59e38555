"""Unit conversion with pint, over a minimal registry defined in ``units.txt``."""

from __future__ import annotations

import functools
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

_DEFS = Path(__file__).parent / "units.txt"
_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def registry() -> Any:
    """A pint registry holding only our definitions (``UnitRegistry(None)``: fast)."""
    import pint

    with _LOCK:
        ureg = pint.UnitRegistry(None, non_int_type=Decimal)
        ureg.load_definitions(str(_DEFS))
        return ureg


@functools.cache
def si_factor(unit: str) -> Decimal:
    """How many metres or seconds one ``unit`` is, exactly (1 NM -> 1852)."""
    ureg = registry()
    q = ureg.Quantity(Decimal(1), ureg.Unit(unit))
    return Decimal(q.to_base_units().magnitude)


def to_si(value: float, unit: str) -> float:
    """Convert ``value`` in ``unit`` to metres or seconds; exact, then rounded to µ."""
    exact = Decimal(repr(value)) * si_factor(unit)
    return round(float(exact), 9)


def quantity(value: float, unit: str) -> Any:
    """A pint Quantity for the Python API (``incident.depth.to("NM")``)."""
    ureg = registry()
    return ureg.Quantity(Decimal(repr(value)), ureg.Unit(unit))
