"""Trees of the phrase grammar -> normalised values.

One Transformer per concern (numbers, time of day, dates, quantities, aircraft,
incident words), joined by inheritance into ``PhraseTransformer``. Leaves are
tokens whose ``value`` is the lexicon key of the word (or the text of a shape
token). A phrase the grammar accepts but whose values are impossible
("25 h 70", minutes "six" after "vingt") raises ``Reject`` and the scanner tries
the next shorter reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lark import Token, Transformer, Tree

from .units import to_si
from .words import Lexicon


class Reject(Exception):
    """The phrase parses but does not make sense: not a mention."""


@dataclass
class Num:
    value: float
    vague: bool = False
    approx: bool = False


@dataclass
class Clock:
    hour: int
    minute: int = 0
    second: int | None = None
    ampm: str | None = None  # "am" | "pm" | "night" | None
    explicit_24h: bool = False
    named: bool = False


@dataclass
class Built:
    """What a start symbol produces: the Mention fields less text and span."""

    kind: str
    value: Any
    unit: str | None = None
    bound: str | None = None
    low: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _tokens(items: list[Any]) -> list[Token]:
    out: list[Token] = []
    for it in items:
        if isinstance(it, Token):
            out.append(it)
        elif isinstance(it, Tree):
            out.extend(t for t in it.scan_values(lambda v: isinstance(v, Token)))
    return out


def _first(items: list[Any], ttype: str) -> Token | None:
    for it in items:
        if isinstance(it, Token) and it.type == ttype:
            return it
    return None


def parse_digits(text: str, decimal: str) -> float:
    """'1 500,5' (fr) / '1,500.5' (en) / '100.000' / '.77' -> float."""
    s = re.sub(r"[\s\u00a0\u202f]", " ", text.strip())
    exp = ""
    m = re.search(r"[eE][+-]?\d+$", s)
    if m:
        exp, s = m.group(0), s[: m.start()]
    other = "," if decimal == "." else "."
    has_dec, has_other = decimal in s, other in s
    if " " in s:
        s = s.replace(" ", "")
    if has_dec and has_other:
        # both separators: the last one is the decimal mark ("1.111,11" in English too)
        last = max(s.rfind("."), s.rfind(","))
        intpart = re.sub(r"[.,]", "", s[:last])
        s = intpart + "." + s[last + 1 :]
    elif has_other:
        parts = s.split(other)
        if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] not in ("", "0")):
            s = "".join(parts)  # thousands separators
        else:
            s = ".".join(parts)
    elif has_dec:
        parts = s.split(decimal)
        if len(parts) > 2:
            s = "".join(parts)
        else:
            s = ".".join(parts)
    return float(s + exp)


# ----------------------------------------------------------------------- numbers
class NumberT(Transformer):
    lexicon: Lexicon

    def digits(self, items: list[Any]) -> Num:
        return Num(parse_digits(str(items[0].value), self.lexicon.decimal))

    def digits_scaled(self, items: list[Any]) -> Num:
        base = parse_digits(str(items[0].value), self.lexicon.decimal)
        return Num(base * float(items[1].value))

    def n_small(self, items: list[Any]) -> Num:
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and vals[0] % 10 != 0:
            raise Reject("units after a non-round ten")
        return Num(float(sum(vals)))

    def n_tail(self, items: list[Any]) -> Num:
        return items[-1]

    def n_hund(self, items: list[Any]) -> Num:
        total = 0.0
        mult = 1.0
        seen_hundred = False
        for it in items:
            if isinstance(it, Num):
                if seen_hundred:
                    total += it.value
                else:
                    mult = it.value
            elif isinstance(it, Token) and it.type == "N_HUNDRED":
                total = mult * 100
                seen_hundred = True
            elif isinstance(it, Token) and it.type == "N_ART":
                mult = 1.0
        return Num(total if seen_hundred else mult)

    def _scales(self, items: list[Any]) -> Num:
        # flatten: numbers and scale words in order, e.g. 1 million 200 mille
        seq: list[tuple[str, float]] = []
        for it in items:
            if isinstance(it, Num):
                seq.extend(getattr(it, "_seq", [("n", it.value)]))
            elif isinstance(it, Token) and it.type == "N_SCALE":
                seq.append(("s", float(it.value)))
        total = 0.0
        cur = 0.0
        for idx, (kind, val) in enumerate(seq):
            if kind == "n":
                cur += val
            else:
                cur = (cur or 1.0) * val
                nxt = seq[idx + 1] if idx + 1 < len(seq) else None
                if nxt is None or nxt[0] == "n":
                    total += cur
                    cur = 0.0
        num = Num(total + cur)
        num._seq = seq  # type: ignore[attr-defined]
        return num

    n_int = _scales
    n_bare_scale = _scales
    n_scale_and = _scales

    def numeral(self, items: list[Any]) -> Num:
        return Num(items[0].value)

    def n_decimals(self, items: list[Any]) -> str:
        parts = []
        for it in items:
            if isinstance(it, Num):
                parts.append(str(int(it.value)))
            else:
                parts.append(str(it.value))
        return "".join(parts)

    def n_point(self, items: list[Any]) -> Num:
        return Num(float(f"{int(items[0].value)}.{items[-1]}"))

    def n_point_bare(self, items: list[Any]) -> Num:
        return Num(float(f"0.{items[-1]}"))

    def n_and_frac(self, items: list[Any]) -> Num:
        whole = items[0].value
        den = float(_first(items, "N_FRAC").value)  # type: ignore[union-attr]
        return Num(whole + 1.0 / den)

    def n_dozen(self, items: list[Any]) -> Num:
        mult = items[0].value if isinstance(items[0], Num) else 1.0
        return Num(mult * 12)

    def frac_words(self, items: list[Any]) -> Num:
        numer = items[0].value if isinstance(items[0], Num) else 1.0
        frac = _first(items, "N_FRAC")
        assert frac is not None
        return Num(numer / float(frac.value))

    def frac_digits(self, items: list[Any]) -> Num:
        a, b = str(items[0].value).split("/")
        if float(b) == 0:
            raise Reject("zero denominator")
        return Num(float(a) / float(b))

    def frac_over(self, items: list[Any]) -> Num:
        def val(x: Any) -> float:
            return x.value if isinstance(x, Num) else float(str(x.value))

        a, b = val(items[0]), val(items[-1])
        if b == 0:
            raise Reject("zero denominator")
        return Num(a / b)

    def sign(self, items: list[Any]) -> float:
        return -1.0

    def num(self, items: list[Any]) -> Num:
        n = items[-1]
        if len(items) == 2:
            return Num(-n.value, n.vague, n.approx)
        return n

    def n_group(self, items: list[Any]) -> Num:
        tok = _first(items, "N_GROUP")
        assert tok is not None
        return Num(float(tok.value), vague=False, approx=True)

    # start symbol
    def number_phrase(self, items: list[Any]) -> Built:
        return Built("number", _clean(items[0].value))

    def vague_number(self, items: list[Any]) -> Built:
        return Built("number", _clean(float(items[0].value)), bound="approx", extra={"vague": True})

    def group_number(self, items: list[Any]) -> Built:
        return Built("number", _clean(items[0].value), bound="approx")


def _clean(v: float) -> float | int:
    r = round(v, 9)
    return int(r) if r == int(r) and abs(r) < 1e18 else r


# ----------------------------------------------------------------------- time
def _int_of(x: Any) -> int:
    if isinstance(x, Num):
        return int(x.value)
    return int(str(x.value))


class TimeT(Transformer):
    def minute_word(self, items: list[Any]) -> Num:
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and items[0].type == "N_TENS" and vals[0] % 10:
            raise Reject("compound ten")
        return Num(float(sum(vals)))

    def clock_colon(self, items: list[Any]) -> Clock:
        parts = [int(p) for p in str(items[0].value).split(":")]
        ampm = _ampm(items)
        return Clock(parts[0], parts[1], parts[2] if len(parts) > 2 else None, ampm,
                     explicit_24h=str(items[0].value)[:1] == "0" or parts[0] > 12)

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
        return Clock(hour, minute, second, _ampm(items), explicit_24h=hour > 12 or str(items[0].value).startswith("0"))

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
class DateT(Transformer):
    def day_num(self, items: list[Any]) -> int:
        return int(str(items[0].value))

    def year(self, items: list[Any]) -> int:
        return int(str(items[0].value))

    def d_weekday(self, items: list[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for t in items:
            if t.type == "D_WEEKDAY":
                out["weekday"] = str(t.value)
            elif t.type == "D_LAST":
                out["last"] = True
            elif t.type == "T_DAYPART":
                out["daypart"] = str(t.value)
        return out

    def _date(self, items: list[Any], **kw: Any) -> Built:
        info: dict[str, Any] = {}
        for it in items:
            if isinstance(it, dict):
                info.update(it)
                if "ints" in it:
                    info["ints"] = list(it["ints"])
            elif isinstance(it, Token):
                if it.type == "D_MONTH":
                    info["month"] = str(it.value)
                elif it.type == "D_REL":
                    info["relative"] = str(it.value)
                elif it.type == "D_PART":
                    info["part"] = str(it.value)
                elif it.type == "NUMDATE":
                    info["numeric"] = str(it.value)
                elif it.type == "INT":
                    info.setdefault("ints", []).append(int(str(it.value)))
                elif it.type == "T_DAYPART":
                    info["daypart"] = str(it.value)
            elif isinstance(it, int):
                info.setdefault("ints", []).append(it)
        info.update(kw)
        ints = info.pop("ints", [])
        if ints:
            if "month" in info:
                days = [i for i in ints if 1 <= i <= 31]
                years = [i for i in ints if i > 31]
                if days:
                    info["day"] = days[0]
                if years:
                    info["year"] = years[0]
                if len(ints) != len(days) + len(years) or len(days) > 1:
                    raise Reject("date numbers")
        if not (info.keys() & {"weekday", "month", "relative", "numeric"}):
            raise Reject("no date")
        if "month" in info and "day" not in info and "year" not in info and not kw.get("month_ok"):
            raise Reject("bare month")
        info.pop("month_ok", None)
        return Built("date", None, extra={"date": info})

    def date_phrase(self, items: list[Any]) -> Built:
        inner = [it for it in items if isinstance(it, dict) and "_date" in it]
        lead = [t for t in items if isinstance(t, Token) and t.type == "IN"]
        if inner:
            return self._date([inner[0]["_date"]], month_ok=bool(lead) or inner[0]["month_ok"])
        return self._date(items, month_ok=bool(lead))

    def _inner(self, items: list[Any], month_ok: bool = False) -> dict[str, Any]:
        flat: list[Any] = []
        for it in items:
            flat.append(it)
        merged: dict[str, Any] = {}
        ints: list[int] = []
        for it in flat:
            if isinstance(it, dict):
                merged.update(it)
            elif isinstance(it, int):
                ints.append(it)
            elif isinstance(it, Token):
                key = {"D_MONTH": "month", "D_REL": "relative", "D_PART": "part",
                       "NUMDATE": "numeric", "T_DAYPART": "daypart"}.get(it.type)
                if key:
                    merged[key] = str(it.value)
                elif it.type == "INT":
                    ints.append(int(str(it.value)))
        if ints:
            merged["ints"] = ints
        return {"_date": merged, "month_ok": month_ok}

    def date_dmy(self, items: list[Any]) -> Any:
        return self._inner(items)

    date_mdy = date_dmy

    def date_month(self, items: list[Any]) -> Any:
        return self._inner(items, month_ok=True)

    def date_relative(self, items: list[Any]) -> Any:
        return self._inner(items)

    def date_numeric(self, items: list[Any]) -> Any:
        return self._date(items)


# ----------------------------------------------------------------------- quantities
_BOUND = {"APPROX": "approx", "BOUND_MAX": "max", "BOUND_MIN": "min"}


class QuantityT(Transformer):
    def q_num(self, items: list[Any]) -> Num:
        it = items[0]
        if isinstance(it, Num):
            return it
        if isinstance(it, Token) and it.type == "N_ART":
            return Num(1.0)
        if isinstance(it, Token) and it.type == "N_VAGUE":
            return Num(float(it.value), vague=True)
        raise Reject("quantity")

    def bound(self, items: list[Any]) -> str:
        for t in items:
            if t.type in _BOUND:
                return _BOUND[t.type]
        return "exact"

    def dim_intro(self, items: list[Any]) -> dict[str, str]:
        tok = _first(items, "DIM_NOUN")
        return {"dim": str(tok.value)} if tok else {}

    dim_after = dim_intro

    def _amount(self, items: list[Any], si: str) -> tuple[float, bool, bool]:
        total = 0.0
        pending: Num | None = None
        vague = False
        approx = False
        frac = None
        for it in items:
            if isinstance(it, Num):
                pending = it
            elif isinstance(it, Token) and it.type in ("U_LENGTH", "U_DURATION"):
                if pending is None:
                    pending = Num(1.0)
                total += to_si(pending.value, str(it.value))
                vague |= pending.vague
                approx |= pending.approx
                last_unit = str(it.value)
                pending = None
            elif isinstance(it, Token) and it.type == "N_FRAC":
                frac = float(it.value)
        if frac is not None:
            total += to_si(1.0 / frac, last_unit)
        return total, vague, approx

    def len_amount(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        unit = [str(t.value) for t in items if isinstance(t, Token) and t.type == "U_LENGTH"][0]
        return (*self._amount(items, "m"), unit)

    def dur_amount(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        unit = [str(t.value) for t in items if isinstance(t, Token) and t.type == "U_DURATION"][0]
        return (*self._amount(items, "s"), unit)

    def dur_and_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        whole = items[0]
        frac = _first(items, "N_FRAC")
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return to_si(whole.value + 1.0 / float(frac.value), unit), whole.vague, whole.approx, unit  # type: ignore[union-attr]

    def dur_frac(self, items: list[Any]) -> tuple[float, bool, bool, str]:
        frac = _first(items, "N_FRAC")
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return to_si(1.0 / float(frac.value), unit), False, False, unit  # type: ignore[union-attr]

    def _measure(self, kind: str, items: list[Any], unit_si: str) -> Built:
        bound = None
        info: dict[str, Any] = {}
        amount = None
        for it in items:
            if isinstance(it, str) and it in ("approx", "max", "min", "exact"):
                bound = it if bound is None or bound == "exact" else bound
            elif isinstance(it, dict):
                info.update(it)
            elif isinstance(it, tuple):
                amount = it
        assert amount is not None
        value, vague, approx, unit = amount
        if vague:
            raise Reject("vague amount")
        if approx and bound is None:
            bound = "approx"
        extra: dict[str, Any] = {"unit_in_text": unit}
        if info.get("dim"):
            extra["dim"] = info["dim"]
        return Built(kind, value, unit=unit_si, bound=bound, extra=extra)

    def distance(self, items: list[Any]) -> Built:
        return self._measure("distance", items, "m")

    def duration(self, items: list[Any]) -> Built:
        return self._measure("duration", items, "s")

    def _range(self, kind: str, items: list[Any], utype: str, unit_si: str) -> Built:
        nums = [it for it in items if isinstance(it, Num)]
        units = [str(t.value) for t in items if isinstance(t, Token) and t.type == utype]
        if len(nums) != 2 or not units:
            raise Reject("range")
        if any(n.vague for n in nums):
            raise Reject("vague")
        lo = to_si(nums[0].value, units[0])
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
        return self._range("distance", items, "U_LENGTH", "m")

    dist_range_between = dist_range
    dist_range_units = dist_range

    def dur_range(self, items: list[Any]) -> Built:
        return self._range("duration", items, "U_DURATION", "s")

    dur_range_between = dur_range

    def dur_all(self, items: list[Any]) -> Built:
        unit = str(_first(items, "U_DURATION").value)  # type: ignore[union-attr]
        return Built("duration", to_si(1.0, unit), unit="s", extra={"unit_in_text": unit})

    def flight_level(self, items: list[Any]) -> Built:
        tok = _first(items, "FLIGHT_LEVEL")
        assert tok is not None
        level = int(re.sub(r"\D", "", str(tok.value)))
        return Built("distance", to_si(level, "flight_level"), unit="m",
                     extra={"dim": "altitude", "unit_in_text": "flight_level"})

    def other_quantity(self, items: list[Any]) -> Built:
        tok = _first(items, "U_OTHER")
        return Built("quantity", None, extra={"unit_in_text": str(tok.value) if tok else None})


# ----------------------------------------------------------------------- aircraft
class AircraftT(Transformer):
    lexicon: Lexicon

    def ac_count(self, items: list[Any]) -> dict[str, Any]:
        it = items[0]
        if isinstance(it, Num):
            if it.vague or it.approx:
                return {"count": None, "plural": True}
            return {"count": it.value}
        if isinstance(it, Token):
            if it.type == "N_ART":
                return {"count": 1}
            if it.type == "ART":
                return {"definite": True}
            if it.type in ("N_VAGUE", "DE"):
                return {"count": None, "plural": True}
        return {}

    def ac_pairs(self, items: list[Any]) -> dict[str, Any]:
        n = items[0].value if isinstance(items[0], Num) else 1
        return {"count": 2 * n}

    def _words(self, items: list[Any]) -> list[Token]:
        return _tokens(items)

    ac_mod = ac_head = ac_tail = _words

    def aircraft(self, items: list[Any]) -> Built:
        info: dict[str, Any] = {}
        toks: list[Token] = []
        for it in items:
            if isinstance(it, dict):
                info.update(it)
            elif isinstance(it, list):
                toks.extend(it)
        category = None
        role = None
        model = None
        plural = info.get("plural", False)
        states: list[str] = []
        for t in toks:
            key = str(t.value)
            if t.type == "AC_MODEL":
                m = self.lexicon.aircraft.get(key)
                if model is None:
                    model = key
                if m:
                    category = category or m.category
                    role = role or m.role
            elif t.type in ("AC_CAT", "AC_CAT_PL"):
                if category in (None, "unknown") or key != "unknown":
                    category = key if category in (None, "unknown", key) or key == "drone" else category
                plural |= t.type == "AC_CAT_PL"
            elif t.type == "AC_ROLE_N":
                role = role or key
                category = category or "airplane"
                plural |= str(t).endswith("s")
            elif t.type == "AC_ROLE_A":
                role = role or key
            elif t.type in ("DEMONYM", "STATE"):
                states.append(key)
        if category is None:
            raise Reject("no aircraft head")
        count = info.get("count")
        if count is None and not plural and not info.get("plural"):
            count = 1 if (info.get("definite") or info == {} or "count" not in info) else None
        if plural and info.get("count") is None:
            count = None
        extra: dict[str, Any] = {
            "model": model,
            "role": role,
            "count": int(count) if isinstance(count, (int, float)) and count else None,
            "state": states[0] if states else None,
            "definite": bool(info.get("definite")),
            "plural": plural,
        }
        return Built("aircraft", category, extra=extra)


# ----------------------------------------------------------------------- incident words
class IncidentT(Transformer):
    def state_phrase(self, items: list[Any]) -> Built:
        tok = [t for t in items if t.type in ("STATE", "DEMONYM")][0]
        return Built("state", str(tok.value), extra={"demonym": tok.type == "DEMONYM"})

    def z_pre(self, items: list[Any]) -> list[Token]:
        return list(items)

    z_post = z_pre

    def zone_phrase(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        zone_tok = _first(toks, "ZONE")
        assert zone_tok is not None
        zkey = str(zone_tok.value)
        state = None
        if "/" in zkey:
            zkey, state = zkey.split("/", 1)
        ref = False
        for t in toks:
            if t.type in ("STATE", "DEMONYM") and state is None:
                state = str(t.value)
            elif t.type in ("POSS", "STATE_REF"):
                ref = True
        zone = {"airspace": "airspace", "border": "airspace"}.get(zkey, zkey)
        return Built("zone", zone, extra={"state": state, "border": zkey == "border", "ref": ref})

    def verb_phrase(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        verb = [t for t in toks if t.type in ("V_VIOLATE", "V_MOVE", "V_NOUN")][-1]
        return Built(
            "verb",
            str(verb.value),
            extra={
                "strong": verb.type in ("V_VIOLATE", "V_NOUN"),
                "noun": verb.type == "V_NOUN",
                "negated": any(t.type == "NEG" for t in toks),
                "conditional": any(t.type == "AUX_COND" for t in toks),
                "alleged": any(t.type == "ALLEGED" for t in toks),
            },
        )

    verb_noun = verb_phrase

    def repetition(self, items: list[Any]) -> Built:
        toks = _tokens(items)
        if _first(toks, "REP_MULTI"):
            return Built("repetition", "multiple")
        t = _first(toks, "REP_TIMES")
        if t is not None:
            return Built("repetition", int(str(t.value)))
        nums = [it for it in items if isinstance(it, Num)]
        if not nums or nums[0].vague:
            return Built("repetition", "multiple")
        bound = next((b for b in items if isinstance(b, str)), None)
        return Built("repetition", int(nums[0].value), bound=bound if bound != "exact" else None)

    def place_name(self, items: list[Any]) -> list[Token]:
        return list(items)

    def location(self, items: list[Any]) -> Built:
        name = items[-1]
        toks = [t for t in name if t.type == "CAPWORD" or (t.type == "LOC_NOUN")]
        if not toks or toks[0].type != "CAPWORD":
            raise Reject("no name")
        start = toks[0].start_pos
        end = toks[-1].end_pos
        if toks[-1].type == "LOC_NOUN" and not str(self.text[toks[-1].start_pos:toks[-1].end_pos])[:1].isupper():
            end = toks[-2].end_pos if len(toks) > 1 else end
        return Built("location", self.text[start:end], extra={"name_span": [start, end]})

    def location_weak(self, items: list[Any]) -> Built:
        toks = [t for t in items if isinstance(t, Token) and t.type in ("CAPWORD", "LOC_NOUN")]
        return self.location([toks])

    def cue(self, items: list[Any]) -> Built:
        t = items[0]
        return Built("cue", t.type.lower().replace("cue_", ""), extra={"word": str(t.value)})

    text: str


class PhraseTransformer(NumberT, TimeT, DateT, QuantityT, AircraftT, IncidentT):
    def __init__(self, lexicon: Lexicon, text: str) -> None:
        super().__init__(visit_tokens=False)
        self.lexicon = lexicon
        self.text = text
