"""Aircraft phrases: category, role, model, count, nationality."""

from __future__ import annotations

from typing import Any

from lark import Token

from ..words import LazyPattern, Lexicon, fold
from .base import (
    _BOUND,
    Built,
    Num,
    PhraseParts,
    Reject,
    _first,
    _tokens,
    mypyc_attr,
)

#: What a definite article tells of the number (its key in [art]): "def" is singular.
_ART_NUMBER: dict[str, dict[str, bool]] = {"pl": {"plural": True}, "any": {"number_open": True}}


def items_count(items: list[Any]) -> bool:
    """Does an aircraft phrase's parts hold a count ("3", "a", "a pair")?"""
    return any(isinstance(it, dict) and ("count" in it or "count_bound" in it) for it in items)


def _about(count: int) -> dict[str, Any]:
    """The count of a round group ("une vingtaine de ballons", "a score of drones"):
    its number, approximate."""
    return {"count": count, "plural": True, "count_said": True, "count_bound": "approx"}


#: The quotation marks a model may stand between: «», „“, “”, "", ‹›, ‚‘ (straight and
#: closing single quotes are apostrophes, which the scanner drops: 'Orlan-10' needs none).
QUOTES = frozenset('«»„“”‟"‹›‚‘')

#: The shape of a designator: one to three letters, the first a capital ("JF-17", "K8",
#: "Wz-7"), a hyphen or none, then one to four digits; or a capitalised name, a hyphen and
#: one to three digits ("Hongdu-6").
_CODE = LazyPattern(r"[A-Z][A-Za-z]{0,2}-?\d{1,4}|[A-Z][a-z]{2,}-\d{1,3}")

#: The aircraft nouns a designator may stand beside.
_NOUNS = frozenset({"AC_CAT", "AC_CAT_PL", "AC_ROLE_N", "AC_ROLE_N_PL"})


@mypyc_attr(native_class=False)
class AircraftT(PhraseParts):
    lexicon: Lexicon

    def ac_count(self, items: list[Any]) -> dict[str, Any]:
        if len(items) == 2 and isinstance(items[1], Num):
            return {**self.ac_count(items[1:]), "definite": True}
        it = items[0]
        if isinstance(it, Num):
            if getattr(it, "code", False):
                raise Reject("'a G7 plane': digits glued to letters are a code, no count")
            if it.value != int(it.value) or it.frac:
                raise Reject("'a third helicopter': an ordinal, not a third of one")
            if it.vague or it.approx:
                return {"count": None, "plural": True, "count_said": True}
            # "un Airbus A320", "one drone": one in words is the article as well
            return {"count": it.value, "count_said": not (it.words and it.value == 1)}
        if isinstance(it, Token):
            if it.type == "N_ART":
                return {"count": 1}
            if it.type == "ART":
                # the article's number, where it has one ([art] pl: "les", "i"; any: "die")
                return {"definite": True, **_ART_NUMBER.get(str(it.value), {})}
            if it.type in ("N_VAGUE", "DE", "AC_ART_PL"):
                return {"count": None, "plural": True, "count_said": it.type == "N_VAGUE"}
        return {}

    def ac_bound(self, items: list[Any]) -> dict[str, Any]:
        return {"count_bound": _BOUND[items[0].type]}

    def ac_group(self, items: list[Any]) -> dict[str, Any]:
        """ "une dizaine de drones", "una ventina di droni": about ten, the group word's
        number the count (``_about``); a multiple with no count ([n_group_vague] "des
        dizaines", "hundreds of") tells none; a group word that is also one of the
        language's pair words ([ac_pair]) is a pair: "пара истребителей" = 2; one of two
        that is not ("un paio di droni", as "a couple of") is a few: no count."""
        group = next(t for t in items if t.type in ("N_GROUP", "N_GROUP_VAGUE"))
        pair = self.lexicon.key_of("AC_PAIR", self.text[group.start_pos : group.end_pos])
        if pair is not None and group.type == "N_GROUP":
            return {"count": int(pair), "count_said": True}
        if group.type == "N_GROUP" and int(group.value) > 2 and not any(t.type == "N_VAGUE" for t in items):
            return _about(int(group.value))
        return {"count": None, "plural": True, "count_said": True}

    def ac_part(self, items: list[Any]) -> dict[str, Any]:
        # "deux de ses hélicoptères", "two of its Su-24s"
        out = self.ac_count(items[:1])
        out["own"] = any(isinstance(t, Token) and t.type == "POSS" for t in items)
        return out

    def ac_count_echo(self, items: list[Any]) -> dict[str, Any]:
        """ "two (2) Su-27 jets": a count in words and the same in digits in brackets."""
        num, echo = items
        if not num.words or float(str(echo.value).strip("()")) != num.value:
            raise Reject("the digits in brackets tell the count again")
        return self.ac_count([num])

    def ac_count_times(self, items: list[Any]) -> dict[str, Any]:
        """ "2x Shahed-type UAVs", "2 x Mi-24 helicopters": a count in digits with a sign
        of times ([ac_times]) glued to it or set apart by spaces on one line, as trackers
        write it (the grammar has the aircraft right after the sign: "2 x 3 km" is
        none); a count in words ("two x drones") counts nothing."""
        num, sign = items
        stop = getattr(num, "_stop", None)
        if stop is None or num.words or self.text[stop : sign.start_pos].strip(" \t"):
            raise Reject("the sign of times is not the digits' own")
        return self.ac_count([num])

    def ac_dozens_of(self, items: list[Any]) -> dict[str, Any]:
        """ "deux douzaines de drones": a count that ends in a dozen word ([n_dozen]), the
        only count a language joins to its noun by "de" ("trois de drones" is none); a
        dozen word the language lists as a group too ([n_group] "une douzaine de") is
        about a dozen: twelve, approximate (as "une dizaine de drones", ``_about``)."""
        de = items[-1]
        i = de.start_pos or 0
        while i > 0 and self.text[i - 1].isspace():
            i -= 1
        j = i
        while j > 0 and self.text[j - 1].isalpha():
            j -= 1
        word = self.text[j:i]
        if j == i or self.lexicon.key_of("N_DOZEN", word) is None:
            raise Reject("a count joined by 'de' that ends in no dozen word")
        if self.lexicon.key_of("N_GROUP", word) is not None:
            n = items[0]
            if isinstance(n, Num) and not n.vague and n.value == int(n.value):
                return _about(int(n.value))
            return {"count": None, "plural": True, "count_said": True}
        return self.ac_count(items[:1])

    def ac_numbered(self, items: list[Any]) -> dict[str, Any]:
        """ "des drones (,) au nombre de trois", "the drones, three in number": a whole
        count told after the aircraft, its word on the side its key says, a sign before it
        a comma only."""
        word = next(t for t in items if isinstance(t, Token) and t.type == "AC_NUMBERED")
        n = next(it for it in items if isinstance(it, Num))
        if isinstance(items[0], Token) and items[0].type == "PUNCT" and str(items[0].value) != ",":
            raise Reject("a count set off by a comma only")
        if (items[-1] is word) == (str(word.value) == "before"):
            raise Reject("the count's word on its own side")
        if n.vague or n.approx or n.frac or n.value != int(n.value) or not 1 <= n.value < 1000:
            raise Reject("no whole count")
        return {"numbered": int(n.value)}

    def ac_pairs(self, items: list[Any]) -> dict[str, Any]:
        n = items[0].value if isinstance(items[0], Num) else 1
        return {"count": 2 * n}

    def ac_partitive(self, items: list[Any]) -> Built:
        """ "one of them", "l'un d'eux": some of the aircraft named before (the incident
        layer takes the rest from them)."""
        extra: dict[str, Any] = {"model": None, "role": None, "count": int(str(items[0].value))}
        extra.update(state=None, definite=True, plural=False, generic=True, own=False, partitive=True)
        return Built("aircraft", "unknown", extra=extra)

    def ac_partitive_num(self, items: list[Any]) -> Built:
        """ "eight of them", "trois d'entre eux"."""
        n = items[0]
        if not isinstance(n, Num) or n.vague or n.value != int(n.value) or n.value < 1:
            raise Reject("no count")
        extra: dict[str, Any] = {"model": None, "role": None, "count": int(n.value)}
        extra.update(state=None, definite=True, plural=n.value > 1, generic=True, own=False, partitive=True)
        return Built("aircraft", "unknown", extra=extra)

    def ac_quoted(self, items: list[Any]) -> list[Token]:
        """ "«Орлан-10»", "„Shahed“": a model between quotation marks (no other signs:
        "(B2) Un avion ..." names a newspaper, not the aircraft)."""
        if not all(str(t.value) in QUOTES for t in (items[0], items[-1])):
            raise Reject("a model between signs that are no quotation marks")
        return [items[1]]

    def ac_code(self, items: list[Any]) -> Token:
        """ "K-8", "JF-17", "Hongdu-6": a designator the lexicon does not list, its parts
        glued (letters, a hyphen or none, digits), in the shape of one: capital letters
        or a capitalised name before a hyphen; nothing glued around it. Whether its place
        makes it a model is told by ``aircraft`` (``_code_placed``)."""
        toks = [t for t in items if isinstance(t, Token)]
        start, end = toks[0].start_pos, toks[-1].end_pos
        if start is None or end is None:
            raise Reject("no text")
        if any(a.end_pos != b.start_pos for a, b in zip(toks, toks[1:], strict=False)):
            raise Reject("a code's parts are glued ('Article 5', 'LO 282' are no designators)")
        surface = self.text[start:end]
        if not _CODE.fullmatch(surface):
            raise Reject("not in the shape of a designator")
        before, after = self.text[start - 1 : start] if start else "", self.text[end : end + 1]
        if (before and (before.isalnum() or before in "-/.")) or (after.isalnum() and after != "s"):
            raise Reject("a code glued to more ('F-16C', 'AB-12-34')")
        if after == "s" and self.text[end + 1 : end + 2].isalnum():
            raise Reject("a code glued to a word")
        return Token("AC_CODE", surface, start_pos=start, end_pos=end)

    def _code_placed(self, toks: list[Token], k: int) -> bool:
        """The designator ``toks[k]`` is a model by its place, or the phrase is none:
        right before an aircraft noun ("a K-8 jet"), or before a word of a type and one
        ("a JF-17-type jet"), right after one ("un drone Hongdu-6"), or after a word of
        a type ([ac_code_style] after: "un avion de type Z-5"). A noun of no known kind
        ("missile") makes none."""
        after = self.lexicon.classes.get("AC_CODE_STYLE", {}).get("after", ())
        forms = {fold(f) for f in after}
        text = self.text
        j = k + 1
        if j < len(toks) and toks[j].type == "AC_PLURAL":
            j += 1
        if _noun_at(toks, j) or (j < len(toks) and _typed(toks[j], text, forms) and _noun_at(toks, j + 1)):
            return True
        if k > 0 and (_noun_at(toks, k - 1) or _typed(toks[k - 1], text, forms)):
            return True
        raise Reject("a designator not beside an aircraft noun or a word of a type")

    def _unidentified(self, toks: list[Token]) -> bool:
        """Does an adjective say the aircraft is not identified ([unknown_origin_cue]
        "unidentified", "unknown", "non identifié", "inconnu")?"""
        return any(
            t.type == "AC_ADJ"
            and t.start_pos is not None
            and self.lexicon.key_of("UNKNOWN_ORIGIN_CUE", self.text[t.start_pos : t.end_pos]) == "unknown"
            for t in toks
        )

    def _glued_s(self, prev: Token | None, t: Token) -> None:
        """ "F-16s", "L-39s": an "s" written on to a designator, not "the drone's"."""
        glued = prev is not None and prev.type in ("AC_MODEL", "AC_CODE") and prev.end_pos == t.start_pos
        at = t.start_pos or 0
        if not glued or self.text[at - 1 : at] in ("'", "’"):
            raise Reject("a loose 's'")

    def _noun_number(self, t: Token) -> bool | None:
        """Is an aircraft noun plural: by its class ("Kampfflugzeuge", "drones"), or by an
        ending the language lists ([format] plural_endings: "fighters", "истребители")?
        None for a form the lexicon lists in both numbers ("caccia", "Bomber"): the
        words around it tell ("due caccia", "un caccia", "i caccia"), or nothing does."""
        surface = self.text[t.start_pos : t.end_pos] if t.start_pos is not None else str(t)
        if self.lexicon.both_numbers(t.type, surface):
            return None
        if t.type.endswith("_PL"):
            return True
        return t.type.startswith("AC_ROLE") and surface.casefold().endswith(self.lexicon.plural_endings)

    def _noun_role(self, t: Token) -> str | None:
        """The role of a category noun that the lexicon lists as a role noun too
        ("bombers", "avions de chasse", "cazas"): the scanner reads it as one class only."""
        surface = self.text[t.start_pos : t.end_pos] if t.start_pos is not None else str(t)
        return self.lexicon.key_of("AC_ROLE_N", surface) or self.lexicon.key_of("AC_ROLE_N_PL", surface)

    def _model_plural(self, t: Token, key: str, alone: bool) -> bool:
        """Is a model written in the plural: one of its forms with a plural ending of the
        language written on to it in lower case ("Hornets", "Black Hawks", "Rafales",
        "Su-27s"; aircraft.toml lists the name forms, a designator's "s" is glued)? A
        capital "S" is a variant ("Su-27S"). A name in the plural is read only with its
        capital ("hornets", "des rafales de vent" are words), and not alone at the head
        of a sentence, where any word has one ("Typhoons battered the coast")."""
        if t.start_pos is None or t.end_pos is None:
            return False
        surface = self.text[t.start_pos : t.end_pos]
        for ending in self.lexicon.plural_endings:
            stem = surface[: -len(ending)]
            if not surface.endswith(ending) or not stem or self.lexicon.key_of("AC_MODEL", stem) != key:
                continue
            if stem[-1].isdigit():
                return True  # "Su-27s", "MiG-29s"
            if not surface[:1].isupper():
                raise Reject("a model's name in the plural in lower case is a word ('hornets')")
            if alone and _starts_sentence(self.text, t.start_pos):
                raise Reject("a plural name alone at the head of a sentence ('Typhoons battered')")
            return True
        return False

    def _hyphened(self, t: Token) -> bool:
        """Is ``t`` glued by a hyphen to the word before it ("twenty-third")?"""
        i = t.start_pos
        return i is not None and i > 1 and self.text[i - 1] in "-‐‑" and self.text[i - 2].isalpha()

    def _compound_part(self, t: Token) -> bool:
        """Is the noun ``t`` the second word of a compound noun, joined by a hyphen to a
        first word of [ac_compound_style] before ("porte-avions", "anti-drone")?"""
        i = t.start_pos
        if i is None or i < 2 or self.text[i - 1] not in "-‐‑":
            return False
        k = i - 1
        while k > 0 and self.text[k - 1].isalpha():
            k -= 1
        before = self.lexicon.classes.get("AC_COMPOUND_STYLE", {}).get("before", ())
        return fold(self.text[k : i - 1]) in {fold(f) for f in before}

    def ac_mod(self, items: list[Any]) -> list[Token]:
        return _tokens(items)

    def ac_head(self, items: list[Any]) -> list[Token]:
        return _tokens(items)

    def ac_tail(self, items: list[Any]) -> list[Token]:
        return _tokens(items)

    def ac_field_state(self, items: list[Any]) -> list[Token]:
        """ "2 x Mi-24 helicopters, Belarusian, 1.2 km", « 1 drone – russe – 3 km »: a
        nationality set apart after the aircraft by a comma or a dash and standing alone
        up to the next one (or the line's end) is a field of the aircraft, as a tracker's
        line lists them; a word going on after it ("a drone, Russian officials said")
        makes it none."""
        sign, word = items
        if str(sign.value) not in _FIELD_SIGNS or word.end_pos is None:
            raise Reject("no field's sign before the nationality")
        after = self.text[word.end_pos :].lstrip(" \t")
        if after and after[0] not in _FIELD_SIGNS + "\n":
            raise Reject("the nationality does not stand alone")
        return [word]

    def _phrase_parts(self, items: list[Any]) -> tuple[dict[str, Any], list[Token]]:
        """The parts of an aircraft phrase (``_parts``), or Reject for the second word of
        a compound noun ("porte-avions"); a hyphened ordinal's tens word is no count."""
        info, toks = _parts(items)
        at = _first(items, "AT")
        if at is not None and self._tells_time(at):
            # "C'était un ballon": the word that tells the time is the copula here, no
            # "at" of a count ("fired at 3 drones")
            raise Reject("a word telling the time before an aircraft")
        if toks and toks[0].type in _NOUNS and self._compound_part(toks[0]):
            raise Reject("the second word of a compound noun")
        _take_numbered(info)
        if info.get("count_said") and toks and toks[0].type == "N_ORD" and self._hyphened(toks[0]):
            # "the twenty-third drone", "le vingt-deuxième drone": the tens word and the
            # ordinal are one rank, no count of twenty
            info = {k: v for k, v in info.items() if k not in ("count", "count_said", "plural")}
        return info, toks

    def aircraft(self, items: list[Any]) -> Built:
        info, toks = self._phrase_parts(items)
        category = None
        role = None
        model = None
        plural = info.get("plural", False)
        states: list[str] = []
        generic = False
        open_number = False  # a noun that is singular and plural alike ("caccia", "Bomber")
        model_role = None  # a role word in the text ("surveillance") wins over the model's
        prev: Token | None = None
        told = None  # the number an adjective's ending tells ("российские", "russo")
        for k, t in enumerate(toks):
            key = str(t.value)
            if told is None and t.type in ("DEMONYM", "AC_ADJ") and t.start_pos is not None:
                told = self.lexicon.adjective_number(self.text[t.start_pos : t.end_pos])
            if t.type == "AC_PLURAL":
                self._glued_s(prev, t)
                plural = True
            elif t.type == "AC_CODE" and self._code_placed(toks, k):
                model = model or key
            elif t.type == "AC_MODEL":
                m = self.lexicon.aircraft.get(key)
                if model is None:
                    model = key
                plural |= self._model_plural(t, key, len(toks) == 1)
                if m:
                    category = category or m.category
                    model_role = model_role or m.role
            elif t.type in ("AC_CAT", "AC_CAT_PL") and key == "aircraft":
                generic = True
                number = self._noun_number(t)  # "aircraft": of either number
                plural |= number is True
                open_number |= number is None
            elif t.type in ("AC_CAT", "AC_CAT_PL", "AC_ROLE_N", "AC_ROLE_N_PL"):
                if t.type.startswith("AC_ROLE"):
                    role = role or key
                    category = category or "airplane"
                else:
                    if category in (None, "unknown") or key != "unknown":
                        category = key if category in (None, "unknown", key) or key == "drone" else category
                    role = role or self._noun_role(t)  # "bombers": a category and a role
                number = self._noun_number(t)
                plural |= number is True
                open_number |= number is None
            elif t.type == "AC_ROLE_A":
                role = role or key
            elif t.type in ("DEMONYM", "STATE", "STATE_OF", "STATE_OWNER", "AC_OPERATOR"):
                states.append(key)
            prev = t
        role = role or model_role
        if category is None and generic:  # "un appareil inconnu": of no known kind
            category = "unknown" if role is None and self._unidentified(toks) else "airplane"
        else:
            generic = False
        if category is None:
            raise Reject("no aircraft head")
        if open_number and told is not None:  # "российские БПЛА", "caccia russo"
            plural, open_number = plural or told, False
        count = _count(info, plural, generic, open_number)
        either = open_number and count is None  # "i caccia", "Bomber", "the aircraft"
        extra: dict[str, Any] = {
            "model": model,
            "role": role,
            "count": int(count) if isinstance(count, (int, float)) and count else None,
            # the count is told ("two", "a"), not assumed from a singular noun
            "counted": info.get("count") is not None,
            "state": states[0] if states else None,
            "definite": bool(info.get("definite")),
            "plural": plural or either,  # "the aircraft": maybe several
            "either": either,
            "generic": generic,
            "own": bool(info.get("own")),
        }
        return Built("aircraft", category, extra=_with_count_words(extra, info, toks))


#: the signs that set a tracker's fields apart
_FIELD_SIGNS = ",;–—"


def _with_count_words(extra: dict[str, Any], info: dict[str, Any], toks: list[Token]) -> dict[str, Any]:
    """``extra`` with the bound of a count ("some 20 drones": approx) and, for a count
    said by a number before the words, how long the words are, from the first to the
    last (relative: a phrase's value may be reused elsewhere)."""
    if info.get("count_bound") and extra["count"] is not None:
        extra["count_bound"] = info["count_bound"]
    if info.get("count_said") and toks:
        extra["count_words"] = _words_length(toks)
    return extra


def _words_length(toks: list[Token]) -> int | None:
    """The length of the text from the first of ``toks`` to the end of the last."""
    starts = [t.start_pos for t in toks if t.start_pos is not None]
    ends = [t.end_pos for t in toks if t.end_pos is not None]
    return max(ends) - min(starts) if starts and ends else None


def _typed(t: Token, text: str, forms: set[str]) -> bool:
    """Is ``t`` a word of a type ([ac_code_style] after: "type", "typu")?"""
    return t.type == "AC_ADJ" and t.start_pos is not None and fold(text[t.start_pos : t.end_pos]) in forms


def _noun_at(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` an aircraft noun of a known kind?"""
    if not 0 <= j < len(toks):
        return False
    t = toks[j]
    return t.type in _NOUNS and str(t.value) != "unknown"


def _take_numbered(info: dict[str, Any]) -> None:
    """ "Des drones, au nombre de trois", "the drones, three in number": a count told
    after the aircraft is its count ("deux drones, au nombre de trois" tells it twice)."""
    numbered = info.pop("numbered", None)
    if numbered is not None:
        if info.get("count") is not None:
            raise Reject("a count told twice")
        info.update(count=numbered, plural=numbered > 1)


def _starts_sentence(text: str, at: int) -> bool:
    """Does the word at ``at`` begin the text, a line or a sentence (after ".", "!", "?")?
    (Walks back over the white space only.)"""
    i = at
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in ".!?\n\r"


def _parts(items: list[Any]) -> tuple[dict[str, Any], list[Token]]:
    """What an aircraft phrase's parts say of its count (merged) and its words."""
    info: dict[str, Any] = {}
    toks: list[Token] = []
    for it in items:
        if isinstance(it, dict):
            info.update(it)
        elif isinstance(it, list):
            toks.extend(it)
        elif isinstance(it, Token) and it.type == "AT" and not items_count(items):
            # "at" belongs to a count ("fired at 3 drones"); before none it is
            # another reading's word ("des F-16": a plural article, not "dès")
            raise Reject("'at' with no count")
    return info, toks


def _count(info: dict[str, Any], plural: bool, generic: bool, open_number: bool = False) -> Any:
    """The count an aircraft phrase tells, or the one a singular noun implies (1); a noun
    of either number ("caccia") is one only after a singular article ("il caccia")."""
    count = info.get("count")
    if count is None and not plural and not info.get("plural"):
        count = 1 if (info.get("definite") or info == {} or "count" not in info) else None
        if open_number and count is not None:
            count = 1 if info.get("definite") and not info.get("number_open") else None
        if generic and not info:
            count = None  # "Russian aircraft violated ...": one or several, the word does not say
    if plural and info.get("count") is None:
        count = None
    if info.get("count_bound") and "count" not in info:
        raise Reject("a bound without a count ('about aircraft')")
    return count


# ----------------------------------------------------------------------- incident words
