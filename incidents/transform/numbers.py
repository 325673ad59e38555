"""Numbers: digits with either decimal mark, spelled-out numbers, fractions."""

from __future__ import annotations

from typing import Any

from lark import Token, Transformer

from ..words import Lexicon
from .base import _BOUND, Built, Clock, Num, Reject, _clean, _first, _int_of, _tokens, parse_digits  # noqa: F401


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
