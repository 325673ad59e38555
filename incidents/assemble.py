"""Mentions -> incident records, with validation diagnostics.

An incident is anchored on a violation verb ("a violé", "entered", "incursion")
whose zone is national airspace or a border; ADIZ and FIR entries are not
violations. Anchors that speak of the same crossing (same aircraft, no new time)
are merged; a new aircraft or a new time of day starts a new incident. Fields are
taken from the anchor's clause first, then from context carried across sentences
(the state named before, the aircraft named before, the paragraph's date).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .model import (
    Bound,
    Category,
    Certainty,
    Diagnostic,
    Incident,
    Mention,
    Precision,
    Role,
    Severity,
    Zone,
)
from .words import Lexicon, fold

_SENT = re.compile(r"(?<=[.!?…])[\"”»']?\s+(?=[\"“«]?[A-ZÀ-Ý0-9])|\n\s*\n|(?<=:)\s+(?=[A-ZÀ-Ý«\"“])")
_PARA = re.compile(r"\n\s*\n")

MAX_ALTITUDE_M = 30_000
MAX_DEPTH_M = 500_000


@dataclass
class _Draft:
    anchor: Mention
    start: int
    end: int
    aircraft: Mention | None = None
    zone: Mention | None = None
    verbs: list[Mention] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, tuple[int, int]] = field(default_factory=dict)


def _bounds(text: str, pattern: re.Pattern[str]) -> list[int]:
    starts = [0]
    for m in pattern.finditer(text):
        starts.append(m.end())
    return starts


def _segment(pos: int, starts: list[int]) -> int:
    """Index of the sentence (or paragraph) that holds ``pos``: starts are sorted."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


def assemble(
    text: str, mentions: list[Mention], lexicon: Lexicon, ref: dt.date | None
) -> tuple[list[Incident], list[Diagnostic]]:
    diags: list[Diagnostic] = []
    index = _doc_bounds(text)
    sent_starts = index.sents

    def sent_of(m: Mention | int) -> int:
        return index.sent(m if isinstance(m, int) else m.span[0])

    def para_of(m: Mention | int) -> int:
        return index.para(m if isinstance(m, int) else m.span[0])

    for m in mentions:
        if m.kind == "time" and m.get("error"):
            diags.append(_diag(text, Severity.ERROR, "E101", str(m.get("error")), m.span))

    # ---- anchors: violation verbs with a national zone in their sentence
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(index.sent(m.span[0]), []).append(m)

    anchors: list[tuple[Mention, Mention | None]] = []
    for m in mentions:
        if m.kind != "verb" or m.get("negated") or m.get("hypothetical"):
            continue  # "did not enter", "could send drones into ..."
        sent = by_sent.get(sent_of(m), [])
        zones = [z for z in sent if z.kind == "zone"]
        zone = _nearest(m, zones)
        if zone is None:
            # "the same jets overflew Panagia", "un drone a survolé l'île": a strong verb
            # with an aircraft, after an incursion told in the same or previous paragraph
            if (
                m.get("strong")
                and not m.get("noun")
                and anchors
                and _subject(m, sent) is not None
                and para_of(m) - para_of(anchors[-1][0]) <= 1
            ):
                anchors.append((m, anchors[-1][1]))
            continue
        if zone.value not in ("airspace", "median_line"):
            continue  # ADIZ, FIR, international airspace: no violation
        # "près de la frontière" with a motion verb far away is no crossing
        if abs(_gap(m, zone)) > 160:
            continue
        lo, hi = sorted((m.span[1], zone.span[0])) if zone.span[0] >= m.span[1] else (zone.span[1], m.span[0])
        between = [x for x in sent if lo <= x.span[0] < hi]
        if _has_cue(lexicon, "EXIT_CUE", " " + fold(text[lo:hi]) + " ", leading=False):
            continue  # "... and returned to Turkish airspace"
        if m.value in ("detect", "send") and (
            zone.get("border")
            or zone.span[0] < m.span[1]
            or not _has_cue(lexicon, "IN", " " + fold(text[m.span[1] : zone.span[0]]) + " ", leading=False)
        ):
            # "detected in Romanian airspace", "sent drones into the Pyongyang airspace" are
            # crossings; "spotted near the border", "sent jets to patrol its airspace" are not
            continue
        if not m.get("strong"):
            # "flew along the border", "stayed ... and did not violate the airspace"
            if any(x.kind == "verb" for x in between):
                continue
            if _has_cue(lexicon, "ALONG_CUE", " " + fold(text[lo:hi]) + " ", leading=False):
                continue
        # "no object had entered", "did not report any violation", "incursions simulées"
        window = [
            x
            for x in sent
            if x.kind == "cue"
            and x.value in ("neg", "hypo")
            and 0 <= m.span[0] - x.span[1] <= 45
            and not any(v.kind == "verb" and x.span[1] <= v.span[0] < m.span[0] for v in sent)
        ]
        if window:
            continue
        if any(x.kind == "cue" and x.value == "hypo" and abs(_gap(x, m)) <= 25 for x in sent):
            continue
        anchors.append((m, zone))

    drafts: list[_Draft] = []
    context: dict[str, Any] = {}
    for verb, zone in anchors:
        sent = by_sent.get(sent_of(verb), [])
        # what was sent is the object: "Seoul sent drones into ..."
        objects = [x for x in sent if x.span[0] >= verb.span[1]] if verb.value == "send" else sent
        group = _subjects(verb, objects, text)
        ac = group[0] if group else None
        times = [t for t in sent if t.kind == "time" and t.value and not t.get("tz")]
        # the day of this clause: "... after a Russian missile entered Polish airspace on March 3"
        days = _days_after(verb, sent, mentions, text)
        cur = drafts[-1] if drafts else None
        new = True
        if cur is not None:
            same_sentence = sent_of(verb) == sent_of(cur.anchor)
            cur_time = cur.fields.get("time")
            new_time = bool(times) and cur_time is not None and times[0].value != cur_time
            cur_day = cur.fields.get("day")
            new_time = new_time or (bool(days) and cur_day is not None and days[0].value != cur_day)
            # the current crossing may be a group of listed models: any of them may be meant
            cur_acs = [x.aircraft for x in drafts if x.anchor is cur.anchor and x.aircraft is not None]
            different_ac = (
                ac is not None
                and bool(cur_acs)
                and all(
                    _different_aircraft(ac, cur_ac)
                    or (
                        not ac.get("definite")
                        and ac.get("count")
                        and cur_ac.get("count")
                        and ac.get("count") != cur_ac.get("count")
                    )
                    for cur_ac in cur_acs
                )
            )
            different_state = (
                zone is not None
                and cur.zone is not None
                and zone.get("state")
                and cur.zone.get("state")
                and zone.get("state") != cur.zone.get("state")
            )
            # "... after leaving Japanese airspace a minute later, it entered it twice more":
            # a crossing told after the aircraft left is another one
            # (the leaving told in the new verb's own sentence: "... before turning back.
            # The missile travelled 40 km into Polish airspace" tells the same crossing)
            last = max(v.span[1] for v in cur.verbs) if cur.verbs else cur.anchor.span[1]
            lo = max(last, sent_starts[sent_of(verb)])
            re_entry = (
                not verb.get("noun")
                and not same_sentence
                and lo <= verb.span[0]
                and _has_cue(lexicon, "EXIT_CUE", " " + fold(text[lo : verb.span[0]]) + " ", leading=False)
            )
            if re_entry:
                new = True
            elif verb.get("noun") and not different_ac and not new_time:
                new = False  # "an incursion of 600 m" speaks of the crossing just told
            elif same_sentence and not different_ac and not new_time:
                new = False
            elif not new_time and not different_ac and not different_state and len(group) < 2:
                new = False
        if new:
            d = _Draft(verb, sent_starts[sent_of(verb)], len(text))
            if drafts:
                drafts[-1].end = d.start if d.start > drafts[-1].start else verb.span[0]
            drafts.append(d)
            if len(group) > 1:
                # "a helicopter and three pairs of F-16s", "Mi-8 and Ka-52": one record each
                d.aircraft = group[0]
                d.fields["models"] = True
                for other in group[1:]:
                    twin = _Draft(verb, d.start, len(text), aircraft=other, zone=zone)
                    twin.verbs.append(verb)
                    twin.fields["twin"] = True
                    twin.fields["models"] = True
                    drafts.append(twin)
        targets = [x for x in drafts if x.anchor is verb] if new and len(group) > 1 else [drafts[-1]]
        for d in targets:
            if verb not in d.verbs:
                d.verbs.append(verb)
            if times and d.fields.get("time") is None:
                d.fields["time"] = times[0].value
            if days and d.fields.get("day") is None:
                d.fields["day"] = days[0].value
            if len(group) < 2 and ac is not None:
                if d.aircraft is None or _more_specific(ac, d.aircraft) or d.aircraft.get("generic"):
                    d.aircraft = _merge_aircraft(d.aircraft, ac)
            if d.zone is None or (zone is not None and zone.get("state") and not d.zone.get("state")):
                d.zone = zone
    for i in range(len(drafts) - 1):
        if drafts[i + 1].start > drafts[i].start:
            drafts[i].end = min(drafts[i].end, drafts[i + 1].start)
    for d in drafts:
        if bool(d.fields.get("models")):
            same = [x for x in drafts if x.anchor is d.anchor]
            d.end = max(x.end for x in same)
        d.start = _extend_back(d, mentions, sent_starts, sent_of, para_of, drafts)

    # a general statement followed by detailed crossings is their context
    if len(drafts) > 1:
        first = drafts[0]
        rest = drafts[1:]
        if (
            first.aircraft is not None
            and first.aircraft.get("plural")
            and first.aircraft.get("count") is None
            and all(
                para_of(r.anchor) == para_of(first.anchor) or para_of(r.anchor) == para_of(first.anchor) + 1
                for r in rest
            )
            and not _has_details(first, mentions, sent_of)
            and all(r.aircraft is None or r.aircraft.get("definite") for r in rest)
        ):
            context["summary"] = first
            drafts = rest

    # the distances of a region, scored once (by enumerations and by each record)
    scored: dict[tuple[int, int], list[tuple[int, Mention]]] = {}
    context["scored"] = scored
    drafts = _split_enumerations(text, drafts, mentions, lexicon, sent_of, scored)
    incidents: list[Incident] = []
    for idx, d in enumerate(drafts):
        region = [m for m in mentions if d.start <= m.span[0] < d.end]
        inc, more = _fill(text, d, region, mentions, lexicon, ref, context, idx, drafts)
        diags.extend(more)
        if inc is not None:
            incidents.append(inc)
    return incidents, diags


def _subjects(verb: Mention, sent: list[Mention], text: str) -> list[Mention]:
    """The aircraft the verb is about: the nearest before it (or after, in the
    passive), plus any joined to it by "and"/"et" ("a helicopter and two F-16s")."""

    def aliased(a: Mention) -> bool:  # "Mi-8 (Hip)": the bracketed name is the same aircraft
        return text[a.span[0] - 1 : a.span[0]] == "(" and text[a.span[1] : a.span[1] + 1] == ")"

    before = [a for a in sent if a.kind == "aircraft" and a.span[1] <= verb.span[0] and not aliased(a)]
    if not before:
        after = [a for a in sent if a.kind == "aircraft" and a.span[0] >= verb.span[1]]
        return after[:1]
    group = [before[-1]]
    for prev in reversed(before[:-1]):
        raw_gap = text[prev.span[1] : group[0].span[0]]
        gap = re.sub(r"\([^()]{0,30}\)|[()]", " ", raw_gap)
        # "four fighter jets (two Su-27s and two Su-24s)": the list in brackets details the head
        opens_list = raw_gap.strip() == "("
        if opens_list or re.fullmatch(r"\s*(?:,|and|et|&|as well as|ainsi que|–|-)\s*", gap, re.I):
            group.insert(0, prev)
        else:
            break
    modelled = [a for a in group if a.get("model")]
    if modelled:
        # "quatre avions russes, deux Su-27 et deux Su-24": the general head is their sum
        heads = [
            a for a in group if not a.get("model") and not any(_different_aircraft(a, b) for b in modelled)
        ]
        group = [a for a in group if a not in heads]
        state = next((h.get("state") for h in heads if h.get("state")), None)
        if state:
            group = [
                a
                if a.get("state")
                else _merge_aircraft(a, Mention("aircraft", a.text, a.span, a.value, extra={"state": state}))
                for a in group
            ]
    distinct = []
    for a in group:
        if not any(not _different_aircraft(a, b) and a.get("model") == b.get("model") for b in distinct):
            distinct.append(a)
    return distinct if len(distinct) > 1 else group[-1:]


def _extend_back(
    d: _Draft,
    mentions: list[Mention],
    sent_starts: list[int],
    sent_of: Any,
    para_of: Any,
    drafts: list[_Draft],
) -> int:
    """A sentence just before the anchor that introduces the same episode (an
    aircraft was detected, "the first violation occurred at 16:42") joins it."""
    s = sent_of(d.start)
    if s == 0:
        return d.start
    prev_start = sent_starts[s - 1]
    if para_of(prev_start) != para_of(d.start):
        return d.start
    if any(prev_start <= v.span[0] < d.start for x in drafts if x is not d for v in x.verbs):
        return d.start  # that sentence tells another crossing
    prev = [m for m in mentions if prev_start <= m.span[0] < d.start]
    if any(m.kind == "aircraft" or (m.kind == "verb" and m.get("noun")) for m in prev):
        return prev_start
    return d.start


def _has_details(d: _Draft, mentions: list[Mention], sent_of: Any) -> bool:
    s = sent_of(d.anchor)
    return any(m.kind in ("time", "distance", "duration") and sent_of(m) == s for m in mentions)


def _gap(a: Mention, b: Mention) -> int:
    if b.span[0] >= a.span[1]:
        return b.span[0] - a.span[1]
    return a.span[0] - b.span[1]


def _nearest(m: Mention, cands: list[Mention]) -> Mention | None:
    best = None
    best_gap = 10**9
    for c in cands:
        gap = _gap(m, c)
        # a zone after the verb is the usual order; before it (passive) costs more
        cost = gap if c.span[0] >= m.span[1] else gap * 2 + 20
        if cost < best_gap:
            best, best_gap = c, cost
    return best


def _subject(verb: Mention, sent: list[Mention]) -> Mention | None:
    before = [a for a in sent if a.kind == "aircraft" and a.span[1] <= verb.span[0]]
    if before:
        return before[-1]
    after = [a for a in sent if a.kind == "aircraft" and a.span[0] >= verb.span[1]]
    return after[0] if after else None


def _different_aircraft(a: Mention, b: Mention) -> bool:
    ma, mb = a.get("model"), b.get("model")
    if a.get("generic") or b.get("generic"):
        return bool(ma and mb and ma != mb)
    if a.value != b.value and "unknown" not in (a.value, b.value):
        return True
    return bool(ma and mb and ma != mb)


def _more_specific(a: Mention, b: Mention) -> bool:
    """Does ``a`` say something ``b`` does not (model, count, nationality)?"""
    return any(a.get(k) and not b.get(k) for k in ("model", "count", "state", "role"))


def _merge_aircraft(old: Mention | None, new: Mention) -> Mention:
    if old is None:
        return new
    extra = dict(old.extra)
    for k, v in new.extra.items():
        if v not in (None, False) and extra.get(k) in (None, False):
            extra[k] = v
    if old.get("count") and new.get("definite"):
        extra["count"] = old.get("count")
    value = new.value if old.value == "unknown" else old.value
    return Mention("aircraft", new.text, new.span, value, extra=extra)


def _words_near(text: str, pos: int, width: int, after: bool) -> str:
    seg = text[pos : pos + width] if after else text[max(0, pos - width) : pos]
    return " " + fold(seg) + " "


_CUE_RES: dict[tuple[int, str, bool], re.Pattern[str]] = {}


def _cue_re(lexicon: Lexicon, cls: str, leading: bool) -> re.Pattern[str]:
    key = (id(lexicon), cls, leading)
    pat = _CUE_RES.get(key)
    if pat is None:
        forms = sorted(
            {fold(f) for fs in lexicon.classes.get(cls, {}).values() for f in fs}, key=len, reverse=True
        )
        alts = "|".join(re.escape(f) + ("" if f.endswith("'") else r"\b") for f in forms) or r"(?!)"
        pat = re.compile((r"\s*(?:" if leading else r"\b(?:") + alts + ")")
        _CUE_RES[key] = pat
    return pat


def _has_cue(lexicon: Lexicon, cls: str, window: str, leading: bool) -> bool:
    """Does a word of lexicon class ``cls`` open (``leading``) or occur in ``window``?"""
    pat = _cue_re(lexicon, cls, leading)
    return bool(pat.match(window) if leading else pat.search(window))


def _fill(
    text: str,
    d: _Draft,
    region: list[Mention],
    mentions: list[Mention],
    lexicon: Lexicon,
    ref: dt.date | None,
    context: dict[str, Any],
    idx: int,
    drafts: list[_Draft],
) -> tuple[Incident | None, list[Diagnostic]]:
    diags: list[Diagnostic] = []
    f: dict[str, Any] = {}
    ev: dict[str, tuple[int, int]] = {}
    before = [m for m in mentions if m.span[1] <= d.anchor.span[0]]
    summary: _Draft | None = context.get("summary")

    # aircraft ------------------------------------------------------------------
    ac = d.aircraft
    # the aircraft the crossing before was found to be (its model may come from context)
    prev_ac = drafts[idx - 1].fields.get("ac") or drafts[idx - 1].aircraft if idx > 0 else None
    if (
        (ac is None or not ac.get("model"))
        and prev_ac is not None
        and (ac is None or not _different_aircraft(ac, prev_ac))
    ):
        # "with one of them violating ...": the group told just before
        prev = prev_ac
        carried = {k: v for k, v in prev.extra.items() if k in ("model", "role", "state") and v}
        ac = (
            Mention("aircraft", prev.text, prev.span, prev.value, extra=carried)
            if ac is None
            else _merge_aircraft(ac, Mention("aircraft", prev.text, prev.span, prev.value, extra=carried))
        )
    if ac is not None and (ac.get("generic") or ac.get("definite")) and not ac.get("model"):
        # "L'appareil a pénétré ...": the aircraft named just before
        ante = [
            m
            for m in before
            if m.kind == "aircraft"
            and not m.get("generic")
            and not m.get("definite")
            and d.anchor.span[0] - m.span[0] < 600
            and (ac.get("generic") or m.value == ac.value)
        ]
        if ante:
            a = ante[-1]
            ac = Mention(
                "aircraft",
                a.text,
                a.span,
                a.value,
                extra={
                    **{k: v for k, v in a.extra.items() if v is not None},
                    **{k: v for k, v in ac.extra.items() if v and k not in ("generic", "definite")},
                },
            )
    if ac is not None and ac.get("partitive") and ac.value == "unknown":
        ac = None  # "one of them" with no aircraft named before: people, not aircraft
    if ac is None:
        prior = [m for m in region if m.kind == "aircraft" and not m.get("partitive")] or [
            m for m in before if m.kind == "aircraft" and not m.get("partitive")
        ][-1:]
        if prior:
            ac = _merge_aircraft(ac, prior[0]) if ac else prior[0]
    if ac is not None and not ac.get("model") and not d.fields.get("twin"):
        for m in [m for m in region if m.span[0] > d.anchor.span[0] and m.get("definite")]:
            if m.kind == "aircraft" and m.get("model") and not _different_aircraft(m, ac):
                ac = _merge_aircraft(ac, m)
                break
    if ac is not None:
        d.fields["ac"] = ac
        f["aircraft_category"] = Category(ac.value)
        ev["aircraft_category"] = ac.span
        if ac.get("model"):
            f["aircraft_model"] = ac.get("model")
            ev["aircraft_model"] = ac.span
        if ac.get("role"):
            f["aircraft_role"] = Role(ac.get("role"))
        if ac.get("count") is not None:
            f["aircraft_count"] = int(ac.get("count"))
            ev["aircraft_count"] = ac.span
        elif bool(d.fields.get("models")) or (ac.get("definite") and not ac.get("plural")):
            f["aircraft_count"] = 1
        if ac.get("state"):
            f["violator_state"] = ac.get("state")
            ev["violator_state"] = ac.span
    # zone and violated state -------------------------------------------------
    zone = d.zone
    if zone is not None:
        f["zone"] = Zone(zone.value)
        ev["zone"] = zone.span
        if zone.get("state"):
            f["violated_state"] = zone.get("state")
            ev["violated_state"] = zone.span
    index = _doc_bounds(text)
    anchor_s = index.sent(d.anchor.span[0])
    s_lo, s_hi = index.sent_span(d.anchor.span[0])
    s_lo, s_hi = max(s_lo, d.start), min(s_hi, d.end)
    anchor_sent = [m for m in mentions if s_lo <= m.span[0] < s_hi]
    # "entered Polish airspace from Belarus", "des ballons lancés par la Corée du Nord"
    origin = next(
        (
            m
            for m in anchor_sent
            if m.kind == "state"
            and not m.get("demonym")
            and _has_cue(
                lexicon,
                "AC_ORIGIN",
                " " + fold(text[max(0, m.span[0] - 22) : m.span[0]]) + " ",
                leading=False,
            )
        ),
        None,
    )
    violator_hint = f.get("violator_state") or (origin.value if origin is not None else None)
    if (
        "violated_state" not in f
        and zone is not None
        and (zone.get("poss") or "national" in fold(zone.text) or zone.value == "median_line")
    ):
        # "our airspace", "son espace aérien", "national airspace": the speaker's state,
        # named in the source or first in the report ("SEOUL - South Korea accused ...")
        own = [
            m
            for m in mentions
            if m.kind == "state"
            and m.value != violator_hint
            and (ac is None or not _inside(m, ac))
            and m.span[0] < d.anchor.span[1]
        ]
        own = own or [m for m in anchor_sent if m.kind == "state" and m.value != violator_hint]
        srcs = [m for m in mentions if m.kind == "source" and m.get("state")]
        if srcs and srcs[0].get("state") != violator_hint:
            f["violated_state"] = srcs[0].get("state")
        elif own:
            f["violated_state"] = own[0].value
            ev["violated_state"] = own[0].span
    if "violated_state" not in f:
        named = [
            m
            for m in before + region
            if m.kind == "state"
            and not m.get("demonym")
            and not m.get("capital")  # "Moscow said ...": a speaker, not "the state named before"
            and m.span[0] < d.anchor.span[0]
            and m.value != violator_hint
        ]
        zstates = [
            m for m in before if m.kind == "zone" and m.get("state") and m.get("state") != violator_hint
        ]
        later = [
            m
            for m in region
            if m.kind == "zone"
            and m.get("state")
            and m.value == "airspace"
            and m.get("state") != violator_hint
            and m.span[0] > d.anchor.span[0]
        ]
        if later:
            f["violated_state"] = later[0].get("state")
            ev["violated_state"] = later[0].span
        elif idx > 0 and drafts[idx - 1].zone is not None and drafts[idx - 1].zone.get("state"):
            f["violated_state"] = drafts[idx - 1].zone.get("state")
        elif summary is not None and summary.zone is not None and summary.zone.get("state"):
            f["violated_state"] = summary.zone.get("state")
        elif zstates:
            f["violated_state"] = zstates[-1].get("state")
        elif named:
            f["violated_state"] = named[-1].value
            ev["violated_state"] = named[-1].span
        else:
            # "la frontière intercoréenne, a indiqué l'état-major sud-coréen": the speaker
            speakers = [
                m
                for m in mentions
                if m.kind == "source"
                and m.get("state")
                and m.get("state") != violator_hint
                and m.get("authority")
            ]
            if speakers:
                f["violated_state"] = speakers[0].get("state")
    if "violator_state" not in f:
        # "South Korea had sent drones into ...", "la Corée du Nord a envoyé des ballons":
        # who sent them is named just before the verb
        # ("a accusé l'Ukraine d'avoir envoyé un drone qui aurait pénétré ...": the sending
        # told before the crossing in its sentence counts too)
        sends = [v for v in d.verbs if v.value == "send"] + [
            v for v in anchor_sent if v.kind == "verb" and v.value == "send" and v.span[0] < d.anchor.span[0]
        ]
        senders = [
            m
            for m in anchor_sent
            if m.kind == "state"
            and not m.get("demonym")
            and m.value != f.get("violated_state")
            and any(0 <= v.span[0] - m.span[1] <= 25 for v in sends)
        ]
        if senders:
            f["violator_state"] = senders[-1].value
            ev["violator_state"] = senders[-1].span
    if "violator_state" not in f and ac is not None and ac.get("own"):
        # "deux de ses hélicoptères", "two of its Su-24s": the speaker's own aircraft
        own_src = [m.get("state") for m in anchor_sent if m.kind == "source" and m.get("state")]
        own_src += [m.value for m in anchor_sent if m.kind == "state" and m.span[0] < ac.span[0]]
        if own_src and own_src[0] != f.get("violated_state"):
            f["violator_state"] = own_src[0]
    if "violator_state" not in f:
        src = None
        if summary is not None and summary.aircraft is not None and summary.aircraft.get("state"):
            src = summary.aircraft.get("state")
        elif idx > 0 and drafts[idx - 1].aircraft is not None and drafts[idx - 1].aircraft.get("state"):
            src = drafts[idx - 1].aircraft.get("state")
        else:
            # an aircraft of an earlier sentence (in the same one, it is likely the interceptor)
            earlier = [
                m
                for m in before
                if m.kind == "aircraft" and m.get("state") and index.sent(m.span[0]) != anchor_s
            ]
            for m in reversed(earlier):
                src = m.get("state")
                break
            if src is None and origin is not None and origin.value != f.get("violated_state"):
                src = origin.value
            if src is None:
                dem = [
                    m
                    for m in anchor_sent
                    if m.kind == "state"
                    and m.get("demonym")
                    and m.value != f.get("violated_state")
                    and m.span[0] < d.anchor.span[0]
                ]
                if dem:
                    src = dem[0].value
                else:
                    # "un avion du gouvernement russe": an owner named after the aircraft
                    owners = [
                        m
                        for m in anchor_sent
                        if m.kind == "source"
                        and m.get("state")
                        and ac is not None
                        and ac.span[0] < m.span[0] < d.anchor.span[0]
                    ]
                    if owners:
                        src = owners[0].get("state")
        if src and src != f.get("violated_state"):
            f["violator_state"] = src

    # time, date ----------------------------------------------------------------
    times = [m for m in region if m.kind == "time" and m.value]
    local = [m for m in times if not m.get("tz")]  # "(0125 GMT)" restates a local time
    # "l'espace aérien a été fermé ... entre 22H43 et 23H53, après que deux drones ont
    # survolé ...": the time of another event (no verb of the crossing in between)
    local = [
        m
        for m in local
        if not (
            _has_cue(lexicon, "OTHER_EVENT_CUE", _words_near(text, m.span[0], 60, False), leading=False)
            and not any(m.span[0] - 60 <= v.span[0] < m.span[0] for v in d.verbs)
        )
    ]
    nth = d.fields.get("nth")
    if nth and len({m.value for m in local}) == nth[1]:
        local = local[nth[0] :]  # "the first at 16:42, the second at 21:33"
    if local:
        t = local[0]
        f["time"] = t.value
        f["time_approx"] = t.bound == "approx"
        ev["time"] = t.span
        if t.get("end"):
            dur = _minutes(t.get("end")) - _minutes(t.value)
            if dur < 0:
                dur += 24 * 60
            f["duration_s"] = float(dur * 60)
            f["duration_bound"] = Bound.EXACT
            ev["duration_s"] = t.span
    dates = [m for m in region if m.kind == "date" and m.value]
    # "said on Wednesday", "a démenti mardi": the date of the statement, not of the crossing
    told = [m for m in dates if _after_cue(m, mentions, ("say", "deny", "alleged")) or _dateline(text, m)]
    dates = [m for m in dates if m not in told] or dates
    # the second clause of a sentence has its own day: "entered US airspace on January 28
    # and crossed into Canadian airspace on January 30"
    later_clause = (
        idx > 0
        and drafts[idx - 1].anchor is not d.anchor
        and index.sent(drafts[idx - 1].anchor.span[0]) == anchor_s
        and not d.fields.get("twin")
    )
    own_day = [
        m for m in dates if later_clause and m.span[0] > d.anchor.span[0] and m.value == d.fields.get("day")
    ]
    if d.fields.get("date_pick") is not None:
        dates = [d.fields["date_pick"]]  # "on October 3, and again on Wednesday and Thursday"
    elif own_day:
        dates = own_day[:1]
    elif dates:
        near = min(dates, key=lambda m: min(_gap(m, v) for v in d.verbs))
        # "at the beginning of May ... on the morning of May 4": the day, not the month
        finer = [
            m
            for m in dates
            if m.get("precision") == "day"
            and near.get("precision") != "day"
            and str(m.value)[:7] == str(near.value)[:7]
        ]
        dates = [finer[0] if finer else near]
    if not dates:
        anchor_para = text.rfind("\n\n", 0, d.anchor.span[0])
        dates = [m for m in before if m.kind == "date" and m.value and not _dateline(text, m)]
        if summary is not None:
            dates = [
                m
                for m in mentions
                if m.kind == "date" and m.value and summary.start <= m.span[0] < d.anchor.span[0]
            ] or dates
        dates = dates[-1:] if dates and dates[-1].span[0] > anchor_para - 2000 else []
    if dates:
        dm = dates[0]
        f["date"] = dm.value
        f["date_precision"] = Precision(dm.get("precision") or "day")
        ev["date"] = dm.span
        if ref is not None and dm.value > ref.isoformat():
            diags.append(
                _diag(
                    text,
                    Severity.ERROR,
                    "E206",
                    f"date {dm.value} is after the reference date {ref.isoformat()}",
                    dm.span,
                )
            )
            del f["date"], f["date_precision"]

    # quantities: a depth is how far in, not a distance from a town or along a border
    scored = context["scored"].get((d.start, d.end)) or _scored_distances(text, d.start, region, lexicon)
    pick = d.fields.get("depth_pick")
    if pick is not None:
        scored = [(sc, m) for sc, m in scored if m is pick or _is_altitude(m, text, lexicon)]
    for key in ("depth", "altitude"):
        cands = [(sc, m) for sc, m in scored if (key == "altitude") == _is_altitude(m, text, lexicon)]
        cands = [(sc, m) for sc, m in cands if sc >= 0]
        if not cands:
            continue
        best = max(cands, key=lambda c: c[0])[1]
        if key == "depth" and best.value > MAX_DEPTH_M:
            diags.append(
                _diag(
                    text,
                    Severity.WARNING,
                    "W202",
                    f"depth {best.value / 1000:.0f} km is implausible for an incursion: not kept",
                    best.span,
                )
            )
            continue
        f[f"{key}_m"] = float(best.value)
        f[f"{key}_bound"] = Bound(best.bound or "exact")
        if best.low is not None:
            f[f"{key}_low_m"] = float(best.low)
        ev[f"{key}_m"] = best.span
    if d.fields.get("duration_pick") is not None:
        region_d = [d.fields["duration_pick"]]
    else:
        region_d = region
    if "duration_s" not in f:
        for m in region_d:
            # a month-long "incursion" is a period of reporting, not a stay
            if (
                m.kind == "duration"
                and m.value is not None
                and m.value <= 12 * 3600
                and not _has_cue(
                    lexicon, "OTHER_EVENT_CUE", _words_near(text, m.span[0], 60, False), leading=False
                )
            ):
                f["duration_s"] = float(m.value)
                f["duration_bound"] = Bound(m.bound or "exact")
                if m.low is not None:
                    f["duration_low_s"] = float(m.low)
                ev["duration_s"] = m.span
                break
    reps = [
        m
        for m in region
        if m.kind == "repetition" and any(_same_sentence(text, m, v) and _gap(m, v) <= 80 for v in d.verbs)
    ]
    # the count nearest the verb: "violated ... 41 times, while two helicopters violated it twice"
    reps.sort(key=lambda m: min(abs(_gap(m, v)) for v in d.verbs))
    if reps and not (nth and reps[0].value == nth[1]):
        f["repetitions"] = reps[0].value
        ev["repetitions"] = reps[0].span
    anchor_sent = (d.start, max(d.anchor.span[1] + 250, d.start))
    locs = [
        m for m in region if m.kind == "location" and m.value and anchor_sent[0] <= m.span[0] < anchor_sent[1]
    ]
    pick_span = d.fields.get("pick_span")
    if pick_span:
        locs = [m for m in locs if pick_span[0] <= m.span[0] < pick_span[1]] or locs
    if later_clause:
        locs = [m for m in locs if m.span[0] > d.anchor.span[0]]  # the first clause's place is its own
    if locs:
        # a place after the verb in its sentence ("entered ... near X"), else the nearest
        after_verb = [m for m in locs if m.span[0] >= d.anchor.span[0] and _same_sentence(text, m, d.anchor)]
        loc = after_verb[0] if after_verb else min(locs, key=lambda m: abs(m.span[0] - d.anchor.span[0]))
        f["location"] = loc.value
        ev["location"] = loc.span
    elif zone is not None and zone.get("place"):
        f["location"] = zone.get("place")  # "sent drones into the Pyongyang airspace"
        ev["location"] = zone.span
    elif (
        idx > 0
        and not later_clause
        and drafts[idx - 1].fields.get("location")
        and not (
            d.aircraft is not None
            and drafts[idx - 1].aircraft is not None
            and _different_aircraft(d.aircraft, drafts[idx - 1].aircraft)
        )
    ):
        f["location"] = drafts[idx - 1].fields["location"]

    # certainty and source ----------------------------------------------------------
    scope_lo = d.start
    scope_hi = max(d.anchor.span[1] + 200, min(d.end, d.anchor.span[1] + 400))
    sent_region = [m for m in mentions if scope_lo <= m.span[0] < scope_hi]
    scope = sent_region + (
        [m for m in mentions if summary.start <= m.span[0] < summary.end] if summary else []
    )
    p_lo, p_hi = index.para_span(d.anchor.span[0])
    scope = [m for m in scope if p_lo <= m.span[0] < p_hi]
    cues = [m for m in scope if m.kind == "cue"]
    sources = [m for m in scope if m.kind == "source"]
    # a doubt qualifies the claim of the crossing itself: its own sentence
    verb_sents = {index.sent(v.span[0]) for v in d.verbs}
    claim = [m for m in scope if index.sent(m.span[0]) in verb_sents]
    alleged = (
        any(v.get("conditional") or v.get("alleged") for v in d.verbs)
        or any(c.kind == "cue" and c.value == "alleged" for c in claim)
        # "according to X" is one party's word ("according to Minsk"), unless X is an
        # authority of the violated state ("selon le ministère roumain", "according to
        # Greek defense officials")
        or any(
            s.kind == "source"
            and s.get("according")
            and not (s.get("authority") and s.get("state") and s.get("state") == f.get("violated_state"))
            for s in claim
        )
        or (summary is not None and any(v.get("conditional") or v.get("alleged") for v in summary.verbs))
    )
    # "Moscow denied that its jets had violated ...": the denial governs the claim;
    # a denial elsewhere makes the claim one party's word
    denies = [c for c in cues if c.value == "deny"]
    denied = not alleged and any(
        _same_sentence(text, c, d.anchor) and c.span[0] < d.anchor.span[0] for c in denies
    )
    alleged = alleged or (bool(denies) and not denied)
    # the authority may speak anywhere in the paragraph ("Communiqué des forces de défense ...")
    para_ms = [m for m in mentions if p_lo <= m.span[0] < p_hi]
    authority = [s for s in para_ms if s.kind == "source" and s.get("authority")] + [
        c for c in para_ms if c.kind == "cue" and c.value == "authority"
    ]
    said = [c for c in para_ms if c.kind == "cue" and c.value == "say"]
    # "Poland said ...": the violated state itself speaking
    authority += [
        m
        for m in para_ms
        if m.kind == "state"
        and not m.get("demonym")
        and m.value == f.get("violated_state")
        and any(0 <= c.span[0] - m.span[1] <= 3 for c in said)
    ]
    # "selon le commandement ... des forces armées polonaises": the violated state's
    # authority, quoted, states it
    vouched = [
        m
        for m in claim
        if m.kind == "source"
        and m.get("according")
        and m.get("authority")
        and m.get("state")
        and m.get("state") == f.get("violated_state")
    ]
    authority += vouched
    said += vouched
    # "The Estonian Defence Forces declined to comment": named, not vouching
    authority = [
        m
        for m in authority
        if not _has_cue(lexicon, "NO_COMMENT_CUE", _words_near(text, m.span[1], 40, True), leading=False)
    ]
    own_cues = alleged or denied or bool(authority) or bool(said)
    if not own_cues and idx > 0 and drafts[idx - 1].fields.get("certainty"):
        # a second crossing told in the same release has the same standing
        f["certainty"] = drafts[idx - 1].fields["certainty"]
    elif alleged:
        f["certainty"] = Certainty.ALLEGED
    elif denied:
        f["certainty"] = Certainty.DENIED
    elif authority and said:
        f["certainty"] = Certainty.CONFIRMED
    else:
        f["certainty"] = Certainty.REPORTED
    if not sources:
        sources = [m for m in mentions if m.kind == "source" and p_lo <= m.span[0] < p_hi]
    # "aircraft of the Chinese People's Liberation Army": the owner, not who reports it
    speech = [c for c in para_ms if c.kind == "cue" and c.value in ("say", "deny", "alleged")]

    def speaks(m: Mention) -> bool:
        return bool(m.get("according")) or any(
            0 <= c.span[0] - m.span[1] <= 40 or 0 <= m.span[0] - c.span[1] <= 6 for c in speech
        )

    # an acronym is a source only where it speaks ("GEETHA said", "a rapporté LRT"), and
    # not where it abbreviates the name before it ("the ... General Staff (GEETHA) said")
    named_ends = [m.span[1] for m in sources if not m.get("acronym")]
    sources = [
        m
        for m in sources
        if not m.get("acronym")
        or (
            0 <= _speech_gap(m, speech) <= 3
            and not (
                text[m.span[0] - 1 : m.span[0]] == "(" and any(0 <= m.span[0] - e <= 2 for e in named_ends)
            )
        )
    ]
    if sources:
        planes = [a.span[1] for a in para_ms if a.kind == "aircraft"]
        owner_words = lexicon.folded_forms("OWNER_CUE")
        sources = [
            m
            for m in sources
            if not any(
                0 <= m.span[0] - end <= 16 and fold(text[end : m.span[0]]).strip() in owner_words
                for end in planes
            )
        ]
    if sources:
        # a source that speaks in the crossing's sentence ("the ministry said", "said the
        # army", "according to") over one merely named ("a drone similar to those used by
        # the Russian army")
        speaking = [m for m in sources if index.sent(m.span[0]) in verb_sents and speaks(m)]
        if speaking:
            # "Poland's chief of staff, General Wiesław Kukuła, said": who is next to "said"
            src = min(
                speaking,
                key=lambda m: (
                    0 if m.get("according") else _speech_gap(m, speech),
                    abs(m.span[0] - d.anchor.span[0]),
                ),
            )
        else:
            src = min(sources, key=lambda m: abs(m.span[0] - d.anchor.span[0]))
        f["source"] = src.value
        ev["source"] = src.span

    if "source" not in f and idx > 0 and drafts[idx - 1].fields.get("source"):
        f["source"] = drafts[idx - 1].fields["source"]
    for key in ("location", "source", "certainty"):
        if f.get(key):
            d.fields[key] = f[key]

    # validation ----------------------------------------------------------------------
    span = (d.start, max(d.anchor.span[1], max((s for _, s in ev.values()), default=d.anchor.span[1])))
    for key, limit, code in (("altitude_m", MAX_ALTITUDE_M, "E204"),):
        if f.get(key) is not None and f[key] > limit:
            diags.append(
                _diag(
                    text,
                    Severity.ERROR,
                    code,
                    f"altitude {f[key]:.0f} m is above {limit} m: not an aircraft",
                    ev[key],
                )
            )
            f.pop(key)
            f.pop("altitude_bound", None)
    if f.get("depth_m") is not None and f["depth_m"] < 0:
        diags.append(_diag(text, Severity.ERROR, "E203", "negative penetration depth", ev["depth_m"]))
        f.pop("depth_m")
        f.pop("depth_bound", None)
    elif f.get("depth_m") is not None and f["depth_m"] > MAX_DEPTH_M:
        diags.append(
            _diag(
                text,
                Severity.WARNING,
                "W202",
                f"depth {f['depth_m'] / 1000:.0f} km is implausible for an incursion",
                ev["depth_m"],
            )
        )
    own_airspace = f.get("violator_state") and f.get("violator_state") == f.get("violated_state")
    if own_airspace and not (d.aircraft is not None and d.aircraft.get("state")):
        # "les appareils sont restés dans l'espace aérien biélorusse": their own sky
        return None, diags
    if own_airspace:
        diags.append(
            _diag(
                text,
                Severity.ERROR,
                "E205",
                f"the violating and violated state are both {f['violated_state']}",
                d.anchor.span,
            )
        )
        f.pop("violator_state")
    for key in ("violator_state", "violated_state"):
        code = f.get(key)
        if code and lexicon.iso_codes and code not in lexicon.iso_codes:
            diags.append(
                _diag(
                    text,
                    Severity.ERROR,
                    "E207",
                    f"unknown ISO 3166 code {code!r} for {key}",
                    ev.get(key, d.anchor.span),
                )
            )
            f.pop(key)
    if "violated_state" not in f:
        diags.append(
            _diag(text, Severity.WARNING, "W210", "incident without a violated state", d.anchor.span)
        )
    if "aircraft_category" not in f:
        if "violator_state" not in f:
            # "violations of Lithuanian airspace have become frequent": a topic, not a
            # crossing; "the flight entered Polish airspace at 10:15": no aircraft of anyone's
            return None, []
        diags.append(_diag(text, Severity.WARNING, "W211", "incident without an aircraft", d.anchor.span))

    inc = Incident(span=span, evidence=ev, **f)
    return inc, diags


def _days_after(verb: Mention, sent: list[Mention], mentions: list[Mention], text: str) -> list[Mention]:
    """The days named after ``verb`` in its sentence ``sent``, less the statement's own
    ("said on Tuesday") and a dateline's."""
    return [
        m
        for m in sent
        if m.kind == "date"
        and m.value
        and m.get("precision") == "day"
        and m.span[0] > verb.span[0]
        and not _after_cue(m, mentions, ("say", "deny", "alleged"))
        and not _dateline(text, m)
    ]


def _after_cue(m: Mention, mentions: list[Mention], kinds: tuple[str, ...]) -> bool:
    """A date told with the statement: "said on Tuesday", "announced by the Finnish
    Border Guard on Friday", "in a statement issued on Tuesday" (no verb of the
    crossing in between)."""
    for c in mentions:
        if c.kind == "cue" and c.value in kinds and 0 <= m.span[0] - c.span[1] <= 45:
            if not any(
                v.kind in ("verb", "zone", "aircraft") and c.span[1] <= v.span[0] < m.span[0]
                for v in mentions
            ):
                return True
    return False


def _speech_gap(m: Mention, speech: list[Mention]) -> int:
    """Characters between ``m`` and the nearest speech cue next to it (-1: none)."""
    gaps = [g for c in speech for g in (c.span[0] - m.span[1], m.span[0] - c.span[1]) if g >= 0]
    return min(gaps) if gaps else -1


_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý .'’-]+,\s*$")


def _dateline(text: str, m: Mention) -> bool:
    """ "TBILISI, June 22 (AP) —": the date of the dispatch, not of the event."""
    start = text.rfind("\n", 0, m.span[0]) + 1
    return m.span[0] - start < 40 and bool(_DATELINE.match(text, start, m.span[0]))


class _Index:
    """Sentence and paragraph starts of a text, and which one holds an offset
    (memoised: assembly asks about the same few offsets many times)."""

    __slots__ = ("sents", "paras", "_sent", "_para")

    def __init__(self, text: str) -> None:
        self.sents = _bounds(text, _SENT)
        self.paras = _bounds(text, _PARA)
        self._sent: dict[int, int] = {}
        self._para: dict[int, int] = {}

    def sent(self, pos: int) -> int:
        found = self._sent.get(pos)
        if found is None:
            found = self._sent[pos] = _segment(pos, self.sents)
        return found

    def para(self, pos: int) -> int:
        found = self._para.get(pos)
        if found is None:
            found = self._para[pos] = _segment(pos, self.paras)
        return found

    def sent_span(self, pos: int) -> tuple[int, int]:
        """[start, end) of the sentence that holds ``pos``: ``sent(x) == sent(pos)``
        exactly for the offsets ``x`` in it."""
        k = self.sent(pos)
        return self.sents[k], self.sents[k + 1] if k + 1 < len(self.sents) else _FAR

    def para_span(self, pos: int) -> tuple[int, int]:
        """[start, end) of the paragraph that holds ``pos`` (as ``sent_span``)."""
        k = self.para(pos)
        return self.paras[k], self.paras[k + 1] if k + 1 < len(self.paras) else _FAR


_FAR = 1 << 62


@functools.lru_cache(maxsize=16)
def _doc_bounds(text: str) -> _Index:
    """The index of a text (str hashes are cached: found again in O(1))."""
    return _Index(text)


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    index = _doc_bounds(text)
    return index.sent(a.span[0]) == index.sent(b.span[0])


def _inside(a: Mention, b: Mention) -> bool:
    return b.span[0] <= a.span[0] and a.span[1] <= b.span[1]


def _is_altitude(m: Mention, text: str = "", lexicon: Lexicon | None = None) -> bool:
    """An altitude: said so ("à une altitude de"), in feet or a flight level, or
    right after an altitude cue ("flying at up to 150 metres")."""
    if m.get("dim") == "altitude" or (
        m.get("dim") is None and m.get("unit_in_text") in ("foot", "flight_level")
    ):
        return True
    if m.get("dim") == "depth" or lexicon is None:
        return False
    lead = " " + fold(text[max(0, m.span[0] - 22) : m.span[0] + 4]) + " "  # "flying | at up to"
    return _has_cue(lexicon, "ALTITUDE_CUE", lead, leading=False)


def _scored_distances(
    text: str, start: int, region: list[Mention], lexicon: Lexicon
) -> list[tuple[int, Mention]]:
    """Distances of a region with a score: negative = not a depth (covered, along);
    offsets ("40 km from Tallinn", "65 NM northwest of Keelung") are left out."""
    scored: list[tuple[int, Mention]] = []
    prev_end = start
    for m in region:
        if m.kind != "distance" or m.value is None or m.get("vague"):
            continue  # "quelques centaines de mètres", "a few kilometres": no value stated
        after = _words_near(text, m.span[1], 16, True)
        lead = text[max(prev_end, m.span[0] - 40) : m.span[0]]
        prev_end = m.span[1]
        around = _words_near(text, m.span[0], 25, False) + _words_near(text, m.span[1], 25, True)
        score = 0
        if _is_altitude(m, text, lexicon):
            scored.append((0, m))
            continue
        if m.get("dim") == "depth":
            score += 3
        else:
            if _has_cue(lexicon, "OFFSET_CUE", after, leading=True):
                continue
            if _has_cue(lexicon, "ALONG_CUE", " " + fold(lead) + " ", leading=False) or _has_cue(
                lexicon, "COVER_CUE", " " + fold(lead[-25:]) + " ", leading=False
            ):
                score -= 2
            if _has_cue(lexicon, "DEPTH_CUE", around, leading=False):
                score += 2
        scored.append((score, m))
    return scored


_ENUM = re.compile(r"\b(?:and|et|puis|then|ensuite|while|tandis)\b", re.I)


def _split_enumerations(
    text: str,
    drafts: list[_Draft],
    mentions: list[Mention],
    lexicon: Lexicon,
    sent_of: Any,
    scored: dict[tuple[int, int], list[tuple[int, Mention]]],
) -> list[_Draft]:
    """ "going 1.2 km and then 1.9 km", "700 m near Kitee and 500 m near Rautjärvi":
    one crossing per depth, the other fields shared (times taken in order)."""
    out: list[_Draft] = []
    for d in drafts:
        region = [m for m in mentions if d.start <= m.span[0] < d.end]
        found = scored.get((d.start, d.end))
        if found is None:
            found = scored[(d.start, d.end)] = _scored_distances(text, d.start, region, lexicon)
        depths = [m for sc, m in found if sc >= 0 and not _is_altitude(m, text, lexicon)]
        durations = [
            m for m in region if m.kind == "duration" and m.value is not None and m.value <= 12 * 3600
        ]
        run = _longest_run(text, depths, mentions, sent_of)
        kind = "depth_pick"
        if len(run) < 2:
            run, kind = _longest_run(text, durations, mentions, sent_of), "duration_pick"
        days: list[Mention] = []
        if len(run) < 2:
            anchor_s = sent_of(d.anchor)
            days = _days_after(d.anchor, [m for m in region if sent_of(m) == anchor_s], mentions, text)
        if len(run) < 2 and len(days) > 1:
            # "entered ... on October 3, and then again on Wednesday and Thursday": one
            # crossing a day (not "between 3 and 5 October", a period)
            dated = _longest_run(text, days, mentions, sent_of)
            if (
                len(dated) >= 2
                and len({m.value for m in dated}) == len(dated)
                and not _has_cue(
                    lexicon, "RANGE_CUE", _words_near(text, dated[0].span[0], 14, False), leading=False
                )
            ):
                run, kind = dated, "date_pick"
        if len(run) < 2 or d.fields.get("twin"):
            out.append(d)
            continue
        for i, m in enumerate(run):
            twin = _Draft(d.anchor, d.start, d.end, aircraft=d.aircraft, zone=d.zone, verbs=list(d.verbs))
            twin.fields.update(d.fields)
            twin.fields[kind] = m
            twin.fields["nth"] = (i, len(run))
            twin.fields["pick_span"] = (
                m.span[0],
                run[i + 1].span[0] if i + 1 < len(run) else m.span[1] + 120,
            )
            out.append(twin)
    return out


def _longest_run(text: str, found: list[Mention], mentions: list[Mention], sent_of: Any) -> list[Mention]:
    """The longest chain of ``found`` joined by "and", "et", "puis" in one sentence."""
    runs: list[list[Mention]] = []
    for m in found:
        if runs and (
            sent_of(m) == sent_of(runs[-1][-1])
            and _ENUM.search(text, runs[-1][-1].span[1], m.span[0])
            and not any(v.kind == "verb" and runs[-1][-1].span[1] <= v.span[0] < m.span[0] for v in mentions)
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    return max(runs, key=len) if runs else []


def _minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def _diag(text: str, sev: Severity, code: str, msg: str, span: tuple[int, int]) -> Diagnostic:
    line = text.count("\n", 0, span[0]) + 1
    col = span[0] - (text.rfind("\n", 0, span[0]) + 1) + 1
    return Diagnostic(sev, code, msg, span, line, col)
