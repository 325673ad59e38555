"""A draft's slots resolved, validated and turned into an ``Incident``."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import Bound, Category, Certainty, Diagnostic, Incident, Mention, Precision, Role, Zone
from .anchors import (
    COMING_DOWN,
    FLOWN_OVER,
    SENT_INTO,
    SET_DOWN,
    Anchor,
    admits,
    alliance_goal,
    group_of_part,
    item_heading_state,
    needs_violated,
    needs_violator,
    ranked_member,
    told_as_another,
)
from .cues import Cue
from .doc import Doc, adjacent, rules, wars_on
from .facts import Aircraft, Place, Span, StateRef, Verb, ZoneRef, between
from .segment import Scope
from .slots import Ctx, Found, Slots, resolve
from .validate import MAX_ALTITUDE_M, MAX_DEPTH_M, diagnostic
from .voice import certainty
from .when import night_day, time_of_coming_down, utc_time
from .who import (
    borrowed_kind,
    noun_force_agent,
    of_unknown_origin,
    others_of_noun,
    owned_by_violated,
    refine_aircraft,
    relative_antecedent,
    told_foreign,
)

_QUANTITIES = ("depth", "altitude", "duration", "speed")


def fill(ctx: Ctx) -> Slots:
    rec = ctx.rec
    rec.background = ctx.draft.background
    rec.aircraft = refine_aircraft(ctx, resolve("aircraft", ctx))
    _unborrowed(ctx, rec)
    if rec.aircraft is not None and rec.aircraft.partitive and rec.aircraft.category == "unknown":
        rec.aircraft = None  # "one of them" with no aircraft named before: people
    rec.violator_state = resolve("violator_state", ctx)
    rec.violated_state = resolve("violated_state", ctx)
    rec.time = resolve("time", ctx)
    rec.time_utc = utc_time(ctx)
    rec.date = night_day(ctx, resolve("date", ctx), rec.time)
    if time_of_coming_down(ctx, rec.time):
        rec.time = None  # it still told the night's day: "entered overnight, crashed at 2.40am"
    rec.repetitions = resolve("repetitions", ctx)  # before the quantities: see measures._clock_range
    for name in _QUANTITIES:
        setattr(rec, name, resolve(name, ctx))
    rec.location = resolve("location", ctx)
    rec.source = resolve("source", ctx)
    violated = _value(rec.violated_state)
    violator = _value(rec.violator_state)
    rec.certainty = certainty(ctx, violated, violator)
    return rec


def build(ctx: Ctx) -> tuple[Incident | None, list[Diagnostic]]:
    rec = fill(ctx)
    diags: list[Diagnostic] = []
    fields: dict[str, Any] = {}
    ev: dict[str, tuple[int, int]] = {}
    text = ctx.doc.text
    anchor = ctx.anchor
    if not _states(ctx, rec, fields, ev, diags):
        return None, diags
    if _no_crossing(ctx, rec, fields):
        return None, diags
    _aircraft(ctx, rec, fields, ev)
    fields["zone"] = Zone(anchor.zone)
    ev["zone"] = anchor.goal_span
    _when(ctx, rec, fields, ev, diags)
    _quantities(ctx, rec, fields, ev, diags)
    for name in ("repetitions", "location", "source"):
        found = getattr(rec, name)
        if found is not None:
            fields[name] = found.value
            if found.span is not None:
                ev[name] = found.span
    if rec.certainty in ("denied", "alleged") and _own_denial_only(ctx, fields.get("violated_state")):
        # "Warsaw denied that five drones had entered Polish airspace", "... reports that
        # a drone may have entered" (a claim in the conditional is 'alleged')
        return None, diags
    fields["certainty"] = Certainty(rec.certainty)
    if "violated_state" not in fields:
        diags.append(diagnostic(text, "W210", anchor.span))
    if "aircraft_category" not in fields:
        diags.append(diagnostic(text, "W211", anchor.span))
    start = ctx.doc.sentence(anchor.span[0]).start
    end = max([anchor.span[1], *(e for _, e in ev.values())])
    return Incident(span=(start, end), evidence=ev, **fields), diags


def _unborrowed(ctx: Ctx, rec: Slots) -> None:
    """A digest's tally of its own whose aircraft was told in a paragraph before it
    (``who.borrowed_kind``): that aircraft tells not the kind, model, count or state of
    its crossings; the record keeps one of unknown kind."""
    a = rec.aircraft
    if a is not None and borrowed_kind(ctx, a):
        rec.borrowed = True
        rec.aircraft = dataclasses.replace(
            a, category="unknown", model=None, role=None, state=None, count=None
        )
        rec.aircraft = dataclasses.replace(rec.aircraft, counted=False, plural=True)


def _month_tally(ctx: Ctx, rec: Slots, fields: dict[str, Any]) -> bool:
    """ "In October, the Nigerien air force recorded 7 violations of national airspace",
    « en octobre, le Niger a enregistré 6 violations de son espace aérien »: a count of
    crossings of a state's sky (repetitions), kept (a word of recording before the noun
    in its sentence, ``Doc.recording``) over a month its sentence names by its name, is a record of
    that month's crossings, though it names no aircraft and no violator; not when its
    paragraph goes on to tell crossings of aircraft (then it is their summary)."""
    doc, anchor, date = ctx.doc, ctx.anchor, rec.date
    if rec.repetitions is None or "violated_state" not in fields or date is None or date.mention is None:
        return False
    named = "month" in date.mention.extra.get("parts", {})  # "in October", not "last month"
    if (
        date.mention.extra.get("precision") != "month"
        or not named
        or anchor.verb is None
        or not anchor.verb.noun
    ):
        return False
    sent, para = doc.sentence(anchor.span[0]), doc.paragraph(anchor.span[0])
    if between(doc.facts.aircraft, anchor.span[1], para.end):
        return False  # "Finland counted two violations in May. A Russian Mi-8 ...": their summary
    told = sent.start <= date.mention.span[0] < sent.end
    return told and bool(doc.recording(sent.start, anchor.span[0]))


def _no_crossing(ctx: Ctx, rec: Slots, fields: dict[str, Any]) -> bool:
    """Do the record's states and aircraft tell no crossing after all (a topic, an
    accident, a flight over a city or a site, a war's strike)? The cascade of
    ``build``'s refusals, in the order they are asked."""
    parted = ctx.draft.part_state is not None  # "..., of which four over Lithuania": a state's part
    if (
        rec.aircraft is None
        and "violator_state" not in fields
        and not parted
        and not others_of_noun(ctx)
        and not _month_tally(ctx, rec, fields)
    ):
        return True  # "violations have become frequent": a topic, not a crossing
    if _space_launch(ctx, rec):
        return True  # "launched a satellite whose rocket flew over Okinawa": through space
    if not parted and all(alliance_goal(ctx.doc, a) for a in ctx.draft.anchors):
        return True  # "five Russian jets strayed into NATO airspace": no one state's sky
    if "violator_state" not in fields and _sent_from_within(ctx, fields):
        return True  # "a balloon launched from Lithuania landed in Varėna district"
    if _strike_in_target(ctx, fields):
        return True  # "a drone Russia launched at Ukrainian ports crashed in Ukraine": a war's
    if (
        "violator_state" not in fields
        and all(needs_violator(a.rule) for a in ctx.draft.anchors)
        and not _in_attack(ctx, rec, fields)
        and not _from_abroad(ctx, fields)
        and not _named_from_abroad(ctx, rec)
        and not _another_of_prev(ctx, rec, fields)
        and not _ranked_of_prev(ctx, fields)
        and not _items_of_heading(ctx, fields)
        and not _stranger_in_sky(ctx, rec)
    ):
        return True  # "a passenger plane crashed in Nepal": an accident, not a crossing
    if rec.aircraft is not None and any(
        not admits(ctx.doc, a, rec.aircraft.category) for a in ctx.draft.anchors
    ):
        return True  # "a Turkish airliner landed in Athens": told only of drones and balloons
    capital_only = all(_capital_only(a) for a in ctx.draft.anchors)
    if (
        "violator_state" not in fields
        and capital_only
        and not _foreign(ctx, rec)
        and not _series_of_prev(ctx, fields)
    ):
        return True  # "an airliner flew low over Chisinau": a city flown over by nobody's
    if "violated_state" not in fields and all(needs_violated(a.rule) for a in ctx.draft.anchors):
        return True  # "drones flew over the same area" with no state crossed told before
    if (
        "violator_state" not in fields
        and "violated_state" not in fields
        and (_land_only(ctx) or _nouns_only(ctx))
    ):
        return True  # "drones flew over the Elsenborn camp": no state's crossing told
    if "violator_state" not in fields and _site_only(ctx):
        return True  # "drones flew over Aalborg airport overnight": a site's, no crossing
    if "violator_state" not in fields and _weather_balloon_over_place(ctx):
        return True  # "a weather balloon of the weather service was seen over X": its own
    if "violated_state" not in fields and all(_capital_of_nobody(ctx, a) for a in ctx.draft.anchors):
        return True  # "drones were seen over the capital": a city, no state's crossing told
    if "violated_state" not in fields and _kind_of_nouns(ctx):
        return True  # "amid Russian drone incursions into NATO airspace": a topic
    if "violator_state" not in fields and owned_by_violated(ctx, fields.get("violated_state")):
        return True  # "Debris of a drone was found in Latvia. It belonged to the Latvian army"
    return False


def _own_denial_only(ctx: Ctx, violated: object) -> bool:
    """ "L'armée polonaise a démenti que cinq drones soient entrés dans l'espace aérien
    polonais", "Warsaw denied that five drones had entered Polish airspace": a crossing
    told only under a word of denial (a CUE "deny" before each of its anchors in their
    clause) said by the violated state itself, or by a body of no state told ("the
    army denied that ...") and of none told before it (``_body_state_before``), is told
    by no one as fact: no record. Told as fact
    elsewhere ("Two helicopters violated Indian airspace ... Officials denied it"), or
    denied by the accused side ("Moscow denied that its jets had violated ..."), the
    record stands, denied; a claim of the denier's own told after a list word and a word
    of saying ("rejected the accusation and said instead that ...") is told as fact. A
    denial whose speaker is a pronoun ("Il a aussi démenti des rumeurs selon lesquelles
    ...", "It also denied reports that ...") is said by the last body told before, when
    that body is the violated state's."""
    doc = ctx.doc
    for a in ctx.draft.anchors:
        sent = doc.sentence(a.span[0])
        cues = _denial_of(doc, a.span)
        if not cues:
            return False
        # what stands between the denial and the crossing, in the crossing's clause
        cue = cues[0].span
        before = cue[0] < a.span[0]
        lo, hi = (max(cue[1], doc.clause(a.span[0]).start), a.span[0]) if before else (a.span[1], cue[0])
        if between(doc.facts.verbs, lo, hi):
            return False  # "denied having shot down a drone that had entered ...": not the crossing denied
        if doc.cues.within("COORD_CUE", lo, hi):
            return False  # "denied targeting X and accused Y of sending drones over Z": its own claim
        speech = [c for c in between(doc.facts.cues, lo, hi) if c.value == "say"]
        if any(doc.cues.ending_at("LIST_CUE", c.span[0], doc.text) for c in speech):
            return False  # "rejected the accusation and said instead that a Guyanese plane ..."
        lo, hi = sent.start, cues[0].span[0]
        said = {s.state for s in between(doc.facts.sources, lo, hi)}
        said |= {st.code for st in between(doc.facts.states, lo, hi) if not st.demonym}
        if said == {None}:
            said = {_body_state_before(doc, sent.start)}
        elif not said and _body_state_before(doc, sent.start) == violated:
            said = {violated}  # "Il a aussi démenti ...": a pronoun, the body told before
        if not said or said - {None, violated}:
            return False
    return True


def _body_state_before(doc: Doc, pos: int) -> str | None:
    """The state of a body of no state told ("Le porte-parole a démenti les informations
    selon lesquelles des drones turcs auraient survolé ...", "the spokesman denied"): that
    of the last body of a state told before its sentence in the report ("Le ministère
    turc de la Défense a accusé ..."), the one who speaks for it; none told, none."""
    told = [s.state for s in between(doc.facts.sources, 0, pos) if s.state]
    return told[-1] if told else None


def _denial_of(doc: Doc, at: Span) -> list[Mention]:
    """The word of denial (a CUE "deny") that governs the crossing at ``at``: the last one
    before it in its clause (the denial's own clause: "Riga denied it, saying the drone
    was over Latvian territory" tells a crossing in the clause of another word, as fact);
    in a language whose verb may close its clause (``verb_last``), one that closes the
    crossing's clause ("hat Berichte über eine Verletzung ... zurückgewiesen"); or the
    last one of the clause right before, when only a comma and a word of "that"
    (THAT_CUE) open the crossing's ("hat bestritten, dass eine Drohne ... verletzt hat")."""
    clause = doc.clause(at[0])
    cues = [c for c in between(doc.facts.cues, clause.start, at[0]) if c.value == "deny"][-1:]
    if cues:
        return cues
    if doc.lexicon.verb_last:
        closing = [c for c in between(doc.facts.cues, at[1], clause.end) if c.value == "deny"][-1:]
        if closing and not doc.text[closing[0].span[1] : clause.end].strip(" .,;:!?"):
            return closing
    head = doc.text[clause.start : clause.end]
    that = doc.cues.opening("THAT_CUE", clause.start + len(head) - len(head.lstrip()))
    if that is None or clause.start == doc.sentence(at[0]).start:
        return []
    before = doc.clause(clause.start - 1)
    told = [c for c in between(doc.facts.cues, before.start, before.end) if c.value == "deny"][-1:]
    gap = doc.text[told[0].span[1] : that.start] if told else "x"
    return told if not gap.strip(" ,") else []


def _land_only(ctx: Ctx) -> bool:
    """Is every anchor of the draft a piece of land flown over whose state nothing
    tells ("ont survolé le camp militaire d'Elsenborn, dans la province de Liège", "flew
    over the town of X")? With no state on either side, that is a flight over some
    place, not a crossing into a state's airspace."""
    return all(isinstance(a.goal, Place) and not a.goal.state for a in ctx.draft.anchors)


def _weather_balloon_over_place(ctx: Ctx) -> bool:
    """ "Un ballon-sonde lâché par l'Administration nationale de météorologie a été
    signalé au-dessus de Constanta", "a weather balloon launched by the weather service
    was seen over Anchorage": a weather balloon (WEATHER_CUE in the aircraft's words) of
    no state, every anchor a flight over a place (no state, no zone), with no word of
    where it came from (FROM_CUE) in its sentence, is the country's own: no crossing."""
    doc = ctx.doc
    ac = ctx.draft.aircraft
    if ac is None:
        return False
    # the word may run past the aircraft's phrase ("un ballon météo", "a sounding balloon")
    sent = doc.sentence(ac.span[0])
    told = doc.cues.within("WEATHER_CUE", sent.start, sent.end)
    if not [c for c in told if c.start < ac.span[1] and c.end > ac.span[0]]:
        return False
    for a in ctx.draft.anchors:
        if not isinstance(a.goal, Place):
            return False
        sent = doc.sentence(a.span[0])
        if doc.cues.within("FROM_CUE", sent.start, sent.end):
            return False
    return bool(ctx.draft.anchors)


def _site_only(ctx: Ctx) -> bool:
    """ "Droni non identificati hanno sorvolato l'aeroporto di Aalborg", "Drohnen über
    dem Fliegerhorst X", "дроны над аэродромом X": every anchor a flight over a place
    told as a site (SITE_CUE key "site": an airport, a base, a plant, between the verb
    and the place's name), by aircraft of no state, with no word of where they came
    from (FROM_CUE) in its sentence: drones over a domestic site, a case for its
    police, not a crossing into the state the gazetteer gives the town. The site's
    state told after it is the same ("la centrale de Doel, en Belgique", "the Doel
    plant in Belgium"): the goal is then the state, the site word before it. A
    language with no such words keeps the place's state a crossing."""
    doc = ctx.doc
    for a in ctx.draft.anchors:
        g = a.goal
        if not isinstance(g, (Place, StateRef)) or (a.verb is not None and a.span[1] > g.span[0]):
            return False
        # from the verb ("survolé l'aéroport de X"), or from the clause's start when a word
        # of "in" or the state listed is the anchor ("signalés au-dessus d'aéroports au
        # Danemark, en Norvège et en Allemagne")
        lo = a.span[1] if a.verb is not None else a.clause.start
        if not any(c.key == "site" for c in doc.cues.within("SITE_CUE", lo, g.span[1])):
            return False
        sent = doc.sentence(a.span[0])
        if doc.cues.within("FROM_CUE", sent.start, sent.end):
            return False
    return bool(ctx.draft.anchors)


def _capital_of_nobody(ctx: Ctx, a: Anchor) -> bool:
    """Is the anchor's goal a capital told as a zone with no state ("over the capital",
    "au-dessus de la capitale": CAPITAL_CUE in it)? Its state told with it ("its
    capital", "the North Korean capital", "la capitale nord-coréenne") is the state
    crossed; with none, a flight over some city ("a helicopter flew over the capital
    during the parade")."""
    g = a.goal
    doc = ctx.doc
    return isinstance(g, ZoneRef) and bool(doc.cues.within("CAPITAL_CUE", g.span[0], g.span[1]))


def _nouns_only(ctx: Ctx) -> bool:
    """Is every anchor of the draft a noun of violation ("after a series of airspace
    violations", "après une série de violations de l'espace aérien")? With no state on
    either side, that names a topic, not a crossing."""
    return all(a.verb is not None and a.verb.noun for a in ctx.draft.anchors)


def _kind_of_nouns(ctx: Ctx) -> bool:
    """ "Amid a wave of Russian drone incursions into NATO airspace", "un groupe qui
    recense les incursions de drones russes dans l'espace aérien de l'OTAN": every
    anchor a noun of violation whose aircraft tells only a kind, with no count told
    (the bare word right before the noun, "drone incursions", or a bare plural,
    "incursions de drones russes"). With no state crossed, that names a topic, not a
    crossing; "a Russian drone incursion into ...", counted, or one told with its day
    ("the incursion of Russian drones into NATO airspace on Monday") still tells one."""
    ac = ctx.rec.aircraft
    if ac is None or ac.counted or ac.definite or ctx.rec.date is not None or not _nouns_only(ctx):
        return False
    text = ctx.doc.text
    return ac.plural or any(not text[ac.span[1] : a.span[0]].strip() for a in ctx.draft.anchors)


def _space_launch(ctx: Ctx, rec: Slots) -> bool:
    """ "Pyongyang launched a satellite whose rocket flew over Okinawa", "la Corée du
    Nord a lancé un satellite dont la fusée a survolé Okinawa": a rocket, a missile or
    no aircraft told (a word of no kind), each anchor's sentence telling a satellite or a
    launch into space (SPACE_CUE), flew through space on its path, over the states
    below it: no crossing of their airspace. An aircraft of a kind ("a drone", "a
    helicopter") told beside a satellite still crosses."""
    if rec.aircraft is not None and rec.aircraft.category != "unknown":
        return False
    doc = ctx.doc
    return all(
        bool(doc.cues.within("SPACE_CUE", doc.sentence(a.span[0]).start, doc.sentence(a.span[0]).end))
        for a in ctx.draft.anchors
    )


def _in_attack(ctx: Ctx, rec: Slots, fields: dict[str, Any]) -> bool:
    """ "Two drones fell on its territory during a Russian attack on Ukraine", "deux
    drones sont tombés ... lors d'une attaque russe contre l'Ukraine": drones of no state
    told coming down in a state during an attack (ATTACK_CUE in the crossing's
    sentence) on a third state (or a place of it: "on the Ukrainian port of Izmail")
    named after it, by a state named right before or after the word or by none told
    ("during the overnight attack on Ukraine"), crossed into the state they fell in; no
    accident. The attack's state is not the drones' (no violator
    is given). Not an attack told as another event ("days
    after a Russian attack": REFERENCE_CUE between), nor one with no target told (a
    war's drones falling in the attacked state)."""
    a = rec.aircraft
    violated = fields.get("violated_state")
    if a is None or a.category != "drone" or violated is None:
        return False
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    for cue in doc.cues.within("ATTACK_CUE", sent.start, sent.end):
        lo, hi = sorted((ctx.anchor.span[1], cue.start))
        # "shortly after 3 a.m." is a time of the crossing, no event it came after
        clock = [m.span for m in between(doc.facts.mentions, lo, hi) if m.kind in ("time", "date")]
        refs = doc.cues.within("REFERENCE_CUE", lo, hi)
        if any(not any(s <= r.start and r.end <= e for s, e in clock) for r in refs):
            continue
        by, targets = _attack_parties(doc, sent, cue, str(violated))
        # the attacker may go untold ("during the overnight attack on Ukraine"): the
        # target, a third state, says where the drones were sent
        if any(t != str(violated) and not (by and t == by[0]) for t in targets):
            return True
    return False


def _attack_parties(doc: Doc, sent: Scope, cue: Cue, skip: str | None) -> tuple[list[str], list[str]]:
    """Who attacks and whom, told with an attack word (ATTACK_CUE) in a sentence: the
    attacker, a nationality right before or after the word ("a Russian attack", "des
    frappes russes") or the state of the aircraft phrase it ends ("a massive Russian
    drone attack"); the targets, states or places of a state named after it, in text
    order. ``skip``: a state that is neither (the one the aircraft came down in)."""
    states = [s for s in between(doc.facts.states, sent.start, sent.end) if s.code != skip]
    told_by = [s for s in states if s.demonym and adjacent(doc.text, s.span, (cue.start, cue.end))]
    by = [s.code for s in told_by]
    states = [s for s in states if s not in told_by]  # "des frappes russes contre": no target
    by += [
        x.state
        for x in between(doc.facts.aircraft, sent.start, cue.start)
        if x.state and x.state != skip and cue.start <= x.span[1] <= cue.end
    ]
    # the target: a state, or a place of a state ("the Ukrainian port of Izmail")
    targets = [(s.span[0], s.code) for s in states if s.span[0] > cue.end]
    targets += [(p.span[0], p.state) for p in between(doc.facts.places, cue.end, sent.end) if p.state]
    return by, [code for _, code in sorted(targets)]


def _strike_in_target(ctx: Ctx, fields: dict[str, Any]) -> bool:
    """ "A drone launched by Russia against Ukrainian ports crashed on Ukrainian
    territory", "un drone lancé par la Russie contre des ports ukrainiens s'est écrasé
    en territoire ukrainien", "during a Russian attack on Ukraine, a Russian drone fell
    in the Odesa region": an aircraft of a state told coming down (every anchor a verb
    of [verbs] coming_down) in the state that state attacks in the crossing's sentence
    (the first target of an attack word whose attacker is the violator, or of a verb of
    sending whose agent it is: "launched by Russia", "Russia launched", then
    TARGET_CUE and the target) is a war's strike in its target, no crossing into it; so
    is one that state sent with no other target told, downed by the defence of the state
    it came down in (``_downed_at_home``, told in its paragraph or the one before:
    "Ukraine's air force said it shot down 38 of 52 drones Russia launched overnight.
    Debris fell in the Kyiv region"). Coming down in a third state (``_in_attack``) or
    told going in ("entered Ukrainian airspace") is still one."""
    violator, violated = fields.get("violator_state"), fields.get("violated_state")
    doc = ctx.doc
    # "Russian drones were tracked over Ukraine", "flew over the Kharkiv region": told
    # only flying or seen over the state at war with its own (FLOWN_OVER), a strike too
    over = all(
        a.rule in FLOWN_OVER or (a.verb is not None and a.verb.key in COMING_DOWN) for a in ctx.draft.anchors
    )
    # "drones launched by Russia ... over the Kyiv region": sent by one side into the other
    sent_in = all(a.rule in SENT_INTO for a in ctx.draft.anchors)
    if over and violator is None and violated is not None and _war_attack_on(ctx, str(violated)):
        return True  # "during a Russian attack on Odesa, drones ... remained over Ukraine"
    if violator is None or violated is None:
        return False
    down = all(a.verb is not None and a.verb.key in COMING_DOWN for a in ctx.draft.anchors)
    if (over or sent_in) and _at_war(doc, str(violator), str(violated)):
        return True
    if not down:
        return False
    sent = doc.sentence(ctx.anchor.span[0])
    for cue in doc.cues.within("ATTACK_CUE", sent.start, sent.end):
        by, targets = _attack_parties(doc, sent, cue, None)
        if by[:1] == [str(violator)] and targets[:1] == [str(violated)]:
            return True
    para = doc.paragraph(ctx.anchor.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    for v in between(doc.facts.verbs, lo, sent.end):
        if v.key not in _LAUNCHING or v.negated or _launch_agent(doc, v)[0] != str(violator):
            continue
        if sent.start <= v.span[0] and _launch(doc, v) == (str(violator), str(violated)):
            return True
        # "shot down a drone Russia launched at Izmail": aimed at another place or state
        aimed = doc.cues.within("TARGET_CUE", _launch_agent(doc, v)[1], doc.clause(v.span[0]).end)
        home = _launch(doc, v) == (str(violator), str(violated))
        if _downed_at_home(doc, v, str(violated)) and (not aimed or home):
            return True
    return False


def _war_attack_on(ctx: Ctx, violated: str) -> bool:
    """Is an attack on ``violated``, a side of a war, told anywhere in the report, by
    the state at war with it or by none named ("during the overnight Russian attack on
    Ukraine's Odesa region", "lors des attaques contre les ports ukrainiens": ATTACK_CUE,
    its attacker and first target, ``_attack_parties``; in paragraphs before or after,
    as a war digest's dated lines tell them: "- 12 Oct: 40 drones over Ukraine" ... "- 14
    Oct: Russian strikes on Ukraine's grid")? Aircraft of no state told only flying over
    the attacked state are then the war's."""
    doc = ctx.doc
    if not any(violated in sides for sides in wars_on(doc)):
        return False
    for cue in doc.cues.within("ATTACK_CUE", 0, len(doc.text)):
        by, targets = _attack_parties(doc, doc.sentence(cue.start), cue, None)
        # the attacker untold ("lors des attaques contre les ports ukrainiens"): the war's
        if targets[:1] == [violated] and (not by or _at_war(doc, by[0], violated)):
            return True
    return False


#: states at war with each other, and since when ([[war]] of rules.toml)
def _at_war(doc: Doc, violator: str, violated: str) -> bool:
    """Are the aircraft's state and the state it came down in at war ([[war]] of
    rules.toml) on the report's day (or at all, with no day told)? Its state then
    attacks the one it came down in, told or not."""
    return frozenset((violator, violated)) in wars_on(doc)


def _launch_agent(doc: Doc, v: Verb) -> tuple[str | None, int]:
    """Who sent the aircraft of a verb of sending: the state right before it ("Russia
    launched"), the state of the aircraft right before it ("a Russian drone launched"),
    or the state after it with an AGENT_CUE ("launched by Russia"); and where what
    follows the agent begins."""
    clause = doc.clause(v.span[0])
    before = [s for s in between(doc.facts.states, clause.start, v.span[0]) if not s.demonym][-1:]
    agent = before[0].code if before and adjacent(doc.text, before[0].span, v.span) else None
    # "a Russian drone launched at ...": the state of the aircraft it is told of
    told = [
        x for x in between(doc.facts.aircraft, clause.start, v.span[0]) if adjacent(doc.text, x.span, v.span)
    ]
    agent = agent or (told[0].state if told else None)
    after = between(doc.facts.states, v.span[1], clause.end)[:1]
    if agent is None and after and not after[0].demonym:
        cue = doc.cues.ending_at("AGENT_CUE", after[0].span[0], doc.text)
        if cue is not None and not doc.text[v.span[1] : cue.start].strip():
            return after[0].code, after[0].span[1]
    return agent, v.span[1]


def _launch(doc: Doc, v: Verb) -> tuple[str, str] | None:
    """Who sent the aircraft of a verb of sending (``_launch_agent``), and at whom: a
    TARGET_CUE and the first state or place of a state after it in its clause
    ("against Ukrainian ports", "at the Ukrainian port of Izmail")."""
    agent, start = _launch_agent(doc, v)
    if agent is None:
        return None
    clause = doc.clause(v.span[0])
    for cue in doc.cues.within("TARGET_CUE", start, clause.end)[:1]:
        states = [(s.span[0], s.code) for s in between(doc.facts.states, cue.end, clause.end)]
        states += [(p.span[0], p.state) for p in between(doc.facts.places, cue.start, clause.end) if p.state]
        if states:
            return agent, str(min(states)[1])
    return None


def _downed_at_home(doc: Doc, v: Verb, violated: str) -> bool:
    """ "Ukraine's air force said it shot down 38 of 52 drones Russia launched
    overnight", "l'armée de l'air ukrainienne a abattu 38 des 52 drones lancés par la
    Russie": a verb of downing before the verb of sending in its sentence, told by a
    speaker or of a state that is the state the aircraft then came down in: an attack
    on that state, downed by its own defence."""
    sent = doc.sentence(v.span[0])
    downs = [d for d in between(doc.facts.verbs, sent.start, v.span[0]) if d.key == "down" and not d.negated]
    if not downs:
        return False
    at = downs[-1].span[0]
    told = [s.code for s in between(doc.facts.states, sent.start, at)]
    told += [x.state for x in between(doc.facts.sources, sent.start, at) if x.state and not x.according]
    return violated in told


#: verbs of going in or across, told before the state the aircraft came from
_GOING_IN = frozenset(rules()["verbs"]["going_in"]) | {"cross", "violate"}
#: and of coming down in, for a crossing of a series ("A second drone crashed near X")
_GOING_IN_OR_DOWN = _GOING_IN | SET_DOWN
#: kinds of aircraft whose origin told with their noun says they came from abroad
_ORIGIN_KINDS = frozenset(rules()["origin"]["kinds"])
#: mentions that tell no party of a crossing: cues, and its day and time
_NOT_TOLD = frozenset({"cue", "date", "time"})
#: verbs of sending an aircraft on its way ("a balloon launched from Belarus landed in X")
_LAUNCHING = frozenset(rules()["verbs"]["launching"])


def _sent_aircraft(ctx: Ctx, v: Verb) -> bool:
    """A verb of sending ([verbs] launching) told of an aircraft of a known kind (a
    drone, a balloon, a plane: not a missile or an object of no kind)."""
    a = ctx.rec.aircraft
    return v.key in _LAUNCHING and a is not None and a.category != "unknown"


def _sent_from_within(ctx: Ctx, fields: dict[str, Any]) -> bool:
    """ "A weather balloon launched from Lithuania landed in the Varėna district", "un
    ballon lancé par la Lituanie s'est posé dans le district de Varėna": an aircraft of no
    state sent (a verb of [verbs] launching of an aircraft of a known kind, not negated)
    from or by the state it is then told in (a FROM_CUE or an AGENT_CUE, then that state
    by its name, right after the verb, in the crossing's sentence) flew in its own sky: no
    crossing. From or by another state, it came from abroad (``_from_abroad``)."""
    violated = fields.get("violated_state")
    if violated is None:
        return False
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    for v in between(doc.facts.verbs, sent.start, sent.end):
        if v.negated or not _sent_aircraft(ctx, v):
            continue
        if _sent_by_own_force(ctx, v, str(violated)):
            return True
        nxt = [m for m in between(doc.facts.mentions, v.span[1], sent.end) if m.kind != "cue"][:1]
        if not nxt or nxt[0].kind != "state" or nxt[0].extra.get("demonym"):
            continue
        if str(nxt[0].value) != str(violated):
            continue
        at = nxt[0].span[0]
        cue = doc.cues.ending_at("FROM_CUE", at, doc.text) or doc.cues.ending_at("AGENT_CUE", at, doc.text)
        if cue is not None and not doc.text[v.span[1] : cue.start].strip():
            return True
    return False


def _sent_by_own_force(ctx: Ctx, v: Verb, violated: str) -> bool:
    """ "Le ballon lancé par l'armée sud-coréenne est retombé dans la province du
    Gyeonggi": the agent right after the verb of sending (an AGENT_CUE, then an authority
    with a nationality, nothing else between) is a force of the state it is told in."""
    doc = ctx.doc
    for s in between(doc.facts.sources, v.span[1], doc.clause(v.span[0]).end)[:1]:
        cue = doc.cues.within("AGENT_CUE", v.span[1], s.span[1])[:1]
        if not (s.authority and s.state == violated and cue) or s.according:
            return False
        return not doc.text[v.span[1] : cue[0].start].strip()
    return False


def _another_of_prev(ctx: Ctx, rec: Slots, fields: dict[str, Any]) -> bool:
    """ "A drone entered Polish airspace near X. A second drone entered near Lublin": an
    aircraft told as another (ANOTHER_CUE in its phrase or right before it) of the kind
    of the record told before it in its episode chain, going into the state that one
    went into by a verb of going in ([verbs] going_in) or came down in ("A second drone
    crashed near Zamość": anchors._another_after_crossing), came as that one did: a
    crossing of the series, no accident ("two other drones were seen over Kaunas" tells
    no going in). So is one named anew (no article of reference) with a day of its own
    (told in its sentence) after crossings of its kind into that state told several
    times ("Drones entered Lithuanian airspace twice in October. On 19 October, a
    Gerbera drone crashed in Lithuania"): one of them, not a tally's part ("14
    violations, of which 3 ended in crashes")."""
    verb = ctx.anchor.verb
    if verb is None or verb.key not in _GOING_IN_OR_DOWN:
        return False
    prev, mine = _prev_into_same(ctx, fields), rec.aircraft
    if prev is None or prev.aircraft is None or mine is None or mine.category != prev.aircraft.category:
        return False
    if told_as_another(ctx.doc, mine):
        return True
    return not mine.definite and _told_several_times(prev) and _own_day(ctx, rec)


def _own_day(ctx: Ctx, rec: Slots) -> bool:
    """Is the record's date a day (precision day) told in its anchor's sentence?"""
    told = rec.date.mention if rec.date is not None else None
    if told is None or told.extra.get("precision") != "day":
        return False
    sent = ctx.doc.sentence(ctx.anchor.span[0])
    return sent.start <= told.span[0] < sent.end


def _told_several_times(rec: Slots) -> bool:
    """Was the crossing of ``rec`` told as made several times ("twice", "à plusieurs
    reprises": repetitions above one)?"""
    reps = rec.repetitions.value if rec.repetitions is not None else None
    return reps == "multiple" or (isinstance(reps, int) and not isinstance(reps, bool) and reps > 1)


def _prev_into_same(ctx: Ctx, fields: dict[str, Any]) -> Slots | None:
    """The record told before in the episode chain (``Ctx.prev``) when it went into the
    state this record goes into, else None."""
    prev = ctx.prev
    violated = fields.get("violated_state")
    if prev is None or prev.violated_state is None or violated is None:
        return None
    return prev if str(prev.violated_state.value) == violated else None


def _ranked_of_prev(ctx: Ctx, fields: dict[str, Any]) -> bool:
    """ "Two drones violated Moldovan airspace. The first entered near Criva ... The second
    was detected over Ocnita district": a member of a group told before, its rank opening
    the clause of each of its words (``anchors.ranked_member``), seen inside the state the
    record told before it in its episode chain went into, is one of that crossing's
    aircraft, no sighting of an aircraft of no state."""
    if _prev_into_same(ctx, fields) is None:
        return False
    return all(ranked_member(ctx.doc, a.span) for a in ctx.draft.anchors)


def _from_abroad(ctx: Ctx, fields: dict[str, Any]) -> bool:
    """ "A drone came down near the Latvian town of Gulbene after crossing from Russia",
    "un drone s'est écrasé en Lettonie après être entré depuis la Russie": an aircraft
    of no state told coming down in a state after going in or across from another state
    (a verb of [verbs] going_in or of crossing, then, with only cues between, a
    FROM_CUE and that state, its land or its sky, in the crossing's sentence; a verb of
    flying with "in from": "had flown in from Belarus"; a verb of sending of an aircraft
    of a known kind: "a drone launched from Sudan crashed near Abéché", "a balloon
    launched from Belarus landed in Varėna district"; or that origin told of the
    aircraft right before its verb of going in: "un drone en provenance du Bélarus a
    pénétré") came from abroad: no accident.
    The state it came from is a direction, no violator. A flight "from" a state told
    by no verb of going in ("a passenger plane flying from Turkey crashed in Nepal")
    stays an accident."""
    violated = fields.get("violated_state")
    if violated is None:
        return False
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    at, goal = ctx.anchor.span, ctx.anchor.goal_span
    for v in between(doc.facts.verbs, sent.start, sent.end):
        lo, hi = min(at[1], v.span[1]), max(at[0], v.span[0])
        if v.negated or between(doc.facts.aircraft, lo, hi):
            continue  # "..., days after Russian jets had crossed from Belarus": theirs
        nxt = [m for m in between(doc.facts.mentions, v.span[1], sent.end) if m.kind != "cue"][:2]
        # "crossed into Lubelskie from Belarus": the place gone into, then where from
        nxt = nxt[1:] if v.span == at and nxt and goal[0] <= nxt[0].span[0] < goal[1] else nxt[:1]
        # the verb closing its clause after its goal ("Ballons aus Belarus wurden über
        # Litauen gesichtet"): what is told before the goal
        upto = goal[0] if v.span == at and goal[1] <= v.span[0] else v.span[0]
        told = (
            _group_told(doc, sent, v)
            # a day or a time told between the origin and the verb leaves the origin the
            # aircraft's ("Метеозонды из Беларуси в воскресенье были замечены над Литвой")
            or [m for m in between(doc.facts.mentions, sent.start, upto) if m.kind not in _NOT_TOLD][-2:]
        )
        # "two objects, most likely balloons, flew in from Belarus": an aircraft named again
        # in apposition is no origin; the phrase after the verb tells it
        told = [] if len(told) == 2 and told[1].kind == "aircraft" else told
        drifted = len(told) == 2 and told[0].kind == "aircraft" and told[0].value in _ORIGIN_KINDS
        if len(told) == 2 and told[0].kind == "aircraft" and (v.key in _GOING_IN or drifted):
            nxt = told[1:]  # "un drone en provenance du Bélarus a pénétré": the aircraft's origin
        downed = _downed_from(doc, v, sent)
        if downed:
            nxt, drifted = downed, True  # "shot down a drone coming from Pakistan near X"
        if not nxt or nxt[0].kind not in ("state", "zone", "location"):
            continue
        # a state, or its land or sky ("after entering from Belarusian territory")
        came = nxt[0].value if nxt[0].kind == "state" else nxt[0].extra.get("state")
        start = nxt[0].span[0]
        cue = doc.cues.ending_at("FROM_CUE", start, doc.text) or doc.cues.opening("FROM_CUE", start)
        # a verb of flying goes in only with "in from" ("had flown in from Belarus"), not
        # "flying from Turkey"; an aircraft (not a rocket) sent from a state came from
        # there ("a drone launched from Sudan crashed near Abéché", "lancé depuis")
        went = cue is not None and (
            v.key in _GOING_IN or (v.key == "fly" and cue.key == "in") or _sent_aircraft(ctx, v) or drifted
        )
        if not (went or _flown_over(ctx, v, nxt[0])):
            continue
        if came and str(came) != str(violated):
            return True
    return False


def _flown_over(ctx: Ctx, v: Verb, where: Mention) -> bool:
    """ "A drone crashed near Ocnita after flying over Ukraine", « après avoir survolé le
    territoire ukrainien »: a verb of flying over (key "overfly", or "fly" with an
    OVER_CUE right before ``where``), not negated, told of a drone or a balloon ([origin]
    kinds: "a passenger plane flying over Turkey crashed in Nepal" stays an accident),
    whose object, the first mention after it, is a state or its land or sky: the
    aircraft was over that state before it came down."""
    doc, a = ctx.doc, ctx.rec.aircraft
    if a is None or a.category not in _ORIGIN_KINDS:
        return False
    if v.negated or where.kind not in ("state", "zone", "location") or where.extra.get("demonym"):
        return False
    if v.key == "overfly":
        return True
    return v.key == "fly" and doc.cues.ending_at("OVER_CUE", where.span[0], doc.text) is not None


def _downed_from(doc: Doc, v: Verb, sent: Scope) -> list[Mention]:
    """ "Border guards shot down a drone coming from Pakistan near Amritsar", "a abattu un
    drone venu du Pakistan": a verb of bringing down (key "down") whose object, a drone
    or a balloon ([origin] kinds), is told right after it with where it came from: that
    origin (the mention after the aircraft), else none."""
    if v.key != "down":
        return []
    after = [
        m for m in between(doc.facts.mentions, v.span[1], sent.end) if m.kind not in ("cue", "date", "time")
    ][:2]
    if len(after) < 2 or after[0].kind != "aircraft" or after[0].value not in _ORIGIN_KINDS:
        return []
    return after[1:]


def _group_told(doc: Doc, sent: Scope, v: Verb) -> list[Mention]:
    """ "60 balloons from Belarus were tracked, 25 of which fell near Kaunas": the verb's
    subject a counted part of a group told before it in its sentence
    (``anchors.group_of_part``): the group and what is told right after it (where it
    came from), as if told right before the verb ("60 balloons from Belarus fell");
    none for any other subject."""
    group = group_of_part(doc, v.span)
    if group is None:
        return []
    return [m for m in between(doc.facts.mentions, group.span[0], v.span[0]) if m.kind != "cue"][:2]


def _capital_only(a: Anchor) -> bool:
    """Is the anchor a flight over a state's capital told by its name ("over Beirut",
    "overflew Chisinau", "a survolé Chisinau": the capital as the verb's object)? Of
    an aircraft of a state told, a crossing into that state; of nobody's, a flight
    over a city."""
    return isinstance(a.goal, (Place, StateRef)) and a.goal.capital


def _series_of_prev(ctx: Ctx, fields: dict[str, Any]) -> bool:
    """ "Israeli jets entered Lebanese airspace at 10:15. A drone also flew over Beirut for
    five hours", « ... Un drone a par ailleurs survolé Beyrouth »: an aircraft of no state
    flown over a capital right after a crossing of that capital's state by another
    state's aircraft (the record before, of the same stretch of text: ``Ctx.prev``) is one
    more of the crossings told, not a flight over a city."""
    prev = _prev_into_same(ctx, fields)
    if prev is None or prev.violator_state is None:
        return False
    return str(prev.violator_state.value) != fields.get("violated_state")


def _value(found: Found | None) -> str | None:
    return None if found is None else str(found.value)


def _items_of_heading(ctx: Ctx, fields: dict[str, Any]) -> bool:
    """ "Chronologie des violations de l'espace aérien moldave en 2026\n\n- 9 juin : un
    drone pénètre près de Giurgiulesti": a crossing told in the items of a list whose
    heading tells violations of the state crossed (``item_heading_state``) is one of
    them, whoever's aircraft it was."""
    violated = fields.get("violated_state")
    return violated is not None and all(
        item_heading_state(ctx.doc, a.span[0]) == violated for a in ctx.draft.anchors
    )


def _states(
    ctx: Ctx, rec: Slots, fields: dict[str, Any], ev: dict[str, tuple[int, int]], diags: list[Diagnostic]
) -> bool:
    """The two states, checked; False: no record (an aircraft in its own sky)."""
    text = ctx.doc.text
    violator, violated = _value(rec.violator_state), _value(rec.violated_state)
    if violator and violator == violated:
        # "Polish jets flew in Polish airspace": their own sky, no violation
        diags.append(diagnostic(text, "E205", ctx.anchor.span, state=violated))
        return False
    iso = ctx.doc.lexicon.iso_codes
    for name in ("violator_state", "violated_state"):
        found: Found | None = getattr(rec, name)
        if found is None:
            continue
        if iso and str(found.value) not in iso:
            diags.append(diagnostic(text, "E207", found.span or ctx.anchor.span, iso=found.value, field=name))
            setattr(rec, name, None)
            continue
        fields[name] = str(found.value)
        if found.span is not None:
            ev[name] = found.span
    return True


def _aircraft(ctx: Ctx, rec: Slots, fields: dict[str, Any], ev: dict[str, tuple[int, int]]) -> None:
    a = rec.aircraft
    if a is None:
        force = _air_force(ctx, rec)
        if force is not None:
            fields["aircraft_category"] = Category.AIRPLANE
            ev["aircraft_category"] = force
        return
    fields["aircraft_category"] = Category(a.category)
    ev["aircraft_category"] = a.span
    if a.model:
        fields["aircraft_model"] = a.model
        ev["aircraft_model"] = a.span
    if a.role:
        fields["aircraft_role"] = Role(a.role)
    counted = _counted_of_them(ctx, a) if a.count is None and a.plural else None
    if _names_an_attack(ctx.doc, a):
        return  # "Tuesday's drone strikes", "la frappe de drone": the attacks' count, not the drones'
    if a.count is not None:
        fields["aircraft_count"] = int(a.count)
        ev["aircraft_count"] = a.span
    elif counted is not None:
        fields["aircraft_count"] = counted[0]
        ev["aircraft_count"] = counted[1]
    elif (
        not a.plural
        or (a.model and ctx.draft.group_size > 1 and not _plural_items(ctx) and not _own_plural(ctx, a))
    ) and (ctx.draft.group_size > 1 or a.definite):
        fields["aircraft_count"] = 1  # "a Mi-8 and a Ka-52", "helicopters Mi-8 and Ka-52", "the helicopter"


def _names_an_attack(doc: Doc, a: Aircraft) -> bool:
    """Is the aircraft phrase a word of an attack noun (an ATTACK_CUE running past it:
    "the drone strikes", "a drone attack", "la frappe de drone")? Its count, told or
    assumed, is the attacks' ("two drone strikes"), none of the aircraft."""
    lo, hi = a.span
    return any(
        c.start < hi and lo < c.end and (c.end > hi or c.start < lo)
        for c in doc.cues.within("ATTACK_CUE", doc.sentence(lo).start, doc.sentence(lo).end)
    )


def _counted_of_them(ctx: Ctx, a: Aircraft) -> tuple[int, tuple[int, int]] | None:
    """ "Our radars detected balloons crossing from Belarus. We counted twenty-six of
    them", "... ; nous en avons recensé vingt-six": aircraft of no count, then, in their
    sentence or the next one of their paragraph, a count of them right after a word
    of recording (a partitive "26 of them" after RECORD_CUE key "record", or a number
    after COUNTED_THEM_CUE), no other aircraft between: how many they were. Not for a
    noun of crossing, whose count is the times (``measures._counted_them``)."""
    verb = ctx.anchor.verb
    if verb is None or verb.noun:
        return None
    for lo in sorted({a.span[1], *(x.span[1] for x in ctx.draft.anchors)}):
        found = _count_of_them_after(ctx, lo)
        if found is not None:
            return found
    return None


def _count_of_them_after(ctx: Ctx, lo: int) -> tuple[int, tuple[int, int]] | None:
    """The count of them told after ``lo`` in its sentence or the next one of its
    paragraph (``_counted_of_them``)."""
    doc = ctx.doc
    sent = doc.sentence(lo - 1)
    hi = sent.end
    if sent.nth + 1 < len(doc.seg.sentences.scopes):
        nxt = doc.seg.sentences.scopes[sent.nth + 1]
        if doc.paragraph(nxt.start) == doc.paragraph(sent.start):
            hi = nxt.end
    for m in between(doc.facts.mentions, lo, hi):
        if m.kind == "aircraft" and not m.extra.get("partitive"):
            n = _count_seen_again(ctx, m)  # "Radar picked up 27 balloons": the group again
            return None if n is None else (n, m.span)
        n = doc.count_of_them(m)
        if n is not None:
            return None if _over_a_period(ctx, m) else (n, m.span)
    return None


def _count_seen_again(ctx: Ctx, m: Mention) -> int | None:
    """ "Dozens of balloons drifted in from Belarus. Radar picked up 27 balloons", "Des
    ballons ... Les radars ont détecté 27 ballons": the record's aircraft, of no count,
    told again by a count right after a verb of seeing ([verbs] perceiving) in a sentence
    after it, the same kind, of no other state, no other state told in that sentence
    ("Ukraine said it tracked 19 drones over its territory": theirs): how many they were."""
    doc, mine = ctx.doc, ctx.rec.aircraft
    n = m.extra.get("count")
    if mine is None or m.value != mine.category or not isinstance(n, int) or isinstance(n, bool) or n < 2:
        return None
    sent = doc.sentence(m.span[0])
    if (
        m.extra.get("vague")
        or m.extra.get("state") not in (None, mine.state)
        or sent == doc.sentence(mine.span[0])
    ):
        return None
    clause = doc.clause(m.span[0])
    seen = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
    if not seen or seen[0].key not in _PERCEIVING or doc.text[seen[0].span[1] : m.span[0]].strip():
        seen = _seen_passive(doc, m, clause)
        if not seen:
            return None
    if _other_days(ctx, clause) or any(
        not (seen[0].span[0] <= c.start and c.end <= seen[0].span[1])  # "picked up" is no trend here
        for k in _PERIOD_CUES
        for c in doc.cues.within(k, clause.start, clause.end)
    ):
        return None  # "tracked 120 drones since January": more than these
    zones = between(doc.facts.zones, sent.start, sent.end)
    if any(z.poss and not z.state for z in zones):
        return None  # "... over its territory": whose, the sentence's speaker tells
    violated = ctx.rec.violated_state
    told = {x.code for x in between(doc.facts.states, sent.start, sent.end)}
    told |= {z.state for z in zones if z.state}
    return n if not told or (violated is not None and told == {str(violated.value)}) else None


_PERCEIVING = frozenset(rules()["verbs"]["perceiving"])


def _seen_passive(doc: Doc, m: Mention, clause: Scope) -> list[Verb]:
    """ "About 40 balloons were detected", « Dix-neuf drones ont été repérés »: the verb
    of seeing ([verbs] perceiving) right after the count, in its clause; or none."""
    after = between(doc.facts.verbs, m.span[1], clause.end)[:1]
    if not after or after[0].key not in _PERCEIVING or doc.text[m.span[1] : after[0].span[0]].strip():
        return []
    return after


def _other_days(ctx: Ctx, clause: Scope) -> bool:
    """Does the clause tell a date other than the record's own day ("since January",
    "in October", "on Sunday" for a group of Saturday)? The count of another day or of
    a period counts more than these; one told on the group's own day ("spotted 12
    balloons on Friday evening") is theirs."""
    own = ctx.rec.date
    return any(
        d.extra.get("precision") != "day" or own is None or str(d.value) != str(own.value)
        for d in between(ctx.doc.facts.dates, clause.start, clause.end)
    )


def _over_a_period(ctx: Ctx, m: Mention) -> bool:
    """ "Counted 120 of them since January", "this year", "last year": a count told with
    a day, a period or a word of a tally in its clause counts more than these."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    if between(doc.facts.dates, clause.start, clause.end):
        return True
    return doc.cue_between(_PERIOD_CUES, clause.start, clause.end)


#: words of a period or a tally: "since", "as of", "last year", "so far this year"
_PERIOD_CUES = ("SINCE_CUE", "TALLY_CUE", "YEAR_CUE", "WEEK_PERIOD_CUE", "BACKGROUND_CUE", "HABIT_CUE")


def _plural_items(ctx: Ctx) -> bool:
    """ "Des Mi-8 et des Ka-52", "des F-16 et des CN-235", "F-16s and CN-235s": a list of
    kinds whose later items are plurals of their own (no count) tells no count of any of
    them ("helicopters Mi-8 and Ka-52", the later items bare, tells one of each, and so
    does "the Mi-24 and Mi-8 helicopters", a first item of no count of its own sharing
    the noun; "un Mi-8 et des Ka-52" tells none of the Ka-52s)."""
    items = [t.aircraft for t in ctx.draft.siblings if t.aircraft is not None]
    if items and not items[0].plural and not items[0].counted:
        return False  # "The Mi-24 and Mi-8 helicopters": the plural noun is both items'
    return any(b.plural and b.count is None for b in items[1:])


def _own_plural(ctx: Ctx, a: Aircraft) -> bool:
    """ "Russian Su-27 fighters and an Il-20 reconnaissance plane", "des chasseurs Su-27 et
    un avion de reconnaissance Il-20": a plural item whose every other item is one
    aircraft counted by its own words ("an", "un", "one") shares its plural noun with
    none of them: its count is unknown, as that of "des avions" ("helicopters Mi-8 and
    Ka-52", "the Mi-24 and Mi-8 helicopters": a model of no count of its own shares the
    plural noun, one of each)."""
    others = [t.aircraft for t in ctx.draft.siblings if t.aircraft is not None and t.aircraft.span != a.span]
    return bool(others) and all(b.counted and b.count == 1 for b in others)


def _when(
    ctx: Ctx, rec: Slots, fields: dict[str, Any], ev: dict[str, tuple[int, int]], diags: list[Diagnostic]
) -> None:
    if rec.time is not None:
        fields["time"] = str(rec.time.value)
        fields["time_approx"] = rec.time.mention is not None and rec.time.mention.bound == "approx"
        ev["time"] = rec.time.span or ctx.anchor.span
    if rec.time_utc is not None:
        fields["time_utc"] = str(rec.time_utc.value)
        ev["time_utc"] = rec.time_utc.span or ctx.anchor.span
    date = rec.date
    if date is None:
        return
    ref = ctx.doc.ref
    span = date.span or ctx.anchor.span
    if ref is not None and str(date.value) > ref.isoformat():
        diags.append(diagnostic(ctx.doc.text, "E206", span, date=date.value, ref=ref.isoformat()))
        rec.date = None
        return
    precision = date.mention.extra.get("precision") if date.mention is not None else None
    fields["date"] = str(date.value)
    fields["date_precision"] = Precision(precision or "day")
    ev["date"] = span


def _quantities(
    ctx: Ctx, rec: Slots, fields: dict[str, Any], ev: dict[str, tuple[int, int]], diags: list[Diagnostic]
) -> None:
    text = ctx.doc.text
    suffix = {"depth": "m", "altitude": "m", "duration": "s", "speed": "m_s"}
    for name in _QUANTITIES:
        found: Found | None = getattr(rec, name)
        if found is None:
            continue
        value = float(found.value)
        span = found.span or ctx.anchor.span
        if name == "altitude" and value > MAX_ALTITUDE_M:
            diags.append(diagnostic(text, "E204", span, value=value, limit=MAX_ALTITUDE_M))
            continue
        if name == "depth" and value < 0:
            diags.append(diagnostic(text, "E203", span))
            continue
        if name == "depth" and value > MAX_DEPTH_M:
            diags.append(diagnostic(text, "W202", span, km=value / 1000))
            continue
        m = found.mention
        fields[f"{name}_{suffix[name]}"] = value
        fields[f"{name}_bound"] = Bound((m.bound if m is not None else None) or "exact")
        if m is not None and m.low is not None:
            fields[f"{name}_low_{suffix[name]}"] = float(m.low)
        ev[f"{name}_{suffix[name]}"] = span


def _air_force(ctx: Ctx, rec: Slots) -> tuple[int, int] | None:
    """ "The Sudanese air force violated Chadian airspace", "Athènes accuse l'aviation
    turque d'avoir violé son espace aérien": with no aircraft named, a state's air
    force (AIR_FORCE_CUE inside a source of a state other than the crossed one, in the
    crossing's clause before it) crossed with its airplanes. The crossed state's own
    air force only tells ("the Estonian air force said its airspace was violated")."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    crossed = rec.violated_state.value if rec.violated_state is not None else None
    agent = noun_force_agent(ctx)  # "violations of Greek airspace by the Turkish air force"
    if agent is not None and agent.state != crossed:
        return agent.span
    clause = ctx.anchor.clause
    for src in [*relative_antecedent(doc, clause), *between(doc.facts.sources, clause.start, at)]:
        if src.state is None or src.according or src.state == crossed:
            continue
        if ctx.anchor.verb is not None and ctx.anchor.verb.noun and doc.recording(src.span[1], at):
            continue  # "the Nigerien air force recorded 7 violations": it counted them
        if doc.cues.within("AIR_FORCE_CUE", src.span[0], src.span[1]):
            return src.span
    return None


def _foreign(ctx: Ctx, rec: Slots) -> bool:
    """ "A foreign military aircraft flew over Ouagadougou", "un avion militaire étranger
    a survolé Niamey": an aircraft told as foreign (``who.told_foreign``) is another
    state's, though none is named: a capital it flew over is a state's land
    crossed, as by an aircraft whose state is told; so is one told coming from
    another state (``_came_from_abroad``)."""
    a = rec.aircraft
    return a is not None and (told_foreign(ctx.doc, a) or _came_from_abroad(ctx, a))


def _stranger_in_sky(ctx: Ctx, rec: Slots) -> bool:
    """ "A foreign drone was in Lithuanian airspace for 20 minutes", "an unidentified
    drone was in Latvian airspace for 15 minutes", "un drone non identifié se trouvait
    dans l'espace aérien letton": an aircraft told as another state's though none is named
    (``who.told_foreign``) or of no known origin (``who.of_unknown_origin``), told inside
    a state's sky or land (every anchor's goal a zone), is no aircraft of that state's
    own. Told at a place or in a state ("an unidentified drone was seen over the base",
    "a foreign airliner crashed in Nepal") it may be anyone's, or an accident."""
    a = rec.aircraft
    if a is None or not all(isinstance(x.goal, ZoneRef) for x in ctx.draft.anchors):
        return False
    return told_foreign(ctx.doc, a) or of_unknown_origin(ctx)


def _came_from_abroad(ctx: Ctx, a: Aircraft) -> bool:
    """ "Deux ballons venus du Bélarus ont survolé Vilnius", "two balloons from Belarus
    flew over Vilnius": an aircraft told coming from a state (FROM_CUE right after its
    phrase, then that state) other than the one whose capital it flew over came from
    abroad, though that state is a direction, not its violator."""
    doc = ctx.doc
    group = group_of_part(doc, ctx.anchor.verb.span) if ctx.anchor.verb is not None else None
    return _from_other_state(ctx, (group or a).span[1])


def _named_from_abroad(ctx: Ctx, rec: Slots) -> bool:
    """ "... après l'intrusion d'un drone venu du Bélarus. L'appareil a été repéré au-dessus
    de Krynki", "... the intrusion of a drone coming from Belarus. The drone was spotted
    over Krynki": an aircraft of a kind whose origin tells a crossing ([origin] kinds:
    drones, balloons) named in a sentence before its crossing's, told there coming from
    another state (FROM_CUE right after its phrase, then that state), and told again by a
    noun that refers back, came from abroad, as one told so in the crossing's own sentence
    does (``_from_abroad``): no accident, no aircraft of the state's own. A plane "flying
    from Turkey" that crashed in Nepal later stays an accident."""
    a = rec.aircraft
    if a is None or a.first is None or a.category not in _ORIGIN_KINDS:
        return False  # "a passenger plane flying from Turkey ... The plane crashed in Nepal"
    if a.first[1] > ctx.doc.sentence(ctx.anchor.span[0]).start:
        return False
    return _from_other_state(ctx, a.first[1])


def _from_other_state(ctx: Ctx, at: int) -> bool:
    """Does a FROM_CUE start at ``at``, right followed by a state other than the one the
    anchor went into?"""
    doc = ctx.doc
    cue = doc.cues.starting_at("FROM_CUE", at, doc.text)
    if cue is None:
        return False
    nxt = [m for m in between(doc.facts.mentions, cue.end, doc.clause(cue.start).end) if m.kind != "cue"][:1]
    if not nxt or nxt[0].kind != "state" or doc.text[cue.end : nxt[0].span[0]].strip():
        return False
    goal = ctx.anchor.goal_state
    return goal is not None and str(nxt[0].value) != goal
