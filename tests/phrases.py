"""Shared by the phrase-level test files: the values of one kind of mention."""

from __future__ import annotations

import incidents


def values_of(text: str, lang: str, kind: str) -> list[object]:
    """The values of the mentions of ``kind`` in ``text``, in text order."""
    return [m.value for m in incidents.mentions(text, lang=lang) if m.kind == kind]
