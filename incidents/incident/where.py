"""Resolvers of the place of the crossing (see ``slots.py``)."""

from __future__ import annotations

from collections.abc import Iterable

from .anchors import FOUND_ONLY, origin
from .episodes import background_at, each_its_own, place_of_other
from .facts import Place, ZoneRef, between
from .slots import Ctx, Found, resolver


def _found(p: Place) -> Found | None:
    return Found(p.name, p.span) if p.name else None


def _named(ctx: Ctx, places: Iterable[Place], wide: bool = False) -> list[Place]:
    """The places named that may be where the crossing was. A known place told by its
    name alone ("a survolé Lesbos") is only after the anchor's verb (not ``wide``), not
    after a speech word ("the minister said in Rhodes") and not as where the aircraft
    came from or is based ("took off from Gotland", "based in Lesbos"). A place phrase
    keeps its reading: "entered from over the town of X", "depuis X" tell where."""
    return [
        p
        for p in places
        if p.name
        and not (p.bare and (wide or _where_said(ctx, p) or origin(ctx.doc, p)))
        and not ctx.of_other_part(p.span)
        and not _attacked(ctx, p)
    ]


def _attacked(ctx: Ctx, p: Place) -> bool:
    """ "... fell on Romanian territory during a Russian attack on the Ukrainian port of
    Izmail": a place of another state than the one crossed into, told after a word of an
    attack (ATTACK_CUE) in its sentence, is the attack's target, not where the crossing was."""
    violated = ctx.rec.violated_state
    if not p.state or violated is None or p.state == violated.value:
        return False
    doc = ctx.doc
    return bool(doc.cues.within("ATTACK_CUE", doc.sentence(p.span[0]).start, p.span[0]))


def _where_said(ctx: Ctx, p: Place) -> bool:
    """ "..., the minister said in Rhodes": a speech word before the place in its clause,
    with no verb of crossing between them."""
    doc = ctx.doc
    said = doc.mention_cues("say", doc.clause(p.span[0]).start, p.span[0])
    return bool(said) and not between(doc.facts.verbs, said[-1].span[1], p.span[0])


@resolver("location", "own_part")
def _own_part(ctx: Ctx) -> Found | None:
    """ "14 violations, including two by F-16s over Chios and one by a CN-235 near
    Rhodes": a record of one part of a total takes the first place told in its own
    part's stretch (``episodes._kind_pieces``, ``episodes._part_by_day``)."""
    told = ctx.draft.own_part
    if told is None:
        return None
    found = _named(ctx, between(ctx.doc.facts.places, told[0], told[1]), wide=True)
    return _found(found[0]) if found else None


@resolver("location", "listed_item")
def _listed_item(ctx: Ctx) -> Found | None:
    """ "Once on Monday near Krāslava and twice on Thursday near Daugavpils", "un lundi
    près de X et deux jeudi près de Y": a record split over listed days takes the place
    told in its own item, after its day and before the next day of its sentence."""
    pick = ctx.draft.pick
    if ctx.draft.pick_total < 2 or pick is None or pick.kind != "date":
        return None
    doc = ctx.doc
    sent = doc.sentence(pick.span[0])
    later = [m for m in between(doc.facts.dates, pick.span[1], sent.end)][:1]
    end = later[0].span[0] if later else doc.clause(pick.span[0]).end
    found = _named(ctx, between(doc.facts.places, pick.span[1], end))
    return _found(found[0]) if found else None


@resolver("location", "member_item")
def _member_item(ctx: Ctx) -> Found | None:
    """ "Two drones ..., one crossing near Ocnita at 01:20 and the other entering near
    Cahul at 03:05", "one at 01:20 near Ocnita and the other at 03:05 near Cahul": a
    record split over times each told of its own member of the group
    (``episodes.each_its_own``) takes the place told in its own item, from its member
    ("the other"; the first item: its clause's start) to the next member."""
    pick = ctx.draft.pick
    if ctx.draft.pick_total < 2 or pick is None or pick.kind != "time":
        return None
    doc = ctx.doc
    sent = doc.sentence(pick.span[0])
    before = between(doc.facts.times, sent.start, pick.span[0])[-1:]
    after = between(doc.facts.times, pick.span[1], sent.end)[:1]
    if before and each_its_own(doc, before[0].span, pick.span):
        lo = _members(ctx, before[0].span[1], pick.span[0])[-1]
    elif not before and after and each_its_own(doc, pick.span, after[0].span):
        lo = doc.clause(pick.span[0]).start
    else:
        return None
    hi = doc.clause(pick.span[0]).end
    if after and each_its_own(doc, pick.span, after[0].span):
        hi = _members(ctx, pick.span[1], after[0].span[0])[0]
    found = _named(ctx, between(doc.facts.places, lo, hi))
    return _found(found[0]) if len(found) == 1 else None


def _members(ctx: Ctx, lo: int, hi: int) -> list[int]:
    """Where the members of a group ("the other") told between ``lo`` and ``hi`` begin."""
    return [a.span[0] for a in between(ctx.doc.facts.aircraft, lo, hi) if a.partitive]


@resolver("location", "clause_after_verb")
def _after_verb(ctx: Ctx) -> Found | None:
    """ "Entered ... near Vaindloo island": the place told after the verb."""
    for a in ctx.draft.anchors:
        found = _named(ctx, between(ctx.doc.facts.places, a.span[1], a.clause.end))
        if found:
            return _found(found[0])
    return None


@resolver("location", "clause")
def _in_clause(ctx: Ctx) -> Found | None:
    found = _named(ctx, ctx.in_scopes(ctx.doc.facts.places, ctx.clauses), wide=True)
    return _found(found[-1]) if found else None


@resolver("location", "goal")
def _goal_place(ctx: Ctx) -> Found | None:
    """ "Over the Greek islet of X" as the goal; "the Pyongyang airspace", "the
    median line of the Taiwan Strait": the place in the zone phrase."""
    g = ctx.anchor.goal
    if isinstance(g, Place):
        return _found(g)
    if isinstance(g, ZoneRef) and g.place:
        return Found(g.place, g.span)
    return None


@resolver("location", "aircraft_place")
def _aircraft_place(ctx: Ctx) -> Found | None:
    """ "The two violations were carried out by a CN-235 near Rhodes and by a UAV over
    Kastellorizo": the record's aircraft told apart from its crossing's clauses (an
    item of a later list of kinds), its place told right after it (white space only
    between them) is where that aircraft was."""
    a = ctx.draft.aircraft
    doc = ctx.doc
    if a is None or any(c.start <= a.span[0] < c.end for c in ctx.clauses):
        return None
    for p in _named(ctx, between(doc.facts.places, a.span[1], doc.clause(a.span[0]).end)[:1]):
        if not doc.text[a.span[1] : p.span[0]].strip() and not origin(doc, p):
            return _found(p)
    return None


def _own(ctx: Ctx, places: list[Place]) -> list[Place]:
    """The places not told of another aircraft than the record's ("Three drones violated
    Lithuanian airspace, and a helicopter was spotted over Kaunas": Kaunas is the
    helicopter's, ``episodes.place_of_other``)."""
    mine = ctx.draft.aircraft
    if mine is None:
        return places
    return [
        p
        for p in places
        if ctx.of_own_part(p.span) or not place_of_other(ctx.doc, ctx.draft.anchors, mine, p)
    ]


@resolver("location", "sentence")
def _in_sentence(ctx: Ctx) -> Found | None:
    found = _own(ctx, _named(ctx, ctx.in_scopes(ctx.doc.facts.places, ctx.sentences), wide=True))
    if not found:
        return None
    at = ctx.anchor.span[0]
    return _found(min(found, key=lambda p: abs(p.span[0] - at)))


@resolver("location", "previous")
def _previous(ctx: Ctx) -> Found | None:
    prev = ctx.same_aircraft_before()
    if prev is None or prev.location is None or ctx.draft.other_part is not None or ctx.member_item():
        # the rest of a total, a member of a group told item by item: the place told
        # before is another part's, another member's
        return None
    mine, theirs = ctx.rec.violated_state, prev.violated_state
    if mine is None or theirs is None or mine.value != theirs.value:
        return None  # a place of another state's airspace is not this crossing's
    return Found(prev.location.value, None)


@resolver("location", "region")
def _region(ctx: Ctx) -> Found | None:
    """ "The drones entered near X": a place told later in the episode; not one told
    in a sentence of background that says nothing, of a record that is none ("... on
    Monday. In the past decade, most intercepts took place near Vaindloo": other
    events' places; "Das Ministerium hatte zuvor von einem Zwischenfall nahe X
    gesprochen": a statement, told before, of this one)."""
    doc = ctx.doc
    found = _own(ctx, _named(ctx, between(doc.facts.places, ctx.anchor.span[1], ctx.region.end), wide=True))
    if not ctx.draft.background:
        found = [p for p in found if not _background_only(ctx, p)]
    return _found(found[0]) if found else None


def _background_only(ctx: Ctx, p: Place) -> bool:
    """Is ``p`` told in a sentence of background (``episodes.background_at``) that
    tells no crossing nor anyone saying (not "the Georgian ministry had earlier spoken
    of an incident near X": this crossing, told again)?"""
    doc = ctx.doc
    sent = doc.sentence(p.span[0])
    found_only = FOUND_ONLY  # "debris was found near X": no crossing told
    told = [v for v in between(doc.facts.verbs, sent.start, sent.end) if v.key not in found_only]
    if told or doc.mention_cues("say", sent.start, sent.end):
        return False
    return background_at(doc, p.span[0], doc.clause(p.span[0]))
