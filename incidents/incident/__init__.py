"""The incident layer: mentions -> incident records, in five stages.

1. ``segment``: paragraphs, sentences and clauses, the scopes every rule speaks of;
2. ``anchors``: clauses that tell a crossing (a verb of crossing and its goal), by
   the declarative rules of ``rules.toml``;
3. ``slots``: each field filled by a ladder of small named resolvers (``who``,
   ``when``, ``measures``, ``where``, ``voice``), their order in ``rules.toml``;
4. ``episodes``: anchors merged, split or cancelled across sentences;
5. ``validate``: one table of diagnostics; impossible values are not stated.

Words are never in this package: they are lexicon classes (``*_CUE``, verbs, zones)
of ``incidents/lexicon/<lang>.incident.toml``.
"""

from __future__ import annotations

import datetime as dt

from ..model import Diagnostic, Incident, Mention
from ..words import Lexicon
from . import measures, voice, when, where, who  # noqa: F401  (resolvers register themselves)
from .anchors import COMING_AGAIN, Anchor, find_anchors
from .doc import Doc
from .episodes import Draft, episodes, later_rank_after_apposed, pronoun_opening, split
from .facts import between
from .record import build
from .segment import Scope
from .slots import Ctx, Slots
from .validate import diagnostic

__all__ = ["assemble"]


def assemble(
    text: str, mentions: list[Mention], lexicon: Lexicon, ref: dt.date | None
) -> tuple[list[Incident], list[Diagnostic]]:
    """The incident records of one document and the diagnostics found on the way."""
    diags = [
        diagnostic(text, "E101", m.span, message=str(m.extra["error"]))
        for m in mentions
        if m.kind == "time" and m.extra.get("error")
    ]
    if ref is None:
        # "mardi", "yesterday": no day without a reference date; say so once per phrase
        diags += [
            diagnostic(text, "W212", m.span, date=m.text, why="no reference date")
            for m in mentions
            if m.kind == "date" and m.value is None
        ]
    if not any(m.kind in ("verb", "aircraft") for m in mentions):
        return [], sorted(diags, key=lambda x: x.span or (0, 0))  # nothing can be anchored
    doc = Doc(text, lexicon, ref, _without_apposed_relative(text, mentions))
    merged = episodes(doc, find_anchors(doc))
    regions = [_region(doc, merged, k) for k in range(len(merged))]
    pieces = [
        (piece, _own_region(doc, piece, region))
        for d, region in zip(merged, regions, strict=True)
        for piece in split(doc, d, region)
    ]
    doc.crossing_starts = sorted({a.span[0] for piece, _ in pieces for a in piece.anchors})
    doc.crossing_zones = {a.span[0]: a.zone for piece, _ in pieces for a in piece.anchors}
    built: list[tuple[Draft, Incident]] = []
    prev: Slots | None = None
    prev_draft: Draft | None = None
    for k, (d, region) in enumerate(pieces):
        chained = prev if prev_draft is not None and _chained(doc, prev_draft, d) else None
        dated = prev if prev_draft is not None and dated_before(doc, prev_draft, d) else chained
        ctx = Ctx(doc, d, region, chained, Slots(), later=len(pieces) - k - 1, day_before=dated)
        incident, more = build(ctx)
        diags.extend(more)
        if incident is not None:
            built.append((d, incident))
        prev, prev_draft = ctx.rec, d
    diags.sort(key=lambda x: x.span or (0, 0))  # in text order
    return _without_summaries(doc, _without_added_total(doc, built)), diags


def _own_region(doc: Doc, d: Draft, region: Scope) -> Scope:
    """The episode a record's fields are looked for in: a state's part of a total ("...,
    of which four over Lithuania": ``episodes._times_by_state``) is a tally told in its
    sentence alone, whatever crossing its episode goes on to (its aircraft's model, its
    depth, its time are that crossing's)."""
    return doc.sentence(d.anchor.span[0]) if d.part_state is not None else region


def _without_apposed_relative(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Напередодні, 13 жовтня, російський дрон залетів", "Накануне, 13 октября, ...",
    "Yesterday, October 13, ...": a day told relative to another (``parts`` relative)
    and named right after it, set apart by a comma only, is that named day; the
    relative word, read against the report's day, is no second day of the crossing."""
    days = [m for m in mentions if m.kind == "date" and m.value]
    drop: set[int] = set()
    for a, b in zip(days, days[1:], strict=False):
        named = "day" in b.extra.get("parts", {}) and "month" in b.extra.get("parts", {})
        if "relative" in a.extra.get("parts", {}) and named and text[a.span[1] : b.span[0]].strip() == ",":
            drop.add(id(a))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


#: verbs of coming in again ("re-entered", "came back"): rules.toml [verbs] again, back_again
AGAIN = COMING_AGAIN

_SAME = ("aircraft_category", "violator_state", "violated_state", "zone", "date")


def _without_summaries(doc: Doc, built: list[tuple[Draft, Incident]]) -> list[Incident]:
    """ "Helicopters violated its airspace today ... on 27 and 28 August and today": a
    crossing told whole, with one day, and then split into its listed days is the
    item of that day, not a record beside it; an aircraft of another model told beside
    them ("... at 10:42 and again at 13:15, and a CN-235 entered") is not their whole."""

    def key(i: Incident) -> tuple[object, ...]:
        return tuple(getattr(i, f) for f in _SAME)

    items: dict[tuple[object, ...], set[str | None]] = {}
    last: dict[tuple[object, ...], int] = {}
    for d, i in built:
        # members told by their ranks (``episodes._members_by_rank``) are no items of a
        # whole: a later member told by a crossing of its own is one more of them
        ranked = d.pick is not None and d.pick.kind == "cue"
        if d.pick_total > 1 and i.date is not None and not ranked:
            items.setdefault(key(i), set()).add(i.aircraft_model)
            last[key(i)] = max(last.get(key(i), -1), d.anchor.span[0])

    def summary(d: Draft, i: Incident) -> bool:
        models = items.get(key(i))
        return (
            models is not None
            and not _one_more(doc, d, last[key(i)])
            and (i.aircraft_model is None or None in models or i.aircraft_model in models)
        )

    return [i for d, i in built if d.pick_total > 1 or i.date is None or not summary(d, i)]


def _one_more(doc: Doc, d: Draft, last: int) -> bool:
    """ "..., four of them by armed F-16s. Two F-16s also flew over Panagia at 11:05",
    « ..., dont quatre par des F-16. Deux F-16 ont en outre survolé Panagia »: a crossing
    told after all the items of a whole (``last``, the latest item's start) with a word
    of addition in its clause (ADDITION_CUE) is one more crossing, not that whole."""
    if d.anchor.span[0] <= last:
        return False
    clause = doc.clause(d.anchor.span[0])
    return bool(doc.cues.within("ADDITION_CUE", clause.start, clause.end))


def _without_added_total(doc: Doc, built: list[tuple[Draft, Incident]]) -> list[tuple[Draft, Incident]]:
    """ "Athens reported thirteen violations by Turkish aircraft on Monday. Two F-16s flew
    over Panagia at 11:48 ... A drone committed twelve violations near Lesbos", « treize
    violations ... Deux F-16 ont survolé Panagia ... un drone a commis douze violations »:
    a count of crossings of no aircraft counted, model or time (``repetitions``), followed
    in its paragraph and the next by two or more records of its state and day whose
    crossings (their repetitions, else one each) add up to it, is their total, no
    record beside them. Records that do not add up to it leave it standing."""
    gone: set[int] = set()
    for k, (d, total) in enumerate(built):
        n = total.repetitions
        if not isinstance(n, int) or n < 2 or total.aircraft_count or total.aircraft_model or total.time:
            continue
        last = doc.paragraph(d.last.span[0]).nth + 1
        rest = [(e, i) for e, i in built[k + 1 :] if doc.paragraph(e.anchor.span[0]).nth <= last]
        if len(rest) < 2 or any(not _item_of_total(total, i) for _, i in rest):
            continue
        if sum(i.repetitions if isinstance(i.repetitions, int) else 1 for _, i in rest) == n:
            gone.add(k)
    return [b for k, b in enumerate(built) if k not in gone]


def _item_of_total(total: Incident, i: Incident) -> bool:
    """May ``i`` be one of the crossings ``total`` counts: of its state crossed and its
    zone, of its day or of none told, by its violator or one not told?"""
    return (
        i.violated_state == total.violated_state
        and i.zone == total.zone
        and i.date in (None, total.date)
        and i.violator_state in (None, total.violator_state)
        and (i.repetitions is None or isinstance(i.repetitions, int))
    )


def _region(doc: Doc, drafts: list[Draft], k: int) -> Scope:
    """The episode of draft ``k``: from its first sentence to the next record's first
    sentence, or to the clause that tells the next record when it is in the same
    sentence (the last one's runs to the end: a report ends with its details). An
    item whose verb is left out ("... over X at 11:30 and over Y at 11:55") begins at
    its own clause: what the items before it told is theirs."""
    d = drafts[k]
    start = doc.sentence(d.anchor.span[0]).start
    end = len(doc.text)
    for nxt in drafts[k + 1 :]:
        if nxt.anchor is not d.anchor:
            at = nxt.anchor.span[0]
            # a crossing told again later in a sentence ("It entered at 9:09 and left at
            # 9:12, then re-entered at 9:33") leaves the clauses before it to this one
            again = nxt.anchor.verb is not None and nxt.anchor.verb.key in AGAIN
            # so does a later member told after the first in one sentence ("The first, a
            # Gerbera, entered at 01:10, the second crossed at 01:40")
            again = again or later_rank_after_apposed(doc, nxt.anchor.span)
            # and one told with a word of again after a clause of other deeds ("It entered
            # at 11:05 and left three minutes later, then entered again at 11:20")
            again = again or _again_after_deeds(doc, nxt.anchor)
            told = doc.clause(at).start if again else doc.sentence(at).start
            if told <= d.last.span[1]:  # in the same sentence: up to the clause telling it
                told = nxt.anchor.clause.start
                if nxt.aircraft is not None and d.last.span[1] <= nxt.aircraft.span[0] < told:
                    told = doc.clause(nxt.aircraft.span[0]).start
            end = min(end, max(told, d.last.span[1]))
            break
    # nor past a sentence that tells more of an earlier record ("A drone entered ...
    # 19 drones had violated ... The aircraft stayed twelve minutes": not the 19's)
    for other in drafts[:k]:
        for a in other.anchors:
            if a.span[0] > d.last.span[1] and other.anchor is not d.anchor:
                end = min(end, max(doc.sentence(a.span[0]).start, d.last.span[1]))
    # nor into a sentence of another matter ("Separately, Moldova said a drone fell
    # near X": APART_CUE), whose places and days are not this crossing's
    for cue in doc.cues.within("APART_CUE", d.last.span[1], end)[:1]:
        end = max(doc.sentence(cue.start).start, d.last.span[1])
    end = max(end, d.last.span[1])
    ranked = d.anchor.rule == "gapped" or later_rank_after_apposed(doc, d.anchor.span)
    if ranked and len(d.anchors) == 1 and start < d.anchor.clause.start < end:
        start = d.anchor.clause.start
    return Scope(-1, _after_told_before(doc, drafts, k, _antecedent_told_before(doc, drafts, k, start)), end)


def _again_after_deeds(doc: Doc, a: Anchor) -> bool:
    """ "The plane entered at 11:05 and left three minutes later, then entered again at
    11:20", « L'avion est entré à 11 h 05 et en est ressorti, puis est entré de nouveau à
    11 h 20 »: a crossing whose clause tells it with a word of again or another
    (ANOTHER_CUE), after clauses of its sentence that tell deeds of their own (a verb or
    a word of leaving, EXIT_CUE, before its clause), is told after them: they are of the
    crossing before it. A sentence opened by its time only ("At 11:20, another drone
    entered") is its own."""
    sent = doc.sentence(a.span[0])
    told = between(doc.facts.verbs, sent.start, a.clause.start)
    if not told and not doc.cues.within("EXIT_CUE", sent.start, a.clause.start):
        return False
    return bool(doc.cues.within("ANOTHER_CUE", a.clause.start, a.clause.end))


def _antecedent_told_before(doc: Doc, drafts: list[Draft], k: int, start: int) -> int:
    """ "Poland's Operational Command reports a drone over the Lublin region this morning
    at 05:10. It flew about 15 km into Polish territory", "signale un drone ce matin vers
    3 h 25. L'engin a survolé le territoire roumain": the aircraft of a crossing told
    first by a pronoun or a definite noun, introduced in an earlier sentence of its
    paragraph that tells no crossing (no anchor of any record), is introduced with the
    crossing's hour and day: the episode begins at that sentence. Not for a crossing
    told by a noun ("It was the latest in a series of violations": the pronoun is no
    subject of a crossing, what the sentence before told is not its beginning)."""
    d, para = drafts[k], doc.paragraph(start)
    if d.anchor.verb is not None and d.anchor.verb.noun:
        return start
    a = d.aircraft
    if a is None and pronoun_opening(doc, doc.sentence(start)) is not None:
        a = next(iter(between(doc.facts.aircraft, para.start, start)[-1:]), None)  # "It flew ..."
    if a is None or not para.start <= a.span[0] < start:
        return start
    lo = doc.sentence(a.span[0]).start
    if any(lo <= x.span[0] < start for other in drafts for x in other.anchors):
        return start
    return lo


def _after_told_before(doc: Doc, drafts: list[Draft], k: int, start: int) -> int:
    """ "Three of them crossed at 01:50 and two others came in at 02:25", « Deux d'entre
    eux ont franchi la frontière vers 23 h 10 et deux autres sont entrés à 23 h 45 »: a
    crossing told after the record before it in one sentence, by an aircraft of its own
    named after that record's verb right after "and" (COORD_CUE), begins at its aircraft:
    what was told before is the other record's. Not after a comma ("; dans la nuit du 24
    au 25, un hélicoptère ...") nor another word ("since December 2022, when five drones
    crossed"): the day told before the aircraft is its own."""
    d, prev = drafts[k], drafts[k - 1] if k > 0 else None
    if prev is None or prev.anchor is d.anchor or prev.last.span[1] < start or d.aircraft is None:
        return start
    at = d.aircraft.span[0]
    if (
        doc.cues.ending_at("COORD_CUE", at, doc.text) is not None
        and prev.last.span[1] <= at < d.anchor.span[0]
    ):
        return at
    return start


def _chained(doc: Doc, a: Draft, b: Draft) -> bool:
    """Is ``b`` told in the stretch of text of ``a`` (same or next paragraph)?"""
    return doc.paragraph(b.anchor.span[0]).nth - doc.paragraph(a.last.span[0]).nth <= 1


def dated_before(doc: Doc, a: Draft, b: Draft) -> bool:
    """May ``b`` share the day of ``a`` told paragraphs before it? Yes when the
    paragraphs between tell no day: they tell more of ``a`` (its interception, the
    reactions), and "a drone also crossed ..." after them is of the same day."""
    last, told = doc.paragraph(a.last.span[0]), doc.paragraph(b.anchor.span[0])
    return told.nth - last.nth > 1 and not any(
        m.extra.get("precision") == "day" for m in between(doc.facts.dates, last.end, told.start)
    )
