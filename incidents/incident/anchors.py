"""Stage 2: anchors, the clauses that tell a crossing.

An anchor is a verb (or noun) of crossing and its goal in one clause, matched by the
rules of ``rules.toml`` (``[[anchor]]``), tried in order. A clause whose verb is
negated ("no aircraft had entered", "n'a pas violé") or hypothetical ("could enter",
"exercise simulating an incursion") anchors nothing; neither does a goal that is
international airspace.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any

from ..model import Mention
from ..words import LazyPattern, unaccent
from .cues import Cue, Word, words_of
from .distances import is_altitude
from .doc import YEAR, Doc, lengths_in, rules, wars_on, years_told_in
from .facts import Aircraft, Place, Span, StateRef, Verb, ZoneRef, between
from .segment import (
    ITEM_MARKS,
    MEMBER_OPENERS,
    Scope,
    bullet_line,
    entry_day,
    item_line,
    label_end,
    line_of,
    member_list_open,
)

Goal = ZoneRef | StateRef | Place

#: Zones that are no state's airspace: a goal of these anchors nothing (rules.toml).
NO_STATE_ZONES = frozenset(rules()["zones"]["nobodys"])
#: verbs of a crossing told done, after which one told "before" goes on (rules.toml)
JOURNEY = frozenset(rules()["verbs"]["journey"])
JOURNEY_END = frozenset(rules()["verbs"]["journey_end"])
#: verbs of coming down (rules.toml)
COMING_DOWN = frozenset(rules()["verbs"]["coming_down"])
#: verbs of coming down or being set down ("crashed near X", "s'est posé près de X")
SET_DOWN = COMING_DOWN | {"alight"}
#: verbs of coming in again, a crossing of its own: "re-entered", and "came back" once told leaving
COMING_AGAIN = frozenset(rules()["verbs"]["again"]) | frozenset(rules()["verbs"]["back_again"])
#: verbs of finding what came down ("debris was found near X"): no crossing told by them
FOUND_ONLY = frozenset(rules()["verbs"]["found_only"])

#: anchors that tell where an aircraft flew or was seen, not that it went in ([stay] and
#: [strike] of rules.toml): a stay beside a denial, a strike's path between states at war
FLOWN_OVER = frozenset(rules()["stay"]["rules"]) | frozenset(rules()["strike"]["rules"])

#: anchors of sending ([strike] sent): between states at war, a strike sent, not a crossing
SENT_INTO = frozenset(rules()["strike"]["sent"])

#: anchors told only by the zone left after an entry ([left] of rules.toml)
LEFT_AFTER = frozenset(rules()["left"]["rules"])


@dataclass(slots=True, eq=False, repr=False)
class Rule:
    name: str
    verbs: frozenset[str]
    goals: frozenset[str]
    zones: frozenset[str]
    side: str
    link: tuple[str, ...]
    block: tuple[str, ...]
    subject: bool
    agent: bool  # an aircraft between the noun and its goal ("the incursion by a drone into")
    agent_after: bool  # the goal's agent after it ("le survol du Niger par un drone")
    object_after: bool  # the aircraft the object after a fronted goal ("a retrouvé près de X un drone")
    own_subject: bool  # an aircraft of its own before it in its clause, not a group's member
    committed: bool  # the noun told as the deed of an aircraft ("a drone made an incursion into")
    violator: bool  # the crossing needs a violator state ("crashed in X": a foreign aircraft)
    violated: bool  # the crossing needs a violated state ("over the same area": one told before)
    state_told: bool  # a place goal's state told with it ("the Latvian town of X"), not known
    foreign_down: bool  # or a drone or balloon of another state came down there (``_foreign_drifter_at``)
    own_violated: bool  # a land goal after the speaker's own airspace told violated before it
    any_name: bool  # a named place of any kind, not only land ("over Orodara", "la zone de X")
    without_leave: bool  # a land goal flown over without leave (NO_LEAVE_CUE in its clause)
    from_abroad: bool  # a land goal flown over by an aircraft told coming from another state
    timed: bool  # told with how long: a duration in its clause ("was in X airspace for a minute")
    dated_entry: bool  # told in a tracker's line opened by its day ("- 3 Oct: two balloons over X")
    kinds: frozenset[str]  # the kinds of aircraft it is told of (empty: any): "landed in X", drones
    any_kind_with: tuple[str, ...]  # cue classes in its clause that make it told of any kind
    land_kinds: frozenset[str]  # kinds also told of when set down on a piece of land of a state
    no_border: bool  # a border is no goal of it ("sent jets to the border": not across it)
    destination: tuple[str, ...]  # link words that, before a state, tell where it was sent to
    through: tuple[str, ...]  # CLAUSE_CUE keys opening the next clause its goal may be in ("puis")
    speakers_land: (
        bool  # a land goal of no known state, entered by another state's aircraft (``_speakers_land``)
    )

    @classmethod
    def of(cls, raw: dict[str, Any]) -> Rule:
        return cls(
            name=raw["name"],
            verbs=frozenset(raw["verbs"]),
            goals=frozenset(raw["goals"]),
            zones=frozenset(raw.get("zones", rules()["zones"]["entered"])),
            side=raw.get("side", "after"),
            link=tuple(raw.get("link", ())),
            block=tuple(raw.get("block", ())),
            subject=raw.get("subject") == "required",
            agent=raw.get("subject") == "between",
            agent_after=raw.get("subject") == "agent",
            object_after=raw.get("subject") == "object",
            own_subject=raw.get("subject") == "own",
            committed=raw.get("subject") == "committed",
            violator=raw.get("violator") == "required",
            violated=raw.get("violated") == "required",
            state_told=raw.get("place") in ("state told", "state told or foreign"),
            foreign_down=raw.get("place") == "state told or foreign",
            own_violated=raw.get("place") in ("own airspace violated", "own airspace violated, any name"),
            any_name=raw.get("place") == "own airspace violated, any name",
            without_leave=raw.get("place") == "without leave",
            from_abroad=raw.get("place") == "from abroad",
            timed=raw.get("told") == "how long",
            dated_entry=raw.get("told") == "in a dated entry",
            kinds=frozenset(raw.get("kinds", ())),
            any_kind_with=tuple(raw.get("any_kind_with", ())),
            land_kinds=frozenset(raw.get("land_kinds", ())),
            no_border=raw.get("border") == "no",
            destination=tuple(raw.get("destination", ())),
            through=tuple(raw.get("through", ())),
            speakers_land=raw.get("unknown_place") == "speaker's land",
        )


@functools.cache
def anchor_rules() -> tuple[Rule, ...]:
    return tuple(Rule.of(r) for r in rules()["anchor"])


@functools.cache
def rules_of_verb(key: str) -> tuple[Rule, ...]:
    """The anchor rules a verb of this key may anchor, in their order (tried in turn for
    each verb of every document: the others are not looked at)."""
    return tuple(r for r in anchor_rules() if key in r.verbs)


@functools.cache
def needs_violator(name: str) -> bool:
    """Does the anchor rule ``name`` tell a crossing only of a foreign aircraft?"""
    return any(r.violator for r in anchor_rules() if r.name == name)


def admits(doc: Doc, anchor: Anchor, category: str) -> bool:
    """Does ``anchor``'s rule tell a crossing of an aircraft of ``category``? A rule told
    only of some kinds ("landed in X": drones and balloons) tells one of any kind when a
    word of its ``any_kind_with`` classes stands in its clause ("a Burkinabe helicopter
    landed without authorisation in X": NO_LEAVE_CUE), or one of its ``land_kinds`` when
    its goal is a named piece of land set down on ("two Nicaraguan helicopters landed on
    the Costa Rican island of Calero": ON_CUE)."""
    rule = next((r for r in anchor_rules() if r.name == anchor.rule), None)
    if rule is None or not rule.kinds or category in rule.kinds:
        return True
    if category in rule.land_kinds and isinstance(anchor.goal, Place) and anchor.goal.land:
        # set down on it ("landed on the island of X", "s'est posé sur"), not in it
        # ("landed in Varėna district for a joint exercise": a flight like any other)
        on = ("ON_CUE",)
        owner = _owner_before(doc, anchor.goal)
        if _linked(doc, on, anchor.goal) or (owner is not None and _linked(doc, on, owner)):
            return True
    clause = anchor.clause
    return any(doc.cues.within(cls, clause.start, clause.end) for cls in rule.any_kind_with)


def told_by_origin(name: str) -> bool:
    """Does the anchor rule ``name`` tell a crossing by where it came from, no goal
    (side "origin": "crossed over from Belarus")?"""
    return any(r.side == "origin" for r in anchor_rules() if r.name == name)


def needs_violated(name: str) -> bool:
    """Does the anchor rule ``name`` tell a crossing only where a state crossed is told?"""
    return any(r.violated for r in anchor_rules() if r.name == name)


@dataclass(slots=True, eq=False, repr=False)
class Anchor:
    """A crossing told in one clause: the rule that matched, its verb (none for a
    link word), its goal, and the zone it gives the record."""

    rule: str
    span: Span
    verb: Verb | None
    goal: Goal | None  # None: a crossing told as an event ("the violation took place at")
    zone: str
    clause: Scope

    @property
    def goal_span(self) -> Span:
        return self.goal.span if self.goal is not None else self.span

    @property
    def goal_state(self) -> str | None:
        g = self.goal
        if g is None:
            return None
        if isinstance(g, ZoneRef):
            return g.state
        if isinstance(g, StateRef):
            return g.code
        return g.state


def find_anchors(doc: Doc) -> list[Anchor]:
    """Every anchor of the document, in text order."""
    rule_list = anchor_rules()
    found: list[Anchor] = []
    used: set[Span] = set()
    for verb in doc.facts.verbs:
        if _blocked(doc, verb.span, verb):
            continue
        for rule in rules_of_verb(verb.key):
            anchor = _match(doc, rule, verb.span, verb)
            if anchor is not None and not _left_told_before(anchor, found):
                found.append(anchor)
                used.add(anchor.goal_span)
                break
    for rule in rule_list:
        if "*" not in rule.verbs:
            continue
        for cls in rule.link:
            for cue in doc.cues.by_class.get(cls, []):
                clause = doc.clause(cue.start)
                if between(doc.facts.verbs, clause.start, cue.start):
                    continue  # a known verb is there: its own rules (and negation) decide
                anchor = _match(doc, rule, (cue.start, cue.end), None)
                if (
                    anchor is not None
                    and anchor.goal_span not in used
                    and not _blocked(doc, anchor.span, None)
                ):
                    found.append(anchor)
                    used.add(anchor.goal_span)
    found.sort(key=lambda a: a.span)
    found = _finds_tallied(doc, found)
    found = _journey_ends(doc, _crossing_told_after(doc, _found_alone(doc, _counted_only(doc, found))))
    found = _stopped_short(
        doc, _beyond_speakers(doc, _again(doc, _recorded_over(doc, _dated_line_over(doc, found))))
    )
    found = _kept_home(doc, _stayed_instead(doc, _summed_up(doc, _earlier_legs(doc, found))))
    found = [a for a in found if not _stayed_on_other_side(doc, a)]
    found = [a for a in found if not _border_not_crossed(doc, a)]
    found = _each_items(doc, _with_gapped(doc, _with_listed_states(doc, _bulleted_items(doc, found))))
    found = _verbless_ranked(doc, found)
    return sorted(found + _other_ones(doc, found) + _earlier_counted(doc, found), key=lambda a: a.span)


def _left_told_before(anchor: Anchor, found: list[Anchor]) -> bool:
    """Is ``anchor`` an entry told only by the zone it then left ([left] of rules.toml: «
    est entré à 10 h 12 et a quitté l'espace aérien estonien ») after a crossing into that
    state told before it? After « a violé l'espace aérien finlandais », « a pénétré vers
    13 h 20 et a quitté l'espace aérien finlandais » tells that crossing's details, and
    "the second entered at 03:15 and left Romanian airspace" a member's entry (_again):
    no anchor of its own."""
    return anchor.rule in LEFT_AFTER and any(b.goal_state == anchor.goal_state for b in found)


def _verbless_ranked(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "Three Russian aircraft violated Lithuanian airspace. The first, a Su-30,
    crossed at 14:12. The second, an An-26, was a few minutes behind it at 3,000 metres.
    The third, a Be-12, entered at 14:31", « Le premier, un Su-27, a franchi ... Le
    deuxième, un Il-20, se trouvait à 8 000 mètres. Le troisième, un Mi-8, est resté ... »:
    a sentence of its paragraph opened by a rank (RANK_CUE) set apart by a comma with an
    aircraft named right after it, with no verb of the lexicon nor a word of negation,
    between two sentences each opened by the rank before and after it that tell a
    crossing, is the crossing of that member too: an anchor of its own (rule "gapped",
    the verb and goal of the member before it), no longer a member left out."""
    out = list(found)
    for k, prev in enumerate(found[:-1]):
        sent = doc.sentence(prev.span[0])
        mid = doc.sentence(next_start(doc.text, sent.end))
        if mid.start <= sent.start or doc.paragraph(mid.start) != doc.paragraph(sent.start):
            continue
        nxt = found[k + 1]
        after = doc.sentence(next_start(doc.text, mid.end))
        if not (after.start <= nxt.span[0] < after.end) or after.start <= mid.start:
            continue
        ranks = [_sentence_rank(doc, x) for x in (sent, mid, after)]
        if None in ranks or not _ranks_follow(ranks):
            continue
        if not _member_detail_only(doc, mid):
            continue
        out.append(Anchor("gapped", (mid.start, mid.start), prev.verb, prev.goal, prev.zone, mid))
    return sorted(out, key=lambda a: a.span)


#: cue classes of a flight that stays out (along, near, back, kept out, without crossing)
_STAYED_OUT = ("ALONG_CUE", "APPROACH_CUE", "EXIT_CUE", "KEPT_OUT_CUE", "NO_CROSS_CUE")


def _member_detail_only(doc: Doc, sent: Scope) -> bool:
    """Does the ranked member's sentence tell only details of a flight (a time, a
    distance, an altitude, a duration) with no verb of the lexicon, no negation and no
    word of staying out ("flew along the border", « a longé la frontière »)?"""
    lo, hi = sent.start, sent.end
    if between(doc.facts.verbs, lo, hi) or doc.negations(lo, hi) or doc.cues.any_within(_STAYED_OUT, lo, hi):
        return False
    return any(m.kind in ("time", "distance", "duration") for m in between(doc.facts.mentions, lo, hi))


def _sentence_rank(doc: Doc, sent: Scope) -> str | None:
    """The rank (RANK_CUE key) opening ``sent``, set apart by a comma with an aircraft
    named right after it ("The second, an An-26 transport aircraft, ..."), or None."""
    rank = doc.cues.opening("RANK_CUE", next_start(doc.text, sent.start))
    if rank is None or not doc.text[rank.end :].startswith(","):
        return None
    named = between(doc.facts.aircraft, rank.end, sent.end)[:1]
    if not named or doc.text[rank.end + 1 : named[0].span[0]].strip():
        return None
    return rank.key


def _ranks_follow(ranks: list[str | None]) -> bool:
    """Do the three ranks follow one another ("1", "2", "3"; the last may be "last")?"""
    first, mid, last = ranks
    if not (first and mid and first.isdigit() and mid.isdigit()) or int(mid) != int(first) + 1:
        return False
    return last == "last" or (last is not None and last.isdigit() and int(last) == int(mid) + 1)


def _summed_up(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "- At 09:45 two F-16s violated it near Lesbos. - At 13:02 a drone violated it near
    Kos. In total, the Turkish aircraft committed 11 violations", "Au total, ...": a
    sentence opened by a word of a total (TOTAL_CUE) after crossings told in two or more
    other clauses sums them up: no item of its own, and its count is no item's number
    of times. Not a total told first ("In total, 11 violations: ..."), whose items follow."""
    out: list[Anchor] = []
    for a in found:
        sent = doc.sentence(a.span[0])
        opened = any(
            not doc.text[sent.start : c.start].strip(" -–—•*\t")
            for c in doc.cues.within("TOTAL_CUE", sent.start, a.span[0])
        )
        told = {doc.clause(b.span[0]).start for b in found if b.span[0] < sent.start}
        if not (opened and len(told) >= 2):
            out.append(a)
    return out


def _stayed_instead(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "A drone flew close to Reni but stayed in Ukrainian airspace", "s'est approché
    d'Izmaïl mais est resté dans l'espace aérien ukrainien": a verb of staying set
    against what the clause before told (STAY_CONTRAST_CUE over the verb) says where
    the aircraft was all along: no crossing of it. Not after a crossing told in the
    clause before ("crossed into it but stayed in Estonian airspace only a minute")."""
    out: list[Anchor] = []
    for a in found:
        cues = doc.cues.within("STAY_CONTRAST_CUE", a.clause.start, a.clause.end)
        if a.verb is None or not any(c.start < a.span[0] < c.end for c in cues) or a.clause.start == 0:
            out.append(a)
            continue
        before = doc.clause(a.clause.start - 1)
        if any(before.start <= b.span[0] < before.end for b in found if b is not a):
            out.append(a)
    return out


def _border_not_crossed(doc: Doc, a: Anchor) -> bool:
    """ "A drone flew over the Pakistani border but did not cross it", "without crossing
    it", "Un drone a survolé la frontière pakistanaise sans la franchir", "mais ne l'a
    pas franchie": a flight over or along a border (its goal a border, ZoneRef.border)
    told with a denial of crossing after it in its sentence (a negated verb of entering,
    [verbs] entering, or a word of "without" joined to one: NO_CROSS_CUE) stayed on its
    side: no crossing. Not a verb of entering itself ("crossed the border")."""
    goal, entering = a.goal, rules()["verbs"]["entering"]
    if a.verb is None or a.verb.key in entering or not isinstance(goal, ZoneRef) or not goal.border:
        return False  # "crossed the border, whether by mistake or not" tells a crossing
    sent = doc.sentence(a.span[0])
    if any(v.negated and v.key in entering for v in between(doc.facts.verbs, a.span[1], sent.end)):
        return True
    return bool(doc.cues.within("NO_CROSS_CUE", goal.span[1], sent.end))


def _kept_home(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "A Belarusian helicopter crossed into Polish airspace. A second helicopter had
    remained over Belarusian territory the whole time", "the other stayed over Russian
    territory throughout", "Un second hélicoptère est resté au-dessus du territoire
    biélorusse pendant tout ce temps": a word of having stayed (KEPT_OUT_CUE key "stay")
    over the verb, a word of all along in its clause (key "all_along"), into the land of
    the state whose aircraft the paragraph told before it, of an aircraft of no other
    state: where that aircraft stayed at home, no crossing."""
    out: list[Anchor] = []
    for a in found:
        state = a.goal_state
        clause = a.clause
        stays = [c for c in doc.cues.within("KEPT_OUT_CUE", clause.start, clause.end) if c.key == "stay"]
        along = [c for c in doc.cues.within("KEPT_OUT_CUE", clause.start, clause.end) if c.key == "all_along"]
        if (
            state is None
            or a.verb is None
            or not along
            or not any(c.start < a.span[1] and a.span[0] < c.end for c in stays)
        ):
            out.append(a)
            continue
        para = doc.paragraph(a.span[0])
        before = [x.state for x in between(doc.facts.aircraft, para.start, clause.start) if x.state]
        own = [x.state for x in between(doc.facts.aircraft, clause.start, a.span[0]) if x.state]
        if state not in before or any(s != state for s in own):
            out.append(a)
    return out


def _stayed_on_other_side(doc: Doc, a: Anchor) -> bool:
    """ "A second drone spotted over Tavush stayed on the Azerbaijani side of the
    border", « un drone aperçu au-dessus du Tavush est resté du côté azerbaïdjanais de
    la frontière »: a word of having stayed (STAY_SIDE_CUE) after the goal in
    its clause, right before a state's side (a zone with a word of SIDE_CUE) of another
    state than the goal's, says where the aircraft was: no crossing of the goal; nor of
    that side itself, the anchor's goal right after the word, when a place of another
    state is told before the word in its clause. Not a side of the goal's own state
    ("stayed on the Armenian side for ten minutes")."""
    state = a.goal_state
    if state is None or a.goal is None:
        return False
    clause = a.clause
    before = doc.cues.ending_at("STAY_SIDE_CUE", a.goal.span[0], doc.text)
    if before is not None and doc.cues.within("SIDE_CUE", *a.goal.span):
        places = between(doc.facts.places, clause.start, before.start)
        return any(p.state and p.state != state for p in places)
    stays = doc.cues.within("STAY_SIDE_CUE", a.goal.span[1], clause.end)
    for c in stays:
        zones = [z for z in between(doc.facts.zones, c.end, clause.end) if z.span[0] >= c.end][:1]
        if not zones or doc.text[c.end : zones[0].span[0]].strip(" ,") not in ("", "the", "le", "la"):
            continue
        z = zones[0]
        if z.state and z.state != state and doc.cues.within("SIDE_CUE", z.span[0], z.span[1]):
            return True
    return False


#: the rule name of an earlier crossing told by a pronoun ("après celle du 5 novembre")
OTHER_ONE = "other-one"
#: the rule name of a crossing told as like the one before ("une incursion semblable")
ALIKE = "similar"


def _other_ones(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "C'est la deuxième incursion du mois, après celle du 5 novembre", "a longer
    incursion than the one on 5 November": a pronoun standing for another crossing
    (OTHER_ONE_CUE) with a day right after it tells that earlier crossing in passing:
    an anchor of its own (no goal: its aircraft and states are the crossing's told
    before). Only when the word it stands for is a noun of crossing, the last noun
    told before it in its sentence, and a crossing is anchored before it there or in
    the sentence right before it, also across a paragraph break ("... violated
    Estonian airspace. It was the second violation this year, after the one on 14
    March"). A pronoun that is
    the subject of a word of occurring with no noun before it in its sentence stands
    for the last noun of the sentence before, also across a paragraph break ("C'est la
    deuxième violation du mois. [¶] La première avait eu lieu le 14 janvier"), the
    crossing anchored in that sentence or the one before it in its paragraph."""
    out = []
    cues = doc.cues.by_class.get("OTHER_ONE_CUE", [])
    for cue in cues:
        if any(c is not cue and c.start <= cue.start and cue.end <= c.end for c in cues):
            continue  # "one on" inside "the one on": one pronoun
        sent = doc.sentence(cue.start)
        days = other_one_days(doc, cue)
        if not days:
            continue
        told = sent
        nouns = [v for v in between(doc.facts.verbs, sent.start, cue.start) if v.noun]
        if not nouns and _occurring(doc, cue) and sent.start > 0:
            # "C'est la deuxième violation du mois. [¶] Selon le ministère, la première avait
            # eu lieu le 14 janvier": the noun it stands for ends the sentence before
            told = doc.sentence(sent.start - 1)
            nouns = [v for v in between(doc.facts.verbs, told.start, told.end) if v.noun]
        if not any(_crossing_lo(doc, told) <= a.span[0] < cue.start and a.rule != OTHER_ONE for a in found):
            continue
        if not nouns or nouns[-1].key not in rules()["verbs"]["crossing_nouns"]:
            continue
        if between(doc.facts.aircraft, nouns[-1].span[1], cue.start):
            continue  # "l'intrusion, plus brève que celle du drone du 5 novembre"
        # "après celles des 9 et 17 janvier": one earlier crossing a day listed
        spans = [(cue.start, cue.end)] + [m.span for m in days[1:]]
        out += [Anchor(OTHER_ONE, at, None, None, "airspace", doc.clause(cue.start)) for at in spans]
    return out


def _earlier_counted(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "It was the third violation this year, after two incursions by Mi-8 helicopters
    in March", « troisième violation de l'année, après deux incursions d'hélicoptères
    Mi-8 en mars »: a noun of crossing ([verbs] crossing_nouns) with no goal, counted
    by a number right after a word of after (EARLIER_COUNTED_CUE) and right followed by
    its aircraft, told after another noun of crossing in its sentence, tells those
    earlier crossings in passing: an anchor of its own (no goal: its states are the
    crossing's told before, as for ``_other_ones``), when a crossing is anchored before
    it in its sentence or the one before."""
    anchored = {a.span for a in found}
    nouns = frozenset(rules()["verbs"]["crossing_nouns"])
    out = []
    for cue in doc.cues.by_class.get("EARLIER_COUNTED_CUE", []):
        count = between(doc.facts.mentions, cue.end, len(doc.text))[:1]
        if not count or count[0].kind != "number" or doc.text[cue.end : count[0].span[0]].strip():
            continue
        v = next((v for v in doc.facts.verbs if v.span[0] >= count[0].span[1]), None)
        if v is None or not v.noun or v.key not in nouns or v.span in anchored:
            continue
        if doc.text[count[0].span[1] : v.span[0]].strip():
            continue
        sent = doc.sentence(cue.start)
        ac = between(doc.facts.aircraft, v.span[1], doc.clause(v.span[0]).end)[:1]
        if not ac or len(doc.text[v.span[1] : ac[0].span[0]].split()) > 2:
            continue  # "after two incursions by Mi-8 helicopters": its aircraft right after it
        before = [n for n in between(doc.facts.verbs, sent.start, cue.start) if n.noun]
        if not before or before[-1].key not in nouns:
            continue
        if not any(_crossing_lo(doc, sent) <= a.span[0] < cue.start and a.rule != OTHER_ONE for a in found):
            continue
        out.append(Anchor(OTHER_ONE, v.span, v, None, "airspace", doc.clause(v.span[0])))
    return out


def _crossing_lo(doc: Doc, told: Scope) -> int:
    """Where the crossing a pronoun standing for another one (``_other_ones``) is
    compared with may be told: from the start of the paragraph of the sentence ``told``
    (that of the noun the pronoun stands for), or of the paragraph before when that
    sentence opens its own ("... on Monday. Tallinn protested. [¶] It was the third
    such intrusion this year, after the one on 2 April")."""
    para = doc.paragraph(told.start)
    if para.start > 0 and not doc.text[para.start : told.start].strip():
        return doc.paragraph(doc.sentence(para.start - 1).start).start
    return para.start


def _occurring(doc: Doc, cue: Cue) -> bool:
    """Is the pronoun ``cue`` the subject of a word of occurring right after it ("the
    first took place", "la première avait eu lieu": OCCUR_CUE key "occur")?"""
    occur = doc.cues.starting_at("OCCUR_CUE", cue.end, doc.text)
    return occur is not None and occur.key == "occur"


def other_one_days(doc: Doc, cue: Cue) -> list[Mention]:
    """The days a pronoun standing for other crossings (OTHER_ONE_CUE) tells: the day
    right after it (only white space between, or the day's phrase opening with the
    pronoun's last word), then the days listed after that one in its sentence (in one
    phrase, "celles des 9 et 17 janvier", or joined by a list word with nothing else told
    between, "celles du 9 janvier et du 2 février"). A bare number of a day right after the
    pronoun listed before a day of a month ("ceux du 9 et du 17 janvier") is that day of
    that month. Empty when no day of a calendar comes right after the pronoun."""
    # the days listed one by one ("9 et 17 janvier" is two), the other mentions as told;
    # in its sentence ("on 3, 9 and 20 February": a comma may end a clause)
    sent = doc.sentence(cue.start)
    # "the first took place on 14 January", "la première avait eu lieu le 14 janvier":
    # the pronoun the subject of a word of occurring (OCCUR_CUE key "occur") right after it
    occur = doc.cues.starting_at("OCCUR_CUE", cue.end, doc.text)
    lo, end = (occur.start, occur.end) if occur is not None and occur.key == "occur" else (cue.start, cue.end)
    told = [m for m in between(doc.facts.mentions, lo, sent.end) if m.kind not in ("cue", "date")]
    told = sorted(told + between(doc.facts.dates, lo, sent.end), key=lambda m: m.span)
    # not a word of the pronoun itself ("one on", "une première": no count)
    told = [m for m in told if m.span[1] > end]
    told, end = _past_own_words(doc, cue, told, end)
    if not told or doc.text[end : max(end, told[0].span[0])].strip():
        return []
    run = told[:1]
    for m in told[1:]:
        last = run[-1]
        same = last.extra.get("phrase_start") is not None and m.extra.get("phrase_start") == last.extra.get(
            "phrase_start"
        )
        if not _a_day(m) or not (same or _listed_next(doc, last.span, m.span)):
            break
        run.append(m)
    if run[0].kind == "number" and len(run) > 1:
        run[0] = _day_of_month(run[0], run[1])
    return run if all(_a_day(m) for m in run) else []


def _past_own_words(doc: Doc, cue: Cue, told: list[Mention], end: int) -> tuple[list[Mention], int]:
    """ "after one by a drone on May 18", "après celle d'un drone au-dessus des îles
    Senkaku le 18 mai": the mentions told after the pronoun from its day on, and the end
    of the last one before that day, when the earlier crossing's own aircraft or place
    (aircraft, location or zone mentions, nothing else told) stands between the pronoun
    (ending at ``end``) and a day right after them in its clause; ``told`` and ``end``
    as they were otherwise."""
    k = 0
    while k < len(told) and told[k].kind in ("aircraft", "location", "zone"):
        k += 1
    if k == 0 or k == len(told) or not _a_day(told[k]):
        return told, end
    if doc.clause(told[k].span[0]).start > cue.start:
        return told, end
    return told[k:], told[k - 1].span[1]


def of_other_one(doc: Doc, m: Mention) -> bool:
    """ "C'est la deuxième incursion du mois, après celle du 5 novembre", "après celles des
    9 et 17 janvier", "the second this month, after the one on 5 November": a day a
    pronoun that stands for another crossing tells (``other_one_days`` of the last
    OTHER_ONE_CUE before it in its sentence) dates that one."""
    sent = doc.sentence(m.span[0])
    cues = doc.cues.within("OTHER_ONE_CUE", sent.start, m.span[1])[-1:]
    if not cues or cues[0].start >= m.span[0]:
        return False
    return any(d.span == m.span for d in other_one_days(doc, cues[0]))


def _a_day(m: Mention) -> bool:
    return m.kind == "date" and m.extra.get("precision") == "day" and m.value is not None


def _listed_next(doc: Doc, a: Span, b: Span) -> bool:
    """Are ``a`` and ``b`` joined by a list word (LIST_CUE) with no verb between them?"""
    return bool(doc.cues.within("LIST_CUE", a[1], b[0])) and not between(doc.facts.verbs, a[1], b[0])


def _day_of_month(n: Mention, day: Mention) -> Mention:
    """The bare number ``n`` as a day of the month of ``day`` told after it, earlier in
    that month (``n`` unchanged when it is no such day)."""
    value = day.value if isinstance(day.value, dt.date) else dt.date.fromisoformat(str(day.value))
    if not isinstance(n.value, int) or isinstance(n.value, bool) or not 1 <= n.value < value.day:
        return n
    told = value.replace(day=n.value)
    extra = {k: v for k, v in day.extra.items() if k != "phrase_start"}
    as_told = told if isinstance(day.value, dt.date) else told.isoformat()
    return Mention("date", n.text, n.span, as_told, extra=extra)


def list_heading(doc: Doc, pos: int) -> bool:
    """Is ``pos`` in a list's heading: a paragraph that ends with a colon, the next one
    opening with a bullet or a log's day and dash ("Timeline of the drone crashes in
    Romania:\n• 4 Sept: ...", "Journal des incidents :\n13/03 - ...")?"""
    para = doc.paragraph(pos)
    text = doc.text[para.start : para.end].rstrip()
    return text.endswith(":") and para.end < len(doc.text) and item_line(doc.text, para.end)


def _bulleted_items(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "Incidents logged by the Lithuanian army in March:\n- 3 March, 14:20: Belarusian
    Mi-24 helicopter, 500 m inside, near Druskininkai": a list's heading that tells
    crossings of one state (a noun of violation or incident, and one state only: its
    sky, a body of it, or its name), but counts none itself ("reported two violations
    on 13 February:" is read with its items), makes each bulleted line under it that
    names an aircraft and tells no crossing of its own (nor denies one: "no
    violation") a crossing of that state: an anchor right after the line's first
    aircraft, its goal that state."""
    out = list(found)
    paras = doc.seg.paragraphs.scopes
    for head in paras:
        state = _heading_state(doc, head) if _heads_items(doc, head) else None
        if state is None or any(head.start <= a.span[0] < head.end and _counted(doc, a) for a in found):
            continue  # "reported two violations on 13 February:": the items are read with it
        start = next_start(doc.text, head.end)
        while start < len(doc.text) and item_line(doc.text, start):
            lo, hi = line_of(doc.text, start)
            start = hi + 1
            told = between(doc.facts.aircraft, lo, hi)[:1]
            if not told or any(lo <= a.span[0] < hi for a in found):
                continue  # no aircraft, or told with its own crossing
            if doc.negations(lo, hi) or any(v.negated for v in between(doc.facts.verbs, lo, hi)):
                continue  # "helicopters along the border, no violation", "sans violation"
            if _outside_any_sky(doc, lo, hi):
                continue  # "- 19 November: an Il-20 approaches the border, in international airspace"
            at = (told[0].span[1], told[0].span[1])
            out.append(Anchor("listed-item", at, None, state, "airspace", doc.clause(at[0])))
    out.sort(key=lambda a: a.span)
    return out


def _dated_entry(doc: Doc, pos: int) -> bool:
    """Is ``pos`` in an item of a list or log opened by its day ("- 3 Oct: two balloons
    from Belarus over Lithuania", "- 24 oct. : un Su-30 russe au-dessus de l'île
    estonienne de X", "12 Feb – ..."): a line that is a list's item (``item_line``)
    whose day heads it (``entry_day``)?"""
    lo, hi = line_of(doc.text, pos)
    if not item_line(doc.text, lo):
        return False
    return any(m.kind == "date" and entry_day(doc.text, *m.span) for m in between(doc.facts.mentions, lo, hi))


def _outside_any_sky(doc: Doc, lo: int, hi: int) -> bool:
    """Does the text between ``lo`` and ``hi`` tell a flight outside any state's sky:
    international airspace ("l'appareil reste dans l'espace aérien international") or
    a word of coming near without entering (APPROACH_CUE: "s'approche de la frontière",
    "approaches the border")?"""
    if any(z.kind == "international" for z in between(doc.facts.zones, lo, hi)):
        return True
    return bool(doc.cues.within("APPROACH_CUE", lo, hi))


def _counted(doc: Doc, a: Anchor) -> bool:
    """Is the anchor a noun counted by a number right before it ("two violations")?"""
    return count_before(doc, a.span) is not None


def count_before(doc: Doc, at: Span) -> Mention | None:
    """The number right before ``at`` in its clause, with only words that tell the
    noun's kind between ("1,200 violations", "3 airspace violations", "16 Israeli
    violations": ``noun_modifiers_only``), or None."""
    told = [m for m in between(doc.facts.mentions, doc.clause(at[0]).start, at[0]) if m.kind != "cue"]
    nums = [m for m in told if m.kind == "number"][-1:]
    if not nums or not noun_modifiers_only(doc, nums[0].span[1], at[0]):
        return None
    return nums[0]


def kind_words_only(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi) white space, or words of kind only (SUCH_CUE: "41 such violations",
    "more than 20 similar incursions"), between a count and its noun?"""
    pos = lo
    for cue in doc.cues.within("SUCH_CUE", lo, hi):
        if doc.text[pos : cue.start].strip():
            return False
        pos = cue.end
    return not doc.text[pos:hi].strip()


def noun_modifiers_only(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi), between a count and its noun of violation, made only of words of
    kind (``kind_words_only``) and of the noun's first parts: a zone, a state's
    adjective, an uncounted aircraft ("nine airspace violations", "16 Israeli
    violations", "three Russian drone incursions", "five such Turkish violations")?"""
    parts = [m for m in between(doc.facts.mentions, lo, hi) if m.kind != "cue"]
    if any(
        m.kind not in ("zone", "state") and not (m.kind == "aircraft" and m.extra.get("count") is None)
        for m in parts
    ):
        return False
    pos = lo
    for m in parts:
        if not kind_words_only(doc, pos, m.span[0]):
            return False
        pos = m.span[1]
    return kind_words_only(doc, pos, hi)


def item_heading_state(doc: Doc, pos: int, labels: bool = False) -> str | None:
    """The state whose crossings the heading of the list ``pos`` is an item of tells
    ("Chronologie des violations de l'espace aérien moldave en 2026\n\n- 3 mars : deux
    drones pénètrent près de Cahul", "Incidents logged in March:\n- ..."): the paragraph
    right before the list's first item, a list's heading (``list_heading``) or a title
    (one that ends with no full stop), by ``_heading_state`` (with ``labels``, also a
    heading of one state's name alone: ``_label_state``); None if ``pos`` is in no item
    line or no such heading tells one state."""
    text = doc.text
    lo = line_of(text, pos)[0]
    if not item_line(text, lo):
        return None
    paras = doc.seg.paragraphs.scopes
    k = next((i for i, p in enumerate(paras) if p.start <= lo < p.end), None)
    while k is not None and k > 0 and item_line(text, paras[k].start):
        k -= 1
    if k is None or item_line(text, paras[k].start) or not _heads_items(doc, paras[k]):
        return None
    state = _heading_state(doc, paras[k]) or (_label_state(doc, paras[k]) if labels else None)
    return state.code if state is not None else None


def _heads_items(doc: Doc, head: Scope) -> bool:
    """Is the paragraph ``head`` a list's heading (``list_heading``), or a title (no
    full stop at its end) with an item line right after it?"""
    if list_heading(doc, head.start):
        return True
    title = doc.text[head.start : head.end].strip()
    nxt = next_start(doc.text, head.end)
    return bool(title) and title[-1] not in ".!?…;:" and nxt < len(doc.text) and item_line(doc.text, nxt)


def _heading_state(doc: Doc, head: Scope) -> StateRef | None:
    """The one state whose crossings a list's heading tells ("Incidents logged by the
    Lithuanian army in March:", "Violations de l'espace aérien letton en mai :"): a noun
    of violation or incident in it, and one state told there (named, its sky, or a body
    of it); None if none or several."""
    nouns = [v for v in between(doc.facts.verbs, head.start, head.end) if v.noun]
    if not nouns or between(doc.facts.aircraft, head.start, head.end):
        return None
    told = [StateRef(s.span, s.code) for s in between(doc.facts.states, head.start, head.end)]
    told += [StateRef(z.span, z.state) for z in between(doc.facts.zones, head.start, head.end) if z.state]
    told += [StateRef(x.span, x.state) for x in between(doc.facts.sources, head.start, head.end) if x.state]
    return told[0] if len({s.code for s in told}) == 1 else None


def _label_state(doc: Doc, head: Scope) -> StateRef | None:
    """ "Moldova:", "MD:", "Roumanie :": a heading that is nothing but one state's name
    and its colon labels the crossings listed under it as that state's."""
    told = between(doc.facts.mentions, head.start, head.end)
    if len(told) != 1 or told[0].kind != "state" or told[0].extra.get("demonym"):
        return None
    rest = doc.text[head.start : told[0].span[0]] + doc.text[told[0].span[1] : head.end]
    if rest.strip() != ":":
        return None
    return StateRef(told[0].span, str(told[0].value))


def _journey_ends(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "A Russian balloon entered Latvian airspace on 3 May, crossed into Lithuania and
    came down in Belarus": a verb of coming down at a journey's end ([verbs] journey_end)
    told after a crossing in its sentence is where the journey ended, no crossing of
    its own; told alone ("a drone came down in a field near Rezekne"), it is one."""
    out: list[Anchor] = []
    for a in found:
        if a.verb is not None and a.verb.key in JOURNEY_END:
            lo = doc.sentence(a.span[0]).start
            if any(o.verb is not None and o.verb.key in JOURNEY and lo <= o.span[0] < a.span[0] for o in out):
                continue
        out.append(a)
    return out


def _with_listed_states(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "a traversé les espaces aériens roumain et hongrois", "l'espace aérien de la
    Lettonie et de la Lituanie", "crossed Romanian and Hungarian airspace": a state
    joined by list words to the state of an airspace goal (after it, or before it) is
    crossed too: an anchor of its own, its goal that airspace of that state; not a
    state after it that is the subject of a verb of its own (``_ends_item``)."""
    out = list(found)
    for anchor in found:
        goal = anchor.goal
        if isinstance(goal, StateRef):
            out += _listed_lands(doc, anchor, goal)
            continue
        if not isinstance(goal, ZoneRef) or goal.kind != "airspace" or goal.border or not goal.state:
            continue
        states = [
            s
            for s in between(doc.facts.states, anchor.clause.start, anchor.clause.end)
            if s.code != goal.state
        ]
        lo, hi = goal.span
        listed: list[StateRef] = []
        for s in reversed([s for s in states if s.span[1] <= goal.span[0]]):
            if not _joined_by_list(doc, s.span[1], lo) or not _listed_before(doc, s, lo):
                break
            lo = s.span[0]
            listed.append(s)
        for s in [s for s in states if s.span[0] >= goal.span[1]]:
            # "a violation of Moldovan airspace, Russia said": the subject of its own verb
            if not _joined_by_list(doc, hi, s.span[0]) or _subject_of_own_verb(doc, s, anchor):
                break
            hi = s.span[1]
            listed.append(s)
        out += [
            Anchor(
                "listed-state",
                s.span,
                anchor.verb,
                ZoneRef(s.span, goal.kind, s.code),
                anchor.zone,
                anchor.clause,
            )
            for s in listed
        ]
    out.sort(key=lambda a: a.span)
    return out


def _subject_of_own_verb(doc: Doc, s: StateRef, anchor: Anchor) -> bool:
    """Is the state ``s``, listed after the airspace goal of ``anchor``, the subject of a
    verb of its own (``_ends_item``), not of the anchor's verb closing the clause ("den
    Luftraum von Dänemark und Schweden verletzt")?"""
    if _ends_item(doc, s, anchor.clause):
        return False
    verb = anchor.verb
    return verb is None or verb.span[0] < s.span[1] or bool(doc.text[s.span[1] : verb.span[0]].strip())


def _listed_lands(doc: Doc, anchor: Anchor, goal: StateRef) -> list[Anchor]:
    """ "A survolé la Roumanie et la Hongrie", "a survolé la Roumanie pendant trois
    minutes et la Hongrie pendant quarante minutes", "flew over Romania and Hungary":
    states named after the state an aircraft flew over or into, joined to it by list
    words (each item's own length of stay may stand before the next), are crossed too:
    an anchor of each, its goal that state."""
    run = listed_lands(doc, goal, anchor.clause)
    return (
        [
            Anchor("listed-state", s.span, anchor.verb, StateRef(s.span, s.code), anchor.zone, anchor.clause)
            for s in run[run.index(goal) + 1 :]
        ]
        if goal in run
        else []
    )


def listed_lands(doc: Doc, goal: StateRef, clause: Scope) -> list[StateRef]:
    """The states listed with ``goal`` in ``clause`` (``_listed_lands``), in text
    order, ``goal`` among them; [``goal``] alone when none is."""
    if goal.demonym or goal.capital:
        return [goal]
    states = [
        s for s in between(doc.facts.states, clause.start, clause.end) if not s.demonym and not s.capital
    ]
    k = next((i for i, s in enumerate(states) if s.span == goal.span), None)
    if k is None:
        return [goal]
    lo = k
    while lo > 0 and _lands_joined(doc, states[lo - 1], states[lo]):
        lo -= 1
    hi = k
    while (
        hi + 1 < len(states)
        and _lands_joined(doc, states[hi], states[hi + 1])
        and _ends_item(doc, states[hi + 1], clause)
    ):
        hi += 1
    run = states[lo : hi + 1]
    return run if len({s.code for s in run}) == len(run) else [goal]


def _ends_item(doc: Doc, s: StateRef, clause: Scope) -> bool:
    """Is the state ``s`` listed as one more land, not the subject of a verb of its own
    told right after it ("et la Biélorussie a démenti", "et la Moldavie a convoqué",
    "and Belarus denied": an auxiliary of the lexicon's [aux] classes, a verb, or a word
    of saying or denying next)?"""
    rest = doc.text[s.span[1] : clause.end]
    start = s.span[1] + len(rest) - len(rest.lstrip())
    if start >= clause.end:
        return True
    told = [m for m in between(doc.facts.mentions, start, start + 1) if m.span[0] == start]
    if any(m.kind == "verb" or (m.kind == "cue" and m.value in ("say", "deny")) for m in told):
        return False
    word = re.match(r"[^\W\d_]+(?:['’][^\W\d_]+)?", doc.text[start : clause.end])
    if word is None:
        return True
    aux = _aux_forms(doc)
    folded = word.group().lower().replace("’", "'")
    return folded not in aux and folded.split("'")[0] + "'" not in aux


def _aux_forms(doc: Doc) -> set[str]:
    """The auxiliaries of the lexicon's [aux] classes ("has", "was", "est", "aurait")."""
    return {
        f for cls in ("AUX", "AUX_COND") for forms in doc.lexicon.classes.get(cls, {}).values() for f in forms
    }


def _lands_joined(doc: Doc, a: StateRef, b: StateRef) -> bool:
    """Are two states joined by list words, the first one's length of stay right after
    it ("la Roumanie pendant trois minutes et la Hongrie"), the word of place said again
    before the second ("en Moldavie et en Roumanie")?"""
    end, start = a.span[1], b.span[0]
    stays = between(doc.facts.durations, end, start)[:1]
    if stays and not doc.text[end : stays[0].span[0]].strip():
        end = stays[0].span[1]
    # the word of place said again: "en Moldavie et en Roumanie", "over Romania and over Hungary"
    again = [doc.cues.ending_at(c, start, doc.text) for c in ("INTO_CUE", "INSIDE_CUE", "OVER_CUE")]
    start = min([c.start for c in again if c is not None and c.start > end] or [start])
    return _joined_by_list(doc, end, start)


def _listed_before(doc: Doc, s: StateRef, hi: int) -> bool:
    """Is the state ``s``, named before an airspace goal (or the item before it, at
    ``hi``), one item of its list: a nationality of the same noun ("Romanian, Hungarian
    and Slovak airspace") or a name joined by a list word ("Romania and Hungary's
    airspace")? A name set off by a comma alone ends a phrase of its own ("during an
    attack on Ukraine, Polish airspace was violated", "lors d'une attaque contre
    l'Ukraine, l'espace aérien polonais a été violé")."""
    return s.demonym or bool(doc.cues.within("LIST_CUE", s.span[1], hi))


def _joined_by_list(doc: Doc, lo: int, hi: int) -> bool:
    """Only list words (LIST_CUE: "et", "et de", "and") and commas between ``lo`` and
    ``hi``, and one of them at least."""
    rest = list(doc.text[lo:hi])
    cues = doc.cues.within("LIST_CUE", lo, hi)
    for c in cues:
        rest[c.start - lo : c.end - lo] = " " * (c.end - c.start)
    return (bool(cues) or "," in rest) and all(ch.isspace() or ch == "," for ch in rest)


def _again(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "It entered at 9:09 and left at 9:12, then re-entered at 9:33", "came in again":
    a verb of coming in again ([verbs] again) with no goal of its own tells a crossing
    into the goal of the one told last before it in its paragraph (negated or
    hypothetical, none)."""
    again = frozenset(rules()["verbs"]["again"])
    back_again = frozenset(rules()["verbs"]["back_again"])
    back = {a.span for a in found if _way_back(doc, a, found, again)}
    anchored = {a.span for a in found}  # a way back is no crossing, nor one with no goal
    out = [a for a in found if a.span not in back]
    ranked = frozenset(rules()["verbs"]["ranked_entry"])
    for verb in doc.facts.verbs:
        if verb.span in anchored or _blocked(doc, verb.span, verb):
            continue
        one_more = verb.key in ranked and (_one_more_no_goal(doc, verb) or _again_no_goal(doc, verb))
        coming_back = verb.key in back_again
        if (
            verb.key not in again
            and not coming_back
            and not one_more
            and not (verb.key in ranked and _ranked_subject_no_goal(doc, verb))
        ):
            continue
        before = _told_before(doc, out, verb.span[0], coming_back)
        if coming_back and not (before and _back_after_leaving(doc, verb, before[-1], out)):
            continue
        # "Another one entered near X": only right after the crossing it is one more of
        if before and one_more and not _right_after(doc, before[-1], verb):
            continue
        if before:
            last = before[-1]
            out.append(Anchor("again", verb.span, verb, last.goal, last.zone, doc.clause(verb.span[0])))
    out.sort(key=lambda a: a.span)
    return [a for a in out if not _rounds_retold(doc, a, out)]


def _rounds_retold(doc: Doc, told: Anchor, found: list[Anchor]) -> bool:
    """ "Un drone a pénétré lundi dans l'espace aérien roumain, en est ressorti, puis y
    est revenu une demi-heure plus tard.\n\nVers 21 h 10, l'engin a franchi ... Il est
    revenu à 21 h 45": a coming in again ``told`` in the sentence of the crossing before
    it sums up the rounds that a later paragraph tells one by one, the first round told
    again (a crossing of no coming again) and the coming back after it; it is no round
    of its own, the one told later is."""
    if not _coming_again(told):
        return False
    sent = doc.sentence(told.span[0])
    if not any(a.rule != "again" and sent.start <= a.span[0] < told.span[0] for a in found):
        return False
    para = doc.paragraph(told.span[0])
    firsts = [a for a in found if a.rule != "again" and a.span[0] >= para.end]
    if not firsts:
        return False
    return any(
        _coming_again(a) and a.span[0] > firsts[0].span[0] and a.goal_state == told.goal_state for a in found
    )


def _coming_again(a: Anchor) -> bool:
    """Is anchor ``a`` one of coming in again or back ([verbs] again, back_again)?"""
    return a.rule == "again" and a.verb is not None and a.verb.key in COMING_AGAIN


def _back_after_leaving(doc: Doc, verb: Verb, last: Anchor, found: list[Anchor]) -> bool:
    """ "It crossed at 8:40 and flew back after four minutes. It came back at 9:05", "...
    avant de repartir vers l'Ukraine. Il est revenu à 2 h 35": a verb of coming back
    ([verbs] back_again) tells the aircraft of the crossing ``last`` coming in again
    when it was told leaving (EXIT_CUE) between them, its subject is that aircraft (a
    subject pronoun, the aircraft told as known and no other one, or nothing before it
    in its clause but an "and": the subject shared), no word of an object follows it
    (not "came back to Belarus", "est revenu sur ces faits", "came back to base") and
    a time of its own does. A round told by its rank needs no leaving told
    (``_ranked_round``), nor does one after the rounds were told (``_rounds_told``)."""
    if (
        not _ranked_round(doc, verb)
        and not _rounds_told(doc, verb, found)
        and not doc.cues.within("EXIT_CUE", last.span[1], verb.span[0])
        and not _same_aircraft_back(doc, verb)
        and not _back_over_place(doc, verb, last)
    ):
        return False
    clause = doc.clause(verb.span[0])
    lead = list(doc.text[clause.start : verb.span[0]])
    told = [*doc.cues.within("SUBJECT_PRONOUN_CUE", clause.start, verb.span[0])]
    told += doc.cues.within("COORD_CUE", clause.start, verb.span[0])
    spans = [(c.start, c.end) for c in told]
    for t in between(doc.facts.aircraft, clause.start, verb.span[0]):
        named = between(doc.facts.aircraft, doc.sentence(last.span[0]).start, last.span[0])[-1:]
        if not t.definite or (named and t.differs(named[0])):
            return False  # "The F-16s came back at 03:00": another aircraft
        spans.append(t.span)
    for lo, hi in spans:
        lead[lo - clause.start : hi - clause.start] = " " * (hi - lo)
    if "".join(lead).strip(" ,") or not _no_object(doc, verb):
        return False
    # "crossed, went back and came back again": told again with no time of its own, a
    # retelling of the crossings, none of its own; a time told as a lapse after the way
    # out is its own ("It returned about 40 minutes later", "Il est revenu vingt minutes
    # plus tard")
    after = between(doc.facts.mentions, verb.span[1], clause.end)
    return any(m.kind == "time" or _lapse_later(doc, m) for m in after)


def _rounds_told(doc: Doc, verb: Verb, found: list[Anchor]) -> bool:
    """Were the rounds of the crossings told before ``verb`` of coming back, in an earlier
    sentence: a count of times of two or more in the sentence of a crossing ("violated
    Estonian airspace twice", « à deux reprises ») or a coming in again ("en est
    ressorti, puis y est revenu")? The coming back told then is one of those rounds, its
    leaving untold ("It first crossed at 10:05 ... It returned at 11:40")."""
    start = doc.sentence(verb.span[0]).start
    for a in found:
        if a.span[1] > start:
            continue
        if a.rule == "again":
            return True
        told = doc.sentence(a.span[0])
        counts = between(doc.facts.repetitions, told.start, told.end)
        if any(isinstance(m.value, int) and m.value >= 2 for m in counts):
            return True  # "violated Estonian airspace twice": a count of the crossing's sentence
    return False


def _ranked_round(doc: Doc, verb: Verb) -> bool:
    """Is ``verb`` of coming back a round told by its rank: a verb of a ranked round
    ([verbs] ranked_round: "made a second pass", « a effectué un second passage »), one
    with the rank of its round right after it ("came back for a second pass": ROUND_CUE,
    ``_past_round``), or one followed in its sentence by a verb of a ranked round ("came
    back at 11:15 ..., then made a third pass at 12:03": the rounds are counted)?"""
    if ranked_round_verb(verb) or _past_round(doc, verb.span[1]) != verb.span[1]:
        return True
    later = between(doc.facts.verbs, verb.span[1], doc.sentence(verb.span[0]).end)
    return any(ranked_round_verb(v) for v in later)


def ranked_round_verb(verb: Verb | None) -> bool:
    """Is ``verb`` one of a round told by its rank ([verbs] ranked_round: "made a second
    pass", « a effectué un second passage »)?"""
    return verb is not None and verb.key in rules()["verbs"]["ranked_round"]


def _back_over_place(doc: Doc, verb: Verb, last: Anchor) -> bool:
    """ "... près de Giurgiulești. Il est revenu peu après minuit, vers 0 h 20, au-dessus
    de Cahul", "It came back at about 00:20 over Cahul": a verb of coming back told in a
    sentence after the one of the crossing ``last``, a place of its own after it in its
    sentence before any other verb (a location mention of the state of that crossing),
    tells the aircraft coming in again over that place, its leaving untold, when a clock
    time of its own is told there (not a lapse: "Il est revenu vingt minutes plus tard
    au-dessus de X"). Not over a place of another state or of none known ("came back at
    00:40 over Izmail")."""
    sent = doc.sentence(verb.span[0])
    if sent.start <= last.span[0]:
        return False
    nxt = between(doc.facts.verbs, verb.span[1], sent.end)[:1]
    end = nxt[0].span[0] if nxt else sent.end
    state = last.goal_state
    told = between(doc.facts.mentions, verb.span[1], end)
    if state is None or not any(m.kind == "time" for m in told):
        return False
    return any(m.kind == "location" and m.extra.get("state") == state for m in told)


def _same_aircraft_back(doc: Doc, verb: Verb) -> bool:
    """ "The same aircraft came back shortly after midnight, at about 0:20", « Le même
    appareil serait revenu peu après minuit »: a verb of coming back whose subject is
    told as the very aircraft of the crossing before (SAME_AIRCRAFT_CUE opening an
    aircraft told in its clause before the verb) tells it coming in again, its leaving
    untold."""
    clause = doc.clause(verb.span[0])
    return any(
        doc.cues.opening("SAME_AIRCRAFT_CUE", t.span[0]) is not None
        for t in between(doc.facts.aircraft, clause.start, verb.span[0])
    )


def _lapse_later(doc: Doc, m: Mention) -> bool:
    """Is ``m`` a length of time right followed by a word of later (TIME_OFFSET_CUE key
    "later": "40 minutes later", "vingt minutes plus tard")?"""
    if m.kind != "duration":
        return False
    cue = doc.cues.starting_at("TIME_OFFSET_CUE", next_start(doc.text, m.span[1]), doc.text)
    return cue is not None and cue.key == "later"


def _one_more_no_goal(doc: Doc, verb: Verb) -> bool:
    """ "A Russian drone entered Polish airspace near X. Another one entered near Y an
    hour later", "Un autre est entré près de Y": a verb of entry ([verbs] ranked_entry)
    whose subject is a word of one more with no noun (ONE_MORE_CUE right before it, at
    its clause's start), followed by no word of an object, comes in as one more aircraft
    into the goal of the crossing told in its sentence or the one before (``_again``).
    So does a member told by its rank alone ("Two drones crossed into Latvia. The first
    entered at 23:05 near X; the second ...": RANK_CUE, which may run into the verb's
    "first entered"), the clause maybe opened by an "and" (COORD_CUE)."""
    cue = doc.cues.ending_at("ONE_MORE_CUE", verb.span[0], doc.text)
    if cue is None:
        cue = doc.cues.leading_into("RANK_CUE", verb.span[0], doc.text)
        if cue is not None and doc.seg.gapped_in(verb.span[1], doc.sentence(verb.span[0]).end):
            # "The first entered at 01:20, the second at 02:05": items that share the
            # verb, the group's ranked items (who._first_ranked_next)
            return False
    if cue is None:
        return False
    # "..., and the third crossed near X": an "and" opening the clause before the rank
    join = doc.cues.ending_at("COORD_CUE", cue.start, doc.text)
    lead = join.start if join is not None else cue.start
    if doc.text[doc.clause(cue.start).start : lead].strip():
        return False
    return _no_object(doc, verb)


def _again_no_goal(doc: Doc, verb: Verb) -> bool:
    """ "On Monday a Mi-8 flew 1.5 km into Poland. On Tuesday, the same helicopter
    entered again at 9:05", "est entré de nouveau à 9 h 05": a verb of entry ([verbs]
    ranked_entry) with a word of again right after it or right before it (ANOTHER_CUE:
    "again", "once more", "de nouveau", "à nouveau") and no word of an object comes in
    once more into the goal of the crossing told right before it (``_again``); so does
    one in a sentence opened by the rank of a later round ("On its second pass, at 14:25,
    it penetrated roughly 1 km", « Lors de son deuxième passage, il a pénétré ... »:
    ``round_rank_opens``)."""
    text = doc.text
    inside = doc.cues.within("ANOTHER_CUE", verb.span[0], verb.span[1])  # "entered again"
    after = doc.cues.starting_at("ANOTHER_CUE", verb.span[1], text)
    before = doc.cues.ending_at("ANOTHER_CUE", verb.span[0], text)
    word = inside[0] if inside else after if after is not None else before
    if word is None:
        # "On its second pass, at 14:25, it penetrated roughly 1 km": a later round
        rounds = doc.cues.within("ROUND_RANK_CUE", doc.sentence(verb.span[0]).start, verb.span[0])
        return any(round_rank_opens(doc, c, "later") for c in rounds) and _no_object(doc, verb)
    if between(doc.facts.aircraft, word.start, word.end):
        return False  # "a second drone entered": an aircraft of its own, one more of them
    return _no_object(doc, verb)


def round_rank_opens(doc: Doc, cue: Cue, key: str) -> bool:
    """Is ``cue`` a word of a round's rank (ROUND_RANK_CUE of ``key``: "first", "later")
    right before a round's noun (ROUND_CUE key "round"), with only words leading it (key
    "lead") between it and the start of its sentence ("On its first pass", « Lors de son
    deuxième passage », "The second incursion")?"""
    if cue.key != key:
        return False
    noun = doc.cues.starting_at("ROUND_CUE", cue.end, doc.text)
    if noun is None or noun.key != "round":
        return False
    sent = doc.sentence(cue.start)
    leads = [c for c in doc.cues.within("ROUND_RANK_CUE", sent.start, cue.start) if c.key == "lead"]
    covered = {k for c in leads for k in range(c.start, c.end)}
    return all(doc.text[k] in " ,\n" or k in covered for k in range(sent.start, cue.start))


def _right_after(doc: Doc, last: Anchor, verb: Verb) -> bool:
    """Is ``verb`` told right after the crossing ``last``: in its sentence or the next,
    or after sentences that each tell a crossing verb of their own ("Several drones
    entered ... The first crossed at 23:30 near X. // Another entered near Y"), not after
    one of another matter ("Warsaw scrambled two F-16 jets")?"""
    journey = frozenset(rules()["verbs"]["journey"])
    pos = doc.sentence(verb.span[0]).start
    while pos > last.span[0]:
        prev = doc.sentence(len(doc.text[:pos].rstrip()) - 1)
        if prev.start <= last.span[0]:
            return True
        if not any(v.key in journey for v in between(doc.facts.verbs, prev.start, prev.end)):
            return False
        pos = prev.start
    return True


def _told_before(doc: Doc, found: list[Anchor], pos: int, reach: bool = False) -> list[Anchor]:
    """The anchors with a goal told before ``pos`` in its paragraph; in a paragraph
    that opens with the verb's sentence and tells none, those of the paragraph right
    before it ("Le premier est entré vers 23 h 30 près de Włodawa.\n\nUn autre est
    entré près de Lublin une heure plus tard": a wire's paragraph of one sentence); so
    in any paragraph that tells none when asked (``reach``: a coming back, told after
    the aircraft leaving, ``_back_after_leaving``)."""
    para = doc.paragraph(pos)
    before = [a for a in found if para.start <= a.span[0] < pos and a.goal is not None]
    if before or para.start == 0 or (doc.sentence(pos).start != para.start and not reach):
        return before
    prev = doc.paragraph(para.start - 1)
    return [a for a in found if prev.start <= a.span[0] < para.start and a.goal is not None]


# phrases of when, where, how long or how often: no object of a verb
_CIRCUMSTANCES = frozenset({"time", "date", "location", "duration", "distance", "repetition"})


def _ranked_subject_no_goal(doc: Doc, verb: Verb) -> bool:
    """ "Two jets entered Finnish airspace at 1:10. A third aircraft entered at 3:05", "un
    troisième appareil est entré à 3 h 05", "The second, a Mi-24, crossed near X": a verb
    of entry ([verbs] ranked_entry) right after its aircraft, told with a word of another
    or of rank (ANOTHER_CUE in its phrase, right before it or before the comma of its
    apposition), and followed by no word of an object (only a phrase
    of when, where or how long, or the clause's end) comes in as another one into the
    goal told last before it (``_again``)."""
    clause = doc.sentence(verb.span[0])
    subject = between(doc.facts.aircraft, clause.start, verb.span[0])[-1:]
    pronoun = doc.cues.ending_at("SUBJECT_PRONOUN_CUE", verb.span[0], doc.text)
    if pronoun is not None and not doc.text[doc.clause(pronoun.start).start : pronoun.start].strip():
        # "It entered near Vaindloo at 10:12": the aircraft told before, its crossing again
        # ("Un autre est entré près de Lublin", one more of it: ``_one_more_no_goal``)
        return _no_object(doc, verb)
    if not subject or doc.text[subject[0].span[1] : verb.span[0]].strip(" ,"):
        return False
    lo, hi = subject[0].span
    # "The second, a Mi-24, crossed near X": the rank told before the model apposed to it
    head = lo - 1 if doc.text[clause.start : lo].rstrip().endswith(",") else lo
    head = len(doc.text[:head].rstrip(" ,")) if head < lo else lo
    if (
        not doc.cues.within("ANOTHER_CUE", lo, hi)
        and doc.cues.ending_at("ANOTHER_CUE", head, doc.text) is None
        and not _ranked_member(doc, (lo, hi), verb)
    ):
        return False
    return _no_object(doc, verb)


def _ranked_member(doc: Doc, span: Span, verb: Verb) -> bool:
    """ "Two drones crossed into Latvia. The first drone entered at 23:12 near X": an
    aircraft opened by its rank (RANK_CUE at its start) is a member of the group told
    before, as the rank alone is (``_one_more_no_goal``); not when gapped items share
    its verb ("The first drone entered at 01:20, the second at 02:05")."""
    rank = doc.cues.opening("RANK_CUE", span[0])
    if rank is None or rank.end > span[1]:
        return False
    return not doc.seg.gapped_in(verb.span[1], doc.sentence(verb.span[0]).end)


def _no_object(doc: Doc, verb: Verb) -> bool:
    """Is ``verb`` followed in its clause by no word of an object: only a phrase of
    when, where, how long or how often, or the clause's end (maybe after a word that
    is no object: "crossed in", "entered too", "est entré à son tour")?"""
    clause = doc.clause(verb.span[0])
    lo = _past_round(doc, verb.span[1])  # "came back for a second pass at 16:20"
    after = between(doc.facts.mentions, lo, clause.end)[:1]
    if after and after[0].kind not in _CIRCUMSTANCES:
        return False  # "another aircraft entered service": a word of its object
    end = after[0].span[0] if after else clause.end
    # "Another one crossed in near X", "Un autre est entré à son tour près de X": a word
    # of going in or of one more that is no object (NO_OBJECT_CUE) right after the verb
    word = doc.cues.starting_at("NO_OBJECT_CUE", lo, doc.text)
    while word is not None and word.end <= end:  # "crossed in again"
        lo = word.end
        word = doc.cues.starting_at("NO_OBJECT_CUE", lo, doc.text)
    return not doc.text[lo:end].strip(" ,.;:")


def _past_round(doc: Doc, pos: int) -> int:
    """Where the rank of a round told right after ``pos`` ends ("for a second pass",
    "a second time", « pour une seconde incursion »: maybe a word leading it, ROUND_CUE
    key "lead", then a word of rank, ORDINAL_CUE, then the round's noun, ROUND_CUE): no
    object of the verb before it; ``pos`` when none is told there."""
    text = doc.text
    lead = doc.cues.starting_at("ROUND_CUE", pos, text)
    start = lead.end if lead is not None and lead.key == "lead" else pos
    rank = doc.cues.starting_at("ORDINAL_CUE", start, text)
    noun = doc.cues.starting_at("ROUND_CUE", rank.end, text) if rank is not None else None
    return noun.end if noun is not None and noun.key != "lead" else pos


def _way_back(doc: Doc, anchor: Anchor, found: list[Anchor], again: frozenset[str]) -> bool:
    """ "A Russian missile crossed Moldova's airspace before re-entering Ukraine", "then
    re-entered Ukrainian airspace": coming in again into another state than the one of
    the crossing told right before it in its sentence is the aircraft going back where
    it flew before, no crossing of its own. Not into a state the report told crossed
    before it in an earlier sentence ("The balloon entered U.S. airspace on Jan. 28. It
    drifted into Canadian airspace on Jan. 30 and re-entered U.S. airspace on Jan. 31"):
    that is coming into it again, a crossing of its own (a [stay] rule tells no crossing;
    nor of an aircraft told as another one, ANOTHER_CUE)."""
    if anchor.verb is None or anchor.verb.key not in again or anchor.goal_state is None:
        return False
    sent = doc.sentence(anchor.span[0])
    before = [a for a in found if sent.start <= a.span[0] < anchor.span[0] and a.goal_state is not None]
    stay = rules()["stay"]["rules"]
    another = doc.cues.within("ANOTHER_CUE", sent.start, anchor.span[0])  # "another drone ..."
    if not another and any(
        a.span[0] < sent.start and a.goal_state == anchor.goal_state and a.rule not in stay for a in found
    ):
        return False
    return bool(before) and before[-1].goal_state != anchor.goal_state


#: a colon of punctuation, not a clock's ("at 04:10")
PUNCT_COLON = LazyPattern(r":(?!\d)")


def _with_gapped(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """Each item of a list whose verb is left out tells a crossing of its own, with the
    goal of the item before: "a Su-24 crossed Norwegian airspace on 25 April, then an
    L-410 on 24 July", "the first violation took place at 10:12 and the second at 14:05".
    A statement's header ending in a colon ("two violations of national airspace on
    14 February:") reaches over the bulleted lines that follow it, and when it names no
    aircraft of its own its items are its crossings: it is no record of its own."""
    out: list[Anchor] = []
    for k, anchor in enumerate(found):
        sent = doc.sentence(anchor.span[0])
        end = found[k + 1].span[0] if k + 1 < len(found) else len(doc.text)
        items: list[int] = []
        gapped = doc.seg.gapped_in(anchor.span[1], min(end, _list_end(doc, sent)))
        for i, pos in enumerate(gapped):
            if doc.cue_between(("OTHER_EVENT_CUE", "EXIT_CUE"), anchor.span[1], _item_words_end(doc, pos)):
                break  # "... took off at 10:20 and a helicopter at 10:31": another event's list
            if _told_again(doc, anchor, pos):
                continue  # "un drone russe s'est écrasé en Roumanie : l'engin a été retrouvé"
            stop = gapped[i + 1] if i + 1 < len(gapped) else doc.sentence(pos).end
            if doc.cues.within("APPROACH_CUE", pos, stop):
                # "...; on Tuesday a second helicopter, a Mi-8, approached the border but
                # stayed on its side": the item has a verb of its own, no crossing left out
                continue
            if end < stop and (
                doc.cues.within("DAY_WHEN_CUE", pos, end)
                or (
                    any(
                        c.key != "rank" or end < doc.clause(pos).end
                        for c in doc.cues.within("ANOTHER_CUE", pos, doc.clause(pos).end)
                    )
                    and not doc.cues.within("EACH_CASE_CUE", pos, end)
                )
            ):
                # "... one in April, and another on 24 July, when an L-410 entered over
                # Finnmark": "another" named, its crossing told by its own verb, the next
                # anchor inside the item; not a verb told of each case ("the first at
                # 9:47, the second at 13:15: in both cases an F-16 entered"), nor the item's
                # own rank with the next crossing in another clause ("la seconda alle 13.05;
                # entrambe le violazioni ...": ANOTHER_CUE key "rank"); so too an item
                # whose crossing is told in its own clause of "when" ("la seconda alle
                # 16.40, quando un An-26 è entrato": DAY_WHEN_CUE before the next anchor)
                continue
            items.append(pos)
        # a colon of punctuation, not a clock's ("The first entered at 01:20, the second ...")
        mark = PUNCT_COLON.search(doc.text, anchor.span[1], items[0] + 1) if items else None
        colon = mark.start() if mark is not None else -1
        header = len(items) > 1 and colon >= 0 and not between(doc.facts.aircraft, sent.start, colon)
        if not header:
            out.append(anchor)
        ends = [*items[1:], len(doc.text)] if items else []
        out += [
            Anchor("gapped", (p, p), anchor.verb, anchor.goal, anchor.zone, _item_clause(doc, p, e))
            for p, e in zip(items, ends, strict=True)
        ]
    return out


def _item_words_end(doc: Doc, pos: int) -> int:
    """Where the words of the item left without its verb at ``pos`` end: its clause's end,
    or the word told of all the members after it (ALL_MEMBERS_CUE: "the first at 04:10 and
    the second at 04:25, and both left within minutes", "et toutes deux sont reparties"):
    what follows is told of the whole list, not another event's list."""
    end = doc.clause(pos).end
    whole = doc.cues.within("ALL_MEMBERS_CUE", pos, end)[:1]
    # the item's own words before it: not the item itself ("et tous les deux ont quitté")
    if whole and any(m.kind != "cue" for m in between(doc.facts.mentions, pos, whole[0].start)):
        return whole[0].start
    return end


def _item_clause(doc: Doc, pos: int, nxt: int) -> Scope:
    """The clause of a list item whose verb is left out: from its start over the verbless
    clauses set off by commas after it, up to the next item or its sentence's end ("...,
    puis au-dessus d'Oinousses, à 12 h 20": the time is the item's)."""
    clause = doc.clause(pos)
    end, stop = clause.end, min(nxt, doc.sentence(pos).end)
    while end < stop:
        after = doc.clause(next_start(doc.text, end))
        if after.start >= stop or between(doc.facts.verbs, after.start, after.end) or after.end <= end:
            break
        end = after.end
    return Scope(clause.nth, clause.start, min(end, stop))


def _each_items(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "Three drones violated its airspace overnight: one crashed near X at 02:10, one
    flew over Y for ten minutes, and one left towards Z", "deux drones ... : l'un s'est
    écrasé ..., l'autre a survolé ...": a crossing of a counted group (two or more)
    followed, after a colon or a dash, by clauses each opened by a word of one member
    ("one", "another", "the other", "the third") or a count of members ("two near X and
    one near Y": ``_member_items``), as many in all as the group, tells one crossing of
    each item's members, the group's goal, its item's own when and where; each item
    is an anchor of its own (rule "gapped": the summary gives way to them in
    ``episodes``), unless an anchor of its own is already there."""
    out = list(found)
    for anchor in found:
        if anchor.rule == "gapped":
            continue
        clause = anchor.clause
        group = between(doc.facts.aircraft, clause.start, anchor.span[0])[-1:]
        if not group or group[0].count is None or group[0].count < 2 or not group[0].counted:
            continue
        sent = doc.sentence(anchor.span[0])
        items = _member_items(doc, anchor.span[1], sent.end)
        if not items or sum(doc.seg.openers[p] for p in items) != group[0].count:
            continue  # "...: two near X and one near Y" tells three
        if not all(_counted_item(doc, p, end) for p, end in zip(items, [*items[1:], sent.end], strict=True)):
            continue
        # an item's own verb of crossing ("one flew over X") tells that member's crossing,
        # not the group's again: the item's anchor stands for it
        out = [a for a in out if not items[0] <= a.span[0] < sent.end]
        out += [Anchor("gapped", (p, p), anchor.verb, anchor.goal, anchor.zone, doc.clause(p)) for p in items]
    out.sort(key=lambda a: a.span)
    return out


def _counted_item(doc: Doc, pos: int, end: int) -> bool:
    """Is the item in [pos, end) one of a member's own (a word of one member opens it),
    or a count of members told with a place and no verb of its own ("two near X"; not
    "two crashed near X and one flew back", where the group's crossing is one, nor "three
    on Monday", a count by day: ``episodes._counts_by_day``)?"""
    if any(doc.cues.opening(cls, pos) for cls in MEMBER_OPENERS):
        return True
    return bool(between(doc.facts.places, pos, end)) and not between(doc.facts.verbs, pos, end)


def _member_items(doc: Doc, lo: int, hi: int) -> list[int]:
    """The starts of the items in [lo, hi) after the opening of a list of members there
    (``segment.member_list_open``: a colon, a dash, a comma before "one"), each opened by
    a word of one member (MEMBER_OPENERS) right after the opening or after a comma or
    semicolon (a list word may stand between: "and one left ..."; after an item, a list
    word alone: "one near X and the other near Y")."""
    colon = member_list_open(doc.text, doc.cues, lo, hi, doc.seg.counts)
    if colon < 0 or between(doc.facts.verbs, lo, colon):
        return []
    out: list[int] = []
    for pos in sorted(p for p in doc.seg.openers if colon <= p < hi):
        if _inside_aircraft(doc, pos):
            continue  # "one of them" is one opener
        # the last mark before it: a comma, a semicolon, or the opening itself ("– one")
        sign = max([doc.text.rfind(m, colon, pos) for m in ",;"] + [colon]) + 1
        opener = doc.cues.ending_at("LIST_CUE", pos, doc.text)
        gap = doc.text[sign : opener.start if opener is not None else pos]
        if not gap.strip(" \t–—") or (opener is not None and out):
            out.append(pos)
    return out


def _inside_aircraft(doc: Doc, pos: int) -> bool:
    """Does an aircraft phrase hold ``pos`` past its start?"""
    return any(a.span[0] < pos < a.span[1] for a in doc.facts.aircraft)


def _told_again(doc: Doc, anchor: Anchor, pos: int) -> bool:
    """Does the item at ``pos`` open with the crossing's own aircraft told again (a
    definite noun of no other kind or model than the one named before the anchor:
    "l'engin", "the drone"), not a new item of a list?"""
    own = between(doc.facts.aircraft, pos, doc.clause(pos).end)[:1]
    if not own or not own[0].definite or own[0].model or own[0].partitive or own[0].span[0] != pos:
        return False  # "l'un à 2 h 05, l'autre à 3 h 20": members, each an item
    before = between(doc.facts.aircraft, doc.sentence(anchor.span[0]).start, anchor.span[0])[-1:]
    return bool(before) and not own[0].differs(before[0])


def _list_end(doc: Doc, sent: Scope) -> int:
    """The end of a sentence, or of the bulleted lines after it when it ends in a colon."""
    text = doc.text
    end = sent.end
    if text[sent.start : sent.end].rstrip()[-1:] != ":":
        return end
    while end < len(text) and bullet_line(text, end):
        end = doc.sentence(end).end
    return end


def _blocked(doc: Doc, at: Span, verb: Verb | None) -> bool:
    """Negated or hypothetical in its clause: "no aircraft had, despite the reports,
    entered", "could send drones into", "a simulated incursion". Worked out once per
    document, crossing and verb (the anchors, their repetitions and the verbs between a
    link and its goal ask again of the same ones); the verb is kept with its answer, so
    its ``id`` cannot be reused while the document lives."""
    key = (at[0], at[1], id(verb))
    known = doc.blocked.get(key)
    if known is not None and known[0] is verb:
        return known[1]
    answer = _blocked_now(doc, at, verb)
    doc.blocked[key] = (verb, answer)
    return answer


def _blocked_now(doc: Doc, at: Span, verb: Verb | None) -> bool:
    clause = doc.clause(at[0])
    only = _only_restricted(doc, at, clause)
    if verb is not None and ((verb.negated and not only) or verb.hypothetical or _not_yet(doc, at)):
        return True
    start = doc.seg.main_clause_start(at[0])
    verbs_before = [v for v in between(doc.facts.verbs, start, at[0]) if v.span != at]
    if verbs_before and _unseen(doc, verbs_before[-1], at):
        return True
    if _doubted_subject(doc, at):
        return True
    lo = verbs_before[-1].span[1] if verbs_before else start
    # "could not explain why the Kiowa flew into ...": a doubt stops at "why"
    wh = doc.cues.within("WH_CUE", lo, at[0])
    lo = wh[-1].end if wh else lo
    # a negation stops at a relative clause of its object; a simulation does not
    negations = [] if only else doc.negations(_relative_opening(doc, lo, at[0]), at[0])
    doubts = negations + [
        c for c in doc.mention_cues("hypo", lo, at[0]) if not _doubt_of_relative(doc, lo, c, at)
    ]
    if any(not _set_apart(doc, c.span[0], at) for c in doubts) or negated_head(doc, at):
        return True
    if (
        _intended(doc, at, max(lo, clause.start))
        or _ranked_in_series(doc, verb.span if verb is not None else at)
        or _ruled(doc, at)
        or _purposed(doc, at)
        or _obliged(doc, at)
        or _activity_subject(doc, at, verb)
        or _rule_for_any(doc, at)
        or _participle_rule(doc, at)
        or (verb is not None and _fall_of_no_aircraft(doc, verb, clause))
    ):
        return True
    if negated_after(doc, at, clause.end, noun=verb is not None and verb.noun):
        return True
    # "des incursions simulées": a doubt right after the noun
    after = [c for c in between(doc.facts.cues, at[1], clause.end)[:1] if c.value == "hypo"]
    if after and not doc.text[at[1] : after[0].span[0]].strip():
        return True
    if verb is not None and verb.conditional and (_counterfactual(doc, at) or _in_scenario(doc, at)):
        return True
    if _open_question(doc, at) or _asked(doc, at) or _erratum(doc, at) or _in_fiction(doc, at):
        return True
    if _taken_back_after(doc, at):
        return True
    if verb is not None and (_recorded_over_year(doc, at, clause) or _detected_over_period(doc, at, clause)):
        # "This year Lithuania recorded six violations, Latvia three": states' tallies compared
        return not (verb.noun and gapped_state_parts(doc, at))
    if verb is not None and verb.noun:
        return (
            counted_zero(doc, verb)
            or _told_in_general(doc, at, clause)
            or _kinds_as_heading(doc, at)
            or _counted_at_a_rate(doc, at, clause)
            or (_tally_of_last_year(doc, at, clause) and not gapped_state_parts(doc, at))
            or _topic_asked(doc, at, clause)
            or _doubted_noun(doc, at, clause)
            or _earlier_ones_referred_to(doc, at, clause)
            or _under_repeated_statement(doc, at, clause)
            or _in_period_words(doc, at)
        )
    if verb is None:
        # a motion no list knows ("drones sometimes stray into ..."): a habit all the same
        return _done_as_a_rule(doc, at, clause) or _denied_habit(doc, at)
    return (
        _done_as_a_rule(doc, at, clause)
        or _denied_habit(doc, at)
        or _under_repeated_statement(doc, at, clause)
        or _trend_of_period(doc, at, clause)
    )


#: the cue classes whose keys a sentence offers to the predicates of ``_blocked_now``
_OFFERED = ("INTENT_CUE", "WHETHER_CUE", "PRESENT_CUE", "ACTIVITY_CUE")


def _offers(doc: Doc, sent: Scope) -> frozenset[tuple[str, str]]:
    """The (class, key) of the cues of ``_OFFERED`` wholly inside a sentence, worked out
    once per sentence (memo on the Doc): a predicate of ``_blocked_now`` that needs a cue
    of one key in the crossing's sentence ("relative", "rule", "copula") answers no at
    once when the sentence has none, instead of looking each class up again for every
    crossing and verb told there."""
    known = doc.offers.get(sent.start)
    if known is None:
        within = doc.cues.within
        known = frozenset((cls, c.key) for cls in _OFFERED for c in within(cls, sent.start, sent.end))
        doc.offers[sent.start] = known
    return known


def _fall_of_no_aircraft(doc: Doc, verb: Verb, clause: Scope) -> bool:
    """« Depuis la chute du régime en décembre 2024, elle a mené des frappes en Syrie »,
    "since the crash of the markets": a noun of falling ([verbs] crash) whose complement
    ("of", OWNER_CUE key "of", right after it) names no aircraft (the first phrase told
    after it in its clause, before any comma, is none: « la chute d'un drone », « la chute
    de débris d'un drone » are) is the fall of something else: no crossing."""
    if verb.key != "crash":
        return False
    of = doc.cues.opening("OWNER_CUE", next_start(doc.text, verb.span[1]))
    if of is None or of.key != "of":
        return False
    told = [m for m in between(doc.facts.mentions, of.end, clause.end) if m.kind != "cue"][:1]
    if told and told[0].kind == "aircraft" and "," not in doc.text[of.end : told[0].span[0]]:
        return False
    return True


def _in_period_words(doc: Doc, at: Span) -> bool:
    """Is the noun one of the words of a period told up to now (BACKGROUND_CUE key
    "period": « depuis l'entrée en vigueur du cessez-le-feu », "since the entry into
    force of the truce")? It dates the tally, it tells no entry."""
    return any(
        c.key == "period" and c.start <= at[0] and at[1] <= c.end
        for c in doc.cues.within("BACKGROUND_CUE", doc.sentence(at[0]).start, doc.sentence(at[0]).end)
    )


def _earlier_ones_referred_to(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Deux F-16 ont survolé Kinaros lundi, après que des violations ont été
    enregistrées jeudi et vendredi", "..., after violations were recorded on Thursday
    and Friday": a noun of violation opening, with at most its article, a clause of
    reference (REFERENCE_CUE) after a verb of crossing told before in its sentence,
    with no aircraft of its own in that clause, names other crossings only to date this
    one against them: no crossing. Told with its aircraft ("après que trois MiG-31 ont
    violé ...") or alone in its sentence, it is one."""
    cue = next(iter(doc.cues.within("REFERENCE_CUE", clause.start, at[0])[-1:]), None)
    if cue is None or len(doc.text[cue.end : at[0]].split()) > 1:
        return False
    if between(doc.facts.aircraft, cue.end, clause.end):
        return False
    sent = doc.sentence(at[0])
    return any(not v.noun for v in between(doc.facts.verbs, sent.start, cue.start))


def _doubted_subject(doc: Doc, at: Span) -> bool:
    """« tout aéronef étranger qui pénètre dans l'espace aérien français peut être
    intercepté », "any drone that flies over a military area or enters Finnish airspace",
    « tout drone qui tourne au-dessus d'un dépôt et pénètre ensuite ... »: a crossing
    told in a relative clause (WHETHER_CUE key "relative", no aircraft, state, day, time
    nor clause mark between it and the crossing, however many verbs the clause joins)
    hung on a doubt told of its aircraft (a cue "hypo": "tout aéronef", "every drone"; or
    a negation right before the aircraft: "any drone", "no aircraft"), only words of no
    phrase between them ("étranger"), is no crossing, though the segmenter set the
    relative clause or its later verb apart from that doubt."""
    sent = doc.sentence(at[0])
    if ("WHETHER_CUE", "relative") not in _offers(doc, sent):
        return False
    rel = [c for c in doc.cues.within("WHETHER_CUE", sent.start, at[0]) if c.key == "relative"][-1:]
    if not rel or _CLAUSE_MARKS & set(doc.text[rel[0].end : at[0]]):
        return False
    if [m for m in between(doc.facts.mentions, rel[0].end, at[0]) if m.kind in _OWN_SUBJECT]:
        return False
    told = [m for m in between(doc.facts.mentions, sent.start, rel[0].start) if m.kind != "cue"][-1:]
    lo = told[0].span[0] if told and told[0].kind == "aircraft" else rel[0].start
    doubts = doc.mention_cues("hypo", sent.start, lo) + doc.negations(sent.start, lo)
    doubt = max(doubts, key=lambda c: c.span[1], default=None)
    if doubt is None or between(doc.facts.mentions, doubt.span[1], lo):
        return False
    if lo != rel[0].start and doc.text[doubt.span[1] : lo].strip():
        return False  # "did not shoot down the drone that ...": the doubt is the main verb's
    other = [m for m in between(doc.facts.mentions, lo, rel[0].start) if m.kind not in ("cue", "aircraft")]
    return not other and not _CLAUSE_MARKS & set(doc.text[doubt.span[1] : rel[0].start])


_OWN_SUBJECT = frozenset(("aircraft", "state", "date", "time"))


def _doubt_of_relative(doc: Doc, lo: int, doubt: Mention, at: Span) -> bool:
    """ "L'OTAN a prévenu que tout avion russe qui pénétrerait dans l'espace aérien
    estonien serait intercepté, au lendemain de l'incursion de trois MiG-31": a doubt told
    in a relative clause hung on an aircraft (``_relative_opening`` in its sentence) belongs
    to that clause and the one it ends; a crossing told after a comma that follows it
    is not in doubt."""
    start = min(lo, doc.sentence(at[0]).start)
    opening = _relative_opening(doc, start, doubt.span[0])
    return opening != start and "," in doc.text[doubt.span[1] : at[0]]


def _relative_opening(doc: Doc, lo: int, hi: int) -> int:
    """ "It did not shoot down the drone that had crossed into its airspace", "n'a pas
    abattu le drone qui avait pénétré dans son espace aérien": a relative word (WHETHER_CUE
    key "relative") right after an aircraft opens a clause told of that aircraft as a
    fact; a negation before the aircraft denies the main verb, not it. Not when the
    negation is the aircraft's own ("no drone that entered ..."): there is none. Where
    the crossing's doubts are read from: after that word, or ``lo``."""
    for c in reversed(doc.cues.within("WHETHER_CUE", lo, hi)):
        if c.key != "relative":
            continue
        craft = between(doc.facts.aircraft, lo, c.start)[-1:]
        if not craft or doc.text[craft[0].span[1] : c.start].strip(" ,"):
            continue
        start, end = craft[0].span
        if any(n.span[1] > start or not doc.text[n.span[1] : start].strip() for n in doc.negations(lo, end)):
            continue  # "no drone that ...": the aircraft itself denied
        return c.end
    return lo


def _only_restricted(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Le drone n'a pénétré que de 300 mètres", "ne s'est avancé que de 2 km", "n'ont
    pas seulement survolé", "have not only entered": a negation that restricts or adds
    (ONLY_CUE key "only" in the crossing's clause, or key "closes", a word that closes
    the negation, "que", at or after its verb) denies nothing, unless a word that
    denies all the same (key "not": "pas", "jamais", "aucun") stands in the clause
    before it, outside the words of the restriction themselves ("n'a pas confirmé
    que ...")."""
    cues = doc.cues.within("ONLY_CUE", clause.start, clause.end)
    onlys = [c for c in cues if c.key == "only" or (c.key == "closes" and c.start >= at[0])]
    if not onlys:
        return False
    denying = [c for c in cues if c.key == "not" and not any(o.start <= c.start < o.end for o in onlys)]
    return not any(c.start < onlys[0].start for c in denying)


def _trend_of_period(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "The Russian jets that had violated Estonian airspace in recent years", "des
    avions russes ont violé l'espace aérien estonien ces dernières années": a crossing
    told over a period up to now (BACKGROUND_CUE key "period") by a state's aircraft of
    no count (a bare plural: not "une vingtaine de drones", a tally), with no day in
    its clause, is a trend, no crossing."""
    start = doc.seg.main_clause_start(at[0])
    if not any(c.key == "period" for c in doc.cues.within("BACKGROUND_CUE", start, clause.end)):
        return False
    if between(doc.facts.dates, start, clause.end):
        return False
    if any(isinstance(r.value, int) for r in between(doc.facts.repetitions, start, clause.end)):
        return False  # "à sept reprises": a tally of the period
    told = between(doc.facts.aircraft, doc.sentence(at[0]).start, at[0])[-1:]
    return bool(told) and told[0].plural and told[0].count is None and told[0].state is not None


def _intended(doc: Doc, at: Span, lo: int) -> bool:
    """ "Hezbollah threatened on Friday to send its drones into Israeli airspace",
    "Pyongyang vowed on Monday to fly more drones over the South", "a menacé vendredi
    d'envoyer des drones dans l'espace aérien israélien": a word of threat or promise
    (INTENT_CUE key "intent") told before the crossing in its clause, whose verb comes
    right after the language's mark of the infinitive (key "to"), is what is
    threatened or promised, not done, whatever stands between the two (a day,
    "repeatedly"; the bare "threatened to" is a HYPO cue already). The threat may be
    quoted from the mark on ('threatened on Thursday to "send jets over the island"',
    « a menacé jeudi d'« envoyer des avions »): an opening quote between the mark and
    the verb joins them. A language with no such mark has no key "to": the rule is
    off there."""
    intents = [c for c in doc.cues.within("INTENT_CUE", lo, at[0]) if c.key == "intent"]
    if not intents:
        return False
    # the verb's phrase may hold the mark itself ("to send")
    marks = [c for c in doc.cues.within("INTENT_CUE", intents[-1].end, at[1]) if _infinitive_mark(doc, c)]
    return any(m.start == at[0] or doc.text[m.end : at[0]].strip(_MARK_TO_VERB) == "" for m in marks[-1:])


#: what may stand between the mark of the infinitive and its verb: spaces, an elision's
#: apostrophe ("d'envoyer"), an opening quote ('to "send', « d'« envoyer »)
_MARK_TO_VERB = " '’\"“„«\u00a0\u202f"


def _infinitive_mark(doc: Doc, c: Cue) -> bool:
    """Is ``c`` the language's mark of the infinitive (INTENT_CUE key "to")? A mark
    matched only with its accent dropped is a word of its own ("et a envoyé": the
    auxiliary, not "à")."""
    if c.key != "to":
        return False
    forms = [f.casefold() for f in doc.lexicon.classes.get("INTENT_CUE", {}).get("to", [])]
    dropped = {unaccent(f) for f in forms if unaccent(f) != f}
    return doc.text[c.start : c.end].casefold() not in dropped


def _ranked_in_series(doc: Doc, at: Span) -> bool:
    """ "It was the third balloon to cross the island this year", "c'était le deuxième drone
    à violer l'espace aérien polonais ce mois-ci": a crossing's verb right after the mark of
    the infinitive (INTENT_CUE key "to"), itself right after an aircraft told with a rank
    in a series (key "series") in its phrase or right before it, ranks the crossing of an
    aircraft of its kind told before its clause; it tells no crossing of its own."""
    # the verb's phrase may hold the mark itself ("to cross")
    inside = [c for c in doc.cues.within("INTENT_CUE", at[0], at[1]) if c.start == at[0]]
    mark = inside[0] if inside else doc.cues.ending_at("INTENT_CUE", at[0], doc.text)
    if mark is None or not _infinitive_mark(doc, mark):
        return False
    told = between(doc.facts.aircraft, doc.sentence(at[0]).start, mark.start)[-1:]
    if not told or doc.text[told[0].span[1] : mark.start].strip():
        return False
    a = told[0]
    ranks = [c for c in doc.cues.within("INTENT_CUE", a.span[0], a.span[1]) if c.key == "series"]
    before = doc.cues.ending_at("INTENT_CUE", a.span[0], doc.text)
    if not ranks and (before is None or before.key != "series"):
        return False
    # the crossing it ranks was told before its clause ("A balloon flew over Taiwan. It was the
    # third balloon to cross ..."); told alone, it is the crossing ("the first drone to
    # enter Polish airspace was shot down")
    prior = between(doc.facts.aircraft, 0, doc.clause(a.span[0]).start)
    return any(b.category == a.category for b in prior)


def _ruled(doc: Doc, at: Span) -> bool:
    """ "Parliament passed a law allowing the army to shoot down drones which violate
    national airspace", "une loi autorisant l'armée à abattre les drones qui violent
    l'espace aérien": a crossing told in a relative clause hung on an aircraft (WHETHER_CUE
    key "relative" right after it) after a law's word (INTENT_CUE key "rule") in its
    sentence is what the law is about, not a crossing. "Authorised the army to shoot down
    the drone that had violated ..." names no law: the crossing stands."""
    sent = doc.sentence(at[0])
    if ("INTENT_CUE", "rule") not in _offers(doc, sent):
        return False
    laws = [c for c in doc.cues.within("INTENT_CUE", sent.start, at[0]) if c.key == "rule"]
    if not laws or (opening := _relative_opening(doc, laws[-1].end, at[0])) == laws[-1].end:
        return False
    # the aircraft is the law's object, in its clause ("after a drone which had taken off
    # ... violated": another clause, a crossing told as done)
    craft = between(doc.facts.aircraft, laws[-1].end, opening)[-1]
    return doc.clause(craft.span[0]).start == doc.clause(laws[-1].end - 1).start


def _obliged(doc: Doc, at: Span) -> bool:
    """ "Foreign aircraft are required to identify themselves before entering national
    airspace", « les appareils étrangers sont tenus de s'identifier avant d'entrer dans
    l'espace aérien »: a crossing told after a word of duty (INTENT_CUE key "duty") whose
    subject is an aircraft of no count nor model, a plural or one of no article of
    reference (the last one told before the word in its sentence, no verb between them), in
    a sentence of no day nor time, is what a rule asks of any aircraft, not a crossing."""
    sent = doc.sentence(at[0])
    if ("INTENT_CUE", "duty") not in _offers(doc, sent):
        return False
    if between(doc.facts.dates, sent.start, sent.end) or between(doc.facts.times, sent.start, sent.end):
        return False
    duties = [c for c in doc.cues.within("INTENT_CUE", sent.start, at[0]) if c.key == "duty"]
    if not duties:
        return False
    duty = duties[-1]  # its subject may stand before a relative word: « des appareils ... qui doivent »
    crafts = between(doc.facts.aircraft, sent.start, duty.start)
    if not crafts or between(doc.facts.verbs, crafts[-1].span[1], duty.start):
        return False
    a = crafts[-1]  # a plural of reference is generic too: « les appareils étrangers »
    return not (a.counted or a.count or a.model) and (a.plural or not a.definite)


# marks of a clause: an aircraft and a relative word with one between them are no phrase
_CLAUSE_MARKS = frozenset(",;:()")


def _opens_quote(text: str, start: int) -> bool:
    """Does a quotation open right before ``start`` (« …, “…, or a straight quote after a
    space, a colon or a comma: 'the minister said "crossing ...'), spaces aside?"""
    before = text[:start].rstrip(" \u00a0\u202f")
    if before[-1:] in ("«", "“"):
        return True
    return before[-1:] == '"' and before[-2:-1] in ("", " ", "\n", ":", ",", "(")


def _activity_subject(doc: Doc, at: Span, verb: Verb | None) -> bool:
    """ "Flying over Russia is not an option", « Survoler la Pologne est interdit »: a
    crossing's verb of no subject nor auxiliary in its phrase that opens its sentence
    (nothing before it but quotes and marks) or a quotation in it (« franchir la
    frontière avec des drones serait un acte hostile », a dit le ministre:
    ``_opens_quote``), and whose object is followed by "to be" (ACTIVITY_CUE key
    "copula": no mark of a clause, line break nor verb between them; an aircraft may be
    its means, "avec des drones") is a gerund or an infinitive, the subject of what is
    said of the activity: no crossing, whatever aircraft was told before it. "Flying
    low, the drone crossed ..." (a comma, then its subject) still tells one."""
    if verb is None or verb.noun:
        return False  # "The incident occurred while the vessel was escorting": a noun
    sent = doc.sentence(at[0])
    if ("ACTIVITY_CUE", "copula") not in _offers(doc, sent):
        return False
    # a finite verb: its subject or auxiliary in its phrase ("Il est revenu ... et y est resté")
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", doc.text[at[0] : at[1]].lower().replace("’", "'"))
    if doc.cues.within("SUBJECT_PRONOUN_CUE", at[0], at[1]) or _aux_forms(doc) & set(words):
        return False
    if doc.text[sent.start : at[0]].strip(" \t\n\"'«“‘-–—*•") and not _opens_quote(doc.text, at[0]):
        return False
    copulas = [c for c in doc.cues.within("ACTIVITY_CUE", at[1], sent.end) if c.key == "copula"][:1]
    if not copulas:
        return False
    gap = doc.text[at[1] : copulas[0].start]
    if _CLAUSE_MARKS & set(gap) or "\n" in gap:
        return False
    return not between(doc.facts.verbs, at[1], copulas[0].start)


def _rule_for_any(doc: Doc, at: Span) -> bool:
    """ "A drone that enters Polish airspace will be destroyed", "drones that violate its
    airspace will be shot down", « un avion qui franchit la frontière sera intercepté »,
    "may use weapons against an aircraft that enters its airspace": a crossing told in
    the present (PRESENT_CUE key "present", up to the verb or the link word that anchors
    it: "drift into") in a relative clause (WHETHER_CUE key "relative", no other crossing
    before it there) hung on an aircraft of no article of reference, no model and no
    count above one (no mark of a clause between them), with a word of what will be after
    it in its sentence (FUTURE_CUE) or a word of what may be done before the aircraft or
    after the crossing (PRESENT_CUE key "modal": "... may be shot down"), in a sentence
    of no day nor time, is what will be done to any such aircraft: a rule, no crossing;
    so is what the main clause tells of that aircraft after it ("... sera détecté dès
    la frontière")."""
    sent = doc.sentence(at[0])
    if ("WHETHER_CUE", "relative") not in _offers(doc, sent):
        return False
    if between(doc.facts.dates, sent.start, sent.end) or between(doc.facts.times, sent.start, sent.end):
        return False
    rel = [c for c in doc.cues.within("WHETHER_CUE", sent.start, at[0]) if c.key == "relative"][-1:]
    if not rel:
        return False
    now = [c for c in doc.cues.within("PRESENT_CUE", rel[0].end, at[1]) if c.key == "present"][:1]
    if not now or between(doc.facts.verbs, rel[0].end, now[0].start):
        return False
    craft = between(doc.facts.aircraft, sent.start, rel[0].start)[-1:]
    if not craft:
        return False
    # an adjective may stand between ("un avion militaire étranger qui"), nothing told
    a = craft[0]
    told = [m for m in between(doc.facts.mentions, a.span[1], rel[0].start) if m.kind != "cue"]
    if told or _CLAUSE_MARKS & set(doc.text[a.span[1] : rel[0].start]):
        return False
    if a.model or a.definite or (a.count or 0) > 1:
        return False
    may = [c for c in doc.cues.within("PRESENT_CUE", sent.start, a.span[0]) if c.key == "modal"]
    # or what may be done to it after it: "a drone that enters ... may be shot down"
    later = [c for c in doc.cues.within("PRESENT_CUE", now[0].end, sent.end) if c.key == "modal"]
    return bool(may or later or doc.cues.within("FUTURE_CUE", now[0].end, sent.end))


def _participle_rule(doc: Doc, at: Span) -> bool:
    """ "A Russian drone entering Polish airspace would be shot down at once", « un
    hélicoptère franchissant la frontière pourrait être intercepté »: a crossing told by a
    participle (PRESENT_CUE key "participle" at the anchor) hung on an aircraft of no
    article of reference (one word between at most: « un drone étranger entrant »), no
    model and no count above one, with what would follow after it in its sentence
    (PRESENT_CUE key "then"), in a sentence of no day nor time, is what would be done
    to any such aircraft: no crossing. "A Russian drone entering Polish airspace was
    shot down on Monday" is one."""
    sent = doc.sentence(at[0])
    if at[1] <= sent.end and ("PRESENT_CUE", "participle") not in _offers(doc, sent):
        return False
    if between(doc.facts.dates, sent.start, sent.end) or between(doc.facts.times, sent.start, sent.end):
        return False
    told = [
        c
        for c in doc.cues.within("PRESENT_CUE", sent.start, at[1])
        if c.key == "participle" and (c.end > at[0] or not doc.text[c.end : at[0]].strip())
    ]  # at the anchor, or right before its link word ("s'aventurant | dans")
    if not told:
        return False
    craft = between(doc.facts.aircraft, sent.start, told[0].start)[-1:]
    gap = doc.text[craft[0].span[1] : told[0].start] if craft else ","
    if len(gap.split()) > 1 or "," in gap:  # (one word between: « un drone étranger entrant »)
        return False
    a = craft[0]
    if a.model or a.definite or (a.count or 0) > 1:
        return False
    then = [c for c in doc.cues.within("PRESENT_CUE", at[1], sent.end) if c.key == "then"][:1]
    return bool(then) and not _other_subject_between(doc, _past_goal_state(doc, told[0], at), then[0].start)


def _past_goal_state(doc: Doc, told: Cue, at: Span) -> int:
    """Where what follows a participle of crossing starts: past the state it goes into,
    told right after it ("a drone entering Belgium would ...", « un drone entrant en
    Belgique serait ... »: the participle's goal, no other subject), or past the anchor."""
    after = between(doc.facts.mentions, max(told.end, at[0]), doc.sentence(at[0]).end)[:1]
    if not after or after[0].kind != "state" or len(doc.text[told.end : after[0].span[0]].split()) > 1:
        return at[1]
    return max(at[1], after[0].span[1])


def _other_subject_between(doc: Doc, lo: int, hi: int) -> bool:
    """Is anything told in [lo, hi) that may be the subject of what follows instead of
    the aircraft: a source, a state not told as where it came from, a word of saying or
    a subject pronoun ("... prompted Tallinn to say it would summon the envoy")?"""
    for m in between(doc.facts.mentions, lo, hi):
        if m.kind == "source" or (
            m.kind == "state" and doc.cues.ending_at("FROM_CUE", m.span[0], doc.text) is None
        ):
            return True
    return bool(doc.mention_cues("say", lo, hi) or doc.cues.within("SUBJECT_PRONOUN_CUE", lo, hi))


def _purposed(doc: Doc, at: Span) -> bool:
    """ "Poland bought radars to detect drones violating its airspace", "des radars pour
    détecter les drones qui violent l'espace aérien": a crossing told of an aircraft of
    no count nor model that is the object of a word of purpose (INTENT_CUE key
    "purpose") right before it, the crossing hung on it (a participle, or a relative
    word), is what the means are for, not a crossing, when its sentence tells no day
    nor time."""
    sent = doc.sentence(at[0])
    if ("INTENT_CUE", "purpose") not in _offers(doc, sent):
        return False
    purposes = [c for c in doc.cues.within("INTENT_CUE", sent.start, at[0]) if c.key == "purpose"]
    if (
        not purposes
        or between(doc.facts.dates, sent.start, sent.end)
        or between(doc.facts.times, sent.start, sent.end)
    ):
        return False  # "jets took off to intercept drones violating its airspace overnight": one night's
    crafts = between(doc.facts.aircraft, purposes[-1].end, at[0])
    if len(crafts) != 1 or crafts[0].counted or crafts[0].count or crafts[0].model:
        return False
    a = crafts[0]
    if doc.text[purposes[-1].end : a.span[0]].strip():
        return False
    gap = doc.text[a.span[1] : at[0]].strip(" ,")
    return not gap or any(
        c.key == "relative"
        and not doc.text[a.span[1] : c.start].strip(" ,")
        and not doc.text[c.end : at[0]].strip()
        for c in doc.cues.within("WHETHER_CUE", a.span[1], at[0])
    )


def negated_head(doc: Doc, at: Span) -> bool:
    """ "Three drones were seen near the border, none of which entered Moldovan
    airspace": a relative clause hung on a negation ("none of", "neither of") told
    right before it in its sentence is negated by it, though the clause begins after."""
    clause = doc.clause(at[0])
    sent = doc.sentence(at[0])
    if clause.start <= sent.start:
        return False
    negs = doc.negations(sent.start, clause.start)[-1:]
    return bool(negs) and not doc.text[negs[0].span[1] : clause.start].strip()


def _set_apart(doc: Doc, pos: int, at: Span) -> bool:
    """Is the doubt at ``pos`` set apart from the crossing at ``at`` by commas: in an
    aside clause ("no aircraft had, as far as we know, entered") or a verbless stretch
    ("a drone, not a plane, entered")? Not when the crossing's own clause is the one
    set off by commas ("..., but none of them entered allied airspace, the alliance
    said"): its doubt is its own."""
    if doc.clause(pos).nth == doc.clause(at[0]).nth:
        return doc.seg.between_commas(pos, at[0])
    return doc.seg.in_aside(pos, at[0])


def _not_yet(doc: Doc, at: Span) -> bool:
    """ "Le drone a été abattu avant de pénétrer dans l'espace aérien croate", "was
    intercepted before crossing the border", "s'est éloigné avant d'entrer": a crossing
    told right after a word of "before" and its verb (BEFORE_CUE key "before") had not
    happened when the aircraft stopped, in its sentence before it: it came down (a verb
    of [verbs] coming_down), was met (SCRAMBLE_CUE), went back or away (EXIT_CUE,
    BEFORE_CUE key "stop"), with no crossing told done after that (JOURNEY: "a été
    intercepté, a traversé la Hongrie avant d'entrer"). Told after a crossing or a flight
    ("avait traversé l'espace aérien hongrois avant d'entrer dans l'espace aérien
    croate", "a longé la frontière avant de pénétrer"), the aircraft went on; so it did
    when the crossing is told again at a time of its own (``_again_at_own_time``)."""
    return _after_before(doc, at) == "stopped" and not _again_at_own_time(doc, at)


def _again_at_own_time(doc: Doc, at: Span) -> bool:
    """ "It turned back after four minutes, before crossing into Lithuania again at 9:40",
    « a fait demi-tour avant de franchir à nouveau la frontière à 9 h 40 »: a crossing
    told with a word of again (ANOTHER_CUE) and a time of its own after its verb in its
    clause came after the way back told before it: it happened."""
    clause = doc.clause(at[0])
    return bool(doc.cues.within("ANOTHER_CUE", at[0], clause.end)) and bool(
        between(doc.facts.times, at[1], clause.end)
    )


def _after_before(doc: Doc, at: Span) -> str | None:
    """What the clause before a crossing told right after "before" and its verb says:
    "stopped" (see ``_not_yet``), "went on" after a crossing told done (JOURNEY), else
    None (no such word, or a flight along: "a longé la frontière avant de pénétrer")."""
    sent = doc.sentence(at[0])
    # the cue right before the verb, or running into it ("avant d'" of "d'entrer")
    cues = [
        c for c in doc.cues.within("BEFORE_CUE", sent.start, at[1]) if c.start < at[0] and c.key == "before"
    ]
    if not cues:
        return None
    if doc.text[cues[-1].end : at[0]].strip(" '\u2019") and not _opens_clause(doc, cues[-1], at):
        return None
    return _stopped_or_went(doc, sent.start, cues[-1].start)


def _stopped_or_went(doc: Doc, lo: int, hi: int) -> str | None:
    """What is told between ``lo`` and a word of "before" at ``hi``: "stopped" (it came
    down, was met, went back or away, with no crossing told done after that), "went
    on" (a crossing told done), else None (``_after_before``)."""
    verbs = between(doc.facts.verbs, lo, hi)
    stops = [v.span[1] for v in verbs if v.key in COMING_DOWN]
    for cls in ("SCRAMBLE_CUE", "EXIT_CUE", "BEFORE_CUE"):
        stops += [c.end for c in doc.cues.within(cls, lo, hi) if cls != "BEFORE_CUE" or c.key == "stop"]
    went = [v.span[1] for v in verbs if v.key in JOURNEY and not (v.negated or v.hypothetical or v.noun)]
    if stops and max(stops) > max(went, default=-1):
        return "stopped"
    return "went on" if went else None


def _opens_clause(doc: Doc, cue: Cue, at: Span) -> bool:
    """ "bevor sie in den rumänischen Luftraum eindrang", "прежде чем он вошёл в": the
    word of "before" opens the clause of the verb told later in it (its subject, its
    goal between), with no other verb between them."""
    return doc.clause(at[0]).start <= cue.start and not between(doc.facts.verbs, cue.end, at[0])


def _stopped_short(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "A drone was destroyed over Yemeni territory before reaching the kingdom's
    airspace", "un drone a été abattu au-dessus du territoire ukrainien avant d'entrer
    dans l'espace aérien polonais": a place over a state where the aircraft stopped
    (``_stopped_or_went``), told before a word of "before" (BEFORE_CUE key "before")
    whose clause goes on to another airspace or state than that place's (ZoneRef, a
    state not told by its capital), is where it was on its way to that airspace, not a
    crossing told of it. Told with no such goal ("before reaching Moscow", "avant
    d'atteindre sa cible") or after a crossing told done, it stays one; so it does
    when that place's state speaks in the report (a source's state, a capital) or the
    aircraft is told of another state ("un drone russe a été abattu au-dessus du
    territoire roumain avant d'atteindre la Bulgarie": Russian over Romania)."""
    speakers = speaker_states(doc)
    out = []
    for a in found:
        state = a.goal_state
        sent = doc.sentence(a.span[0])
        cues = [c for c in doc.cues.within("BEFORE_CUE", a.goal_span[1], sent.end) if c.key == "before"][:1]
        if state is None or state in speakers or not cues:
            out.append(a)
            continue
        foreign = [
            t for t in between(doc.facts.aircraft, sent.start, cues[0].start) if t.state not in (None, state)
        ]
        if foreign or _stopped_or_went(doc, sent.start, cues[0].start) != "stopped":
            out.append(a)
            continue
        end = doc.clause(cues[0].end).end
        zones = [z.state for z in between(doc.facts.zones, cues[0].end, end) if z.kind == "airspace"]
        named = [r.code for r in between(doc.facts.states, cues[0].end, end) if not r.capital]
        if not (zones or named) or state in zones + named:
            out.append(a)
    return out


def _beyond_speakers(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "Un missile russe a survolé la Moldavie avant d'entrer dans l'espace aérien
    ukrainien, a indiqué Chisinau": a crossing told as the aircraft going on after one
    told done (``_after_before``) into a state that is none of those speaking in the
    report (a source's state, a capital) is its way on, beyond the speakers' concern, not
    a crossing they report. With no state speaking ("the drone had crossed Hungarian
    airspace before entering Croatian airspace"), it is one."""
    speakers = speaker_states(doc)
    if not speakers:
        return found
    return [
        a
        for a in found
        if a.goal_state is None
        or a.goal_state in speakers
        or a.verb is None
        or _after_before(doc, a.span) != "went on"
    ]


def _earlier_legs(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "A Russian drone entered Latvian airspace after flying over Belarus", "had entered
    from Russia after crossing Belarus, Latvia said", "est entré dans l'espace aérien
    letton après avoir survolé la Biélorussie": a crossing told right after a word of
    "after" and its verb (BEFORE_CUE key "after") behind a crossing told done in its
    sentence (JOURNEY) or behind its coming down ("est tombé près de Larga, dans le
    district de Briceni, après avoir survolé l'Ukraine", "fell in Moldova after flying
    over Ukraine": [verbs] coming_down) is the way the aircraft came, not a crossing the
    report tells, when its state is none of the main crossing's goals nor of the states
    speaking (a source's state, a capital; not the aircraft's own state) and one of those
    is known. A leg into the state told ("entered after crossing the Polish border", "crashed in Romania after
    crossing into Romanian airspace") stays."""
    speakers = speaker_states(doc)
    out = []
    for a in found:
        sent = doc.sentence(a.span[0])
        cues = [
            c
            for c in doc.cues.within("BEFORE_CUE", sent.start, a.span[1])
            if c.key == "after" and c.start < a.span[0]
        ]
        state = a.goal_state
        if a.verb is None or state is None or not cues or doc.text[cues[-1].end : a.span[0]].strip():
            out.append(a)
            continue
        lo = cues[-1].start
        ended = rules()["verbs"]["coming_down"]
        went = [
            v
            for v in between(doc.facts.verbs, sent.start, lo)
            if (v.key in JOURNEY or v.key in ended) and not (v.negated or v.hypothetical or v.noun)
        ]
        # the state of the aircraft itself speaking ("A Turkish drone was shot down after
        # entering Syrian airspace. Ankara did not comment") is no state it came down in
        own = {x.state for x in between(doc.facts.aircraft, sent.start, lo) if x.state}
        told = (speakers - own) | {
            b.goal_state for b in found if sent.start <= b.span[0] < lo and b.goal_state
        }
        if not went or not told or state in told or state in _lands_named(doc, sent.start, lo):
            out.append(a)
    return out


def _lands_named(doc: Doc, lo: int, hi: int) -> set[str]:
    """The states named by their names (no nationality, no capital) as the place of a
    sentence's telling, before its "after" ("In neighbouring Moldova, the ministry said a
    drone had crashed near Ceadir-Lunga after entering Moldovan airspace"): the land the
    aircraft came down in, whoever else speaks in the report. A state a flight came from
    (FROM_CUE right before it: "a drone from Ukraine") is none."""
    return {
        s.code
        for s in between(doc.facts.states, lo, hi)
        if not (s.demonym or s.capital) and doc.cues.ending_at("FROM_CUE", s.span[0], doc.text) is None
    }


def _in_scenario(doc: Doc, at: Span) -> bool:
    """ "Les Rafale ont simulé la poursuite d'un avion intrus qui aurait pénétré dans
    l'espace aérien", "the crews practised a simulated interception of a jet that would
    have entered": a crossing in the conditional told of an aircraft of the clause
    before it (its clause has no aircraft of its own before the verb, the aircraft is
    the last thing the clause before tells), after a word of a scenario (a HYPO cue:
    "simulé", "exercice", "scenario", no comma between them) is the scenario's, no
    crossing. A crossing told with its own subject ("... et un drone aurait pénétré")
    stays an allegation."""
    clause = doc.clause(at[0])
    if clause.nth == 0 or any(a.kind == "aircraft" for a in between(doc.facts.mentions, clause.start, at[0])):
        return False
    before = doc.seg.clauses.scopes[clause.nth - 1]
    if not doc.seg.same_sentence(before.start, at[0]):
        return False
    told = [x for x in between(doc.facts.mentions, before.start, before.end) if x.kind != "cue"]
    if not told or told[-1].kind != "aircraft":
        return False
    # "Lors d'un exercice, les pilotes ont intercepté un avion qui aurait ...": a word
    # set apart by a comma is when, not what is simulated
    cues = doc.mention_cues("hypo", before.start, told[-1].span[0])
    return any("," not in doc.text[c.span[1] : told[-1].span[0]] for c in cues)


def _open_question(doc: Doc, at: Span) -> bool:
    """ "It could not establish whether the drone had been shot down over Ukraine or had
    crashed after flying into Moldovan airspace", "n'a pas pu établir si le drone était
    entré": a crossing told after a word of an open question (WHETHER_CUE key
    "whether": also "how many times", "how often") in its sentence, with no verb of
    saying between, is asked, not told (as one in a direct question is: ``_asked``). A
    clause opened after it by a relative word (key "relative": "whether the drone that
    entered ... was armed") tells its crossing as a fact. An inquiry opened into it (key
    "probe": "is investigating whether a helicopter violated ...", « enquête pour savoir
    si ») tells it as suspected: no open question (the words are alleged ones too)."""
    sent = doc.sentence(at[0])
    cues = doc.cues.within("WHETHER_CUE", sent.start, at[0])
    probes = [c for c in cues if c.key == "probe"]
    asks = [c for c in cues if c.key == "whether" and not any(p.start <= c.start < p.end for p in probes)]
    if not asks or (probes and probes[-1].start > asks[-1].start):
        return False
    if any(c.key == "relative" and c.start > asks[-1].start for c in cues):
        return False
    return not doc.mention_cues("say", asks[-1].end, at[0])


#: the end of a sentence: a stop before a space, a closing quote or bracket, or the end
_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"'»”)]|$)")


def _asked(doc: Doc, at: Span) -> bool:
    """ "Did Russian drones enter Moldovan airspace last night?", "Des drones ont-ils
    pénétré dans l'espace aérien moldave ?", "« Un drone est-il entré ... ? », a demandé
    un journaliste": a crossing whose sentence ends, after it, at a question mark is
    asked, not told. A question opened in its clause by a word that takes the event as
    given ("Why did the drone enter ...?", "Pourquoi ... a-t-il pénétré ... ?": WH_CUE)
    asks about something else; a question of a number (key "count": "how many drones
    entered ...?") does not. A question answered "yes" right after it
    (``_answered_yes``), or one that recalls it as given ("Qui se souvient qu'un drone
    était tombé ... ?", WH_CUE key "given", anywhere before it in its sentence), tells
    the crossing."""
    para = doc.paragraph(at[0])
    stop = _SENTENCE_END.search(doc.text, at[1], para.end)
    if stop is None or stop.group() != "?":
        return False
    # "Qui se souvient qu'en 2023 déjà, un drone était tombé ... ?", "Who remembers that
    # ... crashed ...?": a question that takes the crossing as given (key "given")
    sent = doc.sentence(at[0])
    if any(c.key == "given" for c in doc.cues.within("WH_CUE", sent.start, at[0])):
        return False
    clause = doc.clause(at[0])
    cues = doc.cues.within("WH_CUE", clause.start, at[0])
    counts = {c.start for c in cues if c.key == "count"}  # "how" of "how many" asks a number
    if any(c.key == "wh" and c.start not in counts for c in cues):
        return False
    return not _answered_yes(doc, doc.sentence(stop.start()).end)


# quotation marks and spaces that may open a sentence before its first word
_OPENING_MARKS = " \n«»\"“”'‘’-–—"


def _in_fiction(doc: Doc, at: Span) -> bool:
    """ "In the film, a Russian jet crosses into Estonian airspace", "Its plot follows a
    radar operator who tracks an aircraft crossing into ...", "dans le roman, un drone
    franchit la frontière": a crossing told after a word of a work of fiction (FICTION_CUE:
    a film, a novel, a plot, a video game) in its sentence is the story's, no crossing;
    so is one after a word of a scene supposed that opens the sentence, an imperative
    (key "suppose": "Imagine a foreign jet that enters ...", « Imaginons un avion qui
    viole ... »; "it is hard to imagine a calmer week: ..." supposes nothing); so is one
    told by the relative clause right after an exercise (key "drill": "an exercise in
    which Finnish jets cross into ...", no comma between: "during an exercise in which
    jets took part, two bombers entered ..." is a crossing). Its words inside a longer
    form of key "real" ("the film crew", "a film festival") name real people or events,
    no story."""
    sent = doc.sentence(at[0])
    cues = doc.cues.within("FICTION_CUE", sent.start, at[0])
    real = [c for c in cues if c.key == "real"]
    cues = [c for c in cues if c.key != "suppose" or not doc.text[sent.start : c.start].strip(_OPENING_MARKS)]
    # an exercise's scenario told by its relative clause, no comma before the crossing
    cues = [c for c in cues if c.key != "drill" or "," not in doc.text[c.end : at[0]]]
    return any(c.key != "real" and not any(r.start <= c.start and c.end <= r.end for r in real) for c in cues)


def _erratum(doc: Doc, at: Span) -> bool:
    """ "Dans une version précédente de cette dépêche, nous indiquions par erreur que
    trois avions avaient violé ...", "An earlier version of this story incorrectly said
    three jets had entered ...": a crossing told after words of a correction of the text
    itself (ERRATUM_CUE) in its sentence is what was wrongly reported, no crossing. A
    crossing made by mistake ("a pénétré par erreur") is no such word. Its aircraft
    corrected by the very next sentence ("Il s'agissait en fait de deux drones":
    ``correction_after``), which names no zone or state of its own, the crossing stands
    (its count the correction's, ``episodes._corrected``)."""
    sent = doc.sentence(at[0])
    cues = doc.cues.within("ERRATUM_CUE", sent.start, at[0])
    # also a speaker taking back what it said, in the crossing's clause (key "withdrawn":
    # "The ministry withdrew its earlier report that a helicopter had crossed ...")
    clause = doc.clause(at[0]).start
    wrong = [
        c for c in cues if c.key == "wrong" or (c.key == "withdrawn" and doc.clause(c.start).start == clause)
    ]
    if not wrong or _contrary_to(doc, sent, cues, at):
        return False
    fixed = correction_after(doc, sent)
    if fixed is None:
        return True
    told = doc.sentence(fixed.span[0])  # the corrected crossing told in full there
    # (its own day: "... a Su-27 and the incident took place on Saturday near Porvoo"
    # is a crossing of its own; a place alone, "deux drones, entrés près d'Ocnița", is
    # the corrected crossing's)
    own = between(doc.facts.dates, told.start, told.end)
    return bool(
        between(doc.facts.zones, told.start, told.end)
        or between(doc.facts.states, told.start, told.end)
        or own
    )


def _taken_back_after(doc: Doc, at: Span) -> bool:
    """ "The army said a drone had entered its airspace, but it withdrew the report on
    Tuesday", "... over Lesbos. It later corrected its statement", « ..., avant de
    revenir sur ses informations », « Il s'est rétracté le lendemain »: a crossing
    followed, later in its sentence or in the next sentence of its paragraph, by words of
    a speaker taking back what it said (ERRATUM_CUE keys "withdrawn", "taken_back") is
    what was taken back, no crossing. Words followed by what they take back (key
    "content": "withdrew its report that the drone was armed", « selon lesquelles »)
    take back that, not the crossing."""
    sent = doc.sentence(at[0])
    hi = sent.end
    rest = len(doc.text) - len(doc.text[sent.end :].lstrip())
    if rest < len(doc.text) and doc.paragraph(rest).start == doc.paragraph(at[0]).start:
        hi = doc.sentence(rest).end
    cues = doc.cues.within("ERRATUM_CUE", at[1], hi)
    content = [c for c in cues if c.key == "content"]
    for cue in cues:
        if cue.key not in ("withdrawn", "taken_back"):
            continue
        if not any(_object_of(doc, cue, c) for c in content):
            return True
    return False


def _object_of(doc: Doc, cue: Cue, content: Cue) -> bool:
    """Whether words of what is taken back (``content``) end the words of taking back
    (``cue``: "sur ses informations selon lesquelles") or open right after them."""
    if content.start <= cue.start:
        return False
    return content.end == cue.end or (
        content.start >= cue.end and not doc.text[cue.end : content.start].strip()
    )


def _contrary_to(doc: Doc, sent: Scope, cues: list[Cue], at: Span) -> bool:
    """ "Contrairement à ce qu'indiquait une version précédente de cette dépêche, ce sont
    deux drones qui ont pénétré ...", "Contrary to what an earlier version of this story
    said, two drones entered ...": the words of the correction told in a phrase of
    contrast that opens the sentence or its clause (ERRATUM_CUE key "contrary", after
    a heading: "MISE À JOUR – Contrairement à ..."), the crossing told
    after the comma that closes it is the corrected one, told as fact."""
    first = cues[0]
    opening = max(sent.start, doc.clause(first.start).start)
    if first.key != "contrary" or doc.text[opening : first.start].strip():
        return False
    last = [c for c in cues if c.key == "wrong"][-1]
    return doc.text.find(",", last.end, at[0]) >= 0


def correction_after(doc: Doc, sent: Scope) -> Aircraft | None:
    """The one counted aircraft told right after words of what a crossing's aircraft
    really were (CORRECTED_CUE) opening the sentence right after ``sent`` ("Il
    s'agissait en fait de deux drones", "It was in fact two drones", "Tatsächlich
    handelte es sich um zwei Drohnen"), or None: a bare model ("Il s'agissait de
    Mi-8") is no count, and several kinds listed there are a total told in parts."""
    if sent.end >= len(doc.text):
        return None
    cue = next(iter(doc.cues.within("CORRECTED_CUE", sent.end, len(doc.text) + 1)), None)
    if cue is None:
        return None
    nxt = doc.sentence(cue.start)
    if doc.text[sent.end : nxt.start].strip() or doc.text[nxt.start : cue.start].strip():
        return None  # not the very next sentence, or the words open none
    # (the aircraft may take the cue's last word: German "um zwei Drohnen"; not one
    # inside it: "The aircraft was in fact a Su-27")
    told = between(doc.facts.aircraft, cue.start, len(doc.text))
    fixed = next((m for m in told if m.span[1] > cue.end), None)
    if fixed is None or doc.text[cue.end : fixed.span[0]].strip().strip("'’"):
        return _number_corrected(doc, cue, told)
    if not fixed.counted:
        return None
    if between(doc.facts.aircraft, fixed.span[1], doc.clause(fixed.span[0]).end):
        return None  # several kinds: the total told in parts
    return fixed


def _number_corrected(doc: Doc, cue: Cue, told: list[Aircraft]) -> Aircraft | None:
    """ "The drones were in fact two", "Les drones étaient en fait deux": the aircraft
    named inside the words of correction, counted by the number right after them that
    ends its clause or is set apart by a comma ("..., the ministry said"), or None."""
    inside = [m for m in told if m.span[1] <= cue.end]
    nums = [m for m in between(doc.facts.mentions, cue.end, doc.clause(cue.end).end) if m.kind == "number"]
    if len(inside) != 1 or not nums or doc.text[cue.end : nums[0].span[0]].strip():
        return None
    n = nums[0].value
    rest = doc.text[nums[0].span[1] : doc.clause(cue.end).end].strip()
    if rest[:1] not in ("", ",", ";", ".") or nums[0].extra.get("vague"):
        return None
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        return None
    return dataclasses.replace(inside[0], count=n, counted=True, plural=n > 1, either=False)


def _answered_yes(doc: Doc, pos: int) -> bool:
    """ "Q: Did a Russian drone enter Polish airspace on Sunday? A: Yes, near
    Hrubieszów": the sentence after the question opens, past the speaker's label (words
    before a colon), with a word of assent (ANSWER_CUE): the crossing asked about is
    told."""
    if pos >= len(doc.text):
        return False
    nxt = doc.sentence(pos)
    head = doc.text[nxt.start : nxt.end]
    colon = head.find(":")
    start = nxt.start
    if 0 <= colon and len(head[:colon].split()) <= 3:
        start = nxt.start + colon + 1
    start += len(doc.text[start : nxt.end]) - len(doc.text[start : nxt.end].lstrip())
    return doc.cues.starting_at("ANSWER_CUE", start, doc.text) is not None


def _counterfactual(doc: Doc, at: Span) -> bool:
    """ "The drones would have entered Polish airspace had they not been shot down",
    "seraient entrés dans l'espace aérien s'ils n'avaient pas été abattus": a verb in the
    conditional with a denied condition right after it (a HYPO cue, "if", "si", "had
    they", in its clause or the next one of its sentence, with a negation from it to
    the end of its clause) tells what did not happen. A condition that is not denied
    ("if confirmed", "si cela était confirmé"), or one told after a verb of saying,
    leaves the reported crossing alone."""
    sent = doc.sentence(at[0])
    end = doc.clause(at[0]).end
    end = doc.clause(end).end if end < sent.end else end
    for cue in doc.mention_cues("hypo", at[1], min(end, sent.end)):
        if doc.mention_cues("say", at[1], cue.span[0]):
            break  # "..., officials said, adding that it was unclear if": the speaker's doubt
        lo, hi = cue.span[0], doc.clause(cue.span[0]).end
        if doc.mention_cues("neg", lo, hi) or any(v.negated for v in between(doc.facts.verbs, lo, hi)):
            return True
    return False


def _doubted_noun(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "The intrusion of a Russian aircraft into Estonian airspace was simulated", "une
    incursion de drones dans l'espace aérien letton a été simulée": a noun of
    violation whose own phrase (its aircraft, zone, place: no comma, no other mention)
    runs into a word of doubt (a cue "hypo") tells no crossing."""
    cues = [c for c in between(doc.facts.cues, at[1], clause.end) if c.value == "hypo"][:1]
    if not cues or "," in doc.text[at[1] : cues[0].span[0]]:
        return False
    told = between(doc.facts.mentions, at[1], cues[0].span[0])
    return all(m.kind in _OWN_PHRASE for m in told)


#: what a noun of violation's own phrase tells (see ``_doubted_noun``)
_OWN_PHRASE = frozenset({"aircraft", "zone", "location", "state"})


def counted_zero(doc: Doc, v: Verb) -> bool:
    """ "Finland logged zero violations in November", "0 airspace violations", "zéro
    violation": a noun of violation counted as none, the number right before it (or
    before its zone or state), denies as "no violations" does."""
    if not v.noun:
        return False
    hi = v.span[0]
    for m in reversed(between(doc.facts.mentions, doc.clause(v.span[0]).start, v.span[0])):
        if doc.text[m.span[1] : hi].strip():
            return False
        if m.kind == "number":
            return bool(m.value == 0)
        if m.kind not in ("zone", "state"):
            return False
        hi = m.span[0]
    return False


def _told_in_general(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Violations of Baltic airspace by Russian aircraft have become more frequent",
    "les violations de l'espace aérien balte se sont multipliées", "such incursions
    usually happen at night": a noun of violation told with a word of habit or of a
    trend after it in its clause (HABIT_CUE) is what happens as a rule, no crossing;
    so is one right after a noun of a trend ("a rise in incursions", "a surge in drone
    incursions", "une hausse des incursions": TREND_CUE) with no day in its clause."""
    if doc.cues.within("HABIT_CUE", at[1], clause.end):
        return True
    start = at[0]
    for a in between(doc.facts.aircraft, clause.start, at[0])[-1:]:
        if not doc.text[a.span[1] : at[0]].strip():
            start = a.span[0]  # "a surge in drone incursions": the aircraft's kind first
    trend = doc.cues.ending_at("TREND_CUE", start, doc.text)
    return trend is not None and not between(doc.facts.dates, clause.start, clause.end)


def _kinds_as_heading(doc: Doc, at: Span) -> bool:
    """ "Drones, balloons, helicopters: how Europe counts violations of its airspace",
    « Ballons et drones venus de la guerre voisine : la Moldavie tient le registre de ses
    violations »: kinds of aircraft named bare before a colon opening the sentence
    (plural, no count, no state, no model, no article that refers back) head a talk
    about kinds; a noun of violation told after the colon, no day in the sentence, is
    no crossing."""
    sent = doc.sentence(at[0])
    colon = doc.text.find(":", sent.start, at[0])
    if colon < 0 or between(doc.facts.dates, sent.start, sent.end):
        return False
    kinds = between(doc.facts.aircraft, sent.start, colon)
    if not kinds:
        return False
    return all(a.plural and not (a.counted or a.state or a.model or a.definite) for a in kinds)


def _counted_at_a_rate(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Athens records hundreds of violations every year" is ``_told_in_general``; the
    rate may come first: "Athènes recense chaque année des centaines de violations",
    "the army logs every month dozens of incursions": a noun of violation counted (more
    than one right before it) after a word of habit or rate (HABIT_CUE) in its main
    clause, no day there, is a rate, no crossing."""
    count = count_before(doc, at)
    if count is None or not isinstance(count.value, (int, float)) or count.value <= 1:
        return False
    start = doc.seg.main_clause_start(at[0])
    if not doc.cues.within("HABIT_CUE", start, at[0]):
        return False
    return not between(doc.facts.dates, start, clause.end)


def _tally_of_last_year(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Turkey recorded 1,200 violations of its airspace last year", "plus de 2 000
    violations l'an dernier", "in 2025": a noun of violation counted (a number of more
    than one right before it), told of the whole of last year (YEAR_CUE in its clause)
    or of a year named with an exact count (a year after the word for "in" or a date
    of year precision), no day of its own there, is a year's statistic, no crossing;
    so is one told after a word of recording with a count (more than one) between
    them ("Belgium has recorded 12 drone overflights this year", "several such
    overflights"), no verb there."""
    count = count_before(doc, at) or _recorded_count(doc, at, clause) or _recorded_times(doc, at, clause)
    if count is None or not isinstance(count.value, (int, float)) or count.value <= 1:
        return False
    days = _days_of_the_noun(doc, at, clause)
    years = [d for d in days if d.extra.get("precision") == "year"]
    if len(days) > len(years):
        return False
    # "Greece recorded 1,500 violations in 2025": a year named is the period of a tally
    # counted exactly ("plusieurs incursions en 2021" tells earlier crossings in passing)
    if not count.extra.get("vague") and (years or years_told_in(doc, clause.start, clause.end)):
        return True
    if doc.cues.within("YEAR_CUE", clause.start, clause.end):
        return True
    # "several violations since 2023": a vague count over a span up to now is its tally
    # (one counted exactly, "14 incursions since 2022", or told with its aircraft, "by
    # Russian drones", is a background record of its own)
    if not count.extra.get("vague") or between(doc.facts.aircraft, clause.start, clause.end):
        return False
    return since_year_told(doc, clause)


def gapped_state_parts(doc: Doc, at: Span) -> list[tuple[Mention, Mention]]:
    """ "Romania recorded fourteen violations of its airspace this year, Poland nine", "la
    Roumanie a recensé quatorze violations de son espace aérien, la Pologne neuf": after
    a noun of violation counted, its sentence ending in states each right before a
    count and no other word (the verb and noun left out, as said of the first), commas
    or a word of a list between them, each a tally of its own state, the first told
    as the noun's subject; or the next sentence all such a list after a label and a
    colon ("Nine violations were logged. By country: Estonia 4, Latvia 2, Lithuania
    3", "Par pays : Estonie 3, Lettonie 2"), the parts of the noun's count (then no
    subject's). Returns each such state and its count, in text order."""
    sent = doc.sentence(at[0])
    out = _state_counts(doc, at[1], sent.end)
    # the first state right after a comma (an article at most: "la Pologne")
    lead = doc.text[sent.start : out[0][0].span[0]] if out else ""
    if ("," in lead and len(lead.rsplit(",", 1)[1].split()) <= 1) or (out and colon_listed(doc, at, out)):
        return out
    against = _compared_count(doc, at[1], sent.end)
    if against:
        return against
    nxt = sent.end + len(doc.text[sent.end :]) - len(doc.text[sent.end :].lstrip())
    if out or nxt >= len(doc.text):
        return []
    after = doc.sentence(nxt)
    out = _state_counts(doc, after.start, after.end)
    lead = doc.text[after.start : out[0][0].span[0]] if out else ""
    label = lead.rstrip().endswith(":") and len(lead.split()) <= 3
    return out if label and not between(doc.facts.mentions, after.start, out[0][0].span[0]) else []


def colon_listed(doc: Doc, at: Span, out: list[tuple[Mention, Mention]]) -> bool:
    """ "Violations since January: Latvia 5, Estonia 3", "Violations depuis janvier :
    Lituanie 7, Lettonie 2": are the states' counts ``out`` listed right after a colon
    that closes the noun's own words (nothing told between the noun at ``at`` and the
    colon but its zone and a period: "since January", "de l'espace aérien en
    octobre")? Each is then a state's part."""
    colon = PUNCT_COLON.search(doc.text, at[1], out[0][0].span[0])
    if colon is None or doc.text[colon.end() : out[0][0].span[0]].strip():
        return False
    told = [m for m in between(doc.facts.mentions, at[1], colon.start()) if m.kind != "cue"]
    return all(m.kind in ("date", "zone") for m in told)


def _state_counts(doc: Doc, lo: int, hi: int) -> list[tuple[Mention, Mention]]:
    """The states each right before a count in [lo, hi), glued by commas or a word of a
    list, the last ending the span; none when other words follow the last count."""
    told = [x for x in between(doc.facts.mentions, lo, hi) if x.kind != "cue"]
    out: list[tuple[Mention, Mention]] = []
    for s, n in zip(told, told[1:], strict=False):
        if s.kind == "state" and n.kind == "number" and isinstance(n.value, int) and n.value > 0:
            if not doc.text[s.span[1] : n.span[0]].strip() and (not out or _list_gap(doc, out[-1][1], s)):
                out.append((s, n))
    if not out or doc.text[out[-1][1].span[1] : _attributed_end(doc, out[-1][1].span[1], hi)].strip(" .;\n"):
        return []
    return out


#: what a list's source aside may tell besides its words of speech: no crossing's detail
_ASIDE_KINDS = frozenset({"cue", "source", "state"})


def _attributed_end(doc: Doc, lo: int, hi: int) -> int:
    """Where the words told in [lo, hi) end before an aside of source closing the
    sentence (", according to NATO figures", ", selon les chiffres transmis par les
    deux gouvernements", ", the ministry said": a comma, then a word of speech or
    source, cue "according" or "say", and nothing told but sources and states, a count
    too when the word of source opens it): the comma's place, or ``hi`` when no such aside closes it."""
    comma = doc.text.find(",", lo, hi)
    if comma < 0 or doc.text[lo:comma].strip():
        return hi
    told = between(doc.facts.mentions, comma, hi)
    # "according to", or a source told with it ("d'après l'Alliance": one mention)
    according = [
        m for m in told if m.value == "according" or (m.kind == "source" and m.extra.get("according"))
    ]
    if not (according or doc.mention_cues("say", comma, hi)):
        return hi
    # a count inside an aside opened by its word of source is its own ("selon les deux
    # gouvernements", "according to three officials")
    opened = any(not doc.text[comma + 1 : c.span[0]].strip() for c in according)
    kinds = _ASIDE_KINDS | {"number"} if opened else _ASIDE_KINDS
    return hi if any(m.kind not in kinds for m in told) else comma


def _compared_count(doc: Doc, lo: int, hi: int) -> list[tuple[Mention, Mention]]:
    """ ", compared with 9 for Romania", ", contre 9 pour la Roumanie": the sentence
    ending in [lo, hi) with a comma, a word of comparing (COMPARED_CUE), a count, one
    word and an article at most, then a state's name (no nationality): that state and
    its count; none when anything else is told there ("compared with 9 last year")."""
    cue = doc.cues.within("COMPARED_CUE", lo, hi)[:1]
    if not cue or not doc.text[lo : cue[0].start].rstrip().endswith(","):
        return []
    # the count and state first; what follows them is checked below (a source aside at most)
    told = [m for m in between(doc.facts.mentions, cue[0].end, hi) if m.kind != "cue"][:2]
    if len(told) != 2 or told[0].kind != "number" or told[1].kind != "state" or told[1].extra.get("demonym"):
        return []
    n, s = told
    if not isinstance(n.value, int) or n.value <= 0 or doc.text[cue[0].end : n.span[0]].strip():
        return []
    if len(doc.text[n.span[1] : s.span[0]].split()) > 2:
        return []
    if doc.text[s.span[1] : _attributed_end(doc, s.span[1], hi)].strip(" .;\n"):
        return []
    return [(s, n)]


def _list_gap(doc: Doc, n: Mention, s: Mention) -> bool:
    """Is there only commas, a word of a list (LIST_CUE key "and") and one other word
    (an article: "et la Pologne") at most between the count ``n`` and the state ``s``?"""
    if s.span[0] <= n.span[1]:
        return False
    rest = doc.text[n.span[1] : s.span[0]]
    for c in doc.cues.within("LIST_CUE", n.span[1], s.span[0]):
        if c.key == "and":
            rest = rest.replace(doc.text[c.start : c.end], " ", 1)
    return len(rest.replace(",", " ").replace(";", " ").split()) <= 1


def since_year_told(doc: Doc, clause: Scope) -> bool:
    """Is a year told in ``clause`` the start of a span up to now (``since_opened``:
    "since 2023", "since joining NATO in 2023", "depuis son adhésion en 2023")? Crossings
    counted vaguely over it ("several violations since 2023", no aircraft of their own
    told) are the span's tally, no crossing."""
    return any(
        since_opened(doc, _date_start(doc, y.start()), clause_told=True)
        for y in YEAR.finditer(doc.text, clause.start, clause.end)
        if not any(s <= y.start() < e for s, e in lengths_in(doc, clause.start, y.end()))
    )


def _date_start(doc: Doc, pos: int) -> int:
    """Where the date told with the year at ``pos`` begins ("since September 2023",
    "depuis septembre 2023": its month, the span's start, not a date told after the
    word of since); ``pos`` for a year told alone."""
    for d in between(doc.facts.dates, doc.clause(pos).start, pos):
        if d.span[1] > pos:
            return d.span[0]
    return pos


def since_opened(doc: Doc, pos: int, clause_told: bool = False) -> bool:
    """Is the date or year told at ``pos`` the start of a span up to now: right after a
    word of since (SINCE_CUE: "since 2022", "depuis 2022"), or inside a phrase it opens
    in its clause with no aircraft, no crossing and no other date or time between
    ("since the war began in 2022", "since the campaign started last year", "depuis
    que la guerre a commencé en 2022")? "since a drone crossed on Monday" is none. With
    ``clause_told``, a clause with its own verb may tell the start ("since Moscow launched
    its invasion of Ukraine in 2022"), still with no aircraft and no other date there."""
    if doc.cues.ending_at("SINCE_CUE", pos, doc.text) is not None:
        return True
    clause = doc.clause(pos)
    since = [c for c in doc.cues.within("SINCE_CUE", clause.start, pos) if c.end < pos][-1:]
    if not since:
        return False
    told = between(doc.facts.mentions, since[0].end, pos)
    if any(m.kind in ("aircraft", "date", "time") for m in told):
        return False
    return clause_told or not between(doc.facts.verbs, since[0].end, pos)


def _recorded_over_year(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Last year the air force recorded 21 aircraft that entered national airspace",
    "W zeszłym roku Dowództwo odnotowało 47 przypadków wlotu obiektów do polskiej
    przestrzeni", "en 2024, l'armée a recensé 21 aéronefs entrés ...": a crossing told
    after a word of recording (RECORD_CUE key "record") in its sentence, a count of more
    than one between them (of the aircraft or of the cases; not a vague one, "several"),
    the year told as the period before it there (YEAR_CUE, or a year named), no day in
    the sentence up to the end of its clause (but the day of a statement told after it:
    "..., according to a report released on Wednesday"), is a year's tally, no crossing."""
    sent = doc.sentence(at[0])
    rec = doc.recording(sent.start, at[0])[-1:]
    if not rec:
        return False
    lo = rec[0].end
    told = between(doc.facts.mentions, lo, at[0])
    # "several incursions in 2021": earlier crossings told in passing, no tally
    counts = [m.value for m in told if m.kind in ("number", "repetition") and not m.extra.get("vague")]
    counts += [a.count for a in between(doc.facts.aircraft, lo, at[0])]
    if not any(isinstance(n, int) and not isinstance(n, bool) and n > 1 for n in counts):
        return False
    if not (doc.cues.within("YEAR_CUE", sent.start, at[0]) or years_told_in(doc, sent.start, at[0])):
        return False
    days = between(doc.facts.dates, sent.start, clause.start) + _days_of_the_noun(doc, at, clause)
    return all(d.extra.get("precision") == "year" for d in days)


def _detected_over_period(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Venezuela detected 41 unauthorised aircraft in its airspace in 2025", "since
    January", "so far this year", "a détecté 41 aéronefs non autorisés dans son espace
    aérien depuis janvier": a crossing whose verb is itself a word of recording
    (RECORD_CUE key "record": "detected", "détecté"), its aircraft counted exactly (more
    than one) in its main clause, told over a period (a year named, YEAR_CUE, BACKGROUND_CUE
    key "period", or a month or a year opened by a word of since, SINCE_CUE), no other
    day there (but one of a statement after it), is a tally of the period, no crossing.
    "detected two drones in its airspace on Monday" is one."""
    if not doc.recording(at[0], at[1]):
        return False
    start = doc.seg.main_clause_start(at[0])
    told = between(doc.facts.aircraft, start, clause.end)[:1]
    if not told or _exact_count(doc, told[0], start) < 2:
        return False
    return _told_over_period(doc, at, clause, start)


def _told_over_period(doc: Doc, at: Span, clause: Scope, start: int) -> bool:
    """Is the count told at ``at`` (its main clause from ``start``) one of a period: a
    year named (YEAR_CUE), BACKGROUND_CUE key "period" ("since the start of the year",
    "so far this year", « depuis le début de l'année »), or a month or a year opened by
    a word of since (SINCE_CUE), and no other day told there (but one of a statement
    after it)?"""
    periods = [c for c in doc.cues.within("BACKGROUND_CUE", start, clause.end) if c.key == "period"]
    periods += doc.cues.within("YEAR_CUE", start, clause.end)
    found = bool(periods or years_told_in(doc, start, clause.end))
    for d in _days_of_the_noun(doc, at, clause):
        if any(c.start <= d.span[0] and d.span[1] <= c.end for c in periods):
            continue
        since = doc.cues.ending_at("SINCE_CUE", d.extra.get("phrase_start", d.span[0]), doc.text)
        precision = d.extra.get("precision")
        if precision != "year" and (precision != "month" or since is None):
            return False
        found = True
    return found


def _exact_count(doc: Doc, a: Aircraft, lo: int) -> int:
    """How many the aircraft ``a`` counts: its own count, or a number (not vague) told
    right before it from ``lo``, no other mention between ("58 illegal aircraft"); 0
    when none is told."""
    if a.counted and a.count is not None:
        return a.count
    told = [m for m in between(doc.facts.mentions, lo, a.span[0]) if m.kind != "cue"][-1:]
    if not told or told[0].kind != "number" or told[0].extra.get("vague"):
        return 0
    n = told[0].value
    return n if isinstance(n, int) and not isinstance(n, bool) else 0


def _days_of_the_noun(doc: Doc, at: Span, clause: Scope) -> list[Mention]:
    """The days told in ``clause`` that may be the crossing's at ``at``: not one told
    after it behind a word of saying or of quoting ("..., the ministry said on Monday",
    "..., according to figures released on Sunday", "..., selon un bilan publié
    dimanche", "..., a annoncé mardi le gouvernement"), which dates the statement; nor one
    told before it right after such a word, no verb or aircraft between them ("According
    to figures released on Monday, ...", "The staff said on Monday that ...", "Selon un
    bilan publié lundi, ..."). (The general test of a day of saying,
    ``episodes._told_with_speech``, lives in a module that imports this one; this is the
    narrow case a noun's clause needs.)"""
    days = between(doc.facts.dates, clause.start, clause.end)
    return [
        d
        for d in days
        if not (_said_right_before(doc, d, clause) if d.span[0] < at[0] else _said_after(doc, at, d))
    ]


def _said_after(doc: Doc, at: Span, d: Mention) -> bool:
    """Is a word of saying or of quoting told between the noun at ``at`` and the day ``d``?"""
    return bool(doc.mention_cues("say", at[1], d.span[0]) or doc.mention_cues("according", at[1], d.span[0]))


def _said_right_before(doc: Doc, d: Mention, clause: Scope) -> bool:
    """Is the day ``d`` told after a word of saying or of quoting in ``clause``, no verb
    or aircraft between them ("said on Monday", "selon un rapport publié lundi")?"""
    for cue in between(doc.facts.cues, clause.start, d.span[0]):
        if cue.value in ("say", "according"):
            told = between(doc.facts.mentions, cue.span[1], d.span[0])
            if not any(x.kind in ("verb", "aircraft") for x in told):
                return True
    return False


def _recorded_count(doc: Doc, at: Span, clause: Scope) -> Mention | None:
    """The last number between the last word of recording (RECORD_CUE key "record") in
    the clause before ``at`` and ``at``, no verb between them."""
    cues = doc.recording(clause.start, at[0])[-1:]
    if not cues:
        return None
    told = between(doc.facts.mentions, cues[0].end, at[0])
    if any(m.kind == "verb" for m in told):
        return None
    nums = [m for m in told if m.kind == "number"]
    return nums[-1] if nums else None


def _recorded_times(doc: Doc, at: Span, clause: Scope) -> Mention | None:
    """ "Last year, Moldova recorded violations of its airspace at least 15 times", "В
    прошлом году Молдавия фиксировала нарушения ... не менее 15 раз": the count of times
    told after the noun in its clause, the noun the object of a word of recording
    (RECORD_CUE key "record") before it there, no verb between them: the tally told as
    times, as "15 violations" tells it as a number."""
    rec = doc.recording(clause.start, at[0])[-1:]
    if not rec or any(m.kind == "verb" for m in between(doc.facts.mentions, rec[0].end, at[0])):
        return None
    times = [m for m in between(doc.facts.mentions, at[1], clause.end) if m.kind == "repetition"][:1]
    return times[0] if times else None


def _topic_asked(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Le député appelait l'attention du ministre sur les survols de la Guyane par des
    drones", "the MP asked the minister about overflights of military sites by
    drones": a noun of crossing told after a word of asking about a topic
    (WHETHER_CUE key "topic") in its clause, no verb between them, is what is asked
    about, no crossing told; so is one after a word of a penalty set for it
    ("tighten penalties for violations of its airspace by drones", "alourdir les
    peines pour les violations de son espace aérien", same key). A verb of crossing
    after it ("asked about the drone that entered ...") tells its own, and so does a
    day in the clause ("a attiré l'attention de l'OTAN sur la violation de son espace
    aérien mardi"), unless a word of saying comes between them ("..., a annoncé mardi
    le gouvernement")."""
    asks = [c for c in doc.cues.within("WHETHER_CUE", clause.start, at[0]) if c.key == "topic"]
    if not asks or between(doc.facts.verbs, asks[-1].end, at[0]):
        return False
    # the day of a word of saying told after it ("..., the government announced on
    # Wednesday") dates the statement
    return not _days_of_the_noun(doc, at, clause)


def _done_as_a_rule(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Smuggling balloons cross the border several times a week", "such drones
    usually fly in at night", "ces ballons franchissent la frontière chaque semaine":
    a verb of crossing told with a word of habit or of a rate in its clause
    (HABIT_CUE) and no day of its own there is what happens as a rule, no crossing.
    A day in the clause ("on Tuesday the drones again regularly crossed") tells of
    a crossing all the same, and so does a habit a state is charged with ("Vilnius
    accuses Minsk of letting balloons cross every night": ACCUSE_CUE before it in its
    sentence), an allegation of crossings, unless the habit is the accusing's own
    (``_habit_at_accusing``: "Niamey regularly accuses foreign drones of ..."); so is an
    accusation told made in an unstated past (ACCUSED_BEFORE_CUE right at the accusing
    word: "Islamabad has in the past accused New Delhi of flying drones across ...")."""
    start = doc.seg.main_clause_start(at[0])
    accusing = doc.cues.within("ACCUSE_CUE", doc.sentence(at[0]).start, at[0])
    habits = doc.cues.within("HABIT_CUE", start, clause.end)
    if accusing and not habits:
        habits = doc.cues.within("ACCUSED_BEFORE_CUE", start, at[0])
    if not habits or (accusing and not _habit_at_accusing(doc, habits, accusing)):
        return False
    return not between(doc.facts.dates, start, clause.end)


def _denied_habit(doc: Doc, at: Span) -> bool:
    """ "Russia has denied that its drones stray into Moldova", "Moscow denies that its
    jets ever violate Estonian airspace", « la Russie a démenti que ses drones s'égarent
    en Moldavie »: a crossing told in the present (PRESENT_CUE key "present", up to the
    verb or the link word that anchors it) right under a word of denial before it in its
    sentence (a cue "deny", no other verb between them), in a sentence that tells no day
    nor time (a month may name another event: "... and has not commented on the June
    incident"), is a habit denied, no crossing. "... denied that its drone had entered"
    tells one (an event denied)."""
    sent = doc.sentence(at[0])
    days = [m for m in between(doc.facts.dates, sent.start, sent.end) if m.extra.get("precision") == "day"]
    if days or between(doc.facts.times, sent.start, sent.end):
        return False
    denials = doc.mention_cues("deny", sent.start, at[0])[-1:]
    if not denials:
        return False
    lo = denials[0].span[1]
    now = [c for c in doc.cues.within("PRESENT_CUE", lo, at[1]) if c.key == "present"][:1]
    return bool(now) and not [v for v in between(doc.facts.verbs, lo, now[0].start) if v.span != at]


def _habit_at_accusing(doc: Doc, habits: list[Cue], accusing: list[Cue]) -> bool:
    """ "Niamey regularly accuses foreign drones of flying over its territory", « le
    Niger accuse régulièrement des drones étrangers de survoler son territoire »: a
    word of habit right at the accusing word (no mention between them: not the
    accused state, not the aircraft) tells an accusation made again and again, a
    complaint as a rule, no crossing of its own."""
    for h in habits:
        for a in accusing:
            lo, hi = (a.end, h.start) if h.start >= a.end else (h.end, a.start)
            if lo <= hi and not between(doc.facts.mentions, lo, hi):
                return True
    return False


def _under_repeated_statement(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Khartoum has repeatedly denied violating Chadian territory", "Moscou a nié à
    maintes reprises que ses avions violent ...", "Chisinau has repeatedly protested
    against violations of its airspace by Russian drones", "a protesté à plusieurs
    reprises contre des violations de son espace aérien": a crossing told only under a verb of
    speech or denial that is itself told as repeated (``Doc.said_again``), with no
    day in its clause, is what the speaker says as a rule, no crossing."""
    sent = doc.sentence(at[0])
    if not any(doc.said_again(r) for r in between(doc.facts.repetitions, sent.start, at[0])):
        return False
    return not between(doc.facts.dates, doc.seg.main_clause_start(at[0]), clause.end)


def _unseen(doc: Doc, seen: Verb, at: Span) -> bool:
    """ "The drone had not been detected entering Moldovan airspace", "n'a pas été
    détecté en train d'entrer", "no drone had been detected entering": a verb of seeing
    ([verbs] perceiving), negated or told of an aircraft denied by a negation right
    before it (``_none_seen``), right before the crossing verb (only an aircraft or the
    language's linking words between, no other mention) denies the crossing it would
    have seen."""
    if seen.key not in rules()["verbs"]["perceiving"] or not (seen.negated or _none_seen(doc, seen)):
        return False
    told = [m for m in between(doc.facts.mentions, seen.span[1], at[0]) if m.kind not in ("aircraft", "cue")]
    return not told and doc.clause(seen.span[0]) == doc.clause(at[0])


def _none_seen(doc: Doc, seen: Verb) -> bool:
    """ "No drone had been detected", "none of the drones was seen": a negation right
    before the aircraft phrase told right before the verb of seeing in its clause
    (nothing but words of no phrase between them, no comma: "without radar contact, a
    drone was detected" denies nothing)."""
    clause = doc.clause(seen.span[0])
    told = [m for m in between(doc.facts.mentions, clause.start, seen.span[0]) if m.kind != "cue"][-1:]
    if not told or told[0].kind != "aircraft":
        return False
    a = told[0]
    for neg in doc.negations(clause.start, a.span[0])[-1:]:
        gap = doc.text[neg.span[1] : a.span[0]]
        return not any(ch in gap for ch in ",;:") and not between(doc.facts.mentions, neg.span[1], a.span[0])
    return False


def negated_after(doc: Doc, at: Span, end: int, noun: bool) -> bool:
    """A negation that closes the clause after its verb (``NEG_AFTER_CUE``, German
    "verletzte den Luftraum nicht"), up to the comma that ends the clause's part, and
    not inside a phrase ("eine nicht identifizierte Drohne"). After a noun only the
    forms keyed "none" deny the event ("eine Verletzung habe es nicht gegeben"); a
    plain "not" there belongs to another verb ("die Verletzung nicht erkannt")."""
    comma = doc.text.find(", ", at[1], end)
    end = end if comma < 0 else comma
    phrases = [m.span for m in between(doc.facts.mentions, at[1], end) if m.kind != "cue"]
    return any(
        (c.key == "none" or not noun) and not any(lo <= c.start < hi for lo, hi in phrases)
        for c in doc.cues.within("NEG_AFTER_CUE", at[1], end)
    )


def _bare_ground(doc: Doc, z: ZoneRef) -> bool:
    """A zone told by a noun of the ground (GROUND_CUE: "soil", "sol", "Boden") with no
    state of its own and no owner ("landed on the soil near a farm", "flog über dem
    Boden"): the ground under the aircraft, no state's land ("on Lithuanian soil" is)."""
    return z.state is None and not z.poss and bool(doc.cues.within("GROUND_CUE", z.span[0], z.span[1]))


def _goals(doc: Doc, rule: Rule, clause: Scope) -> tuple[Goal, ...]:
    """The goals a rule may take in ``clause``, in text order: they depend only on the
    clause and on which kinds of goal the rule takes, so they are worked out once per
    document for each (every verb tries many rules; never mutated)."""
    kinds = rule.goals
    state, place = "state" in kinds, "place" in kinds or "land" in kinds
    key = (clause.start, clause.end, state, place, not place and "zone" in kinds)
    found = doc.goals.get(key)
    if found is None:
        found = doc.goals[key] = tuple(_goals_now(doc, clause, state, place, key[4]))
    return found


def _goals_now(doc: Doc, clause: Scope, state: bool, place: bool, territory: bool) -> list[Goal]:
    # zones always: international airspace is a goal that blocks every rule
    zones, states, places = _goal_parts(doc, clause)
    goals: list[Goal] = [*zones]
    if state:
        goals.extend(states)
    if place:
        # every place: the nearest one decides (a sea, or "near" a place, is no goal;
        # see ``_place_goal``)
        goals.extend(places)
    elif territory:
        goals.extend(p for p in places if _territory(p))
    goals.sort(key=lambda g: g.span)
    return goals


def _goal_parts(doc: Doc, clause: Scope) -> tuple[list[ZoneRef], list[StateRef], list[Place]]:
    """The zones (not the bare ground), states (not demonyms) and places of a clause
    that may be goals, worked out once per clause (memo on the Doc), whichever kinds of
    goal a rule takes (``_goals_now`` joins those it takes)."""
    key = (clause.start, clause.end)
    known = doc.goal_parts.get(key)
    if known is not None:
        return known
    zones = [z for z in between(doc.facts.zones, clause.start, clause.end) if not _bare_ground(doc, z)]
    states = [s for s in between(doc.facts.states, clause.start, clause.end) if not s.demonym]
    places = between(doc.facts.places, clause.start, clause.end)
    # "l'appareil, immatriculé en Russie", "an aircraft registered in Russia": the state
    # after a word of ownership (OWNER_CUE key "belong") is whose it is, no goal; nor the
    # state after a word of making ("un drone fabriqué en Iran": MADE_CUE key "before")
    owned = {c.end for c in doc.cues.within("OWNER_CUE", clause.start, clause.end) if c.key == "belong"}
    owned |= {c.end for c in doc.cues.within("MADE_CUE", clause.start, clause.end) if c.key == "before"}
    if owned:
        zones = [g for g in zones if not _told_after(doc.text, owned, g.span[0])]
        states = [g for g in states if not _told_after(doc.text, owned, g.span[0])]
        places = [g for g in places if not _told_after(doc.text, owned, g.span[0])]
    known = doc.goal_parts[key] = (zones, states, places)
    return known


def _told_after(text: str, ends: set[int], pos: int) -> bool:
    """Does one of ``ends`` come right before ``pos`` (only white space between)?"""
    return any(e <= pos and not text[e:pos].strip() for e in ends)


def _match(doc: Doc, rule: Rule, at: Span, verb: Verb | None) -> Anchor | None:
    clause = doc.clause(at[0])
    if not rule.goals:
        return _event(doc, rule, at, verb, clause)
    goals = _goals(doc, rule, _reach(doc, rule, clause))
    if not goals:  # (most clauses a rule is tried in have none)
        return None
    # after the verb or link word; a goal its link runs into too (German "in den Luftraum")
    # (the goals are in text order: so are those after it)
    # a place whose phrase opens with the link word itself ("- 13 Sept: one drone over
    # Tulcea county": the place is "over Tulcea county") is after it too
    after = [g for g in goals if g.span[0] >= at[1] or at[0] < g.span[0] or _opened_by(rule, g, at)]
    before = sorted((g for g in goals if g.span[1] <= at[0]), key=lambda g: -g.span[0])
    sides = {"after": [after], "before": [before], "either": [after, before]}[rule.side]
    if rule.side == "after" and rule.link and verb is not None and doc.lexicon.verb_last:
        # "ist in den Luftraum geflogen": the verb closes the clause; not across "und" to
        # the verb of its own ("in den Luftraum getrieben und bei Vilnius gelandet")
        before = [g for g in before if not doc.cues.within("COORD_CUE", g.span[1], at[0])]
        sides = [after, before]
    for cands in sides:
        if not cands:
            continue
        goal = _first_goal(doc, rule, cands, at, verb)
        if goal is None:
            continue
        goal = _airspace_listed_with(doc, goal)
        if isinstance(goal, ZoneRef) and (goal.kind not in rule.zones or (rule.no_border and goal.border)):
            continue
        lo, hi = (at[1], goal.span[0]) if goal.span[0] > at[0] else (goal.span[1], at[0])
        if verb is None:
            lo = clause.start  # "turning back into": the link word may sit inside the blocking one
            if doc.lexicon.verb_last:
                hi = max(hi, clause.end)  # "ist in den Luftraum zurückgeflogen": the verb closes it
        if rule.block and _blocks(doc, rule.block, lo, hi, goal, at[0]):
            continue
        if goal.span[1] <= at[0] and _exit_object(doc, rule, goal):
            continue  # "a quitté l'espace aérien biélorusse et a pénétré en Lituanie"
        if _cause_noun(doc, verb, goal, at):
            continue  # "Riga a fermé son espace aérien après une série d'incursions": the closure's
        if any(
            v.negated or v.hypothetical or _blocked(doc, v.span, v) for v in between(doc.facts.verbs, lo, hi)
        ):
            # "survolé la mer sans violer l'espace aérien", "observé un Il-20 longeant la
            # frontière, sans qu'il pénètre dans l'espace aérien": the nearer verb's goal
            continue
        if doc.mention_cues("hypo", lo, hi):
            continue  # "observed attempts by drones to enter"
        if verb is None and _said_in(doc, goal.span[0]):
            continue  # "Дрони влучили в будинок, повідомили в Литві": where it was said
        if _link_of_nearer_verb(doc, rule, at, goal):
            continue  # "of sending a plane over its zone ... and said one intruded into its airspace"
        if rule.subject and not _has_subject(doc, at, goal.span[0] if verb is not None else None):
            continue
        if rule.timed and not _told_how_long(doc, clause):
            continue  # "was in Ukrainian airspace when it was shot down": where it was
        if rule.dated_entry and not _dated_entry(doc, at[0]):
            continue  # "Russian drones over Ukraine" in prose: where they flew
        if rule.own_subject and not _own_subject(doc, at):
            continue  # "..., l'un entrant près d'X et l'autre pénétrant près de Y": a group's items
        if rule.committed and not _committed(doc, at):
            continue  # "Russia's incursion into Ukraine": no aircraft's deed
        if isinstance(goal, Place) and _airspace_denied_after(doc, goal):
            continue
        if isinstance(goal, ZoneRef) and _side_beyond_border(doc, goal, clause):
            continue  # "near the Moldovan border, on the Ukrainian side": it stayed out
        if isinstance(goal, ZoneRef) and _side_beyond_entry(doc, goal, verb, clause):
            continue  # "... crossed into Lithuania. Three more were seen on the Belarusian side"
        if rule.agent and not between(doc.facts.aircraft, at[1], goal.span[0]):
            continue  # "Russia's incursion into Ukraine": no aircraft, a war's
        if rule.agent_after and not _agent_after(doc, goal):
            continue  # "le survol du Niger", with no aircraft told as its agent
        if rule.object_after and not _object_after(doc, goal):
            continue  # "ont retrouvé près de Cahul des débris", of no aircraft
        zone = goal.kind if isinstance(goal, ZoneRef) else "airspace"
        return Anchor(rule.name, at, verb, goal, zone, clause)
    return None


def _reach(doc: Doc, rule: Rule, clause: Scope) -> Scope:
    """Where a rule's goals are looked for: its clause, and the next one of its sentence
    when a word of what came next (a CLAUSE_CUE of a key of the rule's ``through``: «
    puis », "then") opens it: « est entré à 10 h 12, puis a quitté l'espace aérien
    estonien » (rule entry-then-left)."""
    if not rule.through:
        return clause
    nxt = doc.clause(next_start(doc.text, clause.end))
    opener = doc.cues.opening("CLAUSE_CUE", nxt.start)
    if nxt.start <= clause.start or opener is None or opener.key not in rule.through:
        return clause
    if doc.sentence(nxt.start).start != doc.sentence(clause.start).start:
        return clause
    # "and then": the clause its "then" opens too
    return Scope(clause.nth, clause.start, doc.clause(opener.end - 1).end)


def _cause_noun(doc: Doc, verb: Verb | None, goal: Goal, at: Span) -> bool:
    """ "Riga a annoncé la fermeture de son espace aérien après une série d'incursions de
    drones russes", "Latvia closed its airspace following several incursions": a noun of
    crossing told after a word of the reason (CAUSE_NOUN_CUE: « après », "following",
    "amid") that stands between it and a goal told before it: the goal is what was done
    in answer, not where the crossings went. Not a goal told after the noun (« après
    l'incursion de trois MiG-31, restés douze minutes dans son espace aérien »)."""
    if verb is None or not verb.noun:
        return False
    return goal.span[1] <= at[0] and bool(doc.cues.within("CAUSE_NOUN_CUE", goal.span[1], at[0]))


def _said_in(doc: Doc, at: int) -> bool:
    """ "Des drones ont touché une maison, a-t-on indiqué en Lituanie", "сообщили в
    Румынии", "повідомили в Литві": the goal (at ``at``) of a link word of no verb told
    after a verb of speech (a cue "say") that follows an aircraft in its sentence, with
    no comma and no aircraft between them, is where it was said, not where an aircraft
    went. Not "un drone, a indiqué l'armée, a dérivé en Lituanie": the speech set off on
    both sides."""
    sent = doc.sentence(at)
    says = doc.mention_cues("say", sent.start, at)
    if not says or not between(doc.facts.aircraft, sent.start, says[-1].span[0]):
        return False
    gap = doc.text[says[-1].span[1] : at]
    return "," not in gap and not between(doc.facts.aircraft, says[-1].span[1], at)


def _side_beyond_border(doc: Doc, goal: ZoneRef, clause: Scope) -> bool:
    """A state's side of a border (a word of SIDE_CUE in the zone: "on the Indian side of
    the LoC", "du côté indien") is that state's land, entered; told after the border of
    another state in its clause ("flew near the Moldovan border, on the Ukrainian side"),
    it is where the aircraft stayed, beyond that border: no crossing."""
    if goal.state is None or not doc.cues.within("SIDE_CUE", goal.span[0], goal.span[1]):
        return False
    borders = between(doc.facts.zones, clause.start, goal.span[0])
    return any(z.border and z.state and z.state != goal.state for z in borders)


def _side_beyond_entry(doc: Doc, goal: ZoneRef, verb: Verb | None, clause: Scope) -> bool:
    """ "Two drones crossed into Lithuania at 14:10. At 14:40 three more were seen on the
    Belarusian side", "... trois autres ont été aperçus du côté biélorusse": a state's
    side (a word of SIDE_CUE in the zone) told by no verb of going in or crossing, after
    a crossing into another state told earlier in its paragraph (such a verb, or one
    right before INTO_CUE, "drifted into", not negated, then a zone or a state of
    another state in its clause), is the land beyond
    that crossing's border, where the aircraft were seen: no crossing; so is one told
    before a denied crossing (``_crossing_denied_after``)."""
    if goal.state is None or not doc.cues.within("SIDE_CUE", goal.span[0], goal.span[1]):
        return False
    entry = {*rules()["verbs"]["going_in"], "cross", "violate"}
    if verb is not None and verb.key in entry:
        return False
    if _crossing_denied_after(doc, goal, entry):
        return True
    para = doc.paragraph(clause.start)
    for v in between(doc.facts.verbs, para.start, clause.start):
        into = doc.cues.starting_at("INTO_CUE", v.span[1], doc.text)  # "drifted into"
        if v.negated or (v.key not in entry and into is None):
            continue
        end = doc.clause(v.span[0]).end
        if any(z.state and z.state != goal.state for z in between(doc.facts.zones, v.span[1], end)):
            return True
        if any(s.code != goal.state for s in between(doc.facts.states, v.span[1], end)):
            return True
    return False


def _crossing_denied_after(doc: Doc, goal: ZoneRef, entry: set[str]) -> bool:
    """ "A drone was hovering on the Pakistani side of the frontier, but it did not
    cross", "un drone a survolé le côté pakistanais de la frontière, mais il ne l'a pas
    franchie": a verb of crossing or going in told negated after a state's side in its
    sentence, or a word of no crossing ("without entering", "sans pénétrer": a cue
    "hypo"), says the aircraft stayed on that side, beyond the border: no crossing."""
    sent = doc.sentence(goal.span[0])
    if doc.mention_cues("hypo", goal.span[1], sent.end):
        return True
    return any(v.negated and v.key in entry for v in between(doc.facts.verbs, goal.span[1], sent.end))


def _link_of_nearer_verb(doc: Doc, rule: Rule, at: Span, goal: Goal) -> bool:
    """Is the goal, after the verb at ``at``, linked by its word ("into", "over") to
    another verb told between them ("accused the US of sending a spy plane over its
    economic zone, and said one flight intruded into its airspace": "into its airspace"
    is the goal of "intruded", not of "sending")? That nearer verb's goal only."""
    if not rule.link or goal.span[0] < at[1]:
        return False
    link = next((c for cls in rule.link if (c := doc.cues.ending_at(cls, goal.span[0], doc.text))), None)
    if link is None:
        return False
    told = [v for v in between(doc.facts.verbs, at[1], link.start) if not v.noun and v.span[0] >= at[1]]
    return bool(told) and not doc.text[told[-1].span[1] : link.start].strip()


def agent_before(doc: Doc, a: Aircraft) -> Cue | None:
    """The word of an agent (AGENT_CUE: "by", "par") right before the aircraft, or
    opening its phrase ("by an American F-22"), or before the nationalities listed
    ahead of its noun ("by Polish and allied jets")."""
    return cue_before(doc, a, "AGENT_CUE")


def cue_before(doc: Doc, a: Aircraft, cls: str) -> Cue | None:
    """A cue of ``cls`` right before the aircraft, opening its phrase, or before the
    nationalities listed ahead of its noun (``_nationalities_before``)."""
    at = _nationalities_before(doc, a)
    return doc.cues.leading_into(cls, at, doc.text) or doc.cues.opening(cls, at)


def _nationalities_before(doc: Doc, a: Aircraft) -> int:
    """Where a list of nationalities right before the aircraft's phrase begins ("Polish
    and allied jets", "Dutch, Belgian and Danish F-35s": demonyms and alliance words
    (ALLIANCE_CUE, key "before") joined by list words and commas), else its start."""
    at = a.span[0]
    sent = doc.sentence(at)  # the sentence: a comma of the list may end a clause
    words = [(s.span[0], s.span[1]) for s in between(doc.facts.states, sent.start, at) if s.demonym]
    words += [(c.start, c.end) for c in doc.cues.within("ALLIANCE_CUE", sent.start, at) if c.key == "before"]
    start = at
    for lo, hi in sorted(words, reverse=True):
        gap = doc.text[hi:start]
        for c in doc.cues.within("LIST_CUE", hi, start):
            gap = gap.replace(doc.text[c.start : c.end], " ")
        if gap.strip(" ,"):
            break
        start = lo
    return start if start < at and doc.text[start:at].strip() else at


def _agent_after(doc: Doc, goal: Goal) -> bool:
    """The first aircraft after the goal in its clause is told as its agent, with only
    a day or a time between ("le survol du Niger, mercredi, par un drone français",
    "the overflight of Niamey by a French drone")."""
    for a in between(doc.facts.aircraft, goal.span[1], doc.clause(goal.span[0]).end)[:1]:
        cue = agent_before(doc, a)
        return cue is not None and _only_when_between(doc, goal.span[1], cue.start)
    return False


def _object_after(doc: Doc, goal: Goal) -> bool:
    """Is an aircraft the object told right after the goal in its clause, the place put
    first ("ont retrouvé dans un champ du district de Cahul les restes d'un drone"): no
    verb and no comma between them?"""
    clause = doc.clause(goal.span[0])
    for a in between(doc.facts.aircraft, goal.span[1], clause.end)[:1]:
        gap = doc.text[goal.span[1] : a.span[0]]
        return "," not in gap and not between(doc.facts.verbs, goal.span[1], a.span[0])
    return False


def _airspace_denied_after(doc: Doc, place: Place) -> bool:
    """ "A survolé les îles d'Okinawa, sans pénétrer dans l'espace aérien japonais",
    "flew past Okinawa without entering Japanese airspace": the airspace of the place's
    own state denied after it in its sentence (a doubt, "hypo", or a negated verb before
    that zone, no other aircraft and no one speaking between: "mais Ankara affirme ne
    pas avoir violé ..." contests it) says the flight near the place stayed out."""
    if place.state is None:
        return False
    sent = doc.sentence(place.span[0])
    for zone in between(doc.facts.zones, place.span[1], sent.end):
        if zone.kind != "airspace" or zone.state != place.state:
            continue
        lo, hi = place.span[1], zone.span[0]
        speakers = [st for st in between(doc.facts.states, lo, hi) if not st.demonym]
        if between(doc.facts.aircraft, lo, hi) or speakers or between(doc.facts.sources, lo, hi):
            return False
        negated = any(v.negated for v in between(doc.facts.verbs, lo, hi))
        return negated or bool(doc.mention_cues("hypo", lo, hi))
    return False


def _airspace_listed_with(doc: Doc, goal: Goal) -> Goal:
    """ "Violated the Nicosia FIR and national airspace", "la FIR de Nicosie et l'espace
    aérien chypriote", "entered the FIR and then Cypriot airspace": a zone that is no
    state's sky (an FIR, an ADIZ, a median line) listed with a state's airspace as one
    goal (a list word between them, and nothing but the first one's owner: no verb, no
    negation, no other aircraft or time): the airspace is what was entered."""
    if not isinstance(goal, ZoneRef) or goal.kind == "airspace":
        return goal
    sent = doc.sentence(goal.span[0])
    nxt = next(iter(between(doc.facts.zones, goal.span[1], sent.end)), None)
    if nxt is None or nxt.kind != "airspace":
        return goal
    lo, hi = goal.span[1], nxt.span[0]
    if not doc.cues.within("LIST_CUE", lo, hi) or doc.negations(lo, hi):
        return goal
    if any(m.kind not in ("state", "location", "cue") for m in between(doc.facts.mentions, lo, hi)):
        return goal
    return nxt


def _event(doc: Doc, rule: Rule, at: Span, verb: Verb | None, clause: Scope) -> Anchor | None:
    """ "The first violation took place at 10:12": a link word after the noun, with no
    other verb or noun of crossing between them (that one's event), and the noun not
    of a zone no state owns ("la violation de la zone d'interdiction aérienne")."""
    if rule.subject and not _has_subject(doc, at):
        return None  # "flew over the same area": an aircraft told before it
    zones = between(doc.facts.zones, at[1], clause.end)[:1]
    if zones and zones[0].kind in NO_STATE_ZONES and not between(doc.facts.mentions, at[1], zones[0].span[0]):
        return None
    if rule.side == "before":
        return _done_by(doc, rule, at, verb, clause, zones)
    if rule.side == "pronoun":
        return _zone_pronoun(doc, rule, at, verb, clause)
    if rule.side == "recorder":
        return _recorded_by(doc, rule, at, verb, clause, zones)
    if rule.side == "label":
        return _labelled(doc, rule, at, verb, clause, zones)
    if rule.side == "alike":
        return Anchor(rule.name, at, verb, None, "airspace", clause) if _alike(doc, rule, at) else None
    if rule.side == "counted":
        return _counted_from(doc, rule, at, clause)
    if rule.side == "agent":
        return Anchor(rule.name, at, verb, None, "airspace", clause) if _ranked_by(doc, at, clause) else None
    if rule.side == "depth":
        went_in = _went_in_by(doc, at, clause)
        return Anchor(rule.name, at, verb, None, "airspace", clause) if went_in else None
    if rule.side == "origin":
        came = _entered_from(doc, at, clause, verb)
        return Anchor(rule.name, at, verb, None, "airspace", clause) if came else None
    # a word of following (key "follow": "followed", "folgte") only of a noun told with
    # its rank: "a second violation followed", not "radars followed drones"
    for cls in rule.link:
        for cue in doc.cues.within(cls, at[1], clause.end)[:1]:
            ranked = cue.key != "follow" or doc.cues.ending_at("ORDINAL_CUE", at[0], doc.text) is not None
            if ranked and not between(doc.facts.verbs, at[1], cue.start):
                return Anchor(rule.name, at, verb, None, "airspace", clause)
        # the link word before the noun: "um 13.05 Uhr folgte eine zweite Verletzung",
        # "последовало второе нарушение", "è seguita una seconda violazione"
        for cue in doc.cues.within(cls, clause.start, at[0])[-1:]:
            if _only_rank_between(doc, cue, at[0]):
                return Anchor(rule.name, at, verb, None, "airspace", clause)
    if "OCCUR_CUE" in rule.link and (_ranked_with_time(doc, at, clause) or _others_dated(doc, at)):
        return Anchor(rule.name, at, verb, None, "airspace", clause)
    return None


#: what ends the day or clock heading a tracker's entry: a colon or a dash
_ENTRY_HEAD_END = LazyPattern(r"\s*[:\u2013\u2014-]\s")


def _went_in_by(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "- Tue 31 MAR, 2250L: 1x UAV crossed near Criva, penetrated ~7 km", "- 3 mai :
    un drone a pénétré d'environ 5 km": a verb of going in whose first phrase after it
    in its clause is a distance (how far it went in, no goal named), in a tracker's line
    opened by its day or clock set off by a colon or a dash (before the line's first
    aircraft, only days, times and numbers). In prose ("Mercredi déjà, un Mi-8 avait
    franchi la frontière, pénétrant d'environ 1,5 km") the depth is a crossing's told."""
    lo = line_of(doc.text, at[0])[0]
    opening = [m for m in between(doc.facts.mentions, lo, at[0]) if m.kind != "cue"]
    kinds = [m.kind for m in opening]
    if "aircraft" not in kinds:
        return False
    head = opening[: kinds.index("aircraft")]
    stamps = [m for m in head if m.kind in ("date", "time")]
    if not stamps or any(m.kind not in ("date", "time", "number") for m in head):
        return False
    # the day or clock set off from the entry's text by a colon or a dash
    if not _ENTRY_HEAD_END.match(doc.text, stamps[-1].span[1]):
        return False
    told = [m for m in between(doc.facts.mentions, at[1], clause.end) if m.kind != "cue"][:1]
    return bool(told) and told[0].kind == "distance" and told[0].extra.get("bound") != "min"


def _alike(doc: Doc, rule: Rule, at: Span) -> bool:
    """ "accusé Minsk d'une incursion semblable", "accused Minsk of a similar incursion": a
    noun of crossing with a word of likeness (the rule's link, SIMILAR_CUE) right after it
    or right before it, told after a crossing of a state's airspace or border (a zone of
    known state) the report told before its sentence, is one more crossing like it; when
    its sentence names states, the first (the accuser) is the state of that
    zone ("La Lituanie a dénoncé une incursion semblable", "a similar incursion over
    Latvia", after a Polish border crossed, tell of another state's sky: no anchor)."""
    like = any(
        doc.cues.starting_at(cls, at[1], doc.text) or doc.cues.ending_at(cls, at[0], doc.text)
        for cls in rule.link
    )
    sent = doc.sentence(at[0])
    zones = [z for z in between(doc.facts.zones, 0, sent.start) if z.kind == "airspace" and z.state]
    if not like or not zones:
        return False
    named = between(doc.facts.states, sent.start, sent.end)
    return not named or named[0].code == zones[-1].state


def others_noun(doc: Doc, at: Span) -> bool:
    """Is the noun of crossing at ``at`` told as others than a crossing told before: a
    word of others right before it (OTHERS_CUE), or right before its count ("two other
    violations", "deux autres violations", "altre due violazioni", "three more
    incursions")?"""
    if doc.cues.ending_at("OTHERS_CUE", at[0], doc.text) is not None:
        return True
    nums = [m for m in between(doc.facts.mentions, doc.sentence(at[0]).start, at[0]) if m.kind == "number"]
    if not nums or doc.text[nums[-1].span[1] : at[0]].strip():
        return False
    return doc.cues.ending_at("OTHERS_CUE", nums[-1].span[0], doc.text) is not None


def _others_dated(doc: Doc, at: Span) -> bool:
    """ "... violated Moldovan airspace on Sunday. Two other violations, on the 9th and
    the 14th, had already led Chisinau to protest", "Deux autres violations, le 9 et le
    14, avaient déjà ...": a noun of crossing told as others (OTHERS_CUE right before it,
    only its count between) with its days right after it, set off by a comma, a dash or a
    bracket or by nothing, tells those other crossings with the verb left out, when a
    crossing is told before it in the report (a verb of its facts, not negated)."""
    if not others_noun(doc, at):
        return False
    sent = doc.sentence(at[0])
    told = [m for m in between(doc.facts.mentions, at[1], sent.end) if m.kind != "cue"][:1]
    if not told or told[0].kind != "date" or told[0].extra.get("precision") != "day" or told[0].value is None:
        return False
    if doc.text[at[1] : told[0].extra.get("phrase_start", told[0].span[0])].strip(" ,(–—-"):
        return False
    return any(not v.negated and not v.hypothetical for v in between(doc.facts.verbs, 0, sent.start))


def _entered_from(doc: Doc, at: Span, clause: Scope, verb: Verb | None = None) -> bool:
    """ "Had entered from Russia", "est entré depuis la Russie": a word of where from
    (FROM_CUE) right after the verb, or after only a day or a time told by the way
    ("entered on Saturday at 23:40 from Belarus", "est entré samedi vers 23 h 40 en
    provenance du Bélarus": ``_only_when_between``), a state's name (no nationality)
    right after it, and a state other than that one speaking in the report
    (``speaker_states``). After a verb of flying ([verbs] flying_in_from), only a word
    of coming in from (key "in": "flew in from Belarus")."""
    cue = next(
        (
            c
            for c in doc.cues.within("FROM_CUE", at[1], clause.end)
            if _only_when_between(doc, at[1], c.start)
        ),
        None,
    )
    if cue is None:
        return False
    if verb is not None and verb.key in _FLYING_IN_FROM and cue.key != "in":
        return False
    told = [m for m in between(doc.facts.mentions, cue.end, clause.end) if m.kind != "cue"][:1]
    if not told or told[0].kind != "state" or told[0].extra.get("demonym"):
        return False
    # into the state that speaks of it ("..., Latvia's army said"), whose aircraft downed
    # it, or of a place told after it in its clause ("near Druskininkai"): none, none told
    places = {p.state for p in between(doc.facts.places, at[1], clause.end) if p.state}
    return bool((speaker_states(doc) | downer_states(doc, at) | places) - {told[0].value})


#: verbs of flying that tell an entry from a state only with a word of coming in
_FLYING_IN_FROM = frozenset(rules()["verbs"]["flying_in_from"])


def downer_states(doc: Doc, at: Span) -> set[str]:
    """ "Polish jets downed four drones after they had crossed from Belarus", "two drones
    were downed by Polish F-35s after entering from Belarus": the states of the aircraft
    right before a verb of downing ([verbs] key "down") before ``at`` in its sentence, or
    right after it as its agent (AGENT_CUE), the defenders whose sky was entered."""
    sent = doc.sentence(at[0])
    out: set[str] = set()
    for v in between(doc.facts.verbs, sent.start, at[0]):
        if v.key != "down" or v.negated:
            continue
        told = between(doc.facts.aircraft, sent.start, v.span[0])[-1:]
        if told and told[0].state and not doc.text[told[0].span[1] : v.span[0]].strip():
            out.add(told[0].state)
        # told in the passive, its agent right after it: "were downed by Polish F-35s"
        by = doc.cues.opening("AGENT_CUE", next_start(doc.text, v.span[1]))
        if by is None:
            continue
        agent = between(doc.facts.aircraft, by.end, at[0])[:1]
        if agent and agent[0].state and not doc.text[by.end : agent[0].span[0]].strip():
            out.add(agent[0].state)
    return out


def next_start(text: str, pos: int) -> int:
    """The first offset at or after ``pos`` that is no white space (the text's end if none)."""
    m = _NO_SPACE.search(text, pos)
    return m.start() if m is not None else max(pos, len(text))


_NO_SPACE = re.compile(r"\S")


def _ranked_with_time(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "..., а затем повторное нарушение в 15:25", "..., and then a second violation
    at 15:25", "..., puis une nouvelle intrusion vers 11 h 40": a noun of crossing with
    its rank right before it (ORDINAL_CUE or ANOTHER_CUE) and a time right after it,
    alone in a clause of no verb that is not its sentence's first (a crossing told
    before it in its sentence), nothing but link words and the rank's own words before
    it there (no speaker, no word of saying, denial or doubt), tells the event with the
    verb left out. So does such a clause opening a sentence of no verb after a crossing
    told before in its paragraph ("... à 10 h 05. Une nouvelle violation à 11 h 40.")."""
    if not _after_crossing(doc, at, clause):
        return False
    if [v for v in between(doc.facts.verbs, clause.start, clause.end) if v.span != at]:
        return False
    ranks = [doc.cues.ending_at(cls, at[0], doc.text) for cls in ("ORDINAL_CUE", "ANOTHER_CUE")]
    rank = next((r for r in ranks if r is not None), None)
    if rank is None:
        return False
    told = [m for m in between(doc.facts.mentions, clause.start, at[0]) if m.span[0] < rank.start]
    if any(m.kind != "cue" or m.value in ("say", "deny", "neg", "hypo", "alleged") for m in told):
        return False  # "but Moscow denied a second violation at 13:05": a speaker's word
    times = between(doc.facts.times, at[1], clause.end)[:1]
    return bool(times) and not doc.text[at[1] : times[0].span[0]].strip()


def _after_crossing(doc: Doc, at: Span, clause: Scope) -> bool:
    """Is the clause of the noun at ``at`` told after a verb: one before it in its
    sentence, or, for a sentence of no verb but the noun, one before it in its
    paragraph?"""
    sent = doc.sentence(at[0])
    if clause.start != sent.start:
        return bool(between(doc.facts.verbs, sent.start, clause.start))
    if [v for v in between(doc.facts.verbs, sent.start, sent.end) if v.span != at]:
        return False
    return bool(between(doc.facts.verbs, doc.paragraph(at[0]).start, sent.start))


def _ranked_by(doc: Doc, at: Span, clause: Scope) -> bool:
    """ "Later there was a further violation by a drone", "später kam es zu einer
    weiteren Verletzung durch eine Drohne", "un'altra violazione da parte di un drone":
    a noun of crossing with its rank right before it (ANOTHER_CUE or ORDINAL_CUE) and
    its agent right after it, an aircraft after a word of agent (AGENT_CUE, or one of
    NOUN_AGENT_CUE, an agent only there: "por", "przez", "со стороны"), only white space
    between, tells a crossing of its own by that aircraft, when a verb of crossing, not
    denied, is told before it in its paragraph (the first one), or anywhere before it
    when the noun is dated in the past in its clause ("It was the first such incident
    since a similar violation by two Chinese helicopters in 2021", a paragraph of
    background: ``_dated_in_past``)."""
    if not any(doc.cues.ending_at(cls, at[0], doc.text) for cls in ("ORDINAL_CUE", "ANOTHER_CUE")):
        return False
    lo = 0 if _dated_in_past(doc, at, clause) else doc.paragraph(at[0]).start
    told = between(doc.facts.verbs, lo, clause.start)
    if not any(not (v.negated or v.hypothetical) for v in told):
        return False  # "officials expect another violation by drones": none told before it
    for a in between(doc.facts.aircraft, at[1], clause.end)[:1]:
        cue = agent_before(doc, a) or doc.cues.leading_into("NOUN_AGENT_CUE", a.span[0], doc.text)
        cue = cue or doc.cues.opening("NOUN_AGENT_CUE", a.span[0])
        return cue is not None and not doc.text[at[1] : cue.start].strip()
    return False


def _dated_in_past(doc: Doc, at: Span, clause: Scope) -> bool:
    """Is the noun at ``at`` told with a day or a year after it in its clause ("in
    2021", "on 3 May"), not after the reference date? A crossing of the past, told in
    a paragraph of its own, not one expected."""
    days = [m for m in between(doc.facts.mentions, at[1], clause.end) if m.kind == "date" and m.value]
    years = years_told_in(doc, at[1], clause.end)
    if not days and not years:
        return False
    if doc.ref is None:
        return True
    return all(str(m.value) <= doc.ref.isoformat() for m in days) and all(y <= doc.ref.year for y in years)


def _only_rank_between(doc: Doc, cue: Cue, pos: int) -> bool:
    """Is nothing between the link word ``cue`` and the noun at ``pos`` but, at most,
    a word of another or of rank (ANOTHER_CUE, ORDINAL_CUE: "eine zweite", "второе",
    "повторное", "una seconda"), one needed after a word of following ("folgte")?"""
    if not doc.text[cue.end : pos].strip():
        return cue.key != "follow"
    for cls in ("ANOTHER_CUE", "ORDINAL_CUE"):
        rank = doc.cues.ending_at(cls, pos, doc.text)
        if rank is not None and rank.start >= cue.end and not doc.text[cue.end : rank.start].strip():
            return True
    return False


def _recorded_by(
    doc: Doc, rule: Rule, at: Span, verb: Verb | None, clause: Scope, zones: list[ZoneRef]
) -> Anchor | None:
    """ "Latvia registered three drone incursions from Belarus", "the Lithuanian army
    recorded two violations by Belarusian helicopters", "la Lettonie a enregistré trois
    intrusions de drones": a noun of violation naming no zone of its own, the object of
    a verb of record (a link word before it in its clause, only a count, aircraft or a
    day between them) whose subject is one state (named or by its demonym, before the verb
    of record, with no aircraft there): a crossing of that state's airspace. A subject
    that is no state ("the monitoring group recorded three incursions") tells none."""
    if zones and not between(doc.facts.mentions, at[1], zones[0].span[0]):
        return None
    if zones and any(doc.cues.ending_at(c, zones[0].span[0], doc.text) for c in ("NEAR_CUE", "ALONG_CUE")):
        return None  # "a enregistré deux survols de drones près de sa frontière": beside it
    if _no_recorded_crossing(doc, at, verb, clause):
        return None
    for cls in rule.link:
        for cue in doc.cues.within(cls, clause.start, at[0])[-1:]:
            if cue.key != "record":
                continue  # "the ministry confirmed the overflight of X": told, not recorded
            told = [m for m in between(doc.facts.mentions, cue.end, at[0]) if m.kind != "cue"]
            if any(m.kind not in ("number", "aircraft", "date", "time") for m in told):
                continue
            recorder = _recorder(doc, clause, cue)
            if recorder is not None:
                return Anchor(rule.name, at, verb, recorder, "airspace", clause)
    return None


def _labelled(
    doc: Doc, rule: Rule, at: Span, verb: Verb | None, clause: Scope, zones: list[ZoneRef]
) -> Anchor | None:
    """ "Estonia: one violation, a Russian Mi-8 over Vaindloo on 7 June", "- Lituanie :
    deux violations par des hélicoptères": a noun of violation naming no zone of its
    own, in a line labelled by one state (the state alone at the line's start, a
    bullet aside, then a colon), only a count between the colon and the noun: a
    crossing of that state, as the line's label says whose tally it is. Or the noun is
    the label: opening its line (a bullet and a count at most before it), a colon closing
    its own words, then states each with its count ("Violations since January: Niger 11,
    Mali 4", "Violations depuis janvier : Estonie 7, Finlande 4": ``colon_listed``), no
    state of its own: each state's tally (episodes._state_pieces)."""
    if zones and not between(doc.facts.mentions, at[1], zones[0].span[0]):
        return None
    start, _ = line_of(doc.text, at[0])
    told = [m for m in between(doc.facts.mentions, start, at[0]) if m.kind != "cue"]
    if not zones and _labels_state_list(doc, at, start, told):
        return Anchor(rule.name, at, verb, None, "airspace", clause)
    if not told or told[0].kind != "state" or any(m.kind != "number" for m in told[1:]):
        return None
    label = told[0]
    lead = doc.text[start : label.span[0]]
    colon = doc.text[label.span[1] : (told[1].span[0] if len(told) > 1 else at[0])]
    if (lead.strip() and not bullet_line(doc.text, start)) or colon.strip() != ":":
        return None
    return Anchor(rule.name, at, verb, StateRef(label.span, str(label.value)), "airspace", clause)


def _labels_state_list(doc: Doc, at: Span, start: int, told: list[Mention]) -> bool:
    """Does the noun of violation at ``at`` open the line from ``start`` (``told`` before
    it there: a count at most, a bullet at most) and head a list of states each with its
    count right after a colon that closes its words (``colon_listed``)?"""
    lead = doc.text[start : told[0].span[0] if told else at[0]]
    if any(m.kind != "number" for m in told) or (lead.strip() and not bullet_line(doc.text, start)):
        return False
    parts = gapped_state_parts(doc, at)
    if not parts or not colon_listed(doc, at, parts):
        return False
    # its own words but a period or zone told and a word at most ("since", "depuis"),
    # not another thing's breaches ("Violations of the arms embargo: Russia 5, Iran 3")
    colon = doc.text.rfind(":", at[1], parts[0][0].span[0])
    spans = [m.span for m in between(doc.facts.mentions, at[1], colon)]
    spans += [
        (c.start, c.end) for c in doc.cues.within("YEAR_CUE", at[1], colon) if c.key in ("this", "part")
    ]
    words: list[str] = []
    pos = at[1]
    for lo, hi in [*sorted(spans), (colon, colon)]:
        words += doc.text[pos:lo].split()
        pos = max(pos, hi)
    return len(words) <= 1


def _recorder(doc: Doc, clause: Scope, cue: Cue) -> StateRef | None:
    """The one state that is the subject of a verb of record (named or by its demonym,
    or a body of it: "the Lithuanian army"), before it in its clause with no aircraft
    there; None if none or several. In a relative clause of subject set off by a comma,
    the state or body right before that comma ("segundo o Estado-Maior grego, que registou
    ainda duas violações", "selon l'état-major grec, qui a enregistré": _antecedent)."""
    antecedent = _antecedent(doc, cue)
    if antecedent is not None:
        return antecedent
    subject = [m for m in between(doc.facts.mentions, clause.start, cue.start) if m.kind != "cue"]
    named = [*between(doc.facts.states, clause.start, cue.start)]
    bodies = between(doc.facts.sources, clause.start, cue.start)
    named += [StateRef(x.span, x.state) for x in bodies if x.state]
    if len({g.code for g in named}) != 1 or any(m.kind == "aircraft" for m in subject):
        return None
    return named[-1]


def _antecedent(doc: Doc, cue: Cue) -> StateRef | None:
    """The state or body of a state that a relative pronoun of subject (RELATIVE_SUBJECT_CUE,
    right after a comma, only cue words between it and the verb ``cue``) stands for: the
    one named right before that comma in the sentence."""
    sent = doc.sentence(cue.start)
    rel = doc.cues.within("RELATIVE_SUBJECT_CUE", sent.start, cue.start)[-1:]
    if not rel or any(m.kind != "cue" for m in between(doc.facts.mentions, rel[0].end, cue.start)):
        return None
    told = [StateRef(s.span, s.code) for s in between(doc.facts.states, sent.start, rel[0].start)]
    told += [
        StateRef(x.span, x.state) for x in between(doc.facts.sources, sent.start, rel[0].start) if x.state
    ]
    told.sort(key=lambda g: g.span[1])
    if not told or doc.text[told[-1].span[1] : rel[0].start].strip() != ",":
        return None
    return told[-1]


def _recorded_over(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "Estonia reported a Russian Su-30 over Vaindloo on Tuesday", "Poland recorded
    three Russian drones over Lublin province", "l'Estonie a signalé un Su-30 russe
    au-dessus de Vaindloo": a verb of record (RECORD_CUE key "record") whose subject is
    one state, its object an aircraft (only a count or a day between), told right after it over
    or inside a place or sky of that same state, with no verb of its own: a crossing of
    that state (an anchor right after the aircraft), by an aircraft of another state
    told. Near a place, over another state's, or of no state told ("several drones over
    Aalborg airport"), none. A subject that names no state (a ministry, an army) records
    for the state that labels its paragraph ("Niger. Le ministère de la Défense signale
    un avion malien au-dessus d'Ayorou": ``_line_label``)."""
    out = list(found)
    for cue in doc.recording(0, len(doc.text)):
        clause = doc.clause(cue.start)
        if any(a.clause.nth == clause.nth for a in found) or between(doc.facts.verbs, cue.end, clause.end):
            continue
        recorder = _recorder(doc, clause, cue)
        subject = between(doc.facts.mentions, clause.start, cue.start)
        if recorder is None and all(m.kind in ("cue", "zone", "source") for m in subject):
            recorder = _line_label(doc, clause.start)  # "Niger. The Defence Ministry reports ..."
        told = [m for m in between(doc.facts.mentions, cue.end, clause.end) if m.kind != "cue"]
        k = next((i for i, m in enumerate(told) if m.kind not in ("number", "date", "time")), len(told))
        if recorder is None or k + 1 >= len(told) or told[k].kind != "aircraft":
            continue
        ac, where = told[k], told[k + 1]
        origin = _came_from(doc, ac, where) if k + 2 < len(told) else None
        ac_end = ac.span[1] if origin is None else origin.span[1]  # "a balloon from Belarus"
        where = where if origin is None else told[k + 2]
        state = where.extra.get("state") if where.kind in ("location", "zone") else None
        link = any(
            doc.cues.opening(c, where.span[0]) or doc.cues.leading_into(c, where.span[0], doc.text)
            for c in ("OVER_CUE", "INSIDE_CUE")
        )
        own = ac.extra.get("state") or (origin.value if origin is not None else None)
        if state != recorder.code or not link or doc.text[ac_end : where.span[0]].strip(" ,"):
            continue
        if own is None or own == recorder.code:
            continue  # "reported several drones over Aalborg airport": of no state told
        goal = ZoneRef(where.span, "airspace", recorder.code)
        out.append(Anchor("recorded-over", (ac.span[1], ac.span[1]), None, goal, "airspace", clause))
    out.sort(key=lambda a: a.span)
    return out


def _dated_line_over(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "- 2 Sep: Russian Su-24 bomber over the Swedish island of Gotland for about a
    minute", « - 3 sept. : un Su-27 russe au-dessus de l'île estonienne de Vaindloo »: a
    tracker's line, a bullet at most before a day and a colon, then (a count at most
    between) an aircraft of one state told right before a word of over leading into a
    place or sky of another state, no verb in the line: a crossing of that other state
    (an anchor right after the aircraft). Of no state told, or over its own, none."""
    out = list(found)
    for day in doc.facts.dates:
        start, end = line_of(doc.text, day.span[0])
        if doc.text[start : day.span[0]].strip() and not bullet_line(doc.text, start):
            continue
        if doc.text[start : day.span[0]].strip(" \t" + ITEM_MARKS):
            continue
        if between(doc.facts.verbs, start, end) or any(start <= a.span[0] < end for a in found):
            continue
        told = [m for m in between(doc.facts.mentions, day.span[1], end) if m.kind != "cue"]
        k = next((i for i, m in enumerate(told) if m.kind != "number"), len(told))
        gap = doc.text[day.span[1] : told[0].span[0]].strip() if told else ""
        if k + 1 >= len(told) or told[k].kind != "aircraft" or gap != ":":
            continue
        ac, where = told[k], told[k + 1]
        state = where.extra.get("state") if where.kind in ("location", "zone") else None
        link = any(
            doc.cues.opening(c, where.span[0]) or doc.cues.leading_into(c, where.span[0], doc.text)
            for c in ("OVER_CUE", "INSIDE_CUE")
        )
        own = ac.extra.get("state")
        if (
            state is None
            or own is None
            or own == state
            or not link
            or doc.text[ac.span[1] : where.span[0]].strip()
        ):
            continue
        goal = ZoneRef(where.span, "airspace", str(state))
        out.append(
            Anchor(
                "dated-line-over", (ac.span[1], ac.span[1]), None, goal, "airspace", doc.clause(ac.span[0])
            )
        )
    out.sort(key=lambda a: a.span)
    return out


def _came_from(doc: Doc, ac: Mention, state: Mention) -> Mention | None:
    """The state an aircraft is told coming from right after it ("a balloon from Belarus",
    "un ballon venu de Biélorussie": FROM_CUE, then the state's name, nothing between):
    its origin, a direction, no violator; None if none."""
    if state.kind != "state" or state.extra.get("demonym"):
        return None
    cue = doc.cues.opening("FROM_CUE", next_start(doc.text, ac.span[1]))
    return state if cue is not None and not doc.text[cue.end : state.span[0]].strip() else None


def _counted_from(doc: Doc, rule: Rule, at: Span, clause: Scope) -> Anchor | None:
    """ "Polish border guards counted 27 balloons from Belarus in October", "les
    garde-frontières ont dénombré 52 ballons venus du Bélarus en septembre": a word of
    counting (COUNTED_FROM_CUE) with no verb in its clause, right after it the aircraft
    counted (a number told), then a word of where from (FROM_CUE) and a state's name,
    nothing but a day after it up to a comma in the clause, its subject one state or a
    body of one (``_recorder``), or else the state that labels its line ("• Latvia —
    Border guards counted ...": ``_line_label``), other than that origin: crossings
    into the counting state. Not aircraft seen elsewhere ("counted 46 drones over
    Ukraine"), nor of no origin told, nor a tally of a period up to now ("counted 600
    balloons from Belarus since the start of the year": ``_told_over_period``)."""
    if between(doc.facts.verbs, clause.start, clause.end):
        return None
    told = [m for m in between(doc.facts.mentions, at[1], clause.end) if m.kind != "cue"]
    if len(told) < 2 or told[0].kind != "aircraft" or doc.text[at[1] : told[0].span[0]].strip():
        return None
    counted = [a for a in between(doc.facts.aircraft, at[1], told[0].span[1]) if a.counted and a.count]
    cue = doc.cues.opening("FROM_CUE", next_start(doc.text, told[0].span[1]))
    if not counted or cue is None or told[1].kind != "state" or told[1].extra.get("demonym"):
        return None
    comma = doc.text.find(",", told[1].span[1], clause.end)
    rest = [m for m in told[2:] if comma < 0 or m.span[0] < comma]  # ", selon un bilan publié lundi"
    if doc.text[cue.end : told[1].span[0]].strip() or any(m.kind != "date" for m in rest):
        return None
    link = doc.cues.within("COUNTED_FROM_CUE", at[0], at[1])
    recorder = _recorder(doc, clause, link[0]) if link else None
    subject = between(doc.facts.mentions, clause.start, at[0])
    if recorder is None and all(m.kind in ("cue", "zone", "source") for m in subject):
        recorder = _line_label(doc, clause.start)  # "• Latvia — Border guards counted ..."
    if recorder is None or recorder.code == told[1].value or _told_over_period(doc, at, clause, clause.start):
        return None
    return Anchor(rule.name, at, None, recorder, "airspace", clause)


def _line_label(doc: Doc, pos: int) -> StateRef | None:
    """The state that labels the line of ``pos``, its text before ``pos`` nothing but a
    bullet at most, the state's name and a colon or a dash ("• Latvia — ", "- Lettonie :
    "), or the name alone as a sentence of its own, a bulletin's paragraph label
    ("Lithuania. Border guards recorded ...", "Lituanie. Les garde-frontières ont
    recensé ..."); a log's day and clock may head it ("Sept 13 — Romania: ",
    ``_entry_stamp``); None if none."""
    start, _ = line_of(doc.text, pos)
    told = [m for m in between(doc.facts.mentions, start, pos) if m.kind != "cue"]
    if not told or told[-1].kind != "state" or told[-1].extra.get("demonym"):
        return None
    if not _entry_stamp(doc, start, told[:-1]):
        return None
    lead, mark = doc.text[start : told[-1].span[0]], doc.text[told[-1].span[1] : pos].strip()
    if (lead.strip() and not item_line(doc.text, start)) or mark not in (":", "—", "–", "-", "."):
        return None
    return StateRef(told[-1].span, str(told[-1].value))


def _entry_stamp(doc: Doc, start: int, told: list[Mention]) -> bool:
    """Are the mentions ``told``, from the line's ``start``, nothing but the day and the
    clock time heading an entry of a log ("- 13 Sept, 21:05 — Lithuania: ...", "Sept 13 —
    Romania: ..."), or none?"""
    if not told:
        return True
    if any(m.kind not in ("date", "time") for m in told) or not item_line(doc.text, start):
        return False
    return not any(
        doc.text[a.span[1] : b.span[0]].strip(" \t,") for a, b in zip(told, told[1:], strict=False)
    )


def section_label(doc: Doc, pos: int) -> StateRef | None:
    """The state whose name alone opens the paragraph of ``pos`` as its label, a colon, a
    dash or a period after it ("Latvia. No violations ...", "- Estonie : ..."): a digest's
    section of that state (``_line_label``); None if none."""
    para = doc.paragraph(pos)
    told = [m for m in between(doc.facts.mentions, para.start, para.end) if m.kind != "cue"][:1]
    if not told or told[0].kind != "state":
        return None
    rest = doc.text[told[0].span[1] : para.end]
    gap = len(rest) - len(rest.lstrip(" \t"))
    return (
        _line_label(doc, told[0].span[1] + gap + 1)
        if rest[gap : gap + 1] in (":", ".", "—", "–", "-")
        else None
    )


def section_of(doc: Doc, pos: int) -> tuple[int, str] | None:
    """The section of a digest ``pos`` is told in, one state a paragraph ("Japon. Un
    hélicoptère chinois a pénétré ...", "Latvia: On Tuesday ...": ``section_label``):
    the start and the state of the last paragraph up to that of ``pos`` so labelled;
    None before the first (a title, a lead)."""
    paras = doc.seg.paragraphs.scopes
    k = next((i for i, p in enumerate(paras) if p.start <= pos < p.end), -1)
    while k >= 0:
        label = section_label(doc, paras[k].start)
        if label is not None:
            return paras[k].start, label.code
        k -= 1
    return None


def _no_recorded_crossing(doc: Doc, at: Span, verb: Verb | None, clause: Scope) -> bool:
    """What a verb of record counts that is no crossing: a noun that is no word of
    violation; a tally of a period ("has recorded several violations over the last
    decade", "since January"), unless it runs up to now (SINCE_CUE or YEAR_CUE in its
    clause, not "over the same period") and other states' tallies follow it, its verb
    and noun left out ("depuis janvier, la Lettonie a enregistré six violations
    aériennes, l'Estonie quatre": ``gapped_state_parts``); a noun or verb with its own
    goal after it, a day at most between, of no state known ("five entries into the
    zone"; "en mai" is a day)."""
    if verb is None or (verb.noun and not verb.strong):
        return True
    if doc.cues.within("BACKGROUND_CUE", clause.start, clause.end) and not _compared_tally(doc, at, clause):
        return True
    into = doc.cues.within("INTO_CUE", at[1], clause.end)[:1]
    if not into:
        return False
    gap = [m for m in between(doc.facts.mentions, at[1], into[0].start) if m.kind != "cue"]
    if not all(m.kind in ("date", "time") for m in gap) or _words_between(doc, at[1], into[0].start, gap):
        return False
    nxt = [m for m in between(doc.facts.mentions, into[0].start, clause.end) if m.kind != "cue"][:1]
    return not nxt or nxt[0].kind not in ("date", "time")


def _compared_tally(doc: Doc, at: Span, clause: Scope) -> bool:
    """Is the noun at ``at`` a state's tally up to now (a word of since or of this year
    in its clause) that other states' tallies follow, the verb and noun left out
    (``gapped_state_parts``)?"""
    if not any(doc.cues.within(c, clause.start, clause.end) for c in ("SINCE_CUE", "YEAR_CUE")):
        return False
    return bool(gapped_state_parts(doc, at))


def _words_between(doc: Doc, lo: int, hi: int, told: list[Mention]) -> bool:
    """Is there text in [lo, hi) besides the phrases ``told``?"""
    rest = list(doc.text[lo:hi])
    for m in told:
        rest[m.span[0] - lo : m.span[1] - lo] = " " * (m.span[1] - m.span[0])
    return bool("".join(rest).strip())


def _zone_pronoun(doc: Doc, rule: Rule, at: Span, verb: Verb | None, clause: Scope) -> Anchor | None:
    """ "Turkish aircraft violated Greek airspace 8 times: a CN-235 violated it four
    times", "un CN-235 l'a violé quatre fois": the pronoun of the zone told before, as
    the verb's object right after it (key "after") or right before it (key "before",
    a clitic): a crossing of that zone by the aircraft named before the verb."""
    for cls in rule.link:
        after = doc.cues.starting_at(cls, at[1], doc.text)
        before = doc.cues.ending_at(cls, at[0], doc.text)
        if (after is not None and after.key == "after") or (before is not None and before.key == "before"):
            return Anchor(rule.name, at, verb, None, "airspace", clause)
    return None


def _done_by(
    doc: Doc, rule: Rule, at: Span, verb: Verb | None, clause: Scope, zones: list[ZoneRef]
) -> Anchor | None:
    """ "A Turkish CN-235 carried out four violations", "un CN-235 a commis quatre
    violations": a link word right before the noun (only its count between them), the
    noun naming no zone of its own (the violation rule reads those): the violations the
    aircraft named before did, of the zone the report told before."""
    if zones and not between(doc.facts.mentions, at[1], zones[0].span[0]):
        return None
    for cls in rule.link:
        for cue in doc.cues.within(cls, clause.start, at[0])[-1:]:
            if all(m.kind == "number" for m in between(doc.facts.mentions, cue.end, at[0])):
                return Anchor(rule.name, at, verb, None, "airspace", clause)
    return None


#: blocking word classes that may open with the verb itself ("est resté en")
_FROM_VERB = ("APPROACH_CUE", "STAY_CUE", "CONFINED_CUE")


def _blocks(doc: Doc, classes: tuple[str, ...], lo: int, hi: int, goal: Goal, verb_at: int) -> bool:
    """A blocking word between the verb and its goal: an exit anywhere ("returned to
    Turkish airspace"); "along" only where it runs along the goal ("flew along the
    border"), not inside it ("flew 5 km along the border inside Polish airspace").
    A word inside a time or a date is none: "sobrevoló, hacia las 9.15, la localidad"
    (Spanish "hacia", towards, is also "at about"). A word of staying near opens with
    the verb itself ("stayed on the Belarusian side": APPROACH_CUE from ``verb_at``), and
    so does one of staying in a state (STAY_CUE: "Le premier est resté en Biélorussie",
    where it was all along), a state only, not a zone of it. A word that restricts the
    flight to the goal blocks every rule (CONFINED_CUE: "operated only inside Myanmar
    territory", "n'ont volé qu'au-dessus du territoire biélorusse"): where it stayed.
    A word of rising to meet an intruder (RESPONDER_CUE, where a rule lists it) blocks
    only a sky of no state told after it ("took off into the sky", "піднімалися в небо"): the
    defenders rose into their own sky."""
    told = [m.span for m in between(doc.facts.mentions, lo, hi) if m.kind in ("time", "date")]
    if "EXIT_CUE" in classes and any(
        c.start == verb_at and c.end > lo for c in doc.cues.within("EXIT_CUE", verb_at, hi)
    ):
        return True  # "flew back over the border", "crossed back over": the verb's own word of going back
    for cls in (*classes, "CONFINED_CUE"):
        if cls == "STAY_CUE" and isinstance(goal, ZoneRef):
            continue  # "est resté trois minutes en territoire letton": a stay in its sky
        if cls == "STRIKE_CUE" and not _war_target(doc, goal):
            continue  # "ont frappé des sites en Iran", "... puis dérivé dans l'espace aérien roumain"
        if cls == "RESPONDER_CUE" and not _bare_sky(goal):
            continue  # a state's sky told ("dépêchés dans le ciel estonien"): the verb's to judge
        for cue in doc.cues.within(cls, min(lo, verb_at) if cls in _FROM_VERB else lo, hi):
            if any(s <= cue.start and cue.end <= e for s, e in told):
                continue
            if cls == "RESPONDER_CUE" and cue.start >= goal.span[0]:
                continue  # "в воздушном пространстве ... в погоню за нарушителем": a pursuit told after
            if cls != "ALONG_CUE":
                return True
            if (isinstance(goal, ZoneRef) and goal.border) or not between(doc.facts.zones, cue.end, hi):
                return True
    return False


def _war_target(doc: Doc, goal: Goal) -> bool:
    """Is ``goal`` a state at war ([[war]] of rules.toml), named as a place, not its sky?
    A verb of striking before it (STRIKE_CUE: « ont déjà visé des cibles en Ukraine »)
    tells where the war's targets stood, no flight into it; a state at war with no one
    (« ont frappé des sites en Iran ») or a zone (« ont frappé Izmaïl puis dérivé dans
    l'espace aérien roumain ») is still one."""
    return isinstance(goal, StateRef) and any(goal.code in sides for sides in wars_on(doc))


def _bare_sky(goal: Goal) -> bool:
    """Is ``goal`` an airspace of no state told: no name, no owner, no state before?"""
    return isinstance(goal, ZoneRef) and goal.kind == "airspace" and not (goal.state or goal.poss or goal.ref)


def _sky_between_places(doc: Doc, goal: Goal, verb: Verb | None) -> bool:
    """ "Flew through the airspace between Okinawa Island and Miyako Island", "a traversé
    l'espace aérien entre Okinawa et Miyako": a sky of no state told (``_bare_sky``) right
    before a word of between (RANGE_CUE) whose first mention after it is a place is the
    stretch of sky between two places (a strait's), no state's airspace; not between
    times ("the airspace between 02:10 and 02:25"); not by a verb of breach ("violated
    the airspace between Narva and Vaindloo": a state's, ``Verb.strong``)."""
    if not isinstance(goal, ZoneRef) or goal.border:
        return False  # "crossed the border between Narva and Ivangorod": a line, crossed
    cue = doc.cues.starting_at("RANGE_CUE", goal.span[1], doc.text)
    if cue is None or (verb is not None and verb.strong):
        return False
    # (from the word itself: a range of times is one phrase with it)
    nxt = between(doc.facts.mentions, cue.start, doc.clause(goal.span[0]).end)[:1]
    return bool(nxt) and nxt[0].kind in ("location", "place")


def _exit_object(doc: Doc, rule: Rule, goal: Goal) -> bool:
    """Is the goal told before the verb the object of a word of exit right before it
    ("left Belarusian airspace and penetrated 5 km into Lithuania", "a quitté l'espace
    aérien biélorusse et a pénétré de 5 km en Lituanie"): the airspace left, not the
    one entered?"""
    return "EXIT_CUE" in rule.block and doc.cues.ending_at("EXIT_CUE", goal.span[0], doc.text) is not None


def _side_of_line(doc: Doc, goal: ZoneRef) -> bool:
    """Is ``goal`` a line's side told by a point of the compass ("south of the MDL":
    LINE_SIDE_CUE right before it, keyed by the state it is the land of; see
    doc._sides_past_lines), not a zone beside it?"""
    side = doc.cues.ending_at("LINE_SIDE_CUE", goal.span[0], doc.text)
    return side is not None and side.key.upper() == goal.state


def _first_goal(doc: Doc, rule: Rule, cands: list[Goal], at: Span, verb: Verb | None = None) -> Goal | None:
    """The goal nearest the verb that this rule can take (None: the nearest is
    international airspace, or none is linked as the rule needs)."""
    lies_in: Goal | None = None  # the state or airspace a place skipped lies in
    goal_near: Goal | None = None  # the known town a place skipped lies near
    for told in cands:
        goal = told
        if isinstance(told, Place) and (start := _border_town_of(doc, told)) != told.span[0]:
            goal = dataclasses.replace(told, span=(start, told.span[1]))
        if isinstance(goal, ZoneRef) and (goal.kind in NO_STATE_ZONES or _of_any_state(doc, goal)):
            owner = _foreign_over_restricted(doc, goal, at)
            if owner is None:
                return None  # "flew in international airspace": no crossing, whatever follows
            # "a Chinese drone flew into the restricted airspace over Dadan": that state's
            goal = dataclasses.replace(goal, kind="airspace", state=owner)
        if _bare_sky(goal) and _sky_between_places(doc, goal, verb):
            return None  # "flew through the airspace between Okinawa and Miyako": no state's
        if isinstance(goal, ZoneRef) and "zone" not in rule.goals:
            continue
        if (
            isinstance(goal, ZoneRef)
            and doc.cues.ending_at("NEAR_CUE", goal.span[0], doc.text)
            and not _side_of_line(doc, goal)
        ):
            continue  # "a survolé le golfe près de l'espace aérien estonien": beside it
        if (
            isinstance(goal, ZoneRef)
            and goal.border
            and doc.cues.starting_at("BORDER_AREA_CUE", goal.span[1], doc.text)
        ):
            continue  # "observed helicopters in the border area": a region beside it
        if isinstance(goal, ZoneRef) and origin(doc, goal):
            continue  # "entré depuis le territoire biélorusse": where it came from
        if isinstance(told, Place) and _where_along(doc, cands, told, at):
            continue  # "hat die Grenze bei Värska überflogen": the border, crossed there
        if isinstance(told, Place) and told is not goal_near and _near_known_town(doc, cands, told):
            lies_in = goal_near = cands[cands.index(told) + 1]
            continue  # "crashed in the village of Osiny, near Lubartów": that town's land
        if isinstance(goal, Place) and goal is not goal_near and not _place_goal(doc, rule, goal):
            if isinstance(told, Place) and _zone_it_lies_in(doc, cands, told):
                lies_in = cands[cands.index(told) + 1]
                continue  # "survolé le lac Kivu dans l'espace aérien rwandais"
            if isinstance(told, Place) and _named_part_of(doc, rule, cands, told):
                lies_in = cands[cands.index(told) + 1]
                continue  # "flew over the Kupwara sector of Indian territory"
            if isinstance(told, Place) and _water_around_land(doc, cands, told):
                continue  # "l'île de Kihnu, dans le golfe de Riga, a été survolée": the island
            if _waters_gone_in_over(doc, rule, told, verb):
                continue  # "penetrated 2.5 km over the Gulf of Finland off Loviisa"
            return None  # "survolé la mer du Japon le long de l'île de X": over the sea
        if isinstance(goal, Place) and "NEAR_CUE" in rule.link and not _near_next(doc, at, goal, verb):
            return None  # "flew into the corner of the zone, near X": the zone was entered
        if isinstance(goal, Place) and goal.bare and not _bare_goal(doc, rule, at, goal):
            continue  # "survolé les environs de Kinmen": the place is not what was flown over
        # a link word with no verb of its own ("*") must touch its goal: "dans le nord de
        # la Moldavie" places a village far more often than it tells a crossing
        # "flew over Renk, in South Sudan": the place flown over was linked, its state is
        if rule.link and not (goal is lies_in or _linked_or_owner(doc, rule, goal)):
            if "*" in rule.verbs:
                return None  # the link word is the anchor: its goal follows it at once
            continue
        if (
            isinstance(goal, StateRef)
            and not rule.link
            and not (goal is lies_in or _state_goal(doc, at, goal))
        ):
            continue  # "entered Finland", not "entered ... from Belarus"
        if isinstance(goal, StateRef) and _possessor(doc, goal):
            continue  # "entered Japan's territorial waters": Japan is not what was entered
        if "*" in rule.verbs and goal.span[0] <= at[0] and not _opened_by(rule, goal, at):
            continue  # before the link word; one its link runs into is after it ("in den Luftraum")
        return goal
    return None


def _opened_by(rule: Rule, goal: Goal, at: Span) -> bool:
    """Does the phrase of the place ``goal``, of a rule that takes named places, open with
    the link word at ``at`` and go on past it (the place "over Tulcea county" of "- 13
    Sept: one drone over Tulcea county")? A place a rule takes only as a state's land
    ("über polnischem Gebiet", of a rule of zones) is not reached so."""
    if not isinstance(goal, Place) or "place" not in rule.goals:
        return False
    return goal.span[0] == at[0] and at[0] < at[1] < goal.span[1]


def _of_any_state(doc: Doc, zone: ZoneRef) -> bool:
    """Is ``zone`` a possessive one ("its border", "sa frontière") told after the sky of no
    state in particular in its sentence ("an aircraft violates a country's airspace when it
    crosses its border", "l'espace aérien d'un pays lorsqu'il franchit sa frontière"): that
    same any state's, none to violate?"""
    if not zone.poss or zone.state:
        return False
    told = between(doc.facts.zones, doc.sentence(zone.span[0]).start, zone.span[0])
    return any(z.kind == "any_state" for z in told)


def _foreign_over_restricted(doc: Doc, zone: ZoneRef, at: Span) -> str | None:
    """ "A Chinese drone flew into the restricted airspace over Dadan Island", "un drone
    chinois est entré dans la zone interdite au-dessus de Kinmen": a zone a state sets at
    home (key "restricted") told right over a place of a known state, entered by an
    aircraft of another state told before the verb in its sentence, lies in that state's
    airspace: that state (None: no state's). A hobby drone, or one of the place's own
    state, crosses nothing."""
    if zone.kind != "restricted":
        return None
    nxt = between(doc.facts.places, zone.span[1], doc.clause(zone.span[0]).end)[:1]
    if not nxt or nxt[0].state is None:
        return None
    place = nxt[0]
    lo, hi = zone.span[1], place.span[0]
    if between(doc.facts.mentions, lo, hi):
        return None
    craft = between(doc.facts.aircraft, doc.sentence(at[0]).start, at[0])[-1:]
    if not craft or craft[0].state is None or craft[0].state == place.state:
        return None
    return place.state


def _linked_or_owner(doc: Doc, rule: Rule, goal: Goal) -> bool:
    """Is ``goal`` linked as ``rule`` needs, or the state told as its owner right before
    it ("landed on Costa Rica's Calero Island": ``_owner_before``)? Not a state linked by
    a word of the rule's ``destination`` ("a envoyé des Rafale en Pologne", "ha inviato
    caccia in Polonia": where they were sent to be kept, no crossing)."""
    if isinstance(goal, StateRef) and any(
        doc.cues.ending_at(c, goal.span[0], doc.text) for c in rule.destination
    ):
        return False
    parts = "*" not in rule.verbs
    if _linked(doc, rule.link, goal, parts=parts):
        return True
    owner = _owner_before(doc, goal) if isinstance(goal, Place) else None
    return owner is not None and _linked(doc, rule.link, owner, parts=parts)


def _waters_gone_in_over(doc: Doc, rule: Rule, p: Goal, verb: Verb | None) -> bool:
    """ "A Mi-17 penetrated 2.5 km over the Gulf of Finland off Loviisa", "a pénétré de
    2 km au-dessus du golfe de Finlande, au large de Porvoo": the waters a verb that
    itself says how deep ([verbs] depth_of) went in over are no goal; the place of a
    rule that links its place by nearness, told after them, is where it went in."""
    return (
        isinstance(p, Place)
        and not p.land
        and "NEAR_CUE" in rule.link
        and verb is not None
        and verb.key in rules()["verbs"]["depth_of"]
    )


def _near_next(doc: Doc, at: Span, p: Place, verb: Verb | None) -> bool:
    """A place linked by a word of nearness is where the verb went in when nothing but
    how far, a day, a time, a length of stay or where it came from stands between
    them ("penetrated 1.5 km near Druskininkai", "entered from Belarus near X", "est
    entré depuis le Bélarus près de X"), not past an object of the verb's own ("flew
    into the corner of the zone, near X"), for a verb of going in that does not itself
    say how deep ([verbs] going_in, not depth_of), and only with where it came from
    ("the aircraft entered near X at 1:12" retells one told before)."""
    kinds = rules()["verbs"]
    if verb is None or verb.key not in kinds["going_in"] or verb.key in kinds["depth_of"]:
        return True  # "came down in a field near X", "penetrated 1.5 km near X": told its own way
    near = doc.cues.opening("NEAR_CUE", p.span[0]) or doc.cues.ending_at("NEAR_CUE", p.span[0], doc.text)
    hi = p.span[0] if near is None else near.start
    lo = at[1]
    told: list[Goal] = [
        *between(doc.facts.states, at[1], hi),
        *between(doc.facts.zones, at[1], hi),
        *between(doc.facts.places, at[1], hi),
    ]
    for g in told:
        came = doc.cues.opening("FROM_CUE", g.span[0]) or doc.cues.leading_into(
            "FROM_CUE", g.span[0], doc.text
        )
        if came is not None and came.start >= at[1] and not doc.text[at[1] : came.start].strip():
            lo = max(lo, g.span[1])  # "from Belarus", "from Belarusian territory", right after the verb
    if lo == at[1] and not _new_subject(doc, at):
        return False
    return _only_when_between(doc, lo, hi)


def _new_subject(doc: Doc, at: Span) -> bool:
    """ "A Russian Il-20 entered near Vaindloo on Tuesday", "un Il-20 russe est entré
    près de Vaindloo": the verb's subject, right before it in its clause, is an
    aircraft told for the first time (counted, not definite, not a part of a group):
    the crossing is its own, not one told before retold ("the aircraft entered near X
    at 1:12")."""
    clause = doc.clause(at[0])
    told = [m for m in between(doc.facts.mentions, clause.start, at[0]) if m.kind != "cue"][-1:]
    if not told or told[0].kind != "aircraft":
        return False
    a = between(doc.facts.aircraft, told[0].span[0], told[0].span[1])[:1]
    return bool(a) and a[0].counted and not (a[0].definite or a[0].partitive or a[0].generic)


def _where_along(doc: Doc, cands: list[Goal], p: Place, at: Span) -> bool:
    """ "Hat die estnische Grenze bei Värska überflogen", "ist in den Luftraum nahe Narva
    eingeflogen": in a language whose verb closes its clause (``verb_last``), a place
    told before the verb, linked by a word of nearness (NEAR_CUE) right after a zone
    told before it, is where along that zone the aircraft went in, as "flew over the
    border near X" tells it after the zone: the zone, the next goal, is the crossing's."""
    if not doc.lexicon.verb_last or p.span[1] > at[0]:
        return False
    k = cands.index(p)
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if not isinstance(nxt, ZoneRef) or nxt.span[1] > p.span[0]:
        return False
    cue = doc.cues.starting_at("NEAR_CUE", nxt.span[1], doc.text)
    return cue is not None and cue.start < p.span[1] and not doc.text[cue.end : p.span[0]].strip()


def _water_around_land(doc: Doc, cands: list[Goal], p: Place) -> bool:
    """ "L'île de Kihnu, dans le golfe de Riga, a été survolée", "the islet of X, in the
    Gulf of Y, was overflown": a water ([loc_noun] water) told in apposition right after
    a land of known state, the next goal read back from the verb, says where that land
    lies: the land is what was flown over."""
    k = cands.index(p)
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if not isinstance(nxt, Place) or not nxt.land or not nxt.state or nxt.span[1] > p.span[0]:
        return False
    return _water(doc, p) and doc.text[nxt.span[1] : p.span[0]].strip() == ","


def _zone_it_lies_in(doc: Doc, cands: list[Goal], p: Place) -> bool:
    """ "Survolé le lac Kivu dans l'espace aérien rwandais", "flew over the Gulf of
    Finland inside Finnish airspace": a place that tells no crossing itself, told with
    the state's airspace it lies in right after it (a word of inside between, and but a
    height, a day or a time told by the way: ``_only_when_between``): that
    airspace, the next goal, is what was flown over; likewise a place of no known
    state told with the state it lies in ("in the village of X in northern Moldova",
    "dans le village de X, dans le nord de la Moldavie"); in a language whose verb
    closes its clause, the airspace told right before it ("über litauisches Gebiet bei
    Druskininkai geflogen")."""
    k = cands.index(p)
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if isinstance(nxt, (ZoneRef, Place)) and nxt.state and nxt.span[1] <= p.span[0] and doc.lexicon.verb_last:
        # "über litauisches Gebiet bei Druskininkai geflogen": a verb closing its clause,
        # the goals read back from it, the state's land told right before the place
        return p.state in (None, nxt.state) and not doc.text[nxt.span[1] : p.span[0]].strip()
    if isinstance(nxt, StateRef) and not nxt.demonym and not p.state and nxt.span[0] >= p.span[1]:
        # "crashed in the village of Cosauti in northern Moldova": the land of a state
        # named right after it (with words of its part between)
        # (a language whose words of a part include the word of lying in, Ukrainian
        # "у Молдові": the word ends at one start of the run, not before the whole run)
        starts = _part_starts(doc, nxt.span[0])
        start = next((k for k in starts if doc.cues.ending_at("LIES_IN_CUE", k, doc.text)), starts[-1])
    elif isinstance(nxt, ZoneRef) and nxt.state and nxt.kind == "airspace" and nxt.span[0] >= p.span[1]:
        start = nxt.span[0]
    elif isinstance(nxt, Place) and nxt.state and p.state in (None, nxt.state) and nxt.span[0] >= p.span[1]:
        # "near the village of Tegh in Syunik province": a region of a known state
        # told right after it, its phrase opened by a word of lying in (a place known
        # to be of that state too: its state told with it)
        cue = doc.cues.opening("LIES_IN_CUE", nxt.span[0])
        return cue is not None and not doc.text[p.span[1] : nxt.span[0]].strip(" ,") and not _water(doc, nxt)
    else:
        return False
    cue = doc.cues.ending_at("INSIDE_CUE", start, doc.text)
    if cue is None and isinstance(nxt, StateRef):
        cue = doc.cues.ending_at("LIES_IN_CUE", start, doc.text)
    if cue is None and isinstance(nxt, ZoneRef):
        # "près de Plauru, sur le territoire roumain": the land it lies on
        cue = doc.cues.ending_at("ON_CUE", start, doc.text)
    if cue is None and isinstance(nxt, ZoneRef):
        # « survolé le lac Kivu du côté rwandais »: a zone phrase opened by its own word
        # of inside (a state's side)
        cue = doc.cues.opening("INSIDE_CUE", start)
    # "survolé le golfe de Fonseca à une altitude de 150 mètres, dans l'espace aérien
    # hondurien": a height, a day or a time told by the way may stand between them
    return cue is not None and cue.start >= p.span[1] and _only_when_between(doc, p.span[1], cue.start)


def _near_known_town(doc: Doc, cands: list[Goal], p: Place) -> bool:
    """ "Crashed in a field in the village of Osiny, near Lubartów", « a survolé le
    village d'Osiny, près de Lubartów »: a place of no known state named by its kind of
    land, told with a town of known state right after it, that town's phrase opened by a
    word of nearness (NEAR_CUE) with but a comma between, lies in the town's state when
    the town tells it as a town the aircraft came down near would (its state told with
    it, the speaker's, or a drone or balloon of another state told before it:
    ``_place_goal`` of a rule with place = "state told or foreign")."""
    k = cands.index(p)
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if p.state or not p.land or not isinstance(nxt, Place) or nxt.state is None:
        return False
    if doc.cues.opening("NEAR_CUE", nxt.span[0]) is None or doc.text[p.span[1] : nxt.span[0]].strip(" ,"):
        return False
    return bool(
        _state_in_phrase(doc, nxt)
        or state_it_lies_in(doc, nxt)
        or _speakers_town(doc, nxt)
        or _came_in_from(doc, nxt)
        or _foreign_drifter_at(doc, nxt)
    )


def _named_part_of(doc: Doc, rule: Rule, cands: list[Goal], p: Place) -> bool:
    """ "Over the Kupwara sector of Indian territory", "crashed in the Zilupe area of
    Latvia", « au-dessus du secteur de Kupwara du territoire indien »: a place of no known
    state (or of that state) whose phrase holds a noun of land (LOC_NOUN key "land":
    "area", "sector", "district"), joined to the state or the airspace told right after
    it by words naming a part only ("of", "region of", « du »: REGION_CUE, reaching back
    to the place's end), names a part of that land: the next goal, when the place is
    linked to the verb as the rule needs ("launched drones against the Volyn region of
    Ukraine" is no flight over it)."""
    k = cands.index(p)
    nxt = cands[k + 1] if k + 1 < len(cands) else None
    if not isinstance(nxt, (StateRef, ZoneRef)) or nxt.span[0] < p.span[1]:
        return False
    if isinstance(nxt, ZoneRef) and (nxt.kind != "airspace" or not nxt.state):
        return False
    if isinstance(nxt, StateRef) and nxt.demonym:
        return False
    if rule.link and not _linked(doc, rule.link, p):
        return False
    run = doc.cues.run_before("REGION_CUE", nxt.span[0], doc.text)
    state = nxt.code if isinstance(nxt, StateRef) else nxt.state
    if p.state not in (None, state) or len(run) < 2 or run[-1] <= p.span[0]:
        return False
    if doc.text[p.span[1] : run[-1]].strip():
        return False
    if doc.cues.opening("NEAR_CUE", p.span[0]) or doc.cues.ending_at("NEAR_CUE", p.span[0], doc.text):
        return False  # "flew near the Narva area of Estonian territory": beside that land
    # the noun of land is in the place's phrase ("the Kupwara sector", "le secteur de
    # Kupwara") or opens the words of its part ("the Cuyuni river" + "area of")
    nouns = [(p.span[0], w) for w in words_of(doc.text[p.span[0] : p.span[1]])]
    nouns += [(run[-1], w) for w in words_of(doc.text[run[-1] : nxt.span[0]])[:1]]
    return any(
        doc.lexicon.key_of("LOC_NOUN", doc.text[at + w.start : at + w.end]) == "land" for at, w in nouns
    )


def state_it_lies_in(doc: Doc, p: Place) -> StateRef | None:
    """ "La localité de Renk, au Soudan du Sud", "the town of Renk in northern South
    Sudan": the state told right after a place of no known state, a word of lying in
    (LIES_IN_CUE or INSIDE_CUE) and words of its part between them, is the state the
    place lies in; a place of known state, only that state ("near Abéché in eastern
    Chad": its state told with it, ``Rule.state_told``). Or the state told as its
    owner right before it ("Costa Rica's Calero Island": ``_owner_before``)."""
    owner = _owner_before(doc, p)
    if owner is not None:
        return owner
    states = between(doc.facts.states, p.span[1], doc.clause(p.span[0]).end)[:1]
    if not states or states[0].demonym or (p.state and states[0].code != p.state):
        return _labelled_line_state(doc, p)
    start = _part_starts(doc, states[0].span[0])[-1]
    cue = doc.cues.ending_at("LIES_IN_CUE", start, doc.text)
    cue = cue or doc.cues.ending_at("INSIDE_CUE", start, doc.text)
    if cue is None or cue.start < p.span[1]:
        return None
    if doc.text[p.span[1] : cue.start].strip(" ,") and not _apposed_kind(doc, p.span[1], cue.start):
        return None
    return states[0]


def _labelled_line_state(doc: Doc, p: Place) -> StateRef | None:
    """ "Sept 13 — Romania: one drone over Tulcea county", "- 4 mars — Moldavie : un
    drone au-dessus d'Ocnița": the state that labels a list's item line (``_line_label``,
    its day or clock before it too) is the state the places told on that line lie in (a
    place of known state, only that state); none on a line that denies a crossing ("...,
    no violation")."""
    text = doc.text
    lo, hi = line_of(text, p.span[0])
    if (
        not item_line(text, lo)
        or doc.negations(lo, hi)
        or any(v.negated for v in between(doc.facts.verbs, lo, hi))
    ):
        return None
    states = between(doc.facts.states, lo, p.span[0])[:1]
    if not states or states[0].demonym or (p.state and states[0].code != p.state):
        return None
    end = label_end(text, states[0].span[1])
    return _line_label(doc, end) if end is not None else None


def _kind_apposed(doc: Doc, p: Place) -> bool:
    """Is the place ``p`` followed by an apposition of its kind up to a word of lying in
    (LIES_IN_CUE, in its clause: "over Wolka, a village in Poland"): land it names?"""
    clause = doc.clause(p.span[0])
    cue = doc.cues.within("LIES_IN_CUE", p.span[1], clause.end)[:1]
    return bool(cue) and _apposed_kind(doc, p.span[1], cue[0].start)


def _apposed_kind(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi), right after a place's name, an apposition that tells the place's
    kind, a noun of land (LOC_NOUN key "land") closing it with no mention nor verb in
    it (", a village in eastern Poland", ", a small islet in Taiwan's Kinmen County",
    ", un hameau situé en Pologne")? The state told after it is the place's, as after
    the name itself."""
    gap = doc.text[lo:hi]
    words = words_of(gap)
    if not gap.lstrip().startswith(",") or not words:
        return False
    if between(doc.facts.mentions, lo, hi):
        return False
    if between(doc.facts.verbs, lo, hi):
        return False
    return doc.lexicon.key_of("LOC_NOUN", gap[words[-1].start : words[-1].end]) == "land"


def _owner_before(doc: Doc, p: Place) -> StateRef | None:
    """The state named right before the place with a word of owning (POSSESSIVE_CUE:
    "Costa Rica's Calero Island"), the place's own state if it has one."""
    clause = doc.clause(p.span[0])
    for st in between(doc.facts.states, clause.start, p.span[0])[-1:]:
        cue = next(iter(doc.cues.within("POSSESSIVE_CUE", st.span[1], p.span[0])), None)
        if (
            st.demonym
            or cue is None
            or doc.text[st.span[1] : cue.start].strip(" '’")
            or doc.text[cue.end : p.span[0]].strip()
            or (p.state is not None and p.state != st.code)
        ):
            return None
        return st
    return None


def _place_goal(doc: Doc, rule: Rule, p: Place) -> bool:
    """A place flown over that tells a crossing: its state is known ("a Greek islet")
    or it is land ("l'île d'X"), and it is flown over, not near ("près de", "off"),
    unless the rule links its place by a word of nearness (a verb that says the
    aircraft went in: "penetrated 1.5 km near Druskininkai")."""
    near = doc.cues.opening("NEAR_CUE", p.span[0]) or doc.cues.ending_at("NEAR_CUE", p.span[0], doc.text)
    if near and "NEAR_CUE" not in rule.link:
        return False
    if origin(doc, p):
        return False
    if rule.state_told and not (
        _state_in_phrase(doc, p)
        or state_it_lies_in(doc, p)
        or _speakers_town(doc, p)
        or _came_in_from(doc, p)
        or (rule.foreign_down and (_foreign_drifter_at(doc, p) or _another_after_crossing(doc, p)))
    ):
        return False  # "crashed near Rezekne": a known town near which it came down, maybe abroad
    if p.state and not p.name and _water(doc, p):
        return False  # "nad Zatoką Fińską", "über dem Finnischen Golf": a sea named by its state
    if p.state:
        return "place" in rule.goals or ("zone" in rule.goals and _territory(p))
    if "place" in rule.goals and (p.land or _kind_apposed(doc, p)) and state_it_lies_in(doc, p) is not None:
        return True  # "over the village of Tegh in Armenia's Syunik province", "over X, a village in Y"
    if rule.speakers_land and p.land and p.name and _speakers_land(doc, p):
        return True  # "two Pakistani drones crossed into the Rajouri sector, the Indian Army said"
    if rule.own_violated and not _own_violated(doc, p):
        return False  # "un drone a été repéré au-dessus de X": a sighting, no crossing told
    if rule.any_name and not _flown_by_accused(doc, p):
        return False  # "Chad accused Sudan ... A Chadian plane flew over X": its own plane
    clause = doc.clause(p.span[0])
    if rule.without_leave and not doc.cues.within("NO_LEAVE_CUE", clause.start, clause.end):
        return False  # "flew over the village of X": a flight somewhere, no crossing told
    if rule.from_abroad and not _from_a_state(doc, clause.start, p.span[0]):
        return False  # "a helicopter coming from Vilnius flew over X": no state left behind
    named = p.land or (rule.any_name and not _water(doc, p))  # "over the East China Sea": no one's
    return "land" in rule.goals and named and bool(p.name)


def _came_in_from(doc: Doc, p: Place) -> bool:
    """ "A balloon landed near Šalčininkai after drifting in from Belarus", "s'est posé
    près de X après être entré depuis le Bélarus": a place known by name whose sentence
    tells the aircraft coming in from another state (that state's name right after a
    word of coming in, FROM_CUE "in from", or after a FROM_CUE right after a verb of going
    in or crossing, [verbs] going_in) lies in the land it came into."""
    if p.state is None:
        return False
    sent = doc.sentence(p.span[0])
    for st in between(doc.facts.states, sent.start, sent.end):
        cue = doc.cues.ending_at("FROM_CUE", st.span[0], doc.text)
        if cue is None or st.demonym or st.code == p.state:
            continue
        verb = between(doc.facts.verbs, sent.start, cue.start)[-1:]
        going = bool(verb) and verb[0].key in _GOING_IN and not doc.text[verb[0].span[1] : cue.start].strip()
        if cue.key == "in" or going:
            return True
        after = [x for x in between(doc.facts.states, p.span[1], sent.end) if x.code != p.state]
        if not after and _drifter_from(doc, sent.start, cue.start):
            return True  # not "near Galati, on the Ukrainian bank": across the border
    return False


def _foreign_drifter_at(doc: Doc, p: Place) -> bool:
    """ "Un drone russe s'est écrasé dans un champ près de Cahul", "a Russian drone came
    down near Rezekne": a drone or a balloon (rules.toml [origin] kinds) of a state told
    in its phrase, the last aircraft told before a place known by name in its sentence,
    the place of another state, came down in that state: it crossed into it, as one told
    coming in from another state does (``_came_in_from``). Not when a state other than
    the place's is told after it in its sentence ("near Galati, on the Ukrainian bank":
    across the border), nor when the report speaks only for other states
    (``speaker_states``: "..., the Lithuanian army said" of a Latvian town)."""
    a = _came_down_at(doc, p)
    if a is not None and a.partitive:  # "60 Russian drones ..., 25 of which": the group's
        a = _group_before(doc, a.span[0], a.count) or a
    if a is None or a.category not in _DRIFTERS or a.state in (None, p.state):
        return False
    speakers = speaker_states(doc)
    return not speakers or p.state in speakers


def _came_down_at(doc: Doc, p: Place) -> Aircraft | None:
    """The aircraft that came down at ``p``, a place of known state: the last one told
    before it in its sentence, when no state other than the place's is told after it
    there ("near Galati, on the Ukrainian bank": across the border); None otherwise."""
    if p.state is None:
        return None
    sent = doc.sentence(p.span[0])
    told = between(doc.facts.aircraft, sent.start, p.span[0])[-1:]
    if not told or any(s.code != p.state for s in between(doc.facts.states, p.span[1], sent.end)):
        return None
    return told[0]


def told_as_another(doc: Doc, a: Aircraft) -> bool:
    """Is ``a`` told as another one than those before ("un autre drone", "another
    drone", "a second drone": ANOTHER_CUE in its phrase or right before it)?"""
    inside = doc.cues.within("ANOTHER_CUE", a.span[0], a.span[1])
    return bool(inside) or doc.cues.ending_at("ANOTHER_CUE", a.span[0], doc.text) is not None


def _another_after_crossing(doc: Doc, p: Place) -> bool:
    """ "A Russian drone entered Polish airspace ... A second drone crashed in a field
    near Zamość", "Un autre drone est tombé près de Metula": a drone or a balloon
    (rules.toml [origin] kinds) told as another one (ANOTHER_CUE in its phrase or right
    before it), the last aircraft told before a place known by name in its sentence,
    came down in the state whose airspace an earlier sentence told: one more of the
    series, not an accident at home. Not when a state other than the place's is told
    after it in its sentence."""
    a = _came_down_at(doc, p)
    if a is None or a.category not in _DRIFTERS or not told_as_another(doc, a):
        return False
    start = doc.sentence(p.span[0]).start
    return any(z.kind == "airspace" and z.state == p.state for z in between(doc.facts.zones, 0, start))


def _drifter_from(doc: Doc, lo: int, at: int) -> bool:
    """ "A balloon from Belarus came down near Šalčininkai", "balon z Białorusi spadł":
    a drone or a balloon (rules.toml [origin] kinds) told right before the "from" at
    ``at``: where it came from, so the place it came down near lies across the border."""
    told = [m for m in between(doc.facts.mentions, lo, at) if m.kind != "cue"][-1:]
    return (
        bool(told)
        and told[0].kind == "aircraft"
        and told[0].value in _DRIFTERS
        and not doc.text[told[0].span[1] : at].strip()
    )


#: kinds that drift or are sent over a border: their origin tells a crossing
_DRIFTERS = frozenset(rules()["origin"]["kinds"])


#: verbs of going in or across: the state after "from" right after one is where it came from
_GOING_IN = frozenset(rules()["verbs"]["going_in"]) | {"cross"}


def _speakers_town(doc: Doc, p: Place) -> bool:
    """ "A drone from Belarus crashed near Rezekne, the Latvian army said": a place known
    by name, of the state that speaks in the report (``speaker_states``), with no other
    state told after it in its sentence ("near Galati, on the Ukrainian bank": across
    the border), lies in the speaker's land."""
    if p.state is None or p.state not in speaker_states(doc):
        return False
    after = between(doc.facts.states, p.span[1], doc.sentence(p.span[0]).end)
    return all(s.code == p.state for s in after)


def _speakers_land(doc: Doc, p: Place) -> bool:
    """ "The Indian Army said two Pakistani drones had crossed into the Rajouri sector",
    "selon l'armée indienne, deux drones pakistanais sont entrés dans le secteur de
    Rajouri": a piece of land of no known state, entered by the aircraft told last
    before it in its sentence, of a known state, lies in the land of the one other state
    that speaks in the report (``speaker_states``), when no state is told after it in
    its sentence ("..., on the Pakistani side")."""
    sent = doc.sentence(p.span[0])
    craft = between(doc.facts.aircraft, sent.start, p.span[0])[-1:]
    if not craft or craft[0].state is None or between(doc.facts.states, p.span[1], sent.end):
        return False
    return len(speaker_states(doc) - {craft[0].state}) == 1


def _from_a_state(doc: Doc, lo: int, hi: int) -> bool:
    """ "Two drones coming from Benin flew over the town of X", "un hélicoptère en
    provenance de Biélorussie a volé au-dessus du village de X": a state's name (no
    nationality, no capital: "coming from Vilnius" is a city) right after a word of
    where the aircraft came from (FROM_CUE) in [lo, hi), not the state that speaks in the
    report ("a drone coming from Lithuania ..., Lithuanian police said"): the flight came
    from abroad."""
    own = speaker_states(doc)
    for st in between(doc.facts.states, lo, hi):
        if st.demonym or st.capital or st.code in own:
            continue
        if doc.cues.ending_at("FROM_CUE", st.span[0], doc.text) is not None:
            return True
    return False


def _own_violated(doc: Doc, p: Place) -> bool:
    """Has the paragraph of ``p`` told, before it, the speaker's own airspace ("son
    espace aérien", "its airspace": a possessive zone) with a word of violation in its
    clause ("deux nouvelles violations de son espace aérien", "its airspace had been
    violated"), not denied or doubted there ("denied any violation of its airspace")?"""
    for z in between(doc.facts.zones, doc.paragraph(p.span[0]).start, p.span[0]):
        clause = doc.clause(z.span[0])
        lo, hi = clause.start, min(clause.end, p.span[0])
        told = [v for v in between(doc.facts.verbs, lo, hi) if v.strong]
        if not z.poss or z.kind != "airspace" or not told:
            continue
        if any(v.negated or v.hypothetical or v.conditional for v in told):
            continue
        if not any(doc.mention_cues(c, lo, hi) for c in ("deny", "hypo")) and not doc.negations(lo, hi):
            return True
    return False


def _flown_by_accused(doc: Doc, p: Place) -> bool:
    """Is the aircraft told before ``p`` in its sentence of a state named earlier in the
    paragraph, not the one that opens it (whose airspace was told violated: "Chad
    accused Sudan of violating its airspace. A Sudanese helicopter flew over X")?"""
    sent = doc.sentence(p.span[0])
    told = [a.state for a in between(doc.facts.aircraft, sent.start, p.span[0]) if a.state]
    lo = doc.paragraph(p.span[0]).start
    told_before = sorted(
        [(st.span, st.code) for st in between(doc.facts.states, lo, sent.start)]
        + [(a.span, a.state) for a in between(doc.facts.aircraft, lo, sent.start) if a.state]
    )  # "violated by Ghanaian aircraft": the accused told by its aircraft
    named = [code for _, code in told_before]
    return bool(told and named) and told[-1] != named[0] and told[-1] in named


def _crossing_told_after(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """A crash near a speaker's town (``_speakers_town``) stands for the crossing only
    when the report tells none after it: "... crashed near Rezekne. The drone had
    entered Latvian airspace at 21:04" tells its crossing there, one record. A crossing
    told after it on another day than the crash's ("On 4 October a Russian drone crashed
    near Cahul after flying in from Ukraine, and on 9 October a drone flew over Ocnita")
    is another one's, no telling of this."""
    return [
        a
        for a in found
        if not (
            isinstance(a.goal, Place)
            and a.rule in {r.name for r in anchor_rules() if r.state_told}
            and not (_state_in_phrase(doc, a.goal) or state_it_lies_in(doc, a.goal))
            and any(b.span[0] >= a.span[1] and not _days_apart(doc, a, b, found) for b in found)
        )
    ]


def _days_apart(doc: Doc, a: Anchor, b: Anchor, found: list[Anchor]) -> bool:
    """Are ``a`` and ``b`` told on days of their own, each in its clause (or in its
    sentence before it), none shared, ``a`` the first crossing of its sentence (not "...
    entered Polish airspace on September 10 and F-35s shot down one of them near X")?"""
    sent = doc.sentence(a.span[0])
    if any(sent.start <= x.span[0] < a.span[0] for x in found):
        return False

    def days(x: Anchor) -> set[str]:
        clause = doc.clause(x.span[0])
        told = {str(m.value) for m in between(doc.facts.dates, clause.start, clause.end) if _a_day(m)}
        opening = doc.sentence(x.span[0]).start
        return told or {str(m.value) for m in between(doc.facts.dates, opening, x.span[0]) if _a_day(m)}

    mine, theirs = days(a), days(b)
    return bool(mine) and bool(theirs) and not mine & theirs


def _counted_only(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "The number of drones that entered Moldovan airspace has tripled this year", "le
    nombre de drones entrés dans l'espace aérien moldave", "el número de drones que han
    entrado": a verb of crossing whose subject, the last aircraft before it in its
    sentence with no other verb between, is told right after a word of a count or a trend
    (TREND_CUE: "the number of", "a growing number of") tells how many crossed, a
    statistic, no crossing of its own, when no day is told from that aircraft to the end
    of the crossing's clause (a day of the report told after it is no crossing's)."""

    def counted(a: Anchor) -> bool:
        if a.verb is None or a.verb.noun:
            return False
        sent = doc.sentence(a.span[0])
        subject = between(doc.facts.aircraft, sent.start, a.span[0])[-1:]
        if not subject or between(doc.facts.verbs, subject[0].span[1], a.span[0]):
            return False
        if doc.cues.ending_at("TREND_CUE", subject[0].span[0], doc.text) is None:
            return False
        days = between(doc.facts.dates, subject[0].span[0], doc.clause(a.span[0]).end)
        return not any(d.extra.get("precision") == "day" for d in days)

    return [a for a in found if not counted(a)]


def _finds_tallied(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """ "Fragments of drones have been found on Romanian territory several times since
    2023", "drone debris has been found on Romanian soil more than a dozen times", « des
    débris de drones ont été retrouvés à plusieurs reprises sur le territoire roumain »:
    a find (rules of [verbs] found_only) counted in its clause (a repetition of more than
    one, or "several times") is a tally of finds, each of its own day and place: no
    crossing told."""

    def tallied(a: Anchor) -> bool:
        if a.verb is None or a.verb.key not in FOUND_ONLY:
            return False
        told = between(doc.facts.repetitions, a.clause.start, a.clause.end)
        return any(r.value == "multiple" or (isinstance(r.value, int) and r.value > 1) for r in told)

    return [a for a in found if not tallied(a)]


def _found_alone(doc: Doc, found: list[Anchor]) -> list[Anchor]:
    """A drone found fallen near or in a named place (rules of [verbs] found_only) tells a
    crossing of its own only where the report tells no crossing of that place's state
    ("Des débris de drone ont été retrouvés près de Plauru. Un drone russe était entré
    dans l'espace aérien roumain à 2 h 40": one crossing, told by its verb) and denies no
    crossing ("drone debris was found near Isaccea; the ministry said it had not detected
    any airspace violation", "flew near Romanian airspace without entering it")."""
    finding = FOUND_ONLY

    def of_place(a: Anchor) -> bool:
        return a.verb is not None and a.verb.key in finding and isinstance(a.goal, Place)

    finds = [a for a in found if of_place(a)]
    if not finds:
        return found
    crossings = [a for a in found if not (a.verb is not None and a.verb.key in finding)]
    told = {a.goal_state for a in crossings}
    another = {a.span for a in finds if _found_another(doc, a, crossings)}

    def doubted(lo: int, hi: int) -> bool:
        verbs = [v for v in between(doc.facts.verbs, lo, hi) if v.key not in finding]
        return any(_denied_verb(doc, v) and not _went_unseen(doc, v) for v in verbs) or any(
            doc.mention_cues(c, lo, hi) for c in ("hypo", "deny")
        )

    doubted_anywhere = doubted(0, len(doc.text))

    def dropped(a: Anchor) -> bool:
        if a.span in another:  # of its own: a doubt told in its paragraph only
            par = doc.paragraph(a.span[0])
            return doubted(par.start, par.end) or _own_thing(doc, a)
        return doubted_anywhere or a.goal_state in told or _own_thing(doc, a)

    return [a for a in found if not (of_place(a) and dropped(a))]


def _went_unseen(doc: Doc, v: Verb) -> bool:
    """ "The device was not detected by radar", « l'appareil n'a pas été détecté par les
    radars »: a word of detecting denied of an aircraft told as known (its subject right
    before it in its clause) says the aircraft found went unseen, no crossing denied."""
    if v.key != "detect":
        return False
    told = between(doc.facts.aircraft, doc.clause(v.span[0]).start, v.span[0])[-1:]
    return bool(told) and told[0].definite and not between(doc.facts.verbs, told[0].span[1], v.span[0])


def _found_another(doc: Doc, a: Anchor, crossings: list[Anchor]) -> bool:
    """ "Earlier this month, fragments of another drone were found near Gaigalava", "a
    farmer found fragments of a drone on Sunday near Plauru" (the crossing told on
    Tuesday): a find told as of another aircraft (ANOTHER_CUE in its clause, not a rank
    in a series), as told before (BACKGROUND_CUE key "before" in its sentence), or on a
    day (in its sentence) before every day told in the sentences of the crossings of its
    state, is of an aircraft of its own, not the one of those crossings."""
    clause, sent = a.clause, doc.sentence(a.span[0])
    series = doc.cues.within("SERIES_CUE", clause.start, clause.end)
    if any(
        not any(s.start <= c.start and c.end <= s.end for s in series)
        for c in doc.cues.within("ANOTHER_CUE", clause.start, clause.end)
    ):
        return True
    if any(c.key == "before" for c in doc.cues.within("BACKGROUND_CUE", sent.start, sent.end)):
        return True
    mine = [m.value for m in between(doc.facts.dates, sent.start, sent.end) if _a_day(m)]
    theirs = []
    for c in crossings:
        if c.goal_state == a.goal_state:
            s = doc.sentence(c.span[0])
            theirs += [m.value for m in between(doc.facts.dates, s.start, s.end) if _a_day(m)]
    return bool(mine and theirs) and str(max(mine)) < str(min(theirs))


def _own_thing(doc: Doc, a: Anchor) -> bool:
    """ "Le drone a été retrouvé près d'Isaccea : l'engin servait de cible à l'armée
    roumaine", "the device had been used for target practice by the Romanian army": the
    found aircraft's sentence names, after its place, a body of the place's own state as
    no speaker (no word of saying or "according to" in the sentence): the thing is that
    state's own, no crossing."""
    sent = doc.sentence(a.span[0])
    if doc.mention_cues("say", sent.start, sent.end):
        return False
    after = between(doc.facts.mentions, a.goal_span[1], sent.end)
    return any(
        m.kind == "source" and m.extra.get("state") == a.goal_state and not m.extra.get("according")
        for m in after
    )


def _denied_verb(doc: Doc, v: Verb) -> bool:
    """A verb of crossing negated, hypothetical, or after a negation in its sentence
    ("there was no evidence the drone had flown into Bulgarian airspace")."""
    return v.negated or v.hypothetical or bool(doc.negations(doc.sentence(v.span[0]).start, v.span[0]))


def speaker_states(doc: Doc) -> set[str]:
    """The states that speak in the report: a source's state, a capital."""
    return {s.state for s in doc.facts.sources if s.state} | {s.code for s in doc.facts.states if s.capital}


def _state_in_phrase(doc: Doc, p: Place) -> bool:
    """Is the place's state told in its own phrase ("the Latvian town of Gulbene", "la
    ville lettone de Gulbene": a word or two of [demonym] or [state]), not only known
    from its name ("Rezekne")?"""
    words = [w for w in words_of(doc.text[p.span[0] : p.span[1]]) if w.kind not in ("HYPHEN", "PUNCT")]
    text = doc.text[p.span[0] : p.span[1]]
    for k in range(len(words)):
        for n in (1, 2, 3):
            if k + n > len(words):
                break
            surface = text[words[k].start : words[k + n - 1].end]
            if p.state in (doc.lexicon.key_of("DEMONYM", surface), doc.lexicon.key_of("STATE", surface)):
                return True
    return False


def _water(doc: Doc, p: Place) -> bool:
    """Is the place's noun one of water ([loc_noun] water: "Zatoka", "Golf", "залив")?
    Water named by a state's adjective ("the Finnish Gulf") is nobody's land."""
    text = doc.text[p.span[0] : p.span[1]]
    return any(doc.lexicon.key_of("LOC_NOUN", text[w.start : w.end]) == "water" for w in words_of(text))


def _territory(p: Place) -> bool:
    """A state's land told by its kind and its state alone, with no name, is the
    state's territory as a zone is ("tief in polnisches Gebiet eingedrungen", "stürzte
    auf lettisches Gebiet"): a goal of the rules that take zones."""
    return p.land and bool(p.state) and not p.name


def _bare_goal(doc: Doc, rule: Rule, at: Span, p: Place) -> bool:
    """A known place told by its name alone is what was crossed when it is next to the
    verb, or with only a day or a time between ("a survolé mardi Lesbos", "Lesbos a été
    survolée"), as a state's name is (``_state_goal``); after the verb, the rule's link
    word may stand right before it ("a balloon crashed in Paju")."""
    if p.span[0] >= at[1]:
        hi = _part_starts(doc, p.span[0])[-1]
        for cls in rule.link:
            cue = doc.cues.ending_at(cls, hi, doc.text)
            if cue is not None and cue.start >= at[1]:
                hi = cue.start
                break
        return _only_when_between(doc, at[1], hi)
    return _only_when_between(doc, p.span[1], at[0])


def _border_town_of(doc: Doc, p: Place) -> int:
    """Where the words naming the place ``p`` begin: at the border told as the first
    word of a region right before its name ("over the border town of Paju", "au-dessus
    de la ville frontalière de X" has no border word), the name of a place beside the
    border, inside it (see BORDER_AREA_CUE in ``_first_goal``); else at ``p``."""
    for z in between(doc.facts.zones, doc.sentence(p.span[0]).start, p.span[0])[-1:]:
        cue = doc.cues.starting_at("BORDER_AREA_CUE", z.span[1], doc.text) if z.border else None
        if cue is None:
            continue
        if not doc.text[z.span[1] : p.span[0]].strip() or doc.text[cue.end : p.span[0]].strip() in (
            "of",
            "de",
            "d'",
        ):
            return z.span[0]  # "the border" + "town of Paju", or + "town" + "of Paju"
    return p.span[0]


def origin(doc: Doc, p: Place | ZoneRef) -> bool:
    """A place the aircraft came from or is based at, not the one it crossed: "took off
    from Gotland", "based in Lesbos", "depuis Lesbos" (not "from over the town of X",
    where it was); likewise a state's land or sky it came from ("after entering from
    Belarusian territory", "entré depuis le territoire biélorusse", the cue running into
    the phrase: "from the territory of" + "territory of Belarus", "с территории" +
    "территории Беларуси")."""
    if doc.cues.opening("OVER_CUE", p.span[0]):
        return False
    found = [
        doc.cues.opening(cls, p.span[0]) or doc.cues.leading_into(cls, p.span[0], doc.text)
        for cls in ("FROM_CUE", "STATION_CUE")
    ]
    return any(c is not None and c.key != "deploy" for c in found)  # "deploy": sent there, not from


def linked(doc: Doc, classes: tuple[str, ...], goal: Goal) -> bool:
    """Is ``goal`` linked by a word of ``classes``, before it or before words naming a
    part of it ("over northern Israel", "au-dessus du nord d'Israël")?"""
    return _linked(doc, classes, goal)


def _linked(doc: Doc, classes: tuple[str, ...], goal: Goal, parts: bool = True) -> bool:
    """A link word right before the goal ("into Latvia"), or (``parts``) before words
    naming a part of it ("over northern Taiwan", "au-dessus du sud de la Lituanie"),
    or opening it ("over the Greek islet of X" is one place phrase), or running into
    its article (German "in den Luftraum": the accusative article tells "into")."""
    starts = _part_starts(doc, goal.span[0]) if parts else [goal.span[0]]
    if parts and isinstance(goal, Place):
        starts += _owner_starts(doc, goal)
    for cls in classes:
        if cls in _ARTICLE_LINKS:
            # "entrés au Cambodge": right before the name only, never opening a place
            # phrase ("au-dessus de Bornholm") nor before a zone
            if not isinstance(goal, ZoneRef) and doc.cues.ending_at(cls, goal.span[0], doc.text):
                return True
            continue
        # "s'est écrasé à Vaslui" (TOWN_IN_CUE): touching a name, not "à l'est de X"
        touching = cls in _TOUCHING_LINKS
        if touching and isinstance(goal, ZoneRef):
            continue
        near = starts[:1] if touching else starts
        if any(doc.cues.leading_into(cls, start, doc.text) is not None for start in near):
            return True
        if doc.cues.opening(cls, goal.span[0]) is not None:
            return True
    return False


def _owner_starts(doc: Doc, p: Place) -> list[int]:
    """ "Over Armenia's Syunik province": the start of the state told as the owner of
    the place right before it (POSSESSIVE_CUE between them, the place of that state),
    and of the words naming a part of it; [] when there is none."""
    owner = between(doc.facts.states, doc.clause(p.span[0]).start, p.span[0])[-1:]
    if not owner or owner[0].code != p.state or not _possessor(doc, owner[0]):
        return []
    cue = doc.cues.within("POSSESSIVE_CUE", owner[0].span[1], p.span[0])[:1]
    if not cue or doc.text[cue[0].end : p.span[0]].strip():
        return []
    return _part_starts(doc, owner[0].span[0])


#: link words that tell "in" only touching a place's or a capital's name ("à Vaslui")
_TOUCHING_LINKS = frozenset({"TOWN_IN_CUE"})

#: link words that are a state's article with "into" ("au Cambodge"): right before its name
_ARTICLE_LINKS = frozenset({"COUNTRY_INTO_CUE"})


def _part_starts(doc: Doc, pos: int) -> list[int]:
    """``pos`` and, going back, the start of each word naming a part of what begins
    there ("northern", "the east of", "le sud de la"), nearest first; a demonym among
    them is passed over ("over a Taiwanese army outpost on Kinmen", "over Azerbaijani
    positions in Kalbajar": the site's state, told with it), and so is one told after
    the site's word before a link word ("des positions azerbaïdjanaises à Kalbajar")."""
    starts = doc.cues.run_before("REGION_CUE", pos, doc.text)
    while True:
        told = [s for s in between(doc.facts.states, 0, starts[-1]) if s.demonym][-1:]
        if not told or not (
            not doc.text[told[0].span[1] : starts[-1]].strip() or _postposed(doc, told[0], starts[-1])
        ):
            return starts
        starts += doc.cues.run_before("REGION_CUE", told[0].span[0], doc.text)


def _postposed(doc: Doc, told: StateRef, pos: int) -> bool:
    """A demonym told after a word naming a site and before a link word to ``pos``
    ("des positions azerbaïdjanaises à Kalbajar": REGION_CUE, the demonym, then
    TOWN_IN_CUE or INSIDE_CUE right before the place)."""
    if doc.cues.ending_at("REGION_CUE", told.span[0], doc.text) is None:
        return False
    for cls in ("TOWN_IN_CUE", "INSIDE_CUE"):
        cue = doc.cues.starting_at(cls, told.span[1], doc.text)
        if cue is not None and not doc.text[cue.end : pos].strip():
            return True
    return False


def _possessor(doc: Doc, goal: StateRef) -> bool:
    """A state named as the owner of what follows ("Japan's waters")."""
    for cue in doc.cues.within("POSSESSIVE_CUE", goal.span[1], doc.clause(goal.span[0]).end)[:1]:
        return not doc.text[goal.span[1] : cue.start].strip(" '’")
    return False


def _state_goal(doc: Doc, at: Span, goal: StateRef) -> bool:
    """A state is what was crossed when it follows the verb at once, or with only
    words naming a part of it between ("entered northern Israel", "survolé une région
    du sud du Liban"), or when a word of entry links it ("traversé ... en Lettonie",
    "sont entrés au Cambodge": COUNTRY_INTO_CUE); before the verb, as the subject of
    its passive (``_passive_subject``)."""
    if goal.span[1] <= at[0]:
        return _passive_subject(doc, at, goal)
    if at[1] > goal.span[0]:
        return False
    if _linked(doc, ("INTO_CUE", "INSIDE_CUE", "COUNTRY_INTO_CUE"), goal):
        return True
    return _only_when_between(doc, at[1], _part_starts(doc, goal.span[0])[-1])


def _passive_subject(doc: Doc, at: Span, goal: StateRef) -> bool:
    """ "La Moldavie a été survolée dimanche par un drone", "Moldova was overflown on
    Sunday by a drone": a state right before a verb told in the passive (PASSIVE_CUE
    inside the verb's words: "a été", "was"), with only a day or a time between, is
    what was crossed; told in the active ("la Russie a survolé"), it is who flew. The
    aircraft is told as its agent after it (``_agent_of``): "la Roumanie a été survolée
    à plusieurs reprises depuis 2022" tells a state's lot, no crossing."""
    if not any(at[0] <= c.start and c.end <= at[1] for c in doc.cues.within("PASSIVE_CUE", at[0], at[1])):
        return False
    return _only_when_between(doc, goal.span[1], at[0]) and _agent_of(doc, at)


def _agent_of(doc: Doc, at: Span) -> bool:
    """The first aircraft after the verb at ``at`` in its clause is told as its agent
    (AGENT_CUE: "par", "by"), with only a day, a time or a count of times between."""
    for a in between(doc.facts.aircraft, at[1], doc.clause(at[0]).end)[:1]:
        cue = agent_before(doc, a)
        return cue is not None and _only_when_between(doc, at[1], cue.start)
    return False


def _only_when_between(doc: Doc, lo: int, hi: int) -> bool:
    """Nothing stands in [lo, hi) but a day, a time, a count of times, a length of stay
    or a height told by the way, with the edge of its day (DAY_EDGE_CUE: "early",
    « tôt ») ("a survolé mardi la Moldavie", "a survolé à deux
    reprises Nabatieh", "a survolé pendant dix minutes le nord de la Moldavie",
    "a survolé dans la nuit de mardi à mercredi le nord de la Moldavie", "a survolé
    dimanche à basse altitude Beyrouth", "overflew at low altitude the suburbs of
    Beirut": ALTITUDE_CUE and the altitude it leads to), how far in, right before
    the goal or its link word ("penetrated 20 km into North Darfur"), or the want of
    leave told after a noun of crossing ("le survol non autorisé de Dhobley par un
    hélicoptère", "el sobrevuelo no autorizado de X": NO_LEAVE_CUE)."""
    gap = list(doc.text[lo:hi])

    def blank(a: int, b: int) -> None:
        gap[a - lo : b - lo] = " " * (b - a)

    told = [m for m in between(doc.facts.mentions, lo, hi) if m.kind != "cue"]
    for k, m in enumerate(told):
        if m.kind == "distance" and m.span[1] <= hi and is_altitude(doc, m):
            blank(*m.span)
        elif m.kind == "distance" and m.span[1] <= hi and not doc.text[m.span[1] : hi].strip():
            # how far in, right before the goal or its link word, with the word leading to it
            lead = doc.cues.ending_at("DEPTH_LEAD_CUE", m.span[0], doc.text)
            blank(m.span[0] if lead is None else lead.start, m.span[1])
        if m.kind not in ("date", "time", "repetition", "duration") or m.span[1] > hi:
            continue
        blank(*m.span)
        nxt = told[k + 1] if k + 1 < len(told) else None
        if nxt is not None and nxt.kind == "date" and doc.cues.leading_into("NIGHT_CUE", m.span[0], doc.text):
            blank(m.span[1], nxt.span[0])  # "de mardi à mercredi": the night's two days
    for cue in doc.cues.within("NIGHT_CUE", lo, hi) + doc.cues.within("ALTITUDE_CUE", lo, hi):
        if cue.key != "at":
            blank(cue.start, cue.end)
    for cue in doc.cues.within("DAY_EDGE_CUE", lo, hi):
        blank(cue.start, cue.end)  # "entered early on Wednesday from Russia", « tôt mercredi »
    for cue in doc.cues.within("NO_LEAVE_CUE", lo, hi):
        blank(cue.start, cue.end)  # "le survol non autorisé de X", "flew without permission over X"
    return not "".join(gap).strip(" ,'’")


def _own_subject(doc: Doc, at: Span) -> bool:
    """Is the aircraft named last before ``at`` in its clause one of its own, not a
    member of a group told before ("the other", "l'un", "one of them")? A counted part
    of a larger group told before it in its sentence is (``group_of_part``): its fall
    is a crossing told of its own, one with the group's when the group is told crossing
    too (episodes._part_fell)."""
    clause = doc.clause(at[0])
    told = between(doc.facts.aircraft, clause.start, at[0])[-1:]
    if group_of_part(doc, at) is not None:
        return True
    return bool(told) and not told[0].partitive


def group_of_part(doc: Doc, at: Span) -> Aircraft | None:
    """The group whose counted part is the subject of the verb at ``at``: "60 balloons
    from Belarus were tracked, 25 of which fell near Kaunas" (a partitive with its own
    count, ``counted_part_in_sentence``), "..., dont 25 sont tombés près de Kaunas" (a
    clause whose only phrase before its verb is a bare number right before it): the
    last aircraft told before the part in its sentence, counted larger; else None."""
    clause = doc.clause(at[0])
    told = between(doc.facts.aircraft, clause.start, at[0])[-1:]
    if told:
        if not told[0].partitive or told[0].count is None:
            return None
        n: object = told[0].count
        lo = told[0].span[0]
    else:
        said = [m for m in between(doc.facts.mentions, clause.start, at[0]) if m.kind != "cue"]
        if len(said) != 1 or said[0].kind != "number" or doc.text[said[0].span[1] : at[0]].strip():
            return None
        n, lo = said[0].value, clause.start
    return _group_before(doc, lo, n)


def _group_before(doc: Doc, lo: int, n: object) -> Aircraft | None:
    """The last aircraft told before ``lo`` in its sentence, no part itself, counted
    more than ``n``: the group a part of ``n`` told at ``lo`` is taken from."""
    group = between(doc.facts.aircraft, doc.sentence(lo).start, lo)[-1:]
    return group[0] if group and group[0].holds_more_than(n) else None


def _committed(doc: Doc, at: Span) -> bool:
    """Is the noun at ``at`` told as the deed of an aircraft: a verb of doing
    (COMMIT_CUE: "a effectué", "made", "carried out") before it in its clause, an
    aircraft before that verb in the clause, and between the verb and the noun no other
    phrase than a day, a time or an article read as a count ("a effectué samedi une
    brève incursion")?"""
    clause = doc.clause(at[0])
    cues = doc.cues.within("COMMIT_CUE", clause.start, at[0])[-1:]
    if not cues or not between(doc.facts.aircraft, clause.start, cues[0].start):
        return False
    told = between(doc.facts.mentions, cues[0].end, at[0])
    return all(m.kind in ("date", "time", "number", "distance", "cue") for m in told)


def _has_subject(doc: Doc, at: Span, goal: int | None = None) -> bool:
    """An aircraft told before ``at`` in its sentence, or (a verb and the ``goal``'s start
    after it) one told between the verb and its goal in its clause, the subject put after
    its verb, only a day or a time between them ("Am Montag drang eine russische Drohne
    nach Rumänien ein", "el lunes penetró un dron ruso en Rumanía")."""
    sent = doc.sentence(at[0])
    if between(doc.facts.aircraft, sent.start, at[0]) or ranked_member(doc, at):
        return True
    if goal is None or goal <= at[1]:
        return False
    told = between(doc.facts.aircraft, at[1], min(goal, doc.clause(at[0]).end))[:1]
    return bool(told) and _only_when_between(doc, at[1], told[0].span[0])


def ranked_member(doc: Doc, at: Span) -> bool:
    """A member of a group told before, its rank opening the clause of the verb at ``at``
    (RANK_CUE: "Two drones were tracked. The first penetrated 4 km into Lithuania", "Le
    premier a pénétré de quatre kilomètres en Lituanie"; the rank may run into the verb's
    words, "first penetrated"): an aircraft told before it in its paragraph is the group;
    in a paragraph that names none before it (the members told one by one in a paragraph
    of their own: "Deux drones ont pénétré ... [¶] Le premier a franchi ... Le second,
    repéré ..., s'est écrasé"), a counted one of the paragraph before."""
    pos = at[0]
    clause = doc.clause(pos)
    start = _apposed_rank(doc, clause.start)
    rank = doc.cues.within("RANK_CUE", start, at[1])[:1]
    if not rank or doc.text[start : rank[0].start].strip(" ;,"):
        return False
    para = doc.paragraph(pos)
    if between(doc.facts.aircraft, para.start, start):
        return True
    before = doc.seg.paragraphs.scopes[para.nth - 1] if para.nth > 0 else None
    told = between(doc.facts.aircraft, before.start, before.end) if before is not None else []
    return any((a.count or 0) > 1 for a in told)


def _apposed_rank(doc: Doc, start: int) -> int:
    """Where the subject of the clause at ``start`` opens: the start of the clause right
    before it in its sentence when that one is a rank set apart by commas with a phrase
    about it ("Le second, repéré vers 2 h 15, est resté ...", "The second, detected an
    hour later, crashed ..."; RANK_CUE opening it, a comma right after the rank, no
    aircraft in it), else ``start``."""
    before = doc.text[:start].rstrip()
    if not before.endswith(",") or doc.sentence(start).start >= len(before):
        return start
    prev = doc.clause(len(before) - 1)
    rank = doc.cues.opening("RANK_CUE", next_start(doc.text, prev.start))
    if rank is None or not doc.text[rank.end :].startswith(","):
        return start
    return start if between(doc.facts.aircraft, prev.start, start) else prev.start


def alliance_goal(doc: Doc, anchor: Anchor) -> bool:
    """Is the anchor's goal the sky of an alliance, no one state's ("strayed into NATO
    airspace", "the airspace of NATO members", "l'espace aérien de l'OTAN"): a zone of
    no state with an ALLIANCE_CUE right before it (key "before") or right after it
    (key "after")?"""
    goal = anchor.goal
    if not isinstance(goal, ZoneRef) or goal.state is not None:
        return False
    lo, hi = goal.span
    before = doc.cues.ending_at("ALLIANCE_CUE", lo, doc.text)
    if before is not None and before.key == "before":
        return True
    after = doc.cues.opening("ALLIANCE_CUE", next_start(doc.text, hi))
    return after is not None and after.key == "after"


def hyphen_pair(doc: Doc, g: ZoneRef) -> tuple[tuple[str, str], Span] | None:
    """The two states of a hyphened pair of words that begins in the border's phrase or
    is the first word after it ("the Thai-Cambodian border", "la frontière
    tchado-soudanaise"), each a state's name, its demonym or a combining form of it
    (PAIR_FORM_CUE: "khméro", "Sino"), two different states; with its span."""
    clause = doc.clause(g.span[0])
    base = g.span[0]
    words = [w for w in words_of(doc.text[base : clause.end]) if w.kind != "APOS"]
    end = g.span[1] - base
    after = next((k for k, w in enumerate(words) if w.start >= end), len(words))
    for k in range(1, min(after + 2, len(words) - 1)):
        left, dash, right = words[k - 1], words[k], words[k + 1]
        if dash.kind != "HYPHEN" or left.end != dash.start or dash.end != right.start:
            continue
        if k - 1 > after:
            break
        one, two = _pair_word(doc, left, base), _pair_word(doc, right, base)
        if one and two and one != two:
            return (one, two), (base + left.start, base + right.end)
    return None


def _pair_word(doc: Doc, w: Word, base: int) -> str | None:
    """The state a word of a hyphened pair names: its name, its demonym, or a combining
    form of it (PAIR_FORM_CUE: "khméro-thaïlandaise", "Sino-Indian")."""
    surface = doc.text[base + w.start : base + w.end]
    cue = doc.cues.opening("PAIR_FORM_CUE", base + w.start)
    if cue is not None and cue.end == base + w.end:
        return cue.key.upper()
    return doc.lexicon.key_of("STATE", surface) or doc.lexicon.key_of("DEMONYM", surface)


def _told_how_long(doc: Doc, clause: Scope) -> bool:
    """Does ``clause`` tell how long: a duration ("for one minute", "pendant deux
    minutes"), or a range of clock times, from its start to its end ("from 10:02 until
    10:09", "between 14:07 and 14:11"; a time mention with an ``end``)?"""
    return any(
        m.kind == "duration" or (m.kind == "time" and m.extra.get("end"))
        for m in between(doc.facts.mentions, clause.start, clause.end)
    )
