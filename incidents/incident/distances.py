"""What a distance is to a crossing: a depth, an altitude, or neither.

- An **altitude** says so ("at an altitude of", feet, a flight level) or follows an
  ``ALTITUDE_CUE`` ("flying at").
- A **depth** is how far in: not a distance from a place ("40 km from Tallinn": an
  ``OFFSET_CUE`` right after it), not one flown along or covered ("along the border
  for 13 km": ``ALONG_CUE``/``COVER_CUE`` before it in its clause), not a vague one.
"""

from __future__ import annotations

from ..model import Mention
from .doc import Doc


def is_altitude(doc: Doc, m: Mention) -> bool:
    dim = m.extra.get("dim")
    if dim == "altitude" or (dim is None and m.extra.get("unit_in_text") in ("foot", "flight_level")):
        return True
    if dim == "depth":
        return False
    return doc.cues.leading_into("ALTITUDE_CUE", m.span[0], doc.text) is not None or bool(
        doc.cues.opening("ALTITUDE_CUE", m.span[0])
    )


def is_depth(doc: Doc, m: Mention) -> bool:
    if m.extra.get("vague") or is_altitude(doc, m):
        return False
    if m.extra.get("dim") == "depth":
        return True
    # "40 km from X", "5 km along the border", "two miles deep and one mile long"
    for cls in ("OFFSET_CUE", "ALONG_CUE", "COVER_CUE"):
        after = doc.cues.starting_at(cls, m.span[1], doc.text)
        if after is not None and (cls != "COVER_CUE" or after.key == "after"):
            return False
    for cls in ("ALONG_CUE", "COVER_CUE"):
        before = doc.cues.ending_at(cls, m.span[0], doc.text) or doc.cues.opening(cls, m.span[0])
        if before is not None and (cls != "COVER_CUE" or before.key == "before"):
            return False
    clause = doc.clause(m.span[0])
    return not doc.cues.within("ALONG_CUE", clause.start, m.span[0])
