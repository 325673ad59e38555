"""Times of day: clock shapes, spelled hours, am/pm and parts of the day.

A clock shape is *strong* when its form alone says "time of day" ("15:20", "15 h 20",
"3 pm", "1520 hrs") and *weak* when it could as well be a count or a duration
("2 heures", "five", "trois et quart", "five thirty"): a weak clock is a time only
with a lead ("à", "at", "vers") or a trail ("du soir", "pm", "heure locale").
A bare number ("à 15", "at 7") needs "at"/"à" itself, or a trail.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from lark import Token

from ..words import LazyPattern, Lexicon, fold
from .base import (
    Built,
    Clock,
    Num,
    PhraseParts,
    Reject,
    _first,
    _int_of,
    _tokens,
    mypyc_attr,
)


def _mark(c: Clock, **flags: bool) -> Clock:
    for k, v in flags.items():
        setattr(c, k, v)
    return c


@mypyc_attr(native_class=False)
class TimeT(PhraseParts):
    text: str
    lexicon: Lexicon

    def _word_hours(self, items: list[Any]) -> bool:
        """ "heures", "hours", "hrs" (a word that also names the duration unit),
        as opposed to the clock letter "h"."""
        tok = _first(items, "T_H")
        return tok is not None and len(self._surface(tok)) > 1

    def minute_word(self, items: list[Any]) -> Num:
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and items[0].type == "N_TENS" and vals[0] % 10:
            raise Reject("compound ten")
        num = Num(float(sum(vals)), words=True)
        num._oh = items[0].type == "N_OH"  # type: ignore[attr-defined]
        num.end = items[-1].end_pos  # type: ignore[attr-defined]
        return num

    def hour_word(self, items: list[Any]) -> Num:
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and vals[0] % 10:
            raise Reject("compound ten")
        return Num(float(sum(vals)), words=True)

    def h_minutes(self, items: list[Any]) -> dict[str, Any]:
        nums = [x for x in items if isinstance(x, Num) or (isinstance(x, Token) and x.type == "INT")]
        units = [x for x in items if isinstance(x, Token) and x.type == "U_DURATION"]
        if isinstance(nums[0], Token) and len(str(nums[0].value)) > 2:
            raise Reject("three-digit minutes")
        if units and units[0].value != "minute":
            raise Reject("not minutes")
        if len(units) > 1 and units[1].value != "second":
            raise Reject("not seconds")
        out: dict[str, Any] = {"minute": _int_of(nums[0])}
        if len(nums) > 1:
            out["second"] = _int_of(nums[1])
        # "une heure et 20 minutes": minutes joined by "and" with their unit are a sum
        out["summed"] = bool(units) and _first(items, "AND") is not None
        # "1 h 30 min": the minutes' own unit after them
        out["unit"] = bool(units)
        ends = [getattr(x, "end", None) if isinstance(x, Num) else getattr(x, "end_pos", None) for x in items]
        out["end"] = max((e for e in ends if e is not None), default=None)
        return out

    def h_minute_digit(self, items: list[Any]) -> dict[str, Any]:
        """ "onze heures cinq": one spelled digit after the hour is its minutes where no
        word follows it (``time_phrase`` checks the end)."""
        tok = items[0]
        return {"minute": int(str(tok.value)), "digit_end": tok.end_pos, "end": tok.end_pos}

    def _hm(self, items: list[Any], hour: int, *, words: bool) -> Clock:
        mins = next((x for x in items if isinstance(x, dict) and "minute" in x), None)
        minute = mins["minute"] if mins else 0
        second = mins.get("second") if mins else None
        lead0 = isinstance(items[0], Token) and str(items[0].value).startswith("0")
        c = Clock(hour, minute, second, _ampm(items), explicit_24h=hour > 12 or lead0)
        c.hmark = _first(items, "T_H") is not None  # type: ignore[attr-defined]
        c.digit_end = mins.get("digit_end") if mins else None  # type: ignore[attr-defined]
        # minutes with no unit of their own: see _minutes_own_unit
        c.bare_min_end = mins.get("end") if mins and not mins.get("unit") else None  # type: ignore[attr-defined]
        ends = [t.end_pos for t in items if isinstance(t, Token) and t.end_pos is not None]
        c.h_end = max([*ends, mins["end"]] if mins and mins.get("end") else ends, default=None)  # type: ignore[attr-defined]
        summed = bool(mins and mins.get("summed"))
        # (an hour of at most 12: "14h30mn" stays a time)
        c.min_unit = bool(mins and mins.get("unit")) and hour <= 12  # type: ignore[attr-defined]
        if (
            (mins is None or summed)
            and not lead0
            and (hour <= 12 or hour == 24)
            and (words or self._word_hours(items))
        ):
            # "2 heures", "deux heures", "three hrs", "vingt-quatre heures", "une heure et
            # 20 minutes": as much a duration as a time
            c.weak = True  # type: ignore[attr-defined]
        return c

    def _code(self, tok: Any) -> None:
        """Digits glued to a preceding letter are a code ("A4", "B2"), not a time."""
        if isinstance(tok, Token) and tok.start_pos:
            if self.text[tok.start_pos - 1].isalpha() and self.text[tok.start_pos].isdigit():
                raise Reject("digits glued to a word are a code")

    def clock_colon(self, items: list[Any]) -> Clock:
        self._code(items[0])
        parts = [int(p) for p in str(items[0].value).split(":")]
        ampm = _ampm(items)
        return Clock(
            parts[0],
            parts[1],
            parts[2] if len(parts) > 2 else None,
            ampm,
            explicit_24h=str(items[0].value)[:1] == "0" or parts[0] > 12,
        )

    def clock_h(self, items: list[Any]) -> Clock:
        self._code(items[0])
        items = [
            ({"minute": _int_of(x)} if i == 2 and not isinstance(x, dict) and not _is_ampm(x) else x)
            for i, x in enumerate(items)
        ]
        if isinstance(items[2] if len(items) > 2 else None, dict) and isinstance(items[0], Token):
            m = items[2]
            if len(str(m.get("minute"))) > 2:
                raise Reject("minutes")
        digits = str(items[0].value)
        mark = next((x for x in items if isinstance(x, Token) and x.type == "T_H"), None)
        hrs = mark is not None and mark.value == "hrs" and len(digits) != 4
        if hrs and (len(digits) > 2 or int(digits) > 23):
            raise Reject("'2 hours' is a duration")
        if len(digits) == 4 and not any(isinstance(x, dict) for x in items):
            # military "1520 hrs", "0645 h"
            items = [items[0], {"minute": int(digits[2:])}, *items[1:]]
            c = self._hm(items, int(digits[:2]), words=False)
            c.explicit_24h = True
            c.h_end = None  # type: ignore[attr-defined]  # "1520 hrs of ...": a time all the same
            return c
        c = self._hm(items, _int_of(items[0]), words=False)
        c.h_start = items[0].start_pos  # type: ignore[attr-defined]  # see _amount_of
        if hrs:
            # "at 07 hours 30", "at 16 hrs GMT": a time only as ``_hours_word`` says
            c.hours_word = True  # type: ignore[attr-defined]
            c.zero_led = digits[:1] == "0"  # type: ignore[attr-defined]
            # (minutes with their own unit are elapsed: "at 2 hours 10 minutes in")
            mins = next((x for x in items if isinstance(x, dict) and "minute" in x), {})
            c.bare_minutes = bool(mins) and not mins.get("unit")  # type: ignore[attr-defined]
        return c

    def clock_h_words(self, items: list[Any]) -> Clock:
        _hours_not_clock(items)
        c = self._hm(items, _int_of(items[0]), words=True)
        if c.hour == 1 and c.ampm is None and self._word_hours(items) and getattr(items[0], "words", False):
            # "une heure quarante", as "une heure et quart": one hour in words and its
            # minutes are most often how long (a time after "à"/"vers" or with a trail)
            c.weak = True  # type: ignore[attr-defined]
        return c

    def clock_and_frac(self, items: list[Any]) -> Clock:
        _hours_not_clock(items)
        hour = _int_of(items[0])
        frac = next(it for it in items[1:] if isinstance(it, Num))
        minute = 60 * frac.value
        if not 0 < minute < 60 or minute != int(minute):
            raise Reject("fraction of an hour")
        # "et quart" / "et demie" / "and a half" / "et trois quarts"
        c = Clock(hour, int(minute), None, _ampm(items), explicit_24h=hour > 12)
        # ("10 heures et demie" is marked as an hour: "entre 10 heures et 10 heures et
        # demie" is a span of the day, as "entre 9 heures et 11 heures" is)
        c.hmark = _first(items, "T_H") is not None  # type: ignore[attr-defined]
        one = hour == 1 and isinstance(items[0], Num) and items[0].words
        if c.ampm is None and (minute == 30 or _first(items, "T_H") is None or one):
            # "deux heures et demie" may be a duration; "sept heures et quart" is a time,
            # but "une heure et quart" is most often how long (a time after "à" only)
            c.weak = True  # type: ignore[attr-defined]
        return c

    def clock_and_minutes(self, items: list[Any]) -> Clock:
        """ "A las ocho y veinte", "alle 4 e 10": minutes joined to the hour by "and",
        only where the lexicon lists that word ([at_style] and_minutes: Spanish "y",
        Italian "e"); a time only after a lead, as other spelled clocks."""
        join = _first(items, "AND")
        forms = self.lexicon.classes.get("AT_STYLE", {}).get("and_minutes", ())
        if join is None or fold(self._surface(join)) not in {fold(f) for f in forms}:
            raise Reject("minutes joined by 'and' only where the language says so")
        hour, minute = _int_of(items[0]), _int_of(items[2])
        if not (0 <= hour <= 23 and 0 < minute < 60):
            raise Reject("hour and minutes")
        c = Clock(hour, minute, None, _ampm(items), explicit_24h=hour > 12)
        c.weak = True  # type: ignore[attr-defined]
        return c

    def clock_dotted(self, items: list[Any]) -> Clock:
        self._code(items[0])
        text = str(items[0].value).replace(",", ".")
        if not re.fullmatch(r"\d{1,2}\.\d{2}", text):
            raise Reject("not a dotted clock")
        h, m = text.split(".")
        if int(m) >= 60:
            raise Reject("'2.75 hours': no minutes of a clock")
        c = Clock(int(h), int(m), None, _ampm(items), explicit_24h=int(h) > 12 or h.startswith("0"))
        if len(items) == 1:
            c.dotted = True  # type: ignore[attr-defined]  # "10.32": a clock only in a range of such
        mark = str(items[0].value)[len(h)]
        c.decimal_dot = mark == self.lexicon.decimal  # type: ignore[attr-defined]  # see _dotted_led
        if c.ampm is None and not c.explicit_24h and mark == self.lexicon.decimal:
            # "1.25 hours", "1,25 heure": the language's decimal mark and an hour of at
            # most 12 before the hour's word are a number of hours unless "at" says
            # otherwise ("14.20 hours", "08.53 h", "8.53 heures" in French stay clocks)
            c.weak = True  # type: ignore[attr-defined]
            c.dotted = True  # type: ignore[attr-defined]  # a span of such: "between 9.10 and 9.40 hrs"
        return c

    def clock_int_ampm(self, items: list[Any]) -> Clock:
        self._code(items[0])
        text = str(items[0].value)
        if len(text) <= 2:
            return Clock(int(text), 0, None, _ampm(items))
        if len(text) in (3, 4):
            return Clock(int(text[:-2]), int(text[-2:]), None, _ampm(items))
        raise Reject("digits")

    def clock_ish(self, items: list[Any]) -> Clock:
        """ "at 5ish", "at seven-ish": about the hour."""
        if not 0 <= _int_of(items[0]) <= 24:
            raise Reject("'-ish' after no hour")
        # (no name of the hour: a part of the day after it tells its half, "at 6ish in the evening")
        return Clock(_int_of(items[0]), 0)

    def clock_words(self, items: list[Any]) -> Clock:
        hour = _int_of(items[0])
        minute = _int_of(items[1])
        if minute < 10 and not getattr(items[1], "_oh", False):
            raise Reject("minutes under ten need 'oh'")
        return Clock(hour, minute, None, _ampm(items))

    def clock_hundred(self, items: list[Any]) -> Clock:
        """ "fourteen hundred hours", "oh six hundred": the spoken military hour; with
        no leading "zero"/"oh" as weak as "two hours" ("at" makes it a time)."""
        oh = _first(items, "N_OH") is not None
        hour = next(_int_of(x) for x in items if isinstance(x, Num) or x.type == "N_TENS")
        if not 0 <= hour <= 23 or (oh and hour > 9):
            raise Reject("no hour of the clock")
        c = Clock(hour, 0, None, None, explicit_24h=True)
        if not oh:
            c.weak = True  # type: ignore[attr-defined]
            c.hundred = True  # type: ignore[attr-defined]  # a time only after "at"
        return c

    def clock_words_oh(self, items: list[Any]) -> Clock:
        """ "zero five thirty", "oh six fifteen": an hour under ten after "zero"/"oh"."""
        minute = _int_of(items[2])
        if minute < 10 and not getattr(items[2], "_oh", False):
            raise Reject("minutes under ten need 'oh'")
        return Clock(_int_of(items[1]), minute, None, None, explicit_24h=True)

    def clock_words_ampm(self, items: list[Any]) -> Clock:
        return Clock(_int_of(items[0]), 0, None, _ampm(items))

    def clock_spaced(self, items: list[Any]) -> Clock:
        self._code(items[0])
        h, m = str(items[0].value), str(items[1].value)
        if len(h) > 2 or len(m) != 2:
            raise Reject("spaced")
        ampm = _ampm(items)  # "at 3 15 pm"
        if ampm is not None:
            return Clock(int(h), int(m), None, ampm)
        return _mark(Clock(int(h), int(m)), bare=True)

    def clock_named(self, items: list[Any]) -> Clock:
        h, m = str(items[0].value).split(":")
        return Clock(int(h), int(m), None, None, explicit_24h=True, named=True)

    def clock_named_num(self, items: list[Any]) -> Clock:
        h, m = str(items[-1].value).split(":")
        n = _int_of(items[0])
        if n not in (12, 0, 24) and not (n < 12 and h == "12" and len(items) == 2):
            raise Reject("named")
        if n < 12 and h == "12" and n != 0:
            return Clock(n, 0, None, "pm")
        return Clock(int(h), int(m), None, None, explicit_24h=True, named=True)

    def _noon(self, tok: Token) -> Clock:
        h, m = str(tok.value).split(":")
        if m != "00" or h not in ("12", "00"):
            raise Reject("only noon and midnight take minutes")
        return Clock(int(h), 0, None, None, explicit_24h=True, named=True)

    def clock_named_frac(self, items: list[Any]) -> Clock:
        """ "midi et quart", "minuit et demie", "noon and a half"."""
        c = self._noon(items[0])
        minute = 60 * items[-1].value
        if not 0 < minute < 60 or minute != int(minute):
            raise Reject("fraction of an hour")
        c.minute = int(minute)
        return c

    def clock_named_min(self, items: list[Any]) -> Clock:
        """ "minuit vingt", "midi trente", "midi dix minutes"."""
        c = self._noon(items[0])
        unit = _first(items, "U_DURATION")
        if unit is not None and unit.value != "minute":
            raise Reject("minutes")
        c.minute = _int_of(items[1])
        if not 0 < c.minute < 60:
            raise Reject("minutes")
        tok = items[1]
        if isinstance(tok, Token) and tok.type == "N_DIGIT" and unit is None:
            c.digit_end = tok.end_pos  # type: ignore[attr-defined]  # see _digit_minutes_end
        return c

    def clock_named_digits(self, items: list[Any]) -> Clock:
        """ "12.15 noon", "12:30 midnight": the digits say the minutes, the word the half."""
        c = self._noon(items[-1])
        text = str(items[0].value).replace(",", ".").replace(":", ".")
        if not re.fullmatch(r"\d{1,2}\.\d{2}", text):
            raise Reject("clock digits")
        h, m = (int(x) for x in text.split("."))
        if h not in (12, 0) or not 0 <= m < 60:
            raise Reject("noon is twelve")
        c.minute = m
        return c

    def clock_named_to(self, items: list[Any]) -> Clock:
        """ "midi moins le quart", "minuit moins dix" (hour first, then the minutes off)."""
        c = self._noon(items[0])
        if str(items[1].value) != "minus":
            raise Reject("'noon to 2 pm' is a range")
        frac = _first(items, "N_FRAC")
        if frac is not None:
            mins = 60 / float(frac.value)
        else:
            mins = float(_int_of(items[2]))
            unit = _first(items, "U_DURATION")
            if unit is not None and unit.value != "minute":
                raise Reject("minutes")
        if not 0 < mins < 60 or mins != int(mins):
            raise Reject("minutes")
        return Clock((c.hour - 1) % 24, int(60 - mins), None, None, explicit_24h=True)

    def rel_min(self, items: list[Any]) -> dict[str, Any]:
        frac = _first(items, "N_FRAC")
        if frac is not None:
            numer = items[0].value if isinstance(items[0], Num) else 1
            return {"n": 60 * numer / float(frac.value), "frac": True}
        unit = None
        for t in items[1:]:
            if isinstance(t, Token):
                unit = (
                    "h"
                    if t.type == "T_H" or t.value == "hour"
                    else ("min" if t.value == "minute" else "other")
                )
        if unit == "other":
            raise Reject("unit")
        digits = isinstance(items[0], Token) and items[0].type == "INT"
        return {"n": _int_of(items[0]), "unit": unit, "digits": digits}

    def rel_frac_hour(self, items: list[Any]) -> dict[str, Any]:
        """ "half an hour", "un quart d'heure" before or after an hour: its minutes."""
        frac = _first(items, "N_FRAC")
        unit = _first(items, "U_DURATION")
        if frac is None or unit is None or unit.value != "hour":
            raise Reject("a part of an hour only")
        numer = items[0].value if isinstance(items[0], Num) else 1
        return {"n": 60 * numer / float(frac.value), "unit": "min", "frac": True}

    def hour_ref(self, items: list[Any]) -> Clock:
        it = items[0]
        if isinstance(it, Clock):
            return it
        if isinstance(it, Token) and it.type == "T_NAMED":
            h, m = str(it.value).split(":")
            return Clock(int(h), int(m), None, None, explicit_24h=True, named=True)
        if len(items) > 1 and str(items[1].value) != "minute":
            raise Reject("unit")
        return _mark(Clock(_int_of(it), 0), minutes_unit=True)

    def hour_ref_frac(self, items: list[Any]) -> dict[str, Any]:
        """ "cinq heures moins le quart": a quarter taken off the hour said first."""
        return {"minus_frac": float(_first(items, "N_FRAC").value)}  # type: ignore[union-attr]

    def clock_past(self, items: list[Any]) -> Clock:
        rel, ref = items[0], items[-1]
        mins = rel["n"]
        if rel.get("unit") == "h" or getattr(ref, "minutes_unit", False) or not 0 < mins < 60:
            raise Reject("minutes")
        if ref.minute:
            raise Reject("'5 past 9:30': minutes are added to a whole hour only")
        return _mark(Clock(ref.hour, int(mins), None, ref.ampm, ref.explicit_24h), relative=True)

    def clock_half_past(self, items: list[Any]) -> Clock:
        """ "at half seven": half past the hour, in the languages whose [at_style]
        half_past lists the word of a half; half an hour before it where half_to lists it
        (German "um halb drei": 02:30); a time only after a lead, as other spelled
        clocks ("half seven" alone is no time)."""
        word = fold(self._surface(items[0]))
        style = self.lexicon.classes.get("AT_STYLE", {})
        before = word in {fold(f) for f in style.get("half_to", ())}
        if not before and word not in {fold(f) for f in style.get("half_past", ())}:
            raise Reject("half before an hour is half past it only where the language says so")
        hour = _int_of(items[1])
        if not 1 <= hour <= 12:
            raise Reject("'half' before no hour of the clock")
        c = Clock(hour - 1 if before and hour > 1 else 12 if before else hour, 30, None, _ampm(items))
        if c.ampm is None:
            c.weak = True  # type: ignore[attr-defined]
        return c

    def clock_past_after(self, items: list[Any]) -> Clock:
        """ "midi passé de cinq minutes", "onze heures passées de dix minutes"."""
        if str(items[1].value) != "after" or str(items[-1].value) != "minute":
            raise Reject("hour first, then the minutes past it")
        first = items[0]
        c = self._noon(first) if isinstance(first, Token) else first
        mins = _int_of(items[2])
        if c.minute or not 0 < mins < 60:
            raise Reject("minutes")
        return Clock(c.hour, mins, None, c.ampm, c.explicit_24h)

    def clock_to(self, items: list[Any]) -> Clock:
        rel, to, ref = items[0], items[1], items[-1]
        if isinstance(ref, dict):
            if str(to.value) != "minus" or rel.get("frac") or rel.get("unit") == "min":
                raise Reject("'moins le quart' follows the hour")
            mins = 60 / ref["minus_frac"]
            if mins != int(mins) or not 0 < mins < 60:
                raise Reject("minutes")
            return Clock((int(rel["n"]) - 1) % 24, int(60 - mins), None, None, int(rel["n"]) > 12)
        if rel.get("unit") == "h" and str(to.value) != "minus":
            raise Reject("'2 hours before noon': hours before an hour are no minutes to it")
        if str(to.value) == "minus":
            # "sept heures moins dix": hour first, then the minutes taken off
            if rel.get("frac") or rel.get("unit") == "min" or ref.minute or ref.ampm or ref.named:
                raise Reject("hour first")
            hour, mins, ampm, h24 = int(rel["n"]), ref.hour, None, int(rel["n"]) > 12
        else:
            if rel.get("unit") == "h" or getattr(ref, "minutes_unit", False):
                raise Reject("minutes first")
            if ref.minute:
                raise Reject("'9 to 9:30 pm': minutes are taken off a whole hour only")
            if rel.get("digits") and rel.get("unit") is None and not (ref.minute or ref.ampm or ref.named):
                raise Reject("'9 to 10' is a range of numbers, not minutes to an hour")
            odd = rel.get("unit") is None and not rel.get("frac") and rel["n"] % 5
            if odd and not (ref.ampm or ref.named):
                raise Reject("'three to five' is a range of counts; minutes to an hour go by fives")
            hour, mins, ampm, h24 = ref.hour, rel["n"], ref.ampm, ref.explicit_24h
        if not 0 < mins < 60:
            raise Reject("minutes")
        return _mark(Clock((hour - 1) % 24, int(60 - mins), None, ampm, h24), relative=True)

    def clock_bare(self, items: list[Any]) -> Clock:
        self._code(items[0])
        tok = items[0]
        if isinstance(tok, Token) and tok.type == "NUMBER":
            c = self.clock_dotted([tok])
            c.end = tok.end_pos  # type: ignore[attr-defined]  # "at 3.40 million" is a count
        elif isinstance(tok, Token) and len(str(tok.value)) == 4:
            text = str(tok.value)
            c = Clock(int(text[:2]), int(text[2:]), explicit_24h=True)
            c.hhmm = True  # type: ignore[attr-defined]  # "about 0945": four digits read as HHMM
        elif isinstance(tok, Token) and len(str(tok.value)) == 3:
            text = str(tok.value)
            c = Clock(int(text[:1]), int(text[1:]))
            end = tok.end_pos
            if end is not None and not self.text[end : end + 1].isalpha():
                # a word after it may make it a count ("vers 150 ballons"); a glued
                # ending is its clock's mark ("715ampm")
                c.end = end  # type: ignore[attr-defined]
        else:
            c = Clock(_int_of(tok), 0)
            if c.hour > 24:
                raise Reject("hour")
            if isinstance(tok, Num) and c.hour == 1:
                # "un", "une", "one" alone are articles or pronouns before a time
                c.article = True  # type: ignore[attr-defined]
            c.spelled = isinstance(tok, Num)  # type: ignore[attr-defined]
            c.end = getattr(tok, "end", None) if isinstance(tok, Num) else tok.end_pos  # type: ignore[attr-defined]
        return _mark(c, bare=True)

    def hour_only(self, items: list[Any]) -> Clock:
        tok = items[0]
        if len(items) == 1 and isinstance(tok, Token) and len(str(tok.value)) == 4:
            return self.clock_bare(items)  # "between 0900 and 0930 GMT"
        c = Clock(_int_of(tok), 0, None, None, explicit_24h=_int_of(tok) > 12)
        return _mark(c, bare=True, in_range=True, hmark=len(items) > 1)

    def between_pair(self, items: list[Any]) -> list[Clock]:
        clocks = [it for it in items if isinstance(it, Clock)]
        join = next((t for t in items if isinstance(t, Token) and t.type in ("AND", "TO")), None)
        if join is not None and len(clocks) == 2:
            # with the second hour's own lead: "e às" is one joining word of a span
            lead = next((it for it in items if isinstance(it, dict) and "surface" in it), None)
            joined = self._surface(join) + (" " + lead["surface"] if lead else "")
            clocks[1].joined = fold(joined)  # type: ignore[attr-defined]
        return clocks

    def t_lead(self, items: list[Any]) -> dict[str, Any]:
        # "à" is both "at" and "to": one lead, read as "at" whichever reading came first
        at_forms = self.lexicon.folded_forms("AT")
        at = [t for t in items if t.type == "AT" or (t.type == "TO" and fold(self._surface(t)) in at_forms)]
        if at and self._glued_right(at[0]):
            raise Reject("a letter glued to digits is a code ('A1')")
        # a weak form ("a", the verb as much as "à" unaccented: "la Pologne a 3 radars")
        # makes a time only of a clock shape, never of a number
        style = self.lexicon.classes.get("AT_STYLE", {})
        weak = bool(at) and (
            self._surface(at[0]) in style.get("weak", ())
            or self._after_word(at[0], style, "difference", "change")
        )
        # "il est huit heures" tells the time, "c'est 3 avions" does not: these make a
        # time of an hour count, never of a bare number
        telling = bool(at) and self._tells_time(at[0])
        # a form the lexicon lists both as "at" and as an approximation (Italian "verso
        # le 22": the hour's article is in it) leads as "at" and is approximate
        approx_forms = self.lexicon.folded_forms("APPROX")
        return {
            "surface": " ".join(self._surface(t) for t in items),
            "start": items[0].start_pos,
            "telling": telling,
            # "в 15.20", "около 00.25": where the lexicon lists them (AT_STYLE and
            # APPROX_STYLE "dotted"), these make a time of a dotted clock alone
            "dotted": any(self._dotted_lead(t) for t in items),
            "approx": any(t.type == "APPROX" for t in items)
            or any(fold(self._surface(t)) in approx_forms for t in at),
            # "vers 2 heures" is a time, "environ 2 heures" a duration: where the
            # lexicon lists the approximations of a clock (APPROX_STYLE "clock"),
            # only those make a time of an hour count
            "clock_approx": any(t.type == "APPROX" and self._clock_approx(t) for t in items),
            "at": bool(at) and not weak and not telling,
            # "the ratio stood at 1.25": "at" after a word of a level ([at_style] level)
            "level": bool(at) and self._after_word(at[0], style, "", "level"),
            # "remonte à 2023", "back in about 2019": four digits after a word of going
            # back in time ([at_style] year_back) are a year, no clock
            "year_back": self._after_form(items[0], style.get("year_back", ())),
            # "le score est de 2 à 1", "3 à 0": "à" right after a count in digits
            "after_count": bool(at) and self._after_count(at[0], style),
            # "o dwóch naruszeniach": a lead after which a spelled number alone is a
            # count ([at_style] spelled_count), the hour being an ordinal there
            "spelled_count": bool(at)
            and fold(self._surface(at[0])) in {fold(f) for f in style.get("spelled_count", ())},
            # "at around", "at about": a form of approximation that begins with "at"
            "at_first": (fold(self._surface(items[0])).split() or [""])[0] in at_forms,
        }

    def _after_word(self, tok: Token, style: dict[str, Any], forms: str, words: str) -> bool:
        """Is the form of "at" ``tok`` (one the lexicon lists under [at_style] ``forms``,
        any form when ``forms`` is empty) right after one of [at_style] ``words``? "rose
        by 12", "fell by two": a form telling a difference ("difference") after a word of
        change ("change") makes a time of a clock shape only, never of a number; "stood
        at 1.25": "at" after a word of a level ("level") makes no time of a number with
        the decimal mark."""
        if tok.start_pos is None or (
            forms and fold(self._surface(tok)) not in {fold(f) for f in style.get(forms, ())}
        ):
            return False
        if not style.get(words):
            return False
        before = re.search(r"([^\W\d_]+)\s+$", self.text[max(0, tok.start_pos - 40) : tok.start_pos])
        return before is not None and fold(before.group(1)) in {fold(f) for f in style.get(words, ())}

    def _after_form(self, tok: Token, forms: Iterable[str]) -> bool:
        """Do the words right before ``tok`` end with one of ``forms`` (one word or more,
        an elided form glued to it: "date d'environ 2021")?"""
        if tok.start_pos is None:
            return False
        before = fold(self.text[max(0, tok.start_pos - 40) : tok.start_pos]).rstrip()
        ending = _form_ending(tuple(forms))
        return ending is not None and ending.search(before) is not None

    def _after_count(self, tok: Token, style: dict[str, Any]) -> bool:
        """Is the form of "at" ``tok`` right after a number of one or two digits that is no
        day of the month (no word of [at_style] day_before right before it)? "une victoire 3 à
        0", "de 2 à 1": a bare number after it is the other side of a score or of a
        descending range, no time ("le 12 à 8" keeps its hour)."""
        if tok.start_pos is None:
            return False
        before = self.text[max(0, tok.start_pos - 40) : tok.start_pos]
        if self._count_of_month_before(before):
            return True
        m = re.search(r"(?:([^\W\d_]+)\s*)?(?<![\d:.,])\d{1,2}\s+$", before)
        if m is None:
            return False
        # (the minutes of a clock before it, "de 14 h 30 à 15", are no count)
        kept = {fold(f) for f in style.get("day_before", ())} | self.lexicon.folded_forms("T_H")
        return m.group(1) is None or fold(m.group(1)) not in kept

    def _count_of_month_before(self, before: str) -> bool:
        """Does ``before`` end in a count told with its month ("de trois en octobre",
        "de 3 en octobre": a number, in digits or in words other than one, the
        language's "in" [in] and a month [d_month])? "à cinq en novembre" after it is
        the other end of that count over the months, no time."""
        words = before.split()
        if len(words) < 3 or fold(words[-1]) not in self.lexicon.folded_forms("D_MONTH"):
            return False
        if fold(words[-2]) not in self.lexicon.folded_forms("IN"):
            return False
        count = words[-3]
        if re.fullmatch(r"\d{1,3}", count):
            return True
        spelled = self.lexicon.folded_forms("N_DIGIT") | self.lexicon.folded_forms("N_TEEN")
        spelled |= self.lexicon.folded_forms("N_TENS")
        return fold(count) in spelled and self.lexicon.key_of("N_DIGIT", count) != "1"

    @staticmethod
    def _dotted_led(c: Clock, lead: dict[str, Any]) -> bool:
        """Does the lead make a time of a dotted clock alone? A lead the lexicon lists
        for it ("в 15.20", "около 00.25"), "at" with an approximation ("at about 3.40",
        "à environ 14.20"), or a clock's approximation ("vers 14.20") where the dot is
        not the language's decimal mark (French "3.40" is no number of its own)."""
        return bool(lead.get("dotted") or lead.get("at_first")) or (
            bool(lead.get("clock_approx")) and not getattr(c, "decimal_dot", True)
        )

    def _dotted_lead(self, tok: Token) -> bool:
        table = {"AT": "AT_STYLE", "APPROX": "APPROX_STYLE"}.get(tok.type)
        forms = self.lexicon.classes.get(table, {}).get("dotted", ()) if table else ()
        return bool(forms) and fold(self._surface(tok)) in {fold(f) for f in forms}

    def _daypart_needs_at(self, items: list[Any], first: Clock) -> bool:
        """A part of the day the lexicon lists under AT_STYLE "daypart" makes a time of a
        bare number only with "at" between them: "wieczorem o 21" is a time, "w nocy 19
        dronów" a count (a language without articles puts a count there)."""
        forms = self.lexicon.classes.get("AT_STYLE", {}).get("daypart")
        if not forms or not getattr(first, "bare", False) or getattr(first, "dotted", False):
            return False
        tok = _first(items, "T_DAYPART")
        return tok is not None and fold(self._surface(tok)) in {fold(f) for f in forms}

    def _span_article(self, items: list[Any], clocks: list[Clock]) -> bool:
        """Do the span's first word and its joining word both hold the article of the
        hours, where the language lists such words ([at_style] span_article: Spanish
        "entre las", "y las", Italian "tra le", "e le", Portuguese "das", "às")?"""
        forms = {fold(f) for f in self.lexicon.classes.get("AT_STYLE", {}).get("span_article", ())}
        lead = _first(items, "BETWEEN")
        joined = getattr(clocks[-1], "joined", None) if len(clocks) == 2 else None
        return bool(forms) and lead is not None and fold(self._surface(lead)) in forms and joined in forms

    def _clock_approx(self, tok: Token) -> bool:
        forms = self.lexicon.classes.get("APPROX_STYLE", {}).get("clock")
        return forms is None or fold(self._surface(tok)) in {fold(f) for f in forms}

    def _minutes_to(self, items: list[Any], clocks: list[Clock]) -> bool:
        """ "at 10 to midnight", "at 5 to 6", "twenty to three pm", "at five to seven in
        the evening": a bare number of minutes (digits after "at", or a spelled number
        whatever half of the day follows) joined to the next clock by a word the language
        uses for minutes to the hour (T_TO) is that reading, not a range (ranges run
        "from 10 to midnight", "between")."""
        join = _first(items, "TO")
        first = clocks[0]
        return (
            join is not None
            and _first(items, "BETWEEN") is None
            and getattr(first, "bare", False)
            and first.minute == 0
            and 0 < first.hour < 60
            and first.hour % 5 == 0  # minutes to an hour go by fives
            and fold(self._surface(join)) in self.lexicon.folded_forms("T_TO")
        )

    def _glued_right(self, tok: Token) -> bool:
        end = tok.end_pos
        return (
            end is not None
            and end < len(self.text)
            and self.text[end].isdigit()
            and self.text[end - 1].isalpha()
        )

    def t_trail(self, items: list[Any]) -> dict[str, Any]:
        t = items[0]
        if t.type == "T_DAYPART":
            return {
                "ampm": str(t.value),
                "trail": True,
                "daypart_word": " " not in self._surface(t).strip(),
                "at_pos": t.start_pos,
            }
        if t.type == "T_LOCAL":
            self._local_letter(t)
            return {"tz": "local", "trail": True}
        return {"trail": True}

    def _local_letter(self, tok: Token) -> None:
        """ "1420L": local time written as one letter is glued to a clock of four digits
        ("runway 09L" is no time)."""
        start = tok.start_pos
        if start is None or len(self._surface(tok).strip()) != 1:
            return
        digits = self.text[max(0, start - 4) : start]
        if len(digits) != 4 or not digits.isdigit() or self.text[start - 5 : start - 4].isdigit():
            raise Reject("a letter of local time after a clock of four digits only")

    def t_local_span(self, items: list[Any]) -> dict[str, Any]:
        """ "1420L-1450L": local time, then the end of a span (four digits or hh:mm)."""
        self._local_letter(items[0])
        end = _span_end(items[-1])
        if end is None:
            raise Reject("the end of a span is a clock")
        return {"tz": "local", "trail": True, "span_end": end}

    def t_zone_span(self, items: list[Any]) -> dict[str, Any]:
        """ "14 h 05 UTC-14 h 40 UTC": a zone, a hyphen and the end of the span in hours
        and minutes (an offset has no "h")."""
        hour, minute = int(str(items[2].value)), int(str(items[4].value))
        if hour > 23 or minute > 59 or len(str(items[4].value)) != 2:
            raise Reject("the end of a span is a clock")
        return {"tz": str(items[0].value), "trail": True, "span_end": Clock(hour, minute, explicit_24h=True)}

    def t_oclock_ampm(self, items: list[Any]) -> dict[str, Any]:
        """ "3 o'clock pm"."""
        ampm = _ampm(items)
        return {"ampm": ampm, "trail": True} if ampm else {"trail": True}

    def t_oclock_named(self, items: list[Any]) -> dict[str, Any]:
        """ "twelve o'clock midnight": twelve is the named time ("noon" 12:00, "midnight"
        00:00); another hour keeps its own ("one o'clock midnight" stays 01:00)."""
        return {"trail": True, "named_twelve": "am" if str(items[-1].value) == "00:00" else "pm"}

    def tz_offset(self, items: list[Any]) -> dict[str, Any]:
        """ "+3", "-05:00", "+0530" -> "+03:00", "-05:00", "+05:30" ("+00:00" is "UTC")."""
        sign, num = str(items[-2].value), str(items[-1].value)
        if sign not in ("+", "-", "−", "‐", "‑"):
            raise Reject("not an offset")
        if ":" in num:
            h, m = (int(x) for x in num.split(":")[:2])
        elif len(num) in (3, 4):
            h, m = int(num[:-2]), int(num[-2:])
        elif len(num) <= 2:
            h, m = int(num), 0
        else:
            raise Reject("offset")
        if h > 14 or m not in (0, 15, 30, 45):
            raise Reject("no such offset")
        offset = "UTC" if h == m == 0 else f"{'+' if sign == '+' else '-'}{h:02d}:{m:02d}"
        return {"offset": offset, "colon": ":" in num, "trail": True}

    def t_paren(self, items: list[Any]) -> dict[str, Any]:
        if str(items[0].value) not in ("(", "[", ","):
            raise Reject("a zone after a bracket or a comma")
        if items[1].type == "T_LOCAL":
            return {"tz": "local", "trail": True}
        return self.t_zone(items[1:2])

    def t_zone(self, items: list[Any]) -> dict[str, Any]:
        """The zone of a time: "UTC", an IANA name or a fixed offset (lexicon keys)."""
        zone = str(items[0].value)
        if len(items) > 1:
            if zone != "UTC":
                raise Reject("an offset from a zone other than UTC")
            end = _span_end(items[-1])
            try:
                found = {**self.tz_offset(items[1:]), "tz": "UTC"}
            except Reject:
                if end is None:
                    raise
                # "1405Z-1440Z": no offset, the end of a span told with its own zone
                return {"tz": zone, "trail": True, "span_end": end}
            if end is not None:
                found["span_end"] = end
            return found
        return {"tz": zone, "trail": True}

    def _zone_spans(self, items: list[Any], clocks: list[Clock]) -> list[Any]:
        """ "from 1405Z-1440Z", "0905 UTC-0950 UTC": the hyphen after a zone read as
        its offset begins the end of a span where no offset can be meant (a clock no
        offset has, see ``t_zone``) or where a zone of its own follows; the end joins
        ``clocks`` and the zone keeps no offset."""
        out: list[Any] = []
        for k, it in enumerate(items):
            if isinstance(it, dict) and "span_end" in it:
                later = any(isinstance(x, dict) and x.get("tz") for x in items[k + 1 :])
                if "offset" not in it or later:
                    clocks.append(it["span_end"])
                    it = {"tz": it["tz"], "trail": True}
                else:
                    it = {x: v for x, v in it.items() if x != "span_end"}
            out.append(it)
        return out

    # start symbols -------------------------------------------------------------
    def _time(self, items: list[Any], clocks: list[Clock]) -> Built:
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, dict):
                if "offset" in it:
                    # "UTC+3", "UTC +03:00": an offset from UTC; "+03:00" alone too
                    if not ("UTC" in (info.get("tz"), it.get("tz")) or it["colon"]):
                        raise Reject("'+3' alone is a number, not an offset")
                    it = {**it, "tz": it["offset"]}
                info.update(it)
        for it in items:
            if isinstance(it, Token) and it.type == "T_DAYPART":
                info.setdefault("ampm", str(it.value))
        if info.get("named_twelve") and all(c.hour == 12 and not c.minute and not c.ampm for c in clocks):
            info.setdefault("ampm", info["named_twelve"])
        try:
            hh = [_resolve(c, info.get("ampm")) for c in clocks]
        except Reject:
            if any(getattr(c, "bare", False) or getattr(c, "weak", False) for c in clocks):
                raise
            if any(c.hour > 24 and not c.minute for c in clocks):
                raise  # "48 h" is a count of hours
            if any(c.hour >= 100 for c in clocks):
                raise  # "at 2200 hours 12 drones": four digits carry their own minutes
            # a clock shape with impossible values ("25 h 70") is kept, flagged
            c = clocks[0]
            return Built("time", None, extra={"error": f"impossible time of day {c.hour}:{c.minute:02d}"})
        if len(hh) > 1:
            h0, h1 = int(hh[0][:2]), int(hh[1][:2])
            if clocks[0].ampm is None and not info.get("ampm") and clocks[1].ampm == "pm" and h0 + 12 <= h1:
                hh[0] = f"{h0 + 12:02d}{hh[0][2:]}"  # "from 9 to 10 pm": both in the evening
            elif _afternoon_end(clocks, h0, h1) and not info.get("ampm"):
                hh[1] = f"{h1 + 12:02d}{hh[1][2:]}"  # "entre midi et deux": until 14:00
            elif hh[0] == hh[1]:
                raise Reject("a range ends after it starts")
            elif hh[0] > hh[1] != "00:00" and not (_strong(clocks[0]) or clocks[0].explicit_24h):
                # a span of the day runs past midnight only from a clock that says its
                # own half of the day ("from 10 pm to 2 am", "de 22 h à 2 h"; "from 10 to
                # midnight" ends with the day): "twenty to three pm" is no span from 20:00
                # back to 15:00
                raise Reject("'ten to nine' is a time, not a range backwards")
        extra: dict[str, Any] = {}
        if info.get("tz"):
            extra["tz"] = info["tz"]
        if len(hh) > 1:
            extra["end"] = hh[1]
        if clocks[0].second is not None:
            extra["second"] = clocks[0].second
        c = clocks[0]
        if (
            len(clocks) == 1
            and not (info.get("ampm") or c.ampm or c.explicit_24h or c.named)
            and 1 <= c.hour <= 12
        ):
            # a clock that does not tell its half of the day: a day told with its part
            # next to it tells it (``incidents.api``, ``Parser._part_of_day_told``)
            extra[HALF_DAY_OPEN] = True
        bound = "approx" if info.get("approx") else None
        return Built("time", hh[0], bound=bound, extra=extra)

    def _glued_left(self, items: list[Any]) -> bool:
        toks = _tokens(items)
        if not toks or toks[0].start_pos is None:
            return False
        s = toks[0].start_pos
        return s > 0 and self.text[s - 1].isalpha() and self.text[s].isdigit()

    def _digit_minutes_end(self, items: list[Any]) -> None:
        """Minutes told by one spelled digit that end the phrase are minutes only where a
        sign, the end of the line or of the text follows: "à onze heures cinq." and "à
        zéro heure cinq " but not "à 11 heures cinq drones" (a count) nor "à 11 heures
        deux avions"."""
        last = items[-1][-1] if isinstance(items[-1], list) and items[-1] else items[-1]
        end = getattr(last, "digit_end", None) if isinstance(last, Clock) else None
        if end is not None and re.match(r"[^\S\n]*[^\W_]", self.text[end:]):
            raise Reject("a spelled digit after the hour, then a word: a count")

    def time_list(self, items: list[Any]) -> Built:
        """ "at 9, 10 and 11 a.m.", "à 9, 10 et 11 heures": a time per hour, each read as
        the last clock is (its am/pm, its trail), only after "at"/"à" and where the last
        clock bears a mark of the hour; hours told as alternatives ("at 2 or 3 a.m.",
        "vers 2 ou 3 heures du matin") the same, after "at" or an approximation of a
        clock. The value is a ``Built`` of kind "list" as ``QuantityT.quantity_list``'s:
        (item, start, end), None at the phrase's ends."""
        lead = items[0]
        clocks = [it for it in items if isinstance(it, Clock)]
        trails = [it for it in items if isinstance(it, dict) and it.get("trail")]
        last = clocks[-1]
        seps = [t for t in items if isinstance(t, Token) and t.type in ("PUNCT", "AND", "OR")]
        either = any(t.type == "OR" for t in seps)
        led = lead.get("at") or (either and lead.get("clock_approx"))
        if not led or not (last.ampm or getattr(last, "hmark", False) or trails):
            raise Reject("a list of hours needs 'at' and a marked last clock")
        if any(t.type == "PUNCT" and str(t.value) != "," for t in seps):
            raise Reject("a list's items are parted by commas")
        if any(c.hour > (12 if last.ampm else 24) for c in clocks[:-1]):
            raise Reject("hour")
        self._listed_minutes(clocks[:-1], trails)
        # (start, end) of each parting; ", and" (a comma right before "and") is one
        parts = [(a.start_pos, a.end_pos) for a in seps]
        for k in range(len(seps) - 1, 0, -1):
            if self._just_before(seps[k - 1], seps[k]):
                parts[k - 1 : k + 1] = [(parts[k - 1][0], parts[k][1])]
        bounds: list[tuple[int | None, int | None]] = [(None, parts[0][0])]
        bounds += [(a[1], b[0]) for a, b in zip(parts, parts[1:], strict=False)]
        bounds.append((parts[-1][1], None))
        built = []
        # the alternatives after an approximation of a clock ("vers 9 ou 10 heures") are
        # led as after "at": the marked last clock tells what the bare ones are
        lead = lead if lead.get("at") else {**lead, "at": True}
        for c, (s, e) in zip(clocks, bounds, strict=False):
            if c is not last:
                ampm = c.ampm or last.ampm
                c = _mark(Clock(c.hour, c.minute, None, ampm, explicit_24h=c.explicit_24h), bare=True)
            built.append((self.time_phrase([lead, c, *trails]), s, e))
        if len(built) != len(clocks):
            raise Reject("list")
        return Built("list", built)

    @staticmethod
    def _listed_minutes(listed: list[Clock], trails: list[Any]) -> None:
        """Clocks told with their minutes before the last ("at 0210 and 0345 GMT", « à
        02 h 10 et 03 h 45 GMT ») are a list only where a zone after the last is every
        one's; with no zone each is a time of its own phrase."""
        timed = [c for c in listed if c.minute or not getattr(c, "bare", False)]
        if timed and not any(t.get("tz") not in (None, "local") for t in trails):
            raise Reject("clocks with minutes listed: a zone after the last is every one's")

    def _just_before(self, a: Token, b: Token) -> bool:
        """Is the token ``a`` right before ``b``, with nothing but spaces between?"""
        if a.end_pos is None or b.start_pos is None:
            return False
        return not self.text[a.end_pos : b.start_pos].strip()

    def _minutes_own_unit(self, clocks: list[Clock]) -> None:
        """Minutes after the hour that a unit follows count that unit, not minutes: "le
        drone a tenu 2 heures 40 km au large", "vers 14 h 20 km au nord" (the hour stays,
        alone)."""
        for c in clocks:
            end = getattr(c, "bare_min_end", None)
            if end is not None and self._own_unit_after(end, _OWN_UNITS):
                raise Reject("a number after the hour with a unit of its own: no minutes")
            if end is not None and self._aircraft_after(end):
                # "à 22 h 12 drones ont été détectés", "at 2300 hours 4 MiG-29s": the
                # number counts the aircraft named right after it
                raise Reject("a number after the hour that counts aircraft: no minutes")

    def _counts_after(self, end: int) -> bool:
        """Does a unit of a measure, aircraft or a word of times follow ``end``?"""
        return (
            self._own_unit_after(end, _SPAN_UNITS, cased=True)
            or self._own_unit_after(end, ("REP_WORD",))
            or self._aircraft_after(end)
        )

    def time_phrase(self, items: list[Any]) -> Built:
        clocks: list[Clock] = []
        for it in items:
            if isinstance(it, Clock):
                clocks.append(it)
            elif isinstance(it, list):
                clocks.extend(it)
        items = self._zone_spans(items, clocks)
        if self._glued_left(items):
            raise Reject("digits glued to a word are a code ('A4')")
        self._digit_minutes_end(items)
        self._minutes_own_unit(clocks)
        leads = [it for it in items if isinstance(it, dict) and "at" in it]
        lead = leads[0] if leads else {}
        trail = any(isinstance(it, dict) and it.get("trail") for it in items)
        self._hours_word(items, clocks, lead)
        daypart_first = any(isinstance(it, Token) and it.type == "T_DAYPART" for it in items)
        at = any(d.get("at") for d in leads) or any(isinstance(it, Token) and it.type == "AT" for it in items)
        if daypart_first:
            self._daypart_lead(items, clocks[0], leads)
        if daypart_first and not trail and getattr(clocks[0], "article", False):
            raise Reject("'en soirée un drone': an article after a part of the day")
        if daypart_first and not trail and not at and self._daypart_needs_at(items, clocks[0]):
            raise Reject("'w nocy 19 dronów': a bare number after a part of the day is a count")
        if daypart_first and not trail and len(clocks) == 1 and getattr(clocks[0], "bare", False):
            self._daypart_count(clocks[0], bool(at))
        if len(clocks) > 1 and getattr(clocks[0], "spelled", False) and self._minutes_to(items, clocks):
            raise Reject("'twenty to three pm', 'five to seven in the evening': minutes to the hour")
        if (
            trail
            and not at
            and len(clocks) == 1
            and getattr(clocks[0], "article", False)
            and any(isinstance(it, dict) and it.get("daypart_word") for it in items)
        ):
            # "one morning", "un soir", "une nuit": an article and the part of the day's
            # noun alone ("one in the morning", "at one at night" stay times)
            raise Reject("'one morning': an article before a part of the day")
        if trail and not at and not lead and self._night_count(items, clocks):
            raise Reject("'dont 19 dans la nuit du 9 au 10': a bare number before the night is a count")
        if trail or daypart_first:
            return self._time(items, clocks)
        if len(clocks) > 1:
            self._span_words(items, clocks, at)
            return self._span_of_day(items, clocks, bool(at))
        return self._one_clock(items, clocks, lead, at)

    def _night_count(self, items: list[Any], clocks: list[Clock]) -> bool:
        """ "41 violations, dont 19 dans la nuit du 9 au 10 septembre", "14 drones ..., 9
        in the night": one bare number (no unit of hours, no "at"/"à") whose only trail
        is the night (T_DAYPART key "night"), right after a comma or a word of a part of
        a whole ([at_style] night_part: "dont", "of which"), counts what was done that
        night; the clock's own unit ("2 h dans la nuit"), a lead ("à 3 dans la nuit")
        or another word before it ("It's 8 in the night") keeps it a time."""
        trails = [it for it in items if isinstance(it, dict) and it.get("trail")]
        if len(clocks) != 1 or not getattr(clocks[0], "bare", False) or len(trails) != 1:
            return False
        pos = trails[0].get("at_pos")
        if trails[0].get("ampm") != "night" or pos is None:
            return False
        before = self.text[max(0, pos - 40) : pos].rstrip().rstrip("0123456789").rstrip()
        if before.endswith((",", ";")):
            return True
        forms = self.lexicon.classes.get("AT_STYLE", {}).get("night_part", ())
        folded = " " + fold(before)
        return any(folded.endswith(" " + fold(f)) for f in forms)

    def _one_clock(self, items: list[Any], clocks: list[Clock], lead: dict[str, Any], at: bool) -> Built:
        """One clock: a time, unless its words make it a count or a duration."""
        c = clocks[0]
        if c.ampm:
            return self._time(items, clocks)
        if getattr(c, "article", False):
            raise Reject("an article is not a time")
        if getattr(c, "decimal_dot", False) and getattr(c, "weak", False) and lead.get("level"):
            raise Reject("'stood at 1.25': a level, no time of day")
        if getattr(c, "hhmm", False) and lead.get("year_back") and 1900 <= c.hour * 100 + c.minute <= 2099:
            raise Reject("'remonte à 2023': four digits after a word of going back are a year")
        if getattr(c, "bare", False) and lead.get("after_count"):
            raise Reject("'un score de 2 à 1': a count after 'à' right after a count")
        if getattr(c, "spelled", False) and getattr(c, "bare", False) and lead.get("spelled_count"):
            raise Reject("'o dwóch naruszeniach': a spelled number alone after this lead is a count")
        if (
            getattr(c, "bare", False)
            and not at
            and not (getattr(c, "hhmm", False) and lead.get("approx"))
            and not (getattr(c, "dotted", False) and self._dotted_led(c, lead))
        ):
            raise Reject("a bare number is a time only after 'at'/'à'")
        if getattr(c, "weak", False) and not (at or lead.get("clock_approx") or lead.get("telling")):
            raise Reject("a count of hours is a duration unless 'at'/'vers' says otherwise")
        if getattr(c, "hundred", False) and not (at or lead.get("at_first")):
            raise Reject("'some nine hundred hours': a count of hours unless 'at' says otherwise")
        if getattr(c, "min_unit", False) and not (at or lead.get("clock_approx") or lead.get("telling")):
            # "1 h 30 min", "vol de 2 h 15 min": hours and minutes each with its unit
            # and no "at"/"à" are how long ("à 7 h 30 min" stays a time)
            raise Reject("'1 h 30 min' with no lead is a duration")
        if getattr(c, "end", None) is not None:
            self._count_after(c.end)  # type: ignore[attr-defined]
        if getattr(c, "h_end", None) is not None and not (at or lead.get("telling")):
            # "a volé vers 14 h 50": a lead of the clock ([approx_style] clock) tells a time
            # of day after a verb of staying too; the word of later still makes it how long
            stay_from = None if lead.get("clock_approx") else lead.get("start") or getattr(c, "h_start", None)
            self._stay_or_later(c.h_end, stay_from)  # type: ignore[attr-defined]
        if getattr(c, "h_end", None) is not None and not (
            at or lead.get("clock_approx") or lead.get("telling")
        ):
            # (the word before the clock is the phrase's lead where it has one)
            self._amount_of(c.h_end, None if lead else getattr(c, "h_start", None))  # type: ignore[attr-defined]
        return self._time(items, clocks)

    def _hours_word(self, items: list[Any], clocks: list[Clock], lead: dict[str, Any]) -> None:
        """An hour in digits that the word "hours" follows (English "hours", "hrs") is a
        time of day only after "at" and where more than the word tells it: minutes after
        it, no unit of theirs ("at 07 hours 30", "at 13 hrs 20"), a zero before it ("at 09 hours"), or a
        zone or "local time" after it ("at 16 hours GMT"); "at 14 hours" alone, "stood
        at 13 hours", "lasted 2 hours 20" are how long."""
        marked = [c for c in clocks if getattr(c, "hours_word", False)]
        if not marked:
            return
        zone = any(isinstance(it, dict) and it.get("tz") for it in items)
        for c in marked:
            end = getattr(c, "bare_min_end", None)
            if end is not None and self._own_unit_after(end, ("U_DURATION",)):
                # a shorter reading that left the minutes' unit out: "at 2 hours 10 minutes in"
                c.bare_minutes = False  # type: ignore[attr-defined]
        told = all(getattr(c, "bare_minutes", False) or getattr(c, "zero_led", False) or zone for c in marked)
        if not (lead.get("at") and not lead.get("level") and told):
            raise Reject("'2 hours' is a duration")

    def _span_words(self, items: list[Any], clocks: list[Clock], at: bool) -> None:
        """The words of two clocks or more that make them no span of the day."""
        if at and self._minutes_to(items, clocks):
            raise Reject("'at 10 to midnight' is ten minutes to midnight, not a range")
        if getattr(clocks[0], "spelled", False) and clocks[-1].named:
            if _first(items, "BETWEEN") is None:
                raise Reject("'ten to noon' is ten minutes to noon, not a range")
        if getattr(clocks[-1], "article", False):
            raise Reject("'à 14 h 05 à une altitude': an article ends no span of the day")
        end = getattr(clocks[-1], "end", None)
        if end is not None and getattr(clocks[-1], "bare", False) and self._counts_after(end):
            # "vers 22 h à 20 km de la côte", "à 14 h 30 à 400 km/h", "à 14 h 30 à 2
            # reprises", "vers 14 h à 3 drones": a number of something else after the
            # time, no end of a span
            raise Reject("'vers 22 h à 20 km': a measure or a count after the time, no span")
        if end is not None and getattr(clocks[-1], "spelled", False) and getattr(clocks[-1], "bare", False):
            nxt = re.match(r"\s+([^\W\d_]+)", self.text[end:])
            if nxt is not None and fold(nxt.group(1)) not in self.lexicon.folded_forms("ART"):
                # "14 h 30 — Deux avions de chasse ...": a bare spelled number that a
                # word follows is a count opening what comes next, no end of a span
                # (an article counts nothing: "between half past five and six the radar")
                raise Reject("'14 h 30 — Deux avions': a count after the time, no span")
        if getattr(clocks[0], "article", False) and not at and _first(items, "BETWEEN") is None:
            # "dois drones, um às 23h15 e o outro às 23h50", "l'un à 23 h 15": one of them
            raise Reject("'um às 23h15': a pronoun 'one' opens no span of the day")

    def _span_of_day(self, items: list[Any], clocks: list[Clock], at: bool) -> Built:
        """Two clocks or more: a span of the day, or a range of counts or years (rejected)."""
        # a range needs one clock that is a time by its shape ("entre 15 h et 16 h");
        # "entre 2 et 3 heures" is a range of durations
        # "entre 9 heures et 11 heures": both hours marked, a span of the day
        hours = all(getattr(c, "hmark", False) for c in clocks)
        # "entre las 14 y las 15", "tra le 14 e le 15", "das 14 às 15": the article of the
        # hours in both words of the span ([at_style] span_article) marks them
        hours |= self._span_article(items, clocks)
        # "between 10.32 and 10.42", "from 1040 to 1105": two dotted or four-digit clocks
        hours |= all(getattr(c, "dotted", False) for c in clocks)
        # ("between 1200 and 1500 drones" is a range of counts, "2010-2015" and
        # "between 2010 and 2015", "de 1939 à 1945" of years: four digits that could
        # be years, 1900 to 2099, make a span of the day only with a trail, "GMT")
        hours |= (
            all(getattr(c, "hhmm", False) for c in clocks)
            and _first(items, "BETWEEN") is not None
            and any(c.minute or c.hour < 10 for c in clocks)
            and not all(c.hour in (19, 20) for c in clocks)
        )
        if not (at or hours or any(_strong(c) for c in clocks)):
            raise Reject("a range of counts")
        first = clocks[0]
        # (four digits, "1405", carry their own minutes: "between 1405 and 1440 hrs")
        plain = getattr(first, "bare", False) and not (
            getattr(first, "hmark", False) or getattr(first, "hhmm", False) or hours
        )
        told = _first(items, "BETWEEN") is not None and clocks[-1].ampm is not None
        # "between ten and half past ten": minutes past or to the hour, spelled, end a
        # span of the day (no count before them)
        told |= getattr(clocks[-1], "relative", False)
        if plain and clocks[-1].minute and not told:
            # "de 14 à 16 h" is a range; "10 à 10h20" is a number, then "at 10:20";
            # "from 9 to 9:30 pm", "between 9 and 9:30 pm": a range of the day
            raise Reject("a bare number before a clock with minutes")
        if getattr(clocks[-1], "end", None) is not None:
            self._count_after(clocks[-1].end)  # type: ignore[attr-defined]  # "at 3-4 sites"
        return self._time(items, clocks)

    def _amount_of(self, end: int, start: int | None) -> None:
        """Hours and minutes after "in" ("en 1h", "dans 2h", "in 2h30"), or before "of"
        ([for_style] amount_of: "de", "d'", "of") and a noun with no article ("1h30 de
        vol", "2 h 30 de survol", "10h d'attente", "1h30 of flight") are how long, not a
        time of day; so are "24h/24" (round the clock) and a shorter reading that cuts the
        minutes off. Only with no lead ("à 15 h 30, heure de Paris" is a time; "15 h de
        l'après-midi" has its part of the day as its trail; "15 h 30 de la base", "1520
        hrs of the day" stay times)."""
        if re.match(r"\s*\d", self.text[end:]):
            raise Reject("'after 1h' before '30 of flight': a reading that cuts the minutes off")
        if re.match(r"\s*/\s*\d", self.text[end:]):
            raise Reject("'24h/24': round the clock, no time")
        before = re.search(r"([^\W\d_]+)\s+$", self.text[max(0, start - 40) : start]) if start else None
        if before is not None and fold(before.group(1)) in self.lexicon.folded_forms("IN"):
            raise Reject("'en 1h', 'in 2h30': how long, after 'in'")
        forms = {fold(f) for f in self.lexicon.classes.get("FOR_STYLE", {}).get("amount_of", ())}
        m = re.match(r"\s*([^\W\d_]+['’]?)\s*([^\W\d_]+)", self.text[end:])
        if m is None or fold(m.group(1).replace("’", "'")) not in forms:
            return
        word = m.group(2)
        articles = self.lexicon.folded_forms("ART") | self.lexicon.folded_forms("N_ART")
        if word[:1].islower() and fold(word) not in articles:
            raise Reject("'1h30 de vol': how long, not when")

    def _stay_or_later(self, end: int, start: int | None) -> None:
        """Hours and minutes with no "at" right after a verb of staying ([for_style] stay:
        "est resté 2 h 30", "a tourné 1 h 30 au-dessus", "stayed 2 h 30"), or right before
        a word of later or earlier ([for_style] later: "1 h 30 plus tard", "about 1h30
        later"), are how long, not a time of day ("est resté jusqu'à 2 h 30" keeps its
        lead; with ``start`` None, after a lead of the clock: "a volé vers 14 h 50", only
        the word of later counts)."""
        style = self.lexicon.classes.get("FOR_STYLE", {})
        later = {fold(f) for f in style.get("later", ())}
        after = fold(self.text[end : end + 40]).lstrip()
        if any(re.match(re.escape(f) + r"(?![^\W\d_])", after) for f in later):
            raise Reject("'1 h 30 plus tard': how long, not when")
        before = re.search(r"([^\W\d_]+)\s+$", self.text[max(0, start - 40) : start]) if start else None
        if before is not None and fold(before.group(1)) in {fold(f) for f in style.get("stay", ())}:
            raise Reject("'est resté 2 h 30': how long, not when")

    def _count_after(self, end: int) -> None:
        """A number after "at" is a count, not an hour, where the word after it goes on
        with the number or begins a noun: "at 3rd place", "at twenty-two sites" (an
        ending or a hyphen glued to it), "at 3 billion dollars" (a scale word), "at two
        Danish airports", "at 3 military bases" (a state's or an aircraft's adjective),
        "at 3 sites", "à 3 endroits" (a lower-case plural of five letters or more that
        the lexicon does not know, but for the words of [at_style] time_before: "at 10
        across the border"; so after an acronym that is no word of a clock: "by 21 PLA
        aircraft", "at 3 RAF bases"), a word of a part ([at_style] part_of: "at 3 of the
        sites", "à 3 des sites"), or "or" or "to" and another number ([at_style]
        count_or: "at 2 or 3 airports", "at 3 to 4 sites", "at 1 in 5", "à 2 contre 1").
        "At 3, ...", "at 10 near the border", "at 3 on Sunday" stay times. It reads the
        word after the phrase: time_phrase is ``positional``."""
        rest = self.text[end:]
        if rest[:1].isalpha() or rest[:1] in ("-", "‐", "‑"):
            raise Reject("'at 3rd place', 'at twenty-two sites': the number goes on")
        m = re.match(r"\s+([^\W\d_]+)", rest)
        if m is None:
            return
        word = m.group(1)
        folded = fold(word)
        lex = self.lexicon
        classes: tuple[str, ...] = _NOUN_PHRASE_WORDS
        if _MINUTES_END.search(self.text[max(0, end - 6) : end]):
            # "o godz. 23.05 niezidentyfikowany obiekt": hours and minutes count no thing
            # an adjective describes ("at 3.40 million" stays a count)
            classes = tuple(c for c in classes if c not in _ADJECTIVE_WORDS)
        if any(folded in lex.folded_forms(c) for c in classes):
            raise Reject("'at 3 billion', 'at two Danish airports': a count")
        style = lex.classes.get("AT_STYLE", {})
        after = fold(rest).lstrip()
        if any(re.match(re.escape(fold(f)) + r"(?![^\W\d_])", after) for f in style.get("part_of", ())):
            raise Reject("'at 3 of the sites', 'à 3 des sites': a part counted")
        joins = {fold(f) for f in style.get("count_or", ())} | lex.folded_forms("TO")
        if folded in joins and re.match(r"\s+\d", rest[m.end() :]):
            # a range that was no span of the day ("at 3 to 4 sites") cut short
            raise Reject("'at 2 or 3 airports', 'at 3 to 4 sites': counts")
        if word.isupper() and len(word) > 1 and not any(folded in lex.folded_forms(c) for c in _CLOCK_WORDS):
            # "by 21 PLA aircraft", "at 3 RAF bases": an acronym that is no word of a clock
            # (a zone, "AM", "LT"), then an aircraft noun, a unit or a noun of a count, is
            # the owner of what is counted
            nxt = re.match(r"\s+([^\W\d_]+)", rest[m.end() :])
            if nxt is not None and fold(nxt.group(1)) in self._counted_words():
                raise Reject("'by 21 PLA aircraft': a count")
            self._count_after(end + m.end())
        plural = lex.plural_endings and folded.endswith(lex.plural_endings)
        kept = {fold(f) for f in style.get("time_before", ())}
        if plural and word[:1].islower() and len(word) >= 5 and lex.folded.step(folded) is None:
            if folded not in kept:
                raise Reject("'at 3 sites': a count")

    def _daypart_lead(self, items: list[Any], clock: Clock, leads: list[dict[str, Any]]) -> None:
        """The clock's own lead after a part of the day ("ce soir vers 8 heures", "this
        evening around 8", "dans la soirée, vers 8 h"): set off by a comma only; and a
        count of hours after an approximation is a time only after one of a clock
        ("vers", not "environ": "dans la soirée, environ 8 heures" is how long)."""
        k = next(k for k, it in enumerate(items) if isinstance(it, Token) and it.type == "T_DAYPART")
        sign = items[k + 1] if k + 1 < len(items) else None
        if isinstance(sign, Token) and sign.type == "PUNCT" and str(sign.value) != ",":
            raise Reject("a part of the day and a clock across a sign other than a comma")
        own = [it for it in items[k + 1 :] if isinstance(it, dict) and "at" in it]
        if own and getattr(clock, "weak", False):
            d = own[0]
            if not (d.get("at") or d.get("clock_approx") or d.get("telling")):
                raise Reject("'dans la soirée, environ 8 heures': how long")

    def _daypart_count(self, clock: Clock, at: bool) -> None:
        """A bare number after a part of the day is its hour only where nothing it could
        count follows: with no "at" between them, a sign or the end of the text must
        ("in the afternoon 7." is a time; "this morning 3 jets", "dans la nuit 12 drones
        ont ..." are counts); with "at", no word of a count ([_count_after]), of a unit or
        of an aircraft ("in the morning at 5 km from the border", "ce matin à 8 drones")."""
        end = getattr(clock, "end", None)
        if end is None:
            return  # four digits or a dotted number: a clock by its shape
        rest = self.text[end:]
        if not at:
            if re.match(r"\s*[^\W_]", rest):
                raise Reject("'this morning 3 jets': a count after a part of the day")
            return
        self._count_after(end)
        m = re.match(r"\s+([^\W\d_]+)", rest)
        if m is not None and fold(m.group(1)) in self._counted_words():
            raise Reject("'in the morning at 5 km', 'ce matin à 8 drones': a measure or a count")

    def _counted_words(self) -> frozenset[str]:
        """The first words of the lexicon's units and aircraft nouns (``_COUNTED``)."""
        lex = self.lexicon
        return frozenset(f.split()[0] for c in _COUNTED for f in lex.folded_forms(c) if f.split())

    def time_daypart_first(self, items: list[Any]) -> Built:
        return self.time_phrase(items)

    def time_range(self, items: list[Any]) -> Built:
        self._local_and_utc(items)
        return self.time_phrase(items)

    def _local_and_utc(self, items: list[Any]) -> None:
        """ "at 21:40-18:40 UTC": two clocks joined by a dash, then UTC, that run backwards
        by a zone's offset (``_local_then_utc``) tell one moment, the local time then the
        same in UTC, not a span; the reading that leaves the zone out is none either."""
        clocks = [it for it in items if isinstance(it, Clock)]
        sep = next((t for t in items if isinstance(t, Token) and t.type in ("HYPHEN", "DASH")), None)
        if len(clocks) != 2 or sep is None or any(c.ampm for c in clocks):
            return
        told = [f"{c.hour:02d}:{c.minute or 0:02d}" for c in clocks]
        loose = any(getattr(c, "bare", False) or getattr(c, "weak", False) for c in clocks)
        if loose or any(c.hour > 23 for c in clocks) or not _local_then_utc(*told):
            return
        zoned = any(isinstance(it, dict) and it.get("tz") == "UTC" for it in items)
        utc = frozenset(fold(f) for f in self.lexicon.classes.get("T_ZONE", {}).get("UTC", ()))
        if zoned or self._zone_after_clock(sep.end_pos, utc):
            raise Reject("'21:40-18:40 UTC': a local time and the same moment in UTC, no span")

    def time_range_between(self, items: list[Any]) -> Built:
        return self.time_phrase(items)

    def time_range_zoned(self, items: list[Any]) -> Built:
        """ "from 10:05 UTC to 10:40 UTC", "de 14h05 UTC à 14h40 UTC": a zone or "local
        time" after the first clock of a span; the second is a time by its own shape
        (minutes, four digits, am/pm): "à 14 h 05 UTC à 3 km" is no span; two zones
        that differ tell one moment twice ("at 12:05 UTC to 14:05 local time")."""
        end = [it for it in items if isinstance(it, Clock)][-1]
        loose = getattr(end, "bare", False) and not getattr(end, "hhmm", False)
        if loose or getattr(end, "weak", False) or getattr(end, "article", False):
            raise Reject("the end of a zoned span is a clock by its shape")
        zones = {it["tz"] for it in items if isinstance(it, dict) and it.get("tz")}
        k = next(
            (i for i, t in enumerate(items) if isinstance(t, Token) and t.type in ("TO", "DASH", "AND")), 0
        )
        own = any(isinstance(it, dict) and it.get("trail") for it in items[k:])
        if len(zones) > 1 or (not own and self._zone_after_clock(items[k].end_pos)):
            raise Reject("one moment told in two zones, no span")
        return self.time_phrase(items)

    def _zone_after_clock(self, start: int | None, zones: frozenset[str] | None = None) -> bool:
        """Does a zone word or "local time" ([t_zone], [t_local]) follow the clock in
        digits that begins at ``start``? (A shorter reading of a span that left the
        end's own zone out: "à 12 h 05 UTC à 14 h 05 heure locale" tells one moment.)"""
        if start is None:
            return False
        rest = fold(_CLOCK_DIGITS.sub("", self.text[start : start + 60], count=1))
        forms = zones
        if forms is None:
            forms = self.lexicon.folded_forms("T_ZONE") | self.lexicon.folded_forms("T_LOCAL")
        return any(rest.startswith(f) and not rest[len(f) : len(f) + 1].isalnum() for f in forms)


def _span_end(tok: Any) -> Clock | None:
    """The clock a number after a zone and a hyphen would be as the end of a span:
    four digits ("1440") or hours and minutes ("14:40"), else None."""
    text = str(getattr(tok, "value", ""))
    digits = text.replace(":", "")
    if not digits.isdigit() or len(digits) != 4 or (":" in text and text.index(":") != 2):
        return None
    hour, minute = int(digits[:2]), int(digits[2:])
    if hour > 23 or minute > 59:
        return None
    clock = Clock(hour, minute, explicit_24h=True)
    clock.hhmm = True  # type: ignore[attr-defined]
    return clock


#: A clock in digits and the white space around it ("14 h 05 ", " 14:05 ", "1405"), as
#: it begins a text.
@functools.lru_cache(maxsize=64)
def _form_ending(forms: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for "the text ends with one of ``forms``, folded, after a non-word
    character or at its start" (``_after_form``: made once per list of forms, where a
    pattern per form was built and looked up at each phrase); None for no form."""
    if not forms:
        return None
    return re.compile(r"(?:^|\W)(?:" + "|".join(re.escape(fold(f).rstrip()) for f in forms) + ")$")


_CLOCK_DIGITS = LazyPattern(r"\s*\d{1,2}(?:\s*[h:.]\s*\d{2}|\d{2})?\s*(?:[hH]\b\s*)?")

#: Word classes whose words after a number go on with it or begin a noun it counts.
_NOUN_PHRASE_WORDS = ("N_SCALE", "N_HUNDRED", "N_DOZEN", "DEMONYM", "NATIONAL", "AC_ADJ", "U_DURATION")

#: Of those, the adjectives: after hours and minutes ("23.05", "2.40": [_MINUTES_END])
#: they begin the noun phrase after the clock, never a noun the number counts.
_ADJECTIVE_WORDS = ("DEMONYM", "NATIONAL", "AC_ADJ")

#: A number that ends in a dot and two digits: an hour and its minutes.
_MINUTES_END = LazyPattern(r"(?<![\d.])\d{1,2}\.\d{2}$")

#: Units a number after the hour may count instead of minutes ("2 heures 40 km").
_OWN_UNITS = ("U_LENGTH", "U_SPEED")
#: the units of a number that ends no span of the day: "vers 22 h à 20 km", "à 14 h à
#: 12 milles", "à 12 h à 300 m"
_SPAN_UNITS = ("U_LENGTH", "U_SPEED", "U_OTHER")

#: Word classes of a clock's trail: an acronym of these after a number keeps it an hour
#: ("at 10 GMT", "at 4 AM", "à 9 h LT").
_CLOCK_WORDS = ("T_ZONE", "T_LOCAL", "T_AMPM", "T_OCLOCK", "T_H", "T_DAYPART")

#: Word classes whose words after a bare number make it a measure or a count of aircraft:
#: units ("km", "nautical miles", "nœuds") and aircraft nouns ("drones", "jets", "Su-27").
_COUNTED = (
    "U_LENGTH",
    "U_OTHER",
    "U_SPEED",
    "U_FL",
    "AC_CAT",
    "AC_CAT_PL",
    "AC_ROLE_N",
    "AC_ROLE_N_PL",
    "AC_MODEL",
)


def _hours_not_clock(items: list[Any]) -> None:
    """A clock mark keyed "hrs" ("hours") marks a time only after four digits
    ("1520 hours"): after a spelled hour or before "and a quarter" it is the duration
    unit ("two hours and ten minutes", "two hours and a quarter")."""
    mark = _first(items, "T_H")
    if mark is not None and mark.value == "hrs":
        raise Reject("'two hours and a quarter' is a duration")


def _afternoon_end(clocks: list[Clock], h0: int, h1: int) -> bool:
    """A span from noon or from an hour told am or pm back to an earlier hour of 1 to 11
    that says no half of the day ends in the afternoon or evening ("from noon to 2",
    "entre midi et deux", "from 3 pm to 5", "from 11 am to 2"); "de 22 h à 2 h" and
    "from 10 pm to 2" run past midnight."""
    start, end = clocks[0], clocks[1]
    from_noon = start.named and start.hour == 12 and start.minute == 0
    if not (from_noon or start.ampm in ("am", "pm")) or end.ampm is not None or end.named:
        return False
    return 1 <= h1 < min(h0, 12) and h1 + 12 > h0


def _local_then_utc(first: str, second: str) -> bool:
    """Two clocks that run backwards by a zone's offset from UTC (less than 14 hours,
    in whole hours or half hours: "21:40-18:40 UTC", "0215-2315 GMT") tell one moment,
    local then UTC, not a span of the day (a span that runs past midnight is longer:
    "22:00-02:00 UTC")."""
    a = int(first[:2]) * 60 + int(first[3:5])
    b = int(second[:2]) * 60 + int(second[3:5])
    back = (a - b) % 1440
    return 0 < back <= 14 * 60 and back % 30 == 0


def _strong(c: Clock) -> bool:
    return bool(c.ampm) or not (getattr(c, "bare", False) or getattr(c, "weak", False))


def _is_ampm(x: Any) -> bool:
    return isinstance(x, Token) and x.type == "T_AMPM"


def _ampm(items: list[Any]) -> str | None:
    tok = _first(items, "T_AMPM")
    if tok is None:
        return None
    if tok.start_pos is not None and tok.end_pos is not None and tok.end_pos - tok.start_pos == 1:
        # one letter ("a", "p") marks the half of the day only glued to the clock:
        # "10a", "7:30p"; "at 5 a drone" is an article
        k = next(k for k, it in enumerate(items) if it is tok)
        prev = items[k - 1] if k else None
        if not (isinstance(prev, Token) and prev.end_pos == tok.start_pos):
            raise Reject("a loose one-letter am/pm")
    return str(tok.value)


#: the key of a time mention's ``extra`` (internal, taken off before the mention is
#: given out) that marks a clock of twelve hours that does not tell its half of the day
HALF_DAY_OPEN = "half_day_open"


def in_part_of_day(value: str, daypart: str) -> str:
    """The time ``value`` ("08:20"), told with no half of the day, read in the part of
    the day ``daypart`` (a key of the lexicon's ``t_daypart``: "evening", "night"...)."""
    return _resolve(Clock(int(value[:2]), int(value[3:5])), daypart)


def _resolve(c: Clock, daypart: str | None) -> str:
    h, m = c.hour, c.minute
    if not (0 <= h <= 24 and 0 <= m < 60) or (c.second is not None and not 0 <= c.second < 60):
        raise Reject("impossible clock time")
    ampm = c.ampm or daypart
    if c.named and c.ampm is None:
        ampm = None
    if ampm == "pm" and h < 12:  # "15 h pm" is redundant, not wrong
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    elif ampm == "night":
        if 6 <= h < 12:
            h += 12
        elif h == 12:
            h = 0
    elif ampm == "evening":
        # "tonight at 12", "à minuit"'s hour told as twelve in the evening: midnight
        h = 0 if h == 12 else h + 12 if h < 12 else h
    elif ampm == "midday" and 1 <= h <= 5:
        # about noon ("at lunchtime", "à l'heure du déjeuner"): 11 is 11:00, 1 is 13:00
        h += 12
    if c.ampm == "am" and c.hour > 12:
        raise Reject("13 am")
    if h == 24:
        h = 0
    return f"{h:02d}:{m:02d}"
