"""Numbers: digits with either decimal mark, spelled-out numbers, fractions."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lark import Token

from ..words import Lexicon, fold
from .base import (
    Built,
    Num,
    PhraseParts,
    Reject,
    _clean,
    _first,
    mypyc_attr,
    parse_digits,
    shared_scale,
)

_DIGIT_TYPES = ("INT", "NUMBER")


@mypyc_attr(native_class=False)
class NumberT(PhraseParts):
    lexicon: Lexicon

    def _digits(self, tok: Token) -> float:
        return parse_digits(str(tok.value), self.lexicon.decimal)

    def digits(self, items: list[Any]) -> Num:
        num = Num(self._digits(items[0]))
        tok = items[0]
        text = getattr(self, "text", "")
        if tok.start_pos and text[tok.start_pos - 1].isalpha():
            num.code = True  # type: ignore[attr-defined]  # "scp2", "A4": part of a code
        if tok.end_pos is not None and self._ordinal_suffix(text, tok.end_pos):
            num.ordinal = True  # type: ignore[attr-defined]  # "the 31st", "la 31e escadre"
        num._stop = tok.end_pos  # type: ignore[attr-defined]  # see QuantityT._own_unit
        return num

    def _ordinal_suffix(self, text: str, end: int) -> bool:
        """Is an ordinal ending ([n_ordsuf]: "st", "nd", "e", "ème") glued to the digits
        that end at ``end``, and nothing more of a word after it?"""
        m = re.match(r"[^\W\d_]+", text[end : end + 6])
        return m is not None and fold(m.group(0)) in self.lexicon.folded_forms("N_ORDSUF")

    def digits_scaled(self, items: list[Any]) -> Num:
        scale = float(items[1].value)
        return Num(self._digits(items[0]) * scale, tail_scale=scale)

    def number_echo(self, items: list[Any]) -> Built:
        """ "(2)" after a word ("drones (3) were seen"): the number in its brackets."""
        return self.number_phrase([Num(float(str(items[0].value).strip("()")))])

    def digits_mixed(self, items: list[Any]) -> Num:
        """ "10 1/2", "2½": a whole number and a proper fraction."""
        if items[1].type == "VULGAR":
            return Num(self._digits(items[0]) + unicodedata.numeric(str(items[1].value)))
        a, b = (float(x) for x in str(items[1].value).split("/"))
        if not 0 < a < b:
            raise Reject("not a proper fraction")
        return Num(self._digits(items[0]) + a / b)

    def n_small(self, items: list[Any]) -> Num:
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and vals[0] % 10 != 0:
            raise Reject("units after a non-round ten")
        if sum(t.type == "N_TENS" for t in items) == 2 and not _hundreds_then_tens(vals):
            raise Reject("'twenty thirty': a ten after a ten is no number unless the first are hundreds")
        if len(vals) == 2 and items[1].type == "N_DIGIT" and vals[1] == 0:
            raise Reject("zero after a ten")
        # a one-word hundreds ("duzentos") ends in its hundreds, as "two hundred" does
        # ("and" may join the rest: "duzentos e vinte"), a one-word thousands
        # ("duemila", "zweitausend") in its thousands
        whole = len(vals) == 1 and vals[0] >= 100 and vals[0] % 100 == 0
        tail = (1000.0 if vals[0] % 1000 == 0 else 100.0) if whole else None
        num = Num(float(sum(vals)), words=True, tail_scale=tail)
        num.end = items[-1].end_pos  # type: ignore[attr-defined]  # a clock's end (TimeT._count_after)
        if len(items) == 1 and items[0].type == "N_TENS" and vals[0] % 10 == 0:
            num._tens = vals[0]  # type: ignore[attr-defined]  # a bare ten: see n_frac_head
        return num

    def n_hund(self, items: list[Any]) -> Num:
        if len(items) == 1 and isinstance(items[0], Num):
            return items[0]
        if len(items) == 1 and (self._vague_multiple(items[0]) or self._group_word(items[0])):
            # "сотні дронів", "сотни": a word of hundreds alone that is a group word too
            # is the group's reading ([n_group], [n_group_vague]), no exact hundred
            raise Reject("a group word alone")
        mult = 1.0
        rest = 0.0
        seen_hundred = False
        for it in items:
            if isinstance(it, Num):
                if seen_hundred:
                    rest = it.value
                else:
                    mult = it.value
            elif isinstance(it, Token) and it.type == "INT":
                mult = float(str(it.value))
            elif isinstance(it, Token) and it.type == "N_HUNDRED":
                seen_hundred = True
        if mult >= 100 or rest >= 100:
            raise Reject("hundreds of hundreds")
        num = Num(mult * 100 + rest, words=True, tail_scale=None if rest else 100.0)
        last = items[-1]
        num.end = _end_of(last)  # type: ignore[attr-defined]  # see number_phrase
        if seen_hundred and isinstance(last, Num) and getattr(last, "_tens", None):
            num._tens = last._tens  # type: ignore[attr-defined]  # "one hundred thirty"
        return num

    def n_int(self, items: list[Any]) -> Num:
        """Numbers and scale words in order ("2 millions 300 mille"): each scale
        multiplies what came since the last larger scale."""
        if len(items) == 1 and isinstance(items[0], Num):
            return items[0]
        seq: list[tuple[str, float]] = []
        for it in items:
            if isinstance(it, Num):
                seq.extend(getattr(it, "_seq", [("n", it.value)]))
            elif isinstance(it, Token) and it.type in _DIGIT_TYPES:
                seq.append(("n", self._digits(it)))
            elif isinstance(it, Token) and it.type == "N_SCALE":
                seq.append(("s", float(it.value)))
        value = _evaluate(seq)
        tail = seq[-1][1] if seq[-1][0] == "s" else getattr(items[-1], "tail_scale", None)
        num = Num(value, words=True, tail_scale=tail)  # "... six hundred" ends in hundreds
        num._seq = seq  # type: ignore[attr-defined]
        num.end = _end_of(items[-1])  # type: ignore[attr-defined]  # see number_phrase
        if isinstance(items[-1], Num) and getattr(items[-1], "_tens", None):
            num._tens = items[-1]._tens  # type: ignore[attr-defined]  # "two thousand thirty"
        return num

    def n_bare_scale(self, items: list[Any]) -> Num:
        return self.n_int(items)

    def numeral(self, items: list[Any]) -> Num:
        num: Num = items[0]
        return num

    def dec_digits(self, items: list[Any]) -> str:
        return "".join(str(t.value) for t in items)

    def n_decimals(self, items: list[Any]) -> str:
        """The digits after the decimal word, as text: "cinq" -> "5", "soixante et onze" ->
        "71", "quinze" -> "15" (a plain string: a token is one too, but a word's)."""
        if len(items) == 1 and isinstance(items[0], str) and not isinstance(items[0], Token):
            return items[0]
        vals = [int(t.value) for t in items]
        if len(vals) == 2 and vals[0] % 10 != 0:
            raise Reject("units after a non-round ten")
        return str(sum(vals))

    def n_point(self, items: list[Any]) -> Num:
        whole = items[0].value
        if whole != int(whole):
            raise Reject("decimal of a decimal")
        scale = _first(items, "N_SCALE")
        dec = next(it for it in items if isinstance(it, str) and not isinstance(it, Token))
        value = float(f"{int(whole)}.{dec}")
        return Num(value * float(scale.value) if scale else value, words=True)

    def n_and_point(self, items: list[Any]) -> Num:
        """ "one hundred and twenty-five point five": a whole joined by "and", then decimals."""
        k = next(i for i, it in enumerate(items) if isinstance(it, Token) and it.type == "N_POINT")
        whole = self.n_and(items[:k])
        return self.n_point([whole, *items[k:]])

    def n_point_bare(self, items: list[Any]) -> Num:
        return Num(float(f"0.{items[-1]}"), words=True)

    def and_part(self, items: list[Any]) -> Num | Token:
        """What follows "and": a number, or digits ("3 hundred and 21"), read by n_and."""
        part: Num | Token = items[0]
        return part

    def and_frac_sign(self, items: list[Any]) -> Num:
        """ "3 and 1/2", "trois et ½": a proper fraction in digits or a sign after "and"."""
        tok = items[0]
        if tok.type == "VULGAR":
            value = unicodedata.numeric(str(tok.value))
        else:
            a, b = (float(x) for x in str(tok.value).split("/"))
            if not 0 < a < b:
                raise Reject("not a proper fraction")
            value = a / b
        return Num(value, frac=True)

    def n_and(self, items: list[Any]) -> Num:
        """ "one hundred and three", "a million and a half", "thirty and two sevenths"."""
        parts = [
            it if isinstance(it, Num) else Num(self._digits(it))
            for it in items
            if isinstance(it, Num) or (isinstance(it, Token) and it.type in _DIGIT_TYPES)
        ]
        total = parts[0].value
        scale = parts[0].tail_scale
        seq = list(getattr(parts[0], "_seq", [("n", parts[0].value)]))
        prev_frac = False
        for part in parts[1:]:
            if prev_frac:
                raise Reject("a fraction ends a number")
            if part.frac:
                if self._ordinal_after_and(part):
                    raise Reject("'soixante et onzième': an ordinal, no fraction")
                # "a million and a half" = 1.5 million, but "one hundred and
                # fifty-four hundredths" = 100.54: only thousands and up are split
                total += part.value * (scale if scale and scale >= 1000 else 1.0)
                prev_frac = True
                continue
            # "one hundred and three", "two hundred and forty-five thousand six hundred
            # and seventy-eight": "and" joins a number to what is below the scale before
            # it, and the words are then read in order as one ("three hundred and twenty
            # thousand" = (300 + 20) x 1000)
            pseq = getattr(part, "_seq", [("n", part.value)])
            lead = pseq[0][1] if pseq[0][0] == "n" else 1.0
            if scale is None or lead >= scale or part.value == 0:
                raise Reject("'and' joins two numbers")  # "4300 and 0": two numbers
            seq.extend(pseq)
            total = _evaluate(seq)
            scale = part.tail_scale
        return Num(total, words=True)

    def n_and_scale(self, items: list[Any]) -> Num:
        """ "four and a half million", "deux et demi milliards": (4 + 1/2) million; after
        a number of a larger scale, the fraction is of its own scale only: "two billion
        and a half million" is 2,000,500,000."""
        whole = items[0].value if isinstance(items[0], Num) else self._digits(items[0])
        frac = next(it for it in items[1:] if isinstance(it, Num))
        scale = float(_first(items, "N_SCALE").value)  # type: ignore[union-attr]
        if whole != int(whole) or frac.value >= 1:
            raise Reject("a whole number and a fraction")
        if whole >= scale:
            return Num(whole + frac.value * scale, words=True)
        return Num((whole + frac.value) * scale, words=True)

    def n_mixed(self, items: list[Any]) -> Num:
        """ "półtora" (1.5), "полторы тысячи" (1500): an exact value, like "one and a half"."""
        scale = _first(items, "N_SCALE")
        value = float(items[0].value) * (float(scale.value) if scale else 1.0)
        return Num(value, words=True, tail_scale=float(scale.value) if scale else None)

    def n_frac_head(self, items: list[Any]) -> Num:
        """ "two thirds", "a half"; a bare ten before a fraction of one to nine, after a
        number of its own, is the denominator's: "two hundred forty-sixths" is 200/46,
        "trois cents cinquante-septièmes" 300/57 ("forty sixths", with nothing before
        the ten, 40/6; "cent quarante-trois septièmes" 143/7)."""
        frac = _first(items, "N_FRAC")
        assert frac is not None
        numer = items[0].value if isinstance(items[0], Num) else 1.0
        den = float(frac.value)
        tens = getattr(items[0], "_tens", None) if isinstance(items[0], Num) else None
        if tens and numer > tens and 1 < den < 10:
            numer, den = numer - tens, tens + den
        # "twenty-third": a ten joined by a hyphen to the ordinal is one ordinal (23rd),
        # as bare as "third", not twenty thirds
        compound = bool(tens) and numer == tens and self._hyphen_before(frac.start_pos)
        num = Num(numer / den, words=True, frac=True)
        num._bare = len(items) == 1 or compound  # type: ignore[attr-defined]
        num._den = den  # type: ignore[attr-defined]
        num._pos = frac.start_pos  # type: ignore[attr-defined]
        return num

    def n_dozen(self, items: list[Any]) -> Num:
        """ "a dozen", "3 dozens", "une paire", "deux paires": a count of a group of as
        many as the word's key says ([n_dozen]: 12 for "dozen", 2 for "pair")."""
        it = items[0]
        if isinstance(it, Num):
            mult = it.value
        elif isinstance(it, Token) and it.type == "INT":
            mult = float(str(it.value))
        else:
            # ("the pair flew off": a word of a small group alone is a noun, no number;
            # "des centaines": a multiple with no count stated is vague, [n_group_vague])
            if len(items) == 1 and (_group_size(items) < 12 or self._vague_multiple(items[0])):
                raise Reject("'the pair', 'des centaines': a group word alone")
            mult = 1.0
        return Num(mult * _group_size(items), words=True)

    def n_dozen_and(self, items: list[Any]) -> Num:
        """ "a dozen and a half", "une douzaine et demie": a count of groups and a
        fraction of one more group (1.5 x 12 = 18)."""
        frac = items[-1]
        if not isinstance(frac, Num) or frac.value >= 1:
            raise Reject("a group and a fraction of one")
        head = [it for it in items[:-1] if not (isinstance(it, Token) and it.type == "AND")]
        whole = self.n_dozen(head)
        return Num(whole.value + frac.value * _group_size(items), words=True)

    def n_and_dozen(self, items: list[Any]) -> Num:
        """ "one and a half dozen", "two and a half dozen": (2 + 1/2) x 12 = 30."""
        whole = items[0].value if isinstance(items[0], Num) else self._digits(items[0])
        frac = next(it for it in items[1:] if isinstance(it, Num))
        if whole != int(whole) or frac.value >= 1:
            raise Reject("a whole number and a fraction")
        return Num((whole + frac.value) * _group_size(items), words=True)

    def n_frac_dozen(self, items: list[Any]) -> Num:
        return Num(items[0].value * _group_size(items), words=True)

    def n_frac_scale(self, items: list[Any]) -> Num:
        scale = float(_first(items, "N_SCALE").value)  # type: ignore[union-attr]
        return Num(items[0].value * scale, words=True)

    def frac_words(self, items: list[Any]) -> Num:
        num: Num = items[0]
        if getattr(num, "_bare", False) and getattr(num, "_den", 0) != 2:
            # "third", "fourth" alone are ordinals; only "half"/"demi" count alone,
            # and a fraction joined to the amount before it: "deux heures et quart"
            if not self._after_and(getattr(num, "_pos", None)):
                raise Reject("bare ordinal")
            num._joined = True  # type: ignore[attr-defined]
        return num

    def _vague_multiple(self, tok: Any) -> bool:
        """Is ``tok`` a word of a multiple with no count ([n_group_vague] "centaines")?"""
        word = self.text[tok.start_pos : tok.end_pos] if isinstance(tok, Token) else ""
        return fold(word) in self.lexicon.folded_forms("N_GROUP_VAGUE")

    def _group_word(self, tok: Any) -> bool:
        """Is ``tok`` a word of an approximate group ([n_group] "сотня", "dizaine")?"""
        word = self.text[tok.start_pos : tok.end_pos] if isinstance(tok, Token) else ""
        return fold(word) in self.lexicon.folded_forms("N_GROUP")

    def _hyphen_before(self, pos: int | None) -> bool:
        """Is the sign right before ``pos`` a hyphen ("twenty-third")?"""
        text: str = getattr(self, "text", "")
        return bool(pos) and text[pos - 1 : pos] in ("-", "‐", "‑")  # type: ignore[operator]

    def _after_and(self, pos: int | None) -> bool:
        """Is the word before ``pos`` the language's "and" (AND: "et", "and")?"""
        text: str = getattr(self, "text", "")
        if not pos:
            return False
        end = pos
        while end and text[end - 1].isspace():
            end -= 1
        start = end
        while start and not text[start - 1].isspace():
            start -= 1
        return start < end and fold(text[start:end]) in self.lexicon.folded_forms("AND")

    def frac_vulgar(self, items: list[Any]) -> Num:
        return Num(unicodedata.numeric(str(items[0].value)))

    def power(self, items: list[Any]) -> Num:
        """ "1.1^23" is 1.1 to the 23rd; "1.3x10^6" is 1.3 million."""
        text = str(items[0].value)
        if "^" in text and not re.search(r"[x×]10\^", text):
            base, exp = text.split("^")
            sign = -1 if exp.count("-") % 2 else 1
            value = self._num_text(base) ** (sign * int(exp.lstrip("+-")))
        else:
            base, exp = re.split(r"[x×]10\^", text)
            value = self._num_text(base) * 10 ** int(exp)
        return Num(value)

    def _num_text(self, text: str) -> float:
        return parse_digits(text, self.lexicon.decimal)

    def frac_digits(self, items: list[Any]) -> Num:
        a, b = str(items[0].value).split("/")
        if float(b) == 0:
            raise Reject("zero denominator")
        num = Num(float(a) / float(b))
        tok, text = items[0], getattr(self, "text", "")
        if tok.start_pos and text[tok.start_pos - 1].isalpha():
            num.code = True  # type: ignore[attr-defined]  # "NOTAM A1234/25": a reference
        return num

    def frac_over(self, items: list[Any]) -> Num:
        a, b = _num_or_digits(items[0]), _num_or_digits(items[-1])
        if not 0 < a < b:
            # "1000 sur 3 ans", "huit sur cinq": a ratio "x over y" is a fraction only below 1
            raise Reject("not a fraction")
        return Num(a / b)

    def sign(self, items: list[Any]) -> float:
        return -1.0

    def num(self, items: list[Any]) -> Num:
        n: Num = items[-1]
        if len(items) == 2:
            return Num(-n.value, n.vague, n.approx, words=n.words)
        return n

    def n_group(self, items: list[Any]) -> Num:
        tok = _first(items, "N_GROUP") or _first(items, "N_GROUP_VAGUE")
        assert tok is not None
        vague = tok.type == "N_GROUP_VAGUE" or _first(items, "N_VAGUE") is not None
        num = Num(float(tok.value), vague=vague, approx=True)
        # "hundreds of", "a few hundred", "des dizaines": a multiple with no count stated
        num.multiple = vague  # type: ignore[attr-defined]
        return num

    # start symbol
    def number_phrase(self, items: list[Any]) -> Built:
        if getattr(items[0], "code", False):
            raise Reject("digits glued to letters are a designator ('A321'), not a number")
        if getattr(items[0], "_joined", False):
            raise Reject("'et quart' alone: a fraction of an amount that is not there")
        if getattr(items[0], "ordinal", False):
            raise Reject("'the 31st', 'la 31e escadre': an ordinal in digits is a rank, no count")
        if self._ordinal_joined(getattr(items[0], "end", None)):
            raise Reject("'twenty-third': the ten of an ordinal")
        return Built("number", _clean(items[0].value))

    def _ordinal_joined(self, end: int | None) -> bool:
        """Is a number word that ends at ``end`` joined by a hyphen to an ordinal or
        fraction word ("twenty-third", "forty-fifth": [n_ord], [n_frac]), or the start
        of an ordinal told in several words ("vingt et unième", "cent vingt et unième",
        "one hundred and first": number words and "and" up to an ordinal)?"""
        text: str = getattr(self, "text", "")
        if not end:
            return False
        ordinal = self.lexicon.folded_forms("N_ORD")
        word, stop = _word_at(text, end + 1)
        if text[end : end + 1] in _HYPHENS and word in ordinal | self.lexicon.folded_forms("N_FRAC"):
            return True
        joins = self.lexicon.folded_forms("AND")
        words = joins.union(*(self.lexicon.folded_forms(c) for c in _NUMBER_WORDS))
        pos = end
        while pos < len(text) and text[pos] in (" ", *_HYPHENS):
            word, stop = _word_at(text, pos + 1)
            if word in ordinal:
                return pos > end
            if word not in words:
                return False
            pos = stop
        return False

    def _ordinal_after_and(self, part: Num) -> bool:
        """Is ``part`` a fraction word alone after "and" that is an ordinal as well
        ("soixante et onzième" is the 71st, no 60 and 1/11; "deux et demi" stays 2.5)?"""
        pos = getattr(part, "_pos", None)
        if not (part.frac and getattr(part, "_bare", False) and pos is not None):
            return False
        return _word_at(getattr(self, "text", ""), pos)[0] in self.lexicon.folded_forms("N_ORD")

    def number_range(self, items: list[Any]) -> Built:
        """ "trois à cinq", "between 6 and 8": value the high end, ``low`` the low one."""
        lo, hi = (it for it in items if isinstance(it, Num))
        lo = shared_scale(lo, hi)
        if lo.vague or hi.vague or getattr(lo, "code", False) or not lo.value < hi.value:
            raise Reject("a range runs upwards")
        if lo.words and not hi.words:
            # "uno alle 23.15", "un à 23 h 15", "um às 23h15": the pronoun "one" (of
            # them), then a time, not a range of counts written half in words
            raise Reject("a range is not written half in words, half in digits")
        dash = next((t for t in items if isinstance(t, Token) and t.type in ("HYPHEN", "DASH")), None)
        if dash is not None and not lo.words:
            # "3-5 drones", but not a phone number or a code ("222-2222", "12-34-56")
            text = self.text
            s, e = dash.start_pos or 0, dash.end_pos or 0
            while s > 0 and (text[s - 1].isdigit() or text[s - 1] in ".,"):
                s -= 1  # back over the low number, within the phrase
            while e < len(text) and text[e].isdigit():
                e += 1
            around = text[s - 1 : s].strip() + text[e : e + 1]
            if hi.value >= 1000 or any(c in "-‐/.,:" or c.isdigit() for c in around):
                raise Reject("digits joined by a hyphen are a code")
        return Built("number", _clean(hi.value), bound="range", low=_clean(lo.value))

    def vague_number(self, items: list[Any]) -> Built:
        return Built("number", _clean(float(items[0].value)), bound="approx", extra={"vague": True})

    def group_number(self, items: list[Any]) -> Built:
        extra = {"vague": True} if items[0].vague else {}
        return Built("number", _clean(items[0].value), bound="approx", extra=extra)


def _evaluate(seq: list[tuple[str, float]]) -> float:
    """Numbers ("n") and scale words ("s") in order: each scale multiplies what came
    since the last larger one ("2 millions 300 mille" = 2,300,000)."""
    total = 0.0
    cur = 0.0
    for kind, val in seq:
        if kind == "n":
            cur += val
        elif cur == 0 and total:
            total *= val  # "thousand million"
        else:
            cur = (cur or 1.0) * val
            if val >= 1000:
                if total and total < cur:
                    raise Reject("scales out of order")
                total += cur
                cur = 0.0
    return total + cur


_HYPHENS = ("-", "‐", "‑")
#: the classes of number words an ordinal told in several words is made of
_NUMBER_WORDS = ("N_DIGIT", "N_TEEN", "N_TENS", "N_HUNDRED", "N_SCALE")


def _end_of(item: Any) -> int | None:
    """Where a number's last part ends: a word's token, or a number's own end."""
    return item.end_pos if isinstance(item, Token) else getattr(item, "end", None)


def _word_at(text: str, start: int) -> tuple[str, int]:
    """The folded word of letters that begins at ``start`` in ``text``, and its end."""
    stop = start
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return fold(text[start:stop]), stop


def _hundreds_then_tens(vals: list[int]) -> bool:
    """Two tens words read as one number: hundreds, then a ten below a hundred, a round
    one when units follow ("doscientos veinte", "двести двадцать пять")."""
    return vals[0] % 100 == 0 and vals[1] < 100 and (len(vals) == 2 or vals[1] % 10 == 0)


def _group_size(items: list[Any]) -> float:
    """How many a dozen word ([n_dozen]) counts: its key."""
    tok = _first(items, "N_DOZEN")
    return float(str(tok.value)) if tok is not None else 12.0


def _num_or_digits(x: Any) -> Any:
    """The value of a number or of a digits token."""
    return x.value if isinstance(x, Num) else float(str(x.value))
