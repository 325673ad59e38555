"""Stage 3: slot resolvers. Each field of a record is filled by the first resolver of
its ladder (``[ladder]`` in ``rules.toml``) that finds a value; a resolver is a small
named function of the draft's scopes: its clause, its sentence, its episode (the
sentences that tell it), the record before it, the paragraph, the document.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Mention
from .anchors import Anchor
from .doc import Doc, rules
from .episodes import Draft, _listed
from .facts import Aircraft, Span, between
from .segment import Scope


@dataclass(slots=True)
class Found:
    """A value a resolver found, with the words it came from."""

    value: Any
    span: Span | None
    mention: Mention | None = None


@dataclass
class Slots:
    """The fields of one record as they are resolved (typed; ``Incident`` at the end)."""

    aircraft: Aircraft | None = None
    violator_state: Found | None = None
    violated_state: Found | None = None
    date: Found | None = None
    time: Found | None = None
    time_utc: Found | None = None
    depth: Found | None = None
    altitude: Found | None = None
    duration: Found | None = None
    speed: Found | None = None
    repetitions: Found | None = None
    location: Found | None = None
    source: Found | None = None
    certainty: str = "reported"


@dataclass
class Ctx:
    """What a resolver may look at."""

    doc: Doc
    draft: Draft
    region: Scope  # the episode: from the anchor's sentence to the next record's
    prev: Slots | None  # the record told before, if it is of the same episode chain
    rec: Slots
    later: int = 0  # crossings told after this one in the document

    @property
    def anchor(self) -> Anchor:
        return self.draft.anchor

    @functools.cached_property
    def clauses(self) -> list[Scope]:
        return [a.clause for a in self.draft.anchors]

    @functools.cached_property
    def sentences(self) -> list[Scope]:
        out: list[Scope] = []
        for a in self.draft.anchors:
            s = self.doc.sentence(a.span[0])
            if s not in out:
                out.append(s)
        return out

    def same_aircraft_before(self) -> Slots | None:
        """The record told before, when nothing says its aircraft is another one."""
        prev = self.prev
        if prev is None:
            return None
        a, b = self.rec.aircraft, prev.aircraft
        return None if a is not None and b is not None and a.differs(b) else prev

    def in_scopes(self, items: list[Any], scopes: list[Scope]) -> list[Any]:
        if not items:
            return []  # most kinds are not told at all in a report
        if len(scopes) == 1:
            found = between(items, scopes[0].start, scopes[0].end)
        else:
            found = [x for sc in scopes for x in between(items, sc.start, sc.end)]
        if found and isinstance(found[0], Mention) and found[0].kind in _MEASURED:
            found = [m for m in found if not self.habitual(m)]
        return found

    def of_other_aircraft(self, m: Mention) -> bool:
        """ "The Y-9 entered at 10:05 and left at 10:19, while the drones stayed for
        about 40 minutes", "... and a fighter jet flew over Teknaf at 11 a.m.": a time or
        quantity outside the record's clauses whose nearest aircraft before it in its
        sentence, outside those clauses too, is another one, is that one's."""
        doc = self.doc
        clause = doc.clause(m.span[0])
        mine = self.rec.aircraft
        anchors = self.draft.anchors
        if mine is None or any(a.clause.nth == clause.nth for a in anchors):
            return False
        sent = doc.sentence(m.span[0])
        told = between(doc.facts.aircraft, sent.start, m.span[0])
        if not told or any(a.clause.start <= told[-1].span[0] < a.clause.end for a in anchors):
            return False
        run = [told[-1]]  # with those listed with it: "a Mi-24 and two Mi-8 flew ... at 16:20"
        for t in reversed(told[:-1]):
            if not _listed(doc, t.span[1], run[0].span[0]):
                break
            run.insert(0, t)
        return all(self._other(t, mine) for t in run)

    def _other(self, t: Aircraft, mine: Aircraft) -> bool:
        """Is ``t`` another aircraft than ``mine``? Named anew, when it differs; named
        as known ("the drones"), when every aircraft named anew before it that it may
        be differs ("The spy plane left", after a drone, may be that drone renamed)."""
        if not t.definite:
            return t.differs(mine) or self._two_singles(t, mine)
        known = [
            p
            for p in between(self.doc.facts.aircraft, 0, t.span[0])
            if not (p.definite or p.generic) and not t.differs(p)
        ]
        return bool(known) and all(p.differs(mine) for p in known)

    def _two_singles(self, t: Aircraft, mine: Aircraft) -> bool:
        """Two single aircraft each named anew in one sentence are two ("a Belarusian
        helicopter flew 500 m into ..., and at 15:40 a second helicopter crossed"); a
        group told first ("Russian helicopters violated ...") may be detailed after."""
        return (
            t.span != mine.span
            and not (mine.definite or mine.generic or mine.plural or t.plural or t.generic)
            and self.doc.sentence(t.span[0]) == self.doc.sentence(mine.span[0])
        )

    def habitual(self, m: Mention) -> bool:
        """ "The drones usually fly at night, between 9 pm and 2 am": a time or a measure
        told in a sentence of what happens as a rule (HABIT_CUE), where no anchor of
        this record is, is not this crossing's."""
        sent = self.doc.sentence(m.span[0])
        if not self.doc.cues.within("HABIT_CUE", sent.start, sent.end):
            return False
        return not any(sent.start <= a.span[0] < sent.end for a in self.draft.anchors)


#: the kinds of mention a habit tells of (see ``Ctx.habitual``)
_MEASURED = frozenset({"time", "distance", "duration", "speed", "altitude"})

Resolver = Callable[[Ctx], Any]
RESOLVERS: dict[str, dict[str, Resolver]] = {}


def resolver(slot: str, step: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        RESOLVERS.setdefault(slot, {})[step] = fn
        return fn

    return register


@functools.cache
def ladder(slot: str) -> tuple[Resolver, ...]:
    steps: list[str] = rules()["ladder"][slot]
    table = RESOLVERS[slot]
    missing = [s for s in steps if s not in table]
    if missing:
        raise KeyError(f"rules.toml: no resolver {missing} for {slot!r}")
    return tuple(table[s] for s in steps)


def resolve(slot: str, ctx: Ctx) -> Any:
    for fn in ladder(slot):
        found = fn(ctx)
        if found is not None:
            return found
    return None
