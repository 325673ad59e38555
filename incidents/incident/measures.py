"""Resolvers of depth, altitude, duration, speed and repetitions (see ``slots.py``;
what a distance is: ``distances.py``).

- A **duration** of another event (a closure) is not the crossing's; nor is one of
  more than 12 hours (a period of reporting, not a stay).
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Mention
from . import distances
from .anchors import (
    COMING_AGAIN,
    SET_DOWN,
    Anchor,
    find_anchors,
    listed_lands,
    next_start,
    noun_modifiers_only,
    round_rank_opens,
)
from .cues import Cue, words_of
from .doc import Doc, rules, word_before
from .episodes import (
    _another_cues,
    _listed,
    _told_with_speech,
    background_at,
    clock_minutes,
    item_count,
    opens_list,
    opens_period,
    part_of_group,
    responder,
    tally_of_period,
    time_restated,
)
from .facts import Span, Verb, between
from .segment import Scope
from .slots import Ctx, Found, Slots, resolver

#: the longest stay read as a crossing's duration: a drone may loiter for sixteen
#: hours, but "over the past 24 hours" is a window of reporting, not a stay
MAX_STAY_S = 20 * 3600
#: the longest stay read across midnight from a time of leaving earlier on the clock
MAX_PAST_MIDNIGHT_S = 6 * 3600


def _pick(ctx: Ctx, found: list[Mention]) -> Found | None:
    pick = ctx.draft.pick
    if pick is not None and found and pick.kind == found[0].kind:
        return Found(pick.value, pick.span, pick)  # a split record takes its own item
    found = [m for m in found if not _unit_shared(ctx, m)]
    if ctx.draft.pick_total > 1:
        # "the incursions, each lasting between two and five minutes, happened on 3 and
        # 9 May": a range told of the listed crossings is none of them; nor is a sum of
        # them ("twice, for a total of three minutes, at 11:02 and 11:20")
        found = [m for m in found if m.low is None and not _told_as_total(ctx, m)]
    return Found(found[0].value, found[0].span, found[0]) if found else None


def _told_as_total(ctx: Ctx, m: Mention) -> bool:
    """Is ``m`` told right after or right before a word of a sum (TOTAL_CUE: "for a
    total of three minutes", "pendant au total environ trois minutes", "for three
    minutes in total")?"""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    for c in doc.cues.within("TOTAL_CUE", clause.start, clause.end):
        gap = doc.text[c.end : m.span[0]] if c.end <= m.span[0] else doc.text[m.span[1] : c.start]
        if (c.end <= m.span[0] or c.start >= m.span[1]) and not gap.strip():
            return True
    return False


def _unit_shared(ctx: Ctx, m: Mention) -> bool:
    """ "Twice, for 40 and 55 seconds", "pendant 40 et 55 secondes", "5 and 8 km
    inside": a bare number listed right before the measure shares its unit; the
    lengths are one a crossing, and which is this one's nothing tells. The phrase layer
    reads such a list as one measure per amount (``listed`` in each one's extra)."""
    if m.extra.get("listed"):
        return True
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    told = [x for x in between(doc.facts.mentions, sent.start, m.span[0]) if x.kind != "cue"]
    return bool(told) and told[-1].kind == "number" and _listed(doc, told[-1].span[1], m.span[0])


def _height_picked(ctx: Ctx) -> Mention | None:
    """The height a split record takes as its own item ("a Mi-17 and a Mi-24 ..., at 300
    and 500 metres of altitude respectively": ``episodes._paired_item``), no depth."""
    pick = ctx.draft.pick
    if pick is None or pick.kind != "distance":
        return None
    return pick if distances.is_altitude(ctx.doc, pick) else None


def _depth(ctx: Ctx, scopes: list[Scope]) -> Found | None:
    if _height_picked(ctx) is not None:
        return None
    found = ctx.in_scopes(ctx.doc.facts.distances, scopes)
    found = [
        m
        for m in found
        if distances.is_depth(ctx.doc, m)
        and _of_flight(ctx, m)
        and not _inside_other(ctx, m)
        and not _distance_of_mover(ctx.doc, m)
    ]
    return _pick(
        ctx, [m for m in found if not ctx.of_other_aircraft(m) and not _of_crossing_before(ctx, "depth", m)]
    )


def _distance_of_mover(doc: Doc, m: Mention) -> bool:
    """ "A Chinese warship anchored some 12 nautical miles to the west guided the drone",
    "un navire mouillé à une vingtaine de kilomètres à l'ouest": a distance told after a
    mover on the ground or at sea (GROUND_MOVER_CUE) in its clause, no aircraft named
    between them, is where that mover stands, not how far an aircraft went in. Not one
    told right before a word of inside or into ("shot down by troops about 400 metres
    inside Indian territory", "largué deux bombes à trois kilomètres à l'intérieur du
    territoire"): that is how far in the aircraft was."""
    clause = doc.clause(m.span[0])
    movers = doc.cues.within("GROUND_MOVER_CUE", clause.start, m.span[0])[-1:]
    if not movers or between(doc.facts.aircraft, movers[0].end, m.span[0]):
        return False
    end = distances.after_conversion(doc, m)
    return not any(doc.cues.starting_at(c, end, doc.text) for c in ("INSIDE_CUE", "INTO_CUE", "DEPTH_CUE"))


def _inside_other(ctx: Ctx, m: Mention) -> bool:
    """ "... and came down 900 metres inside the Syrian border", "tombé à 900 mètres à
    l'intérieur de la frontière syrienne": a distance into a zone or state
    (the first thing told after it in its clause, past a word of inside or into) of
    another state than the one crossed is how far into that one, not this crossing's
    depth."""
    crossed = ctx.rec.violated_state
    if crossed is None:
        return False
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    told = [x for x in between(doc.facts.mentions, m.span[1], clause.end) if x.kind != "cue"][:1]
    if not told or told[0].kind not in ("zone", "state"):
        return False
    gap = doc.text[m.span[1] : told[0].span[0]]
    if (
        not any(
            doc.cues.within(cls, m.span[1], told[0].span[0])
            for cls in ("INSIDE_CUE", "INTO_CUE", "DEPTH_CUE")
        )
        and gap.strip()
    ):
        return False
    state = told[0].value if told[0].kind == "state" else told[0].extra.get("state")
    return bool(state) and state != crossed.value


def _of_crossing_before(ctx: Ctx, field: str, m: Mention) -> bool:
    """ "Violated Greek airspace over Agathonisi at 13:05, flying at 4,500 metres, and
    again over Farmakonisi at 14:20": a measure the record told before took, told
    between that crossing's own item (its time, day or length, split one per item)
    and this one's, or before this crossing's own words in their sentence (its
    clauses, from their word of another time: ``_own_start``), is that crossing's, not
    this one's too."""
    prev = ctx.prev
    found: Found | None = getattr(prev, field) if prev is not None else None
    if prev is None or found is None or found.span != m.span:
        return False
    pick = ctx.draft.pick
    theirs = _picked(prev, pick.kind) if pick is not None and ctx.draft.pick_index > 0 else None
    if pick is not None and theirs is not None and theirs[1] <= m.span[0] and m.span[1] <= pick.span[0]:
        return True
    first = min(_own_start(ctx, c) for c in ctx.clauses)
    return m.span[1] <= first and ctx.doc.sentence(m.span[0]) is ctx.doc.sentence(first)


def _own_start(ctx: Ctx, clause: Scope) -> int:
    """Where the words of this crossing begin in ``clause``: at its word of another
    time ("..., flying at 4,500 metres, and again over Farmakonisi": "again"), else at
    the clause's start."""
    again = _another_cues(ctx.doc, clause)
    return again[0].start if again else clause.start


def _picked(rec: Slots, kind: str) -> Span | None:
    """The words of the item of kind ``kind`` a split record took."""
    found = {"time": rec.time, "date": rec.date, "distance": rec.depth, "duration": rec.duration}.get(kind)
    return found.span if found is not None else None


def _of_flight(ctx: Ctx, m: Mention) -> bool:
    """ "Athens says its airspace reaches 10 miles from its coast, while Ankara
    recognises only six miles", "we are closing the airspace up to an altitude of
    5,000 metres": a length or height told later in the episode, in a sentence that
    names no aircraft and no verb or noun of flight or crossing, tells of something
    else than the crossing (the extent of a zone, a dispute, a measure taken); in a
    sentence of the record's own it may be."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    if sent in ctx.sentences:
        return True
    verbs = between(doc.facts.verbs, sent.start, sent.end)
    return bool(verbs) or bool(between(doc.facts.aircraft, sent.start, sent.end)) or _told_inside(doc, m)


_SAYING_KINDS = ("cue", "source", "date", "time")


def _told_inside(doc: Doc, m: Mention) -> bool:
    """ "At its deepest point it was about 1.2 kilometres inside the border", "il se
    trouvait à 1,2 km à l'intérieur de la frontière": a length told right before a word
    of inside or into (INSIDE_CUE, INTO_CUE, DEPTH_CUE) and a zone (a border, an
    airspace), with nothing named before it in its clause (a pronoun of the aircraft),
    is how far inside the aircraft was, as in a sentence of the aircraft's. Of a named
    thing ("the village of X lies 3 km inside the border", "Russian soldiers were 3 km
    inside the border") it is not."""
    clause = doc.clause(m.span[0])
    # the speaker or the day may stand there ("According to the army, it was ...")
    if [x for x in between(doc.facts.mentions, clause.start, m.span[0]) if x.kind not in _SAYING_KINDS]:
        return False
    if doc.cues.within("GROUND_MOVER_CUE", clause.start, m.span[0]):
        return False
    told = [x for x in between(doc.facts.mentions, m.span[1], clause.end) if x.kind != "cue"][:1]
    if not told or told[0].kind != "zone":
        return False
    return any(
        doc.cues.within(cls, m.span[1], told[0].span[0]) for cls in ("INSIDE_CUE", "INTO_CUE", "DEPTH_CUE")
    )


def _altitude(ctx: Ctx, scopes: list[Scope]) -> Found | None:
    height = _height_picked(ctx)
    if height is not None:
        return Found(height.value, height.span, height)
    found = [
        m
        for m in ctx.in_scopes(ctx.doc.facts.distances, scopes)
        if distances.is_altitude(ctx.doc, m)
        and (not ctx.of_other_aircraft(m) or _height_of_member(ctx, m))
        and not _of_crossing_before(ctx, "altitude", m)
        and _of_flight(ctx, m)
        and not _unit_shared(ctx, m)
    ]
    return Found(found[0].value, found[0].span, found[0]) if found else None


def _height_of_member(ctx: Ctx, m: Mention) -> bool:
    """ "Deux drones ont survolé Nabatieh. L'un d'eux volait à environ 500 mètres", "One
    of them was flying at 500 metres", "One flew at 300 metres": the height of one member
    of the group (a partitive opening a clause, the only aircraft its sentence tells, or
    a bare "one" opening the sentence, EACH_CUE, with no aircraft) in a later sentence
    that tells no crossing of its own (only verbs of flying, FLIGHT_ONLY_KEYS), no other
    member told after it in its paragraph ("l'autre"), is the height the group flew at:
    the record of the group takes it (a depth or a time stays the member's)."""
    doc, mine = ctx.doc, ctx.rec.aircraft
    sent = doc.sentence(m.span[0])
    if mine is None or (mine.count or 0) < 2 or mine.span[0] >= sent.start:
        return False
    told = between(doc.facts.aircraft, sent.start, sent.end)
    if told:
        one = told[0]
        if len(told) != 1 or not one.partitive or one.span[0] > m.span[0]:
            return False
        if one.span[0] != doc.clause(one.span[0]).start:
            return False
    elif doc.cues.starting_at("EACH_CUE", sent.start, doc.text) is None:
        return False
    if any(a.partitive for a in between(doc.facts.aircraft, sent.end, doc.paragraph(sent.start).end)):
        return False  # "L'un volait à 300 mètres. L'autre ...": members told apart
    return all(
        v.key in FLIGHT_ONLY_KEYS and not v.noun for v in between(doc.facts.verbs, sent.start, sent.end)
    )


#: the keys of verbs that tell how an aircraft flew, no crossing (``_height_of_member``)
FLIGHT_ONLY_KEYS = frozenset({"fly"})


def _stay(ctx: Ctx, m: Mention) -> bool:
    doc = ctx.doc
    if float(m.value) > MAX_STAY_S or m.extra.get("vague"):
        return False  # "for several minutes" states no length
    offset = doc.cues.starting_at("TIME_OFFSET_CUE", m.span[1], doc.text)
    if offset is not None and doc.clause(offset.start).start != offset.start:
        return False  # "twenty minutes later": when, not how long ("... before X did": a clause)
    if offset is not None and doc.text[: m.span[0]].rstrip().endswith(",") and not _led_as_length(doc, m):
        # "at 15:30, 25 minutes before the strike": set apart, when, not how long ("...,
        # for less than a minute before returning": a word of how long leads it)
        return False
    if _window_of_times(ctx, m):
        return False
    clause = doc.clause(m.span[0])
    if _tracked_only(ctx, m) or _over_other_state(ctx, clause):
        return False
    events = doc.cues.within("OTHER_EVENT_CUE", clause.start, clause.end)
    if not events or _spent_over(ctx, m):
        return True
    own = [a.span for a in ctx.draft.anchors if a.clause.nth == clause.nth]
    if not own:
        return False
    if any(a[0] >= m.span[1] for a in own):
        return True  # "après un vol de 25 minutes au-dessus du territoire": the flight's
    # both before it in the clause: the one told last owns it ("crossed the border,
    # causing the closure of the airport for four hours": the closure's)
    event = max((e.end for e in events if e.end <= m.span[0]), default=-1)
    return max(a[1] for a in own) >= event


def _led_as_length(doc: Doc, m: Mention) -> bool:
    """Does the duration ``m`` open with a word of how long ([for]: "for", "during",
    "pendant")?"""
    words = words_of(m.text)
    return bool(words) and doc.lexicon.key_of("FOR", m.text[words[0].start : words[0].end]) is not None


def _tracked_only(ctx: Ctx, m: Mention) -> bool:
    """ "Entered Polish airspace and was tracked by radar for 20 minutes", "a été suivi
    par les radars pendant 20 minutes": a length told after a word of tracking by an
    observer (TRACKING_CUE) in its clause, with no crossing of the record between them, is how
    long it was watched, not how long it stayed; unless the clause says it was inside
    (a place, state or zone right after a word of being over or inside: "tracked for 20
    minutes over Polish territory", "suivi pendant 20 minutes dans l'espace aérien
    polonais"), or the length runs up to the end of the flight told right after it ("for
    15 minutes before it came down", "avant de quitter le territoire": BEFORE_CUE)."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    cues = doc.cues.within("TRACKING_CUE", clause.start, m.span[0])[-1:]
    if not cues or any(cues[0].end <= a.span[0] < m.span[0] for a in ctx.draft.anchors):
        return False
    if _runs_to_end(doc, m):
        return False  # "tracked for 15 minutes before it came down": from entry to its end
    return not _place_inside(ctx, cues[0].end, clause.end) and not _inside_meanwhile(ctx, clause)


def _inside_meanwhile(ctx: Ctx, clause: Scope) -> bool:
    """ "Radar tracked it for 20 minutes while it was inside Moldovan airspace", « les
    radars l'ont suivi pendant 20 minutes alors qu'il survolait le territoire moldave »:
    the clause right after the tracked length's, opened by a word of meanwhile
    (CLAUSE_CUE key "contrast"), tells the aircraft inside (a word of being over or
    inside and what it names: ``_place_inside``) or flying over a place, a state or a
    zone (a verb of flying over with one of them after it in that clause)."""
    doc = ctx.doc
    nxt = doc.clause(next_start(doc.text, clause.end))
    opener = doc.cues.opening("CLAUSE_CUE", nxt.start)
    if nxt.start <= clause.start or opener is None or opener.key != "contrast":
        return False
    if any(_in_entered(ctx, named) for _, named in _named_inside(doc, opener.end, nxt.end)):
        return True
    return any(
        v.key == "overfly"
        and any(_in_entered(ctx, x) for x in between(doc.facts.mentions, v.span[1], nxt.end))
        for v in between(doc.facts.verbs, opener.end, nxt.end)
    )


def _in_entered(ctx: Ctx, x: Mention) -> bool:
    """Is ``x`` a place, a state or a zone of the state the record entered, or of no
    state told ("while it was over Ukraine" is elsewhere)?"""
    if x.kind not in _INSIDE_KINDS:
        return False
    state = x.value if x.kind == "state" else x.extra.get("state")
    entered = ctx.rec.violated_state
    return state is None or (entered is not None and state == entered.value)


#: what a word of being over or inside names that puts the aircraft in a state's sky
_INSIDE_KINDS = ("location", "state", "zone")


def _runs_to_end(doc: Doc, m: Mention) -> bool:
    """Does the tracked length ``m`` run from the crossing or up to the end of the flight?
    "for 12 minutes after it crossed the border" (an [after] word of BEFORE_CUE right after
    it), or "for ten minutes, at about 1,000 metres, before turning back", « pendant 9
    minutes et a parcouru 20 kilomètres avant de quitter le territoire » (a [before] word
    later in its sentence: the end of the flight told after it)."""
    right = doc.cues.starting_at("BEFORE_CUE", m.span[1], doc.text)
    if right is not None and right.key in ("before", "after"):
        return True
    sent = doc.sentence(m.span[0])
    return any(c.key == "before" for c in doc.cues.within("BEFORE_CUE", m.span[1], sent.end))


def _over_other_state(ctx: Ctx, clause: Scope) -> bool:
    """ "Radar had followed it for 40 minutes over Belarus before it reached the border",
    "a survolé l'Ukraine pendant deux heures avant d'entrer en Moldavie": a length told
    in a clause where the aircraft is over or inside another state than the one it
    entered (the first thing named after OVER_CUE or INSIDE_CUE is a state not the
    record's violated one, not the name of a sea) is its time there, not its stay;
    only in a sentence apart from the crossing's own."""
    doc = ctx.doc
    entered = ctx.rec.violated_state
    sent = doc.sentence(clause.start)
    if entered is None or any(sent.start <= a.span[0] < sent.end for a in ctx.draft.anchors):
        return False  # told with the crossing: "over the waters off X, in the East China Sea"
    for cue, named in _named_inside(doc, clause.start, clause.end):
        if named.kind != "state" or named.value == entered.value:
            continue
        # "in the East China Sea", "dans la mer de Chine": water named by a state
        words = doc.text[cue.end : named.span[0]]
        if not any(
            doc.lexicon.key_of("LOC_NOUN", words[w.start : w.end]) == "water" for w in words_of(words)
        ):
            return True
    return False


def _place_inside(ctx: Ctx, lo: int, hi: int) -> bool:
    """Is a place, a state or a zone the first thing named in [lo, hi) after a word of
    being over or inside it (OVER_CUE, INSIDE_CUE)?"""
    return any(named.kind in _INSIDE_KINDS for _, named in _named_inside(ctx.doc, lo, hi))


def _named_inside(doc: Doc, lo: int, hi: int) -> list[tuple[Cue, Mention]]:
    """Each word of being over or inside (OVER_CUE, INSIDE_CUE) in [lo, hi) with the
    first thing named after it before ``hi`` ("over southern Moldova": a word of region
    may stand between); none that is part of a word of nearness ("in the direction
    of", « en direction de »)."""
    out = []
    # the "en" of « en direction de l'Ukraine », the "in" of "in the direction of
    # Ukraine": inside a word of nearness (NEAR_CUE), where it heads, not where it is
    nears = doc.cues.within("NEAR_CUE", lo, hi)
    for cls in ("OVER_CUE", "INSIDE_CUE"):
        for cue in doc.cues.within(cls, lo, hi):
            if any(n.start <= cue.start and cue.end <= n.end for n in nears):
                continue
            nxt = [x for x in between(doc.facts.mentions, cue.start, hi) if x.kind != "cue"][:1]
            out += [(cue, nxt[0])] if nxt else []
    return out


def _window_of_times(ctx: Ctx, m: Mention) -> bool:
    """ "Crossed the border twice within an hour", "a franchi deux fois la frontière en
    une heure": a length told by a word of a span of time (WINDOW_CUE key "window",
    opening it or right before it) in a clause that counts the crossings (more than
    once) is the span they were told in, not how long the aircraft stayed; followed by
    the event it is counted from ("within an hour of the strike": key "event"), it is
    when the crossing came."""
    doc = ctx.doc
    cue = doc.cues.opening("WINDOW_CUE", m.span[0]) or doc.cues.leading_into(
        "WINDOW_CUE", m.span[0], doc.text
    )
    if cue is None or cue.key != "window":
        return False
    after = doc.cues.starting_at("WINDOW_CUE", m.span[1], doc.text)
    if after is not None and after.key == "event":
        return True
    clause = doc.clause(m.span[0])
    reps = between(doc.facts.repetitions, clause.start, clause.end)
    return any(
        r.value == "multiple" or (isinstance(r.value, int) and not isinstance(r.value, bool) and r.value > 1)
        for r in reps
    )


def _duration(ctx: Ctx, scopes: list[Scope]) -> Found | None:
    found = ctx.in_scopes(ctx.doc.facts.durations, scopes)
    return _pick(
        ctx,
        [
            m
            for m in found
            if _stay(ctx, m)
            and not ctx.of_other_aircraft(m)
            and not ctx.tallied(m)
            and not _of_crossing_before(ctx, "duration", m)
            and not _of_other_land(ctx, m)
        ],
    )


def _of_other_land(ctx: Ctx, m: Mention) -> bool:
    """ "A survolé la Roumanie pendant trois minutes et la Hongrie pendant quarante
    minutes": with states listed as the lands crossed (``anchors.listed_lands``), a
    length told after one of them (the state named last before it in its clause) is that
    state's stay, not another's, nor that of a crossing of no state of the list ("...
    before crashing in Zagreb"); one told before the first is none's alone."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    last = [s for s in between(doc.facts.states, clause.start, m.span[0]) if not s.demonym and not s.capital][
        -1:
    ]
    if not last:
        return False
    run = listed_lands(doc, last[0], clause)
    if len(run) < 2:
        return False
    # "over Tsushima, between Japan and South Korea, for 40 minutes", "située entre le
    # Japon et la Corée du Sud": states opened by a word of between (RANGE_CUE, at most an
    # article after it) tell where a place lies, no lands crossed
    opening = doc.cues.within("RANGE_CUE", clause.start, run[0].span[0])[-1:]
    if opening and len(doc.text[opening[0].end : run[0].span[0]].split()) <= 1:
        return False
    mine = {a.goal_state for a in ctx.draft.anchors}
    return last[0].code not in mine


def _speed(ctx: Ctx, scopes: list[Scope]) -> Found | None:
    found = [
        m for m in ctx.in_scopes(ctx.doc.facts.speeds, scopes) if not _of_crossing_before(ctx, "speed", m)
    ]
    return Found(found[0].value, found[0].span, found[0]) if found else None


def _spent_over(ctx: Ctx, m: Mention) -> bool:
    """ "A été escorté jusqu'à la frontière après une quinzaine de minutes au-dessus du
    Jura", "was escorted out after ten minutes over Gotland": a length told right before
    a word of being over or inside (OVER_CUE, INSIDE_CUE) a place, a state or a zone is
    the time spent there, whatever event its clause tells."""
    doc = ctx.doc
    cue = doc.cues.starting_at("OVER_CUE", m.span[1], doc.text) or doc.cues.starting_at(
        "INSIDE_CUE", m.span[1], doc.text
    )
    if cue is None:
        return False
    nxt = [x for x in between(doc.facts.mentions, m.span[1], doc.clause(m.span[0]).end) if x.kind != "cue"][
        :1
    ]
    return bool(nxt) and nxt[0].kind in ("location", "state", "zone") and nxt[0].span[0] <= cue.end + 1


def _repetitions(ctx: Ctx, scopes: list[Scope]) -> Found | None:
    told = ctx.in_scopes(ctx.doc.facts.repetitions, scopes)
    found = [
        r
        for r in told
        if not (
            _again(ctx, r)
            or _once_not_a_count(ctx.doc, r)
            or _other_events(ctx, r)
            or _counted_before(ctx, r)
            or ctx.doc.said_again(r)
            or _of_the_group(ctx, r)
            or _latest_of_period(ctx, r)
            or _count_of_saying(ctx, r)
            or _of_other_verb(ctx, r)
            or _of_summoning(ctx.doc, r)
            or _one_of_total(ctx.doc, r)
            or ctx.of_other_aircraft(r)
            or _times_of_period(ctx, r)
        )
    ]
    if not found:
        return None
    # "repeatedly violated ... violated it on three occasions": the count told of the
    # same crossings says more than the vague word
    found = [r for r in found if r.value != "multiple"] or found
    at = ctx.anchor.span
    m = min(found, key=lambda r: min(abs(r.span[0] - at[1]), abs(at[0] - r.span[1])))
    own = _day_own_count(ctx)
    if own is not None:
        return Found(own.value, own.span, own) if own.value > 1 else None
    if ctx.draft.pick_total > 1 and m.value == ctx.draft.pick_total:
        return None  # "twice: on 3 May and on 5 May" is already two records
    pick = ctx.draft.pick
    if ctx.draft.pick_total > 1 and m.value != "multiple" and pick is not None and pick.kind == "date":
        return None  # "12 times on Monday and Tuesday": counted over the days, none alone
    if m.value in _listed_items(ctx, m):
        return None  # "twice on Tuesday: the first at 02:14 and the second at 03:50"
    if _counts_the_list(ctx, m) or _made_of_comings_again(ctx, m):
        return None
    return Found(m.value, m.span, m)


def _made_of_comings_again(ctx: Ctx, m: Mention) -> bool:
    """ "A drone crossed into Indian territory twice on Sunday night. It first crossed at
    8:40 pm ... It came back at 9:05 pm", "a pénétré à deux reprises ... Il est revenu à
    2 h 35": a count of times told of crossings some of which are told as coming in
    again into the same state ([verbs] again, back_again: each a record of its own,
    ``anchors._again``), as many as the count with the first, counts those records, not
    one's times; so told after them ("... It came back at 00:35. 'The same drone crossed
    our border twice,' the minister said")."""
    if not isinstance(m.value, int) or m.value < 2:
        return False
    goal = ctx.anchor.goal_state
    comings = [
        a
        for a in find_anchors(ctx.doc)
        if a.rule == "again"
        and a.verb is not None
        and a.verb.key in COMING_AGAIN
        and a.goal_state in (goal, None)  # "came back", of the goal of "crossed the border"
    ]
    return bool(comings) and len(comings) + 1 == m.value


def _one_of_total(doc: Doc, m: Mention) -> bool:
    """ "Violated Greek airspace over Lesbos on Monday, one of 12 violations that day",
    "l'une des 12 violations de la journée": a count of crossings right after a word of
    one part of a whole (PART_OF_CUE key "1": "one of", "l'une des") is the whole the
    crossing is one of, not how many times it was done."""
    cue = doc.cues.ending_at("PART_OF_CUE", m.span[0], doc.text)
    return cue is not None and cue.key == "1"


def _of_summoning(doc: Doc, m: Mention) -> bool:
    """ "Estonia has summoned the Russian envoy five times this year over airspace
    violations", "a convoqué l'ambassadeur russe cinq fois": a count of times told after
    a word of calling a diplomat in (SUMMON_CUE) in its clause, no verb of crossing
    between them, counts the summonses, not the crossings."""
    clause = doc.clause(m.span[0])
    cues = doc.cues.within("SUMMON_CUE", clause.start, m.span[0])[-1:]
    return bool(cues) and not between(doc.facts.verbs, cues[0].end, m.span[0])


def _of_other_verb(ctx: Ctx, m: Mention) -> bool:
    """ "accused Russia of sending an RC-135 over its economic zone eight times, and said
    one flight intruded into its airspace": a count of times told before the
    crossing, after another verb of its clause that tells no crossing of the record
    (none of its anchors), counts what that verb tells."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    if any(a.span[0] < m.span[0] for a in ctx.draft.anchors):
        return False
    verbs = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
    if not verbs:
        return False
    return not any(a.verb is not None and a.verb.span == verbs[0].span for a in ctx.draft.anchors)


def _count_of_saying(ctx: Ctx, m: Mention) -> bool:
    """ "Posts shared thousands of times claim that three jets violated ...", "des
    messages partagés des milliers de fois affirment que ...": a count of times told
    before the word that opens what is said or found (THAT_CUE), the crossing after
    it, counts the saying or its speaker. Not with an aircraft or a verb between the
    count and that word ("twice, drones that the army tracked crossed"): the count
    is then the crossing's."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    own = [a.span[0] for a in ctx.draft.anchors if m.span[1] <= a.span[0] < sent.end]
    if not own:
        return False
    opens = doc.cues.within("THAT_CUE", m.span[1], min(own))
    if not opens:
        return False
    return not any(
        x.kind in ("aircraft", "verb") for x in between(doc.facts.mentions, m.span[1], opens[0].start)
    )


def _day_own_count(ctx: Ctx) -> Mention | None:
    """ "Violated Latvian airspace once on Monday near X and twice on Thursday", "une
    fois lundi et deux fois jeudi": in a record split over listed days, each day told
    with its own number of times right before it has that count. Not one count told
    before the list ("12 times on Monday and Tuesday": only the first day has one)."""
    pick = ctx.draft.pick
    if ctx.draft.pick_total < 2 or pick is None or pick.kind != "date":
        return None
    own = item_count(ctx.doc, pick, "repetition")
    sent = ctx.doc.sentence(pick.span[0])
    days = between(ctx.doc.facts.dates, sent.start, sent.end)
    if own is None or sum(item_count(ctx.doc, x, "repetition") is not None for x in days) < 2:
        return None
    return own


def _listed_items(ctx: Ctx, m: Mention) -> set[int]:
    """How many crossings are listed as items whose verb is left out (the first one
    with the verb, then each gapped item) in the sentence of ``m`` or in a sentence
    of the record's own ("twice on Sunday. The first incursion took place at 09:40,
    the second at 12:15"), or told after it by their ranks (``_ranked_after``); empty
    without such a list."""
    doc = ctx.doc
    sents = {doc.sentence(m.span[0])} | {doc.sentence(a.span[0]) for a in ctx.draft.anchors}
    out: set[int] = set()
    for s in sents:
        gapped = doc.seg.gapped_in(s.start, s.end)
        if gapped:
            out.add(len(gapped) + 1)
            if opens_list(doc, s.start, gapped[0]):
                out.add(len(gapped))  # "twice: an An-26 on Monday, and a Mi-8 on Thursday"
    ranked = _ranked_after(ctx, m)
    if ranked:
        out.add(ranked)
    return out


def _ranked_after(ctx: Ctx, m: Mention) -> int:
    """ "Twice on Wednesday. The first flew over Naqoura at 09:40. The second circled
    over Tyre at 17:05": how many items are told after the count ``m`` in its
    paragraph, each opened by its rank in order (RANK_CUE 1, 2, ..., or the last);
    0 without such items."""
    para = ctx.doc.paragraph(m.span[0])
    ranks = ctx.doc.cues.within("RANK_CUE", m.span[1], para.end)
    for k, cue in enumerate(ranks):
        if cue.key != str(k + 1) and not (cue.key == "last" and k == len(ranks) - 1 and k):
            return 0
    return len(ranks) if len(ranks) >= 2 else 0


def _counted_before(ctx: Ctx, m: Mention) -> bool:
    """ "Turkish drones violated Greek airspace 12 times; one Bayraktar TB2 flew over
    Kos", "des drones ont violé l'espace aérien à 12 reprises ; un TB2 a survolé Kos": a
    count of times the record told before took, in a clause of none of this crossing's
    words, counts that record's crossings, not this one's."""
    prev = ctx.prev
    if prev is None or prev.repetitions is None or prev.repetitions.span != m.span:
        return False
    return all(a.clause.nth != ctx.doc.clause(m.span[0]).nth for a in ctx.draft.anchors)


def _of_the_group(ctx: Ctx, m: Mention) -> bool:
    """ "Turkish aircraft violated it 22 times, including two TB2 drones that flew over
    Kinaros": a count of times told before the aircraft of a part of a group
    (``episodes.part_of_group``) counts the group's crossings, not the part's."""
    a = ctx.draft.aircraft
    return a is not None and m.span[1] <= a.span[0] and part_of_group(ctx.doc, a)


def _again(ctx: Ctx, m: Mention) -> bool:
    """ "Once again", "une fois de plus": another time (ANOTHER_CUE), not one time."""
    clause = ctx.doc.clause(m.span[0])
    cues = ctx.doc.cues.within("ANOTHER_CUE", clause.start, clause.end)
    return any(c.start <= m.span[0] and m.span[1] <= c.end for c in cues)


def _once_not_a_count(doc: Doc, m: Mention) -> bool:
    """ "Eleven balloons crossed at once": one time after a word of togetherness
    (TOGETHER_CUE: "at", "all at") tells the aircraft came together; "once inside, it
    flew on", "une fois la frontière franchie": one time opening its clause (nothing
    but signs before it in the clause, or a comma right before) is a conjunction of
    when, not how often the crossing was made."""
    if m.value != 1:
        return False
    if doc.cues.ending_at("TOGETHER_CUE", m.span[0], doc.text) is not None:
        return True
    clause = doc.clause(m.span[0])
    before = doc.text[clause.start : m.span[0]].rstrip()
    return not word_before(before, len(before)) or before.endswith((",", ";", "("))


def _other_events(ctx: Ctx, m: Mention) -> bool:
    """ "Scrambled fighters twice to intercept bombers that violated ...": a count of
    times told after another event's word (OTHER_EVENT_CUE: a scramble, warning
    shots) or another act of the aircraft (ACT_CUE: "firing missiles twice", "tirant à
    deux reprises des missiles"), with no crossing verb between, counts that event."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    # the crossing's verbs; not one told after another of its own in the sentence ("flew
    # over Beirut, breaking the sound barrier twice": the booms counted, not the flights)
    mine = [a for a in ctx.draft.anchors if sent.start <= a.span[0] < sent.end]
    first = min((a.span[0] for a in mine), default=None)
    own = [a.verb.span for a in mine if a.verb is not None and a.span[0] == first]
    # another act of the aircraft ("flew over Tyre, firing missiles twice": ACT_CUE) as well
    events = [
        c.end
        for cls in ("OTHER_EVENT_CUE", "ACT_CUE")
        for c in doc.cues.within(cls, sent.start, m.span[0])
        if not any(lo <= c.start and c.end <= hi for lo, hi in own)
    ]
    verbs = [v.span[1] for v in between(doc.facts.verbs, sent.start, m.span[0])]
    clause = doc.clause(m.span[0])
    if _event_next(ctx, m, clause):
        return True
    if events and max(events) <= clause.start and between(doc.facts.verbs, clause.start, clause.end):
        return False  # "scrambled jets against an Il-38, which twice violated ...": its own clause
    # a verb that ends with the event's word tells that event ("breaking the sound
    # barrier"); the crossing's own verb ("broke the sound barrier over Sidon twice")
    # keeps its count
    return bool(events) and (not verbs or max(events) >= max(verbs))


def _event_next(ctx: Ctx, m: Mention, clause: Scope) -> bool:
    """ "..., franchissant à deux reprises le mur du son", "twice firing missiles": a count
    of times right before another event's word (OTHER_EVENT_CUE) or another act's
    (ACT_CUE; only articles between, in its clause), not a
    word of a crossing of the record, counts that event."""
    doc = ctx.doc
    the = doc.lexicon.folded_forms("ART")
    return any(
        all(w.folded in the for w in words_of(doc.text[m.span[1] : c.start]))
        and not any(a.span[0] <= c.start < a.span[1] for a in ctx.draft.anchors)
        for cls in ("OTHER_EVENT_CUE", "ACT_CUE")
        for c in doc.cues.within(cls, m.span[1], clause.end)[:1]
    )


def _counts_the_list(ctx: Ctx, m: Mention) -> bool:
    """ "They violated it three times this year. First a Su-24 ..., then ...": a count
    told in a summary before the crossing's own aircraft, with as many crossings told
    from this one on, counts the records, not this one's repetitions; so does one
    told of as many kinds as are listed after it ("violated it twice. The two
    violations were carried out by a CN-235 and by a UAV"), or listed after a colon. A
    vague count ("several times", « à plusieurs reprises ») is the list's when its first
    round is told again (``_retold_later``) and one more record at least after it."""
    ac = ctx.draft.aircraft
    if m.value == "multiple" and ac is not None:
        # "violated it several times on Thursday. The first time, at 14:05, ...": the
        # rounds told one by one after the summary
        return ctx.later >= 1 and _retold_later(ctx, m)
    count = m.value if isinstance(m.value, (int, float)) else None
    if count is None or ac is None:
        return False
    enough = max(1 + ctx.later, ctx.draft.group_size) >= count
    sent = ctx.doc.sentence(m.span[0])
    if sent.end <= ac.span[0]:
        # "two violations this week. On Monday a Mi-8 entered about 500 metres near
        # Druskininkai; on Wednesday two drones flew over ...": items told before this
        # one, a crossing of their own or not, are among those the summary counts
        return enough or 1 + ctx.later + len(_items_between(ctx.doc, sent.end, ac.span[0])) >= count
    if count == 1 + ctx.later and _retold_later(ctx, m):
        # "violated its airspace twice this week. The first violation took place on
        # Monday, when a Y-8 ... On Wednesday a helicopter ...": the summary is told
        # again as the first item, the others follow
        return True
    # "three times on Monday: a CN-235 near Lesbos, two F-16s ... and a drone ...": the
    # kinds listed after a colon in the count's own sentence
    if m.span[1] > ac.span[0] or not opens_list(ctx.doc, m.span[1], ac.span[0]):
        return False
    # "onze violations mercredi : deux F-16 ont survolé Agathonisi, tandis qu'un CN-235 a
    # commis neuf violations": the items' total, split among them by another's own count
    return enough or _count_of_later_item(ctx.doc, ac.span[1], sent.end)


def _items_between(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The aircraft told as new ones in [lo, hi): not a word that names one again ("the
    helicopter"), a part of a group ("one of them") or a defender that rose to meet it."""
    return [
        a.span
        for a in between(doc.facts.aircraft, lo, hi)
        if not (a.definite or a.partitive or responder(doc, a))
    ]


def _count_of_later_item(doc: Doc, lo: int, hi: int) -> bool:
    """Is a count of times told in [lo, hi), of an item told after this one ("tandis
    qu'un CN-235 a commis neuf violations", "and two F-16s crossed it ten times")?"""
    if between(doc.facts.repetitions, lo, hi):
        return True
    told = [m for m in between(doc.facts.mentions, lo, hi) if m.kind != "cue"]
    return any(
        m.kind == "number" and n.kind == "verb" and n.extra.get("noun")
        for m, n in zip(told, told[1:], strict=False)
    )


def _retold_later(ctx: Ctx, m: Mention) -> bool:
    """Is the summary that tells the count ``m`` told again as its first item, in a
    later sentence of its record that opens with the rank 1 (RANK_CUE: "The first
    violation came on Monday, when ...", "La première violation a eu lieu lundi") or
    with the first of its rounds ("On its first pass, at 14:05, ...", « Lors de son
    premier passage ... »: ``anchors.round_rank_opens``), or that tells the record's own
    crossing as the first deed ("The aircraft first entered at 13:05": ``_first_of_own``)?"""
    doc = ctx.doc
    told = doc.sentence(m.span[0])
    for cue in doc.cues.within("RANK_CUE", told.end, ctx.region.end):
        if cue.key == "1" and doc.sentence(cue.start).start == cue.start:
            return True
    firsts = doc.cues.within("ROUND_RANK_CUE", told.end, ctx.region.end)
    return any(round_rank_opens(doc, c, "first") or _first_of_own(ctx, c) for c in firsts)


def _first_of_own(ctx: Ctx, cue: Cue) -> bool:
    """ "Violated Japanese airspace twice. The aircraft first entered at 13:05 ..., then
    intruded again at 13:31", « L'hélicoptère a d'abord franchi la frontière à 10 h 12 »:
    is ``cue`` a word of the first of several deeds (ROUND_RANK_CUE key "adverb") right
    before a verb of the flight or inside it (the first round told apart)?"""
    if cue.key != "adverb":
        return False
    doc = ctx.doc
    clause = doc.clause(cue.start)
    return any(
        v.span[0] <= cue.start < v.span[1]
        or (v.span[0] >= cue.end and not doc.text[cue.end : v.span[0]].strip())
        for v in between(doc.facts.verbs, clause.start, clause.end)
    )


def _latest_of_period(ctx: Ctx, m: Mention) -> bool:
    """ "Od stycznia odnotowano trzydzieści dwa naruszenia ... Ostatnie miało miejsce we
    wtorek", "С начала года три нарушения ... Последнее произошло вчера": a count told
    of a period up to now (BACKGROUND_CUE key "period" or a date opening such a period,
    ``opens_period``: "since August", in its clause; no other day there)
    whose record goes on to a later sentence opened by the rank of the last one
    (RANK_CUE key "last") is the period's tally; the record is that last crossing."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    dates = between(doc.facts.dates, clause.start, clause.end)
    if not any(opens_period(doc, d) for d in dates) and not any(
        c.key == "period" for c in doc.cues.within("BACKGROUND_CUE", clause.start, clause.end)
    ):
        return False
    if any(not opens_period(doc, d) for d in dates):
        return False
    told = doc.sentence(m.span[0])
    return any(
        c.key == "last" and doc.sentence(c.start).start == c.start
        for c in doc.cues.within("RANK_CUE", told.end, max(ctx.region.end, _next_told_down(ctx, told)))
    )


def _next_told_down(ctx: Ctx, told: Scope) -> int:
    """The end of the sentence after ``told`` when the aircraft there, all of no state
    told, only came down ("The last one was on Thursday, when a drone crashed in the
    Rēzekne district": no record of its own, whose episode would end the tally's),
    else the end of ``told``."""
    doc = ctx.doc
    if told.end >= len(doc.text):
        return told.end
    nxt = doc.sentence(told.end)
    verbs = [v for v in between(doc.facts.verbs, nxt.start, nxt.end) if not v.noun]
    crafts = between(doc.facts.aircraft, nxt.start, nxt.end)
    down = rules()["verbs"]["coming_down"]
    if not verbs or any(v.key not in down for v in verbs) or any(a.state for a in crafts):
        return told.end
    return nxt.end


def _scoped_steps(name: str, fn: Callable[[Ctx, list[Scope]], Found | None]) -> None:
    """The clause, sentence and episode steps of ``name``: ``fn`` on each scope."""
    resolver(name, "clause")(lambda ctx: fn(ctx, ctx.clauses))
    resolver(name, "sentence")(lambda ctx: fn(ctx, ctx.sentences))
    resolver(name, "episode")(lambda ctx: fn(ctx, [ctx.region]))


for _name, _fn in (
    ("depth", _depth),
    ("altitude", _altitude),
    ("duration", _duration),
    ("speed", _speed),
    ("repetitions", _repetitions),
):
    _scoped_steps(_name, _fn)


@resolver("repetitions", "part_count")
def _part_count(ctx: Ctx) -> Found | None:
    """ "14 violations, including six by drones and eight by fighter jets": a record of
    one part takes its count as the times (the split's ``pick`` is that number,
    ``episodes._times_by_kind``)."""
    pick = ctx.draft.pick
    if pick is None or pick.kind != "number" or pick.value == 1:
        return None  # "and one by a Russian plane": one crossing, no count of times
    return Found(pick.value, pick.span, pick)


@resolver("repetitions", "nights_counted")
def _nights_counted(ctx: Ctx) -> Found | None:
    """ "Russian drones entered Romanian airspace on three nights last week", "on two
    consecutive nights", "trois nuits de suite": a count right before a word of nights
    or of separate days (NIGHTS_CUE) in the crossing's clause is how many times; tried
    after the counts of times, and not for a record split one per item."""
    doc = ctx.doc
    if ctx.draft.pick_total > 1:
        return None
    for clause in ctx.clauses:
        for cue in doc.cues.within("NIGHTS_CUE", clause.start, clause.end):
            n = _count_of_days(doc, cue.start)
            if n is not None and n > 1:
                return Found(n, (cue.start, cue.end), None)
    return None


def _count_of_days(doc: Doc, pos: int) -> int | None:
    """The count told right before ``pos``: a number ending there, or the whole days of
    a length that holds it ("three nights" read as a length of three days; not one of
    several units, "two days and two nights", which is how long)."""
    for m in between(doc.facts.mentions, doc.clause(pos).start, pos + 1)[::-1]:
        if m.kind == "number" and not doc.text[m.span[1] : pos].strip() and isinstance(m.value, int):
            return m.value
        if m.kind == "duration" and m.span[0] < pos < m.span[1] and isinstance(m.value, float):
            if m.extra.get("compound"):
                return None  # "deux jours et deux nuits": how long, not on how many nights
            days, rest = divmod(m.value, 86400.0)
            return int(days) if not rest else None
    return None


@resolver("repetitions", "counted_noun")
def _counted_noun(ctx: Ctx) -> Found | None:
    """ "24 violations of its airspace", "three incursions", "nine airspace violations":
    a count of violations told with the noun (a zone as its first part may stand
    between) is the number of times; a vague one ("several incursions",
    "plusieurs violations", "dozens of violations") is "multiple", never its guess."""
    doc = ctx.doc
    if ctx.draft.pick_total > 1:
        return None  # "two violations: at 10:12 and 14:05" are told as two records
    for a in _own_first(ctx):
        noun = _noun_of(ctx, a.verb, a.span) if a.verb is not None else None
        if noun is None:
            continue
        if (
            a is not ctx.draft.anchors[0]
            and not ctx.draft.background
            and background_at(doc, noun[0], doc.clause(noun[0]))
        ):
            continue  # told after it, "eleven violations since the start of the year": others, not its times
        if _state_tally(ctx, a, noun[0]) or _tally_apart(ctx, a):
            continue
        sent = doc.sentence(noun[0])
        nums = [m for m in between(doc.facts.mentions, sent.start, noun[0]) if m.kind == "number"][-1:]
        for m in nums:
            adjacent = noun_modifiers_only(doc, _share_end(doc, m), noun[0])
            if adjacent and isinstance(m.value, (int, float)) and float(m.value).is_integer() and m.value > 1:
                if _counts_the_list(ctx, m) or _latest_of_period(ctx, m):
                    return None  # "these three violations: first a Su-24 ..., then ..."
                if m.value == _ranked_after(ctx, m):
                    return None  # "deux violations : la première à 10 h 20, la seconde à 12 h 05"
                if _one_of_total(doc, m):
                    return None  # "one of 12 violations that day": the whole, not its times
                return Found("multiple" if m.extra.get("vague") else int(m.value), m.span, m)
    return None


@resolver("repetitions", "item_count")
def _item_count(ctx: Ctx) -> Found | None:
    """ "Turkish aircraft violated Greek airspace 31 times on Thursday. Six F-16s
    committed 19 violations near Lemnos": a count of violations told with the record's
    own aircraft, in a later sentence than its first crossing, is its number of times;
    the count told in the summary before spans the other items too (``_own_first``).
    A ladder step before the counts of times of the crossing's clause and sentence."""
    ac = ctx.draft.aircraft
    if ac is None or ctx.draft.pick_total > 1:
        return None
    sent = ctx.doc.sentence(ac.span[0])
    if sent.start <= ctx.draft.anchors[0].span[0]:
        return None
    found = _counted_noun(ctx)
    return found if found is not None and sent.start <= found.span[0] < sent.end else None


def _share_end(doc: Doc, m: Mention) -> int:
    """Where the words of a share of the whole told right after the count ``m`` end
    (SHARE_OF_CUE: "15 of the violations"): the count is the
    part's own number of times, told with its aircraft; the end of ``m`` if none."""
    for cue in doc.cues.within("SHARE_OF_CUE", m.span[1], doc.sentence(m.span[0]).end)[:1]:
        if not doc.text[m.span[1] : cue.start].strip():
            return cue.end
    return m.span[1]


def _own_first(ctx: Ctx) -> list[Anchor]:
    """The record's anchors, those told in the sentence of its own aircraft first: "ten
    violations by Turkish aircraft on Sunday. Two CN-235s committed nine of them near
    Lesbos, and a drone ...": the count told with the item's aircraft is its own, the
    total told before it in another sentence spans the other items too."""
    ac = ctx.draft.aircraft
    if ac is None:
        return ctx.draft.anchors
    sent = ctx.doc.sentence(ac.span[0])
    return sorted(ctx.draft.anchors, key=lambda a: not sent.start <= a.span[0] < sent.end)


def _times_of_period(ctx: Ctx, m: Mention) -> bool:
    """ "Three balloons drifted in from Belarus overnight. Such balloons have been found
    on Polish territory more than 200 times this year", "... à plus de 200 reprises
    depuis janvier": a count of times told in the clause of a tally of a period up to
    now (``_tally_apart``: the record's crossing told by a verb in another sentence)
    counts the period's crossings, not its times."""
    return any(a.clause.start <= m.span[0] < a.clause.end and _tally_apart(ctx, a) for a in ctx.draft.anchors)


def _crossing_told_apart(ctx: Ctx, own: Scope) -> bool:
    """Is a crossing of the record told by a verb (not a noun) outside the sentence ``own``?"""
    doc = ctx.doc
    return any(
        b.verb is not None and not b.verb.noun and doc.sentence(b.span[0]) != own for b in ctx.draft.anchors
    )


def _tally_apart(ctx: Ctx, a: Anchor) -> bool:
    """ "Moldova has registered seven violations since January. On Sunday, two drones
    entered ...", "La Moldavie a enregistré sept violations depuis janvier. Dimanche,
    deux drones ...": a noun of violation counted over a period up to now
    (``tally_of_period``), with a crossing of the record told by a verb in another
    sentence, counts the period's crossings, not that one's times."""
    return tally_of_period(ctx.doc, a) and _crossing_told_apart(ctx, ctx.doc.sentence(a.span[0]))


def _state_tally(ctx: Ctx, a: Anchor, pos: int) -> bool:
    """ "A Belarusian Mi-8 crossed into Polish airspace on Sunday. Poland has recorded
    more than 30 violations this year", "... La Pologne a enregistré plus de 30
    violations cette année": a noun of violation told in a later sentence than the
    crossing's first telling, recorded (RECORD_CUE key "record") in its clause before
    it, with no day in its sentence (a month is a period: "in April"; the day of the
    statement is not the crossings': "..., according to a statement issued on
    Wednesday"), is the tally a state keeps, not that crossing's number of times."""
    doc = ctx.doc
    first = ctx.draft.anchors[0]
    if a is first or doc.sentence(pos).start == doc.sentence(first.span[0]).start:
        return False
    clause, sent = doc.clause(pos), doc.sentence(pos)
    if any(
        m.extra.get("precision") == "day" and not _told_with_speech(doc, m)
        for m in between(doc.facts.dates, sent.start, sent.end)
    ):
        return False
    return bool(doc.recording(clause.start, pos))


@resolver("repetitions", "counted_them")
def _counted_them(ctx: Ctx) -> Found | None:
    """ "Le ministère, qui en a recensé cent vingt depuis janvier, dénonce les
    violations ...", "... condemned the violations; the staff counted 120 of them": a
    count of the crossings' noun by a pronoun in the noun's sentence, a number right
    after words of counting them ("en a recensé": COUNTED_THEM_CUE), or a partitive
    ("120 of them") right after a word of recording (RECORD_CUE key "record"), is the
    number of times. Only for a noun of crossing told of aircraft of no count ("the
    drones ... the army counted three of them" counts aircraft)."""
    doc = ctx.doc
    a = ctx.anchor
    if a.verb is None or not a.verb.noun or ctx.draft.pick_total > 1:
        return None
    if ctx.draft.aircraft is not None and ctx.draft.aircraft.counted:
        return None
    sent = doc.sentence(a.span[0])
    for m in between(doc.facts.mentions, sent.start, sent.end):
        n = doc.count_of_them(m)
        if n is not None:
            return Found(n, m.span, m)
    return None


def _noun_of(ctx: Ctx, verb: Verb, at: Span) -> Span | None:
    """The noun of violation that counts: the anchor's own ("24 violations"), or the
    one a relative clause opening the anchor's clause hangs on ("25 incidents in
    which its aircraft violated ...", "25 cas où ...")."""
    if verb.noun:
        return at
    doc = ctx.doc
    sent = doc.sentence(at[0])
    rel = doc.cues.within("RELATIVE_CUE", sent.start, at[0])[-1:]
    if not rel or between(doc.facts.verbs, rel[0].end, at[0]):
        return None
    before = between(doc.facts.verbs, sent.start, rel[0].start)[-1:]
    for v in before:
        if v.noun and not doc.text[v.span[1] : rel[0].start].strip():
            return v.span
    return None


@resolver("duration", "clock_range")
def _clock_range(ctx: Ctx) -> Found | None:
    """ "From 10:12 to 10:19", "entre 9 h et 11 h": the crossing's range of times; not
    of crossings told several times ("three times between 13:21 and 15:41": the range
    spans them all, no one stay)."""
    t = ctx.rec.time or ctx.rec.time_utc
    if t is None or t.mention is None or ctx.rec.repetitions is not None:
        return None
    m = t.mention if t.mention.extra.get("end") else _range_restated(ctx, t.mention)
    if m is None or _seen_over(ctx, m):
        return None
    start, end = clock_minutes(str(m.value)), clock_minutes(str(m.extra["end"]))
    seconds = float((end - start) % (24 * 60) * 60)
    return Found(seconds, m.span, None) if 0 < seconds <= MAX_STAY_S else None


def _range_restated(ctx: Ctx, m: Mention) -> Mention | None:
    """ "At around 11:29 on 13 August, ... violated Japan's airspace (approximately
    11:29 to 11:31)": a range of times later in the sentence of the crossing's time
    ``m`` that starts at that very time tells its stay again."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    for r in between(doc.facts.times, m.span[1], sent.end):
        if r.extra.get("end") and r.value == m.value and r.extra.get("tz") == m.extra.get("tz"):
            return r
    return None


def _seen_over(ctx: Ctx, m: Mention) -> bool:
    """ "Some 60 balloons were detected between 19:40 and 23:50", "ont été détectés
    entre 19 h 40 et 23 h 50": a range of hours told with a verb of seeing ([verbs]
    perceiving) of more than one aircraft is the time over which they were seen, no
    one's stay ("a helicopter was tracked from 9:12 to 9:20" is its own); so is one told
    of a sum of them ("In total, 52 balloons entered between 19:30 and 23:00", « Au
    total, 52 ballons ont pénétré entre 19 h 30 et 23 heures »: TOTAL_CUE before the
    aircraft in its clause), or counted by a word of keeping count before them there
    ("Border guards counted 42 balloons crossing between 19:40 and 23:15", "ont
    recensé 42 ballons entre 19 h 40 et 23 h 15": ``Doc.recording``): the span their
    entries were counted over; so is one told with a verb of entering, of a kind that
    comes in one by one (``_entries_over``)."""
    a = ctx.rec.aircraft
    if a is None or not (a.plural or (a.count or 0) > 1):
        return False
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    seeing = rules()["verbs"]["perceiving"]
    verbs = between(doc.facts.verbs, clause.start, clause.end)
    if any(v.key in seeing for v in verbs):
        return True
    if a.category in rules()["one_by_one"]["kinds"] and _entries_over(m, verbs):
        return True
    told = doc.clause(a.span[0])
    if not told.start <= m.span[0] < told.end:
        return False
    return bool(doc.cues.within("TOTAL_CUE", told.start, a.span[0]) or doc.recording(told.start, a.span[0]))


def _entries_over(m: Mention, told: list[Verb]) -> bool:
    """ "14 balloons entered Lithuanian airspace between 21:40 and 23:10", « 12 ballons
    ont franchi la frontière entre 1 h et 3 h 30 »: a range of hours told of several
    aircraft of a kind that comes in one by one ([one_by_one], checked by the caller)
    with a verb of entering ([verbs] entering), the verb of its clause it is told with
    (the last before it, else the first after it), is the span their entries came over,
    no one's stay; told with one of staying ("crossed in and stayed there from 13:19 to
    13:20"), it is their stay."""
    before = [v for v in told if v.span[1] <= m.span[0]]
    after = [v for v in told if v.span[0] >= m.span[1]]
    verb = before[-1] if before else next(iter(after), None)
    return verb is not None and verb.key in rules()["verbs"]["entering"]


@resolver("duration", "all_members")
def _all_members(ctx: Ctx) -> Found | None:
    """ "... an Il-20 entered at 10:12 and an An-26 at 14:50. Both stayed for two
    minutes", "Les deux sont restés deux minutes": a length told in the sentence right
    after a list of crossings (two aircraft or more, or an item with its verb left out,
    in the record's sentence), opened by a word of all of them (ALL_MEMBERS_CUE), is the
    stay of each record of the list, not only of the last one."""
    doc = ctx.doc
    sent = doc.sentence(ctx.draft.last.span[0])
    listed = len(between(doc.facts.aircraft, sent.start, sent.end)) > 1
    if not listed and not doc.seg.gapped_in(sent.start, sent.end):
        return None
    after = _members_clause(doc, sent, ctx.draft.last.span[1])
    if after is not None:
        # told of every item, so of none other than the record's (no ``in_scopes``)
        return _pick(ctx, [m for m in between(doc.facts.durations, after.start, after.end) if _stay(ctx, m)])
    rest = doc.text[sent.end :]
    start = sent.end + len(rest) - len(rest.lstrip())
    if start >= len(doc.text) or doc.paragraph(start) != doc.paragraph(sent.start):
        return None
    nxt = doc.sentence(start)
    opening = doc.cues.within("ALL_MEMBERS_CUE", nxt.start, nxt.end)[:1]
    if not opening or doc.text[nxt.start : opening[0].start].strip():
        return None
    return _duration(ctx, [nxt])


def _members_clause(doc: Doc, sent: Scope, after: int) -> Scope | None:
    """ "The first incursion came at 8:05 and the second at 11:40; each lasted under a
    minute", "...; ninguna duró más de un minuto": the clause after the list's last
    item in its sentence, set apart by a semicolon or a colon and opened by a word of
    all of them (ALL_MEMBERS_CUE), tells what is each item's."""
    for cue in doc.cues.within("ALL_MEMBERS_CUE", after, sent.end):
        clause = doc.clause(cue.start)
        before = doc.text[sent.start : cue.start].rstrip()
        if not doc.text[clause.start : cue.start].strip() and before[-1:] in (";", ":"):
            return clause
    return None


@resolver("duration", "entry_to_exit")
def _entry_to_exit(ctx: Ctx) -> Found | None:
    """ "Crossed into its airspace at 7:10 ... The drone left at 18:05", "a quitté
    l'espace aérien à 9h40": from the crossing's local time to the local time told
    in a clause of leaving (EXIT_CUE before it) later in the episode; with no local
    time, from the time in UTC to a time of leaving in UTC ("entered at 11:02 UTC ...
    left at 11:05 UTC"). A time of leaving earlier on the clock, a short stay before it
    (``MAX_PAST_MIDNIGHT_S``), is past midnight ("entered at 23:50 and left at 00:20").
    A leaving told of another aircraft (the jets sent up: "two F-16s took off and
    returned to base at 2:45", « Ils ont regagné leur base vers 3 h 10 ») is not the
    intruder's (``Ctx.of_other_aircraft``)."""
    t = ctx.rec.time or ctx.rec.time_utc
    if t is None or t.span is None or t.mention is None or t.mention.extra.get("end"):
        return None
    doc = ctx.doc
    utc = t.mention.extra.get("tz") == "UTC"
    for m in between(doc.facts.times, t.span[1], ctx.region.end):
        if (
            (m.extra.get("tz") == "UTC") != utc
            or not _time_of_leaving(ctx, m, t.span[0])
            or ctx.of_other_aircraft(m)
        ):
            continue
        if time_restated(doc, t.mention, m):
            continue  # "peu après minuit, vers 0 h 20": one moment told twice
        seconds = float((clock_minutes(str(m.value)) - clock_minutes(str(t.value))) * 60)
        if seconds < 0 and seconds + 86400 <= MAX_PAST_MIDNIGHT_S:
            seconds += 86400  # "entered at 23:50 and left at 00:20": past midnight
        return Found(seconds, (t.span[0], m.span[1]), None) if 0 < seconds <= MAX_STAY_S else None
    return None


def _time_of_leaving(ctx: Ctx, m: Mention, start: int) -> bool:
    """Is ``m`` told in a clause of leaving: after its EXIT_CUE ("a quitté l'espace
    aérien à 9h40") or, in the sentence of the crossing's time (at ``start``), after a
    verb of coming down ("entered at 23:50 and crashed at 00:35"; not in another sentence,
    where the crash may be another member's: « Le second s'est écrasé vers 3 heures »),
    or right before it, with no other verb or time between ("à 10 h 09,
    il en est ressorti", "at 10:09 it left")? Not a time told as a limit right after its
    word (DEADLINE_CUE: "had left by 04:00", "avaient quitté l'espace aérien avant 4 h"):
    they left at some time before it."""
    doc = ctx.doc
    # the word may open the time's phrase ("by 04:00")
    if doc.cues.ending_at("DEADLINE_CUE", m.span[0], doc.text) or doc.cues.opening("DEADLINE_CUE", m.span[0]):
        return False
    clause = doc.clause(m.span[0])
    if doc.cues.within("EXIT_CUE", clause.start, m.span[0]):
        return True
    # "crashed at 00:35", "until it came down at 00:35", « s'est écrasé à 0 h 35 »: its
    # stay ends where it comes down ([verbs] coming_down, alight: the nearest verb)
    verbs = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
    sent = doc.sentence(start)
    if verbs and verbs[0].key in SET_DOWN and not verbs[0].negated and sent.start <= m.span[0] < sent.end:
        return True
    for cue in doc.cues.within("EXIT_CUE", m.span[1], clause.end)[:1]:
        told = [x for x in between(doc.facts.mentions, m.span[1], cue.start) if x.kind in ("time", "verb")]
        return all(x.kind == "verb" and x.span[1] >= cue.end for x in told)
    return False


@resolver("duration", "left_later")
def _left_later(ctx: Ctx) -> Found | None:
    """ "Entered at 10:15 and left about 20 minutes later", "l'ont quitté une vingtaine
    de minutes plus tard": a length right before a word of later (TIME_OFFSET_CUE
    "later"), in a clause of leaving (EXIT_CUE before it) or of coming down ("was shot
    down nine minutes later", "s'est écrasé huit minutes plus tard": [verbs]
    coming_down) told after the crossing, is how long the aircraft stayed."""
    doc = ctx.doc
    for m in between(doc.facts.durations, ctx.anchor.span[1], ctx.region.end):
        offset = doc.cues.starting_at("TIME_OFFSET_CUE", m.span[1], doc.text)
        if offset is None or offset.key != "later" or m.extra.get("vague") or float(m.value) > MAX_STAY_S:
            continue
        clause = doc.clause(m.span[0])
        # not the crossing's own verb of coming back ("Il est revenu vingt minutes plus
        # tard": when it came in again, not how long it stayed)
        exits = [
            c
            for c in doc.cues.within("EXIT_CUE", clause.start, m.span[0])
            if not any(a.span[0] < c.end and c.start < a.span[1] for a in ctx.draft.anchors)
        ]
        if exits and _back_in_after(doc, m.span[0]):
            continue  # "turned back and came in again twenty minutes later": when, not how long
        ended = exits or any(
            v.key in SET_DOWN and not v.negated for v in between(doc.facts.verbs, clause.start, m.span[0])
        )
        if ended and not ctx.of_other_aircraft(m) and not _of_other_rank(ctx, m):
            return Found(m.value, m.span, m)
    return None


def _of_other_rank(ctx: Ctx, m: Mention) -> bool:
    """ "Two drones ... The first flew over X at 2:10 and left seven minutes later. The
    second crashed near Y", « Le premier ... a quitté le territoire sept minutes plus
    tard. Le second s'est écrasé »: a length of stay told after the rank of another
    member of a group told member by member (``Ctx.ranked_other``) is that member's."""
    return ctx.draft.pick_total > 1 and ctx.ranked_other(m)


def _back_in_after(doc: Doc, hi: int) -> bool:
    """ "flew back over the border and came in again about a quarter of an hour later",
    « avant de faire demi-tour, puis de revenir une vingtaine de minutes plus tard »: a
    word of coming in again before ``hi`` after the first word of leaving of its sentence
    (BACK_IN_CUE "came in again", « revenir »; a verb of coming back or re-entering):
    the length before "later" is the time out, not the stay."""
    first = doc.cues.within("EXIT_CUE", doc.sentence(hi).start, hi)[:1]
    if not first:
        return False
    lo = first[0].end
    if doc.cues.within("BACK_IN_CUE", lo, hi):
        return True
    return any(v.key in COMING_AGAIN for v in between(doc.facts.verbs, lo, hi))
