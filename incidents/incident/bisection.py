"""Binary search on a list of ints, written out for the compiled wheel.

Compiled by mypyc (see ``hatch_build.py``), these loops run natively on tagged ints,
where a call of ``bisect.bisect_left`` from compiled code is a generic call of a
Python object with its arguments parsed each time (about five times the work: the
incident layer bisects tens of thousands of times per hundred documents). Run as
sources, the C functions of ``bisect`` are the faster: ``NATIVE`` tells the callers
which to use.
"""

from __future__ import annotations

from typing import Final

#: True where this module runs compiled (its file is an extension module)
NATIVE: Final = not __file__.endswith(".py")


def bisect_left(a: list[int], x: int, lo: int = 0) -> int:
    """``bisect.bisect_left(a, x, lo)``."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int, lo: int = 0) -> int:
    """``bisect.bisect_right(a, x, lo)``."""
    hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo
