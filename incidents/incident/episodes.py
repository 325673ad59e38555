"""Stage 4: episodes: which anchors tell one crossing, which tell several.

- **Merge**: anchors about the same crossing (no other aircraft, no other time or
  day, no other violated state, not told as "another" or "again")
  make one record, however far apart: a report tells its crossing in its title, its
  lead and its details ("violated Estonian airspace ... The incursion lasted a minute").
- **Split**: one anchor may tell several crossings: listed aircraft of different
  kinds ("a Mi-8 and a Mi-24"), listed days ("on 3 and 5 May"), listed depths or
  durations ("1.2 km and then 1.9 km", "for two and five minutes respectively").
- **Background**: a crossing marked as told before ("déjà", "previously", "last
  week") is its own record, never merged into the main one.
- **Cancel**: a later sentence denying that any violation took place ("no violation
  was recorded", "aucune violation n'a été constatée") cancels the crossings told
  before it in its paragraph.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Mention
from ..words import LazyPattern, Lexicon
from .anchors import (
    COMING_AGAIN,
    COMING_DOWN,
    FLOWN_OVER,
    FOUND_ONLY,
    OTHER_ONE,
    PUNCT_COLON,
    SET_DOWN,
    Anchor,
    admits,
    agent_before,
    colon_listed,
    correction_after,
    count_before,
    counted_zero,
    cue_before,
    gapped_state_parts,
    hyphen_pair,
    kind_words_only,
    list_heading,
    needs_violator,
    negated_after,
    negated_head,
    next_start,
    noun_modifiers_only,
    of_other_one,
    other_one_days,
    ranked_round_verb,
    since_opened,
)
from .cues import Cue, words_of
from .distances import is_altitude, is_depth
from .doc import YEAR, Doc, adjacent, lengths_in, per_mention, rules, wars_on, years_told_in
from .facts import Aircraft, Place, Span, StateRef, Verb, ZoneRef, between
from .segment import ITEM_MARKS, Scope, bullet_line, entry_day, line_of, member_list_open

_LIST_PUNCT = frozenset({",", "(", ")", "–", "—", "-", "&", "/"})


@dataclass(eq=False, repr=False)
class Draft:
    """One record to be: its anchors (the first tells it), its aircraft, and the
    item it takes when an enumeration was split."""

    anchors: list[Anchor]
    aircraft: Aircraft | None
    group_size: int = 1  # aircraft of other kinds told with it ("a Mi-8 and a Mi-24")
    pick: Mention | None = None  # the depth, duration or day of a split enumeration
    pick_index: int = 0
    pick_total: int = 1
    background: bool = False
    siblings: list[Draft] = field(default_factory=list, repr=False)
    #: the stretch told of another part of the same total (``_part_by_noun``): not this record's
    other_part: Span | None = None
    #: the stretch that tells this record's own part of a total (``_part_by_noun``)
    own_part: Span | None = None
    #: the state a part of a total is told of ("of which four over Lithuania": ``_times_by_state``)
    part_state: Mention | None = None

    @property
    def anchor(self) -> Anchor:
        return self.anchors[0]

    @property
    def last(self) -> Anchor:
        """The anchor told last (a crossing told first for reference and again in
        full has its full telling first, ``_told_again``)."""
        return max(self.anchors, key=lambda a: a.span[0])


# ------------------------------------------------------------------ subjects
def subjects(doc: Doc, anchor: Anchor) -> list[Aircraft]:
    """The aircraft an anchor is about: the nearest named before it in its sentence
    (with those listed with it), else the agent after it in its clause ("violated by
    two jets"); what was sent is the object ("sent drones into"). Corrected by the
    next sentence, what that says (``_corrected``)."""
    return _corrected(doc, anchor, _told_subjects(doc, anchor))


def _own_of_other_one(doc: Doc, anchor: Anchor) -> list[Aircraft]:
    """ "after one by a drone on May 18", "après celle d'un drone le 18 mai": the aircraft
    told between a pronoun standing for an earlier crossing (anchors.OTHER_ONE) and its
    day, that crossing's own (the first; none when no day follows in its sentence)."""
    sent = doc.sentence(anchor.span[0])
    days = [
        d for d in between(doc.facts.dates, anchor.span[1], sent.end) if d.extra.get("precision") == "day"
    ]
    if not days:
        return []
    return between(doc.facts.aircraft, anchor.span[0], days[0].span[0])[:1]


def _in_other_one(doc: Doc, anchor: Anchor, a: Aircraft) -> bool:
    """ "C'est la troisième violation cette année, après celle d'un hélicoptère Mi-8 le 12
    avril", "..., after that of a Mi-8 on April 12": an aircraft told after a pronoun
    standing for an earlier crossing (OTHER_ONE_CUE, with its day: ``other_one_days``)
    between the anchor and it is that crossing's, no agent of the anchor's."""
    if anchor.rule == OTHER_ONE:
        return False
    cues = doc.cues.within("OTHER_ONE_CUE", anchor.span[1], a.span[0])
    return any(other_one_days(doc, c) for c in cues)


def _corrected(doc: Doc, anchor: Anchor, told: list[Aircraft]) -> list[Aircraft]:
    """ "Nous indiquions que trois drones avaient pénétré ... Il s'agissait en fait de
    deux drones", "... It was in fact two drones": the aircraft the very next sentence
    says the crossing's really were (``anchors.correction_after``) is its one aircraft,
    its count and kind the correction's, its gaps (nationality, model) filled from the
    first telling."""
    if len(told) != 1 or told[0].count is None:
        return told  # kinds told of an uncounted group: ``_kinds_listed_later``
    fixed = correction_after(doc, doc.sentence(anchor.span[0]))
    return told if fixed is None else [fixed.filled_from(told[0])]


def _told_subjects(doc: Doc, anchor: Anchor) -> list[Aircraft]:
    sent = doc.sentence(anchor.span[0])
    clause = anchor.clause
    if anchor.rule == "gapped":  # "..., then an L-410 for three minutes": the item's own
        # (its model may be set apart by commas that end the clause: "puis un autre
        # appareil, un drone TB2, ...")
        own = [a for a in between(doc.facts.aircraft, anchor.span[0], sent.end) if not responder(doc, a)]
        return _apposed_model(doc, own[:2])[:1] if own and own[0].span[0] < clause.end else []
    if anchor.rule == OTHER_ONE and _own_of_other_one(doc, anchor):
        return _own_of_other_one(doc, anchor)
    is_send = anchor.verb is not None and anchor.verb.key in rules()["verbs"]["object_only"]
    if is_send and anchor.goal is not None and not _object_before_goal(doc, anchor):
        is_send = False  # "un drone a été abattu au-dessus du territoire russe": told in the passive
    before = [] if is_send else [a for a in between(doc.facts.aircraft, sent.start, anchor.span[0])]
    before = _apposed_model(
        doc,
        [
            a
            for a in before
            if not _bracketed_alias(doc, a)
            and not _not_this(doc, a)
            and not aside_of_state(doc, a, clause)
            and not _in_relative_aside(doc, a, anchor)
        ],
    )
    before = _without_last_responders(doc, before)
    if before and before[-1].span[0] < clause.start and later_rank_after_apposed(doc, anchor.span):
        # "The first, a Gerbera, entered at 01:10, the second crossed at 01:40": the
        # later member is not the one apposed to the first rank (``_item_of``)
        before = []
    other_clause = bool(before) and doc.clause(before[-1].span[0]) is not clause
    defenders = bool(before) and all(responder(doc, b) for b in before)
    inverted = _inverted_subject(doc, anchor) if other_clause or defenders else None
    if inverted is not None:
        return [inverted]
    if before and (other_clause or defenders or _agent_of_noun(doc, anchor, before[-1])):
        complement = _noun_complement(doc, anchor)
        if complement is not None:  # "... by F-16 jets and a CN-235": the agents listed
            told = agent_before(doc, complement) is not None and not complement.definite
            rest = between(doc.facts.aircraft, complement.span[1], clause.end) if told else []
            agents = _distinct(doc, _with_listed(doc, [complement], rest))
            # "Turkish aircraft committed 31 violations ... by F-16 jets": the subject's
            # state is its agents'
            state = before[-1].state if told and not other_clause else None
            return [a if a.state or not state else dataclasses.replace(a, state=state) for a in agents]
    while len(before) > 1 and _part_aside(doc, before[-1], anchor):
        before = before[:-1]
    if not before:
        # the agent after the verb, with those listed with it ("drangen zwei Su-30 und
        # ein Tankflugzeug Il-78 ... ein", "was violated by two jets and a helicopter")
        after = between(doc.facts.aircraft, anchor.span[1], max(clause.end, anchor.goal_span[1]))
        after = [a for a in after if not _in_other_one(doc, anchor, a) and since_cue(doc, a.span[0]) is None]
        if not after and is_send and doc.lexicon.verb_last:
            # the object before the verb that closes its clause ("Ballons in den
            # Luftraum geschickt")
            after = between(doc.facts.aircraft, clause.start, anchor.span[0])[-1:]
        agents = after[:1] or ([] if is_send else _told_after_colon(doc, anchor))
        if not agents or (not is_send and responder(doc, agents[0])):
            # "accused Russia of violating its airspace, with Finnish jets scrambled in
            # response": the jets that rose to meet it are no agent of the crossing
            return []
        # aircraft told there for the first time: "the helicopter and drone flights"
        # after a noun retell others; after a noun, its agent ("23 violations ... by F-16
        # jets and a CN-235") is told there for the first time
        new = (
            anchor.verb is not None
            and (not anchor.verb.noun or agent_before(doc, agents[0]) is not None)
            and not agents[0].definite
        )
        return _distinct(doc, _with_listed(doc, agents, after[1:] if new else []))
    before = _without_aside_parts(doc, before)
    group = [before[-1]]
    for prev in reversed(before[:-1]):
        if _listed(doc, prev.span[1], group[0].span[0]):
            group.insert(0, prev)
        else:
            break
    return [b for a in _distinct(doc, group) for b in _shared_noun(doc, a)]


def _in_relative_aside(doc: Doc, a: Aircraft, anchor: Anchor) -> bool:
    """ "The jet, which was escorting a Russian Il-20 over the Baltic Sea, crossed ...",
    "Le Su-27, qui escortait un Il-20, est entré ...": an aircraft inside a relative
    clause set off by commas (RELATIVE_SUBJECT_CUE right after a comma that follows
    another aircraft), closed by a comma before the anchor, is what that one did, not
    the subject of the crossing."""
    if a.span[1] > anchor.span[0] or "," not in doc.text[a.span[1] : anchor.span[0]]:
        return False
    sent = doc.sentence(a.span[0])
    for cue in doc.cues.within("RELATIVE_SUBJECT_CUE", sent.start, a.span[0]):
        owners = between(doc.facts.aircraft, sent.start, cue.start)
        if owners and doc.text[owners[-1].span[1] : cue.start].strip() == ",":
            return True
    return False


def _without_aside_parts(doc: Doc, before: list[Aircraft]) -> list[Aircraft]:
    """ "Six F-16s, two of them armed, and a drone": a part told in an aside between two
    items of a list (``_comma_aside``) is no item of it."""
    return [
        a
        for k, a in enumerate(before)
        if not (
            a.partitive
            and 0 < k < len(before) - 1
            and _listed(doc, before[k - 1].span[1], before[k + 1].span[0])
        )
    ]


def _with_listed(doc: Doc, agents: list[Aircraft], rest: list[Aircraft]) -> list[Aircraft]:
    """``agents`` with the aircraft of ``rest`` listed right after them ("by two jets and
    a helicopter"); "entered by seventeen drones, five of them ...", "залетели
    семнадцать беспилотников, пять из них ...": a part of them is no item of the list."""
    out = list(agents)
    for nxt in rest:
        if nxt.partitive or not _listed(doc, out[-1].span[1], nxt.span[0]):
            break
        out.append(nxt)
    return out


def _inverted_subject(doc: Doc, anchor: Anchor) -> Aircraft | None:
    """ "Am Montag drang eine Drohne ... ein, am Dienstag flog ein Hubschrauber über
    polnisches Gebiet", "mardi est entré dans l'espace aérien estonien un hélicoptère":
    an aircraft right after the verb in the crossing's own clause (its goal, a day or a
    time at most between them), none before the verb there but defenders, is its
    subject (told after its verb), not the aircraft of the clause before nor the
    defenders ("Dos F-16 despegaron el lunes y el martes violó el espacio aéreo rumano
    un dron ruso")."""
    clause = anchor.clause
    if any(not responder(doc, a) for a in between(doc.facts.aircraft, clause.start, anchor.span[0])):
        return None
    after = between(doc.facts.aircraft, anchor.span[1], clause.end)[:1]
    if not after or responder(doc, after[0]):
        return None
    lo, hi = anchor.span[1], after[0].span[0]
    rest = list(doc.text[lo:hi])
    told = [m.span for m in between(doc.facts.mentions, lo, hi) if m.kind in ("date", "time")]
    for a, b in [*told, anchor.goal_span]:
        if lo <= a and b <= hi:
            rest[a - lo : b - lo] = " " * (b - a)
    return None if "".join(rest).strip(" ,") else after[0]


def _told_after_colon(doc: Doc, anchor: Anchor) -> list[Aircraft]:
    """ "Russia once again violated Romanian airspace: on Saturday night a Russian drone
    stayed in it for 40 minutes", "Росія вкотре порушила повітряний простір Румунії: у
    ніч на неділю російський дрон перебував у ньому": a crossing told with no aircraft
    in its clause, which a colon closes, is made by the one aircraft told after the
    colon in its sentence (not one of several, not a part, not one of the state
    crossed into)."""
    clause = anchor.clause
    if not doc.text[clause.start : clause.end].rstrip().endswith(":"):
        return []
    end = doc.sentence(anchor.span[0]).end
    told = between(doc.facts.aircraft, clause.end, end)
    if len(told) != 1 or told[0].partitive or (told[0].state and told[0].state == anchor.goal_state):
        return []
    # "...: a drone fell in Ukraine near Izmail": told of another state's land, it is not
    # the crossing's aircraft
    named = [x.code for x in between(doc.facts.states, told[0].span[1], end)]
    named += [x.state for x in between(doc.facts.places, told[0].span[1], end) if x.state]
    return [] if any(code != anchor.goal_state for code in named) else told


def _listed_twin(drafts: list[Draft], anchor: Anchor) -> Draft:
    """The draft a later anchor may tell again: the last one, or, when the last ones
    are the crossings of the states listed with one verb ("drones crashed in Moldova
    and Romania", anchors.listed_lands), the one of them into the anchor's state
    ("... several drones violated Moldova's airspace": Moldova's, not Romania's)."""
    cur = drafts[-1]
    state = anchor.goal_state
    if cur.anchor.rule != "listed-state" or not state or cur.anchor.goal_state == state:
        return cur
    for d in reversed(drafts[:-1]):
        if d.anchor.verb is not cur.anchor.verb:
            break
        if d.anchor.goal_state == state:
            return d
    return cur


def aside_of_state(doc: Doc, a: Aircraft, clause: Scope) -> bool:
    """ "Moldova, which has no jets able to intercept drones, has recorded 14 such
    incursions", "La Moldavie, qui a peu de moyens contre les drones, a recensé ...": an
    aircraft told in a relative clause set apart by a comma right after a state's name
    (RELATIVE_SUBJECT_CUE opening it), before the crossing's own clause, tells what the
    state has or does, no subject of the crossing."""
    own = doc.clause(a.span[0])
    if own is clause or own.end > clause.start or doc.cues.opening("RELATIVE_SUBJECT_CUE", own.start) is None:
        return False
    head = doc.text[: own.start].rstrip()
    if not head.endswith(","):
        return False
    states = between(doc.facts.states, doc.sentence(own.start).start, own.start)
    return (
        bool(states) and not states[-1].demonym and not doc.text[states[-1].span[1] : len(head) - 1].strip()
    )


def _not_this(doc: Doc, a: Aircraft) -> bool:
    """ "A drone, not a plane, entered", "un drone, et non un avion, est entré", "a drone
    rather than a helicopter": an aircraft told right after a word setting it aside
    (NOT_THIS_CUE) is the one it was not, no subject of the crossing."""
    return doc.cues.ending_at("NOT_THIS_CUE", a.span[0], doc.text) is not None


def _shared_noun(doc: Doc, a: Aircraft) -> list[Aircraft]:
    """ "Armenian and Iranian drones violated ...", "des drones arméniens et iraniens
    ont violé ...": one aircraft noun told with two nationalities joined by a word of a
    list (the other one right before the phrase, or right after it) is two groups,
    one of each state; a count told of each ("five Chinese and six Russian military
    aircraft", "cinq avions chinois et six russes") is each one's, else none is told;
    one count told of both ("Eleven Chinese and Russian aircraft", "onze avions chinois
    et russes") is their total, neither's."""
    if a.state is None:
        return [a]
    sent = doc.sentence(a.span[0])
    demonyms = [s for s in between(doc.facts.states, sent.start, sent.end) if s.demonym]
    other: list[tuple[StateRef, int | None]] = []
    for st in [s for s in demonyms if s.span[1] <= a.span[0]][-1:]:
        listed, _ = _list_gap(doc, st.span[1], a.span[0])
        # a word of a list, not a comma alone: "Selon le bureau grec, des avions turcs"
        # ends one phrase and opens another
        if listed and doc.text[st.span[1] : a.span[0]].strip(" ,"):
            other.append((st, _count_right_before(doc, sent.start, st.span[0])))
    for st in [s for s in demonyms if s.span[0] >= a.span[1]][:1]:
        listed, count = _list_gap(doc, a.span[1], st.span[0])
        if listed:
            other.append((st, count))
    if len(other) != 1 or other[0][0].code == a.state:
        return [a]
    st, count = other[0]
    if (count is None) != (not a.counted):
        count = None  # "Eleven Chinese and Russian aircraft": the total of both, neither's
    twin = dataclasses.replace(a, state=st.code, count=count, counted=False)
    mine = a if a.counted and count is not None else dataclasses.replace(a, count=None, counted=False)
    return [twin, mine] if st.span[0] < a.span[0] else [mine, twin]


def _list_gap(doc: Doc, lo: int, hi: int) -> tuple[bool, int | None]:
    """Is there a word of a list between ``lo`` and ``hi``, and nothing else but a
    count right before ``hi`` ("and six")? With that count, if any."""
    told = [m for m in between(doc.facts.mentions, lo, hi) if m.kind != "cue"]
    if len(told) > 1 or (told and told[0].kind != "number"):
        return False, None
    end = told[0].span[0] if told else hi
    if told and doc.text[told[0].span[1] : hi].strip():
        return False, None
    if not (doc.text[lo:end].strip() and _listed(doc, lo, end)):
        return False, None
    return True, (_int_value(told[0]) if told else None)


def _count_right_before(doc: Doc, start: int, pos: int) -> int | None:
    """The count told right before ``pos`` ("Five Chinese ..."), from ``start``."""
    told = [m for m in between(doc.facts.mentions, start, pos) if m.kind != "cue"][-1:]
    if told and told[0].kind == "number" and not doc.text[told[0].span[1] : pos].strip():
        return _int_value(told[0])
    return None


def _int_value(m: Mention) -> int | None:
    v = m.value
    return v if isinstance(v, int) and not isinstance(v, bool) and v > 0 else None


def _noun_complement(doc: Doc, anchor: Anchor) -> Aircraft | None:
    """ "..., au lendemain de l'incursion de trois MiG-31 au-dessus de Vaindloo", "a
    day after the incursion of three MiG-31s": the aircraft told after a noun of
    violation in its clause (no verb, comma or other aircraft between) is the one
    that did it; taken over an aircraft named before it in another clause ("tout
    nouvel avion russe qui pénétrerait ...")."""
    if anchor.verb is None or not anchor.verb.noun:
        return None
    clause = anchor.clause
    after = between(doc.facts.aircraft, anchor.span[1], clause.end)[:1]
    for a in after:
        if "," in doc.text[anchor.span[1] : a.span[0]] or between(doc.facts.verbs, anchor.span[1], a.span[0]):
            return None
        # "the first incursion since a Mi-8 entered ...": an earlier one's (``since_cue``)
        return a if since_cue(doc, a.span[0]) is None else None
    return None


def _agent_of_noun(doc: Doc, anchor: Anchor, prev: Aircraft) -> bool:
    """ "A fermé son espace aérien aux avions étrangers après le survol de son territoire
    par un drone", "closed its airspace to foreign planes after the overflight of its
    territory by a drone": a noun of violation with its agent after it (AGENT_CUE right
    before the aircraft) is done by that agent, not by an aircraft named before it in
    its clause with no verb of crossing between them ("Deux Su-27 ont violé ..., une
    violation de plus par des avions russes" retells the subject)."""
    if anchor.verb is None or not anchor.verb.noun:
        return False
    if any(not v.noun for v in between(doc.facts.verbs, prev.span[1], anchor.span[0])):
        return False
    after = between(doc.facts.aircraft, anchor.span[1], anchor.clause.end)[:1]
    return bool(after) and agent_before(doc, after[0]) is not None


def _without_last_responders(doc: Doc, before: list[Aircraft]) -> list[Aircraft]:
    """ "A Russian Su-24 was shot down by Turkish F-16s after entering Turkish
    airspace", "a été abattu par des F-16 turcs après être entré dans l'espace aérien
    turc": the defenders named last before a crossing (``responder``: the agent of a
    response) are not its subject when an aircraft is named before them in the
    sentence; the one they answered is."""
    k = len(before)
    while k > 0 and responder(doc, before[k - 1]):
        k -= 1
    return before[:k] if 0 < k < len(before) else before


def _object_before_goal(doc: Doc, anchor: Anchor) -> bool:
    """Does a verb of sending or downing have its object between it and its goal ("a
    abattu un drone dans l'espace aérien", "sent balloons into")? Without one, told in
    the passive ("un drone a été abattu au-dessus du territoire russe, ... ajoutant que
    47 autres drones ..."), its subject is the aircraft named before it. A goal before
    the verb ("in den Luftraum geschickt") leaves the object where it was sought. The
    agent of the passive ("was brought down by two F-16s inside Romanian territory",
    ``_agent_of_answer``) is no object."""
    lo, hi = anchor.span[1], anchor.goal_span[0]
    return (
        hi < lo
        or any(not _agent_of_answer(doc, a) for a in between(doc.facts.aircraft, lo, hi))
        or not between(doc.facts.aircraft, 0, anchor.span[0])
    )


def _part_aside(doc: Doc, a: Aircraft, anchor: Anchor) -> bool:
    """ "Quatre drones, dont deux abattus, ont pénétré", "Four drones, two of which were
    shot down, entered": a part of the group (partitive, or after INCLUDING_CUE) told in
    an aside before the verb is not its subject: the group before it is. Told as the
    subject of the verb's own clause set off by commas ("cinq drones ont survolé la
    zone, dont l'un est entré dans l'espace aérien ougandais, selon l'armée"), it is."""
    own = doc.clause(a.span[0]).nth
    if own == anchor.clause.nth and own in doc.seg.asides:
        return False
    return (a.partitive or part_of_group(doc, a)) and doc.seg.in_aside(a.span[0], anchor.span[0])


def _closed_by_comma(doc: Doc, model: Aircraft) -> bool:
    """Does a comma close the model's phrase, right after it or after one word of its
    own that is no phrase ("Geran-2 models,", "Su-27s,")?"""
    end = model.span[1]
    comma = doc.text.find(",", end, doc.clause(model.span[0]).end + 1)
    if comma < 0:
        return False
    rest = doc.text[end:comma].split()
    return not rest or (len(rest) == 1 and rest[0].isalpha() and not between(doc.facts.mentions, end, comma))


def _apposed_model(doc: Doc, before: list[Aircraft]) -> list[Aircraft]:
    """ "Los aparatos, del tipo Gerbera, cruzaron", "les appareils, de type Gerbera,
    ont franchi", "два российских самолёта, предположительно Су-27, нарушили": a model
    set between commas right after a noun that refers back or is counted is that
    noun's model, not one more aircraft; the noun keeps its own count. So is one with
    its own article after a generic word of the same count ("a second aircraft, a
    Bayraktar TB2 drone, followed", "un autre appareil, un drone TB2, l'a imité")."""
    if len(before) < 2:
        return before
    noun, model = before[-2], before[-1]
    probable = _kind_apposed_to_object(doc, noun, model)
    if probable is not None:
        return [*before[:-2], probable]
    # "the aircraft, an Akinci,": a word of one or more ("either") restated as one
    vague = noun.generic or noun.category == "unknown"  # "l'appareil", "l'engin"
    restated = vague and model.counted and (model.count == noun.count or (noun.either and model.count == 1))
    if (
        not (noun.definite or noun.counted)
        or not model.model
        or (model.counted and not restated)
        or noun.model
    ):
        return before
    if noun.differs(model):
        return before
    gap = doc.text[noun.span[1] : model.span[0]]
    words = [x for x in between(doc.facts.mentions, noun.span[1], model.span[0]) if x.kind != "cue"]
    if not (not words and not restated and _of_words(doc, gap + _first_word(doc, model))):
        if not _closed_by_comma(doc, model):
            return before
        # "two helicopters of the Russian Federation, of the Mi-24 type,": the noun's owner
        # told before the model ("deux hélicoptères de la Fédération de Russie, de type Mi-24")
        owner = len(words) == 1 and words[0].kind == "state" and not restated
        if owner and _of_words(doc, doc.text[noun.span[1] : words[0].span[0]]):
            gap = doc.text[words[0].span[1] : model.span[0]]
            words = []
        if not gap.lstrip().startswith(",") or words:  # a cue may stand there: "presumably"
            return before
    if restated:  # the noun with its article says it all: its span is the evidence
        return [
            *before[:-2],
            dataclasses.replace(
                model,
                state=model.state or noun.state,
                role=model.role or noun.role,
                definite=model.definite or noun.definite,  # "l'appareil, un Akinci,": the one told before
            ),
        ]
    kind = model.category if noun.generic or noun.category == "unknown" else noun.category
    # "The drones, Geran-2 models, entered": the noun refers back first (its count, its state)
    base = antecedent(doc, noun) if noun.definite and not noun.counted else noun
    # "the two aircraft, later identified as Russian Su-24s,": the model's own state fills
    # the noun's gap
    named = dataclasses.replace(
        base,
        span=noun.span,
        model=model.model,
        role=base.role or model.role,
        state=base.state or model.state,
        category=kind,
        generic=False,
    )
    return [*before[:-2], named]


def _kind_apposed_to_object(doc: Doc, noun: Aircraft, kind: Aircraft) -> Aircraft | None:
    """ "Two objects, most likely balloons, entered", "deux objets, très probablement des
    ballons, sont entrés", "zwei Objekte, vermutlich Drohnen,": a kind of no model nor
    count of its own, set between commas right after a counted object of no kind, only
    words of doubt ("alleged" cues, IDENTITY_CUE key "identity") and articles between,
    is what the object probably is: the object keeps its count and takes the kind;
    None if not."""
    if noun.category != "unknown" or noun.model or not noun.counted or noun.generic:
        return None
    if kind.category == "unknown" or kind.model or kind.counted or kind.definite or kind.differs(noun):
        return None
    if kind.state and noun.state and kind.state != noun.state:
        return None
    if not _closed_by_comma(doc, kind) or not doubt_apposed(doc, noun.span[1], kind.span[0]):
        return None
    return dataclasses.replace(
        noun, category=kind.category, role=noun.role or kind.role, state=noun.state or kind.state
    )


def doubt_apposed(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi) a comma, then only words of doubt ("alleged" cues: "most likely",
    "probably"; IDENTITY_CUE key "identity") and articles, one word of doubt at least:
    what follows is set apart as what a thing told before probably is?"""
    told = [m for m in between(doc.facts.mentions, lo, hi) if m.kind != "cue"]
    doubts = [c.span for c in between(doc.facts.cues, lo, hi) if c.value == "alleged"]
    doubts += [(c.start, c.end) for c in doc.cues.within("IDENTITY_CUE", lo, hi) if c.key == "identity"]
    if told or not doubts:
        return False
    rest = list(doc.text[lo:hi])
    for s, e in doubts:
        rest[s - lo : e - lo] = " " * (e - s)
    gap = "".join(rest)
    if not gap.lstrip().startswith(","):
        return False
    the = doc.lexicon.folded_forms("ART") | doc.lexicon.folded_forms("DE")
    return not any(w.folded not in the and w.folded.isalpha() for w in words_of(gap[gap.index(",") + 1 :]))


def _of_words(doc: Doc, text: str) -> bool:
    """Is ``text`` only the language's word of a complement and articles ("of the",
    "de", "du", "de la"), at least one word of it?"""
    of, the = doc.lexicon.folded_forms("DE"), doc.lexicon.folded_forms("ART")
    words = [w.folded for w in words_of(text)]
    return bool(words) and words[0] in of and all(w in of or w in the for w in words)


def _first_word(doc: Doc, a: Aircraft) -> str:
    """The first word of ``a``'s phrase, after a space ("of" of "of the Mi-24 type")."""
    words = words_of(doc.text[a.span[0] : a.span[1]])
    return " " + doc.text[a.span[0] + words[0].start : a.span[0] + words[0].end] if words else ""


def _bracketed_alias(doc: Doc, a: Aircraft) -> bool:
    """ "Mi-8 (Hip)": the bracketed name is the same aircraft."""
    s, e = a.span
    return doc.text[s - 1 : s] == "(" and doc.text[e : e + 1] == ")"


def _listed(doc: Doc, lo: int, hi: int) -> bool:
    """Only list words between two phrases: ", ", "and", "et", "ainsi que", with the
    apostrophe of an elided last word ("d'un Mi-24 et d'un Mi-8"), and bracketed
    asides ("Mi-8 (Hip) and Ka-52"); the last list word may run into the next phrase."""
    rest = list(doc.text[lo:hi])
    aside = _comma_aside(doc, lo, hi)
    if aside is not None:
        rest[aside[0] - lo : aside[1] - lo] = " " * (aside[1] - aside[0])
    for c in doc.cues.within("LIST_CUE", lo, hi):
        end = c.end + 1 if c.end < hi and doc.text[c.end] in "'’" else c.end
        rest[c.start - lo : end - lo] = " " * (end - c.start)
    # "a Tu-22 accompanied by two Su-27 fighters": a list word that runs into the next
    # phrase (its "by" told as that aircraft's agent word)
    into = doc.cues.leading_into("LIST_CUE", hi, doc.text)
    if into is not None and lo <= into.start < hi:
        rest[into.start - lo :] = " " * (hi - into.start)
    depth = 0
    for k, ch in enumerate(rest):
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            rest[k] = " "
        if depth:
            rest[k] = " "
    return all(ch.isspace() or ch in _LIST_PUNCT for ch in rest)


def _comma_aside(doc: Doc, lo: int, hi: int) -> Span | None:
    """ "Six F-16s, flying in pairs, and a drone", "deux Su-27, transpondeurs coupés, et
    un Il-20": words set apart by two commas right after the first phrase, with only a
    list word (LIST_CUE) after the second comma and no aircraft among them (but a part
    of the first: "two of them armed"), are an aside on the first item, not the end of
    the list."""
    text = doc.text
    head = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    cues = doc.cues.within("LIST_CUE", head, hi)
    if head >= hi or text[head] != "," or not cues:
        return None
    close = text.rfind(",", head + 1, cues[-1].start)
    if close < 0 or text[close + 1 : cues[-1].start].strip():
        return None
    if any(not a.partitive for a in between(doc.facts.aircraft, head, close)):
        return None  # "two of them armed" is a part of the first, no item
    return (head + 1, close)


def listed_with_other_kind(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` an item of a list of aircraft of several models ("Su-27 and Su-30
    fighters", "d'un Mi-24 et d'un Mi-8"): a neighbour joined to it by list words only,
    of another model?"""
    found = doc.facts.aircraft
    if not a.model or a not in found:
        return False
    k = found.index(a)
    pairs = ([(found[k - 1], a)] if k else []) + ([(a, found[k + 1])] if k + 1 < len(found) else [])
    return any(
        bool(x.model) and bool(y.model) and x.model != y.model and _listed(doc, x.span[1], y.span[0])
        for x, y in pairs
    )


def _distinct(doc: Doc, group: list[Aircraft]) -> list[Aircraft]:
    """A list's general head ("four Russian jets: two Su-27 and two Su-24") is their
    sum: the modelled items are the aircraft, with the head's state. A counted word
    joined to the next one by a word of a list ("two helicopters and a Mi-24", "deux
    hélicoptères et un Mi-24": LIST_CUE key "and"), or after a modelled item, to the
    one before it ("un Su-24 et deux autres chasseurs", "a Su-24 and two fighters"), is
    an item of its own, no head."""
    modelled = [a for a in group if a.model]
    if modelled:
        first = group.index(modelled[0])
        # the head comes first; a counted generic word after them is one more aircraft
        heads = [
            a
            for k, a in enumerate(group)
            if not a.model
            and not any(a.differs(b) for b in modelled)
            and (k < first or not _listed_new(a))
            and not (k < first and _joined_item(doc, a, group[k + 1]))
            # "un Su-24 et deux (autres) chasseurs": a counted word of a role joined
            # after an item by a word of a list is one more item, no head
            and not (k > first and a.counted and _joined_item(doc, group[k - 1], a))
        ]
        state = next((h.state for h in heads if h.state), None)
        group = [a for a in group if a not in heads]
        if state:
            group = [a if a.state else dataclasses.replace(a, state=state) for a in group]
    out: list[Aircraft] = []
    for a in group:
        if not any(
            not a.differs(b) and a.model == b.model and not _other_count(a, b) and not _own_kinds(doc, a, b)
            for b in out
        ):
            out.append(a)
    return out if len(out) > 1 else group[-1:]


def _own_kinds(doc: Doc, a: Aircraft, b: Aircraft) -> bool:
    """ "Un drone et un missile de croisière", "a drone and a cruise missile": a word of
    no aircraft category that still names a kind of its own (not a word of no kind,
    KINDLESS_CUE "objet", "object"), listed with a word of a category, each counted,
    is another thing, not the drone named again."""
    if not (a.counted and b.counted) or a.generic or b.generic or a.model or b.model:
        return False
    if (a.category == "unknown") == (b.category == "unknown"):
        return False
    other = a if a.category == "unknown" else b
    return not doc.cues.within("KINDLESS_CUE", other.span[0], other.span[1])


def _joined_item(doc: Doc, a: Aircraft, nxt: Aircraft) -> bool:
    """Is the counted ``a`` (not told by "the") joined to ``nxt`` by a word of a list?"""
    if not a.counted or a.definite:
        return False
    words = [c for c in doc.cues.within("LIST_CUE", a.span[1], nxt.span[0]) if c.key == "and"]
    return bool(words) and _listed(doc, a.span[1], nxt.span[0])


def _listed_new(a: Aircraft) -> bool:
    return a.generic and a.counted and not a.definite and not a.partitive


def _other_count(a: Aircraft, b: Aircraft) -> bool:
    """ "Two Venezuelan helicopters and a light aircraft": a generic word listed with a
    kind, each counted and the counts not the same, is another aircraft, not the kind
    named again."""
    return (a.generic != b.generic) and a.counted and b.counted and a.count != b.count


def antecedent(doc: Doc, a: Aircraft) -> Aircraft:
    """ "L'appareil", "the aircraft", "one of them": filled from the aircraft named
    before it in its paragraph or the one before (itself resolved the same way), of
    the same kind and not of another state."""
    if a.model and a.definite and not a.counted:
        return _same_model_before(doc, a)  # "the F-16s" after "two Turkish F-16s"
    if _bare(doc, a):
        return _bare_referent(doc, a)
    if not a.model and not a.partitive and counted_part(doc, a):
        return _group_of_part(doc, a)
    if not (a.definite or a.generic or a.partitive) or a.model:
        return a
    if a.generic and not a.definite and (a.role or a.state or told_as_new(doc, a)):
        return a  # "un appareil de transport de l'armée russe", "another aircraft": a new one
    known = doc.resolved.get(a.span)
    if known is not None:
        return known
    para = doc.paragraph(a.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    # "the aircraft" (either number) is the one named before where there is one, else
    # the several ("Two Mi-8 helicopters ... The aircraft entered")
    found = _referent(doc, a, lo, singular=True) if a.either and a.definite else None
    found = found or _referent(doc, a, lo, singular=a.definite and not a.plural)
    found = found or _ranked_member_of(doc, a, lo) or a
    doc.resolved[a.span] = found
    return found


def _ranked_member_of(doc: Doc, a: Aircraft, lo: int) -> Aircraft | None:
    """ "Deux drones ont violé ... Le premier appareil a survolé ...", "Two drones ...
    The second aircraft crossed ...": a generic word told with its rank (RANK_CUE inside
    its phrase), one of no kind named before it, is a member of the group counted at
    least as many as its rank named last before it in [lo, a): of that group's kind,
    model, role and state, one aircraft of its own (not the group, not its count)."""
    if not (a.generic and a.definite and not a.plural):
        return None
    rank = doc.cues.within("RANK_CUE", a.span[0], a.span[1])[:1]
    if not rank or not rank[0].key.isdigit():
        return None
    for prev in reversed(between(doc.facts.aircraft, lo, a.span[0])):
        if prev.generic or prev.partitive or responder(doc, prev):
            continue
        if not isinstance(prev.count, int) or prev.count < max(2, int(rank[0].key)):
            return None
        group = antecedent(doc, prev)
        return dataclasses.replace(
            a, category=group.category, model=group.model, role=group.role, state=group.state, generic=False
        )
    return None


def _group_of_part(doc: Doc, a: Aircraft) -> Aircraft:
    """ "Shahed-136 drones ... One of the Russian drones crossed ...", "trois des drones":
    a counted part of a group (``counted_part``) takes what it does not tell (the
    model, the state) from the group named before it in its paragraph or the one
    before, and keeps its own count."""
    known = doc.resolved.get(a.span)
    if known is not None:
        return known
    para = doc.paragraph(a.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    found = a
    for prev in reversed(between(doc.facts.aircraft, lo, a.span[0])):
        if not _may_be(doc, a, prev, singular=False):
            continue
        group = antecedent(doc, prev)
        states = {group.state} if group.state else _sender_before(doc, prev)
        # "Ukraine flew TB2 drones ... One of the Russian drones": not of those
        if not a.state or states <= {a.state}:
            found = a.filled_from(group)
        break
    doc.resolved[a.span] = found
    return found


def _sender_before(doc: Doc, group: Aircraft) -> set[str]:
    """The states named before an aircraft phrase in its clause ("Russia launched
    Shahed-136 drones": RU), the group's sender when its phrase names none."""
    clause = doc.clause(group.span[0])
    return {s.code for s in between(doc.facts.states, clause.start, group.span[0])}


def _referent(doc: Doc, a: Aircraft, lo: int, singular: bool) -> Aircraft | None:
    """``a`` filled from the nearest aircraft named in [lo, a) that it may be (a
    ``singular`` one only: "the plane" is not the jets named last), or None. A word
    with a state ("the Philippine plane", "l'avion philippin") is first the nearest
    aircraft of that state told before it in the report, not one of no known state
    named after it ("A Philippine patrol plane ... // The J-15 fighter came within 150
    metres. // Beijing accused the Philippine plane ...")."""
    told = [p for p in reversed(between(doc.facts.aircraft, lo, a.span[0])) if _may_be(doc, a, p, singular)]
    if a.state:
        earlier = reversed(between(doc.facts.aircraft, 0, a.span[0]))
        same = [p for p in earlier if _may_be(doc, a, p, singular) and antecedent(doc, p).state == a.state]
        told = same[:1] + told
    for prev in told:
        prev = antecedent(doc, prev)
        if a.state and prev.state and prev.state != a.state:
            continue  # "the helicopter's manoeuvre" was the Chinese one: not "the Philippine aircraft"
        if a.partitive:
            return dataclasses.replace(prev, span=a.span, count=a.count, definite=True, partitive=False)
        if _bare_generic(doc, a):
            return dataclasses.replace(a, definite=True).filled_from(prev)
        return a.filled_from(prev)
    return None


def _may_be(doc: Doc, a: Aircraft, prev: Aircraft, singular: bool) -> bool:
    """May ``a``, told after ``prev``, refer back to it?"""
    if prev.partitive or (a.state and prev.state and a.state != prev.state) or responder(doc, prev):
        return False
    if (a.generic or _bare_word(doc, a)) and part_of_group(doc, prev):
        return False  # "six jets, including four F-16s ... the aircraft": the six, not the part
    if a.plural and not a.either and prev.count == 1 and not prev.plural:
        return False  # "the helicopters" are not the one named last
    if prev.category == "unknown" and a.category != "unknown" and _fired_weapon(doc, prev):
        return False  # "a missile fired from a Turkish F-16 ... the jet": not the missile
    if a.partitive and _fewer_than_part(a, prev):
        return False  # "four Su-30s escorting a Tu-22M3 ... two of them": not the bomber
    if singular and not a.partitive and (prev.plural or ((prev.count or 1) > 1 and not a.either)):
        return False  # "l'avion" is not "deux F-16" (a model counted, its noun unmarked)
    # "the object", "l'engin": a word of no known kind may be any aircraft named
    return bool(
        a.generic
        or a.partitive
        or prev.category in (a.category, "unknown")
        or prev.generic
        or (
            a.category == "unknown"
            and a.definite
            and bool(doc.cues.within("KINDLESS_CUE", a.span[0], a.span[1]))
        )
    )


def _fired_weapon(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` a weapon told with what it was fired from (PLATFORM_CUE right after its
    phrase: "a missile fired from a Turkish F-16", « un missile tiré par un F-16 »)?"""
    return doc.cues.starting_at("PLATFORM_CUE", a.span[1], doc.text) is not None


def _fewer_than_part(a: Aircraft, prev: Aircraft) -> bool:
    """Is ``prev`` too few to hold the part ``a`` ("two of them", « deux d'entre eux »)
    names: one aircraft, or a group counted fewer than the part?"""
    if prev.count is None:
        return False
    return (prev.count == 1 and not prev.plural) or (a.count is not None and prev.count < a.count)


def _bare(doc: Doc, a: Aircraft) -> bool:
    """A noun told with no article in a language without articles that may name an
    aircraft again (``_bare_kindless``, ``_bare_word``, ``_bare_singular``,
    ``_bare_generic_of_state``)."""
    return (
        _bare_kindless(doc, a)
        or _bare_word(doc, a)
        or _bare_singular(doc, a)
        or _bare_generic_of_state(doc, a)
    )


def told_as_known(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told as an aircraft named before: with its definite article ("the
    plane", "l'appareil"), or, in a language without articles, a bare noun whose
    referent is found (``antecedent``: "літак", "samolot", "самолет" after "російський
    літак Ан-72")?"""
    return a.definite or (_bare(doc, a) and antecedent(doc, a).definite)


def _bare_generic(doc: Doc, a: Aircraft) -> bool:
    """A generic word with no count in a language without articles ([article_style]
    unmarked: "Maszyny wleciały", "Воздушные суда залетели") after a group it refers
    back to: the group's count, as "the aircraft" would take it."""
    unmarked = bool(doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))
    return unmarked and a.generic and a.count is None and not (a.role or a.state)


def _bare_word(doc: Doc, a: Aircraft) -> bool:
    """A plural word with no count, model, role or state in a language without articles
    ("Maszyny", "Самолеты", "Гелікоптери" opening a sentence after a listed group):
    told as known, as "the aircraft" is where articles mark it."""
    unmarked = bool(doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))
    return unmarked and a.plural and a.count is None and not (a.role or a.state or a.model)


def _bare_singular(doc: Doc, a: Aircraft) -> bool:
    """A singular noun of a kind with no count told, model, role or state in a
    language without articles ("Перший раз вертоліт перетнув кордон", "śmigłowiec
    przekroczył granicę" after "Білоруський вертоліт Мі-8"): told as known, as "the
    helicopter" is where articles mark it (its referent, when one is found)."""
    unmarked = bool(doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))
    if not unmarked or a.plural or a.counted or a.generic or a.category == "unknown":
        return False
    # "drugi śmigłowiec, tym razem Mi-8": a word of another opens a new one (told_as_new)
    return not (a.role or a.state or a.model or a.definite or told_as_new(doc, a))


def _bare_generic_of_state(doc: Doc, a: Aircraft) -> bool:
    """A singular generic word with only its state ("польское воздушное судно",
    "polski statek powietrzny" after "польский вертолет") in a language without
    articles, not told as new: told as known, as "the Polish aircraft" is where
    articles mark it (its referent, when one of that state is found)."""
    unmarked = bool(doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))
    if not (unmarked and a.generic and a.state) or a.plural or a.counted or a.definite:
        return False
    return not (a.role or a.model or told_as_new(doc, a))


def _bare_kindless(doc: Doc, a: Aircraft) -> bool:
    """A word of no kind (KINDLESS_CUE: "Obiekt", "Объект") with no count told, model,
    role or state, in a language without articles, where "the object" would be marked
    known by its article; not one opened by a word of another or of rank ("Drugi obiekt,
    prawdopodobnie balon, ...", "Inny obiekt ...": a new one, ``told_as_new``), unless a
    later rank after a first member told by its rank ("Перший безпілотник ... Другий
    об'єкт ...": ``later_rank_after_apposed``), a member of the group told before, as
    "the second object" is."""
    unmarked = bool(doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))
    if not unmarked or a.category != "unknown" or a.counted or a.definite or a.role or a.state or a.model:
        return False
    if not doc.cues.within("KINDLESS_CUE", a.span[0], a.span[1]):
        return False
    return not told_as_new(doc, a) or later_rank_after_apposed(doc, a.span)


def _bare_referent(doc: Doc, a: Aircraft) -> Aircraft:
    """ "... wlot obiektu typu dron. // Obiekt przebywał nad terytorium RP": the word
    of no kind names again the aircraft told before it in its paragraph or the one
    before, as "the object" does; so does a bare plural of a kind ("Три истребителя
    МиГ-31 выполнили перелёт. // Таллин заявил, что самолёты залетели ...": no
    article marks "the aircraft" known); with none, it stays a new one, unless the
    first rank opens it and a later rank follows in its sentence (RANK_CUE: "Перший
    безпілотник перетнув кордон о 00:10, другий — о 01:35"), told as known as "the first
    drone" is: the first item of the group told before, told item by item."""
    known = doc.resolved.get(a.span)
    if known is not None:
        return known
    para = doc.paragraph(a.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    as_known = dataclasses.replace(a, definite=True)
    ranked = _first_of_ranks(doc, a)
    found = _referent(doc, as_known, lo, singular=not a.plural) or (as_known if ranked else a)
    doc.resolved[a.span] = found
    return found


def _first_of_ranks(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` opened by the first rank (RANK_CUE key "1"), a later rank told after it
    in its sentence?"""
    rank = doc.cues.opening("RANK_CUE", a.span[0])
    if rank is None or rank.key != "1" or rank.end > a.span[1]:
        return False
    sent = doc.sentence(a.span[0])
    return any(c.key != "1" for c in doc.cues.within("RANK_CUE", a.span[1], sent.end))


def _same_model_before(doc: Doc, a: Aircraft) -> Aircraft:
    """ "The F-16s", "les Su-27": the aircraft of that model named last before it in its
    paragraph or the one before, its count and state filled from there."""
    para = doc.paragraph(a.span[0])
    lo = doc.seg.paragraphs.scopes[max(0, para.nth - 1)].start
    for prev in reversed(between(doc.facts.aircraft, lo, a.span[0])):
        if prev.model == a.model and not prev.definite and not responder(doc, prev):
            if a.state and prev.state and a.state != prev.state:
                return a
            return a.filled_from(prev)
    return a


@per_mention
def responder(doc: Doc, a: Aircraft) -> bool:
    """ "Finnish F-18s took off to identify the intruder": an aircraft followed in its
    sentence, before any other aircraft but those listed with it ("des avions de combat
    et des hélicoptères ont été mobilisés"), by a word of rising to meet another
    (RESPONDER_CUE) is not the intruder; nor is one that names such a responder again
    by its model ("two German Eurofighters took off to intercept it. // Two Eurofighters
    in the Romanian sky"); nor one told as the agent of a verb of answering ("was shot
    down by two F-16s", ``_agent_of_answer``); nor one a weapon was fired from
    (PLATFORM_CUE right before it: "hit by a missile fired from a Turkish F-16", « un
    missile tiré par un F-16 turc »)."""
    return (
        _responder_here(doc, a)
        or _responder_again(doc, a)
        or _agent_of_answer(doc, a)
        or cue_before(doc, a, "PLATFORM_CUE") is not None
    )


def _responder_again(doc: Doc, a: Aircraft) -> bool:
    """Does ``a`` name again, by its model, an aircraft told before as a responder? Not
    a group of that model told with a nationality and a count of its own, where the
    responders were told with another count and no nationality ("the Polish air force
    scrambled two F-16s ... // six Turkish F-16s violated Greek airspace", « a fait
    décoller deux F-16 ... // six chasseurs F-16 turcs ont violé »: ``_new_group_of_model``)."""
    if a.model is None or _accused_object(doc, a):
        return False
    return any(
        p.model == a.model and not p.differs(a) and not _new_group_of_model(p, a) and _responder_here(doc, p)
        for p in between(doc.facts.aircraft, 0, a.span[0])
    )


def _new_group_of_model(told: Aircraft, a: Aircraft) -> bool:
    """Is ``a`` another group than ``told`` of the same model: ``a`` tells a state and a
    count, ``told`` no state and another count?"""
    return bool(a.state and not told.state and a.count and told.count and a.count != told.count)


def _accused_object(doc: Doc, a: Aircraft) -> bool:
    """ "Ankara accused two Greek Mirage 2000 jets of violating its airspace", « en
    accusant deux Mirage 2000 grecs d'avoir violé »: an aircraft told right after a word
    of accusing (ACCUSE_CUE) in its sentence, nothing but a day between them, is the
    accused intruder, not the defenders' jets of that model named again."""
    sent = doc.sentence(a.span[0])
    cues = doc.cues.within("ACCUSE_CUE", sent.start, a.span[0])[-1:]
    if not cues:
        return False
    told = between(doc.facts.mentions, cues[0].end, a.span[0])
    return all(m.kind in ("cue", "date") for m in told)


def _scrambled_before(doc: Doc, a: Aircraft, anchor: Anchor) -> bool:
    """Is ``a`` what the defenders scrambled, named before the crossing's verb
    ("подняли в воздух истребители и вертолеты; они находились над территорией"; not
    the object of the crossing's own verb: "a envoyé deux drones dans l'espace aérien
    roumain")?"""
    return a.span[1] <= anchor.span[0] and _scrambled(doc, a, _scramble_cues(doc, a))


def _hung_on_scrambled(doc: Doc, a: Aircraft, anchor: Anchor) -> bool:
    """ "Poland scrambled fighter jets, which remained over Polish territory", « la Pologne
    a fait décoller des chasseurs, qui sont restés au-dessus du territoire polonais »: a
    relative clause hung right on the defenders' aircraft (GROUP_RELATIVE_CUE, maybe after
    a comma) tells their own flight, no crossing by an aircraft told before them."""
    cues = doc.cues.within("GROUP_RELATIVE_CUE", a.span[1], anchor.span[0])[:1]
    return bool(cues) and not doc.text[a.span[1] : cues[0].start].strip(" ,\t\n")


@per_mention
def _responder_here(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told as rising to meet another where it is named (see ``responder``)?"""
    sent_end = end = doc.sentence(a.span[0]).end
    last = a
    for nxt in between(doc.facts.aircraft, a.span[1], end):
        if not _listed(doc, last.span[1], nxt.span[0]):
            end = nxt.span[0]
            break
        last = nxt
    # another actor told after it, the subject of its own word of response ("flew a
    # drone across the line; South Korean troops fired warning shots"): the response
    # is that actor's (not an authority told in an aside: "F-16s, the command said,
    # were scrambled")
    actors = [
        s.span[0]
        for s in between(doc.facts.sources, last.span[1], end)
        if s.authority
        and doc.clause(s.span[0]).start > last.span[1]  # not its owner: "deux F/A-18 des Forces aériennes"
        and responses(doc, s.span[1], doc.clause(s.span[0]).end)
    ]
    end = min([end, *actors])
    # a cue may run into the next aircraft: "intercepted the", "intercepted an" + "an Il-20"
    rising = responses(doc, last.span[1], sent_end)
    if any(c.start < end and not _took_off_abroad(doc, c) for c in rising):
        return True
    # the object of a scramble: "prompting Warsaw to scramble its own and allied jets",
    # "la Pologne a fait décoller des F-16", or the agent of a response told in the
    # passive: "was escorted out by two F/A-18 jets" (SCRAMBLE_CUE, nothing told between)
    # (a cue may run into the aircraft phrase: "intercepted by" + "by two F/A-18 jets")
    cues = _scramble_cues(doc, a)
    if _escort_of_head(doc, a, cues):
        return False  # "three Su-24s escorted by Su-27 fighters crossed": its group's escort
    return _scrambled(doc, a, cues) or _agent_of_response(doc, a, cues)


def _escort_of_head(doc: Doc, a: Aircraft, cues: list[Cue]) -> bool:
    """ "Three Su-24s escorted by Su-27 fighters crossed the border", "trois Su-24
    escortés par des chasseurs Su-27": the agent of an escort told right after another
    aircraft (a word of the passive SCRAMBLE_CUE "by" that LIST_CUE "with" also lists,
    nothing but a comma before it) flies with that aircraft, its own side's escort, no
    responder: unless it is of another state than its head ("a Russian Il-20 escorted by
    Finnish Hornets"). "Was escorted out by", "intercepted by" stay responses."""
    by = [c for c in cues if c.key == "by"][-1:]
    if not by or [m for m in between(doc.facts.mentions, by[0].end, a.span[0]) if m.kind != "cue"]:
        return False
    joiners = doc.cues.within("LIST_CUE", by[0].start, by[0].end)
    if not any(w.key == "with" and (w.start, w.end) == (by[0].start, by[0].end) for w in joiners):
        return False
    heads = list(between(doc.facts.aircraft, doc.sentence(by[0].start).start, by[0].start))
    if not heads or doc.text[heads[-1].span[1] : by[0].start].strip(" ,"):
        return False
    head = heads[-1]
    return not (head.state and a.state and head.state != a.state)


def responses(doc: Doc, lo: int, hi: int) -> list[Cue]:
    """Words of response (RESPONDER_CUE) in [lo, hi); a word of firing (key "fire":
    "fired at", "ont tiré sur") only when an aircraft is the first thing told after it in
    its clause ("F-16s fired at the drones"): "a salvo of Russian drones fired at Izmail",
    "un hélicoptère qui a tiré sur Reni" fired on a place, no response to an intruder."""
    return [
        c for c in doc.cues.within("RESPONDER_CUE", lo, hi) if c.key != "fire" or _fired_at_aircraft(doc, c)
    ]


def _fired_at_aircraft(doc: Doc, cue: Cue) -> bool:
    told = [m for m in between(doc.facts.mentions, cue.end, doc.clause(cue.start).end) if m.kind != "cue"][:1]
    return bool(told) and told[0].kind == "aircraft"


def _took_off_abroad(doc: Doc, cue: Cue) -> bool:
    """ "A French military aircraft that allegedly took off from Chad", "qui aurait
    décollé du Tchad": a word of rising followed by a state's name (one word at most
    between, in its clause) tells where the aircraft came from, not a scramble to meet
    another."""
    clause = doc.clause(cue.start)
    nxt = [m for m in between(doc.facts.mentions, cue.end, clause.end) if m.kind != "cue"][:1]
    if not nxt or nxt[0].kind != "state":
        return False
    state = between(doc.facts.states, nxt[0].span[0], nxt[0].span[1])[:1]
    return bool(state) and not state[0].demonym and len(doc.text[cue.end : nxt[0].span[0]].split()) <= 1


def _scramble_cues(doc: Doc, a: Aircraft) -> list[Cue]:
    clause = doc.clause(a.span[0])
    return [c for c in doc.cues.within("SCRAMBLE_CUE", clause.start, a.span[1]) if c.start < a.span[0]]


#: kinds of aircraft never scrambled to meet another: rules.toml [never_scrambled]
_NEVER_SCRAMBLED = frozenset(rules()["never_scrambled"]["kinds"])


def _scrambled(doc: Doc, a: Aircraft, cues: list[Cue]) -> bool:
    """Is ``a`` the object of a scramble or the agent of a response in the passive
    (SCRAMBLE_CUE, nothing but the aircraft listed before it told between)? Never a
    kind no one scrambles ([never_scrambled] kinds: "a envoyé 150 ballons" sends them),
    nor the object of a word of response told between ("jets were scrambled to
    intercept two Su-30s", "were dispatched to identify a plane": RESPONDER_CUE, the
    scramble's purpose): that one is what the responders rose to meet."""
    if a.category in _NEVER_SCRAMBLED:
        return False
    for cue in [c for c in cues if c.key in ("scramble", "by")][-1:]:
        if cue.key == "scramble" and any(c.start >= cue.end for c in responses(doc, cue.end, a.span[0])):
            return False
        told = [m for m in between(doc.facts.mentions, cue.end, a.span[0]) if m.kind != "cue"]
        return not told or _listed_run(doc, told, a)
    return False


def _listed_run(doc: Doc, told: list[Mention], a: Aircraft) -> bool:
    """Are ``told`` aircraft listed one after the other up to ``a`` ("scrambled fighters
    and helicopters", "подняли в воздух истребители и вертолеты"): every later item of
    a scramble's object is a responder as its first is."""
    spans = [m.span for m in told] + [a.span]
    return all(m.kind == "aircraft" for m in told) and all(
        _listed(doc, x[1], y[0]) for x, y in zip(spans, spans[1:], strict=False)
    )


def _agent_of_response(doc: Doc, a: Aircraft, cues: list[Cue]) -> bool:
    """ "Was shot down on Saturday over the Yukon by an F-22", "a été intercepté mardi
    au-dessus de la Baltique par deux Rafale": the agent (AGENT_CUE, right before the
    aircraft) of a response told in the passive (SCRAMBLE_CUE done) earlier in its
    clause, with only a day, a place or a time between them (no other verb or
    aircraft: "was violated by a drone" names no response)."""
    agent = agent_before(doc, a)
    if agent is None:
        return False
    if agent.start < doc.clause(a.span[0]).start:  # "by Polish, Dutch and Italian jets": the agent's clause
        cues = doc.cues.within("SCRAMBLE_CUE", doc.clause(agent.start).start, agent.start)
    done = [c for c in cues if c.key == "done" and c.end <= agent.start][-1:]
    return bool(done) and not [
        m for m in between(doc.facts.mentions, done[0].end, agent.start) if m.kind in ("verb", "aircraft")
    ]


@per_mention
def part_of_group(doc: Doc, later: Aircraft) -> bool:
    """An aircraft told right after a word naming a part of a group ("including two TB2
    drones", "dont deux F-16", "parmi lesquels quatre F-16": INCLUDING_CUE), with
    nothing but a count, a word of agent ("including four by armed F-16s") or another
    aircraft's words between them, or told in a clause
    that such a word opens ("Among them were two armed F-16s", "Parmi eux figuraient
    deux F-16")."""
    sent = doc.sentence(later.span[0])
    clause = doc.clause(later.span[0])
    for cue in doc.cues.within("INCLUDING_CUE", sent.start, later.span[0])[-1:]:
        if cue.start >= clause.start and not doc.text[clause.start : cue.start].strip(" ,;:-–—"):
            return True
        gap = list(doc.text[cue.end : later.span[0]])
        for m in between(doc.facts.mentions, cue.start, later.span[0]):
            if m.kind not in ("aircraft", "number", "cue"):
                return False
            lo, hi = max(m.span[0], cue.end), min(m.span[1], later.span[0])
            gap[lo - cue.end : hi - cue.end] = " " * max(0, hi - lo)
        # "including four by armed F-16s", "dont quatre par des F-16": the part's agent
        for by in doc.cues.within("AGENT_CUE", cue.end, later.span[0]):
            gap[by.start - cue.end : by.end - cue.end] = " " * (by.end - by.start)
        return not "".join(gap).strip() or _part_by_agent_noun(doc, cue.end, later)
    return False


def _part_by_agent_noun(doc: Doc, lo: int, later: Aircraft) -> bool:
    """ "Including a flight by two F-4 jets over Paphos", "including an overflight of Kos
    by two F-4 jets", "dont un survol de Kos par deux F-4": a part told by a noun of what
    it did, its aircraft the agent right after a word of agent (AGENT_CUE), no other
    aircraft and no verb but nouns between the word of a part (ending at ``lo``) and it."""
    # (the word may open the aircraft's phrase: "by two F-4 jets")
    at = [c for c in doc.cues.within("AGENT_CUE", lo, later.span[1]) if c.start <= later.span[0]]
    by = at[-1] if at else doc.cues.ending_at("AGENT_CUE", later.span[0], doc.text)
    if by is None or by.start < lo or doc.text[by.end : later.span[0]].strip():
        return False
    told = between(doc.facts.mentions, lo, by.start)
    return not any(m.kind == "aircraft" or (m.kind == "verb" and not m.extra.get("noun")) for m in told)


def _part_of_own_model(doc: Doc, a: Aircraft) -> bool:
    """Was ``a``, of a model, told as a part of those named before ("deux d'entre eux",
    "two of them": partitive) that a model set after it named ("Deux d'entre eux, des
    drones Gerbera, ...": ``_apposed_model`` reads it as the group's own, or as the
    model itself after "L'un d'eux, un drone Gerbera,")? (A part of no model of its own,
    "one of them flew 2 km into Poland", is the group's told again, its measures the
    record's.)"""
    if a.model is None:
        return False
    if a.partitive or any(x.partitive and x.span == a.span for x in between(doc.facts.aircraft, *a.span)):
        return True
    before = between(doc.facts.aircraft, doc.sentence(a.span[0]).start, a.span[0])[-1:]
    return bool(before) and before[0].partitive and doc.text[before[0].span[1] : a.span[0]].strip() == ","


@per_mention
def counted_part(doc: Doc, a: Aircraft) -> bool:
    """ "Four of the drones", "two of its jets", "deux de ses hélicoptères": a count, then
    the language's word of a part ([de]) and an article or possessive ([art], [poss])
    inside the phrase: some of the aircraft of a group told before, not all of them
    (their count is not the group's)."""
    if not a.counted or a.count is None:
        return False
    lex = doc.lexicon
    of, the = lex.folded_forms("DE"), lex.folded_forms("ART") | lex.folded_forms("POSS")
    words = words_of(doc.text[a.span[0] : a.span[1]])
    for k, (x, y) in enumerate(zip(words, words[1:], strict=False)):
        if x.folded in of and y.folded in the:
            # only the count before it: "un avion de l'armée" is no part
            return all(w.kind in ("INT", "HYPHEN") or w.folded in _count_words(lex) for w in words[:k])
    return False


def _count_words(lex: Lexicon) -> frozenset[str]:
    """The words of a count and of its bounds ("at least twenty-one", "some 40")."""
    classes = (
        "N_DIGIT",
        "N_TEEN",
        "N_TENS",
        "N_HUNDRED",
        "N_SCALE",
        "N_ART",
        "APPROX",
        "BOUND_MAX",
        "BOUND_MIN",
    )
    return frozenset(w for c in classes for form in lex.folded_forms(c) for w in form.split())


# ------------------------------------------------------------------ episodes
def _no_crossing_of(doc: Doc, anchor: Anchor, raw: list[Aircraft], drafts: list[Draft]) -> bool:
    """Does ``anchor``, told of the aircraft ``raw``, tell no crossing of them: another
    kind's, a way back, a flight at home or on the ground, the accuser's own, one side's
    own version, a stay at home, or the defenders' own flight?"""
    return (
        _of_other_kind(doc, anchor, raw)
        or _going_back(doc, anchor, raw)
        or _at_home(doc, anchor, raw)
        or _ground_mover(doc, anchor, raw)
        or _own_flight(doc, anchor, raw)
        or _accusers_own(doc, anchor, raw)
        or _own_version(doc, anchor, raw, drafts)
        or _stayed_home(doc, anchor, raw, drafts)
        or (bool(raw) and all(_responder_again(doc, a) for a in raw))  # the defenders' own flight
        or (not raw and _year_only_past(doc, anchor))
    )


def _year_only_past(doc: Doc, anchor: Anchor) -> bool:
    """ "The last such violation was recorded in 2023", "Le dernier incident de ce type
    remonte à 2022": a noun of crossing with no aircraft of its own, told as one of a
    kind already spoken of (SUCH_CUE in its clause) or the latest of them
    (``_latest_of_kind``: "the last violation was recorded in 2024") or as background
    (BACKGROUND_CUE key "before" in its sentence: "dates back to"), and no day but a year in its
    sentence, only says when it last happened: no crossing to record (it would take the
    aircraft and day of the one told before). One with a day of its own ("a similar
    incident had taken place on 3 May") is a record, and so is a tally ("41 violations
    since 2008": a count right before the noun)."""
    if anchor.verb is None or not anchor.verb.noun:
        return False
    sent = doc.sentence(anchor.span[0])
    if any(m.extra.get("precision") == "day" for m in between(doc.facts.dates, sent.start, sent.end)):
        return False
    lengths = lengths_in(doc, sent.start, sent.end)
    years = [
        y
        for y in YEAR.finditer(doc.text, sent.start, sent.end)
        if not any(s <= y.start() < e for s, e in lengths)
    ]
    if not years:
        return False
    n = count_before(doc, anchor.span)
    if n is not None and n.value != 1:
        return False  # "Tallinn has recorded 41 violations since 2008": a tally
    if doc.cues.within("SUCH_CUE", anchor.clause.start, anchor.clause.end) or _latest_of_kind(doc, anchor):
        return True
    return any(c.key == "before" for c in doc.cues.within("BACKGROUND_CUE", sent.start, sent.end))


def _latest_of_kind(doc: Doc, anchor: Anchor) -> bool:
    """ "The last violation of Lithuanian airspace was recorded in 2024", « la dernière
    violation de l'espace aérien letton a été constatée en 2023 »: the noun of crossing
    right after a word of the latest one (LATEST_CUE), or after a state's possessive and
    a bare word of the latest one ("Finland's last", "Romania's most recent":
    LATEST_OWNED_CUE), only the noun's first parts between them ("the last airspace
    violation", "the last Russian violation": ``noun_modifiers_only``), or right before
    a word of the latest one (« la violation la plus récente »), is the last of those
    spoken of, told for when it happened."""
    at, clause = anchor.span, anchor.clause
    cues = [c for c in doc.cues.within("LATEST_CUE", clause.start, at[0]) if c.key == "latest"]
    cues += [c for c in doc.cues.within("LATEST_OWNED_CUE", clause.start, at[0]) if _after_owner(doc, c)]
    if any(noun_modifiers_only(doc, c.end, at[0]) for c in cues):
        return True
    after = [c for c in doc.cues.within("LATEST_CUE", at[1], clause.end) if c.key == "latest"][:1]
    return bool(after) and not doc.text[at[1] : after[0].start].strip()


def _after_owner(doc: Doc, cue: Cue) -> bool:
    """Is ``cue`` told right after a state's possessive ("Finland's", POSSESSIVE_CUE right
    after the state's name)?"""
    own = [c for c in doc.cues.within("POSSESSIVE_CUE", doc.clause(cue.start).start, cue.start)][-1:]
    if not own or doc.text[own[0].end : cue.start].strip():
        return False
    states = [m for m in between(doc.facts.states, doc.clause(cue.start).start, own[0].start)][-1:]
    return bool(states) and not doc.text[states[0].span[1] : own[0].start].strip(" '’")


def episodes(doc: Doc, anchors: list[Anchor]) -> list[Draft]:
    drafts: list[Draft] = []
    for k, anchor in enumerate(anchors):
        raw = subjects(doc, anchor)
        if raw and all(_scrambled_before(doc, a, anchor) for a in raw):
            if _hung_on_scrambled(doc, raw[-1], anchor):
                continue  # "Poland scrambled jets, which stayed over Polish territory"
            raw = []  # the defenders' aircraft are not the crossing's subject
        if _no_crossing_of(doc, anchor, raw, drafts):
            continue
        # a counted generic word listed with other aircraft ("two helicopters and a light
        # aircraft") names one more, not one of them again
        group = [a if len(raw) > 1 and _listed_new(a) else antecedent(doc, a) for a in raw]
        if len(group) == 1:
            group = [_rest_subject(doc, anchor, group[0])]
        ac = group[0] if len(group) == 1 else None
        cur = _listed_twin(drafts, anchor) if drafts else None
        told = raw[0] if len(raw) == 1 else None
        if cur is not None and cur.group_size > 1 and len(raw) < 2 and _retold_group(doc, cur, anchor, told):
            for twin in cur.siblings:  # "Mi-8 and Ka-52 violated ... The helicopters stayed ..."
                twin.anchors.append(anchor)
            continue
        member = _one_member_again(doc, cur, anchor, raw, told) if cur is not None else None
        if member is not None:  # "a Mi-8 and three drones violated ... The helicopter stayed ..."
            member.anchors.append(anchor)
            continue
        if cur is not None and len(group) < 2:
            cur = _draft_referred(doc, drafts, cur, anchor, ac)
        if cur is not None and _part_of_times(doc, cur, anchor):
            continue  # "cinq violations ..., dont deux survols du territoire": the total's
        part = told is not None and part_of_group(doc, told)  # "..., dont deux drones qui ont survolé"
        if cur is not None and told is not None and _member_came_down(doc, cur, anchor, told):
            cur.anchors.append(anchor)  # "... L'un a été abattu, l'autre s'est écrasé près de X"
            continue
        if (
            cur is not None
            and len(group) < 2
            and (not part or _part_told_again(doc, cur, told))
            and anchor.rule != OTHER_ONE  # "après celle du 5 novembre": an earlier one
            and _same_crossing(doc, cur, anchor, ac, _crossings_left(doc, anchors[k:]), told)
        ):
            cur.anchors.append(anchor)
            if (
                ac is not None
                # "deux d'entre eux, des Gerbera, ...": a part, even of its own model, is no group
                and not (told is not None and (counted_part(doc, told) or _part_of_own_model(doc, told)))
                and not (told is not None and _part_of_counted(doc, told, anchor))
                and not _rank_in_series(doc, anchor)
                and (
                    cur.aircraft is None
                    or ac.more_specific_than(cur.aircraft)
                    or (cur.aircraft.generic and not ac.generic)  # "aircraft ... the drone"
                    or total_of_part(doc, cur.aircraft, ac)  # "In total, seven drones ..."
                )
            ):
                cur.aircraft = ac if cur.aircraft is None else ac.filled_from(cur.aircraft)
            continue
        if cur is not None and len(group) > 1 and _group_again(doc, cur, anchor, group):
            for twin, a in zip(cur.siblings, group, strict=True):
                twin.anchors.append(anchor)
                if twin.aircraft is None or a.more_specific_than(twin.aircraft):
                    twin.aircraft = a if twin.aircraft is None else a.filled_from(twin.aircraft)
            continue
        if _counted_from_earlier(doc, anchor):
            continue  # "the first violation since a Su-27 crossed ...": one told elsewhere
        background = told_as_background(doc, anchor)
        if len(group) > 1:
            _add_group(doc, drafts, cur, anchor, group, background)
        else:
            drafts.append(
                Draft(
                    [anchor],
                    _new_aircraft(doc, anchor, ac, _whole_of_items(doc, drafts, cur, anchor)),
                    background=background,
                )
            )
    drafts = _without_list_heading(doc, _told_for_each_case(doc, drafts))
    drafts = _without_kindless_summary(doc, _without_counted_summary(doc, drafts))
    drafts = _heading_retold_later(doc, _without_headline_total(doc, drafts))
    return _cancel(doc, _told_again(doc, _state_of_whole(doc, _without_listed_summary(doc, drafts))))


#: anchors that tell a crossing as an event of no aircraft ("the first violation took
#: place at 9:47", "the second at 13:15")
_EVENT_RULES = frozenset({"occurrence", "gapped"})


def _told_for_each_case(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "The first violation took place at 9:47, the second at 13:15: in both cases a
    Turkish F-16 entered Greek airspace over Lesbos", "... : dans les deux cas, un F-16
    turc est entré ...": a crossing opened by a word of each case (EACH_CASE_CUE, before
    its verb in its clause) after crossings told as events of no aircraft in its
    sentence tells what each of them was: their aircraft and goal, no record of its own."""
    gone: set[int] = set()
    for k, d in enumerate(drafts):
        clause = d.anchor.clause
        if d.aircraft is None or not doc.cues.within("EACH_CASE_CUE", clause.start, d.anchor.span[0]):
            continue
        sent = doc.sentence(d.anchor.span[0])
        events = [
            e
            for e in drafts[:k]
            if e.aircraft is None
            and sent.start <= e.anchor.span[0] < clause.start
            and all(a.rule in _EVENT_RULES for a in e.anchors)
        ]
        if not events:
            continue
        gone.add(k)
        for e in events:
            e.aircraft = d.aircraft
            e.anchors.extend(d.anchors)
    return [d for k, d in enumerate(drafts) if k not in gone]


def _rest_subject(doc: Doc, anchor: Anchor, ac: Aircraft) -> Aircraft:
    """ "Three of them crossed at 01:50 and two more came in at 02:25", « Deux d'entre
    eux ont franchi ... et deux autres sont entrés à 23 h 45 »: a clause opened (after
    "and" or a comma) by a bare count of more of a group (ANOTHER_CUE or REST_CUE that
    opens with a number: "two more", "two others", « deux autres ») right before its
    verb has that many aircraft of the group named before as its subject, not the part
    named in the clause before (``ac``, told before the clause)."""
    sent = doc.sentence(anchor.span[0])
    for cls in ("REST_CUE", "ANOTHER_CUE"):
        for cue in doc.cues.within(cls, max(sent.start, ac.span[1]), anchor.span[0]):
            nums = [m for m in between(doc.facts.mentions, cue.start, cue.end) if m.kind == "number"]
            if not nums or nums[0].span[0] != cue.start or doc.text[cue.end : anchor.span[0]].strip():
                continue
            before = doc.text[sent.start : cue.start].rstrip()
            if doc.cues.ending_at("COORD_CUE", cue.start, doc.text) is None and not before.endswith(
                (",", ";")
            ):
                continue
            n = int(float(nums[0].value))
            return dataclasses.replace(ac, span=(cue.start, cue.end), count=n, plural=n > 1, partitive=False)
    return ac


def _new_aircraft(doc: Doc, anchor: Anchor, ac: Aircraft | None, cur: Draft | None) -> Aircraft | None:
    """The aircraft of a crossing told anew: a gapped item's of no aircraft of its own is
    one of those of the crossing before ("the first at 14:09 and the second at 14:21");
    an earlier one told by a pronoun ("après celle du 5 novembre") is of the kind told
    before, with no model or count told, unless told with its own aircraft ("after one
    by a drone on May 18"), its gaps filled from the crossing told before. One told
    coming in again of no aircraft of its own ("It re-entered Polish airspace at 11:52",
    « Il est revenu dans l'espace aérien polonais », [verbs] again, back_again) is the aircraft of
    the crossing before: a crossing told next of another aircraft is not its own."""
    if ac is None and anchor.rule == "gapped" and cur is not None:
        ac = _one_member(doc, anchor, cur.aircraft)
    again = anchor.verb is not None and anchor.verb.key in COMING_AGAIN
    if ac is None and cur is not None and again:
        return cur.aircraft  # "It re-entered Polish airspace at 11:52": the one told before, again
    if anchor.rule == OTHER_ONE and ac is not None and ac.span[0] >= anchor.span[0]:
        # "after one by a drone on May 18": its own aircraft, the rest as told before
        return (
            ac
            if cur is None or cur.aircraft is None
            else dataclasses.replace(ac.filled_from(cur.aircraft), model=ac.model)
        )
    if anchor.rule == OTHER_ONE:
        known = ac or (cur.aircraft if cur is not None else None)
        ac = None if known is None else dataclasses.replace(known, model=None, count=None, counted=False)
    return ac


def _whole_of_items(doc: Doc, drafts: list[Draft], cur: Draft | None, anchor: Anchor) -> Draft | None:
    """The crossing of the whole group whose members an item opened by a count tells
    (``anchor``: "...: two near X and three near Y"): ``cur``, or, when ``cur`` is itself
    such an item (a gapped one whose aircraft its count tells), the draft before the
    items."""
    if anchor.span[0] not in doc.seg.counts:
        return cur
    k = next((i for i, d in enumerate(drafts) if d is cur), -1)
    while k > 0 and drafts[k].anchor.rule == "gapped" and _member_told(doc, drafts[k], doc.seg.counts):
        k -= 1
    return drafts[k] if k >= 0 else cur


def _member_told(doc: Doc, d: Draft, counts: list[int]) -> bool:
    """Is the aircraft of draft ``d`` told by the count that opens its item (one of
    ``counts``, ``_one_member``)?"""
    return d.aircraft is not None and d.aircraft.span[0] in counts


def _one_member(doc: Doc, anchor: Anchor, ac: Aircraft | None) -> Aircraft | None:
    """ "Three drones violated ...: one crashed near X, one flew over Y": an item opened
    by a word of one member ("one": EACH_CUE) of the counted group ``ac``, or of one more
    ("a third": ONE_MORE_CUE key "one"), is one aircraft of that kind, told by that
    word; one opened by a count of members ("...: two near
    X and one near Y": ``Segments.openers``) is that many of them. An item sharing a
    verb of a round told by its rank ("made a second pass over X and a third over Y":
    [verbs] ranked_round) ranks a round of the same aircraft, no one more of them."""
    cue = doc.cues.opening("EACH_CUE", anchor.span[0])
    if ac is None or ac.count is None or ac.count < 2 or ranked_round_verb(anchor.verb):
        return ac
    if cue is None:
        cue = _one_more_opening(doc, anchor.span[0])  # "..., and a third did so a day later"
    if cue is not None:
        return dataclasses.replace(ac, span=(cue.start, cue.end), count=1, plural=False, counted=True)
    count = doc.seg.openers.get(anchor.span[0])
    told = between(doc.facts.mentions, anchor.span[0], anchor.span[0] + 1)[:1]
    if count is None or count >= ac.count or not told or told[0].kind != "number":
        return ac
    return dataclasses.replace(ac, span=told[0].span, count=count, plural=count > 1, counted=True)


def _one_more_opening(doc: Doc, pos: int) -> Cue | None:
    """The word of one more ("a third", "un troisième": ONE_MORE_CUE key "one") that
    opens the item at ``pos``, maybe after a list word ("and a third")."""
    more = doc.cues.within("ONE_MORE_CUE", pos, doc.clause(pos).end)[:1]
    if not more or more[0].key != "one":
        return None
    gap = doc.text[pos : more[0].start]
    for c in doc.cues.within("LIST_CUE", pos, more[0].start):
        gap = gap.replace(doc.text[c.start : c.end], "")
    return more[0] if not gap.strip(" ,") else None


#: the marks that open a list of what a sentence told as a whole: a colon, a dash
LIST_OPENERS = (":", " – ", " — ", " - ")


def _of_other_kind(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "..., a Polish cargo plane landed in Kaunas": a rule told only of some kinds of
    aircraft (drones and balloons set down in a town) and a subject of none of them: no
    crossing, and not the crossing told before it either."""
    return bool(raw) and not any(admits(doc, anchor, a.category) for a in raw)


def _part_of_counted(doc: Doc, told: Aircraft, anchor: Anchor) -> bool:
    """ "About forty balloons were spotted, seven of which came down in X": a partitive
    coming down ([verbs] coming_down) whose whole, named right before it in its
    sentence, is counted more: a part of that group, whose count is no count of the
    crossing ("radars tracked three of them" after "Russian drones entered": the part
    counted is all that was told; "l'un des deux avions est parti, tandis que l'autre
    violait la frontière": the part that crossed is the crossing's)."""
    whole = between(doc.facts.aircraft, doc.sentence(told.span[0]).start, told.span[0])[-1:]
    return bool(whole) and _part_came_down(told, anchor, whole[0])


def _part_came_down(told: Aircraft, anchor: Anchor, whole: Aircraft | None) -> bool:
    """Is ``told`` a counted part coming down ([verbs] coming_down) of ``whole``, a group
    that holds more?"""
    if not told.partitive or not told.count or anchor.verb is None or whole is None:
        return False
    return anchor.verb.key in rules()["verbs"]["coming_down"] and whole.holds_more_than(told.count)


def _member_came_down(doc: Doc, cur: Draft, anchor: Anchor, told: Aircraft) -> bool:
    """ "Deux drones ont franchi la frontière vers 4 h 20. L'un a été abattu, l'autre
    s'est écrasé près de X", "Two drones crossed ... One of them was shot down, the
    other crashed near X": one member of the group of the crossing told before (a
    partitive of fewer than it holds, in the paragraph of its last telling, a later
    sentence), coming down
    ([verbs] coming_down) with no other member told coming down at a place of its own
    in its sentence, is where that member of the group's crossing ended: no crossing
    of its own."""
    if not _part_came_down(told, anchor, cur.aircraft):
        return False
    sent = doc.sentence(anchor.span[0])
    last = cur.last
    if doc.sentence(last.span[0]) == sent or doc.paragraph(last.span[0]) != doc.paragraph(anchor.span[0]):
        return False
    if last.verb is None or last.verb.key in rules()["verbs"]["coming_down"]:
        return False
    members = [a for a in between(doc.facts.aircraft, sent.start, sent.end) if a.partitive]
    return len(members) < 2 or not _members_placed(doc, sent, members)


def _members_placed(doc: Doc, sent: Scope, members: list[Aircraft]) -> bool:
    """Does each member told in ``sent`` have a place of its own after it?"""
    ends = [m.span[1] for m in members] + [sent.end]
    return all(between(doc.facts.places, ends[k], ends[k + 1]) for k in range(len(members)))


def _add_group(
    doc: Doc, drafts: list[Draft], cur: Draft | None, anchor: Anchor, group: list[Aircraft], background: bool
) -> None:
    """One draft per aircraft of a group told at ``anchor``, twins of each other;
    "Four Russian jets violated ... They were two Su-27 and two Su-24": the summary
    told first (``cur``) is the detailed crossings' own telling, and gives way."""
    group = _shared_count(doc, _shared_state(doc, _apposed_parts(doc, group)))
    twins = [Draft([anchor], a, group_size=len(group), background=background) for a in group]
    for t in twins:
        t.siblings = twins
    if cur is not None and _summarised(doc, cur, anchor, group):
        drafts.pop()
        for t in twins:
            t.anchors = [*cur.anchors, anchor]
            if t.aircraft is not None and cur.aircraft is not None and not t.aircraft.state:
                t.aircraft = dataclasses.replace(t.aircraft, state=cur.aircraft.state)
    drafts.extend(twins)


def opens_list(doc: Doc, lo: int, hi: int) -> bool:
    """Does a colon or a dash (``LIST_OPENERS``) stand in [lo, hi), opening a list of
    what was told before it as a whole?"""
    return list_opener(doc, lo, hi) is not None


def list_opener(doc: Doc, lo: int, hi: int) -> int | None:
    """Where the first colon or dash (``LIST_OPENERS``) in [lo, hi) stands, or None; a
    colon before digits is a clock's ("at 04:10"), no list (``anchors.PUNCT_COLON``)."""
    text = doc.text
    colon = PUNCT_COLON.search(text, lo, hi)
    found = [k for k in (text.find(o, lo, hi) for o in LIST_OPENERS if o != ":") if k >= 0]
    found += [colon.start()] if colon is not None else []
    return min(found) if found else None


def _without_listed_summary(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Russian aircraft violated Estonian airspace twice last week: an An-26 on
    Monday near Vaindloo, and a Mi-8 helicopter on Thursday over Lake Peipus", "des
    appareils russes ont violé ... : un An-26 lundi ..., et un Mi-8 jeudi ...": a
    crossing told of aircraft of no model, then, after a colon or a dash in its
    sentence, item by item with their verb left out (each a crossing of its own
    aircraft), is the items' summary, no record (where the first item was read as the
    summary's own aircraft, "... - a Mi-24 on Monday and an An-2 on Friday", it stays
    that item's record); an item's aircraft of no state told takes the summary's (the
    state was told once for all)."""
    gone: set[int] = set()
    for k, d in enumerate(drafts):
        a = d.aircraft
        if a is None or d.group_size > 1 or any(x.rule == "gapped" for x in d.anchors):
            continue
        items = _gapped_items(doc, d, drafts[k + 1 :])
        if not items:
            continue
        told = items[0].aircraft
        if len(items) == 1 and told is not None and told.span == a.span and a.span[0] >= d.last.span[1]:
            # "Estonia reported one violation: a Russian Mi-8 over Vaindloo": the one item
            # is the aircraft the summary took, its crossing told in full: one record
            gone.update(i for i, x in enumerate(drafts) if x is items[0])
            continue
        # the first item told before the first item of no verb: read as the summary's
        # own aircraft, it stays that item's record
        first = between(doc.facts.aircraft, d.last.span[1], items[0].anchor.span[0])
        if not first and _first_by_rank(doc, d.last.span[1], items[0].anchor.span[0]):
            continue  # "...: the first at 10:12, the second at 11:40 and the third ...":
            # the summary's own words tell the first item, by its rank
        if not first and (a.model or len(items) < 2):
            continue
        if not first:
            gone.add(k)
        for e in items:
            if e.aircraft is not None and not e.aircraft.state and a.state:
                e.aircraft = dataclasses.replace(e.aircraft, state=a.state)
    return [d for k, d in enumerate(drafts) if k not in gone]


def _first_by_rank(doc: Doc, lo: int, hi: int) -> bool:
    """Does the rank 1 (RANK_CUE key "1": "the first", "le premier") open the first item
    of a list in [lo, hi), right after its colon or dash ("...: the first at 10:12, the
    second at 11:40")?"""
    opener = list_opener(doc, lo, hi)
    ranks = doc.cues.within("RANK_CUE", lo, hi)
    if opener is None or len(ranks) != 1 or ranks[0].key != "1":
        return False
    return not doc.text[opener : ranks[0].start].strip(" :–—-")


def _state_of_whole(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Onze violations par des avions turcs mercredi : deux F-16 ont survolé
    Agathonisi, tandis qu'un CN-235 a commis neuf violations au large de Rhodes": an
    item told with its own verb after a colon or a dash, its aircraft of no state told,
    takes the state of the aircraft told as a whole before the list (of no model, a
    plural or a general word, of its kind), or of the air force told as their doer
    ("trois violations par l'aviation israélienne vendredi : un drone a survolé
    Marjayoun, ..."): the state was told once for all (as for items of no verb,
    ``_without_listed_summary``). So too an item of a sentence opened by a word of
    detailing what the sentence before told as a whole (DETAIL_CUE: "In detail, two
    planes flew over ...", "Dans le détail, deux avions ont survolé ...")."""
    for d in drafts:
        a = d.aircraft
        if a is None or a.state or d.group_size > 1:
            continue
        sent = doc.sentence(a.span[0])
        opener = list_opener(doc, sent.start, a.span[0])
        if opener is not None:
            state = _state_told_whole(doc, a, sent.start, opener)
        elif sent.start > 0 and _opens_with(doc, "DETAIL_CUE", sent):
            # "... huit violations par l'aviation israélienne. Dans le détail, deux avions
            # ont survolé ...": the items of the sentence before, detailed in this one
            before = doc.sentence(sent.start - 1)
            state = _state_told_whole(doc, a, before.start, before.end)
        else:
            continue
        if state:
            d.aircraft = dataclasses.replace(a, state=state)
    return drafts


def _opens_with(doc: Doc, cls: str, sent: Scope) -> bool:
    """Does a cue of ``cls`` open the sentence ``sent`` (its white space aside)?"""
    told = doc.text[sent.start : sent.end]
    return doc.cues.opening(cls, sent.start + len(told) - len(told.lstrip())) is not None


def _state_told_whole(doc: Doc, a: Aircraft, lo: int, hi: int) -> str | None:
    """The state of what was told last in [lo, hi) as the doer of the crossings
    listed after it: aircraft of no model (a plural or a general word) of ``a``'s kind,
    or a state's air force ("par l'aviation israélienne", AIR_FORCE_CUE in a source)."""
    whole = between(doc.facts.aircraft, lo, hi)[-1:]
    forces = [s for s in between(doc.facts.sources, lo, hi) if doc.cues.within("AIR_FORCE_CUE", *s.span)]
    if forces and (not whole or whole[0].span[0] < forces[-1].span[0]):
        return forces[-1].state
    for w in whole:
        if w.state and not w.model and (w.plural or w.generic) and not w.differs(a):
            return w.state
    return None


def _heading_retold_later(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Taïwan : 14 avions chinois franchissent la ligne médiane, un ballon survole
    Kinmen", then, after the lead on the planes, "Un ballon chinois a par ailleurs survolé
    l'archipel de Kinmen": a crossing told only in the heading (``heading``) and told
    again later in the body, past the lead, by the one crossing of the body of its kind
    (not told as background, its aircraft not another one: ``Aircraft.differs``; no other
    count) into the same zone of the same state (or of no state told in the heading:
    "un hélicoptère franchit la frontière"), is that crossing: no record of its own (an
    entry of another zone told in the body, "crossed the median line", is no other one)."""
    gone: set[int] = set()
    for k, d in enumerate(drafts):
        a = d.aircraft
        if a is None or not all(heading(doc, x.span[0]) for x in d.anchors):
            continue
        same = [
            e
            for e in drafts[k + 1 :]
            if e.aircraft is not None
            and not e.background
            and not heading(doc, e.anchor.span[0])
            and e.aircraft.category == a.category
            and not a.differs(e.aircraft)
            # a count the heading does not tell ("Russian Su-24 violated ..."): any
            and (a.count in (None, e.aircraft.count) or not a.counted)
            and e.anchor.zone == d.anchor.zone
            # "crosses border": no state; both of no state ("... violate the border" /
            # "two Su-27 fighters crossed the border"): the border of the report's state
            and (e.anchor.goal_state is not None or d.anchor.goal_state is None)
            and d.anchor.goal_state in (None, e.anchor.goal_state)
        ]
        # an entry of another zone ("crossed the median line and then flew over northern
        # Taiwan") is another event, not one more crossing of the kind
        kind = [
            e
            for e in drafts[k + 1 :]
            if e.aircraft is not None and e.aircraft.category == a.category and e.anchor.zone == d.anchor.zone
        ]
        if len(same) == 1 and len(kind) == 1:
            gone.add(k)
    return [d for k, d in enumerate(drafts) if k not in gone]


def _without_headline_total(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Roumanie : trois drones dans l'espace aérien" / "Three drones violate Romanian
    airspace", then in the body "Un drone a violé ... Deux autres drones ont traversé
    ...": a crossing told only in the heading (``heading``) by a counted group, followed
    by crossings of two or more aircraft of its kind (of its model, or of none) whose
    counts add up to its own, is their total, no record of its own."""
    if len(drafts) < 3 or not all(heading(doc, a.span[0]) for a in drafts[0].anchors):
        return drafts
    a = drafts[0].aircraft
    if a is None or a.count is None or a.count < 2:
        return drafts
    told = [d.aircraft for d in drafts[1:] if not d.background]
    rest = [b for b in told if b is not None and b.count is not None and b.category == a.category]
    if len(rest) < len(told) or any(a.model and b.model and a.model != b.model for b in rest):
        return drafts
    return drafts[1:] if sum(b.count or 0 for b in rest) == a.count else drafts


def _without_list_heading(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Timeline of the drone crashes in Romania this month:\n• 4 September: ...;\n•
    13 September: a drone flies over Chilia Veche ...", "Chronologie des chutes de
    drones en Roumanie :\n• ...": a crossing told in a list's heading (``list_heading``)
    and then by crossings of its bulleted items is their summary, no record; so is one
    told in the title above that list's heading ("AIRSPACE VIOLATIONS, THURSDAY\n\nTurkish
    aircraft carried out the following violations:\n• ...": ``heading``)."""
    gone = {
        k
        for k, d in enumerate(drafts[:-1])
        if all(list_heading(doc, a.span[0]) or heading(doc, a.span[0]) for a in d.anchors)
        and list_heading(doc, d.last.span[0])
        and _bulleted_after(doc, d.last, drafts[k + 1].anchor)
    }
    return [d for k, d in enumerate(drafts) if k not in gone]


def _other_item_line(doc: Doc, a: Anchor, b: Anchor) -> bool:
    """Are ``a`` and ``b`` told in two bulleted lines of a list, one item each?"""
    la, lb = line_of(doc.text, a.span[0]), line_of(doc.text, b.span[0])
    return la != lb and bullet_line(doc.text, la[0]) and bullet_line(doc.text, lb[0])


def _bulleted_after(doc: Doc, heading: Anchor, item: Anchor) -> bool:
    """Is ``item`` told in a bulleted line after the paragraph of ``heading``?"""
    para = doc.paragraph(item.span[0])
    return para.start >= doc.paragraph(heading.span[0]).end and bullet_line(doc.text, para.start)


def _without_kindless_summary(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "On 3 March, two violations of Lithuanian airspace were recorded: on 4 March, a
    helicopter crossed ...; on 7 March, two balloons drifted in", "du 3 au 9 mars, les
    violations suivantes ont été relevées : le 4 mars, un hélicoptère a franchi ...": a
    crossing told of no aircraft, then, after a colon or a dash in its sentence, by
    crossings of aircraft of their own that it did not take in (told on another day), is
    their summary, no record; so is one whose crossing a clause of "when" tells
    (``_told_when``)."""
    gone: set[int] = set()
    for k, d in enumerate(drafts[:-1]):
        nxt = drafts[k + 1]
        if d.aircraft is not None or len(d.anchors) != 1 or nxt.aircraft is None:
            continue
        sent = doc.sentence(d.anchor.span[0])
        if not sent.start <= nxt.anchor.span[0] < sent.end:
            continue
        if opens_list(doc, d.anchor.span[1], nxt.aircraft.span[0]) or _told_when(doc, d.anchor, nxt.anchor):
            gone.add(k)
    return [d for k, d in enumerate(drafts) if k not in gone]


def _told_when(doc: Doc, noun: Anchor, told: Anchor) -> bool:
    """ "A second violation was recorded at 4:10, when a drone flew over Tulcea", « une
    deuxième violation a été constatée à 4 h 10, quand un drone a survolé Tulcea »: a noun
    of crossing told of no aircraft, then in its sentence a clause opened by a word of
    "when" (DAY_WHEN_CUE) whose crossing is told by a verb: that clause tells the
    crossing the noun named, no other."""
    if noun.verb is None or not noun.verb.noun or told.verb is None or told.verb.noun:
        return False
    return bool(doc.cues.within("DAY_WHEN_CUE", noun.span[1], told.span[0])) and not between(
        doc.facts.verbs, noun.span[1], doc.clause(told.span[0]).start
    )


def _gapped_items(doc: Doc, d: Draft, after: list[Draft]) -> list[Draft]:
    """The crossings told right after ``d`` in its sentence as items with their verb
    left out, after a colon or a dash following its words, or after a comma right before
    a count of members ("five drones entered ..., two near X and three near Y":
    ``member_list_open``); [] when there are none or one of them is of another state."""
    sent = doc.sentence(d.last.span[0])
    items = []
    for e in after:
        if len(e.anchors) != 1 or e.anchor.rule != "gapped" or not sent.start <= e.anchor.span[0] < sent.end:
            break
        items.append(e)
    if not items:
        return []
    lo, first = d.last.span[1], items[0].anchor.span[0]
    if (
        not opens_list(doc, lo, first)
        and member_list_open(doc.text, doc.cues, lo, first + 1, doc.seg.counts) < 0
    ):
        return []
    a = d.aircraft
    state = a.state if a is not None else None
    if any(e.aircraft is None or (state and e.aircraft.state and state != e.aircraft.state) for e in items):
        return []
    return items


def _without_counted_summary(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Two drones entered Romanian airspace. At 01:20, a first drone crossed ... At
    02:47, a second drone entered ...": a count of aircraft of one kind (no model)
    followed by as many crossings of one aircraft of that kind each, one of them told
    as another ("a second drone", "un second drone"), or all of them told after a colon
    or a dash in its sentence ("two helicopters violated its airspace: a Mi-8 flew ...,
    and a Mi-24 entered ..."), is their summary, no record. A count of one model is so
    too when every item is one of its members, of that model ("two Shahed drones
    violated its airspace: one flew over Palanca, the other crashed near Cahul")."""
    gone: set[int] = set()
    for k, d in enumerate(drafts):
        a = d.aircraft
        n = a.count if a is not None and a.counted and d.group_size == 1 else None
        if a is None or n is None or n < 2:
            continue
        items = _summed_items(drafts[k + 1 :], n)
        if not items or not (
            any(_another(doc, e.anchor, e.aircraft) or rank_apposed(doc, e.aircraft) for e in items)
            or _listed_after(doc, d, items)
            or _kinds_told_after(doc, d, items)
        ):
            continue
        if a.model and not all(e.aircraft is not None and e.aircraft.model == a.model for e in items):
            continue
        if all(_item_of(doc, d, e) for e in items):
            gone.add(k)
            for e in items:  # the state told once for all
                if e.aircraft is not None and not e.aircraft.state and a is not None and a.state:
                    e.aircraft = dataclasses.replace(e.aircraft, state=a.state)
                _seen_as_item(e, d)
    return [d for k, d in enumerate(drafts) if k not in gone]


def _summed_items(after: list[Draft], n: int) -> list[Draft]:
    """The crossings told next whose counts make up ``n`` ("Three jets violated ...: Two
    Su-27s crossed ..., while the third, an Su-35, entered ..."; one each when told with
    no count), or none when they do not make it exactly."""
    items: list[Draft] = []
    total = 0
    for e in after:
        if total >= n:
            break
        items.append(e)
        total += e.aircraft.count if e.aircraft is not None and e.aircraft.count else 1
    return items if total == n else []


def _kinds_told_after(doc: Doc, summary: Draft, items: list[Draft]) -> bool:
    """ "Two objects from Belarus crossed into Lithuanian airspace on Wednesday night. //
    At 22:14, a balloon drifted across ... At 23:05, a Belarusian drone crossed ...",
    « deux violations commises par deux appareils russes différents. Vers 8 h 30, un
    hélicoptère Mi-8 ... à 16 h 05, un avion Il-76 »: a count of aircraft of no kind (a
    general word: "objects", "engins", "appareils"), then as many crossings each by one
    aircraft of a kind, told in sentences after its first, are those aircraft named one
    by one: the count is their summary (and so is the count told again: "Nos radars ont
    suivi les deux engins dès leur entrée")."""
    a = summary.aircraft
    if a is None or a.model or not (a.generic or a.category == "unknown"):
        return False
    sent = doc.sentence(summary.anchor.span[0])
    return all(
        e.aircraft is not None
        and e.aircraft.category != "unknown"
        and not e.aircraft.generic
        and e.anchor.span[0] >= sent.end
        for e in items
    )


def rank_apposed(doc: Doc, ac: Aircraft | None) -> bool:
    """ "...; the second, a Mi-8, crossed near X", "; le second, un Mi-8, a franchi ...",
    « Le premier appareil, un drone de type Gerbera, ... »: an aircraft set beside a rank
    (RANK_CUE right before it, only a comma between; or the rank's own noun of no model
    and a comma) is a ranked member of a group told before."""
    if ac is None:
        return False
    sent = doc.sentence(ac.span[0])
    for c in doc.cues.within("RANK_CUE", sent.start, ac.span[0]):
        told = between(doc.facts.aircraft, c.start, ac.span[0])
        if not told and not doc.text[c.end : ac.span[0]].strip(" ,"):
            return True
        noun = told[0] if len(told) == 1 and told[0].model is None else None
        if noun is not None and (noun.span[0] == c.start or not doc.text[c.end : noun.span[0]].strip()):
            if doc.text[noun.span[1] : ac.span[0]].strip() == ",":
                return True
    return False


def _seen_as_item(e: Draft, summary: Draft) -> None:
    """ "Two helicopters crossed into Lithuania. In the first, a Mi-8 ... In the second, a
    Mi-2 was seen over Lazdijai": an item told by a verb of seeing over a place (an
    anchor that needs a violator: a sighting alone is no crossing from abroad) is one
    of the crossings its summary told: it takes the summary's words of crossing too,
    after its own."""
    if all(needs_violator(x.rule) for x in e.anchors):
        e.anchors.extend(x for x in summary.anchors if x not in e.anchors)


def _listed_after(doc: Doc, summary: Draft, items: list[Draft]) -> bool:
    """Are all ``items`` told after a colon or a dash that follows the summary's crossing
    in its sentence (or a comma before "one": ``member_list_open``), each with an
    aircraft of its own?"""
    sent = doc.sentence(summary.last.span[0])
    first = items[0].anchor.span[0]
    lo = summary.last.span[1]
    if (
        not opens_list(doc, lo, first)
        and member_list_open(doc.text, doc.cues, lo, first + 1, doc.seg.counts) < 0
    ):
        return False
    return all(
        e.aircraft is not None and e.aircraft.span[0] >= summary.last.span[1] and e.anchor.span[0] < sent.end
        for e in items
    )


def _item_of(doc: Doc, summary: Draft, e: Draft) -> bool:
    """Is ``e`` one aircraft (or a smaller group) of the summary's kind crossing into the
    same goal, on no other day, not told as background when the summary is not? Not a
    find ([verbs] found_only): one told beside crossings of its state is of another
    aircraft (anchors._found_another), none of the summary's."""
    a, b = summary.aircraft, e.aircraft
    if a is None:
        return False
    if b is None:  # "The first, a Gerbera, entered ... The second crossed ...": one of them
        if not later_rank_after_apposed(doc, e.anchor.span):
            return False
    elif b.count is None or b.count >= (a.count or 0) or b.differs(a) or e.group_size > 1:
        return False
    if e.anchor.verb is not None and e.anchor.verb.key in FOUND_ONLY:
        return False
    if e.background and not summary.background:
        return False  # "The previous incursion, on September 14, saw a drone ...": an earlier one
    s1, s2 = summary.anchor.goal_state, e.anchor.goal_state
    if (s1 and s2 and s1 != s2) or summary.anchor.zone != e.anchor.zone:
        return False
    mine, theirs = _own_detail(doc, e.anchor, "dates"), _own_detail(doc, summary.last, "dates")
    return not (mine and theirs and mine != theirs)


def later_rank_after_apposed(doc: Doc, at: Span) -> bool:
    """Is the clause of the crossing at ``at`` opened by a rank past the first (RANK_CUE,
    key not 1: "The second crossed near Y", « Le second a franchi ... ») after a member
    whose model is apposed to its own rank, the aircraft told last before its clause
    in its paragraph ("The first, a Gerbera, entered near X", in the sentence before
    or in an earlier clause of its own: ``rank_apposed``)? It is another member of the
    group told before, not that one."""
    clause = doc.clause(at[0])
    pos = next_start(doc.text, clause.start)
    join = doc.cues.opening("COORD_CUE", pos)  # "..., and the second crossed at 01:40"
    rank = doc.cues.opening("RANK_CUE", next_start(doc.text, join.end) if join is not None else pos)
    if rank is None or rank.key == "1" or rank.start > at[1]:
        return False
    told = between(doc.facts.aircraft, doc.paragraph(clause.start).start, clause.start)
    if not told:
        return False
    # "The first drone crossed at 21:40. The second object entered ...": a member opened
    # by rank 1 is one too
    first = doc.cues.opening("RANK_CUE", told[-1].span[0])
    return rank_apposed(doc, told[-1]) or (first is not None and first.key == "1")


def _for_reference(doc: Doc, d: Draft) -> bool:
    """ "Two days before a Russian drone violated ...": a crossing told in a clause of
    reference (the cue right before its aircraft) to date another."""
    ac = d.aircraft
    if len(d.anchors) != 1 or ac is None or ac.span[0] < d.anchor.clause.start:
        return False
    return doc.cues.ending_at("REFERENCE_CUE", ac.span[0], doc.text) is not None


def _told_again(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A crossing told for reference and told again later in full (the same kind of
    aircraft of the same state into the same state's zone) is one record: the later
    telling, with the reference clause's anchor added."""
    gone: set[int] = set()
    for k, d in enumerate(drafts):
        a = d.aircraft
        if a is None or not a.state or not _for_reference(doc, d):
            continue
        for e in drafts[k + 1 :]:
            b = e.aircraft
            if b is None or b.state != a.state or a.category != b.category or a.differs(b):
                continue
            if _since_earlier(doc, d, e.anchor, b):
                continue  # "Tuesday's incursion was the first since a Mi-8 entered ..."
            if e.anchor.zone == d.anchor.zone and e.anchor.goal_state == d.anchor.goal_state:
                e.anchors.append(d.anchor)
                gone.add(k)
                break
    return [d for k, d in enumerate(drafts) if k not in gone]


def _accusers_own(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "Mali accused Algeria of shooting down a drone over Malian territory", "le Mali
    accuse l'Algérie d'avoir abattu un drone au-dessus du territoire malien": an answer
    to an aircraft of no state told, the deed of the state accused
    (``answered_by_accused``), in the sky of the accusing state (named right before the
    accusing word in its sentence): the accuser's own aircraft at home, no crossing."""
    state = anchor.goal_state
    if state is None or any(a.state for a in raw):
        return False
    cue = answered_by_accused(doc, anchor)
    if cue is None:
        return False
    sent = doc.sentence(anchor.span[0])
    accuser = [s for s in between(doc.facts.states, sent.start, cue.start) if not s.demonym][-1:]
    return bool(accuser) and accuser[0].code == state


def answered_by_accused(doc: Doc, anchor: Anchor) -> Cue | None:
    """The accusing word (ACCUSE_CUE, in the anchor's sentence before it) whose deed is
    an answer to the aircraft ([verbs] response: the anchor's verb, or the first verb
    after the accusing word): "accused Algeria of shooting down a drone over ..." names
    who fired, not whose the drone was."""
    response = _ANSWERS
    sent = doc.sentence(anchor.span[0])
    for cue in doc.cues.within("ACCUSE_CUE", sent.start, anchor.span[0]):
        deed = anchor.verb or next(iter(between(doc.facts.verbs, cue.end, anchor.span[0])), None)
        if deed is not None and deed.key in response:
            return cue
    return None


def _going_back(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "It crossed the border back in the opposite direction": the aircraft told
    before going home (no new aircraft named), not a crossing."""
    if not doc.cues.within("REVERSE_CUE", anchor.clause.start, anchor.clause.end):
        return False
    return not raw or all(a.definite for a in raw)


def _ground_mover(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "North Korean soldiers crossed the demarcation line", "des navires chinois sont
    entrés dans les eaux": with no aircraft as its subject, a crossing whose subject is
    a word of people, ships or vehicles (GROUND_MOVER_CUE, before the verb in its
    clause, after any verb before it) is no aircraft's: no anchor, so it lends no day
    or place to an aircraft told later ("Separately, a balloon landed in Paju"). An
    aircraft told only as the agent of what such a subject underwent ("shells fired by a
    Russian helicopter landed in Georgia", « des obus tirés par un hélicoptère sont
    tombés », "soldiers escorted by a helicopter crossed"; AGENT_CUE right before it,
    after the word of the subject) is not the one that crossed."""
    lo = anchor.clause.start
    verbs = between(doc.facts.verbs, lo, anchor.span[0])
    if verbs:
        lo = verbs[-1].span[1]
    elif _linked(doc, lo, anchor.span[0]) and lo > doc.sentence(lo).start:
        lo = doc.clause(lo - 1).start  # "were arrested after crossing": the subject's clause
    movers = doc.cues.within("GROUND_MOVER_CUE", lo, anchor.span[0])
    if raw:
        return bool(movers) and all(
            movers[0].end <= a.span[0] and cue_before(doc, a, "AGENT_CUE") is not None for a in raw
        )
    return bool(movers) or _ground_sent(doc, anchor)


def _linked(doc: Doc, lo: int, verb: int) -> bool:
    """Is the verb of crossing at ``verb`` told right after a link of no subject of its
    own ("after crossing", "après avoir franchi": MOVER_LINK_CUE, nothing but spaces
    between), not "after it crossed"?"""
    links = doc.cues.within("MOVER_LINK_CUE", lo, verb)
    return bool(links) and not doc.text[links[-1].end : verb].strip()


def _ground_sent(doc: Doc, anchor: Anchor) -> bool:
    """ "Accused the Rwandan army of sending soldiers into Kirundo", "d'avoir envoyé des
    soldats dans la province de Kirundo": people, ships or vehicles (GROUND_MOVER_CUE)
    right after the verb, before the first place or zone it goes to in its clause, are
    what was sent: no aircraft's crossing."""
    places = between(doc.facts.places, anchor.span[1], anchor.clause.end)
    zones = between(doc.facts.zones, anchor.span[1], anchor.clause.end)
    starts = [p.span[0] for p in places] + [z.span[0] for z in zones]
    if not starts:
        return False
    hi = min(starts)
    return bool(doc.cues.within("GROUND_MOVER_CUE", anchor.span[1], hi))


def ground_mover_clause(doc: Doc, clause: Scope) -> bool:
    """Does ``clause`` tell a crossing by no aircraft (a GROUND_MOVER_CUE before a verb
    of crossing, no aircraft named: "North Korean soldiers crossed the line on
    Thursday")? Its day is that event's (see ``_ground_mover``)."""
    if between(doc.facts.aircraft, clause.start, clause.end):
        return False
    movers = doc.cues.within("GROUND_MOVER_CUE", clause.start, clause.end)
    return bool(movers) and bool(between(doc.facts.verbs, movers[0].end, clause.end))


def _at_home(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "Bamako said the drone had crashed on Malian territory": aircraft whose state is
    told, put in that state's own territory, cross nothing there (their side's version,
    or where they went afterwards); the crossing told before keeps its own state."""
    state = anchor.goal_state
    if state is None or not raw:
        return False
    g = anchor.goal
    if (
        isinstance(g, ZoneRef)
        and g.border
        and hyphen_pair(doc, g)
        and not doc.cues.within("EXIT_CUE", g.span[1], anchor.clause.end)
    ):
        return False  # "crossed the Thai-Cambodian border": a border of two, no one's home
    return all(
        state
        in (
            antecedent(doc, a).state,
            _speakers_own(doc, a),
            _owner_told(doc, a, anchor),
            _force_before(doc, a),
            _loser(doc, a, anchor),
        )
        for a in raw
    )


def _loser(doc: Doc, a: Aircraft, anchor: Anchor) -> str | None:
    """ "A drone crashed near Kidal, the Malian army said, which said it had lost it during
    a mission", « ..., a annoncé l'armée malienne, qui dit l'avoir perdu »: the state of
    who tells, in the anchor's sentence, the loss of the aircraft ``a`` as its own
    (LOSS_CUE: key "it" holds the aircraft told before it in the sentence, key "verb" has
    it right after it; none followed by a key "sight": "lost track", « l'a perdu de vue »,
    a watcher's loss), the state or the state's authority named last before the word of
    losing in the sentence."""
    sent = doc.sentence(anchor.span[0])
    if a.span[0] < sent.start or a.span[1] > sent.end:
        return None
    for c in doc.cues.within("LOSS_CUE", sent.start, sent.end):
        if c.key == "it":
            told = a.span[1] <= c.start and not between(doc.facts.aircraft, a.span[1], c.start)
        else:
            told = c.key == "verb" and a.span[0] >= c.end and not doc.text[c.end : a.span[0]].strip()
        sight = doc.cues.starting_at("LOSS_CUE", c.end, doc.text)
        if not told or (sight is not None and sight.key == "sight"):
            continue
        lo, hi = sent.start, c.start
        named = [(src.span, src.state) for src in between(doc.facts.sources, lo, hi) if src.state]
        named += [(st.span, st.code) for st in between(doc.facts.states, lo, hi) if not st.demonym]
        if named:
            return max(named)[1]
    return None


def _force_before(doc: Doc, a: Aircraft) -> str | None:
    """ "A Polish army helicopter", "a Lebanese army drone": the state of an authority
    told right before the aircraft's noun (nothing but spaces between), which owns it."""
    clause = doc.clause(a.span[0])
    for src in between(doc.facts.sources, clause.start, a.span[0])[-1:]:
        if src.authority and not src.according and not doc.text[src.span[1] : a.span[0]].strip():
            return src.state
    return None


def _owner_told(doc: Doc, a: Aircraft, anchor: Anchor) -> str | None:
    """ "Bamako acknowledged the aircraft belonged to Mali but said it had come down in
    Mali", "Bamako a reconnu que le drone appartenait au Mali, mais ...": the owner of
    the aircraft ``a`` told after it by a word of owning (OWNER_CUE "belong") in the
    sentence of the anchor, before the anchor, the owner's state right after the word
    (articles only between: "belonged to the Malian army")."""
    if not a.definite or anchor.span[0] <= a.span[1]:
        return None
    sent = doc.sentence(anchor.span[0])
    if a.span[0] < sent.start:
        return None
    for c in doc.cues.within("OWNER_CUE", a.span[1], anchor.span[0]):
        if c.key != "belong":
            continue
        # an authority of a state ("the Sudanese army") or a state
        owners = [(x.span, x.state) for x in between(doc.facts.sources, c.end, anchor.span[0])[:1] if x.state]
        owners += [(x.span, x.code) for x in between(doc.facts.states, c.start + 1, anchor.span[0])[:1]]
        the = doc.lexicon.folded_forms("ART")
        for span, code in sorted(owners)[:1]:
            if span[1] > c.end and all(w.folded in the for w in words_of(doc.text[c.end : span[0]])):
                return code
    return None


def _speakers_own(doc: Doc, a: Aircraft) -> str | None:
    """ "Beijing said its planes were on routine patrol over Chinese territory", "Pékin a
    affirmé que ses avions ...": the state of whoever speaks of the aircraft as their
    own ("its", "ses": OWN_CUE right before it, or an own phrase): the state or the
    state's authority named last before it in its sentence."""
    if not (a.own or doc.cues.ending_at("OWN_CUE", a.span[0], doc.text)):
        return None
    sent = doc.sentence(a.span[0])
    named = [(src.span, src.state) for src in between(doc.facts.sources, sent.start, a.span[0])]
    named += [(st.span, st.code) for st in between(doc.facts.states, sent.start, a.span[0]) if not st.demonym]
    # the one named last before it ("the Syrian military said the Turkish Air Force's
    # violations ..., but their jets were ...": the Turkish ones)
    return max(named)[1] if named else None


def _own_flight(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """A flight that is no violation: the side's own answering an intruder, one made
    with the state's leave, or an airliner's passage."""
    return (
        _responding(doc, anchor, raw)
        or _permitted(doc, anchor, raw)
        or _on_mission(doc, anchor)
        or _airliner_passing(doc, anchor, raw)
    )


def _airliner_passing(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "A passenger jet from Frankfurt circled over Poland for an hour", "un avion de
    ligne s'est écrasé au Népal après avoir survolé l'Inde": an airliner (AIRLINER_CUE
    in the phrase that names it) of no state told, told only where it flew (a [stay]
    rule), flies like any other flight: no crossing. One told violating a sky ("a
    passenger jet violated Polish airspace") or one of a state ("a Belavia airliner")
    still crossed."""
    if not raw or anchor.rule not in rules()["stay"]["rules"]:
        return False
    return all(_airliner(doc, antecedent(doc, a), anchor) for a in raw)


def _airliner(doc: Doc, a: Aircraft, anchor: Anchor) -> bool:
    """Is ``a`` named as an airliner of no state told (an AIRLINER_CUE overlapping its
    phrase: "a passenger jet", "a commercial jet", « un avion de ligne »), no demonym
    after it in its clause before the anchor (« un avion de ligne biélorusse »)?"""
    sent = doc.sentence(a.span[0])
    cues = doc.cues.within("AIRLINER_CUE", sent.start, sent.end)
    if a.state is not None or not any(c.start < a.span[1] and a.span[0] < c.end for c in cues):
        return False
    end = doc.clause(a.span[0]).end
    hi = anchor.span[0] if a.span[1] <= anchor.span[0] < end else end
    return not any(st.demonym for st in between(doc.facts.states, a.span[1], hi))


def _on_mission(doc: Doc, anchor: Anchor) -> bool:
    """ "German Eurofighters flew over Estonia as part of NATO's Baltic Air Policing",
    "ont survolé l'Estonie dans le cadre de la mission de police du ciel": a flight told
    as a mission for the state flown over (STATION_CUE keyed "mission", after the
    anchor and before any other aircraft in its clause) is no violation. The mission of
    the jets that meet an intruder, told after them ("... and were intercepted by
    Italian F-35s of the air policing mission"), is theirs; so is that of who tells it."""
    lo, end = anchor.span[1], anchor.clause.end
    missions = [c for c in doc.cues.within("STATION_CUE", lo, end) if c.key == "mission"]
    if not missions:
        return False
    # nor the mission of who tells it ("..., NATO air policing officials said", "selon la
    # mission de police du ciel"): a source (unless it is the mission's name with no word
    # of saying after it: "as part of NATO's Baltic Air Policing") or a word of saying
    # or quoting closes the span
    says = doc.mention_cues("say", lo, end)
    said = bool(says)
    stops = [m.span[0] for m in between(doc.facts.aircraft, lo, end)]
    stops += [m.span[0] for m in says + doc.mention_cues("according", lo, end)]
    stops += [
        m.span[0]
        for m in between(doc.facts.sources, lo, end)
        if said or not any(m.span[0] <= c.start < m.span[1] for c in missions)
    ]
    end = min(stops, default=end)
    return any(c.start < end for c in missions)


def _responding(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "Two Rafale jets broke the sound barrier; the jets were flying in French airspace
    to intercept a light aircraft", "les avions volaient dans l'espace aérien français
    pour intercepter un avion de tourisme": aircraft of no state told, flying there to
    meet another (RESPONDER_CUE after the anchor, before any other aircraft in its
    sentence), are the side's own that answer an intruder: no crossing. An aircraft
    whose state is told still crossed ("Russian jets entered Finnish airspace to escort
    a bomber"), and so does one that took off before it flew in ("took off from a ship
    and flew over Japanese airspace")."""
    if not raw or any(antecedent(doc, a).state is not None for a in raw):
        return False
    end = doc.sentence(anchor.span[0]).end
    others = between(doc.facts.aircraft, anchor.span[1], end)
    end = others[0].span[1] if others else end
    return bool(responses(doc, anchor.span[1], end))


def _permitted(doc: Doc, anchor: Anchor, raw: list[Aircraft]) -> bool:
    """ "Hungary granted overflight permission to a US C-17; the aircraft crossed
    Hungarian airspace on Wednesday", "l'appareil a survolé le territoire avec
    l'autorisation de Budapest": a crossing with the state's leave (PERMIT_CUE, no
    negation before it in its clause: "without permission" is none) told in the
    anchor's clause, or, for an aircraft told again ("the aircraft"), in the sentence
    before, or before the aircraft a relative clause holding the crossing hangs on
    ("allows the army to shoot down drones, which violate ...": ``_relative_head``),
    is a flight, not a violation. A joint exercise it took part in (key
    "exercise": "a US bomber flew over Swedish territory during a NATO exercise") gives
    leave only to a flight told as where it flew (a [stay] rule): "violated Estonian
    airspace during a NATO exercise" is a violation."""
    cues = doc.cues.within("PERMIT_CUE", anchor.clause.start, anchor.clause.end)
    head = _relative_head(doc, anchor)
    if head is not None:
        cues += doc.cues.within("PERMIT_CUE", doc.clause(head.span[0]).start, head.span[0])
    if anchor.rule not in rules()["stay"]["rules"]:
        cues = [c for c in cues if c.key not in ("exercise", "part")]
    cues = [c for c in cues if c.key != "event" and (c.key != "part" or _part_in_event(doc, c))]
    start = doc.sentence(anchor.span[0]).start
    if start > 0 and any(a.definite for a in raw):
        before = doc.sentence(start - 1)
        cues += doc.cues.within("PERMIT_CUE", before.start, before.end)
    # "had been allowed to stay", "autorisés à y rester" (key "linger"): leave to stay
    # once inside, no leave to enter; the shorter word of permission inside it is none
    linger = [c for c in cues if c.key == "linger"]
    cues = [c for c in cues if not any(x.start < c.end and c.start < x.end for x in linger)]
    return any(not doc.mention_cues("neg", doc.clause(c.start).start, c.start) for c in cues)


def _part_in_event(doc: Doc, cue: Cue) -> bool:
    """Is what the word of taking part ``cue`` (PERMIT_CUE key "part": "taking part in",
    « participant à ») tells an exercise or a display: a cue of it (keys "exercise",
    "event": "the drills", « les manœuvres ») after it in its clause? "A tanker taking
    part in the drills flew over ..." is leave; "a drone taking part in a Russian attack
    flew over ..." is none."""
    end = doc.clause(cue.start).end
    return any(c.key in ("exercise", "event") for c in doc.cues.within("PERMIT_CUE", cue.end, end))


def _relative_head(doc: Doc, anchor: Anchor) -> Aircraft | None:
    """ "A law that allows the army to shoot down drones, which violate the country's
    airspace", "закон, разрешающий сбивать беспилотники, которые нарушают воздушное
    пространство": the aircraft of no count a relative clause holding the crossing
    hangs on (a relative word, WHETHER_CUE key "relative", opening the clause right
    after it and a comma), whose own clause tells a leave before it (``_permitted``)."""
    clause = anchor.clause
    rel = [c for c in doc.cues.within("WHETHER_CUE", clause.start, anchor.span[0]) if c.key == "relative"][:1]
    if not rel or doc.text[clause.start : rel[0].start].strip(" ,"):
        return None
    craft = between(doc.facts.aircraft, doc.sentence(anchor.span[0]).start, rel[0].start)[-1:]
    if not craft or craft[0].count is not None or doc.text[craft[0].span[1] : rel[0].start].strip() != ",":
        return None
    return craft[0]


def _own_version(doc: Doc, anchor: Anchor, raw: list[Aircraft], drafts: list[Draft]) -> bool:
    """ "Moscow said the plane was over Syrian territory", "Moscou a assuré que l'avion
    se trouvait au-dessus du territoire syrien": after a crossing of these aircraft into
    one state, their own state telling (as the actor of the sentence) with no verb of
    crossing, or with a verb of where they flew ("its aircraft had been flying in
    Guyanese airspace": a [stay] rule), that they were over another state's land tells
    its version of where they were, no crossing of that state."""
    state = anchor.goal_state
    if state is None or not raw or not drafts:
        return False
    if anchor.verb is not None and anchor.rule not in rules()["stay"]["rules"]:
        return False
    speakers = _speakers(doc, anchor.span[0])
    states = {antecedent(doc, a).state or _speaker_owns(doc, a, speakers) for a in raw}
    own = states.pop() if len(states) == 1 else None
    if own is None or own == state or own not in speakers:
        return False
    return any(
        d.aircraft is not None and d.aircraft.state == own and d.anchor.goal_state != state for d in drafts
    )


def _stayed_home(doc: Doc, anchor: Anchor, raw: list[Aircraft], drafts: list[Draft]) -> bool:
    """ "Niamey denied, citing a surveillance aircraft that stayed in Nigerien airspace",
    "Minsk denied it, saying the helicopter had remained in Belarusian airspace",
    "Bamako a démenti, affirmant que le drone abattu se trouvait dans l'espace aérien
    malien": the one state speaking in its sentence, in a denial (a cue "deny" before
    the anchor), of an aircraft of no other state flying, coming down ([verbs]
    coming_down) or found (a link word, no verb) in its own sky tells where its aircraft
    was: no crossing, told after a crossing or alone (``drafts`` is not read). Not when
    another state is told after it in its sentence ("the drone was over Latvian
    territory and had come from Russia"). A flight told right after a crossing denied
    in its sentence is where the aircraft stayed, whoever speaks (``_denied_before``)."""
    state = anchor.goal_state
    if state is None or (anchor.verb is None and anchor.goal is None):
        return False
    if anchor.verb is not None and anchor.verb.key not in rules()["verbs"]["where_it_was"]:
        return False
    sent = doc.sentence(anchor.span[0])
    if (
        anchor.verb is not None
        and anchor.verb.key in ("fly", "overfly")
        and _denied_before(doc, sent, anchor, state)
    ):
        return True
    if any(
        m.kind == "state" and m.value != state for m in between(doc.facts.mentions, anchor.span[1], sent.end)
    ):
        return False
    if _speakers(doc, anchor.span[0]) != {state} or any(a.state not in (None, state) for a in raw):
        return False
    return any(c.value == "deny" for c in between(doc.facts.cues, sent.start, anchor.span[0]))


def _denied_before(doc: Doc, sent: Scope, anchor: Anchor, state: str) -> bool:
    """ "The army later said the object had never entered Lithuanian airspace and had
    remained over Belarus": a flight told right after a negated crossing of another
    state's zone in its sentence (a negated verb of the journey, its goal a zone of
    another state) is where the aircraft stayed instead: no crossing."""
    journey = frozenset(rules()["verbs"]["journey"])
    for v in between(doc.facts.verbs, sent.start, anchor.span[0]):
        if not v.negated or v.key not in journey:
            continue
        zones = between(doc.facts.zones, v.span[1], anchor.span[0])[:1]
        if zones and zones[0].state and zones[0].state != state:
            return True
    return False


def _speaker_owns(doc: Doc, a: Aircraft, speakers: set[str | None]) -> str | None:
    """ "Its plane", "son appareil" told by one state speaking: that state's."""
    if len(speakers) != 1 or not (a.own or doc.cues.ending_at("OWN_CUE", a.span[0], doc.text)):
        return None
    return next(iter(speakers))


def _shared_state(doc: Doc, group: list[Aircraft]) -> list[Aircraft]:
    """ "A Belarusian Mi-8 and a Mi-24", "un Mi-8 et un Mi-24 biélorusses": one
    nationality told for the list is every item's; not an item said to be of no known
    origin or a private one ("a Russian Mi-8 and an unidentified drone", "un Mi-8 russe
    et un drone non identifié": UNKNOWN_ORIGIN_CUE in its phrase or right after it), nor
    any when the sentence tells the items' crossings apart ("A Belarusian helicopter and
    a light aircraft violated ... in two separate incidents", "lors de deux incidents
    distincts": SEPARATE_ITEMS_CUE)."""
    states = {a.state for a in group if a.state}
    if len(states) != 1 or not group:
        return group
    sent = doc.sentence(group[0].span[0])
    if doc.cues.within("SEPARATE_ITEMS_CUE", sent.start, sent.end):
        return group
    (state,) = states
    return [a if a.state or _nobodys(doc, a) else dataclasses.replace(a, state=state) for a in group]


def _nobodys(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` said to be of no known origin or a private one (UNKNOWN_ORIGIN_CUE in its
    phrase or right after it: "an unidentified drone", "a hobby drone")?"""
    return bool(
        doc.cues.within("UNKNOWN_ORIGIN_CUE", a.span[0], a.span[1])
        or doc.cues.starting_at("UNKNOWN_ORIGIN_CUE", a.span[1], doc.text)
    )


def _apposed_parts(doc: Doc, group: list[Aircraft]) -> list[Aircraft]:
    """ "46 Afghan military aircraft, 22 planes and 24 helicopters, crossed ...", "neuf
    appareils turcs, sept F-16 et deux CN-235, ont violé ...": a counted group of no
    model told first, then, after a comma, its parts, each counted, whose counts add up
    to the group's, is the group told by kind (as after "including" or a colon,
    ``_kinds_listed_later``): the parts alone, with the group's state. Parts that do not
    add up ("six aircraft, two F-16s and a drone": a list of three) stay items."""
    head, parts = group[0], group[1:]
    if len(parts) < 2 or head.model or head.count is None or not head.counted:
        return group
    if doc.text[head.span[1] : parts[0].span[0]].strip() != ",":
        return group
    counts = [p.count for p in parts]
    if None in counts or sum(c for c in counts if c) != head.count:
        return group
    if any(p.differs(head) or (p.state and head.state and p.state != head.state) for p in parts):
        return group
    return [p if p.state or not head.state else dataclasses.replace(p, state=head.state) for p in parts]


def _shared_count(doc: Doc, group: list[Aircraft]) -> list[Aircraft]:
    """ "Two Russian Mi-8 and Mi-24 helicopters", "deux hélicoptères Mi-8 et Mi-24":
    a count told first, as large as the list and with no other count in it, counts
    the list: one aircraft of each model. An item with a noun of its own before its
    model ("два истребителя Су-30 и самолёт Ил-78": a language without articles
    counts no "a") is an aircraft by itself, and the count the head's alone."""
    head = group[0]
    if head.count != len(group) or not all(g.model for g in group) or any(g.counted for g in group[1:]):
        return group
    if any(_own_noun(doc, g) for g in group[1:]) or _escorted_head(doc, group):
        return group
    return [dataclasses.replace(g, count=1) for g in group]


def _escorted_head(doc: Doc, group: list[Aircraft]) -> bool:
    """ "Two Tu-95 bombers, accompanied by Su-35 fighters", "deux Tu-95 escortés par des
    Su-35": the next item joined as the head's escort (a "with" joiner of LIST_CUE)
    leaves the count the head's own."""
    lo, hi = group[0].span[1], group[1].span[0]
    return any(c.key == "with" for c in doc.cues.within("LIST_CUE", lo, hi))


def _own_noun(doc: Doc, a: Aircraft) -> bool:
    """A word before the model's designator in the aircraft's phrase: its first word
    holds no digit and is not the phrase's only word ("самолёт Ил-78", not "Ми-24")."""
    words = doc.text[a.span[0] : a.span[1]].split()
    return len(words) > 1 and not any(ch.isdigit() for ch in words[0])


def _summarised(doc: Doc, cur: Draft, anchor: Anchor, group: list[Aircraft]) -> bool:
    """Is ``cur`` a summary of the listed ``group`` (no model, as many aircraft, none
    of another kind or state, the same goal)? A crossing told of no aircraft is the
    summary of the group that tells the same crossing next ("accused Sudan of violating
    its airspace ... An An-26 and a helicopter flew over Adré on Monday")."""
    a = cur.aircraft
    if a is None and cur.group_size == 1:
        # not the crossings of several days ("flew in on Sunday, Tuesday and Thursday")
        return len(set(_own_detail(doc, anchor, "dates"))) < 2 and _same_crossing(doc, cur, anchor, None)
    if cur.group_size > 1 or a is None or a.model or any(a.differs(g) for g in group):
        return False
    counts = [g.count for g in group]
    if a.count is not None and None not in counts and a.count != sum(c for c in counts if c):
        return False
    s1, s2 = anchor.goal_state, cur.anchor.goal_state
    return not (s1 and s2 and s1 != s2) and anchor.zone == cur.anchor.zone


def _retold_group(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """A listed group told again as a whole: "the helicopters", "les appareils", or by
    its count, a noun of one form for both numbers ("the three aircraft" after "two
    Su-30s and an Il-20": as many as its members together) (``ac`` as written, before
    it is filled from what it refers to). Not a singular pronoun that takes up one
    member (``_member_of_pronoun``)."""
    if ac is None and _member_of_pronoun(doc, cur, anchor) is not None:
        return False
    refers_back = ac is not None and (
        ac.definite
        or doc.cues.ending_at("OWN_CUE", ac.span[0], doc.text)
        or heading(doc, cur.anchor.span[0])
        or _bare_word(doc, ac)  # "Maszyny wleciały", "Самолеты находились": no article
    )
    # "It was the first violation ... by Russian aircraft since 2022": in any later paragraph
    ranked = ac is not None and _ranked_so_far(doc, anchor, ac)
    if ac is not None and (
        not (ac.plural or (ranked and ac.either) or _counted_as_whole(cur, ac))
        or not (refers_back or ranked)
        or ac.model
        or any(ac.differs(t.aircraft) for t in cur.siblings if t.aircraft)
    ):
        return False  # "two other helicopters crossed on Tuesday" are new ones
    last = cur.last
    para_gap = doc.paragraph(anchor.span[0]).nth - doc.paragraph(last.span[0]).nth
    s1, s2 = anchor.goal_state, cur.anchor.goal_state
    return (para_gap <= 1 or ranked) and not (s1 and s2 and s1 != s2) and anchor.zone == cur.anchor.zone


def _ranked_so_far(doc: Doc, anchor: Anchor, ac: Aircraft) -> bool:
    """ "Two MiG-31s and a Tu-142 entered ... It was the first violation of Norwegian
    airspace by Russian military aircraft since 2022", « la première violation ... par
    des avions russes depuis 2022 »: a noun of crossing told with its rank
    (``_noun_ranks``) and a span up to now in its clause (SINCE_CUE, YEAR_CUE: "since
    2022", "this year"), its agent a word of no model nor count, ranks the crossing told
    before in a series; the agent names that group again."""
    verb = anchor.verb
    if verb is None or not verb.noun or ac.model or ac.counted or not _noun_ranks(doc, verb):
        return False
    clause = anchor.clause
    return any(doc.cues.within(c, verb.span[1], clause.end) for c in ("SINCE_CUE", "YEAR_CUE"))


def _one_member_again(
    doc: Doc, cur: Draft, anchor: Anchor, raw: list[Aircraft], told: Aircraft | None
) -> Draft | None:
    """The one member of a listed group a later anchor tells again: by a noun that fits
    it alone (``_member_again``), or by a singular pronoun (``_member_of_pronoun``)."""
    if not raw:
        return _member_of_pronoun(doc, cur, anchor)
    return _member_again(doc, cur, anchor, told) if len(raw) == 1 else None


def _member_of_pronoun(doc: Doc, cur: Draft, anchor: Anchor) -> Draft | None:
    """ "A Russian Mi-8 and a drone violated Estonian airspace. ... the helicopter flew 1.5
    km into it. It spent two minutes there", "... L'hélicoptère a pénétré de 1,5 km. Il
    y est resté deux minutes": a singular pronoun opening the sentence (SUBJECT_PRONOUN_CUE
    key "singular") after a listed group of several kinds takes up the one member whose
    own crossing was told last, in the sentence right before it, into the same goal: that
    member's crossing told on, not the group's."""
    if cur.group_size < 2 or len(cur.siblings) < 2:
        return None
    sent = doc.sentence(anchor.span[0])
    start = min(next_start(doc.text, sent.start), sent.end)
    cue = doc.cues.opening("SUBJECT_PRONOUN_CUE", start)
    if cue is None or cue.key != "singular":
        return None
    told = [(a.span[0], t) for t in cur.siblings for a in t.anchors if a.span[0] < anchor.span[0]]
    if not told:
        return None
    pos, twin = max(told, key=lambda x: x[0])
    if any(pos in (a.span[0] for a in t.anchors) for t in cur.siblings if t is not twin):
        return None  # the group's own telling, not one member's
    if doc.sentence(pos).end > sent.start or doc.sentence(max(sent.start - 1, 0)).start > pos:
        return None  # not told in the sentence right before
    s1, s2 = anchor.goal_state, twin.anchor.goal_state
    return None if (s1 and s2 and s1 != s2) or anchor.zone != twin.anchor.zone else twin


def _counted_as_whole(cur: Draft, ac: Aircraft) -> bool:
    """Is ``ac`` told with a count of several that is the sum of the told counts of all
    the members of ``cur``'s group ("the three aircraft" for "two Su-30s and an Il-20")?"""
    counts = [t.aircraft.count for t in cur.siblings if t.aircraft is not None and t.aircraft.count]
    if not ac.counted or (ac.count or 0) < 2 or len(counts) != len(cur.siblings):
        return False
    return ac.count == sum(counts)


def heading(doc: Doc, pos: int) -> bool:
    """Is ``pos`` in a heading: a paragraph of one sentence that ends with no full stop
    ("Turkish F-16s, CN-235 in 31 violations of Greek airspace")? What the body tells
    after it retells it."""
    para = doc.paragraph(pos)
    text = doc.text[para.start : para.end].strip()
    return bool(text) and text[-1] not in ".!?…:;" and doc.sentence(pos).start <= para.start + 1


def _member_again(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> Draft | None:
    """One member of a listed group of several kinds told again by a noun that refers
    back ("a Belarusian Mi-8 and three drones violated ... The helicopter stayed four
    minutes", "Śmigłowiec przebywał nad Litwą ..."): that member's crossing, when the
    noun fits it alone, in the same goal, within the next paragraph, with no other time
    or day and not told as another crossing."""
    if cur.group_size < 2 or ac is None or (ac.generic and not ac.counted) or ac.partitive:
        return None  # "the two aircraft" fits by its count alone
    unmarked = bool(doc.lexicon.classes.get("ARTICLE_STYLE", {}).get("unmarked"))
    single = ac.counted and ac.count == 1 and not ac.plural and not ac.definite
    if not (ac.definite or single or (unmarked and not ac.counted)):
        return None  # a language without articles: an uncounted noun may refer back
    fits = [t for t in cur.siblings if t.aircraft is not None and _fits_member(ac, t.aircraft)]
    if len(fits) != 1:
        return None
    twin = fits[0]
    if single and (twin.aircraft is None or twin.aircraft.count != 1 or twin.aircraft.plural):
        # "balloons and a drone violated ... A drone crossed at 21:15": the one drone
        # told again; "a balloon" after "balloons" is one of them
        return None
    return twin if _retold_within(doc, anchor, twin, ac) else None


def _fits_member(ac: Aircraft, member: Aircraft) -> bool:
    """Does a noun that refers back name this member (its kind, and its model if told;
    a generic word, "the two aircraft", by its count)?"""
    if ac.differs(member) or (ac.category != member.category and not ac.generic):
        return False
    return not (ac.count and member.count and ac.count != member.count)


def _group_again(doc: Doc, cur: Draft, anchor: Anchor, group: list[Aircraft]) -> bool:
    """Is the listed ``group`` the group of ``cur`` told again, member by member ("an
    An-26 and two Mi-8 crossed the border ... and flew 3 km into Lithuania", "un avion
    et deux hélicoptères ont pénétré ... Un An-26 et deux Mi-8 ont franchi ...")? As
    many members, each of the same kind and count in the same order, the same goal,
    no other time or day, nothing told as another crossing."""
    twins = cur.siblings
    if cur.group_size != len(group) or len(twins) != len(group):
        return False
    for t, g in zip(twins, group, strict=True):
        a = t.aircraft
        if a is None or g.differs(a) or (a.count and g.count and a.count != g.count):
            return False
    return _retold_within(doc, anchor, cur, None)


def _retold_within(doc: Doc, anchor: Anchor, d: Draft, ac: Aircraft | None) -> bool:
    """May ``anchor`` tell the crossing of ``d`` again: within the next paragraph, the
    same goal and zone, no other time or day of its own, as much background, and not
    told as another crossing (of ``ac``)?"""
    last = d.last
    if doc.paragraph(anchor.span[0]).nth - doc.paragraph(last.span[0]).nth > 1:
        return False
    s1, s2 = anchor.goal_state, d.anchor.goal_state
    if (s1 and s2 and s1 != s2) or anchor.zone != d.anchor.zone:
        return False
    for kind in ("times", "dates"):
        mine, theirs = _own_detail(doc, anchor, kind), _own_detail(doc, last, kind)
        if mine and theirs and mine != theirs:
            return False
    return told_as_background(doc, anchor, True) == d.background and not _another(doc, anchor, ac)


def _draft_referred(doc: Doc, drafts: list[Draft], cur: Draft, anchor: Anchor, ac: Aircraft | None) -> Draft:
    """The draft an aircraft named as known refers to, when not the one before."""
    if _past_group(cur, ac):
        # "the aircraft" after a group of 19 told in passing: the one named before it
        return next((d for d in reversed(drafts[:-1]) if _one_like(d, ac)), cur)
    if _past_single(cur, ac):
        # "the two Mi-8s" after "two helicopters ..., and a third did so": the two
        return next((d for d in reversed(drafts[:-1]) if _group_like(d, ac)), cur)
    if _past_other_zone(doc, cur, anchor, ac):
        # "... infringed Athens FIR regulations. ... denied that the jets had entered
        # Greek airspace": the jets of the crossing told before the FIR's entries
        return next((d for d in reversed(drafts) if _crossing_like(d, anchor, ac)), cur)
    if _ranked_after_other_zone(doc, cur, anchor, ac):
        # "... violated Japanese airspace twice. It had also flown through Japan's ADIZ.
        # // It was the first Russian violation of Japanese airspace since 2019": the rank
        # of the last crossing into that zone, told before the other zone's entry
        return next((d for d in reversed(drafts) if _zone_like(d, anchor)), cur)
    return cur


def _ranked_after_other_zone(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """Is ``anchor`` a noun of crossing told with its rank (``_noun_ranks``) in a series
    up to now (SINCE_CUE or YEAR_CUE after it in its clause: "since 2019", "this year";
    not "the last overflight before Tuesday"), of no aircraft of its own, into a zone of
    another kind than ``cur``'s (national airspace after an ADIZ's entry), in a later
    sentence than ``cur``'s last telling?"""
    verb = anchor.verb
    if ac is not None or verb is None or not verb.noun or cur.anchor.zone == anchor.zone:
        return False
    if doc.sentence(cur.last.span[0]) == doc.sentence(anchor.span[0]) or not _noun_ranks(doc, verb):
        return False
    return any(doc.cues.within(c, verb.span[1], anchor.clause.end) for c in ("SINCE_CUE", "YEAR_CUE"))


def _zone_like(d: Draft, anchor: Anchor) -> bool:
    """Is ``d`` a crossing into the zone and state of ``anchor``?"""
    s1, s2 = anchor.goal_state, d.anchor.goal_state
    return d.anchor.zone == anchor.zone and not (s1 and s2 and s1 != s2)


def _past_other_zone(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """Is ``ac`` an aircraft named as known ("the jets") crossing into a zone of another
    kind than ``cur``'s (national airspace after an entry of a FIR or an ADIZ)? Then it
    is not ``cur``'s. Not in the sentence of ``cur``'s last telling ("The UAV entered the
    Athens FIR and violated Greek airspace": one aircraft told on)."""
    if ac is None or not ac.definite or ac.partitive or cur.aircraft is None:
        return False
    return cur.anchor.zone != anchor.zone and doc.sentence(cur.last.span[0]) != doc.sentence(anchor.span[0])


def _crossing_like(d: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """Is ``d`` a crossing into the zone of ``anchor`` by aircraft that ``ac`` may be?"""
    a = d.aircraft
    if d.group_size > 1 or a is None or ac is None or d.anchor.zone != anchor.zone:
        return False
    return a.category == ac.category and not a.differs(ac)


def _past_group(cur: Draft, ac: Aircraft | None) -> bool:
    """Is ``ac`` one aircraft named as known ("the aircraft", "l'appareil") while
    ``cur`` is about a group ("19 drones")? Then it is not ``cur``'s."""
    if ac is None or cur.aircraft is None or not ac.definite or (ac.plural and not ac.either) or ac.partitive:
        return False
    return cur.aircraft.plural or (cur.aircraft.count or 1) > 1


def _past_single(cur: Draft, ac: Aircraft | None) -> bool:
    """Is ``ac`` a group named as known with its count ("the two Mi-8 helicopters", "les
    deux hélicoptères") while ``cur`` tells no aircraft or another count? Then it is not
    ``cur``'s."""
    if ac is None or not ac.definite or not ac.counted or (ac.count or 1) < 2 or ac.partitive:
        return False
    return cur.aircraft is None or cur.aircraft.count != ac.count


def _group_like(d: Draft, ac: Aircraft | None) -> bool:
    """Is ``d`` about a group of the count and kind of ``ac`` ("two helicopters" for
    "the two Mi-8 helicopters")?"""
    a = d.aircraft
    if d.group_size > 1 or a is None or ac is None or a.count != ac.count:
        return False
    return a.category == ac.category and not a.differs(ac)


def _one_like(d: Draft, ac: Aircraft | None) -> bool:
    """Is ``d`` about one aircraft that ``ac`` ("the aircraft") may be?"""
    a = d.aircraft
    if d.group_size > 1 or a is None or ac is None or a.plural or (a.count or 1) > 1:
        return False
    return not a.differs(ac)


def _one_after_group(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """ "Two Russian drones entered national airspace ... // The drone signalled on 12
    October fell on Ukrainian territory": an aircraft told as known and singular ("the
    drone", "le drone", of no part word: not "one of them") that found no antecedent
    of one (``antecedent``: "the drone" is not "two drones") may not be the counted
    group of the crossing before when it tells a day of its own in its sentence and
    that crossing told none."""
    group = cur.aircraft
    if not _day_of_its_own(doc, anchor) or _own_detail(doc, cur.last, "dates"):
        return False
    return (
        ac is not None
        and group is not None
        and ac.definite
        and not (ac.plural or ac.either or ac.partitive or ac.generic)
        and (ac.count or 1) == 1
        and group.counted
        and (group.count or 1) > 1
        and ac.category == group.category
    )


def _day_of_its_own(doc: Doc, anchor: Anchor) -> bool:
    """Does the sentence of ``anchor`` tell a day ("The drone signalled on 12 October
    fell ...", "Le drone signalé le 12 mars est tombé ...")?"""
    sent = doc.sentence(anchor.span[0])
    return bool(between(doc.facts.dates, sent.start, sent.end))


def _into_other_state(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """Does ``anchor`` tell a crossing into another state than ``cur``'s? The crossing's
    state is its first anchor's, or one told later when that one named none ("entered
    the country's airspace, flying 12 km into Romanian territory"), for a crossing told
    by a verb of its own (not a tally's part: "14 incursions into the airspace of NATO
    states, of which nine into Romania and five into Moldova"); a border crossed is the
    way in, whichever state's name it bears ("entered its airspace ... crossed the
    Belarusian border at 21:04")."""
    s1, s2 = anchor.goal_state, cur.anchor.goal_state
    verbal = anchor.verb is not None and not anchor.verb.noun
    if s2 is None and verbal and not (isinstance(anchor.goal, ZoneRef) and anchor.goal.border):
        s2 = next((a.goal_state for a in cur.anchors if a.goal_state), None)
    if not (s1 and s2 and s1 != s2):
        return False
    last, violator = cur.last, _state_of(cur, ac)
    return not (
        border_then_inside(doc, last, anchor, violator) or _ended_then_border(doc, last, anchor, violator)
    )


def _since_earlier(doc: Doc, cur: Draft, anchor: Anchor, told: Aircraft | None) -> bool:
    """ "Tuesday's incursion was the first since a Russian Mi-8 helicopter entered
    Estonian airspace in 2022", « l'incursion de mardi est la première depuis qu'un
    hélicoptère russe a pénétré ... »: a crossing whose subject is told right after a
    word of since (REFERENCE_CUE key "since"), after the crossing told before it in its
    sentence, is the earlier one that crossing is counted from, never it again."""
    cue = since_cue(doc, told.span[0] if told is not None else anchor.span[0])
    return cue is not None and doc.sentence(anchor.span[0]).start <= cur.last.span[0] < cue.start


def _counted_from_earlier(doc: Doc, anchor: Anchor) -> bool:
    """ "This is the first confirmed violation of Finnish airspace since a Russian Su-27
    crossed the border", « la première incursion depuis qu'un Mi-8 a pénétré ... »: a
    noun of crossing whose clause goes on with a crossing whose aircraft is told right
    after a word of since (``since_cue``) ranks a crossing told elsewhere against that
    earlier one; not the same as any told before it, it tells no crossing of its own."""
    if anchor.verb is None or not anchor.verb.noun:
        return False
    told = between(doc.facts.aircraft, anchor.span[1], anchor.clause.end)
    return any(since_cue(doc, a.span[0]) is not None for a in told)


def since_cue(doc: Doc, pos: int) -> Cue | None:
    """The word of since (REFERENCE_CUE key "since": "since", « depuis que ») right
    before ``pos``: what is told there is an earlier event, the point a count starts
    from ("the first incursion since a Mi-8 entered ..."), no subject of what is told
    before it."""
    cue = doc.cues.ending_at("REFERENCE_CUE", pos, doc.text)
    return cue if cue is not None and cue.key == "since" else None


def _same_crossing(
    doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None, left: int = 1, told: Aircraft | None = None
) -> bool:
    """Does ``anchor`` tell the crossing of ``cur`` again (or more of it)? (``left``:
    the anchors from this one on; ``told``: the aircraft named as its subject.)"""
    if cur.group_size > 1 or anchor.rule == "gapped":
        return False
    last = cur.last
    if doc.cues.within("APART_CUE", max(last.span[1], doc.sentence(anchor.span[0]).start), anchor.span[0]):
        return False  # "Separately, Moldova said a drone fell ...": another matter
    if list_heading(doc, last.span[0]) and not list_heading(doc, anchor.span[0]) and not (ac and ac.definite):
        return False  # "Timeline of drone crashes in Romania:\n• 13 Sept: a drone ...": an item
    if _other_item_line(doc, last, anchor) and not (ac and ac.definite):
        return False  # "- 3 March: a Mi-24 ...\n- 17 March: two balloons ...": two items
    if ac is not None and cur.aircraft is not None and ac.differs(cur.aircraft):
        if not _own_denied(doc, cur, anchor, told):
            return False
    if _other_kind_told_next(doc, cur, anchor, ac):
        return False  # "A balloon drifted into ... Later a cruise missile crossed ...": another thing
    if ac is not None and cur.aircraft is not None and not ac.definite and ac.count and cur.aircraft.count:
        if ac.count != cur.aircraft.count and not (
            _noun_then_told(doc, cur, anchor)
            or _counted_part_of(doc, ac, cur.aircraft)
            or total_of_part(doc, cur.aircraft, ac)
        ):
            return False
    if _into_other_state(doc, cur, anchor, ac) or anchor.zone != cur.anchor.zone:
        return False
    if _since_earlier(doc, cur, anchor, told):
        return False
    # a new time or day starts a new crossing, unless the one before had none of its
    # own (a summary, then the details: "drones entered on Tuesday. At 10:12, ...")
    same_noun = ac is not None and cur.aircraft is not None and ac.span == cur.aircraft.span
    if _part_fell(doc, cur, anchor, ac, told):
        return True
    for kind in ("times", "dates"):
        mine, theirs = _own_detail(doc, anchor, kind, same_noun), _own_detail(doc, last, kind)
        if kind == "dates" and not mine:
            mine = _days_of_new_subject(doc, anchor, told)
        if kind == "dates" and not theirs:
            theirs = _day_of_fall_after(doc, last) or _day_before_dayless(doc, cur, anchor, told)
        if (
            mine
            and theirs
            and mine != theirs
            and not (kind == "dates" and _small_hours_of(doc, last, anchor))
            and not (kind == "times" and _flown_on_inside(doc, cur, anchor, ac, same_noun))
            and not (kind == "times" and _approx_then_exact(doc, last, anchor, ac))
            and not (kind == "times" and _times_listed_before(doc, last, anchor, mine, theirs))
            and not _came_in_before_found(cur, anchor, ac, mine, theirs)
        ):
            return False
    if any(_other_period(doc, anchor, a, True) for a in cur.anchors) or _other_period(doc, last, anchor):
        return False
    if _anew_of_own_day(doc, cur, anchor, told):
        return False
    if _offset_before(doc, anchor) or _one_after_group(doc, cur, anchor, ac):
        return False
    background = told_as_background(doc, anchor, True)
    if background != cur.background and not _background_retold(doc, cur, anchor, ac):
        return False
    if _one_of_tally(doc, cur, anchor, ac, left) or _tally_after_one(doc, cur, anchor, ac):
        return False
    if anchor.verb is not None and anchor.verb.noun and gapped_state_parts(doc, anchor.span):
        return False  # "..., Poland nine": tallies of states compared, no crossing told again
    # a news report tells its crossing again (title, lead, quote, details): the same
    # unless told as another one ("another drone", "un second hélicoptère", "again")
    return _its_own_fall(doc, cur, anchor, told) or not _another(doc, anchor, ac)


def _times_listed_before(
    doc: Doc, last: Anchor, anchor: Anchor, mine: tuple[str, ...], theirs: tuple[str, ...]
) -> bool:
    """ "Les deux appareils sont entrés dans le ciel malien à 9 h 30 et 11 h 10
    respectivement, puis ont survolé Kidal": a crossing verb told on in the sentence of
    the crossing ``last``, no aircraft named between them (its subject shared), with no
    time in its own clause, takes the times told between them (``mine``): when they
    hold that crossing's own (``theirs``, its clause's first items), they are its listed
    times, no new one."""
    if doc.sentence(anchor.span[0]) != doc.sentence(last.span[0]) or last.span[0] > anchor.span[0]:
        return False
    if between(doc.facts.aircraft, last.span[1], anchor.span[0]):
        return False
    if between(doc.facts.times, anchor.clause.start, anchor.clause.end):
        return False
    told = {str(m.value) for m in between(doc.facts.times, last.span[1], anchor.span[0])}
    return set(theirs) <= set(mine) and set(mine) <= told


def _its_own_fall(doc: Doc, cur: Draft, anchor: Anchor, told: Aircraft | None) -> bool:
    """ "um terceiro aparelho entrou às 3h05 e caiu perto de X": the fall ([verbs]
    coming_down) told next in its sentence of the very noun that told the crossing (even
    one told as another) is that crossing's."""
    fall = anchor.verb is not None and anchor.verb.key in rules()["verbs"]["coming_down"]
    return (
        fall
        and told is not None
        and cur.aircraft is not None
        and told.span == cur.aircraft.span
        and doc.sentence(anchor.span[0]) == doc.sentence(cur.last.span[0])
    )


def _own_denied(doc: Doc, cur: Draft, anchor: Anchor, told: Aircraft | None) -> bool:
    """ "A Belarusian Mi-8 crossed the border. Minsk denied that its planes had violated
    Polish airspace", « Minsk a nié que ses avions ... », "Mińsk zaprzeczył, jakoby jego
    maszyny naruszyły ...": a plural with no count or model told as the denying state's
    own (OWN_CUE right before it, after a cue "deny" in its sentence), that state the
    one of the aircraft whose crossing its paragraph told, is that state's aircraft at
    large: the denial of that crossing, whatever kind its word names."""
    if told is None or told.count is not None or told.model or not told.plural:
        return False
    if not (told.own or doc.cues.ending_at("OWN_CUE", told.span[0], doc.text)):
        return False
    sent = doc.sentence(anchor.span[0])
    if not doc.mention_cues("deny", sent.start, told.span[0]) or cur.aircraft is None:
        return False
    state = cur.aircraft.state
    same_para = doc.paragraph(cur.last.span[0]) == doc.paragraph(anchor.span[0])
    return same_para and state is not None and _speakers_own(doc, told) == state


def _other_kind_told_next(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """ "A weather balloon drifted into Moldovan airspace ... Later a cruise missile
    crossed the north of the country", « Un ballon est entré ... Un peu plus tard, un
    missile a traversé ... »: a word of no aircraft category that still names a kind of
    its own (``_own_kinds``: "missile", not a word of no kind like "object"), told anew
    (counted, no article of reference) in the paragraph of the crossing of an aircraft of
    a kind (or the reverse), is another thing crossing, not that aircraft told again."""
    if ac is None or cur.aircraft is None or ac.definite:
        return False
    if doc.paragraph(anchor.span[0]) != doc.paragraph(cur.last.span[0]):
        return False
    return _own_kinds(doc, ac, cur.aircraft)


def _background_retold(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """ "... about an incident in June, when a Russian Mi-8 flew 2 km into Latvian
    airspace on 3 June. // The minister said the helicopter had been tracked from the
    moment it crossed the border": a crossing told as background, then told again of
    its aircraft named as known (definite, not another: ``_same_crossing`` checked it)
    with no day nor time of its own, is that crossing told again, not a new one."""
    if not cur.background or ac is None or not ac.definite:
        return False
    return not (_own_detail(doc, anchor, "dates") or _own_detail(doc, anchor, "times"))


def _day_before_dayless(doc: Doc, cur: Draft, anchor: Anchor, told: Aircraft | None) -> tuple[str, ...]:
    """ "A drone entered Romanian airspace on Wednesday. It was the tenth time this year
    that drones have entered Romanian airspace. On September 13, a Russian Geran-2 drone
    entered ...": an aircraft named anew (no article of reference, counted) as the subject
    of a crossing verb with a day of its own, after a telling of no day (a tally, a
    restatement), is compared with the day of the latest telling of the crossing that
    gave one; not after a telling of no day in the same sentence ("several violations,
    including one on 22 October, when an Il-38 entered ...": that telling's day). The
    crossing may be told by its zone alone ("On 7 September, a drone was in Latvian
    airspace for 20 minutes")."""
    if told is None or told.definite or told.count is None or (anchor.verb is not None and anchor.verb.noun):
        return ()  # "violations by Russian aircraft ..., including one on 22 October": a tally
    if doc.sentence(cur.last.span[0]) == doc.sentence(anchor.span[0]):
        return ()
    for a in reversed(cur.anchors[:-1]):
        days = _own_detail(doc, a, "dates")
        if days:
            return days
    return ()


def _day_of_fall_after(doc: Doc, last: Anchor) -> tuple[str, ...]:
    """ "Le 28 septembre, un drone s'était écrasé près de X après avoir franchi la
    frontière", "On 28 September a drone crashed near X after crossing the border": a
    crossing told after a fall ([verbs] coming_down) right before it in its sentence
    is of the fall's own day (its clause's): a crossing told later on another day is
    another one."""
    sent = doc.sentence(last.span[0])
    verbs = between(doc.facts.verbs, sent.start, last.span[0])
    if not verbs or verbs[-1].key not in COMING_DOWN:
        return ()
    lo = verbs[-2].span[1] if len(verbs) > 1 else sent.start
    days = between(doc.facts.dates, max(lo, doc.clause(verbs[-1].span[0]).start), verbs[-1].span[0])
    return tuple(
        str(m.value) for m in days if m.extra.get("precision") == "day" and not _told_with_speech(doc, m)
    )


def _came_in_before_found(
    cur: Draft, anchor: Anchor, ac: Aircraft | None, mine: tuple[str, ...], theirs: tuple[str, ...]
) -> bool:
    """ "Border guards found the remains of three balloons near Krynki on Monday. The
    balloons had probably crossed from Belarus on Sunday night": the aircraft of a find
    ([verbs] found_only) named again (definite) crossing on a day before the find's is
    the found one come in: the same episode, told with its own day."""
    last = cur.last
    if last.verb is None or last.verb.key not in FOUND_ONLY:
        return False
    if ac is None or not ac.definite or anchor.verb is None or anchor.verb.noun:
        return False
    return len(cur.anchors) == 1 and max(mine) < min(theirs)


def _anew_of_own_day(doc: Doc, cur: Draft, anchor: Anchor, told: Aircraft | None) -> bool:
    """ "Vendredi dernier, l'armée avait signalé un objet volant non identifié qui a
    survolé la voïvodie de Lublin. // En septembre 2025, des drones russes étaient entrés
    dans le ciel polonais": an aircraft named anew (no article of reference, another
    kind than the one before) as the subject of a crossing in a later paragraph, with a
    day of its own (any precision) where the crossing before told none, is another
    crossing, not the details of that one."""
    if told is None or told.definite or cur.aircraft is None or told.category == cur.aircraft.category:
        return False
    if _kind_named_after(cur.aircraft, told):
        return False
    if doc.paragraph(anchor.span[0]).nth <= doc.paragraph(cur.last.span[0]).nth:
        return False
    clause = doc.clause(anchor.span[0])
    if any(a.definite for a in between(doc.facts.aircraft, clause.start, anchor.span[0])):
        return False  # "the object, a Russian drone, had flown over ...": named again
    mine = between(doc.facts.dates, doc.sentence(anchor.span[0]).start, anchor.span[0])
    return bool(mine) and not any(_own_detail(doc, a, "dates") for a in cur.anchors)


def _kind_named_after(lead: Aircraft, told: Aircraft) -> bool:
    """ "Minsk a dénoncé une violation de la frontière par un aéronef lituanien. //
    Samedi à 10 h 05, un hélicoptère UH-60 de l'armée lituanienne a pénétré ...", "a
    Lithuanian aircraft ... // On Saturday, a Lithuanian helicopter entered": a word of
    no kind ("aircraft", "aéronef", "appareil") with its state told first, then one
    aircraft of a kind named of no other state (one as the lead's count): the lead's
    aircraft named, the same crossing, no other one of its own day."""
    if not lead.generic or lead.state is None or lead.plural or told.plural:
        return False
    if told.state is not None and told.state != lead.state:
        return False
    return (lead.count or 1) == 1 and (told.count or 1) == 1


_HHMM = LazyPattern(r"\d\d:\d\d")

#: how far from a time told approximately the exact time of the same crossing may be
_APPROX_SPAN_MIN = 15


def _approx_then_exact(doc: Doc, last: Anchor, anchor: Anchor, ac: Aircraft | None) -> bool:
    """ "A drone entered Romanian airspace at around 3 a.m. ... 02:53 - the drone enters
    Romanian airspace", "vers 3 heures ... l'appareil est entré à 2 h 53": the crossing
    told before with its only time told approximately (bound "approx"), told again of
    the same aircraft (a pronoun or the aircraft named as known) with one exact time a
    few minutes from it (``_APPROX_SPAN_MIN``), is that crossing told precisely."""
    if ac is not None and not ac.definite:
        return False
    told = [_own_detail(doc, x, "times") for x in (last, anchor)]
    if any(len(t) != 1 for t in told):
        return False
    theirs, mine = (
        [m for m in _in_clause_or_before(doc, x, doc.facts.times) if m.value == t[0]][:1]
        for x, t in zip((last, anchor), told, strict=True)
    )
    if not theirs or not mine or theirs[0].bound != "approx" or mine[0].bound is not None:
        return False
    return near_approx(theirs[0], mine[0])


def near_approx(approx: Mention, exact: Mention) -> bool:
    """Is the time ``exact`` a few minutes (``_APPROX_SPAN_MIN``) from the time
    ``approx`` told approximately ("around 3 a.m." and 02:53)?"""
    a, b = str(approx.value), str(exact.value)
    if not (_HHMM.fullmatch(a) and _HHMM.fullmatch(b)):
        return False
    gap = abs(int(a[:2]) * 60 + int(a[3:]) - int(b[:2]) * 60 - int(b[3:]))
    return min(gap, 1440 - gap) <= _APPROX_SPAN_MIN


def _flown_on_inside(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None, same_noun: bool) -> bool:
    """ "An Israeli drone entered Lebanon's airspace at 07:10. It then flew over Sidon at
    09:40", "Il a été repéré au-dessus de Saïda à 9 h 40": the aircraft of a crossing
    told by a verb of entering ([verbs] entering), told again (a pronoun, or the same
    aircraft named again) in a later sentence by a verb of being inside ([verbs] inside)
    over the same state, no way out told between (EXIT_CUE) nor another crossing
    (``_another``; no verb, rank or word of again before it in its sentence: "Lors de
    la seconde, l'hélicoptère a survolé"), is still inside: its later hour tells the
    same crossing on. Only over a place: told in the zone again ("The same plane came
    back at 9:33 and remained in the airspace") it may have come back."""
    last, verbs = cur.last, rules()["verbs"]
    if last.verb is None or anchor.verb is None or anchor.verb.noun:
        return False
    if last.verb.key not in verbs["entering"] and last.rule not in verbs["entering_rules"]:
        return False
    if anchor.verb.key not in verbs["inside"]:
        return False
    if isinstance(anchor.goal, (ZoneRef, StateRef)) or anchor.goal is None:
        return False  # over a place told, not back in the zone ("remained in the airspace")
    sent = doc.sentence(anchor.span[0])
    if sent.start <= last.span[0] or between(doc.facts.verbs, sent.start, anchor.span[0]):
        return False  # "It turned back and flew over ...": told on by another verb first
    if any(doc.cues.within(c, sent.start, anchor.span[0]) for c in ("ORDINAL_CUE", "RANK_CUE", "RECUR_CUE")):
        return False  # "Lors de la seconde, l'hélicoptère a survolé ...": another crossing
    pronoun = ac is None and pronoun_opening(doc, sent) is not None
    if not (same_noun or pronoun or (ac is not None and ac.definite)) or _another(doc, anchor, ac):
        return False
    if anchor.goal_state is not None and cur.anchor.goal_state not in (None, anchor.goal_state):
        return False  # a crossing of the border, its state not yet told, or of the same
    return not doc.cues.within("EXIT_CUE", last.span[1], anchor.span[0])


def pronoun_opening(doc: Doc, sent: Scope) -> Cue | None:
    """The subject pronoun (SUBJECT_PRONOUN_CUE) that opens the sentence ``sent``, or
    that comes right after the hours or days told first in it, a comma between or not
    ("At 00:55 it flew over Soroca", "À 0 h 55, il survolait Soroca", "On Friday, it
    ..."): a timeline's sentences open with their hour, then take up the aircraft."""
    pos = next_start(doc.text, sent.start)
    lo, hi = sent.start, sent.end
    fronted = [*between(doc.facts.times, lo, hi), *between(doc.facts.dates, lo, hi)]
    moved = True
    while moved:
        moved = False
        for m in fronted:
            if m.span[0] == pos:
                pos = next_start(doc.text, m.span[1])
                if doc.text[pos : pos + 1] == ",":
                    pos = next_start(doc.text, pos + 1)
                moved = True
    return doc.cues.opening("SUBJECT_PRONOUN_CUE", pos) if pos < sent.end else None


def _days_of_new_subject(doc: Doc, anchor: Anchor, told: Aircraft | None) -> tuple[str, ...]:
    """ "Le 2 décembre, un drone s'était écrasé près de Cahul après avoir franchi la
    frontière", "On February 21, a Russian Geran-2 drone crashed near Grindu after flying
    10 km into Romania": the days (precision day) told in the clause of the aircraft
    named anew (no article of reference; its state told or not) as the subject of the
    anchor, before it in its sentence, in another clause, when the anchor's own clause
    tells none: the day of that aircraft's incident."""
    if told is None or told.definite or told.span[0] >= anchor.span[0]:
        return ()
    clause = doc.clause(told.span[0])
    if clause is anchor.clause or doc.sentence(told.span[0]) != doc.sentence(anchor.span[0]):
        return ()
    found = between(doc.facts.dates, clause.start, clause.end)
    found = [m for m in found if m.extra.get("precision") == "day" and not _told_with_speech(doc, m)]
    return tuple(str(m.value) for m in found if not in_dateline(doc, m))


def total_of_part(doc: Doc, part: Aircraft, ac: Aircraft) -> bool:
    """ "Polish jets shot down two Russian drones that had entered its airspace. In
    total, seven drones violated Polish airspace", "Au total, sept drones ont violé
    ...": aircraft of the same kind told as a total (a word of a sum, TOTAL_CUE, before
    them in their sentence, nothing but their count between), more than those of the
    crossing told before, are that crossing's whole: the same crossing, of their count."""
    if not (ac.counted and part.counted and ac.count and part.count) or ac.category != part.category:
        return False
    if ac.count <= part.count or ac.span[0] < part.span[0]:
        return False
    sent = doc.sentence(ac.span[0])
    for c in doc.cues.within("TOTAL_CUE", sent.start, ac.span[0]):
        told = between(doc.facts.mentions, c.end, ac.span[0])
        if told and (len(told) > 1 or told[0].kind != "number"):
            continue
        lo, hi = (told[0].span[0], told[0].span[1]) if told else (ac.span[0], ac.span[0])
        if not (doc.text[c.end : lo] + doc.text[hi : ac.span[0]]).strip(" ,"):
            return True
    return False


def _part_fell(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None, told: Aircraft | None) -> bool:
    """ "North Korea sent about 250 balloons across the border on Saturday night and
    Sunday morning, about 80 of which came down in Seoul": a counted part of the group
    (``_counted_part_of``) told in the crossing's sentence coming down ([verbs]
    coming_down) tells where some of them fell, the same crossing whatever day or time
    of the group's its own clause seems to take. (``told``: the part as written, ``ac``
    the group it stands for.)"""
    whole = cur.aircraft
    if ac is None or told is None or whole is None or anchor.verb is None:
        return False
    if anchor.verb.key not in rules()["verbs"]["coming_down"]:
        return False
    if doc.sentence(anchor.span[0]) != doc.sentence(cur.last.span[0]):
        return False
    if told.partitive:
        return _counted_part_of(doc, told, whole)
    n = _bare_count_before(doc, anchor)  # "dont 40 sont tombés": the group, then its part
    return told.span == whole.span and whole.holds_more_than(n)


def _bare_count_before(doc: Doc, anchor: Anchor) -> int | None:
    """A bare number right before the verb of ``anchor`` in its clause, only white space
    between them ("dont 40 sont tombés", "of which 40 fell")."""
    told = between(doc.facts.mentions, anchor.clause.start, anchor.span[0])[-1:]
    if not told or told[0].kind != "number" or doc.text[told[0].span[1] : anchor.span[0]].strip():
        return None
    value = told[0].value
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _counted_part_of(doc: Doc, ac: Aircraft, whole: Aircraft) -> bool:
    """ "Nineteen drones violated ... Three of the drones crashed ...": a counted part
    ("three of the drones": ``counted_part``; "about 80 of which came down", "two of
    them": a partitive phrase with its count) of the group told before it, fewer and of
    its kind, tells that group's crossing again, not another one."""
    return (
        (counted_part(doc, ac) or (ac.partitive and ac.count is not None))
        and whole.holds_more_than(ac.count)
        and ac.category in (whole.category, "unknown")
    )


def _small_hours_of(doc: Doc, last: Anchor, anchor: Anchor) -> bool:
    """ "A drone entered Polish airspace overnight, flying for 40 minutes before it fell
    near X on Wednesday at around 2 a.m.": a day told with a time of the small hours
    (before 06:00), or right after a word of the small hours ("in the early hours of
    Friday": ``_early_day``), the day after a night told of the crossing before
    ("overnight", "Tuesday night", "dans la nuit") is the same night, no day of another
    crossing."""
    times = _own_detail(doc, anchor, "times")
    days = _own_detail(doc, anchor, "dates")
    if len(days) != 1 or any(t >= "06:00" for t in times):
        return False
    if not times and not _early_day(doc, anchor):
        return False
    for m in _in_clause_or_before(doc, last, doc.facts.dates):
        parts = m.extra.get("parts")
        night = isinstance(parts, dict) and (
            parts.get("relative") == "last night" or parts.get("daypart") == "night"
        )
        if night and _ISO_DAY.fullmatch(str(m.value)) and _ISO_DAY.fullmatch(days[0]):
            if dt.date.fromisoformat(days[0]) - dt.date.fromisoformat(str(m.value)) == dt.timedelta(days=1):
                return True
    return False


def _early_day(doc: Doc, anchor: Anchor) -> bool:
    """ "The drone crossed the border in the early hours of Friday", « tôt vendredi »: a
    day of the crossing told right after a word of its small hours (DAY_EDGE_CUE key
    "early"), as a time before 06:00 would tell them."""
    for m in _in_clause_or_before(doc, anchor, doc.facts.dates):
        cue = doc.cues.ending_at("DAY_EDGE_CUE", m.span[0], doc.text)
        if cue is not None and cue.key == "early":
            return True
    return False


def _noun_then_told(doc: Doc, cur: Draft, anchor: Anchor) -> bool:
    """ "The last violation by a Russian military aircraft had been in March 2022, when
    four jets flew over the same area": a noun of violation done by an aircraft named by
    its general word, then told in its own sentence by the aircraft it was: one crossing,
    whatever the general word's article counted."""
    last = cur.last
    told_by = cur.aircraft
    return (
        told_by is not None
        and told_by.generic
        and last.verb is not None
        and last.verb.noun
        and doc.sentence(last.span[0]) is doc.sentence(anchor.span[0])
    )


def _offset_before(doc: Doc, anchor: Anchor) -> bool:
    """ "Twenty minutes later, the same pair overflew Oinousses", "une heure plus tard,
    les deux avions ont survolé ...": a length of time with its word of offset
    (TIME_OFFSET_CUE right after it) opening the part of the sentence that tells the
    crossing (a comma or the aircraft right after the offset, no verb between it and
    the anchor, nor a word of saying: "two days later, the army said the jet had
    entered") tells a crossing at another time than the one before. Not "20 minutes
    after entering it", nor "the army later said"."""
    return offset_opening(doc, anchor) is not None


def offset_opening(doc: Doc, anchor: Anchor) -> tuple[Mention, Cue] | None:
    """The length and its word of offset that open the part of the sentence telling
    the crossing (``_offset_before``), or None."""
    sent = doc.sentence(anchor.span[0])
    for m in between(doc.facts.durations, sent.start, anchor.span[0]):
        cue = doc.cues.starting_at("TIME_OFFSET_CUE", m.span[1], doc.text)
        if cue is None or between(doc.facts.verbs, cue.end, anchor.span[0]):
            continue
        if doc.mention_cues("say", cue.end, anchor.span[0]):
            continue  # "two days later, the army said the jet had entered": when it was said
        joined = doc.cues.starting_at("OFFSET_CLAUSE_CUE", m.span[1], doc.text)
        if joined is not None and not doc.text[joined.end :].lstrip().startswith(","):
            continue  # "found on Wednesday, two weeks after a drone entered": the find's, from it
        told = [x for x in between(doc.facts.mentions, cue.end, anchor.span[0]) if x.kind != "cue"][:1]
        if doc.text[cue.end : anchor.span[0]].lstrip().startswith(",") or (
            told and told[0].kind == "aircraft"
        ):
            return m, cue
    return None


def _ended_then_border(doc: Doc, inside: Anchor, border: Anchor, violator: str | None) -> bool:
    """ "Crashed in eastern Latvia after crossing the Belarusian border", "s'est écrasé
    en Lettonie après avoir franchi la frontière biélorusse": a crossing told where it
    ended (not a rule of ``[stay]``), then later in its sentence the border it came
    through, of another state than the one it ended in: one crossing."""
    b = border.goal
    if not isinstance(b, ZoneRef) or not b.border or not b.state or border.span[0] < inside.span[1]:
        return False
    if inside.rule in rules()["stay"]["rules"] or inside.goal_state in (None, b.state, violator):
        return False
    return doc.sentence(border.span[0]).start == doc.sentence(inside.span[0]).start


def border_then_inside(doc: Doc, border: Anchor, inside: Anchor, violator: str | None) -> bool:
    """ "Crossed the Ukrainian border and flew into Moldovan airspace", "a franchi la
    frontière ukrainienne puis a pénétré dans l'espace aérien moldave": a border of
    one state crossed, then, later in the same sentence, the zone (not a border) of
    another state entered (by a verb of going in, not of staying: "affirmant qu'ils
    avaient volé à l'intérieur du territoire bélarusse", rules.toml ``[stay]``) is one
    crossing, of the state whose zone is entered; the aircraft's own state (``violator``)
    is where it went back, not in."""
    b, z = border.goal, inside.goal
    if not isinstance(b, ZoneRef) or not isinstance(z, ZoneRef) or not b.border or z.border:
        return False
    if inside.rule in rules()["stay"]["rules"] or z.state == violator:
        return False
    if not b.state or not z.state or b.state == z.state or inside.span[0] < border.span[1]:
        return False
    return doc.sentence(border.span[0]).start == doc.sentence(inside.span[0]).start


def _state_of(cur: Draft, ac: Aircraft | None) -> str | None:
    """The state of the aircraft of ``cur`` (or of ``ac``, told again)."""
    if cur.aircraft is not None and cur.aircraft.state:
        return cur.aircraft.state
    return ac.state if ac is not None else None


def _other_period(doc: Doc, anchor: Anchor, other: Anchor, lead: bool = False) -> bool:
    """Is ``anchor`` told in a month its own clause names ("in August 2022", "w sierpniu
    2024 roku"), or the clause of a noun of crossing before it in its sentence ("The
    last violation was in June, when a helicopter entered"), that does not hold the
    day of ``other``? "A Su-27 violated Estonian
    airspace on Monday. In August 2022, Russian jets violated it four times": two. A
    crossing of no day of its own told in a month of its own is of that month ("Pyongyang
    accused Seoul of sending drones in October 2024. In December 2022, five North Korean
    drones crossed ...": two)."""
    days = _own_detail(doc, other, "dates") or _months_told(doc, other)
    days = days or (_lead_days(doc, other) if lead and not told_as_background(doc, other) else ())
    if not days:
        return False
    months = _months_told(doc, anchor)
    return bool(months) and all(d[:7] not in months for d in days)


def _lead_days(doc: Doc, other: Anchor) -> tuple[str, ...]:
    """ "Turkish jets violated Greek airspace on Thursday. [...] Two F-16s entered at
    11:15 and made a third pass over Samos at 12:05": the days a crossing verb's own
    clause tells in the paragraphs before that of ``other`` (a title, a lead), when its
    own paragraph tells none before it: the day ``other`` takes from its lead
    (``_other_period``)."""
    para = doc.paragraph(other.span[0])
    if any(m.extra.get("precision") == "day" for m in between(doc.facts.dates, para.start, other.span[0])):
        return ()
    days: list[str] = []
    for v in between(doc.facts.verbs, 0, para.start):
        if v.noun:
            continue
        clause = doc.clause(v.span[0])
        days += [
            str(m.value)
            for m in between(doc.facts.dates, clause.start, clause.end)
            if m.extra.get("precision") == "day" and m.value
        ]
    return tuple(days)


def _months_told(doc: Doc, anchor: Anchor) -> tuple[str, ...]:
    """The months (``YYYY-MM``, precision month) in which ``anchor`` is told: in its own
    clause, or the clause of a noun of crossing before it in its sentence, or opening its
    sentence (``_other_period``); not the start of a span up to now ("since August")."""
    found = between(doc.facts.dates, anchor.clause.start, anchor.clause.end)
    if not found:  # the month of a noun of crossing told before it in its sentence
        sent = doc.sentence(anchor.span[0])
        nouns = [v for v in between(doc.facts.verbs, sent.start, anchor.span[0]) if v.noun]
        for v in nouns[-1:]:
            clause = doc.clause(v.span[0])
            found = between(doc.facts.dates, clause.start, min(clause.end, anchor.span[0]))
        # "In September, a drone fell near X after straying into ...": a month that opens
        # the sentence is the period of all its clauses
        found = found or [
            m for m in between(doc.facts.dates, sent.start, anchor.span[0])[:1] if _opens(doc, sent, m)
        ]
    # "the first such incursion since November 2025": the start of the rank's span; "the
    # eleventh violation since August": a noun of crossing in a period up to now; "the
    # second time since January that a jet crossed": a crossing ranked in that period
    ranked = anchor.verb is not None and anchor.verb.noun or ranked_in_series(doc, anchor.span[0])
    found = [
        m
        for m in found
        if not _ranked_since(doc, doc.clause(m.span[0]).start, m.span[0], -1)
        and not (ranked and opens_period(doc, m))
    ]
    return tuple(str(m.value)[:7] for m in found if m.extra.get("precision") == "month" and m.value)


def _opens(doc: Doc, sent: Scope, m: Mention) -> bool:
    """Does the date ``m`` open the sentence ``sent`` (nothing but white space before it)?"""
    return not doc.text[sent.start : m.span[0]].strip()


def _one_of_tally(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None, left: int) -> bool:
    """ "Lithuania has recorded 12 violations of its airspace this year. On Monday, a
    helicopter crossed ...", "40 violations depuis janvier. La dernière a eu lieu
    lundi, lorsqu'un drone a pénétré ...": one aircraft newly named (not "the drone")
    crossing, told by a verb after a count of violations (a number right before the
    noun), is one crossing, not the tally: two records, the count the tally's alone.
    A count of the crossings told after it ("these three violations: first a Su-24
    ..., then ..."; as many anchors left as it counts) is their summary. The aircraft
    named before the count is the tally's own ("un drone, qui a survolé X à deux
    reprises, pénétrant jusqu'à 15 km"): the same crossings told on. A group newly
    named is one crossing of the tally when its clause tells its own time ("à 23
    reprises ... Deux F-16 turcs ont survolé Oinousses vers 11 h 40"). One told with
    as many times as the count ("a Tu-142 violated Japanese airspace three times ...
    'a Russian aircraft violated our airspace three times'") retells those crossings.
    A group told crossing "several times" ("Drones entered Moldovan airspace several
    times in May. On 9 May, a Geran-2 came down in Moldova") is a tally too. A counted
    part of the tally's group ("Drones entered ... repeatedly on Wednesday night. One of
    the drones crashed near X", ``_counted_part_of``), with no day or time of its own,
    is none newly named: the group's crossing told again."""
    if ac is None or ac.definite or not ac.count or anchor.verb is None or anchor.verb.noun:
        return False
    if _undated_part_of(doc, cur, anchor, ac):
        return False
    if _told_on_paired(doc, cur, anchor, ac):
        return False  # "deux Mi-24 ont franchi ... et se sont enfoncés de ... respectivement"
    if ac.count > 1 and not (_own_detail(doc, anchor, "times") or _picked_of_tally(doc, anchor)):
        return False
    # "drones entered several times": a group's tally; one aircraft told crossing
    # "à plusieurs reprises" is that aircraft's, told again by "un avion ... a survolé"
    vague = cur.aircraft is None or cur.aircraft.count != 1
    return any(
        _counted(doc, a, left, vague) and ac.span[0] > a.span[1] and not _as_many_times(doc, a, anchor)
        for a in cur.anchors
    )


def _undated_part_of(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft) -> bool:
    """Is ``ac`` a counted part of the aircraft of ``cur`` (``_counted_part_of``) whose
    clause at ``anchor`` tells no day or time of its own?"""
    if cur.aircraft is None or not _counted_part_of(doc, ac, cur.aircraft):
        return False
    return not (_own_detail(doc, anchor, "dates") or _own_detail(doc, anchor, "times"))


def _told_on_paired(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft) -> bool:
    """ "deux hélicoptères Mi-24 ont franchi la frontière à 10 h 12 et 11 h 40
    respectivement, et se sont enfoncés de 1,2 km et 800 mètres respectivement": the
    aircraft phrase of the crossing ``cur`` told on by another verb in its sentence,
    whose items are paired one to one (RESPECTIVELY_CUE), is that crossing again, no
    new one of a tally told before."""
    if cur.aircraft is None or ac.span != cur.aircraft.span:
        return False
    same_sentence = doc.sentence(anchor.span[0]) == doc.sentence(cur.last.span[0])
    return same_sentence and _respectively(doc, anchor.span[0])


def _crossings_left(doc: Doc, rest: list[Anchor]) -> int:
    """How many anchors from this one on (``rest``) may be crossings a tally counts ("these
    three violations: first a Su-24 ..., then ..."): the first and each later one that is
    not itself a tally, a noun of violation counted by a number above one or a verb told
    with a count of times above one ("On 11 September, a drone entered ... and flew 7 km
    into the country. // Since January, drones have violated Moldovan airspace 12
    times": the later tally is none of the crossings the earlier "3 violations"
    counts)."""
    return 1 + sum(1 for a in rest[1:] if not _counted(doc, a, 1))


def _as_many_times(doc: Doc, counted: Anchor, anchor: Anchor) -> bool:
    """Does the clause of ``anchor`` tell a count of times (above one) that the clause
    of ``counted`` tells too ("three times" ... "three times", "à trois reprises" ...
    "à trois reprises", "several times" ... "several times")?"""

    def times(a: Anchor) -> set[int | str]:
        reps = between(doc.facts.repetitions, a.clause.start, a.clause.end)
        return {
            r.value
            for r in reps
            if r.value == "multiple" or (isinstance(r.value, int) and not isinstance(r.value, bool))
        }

    return bool(
        {n for n in times(anchor) if n == "multiple" or (isinstance(n, int) and n > 1)} & times(counted)
    )


def _picked_of_tally(doc: Doc, anchor: Anchor) -> bool:
    """Is the anchor's sentence opened by a superlative that picks one of a tally's
    crossings (TALLY_PICK_CUE: "La plus notable s'est produite le 19 septembre : deux F-16
    ont survolé Oinousses", "The most serious came on Monday, when two F-16s ...")?"""
    return _opens_with(doc, "TALLY_PICK_CUE", doc.sentence(anchor.span[0]))


def _tally_after_one(doc: Doc, cur: Draft, anchor: Anchor, ac: Aircraft | None) -> bool:
    """ "At 3:10, radars tracked a drone that entered Romanian airspace. // Since
    January, Russian drones have violated it eleven times", "... violé à onze reprises
    par des drones russes": aircraft of no count, not named as known ("des drones", not
    "les drones"), told crossing several times (a count of times in the anchor's clause,
    or a counted noun of violation) after one aircraft's crossing are a tally of
    crossings, not that one told again: two records. So too after a counted group's
    crossing, when the tally counts more crossings than the group had aircraft ("two
    drones crossed ... // Since January, Romania has recorded 14 violations of its
    airspace by drones", "a recensé 14 violations ... par des drones, dont trois"),
    told by a verb or noun of crossing (rules.toml [verbs] journey, crossing_nouns)."""
    one = cur.aircraft
    if one is None or one.count is None or ac is None or (one.count == 1 and one.plural):
        return False
    if not ac.plural or ac.definite or ac.counted or ac.count is not None:
        return False
    size = one.count
    verbs = rules()["verbs"]
    if size > 1 and (
        anchor.verb is None or anchor.verb.key not in verbs["journey"] + verbs["crossing_nouns"]
    ):
        return False  # "Such balloons have been found on Polish territory 200 times": no tally told
    if _counted(doc, anchor, size):
        return True
    times = between(doc.facts.repetitions, anchor.clause.start, anchor.clause.end)
    return any(
        (r.value == "multiple" and size == 1) or (isinstance(r.value, int) and r.value > size) for r in times
    )


def _counted(doc: Doc, a: Anchor, left: int, vague: bool = False) -> bool:
    """Is ``a`` a noun of violation counted by a number above ``left`` right before it,
    or a verb told with a count of times above it in its clause ("violated Greek
    airspace 14 times"; with ``vague``, "several times", "à plusieurs reprises" above
    one)?"""
    if a.verb is None:
        return False
    if not a.verb.noun:
        over = max(left, 1)
        reps = between(doc.facts.repetitions, a.clause.start, a.clause.end)
        return any(
            (vague and r.value == "multiple" and over == 1)
            or (isinstance(r.value, int) and not isinstance(r.value, bool) and r.value > over)
            for r in reps
        )
    sent = doc.sentence(a.span[0])
    nums = [m for m in between(doc.facts.mentions, sent.start, a.span[0]) if m.kind == "number"][-1:]
    over = max(left, 1)
    return any(
        not doc.text[m.span[1] : a.span[0]].strip() and isinstance(m.value, (int, float)) and m.value > over
        for m in nums
    )


def _another(doc: Doc, anchor: Anchor, ac: Aircraft | None) -> bool:
    """ "Another drone", "un second hélicoptère", "entered again", "a de nouveau
    violé": the word in or right before the aircraft phrase, or right by the verb."""
    if ac is None and anchor.verb is not None and anchor.verb.noun:
        # "it was the second violation this month": a count, not a crossing; "the second
        # violation took place at 14:05": a crossing after the first
        return _later_occurrence(doc, anchor)
    if ac is not None and _others_counted(doc, ac):
        return True
    if anchor.verb is not None and anchor.verb.key in COMING_AGAIN:
        return True  # "re-entered": coming in again
    # "les deux autres ont été repérés au-dessus de X": the rest of a group told before
    # ([ac_partitive]), not two more
    cues = [
        c
        for c in _another_cues(doc, anchor.clause)
        if not _in_partitive(doc, c)
        and not _day_of_statement(doc, c, anchor)
        # "entered at 2:35 p.m. and left it again a minute later": the leaving's word
        and not doc.cues.within("EXIT_CUE", anchor.span[1], c.start)
    ]
    if anchor.verb is not None and not anchor.verb.noun:
        # "the next day, a drone crossed into Romanian airspace again"
        return bool(cues)
    spots = [anchor.span]
    if ac is not None:
        spots.append(ac.span)
    for cue in cues:
        for s, e in spots:
            inside = s <= cue.start < e
            touching = (cue.end <= s and not _count_between(doc, cue.end, s)) or (
                e <= cue.start and not doc.text[e : cue.start].strip()
            )
            if inside or touching:
                return True
    return False


def _day_of_statement(doc: Doc, cue: Cue, anchor: Anchor) -> bool:
    """ "The next day, Chisinau accused Russia of violating its airspace", "Le lendemain,
    le gouvernement a affirmé que la Russie avait violé ...": a word of the day after
    (ANOTHER_CUE key "day") told before a word of speech, accusing or denial that comes
    before the crossing in its clause is the day of the statement, not of another
    crossing."""
    if cue.key != "day" or cue.end > anchor.span[0]:
        return False
    told = between(doc.facts.cues, cue.end, anchor.span[0])
    return any(c.value in ("say", "alleged", "deny") for c in told)


def _in_partitive(doc: Doc, cue: Cue) -> bool:
    """A cue inside a partitive aircraft phrase ("les deux autres", "l'un d'entre eux")."""
    return any(a.partitive and a.span[0] <= cue.start and cue.end <= a.span[1] for a in doc.facts.aircraft)


def _later_occurrence(doc: Doc, anchor: Anchor) -> bool:
    """ "A Su-30 entered Estonian airspace. It entered near Vaindloo at 10:12; the second
    violation took place at 14:05": a noun of crossing told as an event (rule
    "occurrence") with a rank after the first right before it (RANK_CUE, key 2 or more,
    or "last") is a crossing after the one told before, another record; so is one told
    as one more ("At 14:10 a second violation occurred", "si è verificata una seconda
    violazione", "ereignete sich eine weitere Verletzung": ONE_MORE_CUE, key one)."""
    if anchor.rule != "occurrence":
        return False
    more = doc.cues.ending_at("ONE_MORE_CUE", anchor.span[0], doc.text)
    if more is not None and more.key == "one":
        return True
    cue = doc.cues.ending_at("RANK_CUE", anchor.span[0], doc.text)
    return cue is not None and (cue.key == "last" or (cue.key.isdigit() and int(cue.key) >= 2))


def _count_between(doc: Doc, lo: int, hi: int) -> str:
    """The text in [lo, hi) but for one number right before ``hi``: the count of the
    noun a word of another opens ("altre quattordici violazioni", "otras catorce
    violaciones": others, counted)."""
    nums = [m for m in between(doc.facts.mentions, lo, hi) if m.kind == "number"][-1:]
    if nums and not doc.text[nums[0].span[1] : hi].strip():
        hi = nums[0].span[0]
    return doc.text[lo:hi].strip()


def _others_counted(doc: Doc, ac: Aircraft) -> bool:
    """ "Two other Turkish jets", "three more drones", "deux autres avions": a count of
    aircraft told as others than those before (OTHERS_CUE inside the phrase, not one
    that names them as known: "the other two jets" are some of those told)."""
    if ac.definite or not ac.counted:
        return False
    return bool(doc.cues.within("OTHERS_CUE", ac.span[0], ac.span[1]))


def _another_cues(doc: Doc, clause: Scope) -> list[Cue]:
    """The ANOTHER_CUE words of a clause, but for a rank in a series ("for the third
    time"; key "noun": a definite rank right before a noun of crossing, "the fourth
    incursion this year"), which says nothing of the crossing told before, but for
    the words of another matter ("in another incident", "dans un autre incident":
    APART_CUE), which end the episode before (``_same_crossing``), not the one they
    open, and but for those next to a word of the way out (EXIT_CUE: "left again",
    "est reparti à nouveau"), which tell the aircraft leaving."""
    series = [
        c
        for c in doc.cues.within("SERIES_CUE", clause.start, clause.end)
        if c.key != "noun" or _before_noun_of_crossing(doc, c.end)
    ]
    series += doc.cues.within("APART_CUE", clause.start, clause.end)
    # "left again", "a de nouveau quitté": the way out told, not another crossing
    exits = doc.cues.within("EXIT_CUE", clause.start, clause.end)
    return [
        c
        for c in doc.cues.within("ANOTHER_CUE", clause.start, clause.end)
        if not any(s.start <= c.start and c.end <= s.end for s in series)
        and not any(adjacent(doc.text, (c.start, c.end), (e.start, e.end)) for e in exits)
        and not (c.key == "rank" and _rank_in_name(doc, c))
    ]


def _rank_in_name(doc: Doc, cue: Cue) -> bool:
    """Is the definite rank ``cue`` part of a name: its word written with a capital
    inside its sentence ("selon la Segunda División", "the Second Division")? Such a rank
    names a body, no member of a group ("La seconde a survolé ..." opens its sentence)."""
    word = doc.text[cue.start : cue.end].split()[-1]
    told = doc.text[doc.sentence(cue.start).start : cue.start]
    return word[:1].isupper() and bool(told.strip())


def _rank_in_series(doc: Doc, anchor: Anchor) -> bool:
    """ "It was the fifth violation of Lithuanian airspace by Belarusian aircraft this
    year", "la cinquième violation par des appareils biélorusses": a noun of crossing
    after a definite rank (SERIES_CUE key "noun", or an ordinal word of the language
    not told as an indefinite rank: ``_ordinal_words``) counts this crossing in a series; the
    aircraft it is told of are the series' in general, no better name of this one's."""
    if anchor.verb is None or not anchor.verb.noun:
        return False
    lo = anchor.clause.start
    ranks = [c for c in doc.cues.within("SERIES_CUE", lo, anchor.span[1]) if c.key == "noun"]
    # a rank beyond the cues' ("the eleventh violation", "la onzième violation"), not one
    # told as indefinite ("a second violation": ORDINAL_CUE of a number, one more crossing)
    more = [c.start for c in doc.cues.within("ORDINAL_CUE", lo, anchor.span[1]) if c.key != "ordinal"]
    ranks += [c for c in _ordinal_words(doc, lo, anchor.span[0]) if not any(c.start <= m for m in more)]
    return any(c.end <= anchor.span[0] and _before_noun_of_crossing(doc, c.end) for c in ranks)


def _before_noun_of_crossing(doc: Doc, pos: int) -> bool:
    """Does a noun of crossing ("incursion", "violation") follow right after ``pos``, or
    after words of kind only ("the second such incident", SUCH_CUE)?"""
    return any(
        v.noun and kind_words_only(doc, pos, v.span[0])
        for v in between(doc.facts.verbs, pos, doc.clause(pos).end)
    )


def _own_detail(doc: Doc, anchor: Anchor, kind: str, clause_only: bool = False) -> tuple[str, ...]:
    """The times (or days) told in the anchor's own clause, or before it in its
    sentence ("The plane came back at 9:33 and stayed four minutes"); with
    ``clause_only``, in its own clause alone (a verb told again of the aircraft phrase
    of the crossing before it, "..., and a helicopter on 28 January, which flew 2 km
    into Lithuania": the days before it are the other items')."""
    items = doc.facts.times if kind == "times" else doc.facts.dates
    if clause_only:
        found = between(items, anchor.clause.start, anchor.clause.end)
    else:
        found = _in_clause_or_before(doc, anchor, items)
    if kind == "times":
        # not UTC, nor the hour of another event or of the way out after the crossing
        # verb ("flew 5 km into X and was lost by radar at 21:16", "flew over Bint Jbeil
        # and left at 12:40")
        events = [
            c.end
            for c in doc.cues.within("OTHER_EVENT_CUE", anchor.span[1], anchor.clause.end)
            + doc.cues.within("EXIT_CUE", anchor.span[1], anchor.clause.end)
        ]
        found = [m for m in found if m.extra.get("tz") != "UTC" and not any(e <= m.span[0] for e in events)]
        # nor the hour of another event told before it in another clause ("Two F-16s
        # took off at 02:15 after a drone entered ...": the take-off's)
        found = [m for m in found if anchor.clause.start <= m.span[0] or _crossing_time(doc, m)]
        # nor the stamp of a live report's entry that tells what someone says ("11 h 20 :
        # Selon les garde-frontières, l'appareil aurait pénétré ..."): when it was posted
        found = [m for m in found if not (entry_stamp(doc, m) and stamp_of_saying(doc, m))]
    else:
        found = [
            m
            for m in found
            if m.extra.get("precision") == "day"
            and not _told_with_speech(doc, m)
            and not _day_of_period(doc, m)
        ]
        # "SEOUL, Jan 3 (Yonhap) --": the day the dispatch was filed, not the crossing's;
        # "at 02:10 local (2310 GMT on Wednesday)": the UTC clock's day, not the crossing's
        found = [
            m
            for m in found
            if not in_dateline(doc, m) and not in_titled_dateline(doc, m) and not of_utc_restatement(doc, m)
        ]
        if anchor.rule != OTHER_ONE:
            # "C'est la troisième violation cette année, après celle du 12 avril": the day
            # of the earlier crossing the pronoun stands for, not the noun's own
            found = [m for m in found if not of_other_one(doc, m)]
    return tuple(str(m.value) for m in found)


def _day_of_period(doc: Doc, m: Mention) -> bool:
    """ "Violated its airspace three times between Friday and Sunday", "trois fois entre
    vendredi et dimanche": a first or last day of a period (opened by a word of a period,
    RANGE_CUE, or told as one phrase of two days, ``span_of_days``) is no own day of the
    crossing told with it: that crossing sums up the ones told on its days."""
    if span_of_days(doc, m):
        return True
    before = between(doc.facts.dates, doc.clause(m.span[0]).start, m.span[0])[-1:]
    first = before[0] if before and not _mentions_between(doc, before[0].span[1], m.span[0]) else m
    start = first.extra.get("phrase_start", first.span[0])
    # "in the night between Tuesday and Wednesday": one night, on one of its days
    return _opens_period(doc, first) and doc.cues.leading_into("NIGHT_CUE", start, doc.text) is None


def _mentions_between(doc: Doc, lo: int, hi: int) -> bool:
    """Is anything but cue words told in [lo, hi)?"""
    return any(x.kind != "cue" for x in between(doc.facts.mentions, lo, hi))


def of_utc_restatement(doc: Doc, m: Mention) -> bool:
    """ "At 02:40 local time (2340 GMT on Wednesday)", "à 2 h 40, heure locale (23 h 40
    GMT mercredi)": a day in a bracket that restates a local time told before it in
    UTC is the day of that UTC clock, which may be the day before; the local day is
    the crossing's."""
    sent = doc.sentence(m.span[0])
    opening = doc.text.rfind("(", sent.start, m.span[0])
    if opening < 0 or ")" in doc.text[opening : m.span[0]]:
        return False
    close = doc.text.find(")", m.span[1], sent.end)
    inside = between(doc.facts.times, opening, close if close >= 0 else sent.end)
    local = between(doc.facts.times, sent.start, opening)
    return any(t.extra.get("tz") == "UTC" for t in inside) and any(t.extra.get("tz") != "UTC" for t in local)


@per_mention
def in_dateline(doc: Doc, m: Mention) -> bool:
    """ "TBILISI, June 22 (AP) —": a date or time in a paragraph's first clause that
    tells nothing but where and when the dispatch was written."""
    clause = doc.clause(m.span[0])
    para = doc.paragraph(m.span[0])
    if clause.start != para.start or between(doc.facts.verbs, clause.start, clause.end):
        return False
    # "CITY, May 3 (Agency) —", "MINSK, December 4. /TASS/.", "CITY (6:20 P.M.) —": a
    # place, the date or hour of filing, an agency, and nothing of the crossing (no
    # verb, aircraft or zone) in that clause
    told = between(doc.facts.mentions, clause.start, clause.end)
    if any(x.kind in ("aircraft", "zone", "verb") for x in told):
        return False
    head = doc.text[clause.start : clause.end].strip()
    place = head.split(",", 1)[0].split("(", 1)[0]
    # "Seoul, Dec. 2 (Yonhap) --": a city written in title case with its agency
    agency = _AGENCY.search(head) is not None and place.strip().istitle()
    return head.endswith(("—", "–", "-", ".", "/")) and (place.isupper() or agency)


# what parts a heading time of a live report from its entry: "07 h 42 : ...", "18:50 – ..."
# (not a clock range: "10:15-10:40")
_HEADING_MARK = LazyPattern(r"\s*[:\u2013\u2014-](?!\s*\d)")
# or the brackets around it: "[14:32] A drone ..."
_HEADING_BRACKETS = LazyPattern(r"\[\s*$"), LazyPattern(r"\s*\]")


def entry_stamp(doc: Doc, m: Mention) -> bool:
    """A time heading an entry of a live report: a bare time, set off as a heading
    (``_heading_marked``), nothing before it in its sentence but dates and a heading's
    own name ("EN DIRECT - 07 h 42 :", "14:05 –"). A time told as local ("14 March,
    11:05 local time: ...", "0135L: ...", "02 h 40 heure locale : ...") heads a log's
    entry with the time of its crossing: a stamp of posting is never so marked."""
    if not m.text[:1].isdigit() or m.extra.get("tz") == "local" or not _heading_marked(doc, m):
        return False
    sent = doc.sentence(m.span[0])
    told = between(doc.facts.mentions, sent.start, m.span[0])
    # a heading may name the report it opens ("EN DIRECT", "LIVE"): no crossing told
    return all(x.kind in ("date", "time", "number", "source") for x in told)


def stamp_of_saying(doc: Doc, m: Mention) -> bool:
    """Does the entry an entry's stamp ``m`` heads tell what someone says (a word of
    saying or denying, or a source: "11 h 20 : Selon les garde-frontières, l'appareil
    aurait pénétré ...") or a day of its own ("10 h 42 — Rappel : en septembre, des
    drones étaient entrés ...")? Then the stamp is when the entry was posted, not when
    the aircraft crossed. The entry's saying may come in a later sentence of it ("14:32
    - A drone entered Polish airspace overnight. Officials said it flew for ten
    minutes")."""
    said = between(doc.facts.mentions, m.span[1], doc.paragraph(m.span[0]).end)
    return any(x.kind in ("source", "date") or (x.kind == "cue" and x.value in ("say", "deny")) for x in said)


def _heading_marked(doc: Doc, m: Mention) -> bool:
    """Is the time ``m`` set off as a heading: a colon or a dash right after it,
    brackets around it ("[14:32] ..."), or a line of its own before the entry's text
    ("08:15\nPoland's Operational Command reports ...", "07 h 40\nLe ministère ...")?"""
    if _HEADING_MARK.match(doc.text, m.span[1]) or _own_line(doc.text, m.span):
        return True
    opened, closed = _HEADING_BRACKETS
    line = doc.text.rfind("\n", 0, m.span[0]) + 1
    return bool(opened.search(doc.text, line, m.span[0])) and bool(closed.match(doc.text, m.span[1]))


def _own_line(text: str, span: Span) -> bool:
    """Is ``span`` alone on its line (only white space around it up to the line breaks),
    with a line of text after it?"""
    line = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    if end < 0 or text[line : span[0]].strip() or text[span[1] : end].strip():
        return False
    return bool(text[end:].strip())


#: an agency in parentheses in a dateline: "(Yonhap)", "(AP)", "(Reuters)"
_AGENCY = LazyPattern(r"\(\s*[A-Z][\w.&/ -]*\)")


_SPACED_DASH = re.compile(r"\s[-–—]\s")


@per_mention
def in_titled_dateline(doc: Doc, m: Mention) -> bool:
    """ "Atene, 23 mar 2020 15:45 - (Agenzia Nova) - ...", "Roma, 16 ago. (askanews) -":
    where the language writes the dateline's city capitalised (DATELINE_STYLE
    "title"), a date or time before the paragraph's first spaced dash, after
    "City," and with nothing of the crossing (verb, aircraft, zone) before it."""
    if not doc.lexicon.classes.get("DATELINE_STYLE", {}).get("title"):
        return False
    para = doc.paragraph(m.span[0])
    dash = _SPACED_DASH.search(doc.text, para.start, para.end)
    if dash is None or m.span[1] > dash.start():
        return False
    if any(
        x.kind in ("aircraft", "zone", "verb") for x in between(doc.facts.mentions, para.start, dash.start())
    ):
        return False
    head = doc.text[para.start : dash.start()]
    comma = head.find(",")
    place = head[:comma].strip()
    # "On Tuesday, October 13 – the day of the vote – ...": a day, not a city, opens it
    if comma < 0 or between(doc.facts.dates, para.start, para.start + comma):
        return False
    return bool(place) and (place.istitle() or place.isupper())


def tally_of_period(doc: Doc, anchor: Anchor) -> bool:
    """ "A Russian plane violated Estonian airspace on Monday. Since the start of the
    year, 41 violations of Estonian airspace have been recorded", "Seit Jahresbeginn hat
    Estland 41 Luftraumverletzungen registriert": a noun of violation told in a period up
    to now (BACKGROUND_CUE key "period", or YEAR_CUE key "this": "41 violations this
    year", in its clause or before it in its sentence) and told with no rank of its own
    ("the fourth violation since ...": that crossing itself) is a tally of the period's
    crossings, not all of the day of a crossing told before it. So is a verb counted
    in its clause ("Colombian aircraft had strayed across the border three times this
    year", "ont franchi la frontière à trois reprises cette année")."""
    if anchor.verb is None:
        return False
    sent, clause = doc.sentence(anchor.span[0]), anchor.clause
    if not anchor.verb.noun and not between(doc.facts.repetitions, clause.start, clause.end):
        return False
    cues = [
        c
        for cls, key in (("BACKGROUND_CUE", "period"), ("YEAR_CUE", "this"))
        for c in doc.cues.within(cls, sent.start, sent.end)
        if c.key == key and (c.start < anchor.span[0] or clause.start <= c.start < clause.end)
    ]
    return (bool(cues) or _counted_over_month(doc, clause)) and not _noun_ranks(doc, anchor.verb)


def _counted_over_month(doc: Doc, clause: Scope) -> bool:
    """ "Iraqi airspace had been violated 22 times in May alone", "à 22 reprises le mois
    dernier": a count of times (a repetition of more than one) told in a clause whose
    only date is a whole month (precision "month", no day), or with no date the week
    before the report's (WEEK_PERIOD_CUE key "last": "four times last week", "à quatre
    reprises la semaine dernière"), counts that period's crossings, as a period up to
    now does."""
    dates = between(doc.facts.dates, clause.start, clause.end)
    weeks = [c for c in doc.cues.within("WEEK_PERIOD_CUE", clause.start, clause.end) if c.key == "last"]
    if not (dates or weeks) or any(m.extra.get("precision") != "month" for m in dates):
        return False
    return any(
        isinstance(r.value, int) and r.value > 1
        for r in between(doc.facts.repetitions, clause.start, clause.end)
    )


def told_as_background(doc: Doc, anchor: Anchor, retold: bool = False) -> bool:
    """Is the crossing told as background ("had already", "déjà", "dates back to",
    "remonte à": BACKGROUND_CUE) in its own clause, or before it in its sentence after
    the last verb (not noun) before it ("The previous incursion dates back to August,
    when two jets flew into ...")? Or told in a past period of its own (``_past_period``)?
    A period up to now (key "period": "since the start of the year") makes a tally told
    by a verb background ("Since January, 15 drones have flown over ..."), not a noun of
    violation, which ranks this crossing in the period ("the fourth violation since the
    start of the year"), nor the verb whose crossing such a ranked noun is apposed to
    ("a helicopter crossed the border on Tuesday, the fourth incursion since the start
    of the year": the period is the noun's, after it). Asked whether it tells a crossing
    again (``retold``), a word of earlier that dates a statement does not count
    (``_dates_saying``)."""
    noun = anchor.verb is not None and anchor.verb.noun
    return background_at(doc, anchor.span[0], anchor.clause, noun, retold)


def _seen_doing(doc: Doc, v: Verb, pos: int) -> bool:
    """Is ``v`` a verb of seeing whose object, an aircraft, stands right before the verb
    at ``pos`` ("saw a Russian drone fly", « avait vu un hélicoptère pénétrer »)?"""
    told = between(doc.facts.aircraft, v.span[1], pos)
    return (
        v.key == "detect"
        and len(told) == 1
        and not doc.text[v.span[1] : told[0].span[0]].strip()
        and not doc.text[told[0].span[1] : pos].strip()
    )


def background_at(doc: Doc, pos: int, clause: Scope, noun: bool = False, retold: bool = False) -> bool:
    """Is what is told at ``pos`` (in ``clause``; by a noun of violation, ``noun``) told
    as background (see ``told_as_background``)?"""

    def cues(lo: int, hi: int) -> bool:
        return any(
            not (
                _spans_period(doc, c)
                and (noun or _ranked_by_noun(doc, pos, c.start, pos) or ranked_in_series(doc, pos))
            )
            and not (noun and c.key == "before" and _counts_rank(doc, c, pos))
            and not (retold and _dates_saying(doc, c, pos))
            for c in doc.cues.within("BACKGROUND_CUE", lo, hi)
        )

    # "the first incursion since a Mi-8 entered ... in 2022": what follows a word of
    # since tells an earlier event (``since_cue``), no period of this one
    told = between(doc.facts.aircraft, pos, clause.end)
    since = [c.start for a in told if (c := since_cue(doc, a.span[0])) is not None]
    clause = Scope(clause.nth, clause.start, since[0]) if since else clause
    if cues(clause.start, clause.end):
        return True
    sent = doc.sentence(pos)
    verbs = [v for v in between(doc.facts.verbs, sent.start, pos) if not v.noun]
    if verbs and _seen_doing(doc, verbs[-1], pos):
        verbs = verbs[:-1]  # « La précédente violation avait vu un hélicoptère pénétrer »: one telling
    lo = verbs[-1].span[1] if verbs else sent.start
    if cues(lo, pos) or _when_of_period(doc, lo, pos, noun):
        return True
    # its own clause, or the words opening its sentence before any verb ("In June
    # 2019, the Guards downed a drone, saying it had entered Iranian airspace")
    first = verbs[0].span[0] if verbs else pos
    return _past_period(doc, clause.start, clause.end, pos, noun) or _past_period(
        doc, sent.start, first, pos, noun
    )


def ranked_in_series(doc: Doc, pos: int) -> bool:
    """ "C'est la troisième fois depuis janvier qu'un drone pénètre dans l'espace aérien
    roumain", "It was the third time since January that a drone had entered": a rank in
    a series (SERIES_CUE key "series") before the crossing told at ``pos`` in its
    sentence, no verb of crossing between them, ranks that crossing in the period up to
    now: the one told, not a tally of the period's."""
    sent = doc.sentence(pos)
    ranks = [c for c in doc.cues.within("SERIES_CUE", sent.start, pos) if c.key == "series"]
    return bool(ranks) and not [v for v in between(doc.facts.verbs, ranks[-1].end, pos) if not v.noun]


def _when_of_period(doc: Doc, lo: int, pos: int, noun: bool) -> bool:
    """ "Estonian airspace was last violated in June, when an Il-20 entered it", « a été
    violé en juin, lorsqu'un An-24 y est entré »: a clause of "when" (DAY_WHEN_CUE) after
    the verb before ``pos`` (from ``lo``), right after a past month or year
    (``_past_period``), tells a crossing of that period: background as the clause it
    hangs on."""
    whens = doc.cues.within("DAY_WHEN_CUE", lo, pos)
    return bool(whens) and _past_period(doc, lo, whens[-1].start, pos, noun)


def _spans_period(doc: Doc, cue: Cue) -> bool:
    """Is the word of background ``cue`` a period up to now: one of its own (key
    "period": "since the start of the year") or a word of earlier opened by a word of
    since ("since last year", "since the campaign began last year": ``since_opened``)?"""
    return cue.key == "period" or (cue.key == "before" and since_opened(doc, cue.start))


def _dates_saying(doc: Doc, cue: Cue, pos: int) -> bool:
    """ "Ранее Хельсинки заявил, что самолёты ...", "Wcześniej MON podało, że ...": a
    word of earlier (BACKGROUND_CUE key "said") followed in its sentence by a verb of
    saying before what is told at ``pos`` dates the statement, not the crossing: told
    again, it is the same one (a crossing of its own stays background: no day of the
    news)."""
    if cue.key != "said" or cue.end > pos:
        return False
    return any(doc.sentence(c.span[0]) == doc.sentence(pos) for c in doc.mention_cues("say", cue.end, pos))


# a month or year that ended this long before the reference date is not the news
_PAST_DAYS = 60


def _past_period(doc: Doc, lo: int, hi: int, at: int = -1, noun: bool = False) -> bool:
    """ "In 2019, a Russian A-50 violated ...", "In August, an Il-76 entered ..." (told
    in March of the next year), "En 2021, des hélicoptères ...": a month or a year told
    between ``lo`` and ``hi`` (a date of that precision, or four digits of a year after
    the language's word for "in", [in]) that ended well before the reference date is
    the time of an earlier crossing, told as background; so is a span from such a year
    on ("since 2022", "depuis 2022": SINCE_CUE right before the year), a tally, unless
    the crossing told at ``at`` is a noun of violation told with its rank, which ranks
    it in that span ("the first such violation since 2022": ``_ranked_by_noun``). As for
    a phrase of a period up to now, the start of such a period (``opens_period``: "since
    January", "depuis septembre") makes no tally told by a noun of violation (``noun``)
    background ("Since September, three violations ... The last one was yesterday")."""
    if doc.ref is None or hi <= lo:
        return False
    ends: list[dt.date] = []
    dates = between(doc.facts.dates, lo, hi)
    # the crossing at ``at`` ranked in a series, asked once for all the dates
    ranked = bool(dates) and (noun or (at >= 0 and ranked_in_series(doc, at)))
    for m in dates:
        precision, value = m.extra.get("precision"), str(m.value or "")
        if _ranked_since(doc, lo, m.span[0], at) or (ranked and opens_period(doc, m)):
            continue  # "the first such incident since last September": the rank's span
        if precision in ("month", "year") and _ISO_DAY.fullmatch(value):
            year, month = int(value[:4]), int(value[5:7])
            ends.append(_month_end(year, month) if precision == "month" else dt.date(year, 12, 31))
    told = years_told_in(doc, lo, hi)
    for y in YEAR.finditer(doc.text, lo, hi):
        if any(s <= y.start() < e for s, e in lengths_in(doc, lo, y.end())):
            continue  # "с 2000 метров", "od 2000 metrów": a length's digits, no year
        if not since_opened(doc, y.start()):
            continue
        if int(y.group()) in told:
            told.remove(int(y.group()))  # "since the war began in 2022": the span's start
        if not _ranked_by_noun(doc, lo, y.start(), at):
            # "more than 20 violations since 2022": a tally over the years, not the news
            ends.append(dt.date(int(y.group()), 12, 31))
    ends += [dt.date(y, 12, 31) for y in told]
    return any((doc.ref - end).days > _PAST_DAYS for end in ends)


def opens_period(doc: Doc, m: Mention) -> bool:
    """Is the date ``m`` the start of a period up to now: opened by a word of since
    ("since Sunday", "since September", "depuis septembre": SINCE_CUE), or, a month or a
    year, inside a phrase it opens ("since the war began in February 2022", "depuis le
    début de la guerre en février 2022": ``since_opened``; a day there may be the
    crossing's, "depuis" also telling where from: "depuis la Biélorussie le 5 mai"), or
    inside a phrase of such a period (BACKGROUND_CUE key "period": "since January", "da
    gennaio", "od stycznia")? It is no day of a crossing, and it dates no tally."""
    start = m.extra.get("phrase_start", m.span[0])
    if doc.cues.ending_at("SINCE_CUE", start, doc.text) is not None:
        return True
    if m.extra.get("precision") in ("month", "year") and since_opened(doc, start):
        return True
    sent = doc.sentence(m.span[0])
    return any(
        c.key == "period" and c.start <= m.span[0] and m.span[1] <= c.end
        for c in doc.cues.within("BACKGROUND_CUE", sent.start, sent.end)
    )


def _ranked_since(doc: Doc, lo: int, pos: int, at: int) -> bool:
    """Is the date told at ``pos`` opened by a word of since (SINCE_CUE) and the start
    of the span a noun of crossing told with its rank ranks the crossing at ``at`` in
    ("the first such incident since last September", "la première violation depuis
    septembre dernier")? It is no time of an earlier crossing."""
    return since_opened(doc, pos) and _ranked_by_noun(doc, lo, pos, at)


def _ranked_by_noun(doc: Doc, lo: int, pos: int, at: int) -> bool:
    """Is the last verb or noun of crossing before ``pos`` (from ``lo``) a noun told with
    its rank (RANK_CUE or ORDINAL_CUE), at or after the crossing told at ``at`` ("a
    helicopter crossed ..., the first such violation since 2023")? The span then ranks
    that crossing ("20 violations since 2022" stays a tally)."""
    told = between(doc.facts.verbs, lo, pos)[-1:]
    if not told or not told[0].noun or at > told[0].span[0]:
        return False  # "the first since 2019, when a Tu-95 flew over": the Tu-95's is past
    return bool(_noun_ranks(doc, told[0]))


def _noun_ranks(doc: Doc, noun: Verb) -> list[Cue]:
    """The ranks (RANK_CUE, ORDINAL_CUE, ``_ordinal_words``) the noun of crossing
    ``noun`` is told with in its clause: written inside its phrase ("the first
    violation") or before it with no mention between but a nationality, a word of the
    noun's phrase ("the first Russian violation ... since 2019")."""
    clause = doc.clause(noun.span[0])
    ranks = [
        c for cls in ("RANK_CUE", "ORDINAL_CUE") for c in doc.cues.within(cls, clause.start, noun.span[1])
    ]
    ranks += _ordinal_words(doc, clause.start, noun.span[0])
    return [
        c
        for c in ranks
        if c.end >= noun.span[0]
        or not [
            m
            for m in between(doc.facts.mentions, c.end, noun.span[0])
            if m.kind != "cue" and not (m.kind == "state" and m.extra.get("demonym"))
        ]
    ]


def _counts_rank(doc: Doc, cue: Cue, pos: int) -> bool:
    """ "It was already the third violation of Estonian airspace this year", "c'était
    déjà la troisième violation", "es war bereits die dritte Verletzung": a word of
    earlier (BACKGROUND_CUE key "before") written before the rank of the noun of
    crossing told at ``pos``, in its clause with no verb nor mention between ("si tratta
    già della terza violazione"), counts this crossing in a series so far; it tells no
    earlier crossing ("had already violated ... in February, the second violation")."""
    clause = doc.clause(pos)
    nouns = [v for v in between(doc.facts.verbs, clause.start, clause.end) if v.noun and v.span[1] > pos]
    if not nouns or nouns[0].span[0] > pos or cue.start < clause.start:
        return False
    return any(
        cue.end <= c.start
        and not between(doc.facts.verbs, cue.end, c.start)
        and not [m for m in between(doc.facts.mentions, cue.end, c.start) if m.kind != "cue"]
        for c in _noun_ranks(doc, nouns[0])
    )


def _ordinal_words(doc: Doc, lo: int, hi: int) -> list[Cue]:
    """The ordinals written in [lo, hi) beyond the ranks the cues list: a word of the
    language's ordinals ([n_ord]: "the twenty-third such violation", "la
    vingt-troisième violation") or digits with an ordinal suffix ("the 23rd"), each as
    a rank of its words."""
    lex = doc.lexicon
    ords, suffixes = lex.folded_forms("N_ORD"), lex.folded_forms("N_ORDSUF")
    words = words_of(doc.text[lo:hi])
    out = []
    for k, w in enumerate(words):
        glued = k + 1 < len(words) and words[k + 1].start == w.end and words[k + 1].folded in suffixes
        if w.folded in ords or (w.kind == "INT" and glued):
            end = words[k + 1].end if glued else w.end
            out.append(Cue("ORDINAL_CUE", "rank", lo + w.start, lo + end))
    return out


_ISO_DAY = LazyPattern(r"\d{4}-\d\d-\d\d")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _in_clause_or_before(doc: Doc, anchor: Anchor, items: list[Mention]) -> list[Mention]:
    """The ``items`` told in the anchor's own clause, or, when it tells none, before it
    in its sentence after the last verb before it ("The plane came back at 9:33 and
    stayed four minutes")."""
    found = between(items, anchor.clause.start, anchor.clause.end)
    if not found:
        sent = doc.sentence(anchor.span[0])
        verbs = between(doc.facts.verbs, sent.start, anchor.span[0])
        lo = verbs[-1].span[1] if verbs else sent.start
        found = between(items, lo, anchor.span[0]) or _after_relative(doc, anchor, items)
    return found


def _after_relative(doc: Doc, anchor: Anchor, items: list[Mention]) -> list[Mention]:
    """ "The last one, in which a Russian aircraft briefly entered Norwegian airspace, was
    recorded on March 3, 2024": a crossing told in a relative clause set apart by a comma
    after the noun it hangs on (RELATIVE_CUE opening the anchor's clause) takes the
    ``items`` told after that clause in its sentence, no aircraft between: they are told
    of the noun, so of the crossing (French keeps "au cours duquel ..." in its noun's
    clause, whose items are already the anchor's own)."""
    clause, sent = anchor.clause, doc.sentence(anchor.span[0])
    # the segmenter may open the clause inside the cue ("in | which ...")
    rel = [
        c
        for c in doc.cues.within("RELATIVE_CUE", sent.start, anchor.span[0])
        if c.start <= clause.start < c.end
        or (c.start >= clause.start and not doc.text[clause.start : c.start].strip())
    ][:1]
    if not rel or not doc.text[sent.start : rel[0].start].rstrip().endswith(","):
        return []
    if between(doc.facts.aircraft, clause.end, sent.end):
        return []
    return between(items, clause.end, sent.end)


def _cancel(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A later denial that any violation happened cancels the crossings of its paragraph;
    so does a false alarm told after them ("It turned out to be a false alarm")."""
    denials = [(v.span, _speakers(doc, v.span[0])) for v in doc.facts.verbs if denied_noun(doc, v)]
    # "It turned out to be a false alarm": what was told did not happen
    alarms = {(c.start, c.end) for c in doc.cues.by_class.get("FALSE_ALARM_CUE", [])}
    denials += [(c, _speakers(doc, c[0])) for c in sorted(alarms)]
    denials += [(c, _speakers(doc, c[0])) for c in _denied_any(doc)]
    nones = [(v.span, _speakers(doc, v.span[0])) for v in doc.facts.verbs if none_crossed(doc, v)]
    retold = _denied_again(doc) + _stayed_out_after(doc)
    if not denials and not retold and not nones:
        return [d for d in drafts if not _stayed(doc, d)]
    keep = []
    for d in drafts:
        if _stayed(doc, d) or _kept_in(doc, d, retold):
            continue
        if all(any(a.span == s for s, _ in denials) for a in d.anchors):
            continue  # "it had not detected any airspace violation": the denied noun alone
        reach = _denial_reach(doc, d, drafts)
        if any(
            any(lo <= s[0] < hi for lo, hi in reach)
            and s[0] > _told_before_denial(doc, d, s)
            and not _contested(d, who)
            and not _other_day_denied(doc, d, s)
            and not _denied_elsewhere(doc, d, s)
            and not (s in alarms and (_alarm_of_entry(doc, d, s) or _alarm_of_another(doc, d, s)))
            for s, who in denials
        ):
            continue
        if d.aircraft is not None and any(
            _cancels(d, d.aircraft, *r)
            and _corrects_here(doc, d, r[0])
            and not _introduced_after(doc, d, r[0], r[1])
            for r in retold
        ):
            continue
        if any(_none_cancels(doc, d, s, who, reach) for s, who in nones):
            continue
        keep.append(d)
    return keep


def _introduced_after(doc: Doc, d: Draft, at: int, a: Aircraft) -> bool:
    """Is the aircraft ``a`` a denial is about introduced anew ("un avion de
    reconnaissance russe Il-20", no word of one told before) in a paragraph after the
    one that tells the crossing ``d`` last ("Un objet volant a pénétré dans l'espace
    aérien polonais ...\n\nDes F-35 ont intercepté un Il-20 russe au-dessus des eaux
    internationales. L'appareil n'est pas entré dans l'espace aérien polonais")? The
    denial is that aircraft's, not the crossing's told before it. The denied word itself
    (in the denial's sentence: "самолёт не пересекал границу", no article) is none."""
    if a.definite or a.generic or doc.sentence(a.span[0]).start == doc.sentence(at).start:
        return False
    return doc.paragraph(a.span[0]).start > doc.paragraph(d.last.span[0]).start


def _corrects_here(doc: Doc, d: Draft, at: int) -> bool:
    """Does the denial told at ``at`` reach the crossing of ``d``? One told in a
    sentence with a day or an hour (that of the crossing it corrects in that sentence,
    ``_own_day_of_denial``) corrects only a crossing told in that sentence, not one of
    another day told elsewhere. The day it is said ("The ministry said on Tuesday that
    the helicopter had not entered") is none, in a sentence that affirms no crossing
    ("On Friday, Romania first said a drone had violated its airspace, before ...": the
    crossing's day, that crossing corrected)."""
    sent = doc.sentence(at)
    affirmed = any(not v.negated for v in between(doc.facts.verbs, sent.start, sent.end))
    days = [
        m for m in between(doc.facts.dates, sent.start, sent.end) if affirmed or not _told_with_speech(doc, m)
    ]
    if not days and not between(doc.facts.times, sent.start, sent.end):
        return True
    return any(sent.start <= a.span[0] < sent.end for a in d.anchors)


def _kept_in(
    doc: Doc, d: Draft, retold: list[tuple[int, Aircraft, str, set[str | None], str | None]]
) -> bool:
    """ "Radar data later showed that the helicopter had remained over Belarusian
    territory the whole time", « l'hélicoptère était resté dans l'espace aérien
    biélorusse tout le temps »: a draft told only in the clause of a stay all along that
    retracts a crossing (``_stayed_out_after``), into the state it stayed in, is where
    the aircraft was, no crossing."""
    for at, _, _, _, kept_in in retold:
        if kept_in is not None and kept_in == d.anchor.goal_state:
            clause = doc.clause(at)
            if all(doc.clause(a.span[0]) is clause for a in d.anchors):
                return True
    return False


def _alarm_of_entry(doc: Doc, d: Draft, alarm: Span) -> bool:
    """Is the false alarm ``alarm`` told in an entry of a live report of its own, a line
    opened by its stamp ("14:05 – A drone crossed ...\n14:20 – Sirens sounded; it was a
    false alarm"), not the crossing's line? Then it is that entry's event. A paragraph
    of prose after the crossing ("The army later said it had been a false alarm", "L'armée
    a précisé qu'il s'agissait d'une fausse alerte") tells of the crossing's episode."""
    line = line_of(doc.text, alarm[0])
    if line == line_of(doc.text, d.last.span[0]):
        return False
    opening = between(doc.facts.mentions, line[0], alarm[0])
    return bool(opening) and opening[0].kind == "time" and entry_stamp(doc, opening[0])


def _alarm_of_another(doc: Doc, d: Draft, alarm: Span) -> bool:
    """Is the false alarm ``alarm`` told of another one than the crossings before, a
    word of another or of rank (ANOTHER_CUE) opening its sentence ("A third radar
    contact near X was later found to be a false alarm", "Un troisième contact radar
    ... s'est révélé être une fausse alerte")? It cancels nothing of them. Such a word
    later in the sentence is no subject of its own ("It turned out once again to be a
    false alarm", "Il s'agissait une nouvelle fois d'une fausse alerte"), but for an
    aircraft it opens ("the radar report of a second helicopter had been a false
    alarm": ``_told_as_another``)."""
    sent = doc.sentence(alarm[0])
    cues = doc.cues.within("ANOTHER_CUE", sent.start, alarm[0])
    if cues and not doc.text[sent.start : cues[0].start].strip():
        return True
    told = between(doc.facts.aircraft, sent.start, alarm[0])
    return d.aircraft is not None and any(_told_as_another(doc, t, d.aircraft) for t in told)


def _denied_any(doc: Doc) -> list[Span]:
    """ "Les garde-frontières ont démenti toute violation": a word of any crossing
    (ANY_CROSSING_CUE) right after a word of denial (a cue "deny") is a denial that any
    violation happened, as "denied any violation" is (the phrase layer reads "toute
    violation" as the word of a rule, "toute violation sera ...", no noun)."""
    out: list[Span] = []
    for cue in doc.cues.by_class.get("ANY_CROSSING_CUE", []):
        told = [
            m
            for m in between(doc.facts.mentions, doc.clause(cue.start).start, cue.start)
            if m.kind != "source"
        ]
        if told and told[-1].kind == "cue" and told[-1].value == "deny":
            if not doc.text[told[-1].span[1] : cue.start].strip():
                out.append((cue.start, cue.end))
    return out


def _denial_reach(doc: Doc, d: Draft, drafts: list[Draft]) -> list[Span]:
    """Where a later denial cancels the crossing ``d``: its paragraph, and the paragraph
    right after it when that one tells no crossing of its own (where an aircraft stayed,
    a [stay] rule, is none: "les radars avaient suivi plusieurs drones évoluant à
    proximité de la frontière, côté ukrainien"; "L'armée roumaine a
    démenti les informations selon lesquelles un drone aurait pénétré ...\n\n« Aucune
    violation de l'espace aérien national n'a été enregistrée », a déclaré un
    porte-parole": a wire's paragraph of one quote). Paragraphs of background in between
    (``_background_para``: "L'an dernier, trois MiG-31 avaient survolé l'île") are passed
    over, and do not take the denial: "L'armée a finalement reconnu qu'aucun appareil
    n'était entré" after them retracts the crossing told before them. A crossing told
    again in a later paragraph (a lead, then the details) reaches from where it is told
    last: the denial must come after it anyway."""
    para = doc.paragraph(d.last.span[0])
    if _background(doc, d) and any(o.anchor.span[0] < para.start and not _background(doc, o) for o in drafts):
        return [(para.start, para.end)]  # the background of a crossing told before it
    nxt = para
    while True:
        if nxt.end >= len(doc.text.rstrip()):
            return [(para.start, para.end)]
        after = doc.paragraph(next_start(doc.text, nxt.end))
        if after.start <= nxt.start or not _background_para(doc, after, drafts):
            break
        nxt = after
    if (
        not _bulleted(doc, para)
        and not _dated_entry(doc, after)
        and _crossing_less_next(doc, nxt, after, drafts)
        and not _another_of_its_state(doc, d, after)
        and not _labelled_other_state(doc, d, after)
    ):
        return [(para.start, para.end), (after.start, after.end)]
    return [(para.start, para.end)]


def _labelled_other_state(doc: Doc, d: Draft, para: Scope) -> bool:
    """ "Romania. A drone entered Romanian airspace ...\n\nFinland. No violations.",
    "Finlande : aucune violation.": a digest's paragraph opened by another state's name
    as its label (a full stop, a colon or a dash after it) tells of that state; its
    denial does not reach back to the crossing."""
    text = doc.text
    for s in between(doc.facts.states, para.start, para.end)[:1]:
        if s.demonym or text[para.start : s.span[0]].strip(" \t" + ITEM_MARKS):
            return False
        labelled = text[s.span[1] : s.span[1] + 3].lstrip(" \t")[:1] in (".", ":", "–", "—")
        return labelled and s.code != d.anchor.goal_state
    return False


def _another_of_its_state(doc: Doc, d: Draft, para: Scope) -> bool:
    """ "A Russian Mi-8 crossed the border near Värska.\n\nItalian F-35s intercepted a
    Russian Il-38 over the Baltic. According to NATO, there was no violation": a
    paragraph after the crossing that tells another aircraft of the same state (another
    model or kind) is about that one; its denial does not reach back to the crossing.
    So is one of another state told there but as sent up to meet another
    (``responder``): « Un NH90 néerlandais a pénétré ...\n\nLa Défense dément les rumeurs
    selon lesquelles des avions de chasse russes auraient survolé la côte. « Aucune
    violation n'a été constatée » » denies the Russian jets, not the Dutch helicopter.
    The jets sent up ("Polish F-16s were scrambled") do not stop it."""
    own = d.aircraft
    if own is None or not own.state:
        return False
    told = between(doc.facts.aircraft, para.start, para.end)
    return any(
        a.differs(own) and (a.state == own.state or (a.state is not None and not responder(doc, a)))
        for a in told
    )


def _crossing_less_next(doc: Doc, para: Scope, nxt: Scope, drafts: list[Draft]) -> bool:
    """Does the paragraph ``nxt`` after ``para`` tell no crossing of its own, as an item
    of no list nor another matter ("In a separate case, ...": APART_CUE)?"""
    stay = rules()["stay"]["rules"]  # where an aircraft stayed: no crossing of its own
    return not (
        nxt.start <= para.start
        or _bulleted(doc, para)
        or _bulleted(doc, nxt)
        or any(nxt.start <= a.span[0] < nxt.end and a.rule not in stay for o in drafts for a in o.anchors)
        or doc.cues.within("APART_CUE", nxt.start, nxt.end)  # "In a separate case, ...": another matter
    )  # "• samedi : aucun incident signalé": an item of its own


def _background_para(doc: Doc, para: Scope, drafts: list[Draft]) -> bool:
    """Does the paragraph tell crossings, all of them background (``_background``)?"""
    told = [o for o in drafts if para.start <= o.anchor.span[0] < para.end]
    return bool(told) and all(_background(doc, o) for o in told)


_PAST_PRECISIONS = ("month", "year")


def _background(doc: Doc, d: Draft) -> bool:
    """Is the crossing ``d`` told as background: no day of its own in its sentence, but
    a word of earlier (BACKGROUND_CUE: "l'an dernier", "previously") or a month or year
    told as when ("En septembre 2025, trois MiG-31 ...", "two years ago")?"""
    sent = doc.sentence(d.anchor.span[0])
    if _own_days(doc, sent.start, sent.end):
        return False
    if doc.cues.within("BACKGROUND_CUE", sent.start, sent.end):
        return True
    return any(
        m.value is not None and m.extra.get("precision") in _PAST_PRECISIONS and not _told_with_speech(doc, m)
        for m in between(doc.facts.dates, sent.start, sent.end)
    )


_ITEM_MARKS_SET = frozenset(ITEM_MARKS)


def _dated_entry(doc: Doc, para: Scope) -> bool:
    """Does the paragraph open with a day of its own and a colon or a dash, an entry of
    a log or digest ("Thursday 5 March: no violations reported", "13/02 : aucune
    violation ...")? Its denial is that day's, not the entry's before."""
    first = between(doc.facts.dates, para.start, para.end)[:1]
    return bool(first) and entry_day(
        doc.text, first[0].extra.get("phrase_start", first[0].span[0]), first[0].span[1]
    )


def _bulleted(doc: Doc, para: Scope) -> bool:
    """Does the paragraph open with a mark of a list item (a bullet or a dash)?"""
    return doc.text[para.start : para.end].lstrip()[:1] in _ITEM_MARKS_SET


def _told_before_denial(doc: Doc, d: Draft, denial: Span) -> int:
    """Where the crossing ``d`` tells last ends, leaving out where the aircraft stayed
    (a [stay] rule) told after the denial in its paragraph: "aucune violation de l'espace
    aérien n'avait eu lieu : l'appareil était resté au-dessus du territoire ukrainien",
    "'No violation was recorded.' Radar had tracked drones over Belarus" tell what
    happened instead, no crossing told after the denial."""
    stay = rules()["stay"]["rules"]
    para = doc.paragraph(denial[0])
    told = [a for a in d.anchors if not (a.rule in stay and denial[1] <= a.span[0] < para.end)]
    return told[-1].span[1] if told else d.last.span[1]


def _denied_elsewhere(doc: Doc, d: Draft, denial: Span) -> bool:
    """ "Eleven Russian drones entered Moldovan airspace in July. No incident was
    reported in Romania", "Aucun incident n'a été signalé en Roumanie": a denial whose
    clause names only another state than the one ``d`` crossed into (a state, its zone
    or a place of it) denies a crossing there, not this one. A goal told by reference
    ("In Latvia, a drone crossed into the country's airspace", "overflew the capital")
    is of the one state named in its sentence up to its clause's end (no demonym: that
    is the aircraft's; no direction of entry: "entré dans l'espace aérien du pays depuis
    la Biélorussie", FROM_CUE right before it); without one, of the one state whose
    authority speaks in its sentence ("a indiqué l'armée polonaise")."""
    goal = d.anchor.goal_state
    if goal is None:
        goal = _goal_by_reference(doc, d)
    if goal is None:
        return False
    clause = doc.clause(denial[0])
    lo = _fronted_before(doc, clause)
    named = {st.code for st in between(doc.facts.states, lo, clause.end) if not _border_neighbour(doc, st)}
    named |= {str(z.state) for z in between(doc.facts.zones, lo, clause.end) if z.state}
    named |= {str(p.state) for p in between(doc.facts.places, lo, clause.end) if p.state}
    return bool(named) and goal not in named


def _goal_by_reference(doc: Doc, d: Draft) -> str | None:
    """The state a crossing told by reference ("the country's airspace") went into, for
    ``_denied_elsewhere``: the one state named in its sentence up to its clause's end,
    not as a nationality nor as a direction of entry; else the one state of the
    authorities speaking in the sentence; None when neither is one."""
    sent = doc.sentence(d.anchor.span[0])
    hi = doc.clause(d.anchor.span[0]).end
    states = between(doc.facts.states, sent.start, sent.end)
    told = {
        st.code
        for st in states
        if st.span[0] < hi
        and not st.demonym
        and doc.cues.leading_into("FROM_CUE", st.span[0], doc.text) is None
    }
    if not told:
        told = {str(src.state) for src in between(doc.facts.sources, sent.start, sent.end) if src.state}
    return told.pop() if len(told) == 1 else None


def _fronted_before(doc: Doc, clause: Scope) -> int:
    """Where ``clause`` begins with the phrase of no verb set off by a comma before it
    in its sentence ("...; in Chad, no violations were recorded": "in Chad")."""
    if clause.nth == 0:
        return clause.start
    prev = doc.seg.clauses.scopes[clause.nth - 1]
    if not doc.seg.same_sentence(prev.start, clause.start) or between(doc.facts.verbs, prev.start, prev.end):
        return clause.start
    return prev.start


def _own_days(doc: Doc, lo: int, hi: int) -> set[object]:
    """The days told in [lo, hi) as when something happened, not when it was said."""
    return {
        m.value
        for m in between(doc.facts.dates, lo, hi)
        if m.value is not None and m.extra.get("precision") == "day" and not _told_with_speech(doc, m)
    }


def _other_day_denied(doc: Doc, d: Draft, denial: Span) -> bool:
    """ "Lundi 1er juillet, deux drones turcs ont violé l'espace aérien grec ... Aucune
    violation n'a été enregistrée mardi", "No violation was recorded on Tuesday": a
    denial told with a day of its own (in its clause, not the day it was said) denies
    that day only, not a crossing told with other days in its sentences."""
    clause = doc.clause(denial[0])
    denied = _denial_days(doc, d, denial)
    told: set[object] = set()
    for a in d.anchors:
        sent = doc.sentence(a.span[0])
        told |= _own_days(doc, sent.start, sent.end)
    if not denied:
        # "A Russian jet entered on Monday. Finland had logged no violations in
        # October": a month of its own that holds none of the crossing's days
        months = _own_months(doc, clause.start, clause.end)
        if not months and told and _last_week_of(doc, denial):
            # "On 14 March, a drone flew 3 km into Romanian airspace. // An alert in
            # Galati last week had been caused by a flock of birds": another week's
            return not told & _last_week_of(doc, denial)
        return bool(months and told) and not any(str(day)[:7] in months for day in told)
    return bool(told) and not told & denied


def _denial_days(doc: Doc, d: Draft, denial: Span) -> set[object]:
    """The days a denial is told of: those of its clause; else, where its sentence tells
    another aircraft, those of its sentence ("W nocy z wtorku na środę poderwano
    myśliwce; do naruszenia nie doszło": the night of the jets sent up); else, in a
    paragraph after the crossing's that tells another aircraft, those its paragraph
    tells before it ("On 8 July a US drone was spotted over the Black Sea. No violation
    took place": the day of the paragraph's own event); else, in such a paragraph, the
    days its sentence tells before the denial; else, in such a paragraph telling an
    aircraft before the denial's sentence, the days told there."""
    clause = doc.clause(denial[0])
    denied = _own_days(doc, clause.start, clause.end)
    sent = doc.sentence(denial[0])
    if not denied and _other_aircraft_told(doc, d, sent.start, denial[0]):
        denied = _own_days(doc, sent.start, sent.end)
    para = doc.paragraph(denial[0])
    if not denied and para.start > d.last.span[0] and _other_aircraft_told(doc, d, para.start, denial[0]):
        denied = _own_days(doc, para.start, denial[0])
    if not denied and para.start > d.last.span[0]:
        # "Border guards held exercises on Sunday; no violations were recorded": the day
        # of the event its sentence tells before it, in a paragraph after the crossing's
        denied = _own_days(doc, sent.start, denial[0])
    if not denied and para.start > d.last.span[0] and between(doc.facts.aircraft, para.start, sent.start):
        # "On 22 September, fragments of a drone were found near X. No violation was
        # detected on that date": the day of the paragraph's own aircraft, told before
        # the denial's sentence (an aircraft of the same kind, found, not the crossing's)
        denied = _own_days(doc, para.start, sent.start)
    return denied


def _other_aircraft_told(doc: Doc, d: Draft, lo: int, hi: int) -> bool:
    """Is an aircraft other than the crossing's told in [lo, hi), not one that refers back
    ("the plane had stayed outside": the crossing's own, its correction)? Aircraft that
    rise to meet another (``responder``) are others, even told by a word of any kind ("A
    drone entered Polish airspace on Monday ... Aircraft were scrambled on Saturday as
    Russia struck Ukraine, but no violation was recorded")."""
    own = d.aircraft
    return any(
        not a.definite and (own is None or a.differs(own) or responder(doc, a))
        for a in between(doc.facts.aircraft, lo, hi)
    )


def _last_week_of(doc: Doc, denial: Span) -> set[object]:
    """The days of the week before the report's (Monday to Sunday, as "YYYY-MM-DD"), when
    the denial's sentence tells it as its time (WEEK_PERIOD_CUE key "last": "last week",
    « la semaine dernière »); else none."""
    sent = doc.sentence(denial[0])
    if doc.ref is None or not any(
        c.key == "last" for c in doc.cues.within("WEEK_PERIOD_CUE", sent.start, sent.end)
    ):
        return set()
    monday = doc.ref - dt.timedelta(days=doc.ref.weekday() + 7)
    return {(monday + dt.timedelta(days=k)).isoformat() for k in range(7)}


def _own_months(doc: Doc, lo: int, hi: int) -> set[str]:
    """The months ("YYYY-MM") told in [lo, hi) as when something happened."""
    return {
        str(m.value)[:7]
        for m in between(doc.facts.dates, lo, hi)
        if m.value is not None and m.extra.get("precision") == "month" and not _told_with_speech(doc, m)
    }


def denied_noun(doc: Doc, v: Verb) -> bool:
    """A noun of violation denied in a sentence that names no aircraft ("no violation
    took place", "aucune violation n'a été constatée", "Minsk denied any violation")."""
    if not v.noun:
        return False
    clause = doc.clause(v.span[0])
    if not (
        v.negated
        or doc.negations(clause.start, v.span[0])
        or negated_after(doc, v.span, clause.end, noun=True)
        or _seen_none(doc, v, clause)
        or counted_zero(doc, v)
    ):
        return False
    sent = doc.sentence(v.span[0])
    # the sentence names no aircraft, or none since the speaker of the denial ("reports
    # claimed a drone had crossed, but the command said it had detected no incursion")
    speakers = between(doc.facts.sources, sent.start, v.span[0])[-1:]
    lo = (
        speakers[0].span[0] if speakers and doc.clause(speakers[0].span[0]).start > sent.start else sent.start
    )
    lo = max(lo, _denier_clause(doc, v, sent))
    # an aircraft told after a colon closing the noun's clause is where it stayed
    # instead ("aucune violation n'a eu lieu : l'appareil est resté au-dessus de X")
    hi = clause.end if doc.text[clause.start : clause.end].rstrip().endswith(":") else sent.end
    told = [a for a in between(doc.facts.aircraft, lo, hi) if not _kept_out(doc, a)]
    return not told and not _not_a_denial(doc, v.span)


def _kept_out(doc: Doc, a: Aircraft) -> bool:
    """ "It corrected itself: the plane had stayed just outside Estonian airspace and
    there had been no violation", "die Maschine sei knapp außerhalb des Luftraums
    geblieben": an aircraft told again (definite) with a word of being out of the zone
    after it in its clause (EXIT_CUE) is where it stayed, no crossing claimed beside the
    denial; so is one told again with the zone of its own state after it in its clause
    ("the helicopter stayed on the Russian side of the border and no violation took
    place", "l'hélicoptère est resté du côté russe de la frontière"); so is one told
    again with a word of having stayed (KEPT_OUT_CUE key "stay") over a state's land
    or zone after it ("the drone had stayed over Ukrainian territory and no violation
    had occurred", « l'engin était resté au-dessus du territoire ukrainien »)."""
    clause = doc.clause(a.span[0])
    if not told_as_known(doc, a):
        return False
    if doc.cues.within("EXIT_CUE", a.span[1], clause.end):
        return True
    stays = [c for c in doc.cues.within("KEPT_OUT_CUE", a.span[1], clause.end) if c.key == "stay"]
    if stays and any(z.state for z in between(doc.facts.zones, stays[0].start, clause.end)):
        return True
    own = antecedent(doc, a).state
    return own is not None and any(z.state == own for z in between(doc.facts.zones, a.span[1], clause.end))


def none_crossed(doc: Doc, v: Verb) -> bool:
    """ "The general staff said no aircraft had entered Greek airspace", "aucun drone
    n'a pénétré dans l'espace aérien moldave": a crossing verb of a zone whose subject
    is an aircraft noun with no model or count, a negation right before it: a denial
    that any crossing took place, as "no violation took place" is (``denied_noun``).
    "No other aircraft" is no denial (OTHERS_CUE, ``_not_a_denial``)."""
    if v.noun or v.hypothetical:
        return False
    clause = doc.clause(v.span[0])
    told = between(doc.facts.aircraft, clause.start, v.span[0])
    if len(told) != 1 or told[0].model or told[0].counted or told[0].definite:
        return False
    a = told[0]
    if not denied_aircraft(doc, a):
        return False
    if not between(doc.facts.zones, v.span[1], clause.end):
        return False
    sent = doc.sentence(v.span[0])
    return not between(doc.facts.aircraft, a.span[1], sent.end) and not _not_a_denial(doc, a.span)


def denied_aircraft(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told under a negation right before it ("no aircraft", "aucun appareil
    russe", "ни один самолёт"): none of its kind, no aircraft of the report?"""
    negs = doc.negations(doc.clause(a.span[0]).start, a.span[0])
    return bool(negs) and not doc.text[negs[-1].span[1] : a.span[0]].strip()


def _none_cancels(doc: Doc, d: Draft, denial: Span, speakers: set[str | None], reach: list[Span]) -> bool:
    """Does "no aircraft entered X" at ``denial`` cancel ``d``? Told later where a
    denial of ``d`` reaches (``reach``, ``_denial_reach``), of the same zone (no ADIZ
    entry is cancelled by a word on the territorial airspace), not of another day or
    state, nor set apart as another matter
    ("Separately, ..."); "no Armenian drone flew over" denies one side's crossing: only
    the state crossed into, saying so, cancels it."""
    if not (any(lo <= denial[0] < hi for lo, hi in reach) and denial[0] > d.last.span[1]):
        return False
    clause = doc.clause(denial[0])
    zones = between(doc.facts.zones, denial[1], clause.end)
    if not zones or zones[0].kind != d.anchor.zone:
        return False
    if doc.cues.within("APART_CUE", doc.sentence(denial[0]).start, denial[0]):
        return False
    told = between(doc.facts.aircraft, clause.start, denial[0])
    if told and told[-1].state and d.anchor.goal_state not in speakers:
        return False
    if told and d.aircraft is not None and _other_kind(doc, told[-1], d.aircraft):
        return False  # "aucun missile n'avait pénétré" after a drone's crossing
    return not (
        _contested(d, speakers) or _other_day_denied(doc, d, denial) or _denied_elsewhere(doc, d, denial)
    )


def _other_kind(doc: Doc, denied: Aircraft, mine: Aircraft) -> bool:
    """Is ``denied`` ("no missile", "aucun hélicoptère") of a kind named, another than
    that of ``mine``? Both name a kind (neither a general word, "no aircraft", "aucun
    appareil", nor one of no kind, KINDLESS_CUE "object", "engin") and their categories
    differ: "no missile entered Moldovan airspace that night" denies missiles only, not
    the drone told to have crossed."""

    def named(a: Aircraft) -> bool:
        return not a.generic and not doc.cues.within("KINDLESS_CUE", a.span[0], a.span[1])

    return named(denied) and named(mine) and denied.category != mine.category


def _denier_clause(doc: Doc, v: Verb, sent: Scope) -> int:
    """ "Un avion turc a traversé l'espace aérien grec lundi, mais Athènes n'y voit aucune
    violation", "..., a précisé Athènes, qui n'y voit aucune violation": a state named as
    an actor (not a demonym) before the denied noun, in its clause or the one before: the
    denial is told from that state on (from where the sentence begins, else). A state
    named after the negations told before the noun in its sentence denies nothing
    ("Moldova has no fighter jets and relies on Romania to track intrusions": the
    negation is of what Moldova has, told before Romania)."""
    clause = doc.clause(v.span[0])
    negs = doc.negations(sent.start, v.span[0])
    hi = negs[-1].span[0] if negs else v.span[0]
    states = [
        st
        for st in between(doc.facts.states, sent.start, hi)
        if not st.demonym and not _border_neighbour(doc, st)
    ]
    if not states or doc.clause(states[-1].span[0]).nth < clause.nth - 1:
        return sent.start
    return states[-1].span[0]


def _border_neighbour(doc: Doc, st: StateRef) -> bool:
    """ "Two F-16s patrolled the border with Moldova without detecting any violation",
    "ont patrouillé le long de la frontière avec la Moldavie": the state right after a
    border and the word naming the neighbour it parts from (BORDER_WITH_CUE) is where
    the border runs, no actor of the sentence."""
    for z in between(doc.facts.zones, doc.clause(st.span[0]).start, st.span[0]):
        cue = doc.cues.starting_at("BORDER_WITH_CUE", z.span[1], doc.text) if z.border else None
        told = between(doc.facts.mentions, cue.end, st.span[1])[:1] if cue is not None else []
        if told and told[0].span == st.span:
            return True
    return False


def _seen_none(doc: Doc, v: Verb, clause: Scope) -> bool:
    """ "Its radars had detected no incursion", "n'avaient détecté aucune intrusion": the
    noun right after a verb of seeing that is denied (its negation closing it, rules.toml
    ``[verbs] perceiving``)."""
    before = between(doc.facts.verbs, clause.start, v.span[0])[-1:]
    if not (before and before[0].negated and before[0].key in rules()["verbs"]["perceiving"]):
        return False
    # the noun's own zone or state may stand between: "had not detected any airspace
    # violation", "detected no Polish airspace incursion"
    lo = before[0].span[1]
    for m in between(doc.facts.mentions, lo, v.span[0]):
        if m.kind not in ("zone", "state") or doc.text[lo : m.span[0]].strip():
            break
        lo = m.span[1]
    return not doc.text[lo : v.span[0]].strip()


def _stayed(doc: Doc, d: Draft) -> bool:
    """ "Les drones ont survolé le territoire ukrainien ; l'espace aérien moldave n'a pas
    été violé": a flight over a state's land or in its sky (a rule of ``[stay]``) told
    before, in its paragraph, a crossing verb denied of another state's zone says where
    the aircraft stayed instead of crossing; it is no crossing of that (third) state,
    unless an authority of that state tells the report. So does a noun of violation
    denied of another state's zone after it in its paragraph, over a state at war ([[war]]
    of rules.toml: an attack's path, "Des drones ont survolé le territoire ukrainien ;
    aucune violation de l'espace aérien moldave n'a été constatée"; not "A Belarusian
    helicopter flew over Lithuanian territory. No violation of Latvian airspace was
    recorded"), or before it in its sentence, of
    another state's zone or of none named
    ("aucune violation de l'espace aérien n'avait eu lieu : l'appareil était resté
    au-dessus du territoire ukrainien")."""
    stay = FLOWN_OVER
    state = d.anchor.goal_state
    if not state or any(a.rule not in stay for a in d.anchors):
        return False
    if any(src.state == state and src.authority for src in doc.facts.sources):
        return False  # the overflown state tells it: its own crossing, not a third state's
    para = doc.paragraph(d.anchor.span[0])
    violator = d.aircraft.state if d.aircraft is not None else None
    if _route_to_other(doc, d, state, violator) or _way_to_other(doc, d, state, violator):
        return True
    sent = doc.sentence(d.anchor.span[0])
    # "« No violation was recorded », a spokesman said. Radar had tracked drones over
    # Belarusian territory": a denial told before it in its paragraph, no day of its own
    lo = sent.start if _own_days(doc, sent.start, sent.end) else para.start
    for v in between(doc.facts.verbs, para.start, para.end):
        clause = doc.clause(v.span[0])
        before = v.noun and lo <= v.span[0] < d.anchor.span[0]
        if v.hypothetical or (not before and v.span[0] < d.last.span[1]):
            continue
        if v.noun and not before and not _war_side(doc, state):
            continue  # a noun after it: only over a state at war
        # "..., none of which entered Lithuanian airspace": the negation heads the clause
        if not (v.negated or doc.negations(clause.start, v.span[0]) or negated_head(doc, v.span)):
            if not (v.noun and negated_after(doc, v.span, clause.end, noun=True)):
                continue
        denied = {z.state for z in between(doc.facts.zones, clause.start, clause.end)}
        if not v.noun and _war_side(doc, state):
            # "A drone was tracked over Ukrainian territory; it did not cross into
            # Romania": over a state at war, a state named after the verb (no demonym)
            denied |= {st.code for st in between(doc.facts.states, v.span[1], clause.end) if not st.demonym}
        if before and not denied - {None}:
            return True  # "no violation of airspace took place": none of any state
        if any(s and s != state and s != violator for s in denied):
            return True
    return False


#: states at war, and since when ([[war]] of rules.toml)
def _war_side(doc: Doc, state: str) -> bool:
    """Is the state a side of a war ([[war]] of rules.toml) on the report's day (or at
    all, with no day told)?"""
    return any(state in sides for sides in wars_on(doc))


def _route_to_other(doc: Doc, d: Draft, state: str, violator: str | None) -> bool:
    """ "Radars tracked five Russian drones over Belarus, one of which entered Lithuanian
    airspace", "ont survolé la Biélorussie, dont l'un est entré dans l'espace aérien
    lituanien": a flight over a state told before a relative clause of its sentence
    (WHETHER_CUE key "relative") in which they go into another state's zone (a verb of
    [verbs] going_in) is the way they came, no crossing of the state flown over."""
    sent = doc.sentence(d.anchor.span[0])
    going = rules()["verbs"]["going_in"]
    for v in between(doc.facts.verbs, d.last.span[1], sent.end):
        if v.negated or v.hypothetical or v.noun or v.key not in going:
            continue
        clause = doc.clause(v.span[0])
        if not any(c.key == "relative" for c in doc.cues.within("WHETHER_CUE", clause.start, v.span[0])):
            continue
        went = {z.state for z in between(doc.facts.zones, clause.start, clause.end)}
        if any(s and s != state and s != violator for s in went):
            return True
    return False


def _way_to_other(doc: Doc, d: Draft, state: str, violator: str | None) -> bool:
    """ "A drone flew over Ukraine and crashed in Moldova", « un drone a survolé l'Ukraine
    puis est entré dans l'espace aérien moldave »: an aircraft of no state told, only
    flown over a side of a war ([[war]] of rules.toml), told after it in its sentence
    going into or coming down in a state of no side of that war (a verb of [verbs]
    arriving, no other aircraft told between; a state named after the verb in its
    clause, not the one of a border: "crashed near the Moldovan border") flew over the
    war's land on its way there: no crossing of the state flown over. An aircraft of a
    state is told by the war's own rules (record._strike_in_target); a flight over a
    state at peace ("a missile flew over Moldova before entering Ukrainian airspace")
    is its crossing."""
    sides = [s for s in wars_on(doc) if state in s]
    if violator is not None or not sides or d.aircraft is None:
        return False
    sent = doc.sentence(d.anchor.span[0])
    ends = rules()["verbs"]["arriving"]
    for v in between(doc.facts.verbs, d.last.span[1], sent.end):
        if v.negated or v.hypothetical or v.noun or v.key not in ends:
            continue
        if any(a.differs(d.aircraft) for a in between(doc.facts.aircraft, d.last.span[1], v.span[0])):
            return False  # another aircraft's
        clause = doc.clause(v.span[0])
        zones = between(doc.facts.zones, v.span[1], clause.end)
        borders = [z.span for z in zones if z.border]
        went = {z.state for z in zones if not z.border}
        went |= {
            st.code
            for st in between(doc.facts.states, v.span[1], clause.end)
            if not any(lo <= st.span[0] < hi for lo, hi in borders)
        }
        if any(x and not any(x in s for s in sides) for x in went):
            return True
    return False


def _denied_again(doc: Doc) -> list[tuple[int, Aircraft, str, set[str | None], str | None]]:
    """ "The plane had not violated Japanese airspace": a crossing verb denied of an
    aircraft named as one told before (definite), in a sentence with no day or hour
    of its own and not told by the aircraft's own side: (where, which aircraft, the
    zone denied). It cancels that aircraft's crossing of that zone told before,
    wherever in the report ("Kyodo reported that a Chinese plane flew over the islands
    ... The ministry said the plane had not violated Japanese airspace"); Moscow
    saying its jet did not violate Turkish airspace contests, it does not cancel
    (certainty says so), and "stayed in the FIR and did not violate the airspace"
    leaves the FIR entry."""
    found: list[tuple[int, Aircraft, str, set[str | None], str | None]] = []
    coming_down = rules()["verbs"]["coming_down"]
    for v in doc.facts.verbs:
        if v.noun or not v.negated or v.key in coming_down:
            continue
        sent = doc.sentence(v.span[0])
        told = between(doc.facts.aircraft, sent.start, v.span[0])
        if not told or not _refers_back(doc, told[-1]):
            continue
        if _own_day_of_denial(doc, sent, told[-1]):
            continue
        speakers = _speakers_carried(doc, v.span[0])
        if _denier_owns(doc, told[-1], speakers):
            continue
        clause = doc.clause(v.span[0])
        zones = between(doc.facts.zones, v.span[1], clause.end)
        # the zone told before the verb that closes the clause ("der Hubschrauber habe
        # die Grenze nicht überquert", "maszyna granicy nie przekroczyła")
        zones = zones or between(doc.facts.zones, max(told[-1].span[1], clause.start), v.span[0])
        if not zones:
            continue
        found.append((v.span[0], _generic_named(doc, told[-1]), zones[0].kind, speakers, None))
    return found


def _denier_owns(doc: Doc, a: Aircraft, speakers: set[str | None]) -> bool:
    """ "'Our aircraft never crossed the border,' a Congolese spokesman said", « notre
    appareil n'a jamais franchi la frontière », "Minsk said its helicopter had not
    crossed": an aircraft the denier speaks of as its own (a word of the speaker's
    side, OWN_CUE "speaker", whoever speaks; or "its", "son", told by one state,
    ``_speaker_owns``) is denied by its own side: that contests the crossing (certainty
    says so), it cancels nothing, even when the aircraft's state is told only later."""
    cue = doc.cues.ending_at("OWN_CUE", a.span[0], doc.text)
    return (cue is not None and cue.key == "speaker") or _speaker_owns(doc, a, speakers) is not None


def _own_day_of_denial(doc: Doc, sent: Scope, told: Aircraft) -> bool:
    """Does the sentence of a denial of ``told`` give a day or an hour of its own? Not
    one told before the denied aircraft when a crossing is affirmed before it in that
    sentence ("On Friday, Romania first said a Russian drone had violated its airspace,
    before clarifying that the drone had not entered national airspace", "Vendredi, la
    Roumanie a d'abord annoncé qu'un drone avait violé ..., avant de préciser que
    l'engin n'était pas entré ..."): that day is the crossing's the denial corrects
    (``_corrects_here``: that crossing only). The day the denial is said ("The ministry
    said on Tuesday that the helicopter had not entered") is none of its own."""
    affirmed = any(not u.negated for u in between(doc.facts.verbs, sent.start, told.span[0]))
    days = [m for m in between(doc.facts.dates, sent.start, sent.end) if not _told_with_speech(doc, m)]
    told_days = days + between(doc.facts.times, sent.start, sent.end)
    return any(not (affirmed and m.span[1] <= told.span[0]) for m in told_days)


def _generic_named(doc: Doc, a: Aircraft) -> Aircraft:
    """ "A drone crossed into Finnish airspace ... // Hornets identified two Russian
    Il-38 aircraft over international waters. The aircraft did not enter Finnish
    airspace": a general word of no model ("the aircraft", "l'appareil") told as one
    told before is the nearest aircraft named before it in its paragraph (not a
    responder): what a denial of it is about; ``a`` when none is named there. A word of
    a kind or a role with no model ("The bombers did not enter Estonian airspace" after
    "two Russian Tu-22M3 bombers flying over international waters") is the nearest one
    named before it that it may be."""
    if a.model or not a.definite and not a.generic:
        return a
    para = doc.paragraph(a.span[0])
    told = [p for p in between(doc.facts.aircraft, para.start, a.span[0]) if not responder(doc, p)]
    if not a.generic:
        told = [p for p in told if p.category == a.category and not p.differs(a)]
    return told[-1] if told else a


def _stayed_out_after(doc: Doc) -> list[tuple[int, Aircraft, str, set[str | None], str | None]]:
    """ "Radar data later showed the helicopter had remained in international airspace
    throughout", "l'appareil n'avait pas quitté l'espace aérien international": an
    aircraft named as one told before (definite), then a word of having stayed out all
    along (KEPT_OUT_CUE) and the international zone or one of the aircraft's own state
    after it in its clause, in a sentence with no day or hour of its own, retracts the
    crossing of that aircraft into an airspace told before (as a denial told again
    does, ``_denied_again``). A stay ("stay") needs the tense of before (PLUPERFECT_CUE)
    or a word of all along ("all_along") in its clause; a way out denied ("never") does
    not. Another aircraft, or a stay in the state entered, retracts nothing: the aircraft
    told is the one it refers back to ("Bamako assured the device had never left Malian
    airspace", of a Malian drone told before, retracts no Algerian plane's crossing)."""
    found: list[tuple[int, Aircraft, str, set[str | None], str | None]] = []
    for cue in doc.cues.by_class.get("KEPT_OUT_CUE", []):
        if cue.key == "all_along":
            continue
        sent, clause = doc.sentence(cue.start), doc.clause(cue.start)
        told = between(doc.facts.aircraft, clause.start, cue.start)
        if told and (not _refers_back(doc, told[-1]) or told[-1].partitive):
            continue  # "l'autre est resté au-dessus du territoire russe": another member
        told = told or _pronoun_told(doc, clause, cue.start)  # a pronoun refers back
        if not told:
            continue
        if between(doc.facts.dates, sent.start, sent.end) or between(doc.facts.times, sent.start, sent.end):
            continue
        ante = antecedent(doc, told[-1])  # "l'engin" after "un drone malien": that drone
        own = ante.state
        zones = between(doc.facts.zones, cue.end - 1, clause.end)[:1]
        along = [c for c in doc.cues.within("KEPT_OUT_CUE", clause.start, clause.end) if c.key == "all_along"]
        # "had remained over Belarusian territory the whole time": a state's zone, told
        # with a word of all along and the tense of before, retracts a crossing into
        # any other state
        kept_in = zones[0].state if zones and zones[0].state and along else None
        if kept_in and not doc.cues.within("PLUPERFECT_CUE", clause.start, cue.start):
            kept_in = None
        if not zones or not (zones[0].kind == "international" or (own and zones[0].state == own) or kept_in):
            continue
        if cue.key == "stay" and not along and not doc.cues.within("PLUPERFECT_CUE", clause.start, cue.start):
            continue
        found.append((cue.start, ante, "airspace", _speakers_carried(doc, cue.start), kept_in))
    return found


def _pronoun_told(doc: Doc, clause: Scope, at: int) -> list[Aircraft]:
    """ "Radar data later showed that it had remained over ...": a subject pronoun
    (SUBJECT_PRONOUN_CUE) before ``at`` in its clause, with no aircraft there, stands for
    the aircraft told last before it in its paragraph."""
    if not doc.cues.within("SUBJECT_PRONOUN_CUE", clause.start, at):
        return []
    para = doc.paragraph(clause.start)
    return between(doc.facts.aircraft, para.start, clause.start)[-1:]


def _refers_back(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told as one named before: with a definite article ("the plane",
    "l'appareil"), or bare where the language has no article and no count is told
    ("Maszyna nie przekroczyła granicy", "Самолёт не пересекал границу"); not one under a
    negation ("no aircraft", "żaden samolot": none of its kind, ``none_crossed``)."""
    if a.definite:
        return True
    return not a.counted and not a.plural and not denied_aircraft(doc, a)


def _speakers(doc: Doc, at: int) -> set[str | None]:
    """The states that speak in the sentence of ``at``: its sources' states and the
    states named before ``at`` as actors ("Minsk denied", "Moscow said"), not as
    adjectives, nor as the agent of another word ("Ankara, accused by Athens of
    provocations, denied any violation", « l'espace aérien revendiqué par Athènes »:
    AGENT_CUE right before the state): who accuses is not who denies."""
    sent = doc.sentence(at)
    speakers: set[str | None] = {s.state for s in between(doc.facts.sources, sent.start, sent.end)}
    speakers |= {
        st.code
        for st in between(doc.facts.states, sent.start, at)
        if not st.demonym and doc.cues.ending_at("AGENT_CUE", st.span[0], doc.text) is None
    }
    speakers |= _parties(doc, sent.start, at)
    speakers.discard(None)
    return speakers


def _parties(doc: Doc, lo: int, hi: int) -> set[str | None]:
    """ "The Belarusian side said its helicopter had not crossed the border", « la partie
    biélorusse a affirmé ... », "Strona białoruska oświadczyła ...", "Белорусская сторона
    заявила ...": a state's adjective right before or right after a word of a party
    (PARTY_CUE), in [lo, hi), speaks for that state as its capital would when a word of
    saying or denial is told next (``_speaks_next``); so does a zone phrase ending with
    that word (the phrase layer reads "the Belarusian side" as a side of the border).
    "... had stayed on the Russian side of the border" is where it stayed: no speaker."""
    text = doc.text
    out: set[str | None] = set()
    for cue in doc.cues.within("PARTY_CUE", lo, hi):
        clause = doc.clause(cue.start)
        for st in between(doc.facts.states, clause.start, min(clause.end, hi)):
            before = st.span[1] <= cue.start and not text[st.span[1] : cue.start].strip()
            after = st.span[0] >= cue.end and not text[cue.end : st.span[0]].strip()
            if (before or after) and _speaks_next(doc, max(cue.end, st.span[1])):
                out.add(st.code)
        out |= {
            z.state
            for z in between(doc.facts.zones, lo, hi)
            if z.span[1] == cue.end and z.state and _speaks_next(doc, cue.end)
        }
    return out


def _speaks_next(doc: Doc, end: int) -> bool:
    """Is the first thing told after ``end`` in its sentence a word of saying, claiming
    or denial (a cue "say", "alleged" or "deny")?"""
    told = between(doc.facts.mentions, end, doc.sentence(end).end)
    return bool(told) and told[0].kind == "cue" and told[0].value in ("say", "deny", "alleged")


def _speakers_carried(doc: Doc, at: int) -> set[str | None]:
    """The speakers of the sentence of ``at`` (``_speakers``); with none there, those of
    the sentence right before it in its paragraph, whose statement it goes on telling
    ("Bamako a aussitôt démenti. Dans un communiqué, le gouvernement affirme que le drone
    n'a jamais quitté l'espace aérien malien": Bamako says so)."""
    speakers = _speakers(doc, at)
    sent, para = doc.sentence(at), doc.paragraph(at)
    if speakers or sent.start <= para.start:
        return speakers
    before = doc.sentence(sent.start - 1)
    if before.start < para.start or before == sent:
        return speakers
    return _speakers(doc, before.end - 1)


def _contested(d: Draft, speakers: set[str | None]) -> bool:
    """A denial told by another side than the violated state ("Minsk denied any
    violation", after Polish airspace was violated): the accused contests the crossing,
    it does not cancel it (certainty says so)."""
    if not speakers:
        return False
    goal = d.anchor.goal_state
    if goal is not None:
        return goal not in speakers
    return d.aircraft is not None and d.aircraft.state in speakers


def _not_a_denial(doc: Doc, noun: Span) -> bool:
    """A negated noun of violation that denies nothing told before: "Moscow has not
    commented on the incident" (the negation is the silence's, NO_COMMENT_CUE), "we will
    not tolerate these incursions" (the acceptance is denied: ``_stance_denied``), "the
    flight was not related to the incident" (the link is denied: ``_link_denied``), "there
    were no other violations", "aucune autre violation" (others than those told:
    OTHERS_CUE right before the noun, or in it), "neither incident was repeated",
    "l'incident ne s'est pas reproduit" (a later one: RECUR_CUE after the noun), "none
    of the incursions caused damage", "aucune des intrusions n'a fait de victimes" (the
    harm done is denied, not the crossings: RECUR_CUE key "harm"), "it was not the first
    such incident", "ce n'est pas un incident isolé" (its rank in a series:
    SERIES_RANK_CUE right before the noun, or right after it)."""
    clause = doc.clause(noun[0])
    if doc.cues.within("NO_COMMENT_CUE", clause.start, noun[0]) or _link_denied(doc, noun, clause):
        return True
    if _stance_denied(doc, noun, clause):
        return True
    # the rank before the noun, or inside its phrase ("the first violation": "first" is
    # a word of the verb's phrase)
    ranks = [doc.cues.ending_at("SERIES_RANK_CUE", noun[0], doc.text)]
    ranks += doc.cues.within("SERIES_RANK_CUE", noun[0], noun[1])
    if any(r is not None and r.key == "before" for r in ranks) or _ranked_after(doc, noun):
        return True  # "not the first such incident": one of a series, not denied
    if _another_event_denied(doc, noun):
        return True  # "no shooting incident", "aucun incident de tir": another event
    if doc.cues.within("RECUR_CUE", noun[1], clause.end):
        return True  # "neither incident was repeated", "none caused damage" (RECUR_CUE)
    if _what_would_follow(doc, noun, clause):
        return True
    return doc.cues.ending_at("OTHERS_CUE", noun[0], doc.text) is not None or bool(
        doc.cues.within("OTHERS_CUE", noun[0], noun[1])
    )


def _link_denied(doc: Doc, noun: Span, clause: Scope) -> bool:
    """ "Helsinki said the exercise was not related to the incident", "ce survol était
    sans lien avec l'incident", "n'a rien à voir avec la violation": a word of a link
    (UNRELATED_CUE) after the last negation before a noun of violation in its clause is
    what the negation denies, the link to the crossing, not the crossing."""
    negs = doc.negations(clause.start, noun[0])[-1:]
    return bool(negs) and bool(doc.cues.within("UNRELATED_CUE", negs[0].span[1], noun[0]))


def _stance_denied(doc: Doc, noun: Span, clause: Scope) -> bool:
    """ "We will not tolerate these incursions", "Warsaw will never accept such
    violations", « nous ne tolérerons pas ces incursions »: a verb of bearing or accepting
    (TOLERATE_CUE) after the clause's first negation before a noun of violation is what
    the negation denies, the acceptance of the crossings, not the crossings (the French
    verb stands between "ne" and "pas", hence the first negation, not the last)."""
    negs = doc.negations(clause.start, noun[0])[:1]
    return bool(negs) and bool(doc.cues.within("TOLERATE_CUE", negs[0].span[1], noun[0]))


def _what_would_follow(doc: Doc, noun: Span, clause: Scope) -> bool:
    """ "Bucharest warned that any violation would be punished", "no incursion will be
    tolerated", "aucune violation ne sera tolérée": a noun of violation read as negated
    with a word of doubt (a cue "hypo") or of what will be (FUTURE_CUE) after it in its
    clause tells what would follow any crossing to come, no denial of one told."""
    if doc.mention_cues("hypo", noun[1], clause.end):
        return True
    return bool(doc.cues.within("FUTURE_CUE", noun[1], clause.end))


def _another_event_denied(doc: Doc, noun: Span) -> bool:
    """ "No shooting incident was reported", "aucun incident de tir n'a été signalé": a
    word of another kind of event right before the noun (OTHER_KIND_CUE key "before") or
    right after it (key "after") names what the negation denies, not a crossing."""
    before = doc.cues.ending_at("OTHER_KIND_CUE", noun[0], doc.text)
    after = doc.cues.starting_at("OTHER_KIND_CUE", noun[1], doc.text)
    return (before is not None and before.key == "before") or (after is not None and after.key == "after")


def _ranked_after(doc: Doc, noun: Span) -> bool:
    """Is the noun followed by a word of its rank in a series ("un incident isolé")?"""
    rank = doc.cues.starting_at("SERIES_RANK_CUE", noun[1], doc.text)
    return rank is not None and rank.key == "after"


def _cancels(
    d: Draft, mine: Aircraft, at: int, a: Aircraft, zone: str, speakers: set[str | None], kept_in: str | None
) -> bool:
    """Does the denial of ``a`` at ``at`` cancel draft ``d`` (its aircraft ``mine``)? A
    stay all along in a state (``kept_in``) cancels no crossing into that state, nor a
    denial of aircraft of another role ("the bombers" for a fighter's crossing)."""
    if at <= d.last.span[1] or zone != d.anchor.zone or a.differs(mine):
        return False
    if a.role and mine.role and a.role != mine.role:
        return False
    if kept_in is not None and d.anchor.goal_state == kept_in:
        return False
    if a.state and mine.state and a.state != mine.state:
        return False
    return (a.state or mine.state) not in speakers  # its own side denying contests it


# ------------------------------------------------------------------ splits
def split(doc: Doc, d: Draft, region: Scope) -> list[Draft]:
    """One record per item of an enumeration told in the episode ``region`` (listed
    aircraft of several kinds split by their listed days only: "drones and
    helicopters flew in on Sunday, Tuesday and Thursday" are six crossings)."""
    kinds = _kinds_listed_later(doc, d, region)
    if kinds:
        twins = [
            dataclasses.replace(d, anchors=list(d.anchors), aircraft=a, group_size=len(kinds)) for a in kinds
        ]
        for t in twins:
            t.siblings = twins
        return [piece for t in twins for piece in split(doc, t, region)]
    by_noun = _part_by_noun(doc, d)
    told = by_noun[2] if by_noun is not None else _part_by_aircraft(doc, d)
    if told is not None:  # "23 times, including two overflights of X at 1,500 feet": one record
        return [dataclasses.replace(d, anchors=list(d.anchors), other_part=told)]
    noun_part = _part_by_day(doc, d)
    if noun_part is not None:  # "four times, most recently on 9 November near Galați"
        part, rest, told = noun_part
        return [
            dataclasses.replace(
                d, anchors=list(d.anchors), pick=part, pick_index=0, pick_total=2, own_part=told
            ),
            dataclasses.replace(
                d, anchors=list(d.anchors), pick=rest, pick_index=1, pick_total=2, other_part=told
            ),
        ]
    by_kind = _times_by_kind(doc, d)
    if by_kind:
        return _kind_pieces(doc, d, by_kind)
    by_state = _times_by_state(doc, d)
    if by_state:
        return _state_pieces(doc, d, by_state)
    parts = _counts_by_day(doc, d)  # an aircraft and its own item each
    if parts:
        return _pieces(d, [m for _, m in parts], [a for a, _ in parts])
    if d.group_size > 1:
        paired = _paired_item(doc, d)
        if paired is not None:  # "a Mi-8 and a Mi-24 ..., at 10:05 and 11:20 respectively"
            i, m = paired
            return [
                dataclasses.replace(d, anchors=list(d.anchors), pick=m, pick_index=i, pick_total=d.group_size)
            ]
        days = _day_run(doc, d)
        return _pieces(d, days) if len(days) >= 2 else [d]

    def own(found: list[Mention]) -> list[Mention]:
        mine = d.aircraft
        return found if mine is None else [m for m in found if not told_of_other(doc, d.anchors, mine, m)]

    lo, hi = region.start, region.end
    depths = [m for m in between(doc.facts.distances, lo, hi) if is_depth(doc, m)]
    times = [m for m in between(doc.facts.times, lo, hi) if _crossing_time(doc, m)]
    stays = between(doc.facts.durations, lo, hi)
    ranked: list[list[Mention]] = []
    # the record's own stays and times, each sorted out once (none of the runs below
    # changes the lists it is given)
    own_stays, own_times = own(stays), own(times)
    for run in (
        _run(doc, _with_each_own(doc, depths, own(depths))),
        _run(doc, _with_each_own(doc, stays, own_stays)),
        _run(doc, _with_each_own(doc, times, own_times)),
        _day_run(doc, d),
        _ranked_run(doc, d, region, own_times, ranked),
        # "Le premier y est resté quatre minutes, le second environ une minute"
        _ranked_run(doc, d, region, own_stays, ranked),
        # "Le premier a été repéré vers 21 h 40 ... Le second s'est écrasé vers 3 h 50"
        _ranked_run(doc, d, region, own(_with_fall_times(doc, d, region, times)), ranked),
    ):
        if len(run) >= 2:
            ac = _one_each(doc, d.aircraft, run, any(run is r for r in ranked))
            return _pieces(d, run, _agents_of_ranks(doc, d, run) or _counted_items(doc, ac, run))
    members = _members_by_rank(doc, d, region)
    if members and d.aircraft is not None:
        one = dataclasses.replace(d.aircraft, count=1, plural=False)
        return _pieces(d, members, [one] * len(members))
    return _first_and_rest(doc, d, region) or [d]


def _first_and_rest(doc: Doc, d: Draft, region: Scope) -> list[Draft]:
    """ "Four drones crossed the line on Tuesday. The first crossed at 10:25 near X.
    Three others crossed near Y an hour later", "Quatre drones ... Le premier ... Les
    trois autres ont franchi ...": a counted group whose first member is told in a
    sentence of the episode opened by the rank 1 (RANK_CUE) with a verb, and the rest of the
    group in a later sentence of that paragraph opened by their count (REST_CUE, the
    first plus them making the group), is two records: the first of one aircraft, the
    rest of as many. The first part may be a count of the group too ("Three of them
    crossed near X at 01:50", « Deux d'entre eux ont franchi ... »: a partitive opening
    its sentence), and the rest told in that sentence after "and" or a comma ("... and
    the other two came in at 02:25", « et les deux autres ... »). The rest told past the
    episode (``region``) is a crossing of its own; here only the first is left. []
    otherwise."""
    a = d.aircraft
    if a is None or a.count is None or a.count < 2 or d.group_size > 1 or d.pick is not None:
        return []
    sent = doc.sentence(d.anchor.span[0])
    first = _first_part(doc, sent.end, region.end)
    if first is None or doc.paragraph(first[1].start).nth - doc.paragraph(sent.start).nth > 1:
        return []
    k, cue = first
    told = doc.sentence(cue.start)
    rest = _rest_after(doc, cue.end, told.end)
    if (told.end > region.end and rest is None) or not any(
        not v.noun for v in between(doc.facts.verbs, cue.start, told.end)
    ):
        return []
    rest = rest or _rest_opening(doc, told.end, doc.paragraph(cue.start).end)
    if (
        rest is not None
        and cue.cls == "PART"
        and not any(cue.end <= x.span[0] < min(rest.start, told.end) for x in d.anchors)
    ):
        return []  # "L'un a été abattu ..., l'autre s'est écrasé ...": no part told crossing
    if rest is None or int(rest.key) + k != a.count:
        return []
    one = dataclasses.replace(a, count=k, plural=k > 1)
    if rest.start >= region.end:
        return [dataclasses.replace(d, anchors=list(d.anchors), aircraft=one)]
    others = dataclasses.replace(a, count=int(rest.key), plural=int(rest.key) > 1)
    picks = [Mention("cue", doc.text[c.start : c.end], (c.start, c.end), c.key) for c in (cue, rest)]
    return _pieces(d, picks, [one, others])


def _first_part(doc: Doc, lo: int, hi: int) -> tuple[int, Cue] | None:
    """The first part of a group told in [lo, hi), opening its sentence: the rank 1
    (RANK_CUE, not of a noun of crossing), one aircraft; or a partitive count ("Three
    of them", « Deux d'entre eux »), as many, as a cue of that key."""
    rank = doc.cues.within("RANK_CUE", lo, hi)[:1]
    parts = [
        x
        for x in between(doc.facts.aircraft, lo, hi)
        if x.partitive and x.count and not doc.text[doc.sentence(x.span[0]).start : x.span[0]].strip()
    ][:1]
    if parts and (not rank or parts[0].span[0] < rank[0].start):
        return parts[0].count or 0, Cue("PART", str(parts[0].count), parts[0].span[0], parts[0].span[1])
    if not rank or rank[0].key != "1" or _before_noun_of_crossing(doc, rank[0].end):
        return None
    if doc.text[doc.sentence(rank[0].start).start : rank[0].start].strip():
        return None
    return 1, rank[0]


def _rest_after(doc: Doc, lo: int, hi: int) -> Cue | None:
    """The rest of a group (REST_CUE) told in [lo, hi) right after "and" (COORD_CUE) or a
    comma, followed by a verb before ``hi``: "Three of them crossed at 01:50 and the
    other two came in at 02:25", « ... et les deux autres sont entrés à 23 h 45 »."""
    for cue in doc.cues.within("REST_CUE", lo, hi):
        before = doc.text[lo : cue.start].rstrip()
        coord = doc.cues.ending_at("COORD_CUE", cue.start, doc.text)
        if (coord is None and not before.endswith((",", ";"))) or not any(
            not v.noun for v in between(doc.facts.verbs, cue.end, hi)
        ):
            continue
        return max(
            (c for c in doc.cues.within("REST_CUE", cue.start, hi) if c.start == cue.start),
            key=lambda c: c.end,
        )
    return None


def _rest_opening(doc: Doc, lo: int, hi: int) -> Cue | None:
    """The longest word of the rest of a group (REST_CUE) opening a sentence in [lo, hi),
    followed by a verb in that sentence ("Three others crossed near Paju")."""
    for cue in doc.cues.within("REST_CUE", lo, hi):
        sent = doc.sentence(cue.start)
        if doc.text[sent.start : cue.start].strip():
            continue
        longest = max(
            (c for c in doc.cues.within("REST_CUE", cue.start, sent.end) if c.start == cue.start),
            key=lambda c: c.end,
        )
        if any(not v.noun for v in between(doc.facts.verbs, longest.start, sent.end)):
            return longest
        return None
    return None


def _members_by_rank(doc: Doc, d: Draft, region: Scope) -> list[Mention]:
    """ "Deux drones ont pénétré dans l'espace aérien roumain mardi soir. Le premier a
    franchi la frontière à 22 h 10 au-dessus de Plauru. Le second, repéré une heure plus
    tard au-dessus de Grindu, s'est écrasé dans un champ", "Two drones ... The first
    crossed at 21:30 ... The second, detected an hour later over X, crashed in a field":
    a counted group whose members are then told one by one, each in a sentence opened by
    its rank (RANK_CUE 1, 2, ... in order, as many as the group, in the paragraph of the
    crossing or the next; not the rank of a noun of crossing; past the first, maybe a
    word of one more, "A second drone was tracked over X": ``_member_openers``, told
    with a verb of flying or being somewhere) with a verb of its own, the
    first one's telling a crossing of the group's episode, are one record per member, each
    of one aircraft: the ranks, as mentions, are their items (what is told after a rank is
    its member's, ``Ctx.ranked_other``). A member told past the episode (``region``) is
    told by a crossing of its own, not here; nor is one in it told by a verb of crossing
    that is not this episode's. [] otherwise."""
    a = d.aircraft
    if a is None or a.count is None or a.count < 2 or d.group_size > 1 or d.pick is not None:
        return []
    sent = doc.sentence(d.anchor.span[0])
    first = doc.cues.within("RANK_CUE", sent.end, region.end)[:1]
    if not first or doc.paragraph(first[0].start).nth - doc.paragraph(sent.start).nth > 1:
        return []
    ranks = _member_openers(doc, first[0].start, doc.paragraph(first[0].start).end)
    if len(ranks) != a.count:
        return []
    journey = frozenset(rules()["verbs"]["journey"])
    placed = journey | frozenset(rules()["verbs"]["placing"])
    for k, cue in enumerate(ranks):
        if cue.key != str(k + 1) and not (cue.key in ("last", "one") and k):
            return []
        told = doc.sentence(cue.start)
        if doc.text[told.start : cue.start].strip() or _before_noun_of_crossing(doc, cue.end):
            return []
        end = min(told.end, ranks[k + 1].start) if k + 1 < len(ranks) else told.end
        # the verb may run into the rank's words ("The first crossed": "first crossed")
        verbs = [v for v in between(doc.facts.verbs, cue.start, end) if not v.noun]
        own = any(cue.start <= x.span[0] < end for x in d.anchors)
        if not verbs or (k == 0 and not own):
            return []
        if k and cue.start < region.end and not own and any(v.key in journey for v in verbs):
            return []
        if cue.key == "one" and cue.start >= region.end and not any(v.key in placed for v in verbs):
            return []  # "Another drone was launched at Odesa": no member told over the state
    mine = [c for c in ranks if c.start < region.end]
    return [Mention("cue", doc.text[c.start : c.end], (c.start, c.end), c.key) for c in mine]


def _member_openers(doc: Doc, lo: int, hi: int) -> list[Cue]:
    """The words that open the members of a group told one by one in [lo, hi): their
    ranks (RANK_CUE: "The first drone ...", "The second ..."), and after the first, a
    word of one more opening its sentence (ONE_MORE_CUE key "one": "A second drone was
    tracked ...", « Un second drone ... », "Another drone ..."), a member as well."""
    more = [
        c
        for c in doc.cues.within("ONE_MORE_CUE", lo, hi)
        if c.key == "one" and c.start > lo and not doc.text[doc.sentence(c.start).start : c.start].strip()
    ]
    return sorted([*doc.cues.within("RANK_CUE", lo, hi), *more], key=lambda c: c.start)


def _agents_of_ranks(doc: Doc, d: Draft, run: list[Mention]) -> list[Aircraft | None]:
    """ "Two violations ... The first was committed at 9:12 by a Russian An-26. The
    second, at 16:45, by a Mi-8 helicopter", "La première ... par un An-26 russe. La
    seconde, à 16 h 45, par un hélicoptère Mi-8": items told by their ranks, each with
    its own agent (an aircraft told after AGENT_CUE, from its rank to the next one in
    its sentence), are crossings of those aircraft, one each; [] unless every item
    tells one."""
    ranks = doc.cues.within("RANK_CUE", d.anchor.span[1], run[-1].span[0])
    agents: list[Aircraft | None] = []
    seen: set[int] = set()
    for m in run:
        cue = next((c for c in reversed(ranks) if c.end <= m.span[0]), None)
        if cue is None or cue.start in seen:
            return []
        seen.add(cue.start)
        later = [c.start for c in doc.cues.within("RANK_CUE", cue.end, doc.sentence(cue.start).end)]
        stop = min([doc.sentence(cue.start).end, *later])
        told = [
            a
            for a in between(doc.facts.aircraft, cue.end, stop)
            # the word of agent right before it, or opening its phrase ("by a Mi-8")
            if doc.cues.ending_at("AGENT_CUE", a.span[0], doc.text) is not None
            or any(c.start == a.span[0] for c in doc.cues.within("AGENT_CUE", a.span[0], a.span[1]))
            or _apposed_to_rank(doc, cue.start, cue.end, a)
        ] or _subject_of_rank(doc, cue.end, stop)
        if not told:
            return []
        group = d.aircraft
        if told[0].state is None and group is not None and group.state:
            # "Deux avions russes ... Le second, un Su-27": a member of the group's state
            told[0] = dataclasses.replace(told[0], state=group.state)
        agents.append(told[0])
    return agents


def _apposed_to_rank(doc: Doc, start: int, end: int, a: Aircraft) -> bool:
    """ "Le second, un Su-27, ...", "The first aircraft, an An-12 transport plane, ...":
    an aircraft right after a member's rank (``start``, ``end``), set off by a comma
    or not ("le premier appareil, un An-12" is one phrase), or after the rank's own
    general noun, is that member."""
    told = between(doc.facts.aircraft, start, a.span[0])  # the rank's noun: "Le premier appareil"
    if len(told) > 1 or (told and told[0].span[0] != start and doc.text[end : told[0].span[0]].strip()):
        return False
    start = told[0].span[1] if told else end
    return doc.text[start : a.span[0]].strip() in ("", ",")


def _subject_of_rank(doc: Doc, lo: int, hi: int) -> list[Aircraft]:
    """ "In the first, a Mi-8 flew 500 metres in near Varena. In the second, a Mi-2
    hovered over Lazdijai", "Lors de la seconde, un Mi-2 ...": the aircraft told first
    after the rank, before any verb of its item, is the item's own when it names a new
    one (not "the helicopter", "one of them": those named before)."""
    told = between(doc.facts.aircraft, lo, hi)[:1]
    if not told or told[0].definite or told[0].partitive:
        return []
    if between(doc.facts.verbs, lo, told[0].span[0]):
        return []
    return told


def _pieces(d: Draft, picks: list[Mention], aircraft: list[Aircraft | None] | None = None) -> list[Draft]:
    """One record of ``d`` per listed item ``picks`` (each with its own aircraft, when
    ``aircraft`` is given)."""
    return [
        dataclasses.replace(
            d,
            anchors=list(d.anchors),
            aircraft=aircraft[i] if aircraft is not None else d.aircraft,
            pick=m,
            pick_index=i,
            pick_total=len(picks),
        )
        for i, m in enumerate(picks)
    ]


def _paired_item(doc: Doc, d: Draft) -> tuple[int, Mention] | None:
    """ "Un hélicoptère et un avion ont franchi la frontière à 10 h 05 et 11 h 20
    respectivement", "a Mi-8 and a Mi-24 went 2 and 4 km in, respectively": aircraft of
    several kinds listed together (``d`` one of them) and as many times, depths, heights,
    lengths or days listed in the clause of the crossing, paired one to one by a word of
    pairing (RESPECTIVELY_CUE) in that clause, are one item each, by their ranks: the
    rank of ``d`` in its group and its item. Not times of another clause ("...; ils sont
    repartis à 10 h 20 et 11 h 20 respectivement": when they left); but lengths of stay
    and depths told in a later clause of the same sentence, of no other aircraft, are
    the crossing's ("..., staying four and nine minutes respectively": ``_stay_scope``)."""
    rank = next((i for i, t in enumerate(d.siblings) if t is d), None)
    anchor = _anchor_of_aircraft(d)
    clause = anchor.clause
    lo, hi = clause.start, clause.end
    if rank is None or len(d.siblings) != d.group_size:
        return None
    own = bool(doc.cues.within("RESPECTIVELY_CUE", lo, hi))
    ranked = not own and _ranks_in_order(doc, anchor, d.group_size)
    if ranked:  # "..., the first at 07:20 and the second at 07:45": each after its rank
        own, hi = True, doc.sentence(anchor.span[0]).end
    top = hi if own else _stay_scope(doc, anchor)
    if top is None:
        return None
    for found in (
        [m for m in between(doc.facts.times, lo, hi) if _crossing_time(doc, m)] if own else [],
        [m for m in between(doc.facts.distances, lo, top) if is_depth(doc, m)],
        # "a 300 y 500 metros de altura respectivamente": heights, paired in the clause
        [m for m in between(doc.facts.distances, lo, hi) if is_altitude(doc, m)] if own else [],
        between(doc.facts.durations, lo, top),
        [m for m in between(doc.facts.dates, lo, hi) if m.extra.get("precision") == "day"] if own else [],
    ):
        run = found if ranked else _run(doc, found)
        if len(run) != d.group_size and not ranked:
            run = _paired_run(doc, found)
        if len(run) == d.group_size:
            return rank, run[rank]
    return None


def _ranks_in_order(doc: Doc, anchor: Anchor, size: int) -> bool:
    """ "Un Mi-17 et un Mi-35 sont entrés ..., le premier à 7 h 20, le second à 7 h 45",
    "..., the first at 07:20 and the second at 07:45": the ranks of the listed kinds
    (RANK_CUE keys 1, 2, ...) told in order after the crossing in its sentence, as many
    as the kinds, pair their items one to one as a word of pairing does."""
    sent = doc.sentence(anchor.span[0])
    ranks = [c.key for c in doc.cues.within("RANK_CUE", anchor.span[1], sent.end)]
    return size > 1 and ranks == [str(k) for k in range(1, size + 1)]


def _anchor_of_aircraft(d: Draft) -> Anchor:
    """The anchor of ``d`` whose clause names its aircraft ("Two Russian helicopters
    crossed into Norway" as a heading, then "Two Russian helicopters, a Mi-8 and a Ka-27,
    crossed ... at 09:30 and 11:45 respectively": the body's), else its first."""
    a = d.aircraft
    if a is None:
        return d.anchor
    return next((x for x in d.anchors if x.clause.start <= a.span[0] < x.clause.end), d.anchor)


def _stay_scope(doc: Doc, anchor: Anchor) -> int | None:
    """The end of the sentence of the crossing told at ``anchor`` when a later clause of
    it holds the word of pairing (RESPECTIVELY_CUE) and no aircraft is told after the
    crossing's clause up to that word ("..., staying four and nine minutes respectively",
    "..., permanecendo respetivamente quatro e nove minutos"); else None."""
    hi = anchor.clause.end
    sent = doc.sentence(anchor.span[0])
    cues = doc.cues.within("RESPECTIVELY_CUE", hi, sent.end)
    if not cues or between(doc.facts.aircraft, hi, cues[0].start):
        return None
    return sent.end


def _paired_run(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Items joined by the word of pairing itself ("um 9.12 Uhr beziehungsweise um 9.40
    Uhr"): the run from the first, each next one told after a RESPECTIVELY_CUE with no
    verb between."""
    run = found[:1]
    for m in found[1:]:
        lo, hi = run[-1].span[1], m.span[0]
        if not doc.cues.within("RESPECTIVELY_CUE", lo, hi) or between(doc.facts.verbs, lo, hi):
            break
        run.append(m)
    return run


def _counted_items(doc: Doc, ac: Aircraft | None, run: list[Mention]) -> list[Aircraft | None]:
    """ "Three drones entered Latvian airspace: one on Monday near X, and two on
    Thursday", "trois drones ... : un lundi et deux jeudi": every listed item told with
    its own count of aircraft right before it (``item_count``) is as many aircraft."""
    counts = [item_count(doc, m, "number") for m in run]
    if ac is None or any(c is None for c in counts):
        return [ac] * len(run)
    return [
        dataclasses.replace(ac, count=int(c.value), counted=True, plural=c.value > 1) if c is not None else ac
        for c in counts
    ]


def item_count(doc: Doc, m: Mention, kind: str) -> Mention | None:
    """The whole count (a mention of ``kind``: "number", "repetition") told right before
    the listed item ``m``, only white space between ("one on Monday", "twice on
    Thursday", "deux fois jeudi")."""
    before = [
        x for x in between(doc.facts.mentions, doc.clause(m.span[0]).start, m.span[0]) if x.kind != "cue"
    ]
    if not before or before[-1].kind != kind or doc.text[before[-1].span[1] : m.span[0]].strip():
        return None
    value = before[-1].value
    return before[-1] if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _times_by_kind(doc: Doc, d: Draft) -> list[tuple[Aircraft, Mention]]:
    """ "14 violations of national airspace, including six by drones and eight by fighter
    jets", "dont six par des drones et huit par des avions de chasse": a count of
    violations told with the noun, then its parts in its sentence, each a count right
    before the word of its agent (AGENT_CUE) and aircraft of no count, listed and adding
    up to it, is one record per kind, its part's count the times (``pick`` a number,
    ``measures._part_count``)."""
    verb = d.anchor.verb
    if verb is None or not verb.noun or d.group_size > 1:
        return []
    sent = doc.sentence(d.anchor.span[0])
    said = [x for x in between(doc.facts.mentions, sent.start, d.anchor.span[0]) if x.kind != "cue"]
    noun = d.anchor.span[0]
    if said and said[-1].kind == "zone" and not doc.text[said[-1].span[1] : noun].strip():
        noun = said.pop().span[0]  # "four airspace violations": the zone as the noun's first part
    before = said[-1:]
    if not before or before[0].kind != "number" or doc.text[before[0].span[1] : noun].strip():
        return []
    told_counts = (_part_count(x) for x in between(doc.facts.mentions, d.anchor.span[1], sent.end))
    parts: list[tuple[Aircraft, Mention]] = []
    for n in [x for x in told_counts if x is not None]:
        cue = doc.cues.starting_at("AGENT_CUE", n.span[1], doc.text)
        told = [a for a in between(doc.facts.aircraft, n.span[1], sent.end)][:1]
        if cue is None or not told or doc.text[cue.end : told[0].span[0]].strip():
            continue
        parts.append((told[0], n))
    told_next = not parts  # the parts told by the next sentence: its own items (``_more_parts``)
    parts = parts or _part_told_next(doc, d, sent)
    if not parts or not all(isinstance(n.value, int) for _, n in parts):
        return []
    if not told_next and not all(
        _joined(doc, p[0].span, q[1].span) for p, q in zip(parts, parts[1:], strict=False)
    ):
        return []
    state = d.aircraft.state if d.aircraft is not None else None  # "Turkish aircraft committed ..."
    out = [(dataclasses.replace(a, state=a.state or state), n) for a, n in parts]
    listed = sum(int(str(n.value)) for _, n in parts)
    if listed == before[0].value and len(parts) > 1:
        return out
    rest = _rest_of_total(doc, d, before[0], parts[0][1], listed)
    return [*out, rest] if rest is not None else []


def _part_told_next(doc: Doc, d: Draft, sent: Scope) -> list[tuple[Aircraft, Mention]]:
    """ "... 17 violations of Greek airspace. Six of them were made by two armed F-16s",
    "Quatre de ces violations ont été commises par des F-16 armés": a part of the count
    of violations told by the next sentence of its paragraph (``part_opening``), or by
    the first of the next paragraph when the count's ends its own (a wire's paragraph
    of one sentence)."""
    start = len(doc.text) - len(doc.text[sent.end :].lstrip())
    if start >= len(doc.text):
        return []
    nxt = doc.sentence(start)
    part = part_opening(doc, nxt)
    if part is None:
        return []
    state = d.aircraft.state if d.aircraft is not None else None
    return [part, *_more_parts(doc, (part[0].span[1], nxt.end), state)]


def _more_parts(doc: Doc, span: Span, state: str | None) -> list[tuple[Aircraft, Mention]]:
    """ "Twelve of them were made by two F-16s near Rhodes; the remaining eight were
    committed by a CN-235", "les huit autres l'ont été par un CN-235", "the other 12 by
    two F-16s": after a part told by the next sentence (``part_opening``), each count
    in ``span`` with its noun left out whose next word told is its own aircraft after a
    word of agent (AGENT_CUE), of no state but the whole's (``state``; not "eight were
    chased by Greek jets"), is one more part of the total, as the first is."""
    told = [x for x in between(doc.facts.mentions, *span) if x.kind != "cue"]
    out = []
    for m, nxt in zip(told, told[1:], strict=False):
        n = _part_count(m)  # "eight", or a part of no kind ("les quatre autres")
        if n is None or n.extra.get("counts") or not isinstance(n.value, int) or nxt.kind != "aircraft":
            continue
        at = nxt.span[0]
        agent = doc.cues.ending_at("AGENT_CUE", at, doc.text) or doc.cues.opening("AGENT_CUE", at)
        a = between(doc.facts.aircraft, at, nxt.span[1] + 1)[:1] if agent is not None else []
        if a and not a[0].generic and a[0].state in (None, state):
            out.append((a[0], dataclasses.replace(n, extra={"partitive": True})))
    return out


def part_opening(doc: Doc, sent: Scope) -> tuple[Aircraft, Mention] | None:
    """A sentence opening with a part of a count told before (a partitive of no kind,
    "Six of them", or a number right before the noun of violation, "Four of the
    violations") with its agent after a word of agent and no other word told between
    ("were made by two armed F-16s", "ont été commises par des F-16"): that aircraft and
    that count, read as a partitive."""
    told = [x for x in between(doc.facts.mentions, sent.start, sent.end) if x.kind != "cue"]
    if len(told) > 1 and told[0].kind == "number" and told[1].kind == "verb" and told[1].extra.get("noun"):
        told = [dataclasses.replace(told[0], span=(told[0].span[0], told[1].span[1])), *told[2:]]
    n = _part_count(told[0]) if told else None
    if n is None or len(told) < 2 or told[1].kind != "aircraft":
        return None
    if doc.text[sent.start : told[0].span[0]].strip():
        return None
    # the word of agent right before the aircraft, or opening its phrase ("by two F-16s")
    at = told[1].span[0]
    if doc.cues.ending_at("AGENT_CUE", at, doc.text) is None and doc.cues.opening("AGENT_CUE", at) is None:
        return None
    a = between(doc.facts.aircraft, at, told[1].span[1] + 1)[:1]
    return (a[0], dataclasses.replace(n, extra={"partitive": True})) if a else None


def _times_by_state(doc: Doc, d: Draft) -> list[tuple[Mention, Mention]]:
    """ "Six violations of allied airspace were logged this week, of which four over
    Lithuania and two over Poland", "huit violations d'espace aérien, dont trois en
    Estonie et deux au-dessus de la Roumanie": a count of violations told with the noun,
    its zone of no state, then in its sentence, right after a word of a part
    (INCLUDING_CUE), its parts listed, each a count right before a state (a preposition
    at most between), adding up to no more than it: one record per state, its part's
    count the times (``_state_pieces``). Returns each part's count and state."""
    verb = d.anchor.verb
    if verb is None or not verb.noun or d.group_size > 1:
        return []
    sent = doc.sentence(d.anchor.span[0])
    said = [x for x in between(doc.facts.mentions, sent.start, d.anchor.span[0]) if x.kind != "cue"]
    total = _count_before_noun(doc, said, d.anchor.span[0])
    if total is None:
        # "Violations since January: Latvia 5, Estonia 3": no total, each state's part
        rest = gapped_state_parts(doc, d.anchor.span)
        return [(n, st) for st, n in rest] if rest and colon_listed(doc, d.anchor.span, rest) else []
    cues = [c for c in doc.cues.within("INCLUDING_CUE", d.anchor.span[1], sent.end) if c.key == "part"][:1]
    if not cues and isinstance(total.value, int):
        return _gapped_parts(doc, d, said, total)
    if not cues or not isinstance(total.value, int) or d.anchor.goal_state:
        return []
    told = [x for x in between(doc.facts.mentions, cues[0].end, sent.end) if x.kind != "cue"]
    parts = [
        (n, s)
        for n, s in zip(told, told[1:], strict=False)
        if n.kind == "number"
        and isinstance(n.value, int)
        and s.kind == "state"
        and _just_before_state(doc, n, s)
    ]
    if not parts or doc.text[cues[0].end : parts[0][0].span[0]].strip(" ,:"):
        return []
    if not all(_list_glue(doc, p[1].span[1], q[0].span[0]) for p, q in zip(parts, parts[1:], strict=False)):
        return []
    return parts if sum(int(str(n.value)) for n, _ in parts) <= total.value else []


def _gapped_parts(doc: Doc, d: Draft, said: list[Mention], total: Mention) -> list[tuple[Mention, Mention]]:
    """ "Romania recorded fourteen violations of its airspace this year, Poland nine": the
    noun's count told of the state its subject (the last state told before it in its
    sentence, no preposition of over or in before it), then each state and count told
    after it with the verb and noun left out (``anchors.gapped_state_parts``)."""
    rest = gapped_state_parts(doc, d.anchor.span)
    apart = bool(rest) and doc.sentence(rest[0][1].span[0]) != doc.sentence(d.anchor.span[0])
    if rest and (apart or colon_listed(doc, d.anchor.span, rest)):
        if d.anchor.goal_state:
            return []
        # "By country: Estonia 4, Latvia 2": the parts of the count, adding up to no more
        return (
            [(n, st) for st, n in rest]
            if sum(int(str(n.value)) for _, n in rest) <= int(str(total.value))
            else []
        )
    subject = [x for x in said if x.kind == "state" and x.span[1] <= total.span[0]][-1:]
    if not rest or not subject:
        return []
    s = subject[0]
    if d.anchor.goal_state not in (None, s.value):  # "Latvia recorded 6 violations of Polish airspace, ..."
        return []
    for c in ("OVER_CUE", "INSIDE_CUE", "INTO_CUE"):
        if doc.cues.ending_at(c, s.span[0], doc.text) is not None:
            return []
    return [(total, s), *((n, st) for st, n in rest)]


def _list_glue(doc: Doc, lo: int, hi: int) -> bool:
    """Is there nothing in [lo, hi) but commas and a word of a list ("and", "et":
    LIST_CUE key "and")?"""
    rest = doc.text[lo:hi]
    for c in doc.cues.within("LIST_CUE", lo, hi):
        if c.key == "and":
            rest = rest.replace(doc.text[c.start : c.end], " ", 1)
    return not rest.strip(" ,;")


def _count_before_noun(doc: Doc, said: list[Mention], noun: int) -> Mention | None:
    """The number right before the noun of violation at ``noun`` ("six violations"), or
    right before the word of a kind of aircraft or a zone that opens it ("14 drone
    incursions", "six airspace violations"); ``said`` are the mentions told before the
    noun in its sentence."""
    if said and said[-1].kind == "zone" and not doc.text[said[-1].span[1] : noun].strip():
        noun, said = said[-1].span[0], said[:-1]  # "six airspace violations": the zone as its first part
    last = said[-1:]
    if last and last[0].kind == "aircraft" and len(said) > 1 and not doc.text[last[0].span[1] : noun].strip():
        noun, last = last[0].span[0], said[-2:-1]
    if not last or last[0].kind != "number" or doc.text[last[0].span[1] : noun].strip():
        return None
    return last[0]


def _just_before_state(doc: Doc, n: Mention, s: Mention) -> bool:
    """Is the count ``n`` told right before the state ``s``, a word of over or in between
    (OVER_CUE, INSIDE_CUE, INTO_CUE: "four over Lithuania", "trois en Estonie", "deux
    au-dessus de la Roumanie"; not "eight by Russia", its violator)?"""
    for c in ("OVER_CUE", "INSIDE_CUE", "INTO_CUE"):
        cue = doc.cues.ending_at(c, s.span[0], doc.text)
        if cue is not None and not doc.text[n.span[1] : cue.start].strip():
            return True
    return False


def _state_pieces(doc: Doc, d: Draft, parts: list[tuple[Mention, Mention]]) -> list[Draft]:
    """The records of a total told by state (``_times_by_state``): each part's own
    stretch runs from its count to the next part's; each is a tally, told as background,
    of the total's own anchor and aircraft only (no aircraft, day or time of a crossing
    told in another sentence). A crossing of another sentence by a verb, merged with
    the total ("..., of which four over Lithuania. // On 14 January, 17 balloons crossed
    near Eisiskes"), is a record of its own, with the aircraft it was told with."""
    sent = doc.sentence(d.anchor.span[0])
    own = d.aircraft if d.aircraft is not None and sent.start <= d.aircraft.span[0] < sent.end else None
    starts = [n.span[0] for n, _ in parts]
    ends = [*starts[1:], doc.sentence(starts[-1]).end]
    out = [
        dataclasses.replace(
            d,
            anchors=[d.anchor],
            aircraft=own,
            pick=n,
            pick_index=i,
            pick_total=len(parts),
            own_part=(starts[i], ends[i]),
            part_state=s,
            background=True,
        )
        for i, (n, s) in enumerate(parts)
    ]
    later = [
        a for a in d.anchors if doc.sentence(a.span[0]) != sent and not (a.verb is not None and a.verb.noun)
    ]
    if later and own is None and d.aircraft is not None:
        out.append(dataclasses.replace(d, anchors=later))
    return out


def _part_count(m: Mention) -> Mention | None:
    """The count a part of a total is told by: a number ("two by F-16s"), or a
    partitive of no kind ("three of them by F-16s", "l'une d'elles par un CN-235"),
    read as its number."""
    if m.kind == "number":
        return m
    count = m.extra.get("count")
    if (
        m.kind == "aircraft"
        and m.extra.get("partitive")
        and m.extra.get("generic")
        and isinstance(count, int)
    ):
        return dataclasses.replace(m, kind="number", value=count, extra={"partitive": True})
    return None


def _kind_pieces(doc: Doc, d: Draft, parts: list[tuple[Aircraft, Mention]]) -> list[Draft]:
    """The records of a total told by kind (``_times_by_kind``): each part's own
    stretch runs from its count to the next part's (its aircraft, place and height:
    "two by F-16s over Chios and one by a CN-235 near Rhodes"); the rest of the total,
    told of the aircraft of the whole, takes nothing from the first part on."""
    # (the parts may be told by the next sentence: ``_part_told_next``)
    starts = [m.span[0] for a, m in parts if a is not d.aircraft]
    end = doc.sentence(starts[-1]).end if starts else 0
    ends = [*starts[1:], end]
    out = []
    for i, (a, m) in enumerate(parts):
        k = starts.index(m.span[0]) if a is not d.aircraft and m.span[0] in starts else None
        own = (starts[k], ends[k]) if k is not None else None
        other = (starts[0], end) if k is None and starts else None
        out.append(
            dataclasses.replace(
                d,
                anchors=list(d.anchors),
                aircraft=a,
                pick=m,
                pick_index=i,
                pick_total=len(parts),
                own_part=own,
                other_part=other,
            )
        )
    return out


def _part_by_noun(doc: Doc, d: Draft) -> tuple[Mention, Mention, Span] | None:
    """ "Turkish jets violated Greek airspace 23 times on Thursday, including two
    overflights of Agathonisi at 1,500 feet", "ont violé à 23 reprises l'espace aérien
    grec, dont deux survols de l'île d'Agathonisi à 1 500 pieds": a total of times (a
    count of times, or a count right before the crossing's noun: "23 violations") and,
    after it in its sentence, a part of it told with a noun of its own after a word of a
    part (INCLUDING_CUE; "dont deux" of French) are two records of the whole's aircraft:
    the part, its count the times, and the rest, the total less the part, which takes
    nothing told from the part on to the sentence's end (its place, its altitude).
    Returns the part's count, the rest's and the part's stretch."""
    if d.aircraft is None or d.group_size > 1:
        return None
    sent = doc.sentence(d.anchor.span[0])
    for v in between(doc.facts.verbs, d.anchor.span[1], sent.end):
        told = [x for x in between(doc.facts.mentions, sent.start, v.span[0]) if x.kind != "cue"]
        if not v.noun or not told or doc.text[told[-1].span[1] : v.span[0]].strip():
            continue
        n = told[-1]
        # "dont deux survols": a count of no kind of aircraft before the noun (its count
        # told apart as a number right before it, ``doc._count_of_violations``)
        bare = n.kind == "aircraft" and (n.extra.get("partitive") or n.value == "unknown")
        if bare and n.extra.get("count") is None and len(told) > 1 and told[-2].kind == "number":
            n, bare = told[-2], False
        count = n.extra.get("count") if bare else n.value
        marked = doc.cues.ending_at("INCLUDING_CUE", n.span[0], doc.text) is not None or bool(
            doc.cues.within("INCLUDING_CUE", n.span[0], n.span[1])
        )
        if not (n.kind == "number" or bare) or not marked or not isinstance(count, int):
            continue
        total = _total_before(doc, d, n.span[0])
        if total is None or not isinstance(total.value, int) or not 0 < count < total.value:
            continue
        part = dataclasses.replace(n, kind="number", value=count, extra={})
        rest = dataclasses.replace(total, kind="number", value=total.value - count, extra={})
        return part, rest, (n.span[0], sent.end)
    return None


def _part_by_aircraft(doc: Doc, d: Draft) -> Span | None:
    """ "Turkish aircraft violated Greek airspace 22 times in September, including two
    F-4 jets over Kos on 14 September", "..., including a flight by two F-4 jets over
    Paphos", "dont deux F-4 au-dessus de Kos le 14 septembre": a total of times told of
    ``d`` and, after it in its sentence, a part of the group told by its own aircraft
    after a word of a part (``part_of_group``): the whole takes nothing told from that
    word on (the part's day, place and time are only some of the times'). Returns that
    stretch."""
    if d.aircraft is None:
        return None
    sent = doc.sentence(d.anchor.span[0])
    for a in between(doc.facts.aircraft, d.anchor.span[1], sent.end):
        cues = doc.cues.within("INCLUDING_CUE", d.anchor.span[1], a.span[0])[-1:]
        if not cues or not part_of_group(doc, a):
            continue
        total = _total_before(doc, d, cues[0].start)
        # a count of times ("22 times"), not of violations ("17 violations, including
        # four by F-16s": the part and the rest, ``rest_of_total``)
        if total is not None and total.kind == "repetition" and isinstance(total.value, int):
            return cues[0].start, sent.end
    return None


def _part_told_again(doc: Doc, cur: Draft, told: Aircraft | None) -> bool:
    """ "Israeli violations of Lebanese airspace, including two F-16 jets that flew over
    Beirut, breaking the sound barrier over the capital": the part (``told``, after
    INCLUDING_CUE, ``part_of_group``) is already the aircraft of ``cur`` (the very noun:
    a whole of no aircraft word of its own, or the part's own crossing told before),
    and ``cur`` has no count of times of its own ("15 violations", "22 times"): a crossing
    of that noun told again is the same, no record of its own."""
    if told is None or cur.aircraft is None or cur.aircraft.span != told.span:
        return False
    if _total_before(doc, cur, told.span[0]) is not None:
        return False
    # "40 Israeli violations": a number before the whole's noun in its clause
    return not any(
        m.kind == "number"
        for a in cur.anchors
        if a.span[1] <= told.span[0]
        for m in between(doc.facts.mentions, a.clause.start, a.span[0])
    )


def _part_of_times(doc: Doc, cur: Draft, anchor: Anchor) -> bool:
    """ "Cinq violations de l'espace aérien, dont deux survols du territoire de X", "five
    violations, including two overflights of X's territory": the noun of a part of the
    total of times told of ``cur`` (``_part_by_noun``) tells no crossing of its own."""
    found = _part_by_noun(doc, cur)
    return found is not None and found[2][0] <= anchor.span[0] < found[2][1]


def _part_by_day(doc: Doc, d: Draft) -> tuple[Mention, Mention, Span] | None:
    """ "Russian drones breached Romanian airspace four times since September, most
    recently on 9 November near Galați", "..., including on 9 November", "à quatre
    reprises, la dernière fois le 9 novembre près de Galați": a total of times and,
    after it in its sentence, one of them told by its day right after a word of a part
    or of the latest one (INCLUDING_CUE, no verb between) are two records of the
    whole's aircraft: that day's crossing, and the rest, the total less one, which takes
    nothing told from the word on (its day, its place). Returns the day, the rest's
    count and the part's stretch."""
    if d.aircraft is None or d.group_size > 1:
        return None
    sent = doc.sentence(d.anchor.span[0])
    for cue in doc.cues.within("INCLUDING_CUE", d.anchor.span[1], sent.end):
        told = [x for x in between(doc.facts.mentions, cue.end, sent.end) if x.kind != "cue"][:1]
        if not told or told[0].kind != "date" or told[0].extra.get("precision") != "day":
            continue
        if between(doc.facts.verbs, cue.end, told[0].span[0]):
            continue
        total = _total_before(doc, d, cue.start)
        if total is None or not isinstance(total.value, int) or total.value < 2:
            continue
        rest = dataclasses.replace(total, kind="number", value=total.value - 1, extra={})
        return told[0], rest, (cue.start, sent.end)
    return None


def _total_before(doc: Doc, d: Draft, hi: int) -> Mention | None:
    """The count of times told of ``d`` before ``hi`` in its sentence: a count of times
    ("23 times", "à 23 reprises") or a count right before its noun ("23 violations")."""
    lo = doc.sentence(d.anchor.span[0]).start
    reps = [x for x in between(doc.facts.mentions, lo, hi) if x.kind == "repetition"]
    if reps:
        return reps[-1]
    verb = d.anchor.verb
    if verb is None or not verb.noun:
        return None
    before = [x for x in between(doc.facts.mentions, lo, d.anchor.span[0]) if x.kind != "cue"][-1:]
    if before and before[0].kind == "number" and not doc.text[before[0].span[1] : d.anchor.span[0]].strip():
        return before[0]
    return None


def _rest_of_total(
    doc: Doc, d: Draft, total: Mention, first: Mention, told: int
) -> tuple[Aircraft, Mention] | None:
    """ "17 violations, including four by armed F-16s", "17 violations, dont quatre par
    des F-16 armés": parts told after a word of a part (INCLUDING_CUE right before the
    first) whose counts add up to less than the total leave the rest to the aircraft of
    the whole told with no model before the parts ("Turkish aircraft committed", "17
    violations by Turkish aircraft"): one more record, the rest its count of times (a
    number of the total's span, ``measures._part_count``)."""
    a = d.aircraft
    if a is None or a.model or not isinstance(total.value, int) or told >= total.value:
        return None
    if a.span[1] > first.span[0]:
        return None  # "recorded 14 violations, including six by drones and seven by jets": no whole told
    if (
        not first.extra.get("partitive")
        and doc.cues.ending_at("INCLUDING_CUE", first.span[0], doc.text) is None
    ):
        return None  # a part told by a partitive ("three of them") says it is one itself
    return a, dataclasses.replace(total, value=total.value - told)


def _counts_by_day(doc: Doc, d: Draft) -> list[tuple[Aircraft, Mention]]:
    """ "17 balloons entered Lithuanian airspace this week: three on Monday, eight on
    Wednesday and six on Friday", "dont deux le 16 juin et trois le 17 juin": a group
    told with its parts after the crossing in its sentence, each a count (a number, or
    a part of no kind: "dont deux") right before its own day, the parts listed (only
    list words and commas between them, no verb before the first) and adding up to the
    group's count (or the group told with none: "des ballons"), is one crossing per
    day, each of its part's count."""
    a = d.aircraft
    if a is None or a.partitive or (a.count is None and not a.plural):
        return []
    sent = doc.sentence(d.anchor.span[0])
    lo = d.anchor.span[1]
    days = [m for m in between(doc.facts.dates, lo, sent.end) if m.extra.get("precision") == "day"]
    counts = [(x.span, x.value) for x in between(doc.facts.mentions, lo, sent.end) if x.kind == "number"]
    counts += [
        (b.span, b.count) for b in between(doc.facts.aircraft, lo, sent.end) if b.partitive and b.count
    ]
    parts: list[tuple[Span, int, Mention]] = []
    for m in days:
        start = m.extra.get("phrase_start", m.span[0])
        told = sorted(c for c in counts if c[0][1] <= start)[-1:]
        if not told or doc.text[told[0][0][1] : start].strip() or not isinstance(told[0][1], int):
            return []
        parts.append((told[0][0], told[0][1], m))
    if len(parts) < 2 or between(doc.facts.verbs, lo, parts[0][0][0]):
        return []
    if not all(_joined(doc, p[2].span, q[0]) for p, q in zip(parts, parts[1:], strict=False)):
        return []
    if a.count is not None and sum(k for _, k, _ in parts) != a.count:
        return []
    return [(dataclasses.replace(a, count=k, counted=True, plural=k > 1), m) for _, k, m in parts]


def _ranked_run(
    doc: Doc, d: Draft, region: Scope, times: list[Mention], found: list[list[Mention]]
) -> list[Mention]:
    """ "Israeli jets violated Lebanese airspace twice on Wednesday. The first flew over
    Naqoura at 09:40; the second circled over Tyre at 17:05", "deux violations ... La
    première a eu lieu à 9 h 40, la seconde à 17 h 05": the items of a crossing told
    after its words, each opened by its rank (RANK_CUE: first, second, ... in order,
    or the last) and each with its own time, one record each, when the crossing's
    sentence told as many (a count of times or of violations, or of aircraft).
    The rank's time is the first after it, before the next rank, in its sentence. So
    too the ranks' own lengths of stay ("The first stayed four minutes, the second about
    one minute"), given as ``times``. A run found is added to ``found``."""
    after = [m for m in times if m.span[0] >= d.anchor.span[1]]
    if len(after) < 2:
        return []
    ranks = doc.cues.within("RANK_CUE", d.anchor.span[1], region.end)
    run: list[Mention] = []
    for k, cue in enumerate(ranks):
        if cue.key != str(k + 1) and not (cue.key == "last" and k == len(ranks) - 1 and k):
            return []
        stop = min(doc.sentence(cue.start).end, ranks[k + 1].start if k + 1 < len(ranks) else region.end)
        own = [m for m in after if cue.end <= m.span[0] < stop][:1]
        if not own:
            return []
        run.extend(own)
    if len(run) < 2 or len({str(m.value) for m in run}) < len(run):
        return []
    sent = doc.sentence(d.anchor.span[0])
    told = [
        m.value
        for m in between(doc.facts.mentions, sent.start, sent.end)
        if m.kind in ("number", "repetition")
    ]
    if d.aircraft is not None:
        told.append(d.aircraft.count)
    if len(run) not in told:
        return []
    found.append(run)
    return run


def _with_fall_times(doc: Doc, d: Draft, region: Scope, times: list[Mention]) -> list[Mention]:
    """ "Deux drones ont violé l'espace aérien polonais dans la nuit. Le premier a été
    repéré vers 21 h 40 près de X. Le second s'est écrasé peu avant 4 heures près de Y":
    where the crossing's sentence tells no time, the times of the members coming down or
    landing told after it ("The second landed near Y at 02:30": [verbs] coming_down or
    alight, ``SET_DOWN``, in the time's clause) join the crossing times (``times``, maybe
    none: "The first crashed at 10:05. The second landed at 10:40"): a ranked member's
    own time (``_ranked_run``), each member its record. [] when nothing joins."""
    sent = doc.sentence(d.anchor.span[0])
    if between(doc.facts.times, sent.start, sent.end):
        return []
    mine = {m.span for m in times}
    fell = [
        m
        for m in between(doc.facts.times, sent.end, region.end)
        if m.span not in mine
        and m.extra.get("tz") != "UTC"
        and any(v.key in SET_DOWN for v in between(doc.facts.verbs, doc.clause(m.span[0]).start, m.span[0]))
    ]
    return sorted([*times, *fell], key=lambda m: m.span[0]) if fell else []


def _kinds_listed_later(doc: Doc, d: Draft, region: Scope) -> list[Aircraft]:
    """ "Turkish aircraft violated Greek airspace 32 times. They were two CN-235 and
    four F-16s", "Les violations ont été commises par deux CN-235 et quatre F-16": a
    crossing told of aircraft of no model, then, in a later sentence of its episode,
    a list of aircraft of several models that may be them (of its kind, or it a
    generic word; of no other state; not meeting it), is one crossing per listed kind,
    as the listed aircraft would be as the subject (the later model that refines one
    aircraft, ``who.refine_aircraft``, refines a group into its kinds). A count told
    first must be their sum; as many aircraft as kinds listed with no count ("two
    helicopters ... Mi-24 and Mi-8 gunships") are one of each. Parts told in its own
    sentence after a word of a part or a colon ("12 appareils, dont dix F-16 et deux
    drones TB2", "neuf appareils ... : sept F-16 et deux drones") are the whole group
    only when each has its count and they add up to it."""
    a = d.aircraft
    if a is None or a.model or a.category == "unknown" or d.group_size > 1:
        return []
    sent = doc.sentence(d.anchor.span[0])
    if sent.start <= a.span[0] < sent.end:
        parts = [b for b in between(doc.facts.aircraft, a.span[1], sent.end) if not responder(doc, b)]
        parts = _counted_by_partitive(doc, parts)
        # a group of no count told: only the parts a colon lists ("Turkish aircraft
        # violated ...: a CN-235 near Lesbos and two F-16s near Chios")
        if parts and ((a.count is not None and part_of_group(doc, parts[0])) or _after_colon(doc, parts[0])):
            kinds = _listed_kinds(doc, a, parts[0], parts[1:], told_by_other=False)
            if kinds and all(b.count is not None for b in kinds):
                return kinds
    found = [b for b in between(doc.facts.aircraft, sent.end, region.end) if not responder(doc, b)]
    for k, first in enumerate(found):
        kinds = _listed_kinds(doc, a, first, found[k + 1 :])
        if kinds is None:
            continue
        return kinds
    return []


def _after_colon(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told right after a colon ("... ont violé l'espace aérien grec : sept F-16
    et deux drones"), a list that details what was told before it?"""
    return doc.text[: a.span[0]].rstrip().endswith(":")


def _counted_by_partitive(doc: Doc, found: list[Aircraft]) -> list[Aircraft]:
    """ "dont deux Su-27": a part told by a word of a part with its count and no kind
    ("dont deux", partitive), the kind right after it: one part, the kind counted."""
    out: list[Aircraft] = []
    for b in found:
        prev = out[-1] if out else None
        joined = prev is not None and not doc.text[prev.span[1] : b.span[0]].strip()
        if prev is not None and joined and prev.partitive and prev.count:
            out[-1] = dataclasses.replace(b, count=prev.count, counted=True, plural=prev.count > 1)
        else:
            out.append(b)
    return out


def _listed_kinds(
    doc: Doc, a: Aircraft, first: Aircraft, rest: list[Aircraft], told_by_other: bool = True
) -> list[Aircraft] | None:
    """The kinds of the list of aircraft that begins with ``first`` (then ``rest``) as
    the aircraft ``a`` told by kind: None when the list is not one of several kinds, []
    when it is but cannot be ``a`` (another kind or state, a count that is not their
    sum, or, ``told_by_other``, what another one did something with)."""
    group = [first]
    for b in rest:
        if not _listed(doc, _past_place(doc, group[-1].span[1], b.span[0]), b.span[0]):
            break
        group.append(b)
    kinds = _distinct(doc, group)
    if len(kinds) < 2 or not all(b.model or _sole_of_category(b, kinds) for b in kinds):
        return None
    if told_by_other and actor_before(doc, first):
        return []  # "Russia has deployed Su-27 and Su-35 jets in Kaliningrad"
    if any((b.category != a.category and not a.generic) or b.differs(a) for b in kinds):
        return []
    if a.count == len(kinds) and not any(b.counted for b in kinds):
        # "deux hélicoptères ... des Mi-24 et Mi-8": as many aircraft as kinds, one each
        kinds = [dataclasses.replace(b, count=1, plural=False) for b in kinds]
    counts = [b.count for b in kinds]
    if a.count is not None and (None in counts or a.count != sum(c for c in counts if c)):
        return []
    return [b if b.state or not a.state else dataclasses.replace(b, state=a.state) for b in kinds]


def _past_place(doc: Doc, lo: int, hi: int) -> int:
    """Where the list words after an item begin: past its own place told right after
    it ("by a CN-235 near Rhodes and by a UAV over Kastellorizo", "un CN-235 près de
    Rhodes et un drone au-dessus de Kos")."""
    for p in between(doc.facts.places, lo, hi)[:1]:
        if not doc.text[lo : p.span[0]].strip():
            return p.span[1]
    return lo


def _sole_of_category(a: Aircraft, kinds: list[Aircraft]) -> bool:
    """A listed kind of no model, told by a word of its category ("a UAV", "un
    hélicoptère"), none other listed of that category: a kind of its own."""
    return (
        not a.generic
        and a.category != "unknown"
        and all(b.category != a.category for b in kinds if b is not a)
    )


def actor_before(doc: Doc, a: Aircraft) -> bool:
    """Is a state or an organisation named before ``a`` in its sentence (the list is
    what another one did something with, not who crossed)? Not one who says it ("the
    army said they were an Su-27 and an Su-35", "according to the general staff, two
    F-16s and a CN-235 took part")."""
    sent = doc.sentence(a.span[0])
    named = [s.span for s in between(doc.facts.states, sent.start, a.span[0]) if not s.demonym]
    named += [s.span for s in between(doc.facts.sources, sent.start, a.span[0]) if not s.according]
    says = [c.span[0] for c in between(doc.facts.cues, sent.start, a.span[0]) if c.value == "say"]
    return any(not any(not doc.text[e:c].strip() for c in says) for _, e in named)


def _respectively(doc: Doc, pos: int) -> bool:
    """Is a word of one-to-one pairing (RESPECTIVELY_CUE) told in the sentence at ``pos``?"""
    sent = doc.sentence(pos)
    return bool(doc.cues.within("RESPECTIVELY_CUE", sent.start, sent.end))


def _one_each(doc: Doc, ac: Aircraft | None, run: list[Mention], ranked: bool = False) -> Aircraft | None:
    """ "Two drones crashed on Monday and Wednesday respectively", "deux drones ...,
    respectivement lundi et mercredi", "Two drones ... The first ...; the second ...":
    as many aircraft as listed items, paired one to one or told by their ranks, are
    one aircraft per item; so are items each told of its own member ("one ... at
    01:20 and the other ... at 03:05", ``each_its_own``)."""
    if ac is None or ac.count != len(run):
        return ac
    each = all(each_its_own(doc, p.span, q.span) for p, q in zip(run, run[1:], strict=False))
    if not (ranked or each or _respectively(doc, run[0].span[0])):
        return ac
    return dataclasses.replace(ac, count=1, plural=False)


def _run(doc: Doc, found: list[Mention]) -> list[Mention]:
    """The longest chain of mentions joined by list words ("and", "et", "puis", ",")
    with no verb between them."""
    runs: list[list[Mention]] = []
    for m in found:
        if runs and _restated(doc, runs[-1][-1], m):
            runs.append([m])  # "2 Meilen beziehungsweise 3,2 Kilometer": one length said twice
        elif runs and (_joined(doc, runs[-1][-1].span, m.span) or _one_phrase(runs[-1][-1], m)):
            runs[-1].append(m)
        else:
            runs.append([m])
    best = max(runs, key=len) if runs else []
    if len(best) >= 2 and len({str(m.value) for m in best}) < 2:
        return []  # "3 km ... and 3 km": one value said twice
    if best and best[0].extra.get("listed") and not _respectively(doc, best[0].span[0]):
        # "deux drones ..., pendant dix et vingt minutes": amounts sharing one unit pair
        # with the crossings only where a word of pairing says so
        return []
    if best and _opens_period(doc, best[0]):
        return []  # "entre le 3 et le 5 mai", "between 23:30 on Tuesday and 06:30": a period
    if _overnight(doc, best):
        return []  # "on Saturday night and Sunday morning", "samedi soir et dimanche matin"
    return best


def _restated(doc: Doc, a: Mention, b: Mention) -> bool:
    """Two lengths with a word of restating between them ("2 Meilen beziehungsweise 3,2
    Kilometer", "1,500 feet or 460 metres": RESTATE_CUE), which in German is also a word
    of a list ("um 3.10 Uhr beziehungsweise um 3.45 Uhr"): the same length in two
    units, not two items. So two rough times a comma apart, the second on the clock
    within the hour after the first ("peu après minuit, vers 0 h 20", "shortly after
    midnight, at about 0:20"): one moment told twice, roughly then more closely."""
    if a.kind == b.kind == "time":
        return time_restated(doc, a, b)
    return a.kind == b.kind == "distance" and bool(doc.cues.within("RESTATE_CUE", a.span[1], b.span[0]))


def time_restated(doc: Doc, a: Mention, b: Mention) -> bool:
    """Are ``a`` and ``b`` two approximate times (bound "approx") with only a comma
    between them, ``b`` no more than an hour after ``a`` on the clock, and no time
    listed after ``b`` ("vers 10 h, vers 10 h 40 et vers 11 h 30" are three)?"""
    if a.bound != "approx" or b.bound != "approx":
        return False
    if doc.text[a.span[1] : b.span[0]].strip() != ",":
        return False
    after = between(doc.facts.times, b.span[1], doc.sentence(b.span[0]).end)[:1]
    if after and _joined(doc, b.span, after[0].span):
        return False
    gap = (clock_minutes(str(b.value)) - clock_minutes(str(a.value))) % 1440
    return gap <= 60


def clock_minutes(hhmm: str) -> int:
    """Minutes since midnight of a clock time "HH:MM"."""
    h, m = hhmm.split(":")[:2]
    return int(h) * 60 + int(m)


#: the parts of a day that end it, and that open the next one: a night told with the
#: next day's morning is one night ([days] in rules.toml)
_NIGHT_PARTS = frozenset(rules()["days"]["evening_parts"])
_MORNING_PARTS = frozenset(rules()["days"]["morning_parts"])


def _overnight(doc: Doc, run: list[Mention]) -> bool:
    """ "On Saturday night and Sunday morning", "samedi soir et dimanche matin": two days
    listed, the first told by its evening or night and the second, the day after it, by
    its morning, are one night, no two days of their own."""
    if len(run) != 2 or any(m.kind != "date" for m in run):
        return False
    first, second = (m.extra.get("parts") for m in run)
    if not (isinstance(first, dict) and isinstance(second, dict)):
        return False
    if first.get("daypart") not in _NIGHT_PARTS or second.get("daypart") not in _MORNING_PARTS:
        return False
    days = [str(m.value) for m in run]
    if all(_ISO_DAY.fullmatch(x) for x in days):
        a, b = (dt.date.fromisoformat(x) for x in days)
        if b - a == dt.timedelta(days=1):
            return True
    # weekdays resolved each on its own ("Wednesday night" on a Wednesday is that day):
    # the second the weekday after the first (the lexicon's d_weekday, in calendar order)
    week = list(doc.lexicon.classes.get("D_WEEKDAY", {}))
    names = [str(p.get("weekday") or "") for p in (first, second)]
    if len(week) != 7 or not all(n in week for n in names):
        return False
    return (week.index(names[0]) + 1) % 7 == week.index(names[1])


def _one_phrase(a: Mention, b: Mention) -> bool:
    """Two days listed in one date phrase ("le 3 et le 9 février", facts._listed_days:
    the same ``phrase_start``), their articles between them."""
    start = a.extra.get("phrase_start")
    return a.kind == b.kind == "date" and start is not None and b.extra.get("phrase_start") == start


def _opens_period(doc: Doc, m: Mention) -> bool:
    """Does a word of a period (RANGE_CUE: "between", "entre") open the list ``m``
    begins, only days and times of day told between them ("entre 23 h 30 mardi et
    6 h 30 mercredi", "between Tuesday 11:30 p.m. and Wednesday 6:30 a.m.")?"""
    start = m.extra.get("phrase_start", m.span[0])
    cues = doc.cues.within("RANGE_CUE", doc.clause(start).start, start)[-1:]
    if not cues:
        return False
    rest = list(doc.text[cues[0].end : start])
    told = [x for x in between(doc.facts.mentions, cues[0].end, start) if x.kind in ("date", "time")]
    for d in told:
        lo, hi = d.span[0] - cues[0].end, min(d.span[1], start) - cues[0].end
        rest[lo:hi] = " " * (hi - lo)
    return not "".join(rest).strip()


@per_mention
def span_of_days(doc: Doc, m: Mention) -> bool:
    """ "Au cours de la semaine du 3 au 9 mars", "in the week from 3 to 9 March", "March
    3-9": one phrase of a first and a last day (its value the first, its words a later
    day of the month after it) is a period, no day of a crossing; a night told so ("dans
    la nuit du 8 au 9 mars", NIGHT_CUE before it) is one night (``when.night_day``)."""
    if m.kind != "date" or m.extra.get("precision") != "day" or not isinstance(m.value, str):
        return False
    # the two days apart by a word or a dash, not by the dot or slash of "02.05.2024"
    told = re.search(r"(\d+)(\s*[-–—]\s*|(?:\s+\w+){1,2}\s+)(\d+)", m.text)
    if told is None or int(told[1]) != int(m.value[8:10]) or not int(told[1]) < int(told[3]) <= 31:
        return False
    return doc.cues.leading_into("NIGHT_CUE", m.extra.get("phrase_start", m.span[0]), doc.text) is None


def _joined(doc: Doc, a: Span, b: Span) -> bool:
    """Two items of one list: between them only list words, punctuation and the
    place, time or day each item has ("700 m near X and 500 m near Y")."""
    lo, hi = a[1], b[0]
    if doc.cues.within("RANGE_CUE", lo, hi):
        return False
    if doc.mention_cues("neg", lo, hi):
        return False  # "3 km, not 30 km", "on Tuesday, not on Monday": the second is denied
    other, first = doc.clause(b[0]), doc.clause(a[0])
    each = each_its_own(doc, a, b)
    if (
        not each
        and other.nth != first.nth
        and bool(between(doc.facts.aircraft, other.start, other.end))
        and bool(between(doc.facts.verbs, first.start, a[0]))
        and not paired(doc, b)
    ):
        # "a drone entered at 09:10 and at 09:40 a helicopter crossed": that one's own
        # clause; not days opening the sentence ("On 12 June and then on 15 June, a
        # balloon crossed"), whose first clause tells no verb
        return False
    if _again_after_own_details(doc, lo, hi):
        return True
    details = _ITEM_DETAILS | {"verb", "aircraft"} if each else _ITEM_DETAILS
    gaps = [c.span for c in between(doc.facts.mentions, lo, hi) if c.kind in details]
    gaps += [(c.start, c.end) for cls in _ITEM_WORDS for c in doc.cues.within(cls, lo, hi)]
    rest = list(doc.text[lo:hi])
    for s, e in gaps:
        rest[s - lo : e - lo] = " " * (e - s)
    left = "".join(rest)
    return bool(doc.cues.within("LIST_CUE", lo, hi) or "," in left) and all(
        ch.isspace() or ch in _LIST_PUNCT for ch in left
    )


def _again_after_own_details(doc: Doc, lo: int, hi: int) -> bool:
    """ "Crossed at 09:41, flying about 1.5 kilometres inside, and again at 10:06", « à
    9 h 41, à environ 1,5 km à l'intérieur, puis de nouveau à 10 h 06 »: the next item
    opened by a word of again (AGAIN_ITEM_CUE) right before it, after list words and a
    comma that ends the first item's own details (no aircraft nor time among them), is
    the same list: the details are the first item's."""
    text = doc.text
    again = [c for c in doc.cues.within("AGAIN_ITEM_CUE", lo, hi) if not text[c.end : hi].strip()]
    if not again or between(doc.facts.aircraft, lo, hi):
        return False
    if between(doc.facts.times, lo, hi):
        return False
    opens = min(c.start for c in again)  # "once again", not its "again" alone
    rest = list(text[lo:opens])
    for c in doc.cues.within("LIST_CUE", lo, opens):
        rest[c.start - lo : c.end - lo] = " " * (c.end - c.start)
    return "".join(rest).rstrip().endswith(",")


def _with_each_own(doc: Doc, found: list[Mention], mine: list[Mention]) -> list[Mention]:
    """``mine`` (the items told of the record's aircraft) with those told after one of
    them by the next member of its group ("one ... at 01:20 and the other ... at 03:05":
    ``each_its_own``), which ``told_of_other`` gives to the member."""
    listed = [(p, q) for p, q in zip(found, found[1:], strict=False) if each_its_own(doc, p.span, q.span)]
    spans = {m.span for m in mine}
    more = {m.span: m for pair in listed for m in pair if m.span not in spans}
    return sorted([*mine, *more.values()], key=lambda m: m.span) if more else mine


def each_its_own(doc: Doc, a: Span, b: Span) -> bool:
    """ "Two drones flew over Moldova, one crossing near Ocnita at 01:20 and the other
    entering near Cahul at 03:05", "l'un entrant ... à 1 h 20 et l'autre ... à 3 h 05":
    items each told of its own member of the group, the first opened by "one" (a
    number one, a member: [ac_partitive], or EACH_CUE: "l'un") in its clause, the next by a member only
    ("the other"): a list, though each has its verb."""
    if a[1] > b[0] or doc.seg.gapped_in(a[1], b[0]):
        return False  # "l'un à 2 h 05, l'autre à 3 h 20": items with their verb left out
    theirs = between(doc.facts.aircraft, a[1], b[0])
    if not theirs or not all(x.partitive and x.count == 1 for x in theirs):
        return False
    clause = doc.clause(a[0])
    told = between(doc.facts.mentions, clause.start, a[0])
    opened = [x for x in told if x.kind in ("number", "aircraft")][-1:]
    ones = doc.cues.within("EACH_CUE", clause.start, a[0])[-1:]
    if ones and (not opened or ones[0].start >= opened[0].span[0]):
        return True  # "l'un entrant ...": the word of one (EACH_CUE)
    return bool(opened) and (
        (opened[0].kind == "number" and opened[0].value == 1) or bool(opened[0].extra.get("partitive"))
    )


#: an item may tell its own count ("once on Monday ... and twice on Thursday", "one on
#: Monday near X, and two on Thursday")
_ITEM_DETAILS = frozenset({"location", "time", "date", "cue", "zone", "number", "repetition"})
#: list words, and the words that tie an item to its zone ("700 m across the border
#: near X and 500 m near Y")
_ITEM_WORDS = ("LIST_CUE", "INTO_CUE", "INSIDE_CUE", "OVER_CUE")


def _only_utc(doc: Doc, m: Mention) -> bool:
    """Is the time ``m`` in UTC told in a sentence that tells no local time? Listed,
    such times are crossings of their own ("at 0210 GMT and 0345 GMT", « à 02 h 10 et
    03 h 45 GMT »); beside a local time a time in UTC is that time told again."""
    sent = doc.sentence(m.span[0])
    return all(t.extra.get("tz") == "UTC" for t in between(doc.facts.times, sent.start, sent.end))


def _crossing_time(doc: Doc, m: Mention) -> bool:
    """A local time in a clause that tells no other event (closures, take-offs): listed,
    such times are crossings of their own. An event told after the time, when a verb of
    crossing comes before it ("violated Greek airspace at 10:15 and at 11:40, and were
    intercepted"), is another verb's: the times are the crossing's; so is one told before
    the time with a verb of crossing between them ("a helicopter that took off from a
    destroyer violated Japanese airspace twice, at 10:02 and 10:41")."""
    if m.extra.get("tz") == "UTC" and not _only_utc(doc, m):
        return False
    clause = doc.clause(m.span[0])
    events = doc.cues.within("OTHER_EVENT_CUE", clause.start, clause.end)
    if any(e.start < m.span[0] and not _crossing_verb_between(doc, e.end, m.span[0]) for e in events):
        return False
    if events and paired(doc, m.span):
        return True  # "at 23:10 and 23:45 respectively, one of them crashing near Lublin"
    if events and not between(doc.facts.verbs, clause.start, m.span[0]):
        return False
    # "... at 02:10 and at 02:25 it left": the time of an exit told right after it; not
    # one told after a verb of its clause when the exit has its own when ("The first
    # crossed into Swedish airspace at 16:08 and left after a minute": the crossing's)
    exits = doc.cues.within("EXIT_CUE", m.span[1], clause.end)[:1]
    if not exits or between(doc.facts.verbs, m.span[1], exits[0].start):
        return True
    sent = doc.sentence(m.span[0])
    later = between(doc.facts.verbs, exits[0].end, sent.end)[:1]
    stop = later[0].span[0] if later else sent.end  # "left, after two minutes,": up to the next verb
    own = between(doc.facts.times, exits[0].end, stop) or between(doc.facts.durations, exits[0].end, stop)
    return bool(own) and bool(between(doc.facts.verbs, clause.start, m.span[0]))


def _crossing_verb_between(doc: Doc, lo: int, hi: int) -> bool:
    """Is a verb of crossing (not a noun, not negated) told in [lo, hi)?"""
    return any(not v.noun and not v.negated for v in between(doc.facts.verbs, lo, hi))


def paired(doc: Doc, span: Span) -> bool:
    """ "Entered at 23:10 and 23:45 respectively, one of them crashing", "respectivement à
    23 h 10 et à 23 h 45, l'un d'eux s'écrasant": an item (a time) paired one to one with
    the crossings by a word of pairing (RESPECTIVELY_CUE in its sentence, no verb between
    them) is the crossing's; an event or an aircraft told after it is another matter."""
    sent = doc.sentence(span[0])
    for cue in doc.cues.within("RESPECTIVELY_CUE", sent.start, sent.end):
        lo, hi = (cue.end, span[0]) if cue.end <= span[0] else (span[1], cue.start)
        if not between(doc.facts.verbs, lo, hi):
            return True
    return False


def _agent_of_answer(doc: Doc, a: Aircraft) -> bool:
    """ "A drone crossed into Poland and was shot down by an F-16 some five kilometres
    inside Poland", "abattu par un F-16 à cinq kilomètres à l'intérieur": an aircraft
    told as the agent (AGENT_CUE alone between them) of a verb of answering ([verbs]
    response) in its clause met the intruder; what is told after it is not its own."""
    clause = doc.clause(a.span[0])
    verbs = [v for v in between(doc.facts.verbs, clause.start, a.span[0]) if v.key in _ANSWERS]
    if not verbs:
        return False
    by = agent_before(doc, a)  # the word may open its phrase ("by an F-16")
    return by is not None and not doc.text[verbs[-1].span[1] : by.start].strip()


#: verbs of answering an intruder ([verbs] response: "shot down", "intercepted")
_ANSWERS = frozenset(rules()["verbs"]["response"])


def told_of_other(
    doc: Doc, anchors: list[Anchor], mine: Aircraft, m: Mention | Place, ranks: bool = False
) -> bool:
    """ "The Y-9 entered at 10:05 and left at 10:19, while the drones stayed for about
    40 minutes", "... and a fighter jet flew over Teknaf at 11 a.m.": a time or quantity
    outside the clauses of ``anchors`` whose nearest aircraft before it in its sentence,
    outside those clauses too, is another one than ``mine``, is that one's; so is one
    told of a part of the group ("one of them", "les deux autres"), and one told of a
    kind of aircraft in general, a bare plural ("sensors able to detect small drones
    flying below 300 metres")."""
    sent = doc.sentence(m.span[0])
    told = [t for t in between(doc.facts.aircraft, sent.start, m.span[0]) if not _agent_of_answer(doc, t)]
    if told and doc.cues.within("RANK_CUE", told[-1].span[1], m.span[0]):
        # "... shot down by Dutch jets; the first crossed at 23:35": a rank stands for
        # one of the intruders, never one of those that met them
        told = [t for t in told if not responder(doc, t)]
    if told and _told_of_all(doc, told[-1]):
        return False  # "... and a CN-235 violated ... Both aircraft stayed for 20 minutes"
    if _met_then_left(doc, m):
        return False  # "Greek jets intercepted the pair, which left after four minutes"
    if _pronoun_of_other(doc, mine, m):
        return True  # "des chasseurs ont été envoyés à la rencontre des intrus ; ils sont restés"
    # "two of the drones" names a part too for a measure, not for a place (where a
    # part shot down fell is where the group was: ``counted_part``)
    if told and _part_told_after(doc, told[-1], mine, anchors, isinstance(m, Mention)):
        return True  # "three drones entered ..., one of them flying 100 km": the part's
    if _one_opens(doc, m, mine, anchors, ranks):
        return True  # "three quadcopters crossed ..., and one was shot down 600 metres inside"
    apposed = _apposed_item_of(doc, anchors, mine, m) if isinstance(m, Mention) else None
    if apposed is not None:
        return apposed
    if _in_clause_of_borrowed(doc, anchors, mine, m):
        return False
    if told and _of_item_before(doc, told[-1], mine, m):
        return True
    if of_item_after(doc, mine, m):
        return True
    clause = doc.clause(m.span[0])
    if any(a.clause.nth == clause.nth for a in anchors):
        return False
    # "... e domenica | dopo che un elicottero era entrato": it opens the crossing's
    # clause; a day does with a comma too ("... und am Freitag, | als ein Hubschrauber
    # eindrang"), not a time (", and a CN-235 entered" is the next item)
    gap = " ," if isinstance(m, Mention) and m.kind == "date" else None
    if any(
        m.span[1] <= a.clause.start and not doc.text[m.span[1] : a.clause.start].strip(gap) for a in anchors
    ):
        return False
    if not told or any(a.clause.start <= told[-1].span[0] < a.clause.end for a in anchors):
        return False
    if m.span[1] <= mine.span[0] < sent.end and _contrast(doc, told[-1].span[1], m.span[0]):
        return False  # "..., tandis que samedi, deux hélicoptères ...": the next item's
    last = told[-1]
    if (
        len(told) == 1
        and last.plural
        and not (last.counted or last.definite or last.partitive or mine.plural)
        and (mine.count or 1) == 1
    ):
        return True  # "sensors able to detect small drones flying below 300 metres": a kind
    run = [told[-1]]  # with those listed with it: "a Mi-24 and two Mi-8 flew ... at 16:20"
    for t in reversed(told[:-1]):
        if not _listed(doc, t.span[1], run[0].span[0]):
            break
        run.insert(0, t)
    return all(_other(doc, t, mine) for t in run)


def _apposed_item_of(doc: Doc, anchors: list[Anchor], mine: Aircraft, m: Mention) -> bool | None:
    """ "Deux F-16 et un CN-235 ont survolé Lesbos, les F-16 à 10 h 12, le CN-235 à 13 h
    40", "..., the first pair at 10:12, the CN-235 at 13:40": after the crossing, in its
    sentence, items set off by a comma or a colon, each an aircraft with a measure of
    ``m``'s kind right after it, hand each measure to their aircraft. True: ``m`` is
    another's (right after another aircraft, or told before the item of ``mine``);
    False: right after ``mine`` named again; None: no such item tells it."""
    sent = doc.sentence(m.span[0])
    ends = [a.span[1] for a in anchors if sent.start <= a.span[0] < sent.end]
    if not ends or m.span[0] < max(ends):
        return None
    lo = max(ends)
    items = [a for a in between(doc.facts.aircraft, lo, sent.end) if _apposed_item(doc, lo, a, m.kind)]
    for a in items:
        if a.span[1] <= m.span[0] and not doc.text[a.span[1] : m.span[0]].strip():
            return _other(doc, a, mine)
    own = [a for a in items if not _other(doc, a, mine)]
    if own and m.span[1] <= own[0].span[0] and re.search(r"[,:]", doc.text[lo : m.span[0]]):
        return True
    return None


def _apposed_item(doc: Doc, lo: int, a: Aircraft, kind: str) -> bool:
    """Is ``a`` (told after ``lo``) an apposed item: set off by a comma or a colon from
    what is told before it, no verb between, and a measure of ``kind`` right after it?
    Not a word for any aircraft ("the other", "l'appareil"): it names no listed kind."""
    if a.generic:
        return False
    told = [x for x in between(doc.facts.mentions, lo, a.span[0]) if x.kind != "cue"]
    start = told[-1].span[1] if told else lo
    if told and told[-1].kind == "verb":
        return False
    if not re.search(r"[,:]", doc.text[start : a.span[0]]):
        return False
    nxt = [x for x in between(doc.facts.mentions, a.span[1], doc.sentence(a.span[0]).end) if x.kind != "cue"]
    return bool(nxt) and nxt[0].kind == kind and not doc.text[a.span[1] : nxt[0].span[0]].strip()


def _met_then_left(doc: Doc, m: Mention | Place) -> bool:
    """ "Greek jets intercepted the pair, which left after about four minutes", "...
    intercepted them, and they turned back after ten minutes", « des Mirage grecs les
    ont interceptés et ils sont repartis au bout de quatre minutes »: a measure told
    after a word of leaving (EXIT_CUE key "exit") whose subject is a pronoun or a
    relative right before it (SUBJECT_PRONOUN_CUE, RELATIVE_SUBJECT_CUE; auxiliaries
    only between: "qui sont repartis"; not "escorted it and left") that opens a clause
    (after a comma or an "and", COORD_CUE; not "sent to identify it returned"), told after
    aircraft of its sentence that all rose to meet another (``responder``; the last one
    and those of its clause), is
    the intruder's: those met leave, not those that met them ("... intercepted them and
    returned to base": no subject of its own, the responders')."""
    if not isinstance(m, Mention):
        return False
    told = between(doc.facts.aircraft, doc.sentence(m.span[0]).start, m.span[0])
    if not told:
        return False
    clause = doc.clause(told[-1].span[0])
    if not all(responder(doc, t) for t in told if clause.start <= t.span[0] < clause.end):
        return False
    lo = told[-1].span[1]
    exits = [c for c in doc.cues.within("EXIT_CUE", lo, m.span[0]) if c.key == "exit"]
    if not exits:
        return False
    subjects = [
        c
        for cls in ("SUBJECT_PRONOUN_CUE", "RELATIVE_SUBJECT_CUE")
        for c in doc.cues.within(cls, lo, exits[0].start)
    ]
    aux = doc.lexicon.folded_forms("AUX")
    return any(
        (doc.text[lo : c.start].rstrip().endswith(",") or doc.cues.ending_at("COORD_CUE", c.start, doc.text))
        and all(w.folded in aux for w in words_of(doc.text[c.end : exits[0].start]))
        for c in subjects
    )


def _pronoun_of_other(doc: Doc, mine: Aircraft, m: Mention | Place) -> bool:
    """ "Des chasseurs ont été envoyés à la rencontre des intrus ; ils sont restés vingt
    minutes dans la zone", "Fighters were sent to meet the intruders. They stayed ...": a
    clause opened by a subject pronoun (SUBJECT_PRONOUN_CUE) takes up the subject of the
    clause before it, that clause's first aircraft, not the nearest one, when their
    numbers agree (keys "singular", "plural"; "... to scramble its jets. It crossed":
    not the jets); what it tells is that aircraft's when it rose to meet another
    (``responder``; "Un objet, probablement un drone, est entré ... Il a été suivi" is
    the intruder however its words differ)."""
    clause = doc.clause(m.span[0])
    told_text = doc.text[clause.start : clause.end]
    pronoun = doc.cues.opening("SUBJECT_PRONOUN_CUE", clause.start + len(told_text) - len(told_text.lstrip()))
    if clause.start == 0 or pronoun is None or pronoun.key not in ("singular", "plural"):
        return False
    before = doc.clause(clause.start - 1)
    told = between(doc.facts.aircraft, before.start, before.end)
    if not told or told[0].plural != (pronoun.key == "plural"):
        return False
    return responder(doc, told[0])


def _in_clause_of_borrowed(doc: Doc, anchors: list[Anchor], mine: Aircraft, m: Mention | Place) -> bool:
    """ "At 10:10 two drones crossed near Włodawa; at 14:40 three more entered near
    Hrubieszów", "...; à 14 h 40, trois autres sont entrés": a time or quantity told in
    the clause of one of the record's anchors, with no aircraft named there before it,
    of a record whose aircraft is named in another clause (taken from before: "three
    more" names no noun) is the crossing's own, not an item's after that aircraft."""
    clause = doc.clause(m.span[0])
    if not any(a.clause.nth == clause.nth for a in anchors):
        return False
    if clause.start <= mine.span[0] < clause.end:
        return False
    return not between(doc.facts.aircraft, clause.start, m.span[0])


def _told_of_all(doc: Doc, t: Aircraft) -> bool:
    """ "Both aircraft stayed ...", "each plane", "tous deux": an aircraft of no state
    and no model right after a word of all of them (ALL_MEMBERS_CUE, the cue may hold
    the noun) names again all those told before, the record's among them; not one named
    anew ("both Russian and Chinese jets")."""
    if t.state or t.model:
        return False
    return doc.cues.leading_into("ALL_MEMBERS_CUE", t.span[0], doc.text) is not None


def place_of_other(doc: Doc, anchors: list[Anchor], mine: Aircraft, p: Place) -> bool:
    """Is the place ``p`` told of another aircraft than ``mine`` (``told_of_other``: "...,
    and a helicopter was spotted over Kaunas")? Not when its clause names ``mine`` again
    before it ("The aircraft was shot down by a Dutch F-35 near Wyryki": where it was
    met)."""
    clause = doc.clause(p.span[0])
    if any(not _other(doc, t, mine) for t in between(doc.facts.aircraft, clause.start, p.span[0])):
        return False
    return told_of_other(doc, anchors, mine, p)


def _of_item_before(doc: Doc, prev: Aircraft, mine: Aircraft, m: Mention | Place) -> bool:
    """ "A CN-235 violated it four times near Lemnos at 09:12, a UAV violated it twice
    near Samos": a time or quantity told after another aircraft and a verb of its own,
    before the record's own aircraft named later in the same sentence, is that item's,
    even where no clause boundary parts the items. One told after a list word ("...,
    and at 15:40 a second helicopter crossed") or a word of contrast ("..., while on
    Saturday two helicopters violated ...", CLAUSE_CUE key "contrast") opens the next
    item."""
    if mine.span[0] < m.span[1] or doc.sentence(mine.span[0]) != doc.sentence(m.span[0]):
        return False
    verbs = between(doc.facts.verbs, prev.span[1], m.span[0])
    if not verbs or doc.cues.within("LIST_CUE", verbs[-1].span[1], m.span[0]):
        return False
    if _contrast(doc, verbs[-1].span[1], m.span[0]):
        return False
    if ";" in doc.text[verbs[-1].span[1] : m.span[0]]:
        return False  # "...; on Wednesday at 14:05, a CN-235 flew ...": the next item opens
    if _seen_at(doc, verbs[-1], m, mine):
        return False
    return _other(doc, prev, mine)


def _seen_at(doc: Doc, verb: Verb, m: Mention | Place, mine: Aircraft) -> bool:
    """ "... after radars detected at 03:15 a drone entering Romanian airspace", « les
    radars ont repéré vers 2 h 40 un appareil sans pilote »: a time or quantity told
    right after a verb of seeing ([verbs] perceiving) and before the record's own
    aircraft, the one seen, with no other verb between, is told of that aircraft."""
    if verb.key not in rules()["verbs"]["perceiving"] or verb.negated:
        return False
    return not between(doc.facts.verbs, verb.span[1], mine.span[0]) and not between(
        doc.facts.aircraft, verb.span[1], mine.span[0]
    )


def _contrast(doc: Doc, lo: int, hi: int) -> bool:
    """Does a word of contrast (CLAUSE_CUE key "contrast": "tandis que", "while") open a
    clause in [lo, hi)? Set against the one before, it opens the next item as a list
    word does ("..., tandis que samedi, deux hélicoptères ont violé ...")."""
    return any(c.key == "contrast" for c in doc.cues.within("CLAUSE_CUE", lo, hi))


def of_item_after(doc: Doc, mine: Aircraft, m: Mention | Place) -> bool:
    """ "A Mi-8 flew 500 metres into Lithuanian airspace, and at 15:40 a Mi-24 crossed
    the border": a time or quantity after a list word (or a word of contrast, "...,
    tandis que samedi, deux hélicoptères ont violé ...") that follows the record's verb,
    right before another aircraft named anew with a verb of its own, opens that item:
    it is not the record's."""
    sent = doc.sentence(m.span[0])
    if m.span[0] < mine.span[1] or doc.sentence(mine.span[0]) != sent:
        return False
    verbs = between(doc.facts.verbs, mine.span[1], m.span[0])
    # "...; on Wednesday, two more entered Latvia": a semicolon opens the next item too
    semi = bool(verbs) and ";" in doc.text[verbs[-1].span[1] : m.span[0]]
    contrast = bool(verbs) and _contrast(doc, verbs[-1].span[1], m.span[0])
    if not verbs or not (semi or contrast or doc.cues.within("LIST_CUE", verbs[-1].span[1], m.span[0])):
        return False
    nxt = between(doc.facts.mentions, m.span[1], sent.end)
    nxt = [x for x in nxt if x.kind in ("aircraft", "verb")][:2]
    if nxt and nxt[0].kind == "verb" and doc.clause(nxt[0].span[0]) == doc.clause(m.span[0]):
        # "deux autres sont entrés", "two more entered": more aircraft told with no noun
        return bool(doc.cues.within("ONE_MORE_CUE", m.span[1], nxt[0].span[0]))
    if len(nxt) < 2 or nxt[0].kind != "aircraft" or nxt[1].kind != "verb":
        return False
    if doc.cues.within("LIST_CUE", m.span[1], nxt[0].span[0]):
        return False  # "at 09:12 and again at 11:40, and a CN-235 entered ...": listed times
    # "tandis que samedi, deux hélicoptères ont violé ...": the day closes the clause its
    # word of contrast opens, right before the item's aircraft
    right_before = not [x for x in between(doc.facts.mentions, m.span[1], nxt[0].span[0]) if x.kind != "cue"]
    # "..., and another on 24 July, | when an L-410 entered": a day (not a time: "à 14 h 30,
    # tandis qu'un drone ...") ends its clause right before the clause that tells the item
    item = doc.clause(nxt[0].span[0])
    day = isinstance(m, Mention) and m.kind == "date"
    closes = day and item.start >= m.span[1] and not doc.text[m.span[1] : item.start].strip(" ,")
    if item != doc.clause(m.span[0]) and not ((contrast or closes) and right_before):
        return False
    after = [a for a in between(doc.facts.aircraft, m.span[1], sent.end) if a.span == nxt[0].span]
    return bool(after) and _other(doc, after[0], mine)


def _one_opens(
    doc: Doc, m: Mention | Place, mine: Aircraft, anchors: list[Anchor], ranks: bool = False
) -> bool:
    """ "Three Indian quadcopters crossed ..., and one was shot down about 600 metres
    inside", "l'un a été abattu à 600 mètres": after the crossing's words, a bare "one"
    (EACH_CUE, alone or as a number, no part of another phrase: not "one of them", "one
    kilometre"; no aircraft right after it: not an article) then a verb, before ``m``,
    tells of one member of the group ``mine`` (more than one), as "one of them" does:
    ``m`` is the member's. So does the rank of one member then a verb of no noun ("Trois
    drones sont entrés ... Le premier est resté quatre minutes": RANK_CUE; not "the
    first violation took place at ...", a crossing's own rank), when asked (``ranks``:
    a record not split by the ranks of its members, ``episodes.split``)."""
    if not mine.plural and (mine.count is None or mine.count < 2):
        return False
    sent = doc.sentence(m.span[0])
    ends = [a.span[1] for a in anchors if sent.start <= a.span[0] and a.span[1] <= m.span[0]]
    # "Two drones flew into Latvian airspace ... One flew at an altitude of about 300
    # metres": the "one" opening the next sentence of the paragraph (a rank, even before a
    # verb of crossing there: "Le premier est resté quatre minutes au-dessus du territoire
    # polonais"; a rank also in the next paragraph: "The second drone left after ...")
    opening = _member_words(doc, sent.start, m.span[0], ranks)[:1]
    if opening and not doc.text[sent.start : opening[0].start].strip():
        if _told_just_before(doc, sent, anchors, opening[0].cls == "RANK_CUE"):
            if not ends or opening[0].cls == "RANK_CUE":
                ends = [sent.start]
    if not ends:
        return False
    said = between(doc.facts.mentions, min(ends), m.span[0])
    phrases = [x for x in said if x.kind not in ("cue", "number")]
    for c in _member_words(doc, min(ends), m.span[0], ranks):
        # "The first stayed": a verb phrase may begin inside the rank's words; "the
        # second drone left": the rank heads the member's own phrase, told after it
        lo = c.start + 1 if c.cls == "RANK_CUE" else c.end
        own = [x for x in phrases if x.span[0] <= c.start < x.span[1]]
        if own and not (c.cls == "RANK_CUE" and _ranked_member(own[0], c, mine)):
            continue  # "one of them", "one kilometre": a phrase of its own
        lo = own[0].span[1] if own else lo
        nxt = [x for x in between(doc.facts.mentions, lo, m.span[0]) if x.kind not in ("cue", "number")][:1]
        if nxt and nxt[0].kind == "verb" and not (c.cls == "RANK_CUE" and nxt[0].extra.get("noun")):
            return True
        if c.cls == "RANK_CUE" and doc.clause(c.start).start == c.start:
            # "The first lingered there for about eight minutes", "...; the second left
            # after some ten minutes", "le second a quitté le territoire": a verb not
            # known, or a word of leaving, the rank opening its clause
            if not nxt or doc.cues.within("EXIT_CUE", c.end, m.span[0]):
                return True
    return False


def _member_words(doc: Doc, lo: int, hi: int, ranks: bool) -> list[Cue]:
    """The words of one member of a group in [lo, hi), in text order: "one" (EACH_CUE)
    and, asked (``ranks``), a member's rank (RANK_CUE)."""
    found = doc.cues.within("EACH_CUE", lo, hi)
    if ranks:
        found = sorted(found + doc.cues.within("RANK_CUE", lo, hi), key=lambda c: c.start)
    return found


def _ranked_member(x: Mention, c: Cue, mine: Aircraft) -> bool:
    """Is the phrase ``x`` one aircraft of the group ``mine``'s kind headed by the rank
    ``c`` ("the second drone" after "two drones")?"""
    return (
        x.kind == "aircraft"
        and x.span[0] == c.start
        and not x.extra.get("plural")
        and x.value in (mine.category, "unknown")
    )


def _told_just_before(doc: Doc, sent: Scope, anchors: list[Anchor], across: bool = False) -> bool:
    """Is one of ``anchors`` in the sentence right before ``sent``, in its paragraph (or,
    ``across``, in the paragraph before)?"""
    if sent.nth < 1:
        return False
    before = doc.seg.sentences.scopes[sent.nth - 1]
    if not across and doc.paragraph(before.start) != doc.paragraph(sent.start):
        return False
    return any(before.start <= a.span[0] < before.end for a in anchors)


def _part_told_after(
    doc: Doc, t: Aircraft, mine: Aircraft, anchors: list[Anchor], counted: bool = False
) -> bool:
    """Is ``t`` a part of the group ``mine`` ("one of them", "les deux autres", a
    counted model after a group of no count nor model: "drones violated it 12 times;
    one Bayraktar TB2 flew over Kos at 18,000 ft", or one told after a word of a part:
    "dont deux drones") named after the crossing's words? A crossing told in the
    part's own clause after it ("one of them flew over Galați at 03:10") is the part's,
    not the group's."""
    if t.span == mine.span:
        return False  # the part is the record's own aircraft (``_part_told_again``)
    member = t.counted and t.model is not None and mine.model is None and mine.plural and mine.count is None
    # anchors of later sentences are no crossing of the part's own ("Two of the drones
    # returned within 15 minutes. The third was tracked over X")
    upto = doc.sentence(t.span[0]).end
    before = [
        a.span[1] <= t.span[0]
        for a in anchors
        if a.span[0] < upto and not (a.clause.start <= t.span[0] < a.span[0])
    ]
    if not (any(before) and all(before)):
        return False
    # "one of them"; "two of the drones" of a group counted (of one not counted, "des
    # avions ...; deux de leurs chasseurs y sont restés", the part may be all it tells)
    partitive = t.partitive or (counted and mine.count is not None and counted_part(doc, t))
    return part_of_group(doc, t) or ((partitive or member) and not mine.partitive and t.count != mine.count)


def _other(doc: Doc, t: Aircraft, mine: Aircraft) -> bool:
    """Is ``t`` another aircraft than ``mine``? Named anew, when it differs; named as
    known ("the drones"), when every aircraft named anew before it that it may be
    differs ("The spy plane left", after a drone, may be that drone renamed); by its
    count when told ("the two aircraft" are the two Su-30s, not the Il-20). One told
    as another ("un autre drone", "a second drone": ANOTHER_CUE opening it) is another."""
    if not t.definite and told_as_known(doc, t):
        t = antecedent(doc, t)  # "...; літак перебував там": the plane named again
    if not t.definite:
        return (
            t.differs(mine)
            or _two_singles(doc, t, mine)
            or _told_as_another(doc, t, mine)
            or _of_no_state_told(doc, t, mine)
        )
    # "the two aircraft" after "two Su-30s and an Il-20": a count told names those of it
    known = [
        p
        for p in between(doc.facts.aircraft, 0, t.span[0])
        if not (p.definite or p.generic)
        and not t.differs(p)
        and not (t.counted and p.counted and t.count != p.count)
    ]
    return bool(known) and all(p.differs(mine) for p in known)


def _of_no_state_told(doc: Doc, t: Aircraft, mine: Aircraft) -> bool:
    """ "A Russian drone entered ... On Thursday a man was fined for flying a hobby drone
    over the air base for 20 minutes", "un drone non identifié a survolé la base":
    an aircraft named anew with a word saying it is of no state or of none known
    (UNKNOWN_ORIGIN_CUE in its phrase: "unidentified", "hobby", "de loisir"), after a
    record's aircraft of a state, is another one: what is told of it is its own."""
    return (
        mine.state is not None
        and t.state is None
        and t.span[0] > mine.span[1]
        and bool(doc.cues.within("UNKNOWN_ORIGIN_CUE", t.span[0], t.span[1]))
    )


def told_as_new(doc: Doc, a: Aircraft) -> bool:
    """ "Another aircraft", "a third plane, a Y-9 patrol aircraft", "un troisième
    appareil, un Il-20": an aircraft whose phrase opens with a word of another
    (ANOTHER_CUE), or apposed to a word that does: a new member of a series
    told before, not one named again (it takes no model from the one before)."""
    if _opens_as_another(doc, a.span):
        return True
    clause = doc.clause(a.span[0])
    head = between(doc.facts.aircraft, clause.start, a.span[0])[-1:]
    return (
        bool(head)
        and doc.text[head[0].span[1] : a.span[0]].strip() == ","
        and _opens_as_another(doc, head[0].span)
    )


def _opens_as_another(doc: Doc, span: Span) -> bool:
    cue = doc.cues.opening("ANOTHER_CUE", span[0])
    return cue is not None and cue.end <= span[1]


def _told_as_another(doc: Doc, t: Aircraft, mine: Aircraft) -> bool:
    """ "Un autre drone avait pénétré de 3 km", "another drone flew 3 km in": an
    aircraft opened by a word of another (ANOTHER_CUE), named after ``mine``."""
    if t.span[0] <= mine.span[0]:
        return False
    cue = doc.cues.opening("ANOTHER_CUE", t.span[0]) or doc.cues.leading_into(
        "ANOTHER_CUE", t.span[0], doc.text
    )
    return cue is not None and cue.end <= t.span[1]


def _two_singles(doc: Doc, t: Aircraft, mine: Aircraft) -> bool:
    """Two single aircraft each named anew in one sentence are two ("a Belarusian
    helicopter flew 500 m into ..., and at 15:40 a second helicopter crossed"); a group
    told first ("Russian helicopters violated ...") may be detailed after."""
    return (
        t.span != mine.span
        and not (mine.definite or mine.generic or mine.plural or t.plural or t.generic)
        and doc.sentence(t.span[0]) == doc.sentence(mine.span[0])
    )


def _day_run(doc: Doc, d: Draft) -> list[Mention]:
    """Days listed after a verb of the crossing ("on 3 May and again on 5 May", "the
    incidents occurred on 25 April and 18 August"), not a period ("between 3 and 5
    May"): the longest such list of the draft's anchors."""
    best: list[Mention] = []
    for anchor in d.anchors:
        sent = doc.sentence(anchor.span[0])
        # paired one to one, the days may come first ("tombés près de X et de Y,
        # respectivement lundi et mercredi, après avoir pénétré ...")
        lo = sent.start if _respectively(doc, anchor.span[0]) else anchor.span[1]
        days = [
            m
            for m in between(doc.facts.dates, lo, sent.end)
            if m.extra.get("precision") == "day"
            and not _told_with_speech(doc, m)
            and not of_other_one(doc, m)  # "après celles des 9 et 17 janvier"
        ]
        run = _run(doc, days)
        clause = doc.clause(run[0].span[0]) if run else anchor.clause
        if (
            run
            and not _respectively(doc, anchor.span[0])
            and clause is not anchor.clause
            and not _resumed(doc, anchor.clause, clause)
        ):
            # "...; police recovered two on Tuesday and three on Wednesday": another
            # clause's, unless a colon or a dash opens the list ("...: one on Monday")
            if not opens_list(doc, anchor.span[1], run[0].span[0]):
                run = []
        if len(run) > len(best):
            best = run
        opening = _days_opening(doc, anchor, sent)
        if len(opening) > len(best):
            best = opening
    return best


def _resumed(doc: Doc, first: Scope, later: Scope) -> bool:
    """Is ``later`` the clause ``first`` goes on in after asides set off by commas ("les
    deux incursions de l'hélicoptère, qui ont duré entre deux et cinq minutes, ont eu
    lieu le 25 mars et le 18 avril")? Only asides between them, one at least."""
    between_ = range(first.nth + 1, later.nth)
    return later.nth > first.nth + 1 and all(k in doc.seg.asides for k in between_)


def _days_opening(doc: Doc, anchor: Anchor, sent: Scope) -> list[Mention]:
    """ "Les 16 et 18 juin, des hélicoptères biélorusses ont survolé ...", "On Tuesday
    and Wednesday, helicopters flew over ...": days listed at the opening of the
    sentence, before the crossing's verb (no verb between), are its listed days too."""
    days = [
        m
        for m in between(doc.facts.dates, sent.start, anchor.span[0])
        if m.extra.get("precision") == "day" and not _told_with_speech(doc, m)
    ]
    run = _run(doc, days)
    if len(run) < 2 or doc.text[sent.start : run[0].extra.get("phrase_start", run[0].span[0])].strip():
        return []
    return [] if between(doc.facts.verbs, run[0].span[0], anchor.span[0]) else run


def _listed_day(doc: Doc, m: Mention, sent: Scope) -> bool:
    """Is the day ``m`` listed after a day of its sentence (only list words and commas
    between them, ``_joined``: "on Monday, then again on Wednesday", "lundi, et
    mercredi")?"""
    before = [x for x in between(doc.facts.dates, sent.start, m.span[0]) if x.span[1] <= m.span[0]][-1:]
    return bool(before) and _joined(doc, before[0].span, m.span)


def _tail(doc: Doc, m: Mention, said: Mention, sent: Scope) -> bool:
    """Is the statement ``said``, first told after the listed day ``m``, the sentence's
    tail, only its speaker (or its own day) after it ("lundi, puis de nouveau mercredi,
    a affirmé l'armée", "on Monday, then again on Wednesday, the army said")? Then the
    day is an item of the list of days, though a word of a clause ("then", "puis")
    opens it; a statement saying something past its word ("..., et mercredi, le
    ministère a déclaré qu'il avait convoqué ...": THAT_CUE right after it, in
    ``_told_with_speech``) is of that day."""
    if not doc.text[m.span[1] : said.span[0]].strip(" ,"):
        return True
    rest = list(doc.text[said.span[1] : sent.end])
    for d in between(doc.facts.dates, said.span[1], sent.end):
        lo = max(d.extra.get("phrase_start", d.span[0]), said.span[1]) - said.span[1]
        rest[lo : d.span[1] - said.span[1]] = " " * (d.span[1] - said.span[1] - lo)
    return not "".join(rest).strip(" .,;")


def _opens_said(doc: Doc, pos: int) -> bool:
    """Does the word opening what is said (THAT_CUE) stand right before ``pos``, only
    white space or its elision's apostrophe between ("that on Friday", "qu'hier"), or
    the comma that sets the day apart ("informou que, na segunda-feira, um avião ...")?"""
    found = doc.cues.within("THAT_CUE", doc.sentence(pos).start, pos)[-1:]
    if not found:
        return False
    # a time of day opening what is said, the day right after it, nothing told
    # between ("that at 23:05 on 2 December", "che alle 23:05 del 2 dicembre")
    end = pos
    times = between(doc.facts.times, found[0].end, pos)
    if times and not between(doc.facts.mentions, times[-1].span[1], pos):
        end = times[0].span[0]
    # the night the day names opens it ("that on the night of 7 September", "que dans
    # la nuit du 7 septembre")
    night = doc.cues.leading_into("NIGHT_CUE", end, doc.text)
    if night is not None and night.start >= found[0].end:
        end = night.start
    # "that early on Thursday", "que tôt jeudi": the edge of the day opens it
    edge = doc.cues.ending_at("DAY_EDGE_CUE", end, doc.text)
    if edge is not None and edge.start >= found[0].end:
        end = edge.start
    return not doc.text[found[0].end : end].strip(" ,'\u2019")


def _day_heading_colon(doc: Doc, m: Mention) -> bool:
    """ "More serious was Thursday: Tokyo said an Il-20 had entered ...", « Plus grave,
    jeudi : Tokyo a indiqué qu'un Il-20 ... »: a day right before a colon, no saying
    (a cue of speech, denial or claim) before it in its sentence, heads what the colon
    opens: the day of what is told after it, not of the statement there ("Tokyo said
    on Thursday: ..." is the saying's). Not the day heading an entry of a log ("Tuesday
    3 March: Latvia says ...", ``segment.entry_day``): when the entry was posted."""
    if not doc.text[m.span[1] :].lstrip(" \t").startswith(":"):
        return False
    if entry_day(doc.text, m.extra.get("phrase_start", m.span[0]), m.span[1]):
        return False
    told = between(doc.facts.cues, doc.sentence(m.span[0]).start, m.span[0])
    return not any(c.value in ("say", "deny", "alleged", "according") for c in told)


def _hedged_aside(doc: Doc, cue: Mention, m: Mention) -> bool:
    """ "Two drones, probably Russian, on Monday violated", "Два дрони, ймовірно
    російські, у понеділок порушили": a word of doubt opening an aside right after the
    aircraft, closed before the day, doubts what the aircraft is, no statement's day."""
    before = between(doc.facts.aircraft, doc.clause(cue.span[0]).start, cue.span[0])[-1:]
    opens = bool(before) and not doc.text[before[0].span[1] : cue.span[0]].strip(" ,(")
    return opens and any(ch in doc.text[cue.span[1] : m.span[0]] for ch in ",)")


def _after_according(doc: Doc, cue: Mention, m: Mention) -> bool:
    """ "According to the statement, on 14 March two jets violated ...", "selon le
    communiqué, le 14 mars, deux F-16 ...": a noun of saying that a word of quoting
    opens (ACCORDING cue before it in its clause, no verb, aircraft, day or time between
    them), closed by a comma before the day: the day opens what it says ("according to
    a statement issued on 15 March" dates the statement). French "selon un communiqué"
    is the two words, not one word of saying. The word of quoting may open a source
    ("According to the ministry statement, on Wednesday ...": a source mention told
    with its word of quoting)."""
    if said_unmarked(doc, cue, m):
        return True
    clause = doc.clause(cue.span[0])
    quoting = [c for c in between(doc.facts.mentions, clause.start, cue.span[0]) if _quoting(c)][-1:]
    told = between(doc.facts.mentions, quoting[0].span[1], cue.span[0]) if quoting else []
    if not quoting or any(x.kind in ("verb", "aircraft", "date", "time") for x in told):
        return said_aside(doc, cue, m.extra.get("phrase_start", m.span[0]))
    return "," in doc.text[cue.span[1] : m.extra.get("phrase_start", m.span[0])]


def _quoting(m: Mention) -> bool:
    """A word of quoting ("according to", "selon"), alone or opening a source."""
    if m.kind == "source":
        return bool(m.extra.get("according"))
    return m.kind == "cue" and m.value == "according"


_SPEAKER_KINDS = frozenset({"source", "state", "place"})


def said_unmarked(doc: Doc, cue: Mention, m: Mention) -> bool:
    """ "Das Kommando meldete, am Mittwochabend um 22.05 Uhr sei eine Drohne
    eingedrungen": a comma right after a verb of saying, then days and times only up to
    ``m`` (its speaker may stand between: "meldete das Kommando in Riga, am ..."), opens what
    is said with no word of it (reported speech without "dass"): the
    day or time is the crossing's. Set apart by a comma after it ("a indiqué, mercredi,
    que ...", "said, on Wednesday, that") or followed by a word opening what is said
    before the next verb, it is an aside of the statement, its day."""
    text = doc.text
    if cue.value != "say" or cue.span[1] > m.span[0]:
        return False
    told = between(doc.facts.mentions, cue.span[1], m.span[1])
    n = len(told)
    while n and told[n - 1].kind in ("date", "time"):
        n -= 1
    # the speaker and where it speaks from: "meldete das Kommando in Riga, am ..."
    if n == len(told) or any(x.kind not in _SPEAKER_KINDS for x in told[:n]):
        return False
    opened = told[n - 1].span[1] if n else cue.span[1]
    if text[opened : told[n].extra.get("phrase_start", told[n].span[0])].strip() != ",":
        return False
    sent = doc.sentence(m.span[0])
    rest = [x for x in between(doc.facts.mentions, m.span[1], sent.end) if x.kind not in ("date", "time")]
    close = rest[0].span[0] if rest else sent.end
    run = [x for x in between(doc.facts.mentions, m.span[1], close)]
    tail = run[-1].span[1] if run else m.span[1]
    if text[tail:close].lstrip().startswith(","):
        return False
    verb = between(doc.facts.verbs, close, sent.end)[:1]
    return not doc.cues.within("THAT_CUE", tail, verb[0].span[0] if verb else sent.end)


def said_aside(doc: Doc, cue: Mention, pos: int) -> bool:
    """ "As the ministry reported, on Thursday at 14:20 a jet entered ...", "Comme l'a
    indiqué l'armée, jeudi vers 14 h 20 ...", "Как сообщило Минобороны, в четверг ...":
    a word of saying ``cue`` in an aside that a word of manner (AS_SAID_CUE) opens at the
    head of its sentence, only its speaker between them, closed by a comma before
    ``pos``: what follows the comma is what is said, a day or a time there is the
    crossing's, not the statement's ("as well as", "such as" open no sentence)."""
    sent = doc.sentence(cue.span[0])
    opener = doc.cues.within("AS_SAID_CUE", sent.start, cue.span[0])[:1]
    if not opener or doc.text[sent.start : opener[0].start].strip(" \t\n\"'«»“”„"):
        return False
    told = between(doc.facts.mentions, opener[0].end, cue.span[0])
    if any(x.kind in ("verb", "aircraft", "date", "time") for x in told):
        return False
    return "," in doc.text[cue.span[1] : pos]


@per_mention
def _reported_crossing_day(doc: Doc, m: Mention) -> bool:
    """ "A similar incursion had been reported on Tuesday", "Two other overflights were
    reported on Monday and Friday", « des survols semblables avaient été signalés mardi »:
    a day (or a list of days) right after a word of occurring (OCCUR_CUE, a passive of
    reporting among them) whose subject is a noun of crossing told like or besides one
    told before (a word of likeness or of others in the clause before it) dates those
    earlier crossings, not a statement ("The incursion was reported on Sunday by the
    army" takes up the crossing told: no such word)."""
    clause = doc.clause(m.span[0])
    start = m.extra.get("phrase_start", m.span[0])
    occur = doc.cues.within("OCCUR_CUE", clause.start, start)[-1:]
    if not occur:
        return False
    # "... on Tuesday and (on) Thursday": the days listed after it, nothing else
    if any(x.kind not in ("date", "cue") for x in between(doc.facts.mentions, occur[0].end, start)):
        return False
    nouns = [v for v in between(doc.facts.verbs, clause.start, occur[0].start) if v.noun and not v.negated]
    return bool(nouns) and doc.cues.any_within(_LIKE_OR_OTHER, clause.start, occur[0].start)


# words telling a crossing like or besides one told before ("similar", "another", "two other")
_LIKE_OR_OTHER = ("SIMILAR_CUE", "SUCH_CUE", "OTHERS_CUE", "ANOTHER_CUE")


@per_mention
def _day_of_event(doc: Doc, m: Mention) -> bool:
    """ "Said of Tuesday's incident", "Monday's violation": a day that owns a noun of
    the event (POSSESSIVE_CUE right after it, the noun right after that) is the
    event's day, not the statement's (the day a noun owns, "l'incident de mardi",
    is no statement's day already)."""
    text = doc.text
    clause = doc.clause(m.span[0])
    own = doc.cues.within("POSSESSIVE_CUE", m.span[1], clause.end)[:1]
    if own and not text[m.span[1] : own[0].start].strip(" '’"):
        own_end = own[0].end
        nxt = between(doc.facts.verbs, own_end, clause.end)[:1]
        if nxt and nxt[0].noun and not text[own_end : nxt[0].span[0]].strip():
            return True
    return False


def _day_of_its_crossings(doc: Doc, m: Mention) -> bool:
    """ "L'état-major a fait état mardi de 23 violations ... au cours de la journée", "the
    staff reported on Tuesday 14 violations during the day": a day told with a statement
    whose clause tells crossings after it (a noun of crossing, not denied) over the whole
    of a day (WHOLE_DAY_CUE after that noun in the clause) is those crossings' day: the
    statement tells that day's count."""
    clause = doc.clause(m.span[0])
    nouns = [v for v in between(doc.facts.verbs, m.span[1], clause.end) if v.noun and not v.negated]
    return bool(nouns) and bool(doc.cues.within("WHOLE_DAY_CUE", nouns[0].span[1], clause.end))


def _day_of_other_event(doc: Doc, m: Mention, clause: Scope) -> bool:
    """ "Les autorités ont fermé mardi soir l'aéroport ..., a indiqué le centre", "closed
    Vilnius airport on Tuesday evening ..., the crisis centre said": a day told after a
    word of another event (OTHER_EVENT_CUE: a closure, a take-off, an alert) in its
    clause, with no word of saying between, is that event's day, not the statement's."""
    events = doc.cues.within("OTHER_EVENT_CUE", clause.start, m.span[0])
    if not events:
        return False
    return not [c for c in between(doc.facts.cues, events[-1].end, m.span[0]) if c.value in ("say", "deny")]


def _day_of_saying(doc: Doc, m: Mention) -> bool:
    """ "..., Monday's statement said", "Friday's report by the ministry": a day that
    owns a word of speech (POSSESSIVE_CUE right after it, the cue right after that) is
    the statement's day."""
    text = doc.text
    clause = doc.clause(m.span[0])
    own = doc.cues.within("POSSESSIVE_CUE", m.span[1], clause.end)[:1]
    if not own or text[m.span[1] : own[0].start].strip(" '’"):
        return False
    nxt = between(doc.facts.cues, own[0].end, clause.end)[:1]
    return bool(nxt) and nxt[0].value in ("say", "deny") and not text[own[0].end : nxt[0].span[0]].strip()


def _day_of_summons(doc: Doc, m: Mention) -> bool:
    """ "The minister summoned the Russian envoy over the incident on Wednesday", « a
    convoqué l'ambassadeur au sujet de l'incident, mercredi »: a day told after a word of
    calling a diplomat in (SUMMON_CUE) in its clause, with no verb of crossing (a noun of
    it, the summons' matter, may stand there) nor other day between them, is the summons'
    day. A day that owns a noun ("over Sunday's incursion") is the crossing's."""
    clause = doc.clause(m.span[0])
    cues = doc.cues.within("SUMMON_CUE", clause.start, m.span[0])[-1:]
    if not cues or doc.cues.within("POSSESSIVE_CUE", m.span[1], m.span[1] + 2):
        return False
    if between(doc.facts.dates, cues[0].end, m.span[0]):
        return False
    return all(v.noun for v in between(doc.facts.verbs, cues[0].end, m.span[0]))


def _a_saying(doc: Doc, x: Mention, day: Mention) -> bool:
    """Is cue ``x``, told after ``day``, a saying ("said", "claimed", "a accusé")? A word
    of doubt told right after an aircraft, with no speaker between ("On Saturday, a
    Turkish drone reportedly hit a car", "Samedi, un drone a probablement frappé ..."),
    hedges what the aircraft did: the aircraft is its subject, no speaker."""
    if x.value == "say" and _saying_of_aircraft(doc, x, day):
        return False
    if x.value in ("say", "deny"):
        return True
    if x.value != "alleged":
        return False
    return not _aircraft_only_between(doc, day.span[1], x.span[0])


def _aircraft_only_between(doc: Doc, lo: int, hi: int) -> bool:
    """Is an aircraft told in [lo, hi), with nothing but aircraft, numbers and states, or
    the time and place of the day told before it ("On 13 May at 02:14 near Wlodawa an
    object, probably a drone, ...")?"""
    told = between(doc.facts.mentions, lo, hi)
    kinds = {t.kind for t in told}
    return "aircraft" in kinds and kinds <= {"aircraft", "number", "state", "time", "location"}


def _saying_of_aircraft(doc: Doc, x: Mention, day: Mention) -> bool:
    """ "On 26 August, a Chinese Y-9 was confirmed to have violated ...", "On Monday, two
    drones, the army said, entered ...", "Lundi, deux drones, a indiqué l'armée, ont
    pénétré ...": a saying told after an aircraft (the first thing told since the day;
    after it, no more than the aside's speaker) whose next word of substance is the
    crossing's verb (no aircraft, no word opening what is said, between them) is an
    aside or the aircraft's own passive: the aircraft is the crossing's subject, and the
    day opening the sentence is the crossing's."""
    told = between(doc.facts.mentions, day.span[1], x.span[0])
    if any(t.kind not in ("aircraft", "number", "state", "source") for t in told):
        return False
    # the aircraft first; a speaker after it is the aside's ("a drone, the ministry said, ...")
    first = next((t for t in told if t.kind != "number"), None)
    if first is None or first.kind != "aircraft":
        return False
    sent = doc.sentence(x.span[0])
    told = between(doc.facts.mentions, x.span[1], sent.end)
    rest = [t for t in told if t.kind in ("verb", "aircraft", "cue")]
    nxt = next((t for t in rest if t.kind != "cue" or t.value in ("say", "deny", "alleged")), None)
    if nxt is None or nxt.kind != "verb" or nxt.extra.get("noun"):
        return False
    return not doc.cues.within("THAT_CUE", x.span[1], nxt.span[0])


def _crossing_before_saying(doc: Doc, day: Mention, said: Mention) -> bool:
    """ "12 March -- A Sudanese Antonov bombs the outskirts of Tine, inside Chadian
    territory, N'Djamena says", "Le 12 mars, un Antonov soudanais a bombardé Tiné, en
    territoire tchadien, a affirmé N'Djamena": an aircraft, then the zone it was in,
    told between a day opening the sentence and the saying that closes it tell the
    crossing before the saying (by no verb of crossing): the day is the crossing's."""
    kinds = [t.kind for t in between(doc.facts.mentions, day.span[1], said.span[0])]
    return "aircraft" in kinds and "zone" in kinds[kinds.index("aircraft") :]


def _in_said_aside(doc: Doc, cue: Mention, m: Mention) -> bool:
    """ "Jak poinformowało w czwartek Dowództwo, ...", "Як повідомило в четвер
    Міноборони, ...": a word of quoting that a word of manner (AS_SAID_CUE) opens at the
    head of its sentence is a saying told as an aside; a day told in it, before the
    aside's comma, is the statement's ("Jak poinformowało Dowództwo, w czwartek ..."
    tells the crossing's day after the comma)."""
    sent = doc.sentence(cue.span[0])
    if doc.text[sent.start : cue.span[0]].strip(" \t\n\"'«»“”„"):
        return False
    opener = doc.cues.starting_at("AS_SAID_CUE", cue.span[0], doc.text)
    if opener is None or opener.end > cue.span[1]:
        return False
    return "," not in doc.text[cue.span[1] : m.extra.get("phrase_start", m.span[0])]


@per_mention
def clocked_finding(doc: Doc, m: Mention) -> bool:
    """ "At around 11:29 on 13 August, the Air Self-Defense Force confirmed that a Y-9
    violated ...", "Le 13 août vers 11 h 29, le ministère a confirmé qu'un Y-9 ...": a
    day or time opening the sentence, a time of day among what opens it, before a word
    of finding out (ASCERTAINED_CUE, its first word of saying, no verb or aircraft
    before it) is when the crossing was seen, not when a statement was made; not when
    what was found tells a day or time of its own ("At 14:00 on Tuesday, the Pentagon
    confirmed that a balloon had entered on Monday"; the span of the stay from that
    time, "(approximately 11:29 to 11:31)", is no time of its own)."""
    sent = doc.sentence(m.span[0])
    found = doc.cues.within("ASCERTAINED_CUE", m.span[1], sent.end)[:1]
    if not found:
        return False
    lo, hi = sent.start, found[0].start
    told = between(doc.facts.mentions, lo, hi)
    if any(x.kind in ("verb", "aircraft") or (x.kind == "cue" and x.value in ("say", "deny")) for x in told):
        return False
    clocks = {t.value for t in between(doc.facts.times, lo, hi) if t.extra.get("tz") != "UTC"}
    own = between(doc.facts.mentions, found[0].end, sent.end)
    return bool(clocks) and not any(
        x.kind == "date" or (x.kind == "time" and x.value not in clocks) for x in own
    )


def _day_of_record_over(doc: Doc, m: Mention) -> bool:
    """ "On 26 September, Poland reported a Belarusian balloon over Bialystok", "- 26 Sep:
    the Border Guard reports a Russian drone over Virolahti", « Le 26 septembre, la
    Pologne a signalé un ballon au-dessus de Białystok »: a day told before a word of
    record (RECORD_CUE key "record") that is also the sentence's first word of saying,
    its clause telling an aircraft and no verb after it (a report of an aircraft seen
    over a place, ``anchors._recorded_over``), is when the aircraft was seen, not when it
    was said; not when the sentence tells a day of its own after the word."""
    sent = doc.sentence(m.span[0])
    rec = doc.recording(m.span[1], sent.end)[:1]
    if not rec:
        return False
    clause = doc.clause(rec[0].start)
    before = between(doc.facts.mentions, m.span[1], rec[0].start)
    if any(x.kind in ("verb", "aircraft") for x in before):
        return False
    after = between(doc.facts.mentions, rec[0].end, sent.end)
    if between(doc.facts.verbs, rec[0].end, clause.end) or any(x.kind == "date" for x in after):
        return False
    return bool(between(doc.facts.aircraft, rec[0].end, clause.end))


@per_mention
def _told_with_speech(doc: Doc, m: Mention) -> bool:
    """A day told with the statement ("said on Tuesday", "a annoncé jeudi"): the
    speech cue and the day in one clause, no verb of crossing between them; a day
    that opens what is said, right after its word (THAT_CUE: "said that on Friday two
    jets ...", "a indiqué que vendredi, deux chasseurs ..."), is the crossing's ("told
    the Post that in a letter dated Friday" dates the letter). Worked out once per
    document and day (``per_mention``): the anchors, episodes and every resolver of
    every record ask it again of the same days, and it reads only the document's text,
    cues and mentions (never the crossings drafted since)."""
    clause = doc.clause(m.span[0])
    if _opens_said(doc, m.extra.get("phrase_start", m.span[0])) or _day_of_event(doc, m):
        return False
    if clocked_finding(doc, m) or _day_heading_colon(doc, m) or _day_of_record_over(doc, m):
        return False
    if _reported_crossing_day(doc, m) or _day_of_its_crossings(doc, m):
        return False
    if _day_of_saying(doc, m) or _day_of_summons(doc, m):
        return True
    for cue in between(doc.facts.cues, clause.start, m.span[0]):
        # an aircraft between them is the subject of what is said ("meldete, ein
        # Flugzeug habe am 2. Dezember ... verletzt": the verb comes last)
        told = between(doc.facts.mentions, cue.span[1], m.span[0])
        told = [x for x in told if x.kind in ("verb", "aircraft")]
        if doc.cues.within("OTHER_EVENT_CUE", cue.span[1], m.span[0]):
            continue  # "affirme avoir abattu, le 3 mai, un drone": the day of what is said done
        if cue.value == "alleged" and doc.cues.within("ACCUSED_DEED_CUE", cue.span[1], m.span[0]):
            continue  # "accuse l'armée soudanaise d'avoir bombardé mardi": the deed's day
        if cue.value == "alleged" and doc.cues.within("STRIKE_CUE", clause.start, cue.span[0]):
            continue  # "jets struck suspected PKK positions on Sunday": the target hedged
        if cue.value in ("say", "deny", "alleged") and not told and not _after_according(doc, cue, m):
            if cue.value == "alleged" and _hedged_aside(doc, cue, m):
                continue
            return True
        if cue.value == "according" and not told and _in_said_aside(doc, cue, m):
            return True
    # "On Wednesday, Tbilisi said that Russian jets had ...", "Mercredi, Tbilissi a
    # déclaré que ...": a day opening the sentence (or a clause of it: "...; on Sunday
    # the army said it had recovered a drone that crossed ...") whose first verb is the
    # saying
    sent = doc.sentence(m.span[0])
    told = [x for x in between(doc.facts.mentions, m.span[1], sent.end) if x.kind in ("verb", "cue")]
    # the verb closing its clause ("hat am Mittwoch eine Verletzung ... gemeldet"): a
    # noun of violation before it is its object, not the first verb
    told = [x for x in told if not (doc.lexicon.verb_last and x.kind == "verb" and x.extra.get("noun"))]
    first = next((x for x in told if x.kind == "verb" or _a_saying(doc, x, m)), None)
    said = first if first is not None and first.kind == "cue" else None
    if said is not None and _crossing_before_saying(doc, m, said):
        said = None
    if said is not None and _listed_day(doc, m, sent):
        if _tail(doc, m, said, sent):
            return False
        if doc.cues.starting_at("THAT_CUE", said.span[1], doc.text) is not None:
            return True
    told_before = between(doc.facts.mentions, clause.start, m.span[0])
    # an item whose verb is left out ("... and over Y at 11:55 on Wednesday, the staff
    # said") tells its crossing before the day all the same
    gapped = doc.seg.gapped_in(clause.start, m.span[0])
    if not [x for x in told_before if x.kind in ("verb", "aircraft")] and not gapped and said is not None:
        return not _day_of_other_event(doc, m, clause)
    # "the military declined to comment on Tuesday"
    return any(
        not between(doc.facts.verbs, c.end, m.span[0])
        for c in doc.cues.within("NO_COMMENT_CUE", clause.start, m.span[0])
    )
