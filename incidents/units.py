"""Unit conversion over the definitions of ``units.txt`` (pint's syntax).

Converting a parsed quantity to SI needs only the factor of its unit, and every
definition in ``units.txt`` is ``name = factor * other_unit = alias ...``: those
factors are read here exactly (``Decimal``), without importing pint, which costs
more than the whole rest of a cold start. ``tests/test_scale.py`` checks that pint
gives the same factor for every unit.

pint loads only when a Quantity is asked for: ``incident.depth`` and friends are
made by ``quantity()`` in pint's application registry (``pint.get_application_registry()``)
or in the registry passed to ``set_registry``, with float magnitudes, so they mix
with the caller's own quantities. A private registry of ``units.txt`` (``registry()``)
converts the rare unit this reader cannot follow.
"""

from __future__ import annotations

import functools
import re
import threading
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import pint
    import pint.registry

    # pint >= 0.25 (Python >= 3.11) makes these generic, 0.24 does not: hence the
    # "unused-ignore" where the subscript is no error
    #: what ``set_registry`` takes: a ``UnitRegistry`` or pint's application registry
    Registry = pint.UnitRegistry[Any] | pint.registry.ApplicationRegistry  # type: ignore[type-arg,unused-ignore]
    #: a pint Quantity with a float magnitude
    Quantity = pint.Quantity[float]  # type: ignore[type-arg,unused-ignore]
    #: the private registry's type
    DecimalRegistry = pint.UnitRegistry[Decimal]  # type: ignore[type-arg,unused-ignore]

_DEFS = Path(__file__).parent / "units.txt"
_LOCK = threading.Lock()
# "kilometer = 1000 * meter = km", "meter = [length] = m": name, value, aliases
_DEFINITION = re.compile(r"^\s*([A-Za-z_]\w*)\s*=\s*([^=]+?)\s*((?:=\s*[^=]+?\s*)*)$")
_SCALED = re.compile(r"^(?:([0-9.eE+-]+)\s*\*\s*)?([A-Za-z_]\w*)(?:\s*/\s*([A-Za-z_]\w*))?$")


_USER_REGISTRY: Registry | None = None


def set_registry(ureg: Registry | None) -> None:
    """Make the Python API's quantities (``incident.depth``...) in ``ureg`` from now on;
    ``None`` goes back to pint's application registry (the default). ``ureg`` must
    know ``meter`` and ``second``, as pint's default definitions do."""
    global _USER_REGISTRY
    _USER_REGISTRY = ureg


def get_registry() -> Registry:
    """The registry the Python API's quantities are made in (imports pint)."""
    if _USER_REGISTRY is not None:
        return _USER_REGISTRY
    import pint

    return cast("pint.registry.ApplicationRegistry", pint.get_application_registry())  # type: ignore[no-untyped-call]


def quantity(value: float, unit: str) -> Quantity:
    """A pint Quantity of ``value`` ``unit`` (a float magnitude) in ``get_registry()``."""
    return get_registry().Quantity(float(value), unit)


@functools.lru_cache(maxsize=1)
def registry() -> DecimalRegistry:
    """A private pint registry holding only the definitions of ``units.txt``
    (``UnitRegistry(None)``: fast), in exact decimals: conversions, not the API."""
    import pint

    with _LOCK:
        ureg: DecimalRegistry = pint.UnitRegistry(None, non_int_type=Decimal)
        ureg.load_definitions(str(_DEFS))
        return ureg


@functools.lru_cache(maxsize=1)
def _factors() -> dict[str, Decimal]:
    """Exact SI factors of the units ``units.txt`` defines as a multiple of another.

    A line this reader does not understand (prefixes, ``@`` directives, offsets,
    compound units) is left to pint: its names are simply absent here.
    """
    factors: dict[str, Decimal] = {}
    for raw in _DEFS.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = _DEFINITION.match(line) if line and not line.startswith("@") else None
        if m is None:
            continue
        name, value, rest = m.group(1), m.group(2).strip(), m.group(3)
        aliases = [a.strip() for a in rest.split("=") if a.strip() and a.strip() != "_"]
        if re.fullmatch(r"\[\w+\]", value):  # a base unit
            factor: Decimal | None = Decimal(1)
        else:
            scaled = _SCALED.match(value)
            factor = None
            per = scaled.group(3) if scaled is not None else None
            if scaled is not None and scaled.group(2) in factors and (per is None or per in factors):
                try:
                    factor = Decimal(scaled.group(1) or "1") * factors[scaled.group(2)]
                    if per is not None:  # "knot = nautical_mile / hour"
                        factor *= 1 / factors[per]  # as pint computes it, to the last digit
                except InvalidOperation:
                    factor = None
        if factor is None:
            continue
        for key in (name, *aliases):
            factors.setdefault(key, factor)
    return factors


@functools.cache
def si_factor(unit: str) -> Decimal:
    """How many metres, seconds or metres per second one ``unit`` is, exactly
    (1 NM -> 1852; a quotient such as the knot to 28 digits)."""
    factor = _factors().get(unit)
    if factor is not None:
        return factor
    ureg = registry()
    q = ureg.Quantity(Decimal(1), ureg.Unit(unit))
    return Decimal(q.to_base_units().magnitude)


def to_si(value: float, unit: str) -> float:
    """Convert ``value`` in ``unit`` to metres, seconds or metres per second: exact in Decimal, then
    rounded to 12 significant digits (0.3048, not 0.30479999999999996; 2e-12 stays)."""
    exact = Decimal(repr(value)) * si_factor(unit)
    return float(f"{exact:.12g}")
