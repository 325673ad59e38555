"""What a distance is to a crossing: a depth, an altitude, or neither.

- An **altitude** says so ("at an altitude of", feet, a flight level) or follows an
  ``ALTITUDE_CUE`` ("flying at").
- A **depth** is how far in: not a distance from a place ("40 km from Tallinn": an
  ``OFFSET_CUE`` right after it, unless a ``DEPTH_CUE`` says into what: "600 metros
  do espaço aéreo"), not one flown along or covered ("along the border for 13 km":
  ``ALONG_CUE``/``COVER_CUE`` before it in its clause), not a vague one.
"""

from __future__ import annotations

from ..model import Mention
from .doc import Doc, per_mention, rules
from .facts import between


@per_mention
def is_altitude(doc: Doc, m: Mention) -> bool:
    src = _converted_from(doc, m)
    if src is not None and not is_altitude(doc, src):
        return False  # "a pénétré de 500 mètres, ou 1 640 pieds": the depth again, in feet
    dim = m.extra.get("dim")
    if dim == "altitude" and m.extra.get("dim_bare") and _inward_after(doc, m):
        return False  # "flew at very low altitude about 1.2 km into Polish territory"
    if dim == "altitude" or (dim is None and m.extra.get("unit_in_text") in ("foot", "flight_level")):
        return True
    if dim == "depth":
        return False
    if _above_ground(doc, m):
        return True
    cues = [
        doc.cues.leading_into("ALTITUDE_CUE", m.span[0], doc.text),
        doc.cues.opening("ALTITUDE_CUE", m.span[0]),
    ]
    cued = any(c is not None and c.key == "altitude" for c in cues)
    at = next((c for c in cues if c is not None and c.key == "at"), None)
    if not cued and at is not None:
        cued = _flown_at(doc, m) or _over_place_at(doc, m, at.start) or _zone_entered_at(doc, m)
    if not cued:
        cued = _flown_above(doc, m) or _apposed_to_height(doc, m)
    if cued and doc.cues.starting_at("DEPTH_CUE", after_conversion(doc, m), doc.text) is not None:
        return False  # "volant à 3 km au-delà de la frontière": how far past it, not how high
    return cued and not _from_place(doc, m)


def _flown_at(doc: Doc, m: Mention) -> bool:
    """ "Les appareils volaient au-dessus des eaux neutres à 10 000 mètres", "had flown
    at 50 metres over Vilnius", "a survolé le village à 300 mètres": a distance opened
    by its word of position (ALTITUDE_CUE key "at") after a verb of flying or flying
    over, the nearest verb before it in its clause, is how high, unless a word of
    into or inside follows it ("a volé à 3 km à l'intérieur de la Pologne", "à 3 km
    au-delà de la frontière": DEPTH_CUE)."""
    clause = doc.clause(m.span[0])
    verbs = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
    if not verbs or verbs[0].key not in ("fly", "overfly"):
        return False
    after = after_conversion(doc, m)
    return not any(
        doc.cues.starting_at(cls, after, doc.text) for cls in ("INTO_CUE", "INSIDE_CUE", "DEPTH_CUE")
    )


def _zone_entered_at(doc: Doc, m: Mention) -> bool:
    """ "Violated Japanese airspace off Nagasaki on Monday at about 3,000 meters", « est
    entré dans l'espace aérien japonais à 3 000 mètres » : a distance in metres opened by
    its word of position (ALTITUDE_CUE key "at") after the airspace or border a verb of
    crossing goes into (its nearest verb in the clause, the zone between them) is how high
    the aircraft crossed, unless a word of into, inside or offset follows it (« à 3 000
    mètres à l'intérieur du territoire », "at 500 metres north of the post"). Kilometres
    and miles stay how far in or away."""
    if m.extra.get("unit_in_text") != "meter":
        return False
    clause = doc.clause(m.span[0])
    verbs = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
    if not verbs or verbs[0].key not in _ENTRY_KEYS:
        return False
    zones = between(doc.facts.zones, verbs[0].span[1], m.span[0])
    if not any(z.kind == "airspace" or z.border for z in zones):
        return False
    after = after_conversion(doc, m)
    return not any(
        doc.cues.starting_at(cls, after, doc.text)
        for cls in ("INTO_CUE", "INSIDE_CUE", "DEPTH_CUE", "OFFSET_CUE")
    )


#: the verbs of crossing into a zone (``_zone_entered_at``); not of penetrating, whose
#: distance may be how far in (« a pénétré dans l'espace aérien à 200 mètres »)
_ENTRY_KEYS = frozenset({"enter", "reenter", "cross", "violate"})


def _over_place_at(doc: Doc, m: Mention, at: int) -> bool:
    """ "Finnish Border Guard reports a Russian drone over Virolahti at 300 metres", "- 26
    Sep: a Belarusian balloon over Bialystok at 4,000 metres", « un ballon biélorusse
    au-dessus de Białystok à 3 000 mètres »: a distance opened by its word of position
    (ALTITUDE_CUE key "at", starting at ``at``) right after a named place that a word
    of over (OVER_CUE) leads into, in its clause, is how high the aircraft was over
    that place, with a verb of flying or none, unless a word of into or inside follows
    it ("over Bialystok at 3 km inside Poland")."""
    clause = doc.clause(m.span[0])
    told = [x for x in between(doc.facts.mentions, clause.start, at) if x.kind != "cue"][-1:]
    if not told or told[0].kind != "location" or doc.text[told[0].span[1] : at].strip():
        return False
    place = told[0].span[0]
    if not (doc.cues.opening("OVER_CUE", place) or doc.cues.leading_into("OVER_CUE", place, doc.text)):
        return False
    after = after_conversion(doc, m)
    return not any(
        doc.cues.starting_at(cls, after, doc.text) for cls in ("INTO_CUE", "INSIDE_CUE", "DEPTH_CUE")
    )


def _inward_after(doc: Doc, m: Mention) -> bool:
    """Does a word of into or past a border (INTO_CUE, DEPTH_CUE) follow the distance
    ``m`` (after its conversion in brackets): how far in, not how high?"""
    after = after_conversion(doc, m)
    return any(doc.cues.starting_at(cls, after, doc.text) for cls in ("INTO_CUE", "DEPTH_CUE"))


def _apposed_to_height(doc: Doc, m: Mention) -> bool:
    """ "Overflew the village at very low altitude, about 50 metres", "à très basse
    altitude, environ 50 mètres", "a bassissima quota, circa 50 metri", "at treetop
    height (some 30 metres)", « en rase-mottes — une trentaine de mètres »: a distance
    set after a comma, an opening bracket or a dash right after a word of height
    (ALTITUDE_CUE key "altitude") says that height, unless a word of into or inside
    follows it ("at low altitude, 3 km into Polish territory": how far in)."""
    before = doc.text[: m.span[0]].rstrip()
    if not before.endswith(_APPOSING_MARKS):
        return False
    cue = doc.cues.ending_at("ALTITUDE_CUE", len(before) - 1, doc.text)
    if cue is None or cue.key != "altitude":
        return False
    after = after_conversion(doc, m)
    inward = ("INTO_CUE", "INSIDE_CUE", "DEPTH_CUE")
    return not any(doc.cues.starting_at(cls, after, doc.text) for cls in inward)


#: the marks that set a value beside the words before it: a comma, a bracket, a dash
_APPOSING_MARKS = (",", "(", "—", "–")


def _above_ground(doc: Doc, m: Mention) -> bool:
    """ "Less than 100 metres above the ground", "50 m off the ground", « à moins de 100
    mètres du sol », « à 3 000 mètres au-dessus du niveau de la mer »: a distance told
    right before a word of the ground or the sea as what it is measured from
    (ALTITUDE_CUE key "ground") is how high, whatever verb tells the flight; not when a
    state names the land with it or right after it (« 1 200 mètres au-dessus du sol
    biélorusse », a zone: how far in)."""
    first = doc.cues.starting_at("ALTITUDE_CUE", after_conversion(doc, m), doc.text)
    if first is None:
        return False
    # "above the ground" starts where "above" (key "above") does: any cue there
    at = first.start
    cues = doc.cues.within("ALTITUDE_CUE", at, len(doc.text) + 1)
    cue = next((c for c in cues if c.start == at and c.key == "ground"), None)
    if cue is None:
        return False
    end = doc.clause(m.span[0]).end
    # the land named with the word ("sol lituanien" is a zone), or a state right after it
    told = [x for x in between(doc.facts.mentions, cue.start, end) if x.kind != "cue"][:1]
    if not told or not (told[0].kind == "state" or (told[0].kind == "zone" and told[0].extra.get("state"))):
        return True
    return told[0].span[0] >= cue.end and bool(doc.text[cue.end : told[0].span[0]].strip())


def _flown_above(doc: Doc, m: Mention) -> bool:
    """ "A Be-12 flew 300 metres above the island": a distance told right before a word
    of above (ALTITUDE_CUE key "above"; English only, French "au-dessus de" tells "over"
    as well: "parcouru 1 200 mètres au-dessus du sol biélorusse" is how far in) after
    a verb of flying or flying over, the nearest verb before it in its clause, is how
    high."""
    above = doc.cues.starting_at("ALTITUDE_CUE", after_conversion(doc, m), doc.text)
    if above is None or above.key != "above":
        return False
    clause = doc.clause(m.span[0])
    verbs = between(doc.facts.verbs, clause.start, m.span[0])[-1:]
    return bool(verbs) and verbs[0].key in ("fly", "overfly")


def _from_place(doc: Doc, m: Mention) -> bool:
    """ "Volait à 6 km de la côte de Samos", "flying at 3 km from the Polish border": a
    distance followed by a word of offset (``OFFSET_CUE``) and, first told after it in
    its clause, a place, a state or a border is how far from there, not a height
    ("volait à 300 mètres du sol" is one); so is one followed by a shore, a coast or a
    runway named by a common noun (``SHORE_CUE``: "à un kilomètre des côtes", "2 km
    off the coast")."""
    after = after_conversion(doc, m)
    if doc.cues.starting_at("SHORE_CUE", after, doc.text) is not None:
        return True  # "à très basse altitude, à environ un kilomètre des côtes": from the shore
    cue = doc.cues.starting_at("OFFSET_CUE", after, doc.text)
    if cue is None:
        return False
    end = doc.clause(m.span[0]).end
    told = [x for x in between(doc.facts.mentions, cue.start, end) if x.kind != "cue"][:1]
    if not told or told[0].kind in ("location", "state"):
        return bool(told)
    return told[0].kind == "zone" and any(z.border for z in doc.facts.zones if z.span == told[0].span)


@per_mention
def is_depth(doc: Doc, m: Mention) -> bool:
    if m.extra.get("vague") or is_altitude(doc, m) or _conversion(doc, m):
        return False
    if doc.cues.starting_at("ZONE_SIZE_CUE", after_conversion(doc, m), doc.text) is not None:
        return False  # "crossing the 12-nautical-mile limit": how wide a zone is, not how far in
    if _zone_extent(doc, m):
        return False
    if _after_going_in(doc, m):
        return True
    if _covered(doc, m):
        return False
    if m.extra.get("dim") == "depth":
        return True
    # "40 km from X", "5 km along the border", "two miles deep and one mile long";
    # "30 km (19 miles) east of X": after the conversion in brackets
    end = after_conversion(doc, m)
    # "600 metros do espaço aéreo": how far into what follows (DEPTH_CUE), not an offset
    inward = doc.cues.starting_at("DEPTH_CUE", end, doc.text) is not None
    if _within(doc, m):
        return False
    if _past_the_line(doc, m, end):
        return True
    if _over_a_place(doc, m, end):
        return False
    for cls in ("OFFSET_CUE", "ALONG_CUE", "COVER_CUE"):
        if inward and cls == "OFFSET_CUE":
            continue
        after = doc.cues.starting_at(cls, end, doc.text)
        if after is not None and after.key != "within" and (cls != "COVER_CUE" or after.key == "after"):
            return False
    for cls in ("ALONG_CUE", "COVER_CUE"):
        before = doc.cues.ending_at(cls, m.span[0], doc.text) or doc.cues.opening(cls, m.span[0])
        if before is not None and (cls != "COVER_CUE" or before.key == "before"):
            return False
    clause = doc.clause(m.span[0])
    # "traversé le territoire du sud au nord, sur 120 km": the length of a route
    routes = [c for c in doc.cues.within("COVER_CUE", clause.start, m.span[0]) if c.key == "route"]
    return not doc.cues.within("ALONG_CUE", clause.start, m.span[0]) and not routes


def _zone_extent(doc: Doc, m: Mention) -> bool:
    """ "Ankara argues that Greek airspace extends only six nautical miles", « l'espace
    aérien grec ne s'étend que sur six milles » : a distance right after a word of a
    zone's extent (ZONE_SIZE_CUE key "extent") whose subject is a zone (the last thing
    told before that word in its clause) is how wide the zone is, never how far in ("the
    incursion extended 2 km into Polish territory" has no zone for subject)."""
    cue = doc.cues.ending_at("ZONE_SIZE_CUE", m.span[0], doc.text)
    if cue is None or cue.key != "extent":
        return False
    told = [x for x in between(doc.facts.mentions, doc.clause(cue.start).start, cue.start) if x.kind != "cue"]
    return bool(told) and told[-1].kind == "zone"


def _past_the_line(doc: Doc, m: Mention, end: int) -> bool:
    """ "Crossed into the South and flew about 5 km south of the Military Demarcation
    Line", "a franchi la frontière et a volé 3 km au nord de la frontière": a distance
    told right after a verb of flight or of going in (a lead word such as "about" aside,
    DEPTH_LEAD_CUE), then a word of offset and a border, in a sentence that tells the
    aircraft crossing it (a verb of crossing, not denied, before the distance), or after
    a sentence that told it crossing a border ("Drones crossed the MDL at 10:25. [...] The
    drones flew as far as about 30 km south of the MDL": ``_line_crossed_before``), is how
    far past the line it went; "a village 5 km south of the border" is no depth."""
    offset = doc.cues.starting_at("OFFSET_CUE", end, doc.text)
    if offset is None:
        return False
    line = between(doc.facts.zones, offset.end, doc.clause(m.span[0]).end)[:1]
    if not line or not line[0].border:
        return False
    # (French "au sud" + "de": a second word of offset may stand between)
    joins = doc.cues.within("OFFSET_CUE", offset.end, line[0].span[0])[:1]
    rest = doc.text[joins[0].end if joins else offset.end : line[0].span[0]]
    if rest.strip() or (joins and doc.text[offset.end : joins[0].start].strip()):
        return False
    sent = doc.sentence(m.span[0])
    verbs = [v for v in between(doc.facts.verbs, sent.start, m.span[0]) if not v.noun]
    keys = rules()["verbs"]
    if not verbs or (verbs[-1].key != "fly" and verbs[-1].key not in keys["going_in"]):
        return False
    lead = doc.cues.ending_at("DEPTH_LEAD_CUE", m.span[0], doc.text)
    if doc.text[verbs[-1].span[1] : lead.start if lead else m.span[0]].strip():
        return False
    crossing = any(v.key in keys["journey"] and v.key != "fly" and not v.negated for v in verbs)
    return crossing or (verbs[-1].key == "fly" and len(verbs) == 1 and _line_crossed_before(doc, sent.start))


def _line_crossed_before(doc: Doc, pos: int) -> bool:
    """Does a sentence before ``pos`` tell an aircraft crossing a border (a verb of
    crossing, not denied, then a border in its clause)?"""
    keys = rules()["verbs"]
    for v in between(doc.facts.verbs, 0, pos):
        if v.key not in keys["journey"] or v.key == "fly" or v.negated or v.noun:
            continue
        if any(z.border for z in between(doc.facts.zones, v.span[1], doc.clause(v.span[0]).end)):
            return True
    return False


def _over_a_place(doc: Doc, m: Mention, end: int) -> bool:
    """ "Flew some 50 km over the Podlasie region", "a volé une cinquantaine de kilomètres
    au-dessus de la région de Podlachie": a distance told right before a word of over
    (OVER_CUE) whose place, the first thing told after it in its clause, is a named
    place (a town, a region, an island) is the length flown over that place, not how
    far in ("flew 20 km over Polish territory", "parcouru 1 200 mètres au-dessus du sol
    biélorusse" stay depths: a land, not a place; a verb of going in is read before)."""
    over = doc.cues.starting_at("OVER_CUE", end, doc.text)
    if over is None:
        return False
    clause = doc.clause(m.span[0])
    # (the place's phrase may open with the word of over: "over the Podlasie region")
    told = [x for x in between(doc.facts.mentions, over.start, clause.end) if x.kind != "cue"][:1]
    return bool(told) and told[0].kind == "location"


def _covered(doc: Doc, m: Mention) -> bool:
    """ "Flew over Moldovan territory for a distance of 40 km", "flew over a distance of
    40 km", "a survolé le territoire sur une distance de 40 km": a distance told after
    a word of a length covered (COVER_CUE key "before": begun before the distance
    phrase, or opening it with a word before a shorter form, "over" of "over a distance
    of"; not "a distance of" alone, as in "to a distance of 4 km") is how far the
    aircraft flew, not how deep, unless the verb told last before it is one of going in
    ("a pénétré dans l'espace aérien sur une distance de 4 km", rules.toml [verbs]
    going_in)."""
    clause = doc.clause(m.span[0])
    text = doc.text
    told = [c for c in doc.cues.within("COVER_CUE", clause.start, m.span[1]) if c.key == "before"]
    cues = [
        c
        for c in told
        if c.start <= m.span[0] and (c.end >= m.span[0] or not text[c.end : m.span[0]].strip())
    ]
    # "flew a distance of 25 km over Romanian territory": the phrase's own "a distance
    # of", the distance told over the land it covered
    own = any(m.span[0] <= c.start and c.end <= m.span[1] for c in told)
    over = own and any(
        not text[m.span[1] : c.start].strip() for c in doc.cues.within("OVER_CUE", m.span[1], clause.end)
    )
    if not over and not any(
        c.start < m.span[0] or any(o.start > c.start and o.end == c.end for o in told) for c in cues
    ):
        return False
    sent = doc.sentence(m.span[0])
    verbs = between(doc.facts.verbs, sent.start, m.span[0])[-1:]
    return not (verbs and verbs[0].key in rules()["verbs"]["going_in"])


def _after_going_in(doc: Doc, m: Mention) -> bool:
    """ "A pénétré d'environ un kilomètre au large de Loviisa", "penetrated 2 km off
    the coast": a distance right after a verb of going in so far (rules.toml [verbs]
    depth_of), with at most a short word between them ("de", "d'", "na") besides a day
    or a time, is how far in, even when a word of offset ("au large de", "au sud de la
    ligne de démarcation") follows it."""
    sent = doc.sentence(m.span[0])
    verbs = between(doc.facts.verbs, sent.start, m.span[0])[-1:]
    if not verbs or verbs[0].key not in rules()["verbs"]["depth_of"]:
        return False
    # a day or a time told between them is stepped over ("a pénétré jeudi à 7 km au sud de
    # la ligne de démarcation"): the distance is still the verb's
    gap = list(doc.text[verbs[0].span[1] : m.span[0]])
    for x in between(doc.facts.mentions, verbs[0].span[1], m.span[0]):
        if x.kind in ("date", "time"):
            gap[x.span[0] - verbs[0].span[1] : x.span[1] - verbs[0].span[1]] = " " * (x.span[1] - x.span[0])
    return sum(ch.isalpha() for ch in gap) <= 2


def _within(doc: Doc, m: Mention) -> bool:
    """ "Came within 2 km of the border": a distance opened (or right preceded) by an
    OFFSET_CUE keyed "within" is how near the aircraft came, not how deep ("flew 2 km
    within Polish territory", the word after it, is a depth)."""
    cue = doc.cues.opening("OFFSET_CUE", m.span[0]) or doc.cues.ending_at("OFFSET_CUE", m.span[0], doc.text)
    return cue is not None and cue.key == "within"


def after_conversion(doc: Doc, m: Mention) -> int:
    """Where the text goes on after ``m`` and a bracket right after it ("30 km
    (19 miles) east of"), or after ``m`` alone; a word that qualifies the distance right
    after it (DISTANCE_TAIL_CUE: « à 3 kilomètres seulement des côtes », "at 3 km or so
    from the coast") is stepped over, what follows it read as following the distance."""
    end = _bracket_end(doc, m.span[1])
    tail = doc.cues.starting_at("DISTANCE_TAIL_CUE", end, doc.text)
    return end if tail is None else _bracket_end(doc, tail.end)


def _bracket_end(doc: Doc, pos: int) -> int:
    """The end of a bracket right after ``pos`` (blanks between), or ``pos``."""
    k = pos
    text = doc.text
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or text[k] != "(":
        return pos
    close = text.find(")", k, doc.sentence(k).end)
    return close + 1 if close >= 0 else pos


def _conversion(doc: Doc, m: Mention) -> bool:
    """Is ``m`` the bracketed conversion of the distance before it ("(19 miles)"), or
    one restated after a comma (``_converted_from``)? It is that distance again, no
    other measure (no depth beside an altitude)."""
    before = between(doc.facts.distances, doc.sentence(m.span[0]).start, m.span[0])[-1:]
    if before and doc.text[before[0].span[1] : m.span[0]].strip() == "(":
        return after_conversion(doc, before[0]) > m.span[1]
    return _converted_from(doc, m) is not None


def _converted_from(doc: Doc, m: Mention) -> Mention | None:
    """The distance right before ``m`` that ``m`` restates after a comma and a word of
    restating ("1 500 pieds, soit 460 mètres", "1,500 feet, or about 460 metres",
    RESTATE_CUE), if any."""
    before = between(doc.facts.distances, doc.sentence(m.span[0]).start, m.span[0])[-1:]
    cue = doc.cues.ending_at("RESTATE_CUE", m.span[0], doc.text)
    if not before or cue is None or cue.start < before[0].span[1]:
        return None
    return before[0] if doc.text[before[0].span[1] : cue.start].strip() == "," else None
