"""Shared by the phrase-level test files: the values of one kind of mention."""

from __future__ import annotations

import incidents


def values_of(text: str, lang: str, kind: str) -> list[object]:
    """The values of the mentions of ``kind`` in ``text``, in text order."""
    return [m.value for m in incidents.mentions(text, lang=lang) if m.kind == kind]


def fields_of(text: str, lang: str, kind: str, *keys: str) -> list[tuple[object, ...]]:
    """For each mention of ``kind`` in ``text``, in text order: its value, then the
    ``extra`` entries named by ``keys``."""
    found = [m for m in incidents.mentions(text, lang=lang) if m.kind == kind]
    return [(m.value, *(m.extra.get(k) for k in keys)) for m in found]
