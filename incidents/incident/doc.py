"""What every stage reads: the text, its mentions as typed facts, its cue words and
its scopes, built once per document."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..model import Mention
from ..words import LazyPattern, Lexicon, fold
from .cues import Cue, Cues, Word, words_of
from .facts import Aircraft, Facts, Place, Span, StateRef, Verb, ZoneRef, between
from .segment import Scope, Segments, last_mark, log_line_day, table_header

RULES_FILE = Path(__file__).with_name("rules.toml")


@functools.cache
def rules() -> dict[str, Any]:
    """The anchor rules and slot ladders of ``rules.toml`` (read through the private
    cache of ``grammar_cache``, as the lexicon files are: JSON reads faster than TOML,
    and the incident layer reads these at import)."""
    from ..grammar_cache import cached_data, toml_data

    raw = RULES_FILE.read_bytes()
    return cached_data("rules", raw, lambda: toml_data(raw))


@dataclass(eq=False, repr=False)
class Doc:
    text: str
    lexicon: Lexicon
    ref: dt.date | None
    mentions: list[Mention]
    facts: Facts = field(init=False)
    cues: Cues = field(init=False)
    seg: Segments = field(init=False)
    #: aircraft phrases that refer back, filled from their antecedent (memo)
    resolved: dict[tuple[int, int], Aircraft] = field(init=False, default_factory=dict)
    #: per source phrase: (may be the source, speaks) (memo, see ``voice``)
    source_roles: dict[tuple[int, int], tuple[bool, bool]] = field(init=False, default_factory=dict)
    #: per predicate of ``per_mention``: id of the mention -> (the mention, the answer) (memo)
    judged: dict[Callable[[Doc, Any], bool], dict[int, tuple[object, bool]]] = field(
        init=False, default_factory=dict
    )
    #: per crossing told (its span, the id of its verb or of None): (the verb, is it
    #: negated or hypothetical) (memo, see ``anchors._blocked``)
    blocked: dict[tuple[int, int, int], tuple[Verb | None, bool]] = field(init=False, default_factory=dict)
    #: per sentence (its start): the (class, key) of its cues of the classes the
    #: predicates of ``anchors._blocked_now`` look for (memo, see ``anchors._offers``)
    offers: dict[int, frozenset[tuple[str, str]]] = field(init=False, default_factory=dict)
    #: per clause (its start and end) and kinds of goal taken (state, place, territory
    #: only): the goals of the anchor rules there (memo, see ``anchors._goals``)
    goals: dict[tuple[int, int, bool, bool, bool], tuple[ZoneRef | StateRef | Place, ...]] = field(
        init=False, default_factory=dict
    )
    #: per clause (its start and end): its zones, states and places that may be goals,
    #: none told after a word of owning or making (memo, see ``anchors._goal_parts``)
    goal_parts: dict[tuple[int, int], tuple[list[ZoneRef], list[StateRef], list[Place]]] = field(
        init=False, default_factory=dict
    )
    #: pronouns of a member of a group an aircraft took off from ("launched from one of
    #: them"): no aircraft of the report, the carrier (``who._carrier_state``)
    carriers: list[tuple[int, int]] = field(init=False, default_factory=list)
    #: where every crossing told of a record begins (its anchors), in order: set once
    #: the records are drafted, before their slots are filled
    crossing_starts: list[int] = field(init=False, default_factory=list)
    #: the zone each of those crossings enters, by where it begins
    crossing_zones: dict[int, str] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        words = words_of(self.text)
        self.cues = Cues(words, self.lexicon, self.text)
        ordinals = _ordinal_not_number(self.text, self.cues, self.mentions)
        if ordinals:
            self.mentions = [m for m in self.mentions if id(m) not in ordinals]
        self.seg = Segments(self.text, words, self.cues, self.mentions)
        members = _members_of_crossings(self.text, self.cues, self.seg, self.mentions)
        if len(members) < len(self.mentions):  # a member word no aircraft: no item of its own
            self.mentions = members
            self.seg = Segments(self.text, words, self.cues, self.mentions)
        self.cues.add("RANK_CUE", _pair_ranks(self.text, self.cues, self.seg, self.mentions))
        armament = _armament(self.mentions, self.cues, self.seg)
        if armament:
            self.mentions = [m for m in self.mentions if id(m) not in armament]
        sides = _sides(self.text, self.cues, self.mentions)
        if sides:
            self.mentions = [m for m in self.mentions if id(m) not in sides]
        carriers = _carriers(self.text, self.cues, self.mentions)
        if carriers:
            self.carriers = [m.span for m in self.mentions if id(m) in carriers]
            self.mentions = [m for m in self.mentions if id(m) not in carriers]
        capitals = _capitals(self.lexicon)
        # only aircraft (a year as a count) and places (a capital) may change
        self.mentions = [
            _capital_place(self.text, self.lexicon, capitals, _year_not_count(self.text, self.lexicon, m))
            if m.kind in _MAY_CHANGE
            else m
            for m in self.mentions
        ]
        self.mentions = _nouns_after_opener(self.text, self.cues, self.lexicon, self.mentions)
        self.mentions = _count_of_violations(self.text, self.mentions)
        self.mentions = _listed_dotted_clocks(self.text, self.cues, self.mentions)
        self.mentions = _violators_of_compound(self.text, self.seg, self.mentions)
        named = (
            _in_a_name(self.text, words, self.mentions)
            | _night_word_of_a_day(self.text, self.cues, self.mentions)
            | _compound_verbs(self.text, self.mentions)
            | _particles_not_numbers(self.text, self.cues, self.mentions)
            | _water_names(self.text, self.cues, self.lexicon, self.mentions)
            | _table_header_words(self.text, self.mentions)
        )
        if named:
            self.mentions = [m for m in self.mentions if id(m) not in named]
        self.mentions = _part_of_a_round_count(self.text, self.mentions)
        self.mentions = _elliptic_states(self.text, self.cues, self.mentions)
        self.mentions = _lands_told_back(self.text, self.cues, self.seg, self.mentions)
        self.mentions = _held_zones(self.text, self.lexicon, self.mentions)
        self.mentions = _sites(self.seg, self.mentions)
        self.mentions = _compass_sides(self.cues, self.seg, self.mentions)
        self.mentions = _sides_past_lines(self.text, self.cues, self.mentions)
        self.mentions = _within_lines(self.seg, self.mentions)
        self.mentions = _without_restated_clocks(self.text, self.cues, self.seg, self.mentions)
        self.mentions = _without_values_set_aside(self.text, self.cues, self.mentions)
        self.mentions = _ranges_listed(self.text, self.cues, self.mentions)
        self.mentions = _log_line_days(self.text, self.lexicon, self.ref, self.mentions)
        self.facts = Facts(self.mentions)
        quoted = _quoted_days(self.text, self.ref, self.facts, self.seg)
        if quoted:
            self.mentions = [quoted.get(id(m), m) for m in self.mentions]
            self.facts = Facts(self.mentions)

    # the scope of a position: the memo of ``segment._Units.at`` read first (tens of
    # thousands of look-ups per hundred documents, most of positions asked before)
    def clause(self, pos: int) -> Scope:
        found = self.seg.clauses.known.get(pos)
        return self.seg.clauses.at(pos) if found is None else found

    def sentence(self, pos: int) -> Scope:
        found = self.seg.sentences.known.get(pos)
        return self.seg.sentences.at(pos) if found is None else found

    def paragraph(self, pos: int) -> Scope:
        found = self.seg.paragraphs.known.get(pos)
        return self.seg.paragraphs.at(pos) if found is None else found

    def cue_between(self, classes: list[str] | tuple[str, ...], lo: int, hi: int) -> bool:
        return self.cues.any_within(classes, lo, hi)

    def recording(self, lo: int, hi: int) -> list[Cue]:
        """The words of keeping count in [lo, hi) ("recorded", "a enregistré": RECORD_CUE
        key "record"), not those of confirming one crossing ("confirmed")."""
        return [c for c in self.cues.within("RECORD_CUE", lo, hi) if c.key == "record"]

    def count_of_them(self, m: Mention) -> int | None:
        """How many of them a mention counts after a word of counting them: a number
        right after COUNTED_THEM_CUE ("en a recensé vingt-six"), or a partitive of a
        general word right after a word of recording ("counted 26 of them"); None for
        anything else, a vague number or one below two."""
        if m.kind == "number":
            n, cue = m.value, self.cues.ending_at("COUNTED_THEM_CUE", m.span[0], self.text)
        elif m.kind == "aircraft" and m.extra.get("partitive") and m.extra.get("generic"):
            n, cue = m.extra.get("count"), self.cues.ending_at("RECORD_CUE", m.span[0], self.text)
            cue = cue if cue is not None and cue.key == "record" else None
        else:
            return None
        if cue is None or not isinstance(n, int) or isinstance(n, bool) or n < 2 or m.extra.get("vague"):
            return None
        return n

    def mention_cues(self, value: str, lo: int, hi: int) -> list[Mention]:
        """Grammar cues (``neg``, ``hypo``, ``say``, ``alleged``...) in [lo, hi)."""
        return [c for c in between(self.facts.cues, lo, hi) if c.value == value]

    def said_again(self, rep: Mention) -> bool:
        """ "Khartoum has repeatedly denied violating ...", "a démenti à plusieurs
        reprises avoir violé ...", "said twice": is the count of times ``rep`` told right
        before or after a verb of speech or denial (a cue "say" or "deny")? It counts
        the statements, not the crossings."""
        clause = self.clause(rep.span[0])
        lo, hi = rep.span
        for c in between(self.facts.cues, clause.start, clause.end):
            if c.value not in ("say", "deny"):
                continue
            if (hi <= c.span[0] and not self.text[hi : c.span[0]].strip()) or (
                c.span[1] <= lo and not self.text[c.span[1] : lo].strip()
            ):
                return True
        return False

    def negations(self, lo: int, hi: int) -> list[Mention]:
        """The negations in [lo, hi) that may deny an event: not one inside a negated
        noun ("a plane without a flight plan", "with no transponder", "sans
        autorisation": NEG_NOUN_CUE), which says what the aircraft lacked."""
        found = self.mention_cues("neg", lo, hi)
        if not found:
            return found
        clause = self.clause(lo)
        nouns = self.cues.within("NEG_NOUN_CUE", clause.start, max(hi, clause.end))
        return [c for c in found if not any(x.start <= c.span[0] < x.end for x in nouns)]


_MAY_CHANGE = frozenset({"aircraft", "location"})


def _armament(mentions: list[Mention], cues: Cues, seg: Segments) -> set[int]:
    """The aircraft phrases told as what an aircraft carries ("fighters armed with
    Kh-59 missiles", "qui peuvent être équipés de missiles Kinzhal"): those after a
    word of arming (ARMED_CUE) in its clause, up to the next verb. They are no
    aircraft of the report (``id`` of each). A word of arming that opens a longer
    form keyed "other" is another verb ("were carried out by two F-16s")."""
    out: set[int] = set()
    found = cues.by_class.get("ARMED_CUE", [])
    other = {c.start for c in found if c.key == "other"}
    for cue in found:
        if cue.start in other:
            continue
        for m in between(mentions, cue.end, seg.clauses.at(cue.start).end):
            if m.kind == "verb":
                break
            if m.kind == "aircraft":
                out.add(id(m))
    return out


def _sides(text: str, cues: Cues, mentions: list[Mention]) -> set[int]:
    """ "deux drones venus de l'autre côté de la frontière", "from the other side of the
    border": a pronoun of another member (an aircraft phrase of no kind, told as a part:
    "l'autre", "the other") right before the noun of a side (SIDE_CUE: "côté", "side")
    is a word of that side, no aircraft of the report (``id`` of each): before,
    it was the subject of the crossing and its count of one the group's."""
    return {
        id(m)
        for m in mentions
        if m.kind == "aircraft"
        and m.extra.get("generic")
        and m.value == "unknown"
        and cues.starting_at("SIDE_CUE", m.span[1], text)
    }


def _carriers(text: str, cues: Cues, mentions: list[Mention]) -> set[int]:
    """ "Four Chinese vessels ... two helicopters launched from one of them", "un
    hélicoptère ayant décollé de l'un d'eux": a pronoun of a member of a group (an
    aircraft phrase told as a part, "one of them") right after a word of taking off or
    being launched from (CARRIER_CUE) is the ship or base the aircraft came from, no
    aircraft of the report (``id`` of each)."""
    return {
        id(m)
        for m in mentions
        if m.kind == "aircraft"
        and m.extra.get("partitive")
        and cues.ending_at("CARRIER_CUE", m.span[0], text)
    }


def _part_of_a_round_count(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "40 drones, dont une douzaine ont survolé la Moldavie": a part told by its article
    ("dont une", read as one of them) right before a number (a round count: "une
    douzaine", "une cinquantaine") is no aircraft phrase of one: the number counts the
    part of the group named before (``who._counted_part``, as "of which a dozen")."""
    drop: set[int] = set()
    for k, m in enumerate(mentions[:-1]):
        nxt = mentions[k + 1]
        if m.kind != "aircraft" or not m.extra.get("partitive") or m.extra.get("count") != 1:
            continue
        if nxt.kind == "number" and not text[m.span[1] : nxt.span[0]].strip():
            drop.add(k)
    return [m for k, m in enumerate(mentions) if k not in drop] if drop else mentions


def _year_not_count(text: str, lexicon: Lexicon, m: Mention) -> Mention:
    """ "In 2024 Russian planes violated ...", "Nel 2024 aerei russi", "En 2019 aviones":
    a year in digits after the language's word for "in" ([in]) that opens an aircraft
    phrase is when, not how many: the phrase keeps no count."""
    count = m.extra.get("count") if m.kind == "aircraft" else None
    if not isinstance(count, int) or not 1900 <= count <= 2100 or not m.text.startswith(str(count)):
        return m
    word = word_before(text, m.span[0])
    if not word or fold(word) not in lexicon.folded_forms("IN"):
        return m
    return dataclasses.replace(m, extra={**m.extra, "count": None, "counted": False})


def _nouns_after_opener(text: str, cues: Cues, lexicon: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """ "The third such breach", "a second breach", "two breaches": a word of crossing
    read as a verb that is also a noun of violation (a form of V_NOUN) and comes right
    after a word that opens a noun phrase (NOUN_OPENER_CUE: "such", "second",
    "another") or a number is that noun."""
    nouns = lexicon.folded_forms("V_NOUN")
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if m.kind != "verb" or m.extra.get("noun") or fold(m.text) not in nouns:
            out.append(m)
            continue
        prev = mentions[k - 1] if k else None
        counted = prev is not None and prev.kind == "number" and not text[prev.span[1] : m.span[0]].strip()
        if not counted and cues.ending_at("NOUN_OPENER_CUE", m.span[0], text) is None:
            out.append(m)
            continue
        out.append(dataclasses.replace(m, value="violation", extra={**m.extra, "noun": True, "strong": True}))
    return out


def _count_of_violations(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Three drone incursions", "12 balloon violations": a count before an aircraft
    noun in the singular that is the first part of a plural noun of violation right
    after it counts the violations, not the aircraft: the phrase keeps no count and
    the count is told as a number of its own (its first word) before it."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        count = m.extra.get("count") if m.kind == "aircraft" else None
        if (
            nxt is None
            or nxt.kind != "verb"
            or not nxt.extra.get("noun")
            or not isinstance(count, int)
            or count < 2
            or m.extra.get("plural")
            or text[m.span[1] : nxt.span[0]].strip()
        ):
            out.append(m)
            continue
        first = m.text.split(None, 1)
        if len(first) < 2:
            out.append(m)
            continue
        rest = m.span[0] + m.text.index(first[1], len(first[0]))
        number = Mention("number", first[0], (m.span[0], m.span[0] + len(first[0])), count)
        extra = {**m.extra, "count": None, "counted": False}
        out += [number, dataclasses.replace(m, text=first[1], span=(rest, m.span[1]), extra=extra)]
    return out


def _pair_ranks(text: str, cues: Cues, seg: Segments, mentions: list[Mention]) -> list[Cue]:
    """ "..., one at 09:20 and the other at 11:05", « ... : l'un à 9 h 20, l'autre à
    11 h 05 »: a pair told member by member, the word of its first (PAIR_RANK_CUE key
    "1") after a comma or a colon and the word of the other (key "last") after it in its
    sentence, is a list told by ranks, as "the first ..., the second ..." is: the two
    words are ranks 1 and last (RANK_CUE). Not a "one" of any other use ("..., one
    official said"), nor the first word of a longer phrase of members ("one of them",
    "the other two": ``other_members_after_one``)."""
    ends: dict[int, int] = {}
    for m in mentions:
        if m.kind in ("aircraft", "number"):
            ends[m.span[0]] = max(m.span[1], ends.get(m.span[0], 0))
    pairs = [c for c in cues.by_class.get("PAIR_RANK_CUE", []) if ends.get(c.start, c.end) <= c.end]
    out: list[Cue] = []
    for k, first in enumerate(pairs):
        if first.key != "1" or last_mark(text, first.start) not in (",", ":"):
            continue
        end = seg.sentences.at(first.start).end
        other = next((c for c in pairs[k + 1 :] if c.start < end and c.key == "last"), None)
        if other is not None:
            out += [Cue("RANK_CUE", "1", first.start, first.end)]
            # a word that is a rank of its own ("drugi": second and other) keeps it
            if not any(c.start == other.start for c in cues.by_class.get("RANK_CUE", [])):
                out.append(Cue("RANK_CUE", "last", other.start, other.end))
    return out


def _members_of_crossings(text: str, cues: Cues, seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """ "Two violations by drones on Saturday, one at 09:20 and the other at 11:05",
    « deux survols de drones, l'un à 9 h 20 et l'autre à 11 h 05 »: a word of one
    member of a pair (PAIR_RANK_CUE: "the other", « l'un », read as an aircraft of no
    kind) whose group, the last thing counted before it in its sentence, is a count of
    crossings (a number right before a noun of crossing), is one of the crossings, no
    aircraft: it counts none (as "the second" does not). A count of members ("three of
    them by a CN-235") is left to the rules of parts."""
    words = {(c.start, c.end) for c in cues.by_class.get("PAIR_RANK_CUE", [])}
    if not words:
        return mentions
    out: list[Mention] = []
    group: str | None = None
    sent = -1
    for k, m in enumerate(mentions):
        start = seg.sentences.at(m.span[0]).start
        if start != sent:
            sent, group = start, None
        if m.kind == "aircraft" and m.span in words and m.value == "unknown":
            if group == "crossings":
                continue
        elif m.kind == "aircraft" and isinstance(m.extra.get("count"), int) and m.extra["count"] > 1:
            group = "aircraft"
        elif m.kind == "verb" and m.extra.get("noun") and k and mentions[k - 1].kind == "number":
            if not text[mentions[k - 1].span[1] : m.span[0]].strip():
                group = "crossings"
        out.append(m)
    return out


_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.(\d{2})")


def _listed_dotted_clocks(text: str, cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """ "o 3.10 i 3.45", "alle 10.20 e 15.05", "в 14.10 и 14.25", "at 11.02, 11.15 and
    11.40": a bare number of the shape of a dotted clock (hours, a dot, two digits of
    minutes), joined by a list word alone (LIST_CUE "and") to a time told itself as a
    dotted clock, or by a comma alone when such a word joins it to the next one of
    that shape, is the next time of that list, in the same clock, not a number."""
    out = list(mentions)
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        shape = _DOTTED_CLOCK.fullmatch(m.text)
        if m.kind != "number" or shape is None or prev.kind != "time" or not _DOTTED_CLOCK.search(prev.text):
            continue
        hour, minute = int(shape.group(1)), int(shape.group(2))
        nxt = out[k + 1] if k + 1 < len(out) else None
        listed = _list_gap(text, cues, prev.span[1], m.span[0]) or (
            text[prev.span[1] : m.span[0]].strip() == ","
            and nxt is not None
            and _DOTTED_CLOCK.fullmatch(nxt.text) is not None
            and _list_gap(text, cues, m.span[1], nxt.span[0])
        )
        if hour > 23 or minute > 59 or not listed:
            continue
        out[k] = Mention("time", m.text, m.span, f"{hour:02d}:{minute:02d}", extra=dict(prev.extra))
    return out


def _list_gap(text: str, cues: Cues, lo: int, hi: int) -> bool:
    """Only a list word (LIST_CUE "and") and commas between ``lo`` and ``hi``?"""
    words = [c for c in cues.within("LIST_CUE", lo, hi) if c.key == "and"]
    rest = text[lo:hi].replace(",", " ")
    for c in words:
        rest = rest.replace(text[c.start : c.end], " ", 1)
    return bool(words) and not rest.strip()


def _violators_of_compound(text: str, seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """ "Sweden reported a Russian airspace violation", "Estonia has logged three Russian
    airspace violations this year": a zone named by a nationality and told as the first
    part of a noun of violation right after it, in a sentence that names another state
    before it, is that state's airspace violated by the nation named: the nationality
    becomes a state of its own (a demonym, the violation's: ``who._noun_nationality``)
    and the zone keeps no state. With no other state named before ("A Polish airspace
    violation by a Russian drone"), the nationality stays the zone's."""
    split: dict[int, tuple[Mention, Mention]] = {}
    for k, m in enumerate(mentions[:-1]):
        state = m.extra.get("state") if m.kind == "zone" else None
        if state is None or m.extra.get("poss") or m.extra.get("border"):
            continue
        nxt = mentions[k + 1]
        words = m.text.split(None, 1)
        if (
            nxt.kind != "verb"
            or not nxt.extra.get("noun")
            or len(words) < 2
            or text[m.span[1] : nxt.span[0]].strip()
            or not _other_state_before(seg, mentions, k, str(state))
        ):
            continue
        rest = m.span[0] + m.text.index(words[1], len(words[0]))
        nation = Mention(
            "state", words[0], (m.span[0], m.span[0] + len(words[0])), state, extra={"demonym": True}
        )
        extra = {**m.extra, "state": None}
        split[k] = (nation, dataclasses.replace(m, text=words[1], span=(rest, m.span[1]), extra=extra))
    if not split:
        return mentions
    return [x for k, m in enumerate(mentions) for x in (split[k] if k in split else (m,))]


def _other_state_before(seg: Segments, mentions: list[Mention], k: int, code: str) -> bool:
    """Is a state other than ``code`` named by its name (no nationality) before the
    mention at ``k`` in its sentence?"""
    start = seg.sentences.at(mentions[k].span[0]).start
    for x in reversed(mentions[:k]):
        if x.span[0] < start:
            return False
        if x.kind == "state" and x.value != code and not x.extra.get("demonym"):
            return True
    return False


def word_before(text: str, pos: int, lo: int = 0) -> str:
    """The word ending before ``pos`` (past the signs and spaces before it), not before
    ``lo``: found by walking back from ``pos``, not by splitting the text before it."""

    def wordy(c: str) -> bool:
        return c.isalnum() or c in "_'"

    end = pos
    while end > lo and not wordy(text[end - 1]):
        end -= 1
    start = end
    while start > lo and wordy(text[start - 1]):
        start -= 1
    return text[start:end]


#: per lexicon: its capitals' folded forms -> state, and the stems ("Kyiv*") with theirs
_CAPITALS: dict[int, tuple[Lexicon, dict[str, str], tuple[tuple[str, str], ...]]] = {}


def _elliptic_states(text: str, cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """ "The South's military said a drone sent by the North crossed the border", "le
    Nord": a half of a divided country named with a capital (ELLIPTIC_STATE_CUE, key
    the state's code), in a report that names a state of its pair (rules.toml
    [elliptic]), not inside another phrase and not opening a name ("the North
    Atlantic", "the South China Sea"), is that state."""
    found = cues.by_class.get("ELLIPTIC_STATE_CUE")
    if not found:
        return mentions
    pairs = rules()["elliptic"]
    named = {m.value for m in mentions if m.kind == "state"}
    named |= {m.extra.get("state") for m in mentions if m.kind in ("location", "source", "aircraft", "zone")}
    spans = [m.span for m in mentions if m.kind != "cue"]
    added = []
    for c in found:
        last = text[c.start : c.end].split()[-1]
        after = text[c.end :].lstrip(" ")
        if not (last[:1].isupper() and named & set(pairs.get(c.key, ()))):
            continue
        if after[:1].isupper() or any(s < c.end and c.start < e for s, e in spans):
            continue
        start = c.end - len(last)  # the name alone: "belonging to the" + "North"
        added.append(Mention("state", last, (start, c.end), c.key))
    return sorted([*mentions, *added], key=lambda m: m.span) if added else mentions


#: the cues of a state that speaks ("Taiwan said", "Moldova's defence ministry claimed")
_SPEECH = frozenset({"say", "alleged", "deny"})


def _speaks(text: str, mentions: list[Mention], m: Mention, upto: int) -> bool:
    """Is the state ``m`` told as the one who speaks or sees, a word of speech or a verb
    of detecting right after it, or its body then that word ("Honduras said", "Taiwan's
    defence ministry said", "Taiwan tracked")? Not
    a state named as the sender of the aircraft ("drones launched by Russia entered
    the country, Poland said"), nor one that ends the clause a speaker's words close
    after a comma ("entered from Russia, the army said", "depuis la Russie, a indiqué
    l'armée"). A body told after "according to" ("selon l'armée lettone") speaks by
    that word itself."""
    if m.kind == "source" and m.extra.get("according"):
        return True
    nxt = [x for x in mentions if m.span[1] <= x.span[0] < upto][:2]
    if nxt and any(p in text[m.span[1] : nxt[0].span[0]] for p in ",;"):
        return False
    if nxt and nxt[0].kind == "source" and m.kind == "state":
        nxt = nxt[1:]
    if nxt and nxt[0].kind == "verb" and nxt[0].value == "detect":
        return True  # "Taiwan tracked three balloons, one of which crossed the island"
    return bool(nxt) and nxt[0].kind == "cue" and nxt[0].value in _SPEECH


#: verbs whose object is the land flown over, across or into ("overflew the island",
#: "a traversé l'île", "entered the country", "crossed into the country")
_OVER_VERBS = frozenset({"overfly", "cross", "enter"})
#: and those whose object is the land flown into ("drifted into the country")
_INTO_VERBS = frozenset({"overfly", "cross", "enter", "fly", "penetrate"})


def _lands_told_back(text: str, cues: Cues, seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """ "Residents of Ungheni say a drone flew over the town", "Taiwan said a Chinese
    drone flew over the island", "au-dessus du pays": a land told back by its kind
    with the definite article (BACK_LAND_CUE), not inside another phrase, is the place
    of known state named last before it in its paragraph (key "place", or "either"),
    else (key "state", or "either") the state named last before it that speaks or sees
    (by its name or its demonym: "Honduran radar tracked a plane that crossed into the
    country"; not the owner of an aircraft), in its paragraph or the one before."""
    found = cues.by_class.get("BACK_LAND_CUE")
    if not found:
        return mentions
    spans = [m.span for m in mentions if m.kind not in ("cue", "number")]  # "un village"
    owners = {m.extra.get("state") for m in mentions if m.kind == "aircraft"}
    added = []
    for c in found:
        if any(s < c.end and c.start < e for s, e in spans):
            continue
        para = seg.paragraph(c.start)
        lo = seg.paragraph(para.start - 1).start if para.start else 0
        places = [
            m
            for m in mentions
            if m.kind == "location" and m.value and m.extra.get("state") and para.start <= m.span[0] < c.start
        ]
        states = [code for code in _framed(text, cues, seg, mentions, c.start) if code not in owners]
        states += [code for code in _speakers(text, seg, mentions, lo, c.start) if code not in owners]
        states += [code for code in _recorders(text, cues, mentions, lo, c.start) if code not in owners]
        states += [code for code in _actor(text, cues, seg, mentions, c.start) if code not in owners]
        states += _entered_before(seg, mentions, c.start)
        if not states:
            states = _reached_earlier(seg, mentions, lo, c.start)
        if c.key == "some" and _land_of_other(seg, mentions, c, states):
            continue  # "a village in Russia's Pskov region": that land's, not the speaker's
        if any(m.kind == "aircraft" and m.extra.get("own") and lo <= m.span[0] < c.start for m in mentions):
            states = []
        span = (c.start, c.end)
        # "over the north of the country": words of a part of it may come first
        lead = cues.run_before("REGION_CUE", c.start, text)[-1]
        over = cues.ending_at("OVER_CUE", lead, text)  # "over the town", as "over Ungheni"
        into = cues.ending_at("INTO_CUE", lead, text)  # "est entré dans le pays"
        if into is None:
            # "a pénétré jusqu'à 12 km à l'intérieur du pays", "12 km inside the country": a
            # word of inside may share its last word with the land's ("du")
            into = cues.leading_into("INSIDE_CUE", lead, text)
        # "drifted into the country": a verb of flight with its goal
        goals = _OVER_VERBS if into is None else _INTO_VERBS
        flown = [m for m in mentions if m.kind == "verb" and m.value in goals]
        gap = lead if into is None else into.start
        if over is None and not any(_bare_gap(text, cues, mentions, m.span[1], gap) for m in flown):
            continue  # "in the south of the country": no goal of a crossing
        if c.key in ("place", "either") and places:
            ant = places[-1]
            told = (c.start if over is None else over.start, c.end)
            extra = {**ant.extra, "name_span": list(span), "land": True, "bare": over is None}
            added.append(Mention("location", text[told[0] : told[1]], told, ant.value, extra=extra))
        elif c.key in ("state", "either", "some") and states:
            added.append(Mention("state", text[c.start : c.end], span, states[-1], extra={"demonym": False}))
    return sorted([*mentions, *added], key=lambda m: m.span) if added else mentions


#: the verbs whose object is the airspace flown into ("entered Latvian airspace")
_ENTRY_VERBS = frozenset({"enter", "cross", "penetrate", "violate"})


def _entered_before(seg: Segments, mentions: list[Mention], pos: int) -> list[str]:
    """ "Two balloons entered Lithuanian airspace and drifted 30 km into the country": the
    state whose airspace a verb of entry not negated takes as its object earlier in the
    sentence of ``pos`` is the land told back, before any state that speaks (which may
    be the other side: "Belarus said the balloons were harmless")."""
    sent = seg.sentences.at(pos)
    return _entries_between(mentions, sent.start, pos, _ENTRY_VERBS)[:1]


#: the verbs whose object is the land or airspace a crossing told before reached ("un
#: drone s'est abîmé sur le territoire moldave", "entered Latvian airspace")
_REACHED_VERBS = _ENTRY_VERBS | {"overfly", "fly", "crash", "land", "alight"}


#: what may stand between a verb and its object ("s'est abîmé mardi sur le territoire moldave")
_ASIDE_KINDS = frozenset({"date", "time"})


def _entries_between(mentions: list[Mention], lo: int, hi: int, verbs: frozenset[str]) -> list[str]:
    """The states whose land or airspace a verb of ``verbs`` not negated takes as its
    object right after it in [lo, hi), in text order."""
    told = [m for m in mentions if lo <= m.span[0] < hi and m.kind not in _ASIDE_KINDS]
    found = []
    for k, m in enumerate(told):
        if m.kind != "zone" or not m.extra.get("state") or not k:
            continue
        verb = told[k - 1]
        if verb.kind == "verb" and verb.value in verbs and not verb.extra.get("negated"):
            found.append(str(m.extra["state"]))
    return found


def _reached_earlier(seg: Segments, mentions: list[Mention], lo: int, pos: int) -> list[str]:
    """ "Un drone s'est abîmé mardi sur le territoire moldave. Un second drone a survolé le
    nord du pays": the state whose land or airspace a crossing took as its object in a
    sentence before that of ``pos``, from ``lo`` (its paragraph or the one before), is
    the country told back when no state speaks, sees, records or acts there."""
    return _entries_between(mentions, lo, seg.sentences.at(pos).start, _REACHED_VERBS)[-1:]


def _speakers(text: str, seg: Segments, mentions: list[Mention], lo: int, upto: int) -> list[str]:
    """The states in [lo, upto) that speak or see: by name or demonym, or as the state of
    the body that speaks ("Taiwan's defence ministry said"), or as the label opening a
    line ("Poland: a Russian drone flew over a village")."""
    return [
        str(m.value if m.kind == "state" else m.extra.get("state"))
        for m in mentions
        if m.kind in ("state", "source")
        and (m.kind == "state" or m.extra.get("state"))
        and lo <= m.span[0]
        and m.span[1] <= upto
        and (_speaks(text, mentions, m, upto) or _labels(text, seg, m))
    ]


def _recorders(text: str, cues: Cues, mentions: list[Mention], lo: int, upto: int) -> list[str]:
    """The states in [lo, upto) that keep count of crossings: a verb of record (RECORD_CUE
    key "record") after the state or its body, with no other mention nor punctuation
    between them ("Bucarest a recensé douze violations de son espace aérien", "the
    Lithuanian army has recorded twenty violations"): the state whose land is told back
    after it ("Mardi, un drone est resté au-dessus du pays"), as one that speaks."""
    found = []
    for m in mentions:
        code = m.value if m.kind == "state" else m.extra.get("state") if m.kind == "source" else None
        if not code or m.span[0] < lo or m.span[1] > upto:
            continue
        nxt = next((x.span[0] for x in mentions if x.span[0] >= m.span[1]), upto)
        told = [c for c in cues.within("RECORD_CUE", m.span[1], min(nxt, upto)) if c.key == "record"]
        if told and not any(p in text[m.span[1] : told[0].start] for p in ",;:"):
            found.append(str(code))
    return found


def _actor(text: str, cues: Cues, seg: Segments, mentions: list[Mention], pos: int) -> list[str]:
    """The state that opens the sentence of ``pos`` (nothing but a dateline before it)
    when a word of its reason (REACTION_CUE: "after", "when", "après que") opens the
    clause of ``pos`` later in that sentence: "Lithuania closed its border with Belarus
    after balloons drifted into the country" (the country is Lithuania, which acted)."""
    sent = seg.sentences.at(pos)
    clause = seg.clauses.at(pos)
    if not cues.within("REACTION_CUE", max(sent.start, clause.start - 1), pos):
        return []
    first = [m for m in mentions if sent.start <= m.span[0] < pos and m.kind not in ("cue", "number")][:1]
    if not first or first[0].kind != "state" or first[0].extra.get("demonym"):
        return []
    lead = text[sent.start : first[0].span[0]]
    return [str(first[0].value)] if not lead.strip() or lead.rstrip().endswith(("-", "–", "—")) else []


def _framed(text: str, cues: Cues, seg: Segments, mentions: list[Mention], pos: int) -> list[str]:
    """The state named by the words that open the sentence of ``pos`` as the scene of
    what it tells, a word of "in" (FRAME_CUE) right before the state's name and a comma
    after it, one word at most between (« En Moldavie voisine, un drone a survolé le sud
    du pays », "In neighbouring Moldova, a drone flew over the country"): the country
    told back there is that state (the least of the sources: a state that speaks or acts
    comes after it)."""
    sent = seg.sentences.at(pos)
    first = [m for m in mentions if sent.start <= m.span[0] < pos and m.kind not in ("cue", "number")][:1]
    if not first or first[0].kind != "state" or first[0].extra.get("demonym"):
        return []
    frame = cues.ending_at("FRAME_CUE", first[0].span[0], text)
    if frame is None or text[sent.start : frame.start].strip(" -–—"):
        return []
    comma = text.find(",", first[0].span[1], pos)
    if comma < 0 or len(text[first[0].span[1] : comma].split()) > 1:
        return []
    return [str(first[0].value)]


def _labels(text: str, seg: Segments, m: Mention) -> bool:
    """Is state ``m`` the label of its line, alone before a colon at its start
    ("Poland: A Russian drone flew over a village ...")?"""
    start = seg.paragraph(m.span[0]).start
    return (
        m.kind == "state"
        and not text[start : m.span[0]].strip()
        and text[m.span[1] :].lstrip(" \u00a0\u202f").startswith(":")
    )


def _land_of_other(seg: Segments, mentions: list[Mention], c: Cue, states: list[str]) -> bool:
    """Is a land of another state than the speaker's told after the indefinite land ``c``
    in its clause ("flew over a village in Russia's Pskov region", "near Grodno"), or a
    place of no known state? Or no foreign aircraft (of a state told, not the
    speaker's) told before it in its sentence ("a drone flew over a village" of no state
    told is a sighting)?"""
    sent = seg.sentences.at(c.start)
    ac = [m for m in mentions if m.kind == "aircraft" and sent.start <= m.span[0] < c.start]
    if not states or not any(m.extra.get("state") not in (None, states[-1]) for m in ac):
        return True
    end = seg.clauses.at(c.start).end
    told = [m for m in mentions if c.end <= m.span[0] < end and m.kind in ("state", "location", "zone")]
    for m in told:
        code = m.value if m.kind == "state" else m.extra.get("state")
        if (code or m.kind == "location") and str(code) not in states[-1:]:
            return True  # a place of no known state may lie anywhere
    return False


def _bare_gap(text: str, cues: Cues, mentions: list[Mention], lo: int, hi: int) -> bool:
    """Is [lo, hi) blank but for a distance and its lead (DEPTH_LEAD_CUE: "drifted some
    20 kilometres into the country", "a pénétré de 3 km dans le pays") and a day or a time
    told between the verb and its object (_ASIDE_KINDS: "a survolé samedi vers 22 h 50 le
    sud du pays"): the verb's goal right after it?"""
    gap = list(text[lo:hi])
    told = [m.span for m in mentions if m.kind == "distance" and lo <= m.span[0] and m.span[1] <= hi]
    if told:
        told += [(c.start, c.end) for c in cues.within("DEPTH_LEAD_CUE", lo, hi)]
    told += [m.span for m in mentions if m.kind in _ASIDE_KINDS and lo <= m.span[0] and m.span[1] <= hi]
    for s, e in told:
        gap[s - lo : e - lo] = " " * (e - s)
    return not "".join(gap).strip()


def _within_lines(seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """ "... – about four minutes\n14 Feb – ...": a measure read across the start of a
    log's next line (``segment._LOG_LINE``) took that line's day for its own: no value."""
    starts = [p.start for p in seg.paragraphs.scopes[1:]]
    if not starts:
        return mentions

    def across(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.span[0])
        return k < len(starts) and starts[k] < m.span[1]

    return [m for m in mentions if m.kind not in _MEASURES or not across(m)]


_MEASURES = frozenset({"duration", "distance", "number", "altitude", "speed", "time"})


def _log_line_days(
    text: str, lexicon: Lexicon, ref: dt.date | None, mentions: list[Mention]
) -> list[Mention]:
    """ "13/03 - 2 drones russes, entrée près de Rēzekne": a day and a month joined by a
    slash, no year, opening a line of a log (``segment.log_line_day``) is that line's
    day where the language writes the day first ([date_style] day_first lists "/"), the
    last such day not after the reference date; never the fraction 13/03."""
    if ref is None or "/" not in lexicon.classes.get("DATE_STYLE", {}).get("day_first", ()):
        return mentions
    out = []
    for m in mentions:
        # "14/06 – 9 h 40 : un Su-24 ...": a phrase read across the day's dash (a length
        # "14/06 – 9 h") is that day alone, the rest no value
        opens = log_line_day(text, m.span[0])
        head = _SLASH_HEAD.match(m.text) if m.kind != "number" and opens else None
        written = head.group(1) if head is not None else m.text
        day = _slash_day(written, ref) if (m.kind == "number" or head) and opens else None
        span = (m.span[0], m.span[0] + len(written))
        out.append(m if day is None else Mention("date", written, span, day, extra={"precision": "day"}))
    return out


#: a log line's slashed day and its dash at the head of a phrase read across them
_SLASH_HEAD = LazyPattern(r"(\d{1,2}/\d{1,2})[ \t]+[-–—][ \t]")


def _slash_day(written: str, ref: dt.date) -> str | None:
    """The last day "dd/mm" not after ``ref`` (this year's or last year's), or None."""
    parts = written.split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    for year in (ref.year, ref.year - 1):
        try:
            day = dt.date(year, int(parts[1]), int(parts[0]))
        except ValueError:
            return None
        if day <= ref:
            return day.isoformat()
    return None


#: the clocks a time may be told in that are neither the local one nor UTC's own field
_OWN_CLOCKS = (None, "local", "UTC")


def _without_restated_clocks(text: str, cues: Cues, seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """ "Between 19:03 and 19:33 local time (13:03 and 13:33 Moscow time)", "entre
    19 h 03 et 19 h 33 heure locale (13 h 03 et 13 h 33 heure de Moscou)": a time told in
    another named clock (``tz`` neither local nor UTC) after a time of the same sentence
    told in a clock of its own (local time, another zone), no verb between, restates
    that moment: no time of a crossing, nor an item of a list of crossings; so are the
    bare times between them ("13:03 and"), which share its clock. Times of one clock
    listed ("at 10:12 and 11:05 Moscow time") restate nothing."""
    gone: set[int] = _other_clocks_before_local(seg, mentions)
    for k, m in enumerate(mentions):
        if m.kind != "time" or m.extra.get("tz") in _OWN_CLOCKS:
            continue
        sent = seg.sentences.at(m.span[0])
        before = [x for x in mentions[:k] if x.span[0] >= sent.start and x.kind in ("time", "verb")]
        verbs = [i for i, x in enumerate(before) if x.kind == "verb"]
        told = before[verbs[-1] + 1 :] if verbs else before
        clocked = [i for i, x in enumerate(told) if x.extra.get("tz") not in (None, m.extra.get("tz"))]
        if not clocked:
            continue
        gone.add(id(m))
        gone.update(id(x) for x in told[clocked[-1] + 1 :] if x.extra.get("tz") is None)
    return [m for m in mentions if id(m) not in gone] if gone else mentions


def _other_clocks_before_local(seg: Segments, mentions: list[Mention]) -> set[int]:
    """ "At 10:30 CET (11:30 local)", « à 10 h 30 heure de Paris (11 h 30 heure
    locale) », "at 10:03 and 10:33 Moscow time, 11:03 and 11:33 local time": a time told
    as local after a time of the same clause in another named clock (``tz`` neither local
    nor UTC), no verb between, is that moment told in the crossing's own clock: the time
    in the other clock is set aside, and so are the bare times listed right before it,
    which share its clock (ids of the mentions set aside). A range in the other clock
    stays: the times after it may be its two ends told again."""
    gone: set[int] = set()
    for k, m in enumerate(mentions):
        if m.kind != "time" or m.extra.get("tz") != "local":
            continue
        clause = seg.clauses.at(m.span[0])
        before = [x for x in mentions[:k] if x.span[0] >= clause.start and x.kind in ("time", "verb")]
        verbs = [i for i, x in enumerate(before) if x.kind == "verb"]
        told = before[verbs[-1] + 1 :] if verbs else before
        clocked = [i for i, x in enumerate(told) if x.extra.get("tz") not in _OWN_CLOCKS]
        if not clocked or any(told[i].extra.get("end") for i in clocked):
            continue  # a range in the other clock: its bracket may list its ends as times
        own = [i for i, x in enumerate(told[: clocked[0]]) if x.extra.get("tz") is not None]
        first = own[-1] + 1 if own else 0
        gone.update(id(x) for x in told[first : clocked[-1] + 1] if x.extra.get("tz") != "local")
    return gone


_SET_ASIDE_KINDS = ("time", "date", "distance", "duration")


def _without_values_set_aside(text: str, cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """ "The drone had entered at 03:40, not 03:10", « à 22 h 15, et non à 21 h 50 », "17
    km, not 25 km", "on Tuesday rather than Monday": a time, day, distance or duration
    told right after a word setting it aside (NOT_THIS_CUE), itself right after one of
    its kind (a comma between or not), is the value a correction rejects: no mention,
    nor is that value told earlier of its kind ("the command first said the drone had
    crossed at 03:10"): the telling it corrects. The value told first stays."""
    gone: set[int] = set()
    last: dict[str, Mention] = {}
    for k, m in enumerate(mentions):
        if m.kind not in _SET_ASIDE_KINDS:
            continue
        prev = last.get(m.kind)
        last[m.kind] = m
        cue = cues.ending_at("NOT_THIS_CUE", m.span[0], text)
        if prev is None or cue is None or id(prev) in gone or m.value is None:
            continue
        if text[prev.span[1] : cue.start].strip(" ,") == "" and prev.value != m.value:
            gone.add(id(m))
            gone.update(id(x) for x in mentions[:k] if x.kind == m.kind and x.value == m.value)
    return [m for m in mentions if id(m) not in gone] if gone else mentions


def _ranges_listed(text: str, cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """ "Entered between 11:10 and 11:12, 13:01 and 13:04, and 14:50 and 14:54", "entre
    11 h 10 et 11 h 12, 13 h 01 et 13 h 04": two times joined by a word of a list
    (LIST_CUE: "and", "et") told right after a range of times, only a comma (and that
    word) between, are a range of their own, the first its start: one time mention
    spanning both, its end the second, as the range before it."""
    if not any(m.kind == "time" and m.extra.get("end") for m in mentions):
        return mentions  # no range of times: nothing to pair after one
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        prev = out[-1] if out else None
        pair = mentions[k + 1] if k + 1 < len(mentions) else None
        if (
            prev is not None
            and pair is not None
            and prev.kind == m.kind == pair.kind == "time"
            and prev.extra.get("end")
            and not m.extra.get("end")
            and not pair.extra.get("end")
            and _range_gap(text, cues, prev.span[1], m.span[0], comma=True)
            and _range_gap(text, cues, m.span[1], pair.span[0], comma=False)
        ):
            extra = {**m.extra, "end": pair.value}
            out.append(
                dataclasses.replace(
                    m, text=text[m.span[0] : pair.span[1]], span=(m.span[0], pair.span[1]), extra=extra
                )
            )
            k += 2
            continue
        out.append(m)
        k += 1
    return out


def _range_gap(text: str, cues: Cues, lo: int, hi: int, comma: bool) -> bool:
    """Is [lo, hi) a comma then at most a list word (``comma``), or a list word alone
    (``_list_gap`` with no comma)?"""
    gap = text[lo:hi]
    if not comma:
        return "," not in gap and _list_gap(text, cues, lo, hi)
    if not gap.lstrip().startswith(","):
        return False
    after = lo + gap.index(",") + 1
    return not text[after:hi].strip() or _list_gap(text, cues, after, hi)


def _held_zones(text: str, lexicon: Lexicon, mentions: list[Mention]) -> list[Mention]:
    """ "Crossed into Georgian-controlled territory": a zone of no state told right
    after a state glued by a hyphen to a word of holding ([loc_held], as in "the
    Philippine-held island of X") is the holder's zone; the state joins the zone."""
    held = {w.casefold() for forms in lexicon.classes.get("LOC_HELD", {}).values() for w in forms}
    if not held:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        s = out[-1] if out else None
        if m.kind == "zone" and not m.extra.get("state") and s is not None and s.kind == "state":
            gap = text[s.span[1] : m.span[0]]
            if gap[:1] == "-" and gap[1:].rstrip().casefold() in held and gap[1:].rstrip() != gap[1:]:
                extra = {**m.extra, "state": s.value}
                out[-1] = Mention(
                    "zone", text[s.span[0] : m.span[1]], (s.span[0], m.span[1]), m.value, extra=extra
                )
                continue
        out.append(m)
    return out


def _compass_sides(cues: Cues, seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """ "fell on the northern side of the border", « tombés du côté nord de la frontière »:
    a zone of no state whose noun of a side (SIDE_CUE) is told with a point of the compass
    (COMPASS_SIDE_CUE, keyed by the state split in two that takes its name from it) is that
    state's side, its land, when that state is named in its paragraph (a state phrase, or an
    aircraft's: "North Korean balloons"; before:
    a side of no state, read as the land of the speaker or of the state named before)."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "zone" and not m.extra.get("state"):
            state = _compass_state(cues, seg, mentions, m)
            if state is not None:
                extra = {**m.extra, "state": state}
                m = Mention("zone", m.text, m.span, m.value, extra=extra)
        out.append(m)
    return out


def _sides_past_lines(text: str, cues: Cues, mentions: list[Mention]) -> list[Mention]:
    """ "Detected a North Korean drone south of the MDL", « un drone repéré au sud de la
    ligne de démarcation »: a line that parts two known states (LINE_PARTIES_CUE) told right
    after a point of the compass that names one party's side of it (LINE_SIDE_CUE, keyed
    by that state) is that state's land, as "the southern side of the MDL" is; after a
    distance ("5 km south of the MDL": how far past it, or a place's distance from it,
    ``distances``) it stays the line."""
    ends = [x.span[1] for x in mentions if x.kind == "distance"]
    out: list[Mention] = []
    for m in mentions:
        side = _line_side(text, cues, m)
        if side is not None and not any(e <= side.start and not text[e : side.start].strip() for e in ends):
            m = Mention(
                "zone", m.text, m.span, m.value, extra={**m.extra, "border": False, "state": side.key.upper()}
            )
        out.append(m)
    return out


def _line_side(text: str, cues: Cues, m: Mention) -> Cue | None:
    """The side cue (LINE_SIDE_CUE) right before ``m``, a border of no state that is a line
    of two known states one of which is the cue's key, or None."""
    if m.kind != "zone" or not m.extra.get("border") or m.extra.get("state"):
        return None
    line = cues.leading_into("LINE_PARTIES_CUE", m.span[1], text)
    if line is None or line.start < m.span[0]:
        return None
    side = cues.ending_at("LINE_SIDE_CUE", m.span[0], text)
    if side is None or side.key.upper() not in line.key.upper().split("/"):
        return None
    return side


def _compass_state(cues: Cues, seg: Segments, mentions: list[Mention], zone: Mention) -> str | None:
    """The state of a compass side told in ``zone`` (see ``_compass_sides``), or None."""
    sides = cues.within("SIDE_CUE", *zone.span)
    if not sides:
        return None
    para = seg.paragraphs.at(zone.span[0])
    named = {
        str(m.value) if m.kind == "state" else str(m.extra.get("state"))
        for m in mentions
        if m.kind in ("state", "aircraft") and para.start <= m.span[0] < para.end
    }
    for side in sides:
        for cue in cues.within("COMPASS_SIDE_CUE", para.start, para.end):
            if cue.start <= side.start and side.end <= cue.end and cue.key in named:
                return cue.key
    return None


def _sites(seg: Segments, mentions: list[Mention]) -> list[Mention]:
    """Troops' sites ([zone] site) are a zone of the state told with them ("a survolé des
    positions militaires arméniennes": Armenia's land, as "le territoire arménien"); with
    no state told ("des positions militaires dans le district de X": REGION_CUE tells
    the place's), or told in a place later in their clause not known as that state's
    ("over Russian positions in the Zaporizhzhia region": a front, maybe not Russia's
    land), they are no zone."""
    out: list[Mention] = []
    for k, m in enumerate(mentions):
        if m.kind == "zone" and m.extra.get("site"):
            state = m.extra.get("state")
            end = seg.clauses.at(m.span[0]).end
            later = [x for x in mentions[k + 1 :] if x.span[0] < end and x.kind == "location"]
            if not state or any(x.extra.get("state") != state for x in later):
                continue
        out.append(m)
    return out


def _capitals(lexicon: Lexicon) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """The [capital] forms of ``lexicon``, folded once per lexicon."""
    found = _CAPITALS.get(id(lexicon))
    if found is not None and found[0] is lexicon:
        return found[1], found[2]
    exact: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for code, forms in lexicon.classes.get("CAPITAL", {}).items():
        for form in forms:
            f = fold(form.lstrip("="))
            if f.endswith("*"):
                stems.append((f[:-1], code))
            else:
                exact.setdefault(f, code)
    _CAPITALS[id(lexicon)] = (lexicon, exact, tuple(stems))
    return exact, tuple(stems)


def _capital_place(
    text: str, lexicon: Lexicon, capitals: tuple[dict[str, str], tuple[tuple[str, str], ...]], m: Mention
) -> Mention:
    """ "Israeli jets flew over Beirut", "au-dessus de Beyrouth": a place named by a
    state's capital (the language's [capital] forms, which alone stand for the state
    that speaks: "Beirut said") is that state's land; the phrase keeps its words. Not
    a water the capital names ("dans le golfe de Riga": a word of water, [loc_noun]
    water, in the phrase), which is nobody's land."""
    if m.kind != "location" or m.extra.get("state") or not isinstance(m.value, str):
        return m
    phrase = text[m.span[0] : m.span[1]]
    if any(lexicon.key_of("LOC_NOUN", phrase[w.start : w.end]) == "water" for w in words_of(phrase)):
        return m
    name = fold(m.value)
    exact, stems = capitals
    code = exact.get(name) or next((c for stem, c in stems if name.startswith(stem)), None)
    if code is None:
        return m
    return dataclasses.replace(m, extra={**m.extra, "state": code, "land": True, "capital": True})


#: opening quotation marks and the marks that close them
_QUOTES = {"“": "”", "«": "»", "„": "“", '"': '"'}
_QUOTE_MARK = re.compile("[" + "".join(_QUOTES) + "]")


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of text between quotation marks (a quote left open runs to the
    end of its paragraph)."""
    out: list[tuple[int, int]] = []
    at = 0
    while (found := _QUOTE_MARK.search(text, at)) is not None:
        i = found.start()
        para_end = text.find("\n\n", i)
        para_end = len(text) if para_end < 0 else para_end
        j = text.find(_QUOTES[text[i]], i + 1, para_end)
        j = para_end if j < 0 else j
        out.append((i, j))
        at = j + 1
    return out


def _quoted_days(text: str, ref: dt.date | None, facts: Facts, seg: Segments) -> dict[int, Mention]:
    """ "A statement released on Tuesday said: 'Today at 5:03 pm, a jet violated our
    airspace'", "a déclaré lundi : « Hier, un drone ... »": a day told relative to now
    ("today", "yesterday", "hier") inside a quote is counted from the day the quote
    was said, not from the report's date, when the day of the statement is told: a
    day before the quote in its paragraph, in a sentence with a verb of saying, none
    other between; or, with none before, the attribution after the quote ('...," a
    spokesman told reporters on Sunday', "», a déclaré dimanche"). Each such
    mention's replacement, by ``id``."""
    if ref is None or not facts.dates:
        return {}
    out: dict[int, Mention] = {}
    quotes = _quote_spans(text)
    for lo, hi in quotes:
        inside = [
            m for m in between(facts.dates, lo, hi) if _relative(m) and m.extra.get("precision") == "day"
        ]
        if not inside:
            continue
        said = _said_before(text, facts, quotes, lo) or _said_after(facts, seg, quotes, hi)
        if said is None:
            continue
        shift = dt.date.fromisoformat(str(said.value)) - ref
        for m in inside:
            day = (dt.date.fromisoformat(str(m.value)) + shift).isoformat()
            out[id(m)] = dataclasses.replace(m, value=day)
    return out


def _a_day_said(m: Mention) -> bool:
    return not _relative(m) and m.extra.get("precision") == "day"


def _said_before(text: str, facts: Facts, quotes: list[tuple[int, int]], lo: int) -> Mention | None:
    """The day of a statement told before the quote at ``lo`` in its paragraph (the
    last day outside a quote, with a verb of saying before the quote)."""
    para = text.rfind("\n\n", 0, lo) + 1
    before = [d for d in between(facts.dates, para, lo) if not any(a <= d.span[0] < b for a, b in quotes)]
    if not before or not _a_day_said(before[-1]):
        return None
    if not [c for c in between(facts.cues, para, lo) if c.value == "say"]:
        return None
    return before[-1]


def _said_after(facts: Facts, seg: Segments, quotes: list[tuple[int, int]], hi: int) -> Mention | None:
    """The day of a statement told in the attribution after the quote that closes at
    ``hi``: the first day in the rest of its sentence, outside a quote, in the clause
    of a verb of saying told after the quote and before that day."""
    end = seg.sentences.at(hi).end
    after = [d for d in between(facts.dates, hi, end) if not any(a <= d.span[0] < b for a, b in quotes)]
    if not after or not _a_day_said(after[0]):
        return None
    day = after[0]
    clause = seg.clauses.at(day.span[0])
    says = [c for c in between(facts.cues, max(hi, clause.start), day.span[0]) if c.value == "say"]
    return day if says else None


def _compound_verbs(text: str, mentions: list[Mention]) -> set[int]:
    """ "Cross-border raids", "a fly-past", "the cross-border flight": a verb joined by a
    hyphen to the word after it is part of a compound word (a modifier, a noun), not a
    verb that tells a crossing (``id`` of each). A hyphen before the verb
    ("re-entered") leaves it a verb."""
    out: set[int] = set()
    for m in mentions:
        end = m.span[1]
        if m.kind == "verb" and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
            out.add(id(m))
    return out


#: the marks that close a clause or a sentence
_CLAUSE_CLOSERS = frozenset(",.;:!?)–—")


def _particles_not_numbers(text: str, cues: Cues, mentions: list[Mention]) -> set[int]:
    """ "Drang am Dienstag in den Luftraum Litauens ein, etwa zwei Kilometer tief": a
    number that is all a word a verb's particle may be (PARTICLE_CUE: German "ein" of
    "eindringen", "einfliegen"), told right before the punctuation that closes its
    clause or sentence (or at the text's end), is that particle closing the clause, no
    number (``id`` of each): "ein, etwa zwei Kilometer" is no list of one and two
    kilometres."""
    found = cues.by_class.get("PARTICLE_CUE")
    if not found:
        return set()
    spans = {(c.start, c.end) for c in found}
    out: set[int] = set()
    for m in mentions:
        if m.kind != "number" or m.span not in spans:
            continue
        rest = text[m.span[1] :].lstrip(" ")
        if not rest or rest[0] in _CLAUSE_CLOSERS:
            out.add(id(m))
    return out


def _ordinal_not_number(text: str, cues: Cues, mentions: list[Mention]) -> set[int]:
    """ "And a third violation took place at 16:20": a number that is all a word of
    rank (ORDINAL_CUE: "a third", read as a fraction; the article of "une troisième")
    right before a noun of crossing
    or an aircraft is the rank, no number (``id`` of each); "a third of the drones"
    stays a fraction."""
    ranks = {c.start: c.end for c in cues.by_class.get("ORDINAL_CUE", [])}
    out: set[int] = set()
    for k, m in enumerate(mentions[:-1]):
        end = ranks.get(m.span[0])
        nxt = mentions[k + 1]
        if m.kind != "number" or end is None or m.span[1] > end or nxt.kind not in ("verb", "aircraft"):
            continue
        if nxt.span[0] >= end and not text[end : nxt.span[0]].strip():
            out.add(id(m))  # "une troisième violation": the article read as a number
    return out | _ordinal_not_duration(text, cues, mentions)


def _ordinal_not_duration(text: str, cues: Cues, mentions: list[Mention]) -> set[int]:
    """ "It came back for a second pass at 16:20", « est revenu pour une seconde
    incursion »: a length of time that ends with a word of rank (ORDINAL_CUE "a second",
    "une seconde") right before a noun of a round (ROUND_CUE: "pass", "time",
    "tentative"), of crossing or an aircraft is the rank of that round, no second of
    time (``id`` of each); "stayed for a second" stays one second."""
    ends = {c.end for c in cues.by_class.get("ORDINAL_CUE", [])}
    out: set[int] = set()
    for k, m in enumerate(mentions):
        if m.kind != "duration" or m.span[1] not in ends:
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        noun = cues.starting_at("ROUND_CUE", m.span[1], text)
        if (noun is not None and noun.key != "lead") or (
            nxt is not None and nxt.kind in ("verb", "aircraft") and not text[m.span[1] : nxt.span[0]].strip()
        ):
            out.add(id(m))
    return out


def _night_word_of_a_day(text: str, cues: Cues, mentions: list[Mention]) -> set[int]:
    """ "Overnight into Wednesday", "overnight from Saturday to Sunday": a night word
    read as a day of its own (the night before the report's day) that opens a night's
    cue (NIGHT_CUE) leading into a named day is no day: the day it leads into tells
    the night (``id`` of each)."""
    nights = [m for m in mentions if m.kind == "date" and _relative(m) == "last night"]
    if not nights:
        return set()
    out: set[int] = set()
    for d in mentions:
        if d.kind != "date" or _relative(d) == "last night":
            continue
        cue = cues.leading_into("NIGHT_CUE", d.span[0], text)
        if cue is not None:
            out.update(id(m) for m in nights if cue.start <= m.span[0] and m.span[1] <= cue.end)
    return out


def _relative(m: Mention) -> object:
    parts = m.extra.get("parts")
    return parts.get("relative") if isinstance(parts, dict) else None


def _in_a_name(text: str, words: list[Word], mentions: list[Mention]) -> set[int]:
    """ "Ouest-France", "Radio-Canada", "l'Agence France-Presse": a state's name joined
    by a hyphen to a capitalised word that names no state is part of the name of a
    newspaper, a broadcaster or a body, and names no state ("Arménie-Azerbaïdjan", two
    states, still names both) (``id`` of each). Read on the word tokens: the hyphen
    token glued to the name and the word glued to the hyphen."""
    states = [m.span for m in mentions if m.kind == "state"]
    if not states:
        return set()
    out: set[int] = set()
    for m in mentions:
        if m.kind != "state":
            continue
        lo, hi = m.span
        joined = []
        hyphen = _word_ending_at(words, lo)
        if hyphen is not None and hyphen.kind == "HYPHEN":
            joined.append(_word_ending_at(words, hyphen.start))
        hyphen = _word_starting_at(words, hi)
        if hyphen is not None and hyphen.kind == "HYPHEN":
            joined.append(_word_starting_at(words, hyphen.end))
        for w in joined:
            if w is None or w.kind != "WORD":
                continue
            word = text[w.start : w.end]
            if word[0].isupper() and not any(a <= w.start and w.end <= b for a, b in states):
                out.add(id(m))
    return out


def _table_header_words(text: str, mentions: list[Mention]) -> set[int]:
    """The mentions in a table's header written as text (``segment.table_header``: "| Date
    | Aircraft | State |" over "|---|---|---|"): names of columns, no aircraft nor state."""
    return {id(m) for m in mentions if table_header(text, m.span[0])}


def _water_names(text: str, cues: Cues, lexicon: Lexicon, mentions: list[Mention]) -> set[int]:
    """ "L'îlot de Vaindloo, dans le golfe de Finlande", "over the Sea of Japan": a
    state's name right after a word of water ([loc_noun] water) and its link word
    (WATER_OF_CUE: "de", "of") is part of the name of a sea, which is nobody's land,
    and names no state (``id`` of each); so is a state's adjective right before or after
    a sea's noun (WATER_NAME_CUE: "im Finnischen Meerbusen", "w Zatoce Fińskiej")."""
    out: set[int] = set()
    for m in mentions:
        if m.kind != "state":
            continue
        if m.extra.get("demonym"):
            if cues.ending_at("WATER_NAME_CUE", m.span[0], text) or cues.starting_at(
                "WATER_NAME_CUE", m.span[1], text
            ):
                out.add(id(m))
            continue
        cue = cues.ending_at("WATER_OF_CUE", m.span[0], text)
        if cue is not None and lexicon.key_of("LOC_NOUN", word_before(text, cue.start)) == "water":
            out.add(id(m))
    return out


def _word_starting_at(words: list[Word], pos: int) -> Word | None:
    """The word token that begins at ``pos`` (tokens are in text order, none overlap)."""
    k = bisect.bisect_left(words, pos, key=_word_start)
    return words[k] if k < len(words) and words[k].start == pos else None


def _word_ending_at(words: list[Word], pos: int) -> Word | None:
    """The word token that ends at ``pos``."""
    k = bisect.bisect_left(words, pos, key=_word_end)
    return words[k] if k < len(words) and words[k].end == pos else None


def _word_start(w: Word) -> int:
    return w.start


def _word_end(w: Word) -> int:
    return w.end


#: a mention or the typed fact of one (``facts.Aircraft``...)
M = TypeVar("M")


def per_mention(fn: Callable[[Doc, M], bool]) -> Callable[[Doc, M], bool]:
    """``fn(doc, m)`` worked out once per document and mention (or fact): for
    predicates that read only the document and the mention (each resolver of each
    record asks them again of the same mentions). The mention is kept with its answer,
    so its ``id`` cannot be reused while the document lives."""

    @functools.wraps(fn)
    def once(doc: Doc, m: M) -> bool:
        memo = doc.judged.get(fn)
        if memo is None:
            memo = doc.judged[fn] = {}
        known = memo.get(id(m))
        if known is not None and known[0] is m:
            return known[1]
        answer = fn(doc, m)
        memo[id(m)] = (m, answer)
        return answer

    return once


#: four digits of a year ("2019"), not of a number or a time ("2019.5", "20:19"); the
#: century first, and the word before it asked after (behind "19"/"20" and the
#: character before them): a search then skips every other character fast, where one
#: opening with the look-behind tries it at each (the same matches, in any stretch)
YEAR = re.compile(r"(?:19|20)(?<![\w.,]..)\d\d(?!\w|[.,:]\d)")


def years_told_in(doc: Doc, lo: int, hi: int) -> list[int]:
    """The years told between ``lo`` and ``hi`` as a time ("In 2019, ...", "En 2021,
    ...": four digits of a year after the language's word for "in", [in]); a length's
    digits ("с 2000 метров") are none."""
    words = doc.lexicon.folded_forms("IN")
    found: list[int] = []
    for y in YEAR.finditer(doc.text, lo, hi):
        if any(s <= y.start() < e for s, e in lengths_in(doc, lo, y.end())):
            continue
        before = word_before(doc.text, y.start(), lo)
        if before and fold(before) in words:
            found.append(int(y.group()))
    return found


def years_of_when(doc: Doc, lo: int, hi: int) -> list[int]:
    """The years told between ``lo`` and ``hi`` as the time of what the clause after
    them tells ("the memory of 1996, when two Cessnas were shot down", "celui de 1996,
    lorsque ..."): four digits of a year right before a word of DAY_WHEN_CUE (a comma
    between at most); a length's digits are none."""
    found: list[int] = []
    for y in YEAR.finditer(doc.text, lo, hi):
        if any(s <= y.start() < e for s, e in lengths_in(doc, lo, y.end())):
            continue
        gap = doc.text[y.end() : y.end() + 2]
        at = y.end() + (1 if gap.startswith(",") else 0)
        if doc.cues.starting_at("DAY_WHEN_CUE", at, doc.text) is not None:
            found.append(int(y.group()))
    return found


def adjacent(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Are two phrases (or cues) next to each other, only spaces between?"""
    gap = text[a[1] : b[0]] if a[1] <= b[0] else text[b[1] : a[0]]
    return not gap.strip()


def lengths_in(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The spans of the distances and speeds told in [lo, hi)."""
    spans = [m.span for m in between(doc.facts.distances, lo, hi)]
    return spans + [m.span for m in between(doc.facts.speeds, lo, hi)]


#: the wars of rules.toml ([[war]]): their two sides and the day they began
_WARS = tuple((frozenset(w["sides"]), dt.date.fromisoformat(w["since"])) for w in rules().get("war", []))


def wars_on(doc: Doc) -> list[frozenset[str]]:
    """The sides of each war going on at the report's day (every war, with no day told)."""
    return [sides for sides, since in _WARS if doc.ref is None or doc.ref >= since]
