"""Resolvers of the day and the time of day (see ``slots.py``).

A day belongs to the crossing unless it is the statement's ("said on Tuesday") or a
dateline's ("TBILISI, June 22 —"); a time, unless it is told in a clause about a
closure, a take-off or a shoot-down (``OTHER_EVENT_CUE``) that tells no crossing
(such events happen the same day, not at the same minute). A time given only in
UTC/GMT/Zulu is ``time_utc``, never the local ``time``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import Calendar, DateOutOfRange, resolve
from ..model import Mention
from .anchors import (
    FOUND_ONLY,
    OTHER_ONE,
    of_other_one,
    other_one_days,
    section_label,
    section_of,
    since_year_told,
    told_as_another,
)
from .cues import Cue
from .doc import Doc, rules, years_told_in
from .episodes import (
    _after_according,
    _past_period,
    _ranked_by_noun,
    _run,
    _told_with_speech,
    antecedent,
    background_at,
    clocked_finding,
    entry_stamp,
    ground_mover_clause,
    in_dateline,
    in_titled_dateline,
    near_approx,
    of_item_after,
    of_utc_restatement,
    offset_opening,
    opens_period,
    paired,
    ranked_in_series,
    responder,
    span_of_days,
    stamp_of_saying,
    tally_of_period,
    time_restated,
    told_of_other,
)
from .facts import Aircraft, Span, between
from .segment import Scope, day_heading, entry_day, item_line, line_of
from .slots import Ctx, Found, Slots, resolver


def in_utc(m: Mention) -> bool:
    """A time given in UTC (GMT, Zulu: the phrase layer writes ``tz`` "UTC")."""
    return m.extra.get("tz") == "UTC"


#: what tells the crossing again after an event's time ("took off at 09:40 and was
#: inside Finnish airspace at 10:58")
_TOLD_ON = frozenset({"verb", "zone", "aircraft", "state", "location"})


def _time_told_on(doc: Doc, lo: int, hi: int) -> bool:
    """Between an event word (ending at ``lo``) and a later time (at ``hi``): the
    event's own time, then something that tells the crossing on (a verb, a zone, an
    aircraft, a state or a place): the later time is no longer the event's. Its range
    or its UTC restatement ("entre 22 h 43 et 23 h 53 (20 h 43 GMT)") still is."""
    first = between(doc.facts.times, lo, hi)[:1]
    return bool(first) and any(x.kind in _TOLD_ON for x in between(doc.facts.mentions, first[0].span[1], hi))


def _other_event(ctx: Ctx, m: Mention) -> bool:
    """Told of another event (a closure, a take-off, a shoot-down): the nearest word of
    an event before the time in its clause is that event's, not a verb of the crossing
    ("entered at 14:05 and landed at 14:20", "was shot down just after midnight,
    2 km inside its territory"); in a clause that anchors nothing, any such word, and
    in a sentence that anchors nothing, any such word before the time in it, when the
    time's clause has no verb of crossing ("Officers searched the area until shortly
    after midnight": the clause opened by "until" goes on with the event of the clause
    before; "scrambled after it crossed at 22:15" keeps its time)."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    events = [e for e in doc.cues.within("OTHER_EVENT_CUE", clause.start, clause.end) if not _of_zone(doc, e)]
    sent = doc.sentence(m.span[0])
    if not between(doc.facts.verbs, clause.start, clause.end) and not any(
        sent.start <= a.span[0] < sent.end for a in ctx.draft.anchors
    ):
        events = doc.cues.within("OTHER_EVENT_CUE", sent.start, m.span[0]) + events
    events = [e for e in events if not (e.end <= m.span[0] and _time_told_on(doc, e.end, m.span[0]))]
    events = [e for e in events if not (e.end <= m.span[0] and _opens_next_crossing(ctx, e, m))]
    if not events or _downed_after(ctx, m):
        return False
    if paired(doc, m.span) and all(e.start > m.span[1] for e in events):
        return False  # "at 23:10 and 23:45 respectively, one of them crashing": the crossings'
    mine = [a for a in ctx.draft.anchors if a.clause.nth == clause.nth]
    before = [e.end for e in events if e.end <= m.span[0]]
    if not mine:
        return not _seen_at(ctx, m, before) and not _gone_in_at(doc, clause, m, events)
    own_event = rules()["verbs"]["event_time"]
    crossing = [
        a.span[1]
        for a in mine
        if a.span[1] <= m.span[0] and not (a.verb is not None and a.verb.key in own_event)
    ]
    return bool(before) and (not crossing or max(before) > max(crossing))


def _gone_in_at(doc: Doc, clause: Scope, m: Mention, events: list[Cue]) -> bool:
    """ "The plane entered at 11:29 a.m. and left at 11:31 a.m., and fighters were
    scrambled", « L'avion est entré à 11 h 29 ..., et des chasseurs ont décollé »: a time
    told after a verb of going in ([verbs] entering), the last verb before it in its
    clause, with no word of another event between them, is that going in's, whatever
    event the clause tells after it."""
    verbs = between(doc.facts.verbs, clause.start, m.span[0])
    if not verbs or verbs[-1].key not in rules()["verbs"]["entering"] or verbs[-1].negated:
        return False
    return not any(verbs[-1].span[1] <= e.start and e.end <= m.span[0] for e in events)


def _opens_next_crossing(ctx: Ctx, e: Cue, m: Mention) -> bool:
    """ "A drone took off yesterday morning and, at 9:50, entered Cypriot airspace", "è
    decollato ... e, alle 9:50, è penetrato ...": a time told after a word of joining
    (COORD_CUE) that follows the event's word, no verb between them, right before the
    crossing's own verb (the first verb after the time in its clause, an anchor of the
    record), opens that verb: the crossing's time, not the event's."""
    doc = ctx.doc
    if not doc.cues.within("COORD_CUE", e.end, m.span[0]) or between(doc.facts.verbs, e.end, m.span[0]):
        return False
    nxt = between(doc.facts.verbs, m.span[1], doc.clause(m.span[0]).end)[:1]
    return bool(nxt) and any(a.span == nxt[0].span for a in ctx.draft.anchors)


def time_of_coming_down(ctx: Ctx, time: Found | None) -> bool:
    """ "Le drone est entré dans l'espace aérien moldave et s'est écrasé à 2 h 40", "a
    drone that entered Latvian airspace overnight crashed at about 2.40am", "s'est écrasé
    vers 23 h 40 ... après avoir franchi la frontière": a time told of a verb of coming
    down ([verbs] coming_down: the nearest verb before it in its clause, or, none
    there, the first after it) is that event's, not the crossing's, when the record
    tells a crossing of its own (an anchor of another verb); a record told only by the
    crash ("deux drones sont tombés en Roumanie peu après 3 heures") keeps it, as does
    the record of a ranked member told only by its fall, its time its own item ("Le
    second s'est écrasé vers 3 h 50": ``episodes._with_fall_times``)."""
    if time is None or time.mention is None or _downed_after(ctx, time.mention):
        return False  # "entered ... before being shot down at 23:40": while inside
    if ctx.draft.pick is time.mention:
        return False
    doc, m = ctx.doc, time.mention
    if paired(doc, m.span):
        return False  # "at 23:10 and 23:45 respectively, one of them crashing": the crossings'
    down = frozenset(rules()["verbs"]["coming_down"])
    events = down | frozenset(rules()["verbs"]["event_time"])
    if not any(a.verb is None or a.verb.key not in events for a in ctx.draft.anchors):
        return False
    clause = doc.clause(m.span[0])
    verbs = [v for v in between(doc.facts.verbs, clause.start, clause.end) if not v.noun]
    before = [v for v in verbs if v.span[1] <= m.span[0]]
    nearest = before[-1:] or [v for v in verbs if v.span[0] >= m.span[1]][:1]
    return bool(nearest) and nearest[0].key in down and not nearest[0].negated


def _event_then_after(ctx: Ctx, m: Mention) -> bool:
    """ "Jeudi vers 23 h 40, un drone s'est écrasé près de Lublin après être entré dans
    l'espace aérien polonais", "at 04:10 a balloon landed ... shortly after entering":
    a time told before a word of another event (OTHER_EVENT_CUE) in its sentence, the
    record's crossing told only after a word of "after" (BEFORE_CUE key "after") that
    follows that event word: the time is the event's; the crossing came before it, at
    no time told."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    mine = [a.span for a in ctx.draft.anchors if sent.start <= a.span[0] < sent.end]
    if not mine or min(mine)[0] < m.span[1]:
        return False
    first = min(mine)  # "après être" may end inside the anchor "être entré"
    cues = doc.cues.within("BEFORE_CUE", m.span[1], first[1])
    afters = [c for c in cues if c.key == "after" and c.start < first[0]]
    if not afters:
        return False
    events = doc.cues.within("OTHER_EVENT_CUE", m.span[1], afters[-1].start)
    return any(not _of_zone(doc, e) for e in events)


def _said_at(ctx: Ctx, m: Mention) -> bool:
    """ "The Operational Command said at 06:30 that drones had entered Polish airspace",
    "At 06:30 the army said a drone had entered", "a indiqué à 6 h 30 que des drones
    étaient entrés": a time told next to a verb of saying (only a source or a day
    between them), before the crossing it reports in its sentence and with no verb of
    crossing before that one, is when it was said, not when the aircraft crossed. A noun
    of saying that a word of quoting opens, closed by a comma before the time ("According
    to the statement, on Saturday at 10:05 a helicopter ...", "Selon le communiqué, samedi
    à 10 h 05, ...": ``_after_according``) opens what is said: the time is the crossing's."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    mine = sorted(a.span[0] for a in ctx.draft.anchors if sent.start <= a.span[0] < sent.end)
    if not mine or mine[0] < m.span[1] or between(doc.facts.verbs, sent.start, mine[0]):
        return False
    if clocked_finding(doc, m):
        return False  # "At around 11:29 on 13 August, the ASDF confirmed that ..."
    for say in doc.mention_cues("say", sent.start, mine[0]):
        lo, hi = (say.span[1], m.span[0]) if say.span[1] <= m.span[0] else (m.span[1], say.span[0])
        if doc.clause(say.span[0]).nth != doc.clause(m.span[0]).nth or doc.cues.within("THAT_CUE", lo, hi):
            continue  # "said that at 03:10 a drone ...", "a indiqué que vers 3 h 10": what is reported
        if say.span[1] <= m.span[0] and _after_according(doc, say, m):
            continue  # "As the army reported, at 03:10 ...", "According to the statement, at 03:10 ..."
        # a state named as who speaks ("the Pentagon", "Washington") is a source
        speakers = {tuple(st.span) for st in between(doc.facts.states, lo, hi) if not st.demonym}
        told = between(doc.facts.mentions, lo, hi)
        if all(x.kind in ("source", "date", "cue") or tuple(x.span) in speakers for x in told):
            return True
    return False


def _of_zone(doc: Doc, e: Cue) -> bool:
    """ "Est entré dans l'espace aérien algérien, fermé aux avions marocains depuis 2021,
    le 3 mai à 16 h 20", "entered Algerian airspace, closed to Moroccan planes since
    2021, on 3 May at 4:20 p.m.": a word of an event right after a zone and a comma
    tells what that zone is, no event of its own with a time."""
    zones = between(doc.facts.zones, doc.clause(e.start).start, e.start)[-1:]
    return bool(zones) and doc.text[zones[0].span[1] : e.start].strip() == ","


def _downed_after(ctx: Ctx, m: Mention) -> bool:
    """ "Un drone ukrainien a pénétré dans l'espace aérien biélorusse avant d'être abattu
    vers 23 h 40", "entered Belarusian airspace before being shot down at 23:40", "crossed
    the border and was shot down at 04:15", "an Armenian drone which violated Azerbaijani
    airspace was shot down at 07:20": a shoot-down told as the end of the crossing, the
    aircraft its subject (BEFORE_CUE key "downed" before the time in its clause), came
    while the aircraft was inside: its time is the incursion's. The word opens the
    time's clause (a word of joining at most before it: the subject is the crossing's),
    after an anchor of the record in its sentence; or it follows, in its own clause, an
    anchor of the record with no verb or aircraft between them (the crossing told in a
    relative clause of its subject)."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    cues = [c for c in doc.cues.within("BEFORE_CUE", clause.start, m.span[0]) if c.key == "downed"]
    if not cues:
        return False
    cue = cues[0]
    if _only_joined(doc, clause.start, cue.start):
        sent = doc.sentence(m.span[0])
        return any(sent.start <= a.span[0] and a.span[1] <= cue.start for a in ctx.draft.anchors)
    return any(
        a.clause.nth == clause.nth
        and a.span[1] <= cue.start
        and not between(doc.facts.verbs, a.span[1], cue.start)
        and not between(doc.facts.aircraft, a.span[1], cue.start)
        for a in ctx.draft.anchors
    )


def _only_joined(doc: Doc, lo: int, hi: int) -> bool:
    """Is [lo, hi) empty but for commas and at most one word of joining (COORD_CUE)?"""
    rest = doc.text[lo:hi]
    for c in doc.cues.within("COORD_CUE", lo, hi)[:1]:
        rest = doc.text[lo : c.start] + doc.text[c.end : hi]
    return not rest.strip(" ,")


def _seen_at(ctx: Ctx, m: Mention, events: list[int]) -> bool:
    """ "Les ballons ont été détectés vers 21 h 30 et le trafic a été suspendu", "the
    balloons were spotted at 21:30 and flights were halted": a verb of seeing ([verbs]
    perceiving) before the time in its clause, no word of another event between them,
    and the aircraft of the record seen: the time is when they were seen."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    seen = [
        v.span[1]
        for v in between(doc.facts.verbs, clause.start, m.span[0])
        if v.key in rules()["verbs"]["perceiving"] and not v.negated
    ]
    if not seen or (events and max(events) > max(seen)) or ctx.rec.aircraft is None:
        return False
    told = between(doc.facts.aircraft, clause.start, m.span[0])
    return bool(told) and not any(a.differs(ctx.rec.aircraft) for a in told)


def _stamp(ctx: Ctx, m: Mention) -> bool:
    """A line holding nothing but a date or a time ("15.6. 21:30"): when the report
    was written, not when the crossing happened. A day written in words with no time
    ("Monday 6 April", "Lundi 14 septembre") heads a digest's entries for that day
    (``segment.day_heading``): it is their day, and no day of a crossing told before
    it."""
    para = ctx.doc.paragraph(m.span[0])
    if not _only_stamps(ctx.doc, para.start, para.end):
        return False
    if day_heading(ctx.doc.text, m.span[0], [d.span for d in ctx.doc.facts.dates]):
        return m.span[0] > ctx.anchor.span[0]
    return True


def _only_stamps(doc: Doc, start: int, end: int) -> bool:
    """Nothing but dates, times and numbers between ``start`` and ``end``."""
    rest = list(doc.text[start:end])
    for x in between(doc.facts.mentions, start, end):
        if x.kind not in ("date", "time", "number"):
            return False
        rest[x.span[0] - start : x.span[1] - start] = " " * (x.span[1] - x.span[0])
    return not any(ch.isalpha() for ch in rest)


def _update_stamp(ctx: Ctx, m: Mention) -> bool:
    """ "14:05 – The army says a drone crossed ...", "08 h 15 : Le ministère indique
    qu'un drone a violé ...": a time heading an entry of a live report
    (``episodes.entry_stamp``) is when the entry was posted, not when the aircraft
    crossed, when its entry tells what someone says or a day of its own
    (``episodes.stamp_of_saying``) or tells no crossing of this record's ("14:20 –
    Sirens sounded in ..."). A time with its word ("À 13 h 30 : un drone a survolé
    ...") and the time of an entry that tells the crossing itself ("14:05 – A drone
    crosses into ...") keep theirs."""
    doc = ctx.doc
    if not entry_stamp(doc, m):
        return False
    para = doc.paragraph(m.span[0])
    if not any(para.start <= a.span[0] < para.end for a in ctx.draft.anchors):
        return True  # another entry's stamp
    return stamp_of_saying(doc, m)


def _left_at(ctx: Ctx, m: Mention) -> bool:
    """ "Est entré mardi dans l'espace aérien letton et l'a quitté à 14 h 05", "entered
    on Tuesday ... It left at 14:05": a time told after a word of leaving (EXIT_CUE)
    in its clause, the word told after the crossing, is when the aircraft left, not
    when it crossed. "Est entré à 10 h 15 et est reparti" (the word after the time)
    and "a quitté le territoire biélorusse à 10 h 15 et est entré" (the word before
    the crossing) keep their time."""
    at = ctx.anchor.span[1]
    if m.span[0] < at:
        return False
    clause = ctx.doc.clause(m.span[0])
    return bool(ctx.doc.cues.within("EXIT_CUE", max(clause.start, at), m.span[0]))


def _dateline(ctx: Ctx, m: Mention) -> bool:
    return in_dateline(ctx.doc, m)


def _titled_dateline(ctx: Ctx, m: Mention) -> bool:
    return in_titled_dateline(ctx.doc, m)


def _times(ctx: Ctx, scopes: list[Scope], utc: bool) -> list[Mention]:
    found = [m for m in ctx.in_scopes(ctx.doc.facts.times, scopes) if _crossing_time(ctx, m, utc)]
    d = ctx.draft
    if d.pick_total > 1 and len({m.value for m in found}) == d.pick_total:
        found = found[d.pick_index :]  # "at 8:10 and 8:40, for two and five minutes respectively"
    elif d.pick_total > 1 and found and d.pick is not None and d.pick.kind != "time":
        # "at 21:05 and 21:40, flying 3 and 7 km into the country respectively": the
        # clause of the first time ends before the second; the list of times it begins
        # in its sentence, as long as the split, pairs one to one
        sent = ctx.doc.sentence(found[0].span[0])
        told = [m for m in between(ctx.doc.facts.times, sent.start, sent.end) if _crossing_time(ctx, m, utc)]
        listed = _run(ctx.doc, told)
        if len(listed) == d.pick_total and listed[0] is found[0]:
            found = listed[d.pick_index :]
    return found


def _crossing_time(ctx: Ctx, m: Mention, utc: bool, own: bool = False) -> bool:
    """Is ``m`` a time the crossing may have (in UTC or not, as ``utc`` says)? ``own``:
    told right before the crossing's own clause of "when", whatever aircraft before it."""
    return (
        in_utc(m) == utc
        and not _other_event(ctx, m)
        and not _event_then_after(ctx, m)
        and not _said_at(ctx, m)
        and (own or not ctx.of_other_aircraft(m))
        and not _stamp(ctx, m)
        and not _update_stamp(ctx, m)
        and not _left_at(ctx, m)
        and not _before_later(ctx, m)
        and not ctx.tallied(m)
        and not _dateline(ctx, m)
        and not _titled_dateline(ctx, m)
        and not _eve_of_midnight(ctx.doc, m)
        and not _restated_closer(ctx.doc, m)
        and not _by_limit(ctx.doc, m)
        and not _of_other_zone(ctx, m)
        and not _of_other_day(ctx, m)
        and not _of_future(ctx, m)
    )


def _of_other_day(ctx: Ctx, m: Mention) -> bool:
    """ "On 6 April a Latvian Mi-17 crossed the border ...\n\nOn 7 April at 16:05 two
    US B-52H were spotted over the Black Sea": a time told in a sentence that tells no
    anchor of the crossing, with a day of its own that none of the crossing's sentences
    tells, is of that day's event."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    if any(sent.start <= a.span[0] < sent.end for a in ctx.draft.anchors):
        return False
    own = _event_days(doc, sent.start, sent.end)
    if not own:
        return False
    told: set[object] = set()
    for a in ctx.draft.anchors:
        at = doc.sentence(a.span[0])
        told |= _event_days(doc, at.start, at.end)
    return bool(told) and not own & told


def _event_days(doc: Doc, lo: int, hi: int) -> set[object]:
    """The days told in [lo, hi) as when something happened, not when it was said nor
    the day of a UTC clock restating a local time (``of_utc_restatement``)."""
    return {
        x.value
        for x in between(doc.facts.dates, lo, hi)
        if x.value is not None
        and x.extra.get("precision") == "day"
        and not _told_with_speech(doc, x)
        and not of_utc_restatement(doc, x)
    }


def _by_limit(doc: Doc, m: Mention) -> bool:
    """ "By midnight, about 40 balloons had crossed the border", "no later than 04:00",
    "d'ici minuit": a time right after a word of limit (DEADLINE_CUE, opening its phrase
    or right before it) is when a count was reached or a deed done at the latest, no
    time of the crossing. A word that also tells the eve of a moment (EVE_CUE: "before",
    "avant") keeps its time ("just before 3 a.m."; ``_eve_of_midnight`` for midnight)."""
    cue = doc.cues.opening("DEADLINE_CUE", m.span[0]) or doc.cues.ending_at(
        "DEADLINE_CUE", m.span[0], doc.text
    )
    if cue is None:  # "au plus tard à 4 h": the word's last word opens the time's phrase
        lo = doc.clause(m.span[0]).start
        cue = next(
            (c for c in doc.cues.within("DEADLINE_CUE", lo, m.span[1]) if c.start < m.span[0] < c.end), None
        )
    if cue is None:
        return False
    return not (doc.cues.opening("EVE_CUE", cue.start) or doc.cues.ending_at("EVE_CUE", cue.end, doc.text))


def _of_other_zone(ctx: Ctx, m: Mention) -> bool:
    """ "Un ballon a franchi la ligne médiane à 11 heures avant d'entrer dans l'espace
    aérien", "crossed the median line at 11:00 before entering Taiwan's airspace": a time
    in the clause of a crossing of another zone than the record's, a clause that tells
    none of the record's own crossings, is that crossing's time."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    if any(clause.start <= a.span[0] < clause.end for a in ctx.draft.anchors):
        return False
    zone = ctx.anchor.zone
    return any(clause.start <= at < clause.end and z != zone for at, z in doc.crossing_zones.items())


def _restated_closer(doc: Doc, m: Mention) -> bool:
    """ "Peu après minuit, vers 0 h 20", "shortly after midnight, at about 0:20": a rough
    time told again more closely right after it (``episodes.time_restated``) gives way
    to that closer time."""
    after = between(doc.facts.times, m.span[1], doc.clause(m.span[0]).end)[:1]
    return bool(after) and time_restated(doc, m, after[0])


def _eve_of_midnight(doc: Doc, m: Mention) -> bool:
    """ "Peu avant minuit dimanche", "shortly before midnight": midnight told with a word
    of coming before it (EVE_CUE, opening its phrase or right before it) is the last
    minutes of the day before that midnight; its 00:00 would be the other end of the
    day: no time of the crossing. "Vers minuit", "peu après minuit" stay 00:00."""
    if m.value != "00:00":
        return False
    return bool(doc.cues.opening("EVE_CUE", m.span[0]) or doc.cues.ending_at("EVE_CUE", m.span[0], doc.text))


def _before_later(ctx: Ctx, m: Mention) -> bool:
    """ "At 10.05 a Russian helicopter violated Estonian airspace; later there was a
    further violation by a drone", "um 10.05 Uhr ...; später kam es zu ...": a time told
    before the clause of the record's first crossing, that clause opened by a word of
    later (LATER_CUE), is of what came before, not of this crossing; so is one told
    before a clause that tells its own moment as a length after it ("the first crossed
    at 2:40 and the second about twenty minutes later", "le second une vingtaine de
    minutes plus tard": a length with TIME_OFFSET_CUE key "later" right after it)."""
    doc = ctx.doc
    first = min(a.span[0] for a in ctx.draft.anchors)
    clause = doc.clause(first)
    if m.span[1] > clause.start:
        return False
    offsets = [
        doc.cues.starting_at("TIME_OFFSET_CUE", d.span[1], doc.text)
        for d in between(doc.facts.durations, clause.start, clause.end)
    ]
    if any(c is not None and c.key == "later" for c in offsets):
        return True
    return any(
        not doc.text[clause.start : c.start].strip(" ,;:–—")
        for c in doc.cues.within("LATER_CUE", clause.start, first)
    )


def _time(ctx: Ctx, scopes: list[Scope]) -> Found | None:
    pick = ctx.draft.pick
    if pick is not None and pick.kind == "time" and not in_utc(pick):
        return Found(pick.value, pick.span, pick)  # a split record takes its own item
    found = _times(ctx, scopes, utc=False)
    if found and found[0].bound == "approx":
        # "at around 3 a.m. ... 02:53 - the drone enters": the same crossing told
        # precisely (``episodes._approx_then_exact``) has its exact time
        found = [m for m in found[1:] if m.bound is None and near_approx(found[0], m)][:1] or found
    return Found(found[0].value, found[0].span, found[0]) if found else None


@resolver("time", "clause")
def _time_clause(ctx: Ctx) -> Found | None:
    return _time(ctx, ctx.clauses)


@resolver("time", "time_of_when")
def _time_of_when(ctx: Ctx) -> Found | None:
    """ "..., the second at 16:40, when an An-26 entered Estonian airspace", "la seconde
    à 16 h 40, lorsqu'un An-26 est entré", "la seconda alle 16.40, quando un An-26 è
    entrato": a crossing told in a clause opened by DAY_WHEN_CUE right after a time (only
    a comma between) is at that time, not at one told before it in its sentence (as a
    day is: ``_day_of_when``)."""
    doc = ctx.doc
    for a in ctx.draft.anchors:
        sent = doc.sentence(a.span[0])
        cue = doc.cues.within("DAY_WHEN_CUE", sent.start, a.span[0])[-1:]
        if not cue or between(doc.facts.verbs, cue[0].end, a.span[0]) or doc.clause(cue[0].end) != a.clause:
            continue  # the crossing's own clause of "when", no other verb before it there
        told = between(doc.facts.times, sent.start, cue[0].start)[-1:]
        if (
            told
            and not doc.text[told[0].span[1] : cue[0].start].strip(" ,")
            and _crossing_time(ctx, told[0], False, own=True)
        ):
            return Found(told[0].value, told[0].span, told[0])
    return None


@resolver("time", "sentence")
def _time_sentence(ctx: Ctx) -> Found | None:
    return _time(ctx, ctx.sentences)


@resolver("time", "episode")
def _time_episode(ctx: Ctx) -> Found | None:
    return _time(ctx, [ctx.region])


def utc_time(ctx: Ctx) -> Found | None:
    for scopes in (ctx.clauses, ctx.sentences, [ctx.region]):
        found = _times(ctx, scopes, utc=True)
        if found:
            return Found(found[0].value, found[0].span, found[0])
    return None


# ------------------------------------------------------------------ dates
def _days(ctx: Ctx, scopes: list[Scope], before: int | None = None) -> list[Mention]:
    found = ctx.in_scopes(ctx.doc.facts.dates, scopes)
    if before is not None:
        found = [m for m in found if m.span[0] < before]
    if (counted := _counted_from_other(ctx)) is not None:
        found = [m for m in found if m.span[0] >= counted]
    return [
        m
        for m in found
        if not _told_with_speech(ctx.doc, m)
        and not _dateline(ctx, m)
        and not _titled_dateline(ctx, m)
        and not _stamp(ctx, m)
        and not _in_period(ctx, m)
        and not _relative_to_before(ctx, m)
        and not _of_reference(ctx, m)
        and not _of_ground_mover(ctx, m)
        and not _of_later_event(ctx, m)
        and not _of_background(ctx, m)
        and not _after_background(ctx, m)
        and not _of_future(ctx, m)
        and not _news_day_of_background(ctx, m)
        and not of_utc_restatement(ctx.doc, m)
        and not _night_of_day_told(ctx.doc, m)
        and not _deictic_after_calendar_day(ctx.doc, m)
        and not _present_of_later_paragraph(ctx, m)
        and not of_other_one(ctx.doc, m)
        and not _of_other_entry(ctx, m)
    ]


def _of_other_entry(ctx: Ctx, m: Mention) -> bool:
    """ "Tuesday 3 March: Latvia says a helicopter crossed ...\n\nThursday 5 March: no
    violations reported", "12/02 : ...\n13/02 : ...": a day heading an entry of a log
    or digest (``segment.entry_day``) other than the crossing's is that entry's."""
    doc = ctx.doc
    if not entry_day(doc.text, m.extra.get("phrase_start", m.span[0]), m.span[1]):
        return False
    para = doc.paragraph(m.span[0])
    return all(doc.paragraph(a.span[0]) != para for a in ctx.draft.anchors)


def _counted_from_other(ctx: Ctx) -> int | None:
    """ "The downing on Saturday comes a week after the destruction of a Chinese balloon
    that had crossed the United States", "intervient une semaine après la destruction
    d'un ballon qui avait traversé ...": a crossing told after a count of time from
    another event (COUNTED_AFTER_CUE before it in its sentence) is of a day that count
    sets apart from that event's: no day told before the count (in its sentence or
    before) is its own; the end of the count, or None. Not a count apposed to a day
    ("On Sunday, three days after the vote, a drone entered ...": that day stays),
    unless the count opens the crossing's own clause, no comma between them ("Debris
    was found on Thursday, a week after a drone entered ...": the find's day)."""
    doc = ctx.doc
    at = min(a.span[0] for a in ctx.draft.anchors)  # (told before it too: "..., two days before the last")
    cues = doc.cues.within("COUNTED_AFTER_CUE", doc.sentence(at).start, at)[-1:]
    if not cues:
        return _since_opened(ctx, at)
    days = between(doc.facts.dates, doc.sentence(at).start, cues[0].start)[-1:]
    apposed = doc.text[days[0].span[1] : cues[0].start].strip() if days else ""
    if apposed.startswith(",") and len(apposed[1:].split()) <= 1 and "," in doc.text[cues[0].end : at]:
        return None  # (", three days after the vote, a drone ..."; not ", a week after a drone ...")
    return cues[0].end


def _since_opened(ctx: Ctx, at: int) -> int | None:
    """ "Tuesday's incursion was the first since a Russian Mi-8 helicopter entered
    Estonian airspace in 2022", « ... la première depuis qu'un hélicoptère russe a
    pénétré ... en 2022 »: a crossing whose subject is told right after a word of since
    (REFERENCE_CUE key "since") in its sentence is the earlier one a later crossing is
    counted from (``episodes._since_earlier``): no day told before that word is its
    own; the word's end, or None."""
    doc = ctx.doc
    sent = doc.sentence(at)
    cues = [c for c in doc.cues.within("REFERENCE_CUE", sent.start, at) if c.key == "since"][-1:]
    told = between(doc.facts.aircraft, cues[0].end, at)[:1] if cues else []
    if not told:
        return None
    cue = doc.cues.ending_at("REFERENCE_CUE", told[0].span[0], doc.text)
    return cues[0].end if cue is not None and cue.start == cues[0].start else None


def _night_of_day_told(doc: Doc, m: Mention) -> bool:
    """ "Two drones entered Romanian airspace overnight Monday", "overnight on Monday",
    "overnight into Tuesday": a night counted back from the report ("overnight", "last
    night": relative key "last night") told right before a day of its own (only words
    of no mention between them) is the night of that day, not the report's last night."""
    parts = m.extra.get("parts")
    if not isinstance(parts, dict) or parts.get("relative") != "last night":
        return False
    nxt = between(doc.facts.dates, m.span[1], doc.clause(m.span[0]).end)[:1]
    if not nxt or nxt[0].extra.get("precision") != "day" or not _paired(doc, m, nxt[0]):
        return False
    gap = doc.text[m.span[1] : nxt[0].span[0]]
    return len(gap.split()) <= 1 and "," not in gap


def _deictic_after_calendar_day(doc: Doc, m: Mention) -> bool:
    """ "June 1 -- About 700 balloons float into South Korea overnight", "On 3 May, two
    drones entered Latvian airspace overnight", "Le 1er juin, des ballons sont entrés
    cette nuit-là": a night or a part of the day counted from the report ("overnight",
    "last night", "cette nuit": relative keys "last night", "today") told after a day of
    the calendar (a month and a day) in its sentence, that day not the statement's, is
    of that day: not a day of its own (the calendar day dates the crossing)."""
    parts = m.extra.get("parts")
    if not isinstance(parts, dict) or parts.get("relative") not in ("last night", "today"):
        return False
    sent = doc.sentence(m.span[0])
    return any(
        isinstance(p := d.extra.get("parts"), dict)
        and "month" in p
        and "day" in p
        and d.extra.get("precision") == "day"
        and not _told_with_speech(doc, d)
        for d in between(doc.facts.dates, sent.start, m.span[0])
    )


def _present_of_later_paragraph(ctx: Ctx, m: Mention) -> bool:
    """ "... had violated Turkish airspace for 17 seconds. // Today, the lesson most often
    drawn in Brussels is ...", "// Aujourd'hui, la menace a changé de forme": today told
    in a later paragraph than the crossing's last anchor, in a sentence that names no
    aircraft, is the writer's present or some later event's, not the crossing's day."""
    parts = m.extra.get("parts")
    if not isinstance(parts, dict) or parts.get("relative") != "today":
        return False
    doc = ctx.doc
    if m.span[0] < doc.paragraph(ctx.draft.last.span[0]).end:
        return False
    sent = doc.sentence(m.span[0])
    return not between(doc.facts.aircraft, sent.start, sent.end)


def _of_future(ctx: Ctx, m: Mention) -> bool:
    """ "Un avion russe est entré dans l'espace aérien estonien à 10 h 05. L'ambassadeur
    sera reçu lundi", "the council will meet on Thursday": a day (or a time: "sera
    convoqué jeudi à 11 h", "will be summoned at 11:00") told in another clause than the
    crossing's, one that speaks of what will happen (FUTURE_CUE), dates that coming
    event, not the crossing. Not a conditional (key "cond": "serait"): in
    French it also tells what is only alleged ("l'appareil serait entré lundi")."""
    clause = ctx.doc.clause(m.span[0])
    if any(c is clause for c in ctx.clauses):
        return False
    return any(c.key != "cond" for c in ctx.doc.cues.within("FUTURE_CUE", clause.start, clause.end))


def _news_day_of_background(ctx: Ctx, m: Mention) -> bool:
    """ "In 2019, a Russian A-50 twice violated South Korean airspace near Dokdo, which
    was cited in Tuesday's debate", "En 2019, un A-50 russe a violé ..., ce qui a été
    rappelé mardi": a crossing told as background (``Draft.background``: a past period
    of its own, "had already") happened well before the news; a day counted from the
    report's date (a weekday alone, "yesterday", "hier") is some later event's. Only
    for a period ended long before the report, told before the crossing in its
    sentence: a crossing that "had already" happened may be of this week."""
    parts = m.extra.get("parts")
    if not ctx.draft.background or not isinstance(parts, dict) or m.extra.get("precision") != "day":
        return False  # "a year ago" is the period itself
    if "relative" not in parts and ("weekday" not in parts or "day" in parts):
        return False
    at = ctx.anchor.span[0]
    return _past_period(ctx.doc, ctx.doc.sentence(at).start, at, at)


def _of_background(ctx: Ctx, m: Mention) -> bool:
    """ "A drone crashed near Rezekne ... // In August, a drone had already been found
    in a field", "En août, un drone avait déjà été retrouvé": a day told in another
    sentence than the crossing's, in a clause that tells an earlier event
    (``episodes.background_at``), is that event's, not this crossing's."""
    sent = ctx.doc.sentence(m.span[0])
    if sent in ctx.sentences:
        return False
    return background_at(ctx.doc, m.span[0], ctx.doc.clause(m.span[0]), retold=not ctx.draft.background)


def _after_background(ctx: Ctx, m: Mention) -> bool:
    """ "Lundi, l'armée a signalé un drone ...\n\nCes derniers mois, des drones russes ont
    déjà survolé la région.\n\nMardi, le commandement a reconnu qu'aucun drone n'était
    entré": a crossing told as background (``Draft.background``) happened before the
    news; a day told in a later paragraph than its own is of the news, not its day."""
    if not ctx.draft.background:
        return False
    return m.span[0] >= ctx.doc.paragraph(ctx.draft.last.span[0]).end


def _of_ground_mover(ctx: Ctx, m: Mention) -> bool:
    """ "North Korean soldiers crossed the demarcation line on Thursday. ... a balloon
    landed in Paju": a day told in a clause of a crossing by no aircraft (people,
    ships: ``episodes.ground_mover_clause``) dates that event, not an aircraft's."""
    clause = ctx.doc.clause(m.span[0])
    if any(c is clause for c in ctx.clauses):
        return False
    return ground_mover_clause(ctx.doc, clause)


def _of_later_event(ctx: Ctx, m: Mention) -> bool:
    """ "About 30 balloons entered Lithuanian airspace. Flights resumed on Saturday
    morning", "Le trafic a repris lundi matin", "Soldiers searched the area on
    Wednesday": a day told in a later sentence that tells none of the record's crossings,
    in a clause of another event (OTHER_EVENT_CUE) whose subject is no aircraft (none,
    nor a subject pronoun, before the event's word in the clause), dates that event,
    not the crossing. The aircraft's own end keeps it ("The drone was shot down on
    Wednesday", "It crashed on Tuesday")."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    if sent.start <= doc.sentence(ctx.anchor.span[0]).start or any(
        sent.start <= a.span[0] < sent.end for a in ctx.draft.anchors
    ):
        return False
    clause = doc.clause(m.span[0])
    events = doc.cues.within("OTHER_EVENT_CUE", clause.start, clause.end)
    if not events:
        return False
    subject = events[0].start
    return not between(doc.facts.aircraft, clause.start, subject) and not doc.cues.within(
        "SUBJECT_PRONOUN_CUE", clause.start, subject
    )


def _of_reference(ctx: Ctx, m: Mention) -> bool:
    """ "Since Russia invaded Ukraine in February 2022", "depuis que la Russie a envahi
    l'Ukraine en février 2022": a day in a clause of reference (REFERENCE_CUE, then a
    state or aircraft as its subject) dates that other event, unless the clause is
    the crossing's own, or its subject is the crossing's own aircraft ("Iraq summoned
    Iran's envoy after Iranian drones struck Koya on Tuesday. It called the strikes a
    violation of its airspace": the drones' day), or the one a definite noun of the
    crossing told in a later sentence refers back to (``_referred_back``)."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    if any(c is clause for c in ctx.clauses):
        return False
    cues = doc.cues.within("REFERENCE_CUE", clause.start, m.span[0])
    if not cues:
        return False
    told = between(doc.facts.mentions, cues[-1].end, m.span[0])
    own = ctx.rec.aircraft
    if own is not None and any(x.kind == "aircraft" and x.span == own.span for x in told):
        return False
    if _referred_back(ctx, told):
        return False
    return any(x.kind in ("state", "aircraft") for x in told)


def _referred_back(ctx: Ctx, told: list[Mention]) -> bool:
    """ "Moldova summoned the Russian envoy after a Russian drone crashed on Monday near
    Cahul. The drone, a Geran-2, had entered Moldovan airspace at 3:40": is the crossing,
    in a later sentence, told of a definite noun (before its verb) referring back to the
    aircraft ``told`` in the clause of reference?"""
    doc = ctx.doc
    sent = doc.sentence(ctx.anchor.span[0])
    if not told or sent.start < told[-1].span[1]:
        return False
    spans = {x.span for x in told if x.kind == "aircraft"}
    before = [a for a in doc.facts.aircraft if a.span in spans][-1:]
    nouns = [a for a in between(doc.facts.aircraft, sent.start, ctx.anchor.span[0]) if a.definite][:1]
    if not before or not nouns:
        return False
    t, a = before[0], nouns[0]
    # the noun the next one after it, of its kind and of no other state
    return (
        a.category == t.category
        and not a.differs(t)
        and not between(doc.facts.aircraft, t.span[1], a.span[0])
        and antecedent(doc, a).span in (a.span, t.span)
    )


def _relative_to_before(ctx: Ctx, m: Mention) -> bool:
    """ "La veille", "the day before": a day counted from the crossing told before,
    not from the report's date (``relative_day`` reads it)."""
    return bool(ctx.doc.cues.within("RELATIVE_DAY_CUE", m.span[0], m.span[1] + 1)) or (
        ctx.doc.cues.leading_into("RELATIVE_DAY_CUE", m.span[0] + 1, ctx.doc.text) is not None
    )


def _in_period(ctx: Ctx, m: Mention) -> bool:
    """ "Between 31 March and 1 April", "entre le 3 et le 5", "du 3 au 9 mars": a period,
    no one day; so is the start of a period up to now ("since Sunday", "depuis
    dimanche", "da gennaio": ``opens_period``)."""
    doc = ctx.doc
    # "entre le 3 et le 5 mai" is one phrase of listed days: its opening counts
    start = m.extra.get("phrase_start", m.span[0])
    if _opens_period(doc, start) or opens_period(doc, m):
        return True
    if span_of_days(doc, m):
        return True
    clause = doc.clause(m.span[0])
    before = between(doc.facts.dates, clause.start, m.span[0])
    # "entre le 3 et le 9 mars, ... le 4 mars": a day told after the period, apart from it
    if not before or not _paired(doc, before[-1], m):
        return False
    return _opens_period(doc, before[-1].extra.get("phrase_start", before[-1].span[0]))


def _opens_period(doc: Doc, pos: int) -> bool:
    """A RANGE_CUE right before ``pos`` opens a period, unless it ends a night's cue:
    "nella notte tra martedì e mercoledì", "in the night between Tuesday and
    Wednesday" is one night, on one of its two days (``night_day``)."""
    return doc.cues.ending_at("RANGE_CUE", pos, doc.text) is not None and _night_cue(doc, pos) is None


def _date(ctx: Ctx, found: list[Mention], last: bool = False) -> Found | None:
    if ctx.draft.pick is not None and ctx.draft.pick.kind == "date":
        m = ctx.draft.pick
        return Found(_in_week_told(ctx.doc, m) if _bare_weekday(m) else _in_year_told(ctx.doc, m), m.span, m)
    if not found:
        return None
    days = [m for m in found if m.extra.get("precision") == "day"]
    pool = days or found
    m = pool[-1] if last else _nearest(ctx, pool)
    return Found(_in_week_told(ctx.doc, m) if _bare_weekday(m) else _in_year_told(ctx.doc, m), m.span, m)


def _bare_weekday(m: Mention) -> bool:
    """A day told by its weekday alone, or with a part of that day ("on Thursday night",
    "jeudi soir"): read as the last such day, and so shifted as a weekday is
    (``_in_week_told``: before the day of the statement that tells it)."""
    parts = m.extra.get("parts")
    return (
        isinstance(parts, dict)
        and set(parts) in ({"weekday"}, {"weekday", "daypart"})
        and isinstance(m.value, str)
    )


def _in_week_told(doc: Doc, m: Mention) -> object:
    """ "Des drones ont pénétré mardi et mercredi" told on a Tuesday, "on Tuesday and
    Wednesday", "dans la nuit de mardi à mercredi": weekdays listed one after the other
    (only a comma or words of a list between them, or the two days of a night) are told
    in the order of the days; each read alone as the last such day up to the
    reference date, an earlier one found after a later one is of the week before (the
    Tuesday of the week of that Wednesday, not the report's own day)."""
    if not _bare_weekday(m):
        return m.value
    clause = doc.clause(m.span[0])
    run = [m]
    night = _night_cue(doc, m.extra.get("phrase_start", m.span[0]), True) is not None
    for d in between(doc.facts.dates, m.span[1], clause.end):
        if not _bare_weekday(d) or not _paired(doc, run[-1], d):
            break
        lo, hi = run[-1].span[1], d.span[0]
        if doc.cues.within("NOT_THIS_CUE", lo, hi):
            break  # "on Tuesday, not on Monday", "mardi, et non lundi": no list
        if not (night or not doc.text[lo:hi].strip(" ,") or doc.cues.within("LIST_CUE", lo, hi)):
            break
        run.append(d)
    value = str(m.value)
    later = [str(d.value) for d in run[1:]] + _later_items_days(doc, m)
    while later and value >= min(later):
        shifted = _shift_day(value, -7)
        if shifted is None:
            return m.value
        value = shifted
    said = _statement_days(doc, m)
    while said and value > min(said):
        shifted = _shift_day(value, -7)
        if shifted is None:
            return m.value
        value = shifted
    period = _framing_period(doc, m)
    if period is not None and period[1] < value:
        # "WEEKLY NOTE, 10-16 November" told on Monday 17: "On Monday" is the 10th
        back = value
        while back > period[1]:
            back = _shift_day(back, -7) or period[0]
        if back >= period[0]:
            return back
    if doc.ref is not None and _framed_by_last_week(doc, m):
        monday = (doc.ref - dt.timedelta(days=doc.ref.weekday())).isoformat()
        while value >= monday:
            shifted = _shift_day(value, -7)
            if shifted is None:
                return m.value
            value = shifted
    return value


def _framing_period(doc: Doc, m: Mention) -> tuple[str, str] | None:
    """ "WEEKLY AIRSPACE NOTE - 10-16 November 2025 // On Monday, ...", "Note - semaine du
    16 au 22 février // Lundi, ...": a period of days (``span_of_days``) told in a
    paragraph of its own before the weekday ``m``, of no aircraft (a heading), ended
    before the reference date, frames the weekdays told after it: its first and last
    days."""
    if doc.ref is None:
        return None
    own = doc.paragraph(m.span[0])
    for d in between(doc.facts.dates, 0, own.start):
        para = doc.paragraph(d.span[0])
        if not span_of_days(doc, d) or any(
            x.kind == "aircraft" for x in between(doc.facts.mentions, para.start, para.end)
        ):
            continue
        told = re.search(r"(\d+)(?:\s*[-–—]\s*|(?:\s+\w+){1,2}\s+)(\d+)", d.text)
        last = _shift_day(str(d.value), int(told[2]) - int(told[1])) if told else None
        if last is not None and last < doc.ref.isoformat():
            return str(d.value), last
    return None


def _framed_by_last_week(doc: Doc, m: Mention) -> bool:
    """ "Last week brought two incidents on the border. On Monday, a helicopter ...",
    "La semaine dernière a été marquée par deux incidents. Lundi, ...": a sentence that
    names last week (WEEK_PERIOD_CUE key "last") with no aircraft of its own before the
    weekday ``m`` frames it, when only weekdays are told between them: ``m`` is a day
    of the week before the report's. A last week told of a crossing of its own ("A drone
    violated Latvian airspace last week. On Monday, ...") frames nothing, nor a sentence
    set against it (CONTRAST_CUE: "On Tuesday, however, ...")."""
    cues = [c for c in doc.cues.within("WEEK_PERIOD_CUE", 0, m.span[0]) if c.key == "last"]
    if not cues:
        return False
    cue = cues[-1]
    frame, own = doc.sentence(cue.start), doc.sentence(m.span[0])
    # in the weekday's own sentence, the week opens it ("Last week brought violations:
    # on Monday a Su-30 ..., and on Wednesday ..."; not "Unlike last week's false alarm,
    # a drone did enter on Monday"); an earlier one tells no aircraft
    if frame == own and doc.text[frame.start : cue.start].strip():
        return False
    if frame != own and any(
        x.kind == "aircraft" for x in between(doc.facts.mentions, frame.start, frame.end)
    ):
        return False
    # a week of nothing frames nothing: "recorded no violations last week", "0 violation"
    if any(_of_none(x) for x in between(doc.facts.mentions, frame.start, frame.end)):
        return False
    if own != frame and doc.cues.within("CONTRAST_CUE", own.start, own.end):
        return False  # "... no violations last week. On Tuesday, however, ..."
    return all(_bare_weekday(d) for d in between(doc.facts.dates, cue.end, m.span[0]))


def _of_none(m: Mention) -> bool:
    return (m.kind == "verb" and bool(m.extra.get("negated"))) or (m.kind == "number" and m.value == 0)


def _statement_days(doc: Doc, m: Mention) -> list[str]:
    """ "The Swedish Armed Forces said on Friday that a Su-24 entered ... on Thursday"
    (told on a later Thursday): the days of a statement told in the sentence of the
    weekday ``m`` (with a word of saying, ``_told_with_speech``), written as a day;
    the crossing told in it took place on or before them. Only days told before ``m``
    ("..., after incursions were reported on Saturday and Sunday": told after it, of
    other crossings)."""
    if _told_with_speech(doc, m):
        return []
    sent = doc.sentence(m.span[0])
    return [
        str(d.value)
        for d in between(doc.facts.dates, sent.start, m.span[0])
        if d.extra.get("precision") == "day" and _told_with_speech(doc, d)
    ]


def _later_items_days(doc: Doc, m: Mention) -> list[str]:
    """ "• lundi : deux ballons ... ;\n• mercredi : un hélicoptère ... ;\n• samedi : ...":
    the weekdays opening the list's items after the one ``m`` opens (a bullet or nothing
    before each), read in the order of the days as weekdays listed in one clause are."""
    start, end = line_of(doc.text, m.span[0])
    if not item_line(doc.text, start) or not _opens_item(doc, start, m):
        return []
    out: list[str] = []
    while end + 1 < len(doc.text) and item_line(doc.text, end + 1):
        start, end = line_of(doc.text, end + 1)
        first = between(doc.facts.dates, start, end)[:1]
        if not first or not _bare_weekday(first[0]) or not _opens_item(doc, start, first[0]):
            break
        out.append(str(first[0].value))
    return out


def _opens_item(doc: Doc, start: int, m: Mention) -> bool:
    """Does ``m`` open the list item whose line starts at ``start`` (only its bullet before)?"""
    return not doc.text[start : m.extra.get("phrase_start", m.span[0])].strip(" \t-–—•*·")


def _in_year_told(doc: Doc, m: Mention) -> object:
    """ "In 2019, on 23 July, a Russian A-50 violated ...", "En 2019, le 23 juillet,
    ...", "En décembre 2022, ... le 26 décembre": a day and month told with no year of
    their own, after a year told as the time in their sentence (or a month told with
    its year, ``_month_years``), are of that year (not of the year the reference date
    gives them); one year only, a valid day. Told with the year before
    (``_of_last_year``: "on 12 March last year", "L'an dernier, le 4 mai"), they are of
    the year before the reference date's."""
    parts = m.extra.get("parts")
    value = m.value
    if not isinstance(parts, dict) or "year" in parts or "day" not in parts or not isinstance(value, str):
        return value
    if "relative" in parts or "weekday" in parts or _latest_of_name(doc, m):
        return value
    if doc.ref is not None and _of_last_year(doc, m):
        years = {doc.ref.year - 1}
    else:
        sent = doc.sentence(m.span[0])
        month = int(value[5:7])
        told = set(years_told_in(doc, sent.start, m.span[0]))
        years = told | _month_years(doc, sent.start, m.span[0], month)
        if not years and not between(doc.facts.dates, sent.start, m.span[0]):
            years = _past_year_before(doc, sent, month)
    if len(years) != 1:
        return value
    try:
        return dt.date(years.pop(), int(value[5:7]), int(value[8:10])).isoformat()
    except ValueError:
        return value


def _latest_of_name(doc: Doc, m: Mention) -> bool:
    """ "Le 11 mars dernier", "on 11 March last": a day and month right before a word
    of the latest (LATEST_CUE key "day") are the latest of that name before the report's
    date, as the grammar resolves them, not of a year told before them ("on 12 March
    last year" is a word of the year: ``_of_last_year``)."""
    after = doc.cues.starting_at("LATEST_CUE", m.span[1], doc.text)
    if after is None or after.key != "day":
        return False
    year = doc.cues.starting_at("YEAR_CUE", m.span[1], doc.text)
    return year is None or year.end <= after.end


def _past_year_before(doc: Doc, sent: Scope, month: int) -> set[int]:
    """ "Russian aircraft violated Estonian airspace seven times in 2025. On 19
    September, three MiG-31s ...", "... à sept reprises en 2025. Le 19 septembre, ...":
    the past years told as the time of the sentence right before ``sent`` in its
    paragraph, which tells no day of its own, are the time a day told first in ``sent``
    with no year is in."""
    para = doc.paragraph(sent.start)
    if doc.ref is None or sent.nth == 0 or sent.start <= para.start:
        return set()
    before = doc.seg.sentences.scopes[sent.nth - 1]
    if any(d.extra.get("precision") == "day" for d in between(doc.facts.dates, before.start, before.end)):
        return set()
    told = set(years_told_in(doc, before.start, before.end))
    years = told | _month_years(doc, before.start, before.end, month)
    if years and since_year_told(doc, before):
        return set()
    return years if all(y < doc.ref.year for y in years) else set()


def _month_years(doc: Doc, lo: int, hi: int, month: int) -> set[int]:
    """The years of the months told with their year in [lo, hi) ("En décembre 2022, ...
    le 26 décembre", "In December 2022, ... on 26 December"); a day of an earlier
    ``month`` told after them ("since September 2025, when ... On January 27, ...") is
    of the year after, the story going on (not after the reference date)."""
    years: set[int] = set()
    for d in between(doc.facts.dates, lo, hi):
        parts = d.extra.get("parts")
        year = parts.get("year") if isinstance(parts, dict) else None
        told = int(d.value[5:7]) if isinstance(d.value, str) else 0
        if d.extra.get("precision") != "month" or not isinstance(year, int):
            continue
        if told <= month:
            years.add(year)
        elif doc.ref is None or (year + 1, month) <= (doc.ref.year, doc.ref.month):
            years.add(year + 1)
    return years


def _of_last_year(doc: Doc, m: Mention) -> bool:
    """ "On 12 March last year", "le 12 mars de l'année dernière", "Last year, on 12
    March, ...", "L'an dernier, le 12 mars, ...": a day told with no year, right before
    a word of the year before the report's (YEAR_CUE key "last"), or after one that
    opens its sentence, no other day between them, is of that year."""
    after = doc.cues.starting_at("YEAR_CUE", m.span[1], doc.text)
    if after is not None and after.key == "last":
        return True
    sent = doc.sentence(m.span[0])
    start = m.extra.get("phrase_start", m.span[0])
    for cue in doc.cues.within("YEAR_CUE", sent.start, start)[:1]:
        opens = not doc.text[sent.start : cue.start].strip()
        if cue.key == "last" and opens and not between(doc.facts.dates, cue.end, start):
            return True
    return False


def _nearest(ctx: Ctx, found: list[Mention]) -> Mention:
    """The day nearest the anchor; for a noun of violation, one told after it in its
    clause first: "summoned the ambassador on Tuesday over a violation ... on Sunday",
    "a convoqué mardi l'ambassadeur après la violation ... dimanche" (the day before
    the noun is the verb's that governs it)."""
    at = ctx.anchor.span[0]
    verb = ctx.anchor.verb
    if verb is not None and verb.noun:
        clause = ctx.anchor.clause
        own = [m for m in found if ctx.anchor.span[1] <= m.span[0] < clause.end]
        found = own or found
    found = [m for m in found if not _of_governing_verb(ctx, m, found)] or found
    return min(found, key=lambda m: abs(m.span[0] - at))


def _of_governing_verb(ctx: Ctx, m: Mention, found: list[Mention]) -> bool:
    """ "The inquiry found on Wednesday that two bombers had entered Swedish airspace
    near Öland on 12 March 2018", "le tribunal a jugé mardi qu'un avion avait violé
    l'espace aérien le 3 mai 2019": a day told before the word that opens what is
    found or said (THAT_CUE), the crossing after it, is the day of the verb that
    governs the crossing when another day is told after that word in the crossing's
    sentence: that one is the crossing's. With no other day, it stays a candidate; an
    aircraft or a verb between the day and that word makes it a relative one ("on
    Sunday a drone that had been launched on Saturday entered"): the day is the
    crossing's."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    if m.span[1] > at:
        return False
    opens = doc.cues.within("THAT_CUE", m.span[1], at)
    if not opens:
        return False
    if any(x.kind in ("aircraft", "verb") for x in between(doc.facts.mentions, m.span[1], opens[0].start)):
        return False
    end = doc.sentence(at).end
    return any(o is not m and opens[0].end <= o.span[0] < end for o in found)


@resolver("date", "clause")
def _date_clause(ctx: Ctx) -> Found | None:
    found = _days(ctx, ctx.clauses)
    if _week_of_clause(ctx):
        found = [m for m in found if not _before_opener(ctx, m)]
    return _date(ctx, _without_find_days(ctx, _without_other_verbs_days(ctx, found)))


def _without_find_days(ctx: Ctx, found: list[Mention]) -> list[Mention]:
    """ "Border guards found the remains of three balloons on Monday. The balloons had
    crossed from Belarus on Sunday night": a day told in the clause of a find ([verbs]
    found_only) is the find's, not the crossing's, when the record's crossing told by
    another verb has a day of its own."""
    finding = FOUND_ONLY
    finds = [a.clause for a in ctx.draft.anchors if a.verb is not None and a.verb.key in finding]
    if not finds or len(finds) == len(ctx.draft.anchors):
        return found
    rest = [m for m in found if not any(c.start <= m.span[0] < c.end for c in finds)]
    return rest or found


def _without_other_verbs_days(ctx: Ctx, found: list[Mention]) -> list[Mention]:
    """ "A drone which crashed near Tyulenovo on Saturday had entered Bulgarian airspace
    at 23:50 on Friday", "un drone qui s'est écrasé samedi était entré vendredi": when
    the crossing's clause tells a day after its verb, a day told before that verb right
    after another verb of the clause (the crash, the landing) is that verb's. The
    crossing is the draft's anchor of going in ([verbs] going_in, crossing, violating),
    not of coming down or landing, where it has one."""
    going_in = {*rules()["verbs"]["going_in"], "cross", "violate"}
    going = [a for a in ctx.draft.anchors if a.verb is not None and a.verb.key in going_in]
    anchor = going[0] if going else ctx.anchor
    clause, at = anchor.clause, anchor.span
    if not any(m.span[0] >= at[1] and clause.start <= m.span[0] < clause.end for m in found):
        return found
    doc = ctx.doc

    def others(m: Mention) -> bool:
        if not (clause.start <= m.span[0] and m.span[1] <= at[0]):
            return False
        verbs = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
        return bool(verbs) and verbs[0].span != at and not between(doc.facts.verbs, m.span[1], at[0])

    return [m for m in found if not others(m)]


def _before_opener(ctx: Ctx, m: Mention) -> bool:
    """ "Mardi, des députés ont demandé pourquoi ... un hélicoptère a violé l'espace
    aérien la semaine dernière": a day told before a word that opens what is asked or
    said (WH_CUE, THAT_CUE), the crossing after it, is the day of the asking."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    if m.span[1] > at:
        return False
    return bool(doc.cues.within("WH_CUE", m.span[1], at) or doc.cues.within("THAT_CUE", m.span[1], at))


@resolver("date", "today_in_time")
def _today_in_time(ctx: Ctx) -> Found | None:
    """ "At 10:30 this morning, a North Korean drone flew into our airspace", "à 10 h 30
    ce matin": a part of today read within the crossing's time (SAME_DAY_CUE key "today"
    inside a time mention of its clause, the time took its words) is the report's day,
    when no day of a statement is told in its sentence (``_statement_day``, tried first)."""
    doc = ctx.doc
    if doc.ref is None:
        return None
    for clause in ctx.clauses:
        for m in between(doc.facts.times, clause.start, clause.end):
            if any(c.key == "today" for c in doc.cues.within("SAME_DAY_CUE", m.span[0], m.span[1])):
                return Found(doc.ref.isoformat(), m.span, None)
    return None


@resolver("date", "night_numbers")
def _night_numbers(ctx: Ctx) -> Found | None:
    """ "Dans la nuit du 24 au 25, vers 2 heures, un hélicoptère a franchi la frontière":
    a night told in the crossing's clause by two bare days of no month (a number phrase
    right after NIGHT_CUE key "first", its numbers a day and the next) is a night of the
    reference date's month, or of the month before when those days are still to come
    there (``dates.resolve`` of a day of no month, as "le 25" is read); the crossing is
    on its second day unless its time is past noon (as ``night_day`` reads a night).
    Not read, those numbers left the crossing a day told in another clause."""
    doc = ctx.doc
    if doc.ref is None:
        return None
    for clause in ctx.clauses:
        for m in between(doc.facts.mentions, clause.start, clause.end):
            cue = _night_cue(doc, m.span[0], True) if m.kind == "number" else None
            days = _night_days(doc, m) if cue is not None and cue.key == "first" else None
            if days is not None:
                late = ctx.rec.time is not None and str(ctx.rec.time.value) >= "12:00"
                return Found(days[0] if late else days[1], m.span, m)
    return None


def _night_days(doc: Doc, m: Mention) -> tuple[str, str] | None:
    """The two days of a night told by two bare numbers ("24 au 25", "31 au 1er"),
    the second resolved as a day of no month against the reference date."""
    numbers = [int(n) for n in re.findall(r"\d+", m.text)]
    if len(numbers) != 2:
        return None
    try:
        second, _ = resolve({"no_month": True, "day": numbers[1]}, doc.ref, Calendar.of(doc.lexicon))
    except DateOutOfRange:
        return None
    first = _shift_day(second, -1) if second is not None else None
    if second is None or first is None or int(first[8:]) != numbers[0]:
        return None
    return first, second


@resolver("date", "night_alone")
def _night_alone(ctx: Ctx) -> Found | None:
    """ "Dans la nuit, trois drones ont violé ...", "a franchi la frontière pendant la
    nuit": a night told alone in the crossing's clause (NIGHT_ALONE_CUE), not opening a
    night told by its days ("dans la nuit du 24 au 25": NIGHT_CUE) nor the part of a day
    told right before it ("le 12 dans la nuit"), with no day told in the text up to the
    end of its sentence (after "lundi, ...", the night may be Monday's) but the
    report's own day as that of the statement ("..., a annoncé aujourd'hui le
    ministère"), is the night
    before the report's day, as "overnight" and "la nuit dernière" are read: past
    midnight by its time (before noon), the report's day."""
    doc = ctx.doc
    if doc.ref is None:
        return None
    for clause in ctx.clauses:
        for cue in doc.cues.within("NIGHT_ALONE_CUE", clause.start, clause.end):
            if any(c.start < cue.end for c in doc.cues.within("NIGHT_CUE", cue.start, clause.end)):
                continue  # "dans la nuit du 24 au 25": the night of its days
            sent = doc.sentence(cue.start)
            told = between(doc.facts.dates, 0, sent.end)
            # "..., anunciou hoje o ministério": only the report's day, told as the
            # statement's in the night's sentence, leaves it the night before the report
            said = [d for d in told if d.span[0] >= sent.start and _told_with_speech(doc, d)]
            if len(said) < len(told) or any(str(d.value) != doc.ref.isoformat() for d in said):
                return None  # a day told before or with it: the night may be that day's
            early = ctx.rec.time is not None and str(ctx.rec.time.value) < "12:00"
            day = doc.ref.isoformat() if early else _shift_day(doc.ref.isoformat(), -1)
            return None if day is None else Found(day, (cue.start, cue.end))
    return None


@resolver("date", "relative_day")
def _relative_day(ctx: Ctx) -> Found | None:
    """ "The next day, a drone ...", "la veille": a day from the crossing before (with
    none told before, from the day of the statement, ``_from_statement``)."""
    prev = ctx.prev
    if prev is None or prev.date is None or prev.date.mention is None:
        return _from_statement(ctx) or (_from_day_told_before(ctx) if prev is None else None)
    if prev.date.mention.extra.get("precision") not in (None, "day"):
        return None
    for sent in ctx.sentences:
        for cue in ctx.doc.cues.within("RELATIVE_DAY_CUE", sent.start, sent.end):
            if _of_other_crossing(ctx, cue.start):
                continue
            if prev.date.span == (cue.start, cue.end):
                # "had violated it the day before over Panagia at 12:05, then over
                # Oinousses at 12:20": the word already counted for the crossing before
                return prev.date
            day = _shift_day(str(prev.date.value), _days_of(cue))
            return Found(day, (cue.start, cue.end), prev.date.mention) if day else None
    return _days_offset(ctx, str(prev.date.value), prev.date.mention)


def _from_day_told_before(ctx: Ctx) -> Found | None:
    """ "Two Eurofighters scrambled on Tuesday to identify jets over international
    waters. The next day, a Mi-8 entered Estonian airspace", "Il giorno successivo un
    elicottero ...": no crossing told before and no day of a statement, a day counted
    (RELATIVE_DAY_CUE "+N" or "-N" in the crossing's sentence) is counted from the day
    told last before that word in the document (no dateline's), not left to the day
    of the paragraph before (the scramble's); a day of an event is counted from before
    the day of a statement told after it ("jets scrambled on Wednesday after a drone
    flew by, the ministry said on Thursday. The same day, a Y-9 entered": Wednesday)."""
    doc = ctx.doc
    for sent in ctx.sentences:
        for cue in doc.cues.within("RELATIVE_DAY_CUE", sent.start, sent.end)[:1]:
            if cue.key.startswith("of"):
                return None
            days = [
                m
                for m in between(doc.facts.dates, 0, cue.start)
                if m.extra.get("precision") == "day"
                and not _relative_to_before(ctx, m)
                and not in_dateline(doc, m)
                and not in_titled_dateline(doc, m)
            ]
            days = [m for m in days if not _told_with_speech(doc, m)] or days
            day = _shift_day(str(days[-1].value), _days_of(cue)) if days else None
            return Found(day, (cue.start, cue.end), days[-1]) if day else None
    return None


def _of_other_crossing(ctx: Ctx, pos: int) -> bool:
    """ "Mardi, un Su-27 a pénétré ... ; le lendemain, un drone a franchi la frontière
    lituanienne, tandis que samedi, deux hélicoptères ont violé ...": a word told at
    ``pos`` with the verb of another crossing between it and every anchor of this one
    is that crossing's (the day after is the drone's, not the helicopters')."""
    own = {a.verb.span for a in ctx.draft.anchors if a.verb is not None}
    for a in ctx.draft.anchors:
        lo, hi = (pos, a.span[0]) if pos < a.span[0] else (a.span[1], pos)
        if not [v for v in between(ctx.doc.facts.verbs, lo, hi) if v.span not in own]:
            return False
    return True


def _days_of(cue: Cue) -> int:
    """The days a RELATIVE_DAY_CUE counts from the day before it: "+1", "-1", or "of+1"
    ("au lendemain de", "a day after": one day after what it names)."""
    key = cue.key[2:] if cue.key.startswith("of") else cue.key
    return int(key)


@resolver("date", "day_after_of")
def _day_after_of(ctx: Ctx) -> Found | None:
    """ "L'Estonie a convoqué samedi l'ambassadeur, au lendemain de l'incursion de trois
    MiG-31", "warned on Saturday, a day after three MiG-31s violated ...": a crossing
    named right after a word of a day after what it names (RELATIVE_DAY_CUE keyed
    "of+N"; no comma, verb or day between them) is N days before the day of the clause
    the word hangs on (the day told last before it in its sentence), tried before the
    day of the clause (that day is the statement's)."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    sent = doc.sentence(at)
    for cue in doc.cues.within("RELATIVE_DAY_CUE", sent.start, at)[-1:]:
        if not cue.key.startswith("of") or "," in doc.text[cue.end : at]:
            continue
        if any(m.kind in ("verb", "date", "time") for m in between(doc.facts.mentions, cue.end, at)):
            continue
        days = [
            m for m in between(doc.facts.dates, sent.start, cue.start) if m.extra.get("precision") == "day"
        ]
        day = _shift_day(str(days[-1].value), -_days_of(cue)) if days else None
        return Found(day, (cue.start, cue.end), days[-1]) if day else None
    return None


# lengths that count whole days: "three days later", "une semaine plus tard" (a month
# or a year is no fixed count of days)
_DAY_UNITS = {"day": 1, "night": 1, "week": 7}


def _days_offset(ctx: Ctx, prev_day: str, prev: Mention) -> Found | None:
    """ "Le 10 septembre, dix-neuf drones ... ; trois jours plus tard, un drone est
    entré ...", "Three days later, a drone entered ...": a count of days or weeks with
    its word of offset opening the part of the sentence that tells the crossing
    (``episodes.offset_opening``) moves the day of the crossing told before by as
    many days, forward for a word of later, back for a word of earlier."""
    found = offset_opening(ctx.doc, ctx.anchor)
    if found is None:
        return None
    m, cue = found
    per_unit = _DAY_UNITS.get(str(m.extra.get("unit_in_text")))
    if per_unit is None or not isinstance(m.value, (int, float)) or m.value % 86400:
        return None
    days = int(m.value) // 86400
    day = _shift_day(prev_day, days if cue.key == "later" else -days)
    return Found(day, (m.span[0], cue.end), prev) if day else None


def _from_statement(ctx: Ctx) -> Found | None:
    """ "Ont dénoncé vendredi l'intrusion, la veille, de deux hélicoptères", "said on
    Monday that a helicopter had crossed the day before": no crossing with a day told
    before it, a day counted (RELATIVE_DAY_CUE in the crossing's sentence) from the
    day of the statement told in that sentence; a day after what a word names (key
    "of+N") counts from that, no day of this crossing."""
    doc = ctx.doc
    for sent in ctx.sentences:
        said = _said_days(ctx, sent.start, sent.end) or _said_just_before(ctx, sent)
        # "au lendemain d'une attaque", "a day after the attack": the day after what it
        # names, not after the statement (its crossing's own: ``_day_after_of``)
        counted = [
            c for c in doc.cues.within("RELATIVE_DAY_CUE", sent.start, sent.end) if not c.key.startswith("of")
        ]
        for cue in counted[:1]:
            for m in said[:1]:
                day = _shift_day(str(m.value), _days_of(cue))
                return Found(day, (cue.start, cue.end), m) if day else None
        offset = _offset_after(ctx) or _offset_opening(ctx, sent)
        if offset is not None and said:
            days, span = offset
            day = _shift_day(str(said[0].value), days)
            return Found(day, span, said[0]) if day else None
    return None


def _said_days(ctx: Ctx, lo: int, hi: int) -> list[Mention]:
    """The days of a statement told in [lo, hi) ("a indiqué vendredi", "said on Friday");
    not the day a dispatch was filed ("KYIV, Dec 3 - Belarus said on Wednesday that
    ... two days earlier": from Wednesday)."""
    doc = ctx.doc
    return [
        m
        for m in between(doc.facts.dates, lo, hi)
        if m.extra.get("precision") == "day"
        and _told_with_speech(doc, m)
        and not _relative_to_before(ctx, m)
        and not in_dateline(doc, m)
        and not in_titled_dateline(doc, m)
    ]


def _said_just_before(ctx: Ctx, sent: Scope) -> list[Mention]:
    """ "The ministry said on Friday that a drone had crashed near Rezekne. It had
    entered Latvian airspace two days earlier": the statement's day told in the
    sentence right before the crossing's, in its paragraph, when that sentence tells
    no crossing of its own and the record is the first one."""
    doc = ctx.doc
    if (ctx.prev is not None and ctx.prev.aircraft is not None) or sent.nth < 1:
        return []  # the first record (a crossing of no aircraft told before is none)
    before = doc.seg.sentences.scopes[sent.nth - 1]
    if doc.paragraph(before.start) != doc.paragraph(sent.start):
        return []
    if any(before.start <= a.span[0] < before.end for a in ctx.draft.anchors):
        return []
    said = _said_days(ctx, before.start, before.end)
    if said and any(
        m.extra.get("precision") == "day" and m not in said
        for m in between(doc.facts.dates, before.start, before.end)
    ):
        # "X summoned the ambassador on Monday after a drone crashed overnight into
        # Sunday. Two drones entered that night", "A drone flew by on Wednesday, the
        # ministry said on Thursday. The same day, ...": the day of the event told
        # with the statement's is the one counted from (``_from_day_told_before``)
        return []
    return said


def _offset_after(ctx: Ctx) -> tuple[int, Span] | None:
    """ "Said on Friday that a helicopter had crossed into Polish airspace two days
    earlier", "avait franchi la frontière deux jours plus tôt": a count of days or weeks
    with its word of offset (TIME_OFFSET_CUE) told after the crossing in its clause, no
    verb between: the days it moves the day of the statement by."""
    doc = ctx.doc
    at = ctx.anchor.span
    for m in between(doc.facts.durations, at[1], doc.clause(at[0]).end):
        cue = doc.cues.starting_at("TIME_OFFSET_CUE", m.span[1], doc.text)
        per_unit = _DAY_UNITS.get(str(m.extra.get("unit_in_text")))
        if cue is None or per_unit is None or not isinstance(m.value, (int, float)) or m.value % 86400:
            continue
        if between(doc.facts.verbs, at[1], m.span[0]):
            return None
        days = int(m.value) // 86400
        return (days if cue.key == "later" else -days), (m.span[0], cue.end)
    return None


def _offset_opening(ctx: Ctx, said: Scope) -> tuple[int, Span] | None:
    """ "La Pologne a convoqué jeudi le chargé d'affaires. Deux jours plus tôt, deux
    hélicoptères avaient pénétré ...", "Two days earlier, two helicopters had entered
    ...": a count of days or weeks with its word of offset opening the part of the
    sentence that tells the crossing (``episodes.offset_opening``), in the sentence of
    the statement ``said`` or the one right after it: the days it moves the day of the
    statement by."""
    doc = ctx.doc
    told = [a for a in ctx.draft.anchors if doc.sentence(a.span[0]).nth - said.nth in (0, 1)]
    found = next((f for f in (offset_opening(doc, a) for a in told) if f is not None), None)
    if found is None:
        return None
    m, cue = found
    if _DAY_UNITS.get(str(m.extra.get("unit_in_text"))) is None or not isinstance(m.value, (int, float)):
        return None
    if m.value % 86400:
        return None
    days = int(m.value) // 86400
    return (days if cue.key == "later" else -days), (m.span[0], cue.end)


def _shift_day(iso: str, days: int) -> str | None:
    """``iso`` moved by ``days`` (None past the ends of the calendar)."""
    try:
        return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
    except (ValueError, OverflowError):
        return None


@resolver("date", "day_of_when")
def _day_of_when(ctx: Ctx) -> Found | None:
    """ "A Mi-8 violated its airspace on Sunday, after one in March, when an Il-96 crossed
    the border", "après celle de mars, lorsqu'un Il-96 ...": a crossing told in a clause
    opened by DAY_WHEN_CUE right after a day (only a comma between) is on that day, of
    whatever precision (a month told alone dates it to that month), even one that
    starts a period ("since 20 May, when ..."): not on a day told elsewhere in its
    sentence."""
    doc = ctx.doc
    for clause in ctx.clauses:
        cue = next(iter(doc.cues.within("DAY_WHEN_CUE", clause.start, clause.end)), None)
        if cue is None or doc.text[clause.start : cue.start].strip(" ,"):
            continue
        sent = doc.sentence(cue.start)
        days = [m for m in between(doc.facts.dates, sent.start, cue.start) if not _told_with_speech(doc, m)]
        if days and days[-1].value is not None and not doc.text[days[-1].span[1] : cue.start].strip(" ,"):
            return _date(ctx, days[-1:])
    return None


@resolver("date", "sentence")
def _date_sentence(ctx: Ctx) -> Found | None:
    """A day of the crossing's sentences; not one that opens a later item told of
    another aircraft ("Three drones violated Lithuanian airspace; on Wednesday, two
    more entered Latvia", "..., et mercredi un hélicoptère est entré en Lettonie":
    ``told_of_other``)."""
    mine = ctx.draft.aircraft
    found = _days(ctx, ctx.sentences)
    if _week_of_clause(ctx):
        found = [m for m in found if m.span[0] > ctx.anchor.span[1]]
    if mine is not None:
        found = [
            m
            for m in found
            if not told_of_other(ctx.doc, ctx.draft.anchors, mine, m) or _of_act_on_own(ctx, mine, m)
        ]
    return _date(ctx, found)


def _of_act_on_own(ctx: Ctx, mine: Aircraft, m: Mention) -> bool:
    """ "Des F-16 roumains ont abattu mardi soir un drone qui avait pénétré dans l'espace
    aérien national", "Polish jets on Sunday shot down a drone, which had crossed into
    Polish airspace": a day told in the clause whose object is the crossing's own
    aircraft, the crossing told by a relative clause (RELATIVE_SUBJECT_CUE) right after
    that aircraft, dates that act on the intruder (shot down, met, tracked) and so the
    crossing: not the day of the other aircraft told in that clause."""
    doc = ctx.doc
    clause = doc.clause(m.span[0])
    if not clause.start <= mine.span[0] < clause.end:
        return False
    return any(
        a.clause.start >= mine.span[1]
        and not doc.text[mine.span[1] : a.clause.start].strip(" ,")
        and doc.cues.starting_at("RELATIVE_SUBJECT_CUE", a.clause.start, doc.text) is not None
        for a in ctx.draft.anchors
    )


@resolver("date", "other_one")
def _other_one_day(ctx: Ctx) -> Found | None:
    """ "..., après celle du 5 novembre": an earlier crossing told by a pronoun
    (anchors.OTHER_ONE) is of the day right after the pronoun, the one day it tells."""
    if ctx.anchor.rule != OTHER_ONE:
        return None
    doc = ctx.doc
    cues = doc.cues.within("OTHER_ONE_CUE", doc.sentence(ctx.anchor.span[0]).start, ctx.anchor.span[1])[-1:]
    days = other_one_days(doc, cues[0]) if cues else []
    # the pronoun's anchor is its first day's; a later listed day's anchor is that day
    own = [m for m in days if m.span == ctx.anchor.span] or days[:1]
    return _date(ctx, own[:1]) if own else None


@resolver("date", "paired")
def _paired_day(ctx: Ctx) -> Found | None:
    """ "Deux Su-27 ont violé lundi l'espace aérien pendant deux minutes, puis de nouveau
    mardi pendant une minute", "two kilometres on 3 June and five kilometres on 5 June": a
    record split by its lengths, depths or times (``episodes.split``) told with as many
    days in its sentences takes the day of its own rank, as it takes its own time."""
    d = ctx.draft
    if d.pick_total < 2 or d.pick is None or d.pick.kind == "date":
        return None
    days = [m for m in _days(ctx, ctx.sentences) if m.extra.get("precision") == "day" and m.value is not None]
    if len(days) != d.pick_total or len({m.value for m in days}) != d.pick_total:
        return None
    m = days[d.pick_index]
    return Found(m.value, m.span, m)


@resolver("date", "statement_day")
def _statement_day(ctx: Ctx) -> Found | None:
    """ "The ministry said on Friday that a plane violated its airspace earlier in the
    day", "a indiqué vendredi que deux avions ... dans la matinée": a part of the day
    with no day of its own (SAME_DAY_CUE in the crossing's clause) is in the day of
    the statement told in its sentence (tried first: "ce matin" read as the report's
    day is this part of the day)."""
    doc = ctx.doc
    for clause, sent in zip(ctx.clauses, (doc.sentence(c.start) for c in ctx.clauses), strict=True):
        night = _night_before_statement(ctx, clause, sent)
        if night is not None:
            return night
        parts = doc.cues.within("SAME_DAY_CUE", clause.start, clause.end)
        if not parts:
            continue
        # no day of its own but the part of the day itself ("this morning" is a day
        # of the report's, not of the statement's)
        own = [
            m
            for m in between(doc.facts.dates, clause.start, clause.end)
            if not _told_with_speech(doc, m) and not any(c.start <= m.span[0] < c.end for c in parts)
        ]
        if own:
            continue
        said = [
            m
            for m in between(doc.facts.dates, sent.start, sent.end)
            if m.extra.get("precision") == "day" and _told_with_speech(doc, m)
        ]
        if said:
            return Found(said[0].value, said[0].span, said[0])
    return None


#: relative days of the report that a statement's own day or a dateline's moves
#: ("overnight", "hier", "early today": the dateline's day itself)
_BEFORE_THE_REPORT = {"last night": -1, "yesterday": -1, "today": 0}


def _night_before_statement(ctx: Ctx, clause: Scope, sent: Scope) -> Found | None:
    """ "The ministry said on Sunday that two drones had violated its airspace
    overnight", "a indiqué dimanche qu'un drone avait survolé le pays hier": a day
    counted back from the report ("overnight", "last night", "yesterday") in the
    crossing's clause, with the day of a statement told in its sentence, is counted
    from that statement's day. Not when the clause tells a day of its own ("entered
    early on Wednesday during an overnight attack", ``_own_day_beside``): the night is
    that day's, read by the clause's step. Today ("early today", "ce matin") is the
    statement's or the dateline's day itself, unless the crossing tells a day of its
    own or one was told before ("plus tard dans la journée" is that day)."""
    doc = ctx.doc
    for m in between(doc.facts.dates, clause.start, clause.end):
        back = _BEFORE_THE_REPORT.get(str(m.extra.get("parts", {}).get("relative")))
        if back is None or _told_with_speech(doc, m) or _own_day_beside(doc, m, clause):
            continue
        if back == 0 and (ctx.day_before is not None or any(_own_day_beside(doc, m, c) for c in ctx.clauses)):
            continue  # "later in the day": the day of the crossing told before or its own
        said = [
            d
            for d in between(doc.facts.dates, sent.start, sent.end)
            if d.extra.get("precision") == "day" and _told_with_speech(doc, d)
        ] or _written_day(doc, m.span[0])
        day = _shift_day(str(said[0].value), back) if said else None
        return Found(day, m.span, m) if day else None
    return None


def _own_day_beside(doc: Doc, m: Mention, clause: Scope) -> bool:
    """Does ``clause`` tell, besides the day counted back from the report ``m``, a day
    of its own (a weekday or a calendar day, not counted from the report, not the day of
    a statement nor a dateline's)?"""
    return any(
        d is not m
        and d.extra.get("precision") == "day"
        and "relative" not in (d.extra.get("parts") or {})
        and not _told_with_speech(doc, d)
        and not (in_dateline(doc, d) or in_titled_dateline(doc, d))
        for d in between(doc.facts.dates, clause.start, clause.end)
    )


def _written_day(doc: Doc, before: int) -> list[Mention]:
    """The day the text was written, told before ``before``: a dateline's ("VILNIUS, 4
    juin (AFP) –", ``in_dateline``) or that of a sentence of nothing but a place and a
    day ("Chișinău, le 12 novembre 2025.", "Fait à Niamey, le 12 mars"); the last one."""
    for m in reversed(between(doc.facts.dates, 0, before)):
        if m.extra.get("precision") != "day" or "relative" in m.extra.get("parts", {}):
            continue
        if in_dateline(doc, m) or in_titled_dateline(doc, m) or _place_and_day(doc, m):
            return [m]
    return []


def _place_and_day(doc: Doc, m: Mention) -> bool:
    """Is ``m`` in a sentence of nothing but a place and a day, opening its paragraph
    ("Chișinău, le 12 novembre 2025.": the place and day a statement was written)?"""
    sent = doc.sentence(m.span[0])
    if sent.start != doc.paragraph(m.span[0]).start:
        return False
    told = between(doc.facts.mentions, sent.start, sent.end)
    if not any(x.kind in ("state", "location") for x in told):
        return False
    if any(x.kind not in ("state", "location", "date", "number") for x in told):
        return False
    rest = list(doc.text[sent.start : sent.end])
    for x in told:
        rest[x.span[0] - sent.start : x.span[1] - sent.start] = " " * (x.span[1] - x.span[0])
    return len(re.findall(r"[^\W\d_]+", "".join(rest))) <= 2


@resolver("date", "previous")
def _date_previous(ctx: Ctx) -> Found | None:
    """The day of the crossing told before (crossings told together share a day;
    paragraphs of no day between them keep it, see ``Ctx.day_before``), but for one of
    another matter (``_other_matter``)."""
    if (
        _other_matter(ctx)
        or _background(ctx)
        or _week_of_clause(ctx)
        or _line_dated(ctx)
        or ctx.draft.other_part is not None
        or _counted_from_other(ctx) is not None
        or _reported_apart(ctx)
    ):
        return None  # the rest of a total: the day of its part told before is not its own
    date = ctx.day_before.date if ctx.day_before is not None else None
    if date is not None and date.span is not None and _of_other_section(ctx, date.span[0]):
        return None
    return date


def _of_other_section(ctx: Ctx, at: int) -> bool:
    """Is the day told at ``at`` of another section of a digest (one told before it, or
    after it up to the next label: "Background: in April, ...") that another state
    labels than the crossing's ("Japon. Un hélicoptère chinois a pénétré mardi ... //
    Corée du Sud. Des drones ont franchi la frontière", "Latvia. On Tuesday ... //
    Estonia. A helicopter violated ...": ``anchors.section_of``)? Then it is that
    section's day, not this crossing's; a day of the title or lead stays, and so does a
    day heading the lines after it ("Lundi 2 mars\n• Pologne : ...\n\nMercredi 4 mars\n•
    Moldavie : ...": ``segment.day_heading``), which no state labels."""
    mine = section_of(ctx.doc, ctx.anchor.span[0])
    if mine is None:
        return False
    if at < ctx.anchor.span[0] and day_heading(ctx.doc.text, at, [d.span for d in ctx.doc.facts.dates]):
        return False
    theirs = section_of(ctx.doc, at)
    return theirs is not None and theirs[0] != mine[0] and theirs[1] != mine[1]


def _tally_since(ctx: Ctx) -> bool:
    """ "A Turkish drone violated Iraqi airspace on Sunday. Officials said Turkish drones
    had violated it dozens of times since July", "depuis le début du mois de juillet": a
    crossing told in a clause that tells the start of a period up to now
    (``opens_period``: "since July", "since the start of July", "since 3 July") is a
    tally of that period, not all of the day of a crossing told before it. A noun of
    violation ranked in that period ("the first violation since July") is one crossing
    (``_ranked_by_noun``): it keeps the day; so does a crossing ranked as a time in that
    period ("the third time since July that a drone fell": ``ranked_in_series``)."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    return any(
        opens_period(doc, m)
        and not _ranked_by_noun(doc, c.start, m.span[0], at)
        and not ranked_in_series(doc, m.span[0])
        for c in ctx.clauses
        for m in between(doc.facts.dates, c.start, c.end)
    )


def _reported_apart(ctx: Ctx) -> bool:
    """ "On Monday, a Russian Il-20 entered Estonian airspace. On Friday, Latvian
    authorities said a drone had entered from Russia", "Vendredi, la Lettonie a annoncé
    qu'un drone ...": a crossing into another state than the record before, told in a
    sentence whose own day is the statement's (``episodes._told_with_speech``), was
    reported on its own: the day of the crossing before is not its own."""
    before = ctx.day_before or ctx.prev
    if before is None or before.violated_state is None or ctx.rec.violated_state is None:
        return False
    if before.violated_state.value == ctx.rec.violated_state.value:
        return False
    sent = ctx.doc.sentence(ctx.anchor.span[0])
    return any(_told_with_speech(ctx.doc, m) for m in between(ctx.doc.facts.dates, sent.start, sent.end))


def _other_matter(ctx: Ctx) -> bool:
    """Is the crossing told in a sentence of another matter ("Separately, a Chinese drone
    violated Japanese airspace", "Séparément, ...": ``Ctx.apart``) after a record of
    another (or no known) violated state? Then the days told before it are not its own;
    in one state's daily tally ("Turkish F-16s violated Greek airspace on Thursday.
    Separately, a CN-235 carried out four violations") it is of the same day."""
    before = ctx.day_before or ctx.prev
    if before is None or not ctx.apart():
        return False
    mine, theirs = ctx.rec.violated_state, before.violated_state
    return mine is None or theirs is None or mine.value != theirs.value


def _line_dated(ctx: Ctx) -> bool:
    """ "May 28, 2024 - North Korea begins sending balloons ... // Oct 11, 2024 -
    Pyongyang says South Korean drones flew over its capital": a line of a timeline
    opened by its own day (a bullet or nothing before it, or the label of a list's item:
    "3) Romania, 19 May. ...", ``segment.entry_day``) is an item dated on its own;
    when that day is not the crossing's (the day of what is said), the crossing takes
    no day of the line before."""
    doc = ctx.doc
    at = ctx.anchor.span[0]
    start = doc.text.rfind("\n", 0, at) + 1
    for m in between(doc.facts.dates, start, at)[:1]:
        return m.extra.get("precision") == "day" and (
            not doc.text[start : m.span[0]].strip(" \t-–—•*·")
            or entry_day(doc.text, m.extra.get("phrase_start", m.span[0]), m.span[1])
        )
    return False


def _background(ctx: Ctx) -> bool:
    """A crossing told as background ("had already", "déjà", "last year": BACKGROUND_CUE
    in its clause, or a past period of its own: "In 2015, Venezuelan jets had violated
    ...", "En 2013 et en 2015, des avions ...", see ``episodes.told_as_background``)
    happened before the one told first: it takes no day told outside its own sentences
    ("A drone entered on Monday. In 2021, Lithuania had already reported several
    incursions" does not date them Monday). Nor does a log's entry, each line dated
    on its own ("12 Feb – Russian Su-24 – Romanian airspace", rule log-line), nor a
    tally of a period up to now, told by a noun (``episodes.tally_of_period``) or in a
    clause opening the period (``_tally_since``)."""
    return (
        ctx.draft.background
        or ctx.anchor.rule == "log-line"
        or tally_of_period(ctx.doc, ctx.anchor)
        or _tally_since(ctx)
    )


@resolver("date", "episode")
def _date_episode(ctx: Ctx) -> Found | None:
    mine = ctx.rec.aircraft
    found = [
        m
        for m in _days(ctx, [ctx.region])
        if not _of_other_aircraft(ctx, m)
        and not _next_section(ctx, m)
        and not _of_other_section(ctx, m.span[0])
    ]
    if _week_of_clause(ctx):
        found = [m for m in found if m.span[0] > ctx.anchor.span[1]]
    # "un drone a franchi la frontière, tandis que samedi, deux hélicoptères ont violé ...":
    # the day that opens the next item is that item's
    return _date(ctx, [m for m in found if mine is None or not of_item_after(ctx.doc, mine, m)])


def _next_section(ctx: Ctx, m: Mention) -> bool:
    """A day told in a later paragraph that a state's name labels ("Lithuania. Border
    guards counted 23 balloons over the week. // Latvia. No violations. Riga hosted a
    conference on Thursday": ``anchors.section_label``) is of that section of a digest,
    not this crossing's."""
    doc = ctx.doc
    para = doc.paragraph(m.span[0])
    return para.start > ctx.anchor.span[1] and section_label(doc, m.span[0]) is not None


def _of_other_aircraft(ctx: Ctx, m: Mention) -> bool:
    """A day told in a later paragraph, in a sentence that names another aircraft
    ("... entered at 11:20. // On Wednesday, Hornets had intercepted two Tu-142 over
    international waters", "// Mercredi, des F/A-18 avaient intercepté un Il-38"), is
    that other aircraft's, not this crossing's, as is one of an aircraft told as another
    ("// Police said a similar drone had been seen near Kathua on Monday night", "// Lundi
    soir, un autre drone avait été aperçu") or of a group brought in anew where the
    crossing was one aircraft ("// On 26 March jets were scrambled when drones
    approached the border": ``_new_group``); so is one told in an earlier paragraph
    of other aircraft only; in the same paragraph, a sentence of aircraft told as other
    ones ("Mercredi, un autre drone s'était écrasé ...")."""
    doc = ctx.doc
    sent = doc.sentence(m.span[0])
    if sent in ctx.sentences:
        return False
    mine = ctx.rec.aircraft
    told = between(doc.facts.aircraft, sent.start, sent.end)
    if doc.paragraph(m.span[0]) == doc.paragraph(ctx.anchor.span[0]):
        # "... à 1 h 40 près d'Ocnița. Mercredi, un autre drone s'était écrasé près de
        # Cahul": in its paragraph, a sentence of aircraft told as other ones, or a later
        # one of a third state's own ("On 23 May, a Burkinabe drone struck positions near
        # Djibo"; a day told before the crossing may still be its day)
        later = m.span[0] > ctx.anchor.span[1]
        return (
            mine is not None
            and bool(told)
            and (
                all(told_as_another(doc, a) for a in told)
                or (later and all(_third_state(ctx, a) for a in told))
                or (later and _later_event_told(ctx, told))
            )
        )
    later = m.span[0] > ctx.anchor.span[1]
    return (
        mine is not None
        and bool(told)
        and all(a.differs(mine) or told_as_another(doc, a) or (later and _new_group(mine, a)) for a in told)
    )


def _new_group(mine: Aircraft, a: Aircraft) -> bool:
    """Is ``a`` a group brought in anew (a plural with no count and no word that refers
    back: "// On 26 March jets were scrambled when drones approached the border") where
    the crossing was one aircraft: not the one named again, so the day told with it in
    a later paragraph is not that crossing's?"""
    return a.plural and not a.definite and a.count is None and mine.count == 1 and not mine.plural


def _later_event_told(ctx: Ctx, told: list[Aircraft]) -> bool:
    """Do the aircraft ``told`` in a later sentence of the crossing's paragraph tell
    another event: one of them an aircraft of its own (``_other_event_aircraft``), the
    others that or its responders ("Samedi, des chasseurs finlandais ont escorté un
    bombardier russe Tu-22M3": the escort answers the bomber)?"""
    own = [a for a in told if _other_event_aircraft(ctx, a)]
    return bool(own) and all(a in own or responder(ctx.doc, a) for a in told)


def _other_event_aircraft(ctx: Ctx, a: Aircraft) -> bool:
    """Is ``a``, told in a later sentence of the crossing's paragraph, an aircraft of
    another event: not one named before (no definite article), of another model, kind
    or state than the crossing's (``Aircraft.differs``) or of a third state
    (``_third_state``: "Finnish jets"), and no responder ("... restés
    douze minutes dans son espace aérien. Samedi, des chasseurs finlandais avaient
    escorté un bombardier russe Tu-22M3 au-dessus du golfe de Finlande": Saturday is the
    escort's)?"""
    mine = ctx.rec.aircraft
    if mine is None or a.definite or responder(ctx.doc, a):
        return False
    return a.differs(mine) or _third_state(ctx, a)


def _third_state(ctx: Ctx, a: Aircraft) -> bool:
    """Is ``a`` an aircraft of a state that is neither side of this crossing (not its
    violator's, not the violated state's) and no responder ("Italian F-35s scrambled")?"""
    sides = {f.value for f in (ctx.rec.violator_state, ctx.rec.violated_state) if f is not None}
    own = ctx.rec.aircraft.state if ctx.rec.aircraft is not None else None
    return bool(a.state) and a.state not in sides and a.state != own and not responder(ctx.doc, a)


def _week_of_clause(ctx: Ctx) -> bool:
    """ "MPs asked on Tuesday why no jets were scrambled when a helicopter violated the
    airspace late last week", "ces derniers jours": a period of some days with no day
    of its own told in the crossing's clause (WEEK_PERIOD_CUE) dates it; a day told
    before it outside that clause (the debate's, the statement's), or in it before the
    word that opens what is asked or said (``_before_opener``), is not its day; nor is
    one of another crossing or paragraph. Days told after it stay: the items of a
    summary ("last week - a Mi-24 on Monday and an An-2 on Friday")."""
    return any(ctx.doc.cues.within("WEEK_PERIOD_CUE", c.start, c.end) for c in ctx.clauses)


def _own_period(ctx: Ctx) -> bool:
    """The crossing's own sentences tell a month or a year ("Japan had protested last
    September after an Il-38 violated ...", "en septembre dernier"): it is of that time,
    and takes no day told in another sentence ("... on Sunday" of another event). A
    month that opens a period up to now ("the first violation since last May":
    ``opens_period``) is the start of a rank's span, not the crossing's time."""
    return any(
        m.value is not None and m.extra.get("precision") in ("month", "year") and not opens_period(ctx.doc, m)
        for s in ctx.sentences
        for m in between(ctx.doc.facts.dates, s.start, s.end)
    )


def _no_day_before(ctx: Ctx) -> bool:
    """Does the crossing take no day told before it, in its paragraph or an earlier one:
    told of another matter, as background, over a period of its own, in a week told
    after it, or reported apart (``_other_matter``, ``_background``, ``_own_period``,
    ``_week_of_clause``, ``_reported_apart``)?"""
    return (
        _other_matter(ctx)
        or _background(ctx)
        or _own_period(ctx)
        or _week_of_clause(ctx)
        or _reported_apart(ctx)
    )


@resolver("date", "paragraph_before")
def _date_paragraph(ctx: Ctx) -> Found | None:
    """A day told before the crossing in its paragraph; none for one of another matter
    (``_other_matter``)."""
    if _no_day_before(ctx):
        return None
    para = ctx.doc.paragraph(ctx.anchor.span[0])
    found = _days(ctx, [para], before=ctx.anchor.span[0])
    return _date(
        ctx,
        [m for m in found if not _of_other_aircraft(ctx, m) and not _written_after_said(ctx, m)],
        last=True,
    )


@resolver("date", "document_before")
def _date_document(ctx: Ctx) -> Found | None:
    """A day told in an earlier paragraph (a title, a lead) when the paragraph of
    the crossing tells none (nor for one of another matter: ``_other_matter``)."""
    if _no_day_before(ctx):
        return None
    para = ctx.doc.paragraph(ctx.anchor.span[0])
    scope = Scope(-1, 0, para.start)
    found = [
        m
        for m in _days(ctx, [scope])
        if not _of_other_aircraft(ctx, m)
        and not _written_after_said(ctx, m)
        and not _of_other_section(ctx, m.span[0])
    ]
    return _date(ctx, found, last=True)


def _written_after_said(ctx: Ctx, m: Mention) -> bool:
    """ "Beyrouth, 18 juin. L'armée libanaise a fait état mardi de nouvelles violations.
    Selon son communiqué, un drone israélien a tourné ...": the day the text was written
    (``_written_day``: a dateline) is not the day of a crossing told, between it and the
    crossing, as reported on an earlier day (a day told with a verb of speech): the
    crossing came by then, not on the day of writing."""
    doc = ctx.doc
    if _written_day(doc, m.span[1]) != [m]:
        return False
    said = [
        d
        for d in between(doc.facts.dates, m.span[1], ctx.anchor.span[0])
        if d.extra.get("precision") == "day" and _told_with_speech(doc, d)
    ]
    return any(str(d.value) < str(m.value) for d in said)


# ------------------------------------------------------------------ nights
def night_day(ctx: Ctx, date: Found | None, time: Found | None) -> Found | None:
    """ "In the night of 6 to 7 October ... at 01:15", "dans la nuit de dimanche à
    lundi, à 23 h 40": a crossing told in a night spanning two days is on the night's
    second day when its time is before noon, on its first day otherwise (the night
    is told by NIGHT_CUE right before its first day, key "first", or its second,
    key "second": German "in der Nacht zum Sonntag"). No time: the night's second day
    when both are told ("nella notte tra sabato e domenica", "w nocy z soboty na
    niedzielę"), whichever of the two is nearer the verb; else the day as found. The
    day of the crossing told before at an hour of the small hours is already the
    night's second day: a later crossing of that night keeps it."""
    if date is None or date.mention is None or date.value is None:
        return date
    before = ctx.day_before
    if (
        before is not None
        and date is before.date
        and before.time is not None
        and str(before.time.value) < "12:00"
    ):
        if time is not None and _evening_before(ctx, time):
            # "détecté à 3 h 20 ... Quelques heures plus tôt, vers 23 h 50, un second drone"
            day = _shift_day(str(date.value), -1)
            return date if day is None else Found(day, date.span, date.mention)
        return date  # "first crossed at 01:52 ..., then re-entered at 02:30": the night's second day
    if before is not None and date is before.date and _back_past_midnight(ctx, before, time):
        day = _shift_day(str(date.value), 1)
        return date if day is None else Found(day, date.span, date.mention)
    if time is None:
        return _second_of_night(ctx.doc, date)
    first = _night_of(ctx.doc, date)
    if first is None:
        return date
    day = _shift_day(first, 1) if str(time.value) < "12:00" else first
    return date if day is None or day == date.value else Found(day, date.span, date.mention)


def _back_past_midnight(ctx: Ctx, before: Slots, time: Found | None) -> bool:
    """ "An An-12 crossed on the 3rd at about 22:00 ... The same aircraft came back at
    0:20", « le 3 au soir ... Le même appareil serait revenu peu après minuit, vers 0 h
    20 »: a crossing of coming in again (anchor rule "again") told at a time of the
    clock earlier than the crossing before it, or, that one's time untold, with
    midnight told in its clause (not its eve: ``_eve_of_midnight``), came past midnight:
    on the day after the crossing before."""
    if ctx.anchor.rule != "again" or time is None or time.span is None:
        return False
    if before.time is not None:
        return str(time.value) < str(before.time.value)
    doc = ctx.doc
    clause = doc.clause(ctx.anchor.span[0])
    return any(
        m.value == "00:00" and not _eve_of_midnight(doc, m)
        for m in between(doc.facts.times, clause.start, clause.end)
    )


def _evening_before(ctx: Ctx, time: Found) -> bool:
    """Is the crossing's time one of the evening (noon or later) told as earlier than the
    crossing told before it (TIME_OFFSET_CUE key "earlier" before the time in its
    sentence: "Quelques heures plus tôt, vers 23 h 50", "A few hours earlier, at
    23:50")? The crossing before came in the small hours of the day they share: this
    one was on the evening before."""
    if time.span is None or str(time.value) < "12:00":
        return False
    doc = ctx.doc
    sent = doc.sentence(time.span[0])
    return any(c.key == "earlier" for c in doc.cues.within("TIME_OFFSET_CUE", sent.start, time.span[0]))


def _second_of_night(doc: Doc, date: Found) -> Found:
    """The night's second day when ``date`` is its first, told with its second right
    after it ("de samedi à dimanche", "tra sabato e domenica"); else ``date``. A day
    told later in the clause but not paired with it (the statement's: "on the night of
    9 to 10 September, the minister told parliament on Wednesday") leaves the night
    told by one phrase (``_second_in_phrase``)."""
    m = date.mention
    assert m is not None
    nxt = between(doc.facts.dates, m.span[1], doc.clause(m.span[0]).end)[:1]
    if not nxt or not _night_pair(doc, m, nxt[0]):
        return _second_in_phrase(doc, date)
    if nxt[0].value is None or nxt[0].extra.get("precision") != "day":
        return date
    cue = _night_cue(doc, m.extra.get("phrase_start", m.span[0]), True)
    if (
        (cue is None or cue.key != "first")
        and not _overnight_before(doc, m)
        and not _night_of_own_day(doc, m, nxt[0])
    ):
        return date
    second = str(_in_year_told(doc, nxt[0]))
    if not _next_of(m, str(date.value), second) and not _weekday_before_dated(m, nxt[0]):
        return date
    return Found(second, nxt[0].span, nxt[0])


def _next_of(first: Mention, day: str, second: str) -> bool:
    """Is ``second`` the day after ``day``, the night's first day? A first day told with
    no year of its own ("the night of 31 March to 1 April 2025", "... to 1 April last
    year", "dans la nuit du 31 mars au 1er avril 2025") takes the year of its second:
    the day before the second, its month and day the first's."""
    if _shift_day(day, 1) == second:
        return True
    parts = first.extra.get("parts") or {}
    before = _shift_day(second, -1)
    return "year" not in parts and "day" in parts and before is not None and before[5:] == day[5:]


def _overnight_before(doc: Doc, m: Mention) -> bool:
    """ "Overnight Monday into Tuesday", "overnight Monday to Tuesday": the first day of
    a night pair told right after "overnight" (``_night_of_day_told``), as after "the
    night of"."""
    before = between(doc.facts.dates, doc.clause(m.span[0]).start, m.span[0])[-1:]
    return bool(before) and _night_of_day_told(doc, before[0]) and _paired(doc, before[0], m)


def _night_of_own_day(doc: Doc, m: Mention, second: Mention) -> bool:
    """ "On Wednesday night into Thursday", "Sunday night to Monday": a first day told with
    its own night (the date's part of the day "night") and led by the night's cue (key
    "second") into its second day is a night's first day, as after "the night of"
    ("late on Monday night and left on Tuesday" is two days)."""
    parts = m.extra.get("parts")
    if not isinstance(parts, dict) or parts.get("daypart") != "night":
        return False
    cue = doc.cues.leading_into("NIGHT_CUE", second.extra.get("phrase_start", second.span[0]), doc.text)
    return cue is not None and cue.key == "second"


def _weekday_before_dated(first: Mention, second: Mention) -> bool:
    """ "Nella notte tra martedì e mercoledì 10 settembre", "in the night from Tuesday to
    Wednesday 10 September": a night's first day told by its weekday alone (read as the
    last such day before the report), its second by its weekday and its date: the
    night is on that date."""
    parts, nxt = first.extra.get("parts") or {}, second.extra.get("parts") or {}
    return set(parts) == {"weekday"} and "day" in nxt and "weekday" in nxt


def _second_in_phrase(doc: Doc, date: Found) -> Found:
    """ "Dans la nuit du 10 au 11 mars", "in the night of 6 to 7 October": a night told by
    one phrase of both its days (its value the first, right after the night's cue, key
    "first", its words the day after as a second number) is on its second day."""
    m = date.mention
    assert m is not None
    cue = _night_cue(doc, m.extra.get("phrase_start", m.span[0]), True)
    numbers = re.findall(r"\d+", m.text)
    nxt = _shift_day(str(m.value), 1)
    if len(numbers) == 3 and numbers[2] == str(m.value)[:4]:
        numbers = numbers[:2]  # "the night of 16 to 17 August 2024": its year told
    if cue is None or cue.key != "first" or nxt is None or len(numbers) != 2:
        return date
    if int(numbers[0]) != int(str(m.value)[8:]) or int(numbers[1]) != int(nxt[8:]):
        return date
    return Found(nxt, date.span, m)


def _first_day_as_number(doc: Doc, m: Mention, clause: Scope) -> bool:
    """ "В ночь с 19 на 20 сентября", "w nocy z 19 na 20 września", "in der Nacht vom
    19. auf den 20. September": the night's first day told as a bare number, right
    after the night's cue (key "first") and before the date of its second day, with
    no other phrase between; the number is the day before that date."""
    before = [x for x in between(doc.facts.mentions, clause.start, m.span[0]) if x.kind != "cue"][-1:]
    if not before or before[0].kind != "number":
        return False
    cue = _night_cue(doc, before[0].span[0])
    day = _shift_day(str(m.value), -1)
    if cue is None or cue.key != "first" or day is None:
        return False
    return str(before[0].value) == str(int(day[8:]))


def _night_cue(doc: Doc, pos: int, of_two_days: bool = False) -> Cue | None:
    """The NIGHT_CUE right before ``pos``, unless its night word ends a time of day
    ("alle 3 di notte di domenica", "à 3 heures de la nuit de dimanche" is 3 a.m. on
    that day, not the night after it) and the night names one day: a night of two
    days (``of_two_days``: "à 01:35 dans la nuit de samedi à dimanche") is the one
    the time falls in, whichever words the time took."""
    cue = doc.cues.leading_into("NIGHT_CUE", pos, doc.text)
    if cue is None or of_two_days:
        return cue
    times = between(doc.facts.times, doc.clause(cue.start).start, cue.end)
    return None if any(t.span[0] <= cue.start < t.span[1] for t in times) else cue


def _night_of(doc: Doc, date: Found) -> str | None:
    """The first day of the night the day found (``date``, of its mention) tells (as
    itself or as the second day of a pair, "de dimanche à lundi"), or None."""
    m = date.mention
    if m is None or m.extra.get("precision") != "day" or m.value is None:
        return None
    parts = m.extra.get("parts")
    if isinstance(parts, dict) and parts.get("relative") == "last night":
        # "overnight", "la nuit dernière": the night before the report's day, or before
        # the day of the statement that tells it (``_night_before_statement``)
        return str(date.value)
    clause = doc.clause(m.span[0])
    nxt = between(doc.facts.dates, m.span[1], clause.end)[:1]
    cue = _night_cue(doc, m.extra.get("phrase_start", m.span[0]), bool(nxt) and _night_pair(doc, m, nxt[0]))
    day = str(_in_week_told(doc, m))
    # "overnight Saturday to Sunday" (``_overnight_before``), as "the night of Saturday"
    first_told = cue is not None and cue.key == "first" or _overnight_before(doc, m)
    if nxt and (first_told or _night_of_own_day(doc, m, nxt[0])) and _night_pair(doc, m, nxt[0]):
        second = str(_in_year_told(doc, nxt[0]))  # "the night of 30 April to 1 May 2025"
        return _shift_day(second, -1) if _next_of(m, day, second) else day
    if cue is not None and cue.key == "first" and (told := _listed_day_before(doc, m)) is not None:
        return told  # "nella notte tra il 12 e il 13 maggio": one phrase, the 12th first
    if cue is not None:
        return day if cue.key == "first" else _shift_day(day, -1)
    if _first_day_as_number(doc, m, clause):
        return _shift_day(day, -1)
    for d in between(doc.facts.dates, clause.start, m.span[0])[-1:]:
        cue = _night_cue(doc, d.extra.get("phrase_start", d.span[0]), _night_pair(doc, d, m))
        if cue is not None and cue.key == "first" and d.value is not None and _night_pair(doc, d, m):
            return str(_in_week_told(doc, d))
    return None


def _listed_day_before(doc: Doc, m: Mention) -> str | None:
    """The day listed before ``m`` in its own phrase ("il 12 e il 13 maggio": the 12th,
    told with the 13th's month), the two days one night's, or None."""
    start = m.extra.get("phrase_start", m.span[0])
    told = [d for d in between(doc.facts.dates, start, m.span[0]) if d.extra.get("phrase_start") == start]
    if not told or told[-1].value is None or not _night_pair(doc, told[-1], m):
        return None
    first = str(_in_week_told(doc, told[-1]))
    return first if _shift_day(first, 1) == str(_in_week_told(doc, m)) else None


def _paired(doc: Doc, first: Mention, second: Mention) -> bool:
    """Two days told with only cue words between them ("de samedi à dimanche")."""
    return not [x for x in between(doc.facts.mentions, first.span[1], second.span[0]) if x.kind != "cue"]


def _night_pair(doc: Doc, first: Mention, second: Mention) -> bool:
    """The two days of one night: paired (``_paired``) in one stretch of words; a comma
    ends the night ("dans la nuit du 6 au 7 octobre, a déclaré mercredi le ministre",
    "on the night of 9 to 10 September, the minister told parliament on Wednesday":
    the later day is the saying's)."""
    gap = doc.text[first.span[1] : second.span[0]]
    return not any(c in gap for c in ",;:()") and _paired(doc, first, second)
