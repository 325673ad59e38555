"""Distances and durations, converted to SI by pint (incidents.units)."""

from __future__ import annotations

import re
from typing import Any

from lark import Token, Transformer

from ..units import to_si
from .base import _BOUND, Built, Clock, Num, Reject, _clean, _first, _int_of, _tokens, parse_digits  # noqa: F401


class QuantityT(Transformer):
    def q_num(self, items: list[Any]) -> Num:
        it = items[0]
        if isinstance(it, Num):
            return it
        if isinstance(it, Token) and it.type == "N_ART":
            return Num(1.0)
        if isinstance(it, Token) and it.type == "N_VAGUE":
            return Num(float(it.value), vague=True)
        raise Reject("quantity")

    def bound(self, items: list[Any]) -> str:
        for t in items:
            if t.type in _BOUND:
                return _BOUND[t.type]
        return "exact"

    def dim_intro(self, items: list[Any]) -> dict[str, str]:
        tok = _first(items, "DIM_NOUN")
        return {"dim": str(tok.value)} if tok else {}

    dim_after = dim_intro

    def _amount(self, items: list[Any], si: str) -> tuple[float, bool, bool]:
        total = 0.0
        pending: Num | None = None
        vague = False
        approx = False
        frac = None
        for it in items:
            if isinstance(it, Num):
                pending = it
            elif isinstance(it, Token) and it.type in ("U_LENGTH", "U_DURATION"):
                if pending is None:
                    pending = Num(1.0)
                total += to_si(pending.value, str(it.value))
                vague |= pending.vague
                approx |= pending.approx
                last_unit = str(it.value)
                pending = None
            elif isinstance(it, Token) and it.type == "N_FRAC":
                frac = float(it.value)
        if frac is not None:
            total += to_si(1.0 / frac, last_unit)
        return total, vague, approx

    def len_amount(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        unit = [str(t.value) for t in items if isinstance(t, Token) and t.type == "U_LENGTH"][0]
        return (*self._amount(items, "m"), unit)

    def dur_amount(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        unit = [str(t.value) for t in items if isinstance(t, Token) and t.type == "U_DURATION"][0]
        return (*self._amount(items, "s"), unit)

    def dur_and_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        whole = items[0]
        frac = _first(items, "N_FRAC")
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return to_si(whole.value + 1.0 / float(frac.value), unit), whole.vague, whole.approx, unit  # type: ignore[union-attr]

    def dur_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        frac = _first(items, "N_FRAC")
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return to_si(1.0 / float(frac.value), unit), False, False, unit  # type: ignore[union-attr]

    def _measure(self, kind: str, items: list[Any], unit_si: str) -> Built:
        bound = None
        info: dict[str, Any] = {}
        amount = None
        for it in items:
            if isinstance(it, str) and it in ("approx", "max", "min", "exact"):
                bound = it if bound is None or bound == "exact" else bound
            elif isinstance(it, dict):
                info.update(it)
            elif isinstance(it, tuple):
                amount = it
        assert amount is not None
        value, vague, approx, unit = amount
        if vague:
            raise Reject("vague amount")
        if approx and bound is None:
            bound = "approx"
        extra: dict[str, Any] = {"unit_in_text": unit}
        if info.get("dim"):
            extra["dim"] = info["dim"]
        return Built(kind, value, unit=unit_si, bound=bound, extra=extra)

    def distance(self, items: list[Any]) -> Built:
        return self._measure("distance", items, "m")

    def duration(self, items: list[Any]) -> Built:
        return self._measure("duration", items, "s")

    def _range(self, kind: str, items: list[Any], utype: str, unit_si: str) -> Built:
        nums = [it for it in items if isinstance(it, Num)]
        units = [str(t.value) for t in items if isinstance(t, Token) and t.type == utype]
        if len(nums) != 2 or not units:
            raise Reject("range")
        if any(n.vague for n in nums):
            raise Reject("vague")
        lo = to_si(nums[0].value, units[0])
        hi = to_si(nums[1].value, units[-1])
        if lo >= hi:
            raise Reject("range order")
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, dict):
                info.update(it)
        extra: dict[str, Any] = {"unit_in_text": units[-1]}
        if info.get("dim"):
            extra["dim"] = info["dim"]
        return Built(kind, hi, unit=unit_si, bound="range", low=lo, extra=extra)

    def dist_range(self, items: list[Any]) -> Built:
        return self._range("distance", items, "U_LENGTH", "m")

    dist_range_between = dist_range
    dist_range_units = dist_range

    def dur_range(self, items: list[Any]) -> Built:
        return self._range("duration", items, "U_DURATION", "s")

    dur_range_between = dur_range

    def dur_all(self, items: list[Any]) -> Built:
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return Built("duration", to_si(1.0, unit), unit="s", extra={"unit_in_text": unit})

    def flight_level(self, items: list[Any]) -> Built:
        tok = _first(items, "FLIGHT_LEVEL")
        assert tok is not None
        level = int(re.sub(r"\D", "", str(tok.value)))
        return Built(
            "distance",
            to_si(level, "flight_level"),
            unit="m",
            extra={"dim": "altitude", "unit_in_text": "flight_level"},
        )

    def other_quantity(self, items: list[Any]) -> Built:
        tok = _first(items, "U_OTHER")
        return Built("quantity", None, extra={"unit_in_text": str(tok.value) if tok else None})


# ----------------------------------------------------------------------- aircraft
