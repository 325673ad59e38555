"""States, zones, violation verbs, repetitions, places and certainty cues."""

from __future__ import annotations

import itertools
from typing import Any

from lark import Token

from ..words import fold
from .base import (
    Built,
    Num,
    PhraseParts,
    Reject,
    _first,
    _tokens,
    mypyc_attr,
)


@mypyc_attr(native_class=False)
class IncidentT(PhraseParts):
    def state_capital(self, items: list[Any]) -> Built:
        """ "Moscow denied", "Séoul a indiqué": the capital speaks for its state."""
        return Built("state", str(items[0].value), extra={"demonym": False, "capital": True})

    def state_phrase(self, items: list[Any]) -> Built:
        tok = [t for t in items if t.type in ("STATE", "DEMONYM")][0]
        return Built("state", str(tok.value), extra={"demonym": tok.type == "DEMONYM"})

    def z_pre(self, items: list[Any]) -> list[Token]:
        return list(items)

    def z_post(self, items: list[Any]) -> list[Token]:
        return self.z_pre(items)

    def z_place(self, items: list[Any]) -> list[Token]:
        return _Place(items)

    def zone_phrase(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        zone_tok = _first(toks, "ZONE")
        assert zone_tok is not None
        if self.lexicon.classes.get("ZONE_STYLE", {}).get("demonym_before"):
            # a language whose adjectives stand before their noun: a demonym after the
            # zone is the next noun's ("границы польским вертолетом"), not the zone's
            if any(t.type == "DEMONYM" and (t.start_pos or 0) > (zone_tok.start_pos or 0) for t in toks):
                raise Reject("a demonym after the zone")
        after = [t for t in toks if (t.start_pos or 0) > (zone_tok.start_pos or 0)]
        for k, t in enumerate(after):
            if t.type == "AC_ADJ" and not any(u.type in ("STATE", "DEMONYM", "CAPITAL") for u in after[k:]):
                raise Reject("an adjective after the zone that no state follows")
        zkey = str(zone_tok.value)
        state = None
        if "/" in zkey:
            zkey, state = zkey.split("/", 1)
        ref = poss = False
        place = None
        found = _places(items)
        if found:
            # "the median line of the Taiwan Strait": the place (its lower-case noun too)
            place = self.text[found[0].start_pos : found[-1].end_pos]
            state = state or self._land_place_state(found)
        for t in self._from_states(toks):
            if t.type == "CAPITAL" and place is None:
                place = self.text[t.start_pos : t.end_pos]  # "the Pyongyang airspace": a place too
            if t.type in ("STATE", "STATE_OF", "DEMONYM", "CAPITAL") and state is None:
                state = str(t.value)
            elif t.type == "STATE_REF":
                ref = True  # "la frontière de l'État": the state named before
            elif t.type == "POSS":
                poss = True  # "son espace aérien", "our airspace": the speaker's
        zone = {"airspace": "airspace", "border": "airspace", "site": "airspace"}.get(
            zkey, zkey
        )  # "international" too
        extra = {
            "state": state,
            "border": zkey == "border",
            "ref": ref,
            "poss": poss,
            "place": place,
            "site": zkey == "site",
        }
        return Built("zone", zone, extra=extra)

    def _land_place_state(self, found: list[Token]) -> str | None:
        """ "Le territoire de la commune de Ceadîr-Lunga", "the territory of the Plauru
        commune": the state of a place of known state that a land noun names inside a
        zone phrase, as a location phrase reads it ("over the commune of X"); a water or
        area noun keeps it nobody's ("the median line of the Taiwan Strait")."""
        nouns = [str(t.value) for t in found if t.type == "LOC_NOUN"]
        names = [t for t in found if t.type in _NAME]
        if not names or not nouns or any(n != "land" for n in nouns):
            return None
        return self.lexicon.place_of(self.text[names[0].start_pos : names[-1].end_pos])

    def _from_states(self, toks: list[Token]) -> list[Token]:
        """The tokens of a zone phrase but a state told after a word of "of" keyed "from"
        in its language's [de] (Russian "из", Ukrainian "з": there a zone takes its state
        in the genitive with no word between, "воздушное пространство Латвии", and that
        word says where the aircraft came from, "в ее воздушное пространство из России"),
        not whose zone it is."""
        lex = self.lexicon
        return [
            t
            for k, t in enumerate(toks)
            if not (
                t.type == "STATE"
                and k
                and toks[k - 1].type == "DE"
                and lex.key_of("DE", self.text[toks[k - 1].start_pos : toks[k - 1].end_pos]) == "from"
            )
        ]

    def verb_phrase(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        verb = [t for t in toks if t.type in ("V_VIOLATE", "V_MOVE", "V_NOUN")][-1]
        reflexive = any(t.type == "AUX" and str(t.value) == "reflexive" for t in toks)
        if not reflexive and self._reflexive_only(verb):
            # "s'est brièvement posé": a verb after the auxiliary of a reflexive only ("a posé
            # problème" is none)
            raise Reject("a participle of a reflexive verb without its auxiliary")
        if self._aux_only(verb) and not any(self._be_aux(t) for t in toks if t.type == "AUX"):
            # "est brièvement entré": a participle after its auxiliary only ("entre 10 h et
            # 11 h", accents folded, is none)
            raise Reject("a participle without its auxiliary")
        return Built(
            "verb",
            str(verb.value),
            extra={
                "strong": verb.type in ("V_VIOLATE", "V_NOUN"),
                "noun": verb.type == "V_NOUN",
                "negated": any(t.type == "NEG" for t in toks),
                "conditional": any(t.type == "AUX_COND" and str(t.value) != "modal" for t in toks),
                "hypothetical": any(t.type == "AUX_COND" and str(t.value) == "modal" for t in toks),
                "alleged": any(t.type == "ALLEGED" for t in toks),
            },
        )

    def _reflexive_only(self, verb: Token) -> bool:
        """Is ``verb`` a participle that is an incident verb only after the auxiliary of a
        reflexive ([reflexive_only_cue] of the lexicon: "posé")?"""
        surface = self.text[verb.start_pos : verb.end_pos] if verb.start_pos is not None else str(verb)
        return fold(surface) in self.lexicon.folded_forms("REFLEXIVE_ONLY_CUE")

    def _aux_only(self, verb: Token) -> bool:
        """Is ``verb`` a participle that is an incident verb only after an auxiliary of
        being ([aux_only_cue] of the lexicon: "entré")? Written with its accent only:
        folded, it is "entre" (between), never a verb."""
        surface = self.text[verb.start_pos : verb.end_pos] if verb.start_pos is not None else str(verb)
        if fold(surface) not in self.lexicon.folded_forms("AUX_ONLY_CUE"):
            return False
        if any(
            surface.lower() == f for fs in self.lexicon.classes.get("AUX_ONLY_CUE", {}).values() for f in fs
        ):
            return True
        raise Reject("a participle's form without its accent")

    def _be_aux(self, aux: Token) -> bool:
        """Is ``aux`` an auxiliary of being ([be_aux_cue]: « est », « était », « s'est »)?"""
        surface = self.text[aux.start_pos : aux.end_pos] if aux.start_pos is not None else str(aux)
        return fold(surface) in self.lexicon.folded_forms("BE_AUX_CUE")

    def verb_noun(self, items: list[Any]) -> Built:
        return self.verb_phrase(items)

    def rep_rate(self, items: list[Any]) -> dict[str, str]:
        """ "a day" after a count of times: the period it counts in."""
        return {"per": str(items[-1].value)}

    def repetition(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        multi = _first(toks, "REP_MULTI")
        if multi is not None:
            if str(multi.value) == "member":
                # "the latest in a series of violations", « la dernière d'une série de
                # violations »: one crossing of many, no times of its own
                raise Reject("the latest in a series is one crossing")
            # "a series of": many crossings when a noun of crossing follows (facts.py)
            return Built("repetition", "multiple", extra={"series": str(multi.value) == "series"})
        t = _first(toks, "REP_TIMES")
        if t is not None:
            return Built("repetition", int(str(t.value)))
        nums = [it for it in items if isinstance(it, Num)]
        if not nums or nums[0].vague:
            return Built("repetition", "multiple")
        bound = next((b for b in items if isinstance(b, str)), None)
        extra: dict[str, Any] = {}
        word = _first(toks, "REP_WORD")
        if word is not None and word.start_pos is not None and toks[-1].end_pos is not None:
            # "seven times", "à trois reprises": the number said before the word (the
            # length from the word on, relative: a phrase's value may be reused elsewhere)
            extra["count_words"] = toks[-1].end_pos - word.start_pos
        return Built("repetition", int(nums[0].value), bound=bound if bound != "exact" else None, extra=extra)

    def place_name(self, items: list[Any]) -> list[Token]:
        return list(items)

    def loc_adj(self, items: list[Any]) -> _State:
        if isinstance(items[0], _State):
            return items[0]
        return _State(str(items[0].value) if items[0].type == "DEMONYM" else "")

    def loc_held(self, items: list[Any]) -> _State:
        """ "Philippine-held", "Russian-occupied": the holder glued to its participle by a
        hyphen is the place's state."""
        holder, held = items[0], items[-1]
        if self.text[holder.end_pos : held.start_pos] not in ("-", "‐", "‑"):
            raise Reject("a holder and a participle not joined by a hyphen ('the Japanese administered')")
        return _held(str(holder.value))

    def loc_held_by(self, items: list[Any]) -> _State:
        """ "administered by Japan", "occupée par la Russie", "sous contrôle russe"."""
        holder = items[-1]
        return _held(str(holder.value) if holder.type in ("DEMONYM", "STATE") else "")

    def location_unnamed(self, items: list[Any]) -> Built:
        """ "Over a Greek islet", "une île grecque": no name, but the place's state."""
        states = [s for s in items if isinstance(s, _State) and s]
        if not states:
            raise Reject("an unnamed place without its state")
        land = any(t.type == "LOC_NOUN" and str(t.value) == "land" for t in _tokens(items))
        return Built("location", "", extra={"state": str(states[0]), "land": land})

    def location(self, items: list[Any]) -> Built:
        states = [s for s in items if isinstance(s, _State) and s]
        nouns = [str(t.value) for t in _tokens(items) if t.type == "LOC_NOUN"]
        # a held place with no noun is land: "Russian-occupied Crimea"
        land = "land" in nouns or (not nouns and any(isinstance(s, _State) and s.held for s in items))
        items = [it for it in items if not isinstance(it, _State)]
        name = items[-1]
        toks = [t for t in name if t.type in _NAME_PARTS]
        while toks and toks[-1].type in ("DE", "ART"):
            toks.pop()
        if not toks or toks[0].type not in _NAME:
            raise Reject("no name")
        if (
            toks[0].type == "PLACE"
            and not self.text[toks[0].start_pos].isupper()
            and not _after_noun(items, toks[0])
        ):
            # a lower-case name is a word (Polish 'kos'), save an adjective right after its
            # land noun ("nad województwem podlaskim")
            raise Reject("a known place's name in lower case is a word (Polish 'kos')")
        start = toks[0].start_pos
        end = toks[-1].end_pos
        if (
            toks[-1].type == "LOC_NOUN"
            and not str(self.text[toks[-1].start_pos : toks[-1].end_pos])[:1].isupper()
        ):
            end = toks[-2].end_pos if len(toks) > 1 else end
        place = self.text[start:end]
        if fold(place) in self.lexicon.folded_forms("LOC_NOUN"):
            raise Reject("a place noun alone ('Sea', 'Island') is no name")
        extra: dict[str, Any] = {"name_span": [start, end], "land": land}
        if states:
            extra["state"] = str(states[0])
        elif all(n == "land" for n in nouns):
            # "over Gotland", "l'île de Farmakonisi", "the Pratas Islands": a place of known
            # state is its land (a water or area noun keeps it nobody's: "the Miyako Strait")
            run = list(itertools.takewhile(_is_name, toks))
            code = (
                self.lexicon.place_of(place)
                or self.lexicon.place_of(self.text[start : run[-1].end_pos])
                or self._state_of_region(toks)
            )
            if code:
                extra.update(state=code, land=True)
        return Built("location", place, extra=extra)

    def _state_of_region(self, toks: list[Token]) -> str | None:
        """ "The Transnistria region of Moldova", "the breakaway Tskhinvali region of
        Georgia": a place whose name ends in a land noun, "of" and a state is that state's land,
        disputed or not (the text names the state; a breakaway region alone has none). A
        word of "of" keyed "from" (Russian "из") tells where the aircraft came from."""
        if len(toks) < 3 or toks[-1].type != "STATE":
            return None
        de = toks[-2] if toks[-2].type == "DE" else toks[-3] if toks[-2].type == "ART" else None
        if de is None or de.type != "DE":
            return None
        noun = toks[toks.index(de) - 1]
        if noun.type != "LOC_NOUN" or str(noun.value) != "land":
            # "the Gulf of Finland": a name of water, "Gulf" a capitalised word
            return None
        if self.lexicon.key_of("DE", self.text[de.start_pos : de.end_pos]) == "from":
            return None
        return str(toks[-1].value)

    def location_known(self, items: list[Any]) -> Built:
        """ "A survolé Lesbos", "overflew Kinaros": a place of known state is a place
        phrase without a preposition or a noun."""
        built = self.location([[t for t in _tokens(items) if t.type == "PLACE"]])
        built.extra["bare"] = True
        return built

    def location_of_state(self, items: list[Any]) -> Built:
        """ "Taiwan island": a place named after its state, the state's land; "the Taiwan
        Strait", "the Korea Strait": water named after it, nobody's territory (no state:
        flying over it is no crossing)."""
        state = next(t for t in items if isinstance(t, Token) and t.type == "STATE")
        noun = next(t for t in items if isinstance(t, Token) and t.type == "LOC_NOUN")
        start, end = state.start_pos, noun.end_pos
        land = str(noun.value) == "land"
        extra: dict[str, Any] = {"name_span": [start, end], "land": land}
        if land:
            extra["state"] = str(state.value)
        return Built("location", self.text[start:end], extra=extra)

    def location_bare(self, items: list[Any]) -> Built:
        """ "The Senkaku Islands", "les îles Senkaku": the name is the capitalised words
        (with the noun after them when it is capitalised too)."""
        toks = [t for t in items if isinstance(t, Token) and t.type in _NAME_NOUN]
        if toks[0].type == "LOC_NOUN":
            if str(toks[0].value) not in ("land", "water"):
                raise Reject("'de son côté Maciej X': a person, not a place")
            return self.location([toks[:1], toks[1:]])
        return self.location([toks])

    def location_weak(self, items: list[Any]) -> Built:
        toks = [t for t in items if isinstance(t, Token) and t.type in _NAME_NOUN]
        return self.location([toks])

    def s_pre(self, items: list[Any]) -> list[Token]:
        return list(items)

    def s_post(self, items: list[Any]) -> list[Token]:
        return list(items)

    def s_tail(self, items: list[Any]) -> list[Token]:
        return list(items)

    def source_phrase(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        keep_article = bool(self.lexicon.classes.get("SOURCE_STYLE", {}).get("keep_article"))
        if toks and toks[0].type == "ART" and not keep_article:
            toks = toks[1:]
        start, end = toks[0].start_pos, toks[-1].end_pos
        states = [
            str(t.value) for t in toks if t.type in ("STATE", "STATE_OF", "DEMONYM", "CAPITAL", "AC_OPERATOR")
        ]
        return Built(
            "source",
            self.text[start:end],
            extra={
                # the press tells, it does not vouch as an authority does
                "authority": any(self._authority(t) for t in toks),
                "state": states[0] if states else None,
            },
        )

    def _authority(self, t: Token) -> bool:
        """Is a word of a source phrase an authority's (not the press's)? So too a word read
        as an aircraft's adjective that is also an authority's ("according to Romanian air
        defence": AC_ADJ and CUE_AUTHORITY both, the grammar took the first)."""
        if t.type == "AC_ADJ":
            return self.lexicon.key_of("CUE_AUTHORITY", self.text[t.start_pos : t.end_pos]) == "authority"
        return t.type == "CUE_AUTHORITY" and str(t.value) != "press"

    def source_acronym(self, items: list[Any]) -> Built:
        """ "GEETHA said", "a rapporté LRT": an acronym is a source only where it speaks
        (the incident layer checks that)."""
        extra = {"authority": False, "state": None, "acronym": True}
        return Built("source", str(items[0].value), extra=extra)

    def source_according(self, items: list[Any]) -> Built:
        toks = [t for t in _tokens(items) if t.type not in _ACCORDING_WORDS]
        built = self.source_phrase(toks)
        built.extra["according"] = True
        return built

    def cue(self, items: list[Any]) -> Built:
        t = items[0]
        kind = {"NEG": "neg", "ALLEGED": "alleged"}.get(t.type, t.type.lower().replace("cue_", ""))
        return Built("cue", kind, extra={"word": str(t.value)})

    text: str


#: the words of "according to" around a source ("nach polnischen Angaben": the first and last)
_ACCORDING_WORDS = ("CUE_ACCORDING", "CUE_ACCORDING_OPEN", "CUE_ACCORDING_NOUN")

#: the tokens a place's name is made of: capitalised words, capitals, known places
_NAME = ("CAPWORD", "CAPITAL", "PLACE")


def _after_noun(items: list[Any], tok: Token) -> bool:
    """Is ``tok`` right after a land noun in ``items`` ("województwem podlaskim")?"""
    told = _tokens(items)
    k = next((i for i, t in enumerate(told) if t.start_pos == tok.start_pos), 0)
    return k > 0 and told[k - 1].type == "LOC_NOUN"


#: a name and its noun ("the Kola Peninsula"), and the words between them
_NAME_NOUN = (*_NAME, "LOC_NOUN")
_NAME_PARTS = (*_NAME_NOUN, "STATE", "DE", "ART")


# (one class, with a mark, not a subclass for the holder's state: mypyc records no
# subclasses of a class that is not native, and compiles isinstance(x, _State) as a check
# for _State exactly, which a subclass's instance fails)
@mypyc_attr(native_class=False)  # mypyc compiles no subclass of a builtin as native
class _State(str):
    """The state a place adjective names ("Greek", "grecque"); empty for "national".
    ``held``: the state of the place's holder ("Russian-occupied", "administered by
    Japan"), see ``_held``."""

    held = False


def _held(name: str) -> _State:
    """The state a place's holder names."""
    state = _State(name)
    state.held = True
    return state


@mypyc_attr(native_class=False)  # mypyc compiles no subclass of a builtin as native
class _Place(list):  # type: ignore[type-arg]
    """The tokens of a place inside a zone phrase (still a list of tokens to ``_tokens``)."""


def _is_name(t: Token) -> bool:
    return t.type in _NAME


def _places(items: list[Any]) -> list[Token]:
    for it in items:
        if isinstance(it, _Place):
            return list(it)
        if isinstance(it, list):
            inner = _places(it)
            if inner:
                return inner
    return []
