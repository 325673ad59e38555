"""Distances and durations, converted to SI by pint (incidents.units)."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace
from typing import Any

from lark import Token

from ..units import to_si
from ..words import LazyPattern, Lexicon, fold
from .base import (
    _BOUND,
    Built,
    Num,
    PhraseParts,
    Reject,
    _clean,
    _first,
    _tokens,
    mypyc_attr,
    shared_scale,
)

#: the unit a bare number after a unit counts in ("1 hour thirty", "3 min 20", "3 km
#: 200", "1 m 80", "six feet two"), the least and the bound of that number, and the most
#: of the unit before it (a height of metres or feet: "1 m 80" is 1.80 m, but "800 m 50"
#: is no sum)
_NEXT_UNIT: dict[str, tuple[str, int, int, float]] = {
    "hour": ("minute", 0, 60, math.inf),
    "minute": ("second", 0, 60, math.inf),
    "kilometer": ("meter", 100, 1000, math.inf),
    "meter": ("centimeter", 10, 100, 9),
    "foot": ("inch", 1, 12, 9),
}

#: the classes of unit words: a number right before one of them is that unit's
_UNIT_CLASSES = ("U_DURATION", "U_LENGTH", "U_SPEED", "U_OTHER")


@mypyc_attr(native_class=False)
class QuantityT(PhraseParts):
    lexicon: Lexicon
    text: str

    def q_num(self, items: list[Any]) -> Num:
        it = items[0]
        if isinstance(it, Num):
            return it
        if isinstance(it, Token) and it.type == "N_ART":
            num = Num(1.0)
            num.art = True  # type: ignore[attr-defined]
            return num
        if isinstance(it, Token) and it.type == "N_VAGUE":
            return Num(float(it.value), vague=True)
        raise Reject("quantity")

    def q_num_odd(self, items: list[Any]) -> Num:
        """ "90-odd minutes", "20-plus km", "20 or so miles": the number, approximate."""
        n: Num = items[0]
        return Num(n.value, n.vague, True, tail_scale=n.tail_scale, words=n.words)

    def q_low(self, items: list[Any]) -> Num:
        it = items[-1]
        n = it if isinstance(it, Num) else Num(1.0)  # N_ART: "between a and ..."
        if len(items) == 2:
            return Num(-n.value, n.vague, n.approx)
        return n

    def bound(self, items: list[Any]) -> str:
        for t in items:
            if t.type in _BOUND:
                if t.type == "BOUND_MAX" and fold(self._surface(t)) in self.lexicon.folded_forms("TO"):
                    return _Until(_BOUND[t.type])  # "jusqu'à", "until": also a time's lead
                return _BOUND[t.type]
        return "exact"

    def _clock_hours(self, items: list[Any]) -> bool:
        """An amount of hours that reads as well as a time of day: "15 h 30", "15 h",
        "15 heures" (no more than a day; minutes without their unit, the clock letter
        "h", or an hour past noon)."""
        pairs = [it for it in items if isinstance(it, tuple) and len(it) == 2]
        if not pairs or str(pairs[-1][1].value) != "hour":
            return False
        hours = sum(to_si(n.value, str(u.value)) for n, u in pairs) / 3600
        if hours > 24:
            return False
        letter = len(self._surface(pairs[-1][1])) == 1
        return isinstance(items[-1], Num) or letter or hours > 12

    def dim_intro(self, items: list[Any]) -> dict[str, Any]:
        tok = _first(items, "DIM_NOUN")
        if tok is None:
            return {}
        # "at very low altitude about 1.2 km into ...": the noun of the dimension with no
        # word of "of" after it names no amount of its own (``dim_bare``)
        bare = _first(items, "DE") is None
        return {"dim": str(tok.value), "dim_bare": True} if bare else {"dim": str(tok.value)}

    def dim_after(self, items: list[Any]) -> dict[str, Any]:
        tok = _first(items, "DIM_NOUN")
        return {"dim": str(tok.value)} if tok else {}

    def _amount(self, items: list[Any], rising: bool = True) -> tuple[float, bool, bool, str]:
        """Sum "3 km 200 m", "1 h 30 min 15 s", "2 km and a half": a unit comes once
        ("1 m 1 m" is two distances); without `rising`, each is smaller than the one
        before ("500 m and 1 km respectively" is two distances, while a duration may
        rise: "2 days and 1 month"); a trailing bare number takes the next smaller
        unit ("1 hour thirty"); a trailing fraction is a fraction of the last unit."""
        total = 0.0
        pending: Num | None = None
        vague = approx = dotted = False
        last_unit: str | None = None
        last_value = 0.0
        used: set[str] = set()

        for it in items:
            amount: Num | None = None
            if isinstance(it, tuple) and len(it) == 2 and isinstance(it[0], Num):
                self._mark_after_digits(it[0], it[1])
                amount, unit = it[0], str(it[1].value)
            elif isinstance(it, Num):
                pending = it
            elif isinstance(it, Token) and it.type in ("U_LENGTH", "U_LENGTH_NEXT", "U_DURATION"):
                self._mark_after_digits(pending, it)
                amount, unit = pending if pending is not None else Num(1.0), str(it.value)
            elif isinstance(it, Token) and it.type == "N_FRAC":
                assert last_unit is not None
                total += to_si(1.0 / float(it.value), last_unit)
            elif isinstance(it, Token) and it.type == "PUNCT" and str(it.value) != ",":
                if not self._abbrev_dot(items, it):
                    raise Reject("separator")
                rising, dotted = False, True  # "5 min. 20 sec.": a smaller unit after the dot
            if amount is not None:
                if not rising and last_unit is not None and last_value != int(last_value):
                    # "de 1,2 km et 800 mètres (respectivement)": a decimal amount is told
                    # whole, no smaller unit is added to it ("3 km 200" is a sum): two amounts
                    raise Reject("a smaller unit after a decimal amount")
                total += _unit_once(amount, unit, used, last_unit, rising)
                vague |= amount.vague
                approx |= amount.approx
                last_unit, last_value = unit, amount.value
                pending = None
        assert last_unit is not None
        if pending is not None:
            if dotted:
                raise Reject("'5 min. 20 drones': a number after the dot opens what follows")
            if getattr(pending, "art", False):
                raise Reject("an article after a unit ('one hour a day') is no amount")
            if len(items) > 1 and isinstance(items[-2], Token) and str(items[-2].value) == ",":
                # "for two hours, three drones", "après dix minutes, deux avions": a count
                # after the comma, not the next smaller unit ("1 h 30", "2 heures 30")
                raise Reject("a bare number after a comma")
            self._digit_then_word(pending)
            end = getattr(pending, "end", None) or getattr(pending, "_stop", None)
            if end is not None and self._aircraft_after(end):
                # "vers 3 h 15 drones", "for 2 hours 4 MiG-29s": the number counts them
                raise Reject("a number after a unit that counts aircraft")
            if pending.frac or pending.value < 1:
                total += to_si(pending.value, last_unit)
            else:
                # "3 km 200" is 3,200 m, but "14 km 14" is a distance and a number
                nxt, low, limit, most = _NEXT_UNIT.get(last_unit, ("", 0, 0, 0.0))
                if (
                    not nxt
                    or pending.value != int(pending.value)
                    or not low <= pending.value < limit
                    or last_value > most
                    or self._own_unit(pending)
                ):
                    raise Reject("a number after a unit")
                total += to_si(pending.value, nxt)
        return total, vague, approx, last_unit

    def _own_unit(self, pending: Num) -> bool:
        """Is a trailing number followed by a unit of its own ("5 m 30 s", "5m30s", "2
        hours 30 km": no 5.30 m, no 2.5 hours), which the grammar did not join to it?"""
        end = getattr(pending, "end", None) or getattr(pending, "_stop", None)
        m = re.match(r"[^\S\n]*([^\W\d_]+)", self.text[end:]) if end is not None else None
        word = fold(m.group(1)) if m else ""
        return bool(word) and any(word in self.lexicon.folded_forms(c) for c in _UNIT_CLASSES)

    def _digit_then_word(self, pending: Num) -> None:
        """A trailing number of one spelled digit followed by a word counts what that
        word names, as after the hour of a clock (``TimeT._digit_minutes_end``): "vers 21
        heures un camp", "for two hours three drones" are no minutes of the amount."""
        end = getattr(pending, "end", None)
        if pending.words and not pending.frac and pending.value < 10 and end is not None:
            if re.match(r"[^\S\n]*[^\W_]", self.text[end:]):
                raise Reject("a spelled digit after the unit, then a word: a count")

    def _abbrev_dot(self, items: list[Any], dot: Token) -> bool:
        """ "5 min. 20 sec.": the dot of a unit written short (the lexicon's
        ``[unit_style] short`` forms), glued to it, separates no sentence."""
        if str(dot.value) != "." or dot.start_pos is None:
            return False
        k = next(k for k, it in enumerate(items) if it is dot)
        prev = items[k - 1] if k else None
        unit = prev[1] if isinstance(prev, tuple) and len(prev) == 2 else prev
        if not isinstance(unit, Token) or unit.end_pos != dot.start_pos:
            return False
        shorts = {fold(f) for f in self.lexicon.classes.get("UNIT_STYLE", {}).get("short", ())}
        return fold(self._surface(unit)) in shorts

    def _mark_after_digits(self, amount: Num | None, unit: Token) -> None:
        """A unit written as a mark (5", 3'') follows digits directly: 'a "' opens a
        quotation, it is not an inch."""
        if unit.start_pos is None or any(ch.isalpha() for ch in self.text[unit.start_pos : unit.end_pos]):
            return
        before = self.text[unit.start_pos - 1 : unit.start_pos]
        if amount is None or amount.words or not before.isdigit():
            raise Reject("a unit mark follows digits directly")

    def dur_unit(self, items: list[Any]) -> tuple[Num, Token]:
        self._decade(items[0], items[-1])
        self._designator_head(items[-1])
        return items[0], items[-1]

    def _designator_head(self, unit: Token) -> None:
        """A capital letter of a unit, apart from digits before it, with digits glued
        after it or after a hyphen is the head of a designator ("an S-400 battery", "two
        S-300 systems", "deux H-6K"), no unit ("1h45", "14H05" keep theirs). (It reads two
        characters past the unit: "duration" is ``positional``.)"""
        start, end = unit.start_pos, unit.end_pos
        if start and end is not None and self._surface(unit).isupper() and len(self._surface(unit)) == 1:
            if not self.text[start - 1].isdigit() and re.match(r"[-‐‑]?\d", self.text[end : end + 2]):
                raise Reject("'an S-400': a designator, no unit")

    def _decade(self, num: Any, unit: Token) -> None:
        """ "the 1990s", "1980's", "the '60s": an "s" glued to a round ten is a decade,
        not seconds (a year of four digits, or two digits after "'"; the character
        before the phrase is as far as a phrase may look)."""
        if unit.start_pos is None or not isinstance(num, Num) or num.words or num.value % 10:
            return
        if self._surface(unit).strip("'’").lower() != "s":
            return
        text, end = self.text, unit.start_pos
        if end and text[end - 1] in "'’":
            end -= 1
        start = end
        while start and text[start - 1].isdigit():
            start -= 1
        if start == end:
            return
        if end - start == 4 or (start and text[start - 1] in "'’"):
            raise Reject("a decade, not seconds")

    def dur_mixed_of(self, items: list[Any]) -> tuple[Num, Token]:
        """ "one and three quarters of an hour", "three and a quarter of hours"."""
        whole = items[0].value if isinstance(items[0], Num) else float(str(items[0].value))
        frac = next(it for it in items[1:] if isinstance(it, Num))
        return Num(whole + frac.value), items[-1]

    def dur_sep(self, items: list[Any]) -> Token:
        tok: Token = items[0]
        return tok

    def len_amount(self, items: list[Any]) -> tuple[Any, ...]:
        unit = [str(t.value) for t in items if isinstance(t, Token) and t.type == "U_LENGTH"][0]
        total, vague, approx, _ = self._amount(items, rising=False)
        return (total, vague, approx, unit) + (("multiple",) if _multiple(items) else ())

    def dur_amount(self, items: list[Any]) -> tuple[Any, ...]:
        for k in range(1, len(items)):
            if isinstance(items[k - 1], tuple) and isinstance(items[k], tuple):
                larger = to_si(1.0, str(items[k][1].value)) > to_si(1.0, str(items[k - 1][1].value))
                if larger and getattr(items[k][0], "words", False):
                    # "vers 21 heures un jour de marché", "for two hours one night": a
                    # larger unit counted in words right after a smaller one (no "and"
                    # between, as in "2 days and 1 month"; not "2 days 1 month") opens
                    # what follows; the amount before it is read on its own
                    raise Reject("a larger unit right after a smaller one: no sum")
                if getattr(items[k][0], "art", False):
                    # "24 hours a day", "2 minutes a week": the amount, then its rate (not a sum)
                    items = items[:k]
                    break
        total, vague, approx, _ = self._amount(items)
        total -= _halves_of_days_and_nights(items)
        out: tuple[Any, ...] = (total, vague, approx, str(items[0][1].value))
        if _multiple(items):
            out += ("multiple",)
        if len(items) == 1 and self._ordinal(items[0]):
            out += ("ordinal",)
        if self._clock_hours(items):
            out += ("clock",)
            if all(
                isinstance(it[0], Num) and not (it[0].words or it[0].frac)
                for it in items
                if isinstance(it, tuple)
            ):
                out += ("clock_digits",)  # "20 h", "15 h 30" (not "deux heures et demie")
        if len(items) == 1 and self._glued_ten_s(items[0]):
            out += ("glued_ten_s",)
        if sum(isinstance(it, tuple) for it in items) > 1:
            out += ("compound",)  # "deux jours et deux nuits": one stretch, no count of days
        return out

    def _glued_ten_s(self, unit: Any) -> bool:
        """ "90s", "50s": an "s" glued to two digits of a round ten from 50 on, which is a
        decade or an age ("in the 90s", "in her 50s") more often than seconds (a minute
        or more is seldom told in seconds; "a 30s burst" stays seconds)."""
        if not (isinstance(unit, tuple) and len(unit) == 2 and isinstance(unit[0], Num)):
            return False
        num, tok = unit
        if num.words or num.value % 10 or not 10 <= num.value <= 90 or tok.start_pos is None:
            return False
        if self._surface(tok) != "s" or not self.text[tok.start_pos - 2 : tok.start_pos].isdigit():
            return False
        # under 50 only after a possessive, an age: "in his 40s", "in their 20s"
        return num.value >= 50 or self._after_possessive(tok.start_pos - 2)

    def _after_possessive(self, at: int) -> bool:
        """Is the word right before ``at`` a possessive ([poss]: "his", "their")?"""
        end = at
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        start = end
        while start > 0 and self.text[start - 1].isalpha():
            start -= 1
        return start < end and self.lexicon.key_of("POSS", self.text[start:end]) is not None

    def _ordinal(self, unit: Any) -> bool:
        """ "a second helicopter", "une seconde incursion": "a second" followed by a
        word is an ordinal; alone ("wait a second.", "d'une seconde") it is a duration."""
        num, tok = unit
        if tok.start_pos is None or tok.end_pos is None:
            return False
        if num.words and self._tens_ordinal(tok):
            return True
        # ("one second later": the numeral "one" where the language has a distinct
        # article is a count; "un", "une", "um" are both and stay ambiguous)
        before = re.search(r"([^\W\d_]+)\s+$", self.text[max(0, tok.start_pos - 20) : tok.start_pos])
        article = before is not None and fold(before.group(1)) in self.lexicon.folded_forms("N_ART")
        one = getattr(num, "art", False) or (num.words and num.value == 1 and article)
        if not one:
            return False
        if fold(self.text[tok.start_pos : tok.end_pos]) not in self.lexicon.folded_forms("N_ORD"):
            return False
        nxt = self.text[tok.end_pos : tok.end_pos + 1]
        return nxt.isspace() or nxt.isalnum()

    def _tens_ordinal(self, tok: Token) -> bool:
        """ "for the forty-second time", "the sixty-second violation": a unit word that is
        also an ordinal (N_ORD) joined by a hyphen to a word of tens, after the definite
        article (ART), is that ordinal (42nd), no number of seconds ("a forty-second
        burst" stays 40 seconds)."""
        if tok.start_pos is None or fold(
            self.text[tok.start_pos : tok.end_pos]
        ) not in self.lexicon.folded_forms("N_ORD"):
            return False
        before = re.search(
            r"([^\W\d_]+)\s+([^\W\d_]+)[-‐‑]$", self.text[max(0, tok.start_pos - 40) : tok.start_pos]
        )
        lex = self.lexicon
        return (
            before is not None
            and fold(before.group(1)) in lex.folded_forms("ART")
            and fold(before.group(2)) in lex.folded_forms("N_TENS")
        )

    def len_one(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        """ "ponad kilometra": a unit word that is one of it (U_LENGTH_ONE)."""
        unit = str(items[0].value)
        return to_si(1.0, unit), False, False, unit

    def dur_one(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        """ "przez minutę": a unit word that is one of it (U_DURATION_ONE)."""
        unit = str(items[0].value)
        return to_si(1.0, unit), False, False, unit

    def len_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        """ "half a mile", "un quart de mille nautique", "three quarters of a mile"."""
        unit = str(_first(items, "U_LENGTH").value)  # type: ignore[union-attr]
        return to_si(_frac_value(items[0]), unit), False, False, unit

    def dur_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        """ "half an hour", "trois quarts d'heure", "¾ of an hour"."""
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return to_si(_frac_value(items[0]), unit), False, False, unit

    def dur_one_and_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        """ "hora y media", "hora e meia", "ora e mezza", "minuto y medio": one unit, told
        with no count, and a part of another (a fraction below one)."""
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        frac = _frac_value(items[-1])
        if not 0 < frac < 1:
            raise Reject("a part of a unit is below one")
        return to_si(1.0 + frac, unit), False, False, unit

    def _after(self, tok: Token) -> None:
        """ "an hour or so", "20 km environ", but not "2 km around the island": only the
        approximations the lexicon lists as following (APPROX_STYLE "after")."""
        if fold(self.text[tok.start_pos : tok.end_pos]) not in self._approx_after():
            raise Reject("an approximation that does not follow its number")

    def _bound_and_info(self, items: list[Any]) -> tuple[str | None, dict[str, Any]]:
        """The bound a phrase states ("about", "up to", "20 km environ") and what its
        words say of the dimension ("a depth of")."""
        bound = None
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, Token):
                if it.type == "APPROX":
                    self._after(it)
                    bound = bound or "approx"
            elif isinstance(it, str) and it in ("approx", "max", "min", "exact"):
                bound = it if bound is None or bound == "exact" else bound
            elif isinstance(it, dict):
                info.update(it)
        return bound, info

    def _measure(self, kind: str, items: list[Any], unit_si: str) -> Built:
        bound, info = self._bound_and_info(items)
        amount = next((it for it in items if isinstance(it, tuple)), None)
        assert amount is not None
        value, vague, approx, unit, *flags = amount
        if "ordinal" in flags and _first(items, "FOR") is None:
            raise Reject("'a second helicopter': an ordinal, not a duration")
        if "glued_ten_s" in flags and _first(items, "FOR") is None and bound is None:
            raise Reject("'in the 90s', 'in his 40s': a decade or an age, not seconds")
        if kind == "duration" and any(isinstance(it, _Until) for it in items):
            # "a duré jusqu'à 15 h 30": "jusqu'à" is as much "until" as "up to"
            if "clock" in flags:
                raise Reject("'until 15 h 30' is a time of day")
        extra: dict[str, Any] = {"unit_in_text": unit}
        if vague:
            # "quelques minutes", "a couple of days": the usual reading, marked vague
            extra["vague"] = True
            approx = True
        if "multiple" in flags:
            # "several hundred metres", "des dizaines de kilomètres": how many hundreds
            # or tens is not told, so no value (the suites read "a few" as three units,
            # but no reading of "hundreds of" is one amount)
            value = None
        if approx and bound is None:
            bound = "approx"
        if info.get("dim"):
            extra["dim"] = info["dim"]
        if info.get("dim_bare"):
            extra["dim_bare"] = True
        if "compound" in flags:
            extra["compound"] = True
        return Built(kind, value, unit=unit_si, bound=bound, extra=extra)

    def distance(self, items: list[Any]) -> Built:
        _no_speed(items)
        return self._measure("distance", items, "m")

    def duration(self, items: list[Any]) -> Built:
        amount = next((it for it in items if isinstance(it, tuple)), None)
        lead = _first(items, "FOR")
        if lead is not None and amount is not None and "clock_digits" in amount[4:]:
            # "pour 20 h": a word of [for] that also tells when a thing is due
            # ([for_style] clock) before hours in digits in the shape of a clock is a time
            # of day ("pour deux heures et demie" stays how long)
            forms = self.lexicon.classes.get("FOR_STYLE", {}).get("clock", ())
            if fold(self._surface(lead)) in {fold(f) for f in forms}:
                raise Reject("'pour 20 h': a time of day")
        if _first(items, "AT") is not None and amount is not None and amount[3] not in ("minute", "second"):
            # "à 3 minutes de la frontière", "на 17 секунд"; but "at 1520 hrs", "à 2
            # heures" are times of day, "il a 30 ans" an age: "at" leads minutes and seconds
            raise Reject("'at' before hours, days or years")
        return self._measure("duration", items, "s")

    def _range(self, kind: str, items: list[Any], utype: str, unit_si: str, each: bool = False) -> Built:
        """A span of two amounts ("2 à 3 km"); ``each``: a unit told after each amount
        ("between one hour and 90 minutes"), so the first cannot be the pronoun "one"."""
        firsts = [it for it in items if isinstance(it, Num)]
        if firsts and getattr(firsts[0], "code", False):
            raise Reject("digits glued to a word are a code ('scp2-173')")
        nums = [it for it in items if isinstance(it, Num)]
        units = [str(t.value) for t in items if isinstance(t, Token) and t.type == utype]
        if len(nums) != 2 or not units:
            raise Reject("range")
        if any(n.vague for n in nums):
            raise Reject("vague")
        if not each and (nums[0].words or getattr(nums[0], "art", False)) and not nums[1].words:
            # "un à 23 h 15", "um às 23h15", "o outro às 23h50": the pronoun "one" (of
            # them) or "the other", then a time
            raise Reject("a range is not written half in words, half in digits")
        low = nums[0] if each else shared_scale(nums[0], nums[1], round_digits=True)
        lo = to_si(low.value, units[0])
        hi = to_si(nums[1].value, units[-1])
        if lo >= hi:
            raise Reject("range order")
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, dict):
                info.update(it)
        extra: dict[str, Any] = {"unit_in_text": units[-1]}
        if info.get("dim"):
            extra["dim"] = info["dim"]
        return Built(kind, hi, unit=unit_si, bound="range", low=lo, extra=extra)

    def dist_range(self, items: list[Any]) -> Built:
        _no_speed(items)
        return self._range("distance", items, "U_LENGTH", "m")

    def dist_range_or(self, items: list[Any]) -> Built:
        _one_or_few(items)
        return self.dist_range(items)

    def dist_range_between(self, items: list[Any]) -> Built:
        return self.dist_range(items)

    def dist_range_units(self, items: list[Any]) -> Built:
        self._no_from_and(items)
        _no_speed(items)
        return self._range("distance", items, "U_LENGTH", "m", each=True)

    def _no_from_and(self, items: list[Any]) -> None:
        """ "De 2 km et 4 km respectivement": a word of a span's start that says "from"
        ([between_style] from: "de", "du"), then a length and "and", opens no span: two
        lengths ("entre 2 km et 4 km", "de 2 à 4 km" are spans)."""
        lead = _first(items, "BETWEEN")
        if lead is None or _first(items, "AND") is None:
            return
        froms = {fold(f) for f in self.lexicon.classes.get("BETWEEN_STYLE", {}).get("from", ())}
        if fold(self._surface(lead)) in froms:
            raise Reject("'from' ... 'and': two lengths, no span")

    def dur_range(self, items: list[Any]) -> Built:
        return self._range("duration", items, "U_DURATION", "s")

    def dur_range_frac(self, items: list[Any]) -> Built:
        return self._range("duration", _end_and_part(items), "U_DURATION", "s")

    def dist_range_frac(self, items: list[Any]) -> Built:
        _no_speed(items)
        return self._range("distance", _end_and_part(items), "U_LENGTH", "m")

    def dur_range_units(self, items: list[Any]) -> Built:
        self._no_from_and(items)
        return self._range("duration", items, "U_DURATION", "s", each=True)

    def dur_range_or(self, items: list[Any]) -> Built:
        _one_or_few(items)
        unit = next(t for t in items if isinstance(t, Token) and t.type == "U_DURATION")
        if _first(items, "AT") is not None and str(unit.value) not in ("minute", "second"):
            raise Reject("'at' before hours, days or years")  # as in ``duration``
        return self.dur_range(items)

    def dur_range_between(self, items: list[Any]) -> Built:
        return self.dur_range(items)

    def dur_all(self, items: list[Any]) -> Built:
        art = _first(items, "ART")
        if art is not None and art.value == "pl":
            # "toute la journée" is a day long; "tous les jours", "toutes les heures" how often
            raise Reject("a plural article after 'all' says how often")
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return Built("duration", to_si(1.0, unit), unit="s", extra={"unit_in_text": unit})

    def fl_number(self, items: list[Any]) -> int:
        """ "310", "trois cent dix", "three one zero" (digit by digit)."""
        if len(items) == 1 and isinstance(items[0], Token):
            text = str(items[0].value)
            if not 2 <= len(text) <= 3:
                raise Reject("a flight level has two or three digits")
            return int(text)
        if all(isinstance(t, Token) and t.type == "N_DIGIT" for t in items):
            return int("".join(str(t.value) for t in items))
        value = items[0].value
        if value != int(value) or not 10 <= value < 1000:
            raise Reject("flight level")
        return int(value)

    def fl_spoken(self, items: list[Any]) -> int:
        """ "two fifty" (250), "three thirty-five" (335), "one fifteen" (115): the
        hundreds said as a digit, then the rest as a number."""
        vals = [int(str(t.value)) for t in items]
        if vals[0] == 0 or (len(vals) == 3 and (vals[1] % 10 or vals[2] == 0)):
            raise Reject("flight level")
        return vals[0] * 100 + sum(vals[1:])

    def _level_in_digits(self, items: list[Any]) -> None:
        """A bare word of level ([u_fl] level: "au niveau 350") is a flight level only
        before digits ("au niveau dix", "niveau 3" are none: the level of a scale)."""
        for t in items:
            if isinstance(t, Token) and t.type == "U_FL" and t.value == "level":
                if not self.text[t.end_pos :].lstrip()[:1].isdigit():
                    raise Reject("a bare 'niveau' before a number in words")

    def flight_level(self, items: list[Any]) -> Built:
        self._level_in_digits(items)
        tok = _first(items, "FLIGHT_LEVEL")
        level = next((it for it in items if isinstance(it, int)), None)
        if tok is not None:
            level = int(re.sub(r"\D", "", str(tok.value)))
        if level is None:
            raise Reject("flight level")
        if any(isinstance(it, dict) and it.get("dim") not in (None, "altitude") for it in items):
            raise Reject("a flight level is an altitude")
        return Built(
            "distance",
            to_si(level, "flight_level"),
            unit="m",
            extra={"dim": "altitude", "unit_in_text": "flight_level"},
        )

    def fl_one(self, items: list[Any]) -> int:
        self._level_in_digits(items)
        tok = _first(items, "FLIGHT_LEVEL")
        if tok is not None:
            return int(re.sub(r"\D", "", str(tok.value)))
        return next(it for it in items if isinstance(it, int))

    def fl_range(self, items: list[Any]) -> Built:
        """ "between FL180 and FL240", "du FL180 au FL240", "flight levels 180 to 240":
        the high level, ``low`` the low one (an altitude)."""
        levels = [it for it in items if isinstance(it, int) and not isinstance(it, bool)]
        if _first(items, "AND") is not None and _first(items, "BETWEEN") is None:
            raise Reject("'at FL 180 and FL 240': two levels, no span, with no 'between'")
        if len(levels) != 2 or not levels[0] < levels[1]:
            raise Reject("a span of flight levels runs upwards")
        join = next((t.end_pos for t in _tokens(items) if t.type in ("TO", "HYPHEN", "DASH", "AND")), None)
        bare = re.match(r"[^\S\n]*\d+", self.text[join:]) if join is not None else None
        if join is not None and bare is not None and self._own_unit_after(join + bare.end(), _UNIT_CLASSES):
            # "au FL310 à 420 kt": the bare number after the level has a unit of its own
            raise Reject("'FL310 à 420 kt': a level, then a speed")
        if any(isinstance(it, dict) and it.get("dim") not in (None, "altitude") for it in items):
            raise Reject("a flight level is an altitude")
        return Built(
            "distance",
            to_si(levels[1], "flight_level"),
            unit="m",
            bound="range",
            low=to_si(levels[0], "flight_level"),
            extra={"dim": "altitude", "unit_in_text": "flight_level"},
        )

    # speeds -----------------------------------------------------------------------
    def _speed_info(self, items: list[Any]) -> tuple[str | None, dict[str, Any]]:
        bound, info = self._bound_and_info(items)
        if info.get("dim") not in (None, "speed"):
            raise Reject("an altitude or a depth is not a speed")
        return bound, info

    def _speed(self, num: Num, unit: str, bound: str | None) -> Built:
        if num.vague or num.value <= 0:
            raise Reject("no speed stated")
        if num.approx and bound is None:
            bound = "approx"
        if bound == "exact":
            bound = None
        if unit == "mach":
            # a Mach number depends on the air's temperature: kept as stated
            return Built("speed", _clean(num.value), unit="mach", bound=bound, extra={"unit_in_text": unit})
        return Built("speed", to_si(num.value, unit), unit="m/s", bound=bound, extra={"unit_in_text": unit})

    def speed(self, items: list[Any]) -> Built:
        """ "800 km/h", "at up to 520 knots", "à une vitesse de 450 nœuds", "2 Mach"."""
        bound, _ = self._speed_info(items)
        num = next(it for it in items if isinstance(it, Num))
        tok = _first(items, "U_SPEED")
        unit = str(tok.value)  # type: ignore[union-attr]
        if tok is not None and self._glued_form(tok):
            raise Reject("'5 M': a unit of one letter goes before its number")
        if tok is not None and self._accent_lost(self._surface(tok)):
            raise Reject("'às 11h52 no espaço': the unit's accents are lost, a word of its own")
        if unit == "mach" and getattr(num, "art", False):
            raise Reject("'a Mach 2 fighter': the article is the fighter's, Mach's number follows it")
        return self._speed(num, unit, bound)

    def speed_mach(self, items: list[Any]) -> Built:
        """ "Mach 2", "à Mach 1,5": only Mach puts its number after the unit."""
        bound, _ = self._speed_info(items)
        unit = str(_first(items, "U_SPEED").value)  # type: ignore[union-attr]
        if unit != "mach":
            raise Reject("'km/h 800' is not a speed")
        num = next(it for it in items if isinstance(it, Num))
        tok = _first(items, "U_SPEED")
        end = tok.end_pos if tok is not None else None
        if tok is not None and not self._glued_ok(tok):
            raise Reject("'M2', 'M 0.85': one letter for Mach only glued to a decimal number")
        if num.value < 0 and end is not None and self.text[end : end + 1] in ("-", "‐", "‑"):
            # "a Mach-2 fighter", "à Mach-1,5": a hyphen joins the number to Mach, no minus
            num = Num(-num.value, num.vague, num.approx, words=num.words)
        return self._speed(num, unit, bound)

    def _glued_form(self, unit: Token) -> bool:
        """Is the unit written as one letter (the lexicon's ``[unit_style] glued`` forms:
        "M0.85")?"""
        glued = {fold(f) for f in self.lexicon.classes.get("UNIT_STYLE", {}).get("glued", ())}
        return fold(self._surface(unit)) in glued

    def _glued_ok(self, unit: Token) -> bool:
        """A unit written as one letter stands before a number with a decimal part, glued
        to it ("M0.85"); any other form may stand apart ("Mach 2")."""
        if not self._glued_form(unit):
            return True
        return unit.end_pos is not None and _DECIMAL_AFTER.match(self.text, unit.end_pos) is not None

    def speed_range(self, items: list[Any]) -> Built:
        """ "700 to 900 km/h", "entre 400 et 450 nœuds": value the high end, ``low`` the low."""
        self._speed_info(items)
        nums = [it for it in items if isinstance(it, Num)]
        toks = [t for t in items if isinstance(t, Token) and t.type == "U_SPEED"]
        units = [str(t.value) for t in toks]
        if any(self._glued_form(t) for t in toks):
            raise Reject("a unit of one letter tells one number")
        if any(self._accent_lost(self._surface(t)) for t in toks):
            raise Reject("a unit without the accents it needs is a word of its own")
        if len(nums) != 2 or any(n.vague for n in nums) or len(set(units)) != 1:
            raise Reject("speed range")
        lo, hi = (self._speed(n, units[0], None).value for n in nums)
        if not 0 < lo < hi:
            raise Reject("range order")
        unit = "mach" if units[0] == "mach" else "m/s"
        return Built("speed", hi, unit=unit, bound="range", low=lo, extra={"unit_in_text": units[0]})

    # lists of amounts sharing one unit ----------------------------------------------
    def list_item(self, items: list[Any]) -> Num:
        num: Num = items[0]
        return num

    def list_unit(self, items: list[Any]) -> tuple[Token, dict[str, str]]:
        info: dict[str, str] = {}
        for it in items[1:]:
            info.update(it)
        return items[0], info

    def list_body(self, items: list[Any]) -> list[Any]:
        return items

    def quantity_list(self, items: list[Any]) -> Built:
        """ "at 500 and 800 metres", "pendant deux et cinq minutes", "6, 8 and 12 km":
        one amount per item, in the unit (and dimension) told after the last. The value
        is a ``Built`` of kind "list": (item, start, end) with the item's text offsets,
        None where the item begins or ends the phrase (``finish`` knows those)."""
        lead = [it for it in items if isinstance(it, Token)]
        body: list[Any] = items[-1]
        unit_tok, info = body[-1]
        dim = next((str(t.value) for t in lead if t.type == "DIM_NOUN"), info.get("dim"))
        at = any(t.type == "AT" for t in lead)
        nums: list[tuple[Num, int | None, int | None]] = []
        start = lead[-1].end_pos if lead else None
        for it in body[:-1]:
            if isinstance(it, Num):
                nums.append((it, start, None))
            elif isinstance(it, Token):
                if it.type == "PUNCT" and str(it.value) != ",":
                    raise Reject("a list's items are parted by commas")
                if nums and nums[-1][2] is None:
                    nums[-1] = (nums[-1][0], nums[-1][1], it.start_pos)
                start = it.end_pos
        self._list_sense([n for n, _, _ in nums], unit_tok, at)
        falling = any(t.type == "TO" for t in body if isinstance(t, Token))
        if falling and nums[0][0].value <= body[-2].value:
            raise Reject("a rising span is a range")
        bound = next((_BOUND[t.type] for t in lead if t.type in _BOUND), None)
        if bound == "approx" and fold(self._surface(lead[-1])) in self._approx_after():
            raise Reject("an approximation that follows its number")
        built = [(self._list_one(n, unit_tok, dim, bound), s, e) for n, s, e in nums]
        for item, _, _ in built:
            item.extra["listed"] = len(built)  # one of so many amounts sharing the unit
        # (a falling span is told as a range: ``bound`` "span", see api's _after_heading)
        return Built("list", built, bound="span" if falling else None)

    def _list_sense(self, nums: list[Num], unit_tok: Token, at: bool) -> None:
        """Amounts that make a list: no vague or glued one, none that reads on with the
        one before as one number ("vingt et une minutes"), all of one order of size
        ("in 2019, 3 and 5 km" is no list), no durations after "at" ("à 2 et 3 heures",
        "a las 8 y 20 minutos" tell a time of day), no decade ("the 1980 and 1990s")."""
        for k, num in enumerate(nums):
            if num.vague or num.frac or getattr(num, "code", False) or getattr(num, "art", False):
                raise Reject("a list's amount is stated")
            if k and _reads_on(nums[k - 1], num):
                raise Reject("'vingt et une minutes': one number")
        values = [n.value for n in nums]
        if min(values) <= 0 or max(values) > 100 * min(values):
            raise Reject("the amounts of a list are of one order of size")
        if unit_tok.type == "U_DURATION":
            if at:
                # "à 2 et 3 heures" are times of day, "a las 8 y 20 minutos" is 08:20
                raise Reject("'at' before a list of durations")
            self._decade(nums[-1], unit_tok)
            if self._surface(unit_tok) == "s" and nums[-1].value % 10 == 0:
                raise Reject("'50 and 60s': decades or ages")

    def _approx_after(self) -> set[str]:
        return {fold(f) for f in self.lexicon.classes.get("APPROX_STYLE", {}).get("after", ())}

    def _list_one(self, num: Num, unit_tok: Token, dim: str | None, bound: str | None) -> Built:
        unit = str(unit_tok.value)
        if unit_tok.type == "U_SPEED":
            if dim not in (None, "speed"):
                raise Reject("an altitude or a depth is not a speed")
            return self._speed(num, unit, bound)
        extra: dict[str, Any] = {"unit_in_text": unit}
        if unit_tok.type == "U_DURATION":
            return Built("duration", to_si(num.value, unit), unit="s", bound=bound, extra=extra)
        if dim == "speed":
            raise Reject("'une vitesse de 800 km' is no distance")
        if dim:
            extra["dim"] = dim
        return Built("distance", to_si(num.value, unit), unit="m", bound=bound, extra=extra)

    def age(self, items: list[Any]) -> Built:
        """ "30 years old", "âgé de 45 ans": years of age, kept out of the durations."""
        unit = _first(items, "U_DURATION")
        if unit is None or unit.value != "year":
            raise Reject("an age is told in years")
        return Built("quantity", None, extra={"unit_in_text": "age"})

    def other_quantity(self, items: list[Any]) -> Built:
        tok = _first(items, "U_OTHER")
        num = next((it for it in items if isinstance(it, Num)), None)
        if tok is not None and num is not None and not num.vague and self._sea_miles(tok):
            extra = {"unit_in_text": "nautical_mile"}
            return Built("distance", to_si(num.value, "nautical_mile"), unit="m", extra=extra)
        unit = str(tok.value) if tok else None
        stated = {fold(f) for f in self.lexicon.classes.get("UNIT_STYLE", {}).get("stated", ())}
        if tok is not None and num is not None and not num.vague and fold(self._surface(tok)) in stated:
            # "heading 270°", "à 40 %": the number in the unit it is told in
            bound = "approx" if num.approx else None
            return Built("quantity", _clean(num.value), unit=unit, bound=bound, extra={"unit_in_text": unit})
        return Built("quantity", None, extra={"unit_in_text": unit})

    def _sea_miles(self, tok: Token) -> bool:
        """Miles of either kind ("à 12 milles") told from the coast, out at sea or from a
        runway ("à 12 milles de la côte", "à 3 milles de la piste") are nautical miles:
        the lexicon's ``[unit_style] sea`` forms right after the unit."""
        if tok.value != "mile_either" or tok.end_pos is None:
            return False
        rest = fold(self.text[tok.end_pos : tok.end_pos + 40]).lstrip()
        cues = self.lexicon.classes.get("UNIT_STYLE", {}).get("sea", ())
        return any(re.match(re.escape(fold(c)) + r"(?![^\W_])", rest) for c in cues)


@mypyc_attr(native_class=False)  # mypyc compiles no subclass of a builtin as native
class _Until(str):
    """A bound word that is also a time's lead ("jusqu'à", "until")."""


#: A number with a decimal part right where a glued unit ends ("M0.85", "M1,2").
_DECIMAL_AFTER = LazyPattern(r"[0-9]*[.,][0-9]+(?![0-9]|[.,][0-9])")


def _unit_once(amount: Num, unit: str, used: set[str], last_unit: str | None, rising: bool) -> Any:
    """``amount`` of ``unit`` in SI, the next part of a sum of amounts (``_amount``):
    a unit comes once, and in falling order unless ``rising``."""
    if unit in used:
        raise Reject("a unit twice")
    if not rising and last_unit is not None and to_si(1.0, unit) >= to_si(1.0, last_unit):
        # "500 metres and 1 km (respectively)": two amounts, not 1.5 km
        raise Reject("a larger unit after a smaller one")
    used.add(unit)
    return to_si(amount.value, unit)


def _reads_on(before: Num, num: Num) -> bool:
    """ "vingt et une", "soixante et onze": a round ten of words, then a number in words
    below twenty, make one number, not two items of a list."""
    return before.words and num.words and before.value >= 20 and before.value % 10 == 0 and num.value < 20


def _halves_of_days_and_nights(items: list[Any]) -> float:
    """What to take off the sum of a length told in days and nights: "deux jours et une
    nuit", "a day and a night" count days and nights as half a day each (36 h, 24 h),
    not a whole day each as a night alone is ("trois nuits")."""
    told = [it for it in items if isinstance(it, tuple) and len(it) == 2 and isinstance(it[0], Num)]
    parts = [(n, str(u.value)) for n, u in told if str(u.value) in ("day", "night")]
    if {unit for _, unit in parts} != {"day", "night"}:
        return 0.0
    return sum(to_si(n.value, unit) for n, unit in parts) / 2


def _multiple(items: list[Any]) -> bool:
    """Does an amount of ``items`` count a multiple with no count stated ("hundreds
    of", "a few hundred", "quelques centaines de")?"""
    nums = [it[0] if isinstance(it, tuple) and it and isinstance(it[0], Num) else it for it in items]
    return any(isinstance(n, Num) and getattr(n, "multiple", False) for n in nums)


def _one_or_few(items: list[Any]) -> None:
    """ "a minute or two", "un kilomètre ou deux": one unit, "or", and a count of it in
    words is a span of approximation; any other amount before "or", or a count in
    digits after it, may open a list of its own ("five minutes or ten minutes",
    "5 minutes or 10 minutes"), so it opens none."""
    nums = [it for it in items if isinstance(it, Num)]
    if len(nums) != 2 or nums[0].value != 1 or not nums[1].words:
        raise Reject("a span told by 'or' is one unit, then a count in words")


def _no_speed(items: list[Any]) -> None:
    if any(isinstance(it, dict) and it.get("dim") == "speed" for it in items):
        raise Reject("'une vitesse de 800 km' is no distance")


# ----------------------------------------------------------------------- aircraft


def _frac_value(head: Any) -> float:
    """The value of a fraction before "of a" unit: words ("three quarters"), a sign
    ("¾") or digits below one ("3/4 of a mile")."""
    if isinstance(head, Token) and head.type == "FRACTION_NUM":
        a, b = (float(x) for x in str(head.value).split("/"))
        if not 0 < a < b:
            raise Reject("a fraction of a unit is below one ('14/08 of a')")
        return a / b
    if isinstance(head, Token):
        return unicodedata.numeric(str(head.value))
    return float(head.value)


def _end_and_part(items: list[Any]) -> list[Any]:
    """A span whose end's unit a part of it follows ("de 1 à 2 km et demi", "d'une à
    deux heures et demie"): the items with the part added to the end's amount (a part
    of one unit only, after a whole amount)."""
    nums = [i for i, it in enumerate(items) if isinstance(it, Num)]
    if len(nums) != 3:
        raise Reject("range")
    end, part = items[nums[1]], items[nums[2]]
    if not 0 < part.value < 1 or end.value != int(end.value):
        raise Reject("a part of one unit after a whole amount")
    whole = replace(end, value=end.value + part.value)
    return [whole if i == nums[1] else it for i, it in enumerate(items) if i != nums[2]]
