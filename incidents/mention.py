"""The mention: one phrase the grammar recognised (``incidents.model.Mention``).

In a module of its own so that the compiled wheel can make it a native class (see
``hatch_build.py``): the scanner makes one per phrase and the incident layer reads
their fields in its hot loops, where a field of a class that is not native is a
generic attribute look-up. Its fields check their types when compiled, as the
annotations state them (every caller already gives those types); ``incidents.model``
is not compiled, as ``Incident`` takes strings for its dates and times.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: True where mypyc compiled this module (see ``hatch_build.py``): its file is then an
#: extension module, not Python source
COMPILED = not __file__.endswith(".py")

Span = tuple[int, int]


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

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as a call of the constructor: compiled, the class is native and its
        # own unpickling would assign the fields one by one, which frozen refuses
        return (
            Mention,
            (self.kind, self.text, self.span, self.value, self.unit, self.bound, self.low, self.extra),
        )

    def __setstate__(self, state: Any) -> None:
        """The state of a pickle made before ``__reduce__`` (the dataclass's list of
        field values, or a dict of them)."""
        values = state.values() if isinstance(state, dict) else state
        for setter, value in zip(_SETTERS, values, strict=True):
            setter(self, value)

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
        per-field ``object.__setattr__`` (the scanner makes one per phrase): each field
        written through its slot's descriptor. Compiled too: the dataclass's
        ``__init__`` of a frozen class stays interpreted, its ``object.__setattr__``
        calls generic."""
        m = _new(cls) if COMPILED else object.__new__(cls)
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


# the slot descriptors ``Mention.fast`` and ``__setstate__`` write through
_SETTERS = tuple(
    getattr(Mention, name).__set__
    for name in ("kind", "text", "span", "value", "unit", "bound", "low", "extra")
)
_set_kind, _set_text, _set_span, _set_value, _set_unit, _set_bound, _set_low, _set_extra = _SETTERS
#: the class's own ``__new__`` (compiled, ``object.__new__`` refuses a native class),
#: looked up once
_new: Any = Mention.__new__
