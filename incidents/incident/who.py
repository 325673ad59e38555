"""Resolvers of the aircraft and of the two states (see ``slots.py``)."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Collection

from ..model import Mention
from ..words import LazyPattern
from .anchors import (
    ALIKE,
    JOURNEY,
    Anchor,
    Goal,
    count_before,
    downer_states,
    hyphen_pair,
    item_heading_state,
    linked,
    list_heading,
    next_start,
    origin,
    others_noun,
    ranked_member,
    section_label,
    state_it_lies_in,
    told_by_origin,
)
from .cues import Cue, words_of
from .doc import Doc, rules, years_of_when
from .episodes import (
    _told_with_speech,
    actor_before,
    answered_by_accused,
    antecedent,
    aside_of_state,
    background_at,
    border_then_inside,
    denied_aircraft,
    doubt_apposed,
    in_dateline,
    later_rank_after_apposed,
    listed_with_other_kind,
    part_of_group,
    part_opening,
    rank_apposed,
    responder,
    since_cue,
    subjects,
    tally_of_period,
    told_as_known,
    told_as_new,
)
from .facts import Aircraft, Place, Source, Span, StateRef, Verb, ZoneRef, between
from .segment import Scope, item_line, line_of
from .slots import Ctx, Found, Slots, resolver


# ------------------------------------------------------------------ aircraft
@resolver("aircraft", "subject")
def _subject(ctx: Ctx) -> Aircraft | None:
    return ctx.draft.aircraft


@resolver("aircraft", "agent")
def _agent(ctx: Ctx) -> Aircraft | None:
    """No aircraft before the verb: one told in the anchor's clause after it, not one
    told as rising to meet another ("..., with Finnish jets scrambled in response")."""
    clause = ctx.anchor.clause
    after = between(ctx.doc.facts.aircraft, ctx.anchor.span[1], clause.end)
    # "the first incursion since a Mi-8 entered ...": an earlier one's (``since_cue``)
    after = [a for a in after if since_cue(ctx.doc, a.span[0]) is None]
    if not after:
        return _agent_told_when(ctx)
    verb = ctx.anchor.verb
    # what is sent is the object, never a responder ("a envoyé deux drones dans")
    sent = verb is not None and verb.key in rules()["verbs"]["object_only"]
    return after[0] if sent or not responder(ctx.doc, after[0]) else None


def _agent_told_when(ctx: Ctx) -> Aircraft | None:
    """ "Japanese airspace was violated on 26 August, when a Chinese Y-9 flew over the
    territorial sea", « l'espace aérien estonien a été violé mardi lorsqu'un Il-20 russe
    a survolé le golfe »: a crossing told by a verb in the passive (its goal told before
    it) with no aircraft in its clause was made by the aircraft told right after a word
    of "when" (DAY_WHEN_CUE) later in its sentence, no verb between the crossing and that
    word: the subject of the clause it opens, unless that one rose to meet another."""
    anchor = ctx.anchor
    verb, goal = anchor.verb, anchor.goal
    if verb is None or verb.noun or goal is None or goal.span[0] > anchor.span[0]:
        return None
    doc = ctx.doc
    sent = doc.sentence(anchor.span[0])
    told = between(doc.facts.aircraft, anchor.span[1], sent.end)[:1]
    if not told:
        return None
    cues = doc.cues.within("DAY_WHEN_CUE", anchor.span[1], told[0].span[0])
    if len(cues) != 1 or between(doc.facts.verbs, anchor.span[1], cues[0].start):
        return None
    if doc.text[cues[0].end : told[0].span[0]].strip(" '’") or responder(doc, told[0]):
        return None  # "... when a reporter asked about a Russian Il-20": not its subject
    return told[0]


@resolver("aircraft", "following")
def _following(ctx: Ctx) -> Aircraft | None:
    """A crossing told as an event or a noun ("the incident occurred at 7:40", "a
    protest at the violation of its airspace after a Nigerian plane landed"): the
    aircraft named after it in its sentence. A tally of a period told as recorded
    ("Bucharest has recorded twelve violations since January. On Tuesday, a drone
    stayed fifty minutes over the country": ``episodes.tally_of_period``) counts many
    crossings: none of the aircraft told in the sentences after it is its own. A
    headline retold in the lead (one draft, the headline its first anchor: "Pologne :
    trois violations de l'espace aérien ...", then "L'armée a rapporté trois violations
    ... Il s'agissait de drones"): the aircraft told after any of its tellings, the
    first found."""
    for anchor in ctx.draft.anchors:
        found = _following_of(ctx, anchor)
        if found is not None:
            return found
    return None


def _following_of(ctx: Ctx, anchor: Anchor) -> Aircraft | None:
    verb = anchor.verb
    if anchor.goal is not None and not (verb is not None and verb.noun):
        return None
    doc = ctx.doc
    sent = doc.sentence(anchor.span[0])
    found = [
        a
        for a in between(doc.facts.aircraft, anchor.span[1], sent.end)
        if not responder(doc, a) and since_cue(doc, a.span[0]) is None
    ]
    told_as_event = bool(doc.cues.within("OCCUR_CUE", anchor.span[1], anchor.clause.end))
    recorded = not told_as_event and verb is not None and verb.noun and _recorded(doc, anchor.span)
    if recorded and tally_of_period(doc, anchor):
        return found[0] if found else None  # "12 violations since January. A drone stayed ...": many
    if not found and anchor.rule != ALIKE and (anchor.goal is None or told_as_event or recorded):
        # ("une incursion semblable" is told back, ALIKE: none told after is its own)
        # "Two violations occurred on Monday. Russian jets were involved.", "the
        # intrusion into its airspace took place at 16:43. ... a Russian Su-27"
        para = doc.paragraph(anchor.span[0])
        found = [
            a
            for a in between(doc.facts.aircraft, sent.end, para.end)
            if not responder(doc, a) and not _told_of_trend(doc, a) and not _of_other_matter(doc, a.span[0])
        ]
        if (
            recorded
        ):  # "recorded 12 violations ... a helicopter crossed into": not one with a crossing of its own
            found = [a for a in found if not _own_crossing(doc, a)]
    return found[0] if found else None


@resolver("aircraft", "accused_aircraft")
def _accused_aircraft(ctx: Ctx) -> Aircraft | None:
    """ "Kenya accused Somalia of violating its airspace after a Somali military plane
    landed in Mandera", "a accusé la Somalie d'avoir violé son espace aérien après
    qu'un avion militaire somalien a atterri": a crossing told by an accusation with no
    aircraft of its own was made by the aircraft of the accused state told after it in
    its sentence (its nationality the accused's). With none in its sentence, the aircraft
    is the first one told in the rest of its episode, in its paragraph ("Chad
    accused Sudan of violating its airspace. An Antonov plane dropped bombs near Adré"),
    of the accused's state or of none, counted and told as new, not one with a crossing
    of its own; not for a crossing told as like one before (rule ``ALIKE``)."""
    accused = _accused(ctx)
    if accused is None:
        return None
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    for a in between(doc.facts.aircraft, ctx.anchor.span[1], sent.end):
        if a.state == accused.value and not responder(doc, a):
            return a
    if ctx.anchor.rule == ALIKE:
        return None  # "accusé Minsk d'une incursion semblable": told back, no aircraft told after
    end = min(ctx.region.end, doc.paragraph(ctx.anchor.span[0]).end)
    for a in between(doc.facts.aircraft, sent.end, end):
        if responder(doc, a) or a.own:
            continue
        # counted and new: "an Antonov plane", not "deux des avions turcs" (some of the
        # accused's, told back) nor "the aircraft"
        told = a.state in (None, accused.value) and a.counted and not (a.partitive or a.definite)
        return a if told and not _own_crossing(doc, a) else None
    return None


def _told_of_trend(doc: Doc, a: Aircraft) -> bool:
    """ "Les auteurs notent une hausse des incursions d'hélicoptères", "incursions by
    helicopters are on the rise": an aircraft told in a clause of a trend or a habit
    (TREND_CUE, HABIT_CUE) is what happens as a rule, no aircraft of a crossing told
    before it."""
    clause = doc.clause(a.span[0])
    return bool(
        doc.cues.within("TREND_CUE", clause.start, clause.end)
        or doc.cues.within("HABIT_CUE", clause.start, clause.end)
    )


def _recorded(doc: Doc, at: Span) -> bool:
    """ "The army recorded an airspace violation at 14:05", "a enregistré une violation":
    a noun of violation told as the object of a verb of record (RECORD_CUE) in its
    clause, no other verb between them."""
    cues = doc.cues.within("RECORD_CUE", doc.clause(at[0]).start, at[0])
    return bool(cues) and not between(doc.facts.verbs, cues[-1].end, at[0])


def _own_crossing(doc: Doc, a: Aircraft) -> bool:
    """A verb of crossing and a zone or state after the aircraft in its clause ("a
    helicopter crossed into Lithuanian airspace", "had flown near the border"), not
    "was involved and remained inside for three minutes"."""
    end = doc.clause(a.span[0]).end
    goals = bool(between(doc.facts.zones, a.span[1], end) or between(doc.facts.states, a.span[1], end))
    return goals and bool(between(doc.facts.verbs, a.span[1], end))


@resolver("aircraft", "antecedent")
def _antecedent(ctx: Ctx) -> Aircraft | None:
    """ "The incursion lasted ...": the aircraft named last before, in its paragraph
    or the one before; for a tally ("Tallinn has recorded 41 violations since 2008",
    ``_tally``), its kind only: many crossings, not the model or count of the one told
    before (one of a paragraph before a tally of its own is no kind of it:
    ``borrowed_kind``). A state's part of a tally takes none told outside its sentence
    (``episodes._state_pieces``)."""
    doc = ctx.doc
    para = doc.paragraph(ctx.anchor.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    if ctx.draft.part_state is not None:  # "14 drone incursions ..., of which nine into Romania"
        lo = doc.sentence(ctx.anchor.span[0]).start
    found = [
        a
        for a in between(doc.facts.aircraft, lo, ctx.anchor.span[0])
        if not a.partitive and not responder(doc, a) and not aside_of_state(doc, a, ctx.anchor.clause)
    ]
    if not found or others_of_noun(ctx) or _noun_of_another_state(ctx, found[-1]):
        return None
    # "the helicopter" told of the Mi-8 named before it is the Mi-8 ("The second
    # violation happened at 11:02" after "the helicopter crossed at 10:15")
    last = antecedent(doc, found[-1])
    if _tally(ctx) and not _in_a_journey(doc, last):
        # "A LOT airliner was diverted ... Poland has recorded more than a dozen violations
        # since 2023": an aircraft told in no crossing lends a tally no kind
        return dataclasses.replace(_kind_only(last), category="unknown", role=None, state=None, generic=True)
    if _other_rank_than_apposed(ctx, last):
        return dataclasses.replace(last, model=None, role=None)
    return _kind_only(last) if _tally(ctx) or _of_a_kind(ctx) else last


def _in_a_journey(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told in a sentence with a verb of crossing or flight ([verbs] journey:
    "crossed", "flew"), not only one of landing or of no flight ("was diverted")?"""
    sent = doc.sentence(a.span[0])
    return any(v.key in JOURNEY for v in between(doc.facts.verbs, sent.start, sent.end))


@resolver("aircraft", "previous")
def _ac_episode(ctx: Ctx) -> Aircraft | None:
    if ctx.draft.part_state is not None or others_of_noun(ctx):
        return None  # a state's part of a tally: only its own sentence's aircraft
    a = ctx.prev.aircraft if ctx.prev is not None else None
    if a is not None and _noun_of_another_state(ctx, a):
        return None
    if a is not None and _other_rank_than_apposed(ctx, a):
        return dataclasses.replace(a, model=None, role=None)
    return _kind_only(a) if a is not None and (_tally(ctx) or _of_a_kind(ctx)) else a


def _noun_of_another_state(ctx: Ctx, a: Aircraft) -> bool:
    """ "Romania. A Russian drone flew over Romanian territory on Saturday.¶ Moldova. The
    last violation of Moldovan airspace dates back to August", « Roumanie — Un drone russe
    a survolé le territoire roumain ...¶ Moldavie — la dernière violation de l'espace
    aérien moldave remonte au mois d'août »: a noun of crossing whose own goal is a state
    (or a place of a known state), in a paragraph that names no aircraft before it, is not
    a crossing of the aircraft ``a`` told in a paragraph before it when the record told
    before crossed into another state: it tells a crossing of that state's sky by an
    aircraft the report does not name (a digest's next state)."""
    anchor, doc, prev = ctx.anchor, ctx.doc, ctx.prev
    if anchor.verb is None or not anchor.verb.noun or anchor.goal_state is None:
        return False
    if prev is None or prev.violated_state is None or prev.violated_state.value == anchor.goal_state:
        return False
    para = doc.paragraph(anchor.span[0])
    return a.span[0] < para.start and not between(doc.facts.aircraft, para.start, anchor.span[0])


def _other_rank_than_apposed(ctx: Ctx, a: Aircraft) -> bool:
    """ "Two drones ... The first, a Gerbera, entered near X. The second crossed near Y",
    « Le premier, un Gerbera, ... Le second a franchi ... »: a member told by a rank past
    the first, naming no aircraft (``later_rank_after_apposed``), after the member ``a``
    whose model is apposed to its own rank, is of that member's kind and state, not of
    its model."""
    if ctx.draft.aircraft is not None or not rank_apposed(ctx.doc, a):
        return False
    return any(later_rank_after_apposed(ctx.doc, x.span) for x in ctx.draft.anchors)


def others_of_noun(ctx: Ctx) -> bool:
    """ "A drone violated Moldovan airspace on Sunday. Two other violations, on the 9th
    and the 14th, ...", "Deux autres violations avaient eu lieu le 9 et le 13": a noun of
    crossing told as others (``anchors.others_noun``) with a day of their own told after
    it, in a sentence that names no aircraft, tells crossings of aircraft the report does
    not name: the aircraft told before is not theirs, nor is its kind or its state."""
    anchor, doc = ctx.anchor, ctx.doc
    if anchor.verb is None or not anchor.verb.noun or not others_noun(doc, anchor.span):
        return False
    sent = doc.sentence(anchor.span[0])
    days = between(doc.facts.dates, anchor.span[1], sent.end)
    dated = any(m.extra.get("precision") == "day" for m in days)
    return dated and not between(doc.facts.aircraft, sent.start, sent.end)


def _of_a_kind(ctx: Ctx) -> bool:
    """Is the crossing a noun told as one of a kind spoken of before it ("a similar
    incursion had taken place on 9 January", "un incident semblable s'était produit le
    9 janvier": SUCH_CUE in its clause before the noun's end, or right after it)?
    Another crossing of that kind: the aircraft told before lends its kind and state,
    not its model or count."""
    anchor, doc = ctx.anchor, ctx.doc
    if anchor.verb is None or not anchor.verb.noun:
        return False
    cues = doc.cues.within("SUCH_CUE", anchor.clause.start, anchor.clause.end)
    return any(c.end <= anchor.span[1] or not doc.text[anchor.span[1] : c.start].strip() for c in cues)


def _tally_apart(ctx: Ctx) -> bool:
    """ "Romania. A Russian drone crashed near Plauru ...¶ Niger. In October, the air
    force recorded 7 violations of national airspace": a tally (``_tally``) not told as
    one of a kind spoken of before (``_of_a_kind``: "14 such incursions") counts the
    crossings of its own paragraph's topic; an aircraft of a paragraph before it is not
    of its kind."""
    return _tally(ctx) and not _of_a_kind(ctx)


def borrowed_kind(ctx: Ctx, a: Aircraft) -> bool:
    """ "Romania. A Russian drone crashed near Plauru ... // Niger. In October, the air
    force recorded 7 violations of national airspace": is ``a``, the aircraft a tally of
    its own (``_tally_apart``) took from before it, told in a paragraph before the
    tally's, no aircraft named in the tally's paragraph before it? Then it tells no kind,
    model or state of the tally's crossings (``record.fill``: of unknown kind)."""
    if not _tally_apart(ctx):
        return False
    para = ctx.doc.paragraph(ctx.anchor.span[0])
    return a.span[0] < para.start and not between(ctx.doc.facts.aircraft, para.start, ctx.anchor.span[0])


def _kind_only(a: Aircraft) -> Aircraft:
    """``a`` with no model or count: its kind, state and role told for many crossings."""
    return dataclasses.replace(a, model=None, count=None, counted=False, plural=True)


def _tally(ctx: Ctx) -> bool:
    """Is the crossing a noun of violation counted by a number of two or more right
    before it ("41 violations", "plus de vingt incursions"), in a sentence that names
    no aircraft: several crossings, no aircraft of another sentence's?"""
    anchor = ctx.anchor
    if anchor.verb is None or not anchor.verb.noun:
        return False
    n = count_before(ctx.doc, anchor.span)
    if n is None or not isinstance(n.value, int) or isinstance(n.value, bool) or n.value < 2:
        return False
    sent = ctx.doc.sentence(anchor.span[0])
    told = between(ctx.doc.facts.aircraft, sent.start, sent.end)
    # "Moldova, which has no jets able to intercept drones, has recorded 14 such incursions"
    return all(aside_of_state(ctx.doc, a, anchor.clause) for a in told)


def refine_aircraft(ctx: Ctx, a: Aircraft | None) -> Aircraft | None:
    """The aircraft told more precisely later in its episode, when nothing there says
    it is another one: its model and role ("a Chinese military plane violated ...
    The Y-9 reconnaissance aircraft ..."), or its kind after a generic word ("military
    aircraft violated ... The helicopter crossed near X"); and a count told before an
    owner named as a modifier ("two Chinese Army helicopters"). An aircraft named in
    a sentence told as background is an earlier one (``episodes.background_at``); a
    list of several models refines no model, nor does a smaller count of them (a part
    of the group: "seven aircraft ..., including two armed F-16s")."""
    if a is not None and a.count is None:
        a = _count_before_owner(ctx, a)
    if a is not None and a.count is None and a.plural:
        a = _apposed_count(ctx, a)
    if a is not None:
        a = _named_part(ctx, _counted_part(ctx, _tag_number(ctx, a)))
    more = _one_more(ctx)
    if a is not None and more < 0:
        a = dataclasses.replace(a, count=None, counted=False, plural=True)
    elif a is not None and more:
        a = dataclasses.replace(a, count=more, counted=True, plural=more > 1)
    if a is not None and a.count is not None and a.count > 1 and _members_only(ctx):
        # "Two drones were tracked. The first penetrated 4 km into Lithuania": one of them
        a = dataclasses.replace(a, count=1, counted=True, plural=False)
    ranked = _ranked_items(ctx) if a is not None and a.count is not None and a.count > 1 else set()
    if a is not None and a.count is not None and any(n <= a.count for n in ranked):
        # "two drones ..., the first at 02:14 and the second at 03:50": one each; so too
        # where fewer than all are ranked ("Three drones crossed ... The first entered at
        # 01:55 ... The second entered at 02:40"): the first is one of them
        a = dataclasses.replace(a, count=1, counted=True, plural=False)
    if a is not None and a.count is not None and a.count > 1:
        a = _first_of_parts(ctx, a)
    if a is not None and a.count is None and a.plural:
        a = _counted_again(ctx, a)
    if a is not None and a.generic and not a.model:
        a = _one_more_of_kind(ctx, a)
    if a is not None and a.category == "unknown" and not a.generic and not a.model:
        kind = _kind_told_of_it(ctx, a)
        if kind is not None:
            return a.filled_from(kind)  # "An object entered ... It was probably a balloon"
    if a is None or a.model or (a.category == "unknown" and not a.generic):
        return a  # an unknown object is often named with the jets that met it: no guess
    # told after the crossing and after the aircraft itself (not one of the paragraph
    # before that the record's aircraft, named later, is not)
    for later in between(ctx.doc.facts.aircraft, max(ctx.anchor.span[1], a.span[1]), ctx.region.end):
        if later.category != a.category and not a.generic:
            continue
        if later.differs(a) or (later.state and a.state and later.state != a.state):
            continue
        if a.count == 1 and not a.plural and isinstance(later.count, int) and later.count > 1:
            continue  # "a surveillance plane entered ... two H-6 bombers flew ...": more than it
        if _part_of(ctx, a, later) or ctx.of_other_part(later.span):
            continue  # "seven Turkish aircraft ..., including two armed F-16s": a part of them
        if responder(ctx.doc, later):
            continue  # "японские F-16, которые послали нарушителю сигналы": they met it
        if part_of_group(ctx.doc, later) or _agent_of_part_told_next(ctx, later):
            continue  # "22 times, including two TB2 drones": a part of them, not all
        if not ctx.draft.background and background_at(ctx.doc, later.span[0], ctx.doc.clause(later.span[0])):
            continue  # "In 2023, a Russian Gerbera drone crashed near ...": an earlier one
        if _dated_apart(ctx, later):
            continue  # "... on Tuesday. In September, debris of a Gerbera drone ...": another one
        if ctx.doc.cues.within("ANOTHER_CUE", later.span[0], later.span[1]):
            continue  # "... had entered. A third Cessna escaped": another one, not it named again
        if _means_of_other(ctx, later):
            continue  # "Russian forces attacked the ports with Geran-2 drones": what they used
        if _named_anew_apart(ctx, later):
            continue  # "... violated Finnish airspace.\n\nEarlier, Hornets identified a Russian Il-20 ..."
        if ctx.doc.cues.within("MOST_OF_CUE", ctx.doc.clause(later.span[0]).start, later.span[0]):
            continue  # "most of them involve Shahed-type drones": what many crossings had
        if later.model and listed_with_other_kind(ctx.doc, later):
            return a  # "three jets ... They were Su-27 and Su-30 fighters": not one model
        if later.model or (a.generic and not later.generic and (later.definite or _unmarked(ctx))):
            took_part = _took_part(ctx, later)
            named_again = later.definite or _unmarked(ctx) or took_part
            filled = _filled_with_owner(ctx, a, later)
            return _count_of_named(a, later, filled, took_part) if named_again else filled
    return a


def _named_anew_apart(ctx: Ctx, later: Aircraft) -> bool:
    """ "A Russian military aircraft violated Finnish airspace on Friday.\n\nEarlier in
    the week, Hornets identified a Russian Il-20 flying over international waters": an
    aircraft named anew (counted, not a word that refers back, in a language with
    articles) in a paragraph after the crossing's, in a sentence that tells where no
    state's sky is (a zone of kind "international"), is another one. Named anew near
    the crossing's place ("radar had picked up a Russian An-26 off the same island"),
    it may be the crossing's own aircraft told in full."""
    doc = ctx.doc
    if later.definite or not later.counted or _unmarked(ctx):
        return False
    if doc.paragraph(later.span[0]).nth == doc.paragraph(ctx.anchor.span[0]).nth:
        return False
    sent = doc.sentence(later.span[0])
    return any(z.kind == "international" for z in between(doc.facts.zones, sent.start, sent.end))


def _kind_told_of_it(ctx: Ctx, a: Aircraft) -> Aircraft | None:
    """ "An object entered Polish airspace ... It was probably a balloon", "Un objet est
    entré ... Il s'agissait probablement d'un ballon", "The object was probably a
    balloon", "An object that entered Polish airspace on Monday was most likely a
    balloon": an aircraft of a kind told as the predicate of a verb of being
    (IDENTITY_CUE keys "copula", "predicate") whose subject is the object, with at most
    a word of doubt between (a cue "alleged": "probably"), is the kind of the object of
    no kind told before. The subject is a pronoun (SUBJECT_PRONOUN_CUE), none (the verb
    of being opening the sentence: "Był to balon", "Se trataba de un globo"), or the object
    named again (definite, of no kind) opening the sentence right after the crossing's,
    or the object itself opening the crossing's sentence, the crossing told right after
    it (maybe after a relative word) and nothing but its own words before the verb."""
    doc = ctx.doc
    mine = doc.sentence(ctx.anchor.span[0])
    if a.span[0] < mine.start:
        return None
    trailing = _kind_trailing(doc, a, ctx.anchor.span[1], mine)
    if trailing is not None:
        return trailing
    if not doc.text[mine.start : a.span[0]].strip() and _told_right_after(doc, a, ctx.anchor.span[0]):
        verbs = between(doc.facts.verbs, ctx.anchor.span[1], mine.end)
        told = between(doc.facts.aircraft, ctx.anchor.span[1], mine.end)[:1]
        if told and not [v for v in verbs if v.span[0] < told[0].span[0]]:
            return _predicate_kind(doc, a, ctx.anchor.span[1], told[0], opening=False)
    rest = doc.text[mine.end :]
    start = mine.end + len(rest) - len(rest.lstrip())
    if start >= len(doc.text) or doc.paragraph(start) != doc.paragraph(mine.start):
        return None
    sent = doc.sentence(start)
    lead = _past_report_lead(doc, sent)  # "Selon l'armée, l'objet était ..."
    pronoun = doc.cues.opening("SUBJECT_PRONOUN_CUE", lead)
    told = between(doc.facts.aircraft, lead, sent.end)[:2]
    if pronoun is None and told and told[0].span[0] == lead and told[0].definite:
        if told[0].category != "unknown" or told[0].model or len(told) < 2:
            return None
        return _predicate_kind(doc, a, told[0].span[1], told[1], opening=True)  # "The object was"
    if not told:
        return None
    # a language that leaves the subject out opens with the verb of being itself ("Był
    # to najprawdopodobniej balon", "Se trataba de un globo", "Es war ein Ballon")
    return _predicate_kind(doc, a, pronoun.end if pronoun else lead, told[0], opening=True)


def _kind_trailing(doc: Doc, a: Aircraft, lo: int, sent: Scope) -> Aircraft | None:
    """ "An object entered Polish airspace on Tuesday, most likely a balloon, the army
    said", "Un objet est entré mardi dans l'espace aérien, probablement un ballon": the
    first aircraft told after the crossing (from ``lo``) in its sentence, with no verb
    before it, set apart by a comma and a word of doubt (``episodes.doubt_apposed``)
    and closed by a comma or the sentence's end, of a kind and no model, no other count
    and no article that refers back, is the kind of the object ``a``."""
    told = between(doc.facts.aircraft, lo, sent.end)[:1]
    if not told or between(doc.facts.verbs, lo, told[0].span[0]):
        return None
    kind = told[0]
    if kind.category == "unknown" or kind.generic or kind.model or kind.definite:
        return None
    if kind.counted and kind.count != a.count:
        return None  # "An object ..., probably two drones": more than it
    if kind.differs(a) or (kind.state and a.state and kind.state != a.state):
        return None
    comma = doc.text.rfind(",", lo, kind.span[0])
    if comma < 0 or not doubt_apposed(doc, comma, kind.span[0]):
        return None
    after = doc.text[kind.span[1] : doc.clause(kind.span[0]).end].strip()
    return kind if not after or after[0] in ",.;" else None


def _past_report_lead(doc: Doc, sent: Scope) -> int:
    """Where a sentence's own words begin after a lead naming who tells them: a source
    opening the sentence, then a comma after one told with "according to" ("Selon
    l'armée, l'objet était ...", "According to the army, it was ..."), or a word of
    saying (a cue "say") and maybe THAT_CUE after another ("The army said the object
    was ...", "L'armée a précisé que l'objet était ..."); only states and days may stand
    between. Else the sentence's start."""
    text = doc.text
    src = between(doc.facts.sources, sent.start, sent.end)[:1]
    if not src or text[sent.start : src[0].span[0]].strip():
        return sent.start
    end = src[0].span[1]
    pos = sent.start
    if src[0].according:
        comma = text.find(",", end, sent.end)
        pos = comma + 1 if comma >= 0 and _only_states_or_days(doc, end, comma) else pos
    else:
        for say in doc.mention_cues("say", end, sent.end)[:1]:
            after = say.span[1]
            for day in between(doc.facts.dates, after, sent.end)[:1]:
                after = day.span[1] if not text[after : day.span[0]].strip() else after
            that = doc.cues.starting_at("THAT_CUE", after, text)  # "said on Friday that"
            if _only_states_or_days(doc, end, say.span[0]):
                pos = that.end if that is not None else after
    rest = text[pos : sent.end]
    return pos + len(rest) - len(rest.lstrip()) if pos > sent.start else sent.start


def _only_states_or_days(doc: Doc, lo: int, hi: int) -> bool:
    """Nothing but white space, states ("lituanienne") and days between ``lo`` and ``hi``."""
    gap = list(doc.text[lo:hi])
    for m in between(doc.facts.mentions, lo, hi):
        if m.kind in ("state", "date"):
            gap[m.span[0] - lo : m.span[1] - lo] = " " * (m.span[1] - m.span[0])
    return not "".join(gap).strip()


def _told_right_after(doc: Doc, a: Aircraft, verb: int) -> bool:
    """Is the crossing's verb at ``verb`` told right after the aircraft ``a`` (nothing
    between, or a relative word: "An object that entered", "Un objet qui est entré";
    or nothing but words and days of no other mention: "Un objet entré mercredi soir
    dans l'espace aérien")?"""
    gap = doc.text[a.span[1] : verb]
    for cls in ("THAT_CUE", "RELATIVE_SUBJECT_CUE"):
        cue = doc.cues.starting_at(cls, a.span[1] + len(gap) - len(gap.lstrip()), doc.text)
        if cue is not None:
            gap = doc.text[cue.end : verb]
    return not gap.strip() or all(
        m.kind in ("date", "time") for m in between(doc.facts.mentions, a.span[1], verb)
    )


def _predicate_kind(doc: Doc, a: Aircraft, lo: int, later: Aircraft, *, opening: bool) -> Aircraft | None:
    """The aircraft ``later``, told after a verb of being that follows ``lo`` (right
    after it when ``opening``), when it names a kind the object ``a`` may be."""
    if later.category == "unknown" or later.generic:
        return None
    verbs = [
        c
        for c in doc.cues.within("IDENTITY_CUE", lo, later.span[0])
        if c.key in ("copula", "predicate") and not (opening and doc.text[lo : c.start].strip(" '’"))
    ]  # an elided subject ("C'était") ends before its apostrophe
    if not verbs or later.differs(a) or (later.state and a.state and later.state != a.state):
        return None
    gap = doc.text[verbs[-1].end : later.span[0]]
    for c in doc.mention_cues("alleged", verbs[-1].end, later.span[0]):
        gap = gap.replace(doc.text[c.span[0] : c.span[1]], "")
    return later if not gap.strip(" '’") else None  # an elided "d'" ends the verb's cue


def _means_of_other(ctx: Ctx, later: Aircraft) -> bool:
    """Is ``later``, in a sentence of no crossing of the record, told as the means of
    what a state or a body named before it did ("Russian forces had attacked the ports
    with Geran-2 drones", "les forces russes ont frappé le port avec des drones
    Shahed": MEANS_CUE right before it, or before the possessive that opens it: "the
    army used its CH-4 drones", "les FARDC ont utilisé leurs drones CH-4",
    ``episodes.actor_before``)? It is what they used, not the record's aircraft named
    again."""
    doc = ctx.doc
    sent = doc.sentence(later.span[0])
    if any(sent.start <= x.span[0] < sent.end for x in ctx.draft.anchors):
        return False
    own = doc.cues.ending_at("OWN_CUE", later.span[0], doc.text)
    at = later.span[0] if own is None else own.start
    return doc.cues.ending_at("MEANS_CUE", at, doc.text) is not None and actor_before(doc, later)


def _filled_with_owner(ctx: Ctx, a: Aircraft, later: Aircraft) -> Aircraft:
    """``a`` filled from the aircraft ``later`` named after it, with the owner told
    after that one when neither tells a state ("Debris of a drone was found ... It was a
    Geran-2 drone used by Russia", "Il s'agit d'un drone de type Geran-2 utilisé par la
    Russie": whose it is, ``_owner_after``)."""
    filled = a.filled_from(later)
    if filled.state is None:
        owner = _owner_after(ctx, later)
        if owner is not None and not (owner.span is not None and made_by(ctx.doc, owner.span)):
            filled = dataclasses.replace(filled, state=owner.value)
    return filled


def _dated_apart(ctx: Ctx, later: Aircraft) -> bool:
    """Is ``later``, in a sentence after the crossing's, told after a day, month or year
    in its sentence that the day told in the crossing's sentence is not in ("... on
    Tuesday. In September, debris of a Gerbera drone was found", "... lundi. Le 14
    août, un Geran-2 ...")? Or told with such a date after it in its own clause, when
    the crossing's own clause tells its day ("... entered Colombian airspace on Monday.
    A Russian Il-20 flew over the Baltic on Wednesday", "Un avión P-8 voló el miércoles";
    not a day of the statement: "Guyana said on Wednesday that two jets entered")?"""
    doc = ctx.doc
    anchor = _dated_telling(ctx, later)
    mine = doc.sentence(anchor.span[0])
    theirs = doc.sentence(later.span[0])
    if theirs.start < mine.end:
        return False
    days = [m for m in between(doc.facts.dates, mine.start, mine.end) if m.extra.get("precision") == "day"]
    if not days or days[0].value is None:
        return False
    if _other_date(doc, str(days[0].value), theirs.start, later.span[0]):
        return True
    clause = anchor.clause
    own = [
        m
        for m in days
        if clause.start <= m.span[0] < clause.end and m.value is not None and not _told_with_speech(doc, m)
    ]
    # "tracked the drone, a Mohajer-6, ..., the ministry said on Wednesday": the day said
    end = doc.clause(later.span[0]).end
    return bool(own) and _other_date(doc, str(own[0].value), later.span[1], end, unsaid=True)


def _dated_telling(ctx: Ctx, later: Aircraft) -> Anchor:
    """The telling of the crossing whose day ``_dated_apart`` compares: the record's
    own, or, when its sentence tells no day (a headline: "Lithuania protests after drone
    enters its airspace"), the first telling of its episode before ``later`` whose
    sentence tells one (the lead: "A drone violated ... on Wednesday")."""
    doc = ctx.doc
    for anchor in [ctx.anchor] + [x for x in ctx.draft.anchors if x.span[1] <= later.span[0]]:
        sent = doc.sentence(anchor.span[0])
        if any(m.extra.get("precision") == "day" for m in between(doc.facts.dates, sent.start, sent.end)):
            return anchor
    return ctx.anchor


def _other_date(doc: Doc, day: str, lo: int, hi: int, unsaid: bool = False) -> bool:
    """Is a date told in [lo, hi) one the day ``day`` (YYYY-MM-DD) is not in? So is a
    year told as the time of a clause of when ("the memory of 1996, when ..."). With
    ``unsaid``, a day of a statement ("..., the ministry said on Wednesday") dates the
    saying, not the aircraft told."""
    width = {"day": 10, "month": 7, "year": 4}
    for m in between(doc.facts.dates, lo, hi):
        if unsaid and _told_with_speech(doc, m):
            continue
        n = width.get(str(m.extra.get("precision")))
        if m.value is not None and n is not None and str(m.value)[:n] != day[:n]:
            return True
    return any(str(y) != day[:4] for y in years_of_when(doc, lo, hi))


def _agent_of_part_told_next(ctx: Ctx, later: Aircraft) -> bool:
    """ "... 42 times on Monday. Four of the violations were made by armed F-16s": the
    agent of a part told by a sentence after the record's (``episodes.part_opening``)
    made some of its crossings, not all."""
    doc = ctx.doc
    sent = doc.sentence(later.span[0])
    if sent.start <= ctx.anchor.span[0]:
        return False
    part = part_opening(doc, sent)
    return part is not None and part[0].span == later.span


def _count_of_named(a: Aircraft, later: Aircraft, filled: Aircraft, in_full: bool = False) -> Aircraft:
    """ "Military aircraft crossed the border ... The two helicopters belonging to
    Belarus flew very low", "Wojskowe maszyny lotnicze przekroczyły granicę ... Dwa
    śmigłowce należące do Białorusi": a generic group of no count, named later by its
    kind and counted (no part of it: those were set aside before), is as many; so is a
    group of its kind told taking part in the crossings (``in_full``: "Des avions turcs
    ont violé ... Six F-16 turcs ont pris part aux violations")."""
    if not ((a.generic or in_full) and a.count is None and later.counted and later.count) or later.partitive:
        return filled
    return dataclasses.replace(filled, count=later.count, counted=True, plural=later.count > 1)


def _counted_again(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "Ukrainian drones had flown into Belarus overnight. The channel said three drones
    crossed near Mazyr at around 2:30": a group of no count told again, counted, as the
    subject of a verb in a later sentence of its episode (whose place and time are the
    record's), of its kind and state, no part of it ("two of the jets"), gives its
    count: a verb of crossing, a count with no bound ("at least three drones were shot
    down" are some of them), no other zone in its clause ("21 aircraft crossed the
    median line"). Only the first aircraft told after the group."""
    doc = ctx.doc
    first = doc.sentence(a.span[0])
    for later in between(doc.facts.aircraft, first.end, ctx.region.end)[:1]:
        if _strikes_next(doc, later):
            verb_ok = True
        else:
            verb = between(doc.facts.verbs, later.span[1], doc.clause(later.span[0]).end)[:1]
            if not verb or doc.text[later.span[1] : verb[0].span[0]].strip() or verb[0].negated:
                return a
            verb_ok = verb[0].key in _CROSSING_KEYS
        if later.category != a.category or later.differs(a) or (later.state and later.state != a.state):
            return a
        if later.partitive or not later.counted or (later.count or 0) < 2 or part_of_group(doc, later):
            return a
        if any(c.key == "of" for c in doc.cues.within("OWNER_CUE", *later.span)):
            return a  # "Two of the jets", "Deux de leurs chasseurs": some of them
        if not verb_ok or _bounded(doc, later):
            return a  # "at least three drones were shot down": some of them, what else
        clause = doc.clause(later.span[0])
        if any(
            z.value != "airspace"
            for z in between(doc.facts.mentions, clause.start, clause.end)
            if z.kind == "zone"
        ):
            return a  # "21 aircraft crossed the median line": another zone
        return dataclasses.replace(a, count=later.count, counted=True)
    return a


def _strikes_next(doc: Doc, later: Aircraft) -> bool:
    """Does a verb of striking (STRIKE_CUE: "struck", "ont frappé") follow the aircraft
    right after it, in its clause ("three drones struck a camp near X")? The group's
    crossing told again by what it did inside."""
    clause = doc.clause(later.span[0])
    cue = doc.cues.within("STRIKE_CUE", later.span[1], clause.end)[:1]
    return bool(cue) and not doc.text[later.span[1] : cue[0].start].strip()


#: verbs that tell a crossing again ("three drones crossed near X"), not what befell
#: some of them ("were shot down", "were spotted")
_CROSSING_KEYS = frozenset({"enter", "cross", "overfly", "fly", "penetrate", "violate"})


def _bounded(doc: Doc, a: Aircraft) -> bool:
    """Is the count of ``a`` told with a bound or as a guess ("at least three", "about
    26")? The aircraft's phrase keeps its count's bound as ``count_bound`` (its number,
    inside the phrase, as ``bound``)."""
    return any(
        m.extra.get("count_bound") if m.kind == "aircraft" else m.kind == "number" and m.bound
        for m in between(doc.facts.mentions, a.span[0], a.span[1])
    )


#: what sets off an apposition: a comma, a dash, a bracket
_APPOSED_OPEN = LazyPattern(r"\s*[,(\u2013\u2014-]")
_APPOSED_CLOSE = LazyPattern(r"\s*[,)\u2013\u2014-]")


def _apposed_count(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "Several Russian drones, at least five, entered Romanian airspace", "Plusieurs
    drones russes, au moins cinq, sont entrés ...": a number of two or more apposed
    right after aircraft of no count (set off by commas, dashes or brackets, a lower
    bound before it or none: COUNT_BOUND_CUE) is their count. Not "drones, five of
    which crossed" (a part of them), nor a number followed by anything else."""
    doc, text = ctx.doc, ctx.doc.text
    opened = _APPOSED_OPEN.match(text, a.span[1])
    if opened is None:
        return a
    pos = opened.end()
    bound = doc.cues.starting_at("COUNT_BOUND_CUE", pos, text)
    pos = bound.end if bound is not None else pos
    sent = doc.sentence(a.span[0])
    told = between(doc.facts.mentions, pos, sent.end)[:1]
    if not told or told[0].kind != "number" or text[pos : told[0].span[0]].strip():
        return a
    n = told[0].value
    if (
        not isinstance(n, int)
        or isinstance(n, bool)
        or n < 2
        or not _APPOSED_CLOSE.match(text, told[0].span[1])
    ):
        return a
    return dataclasses.replace(a, count=n, counted=True, plural=True)


def _tag_number(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "UPDATE 2-Russian jet violates Estonian airspace": digits glued by a hyphen to a
    word written with a capital are a wire's tag (the update's number), no count; the
    noun's own number tells it ("jet": one)."""
    text = ctx.doc.text[a.span[0] : a.span[1]]
    k = len(text) - len(text.lstrip("0123456789"))
    if not (a.counted and k and text[k : k + 1] == "-" and text[k + 1 : k + 2].isupper()):
        return a
    return dataclasses.replace(a, count=None if a.plural else 1, counted=False)


def _counted_part(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "312 Russian drones over Ukraine in April, of which 11 entered Moldovan
    airspace", "Of the 40 drones tracked, 11 entered", "sur les 40 drones, 11 sont
    entrés": a bare number right before the verb of crossing (only white space
    between), after the aircraft named in its sentence with its count told, smaller
    than that count, is how many of them crossed: of the crossing told first (the
    draft's first anchor; "310 balloons flew over the border, and some 100 had fallen
    in Seoul" tells the part that fell). One is no part told so ("ein Eindringen": an
    article); a group of no count told ("Of the aircraft, 35 entered the ADIZ") keeps
    none. A word of restriction right before or after the number ("only one entered",
    "un seul est entré", "apenas um entrou": ONLY_CUE key "alone") tells a part of
    one too, and may stand between the number and the verb."""
    anchor = _part_anchor(ctx, a)
    if anchor.verb is None or anchor.verb.noun:
        return a
    n = _restricted_after_verb(ctx.doc, anchor, a)
    if n is not None:
        return dataclasses.replace(a, count=n, counted=True, plural=n > 1)
    at = anchor.span[0]
    lo = max(a.span[1], ctx.doc.sentence(at).start)
    for m in between(ctx.doc.facts.mentions, lo, at)[-1:]:
        value = m.value  # a mention's value of any kind: not ``n``, typed int above (mypyc checks it)
        if m.kind != "number" or not isinstance(value, int) or isinstance(value, bool) or value < 1:
            return a
        n = value
        before, after = _restricted(ctx.doc, m, at)
        if (ctx.doc.text[m.span[1] : at].strip() and not after) or (n == 1 and not (before or after)):
            return a
        if (a.count is None and not _part_opened(ctx.doc, m)) or (a.count is not None and n >= a.count):
            return a
        return dataclasses.replace(a, count=n, counted=True, plural=n > 1)
    return a


def _part_opened(doc: Doc, m: Mention) -> bool:
    """ "launched balloons, of which about 40 crossed", « a lancé des drones, dont trois
    sont entrés »: a number right after a word of a part that opens a relative
    (INCLUDING_CUE key "part"), of a group of no count told: how many of them crossed."""
    about = doc.cues.ending_at("PART_NUMBER_CUE", m.span[0], doc.text)  # "of which about 40"
    cue = doc.cues.ending_at("INCLUDING_CUE", m.span[0] if about is None else about.start, doc.text)
    return cue is not None and cue.key == "part"


#: verbs that tell a group seen or sent, not its crossing ("Of the 12 balloons detected")
_GROUP_VERBS = frozenset(rules()["verbs"]["perceiving"]) | frozenset(rules()["verbs"]["launching"])


def _part_anchor(ctx: Ctx, a: Aircraft) -> Anchor:
    """The crossing a part is counted of: the draft's first anchor, or, when that one
    tells the group ``a`` named before it seen or sent ("Of the 12 balloons detected
    near the border, only one entered", "Sur les 40 drones lancés contre l'Ukraine,
    deux ont pénétré ..."), the first anchor of another verb told after it in its
    sentence. A group sent, named after its verb, was sent across ("sent some 300
    balloons over the border, and 90 had fallen in X"): the sending is the crossing."""
    first = ctx.anchor
    if first.verb is None or first.verb.key not in _GROUP_VERBS or a.span[0] > first.span[0]:
        return first
    sent = ctx.doc.sentence(first.span[0])
    later = [
        x
        for x in ctx.draft.anchors
        if first.span[0] < x.span[0] < sent.end and x.verb is not None and x.verb.key not in _GROUP_VERBS
    ]
    return later[0] if later else first


def _restricted_after_verb(doc: Doc, anchor: Anchor, a: Aircraft) -> int | None:
    """ "Fünf Drohnen näherten sich der Grenze; in den Luftraum drang nur eine ein",
    "dei cinque droni, è entrato nello spazio aereo solo uno": a number right after a
    word of restriction (ONLY_CUE key "alone"), the first thing told after the verb in
    its clause but a day, a time or the goal, smaller than the count of the group named
    before the verb in its sentence, is how many of them crossed."""
    if a.count is None or a.span[1] > anchor.span[0] or not doc.seg.same_sentence(a.span[0], anchor.span[0]):
        return None
    after = between(doc.facts.mentions, anchor.span[1], anchor.clause.end)
    told = [m for m in after if m.kind not in ("date", "time", "zone", "location")]
    if not told or told[0].kind != "number":
        return None
    m = told[0]
    n = m.value
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n < a.count:
        return None
    before, _ = _restricted(doc, m, m.span[0])
    return n if before else None


def _restricted(doc: Doc, m: Mention, at: int) -> tuple[bool, bool]:
    """Is the number ``m`` told right after a word of restriction ("only one", "apenas
    um"), and is it followed by one that is all between it and the verb at ``at``
    ("un seul est entré")? (ONLY_CUE key "alone".)"""
    words = [c for c in doc.cues.within("ONLY_CUE", doc.clause(m.span[0]).start, at) if c.key == "alone"]
    before = any(c.end <= m.span[0] and not doc.text[c.end : m.span[0]].strip() for c in words)
    after = any(
        c.start >= m.span[1]
        and not doc.text[m.span[1] : c.start].strip()
        and not doc.text[c.end : at].strip()
        for c in words
    )
    return before, after


def _named_part(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "L'un des deux chasseurs chinois a survolé Kinmen", "one of three Russian drones
    entered", "deux des cinq drones": a part told right before the aircraft phrase
    (PART_OF_CUE, its key the part's count; only white space between, or its last word
    the phrase's first: "des deux chasseurs") is how many of them crossed, when fewer
    than the group's count or the group has none; not when the crossing is told in a
    relative clause of the group (``_group_relative``)."""
    doc = ctx.doc
    at = a.span[0]
    cues = [
        c
        for c in doc.cues.within("PART_OF_CUE", doc.sentence(at).start, a.span[1])
        if c.start < at and (c.end > at or not doc.text[c.end : at].strip())
    ]
    if not cues or _group_relative(ctx, a):
        return a
    n = int(cues[-1].key)
    if a.count is not None and a.count <= n:
        return a
    return dataclasses.replace(a, count=n, counted=True, plural=n > 1)


def _group_relative(ctx: Ctx, a: Aircraft) -> bool:
    """ "Two of the nine drones that crossed into Poland were shot down", "deux des neuf
    drones qui sont entrés en Pologne ont été abattus": the crossing told in a relative
    clause right after the group (GROUP_RELATIVE_CUE) is the whole group's, not the
    part's."""
    doc = ctx.doc
    cue = doc.cues.starting_at("GROUP_RELATIVE_CUE", a.span[1], doc.text)
    # "un des drones qui participaient à l'attaque a pénétré": the relative tells
    # another deed, the crossing after it is the part's
    at = ctx.anchor.span[0]
    return cue is not None and cue.end <= at and not doc.text[cue.end : at].strip()


def _part_of(ctx: Ctx, a: Aircraft, later: Aircraft) -> bool:
    """Is ``later`` a part of the group ``a``: counted fewer ("seven aircraft ...,
    including two armed F-16s"), or named right after a part of it ("sept appareils
    ..., dont deux F-16": the partitive "dont deux", then the kind; or set off by a
    comma, "dwa z nich, typu Gerbera, spadły", "two of them, Gerbera drones, fell")? A
    group ("Turkish aircraft violated ... 27 times. Six of them were F-16s", "Six
    d'entre eux étaient des F-16", "12 Russian aircraft ... Six of them were Su-27s")
    has a part in a counted partitive, fewer than its own count if told, told before
    ``later`` in its clause, ``later`` its predicate (no count of its own: "six of them
    by two F-16 fighters over Lesbos" tells the aircraft of those six)."""
    clause = ctx.doc.clause(later.span[0])
    told = between(ctx.doc.facts.aircraft, clause.start, later.span[0])
    # "Six of them were Su-27s" of "12 Russian aircraft" too: fewer than the group's
    if not later.counted and any(
        p.partitive and p.count and p.count < (a.count or p.count + 1) for p in told
    ):
        return True
    if not a.count:
        return False
    if (later.counted or later.partitive) and later.count and later.count < a.count:
        return True
    found = ctx.doc.facts.aircraft
    k = found.index(later) if later in found else 0
    before = found[k - 1] if k else None
    return (
        before is not None
        and before.partitive
        and bool(before.count)
        and (before.count or 0) < a.count
        and not ctx.doc.text[before.span[1] : later.span[0]].strip(" ,(–—")
    )


def _members_only(ctx: Ctx) -> bool:
    """Is the crossing told only by clauses whose subject is a ranked member of a group
    told before ("Deux drones ... Le premier a pénétré en Lituanie ; le second est tombé
    en mer": ``anchors.ranked_member``)? Then one aircraft crossed, not the group. Not a
    rank of crossings told by a noun ("the second incursion took place at 09:05")."""
    return all(
        a.verb is not None and not a.verb.noun and ranked_member(ctx.doc, a.span) for a in ctx.draft.anchors
    )


def _ranked_items(ctx: Ctx) -> set[int]:
    """How many items the sentence of each telling of the crossing lists by their rank
    ("the first at 02:14 and the second at 03:50": an ORDINAL_CUE opening each gapped
    item, the first one told with the verb): none where it lists none, or where the
    ranked items are crossings told by a noun ("the first violation took place at 10:12;
    the second, at 10:47", "la première violation ... ; la seconde, à 10 h 47"): then
    they rank the crossings of one group, not its aircraft. Every telling counts: a
    headline retold in the lead ("Trois MiG-31 russes dans le ciel estonien", then
    "Trois MiG-31 ... : le premier à 9 h 58, ...") lists them in the lead."""
    return {n for n in (_ranked_items_of(ctx, a) for a in ctx.draft.anchors) if n}


def _ranked_items_of(ctx: Ctx, anchor: Anchor) -> int:
    doc = ctx.doc
    if anchor.verb is not None and anchor.verb.noun:
        return 0
    sent = doc.sentence(anchor.span[0])
    ranked = _rank_openers(ctx, sent)
    if not ranked and _first_ranked_next(ctx, sent.end):
        # "two Russian aircraft violated ... The first crossed at 10:12 and the second
        # at 14:50": the items told in the sentence right after, opened by the first rank
        ranked = _rank_openers(ctx, doc.sentence(next_start(doc.text, sent.end)))
    if ranked and _member_told_between(ctx, anchor, ranked[0]):
        return 0
    return len(ranked) + 1 if ranked else _ranked_sentences(ctx, sent) or _ranked_after(ctx, sent)


def _ranked_after(ctx: Ctx, sent: Scope) -> int:
    """ "Two drones violated Moldovan airspace overnight. The first was detected at 23:50
    near X. The second flew over Y at 02:10": the sentences right after the group's (a
    lead's group told in detail in the next paragraph too), opened by the ranks 1, 2,
    ... in one paragraph (``_ranked_sentences`` from the first of them) rank the
    members of the group told in ``sent``, when the first tells where
    or when its member was (a time or a place: "The first drone entered service in 2019"
    tells none, the group keeps its count)."""
    doc = ctx.doc
    start = next_start(doc.text, sent.end)
    if start >= len(doc.text):
        return 0
    first = doc.sentence(start)
    if not any(m.kind in ("time", "location") for m in between(doc.facts.mentions, first.start, first.end)):
        return 0
    return _ranked_sentences(ctx, first)


def _ranked_sentences(ctx: Ctx, sent: Scope) -> int:
    """ "Two drones crossed into Latvia. The first drone entered at 23:12 near X and left
    seven minutes later. The second flew over Y at 23:50": a sentence of the crossing
    opened by the rank 1 (RANK_CUE), then the sentences right after it in its paragraph
    each opened by the next rank and telling a crossing of their own, rank the members
    of the group: how many (0 when no rank 2 follows)."""
    doc = ctx.doc
    cue = doc.cues.opening("RANK_CUE", next_start(doc.text, sent.start))
    if cue is None or cue.key != "1":
        return 0
    n, end, told = 1, sent.end, doc.crossing_starts
    while (start := next_start(doc.text, end)) < doc.paragraph(sent.start).end:
        nxt = doc.sentence(start)
        cue = doc.cues.opening("RANK_CUE", start)
        if cue is None or cue.key != str(n + 1):
            break
        if bisect.bisect_left(told, nxt.start) == bisect.bisect_left(told, nxt.end):
            break
        n, end = n + 1, nxt.end
    return n if n > 1 else 0


def _fell_elsewhere(doc: Doc, lo: int, hi: int, goal: str | None) -> bool:
    """Does [lo, hi) name a state other than ``goal`` and no state's airspace ("the
    second fell in a field in Ukraine"; not "the second flew into Moldovan airspace")?"""
    if goal is None:
        return False
    others = [x for x in between(doc.facts.states, lo, hi) if x.code != goal]
    airspace = [z for z in between(doc.facts.zones, lo, hi) if z.kind == "airspace" and z.state]
    return bool(others) and not airspace


def _rank_openers(ctx: Ctx, sent: Scope) -> list[int]:
    """Where the items of sentence ``sent`` opened by a rank after the first begin: a
    gapped one ("..., the second at 14:50") or a clause of its own verb ("The first
    crossed at 21:40; the second flew over Chełm at 22:05", "Le premier a franchi ... ;
    le second a survolé ..."): each tells one more member. A clause counts only when it
    tells a crossing of its own (an anchor of a record: not "..., the second was
    escorted out", a member's doing, where the first item tells the group's crossing
    again)."""
    doc = ctx.doc
    ranked = [g for g in doc.seg.gapped_in(sent.start, sent.end) if _opens_with_rank(ctx, g)]
    clauses = doc.seg.clauses.starts
    told = doc.crossing_starts
    for start in clauses[bisect.bisect_right(clauses, sent.start) : bisect.bisect_left(clauses, sent.end)]:
        # a member's rank (RANK_CUE after the first: "le second"), not one more ("un
        # troisième est resté au Bélarus") nor "the other side"
        end = doc.clause(start).end
        rank = doc.cues.within("RANK_CUE", start, end)[:1]
        if (
            not rank
            or rank[0].key == "1"
            or start in ranked
            or between(doc.facts.mentions, start, rank[0].start)
        ):
            continue
        after = [m for m in between(doc.facts.mentions, rank[0].end, end) if m.kind != "cue"][:1]
        if after and after[0].kind == "verb" and after[0].extra.get("noun"):
            continue  # "the second incursion took place at 09:05": a rank of crossings
        # a crossing of its own, not a fall in another state ("the second fell in a
        # field in Ukraine": ``_fell_elsewhere``)
        if bisect.bisect_left(told, start) < bisect.bisect_left(told, end) and not _fell_elsewhere(
            doc, rank[0].start, end, ctx.anchor.goal_state
        ):
            ranked.append(start)
    return sorted(ranked)


def _member_told_between(ctx: Ctx, anchor: Anchor, pos: int) -> bool:
    """ "Deux drones ont violé ... ; l'un s'est écrasé près de X, l'autre est reparti
    après 20 minutes": a word of one member (EACH_CUE) then a verb of no crossing of the
    record, between the crossing and the first ranked item at ``pos``, tells the first
    member; the ranked items are the members' doings, not the crossing split in items,
    and the group keeps its count."""
    doc = ctx.doc
    mine = {a.verb.span for a in ctx.draft.anchors if a.verb is not None}
    for cue in doc.cues.within("EACH_CUE", anchor.span[1], pos):
        told = [m for m in between(doc.facts.mentions, cue.end, pos) if m.kind not in ("cue", "number")][:1]
        if told and told[0].kind == "verb" and not told[0].extra.get("noun") and told[0].span not in mine:
            return True
    return False


def _first_of_parts(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "Four Belarusian helicopters crossed ...(,|.) Two of them flew over X at 10:30,
    the other two over Y at 11:05": a group whose parts are told right after the
    crossing, each by a counted partitive (the first one right after the crossing, in
    its sentence or opening the next; the others opening the items whose verb is left
    out), the counts adding up to the group's, is the first part in the crossing's
    record; the other items are records of their own."""
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    after = [m for m in between(doc.facts.mentions, ctx.anchor.span[1], sent.end) if m.kind != "cue"]
    first = next((m for m in after if m.kind == "aircraft"), None)
    if first is None:
        start = next_start(doc.text, sent.end)
        if start >= ctx.region.end:
            return a
        sent = doc.sentence(start)
        first = next((m for m in between(doc.facts.mentions, start, sent.end) if m.kind != "cue"), None)
        if first is None or first.kind != "aircraft" or doc.text[start : first.span[0]].strip():
            return a
    parts = [p for p in between(doc.facts.aircraft, first.span[0], sent.end) if p.partitive and p.count]
    if len(parts) < 2 or parts[0].span[0] != first.span[0]:
        return a
    gapped = doc.seg.gapped_in(parts[0].span[1], sent.end)
    opened = [
        p for p in parts[1:] if any(g <= p.span[0] and not _anything_told(doc, g, p.span[0]) for g in gapped)
    ]
    if len(opened) != len(parts) - 1 or sum(p.count or 0 for p in parts) != a.count:
        return a
    told = {m.kind for p in opened for m in between(doc.facts.mentions, p.span[1], sent.end)}
    if not told & {"time", "location"}:
        return a  # "...; les deux autres sont repartis au bout de dix minutes": no crossing of their own
    n = parts[0].count or 1
    return dataclasses.replace(a, span=parts[0].span, count=n, counted=True, plural=n > 1)


def _anything_told(doc: Doc, lo: int, hi: int) -> bool:
    """Is anything but a cue told in [lo, hi)?"""
    return any(m.kind != "cue" for m in between(doc.facts.mentions, lo, hi))


def _first_ranked_next(ctx: Ctx, end: int) -> bool:
    """Does the sentence after the one ending at ``end``, in the episode, open with the
    rank 1 (RANK_CUE key "1": "The first crossed ...") told of an aircraft, not of a
    crossing ("The first violation occurred ...": a noun of crossing right after it)?"""
    doc = ctx.doc
    start = next_start(doc.text, end)
    if start >= ctx.region.end:
        return False
    cue = doc.cues.starting_at("RANK_CUE", start, doc.text)
    if cue is None or cue.key != "1":
        return False
    told = [m for m in between(doc.facts.mentions, start, doc.sentence(start).end) if m.kind != "cue"][:1]
    if not told or doc.text[cue.end : told[0].span[0]].strip():
        return True
    return not (told[0].kind == "aircraft" or (told[0].kind == "verb" and told[0].extra.get("noun")))


def _opens_with_rank(ctx: Ctx, pos: int) -> bool:
    """Does the item that begins at ``pos`` open with its rank ("and the second at ...")?
    Not an indefinite rank beyond the group's count (ORDINAL_CUE numbered keys: "a
    third" after two), which tells one more aircraft."""
    doc = ctx.doc
    clause = doc.clause(pos)
    ranks = doc.cues.within("ORDINAL_CUE", pos, clause.end)[:1]
    if not ranks or between(doc.facts.mentions, pos, ranks[0].start):
        return False
    group = ctx.draft.aircraft
    if ranks[0].key.isdigit() and group is not None and group.count and int(ranks[0].key) > group.count:
        return False  # "two helicopters ..., and a third did so a day later": one more
    # "and the other two over Narewka": a count of the rest, not the rank of one
    told = between(doc.facts.aircraft, ranks[0].start, clause.end)[:1]
    return not (told and told[0].span[0] <= ranks[0].start and (told[0].count or 1) > 1)


def _one_more(ctx: Ctx) -> int:
    """ "A fourth crossed into ...", "un autre est entré": one more aircraft of the
    kind before, told with no noun (a ONE_MORE_CUE before the verb in its clause);
    "two more flew over X", "deux autres ont survolé X": as many as the cue's key
    counts (0: none told so; -1: more, no count told: key "some"). A cue inside an
    aircraft's phrase ("un Su-24 et deux autres chasseurs") is that aircraft's own
    count, not one of no noun; nor is the rank of a round ([verbs] ranked_round)."""
    verb = ctx.anchor.verb
    if verb is None or verb.noun:
        return 0  # "another violation took place": a new event, not one more aircraft
    if verb.key in frozenset(rules()["verbs"]["ranked_round"]):
        return 0  # "made a second pass over X and a third over Y": a round, no aircraft
    named = ctx.draft.aircraft
    lo = max(ctx.anchor.clause.start, named.span[1] if named is not None else 0)
    phrases = [a.span for a in between(ctx.doc.facts.aircraft, lo, ctx.anchor.span[0])]
    cues = [
        c
        for c in ctx.doc.cues.within("ONE_MORE_CUE", lo, ctx.anchor.span[0])
        if not any(s <= c.start and c.end <= e for s, e in phrases)
    ]
    if ctx.anchor.rule == "gapped":
        # "..., and on Tuesday three more over eastern Poland": the item's own words
        own = ctx.doc.cues.within("ONE_MORE_CUE", ctx.anchor.span[0], ctx.anchor.clause.end)
        cues = [max((c for c in own if c.start == own[0].start), key=lambda c: c.end)] if own else []
    if not cues:
        return 0
    key = cues[-1].key
    if key == "some":
        return -1  # "puis une vingtaine d'autres", "then about twenty more": more, no count told
    return int(key) if key.isdigit() else 1


def _one_more_of_kind(ctx: Ctx, a: Aircraft) -> Aircraft:
    """ "A Russian drone crossed ... A second aircraft entered ...", "Un drone ... Un
    autre appareil a franchi ...": a general word told as one more (a ONE_MORE_CUE in
    its phrase) is one more of the kind of the record's before it (its kind and role,
    not its model): the general word says nothing of the kind, the cue says it is the
    same again."""
    before = ctx.prev.aircraft if ctx.prev is not None else None
    if before is None or before.generic or before.category == "unknown":
        return a
    if not ctx.doc.cues.within("ONE_MORE_CUE", a.span[0], a.span[1]):
        return a
    return dataclasses.replace(a, category=before.category, role=before.role)


def _took_part(ctx: Ctx, later: Aircraft) -> bool:
    """ "Six Turkish F-16s took part in the violations", "six F-16 turcs ont pris part
    aux violations": aircraft told as taking part in the crossings (TOOK_PART_CUE after
    them in their clause, a noun of violation after it) name the crossing's aircraft in
    full, count and all."""
    doc = ctx.doc
    clause = doc.clause(later.span[0])
    return any(
        any(v.noun for v in between(doc.facts.verbs, c.end, clause.end))
        for c in doc.cues.within("TOOK_PART_CUE", later.span[1], clause.end)
    )


def _unmarked(ctx: Ctx) -> bool:
    """A language without articles (ARTICLE_STYLE "unmarked", Polish): no word tells the
    aircraft named again from a new one, so a later aircraft named in full may be the
    one a generic word stood for ("Wojskowe maszyny ... Dwa śmigłowce ...")."""
    return bool(ctx.doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))


def _reversed(ctx: Ctx) -> bool:
    """ "... and a Finnish drone crossed in the other direction": another aircraft,
    named anew (not "it", not "the plane" going home)."""
    subject = ctx.draft.aircraft
    if ctx.prev is None or subject is None or subject.definite:
        return False
    return any(ctx.doc.cues.within("REVERSE_CUE", c.start, c.end) for c in ctx.clauses)


# ------------------------------------------------------------------ violator
@resolver("violator_state", "reverse")
def _violator_reversed(ctx: Ctx) -> Found | None:
    a = ctx.rec.aircraft
    if not _reversed(ctx) or ctx.prev is None or ctx.prev.violated_state is None or (a and a.state):
        return None
    return Found(ctx.prev.violated_state.value, None)


def _violated_hint(ctx: Ctx) -> str | None:
    return ctx.anchor.goal_state


@resolver("violator_state", "aircraft")
def _ac_state(ctx: Ctx) -> Found | None:
    a = ctx.rec.aircraft
    if a is None or not a.state or made_by(ctx.doc, a.span):
        return None  # "беспилотник иранского производства": who made it
    owner = _owner_after(ctx, a)
    if owner is not None and owner.value != a.state and _a_body(ctx.doc, owner):
        # "un drone turc de l'armée burkinabè", "a Turkish drone of the Malian army":
        # the nationality says what it is, the army that flies it whose it is
        return owner
    launcher = _launched_by(ctx, a)
    if launcher is not None and launcher.value != a.state:
        # "Iranian Shahed drones launched by Russia", "des Shahed iraniens lancés par
        # Moscou": the nationality tells the make, the one that launched them whose they are
        return launcher
    return Found(a.state, a.span)


def _launched_by(ctx: Ctx, a: Aircraft) -> Found | None:
    """The state told as the agent of a verb of sending in the passive right after the
    aircraft's phrase, up to the crossing's verb, with no other aircraft between ("drones
    launched by Russia entered", "des drones lancés par la Russie dans l'espace aérien")."""
    doc = ctx.doc
    if not doc.seg.same_sentence(a.span[1], ctx.anchor.span[0]):
        return None
    sending = rules()["verbs"]["sending"]
    for v in between(doc.facts.verbs, a.span[1], ctx.anchor.span[1]):
        if v.key in sending and not between(doc.facts.aircraft, a.span[1], v.span[0]):
            return _agent_after(ctx, v)
    return None


def _a_body(doc: Doc, owner: Found) -> bool:
    """Is ``owner`` a state's body (an army, a government: a source of a state), not
    the bare name of a state ("un drone russe de l'Ukraine": whence, not whose)?"""
    return owner.span is not None and any(src.span == owner.span for src in doc.facts.sources)


@resolver("violator_state", "nationality_before")
def _nationality_before(ctx: Ctx) -> Found | None:
    """ "An Israeli Hermes drone", "a Russian Forpost-R drone": a nationality right
    before the aircraft's phrase, with only a name between them (words written with a
    capital or a digit, a model the lexicon does not know, no phrase of its own), is
    the aircraft's."""
    a = ctx.rec.aircraft
    if a is None:
        return None
    doc = ctx.doc
    sent = doc.sentence(a.span[0])
    told = [m for m in between(doc.facts.mentions, sent.start, a.span[0]) if m.kind != "cue"]
    if told and told[-1].kind == "source" and told[-1].extra.get("according"):
        return _according_ends_in_nationality(ctx, told[-1].span, a)
    if not told or told[-1].kind != "state" or not told[-1].extra.get("demonym"):
        return None
    st = told[-1]
    gap = doc.text[st.span[1] : a.span[0]]
    if not gap.strip() or not _only_name(gap):
        return None
    return Found(st.value, st.span) if st.value != _violated_hint(ctx) else None


def _according_ends_in_nationality(ctx: Ctx, src: Span, a: Aircraft) -> Found | None:
    """ "Według Mińska polski dron", "по данным Минска польский беспилотник": with no
    comma after "according to X", the nationality the source's phrase ends with is the
    aircraft's right after it (only white space between), when a name is told right
    before it ("selon l'armée lituanienne deux ballons": the army's nationality)."""
    doc = ctx.doc
    if doc.text[src[1] : a.span[0]].strip():
        return None
    words = doc.text[src[0] : src[1]].split()
    code = _demonym_of(doc, words[-1]) if len(words) > 2 else None
    if code is None or code == _violated_hint(ctx):
        return None
    # the source a name right before the nationality ("Mińska polski", "Минска
    # польский"), not a body it qualifies ("selon l'armée lituanienne deux ballons")
    if not words[-2][:1].isupper():
        return None
    return Found(code, (src[1] - len(words[-1]), src[1]))


def _demonym_of(doc: Doc, word: str) -> str | None:
    """The state whose [demonym] ``word`` is (matched as the scanner matches, stems
    too), or None."""
    node = doc.lexicon.folded
    for part in doc.lexicon.words_of(word):
        step = node.step(part)
        if step is None:
            return None
        node = step
    codes = {key for cls, key in (node.payload or []) if cls == "DEMONYM"}
    return codes.pop() if len(codes) == 1 else None


@resolver("violator_state", "noun_nationality")
def _noun_nationality(ctx: Ctx) -> Found | None:
    """ "Lebanon protested an Israeli violation of its airspace by two warplanes", "une
    violation israélienne de son espace aérien": a nationality told right next to a noun
    of violation of the draft (before it, or after it where the language puts its
    adjectives there; only white space between) is who committed it."""
    doc = ctx.doc
    hint = _violated_hint(ctx)
    for anchor in ctx.draft.anchors:
        if anchor.verb is None or not anchor.verb.noun:
            continue
        sent = doc.sentence(anchor.span[0])
        near = between(doc.facts.states, sent.start, anchor.span[0])[-1:]
        near += between(doc.facts.states, anchor.span[1], sent.end)[:1]
        for st in near:
            before = st.span[0] < anchor.span[0]
            lo, hi = (st.span[1], anchor.span[0]) if before else (anchor.span[1], st.span[0])
            if st.demonym and st.code != hint and (not doc.text[lo:hi].strip() or _bare_zone(doc, lo, hi)):
                return Found(st.code, st.span)
    return None


def _bare_zone(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi) a zone of no state and nothing else ("a Russian airspace violation":
    the nationality of the violation, the zone its first part)?"""
    zones = between(doc.facts.zones, lo, hi)
    return (
        len(zones) == 1
        and zones[0].state is None
        and not doc.text[lo : zones[0].span[0]].strip()
        and not doc.text[zones[0].span[1] : hi].strip()
    )


def _only_name(gap: str) -> bool:
    """Are the words of ``gap`` (at most two) a name: each written with a capital or a
    digit, or glued by a hyphen to the word before it ("Dash-8", "Hermes", "Mk2")?"""
    words = [w.lstrip("-") for w in gap.split()]
    return len(words) <= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


@resolver("violator_state", "own")
def _own(ctx: Ctx) -> Found | None:
    """ "Two of its helicopters", "deux de ses hélicoptères": the speaker's own, the
    state whose authority speaks in the sentence, else the state named before."""
    a = ctx.rec.aircraft
    doc = ctx.doc
    if a is None or not (a.own or doc.cues.ending_at("OWN_CUE", a.span[0], doc.text)):
        return None
    sent = doc.sentence(a.span[0])
    for src in between(doc.facts.sources, sent.start, sent.end):
        if src.state and src.state != _violated_hint(ctx):
            return Found(src.state, src.span)
    for s in reversed(between(doc.facts.states, sent.start, a.span[0])):
        if _told_as_place(doc, s):
            continue  # "struck a target in Syria; one of its jets ...": where, not whose
        if s.code != _violated_hint(ctx):
            return Found(s.code, s.span)
        return None  # "Israel said one of its jets crashed in northern Israel": at home
    return None


def _told_as_place(doc: Doc, s: StateRef) -> bool:
    """Is the state ``s`` told as a place, after a word of where or whence ("in Syria",
    "from Belarus", "over Latvia": LIES_IN_CUE, INSIDE_CUE, INTO_CUE, FROM_CUE, OVER_CUE
    right before it) or as a border's neighbour ("the border with Belarus":
    BORDER_WITH_CUE), not as one that acts or owns?"""
    classes = ("LIES_IN_CUE", "INSIDE_CUE", "INTO_CUE", "FROM_CUE", "OVER_CUE", "BORDER_WITH_CUE")
    return any(doc.cues.ending_at(cls, s.span[0], doc.text) for cls in classes)


@resolver("violator_state", "owner")
def _owner(ctx: Ctx) -> Found | None:
    """An owner told after the aircraft: right after it ("the aircraft of the Russian
    border service", "un avion du gouvernement russe") or, with a word of owning,
    anywhere after it in its clause ("identified as belonging to Russia")."""
    a = ctx.rec.aircraft
    if a is None:
        return None
    before = _owner_before(ctx, a)
    if before is not None:
        return before
    found = _owner_after(ctx, a) or _head_owner(ctx, a)
    # "a drone of Iranian design": who made it
    return None if found is None or (found.span is not None and made_by(ctx.doc, found.span)) else found


def _head_owner(ctx: Ctx, a: Aircraft) -> Found | None:
    """An item of a list apposed to a group told with its owner ("two helicopters of the
    Nicaraguan Army, a Mi-17 and a Mi-24, flew over ...", "dos helicópteros del Ejército
    de Nicaragua, un Mi-17 y un Mi-24, ..."): the group's owner (OWNER_CUE right after
    the group, a comma before the first item, the items joined by commas and "and")."""
    doc = ctx.doc
    told = between(doc.facts.aircraft, doc.sentence(a.span[0]).start, a.span[0])
    ands = doc.lexicon.folded_forms("AND")
    for k in range(len(told) - 1, -1, -1):
        head, items = told[k], [*told[k + 1 :], a]
        gap = doc.text[head.span[1] : items[0].span[0]].rstrip()
        if gap.endswith(",") and doc.cues.starting_at("OWNER_CUE", head.span[1], doc.text) is not None:
            joined = all(
                all(w.folded in ands for w in words_of(doc.text[x.span[1] : y.span[0]]))
                for x, y in zip(items, items[1:], strict=False)
            )
            found = _owner_after(ctx, head) if joined else None
            return found if found is not None and found.span and found.span[1] <= items[0].span[0] else None
    return None


def _owner_after(ctx: Ctx, a: Aircraft) -> Found | None:
    """The owner told after the aircraft phrase ``a`` (see ``_owner``)."""
    doc = ctx.doc
    clause = doc.clause(a.span[0])
    end = clause.end
    if not doc.text[a.span[1] : clause.end].strip(" ,\"»”'’"):
        # 'a "Mi-17", identified as belonging to Russia, flew ...': an apposition
        # opening right after the aircraft describes it
        end = doc.clause(clause.end).end if clause.end < len(doc.text) else end
    cues = [c for c in doc.cues.within("OWNER_CUE", a.span[1], end) if c.key == "belong"]
    right_after = doc.cues.starting_at("OWNER_CUE", a.span[1], doc.text)
    if right_after is not None:
        cues.insert(0, right_after)
    for cue in cues:
        # also a source whose phrase holds the word of owning ("Hubschrauber der
        # belarussischen Luftwaffe": the article of the genitive begins the source)
        for src in [x for x in between(doc.facts.sources, cue.start, end) if x.span[1] > cue.end][:1]:
            if src.state and _articles_only(doc, cue.end, src.span[0]) and not src.according:
                return Found(src.state, src.span)
        for st in after_cue(doc.facts.states, cue, end)[:1]:
            owned = _articles_only(doc, cue.end, st.span[0]) or _body_of_state(doc, cue.end, st.span[0])
            if owned and st.code != _violated_hint(ctx):
                return Found(st.code, st.span)
        told = _owner_before_verb(ctx, a, cue)
        if told is not None:
            return told
    return None


def _body_of_state(doc: Doc, lo: int, hi: int) -> bool:
    """ "Belonging to an agricultural company of Kyrgyzstan", « appartenant à une
    entreprise agricole du Kirghizistan », "принадлежащий сельскохозяйственному
    предприятию Кыргызстана": is [lo, hi), between a word of owning and a state, a body
    (OWNER_BODY_CUE) with at most three words before it (an article, adjectives), then
    the state's "of" (OWNER_CUE key "of", at most two words after the body: "agricole";
    or nothing where a case tells it)? Such a body of a state owns the aircraft as the
    state would."""
    bodies = doc.cues.within("OWNER_BODY_CUE", lo, hi)
    if not bodies or "," in doc.text[lo:hi] or len(words_of(doc.text[lo : bodies[-1].start])) > 3:
        return False
    body = bodies[-1]
    if not doc.text[body.end : hi].strip():
        return True
    links = [c for c in doc.cues.within("OWNER_CUE", body.end, hi + 1) if c.key == "of"]
    link = next((c for c in links if not doc.text[c.end : hi].strip(" '’")), None)
    return link is not None and len(words_of(doc.text[body.end : link.start])) <= 2


def _owner_before_verb(ctx: Ctx, a: Aircraft, cue: Cue) -> Found | None:
    """Where the verb closes the clause, the owner stands right before the word of owning:
    "eine Drohne, die nach Angaben Bakus dem Iran gehörte" (only articles between); not
    a state that a word of place leads to ("die in Polen gehört wurde": heard there)."""
    doc = ctx.doc
    if not doc.lexicon.verb_last:
        return None
    for st in between(doc.facts.states, a.span[1], cue.start)[-1:]:
        if any(doc.cues.leading_into(c, st.span[0], doc.text) for c in _PLACE_LINKS):
            return None
        if _articles_only(doc, st.span[1], cue.start) and st.code != _violated_hint(ctx):
            return Found(st.code, st.span)
    return None


#: words that make a state a place ("in Polen", "über Litauen"), not an owner
_PLACE_LINKS = ("INSIDE_CUE", "INTO_CUE", "OVER_CUE", "NEAR_CUE", "TOWN_IN_CUE", "FROM_CUE")


def after_cue(items: list[StateRef], cue: Cue, hi: int) -> list[StateRef]:
    """The states that begin after the word ``cue`` and before ``hi``, also one whose
    phrase holds the cue's last word ("pertence à" + "à Rússia": the contracted
    preposition read as the state phrase's own), not one that begins before it."""
    return [x for x in between(items, cue.start + 1, hi) if x.span[1] > cue.end]


def _articles_only(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi) empty or only articles ("belongs to the National Guard of Venezuela",
    "pertenece a la Guardia Nacional": the article of the owner's own phrase)?"""
    the = doc.lexicon.folded_forms("ART")
    return all(w.folded in the for w in words_of(doc.text[lo:hi]))


def _count_before_owner(ctx: Ctx, a: Aircraft) -> Aircraft:
    doc = ctx.doc
    owner = _owner_before(ctx, a)
    if owner is None or owner.span is None:
        return a
    sent = doc.sentence(a.span[0])
    nums = [m for m in between(doc.facts.mentions, sent.start, owner.span[0]) if m.kind == "number"][-1:]
    for m in nums:
        if not doc.text[m.span[1] : owner.span[0]].strip() and isinstance(m.value, (int, float)):
            if float(m.value).is_integer() and m.value > 0:
                return dataclasses.replace(a, count=int(m.value))
    return a


def _owner_before(ctx: Ctx, a: Aircraft) -> Found | None:
    """An owner named as a modifier right before the aircraft noun: "two Chinese Army
    helicopters", "Russian Air Force jets", "a US Coast Guard Dash-8 aircraft" (only a
    name the lexicon does not know between them). Not a source told after "according to"
    with no comma ("nach litauischen Angaben zwei Ballons", "selon l'armée lituanienne deux
    ballons"): who tells of the aircraft, not whose it is."""
    doc = ctx.doc
    sent = doc.sentence(a.span[0])
    for src in between(doc.facts.sources, sent.start, a.span[0])[-1:]:
        if src.according:
            return None
        if src.state and _only_name(doc.text[src.span[1] : a.span[0]]) and src.state != _violated_hint(ctx):
            return Found(src.state, src.span)
    return None


@resolver("violator_state", "described")
def _described(ctx: Ctx) -> Found | None:
    """A nationality told of the aircraft between it and its verb, in a clause that
    describes it: "un hélicoptère ayant décollé d'un navire des garde-côtes chinois a
    pénétré", "a drone operated by the Russian army entered" (an organisation or a
    nationality, never a bare state name: "from Belarus" is a direction)."""
    a = ctx.rec.aircraft
    at = ctx.anchor.span[0]
    verb = ctx.anchor.verb
    if verb is not None and verb.span[0] < at:
        # between the aircraft and its verb: one more state listed after the verb ("crossed
        # Latvian, Lithuanian and Estonian airspace") is crossed, no description
        at = verb.span[0]
    if a is not None and a.span[0] >= at:
        a = _group_of_member(ctx, a)
    if a is None or not (a.span[1] <= at) or not ctx.doc.seg.same_sentence(a.span[0], at):
        return None
    doc = ctx.doc
    # up to another verb told with its own zone: a state after it is that verb's goal
    # ("avait traversé les espaces aériens roumain et hongrois avant d'entrer dans ...");
    # or up to a verb of coming down: a state after it is where the aircraft fell ("s'est
    # écrasé dans un champ moldave après avoir traversé", "crashed in a Moldovan field")
    down = rules()["verbs"]["coming_down"]
    at = next(
        (
            v.span[0]
            for v in between(doc.facts.verbs, a.span[1], at)
            if between(doc.facts.zones, v.span[1], at) or (v.key in down and not v.noun)
        ),
        at,
    )
    if _told_per_member(ctx, a, at):
        return None
    # a word of saying by another ("un drone, selon des sources russes, a violé", « d'après
    # des médias biélorusses »): the sources and states after it are who says so
    said = doc.mention_cues("according", a.span[1], at)
    hi = said[0].span[0] if said else at
    for src in between(doc.facts.sources, a.span[1], hi):
        if (
            src.state
            and src.state != _violated_hint(ctx)
            and not src.according
            and not _says(doc, src.span, at)
        ):
            return Found(src.state, src.span)
    for s in between(doc.facts.states, a.span[1], hi):
        if s.demonym and s.code != _violated_hint(ctx) and not made_by(doc, s.span):
            return Found(s.code, s.span)
    return _carrier_state(ctx, a, at)


def _told_per_member(ctx: Ctx, a: Aircraft, at: int) -> bool:
    """ "Deux drones, l'un russe et l'autre ukrainien, ont pénétré", "Two drones, one
    Russian and the other of unknown origin, entered": a group of more than one whose
    description before its verb tells two nationalities, or one and a word of unknown
    origin (UNKNOWN_ORIGIN_CUE), tells each member's, no state of the whole group."""
    if not (a.plural or (a.count or 1) > 1):
        return False
    doc = ctx.doc
    codes = {s.code for s in between(doc.facts.states, a.span[1], at) if s.demonym}
    return len(codes) > 1 or (len(codes) == 1 and bool(doc.cues.within("UNKNOWN_ORIGIN_CUE", a.span[1], at)))


def _group_of_member(ctx: Ctx, member: Aircraft) -> Aircraft | None:
    """ "Deux avions, vraisemblablement russes, ont violé ... Le premier, un Il-20, ...":
    a member told after the crossing (the record of one item of the group) is described
    by what is told of its group, the counted subject of the crossing before it."""
    told = subjects(ctx.doc, ctx.anchor)
    if len(told) != 1 or told[0].span[1] > ctx.anchor.span[0] or (told[0].count or 0) < 2:
        return None
    return told[0] if (member.count or 1) < (told[0].count or 0) else None


def _says(doc: Doc, span: Span, hi: int) -> bool:
    """Is the phrase at ``span`` the subject of a word of saying right after it, or of a
    relative clause opened right before it that tells no owning up to ``hi`` ("the
    drone, which Lithuanian officials said (believe) was Russian, ...": who speaks or
    thinks so, not whose; "ein Hubschrauber, der den belarussischen Grenztruppen
    gehört": whose)?"""
    if _say_right_after(doc, span):
        return True
    rel = doc.cues.ending_at("WHETHER_CUE", span[0], doc.text)
    return rel is not None and rel.key == "relative" and not doc.cues.within("OWNER_CUE", span[1], hi)


def _carrier_state(ctx: Ctx, a: Aircraft, at: int) -> Found | None:
    """ "Four Russian warships sailed south of Crete when a helicopter launched from one
    of them flew over Gavdos": an aircraft told taking off from a member of a group
    (``Doc.carriers`` between it and its crossing) is of the state of that group, the
    nationality told last before the aircraft, in its sentence or the one before (not
    the state crossed)."""
    doc = ctx.doc
    hi = max(at, *(x.span[1] for x in ctx.draft.anchors))  # "launched from one of them": a verb
    if not any(a.span[1] <= lo < hi for lo, _ in doc.carriers):
        return None
    sent = doc.sentence(a.span[0])
    lo = doc.sentence(sent.start - 1).start if sent.start else sent.start
    told = [(s.span, s.code) for s in between(doc.facts.states, lo, a.span[0]) if s.demonym]
    # "three Chinese coast guard ships": a nationality told with a force
    told += [
        (x.span, x.state) for x in between(doc.facts.sources, lo, a.span[0]) if x.state and not x.according
    ]
    for span, code in sorted(told, reverse=True):
        if code != _violated_hint(ctx):
            return Found(code, span)
    return None


def made_by(doc: Doc, span: Span) -> bool:
    """Is the nationality at ``span`` who made the aircraft, not whose it is ("de
    fabrication iranienne", "of Iranian design", "Iranian-made", "иранского
    производства": MADE_CUE right before it, key "before", or right after it, key
    "after")?"""
    sent = doc.sentence(span[0])
    text = doc.text
    if any(
        c.key == "before" and not text[c.end : span[0]].strip()
        for c in doc.cues.within("MADE_CUE", sent.start, span[0])
    ):
        return True
    # the word after it, maybe joined by a hyphen: "Iranian-made", "иранского производства";
    # after a nationality only ("a Belarusian helicopter made an incursion": a verb)
    words = text[span[0] : span[1]].split()
    if not words or _demonym_of(doc, words[-1].strip(",;:")) is None:
        return False
    after = [c for c in doc.cues.within("MADE_CUE", span[1], sent.end) if c.key == "after"][:1]
    return bool(after) and not text[span[1] : after[0].start].strip(" -‑")


@resolver("violator_state", "sender")
def _sender(ctx: Ctx) -> Found | None:
    """Who sent or flew them, named as the subject before the verb of sending in the
    anchor's sentence: "Belarus has flown balloons into", "la Corée du Nord a lancé";
    not a state told as where they came from (``FROM_CUE``: German "Drohnen aus Belarus
    sind ... geflogen")."""
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    sending = rules()["verbs"]["sending"]
    sends = [v for v in between(doc.facts.verbs, sent.start, ctx.anchor.span[1]) if v.key in sending]
    for v in sends:
        found = _subject_of(ctx, v) or _agent_after(ctx, v)
        if found is not None:
            return found
    return None


@resolver("violator_state", "means")
def _by_means(ctx: Ctx) -> Found | None:
    """ "Turkey violated Greek airspace with two F-16 jets", "la Russie a violé l'espace
    aérien estonien avec un Il-20": the record's aircraft told after the verb of
    crossing as its means (MEANS_CUE right before it, or before the first item of its
    list: "with two F-16s and a TB2 drone"), a state named as the verb's subject
    (``_subject_of``) is whose they are. Told before the verb, as the means of an
    earlier deed of its sentence or paragraph ("Iran struck camps near Koya with drones,
    violating Iraqi airspace", "..., the latest violation of Iraqi airspace", "l'Iran a
    frappé avec des drones ..., violant"), the state named as the subject of that deed
    (``_subject_before``)."""
    a, verb = ctx.rec.aircraft, ctx.anchor.verb
    if a is None or verb is None or of_unknown_origin(ctx):
        return None
    items = [t.aircraft.span[0] for t in ctx.draft.siblings if t.aircraft is not None]
    first = min([a.span[0], *items])
    doc = ctx.doc
    means = doc.cues.ending_at("MEANS_CUE", first, doc.text)
    if means is None:
        return None
    if first < ctx.anchor.span[1]:
        # the deed's sentence may be the one before, the crossing told of it after, in
        # its paragraph: "... with drones. Baghdad called it a violation of its airspace"
        same_para = doc.paragraph(first).nth == doc.paragraph(ctx.anchor.span[0]).nth
        return _subject_before(ctx, means.start, sent_before=False) if same_para else None
    if verb.noun or not doc.seg.same_sentence(first, verb.span[0]):
        return None
    found = _subject_of(ctx, verb)
    if found is None or found.span is None:
        return None
    # "Greece said its airspace was violated with a drone": a zone told as the subject
    # of the passive, the state before it the one that speaks
    between_them = between(doc.facts.mentions, found.span[1], verb.span[0])
    return None if any(m.kind == "zone" or m.value == "say" for m in between_them) else found


def _agent_after(ctx: Ctx, v: Verb) -> Found | None:
    """The state told as the agent of a verb of sending in the passive, right after it
    ("balloons launched by North Korea", "des ballons lancés par la Corée du Nord":
    AGENT_CUE and nothing else between); not the violated state."""
    force = _force_agent(ctx, v)
    if force is not None:
        return force
    return _state_agent_at(ctx, v.span[1], ctx.doc.clause(v.span[0]).end)


def _state_agent_at(ctx: Ctx, end: int, hi: int, skip: str = "") -> Found | None:
    """The state named first after ``end`` (before ``hi``) as an agent: AGENT_CUE right
    before it, nothing but spaces and the marks of ``skip`` between ``end`` and the cue;
    not a nationality, not the violated state."""
    doc = ctx.doc
    for s in between(doc.facts.states, end, hi)[:1]:
        cue = doc.cues.ending_at("AGENT_CUE", s.span[0], doc.text)
        if s.demonym or cue is None or s.code == _violated_hint(ctx):
            return None
        if doc.text[end : cue.start].strip(" \t\n\u00a0\u202f" + skip):
            return None
        return Found(s.code, s.span)
    return None


def _force_agent(ctx: Ctx, v: Verb) -> Found | None:
    """A state's force told as the agent right after ``v`` ("launched by Russian forces",
    "lancés par l'armée russe": AGENT_CUE, then an authority with a state); not the
    violated state's."""
    doc = ctx.doc
    cue = doc.cues.starting_at("AGENT_CUE", v.span[1], doc.text)
    if cue is None:
        return None
    for src in between(doc.facts.sources, cue.start, doc.clause(v.span[0]).end)[:1]:
        if doc.text[cue.end : src.span[0]].strip(" '’") or src.according or not src.authority:
            return None
        if src.state and src.state != _violated_hint(ctx):
            return Found(src.state, src.span)
    return None


def _subject_of(ctx: Ctx, v: Verb) -> Found | None:
    """The state named as the subject of the verb of sending ``v`` (``_subject_before``
    it; a verb that closes its clause has its object before it)."""
    sent_before = ctx.doc.lexicon.verb_last and v.key in rules()["verbs"]["object_only"]
    return _subject_before(ctx, v.span[0], sent_before=bool(sent_before))


def _subject_before(ctx: Ctx, at: int, *, sent_before: bool) -> Found | None:
    """The state named as the subject before ``at`` in its clause (not a nationality,
    not the violated state, not where they came from, no aircraft between unless
    ``sent_before``), or else a state's armed force so named."""
    doc = ctx.doc
    clause = doc.clause(at)
    # "Greece accused the Turkish air force of sending ...": the one accused sends, not
    # the accuser (only what follows the word of accusation can be the subject)
    lo = max([clause.start] + [c.end for c in doc.cues.within("ACCUSE_CUE", clause.start, at)])
    states = [
        s
        for s in between(doc.facts.states, lo, at)
        if not s.demonym
        and s.code != _violated_hint(ctx)
        and doc.cues.ending_at("FROM_CUE", s.span[0], doc.text) is None
        and not _told_as_goal(doc, s)
        and not made_by(doc, s.span)  # "drones made in Iran and launched by Russia"
    ]
    # a verb of sending that closes its clause has its object before it ("Minsk hat
    # Ballons in den Luftraum geschickt"): there the aircraft between is what was sent
    if states and (sent_before or not between(doc.facts.aircraft, states[-1].span[1], at)):
        return Found(states[-1].code, states[-1].span)
    if states:
        return None
    # "the Armenian army launched a drone into", "les forces arméniennes ont envoyé un
    # drone": a state's force (an authority with a nationality) is the sender
    forces = [
        s
        for s in between(doc.facts.sources, lo, at)
        if s.state and s.authority and not s.according and s.state != _violated_hint(ctx)
    ]
    if forces and (sent_before or not between(doc.facts.aircraft, forces[-1].span[1], at)):
        return Found(forces[-1].state, forces[-1].span)
    return None


def _told_as_goal(doc: Doc, s: StateRef) -> bool:
    """A state right after a word of entry that leads into it ("über die Grenze nach
    Litauen geflogen", « entrés au Cambodge »: INTO_CUE, COUNTRY_INTO_CUE) is where
    they went, never who sent them, even right before a verb that closes its clause."""
    links = ("INTO_CUE", "COUNTRY_INTO_CUE")
    return any(doc.cues.ending_at(c, s.span[0], doc.text) is not None for c in links)


@resolver("violator_state", "earlier_sender")
def _earlier_sender(ctx: Ctx) -> Found | None:
    """The sender told in an earlier sentence of the paragraph (or the paragraph
    before) of aircraft of the same kind, with no state of their own, when the
    crossing's own aircraft says none: "North Korea sent balloons toward the South
    overnight. // About 200 balloons crossed the border" (the sender's state)."""
    doc = ctx.doc
    a = ctx.rec.aircraft
    if a is None or a.state or ctx.apart() or _inherits_no_state(ctx):
        return None
    if ctx.prev is not None and ctx.prev.date is not None and ctx.counted_on_its_own_day(ctx.prev.date.value):
        return None  # "On 11 November, 19 drones entered ...": another incident's count
    if a.definite and ctx.prev is not None and _named_anew_elsewhere(ctx, ctx.prev):
        return None  # "... roumain. // En Moldavie, un drone a été découvert. L'engin a survolé ..."
    hi = doc.sentence(ctx.anchor.span[0]).start
    para = doc.paragraph(ctx.anchor.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    sending = rules()["verbs"]["sending"]
    for v in reversed([v for v in between(doc.facts.verbs, lo, hi) if v.key in sending and not v.negated]):
        clause = doc.clause(v.span[0])
        agent = _agent_after(ctx, v)  # "102 of 109 drones launched by Russia": told in the passive
        sent = between(doc.facts.aircraft, clause.start, v.span[0])[-1:] if agent else []
        sent = sent or between(doc.facts.aircraft, v.span[1], clause.end)
        if not sent or sent[0].category != a.category or sent[0].state:
            continue
        return agent or _subject_of(ctx, v)
    return None


@resolver("violator_state", "actor")
def _actor(ctx: Ctx) -> Found | None:
    """An armed force named as the one who crossed, with no aircraft named: "L'aviation
    turque a violé l'espace aérien grec", "the Russian air force violated ..." (a
    source with a nationality before the verb in its clause); or with aircraft of no
    state named for the crossing after an air force of another state
    (``_force_subject``). A crossing told by a noun is no act of the one before it:
    "the Lithuanian army recorded two airspace violations", "l'état-major grec fait état
    de trois violations" name who counted."""
    a = ctx.rec.aircraft
    if a is not None and (a.state or not _force_subject(ctx)):
        return None
    agent = noun_force_agent(ctx)
    if agent is not None and agent.state:
        return Found(agent.state, agent.span)
    verb = ctx.anchor.verb
    doc = ctx.doc
    at = ctx.anchor.span[0]
    force = _relative_force(ctx)
    if force is not None:
        return force
    for src in reversed(between(doc.facts.sources, ctx.anchor.clause.start, at)):
        if src.state and src.authority and not src.according and src.state != _violated_hint(ctx):
            if verb is not None and verb.noun:
                if _air_force_committed(ctx, src.span, at):
                    return Found(src.state, src.span)
            elif not between(doc.facts.cues, src.span[1], at):
                return Found(src.state, src.span)
    return None


def relative_antecedent(doc: Doc, clause: Scope) -> list[Source]:
    """ "... de nouvelles violations par l'aviation israélienne, qui a survolé le
    Liban-Sud", "the Israeli air force, which flew over Tyre": a clause opened by a
    relative of subject (RELATIVE_SUBJECT_CUE) is told of the source right before it,
    only a comma between; else none."""
    start = next_start(doc.text, clause.start)
    if doc.cues.opening("RELATIVE_SUBJECT_CUE", start) is None:
        return []
    told = between(doc.facts.sources, doc.sentence(clause.start).start, start)[-1:]
    return [s for s in told if not doc.text[s.span[1] : start].strip(" ,")]


def _force_subject(ctx: Ctx) -> bool:
    """Is an air force of a state (AIR_FORCE_CUE in a source) told before the anchor in
    its clause, of another state than the one crossed (the anchor's goal, known: "L'aviation
    turque a violé l'espace aérien grec ... Parmi les appareils figuraient quatre F-16"):
    the aircraft of no state told for the crossing are that force's?"""
    doc = ctx.doc
    crossed = ctx.anchor.goal_state
    return crossed is not None and any(
        s.state and s.state != crossed and doc.cues.within("AIR_FORCE_CUE", *s.span)
        for s in between(doc.facts.sources, ctx.anchor.clause.start, ctx.anchor.span[0])
    )


def _relative_force(ctx: Ctx) -> Found | None:
    """ "... par l'aviation israélienne, qui a survolé samedi le Liban-Sud": a state's air
    force (AIR_FORCE_CUE) told right before the relative of subject opening the
    verb's clause (``relative_antecedent``), nothing else between the relative and the
    verb, is who crossed, as when it is the verb's subject."""
    doc = ctx.doc
    verb = ctx.anchor.verb
    if verb is None or verb.noun:
        return None
    for src in relative_antecedent(doc, ctx.anchor.clause):
        rel = doc.cues.opening("RELATIVE_SUBJECT_CUE", next_start(doc.text, ctx.anchor.clause.start))
        if (
            rel is not None
            and src.state
            and not src.according
            and src.state != _violated_hint(ctx)
            and doc.cues.within("AIR_FORCE_CUE", *src.span)
            and not between(doc.facts.cues, rel.end, ctx.anchor.span[0])
        ):
            return Found(src.state, src.span)
    return None


@resolver("violator_state", "noun_agent")
def _noun_agent(ctx: Ctx) -> Found | None:
    """ "A drone entered Moldovan airspace on Monday. The president condemned a flagrant
    violation of Moldovan airspace by Russia", "« une violation flagrante de l'espace
    aérien moldave » par la Russie": a state told as the agent (AGENT_CUE) of a noun of
    crossing of the record, right after the noun's goal (nothing but closing quotes or
    brackets between), is the one that crossed; not the violated state, not a
    nationality ("by Russian drones" names aircraft)."""
    for anchor in ctx.draft.anchors:
        if anchor.verb is None or not anchor.verb.noun or anchor.goal is None:
            continue
        end = max(anchor.span[1], anchor.goal_span[1])
        found = _state_agent_at(ctx, end, anchor.clause.end, "»”\"')")
        if found is not None:
            return found
    return None


def noun_force_agent(ctx: Ctx) -> Source | None:
    """ "22 violations of Greek airspace by the Turkish air force", "trois incursions
    dans son espace aérien par l'armée de l'air turque": a state's air force
    (AIR_FORCE_CUE in a source of a state other than the crossed one) told as the
    agent (AGENT_CUE) of the anchor's noun of crossing: nothing but the goal between
    the noun and the word of agent ("are watched by the Italian air force": a verb)."""
    verb = ctx.anchor.verb
    if verb is None or not verb.noun:
        return None
    doc = ctx.doc
    end = max(ctx.anchor.span[1], ctx.anchor.goal_span[1])
    for src in between(doc.facts.sources, end, ctx.anchor.clause.end)[:1]:
        cue = doc.cues.ending_at("AGENT_CUE", src.span[0], doc.text)
        if (
            cue is None
            or doc.text[end : cue.start].strip()
            or src.state is None
            or src.according
            or src.state == _violated_hint(ctx)
            or not doc.cues.within("AIR_FORCE_CUE", src.span[0], src.span[1])
        ):
            return None
        return src
    return None


def _air_force_committed(ctx: Ctx, src: tuple[int, int], noun: int) -> bool:
    """ "L'aviation turque a commis quarante violations", "the Turkish air force
    committed forty violations": an air force (AIR_FORCE_CUE in the source) told as
    doing the crossings a noun tells (COMMIT_CUE right after it, then only a day and a
    count before the noun) is their doer, not one that counted them: "the Nigerien air
    force recorded 7 violations" (a word of keeping count, ``Doc.recording``) names who
    counted."""
    doc = ctx.doc
    if not doc.cues.within("AIR_FORCE_CUE", src[0], src[1]):
        return False
    cues = doc.cues.within("COMMIT_CUE", src[1], noun)
    if not cues or doc.text[src[1] : cues[0].start].strip() or doc.recording(cues[0].start, cues[0].end):
        return False
    told = between(doc.facts.mentions, cues[0].end, noun)
    return all(m.kind in ("date", "number", "zone") for m in told)


@resolver("violator_state", "accused")
def _accused(ctx: Ctx) -> Found | None:
    """The object of an accusation: "accused Laos of violating", "accuse la Russie
    d'avoir violé" (the state right after the accusing word, or after the day the
    accusation was made: "a accusé samedi l'Arménie d'avoir violé"), unless the deed is
    an answer to the aircraft ([verbs] response: "accused Algeria of shooting down a
    drone" names who fired). Not of an aircraft
    said to be of no known origin ("Le Niger a accusé le Bénin ... Selon Niamey, un drone
    non identifié a survolé ...": the text names no owner). The accusation may tell the
    crossing again after the sentence that told it first ("A drone entered Moldovan
    airspace on Monday. Moldova accused Russia of violating its airspace."): each
    anchor of the record is read, the first one first."""
    if of_unknown_origin(ctx):
        return None
    for anchor in ctx.draft.anchors:
        found = _accused_of(ctx, anchor)
        if found is not None:
            return found
    return _accusing_after(ctx, ctx.doc.sentence(ctx.anchor.span[0]))


def _accused_of(ctx: Ctx, anchor: Anchor) -> Found | None:
    """The state an accusation told before ``anchor`` in its sentence names."""
    doc = ctx.doc
    if answered_by_accused(doc, anchor) is not None:
        return None  # "accused Algeria of shooting down a drone": who answered, not whose
    sent = doc.sentence(anchor.span[0])
    for cue in doc.cues.within("ACCUSE_CUE", sent.start, anchor.span[1]):
        # the passive's word may open the verb's phrase ("was accused of violating")
        before = _accused_before(ctx, sent.start, cue.start) or _accused_in_passive(
            ctx, sent.start, cue.start
        )
        if before is not None:
            return before
        if cue.start >= anchor.span[0]:
            continue
        nxt = [s for s in between(doc.facts.states, cue.end, anchor.span[0]) if not s.demonym]
        if nxt and _only_days_between(ctx, cue.end, nxt[0].span[0]):
            if _others_aircraft(ctx, nxt[0], anchor):
                return None  # "accused Chad of allowing Emirati cargo planes to ...": theirs
            if nxt[0].code != _violated_hint(ctx):
                return Found(nxt[0].code, nxt[0].span)
        # "a accusé dimanche l'armée rwandaise d'avoir fait voler des drones", "accused
        # the Russian air force of violating": a state's force is the accused
        for src in between(doc.facts.sources, cue.end, anchor.span[0])[:1]:
            if src.state and not src.according and _only_days_between(ctx, cue.end, src.span[0]):
                if src.state != _violated_hint(ctx):
                    return Found(src.state, src.span)
    return None


def _summons_end(ctx: Ctx, para: Scope) -> int:
    """Where a summons may be told of the crossing: its paragraph, or the next one when
    that tells no other aircraft nor a day of its own ("Moldova said a drone crashed
    near X on Sunday.\n\nThe foreign ministry summoned the Russian ambassador, saying
    the drone had been part of a Russian attack"): the story's next paragraph."""
    doc = ctx.doc
    scopes = doc.seg.paragraphs.scopes
    if para.nth + 1 >= len(scopes):
        return para.end
    nxt = scopes[para.nth + 1]
    if any(not a.definite for a in between(doc.facts.aircraft, nxt.start, nxt.end)):
        return para.end
    if any(d.extra.get("precision") == "day" for d in between(doc.facts.dates, nxt.start, nxt.end)):
        return para.end
    return nxt.end


@resolver("violator_state", "summoned")
def _summoned(ctx: Ctx) -> Found | None:
    """ "Sweden summoned the Russian ambassador after a Su-24 entered its airspace",
    "l'Estonie a convoqué le chargé d'affaires de Russie": a diplomat of a state
    (ENVOY_CUE, its state named with it) called in (SUMMON_CUE, the diplomat in its
    clause, after the verb or else before it) in the crossing's paragraph is called
    in over it: that state is the one blamed, unless the aircraft is said to be of no
    known origin. Only of a crossing told with its aircraft: "summoned Russia's envoy
    over violations of its airspace" is the protest, no crossing of its own."""
    doc = ctx.doc
    if ctx.rec.aircraft is None or of_unknown_origin(ctx):
        return None
    para = doc.paragraph(ctx.anchor.span[0])
    for cue in doc.cues.within("SUMMON_CUE", para.start, _summons_end(ctx, para)):
        clause = doc.clause(cue.start)
        # the diplomat after the verb ("summoned the Russian ambassador"), else before
        # it in its clause ("hat den Geschäftsträger Russlands einbestellt", "the
        # Russian ambassador was summoned")
        after = doc.cues.within("ENVOY_CUE", cue.end, clause.end)[:1]
        lo, hi = (cue.end, clause.end) if after else (clause.start, cue.start)
        for envoy in after or doc.cues.within("ENVOY_CUE", clause.start, cue.start)[-1:]:
            state = _named_with(doc, envoy, lo, hi)
            if state is not None and state.code != _violated_hint(ctx):
                return Found(state.code, state.span)
    return None


def _named_with(doc: Doc, noun: Cue, lo: int, hi: int) -> StateRef | None:
    """The state named with ``noun`` in [lo, hi): right before it ("the Russian
    ambassador", "Russia's envoy") or right after it ("l'ambassadeur russe", "the
    ambassador of Russia", "le chargé d'affaires de la Russie"), no other mention and
    at most two words between."""

    def tight(a: int, b: int) -> bool:
        gap = doc.text[a:b]
        quiet = not between(doc.facts.mentions, a, b) and not any(c in gap for c in ",.;:")
        return quiet and len(gap.split()) <= 2

    before = between(doc.facts.states, lo, noun.start)[-1:]
    after = between(doc.facts.states, noun.end, hi)[:1]
    for s in before:
        if tight(s.span[1], noun.start):
            return s
    for s in after:
        if tight(noun.end, s.span[0]):
            return s
    return None


def _others_aircraft(ctx: Ctx, accused: StateRef, anchor: Anchor) -> bool:
    """ "Sudan accused Chad of allowing Emirati cargo planes to use its airspace, and
    said one such aircraft had crossed ...", "accused Benin of allowing a foreign
    surveillance plane to enter": aircraft of a third state, or told as foreign
    (``told_foreign``), named between the accused and the crossing are the ones
    accused of flying; the accused state let them (a leave, a route), no owner of
    theirs."""
    hint = _violated_hint(ctx)
    told = between(ctx.doc.facts.aircraft, accused.span[1], anchor.span[0])
    return any((a.state and a.state not in (accused.code, hint)) or told_foreign(ctx.doc, a) for a in told)


def told_foreign(doc: Doc, a: Aircraft) -> bool:
    """ "A foreign military aircraft", "un avion militaire étranger": an aircraft told
    as another state's, none named (FOREIGN_CUE in its phrase, right after it, or right
    before it: "ein fremdes Aufklärungsflugzeug")."""
    return (
        bool(doc.cues.within("FOREIGN_CUE", a.span[0], a.span[1]))
        or doc.cues.starting_at("FOREIGN_CUE", a.span[1], doc.text) is not None
        or doc.cues.ending_at("FOREIGN_CUE", a.span[0], doc.text) is not None
    )


def _accusing_after(ctx: Ctx, sent: Scope) -> Found | None:
    """ "'A drone violated our airspace,' the spokesman said, accusing Algeria", "...,
    a déclaré le porte-parole, accusant l'Algérie", "..., selon Minsk, qui accuse la
    Lituanie", "..., according to Minsk, which blamed Lithuania": a word of accusing set
    off by a comma (maybe after a relative pronoun, RELATIVE_SUBJECT_CUE) after the
    crossing in its sentence, its object a state right after it that closes the
    sentence, names the accused ("accusing Belarus of doing nothing to stop the
    smugglers" accuses it of something else); so does a sentence of accusing alone
    right after the crossing's ("... samedi. Minsk accuse la Lituanie.")."""
    doc = ctx.doc
    for cue in doc.cues.within("ACCUSE_CUE", ctx.anchor.span[1], sent.end):
        rel = doc.cues.ending_at("RELATIVE_SUBJECT_CUE", cue.start, doc.text)
        if not doc.text[sent.start : rel.start if rel else cue.start].rstrip().endswith(","):
            continue
        found = _accused_closing(ctx, cue.end, sent)
        if found is not None:
            return found
    return _accusing_next(ctx, sent)


def _accused_closing(ctx: Ctx, at: int, sent: Scope) -> Found | None:
    """The state named right after ``at`` (only days between) that closes the sentence
    ``sent``, or that only a noun of crossing closing it follows ("blamed Russia for the
    incident", "d'être responsable de l'incident"), not the violated one."""
    doc = ctx.doc
    nxt = [s for s in between(doc.facts.states, at, sent.end) if not s.demonym][:1]
    if not nxt or not _only_days_between(ctx, at, nxt[0].span[0]):
        return None
    # the state closes the sentence (accused of the crossing, not of something else),
    # or only a noun of crossing follows it ("blamed Russia for the incident")
    told = between(doc.facts.mentions, nxt[0].span[1], sent.end)
    if told:
        last = told[0]
        closes = len(told) == 1 and last.kind == "verb" and bool(last.extra.get("noun"))
        closes = closes and _ends_sentence(doc, last.span[1], sent)
    else:
        closes = _ends_sentence(doc, nxt[0].span[1], sent)
    return Found(nxt[0].code, nxt[0].span) if closes and nxt[0].code != _violated_hint(ctx) else None


def _ends_sentence(doc: Doc, pos: int, sent: Scope) -> bool:
    """Is there nothing but closing marks from ``pos`` to the end of the sentence ``sent``?"""
    return not doc.text[pos : sent.end].strip(" .!?»”\"'’")


def _accusing_next(ctx: Ctx, sent: Scope) -> Found | None:
    """ "Un drone a violé l'espace aérien biélorusse samedi. Minsk accuse la Lituanie.":
    the sentence right after the crossing's, in its paragraph, that tells no aircraft and
    no crossing, only its accuser and a word of accusing whose object closes it."""
    doc = ctx.doc
    if sent.end >= len(doc.text) or doc.paragraph(sent.end).start != doc.paragraph(sent.start).start:
        return None
    nxt = doc.sentence(sent.end)
    if nxt.start < sent.end or between(doc.facts.aircraft, nxt.start, nxt.end):
        return None
    if any(not v.noun for v in between(doc.facts.verbs, nxt.start, nxt.end)):
        return None
    if between(doc.facts.zones, nxt.start, nxt.end):
        return None
    cues = doc.cues.within("ACCUSE_CUE", nxt.start, nxt.end)[:1]
    if not cues or between(doc.facts.verbs, nxt.start, cues[0].end):
        return None
    return _accused_closing(ctx, cues[0].end, nxt)


def _accused_in_passive(ctx: Ctx, start: int, at: int) -> Found | None:
    """ "Sudan was accused of violating Chad's airspace", "has been accused by Chad of
    ...", "Le Soudan est accusé d'avoir violé", "a été accusé par le Tchad": the
    accused is the subject of the passive, a state right before the accusing word with
    only the passive's "be" between (PASSIVE_CUE: "was", "has been", "est", "a été")."""
    doc = ctx.doc
    named = [s for s in between(doc.facts.states, start, at) if not s.demonym][:1]
    if not named or any(m.span[1] <= at for m in between(doc.facts.mentions, named[0].span[1], at)):
        return None  # (the verb's phrase may hold the passive: "was accused of violating")
    be = doc.cues.ending_at("PASSIVE_CUE", at, doc.text)
    if be is None or doc.text[named[0].span[1] : be.start].strip() or named[0].code == _violated_hint(ctx):
        return None
    return Found(named[0].code, named[0].span)


def _accused_before(ctx: Ctx, start: int, at: int) -> Found | None:
    """ "Moldau hat Russland vorgeworfen, ... verletzt zu haben": in a language whose
    verb may close its clause (``verb_last``), the accused stands right before the
    accusing participle, after the accuser (a state or a state's authority)."""
    doc = ctx.doc
    if not doc.lexicon.verb_last:
        return None
    named = [s for s in between(doc.facts.states, start, at) if not s.demonym]
    if not named or between(doc.facts.mentions, named[-1].span[1], at):
        return None
    accuser = [s.span for s in named[:-1]] + [
        s.span for s in between(doc.facts.sources, start, named[-1].span[0])
    ]
    if not accuser or named[-1].code == _violated_hint(ctx):
        return None
    return Found(named[-1].code, named[-1].span)


@resolver("violator_state", "denier")
def _denier(ctx: Ctx) -> Found | None:
    """The state that denies the crossing told in its own sentence, when no aircraft
    says whose it is: "Moscow denied that three MiG-31s had violated Estonian airspace",
    "Russia denied violating ...", "le ministère russe a démenti que ...", the crossing
    going into another state named in it. A state denying that its own airspace was
    crossed is the violated one, never the violator, nor of what is told after its own
    airspace named in the denial ("Bucharest denied that Romanian airspace had been
    violated: the drone fell in Ukraine").
    The denier is the last state or state's authority before the denying word in its
    clause, with no aircraft between them."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    sent = doc.sentence(at)
    if _violated_hint(ctx) is None:
        return None  # "denied that a drone had violated its airspace": the denier's own
    for cue in reversed([c for c in between(doc.facts.cues, sent.start, at) if c.value == "deny"]):
        clause = doc.clause(cue.span[0])
        named = [(s.span, s.code) for s in between(doc.facts.states, clause.start, cue.span[0])]
        named += [(s.span, s.state) for s in between(doc.facts.sources, clause.start, cue.span[0]) if s.state]
        if not named:
            return None
        span, code = max(named, key=lambda n: n[0][1])
        if code == _violated_hint(ctx) or between(doc.facts.aircraft, clause.start, cue.span[0]):
            return None
        if any(z.state == code for z in between(doc.facts.zones, cue.span[1], at)):
            return None  # "denied that Romanian airspace was violated: the drone fell in Ukraine"
        return Found(code, span)
    return None


def _only_days_between(ctx: Ctx, lo: int, hi: int) -> bool:
    """Nothing but white space, commas, an elision's apostrophe or a day between
    ``lo`` and ``hi``."""
    doc = ctx.doc
    gap = list(doc.text[lo:hi])
    for m in between(doc.facts.dates, lo, hi):
        gap[m.span[0] - lo : m.span[1] - lo] = " " * (m.span[1] - m.span[0])
    return not "".join(gap).strip(" ,'’")


@resolver("violator_state", "demonym_in_clause")
def _demonym(ctx: Ctx) -> Found | None:
    """A nationality told of the aircraft in its clause ("believed to be Iranian", "de
    nationalité russe"), not the one of the zone."""
    doc = ctx.doc
    clause = ctx.anchor.clause
    a = ctx.rec.aircraft
    if of_unknown_origin(ctx):
        return None  # "a drone of unknown origin ... during a Russian attack"
    for s in between(doc.facts.states, clause.start, clause.end):
        if not s.demonym or s.code == _violated_hint(ctx) or made_by(doc, s.span):
            continue
        if _inside(s.span, ctx.anchor.goal_span):
            continue
        cues = doc.cues.within("IDENTITY_CUE", a.span[1], s.span[0]) if a is not None else []
        cues = [c for c in cues if c.key != "copula" and not _attached_past_verb(ctx, c)]
        if a is not None and cues:
            if between(doc.facts.aircraft, a.span[1], s.span[0]):
                continue  # "19 drones ..., four of them shot down by Polish jets": another's
            if _told_between(doc, cues[-1].start, s.span[0]):
                continue  # "near the town of Ocnita during a Russian attack": "of" is the town's
            return Found(s.code, s.span)
    return _predicate_nationality(ctx)


def _attached_past_verb(ctx: Ctx, cue: Cue) -> bool:
    """ "A drone crossed into Tajik airspace and hit a camp of a Chinese company", "a
    blessé deux ouvriers de nationalité chinoise": a word tied to the noun right before
    it (IDENTITY_CUE key "attached") told after the crossing's verb, itself after the
    aircraft, ties the nationality to a noun of the predicate, not to the aircraft
    ("a drone of Russian origin entered" keeps it). A word of being (key "copula") is
    read by _predicate_nationality."""
    v = ctx.anchor.verb
    a = ctx.rec.aircraft
    if cue.key == "copula":
        return True
    if cue.key != "attached" or v is None or v.noun or a is None:
        return False
    return a.span[1] <= v.span[0] and v.span[1] <= cue.start


def _predicate_nationality(ctx: Ctx) -> Found | None:
    """ "L'hélicoptère qui a survolé Kaplava était biélorusse", "the helicopter that flew
    over Kaplava was Belarusian", "A helicopter flew over Kaplava. The aircraft was
    Belarusian", "... Il appartenait à l'armée biélorusse": the aircraft's state told as
    a predicate (``_predicates``) after the record's aircraft, in its episode, by a
    clause whose subject is that aircraft (``_predicate_of``). One asked about, after a
    word of supposing in its sentence ("did not say whether the drone was Russian",
    « n'a pas précisé si l'appareil était russe »: a cue "hypo"), is not told."""
    doc = ctx.doc
    a = ctx.rec.aircraft
    if a is None or of_unknown_origin(ctx):
        return None
    for span, code, cue, key in _predicates(ctx, a.span[1], ctx.region.end):
        if code == _violated_hint(ctx) or made_by(doc, span):
            continue  # "was Russian-made": who made it
        if doc.mention_cues("hypo", doc.sentence(cue[0]).start, cue[0]):
            continue  # "did not say whether the drone was Russian": asked, not told
        if _predicate_of(ctx, a, cue, key, span):
            return Found(code, span)
    return None


def owned_by_violated(ctx: Ctx, violated: object) -> bool:
    """ "Debris of a drone was found near Rēzekne in Latvia. It belonged to the Latvian
    army", « l'armée lettone a indiqué que l'engin appartenait à ses propres forces »: the
    record's aircraft told, by a predicate of its own (``_predicates``, ``_predicate_of``)
    or by a word of owning before the speaker's own (OWN_CUE "its", "ses" right after an
    OWNER_CUE "belong": ``_own_predicates``), as the violated state's is that state's
    own flight, no crossing into it. One asked about (a cue "hypo" before it in its
    sentence) or told made there (``made_by``) is not."""
    doc = ctx.doc
    a = ctx.rec.aircraft
    if a is None or not isinstance(violated, str) or of_unknown_origin(ctx):
        return False
    told = _predicates(ctx, a.span[1], ctx.region.end) + _own_predicates(ctx, a.span[1], ctx.region.end)
    for span, code, cue, key in sorted(told):
        if code != violated or made_by(doc, span):
            continue
        if doc.mention_cues("hypo", doc.sentence(cue[0]).start, cue[0]):
            continue
        if _predicate_of(ctx, a, cue, key, span):
            return True
    return False


def _own_predicates(ctx: Ctx, lo: int, hi: int) -> list[tuple[Span, str, Span, str]]:
    """ "l'armée lettone a indiqué que l'engin appartenait à ses propres forces", "the
    army said the drone belonged to its own forces": a word of owning (OWNER_CUE
    "belong") in [lo, hi) right before the speaker's own (OWN_CUE), the owner the state
    or the state's authority named last before the word in its sentence; or right before
    an aircraft of a state (articles only between: « appartenaient à un appareil
    letton »), that state."""
    doc = ctx.doc
    found: list[tuple[Span, str, Span, str]] = []
    for c in doc.cues.within("OWNER_CUE", lo, hi):
        if c.key != "belong":
            continue
        craft = [x for x in between(doc.facts.aircraft, c.start + 1, hi) if x.span[1] > c.end][:1]
        if craft and craft[0].state and _articles_only(doc, c.end, max(c.end, craft[0].span[0])):
            # "les débris appartenaient à un appareil letton": an aircraft of that state
            found.append((craft[0].span, craft[0].state, (c.start, c.end), c.key))
        own = doc.cues.starting_at("OWN_CUE", c.end, doc.text)
        if own is None:
            continue
        sent = doc.sentence(c.start)
        named = [(x.span, x.state) for x in between(doc.facts.sources, sent.start, c.start) if x.state]
        named += [(x.span, x.code) for x in between(doc.facts.states, sent.start, c.start) if not x.demonym]
        if named:
            found.append(((own.start, own.end), max(named)[1], (c.start, c.end), c.key))
    return found


def _predicates(ctx: Ctx, lo: int, hi: int) -> list[tuple[Span, str, Span, str]]:
    """States told as a predicate in [lo, hi), with the span and the key of the word
    that tells it: a nationality right after a word of being or of likelihood
    (IDENTITY_CUE keys "copula", "predicate": "était biélorusse", "serait chinois", "was
    believed to be Russian"), or an owner right after a word of owning or of attributing
    (OWNER_CUE keys "belong", "attribute": "appartenait à l'armée chinoise", "belonged
    to the Russian air force", "qui l'attribue à la Russie", "attributed it to Russia")."""
    doc = ctx.doc
    found: list[tuple[Span, str, Span, str]] = []
    for s in between(doc.facts.states, lo, hi):
        cue = doc.cues.ending_at("IDENTITY_CUE", s.span[0], doc.text)
        if s.demonym and cue is not None and cue.key in ("copula", "predicate"):
            found.append((s.span, s.code, (cue.start, cue.end), cue.key))
    for c in doc.cues.within("OWNER_CUE", lo, hi):
        if c.key == "attribute_verb":
            c = _attributed_object(doc, c, hi) or c
        if c.key not in ("belong", "attribute"):
            continue
        srcs = [x for x in between(doc.facts.sources, c.end, hi)[:1] if x.state and not x.according]
        owners = [(x.span, x.state) for x in srcs]
        owners = owners or [(x.span, x.code) for x in after_cue(doc.facts.states, c, hi)[:1]]
        for span, code in owners:
            if code and _articles_only(doc, c.end, span[0]):
                found.append((span, code, (c.start, c.end), c.key))
    return sorted(found)


def _attributed_object(doc: Doc, verb: Cue, hi: int) -> Cue | None:
    """ "qui attribue les deux appareils à l'armée russe", "attributed the drone to
    Russia": a verb of attributing (OWNER_CUE key "attribute_verb") with an aircraft told
    again (definite) right after it, then a word of "to" (key "attribute_to") right
    after that: a word of attributing that holds its object, from the verb to the "to"
    (as "l'attribue à", key "attribute")."""
    told = between(doc.facts.aircraft, verb.end, hi)[:1]
    if not told or not told_as_known(doc, told[0]) or not _articles_only(doc, verb.end, told[0].span[0]):
        return None
    to = doc.cues.starting_at("OWNER_CUE", told[0].span[1], doc.text)
    if to is None or to.key != "attribute_to":
        return None
    return Cue(verb.cls, "attribute", verb.start, to.end)


def _predicate_of(ctx: Ctx, a: Aircraft, cue: Span, key: str, owner: Span) -> bool:
    """Is the predicate at ``cue`` (its word's ``key``) told of the aircraft ``a``? In
    its sentence with no aircraft told between them, or with only a definite word that
    refers back to it ("; l'appareil serait biélorusse", "ces appareils seraient
    rwandais"); in a later sentence, with such
    a word as its only aircraft, with a word of attributing that holds its object
    ("Chisinau l'attribue à la Russie", "officials attributed it to Russia"), or with a
    subject pronoun right before the word of being or owning (SUBJECT_PRONOUN_CUE: "Il
    était russe", "It belonged to ...") and the predicate ending its clause or its owner
    named ("It is Russian aggression" is not one)."""
    doc = ctx.doc
    sent = doc.sentence(cue[0])
    told = between(doc.facts.aircraft, max(sent.start, a.span[1]), cue[0])
    if len(told) == 1:
        # "l'appareil", "ces appareils" (DEMONSTRATIVE_CUE right before it): that aircraft again
        this = doc.cues.ending_at("DEMONSTRATIVE_CUE", told[0].span[0], doc.text)
        return (told[0].definite or this is not None) and not told[0].differs(a)
    if told:
        return False
    if sent.start <= a.span[0] < sent.end or key == "attribute":
        return True  # "l'hélicoptère qui a survolé ... était biélorusse"
    if doc.cues.ending_at("SUBJECT_PRONOUN_CUE", cue[0], doc.text) is None:
        return False
    rest = doc.text[owner[1] : doc.clause(owner[0]).end].strip()
    return not rest or not rest[0].isalnum() or bool(doc.cues.within("OWNER_CUE", *cue))


def _told_between(doc: Doc, lo: int, hi: int) -> bool:
    """Is anything told from a word of identity at ``lo`` to a nationality at ``hi``, or
    is the word part of a phrase ("near the town of Ocnita during a Russian attack":
    "of" is the town's)? Then the word is not that nationality's."""
    sent = doc.sentence(lo)
    return any(m.kind != "cue" and m.span[1] > lo for m in between(doc.facts.mentions, sent.start, hi))


def of_unknown_origin(ctx: Ctx) -> bool:
    """The record's aircraft is said to be of no known origin, in its phrase or right
    after it ("an unidentified drone", "a drone of unknown origin", "un drone non
    identifié", UNKNOWN_ORIGIN_CUE), or by a sentence after its crossing ("Its origin
    was not established", "Son origine n'a pas été établie"): it takes no nationality
    from another one."""
    a = ctx.rec.aircraft
    if a is None:
        return False
    doc = ctx.doc
    if doc.cues.within("UNKNOWN_ORIGIN_CUE", a.span[0], a.span[1]) or doc.cues.starting_at(
        "UNKNOWN_ORIGIN_CUE", a.span[1], doc.text
    ):
        return True
    # "A drone entered Polish airspace ... Its origin was not established": told after the
    # crossing, in its paragraph, before the next record's (ORIGIN_UNKNOWN_CUE)
    hi = min(ctx.region.end, doc.paragraph(ctx.anchor.span[0]).end)
    return bool(doc.cues.within("ORIGIN_UNKNOWN_CUE", ctx.anchor.span[1], hi))


def _another_told_before(ctx: Ctx) -> bool:
    """ "... un drone russe a violé l'espace aérien roumain. Le 13 février, un autre
    drone avait survolé Galați", "another drone had flown over Galați": one more aircraft
    (a word of another, ANOTHER_CUE, opening its phrase; one: "two other jets" are more
    of those), of no state of its own, whose crossing is told in a tense of before
    (PLUPERFECT_CUE in its clause) in a sentence after the record before: an earlier
    incident told in passing, not a member of that one's series; it takes no state
    from it."""
    doc, a, prev = ctx.doc, ctx.rec.aircraft, ctx.prev
    if a is None or a.state or a.plural or (a.count or 1) > 1 or prev is None:
        return False
    if prev.aircraft is None or doc.sentence(ctx.anchor.span[0]).start < prev.aircraft.span[1]:
        return False
    if not told_as_new(doc, a):
        # "Le 4 décembre, un drone avait franchi la frontière", "on 4 December a drone had
        # crossed the border": one named anew (not "the drone") in a tense of before, on
        # a day of its own, is an earlier incident's aircraft too
        # (the tense in the anchor's clause or the aircraft's: "un drone s'était écrasé
        # le 4 décembre après avoir franchi la frontière")
        return not a.definite and _pluperfect(ctx, a.span[0]) and _dated_other_than(ctx, prev)
    return _pluperfect(ctx) or _dated_other_than(ctx, prev)


def _earlier_on_own_day(ctx: Ctx, days: list[str]) -> bool:
    """Is the record's aircraft one named anew (no article of reference, one, no state),
    told in a tense of before on a day of its own, none of ``days`` (those told with an
    aircraft before it)? Then it is an earlier incident's (``_another_told_before``)."""
    a = ctx.rec.aircraft
    if a is None or a.definite or a.state or a.plural or (a.count or 1) > 1:
        return False
    own = ctx.days_told(ctx.anchor.span[0])
    return bool(own) and not set(own) & set(days) and _pluperfect(ctx, a.span[0])


def _pluperfect(ctx: Ctx, at: int | None = None) -> bool:
    """Is the anchor's clause (or the clause of ``at``) told in a tense of before
    (PLUPERFECT_CUE)?"""
    doc = ctx.doc
    clauses = [doc.clause(ctx.anchor.span[0])] + ([doc.clause(at)] if at is not None else [])
    return any(doc.cues.within("PLUPERFECT_CUE", c.start, c.end) for c in clauses)


def _dated_other_than(ctx: Ctx, prev: Slots) -> bool:
    """Does the anchor's sentence tell a day, month or year that the date of ``prev``
    is not in ("... on Wednesday. Інший дрон у жовтні пролетів над Резекне": a language
    with no pluperfect tells the earlier incident by its own date)?"""
    if prev.date is None or prev.date.value is None:
        return False
    day = str(prev.date.value)
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    width = {"day": 10, "month": 7, "year": 4}
    for m in between(doc.facts.dates, sent.start, sent.end):
        n = width.get(str(m.extra.get("precision")))
        if m.value is not None and n is not None and str(m.value)[:n] != day[:n]:
            return True
    return False


@resolver("violator_state", "previous")
def _violator_previous(ctx: Ctx) -> Found | None:
    if _inherits_no_state(ctx):
        return None
    prev = ctx.same_aircraft_before()
    if prev is None or prev.violator_state is None or _named_anew_elsewhere(ctx, prev):
        return None
    if _named_anew_in_item(ctx, prev):
        return None
    return Found(prev.violator_state.value, None)


def _inherits_no_state(ctx: Ctx) -> bool:
    """Does the record's aircraft take no nationality from an aircraft told in an
    earlier sentence: of unknown origin, one more told of an earlier incident, or the
    kind of a period's tally, or a state's part of a tally (``episodes._state_pieces``)
    or other crossings told by a noun ("two other violations, on the 2nd and the 6th")
    with no aircraft of their own, or a state's part told with one of no state ("15
    violations by drones, Romania 6"), or a tally whose aircraft was told in a
    paragraph before it (``borrowed_kind``), or a noun of crossing of another state in a
    paragraph of its own (``_noun_of_another_state``)?"""
    ac = ctx.rec.aircraft
    if ac is None and (ctx.draft.part_state is not None or others_of_noun(ctx)):
        return True
    if ac is None and ctx.prev is not None and ctx.prev.aircraft is not None:
        if _noun_of_another_state(ctx, ctx.prev.aircraft):
            return True  # a digest's next state: the aircraft the report does not name
    if ctx.draft.part_state is not None and ac is not None and ac.state is None:
        return True
    if ac is not None and ctx.rec.borrowed:
        return True  # a digest's tally in a paragraph of its own: not the crossing's before
    return of_unknown_origin(ctx) or _another_told_before(ctx) or _tally_of_kind(ctx)


def _tally_of_kind(ctx: Ctx) -> bool:
    """ "A Russian drone crashed near Rēzekne on Wednesday. // The army has registered 11
    violations of Latvian airspace by drones since January": a tally of a period's
    crossings (``episodes.tally_of_period``) whose aircraft names no state of its own
    counts drones of any sender: it takes no nationality from the crossing before."""
    a = ctx.rec.aircraft
    if a is not None and not a.state and _tally(ctx) and not _in_a_journey(ctx.doc, a):
        return True  # "A LOT airliner was diverted ... Poland has recorded 14 violations": not its
    return (a is None or not a.state) and tally_of_period(ctx.doc, ctx.anchor)


def _named_anew_in_item(ctx: Ctx, prev: Slots) -> bool:
    """ "- 14 février : deux drones russes pénètrent près d'Ocnița\n- 2 mai : un drone
    s'écrase près de Cahul": an aircraft named anew (not "the drone"), of no state of its
    own, in another item line of a list than the record before, is another item's
    aircraft: it takes no nationality from that one."""
    a, b = ctx.rec.aircraft, prev.aircraft
    if a is None or b is None or a.definite or a.state:
        return False
    return _other_item_lines(ctx.doc, a.span[0], b.span[0])


def _other_item_lines(doc: Doc, x: int, y: int) -> bool:
    """Are ``x`` and ``y`` told in two item lines of a list (``item_line``), or in two
    lines of a note that open with a state's name as a label ("Syria: two Israeli
    drones ...\nJordan: a drone ...", ``_state_label_line``)?"""
    text = doc.text
    lx, ly = line_of(text, x), line_of(text, y)
    if lx == ly:
        return False
    if item_line(text, lx[0]) and item_line(text, ly[0]):
        return True
    return _state_label_line(doc, lx[0]) and _state_label_line(doc, ly[0])


def _state_label_line(doc: Doc, start: int) -> bool:
    """Does the line opening at ``start`` open with a state's name (not a nationality)
    set apart by a colon or a dash, as a label of what the line tells ("Jordan: ...",
    "Jordanie : ...", "Lebanon – ...")?"""
    text = doc.text
    for s in between(doc.facts.states, start, line_of(text, start)[1])[:1]:
        if s.demonym or text[start : s.span[0]].strip():
            return False
        return text[s.span[1] : s.span[1] + 3].lstrip(" \t")[:1] in (":", "–", "—")
    return False


def _named_anew_elsewhere(ctx: Ctx, prev: Slots) -> bool:
    """ "19 Russian drones entered Polish airspace. On Saturday, a drone violated
    Romanian airspace", "un drone a pénétré dans l'espace aérien roumain": an aircraft
    named anew (not "the drone"), with no state of its own, crossing into another
    state than the record before is another aircraft: it takes no nationality from it."""
    a = ctx.rec.aircraft
    goal = ctx.anchor.goal_state
    if a is not None and a.definite:
        a = _named_anew_since(ctx, prev, a)
    if a is None or goal is None or prev.violated_state is None:
        return False
    return goal != prev.violated_state.value and not _more_of_them(ctx.doc, a)


def _named_anew_since(ctx: Ctx, prev: Slots, a: Aircraft) -> Aircraft | None:
    """ "Un drone russe a pénétré dans l'espace aérien roumain. // En Moldavie, un drone a
    été découvert à X. L'engin a survolé le sud du pays": a word that refers back ("the
    drone", "l'engin") to an aircraft named anew after the record before's, with no state
    of its own (the nearest told before it of its kind, in its paragraph or the one
    before, with no crossing of its own), is that one, named anew; None when it refers
    to no such one."""
    doc, b = ctx.doc, prev.aircraft
    if b is None:
        return None
    para = doc.paragraph(a.span[0])
    lo = max(b.span[1], doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start)
    for p in reversed(between(doc.facts.aircraft, lo, a.span[0])):
        if p.definite or p.partitive or (p.differs(a) and not (a.generic or a.category == "unknown")):
            continue
        return None if p.state else p
    return None


def _more_of_them(doc: Doc, a: Aircraft) -> bool:
    """ "Two other jets", "two more jets" (OTHERS_CUE in the aircraft's phrase): more
    of those told before, of their state."""
    return bool(doc.cues.within("OTHERS_CUE", a.span[0], a.span[1]))


@resolver("violator_state", "gapped_item")
def _gapped_item(ctx: Ctx) -> Found | None:
    """ "A Russian Il-20 entered ... at 10:12 and an An-26 at 14:50": an aircraft of no
    state told as a list item whose verb is left out (it opens the item, ``gapped_in``)
    is of the state told of the aircraft of the item told with the verb, the record
    before, named in the same sentence."""
    doc, a, prev = ctx.doc, ctx.rec.aircraft, ctx.prev
    if a is None or a.state or prev is None or prev.aircraft is None or prev.violator_state is None:
        return None
    b = prev.aircraft
    if b.state is None or b.state != prev.violator_state.value or of_unknown_origin(ctx) or ctx.apart():
        return None
    sent = doc.sentence(a.span[0])
    if not sent.start <= b.span[0] < a.span[0]:
        return None
    for g in doc.seg.gapped_in(b.span[1], a.span[1]):
        if g <= a.span[0] and not [m for m in between(doc.facts.mentions, g, a.span[0]) if m.kind != "cue"]:
            return Found(b.state, b.span)
    return None


def _more_than_told(a: Aircraft, prev: Aircraft) -> bool:
    """Is ``a`` a group counted more than the aircraft ``prev`` told before, counted
    or singular ("two drones" after "an Iranian drone", "Iranian drone")? Neither that
    aircraft nor a part of it: another, whose state that one's does not tell."""
    one = prev.counted or not prev.plural  # a singular noun tells one aircraft
    return (
        a.counted
        and one
        and not prev.partitive
        and isinstance(a.count, int)
        and isinstance(prev.count, int)
        and a.count > prev.count
    )


@resolver("violator_state", "earlier_aircraft")
def _earlier_aircraft(ctx: Ctx) -> Found | None:
    """The nationality of the aircraft told in an earlier sentence of the paragraph
    (or the one before) when this one says none: "Polish jets allegedly crossed ...
    At 16:22, the helicopter violated ..." (not that of the violated state); one named
    in an aside before the verb renames the aircraft before it: "a Turkish UAV,
    commonly known as a drone, flew over"; not into a sentence of another matter,
    ``Ctx.apart``)."""
    doc = ctx.doc
    a = ctx.rec.aircraft
    if a is None or a.state or ctx.apart() or _inherits_no_state(ctx):
        return None
    if ctx.prev is not None and ctx.prev.date is not None and ctx.counted_on_its_own_day(ctx.prev.date.value):
        return None  # "On 11 November, 19 drones entered ...": another incident's count
    if a.definite and ctx.prev is not None and _named_anew_elsewhere(ctx, ctx.prev):
        return None  # "... roumain. // En Moldavie, un drone a été découvert. L'engin a survolé ..."
    hi = doc.sentence(ctx.anchor.span[0]).start
    if a.span[1] <= ctx.anchor.span[0] and doc.seg.in_aside(a.span[0], ctx.anchor.span[0]):
        hi = a.span[0]
    para = doc.paragraph(ctx.anchor.span[0])
    heading = _heading_of_items(doc, para)
    if heading is not None and len(_heading_states(ctx, heading)[1]) > 1:
        return None  # "Russian and Belarusian helicopters near the border:\n- a Mi-8 ...": whose?
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    told = [p for p in between(doc.facts.aircraft, lo, hi) if not responder(doc, p)]
    # "Two Russian MiG-31s stayed outside. A third aircraft, an Il-20, entered ...": a
    # new member of the series told before is of its one state (none, if it has several)
    series = told_as_new(doc, a)
    if series and len({p.state for p in told if p.state}) > 1:
        return None
    origin = _origin_told(doc, a)
    for prev in reversed(told):
        if origin is not None and prev.state != origin:
            continue  # "a Finnair aircraft returned ... // a balloon from Belarus drifted into ...": another
        days = ctx.days_told(prev.span[0])
        if days and _summary_said_only(doc, prev.span[0]):
            days = []  # "helicopters violated it three times this week, X said on Thursday"
        if days and all(ctx.counted_on_its_own_day(day) for day in days):
            return None  # "Jets shot down four Russian drones on Sunday. On 11 May, 19 drones ..."
        if ctx.prev is None and not a.definite and a.differs(prev) and not series:
            continue  # "a Russian Il-20 flew over the Baltic. On Sunday a drone violated ...": another
        if not series and days and _earlier_on_own_day(ctx, days):
            continue  # "... a Russian drone on Monday. On 4 December a drone had crossed ...": another
        if not a.definite and _other_kind(a, prev) and not series:
            continue  # "two Belarusian helicopters entered ... On Friday, a balloon crossed ...": another
        if not a.definite and _more_than_told(a, prev):
            continue  # "...; Bahrain says Iranian drone skirted its FIR. // Two drones entered ...": another
        if not a.definite and not a.state and _other_item_lines(doc, a.span[0], prev.span[0]):
            continue  # "- 3 mars : deux drones russes ...\n- 9 juin : un drone ...": another item's
        if (
            not a.definite
            and not _more_of_them(doc, a)
            and not rank_apposed(doc, a)
            and (_crossed_elsewhere(doc, prev, ctx.anchor.goal_state) or _recorded_elsewhere(ctx, prev))
        ):
            return None  # "19 Russian drones entered Polish airspace. A drone violated Romanian ..."
        if prev.state and prev.state != ctx.anchor.goal_state:
            return Found(prev.state, prev.span)
        # "un drone appartenant aux forces armées maliennes ... l'appareil avait pénétré":
        # the owner told of the aircraft named before, when this one refers back to it
        # ("a Russian army helicopter ... the aircraft": the owner told before it)
        owner = (
            (_owner_before(ctx, prev) or _owner_after(ctx, prev))
            if a.definite and not prev.differs(a)
            else None
        )
        if owner is not None and owner.value != ctx.anchor.goal_state:
            return owner
    return None


def _summary_said_only(doc: Doc, at: int) -> bool:
    """Does the sentence at ``at`` count the crossings (a number of times: "violated Polish
    airspace three times this week", « à trois reprises ») and tell no day but the
    statement's ("the command said on Thursday")? Its items told on their own days after
    it are its own, not another incident's."""
    sent = doc.sentence(at)
    if not between(doc.facts.repetitions, sent.start, sent.end):
        return False
    days = [m for m in between(doc.facts.dates, sent.start, sent.end) if m.extra.get("precision") == "day"]
    return bool(days) and all(_told_with_speech(doc, m) for m in days)


@resolver("violator_state", "list_heading")
def _list_heading(ctx: Ctx) -> Found | None:
    """ "Turkish drone overflights have multiplied. The latest:\n- 26 October: a TB2 flew
    over Kos\n- 24 October: an Anka drone violated ...", "Les survols de drones turcs
    ... :\n- ...": a list's heading (``anchors.list_heading``) that names the
    nationality of the aircraft of its items, and no other state but the one violated,
    gives it to the aircraft of no state of each item, of the same kind or told by a
    general word; not with two nationalities ("Russian and Belarusian helicopters:")."""
    doc, a = ctx.doc, ctx.rec.aircraft
    if a is None or a.state or of_unknown_origin(ctx) or _another_told_before(ctx):
        return None
    lo = _heading_of_items(doc, doc.paragraph(ctx.anchor.span[0]))
    if lo is None:
        return None
    told, states = _heading_states(ctx, lo)
    if not told or len(states) != 1 or told[0].state not in states or _other_kind(a, told[0]):
        return None
    return Found(told[0].state, told[0].span)


def _heading_states(ctx: Ctx, lo: int) -> tuple[list[Aircraft], set[str]]:
    """The aircraft of a state named in the heading paragraph at ``lo``, and the
    nationalities it tells (its aircraft's, or adjectives: "Russian and Belarusian
    helicopters"), but the one violated; a state named by its name speaks or is
    violated ("Athens has logged ...")."""
    doc = ctx.doc
    head = doc.paragraph(lo)
    told = [p for p in between(doc.facts.aircraft, head.start, head.end) if p.state and not responder(doc, p)]
    states = {s.code for s in between(doc.facts.states, head.start, head.end) if s.demonym}
    states |= {str(p.state) for p in told}
    states.discard(str(ctx.anchor.goal_state))
    return told, states


def _heading_of_items(doc: Doc, para: Scope) -> int | None:
    """Where the heading of a list begins when ``para`` is one of its item lines
    (``item_line``); None when it is none."""
    paras = doc.seg.paragraphs.scopes
    k = para.nth
    while k > 0 and item_line(doc.text, paras[k].start):
        k -= 1
    if k == para.nth or not list_heading(doc, paras[k].start):
        return None
    return paras[k].start


@resolver("violator_state", "later_aircraft")
def _later_aircraft(ctx: Ctx) -> Found | None:
    """ "Un drone a commis trois violations au large de Rhodes. L'appareil turc a été
    identifié et intercepté", "Tous les appareils turcs ont été identifiés", "The
    Turkish aircraft was intercepted": the nationality of the aircraft referred back to
    (a definite phrase of no other kind, or the generic word: "all the Turkish aircraft")
    after the crossing in its episode, when nothing
    before told one; not a responder's, nor the violated state's."""
    doc = ctx.doc
    a = ctx.rec.aircraft
    if a is None or a.state or of_unknown_origin(ctx) or made_by(doc, a.span):
        return None
    lo = max(ctx.anchor.span[1], a.span[1])
    hi = min(ctx.region.end, doc.paragraph(ctx.anchor.span[0]).end)
    for later in between(doc.facts.aircraft, lo, hi):
        told_back = later.definite or later.generic or _group_joined(doc, later) or _named_as_it(doc, later)
        if responder(doc, later) or not told_back or _other_kind(a, later):
            return None  # "Polish F-16s were scrambled": the defenders'; another kind
        if denied_aircraft(doc, later):
            return None  # "Moscou dément : « Aucun appareil russe n'a franchi ... »": none
        if later.state and later.state != ctx.anchor.goal_state and not made_by(doc, later.span):
            return Found(later.state, later.span)
        sender = _sender_of_group(ctx, later)
        if sender is not None and sender.value != ctx.anchor.goal_state:
            return sender  # "It was one of dozens of drones launched by Russia at Ukraine"
    return None


@resolver("violator_state", "all_members")
def _all_members_state(ctx: Ctx) -> Found | None:
    """ "A drone crossed on Friday. On Wednesday, another drone had crossed ... // "Both
    drones were Russian," the chief of defence said", « ... Le 14, un autre drone s'est
    écrasé. // Selon l'armée, les deux drones étaient russes »: a nationality told as a
    predicate (``_predicates``) of a subject opened by a word of all of them
    (ALL_MEMBERS_CUE key "all", no aircraft of another kind between them), in a later
    sentence than the crossing's, in its paragraph or the next, is that of each crossing
    told before it, when more than one is told (never of one alone: "both engines")."""
    doc = ctx.doc
    a = ctx.rec.aircraft
    if a is None or of_unknown_origin(ctx) or (ctx.prev is None and not ctx.later):
        return None
    hi = _told_on_to(doc, doc.paragraph(ctx.anchor.span[0]))
    for span, code, cue, key in _predicates(ctx, doc.sentence(ctx.anchor.span[0]).end, hi):
        if key != "copula" or code == _violated_hint(ctx) or made_by(doc, span):
            continue
        clause = doc.clause(cue[0])
        opening = [c for c in doc.cues.within("ALL_MEMBERS_CUE", clause.start, cue[0]) if c.key == "all"][:1]
        if not opening or doc.mention_cues("hypo", doc.sentence(cue[0]).start, cue[0]):
            continue
        told = between(doc.facts.aircraft, clause.start, cue[0])
        if any(t.span[1] <= opening[0].start or _other_kind(a, t) for t in told):
            continue  # "the Polish jets said both were ...": another subject
        return Found(code, span)
    return None


def _told_on_to(doc: Doc, para: Scope) -> int:
    """The end of the paragraph after ``para`` and after each next one that names an
    aircraft: the paragraphs that go on telling the aircraft of ``para``, and the one
    right after them."""
    while True:
        rest = doc.text[para.end :]
        nxt = para.end + len(rest) - len(rest.lstrip())
        if nxt >= len(doc.text):
            return para.end
        para = doc.paragraph(nxt)
        if not between(doc.facts.aircraft, para.start, para.end):
            return para.end


def _sender_of_group(ctx: Ctx, later: Aircraft) -> Found | None:
    """The state told as the agent of a verb of sending in the passive right after the
    group ``later`` the aircraft was told to be part of, in its clause, no other aircraft
    between ("It was one of dozens of drones launched by Russia against Ukraine", "Il
    faisait partie d'une vague de drones lancés par la Russie")."""
    doc = ctx.doc
    if not (_group_joined(doc, later) or _named_as_it(doc, later)):
        return None
    clause = doc.clause(later.span[0])
    sending = rules()["verbs"]["sending"]
    for v in between(doc.facts.verbs, later.span[1], clause.end):
        if v.key in sending and not between(doc.facts.aircraft, later.span[1], v.span[0]):
            return _agent_after(ctx, v)
    return None


def _group_joined(doc: Doc, later: Aircraft) -> bool:
    """Is ``later`` the group the aircraft told before were part of: right after a word
    of belonging in its clause (MEMBER_OF_CUE, only its group's noun between: "Ils
    faisaient partie d'une vague de drones russes", "They were part of a wave of Russian
    drones")?"""
    clause = doc.clause(later.span[0])
    # the word may end inside the group's phrase ("it was one of the Russian drones":
    # "one of the Russian drones" is the phrase, "was one of" the word)
    cues = [
        c for c in doc.cues.within("MEMBER_OF_CUE", clause.start, later.span[1]) if c.start < later.span[0]
    ]
    if not cues:
        return False
    told = between(doc.facts.mentions, cues[-1].end, later.span[0])
    return all(m.kind in ("cue", "number") for m in told)  # ("une vague de": no word told)


def _named_as_it(doc: Doc, later: Aircraft) -> bool:
    """Is ``later`` the predicate of a clause whose subject is a pronoun, right after its
    word of being (SUBJECT_PRONOUN_CUE, IDENTITY_CUE keys "copula", "predicate"), at most
    a word of doubt (a cue "alleged") between: "It was probably a Russian drone", "Il
    s'agissait d'un drone russe"? It names the aircraft told before."""
    clause = doc.clause(later.span[0])
    verbs = [
        c
        for c in doc.cues.within("IDENTITY_CUE", clause.start, later.span[0])
        if c.key in ("copula", "predicate") and doc.cues.ending_at("SUBJECT_PRONOUN_CUE", c.start, doc.text)
    ]
    if not verbs:
        return False
    gap = doc.text[verbs[-1].end : later.span[0]]
    for c in doc.mention_cues("alleged", verbs[-1].end, later.span[0]):
        gap = gap.replace(doc.text[c.span[0] : c.span[1]], "")
    return not gap.strip(" '’")


def _origin_told(doc: Doc, a: Aircraft) -> str | None:
    """The state ``a`` is told coming from right after its phrase ("a balloon from Belarus",
    "un drone venu de Biélorussie": a FROM_CUE, then the state), else None."""
    cue = doc.cues.starting_at("FROM_CUE", a.span[1], doc.text)
    if cue is None:
        return None
    nxt = [m for m in between(doc.facts.mentions, cue.end, doc.clause(cue.start).end) if m.kind != "cue"][:1]
    if not nxt or nxt[0].kind != "state" or doc.text[cue.end : nxt[0].span[0]].strip():
        return None
    return str(nxt[0].value)


def _other_kind(a: Aircraft, prev: Aircraft) -> bool:
    """Is ``a`` of another kind than ``prev``, both kinds told ("a balloon" after "two
    helicopters", "un drone" after "des avions de chasse"): not the same aircraft, nor
    more of them, whatever the records told before."""
    if a.generic or prev.generic or "unknown" in (a.category, prev.category):
        return False
    return a.category != prev.category


def _recorded_elsewhere(ctx: Ctx, prev: Aircraft) -> bool:
    """Was ``prev`` the aircraft of the record told before, one that crossed into another
    state than this crossing's goal ("dix-neuf drones russes ont franchi la frontière
    orientale du pays [la Pologne]. En Roumanie, ... un drone a survolé le département de
    Tulcea": the record's state found, no zone of a state told)?"""
    before, goal = ctx.prev, ctx.anchor.goal_state
    if before is None or before.aircraft is None or before.violated_state is None or goal is None:
        return False
    return before.aircraft.span == prev.span and before.violated_state.value != goal


def _crossed_elsewhere(doc: Doc, prev: Aircraft, goal: str | None) -> bool:
    """Did the aircraft ``prev`` cross into another state than ``goal``: does its
    sentence name only zones of other states (``_named_anew_elsewhere``)?"""
    sent = doc.sentence(prev.span[0])
    states = {str(z.state) for z in between(doc.facts.zones, sent.start, sent.end) if z.state}
    return goal is not None and bool(states) and goal not in states


# ------------------------------------------------------------------ violated
@resolver("violated_state", "part_state")
def _part_state(ctx: Ctx) -> Found | None:
    """ "Six violations ..., of which four over Lithuania and two over Poland": a part of
    a total told by state is of its own state (``episodes._times_by_state``)."""
    s = ctx.draft.part_state
    return Found(s.value, s.span, s) if s is not None else None


@resolver("violated_state", "reverse")
def _violated_reversed(ctx: Ctx) -> Found | None:
    if not _reversed(ctx) or ctx.prev is None or ctx.prev.violator_state is None or ctx.anchor.goal_state:
        return None
    return Found(ctx.prev.violator_state.value, None)


@resolver("violated_state", "border_pair")
def _border_pair(ctx: Ctx) -> Found | None:
    """ "A Thai F-16 crossed the Thai-Cambodian border", "the Israel-Lebanon border", "un
    F-16 thaïlandais a franchi la frontière khméro-thaïlandaise": a border named by the
    two states it parts, joined by a hyphen in its phrase or right after it
    (``anchors.hyphen_pair``), was crossed into the one that is not the aircraft's, whichever
    the phrase names first."""
    g = ctx.anchor.goal
    violator = _violator_code(ctx)
    if not isinstance(g, ZoneRef) or not g.border or violator is None:
        return None
    pair = hyphen_pair(ctx.doc, g)
    if pair is None or violator not in pair[0]:
        return None
    other = pair[0][1] if pair[0][0] == violator else pair[0][0]
    return Found(other, pair[1])


@resolver("violated_state", "goal")
def _goal(ctx: Ctx) -> Found | None:
    g = ctx.anchor.goal
    if isinstance(g, ZoneRef) and g.border and g.state:
        beyond = (
            _beyond_border(ctx, g)
            or _border_at(ctx, g)
            or _placed_beyond(ctx, g)
            or _told_from_beyond(ctx, g)
        )
        if beyond is not None:
            return beyond
        for a in ctx.draft.anchors[1:]:  # "crossed the Ukrainian border and flew into Moldovan airspace"
            if border_then_inside(ctx.doc, ctx.anchor, a, _violator_code(ctx)):
                return Found(a.goal_state, a.goal_span)
    if isinstance(g, ZoneRef) and g.border and not g.state:
        # "crossed the border into northern Iraq", "a franchi la frontière jusque dans le
        # nord de l'Irak": no state's border, the state entered right after it (not the
        # aircraft's own: "flew back across the border into Iran")
        beyond = _beyond_border(ctx, g) or _placed_at(ctx, g)
        if beyond is not None and beyond.value != _violator_code(ctx):
            return beyond
    if isinstance(g, ZoneRef) and g.state and not (g.border and _came_from(ctx, g.state)):
        return Found(g.state, g.span)
    if isinstance(g, StateRef):
        return Found(g.code, g.span)
    if isinstance(g, Place) and g.state:
        return Found(g.state, g.span)
    if isinstance(g, Place) and (lies_in := state_it_lies_in(ctx.doc, g)) is not None:
        # "la localité de Renk, au Soudan du Sud" (the aircraft's own: a flight at home)
        return Found(lies_in.code, lies_in.span)
    if isinstance(g, ZoneRef) and g.poss:
        # "Algeria said it shot down a drone that had entered its airspace": the state
        # speaking in the anchor's sentence, before what a later anchor says (the
        # other side's version: "Mali said the drone crashed on Malian territory")
        speaker = _reporter(ctx, _violator_code(ctx), own_sentence=True)
        if speaker is not None:
            return speaker
    later = ctx.draft.anchors[1:]
    for k, a in enumerate(later):
        # not where the aircraft is at home ("... violated its airspace. Kinshasa says the
        # plane was hit while it was in Congolese airspace"): its own state's sky
        if a.goal_state and a.goal_state != _violator_code(ctx):
            # "Drone violates airspace // ... crossed the border of Belarus into Polish
            # airspace": the airspace entered after the border, not the border's state
            g = a.goal
            if isinstance(g, ZoneRef) and g.border:
                beyond = _beyond_border(ctx, g, a.clause.end)
                if beyond is not None:
                    return beyond
                for b in later[k + 1 :]:
                    if border_then_inside(ctx.doc, a, b, _violator_code(ctx)):
                        return Found(b.goal_state, b.goal_span)
            return Found(a.goal_state, a.goal_span)
    return None


def _beyond_border(ctx: Ctx, g: ZoneRef, end: int | None = None) -> Found | None:
    """ "Crossed the Belarusian border into Latvian airspace", "a franchi la frontière
    biélorusse dans l'espace aérien letton": a state (or a state's zone) told right
    after an INTO_CUE later in the clause, with no comma or verb between (not "...,
    affirmant que les appareils avaient volé à l'intérieur du territoire bélarusse"),
    is where the aircraft went, not the border's state; so is one told after words
    naming a part of it ("crossed the border into northern Iraq", "into the South",
    "jusque dans le nord de l'Irak": ``anchors.linked``)."""
    doc = ctx.doc
    end = ctx.anchor.clause.end if end is None else end
    named: list[tuple[Span, str, Goal]] = [
        (s.span, s.code, s) for s in between(doc.facts.states, g.span[1], end)
    ]
    named += [(z.span, z.state, z) for z in between(doc.facts.zones, g.span[1], end) if z.state]
    for span, code, told in sorted(named, key=lambda n: n[0]):
        gap = doc.text[g.span[1] : span[0]]
        if "," in gap or ";" in gap or between(doc.facts.verbs, g.span[1], span[0]):
            break
        if code != g.state and linked(doc, ("INTO_CUE",), told):
            return Found(code, span)
    return None


def _placed_beyond(ctx: Ctx, g: ZoneRef) -> Found | None:
    """ "Abattu au-dessus du nord d'Israël après avoir franchi la frontière libanaise",
    "crashed in eastern Latvia after crossing the Russian border": the aircraft told,
    in the crossing's sentence, as brought down, crashed, seen or flying over or inside
    another state (a verb of ``[verbs] placing`` in the state's clause) crossed the
    border it came through into that state (not its own)."""
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    violator = _violator_code(ctx)
    for s in between(doc.facts.states, sent.start, sent.end):
        if s.demonym or s.code in (g.state, violator) or _inside_aircraft(ctx, s):
            continue
        told = _placed_by(ctx, sent, s.span[0])
        if told is None:
            continue
        if told and (ctx.rec.aircraft is None or told[0].span != ctx.rec.aircraft.span):
            continue  # "..., a week after balloons flew over Poland": another's flight
        if linked(doc, ("OVER_CUE", "INSIDE_CUE"), s):
            return Found(s.code, s.span)
    return _landed_beyond(ctx, g, sent, violator)


def _landed_beyond(ctx: Ctx, g: ZoneRef, sent: Scope, violator: str | None) -> Found | None:
    """ "A balloon landed near Vilnius after crossing the Belarusian border", "a atterri
    près de Rudamina après avoir franchi la frontière biélorusse": the aircraft told, in
    the crossing's sentence, as landing or coming down ([verbs] coming_down, alight) at
    or near a place of another known state (a town, a capital) crossed the border it
    came through into that state."""
    doc = ctx.doc
    landing = {*rules()["verbs"]["coming_down"], "alight"}
    own = ctx.rec.aircraft
    told = [(p.span, p.state) for p in between(doc.facts.places, sent.start, sent.end) if p.land]
    told += [(s.span, s.code) for s in between(doc.facts.states, sent.start, sent.end) if s.capital]
    for span, code in sorted(told):
        if code is None or code in (g.state, violator):
            continue
        subject = _placed_by(ctx, sent, span[0], landing)
        if own is not None and subject and subject[0].span == own.span:
            return Found(code, span)
    return None


def _placed_by(ctx: Ctx, sent: Scope, at: int, keys: Collection[str] | None = None) -> list[Aircraft] | None:
    """The aircraft told last in ``sent`` before the verb of placing (``[verbs]
    placing``, or the verb keys ``keys``) that stands before ``at`` in its clause (none
    told: []); None where no such verb stands there."""
    doc = ctx.doc
    placing = rules()["verbs"]["placing"] if keys is None else keys
    clause = doc.clause(at)
    verbs = [v for v in between(doc.facts.verbs, clause.start, at) if v.key in placing]
    if not verbs:
        return None
    return between(doc.facts.aircraft, sent.start, verbs[-1].span[0])[-1:]


def _placed_at(ctx: Ctx, g: ZoneRef) -> Found | None:
    """ "A North Korean drone crossed the border on Tuesday and crashed near Paju", "sent
    balloons across the border, with several of them landing in Gimpo": across a border
    of no named state, the aircraft (or a part of it) told after it in its sentence as
    coming down, seen or flying at a place of known state (a verb of ``[verbs] placing``
    in the place's clause before it) went into that place's state."""
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    violator = _violator_code(ctx)
    for p in between(doc.facts.places, g.span[1], sent.end):
        if not p.state or p.state == violator:
            continue
        told = _placed_by(ctx, sent, p.span[0])
        if told is None:
            continue
        own = ctx.rec.aircraft is not None and told and told[0].span == ctx.rec.aircraft.span
        if told and not (own or told[0].partitive):
            continue  # "..., while Russian drones crashed near X": another's
        return Found(p.state, p.span)
    return None


def _came_from(ctx: Ctx, code: str) -> bool:
    """ "Venu de Biélorussie, le drone ... franchissait la frontière biélorusse": the
    state the aircraft came from (a FROM_CUE right before it or before its land or sky,
    told before or in the paragraphs of the crossing) owns the border it left, not the
    airspace it entered; so does the state an aircraft went back to (HOMEWARD_CUE right
    before it: "then flew back towards Ukraine", « est reparti vers l'Ukraine »)."""
    doc = ctx.doc
    end = max(doc.paragraph(a.span[0]).end for a in ctx.draft.anchors)
    for st in between(doc.facts.states, 0, end):
        if st.code != code or st.demonym:
            continue
        if doc.cues.ending_at("FROM_CUE", st.span[0], doc.text) or doc.cues.ending_at(
            "HOMEWARD_CUE", st.span[0], doc.text
        ):
            return True
    # a land or sky of that state told where it came from: "en provenance du territoire
    # ukrainien", "coming from Ukrainian territory"
    return any(
        z.state == code and not z.border and doc.cues.ending_at("FROM_CUE", z.span[0], doc.text) is not None
        for z in between(doc.facts.zones, 0, end)  # (not "across from the Turkish border town of X")
    )


@resolver("violated_state", "border_between")
def _border_between(ctx: Ctx) -> Found | None:
    """ "Crossed the border between Poland and Belarus", "a franchi la frontière entre la
    Lituanie et la Biélorussie": a border named by the two states it parts (RANGE_CUE
    right after it, then two states) was crossed into the one that is not the
    aircraft's; a line whose range is its name ("the border between the two Koreas") is
    read as a line of two known parties (``_line_of_two``)."""
    g = ctx.anchor.goal
    violator = _violator_code(ctx)
    if not isinstance(g, ZoneRef) or not g.border or g.state or violator is None:
        return None
    doc = ctx.doc
    cue = doc.cues.starting_at("RANGE_CUE", g.span[1], doc.text)
    if cue is None:
        return _border_with(ctx, g, violator) or _line_of_two(ctx, g, violator)
    # (a line named with its range: "the border between the two Koreas")
    return _border_of_range(ctx, cue, violator) or _line_of_two(ctx, g, violator)


def _border_of_range(ctx: Ctx, cue: Cue, violator: str) -> Found | None:
    """The one of two states named after RANGE_CUE that is not the aircraft's."""
    doc = ctx.doc
    two = [s for s in between(doc.facts.states, cue.end, doc.clause(cue.start).end) if not s.demonym][:2]
    if len(two) != 2 or violator not in (two[0].code, two[1].code) or two[0].code == two[1].code:
        return None
    if between(doc.facts.mentions, cue.end, two[0].span[0]) or not _listed_states(ctx, two[0], two[1]):
        return None
    other = two[1] if two[0].code == violator else two[0]
    return Found(other.code, other.span)


def _border_with(ctx: Ctx, g: ZoneRef, violator: str) -> Found | None:
    """ "Rwandan helicopters crossed the border with the DRC", "un drone biélorusse a
    franchi la frontière avec la Lituanie": a border named by the neighbour it parts
    from (BORDER_WITH_CUE right after it, the state right after that) was crossed into
    that neighbour when the aircraft is another state's."""
    doc = ctx.doc
    cue = doc.cues.starting_at("BORDER_WITH_CUE", g.span[1], doc.text)
    if cue is None:
        return None
    told = between(doc.facts.mentions, cue.end, doc.clause(cue.start).end)[:1]
    states = [s for s in between(doc.facts.states, cue.end, doc.clause(cue.start).end)[:1] if not s.demonym]
    if not told or not states or told[0].span != states[0].span or states[0].code == violator:
        return None
    return Found(states[0].code, states[0].span)


def _line_of_two(ctx: Ctx, g: ZoneRef, violator: str) -> Found | None:
    """ "A Pakistani drone crossed the Line of Control", "a North Korean drone crossed the
    MDL": a line that parts two known states (LINE_PARTIES_CUE, its key the two codes,
    ending the border word, or running past it: "la frontière intercoréenne") was
    crossed into the one that is not the aircraft's."""
    doc = ctx.doc
    cue = doc.cues.leading_into("LINE_PARTIES_CUE", g.span[1], doc.text)
    if cue is None or cue.start < g.span[0]:
        return None
    two = cue.key.upper().split("/")
    if len(two) != 2 or violator not in two:
        return None
    return Found(two[1] if two[0] == violator else two[0], g.span)


def _listed_states(ctx: Ctx, a: StateRef, b: StateRef) -> bool:
    """Only a list word (and articles, which the cue words leave) between two states."""
    doc = ctx.doc
    return bool(doc.cues.within("LIST_CUE", a.span[1], b.span[0])) and not between(
        doc.facts.mentions, a.span[1], b.span[0]
    )


@resolver("violated_state", "own_zone")
def _own_zone(ctx: Ctx) -> Found | None:
    """ "Our airspace", "son espace aérien", "national airspace": the speaker's state,
    the one whose authority tells it, else the first state the report names (as a
    state, a place's, a zone's or the defenders' aircraft's) that is not the one the
    aircraft came from ("selon
    la Lituanie, des ballons venus de Biélorussie ont pénétré dans son espace aérien")."""
    g = ctx.anchor.goal
    if not isinstance(g, ZoneRef) or not (g.poss or g.kind == "median_line" or _national(ctx, g)):
        return None
    violator = _violator_code(ctx)
    facts = ctx.doc.facts
    reporter = _reporter(ctx, violator, own_sentence=True)
    if reporter is None and g.poss:
        reporter = _subject_state(ctx, violator) or _source_of_state(ctx, violator)
    if reporter is None:
        # "national airspace near Galati, the ministry said": the place of the goal's
        # clause, before an authority named elsewhere ("Russian forces attacked ...");
        # one told after the goal first ("pendant l'attaque contre Izmaïl, un drone est
        # entré dans l'espace aérien national dans la zone de Plauru": the attack's
        # target is no place of the national sky)
        clause = ctx.anchor.clause
        near = [
            (code, p.span)
            for p in between(facts.places, clause.start, clause.end)
            if (code := _state_of_place(ctx.doc, p)) and code != violator
        ]
        near.sort(key=lambda f: f[1][0] < g.span[0])
        reporter = Found(*near[0]) if near else _section_state(ctx, violator)
        reporter = reporter or _reporter(ctx, violator, *_intruders(ctx))
    if reporter is not None:
        return reporter
    named = [Found(s.code, s.span) for s in facts.states if not _inside_aircraft(ctx, s)]
    named += [Found(p.state, p.span) for p in facts.places if p.state]
    named += [Found(z.state, z.span) for z in facts.zones if z.state]
    named += _defenders(ctx, 0, ctx.anchor.span[1])
    for found in sorted(named, key=lambda f: f.span or (0, 0)):
        if found.value != violator and found.span is not None and found.span[0] < ctx.anchor.span[1]:
            if not _came_from(ctx, str(found.value)):
                return found
    return None


def _state_of_place(doc: Doc, p: Place) -> str | None:
    """The state of a place told beside a state's own sky: its own, else the one the
    gazetteer gives its name when an area noun withheld it ("l'espace aérien national
    dans la zone de Chilia Veche": the area locates the national sky, it is no goal)."""
    return p.state or doc.lexicon.place_of(p.name)


def _intruders(ctx: Ctx) -> set[str]:
    """The states of the aircraft the report tells as intruders (the defenders' own
    aircraft left out): an authority of one of them that speaks elsewhere in the
    report ("Washington n'a pas réagi", "le ministère russe dément", "US forces left
    Niger") answers for the accused, it does not own the "national airspace" told."""
    doc = ctx.doc
    return {a.state for a in doc.facts.aircraft if a.state and not responder(doc, a)}


def _source_of_state(ctx: Ctx, violator: str | None) -> Found | None:
    """ "Iran's state news agency IRNA reported that a drone entered the country's
    airspace", "l'agence officielle syrienne SANA a rapporté que des hélicoptères ont
    pénétré dans son espace aérien": a source of a state that is no authority (its
    media), the only one that speaks in the crossing's sentence before it, tells of
    its own country when that is not the aircraft's nor where they came from."""
    sent = ctx.doc.sentence(ctx.anchor.span[0])
    told = [s for s in between(ctx.doc.facts.sources, sent.start, ctx.anchor.span[0]) if s.state]
    if len(told) != 1 or told[0].state == violator or _came_from(ctx, str(told[0].state)):
        return None
    return Found(told[0].state, told[0].span)


def _subject_state(ctx: Ctx, violator: str | None) -> Found | None:
    """ "Lithuania shuts Vilnius airport after balloons are detected in its airspace": the
    state named as the subject of the crossing's sentence (the only state told before
    the crossing there, by its name, not an adjective), when it is not the aircraft's,
    owns the airspace a possessive tells."""
    sent = ctx.doc.sentence(ctx.anchor.span[0])
    told = between(ctx.doc.facts.states, sent.start, ctx.anchor.span[0])
    if len(told) != 1 or told[0].demonym or told[0].code == violator or _came_from(ctx, told[0].code):
        return None  # "balloons coming from Belarus entered its airspace": whence, not whose
    return Found(told[0].code, told[0].span)


def _section_state(ctx: Ctx, violator: str | None) -> Found | None:
    """ "Greece: the general staff counted 9 violations of national airspace by Turkish
    drones.¶ Lebanon: the Lebanese army said ...", « Grèce : l'état-major a recensé 9
    violations de l'espace aérien national ... »: the state whose name labels the
    anchor's paragraph, a digest's section (``anchors.section_label``), not the
    violator's, is the speaker of "national airspace", before an authority of another
    section of the report."""
    label = section_label(ctx.doc, ctx.anchor.span[0])
    if label is None or label.code == violator:
        return None
    return Found(label.code, label.span)


def _reporter(ctx: Ctx, *skip: str | None, own_sentence: bool = False) -> Found | None:
    """The state that tells the crossing (none of ``skip``): "Poland said one drone may
    have crossed into its airspace": who speaks in the anchor's own sentence, before
    any authority named elsewhere in the report (not asked with ``own_sentence``)."""
    facts = ctx.doc.facts
    sent = ctx.doc.sentence(ctx.anchor.span[0])
    for src in between(facts.sources, sent.start, sent.end):
        if src.state and src.state not in skip and src.authority:
            return Found(src.state, src.span)
    for st in between(facts.states, sent.start, ctx.anchor.span[0]):
        if not st.demonym and st.code not in skip and _speaking(ctx, st):
            return Found(st.code, st.span)
    if own_sentence:
        return None
    for src in facts.sources:
        if src.state and src.state not in skip and src.authority:
            return Found(src.state, src.span)
    return None


def _border_at(ctx: Ctx, g: ZoneRef) -> Found | None:
    """ "Violations recorded at the Belarusian border", "des violations constatées à la
    frontière biélorusse", said by Latvia: a border told as the place where it happened
    (BORDER_AT_CUE right before it), named by the neighbour's adjective, is the
    reporting state's border with that neighbour; the reporter's is the violated."""
    if not ctx.doc.cues.ending_at("BORDER_AT_CUE", g.span[0], ctx.doc.text):
        return None
    return _reporter(ctx, g.state, _violator_code(ctx))


def _told_from_beyond(ctx: Ctx, g: ZoneRef) -> Found | None:
    """ "After crossing the Russian border the drone was found in a forest; Latvian police
    said ...": a border named by a state's adjective, crossed by an aircraft of no state
    or of that state, told by an authority of another state in the crossing's sentence,
    is that authority's border with it: the crossing went into the reporter's state
    (the adjective's is where it came from)."""
    doc = ctx.doc
    demonyms = doc.lexicon.folded_forms("DEMONYM")
    if not any(w.folded in demonyms for w in words_of(doc.text[g.span[0] : g.span[1]])):
        return None  # "the border of Russia", "Russia's border": no adjective
    a = ctx.rec.aircraft
    if a is not None and a.state not in (None, g.state):
        return None
    return _reporter(ctx, g.state, _violator_code(ctx), own_sentence=True)


def _defenders(ctx: Ctx, lo: int, hi: int) -> list[Found]:
    """ "Honduran jets intercepted a plane that entered the country's airspace", "des
    chasseurs honduriens ont intercepté un avion entré dans l'espace aérien du pays":
    the states of the defenders' own aircraft (``responder``) told in [lo, hi)."""
    doc = ctx.doc
    return [
        Found(a.state, a.span) for a in between(doc.facts.aircraft, lo, hi) if a.state and responder(doc, a)
    ]


@resolver("violated_state", "zone_ref")
def _zone_ref(ctx: Ctx) -> Found | None:
    """ "La frontière de l'État": the state named last before, as a state, as the
    state of a zone or as that of the defenders' aircraft (not the violator)."""
    g = ctx.anchor.goal
    if not isinstance(g, ZoneRef) or not (g.ref or g.border):
        return None
    doc = ctx.doc
    para = doc.paragraph(ctx.anchor.span[0])
    violator = _violator_code(ctx)
    named: list[Found] = [
        Found(s.code, s.span)
        for s in between(doc.facts.states, para.start, g.span[0])
        if not s.demonym and not s.capital and s.code != violator and not _inside_aircraft(ctx, s)
    ]
    named += [Found(z.state, z.span) for z in between(doc.facts.zones, para.start, g.span[0]) if z.state]
    named = [f for f in named if f.value != violator and not _came_from(ctx, str(f.value))]
    # the defenders' state only where no state nor zone of one is named: allies' jets
    # meet intruders over another state ("... abattus par des F-35 néerlandais")
    defenders = _defenders(ctx, para.start, g.span[0])
    named = named or [f for f in defenders if f.value != violator and not _came_from(ctx, str(f.value))]
    place = _place_after(ctx, g)
    if place is not None and any(f.value == place.value for f in named):
        # "Moldova protestó ante Rusia: un dron entró en el espacio aéreo del país cerca
        # de Ocnita": of the states named before, the one whose land the place right
        # after the zone is in, not the last one named
        return place
    return max(named, key=lambda f: f.span[0] if f.span else -1) if named else None


@resolver("violated_state", "zone_place")
def _zone_place(ctx: Ctx) -> Found | None:
    """ "Israeli jets violated the airspace near Damascus", "two violations of the
    national airspace in the area of Lesvos", "a violé l'espace aérien près de
    Damas": a zone of no state told by an anchor of the crossing with its place right
    after it (nothing but white space, or a word of its owner, between them: "the
    airspace of Lesbos") or named its owner before it ("Gotland's airspace"), a place
    of a known state's land,
    not where the aircraft came from nor the violator's own, is that state's."""
    for a in ctx.draft.anchors:
        found = _place_after(ctx, a.goal)
        if found is not None:
            return found
    return None


@resolver("violated_state", "median_strait")
def _median_strait(ctx: Ctx) -> Found | None:
    """ "In the Taiwan Strait, 19 aircraft crossed the median line", "la ligne médiane du
    détroit de Taïwan": a median line of no state told, the strait it runs through named
    in the crossing's sentence (MEDIAN_STRAIT_CUE, keyed by the state whose side of the
    line its crossings are counted for), is that state's."""
    doc = ctx.doc
    for a in ctx.draft.anchors:
        g = a.goal
        if a.zone != "median_line" or not isinstance(g, ZoneRef) or g.state:
            continue
        sent = doc.sentence(a.span[0])
        for cue in doc.cues.within("MEDIAN_STRAIT_CUE", sent.start, sent.end)[:1]:
            return Found(cue.key.upper(), (cue.start, cue.end))
    return None


def _place_after(ctx: Ctx, g: Goal | None) -> Found | None:
    if not isinstance(g, ZoneRef) or g.state or g.kind != "airspace":
        return None
    # "North Korean drones crossed the Military Demarcation Line near Paju", "a Belarusian
    # helicopter crossed the border near Bialowieza": a border of no state told, crossed
    # by an aircraft of a known state near a place of another's land, into that state
    if g.border and _violator_code(ctx) is None:
        return None
    doc = ctx.doc
    places = between(doc.facts.places, g.span[1], doc.clause(g.span[0]).end)[:1]
    places = [p for p in places if _right_after(doc, g.span[1], p.span[0])]
    places += [
        p
        for p in between(doc.facts.places, doc.clause(g.span[0]).start, g.span[0])[-1:]
        if _owns(doc, p.span, g)
    ]
    for p in places:
        if not (p.state and p.land):
            return None
        if p.state == _violator_code(ctx) or origin(doc, p) or _came_from(ctx, p.state):
            return None
        return Found(p.state, p.span)
    return None


def _right_after(doc: Doc, end: int, start: int) -> bool:
    """Nothing but white space, or a word of its owner ("of", "de"), between a zone's
    end and a place: "the airspace near Damascus", "l'espace aérien de Lesbos"; or
    where the aircraft came from, then a comma ("the national airspace from the
    direction of Ukraine, in the area of Galați")."""
    if not doc.text[end:start].strip():
        return True
    # "entering the national airspace from the direction of Ukraine, in the area of X":
    # where it came from, set between them
    for st in between(doc.facts.states, end, start)[:1]:
        came = doc.cues.ending_at("FROM_CUE", st.span[0], doc.text) or doc.cues.opening(
            "FROM_CUE", st.span[0]
        )
        if came is not None and not doc.text[end : came.start].strip():
            if not doc.text[st.span[1] : start].strip(" ,"):
                return True
    # "l'espace aérien national dans la zone de la commune de X", "national airspace in
    # the area of X": a word of inside, then words of a part of the place (REGION_CUE)
    for c in doc.cues.within("INSIDE_CUE", end, start)[:1]:
        lead = min(doc.cues.run_before("REGION_CUE", start, doc.text))
        if not doc.text[end : c.start].strip() and c.end <= lead and not doc.text[c.end : lead].strip():
            return True
    return any(
        not doc.text[c.end : start].strip()
        for c in doc.cues.within("OWNER_CUE", end, start)[:1]
        if not doc.text[end : c.start].strip()
    )


def _owns(doc: Doc, at: Span, g: ZoneRef) -> bool:
    """A place named as the owner of the zone right after it ("Gotland's airspace"):
    a possessive cue between them, and nothing else but apostrophes."""
    for cue in doc.cues.within("POSSESSIVE_CUE", at[1], g.span[1])[:1]:
        gap = doc.text[at[1] : cue.start] + doc.text[cue.end : g.span[0]]
        return not gap.strip(" '’") and cue.start <= g.span[0] + 1
    return False


@resolver("violated_state", "shared_owner")
def _shared_owner(ctx: Ctx) -> Found | None:
    """ "Violated Greek territorial waters and airspace", "entered Japan's waters and
    airspace": a zone of no state told as the last item of a pair whose first noun a
    state's adjective or possessor opens owns it too (nothing but that noun and a word
    joining them, COORD_CUE, between the state and the zone); not the violator's."""
    doc = ctx.doc
    for a in ctx.draft.anchors:
        g = a.goal
        if not isinstance(g, ZoneRef) or g.state or g.border or g.kind != "airspace":
            continue
        clause = doc.clause(g.span[0])
        states = between(doc.facts.states, max(a.span[1], clause.start), g.span[0])[-1:]
        for st in states:
            joins = doc.cues.within("COORD_CUE", st.span[1], g.span[0])
            if len(joins) != 1 or doc.text[joins[0].end : g.span[0]].strip():
                continue
            if [m for m in between(doc.facts.mentions, st.span[1], g.span[0]) if m.kind != "cue"]:
                continue
            owner = st.demonym or bool(doc.cues.within("POSSESSIVE_CUE", st.span[1], joins[0].start))
            if owner and st.code != _violator_code(ctx):
                return Found(st.code, st.span)
    return None


@resolver("violated_state", "previous")
def _violated_episode(ctx: Ctx) -> Found | None:
    prev = ctx.prev
    if prev is None or prev.violated_state is None:
        return None
    if prev.violated_state.value == _violator_code(ctx):
        # "Un drone ukrainien a violé l'espace aérien russe ; Kiev assure qu'un hélicoptère
        # russe a franchi la frontière": the state crossed before is this aircraft's own,
        # a counter-accusation: not the one crossed now
        return None
    if prev.aircraft is not None and _new_paragraph(ctx, prev.aircraft.span[0]):
        # a round-up's next paragraph: "Black Sea. Romania said a drone ... // Korea.
        # South Korea's JCS said balloons crossed the border": the state it names
        own = _named_before(ctx) or _paragraph_speaker(ctx) or _land_told(ctx)
        if own is not None and own.value != prev.violated_state.value:
            return own
    return Found(prev.violated_state.value, None)


def _land_told(ctx: Ctx) -> Found | None:
    """ "Il 3 febbraio un drone russo era precipitato vicino a Galați dopo aver
    sconfinato": the first place of a known state's land told in the anchor's sentence,
    not the violator's own nor where the aircraft came from, is the state crossed into
    (for a crossing of a later paragraph than the record before, which names another)."""
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    for p in between(doc.facts.places, sent.start, sent.end)[:1]:
        if p.state and p.land and p.state != _violator_code(ctx) and not origin(doc, p):
            return None if _came_from(ctx, p.state) else Found(p.state, p.span)
    return None


def _paragraph_speaker(ctx: Ctx) -> Found | None:
    """The state of the authority that speaks last before the anchor in its paragraph
    ("South Korea's Joint Chiefs of Staff said ..."), not the violator's."""
    doc = ctx.doc
    para = doc.paragraph(ctx.anchor.span[0])
    violator = _violator_code(ctx)
    for src in reversed(between(doc.facts.sources, para.start, ctx.anchor.span[0])):
        if src.state and src.authority and src.state != violator:
            return Found(src.state, src.span)
    return None


def _new_paragraph(ctx: Ctx, before: int) -> bool:
    """Is the anchor in a later paragraph than ``before`` (the record told before)?"""
    return ctx.doc.paragraph(before).nth < ctx.doc.paragraph(ctx.anchor.span[0]).nth


@resolver("violated_state", "item_heading")
def _item_heading(ctx: Ctx) -> Found | None:
    """ "Moldova:\n- 31 March: a drone crossed the border near Criva", "Violations de
    l'espace aérien letton en mai :\n- ...": an item of a list whose heading tells one
    state's crossings (``anchors.item_heading_state``), its own crossing naming no state,
    crosses into that state (not the violator's own)."""
    code = item_heading_state(ctx.doc, ctx.anchor.span[0], labels=True)
    if code is None or code == _violator_code(ctx):
        return None
    return Found(code, ctx.anchor.span)


@resolver("violated_state", "named_before")
def _named_before(ctx: Ctx) -> Found | None:
    """The state named last before the anchor in its paragraph (not a nationality,
    not a capital speaking, not the violator, not where the aircraft came from)."""
    doc = ctx.doc
    para = doc.paragraph(ctx.anchor.span[0])
    violator = _violator_code(ctx)
    for s in reversed(between(doc.facts.states, para.start, ctx.anchor.span[0])):
        if s.demonym or s.capital or s.code == violator or _inside_aircraft(ctx, s):
            continue
        if doc.cues.ending_at("FROM_CUE", s.span[0], doc.text):
            continue  # "a drone coming from Belarus": a direction, not what it entered
        if _stretch_end(ctx, s):
            continue
        return Found(s.code, s.span)
    return None


def _stretch_end(ctx: Ctx, s: StateRef) -> bool:
    """ "Drones flying between Yonaguni and Taiwan", "les eaux entre Taïwan et l'île": a
    state told as one end of a stretch between two places (RANGE_CUE before it in its
    clause, no verb between; a word joining the two ends, COORD_CUE, right before it
    or right after it) is a landmark of where the aircraft flew, not a state crossed."""
    doc = ctx.doc
    clause = doc.clause(s.span[0])
    cues = doc.cues.within("RANGE_CUE", clause.start, s.span[0])[-1:]
    if not cues or between(doc.facts.verbs, cues[0].end, s.span[0]):
        return False
    joins = doc.cues.within("COORD_CUE", cues[0].end, s.span[0])
    if joins:  # the second end: nothing told between the joining word and it
        told = between(doc.facts.mentions, joins[-1].end, s.span[0])
        return len(joins) == 1 and not [m for m in told if m.kind != "cue"]
    after = doc.cues.within("COORD_CUE", s.span[1], clause.end)[:1]
    return bool(after) and not doc.text[s.span[1] : after[0].start].strip()


@resolver("violated_state", "accuser")
def _accuser(ctx: Ctx) -> Found | None:
    """ "Le Maroc dément les accusations algériennes selon lesquelles un drone marocain
    aurait survolé la région de Tindouf", "Morocco denied Algerian accusations that a
    Moroccan drone had flown over ...": the state told by a nationality right by a noun
    of accusation (ACCUSATION_CUE) before the crossing in its sentence accuses: it is
    the state crossed, as a state that accuses is (never the violator)."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    sent = doc.sentence(at)
    violator = _violator_code(ctx)
    demonyms = [s for s in between(doc.facts.states, sent.start, at) if s.demonym and s.code != violator]
    for cue in reversed(doc.cues.within("ACCUSATION_CUE", sent.start, at)):
        for s in demonyms:
            if not doc.text[cue.end : s.span[0]].strip() or not doc.text[s.span[1] : cue.start].strip():
                return Found(s.code, s.span)
    return None


@resolver("violated_state", "speaker")
def _speaker(ctx: Ctx) -> Found | None:
    """The state whose authority tells it ("a indiqué l'état-major sud-coréen"); not the
    state the aircraft came from ("un drone venu du Paraguay ... Le gouvernement
    paraguayen a nié": it speaks for the side the border was crossed from)."""
    violator = _violator_code(ctx)
    doc = ctx.doc
    for src in doc.facts.sources:
        if src.state and (src.authority or src.according) and src.state != violator and not _envoy(doc, src):
            if not _came_from(ctx, src.state):
                return Found(src.state, src.span)
    for st in doc.facts.states:
        # "New Delhi said", "selon New Delhi": a capital speaking for its state
        if st.capital and st.code != violator and _speaking(ctx, st) and not _came_from(ctx, st.code):
            return Found(st.code, st.span)
    return None


def _envoy(doc: Doc, src: Source) -> bool:
    """ "Seoul lodged a protest with the Chinese and Russian defense attachés", "a
    convoqué l'attaché militaire russe": a body named in a diplomat's title (ENVOY_CUE
    over the source's words) is the state spoken to, not one that tells the crossing."""
    clause = doc.clause(src.span[0])
    cues = doc.cues.within("ENVOY_CUE", clause.start, clause.end)
    return any(c.start < src.span[1] and src.span[0] < c.end for c in cues)


@resolver("violated_state", "origin_place")
def _origin_place(ctx: Ctx) -> Found | None:
    """ "A helicopter crossed over from Belarus near Druskininkai": a crossing told by
    where it came from (``anchors.told_by_origin``), none speaking, with a place of a
    known state's land after its verb in its clause, not the violator's nor the state
    it came from: the sky of that state."""
    violator = _violator_code(ctx)
    doc = ctx.doc
    for a in ctx.draft.anchors:
        if not told_by_origin(a.rule):
            continue
        for p in between(doc.facts.places, a.span[1], a.clause.end):
            if p.state and p.state != violator and not _came_from(ctx, p.state):
                return Found(p.state, p.span)
    return None


@resolver("violated_state", "downers")
def _downers(ctx: Ctx) -> Found | None:
    """ "Polish jets downed four drones after they had crossed from Belarus": the state
    of the aircraft that downed it, told right before the verb of downing in the
    anchor's sentence (``anchors.downer_states``), none speaking: the sky it was in."""
    violator = _violator_code(ctx)
    states = sorted(downer_states(ctx.doc, ctx.anchor.span) - {violator})
    if len(states) != 1 or _came_from(ctx, states[0]):
        return None
    return Found(states[0], None)


@resolver("violated_state", "only_zone")
def _only_zone(ctx: Ctx) -> Found | None:
    """ "The incident occurred at 4.53 a.m. ... The UAV violated Greek airspace": the
    one state whose airspace, waters or border the report names anywhere, when it
    names no other (and it is not the violator's, nor where the aircraft came from:
    "en provenance du territoire ukrainien"). A zone told in a sentence of another
    matter ("Separately, a drone violated Japanese airspace": APART_CUE before it) is
    that matter's, not one of this crossing's report (``_zone_apart``)."""
    zones = [z for z in ctx.doc.facts.zones if z.state and not _zone_apart(ctx, z.span[0])]
    states = {z.state for z in zones}
    if len(states) != 1 or states == {_violator_code(ctx)} or _came_from(ctx, str(next(iter(states)))):
        return None
    return Found(zones[0].state, zones[0].span)


@resolver("violated_state", "dateline")
def _dateline_state(ctx: Ctx) -> Found | None:
    """ "VILNIUS, Oct 15 - Lithuania summoned the Belarusian envoy ... // A Belarusian
    helicopter crossed the border on Monday": a border of no state crossed, in a report
    whose dateline is a capital (``episodes.in_dateline``) of a state the report names
    again as such (not a nationality nor a capital), is that state's border; not the
    violator's, nor where the aircraft came from ("MOSCOW - ... flew in from Russia")."""
    g = ctx.anchor.goal
    if not isinstance(g, ZoneRef) or not g.border or g.state is not None:
        return None
    doc = ctx.doc
    capitals = (m for m in doc.facts.mentions if m.kind == "state" and m.extra.get("capital"))
    line = next((m for m in capitals if in_dateline(doc, m)), None)
    if line is None:
        return None
    code = str(line.value)
    if code == _violator_code(ctx) or _came_from(ctx, code):
        return None
    if not any(s.code == code and not (s.demonym or s.capital) for s in doc.facts.states):
        return None
    if not _dateline_party(ctx, code):
        return None
    return Found(code, line.span)


def _dateline_party(ctx: Ctx, code: str) -> bool:
    """Is the dateline's state not told as a third party only? "WASHINGTON - The United
    States condemned ...": a state told right before a word of a third party's verdict
    (VERDICT_CUE, ``_verdict_after``) is a party to the crossing only when the report also
    names a zone of its own or tells it as a speaker of another word (``_speaking``:
    saying, summoning, protesting, accusing)."""
    doc = ctx.doc
    told = [s for s in doc.facts.states if s.code == code and not (s.demonym or s.capital)]
    if not any(_verdict_after(doc, s.span) for s in told):
        return True
    if any(z.state == code for z in doc.facts.zones):
        return True
    return any(_speaking(ctx, s) and not _verdict_after(doc, s.span) for s in told)


def _verdict_after(doc: Doc, span: Span) -> bool:
    """Is a word of a third party's verdict (VERDICT_CUE: "condemned", « a condamné »)
    the next thing after the phrase at ``span`` in its clause, with only white space
    between them?"""
    cue = next(iter(doc.cues.within("VERDICT_CUE", span[1], doc.clause(span[0]).end)), None)
    return cue is not None and not doc.text[span[1] : cue.start].strip()


def _zone_apart(ctx: Ctx, at: int) -> bool:
    """Is ``at`` in a sentence of another matter (``_of_other_matter``) that is not the
    sentence of the record's crossing?"""
    if ctx.doc.sentence(at) == ctx.doc.sentence(ctx.anchor.span[0]):
        return False
    return _of_other_matter(ctx.doc, at)


def _of_other_matter(doc: Doc, at: int) -> bool:
    """Is ``at`` in a sentence of another matter, after its word (APART_CUE:
    "Separately, ...", "Par ailleurs, ...")?"""
    return bool(doc.cues.within("APART_CUE", doc.sentence(at).start, at))


def _speaking(ctx: Ctx, st: StateRef) -> bool:
    doc = ctx.doc
    clause = doc.clause(st.span[0])
    before = between(doc.facts.cues, clause.start, st.span[0])[-1:]
    quoted = any(c.value == "according" and not doc.text[c.span[1] : st.span[0]].strip() for c in before)
    if _say_right_after(doc, st.span) or quoted:
        return True
    return _accusing(ctx, st, clause.end) or _recording(doc, st, clause)


def _recording(doc: Doc, st: StateRef, clause: Scope) -> bool:
    """ "Vilnius recorded two airspace violations", "Vilnius a enregistré deux
    violations": the capital is the subject of a verb of record (RECORD_CUE key
    "record") told next in its clause, with no other phrase between them; the
    violations it keeps count of are of its state."""
    cue = next(iter(doc.cues.within("RECORD_CUE", st.span[1], clause.end)), None)
    if cue is None or cue.key != "record":
        return False
    return not [m for m in between(doc.facts.mentions, st.span[1], cue.start) if m.kind != "cue"]


def _say_right_after(doc: Doc, span: Span) -> bool:
    """Is the first cue after the phrase at ``span`` in its clause a word of saying, with
    only white space between them ("Vilnius said", "Lithuanian officials said")?"""
    after = between(doc.facts.cues, span[1], doc.clause(span[0]).end)[:1]
    return bool(after) and after[0].value == "say" and not doc.text[span[1] : after[0].span[0]].strip()


def _accusing(ctx: Ctx, st: StateRef, end: int) -> bool:
    """ "Seoul accused North Korea of ...", "Séoul a accusé ...": the state is the
    subject of a word of accusing (ACCUSE_CUE) told next in its clause, with no other
    phrase between them."""
    doc = ctx.doc
    cue = next(iter(doc.cues.within("ACCUSE_CUE", st.span[1], end)), None)
    if cue is None:
        return False
    told = between(doc.facts.mentions, st.span[1], cue.start)
    # "Moldau hat Russland vorgeworfen" (verb_last): the accused stands between them
    accused = doc.lexicon.verb_last and len(told) == 1 and told[0].kind == "state"
    return not told or accused


def _violator_code(ctx: Ctx) -> str | None:
    v = ctx.rec.violator_state
    if v is not None:
        return str(v.value)
    a = ctx.rec.aircraft
    return a.state if a is not None else None


def _national(ctx: Ctx, g: ZoneRef) -> bool:
    return g.state is None and bool(ctx.doc.cues.within("NATIONAL_CUE", g.span[0], g.span[1]))


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _inside_aircraft(ctx: Ctx, s: StateRef) -> bool:
    sent = ctx.doc.sentence(s.span[0])
    return any(_inside(s.span, a.span) for a in between(ctx.doc.facts.aircraft, sent.start, s.span[1]))
