"""Counted work for the linear-time tests: interpreter steps, not seconds.

A timed ratio ("4x the input within 6x the time") fails on a loaded machine; the
number of Python lines and calls a call executes does not depend on the machine.
``steps(fn)`` counts them with ``sys.settrace`` (every frame, every library), so a
loop over the whole text inside a loop over its tokens shows up as quadratic here
whatever the machine's load. Work done inside one C call (a regex, ``str.count``)
counts as one step: the speed of that stays in ``benchmarks/``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

#: a linear function of the input gives about 4x the steps for 4x the input (a bit
#: more or less, by fixed costs); a quadratic one gives about 16x
MAX_RATIO = 5.0


def steps(fn: Callable[[], object]) -> int:
    """How many Python lines and calls ``fn()`` executes (in this thread)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        count += 1
        return local

    old = sys.gettrace()
    sys.settrace(local)
    try:
        fn()
    finally:
        sys.settrace(old)
    return count


def linear(small: Callable[[], object], large: Callable[[], object]) -> tuple[int, int]:
    """(steps of ``small()``, steps of ``large()``) after a warm-up call of ``small``
    (grammar, lexicon, automaton and value memo filled, as on the second document)."""
    small()
    return steps(small), steps(large)
