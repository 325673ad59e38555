"""Times of day: clock shapes, spelled hours, am/pm and parts of the day."""

from __future__ import annotations

import re
from typing import Any

from lark import Token, Transformer

from .base import _BOUND, Built, Clock, Num, Reject, _clean, _first, _int_of, _tokens, parse_digits  # noqa: F401


class TimeT(Transformer):
    def minute_word(self, items: list[Any]) -> Num:
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and items[0].type == "N_TENS" and vals[0] % 10:
            raise Reject("compound ten")
        return Num(float(sum(vals)))

    def clock_colon(self, items: list[Any]) -> Clock:
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
        hour = _int_of(items[0])
        minute = 0
        second = None
        rest = items[2:]
        nums = [x for x in rest if isinstance(x, Num) or (isinstance(x, Token) and x.type == "INT")]
        units = [x for x in rest if isinstance(x, Token) and x.type == "U_DURATION"]
        if nums:
            minute = _int_of(nums[0])
            if len(str(getattr(nums[0], "value", ""))) > 2 and isinstance(nums[0], Token):
                raise Reject("three-digit minutes")
        if len(nums) > 1:
            second = _int_of(nums[1])
        if units and units[0].value != "minute":
            raise Reject("not minutes")
        return Clock(
            hour, minute, second, _ampm(items), explicit_24h=hour > 12 or str(items[0].value).startswith("0")
        )

    def clock_h_words(self, items: list[Any]) -> Clock:
        hour = _int_of(items[0])
        minute = _int_of(items[2]) if len(items) > 2 and isinstance(items[2], Num) else 0
        return Clock(hour, minute, None, _ampm(items), explicit_24h=hour > 12)

    def clock_and_frac(self, items: list[Any]) -> Clock:
        hour = _int_of(items[0])
        frac = _first(items, "N_FRAC")
        den = int(frac.value) if frac else 2
        numer = 1
        # "trois quarts" would need a numerator; "et quart" / "et demie" are 1/den
        minute = 60 * numer // den
        return Clock(hour, minute, None, _ampm(items), explicit_24h=hour > 12)

    def clock_minus(self, items: list[Any]) -> Clock:
        hour = _int_of(items[0])
        mins = [x for x in items[1:] if isinstance(x, Num) or (isinstance(x, Token) and x.type == "INT")]
        minute = _int_of(mins[-1])
        if not 0 < minute < 60:
            raise Reject("minutes")
        return Clock((hour - 1) % 24, 60 - minute, None, None, explicit_24h=hour > 12)

    def clock_dotted(self, items: list[Any]) -> Clock:
        text = str(items[0].value).replace(",", ".")
        if not re.fullmatch(r"\d{1,2}\.\d{2}", text):
            raise Reject("not a dotted clock")
        h, m = text.split(".")
        return Clock(int(h), int(m), None, _ampm(items), explicit_24h=int(h) > 12 or h.startswith("0"))

    def clock_int_ampm(self, items: list[Any]) -> Clock:
        text = str(items[0].value)
        if len(text) <= 2:
            return Clock(int(text), 0, None, _ampm(items))
        if len(text) in (3, 4):
            return Clock(int(text[:-2]), int(text[-2:]), None, _ampm(items))
        raise Reject("digits")

    def clock_ish(self, items: list[Any]) -> Clock:
        c = Clock(_int_of(items[0]), 0)
        c.named = True
        return c

    def clock_oclock(self, items: list[Any]) -> Clock:
        return Clock(_int_of(items[0]), 0)

    def clock_words(self, items: list[Any]) -> Clock:
        hour = _int_of(items[0])
        minute = _int_of(items[1])
        if minute < 10 and not any(isinstance(t, Token) and t.type == "N_OH" for t in _tokens(items)):
            raise Reject("minutes under ten need 'oh'")
        return Clock(hour, minute, None, _ampm(items))

    def clock_words_ampm(self, items: list[Any]) -> Clock:
        return Clock(_int_of(items[0]), 0, None, _ampm(items))

    def clock_spaced(self, items: list[Any]) -> Clock:
        h, m = str(items[0].value), str(items[1].value)
        if len(h) > 2 or len(m) != 2:
            raise Reject("spaced")
        c = Clock(int(h), int(m))
        c.bare = True  # type: ignore[attr-defined]
        return c

    def clock_named(self, items: list[Any]) -> Clock:
        h, m = str(items[0].value).split(":")
        return Clock(int(h), int(m), None, None, explicit_24h=True, named=True)

    def clock_named_num(self, items: list[Any]) -> Clock:
        h, m = str(items[1].value).split(":")
        n = _int_of(items[0])
        if n not in (12, 0, 24) and not (n < 12 and h == "12"):
            raise Reject("named")
        if n < 12 and h == "12" and n != 0:
            return Clock(n, 0, None, "pm")
        return Clock(int(h), int(m), None, None, explicit_24h=True, named=True)

    def minutes_rel(self, items: list[Any]) -> int:
        frac = _first(items, "N_FRAC")
        if frac is not None:
            numer = items[0].value if isinstance(items[0], Num) else 1
            return int(60 * numer / float(frac.value))
        return _int_of(items[0])

    def hour_ref(self, items: list[Any]) -> Clock:
        it = items[0]
        if isinstance(it, Clock):
            return it
        if isinstance(it, Token) and it.type == "T_NAMED":
            h, m = str(it.value).split(":")
            return Clock(int(h), int(m), None, None, explicit_24h=True, named=True)
        return Clock(_int_of(it), 0)

    def clock_past(self, items: list[Any]) -> Clock:
        mins, ref = items[0], items[-1]
        if not 0 < mins < 60:
            raise Reject("minutes")
        return Clock(ref.hour, mins, None, ref.ampm, ref.explicit_24h)

    def clock_to(self, items: list[Any]) -> Clock:
        mins, ref = items[0], items[-1]
        if not 0 < mins < 60:
            raise Reject("minutes")
        return Clock((ref.hour - 1) % 24, 60 - mins, None, ref.ampm, ref.explicit_24h)

    def t_lead(self, items: list[Any]) -> dict[str, Any]:
        return {
            "approx": any(t.type == "APPROX" for t in items),
            "at": any(t.type in ("AT", "FOR") for t in items),
        }

    def t_trail(self, items: list[Any]) -> dict[str, Any]:
        t = items[0]
        if t.type == "T_DAYPART":
            return {"ampm": str(t.value)}
        if t.type == "T_ZONE":
            return {"tz": str(t.value)}
        if t.type == "T_LOCAL":
            return {"local": True}
        return {}

    # start symbols -------------------------------------------------------------
    def _time(self, items: list[Any], clocks: list[Clock]) -> Built:
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, dict):
                info.update(it)
        for it in items:
            if isinstance(it, Token) and it.type == "T_DAYPART":
                info.setdefault("ampm", str(it.value))
        try:
            hh = [_resolve(c, info.get("ampm")) for c in clocks]
        except Reject:
            if any(getattr(c, "bare", False) for c in clocks):
                raise
            # a clock shape with impossible values ("25 h 70") is kept, flagged
            c = clocks[0]
            return Built("time", None, extra={"error": f"impossible time of day {c.hour}:{c.minute:02d}"})
        extra: dict[str, Any] = {}
        if info.get("tz"):
            extra["tz"] = info["tz"]
        if len(hh) > 1:
            extra["end"] = hh[1]
        if clocks[0].second is not None:
            extra["second"] = clocks[0].second
        bound = "approx" if info.get("approx") else None
        return Built("time", hh[0], bound=bound, extra=extra)

    def clock_bare(self, items: list[Any]) -> Clock:
        tok = items[0]
        if isinstance(tok, Token) and tok.type == "NUMBER":
            c = self.clock_dotted([tok])
        elif isinstance(tok, Token) and len(str(tok.value)) == 4:
            text = str(tok.value)
            c = Clock(int(text[:2]), int(text[2:]), explicit_24h=True)
        elif isinstance(tok, Token) and len(str(tok.value)) == 3:
            text = str(tok.value)
            c = Clock(int(text[:1]), int(text[1:]))
        else:
            c = Clock(_int_of(tok), 0)
            if c.hour > 24:
                raise Reject("hour")
        c.bare = True  # type: ignore[attr-defined]
        return c

    def time_phrase(self, items: list[Any]) -> Built:
        clocks = [c for c in items if isinstance(c, Clock)]
        if getattr(clocks[0], "bare", False):
            lead = [it for it in items if isinstance(it, dict) and it.get("at")]
            trail = [it for it in items if isinstance(it, dict) and (it.get("ampm") or it.get("local"))]
            if not lead and not trail:
                raise Reject("a bare number is a time only after 'at'/'à'")
        return self._time(items, clocks)

    time_daypart_first = time_phrase
    time_range = time_phrase
    time_range_between = time_phrase


def _ampm(items: list[Any]) -> str | None:
    tok = _first(items, "T_AMPM")
    if tok is None:
        return None
    return None if tok.value == "ampm" else str(tok.value)


def _resolve(c: Clock, daypart: str | None) -> str:
    h, m = c.hour, c.minute
    if not (0 <= h <= 24 and 0 <= m < 60) or (c.second is not None and not 0 <= c.second < 60):
        raise Reject("impossible clock time")
    ampm = c.ampm or daypart
    if c.named and c.ampm is None:
        ampm = None if daypart is None or h != 12 else None
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    elif ampm == "night":
        if 6 <= h < 12:
            h += 12
        elif h == 12:
            h = 0
    if c.ampm in ("am", "pm") and c.hour > 12:
        raise Reject("13 pm")
    if h == 24:
        h = 0
    return f"{h:02d}:{m:02d}"


# ----------------------------------------------------------------------- dates
