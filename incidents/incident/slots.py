"""Stage 3: slot resolvers. Each field of a record is filled by the first resolver of
its ladder (``[ladder]`` in ``rules.toml``) that finds a value; a resolver is a small
named function of the draft's scopes: its clause, its sentence, its episode (the
sentences that tell it), the record before it, the paragraph, the document.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import Mention
from .anchors import Anchor
from .doc import Doc, rules
from .episodes import Draft, _told_with_speech, told_of_other
from .facts import Aircraft, Span, between
from .segment import Scope


@dataclass(slots=True, eq=False, repr=False)
class Found:
    """A value a resolver found, with the words it came from."""

    value: Any
    span: Span | None
    mention: Mention | None = None


@dataclass(eq=False, repr=False)
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
    background: bool = False  # told as background ("In 2023, a drone crashed ..."): ``Draft.background``
    borrowed: bool = False  # a tally's aircraft told in a paragraph before it: ``who.borrowed_kind``


@dataclass(eq=False, repr=False)
class Ctx:
    """What a resolver may look at."""

    doc: Doc
    draft: Draft
    region: Scope  # the episode: from the anchor's sentence to the next record's
    prev: Slots | None  # the record told before, if it is of the same episode chain
    rec: Slots
    later: int = 0  # crossings told after this one in the document
    #: the record told before when its day may be this one's: ``prev``, or one told
    #: further back with only paragraphs of no day between (``dated_before``)
    day_before: Slots | None = None

    @property
    def anchor(self) -> Anchor:
        return self.draft.anchor

    @functools.cached_property
    def clauses(self) -> list[Scope]:
        # a record begun inside a clause that told the one before ("Three of them crossed at
        # 01:50 and two others at 02:25": ``_after_told_before``) has the rest of it
        lo = self.region.start
        return [
            a.clause if a.clause.start >= lo else Scope(a.clause.nth, lo, a.clause.end)
            for a in self.draft.anchors
        ]

    @functools.cached_property
    def sentences(self) -> list[Scope]:
        """The sentences of the record's anchors, and of its own part of a total when the
        next sentence tells it ("17 violations. Six of them were made by two F-16s, which
        flew over Panagia at 11:05": ``episodes._part_told_next``)."""
        out: list[Scope] = []
        starts = [a.span[0] for a in self.draft.anchors]
        if self.draft.own_part is not None:
            starts.append(self.draft.own_part[0])
        for at in starts:
            s = self.doc.sentence(at)
            if s not in out:
                out.append(s)
        return out

    def same_aircraft_before(self) -> Slots | None:
        """The record told before, when nothing says its aircraft is another one: not
        one of another kind, nor one named anew (not "the drone") in a crossing told
        as background after one that is not, or the other way round ("A Russian drone
        entered ... near Periprava on Friday. In 2023, drone debris was found on
        Romanian soil": another drone, of no state told)."""
        prev = self.prev
        if prev is None or self.apart():
            return None
        a, b = self.rec.aircraft, prev.aircraft
        if a is not None and not a.definite and self.draft.background != prev.background:
            return None
        if self.counted_on_its_own_day(prev.date.value if prev.date is not None else None):
            return None
        return None if a is not None and b is not None and a.differs(b) else prev

    def counted_on_its_own_day(self, day: object) -> bool:
        """ "A Russian drone entered Polish airspace near Chelm on Sunday. On 11 November,
        19 drones entered Polish airspace": aircraft named anew with a count of two or
        more ("a drone" on another day is still the series': named_anew_elsewhere) (not
        "the drones", not "two more"/"another": OTHERS_CUE, ANOTHER_CUE), no state of its
        own, in a sentence that tells a day of its own other than ``day`` (the day of the
        record or aircraft told before), is another incident's: it takes nothing of that
        one (its violator, its place)."""
        a = self.rec.aircraft
        if a is None or a.definite or not a.counted or (a.count or 0) < 2 or a.state or day is None:
            return False
        doc = self.doc
        if doc.cues.any_within(("OTHERS_CUE", "ANOTHER_CUE"), a.span[0], a.span[1]):
            return False
        if doc.cues.ending_at("ANOTHER_CUE", a.span[0], doc.text) is not None:
            return False
        days = self.days_told(self.anchor.span[0])
        return bool(days) and str(day) not in days

    def days_told(self, at: int) -> list[str]:
        """The days (precision day) told in the sentence at ``at``."""
        sent = self.doc.sentence(at)
        found = between(self.doc.facts.dates, sent.start, sent.end)
        return [str(m.value) for m in found if m.extra.get("precision") == "day"]

    def apart(self) -> bool:
        """Is the crossing told in a sentence of another matter ("Separately, a drone
        crossed ...", "Dans un autre incident, ...": APART_CUE before the anchor)?"""
        at = self.anchor.span[0]
        return bool(self.doc.cues.within("APART_CUE", self.doc.sentence(at).start, at))

    def in_scopes(self, items: list[Any], scopes: list[Scope]) -> list[Any]:
        if not items:
            return []  # most kinds are not told at all in a report
        if len(scopes) == 1:
            found = between(items, scopes[0].start, scopes[0].end)
        else:
            found = [x for sc in scopes for x in between(items, sc.start, sc.end)]
        if found and isinstance(found[0], Mention) and found[0].kind in _MEASURED:
            found = [
                m
                for m in found
                if not self.habitual(m)
                and not self.of_crossing_after(m)
                and not self.of_other_item(m)
                and not self.of_other_day(m)
                and not self.of_twin(m)
            ]
            if self.draft.pick_total > 1:
                found = [m for m in found if not self.ranked_other(m)]
        return [x for x in found if not self.of_other_part(x.span) and not self.of_other_member(x.span)]

    def of_other_member(self, span: tuple[int, int]) -> bool:
        """ "Three drones violated ...: one crashed near X, one flew over Y for ten
        minutes, and one left towards Z": for the record of one item of the list
        (``anchors._each_items``), what another item's clause (opened by a word of one
        member: ``Segments.members``) tells is that member's."""
        clause = self.doc.clause(span[0])
        return self.member_item() and clause != self.draft.anchor.clause and self._opens_member(clause.start)

    def of_twin(self, m: Mention) -> bool:
        """ "A TB2 drone and an Anka violated Greek airspace ... The TB2 stayed over Samos
        for twenty minutes": a measure told in the clause of an anchor that another
        member of this record's listed group took as its own (``Draft.siblings``), and
        no anchor of this record, is that member's."""
        twins = self.draft.siblings
        if len(twins) < 2:
            return False
        clause = self.doc.clause(m.span[0])

        def told_in(d: Draft) -> bool:
            return any(clause.start <= a.span[0] < clause.end for a in d.anchors)

        return not told_in(self.draft) and any(t is not self.draft and told_in(t) for t in twins)

    def member_item(self) -> bool:
        """Is this the record of one item of a group told member by member (its one
        anchor an item whose clause a word of one member opens)?"""
        a = self.draft.anchor
        return a.rule == "gapped" and len(self.draft.anchors) == 1 and self._opens_member(a.clause.start)

    def _opens_member(self, pos: int) -> bool:
        members = self.doc.seg.members
        k = bisect.bisect_left(members, pos)
        return k < len(members) and members[k] == pos

    def of_other_part(self, span: tuple[int, int]) -> bool:
        """Is ``span`` told of another part of this record's total ("23 times, including
        two overflights of X at 1,500 feet": X and the altitude are not the rest's)?"""
        told = self.draft.other_part
        return told is not None and told[0] <= span[0] < told[1]

    def of_crossing_after(self, m: Mention) -> bool:
        """ "... avait traversé l'espace aérien hongrois avant d'entrer dans l'espace
        aérien croate, où il est resté sept minutes": a measure told past the end of
        this record's episode in the sentence where it ends (the next record is told
        there, from its clause on), after that record's verb, is that record's."""
        end = self.region.end
        if end >= len(self.doc.text) or end <= self.region.start:
            return False
        sent = self.doc.sentence(end - 1)
        if not (sent.start < end < sent.end and end <= m.span[0] < sent.end):
            return False
        # after that record's verb, and not before its word of another time ("...,
        # flying at 4,500 metres, and again over Kos": the first one's, as told before)
        again = self.doc.cues.within("ANOTHER_CUE", m.span[1], self.doc.clause(end).end)
        return bool(between(self.doc.facts.verbs, end, m.span[0])) and not again

    def of_other_item(self, m: Mention) -> bool:
        """ "Deux drones ont pénétré l'espace aérien grec lundi : le premier à 9 h 40 au-dessus
        de Kos, le second à 14 h 05 au large de Rhodes, à une altitude de 18 000 pieds": a
        measure told in an item of a list with its verb left out (from the item's start to
        the next one's, ``Segments.gapped_in``) is that item's, not the record's of
        another item. The record's own item of a split is its own ("Le premier y est resté
        quatre minutes, le second environ une minute": the second's record)."""
        if self.draft.pick is m:
            return False
        sent = self.doc.sentence(m.span[0])
        starts = self.doc.seg.gapped_in(sent.start, m.span[0] + 1)
        if not starts:
            return False
        # no other item named since: "a drone on 3 February near X and a Mi-8 on 5 February
        # that stayed for four minutes" (the Mi-8's, told with its own verb)
        told = between(self.doc.facts.aircraft, starts[-1], m.span[0])
        if len(told) > 1 or (told and told[0].span[0] != starts[-1]):
            return False
        # the record's own crossing told in that item ("14h05 - un drone, 4 km à
        # l'intérieur du territoire lituanien"): the item's measure is the record's
        later = self.doc.seg.gapped_in(starts[-1] + 1, sent.end)
        end = later[0] if later else sent.end
        return not any(
            (a.rule == "gapped" and a.span[0] == starts[-1]) or starts[-1] <= a.span[0] < end
            for a in self.draft.anchors
        )

    def of_other_day(self, m: Mention) -> bool:
        """ "Dix-neuf drones russes avaient franchi la frontière le 10 septembre. Le 13
        septembre, un drone russe avait survolé le delta du Danube pendant cinquante
        minutes": a measure told in a sentence where no anchor of this record is, after an
        aircraft named anew there, in a sentence that tells days of its own none of which
        the sentences of the record's anchors tell (they tell some), is that other day's
        crossing's. A day of a statement alone ("the ministry said on Sunday that it had
        stayed twenty minutes") names no aircraft anew: the measure stays."""
        doc = self.doc
        sent = doc.sentence(m.span[0])
        if any(sent.start <= a.span[0] < sent.end for a in self.draft.anchors):
            return False
        own = self.rec.aircraft
        if own is None or not any(
            not t.definite and (t.differs(own) or (t.count or 0) != (own.count or 0))
            for t in between(doc.facts.aircraft, sent.start, m.span[0])
        ):
            return False  # "deux hélicoptères Mi-17 béninois ont survolé Gaya mercredi": its own, retold
        days = {str(d.value) for d in between(doc.facts.dates, sent.start, sent.end)}
        mine: set[str] = set()
        for a in self.draft.anchors:
            told = doc.sentence(a.span[0])
            mine |= {
                str(d.value)
                for d in between(doc.facts.dates, told.start, told.end)
                if not _told_with_speech(doc, d)  # "said on Wednesday night that ...": no crossing's
            }
        return bool(days) and bool(mine) and not days & mine

    def ranked_other(self, m: Mention) -> bool:
        """ "Two drones violated it, at 01:10 and at 02:35 respectively. The first flew
        over Cahul for four minutes", "Le premier a survolé Cahul pendant quatre
        minutes": a measure told in another sentence than the one listing the items,
        after the rank of one item (RANK_CUE, the nearest before it in its sentence),
        is that item's, not this record's; so is one told after the rank of another item
        in the sentence that tells the items by their ranks ("The first flew 3 km inside
        at 02:10; the second stayed for ten minutes at 03:45")."""
        sent = self.doc.sentence(m.span[0])
        pick = self.draft.pick
        if pick is None:
            return False
        if sent.start <= pick.span[0] < sent.end and not self.doc.cues.within(
            "RANK_CUE", sent.start, pick.span[0]
        ):
            return False  # the sentence that lists the items, not item by item by their ranks
        ranks = self.doc.cues.within("RANK_CUE", sent.start, m.span[0])
        # the rest of the group after its first ("Three others crossed ... for 20 minutes")
        rest = self.doc.cues.within("REST_CUE", sent.start, m.span[0])
        if not ranks and not rest:
            return False
        if rest and (not ranks or rest[-1].start > ranks[-1].start):
            return self.draft.pick_index + 1 != self.draft.pick_total
        cue = ranks[-1]  # "the first violation at 16:42, the second at 21:33": the nearest
        rank = self.draft.pick_total if cue.key == "last" else int(cue.key)
        return rank != self.draft.pick_index + 1

    def of_other_aircraft(self, m: Mention) -> bool:
        """A time or quantity told of another aircraft than the record's (see
        ``episodes.told_of_other``)."""
        mine = self.rec.aircraft
        if self.of_own_part(m.span):
            return False  # "..., dont deux survols d'Agathonisi à 1 500 pieds": the part's own
        # the rank of a member tells its own stay, in a record of a counted group not
        # split by ranks ("Trois drones sont entrés ... Le premier est resté quatre minutes")
        ranks = (
            self.draft.pick is None and m.kind == "duration" and mine is not None and (mine.count or 0) > 1
        )
        return mine is not None and told_of_other(self.doc, self.draft.anchors, mine, m, ranks)

    def of_own_part(self, span: tuple[int, int]) -> bool:
        """Is ``span`` told in the stretch of this record's own part of a total?"""
        told = self.draft.own_part
        return told is not None and told[0] <= span[0] < told[1]

    def tallied(self, m: Mention) -> bool:
        """ "As of 9 a.m., about 90 balloons had been found", "au pointage de 9 heures",
        "станом на 9:00": a time (or the length the same words may read as) right after
        a word of a tally (TALLY_CUE) is when the count was made, not when, nor how
        long, anything crossed. The time's own preposition may close the cue ("bilan
        établi à" + "à 10 heures")."""
        doc = self.doc
        clause = doc.clause(m.span[0])
        cues = [c for c in doc.cues.within("TALLY_CUE", clause.start, m.span[1]) if c.start < m.span[0]]
        return bool(cues) and not doc.text[cues[-1].end : m.span[0]].strip(" :")

    def habitual(self, m: Mention) -> bool:
        """ "The drones usually fly at night, between 9 pm and 2 am": a time or a measure
        told in a sentence of what happens as a rule (HABIT_CUE), where no anchor of
        this record is, is not this crossing's."""
        sent = self.doc.sentence(m.span[0])
        if not (self.doc.cues.within("HABIT_CUE", sent.start, sent.end) or self.supposed(m)):
            return False
        return not any(sent.start <= a.span[0] < sent.end for a in self.draft.anchors)

    def supposed(self, m: Mention) -> bool:
        """ "A drone flying at 300 metres over the river would be easy to hit", « un
        ballon qui dériverait à 3 000 mètres serait invisible »: a measure told of an
        aircraft brought in anew (no word that refers back, not ``definite``) before it
        in its sentence, with a word of supposition after it in its clause (a cue
        "hypo", or a conditional of the lexicon's [aux_cond] ``cond``), is a case
        imagined, not any crossing's (``habitual`` keeps it from a record whose anchor
        is not in that sentence)."""
        doc = self.doc
        sent = doc.sentence(m.span[0])
        told = between(doc.facts.aircraft, sent.start, m.span[0])
        if not told or told[-1].definite:
            return False
        end = doc.clause(m.span[0]).end
        if doc.mention_cues("hypo", m.span[1], end):
            return True
        cond = set(doc.lexicon.classes.get("AUX_COND", {}).get("cond", []))
        words = re.findall(r"[^\W\d_]+", doc.text[m.span[1] : end].lower())
        return any(w in cond for w in words)


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
