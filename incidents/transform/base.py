"""Values shared by the transformers: what a phrase is made of."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from lark import Token, Tree
from lark.visitors import Transformer  # its own module: mypyc's code for the base class names it

from ..words import fold

if TYPE_CHECKING:
    from ..words import Lexicon

_C = TypeVar("_C")

try:
    from mypy_extensions import mypyc_attr as mypyc_attr
except ImportError:  # installed without mypy: only mypyc reads the mark

    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[_C], _C]:
        return lambda cls: cls


# Where the wheel compiles these modules (mypyc), the classes stay Python classes
# (native_class=False) and their methods are compiled: each phrase kind's transformer is
# a mixin of ``PhraseTransformer``, and compiled classes cannot be combined by multiple
# inheritance; values (``Num``, ``Clock``) are given attributes beyond their fields. But
# mypyc records no subclasses of a class that is not native: compiled, isinstance(x, C)
# is ``type(x) is C``, so no such class that is checked with isinstance() has subclasses
# (see ``_State`` in incident.py), and a method's annotations must be truthful (checked
# at run time: tests/test_compiled_phrases.py).
#: the next word, spaces only before it (``PhraseParts._aircraft_after``)
_NEXT_WORD = re.compile(r"[^\S\n]*([^\s,;:.()]+)")


@mypyc_attr(native_class=False)
class PhraseParts(Transformer[Token, Any]):
    """The base of each concern's transformer (numbers, clocks, dates, quantities,
    aircraft, incident phrases): ``PhraseTransformer`` joins them over one text and
    one language's lexicon."""

    lexicon: Lexicon
    text: str

    def _surface(self, tok: Token) -> str:
        """The token's text as written (case and accents kept)."""
        if tok.start_pos is None or tok.end_pos is None:
            return str(tok.value)
        return self.text[tok.start_pos : tok.end_pos]

    def _tells_time(self, tok: Token) -> bool:
        """Is ``tok`` a word that tells the time ([at_style] clock: "il est", "c'était",
        "son las")? Such words make a time of an hour, never a count of things."""
        forms = self.lexicon.classes.get("AT_STYLE", {}).get("clock", ())
        return fold(self._surface(tok)) in {fold(f) for f in forms}

    def _own_unit_after(self, end: int, classes: tuple[str, ...], cased: bool = False) -> bool:
        """Is the whole word right after ``end`` (no elided article: "à 10 h 12 l'îlot",
        "m'a") a unit of ``classes`` (of length or speed...)? ``cased``: a form the lexicon
        keeps in its case ("=m") counts too ("à 12 h à 300 m"; after the hour, "10 h 12
        m" is left to the minutes)."""
        m = re.match(r"[^\S\n]*([^\W\d_]+)(?!['’\w])", self.text[end:])
        word = fold(m.group(1)) if m else ""
        if m is not None and self._accent_lost(m.group(1)):
            return False
        forms = [self.lexicon.folded_forms(k) for k in classes]
        return bool(word) and any(word in f or (cased and "=" + word in f) for f in forms)

    def _accent_lost(self, surface: str) -> bool:
        """Is ``surface`` a unit the lexicon lists with its accents ([unit_style]
        accented: Portuguese "nó", "nós", knots), written without them? Those letters
        bare are a word of their own ("às 11h52 no espaço aéreo": in the)."""
        accented = self.lexicon.classes.get("UNIT_STYLE", {}).get("accented", ())
        low = surface.lower()
        return any(fold(f) == fold(surface) and f.lower() != low for f in accented)

    def _aircraft_after(self, end: int) -> bool:
        """Is the word right after ``end`` (spaces only between) aircraft in the plural
        ("drones", "chasseurs", the lexicon's [ac_cat_pl] and [ac_role_n]) or a model
        ("MiG-29s", "Rafale")?"""
        m = _NEXT_WORD.match(self.text, end)
        told = ("DEMONYM", "AC_ADJ", "AC_ROLE_A", "AC_ORIGIN")
        for _ in range(3):  # "12 Russian drones", "4 Belarusian MiG-29s"
            if m is None or not any(fold(m.group(1)) in self.lexicon.folded_forms(k) for k in told):
                break
            m = _NEXT_WORD.match(self.text, m.end()) or m
        word = m.group(1) if m else ""
        if not word[:1].isalpha():
            return False
        if fold(word) in self.lexicon.folded_forms("AC_CAT_PL") | self.lexicon.folded_forms("AC_ROLE_N"):
            return True
        if not any(ch.isdigit() for ch in word) and not word[:1].isupper():
            return False  # a model is a designator or a name: "MiG-29", "Rafale"
        return any(self.lexicon.key_of("AC_MODEL", w) for w in (word, word.removesuffix("s")) if w)


@mypyc_attr(native_class=False)
class Reject(Exception):
    """The phrase parses but does not make sense: not a mention."""


@mypyc_attr(native_class=False)
@dataclass(eq=False, repr=False)
class Num:
    value: float
    vague: bool = False
    approx: bool = False
    #: the multiplier the number ends with ("trois cents" -> 100, "2 millions" -> 1e6):
    #: "a million and a half" halves the million, "twenty and a half" does not
    tail_scale: float | None = None
    #: a fraction word ends it ("two thirds", "a half")
    frac: bool = False
    #: spelled with words (not digits)
    words: bool = False


@mypyc_attr(native_class=False)
@dataclass(eq=False, repr=False)
class Clock:
    hour: int
    minute: int = 0
    second: int | None = None
    ampm: str | None = None  # "am" | "pm" | "evening" | "night" | "midday" | None
    explicit_24h: bool = False
    named: bool = False


@mypyc_attr(native_class=False)
@dataclass(eq=False, repr=False)
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
        elif isinstance(it, list):
            out.extend(_tokens(it))
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
def shared_scale(lo: Num, hi: Num, round_digits: bool = False) -> Num:
    """ "3 to 4 thousand feet", "de 2 à 3 millions", "two to three hundred": the scale
    word that ends the high end (a hundred or more) counts the low end too, where the
    low end has none and is below the high end's own number ("500 to 4 thousand" keeps
    its 500). ``round_digits`` (a span of amounts of a unit): a high end in digits that
    is a round number of thousands counts its thousands for a whole low end below them
    ("from 25 to 30,000 feet", "de 25 à 30 000 pieds"; "5 to 10 km" stays 5)."""
    scale = hi.tail_scale
    if scale is None and round_digits and _round_thousands(lo, hi):
        scale = 1000.0
    if scale is None or scale < 100 or lo.tail_scale is not None or lo.vague:
        return lo
    if not 0 < lo.value < hi.value / scale:
        return lo
    return Num(lo.value * scale, lo.vague, lo.approx, tail_scale=scale, words=lo.words)


def _round_thousands(lo: Num, hi: Num) -> bool:
    """Is ``hi`` a round number of thousands in digits and ``lo`` a whole number in
    digits below that number of thousands?"""
    if hi.words or lo.words or hi.value < 1000 or hi.value % 1000:
        return False
    return lo.value == int(lo.value) and 0 < lo.value < hi.value / 1000


def _clean(v: float) -> float | int:
    r = round(v, 9)
    return int(r) if r == int(r) and abs(r) < 1e18 else r


# ----------------------------------------------------------------------- time
def _int_of(x: Any) -> int:
    if isinstance(x, Num):
        return int(x.value)
    return int(str(x.value))


_BOUND = {"APPROX": "approx", "BOUND_MAX": "max", "BOUND_MIN": "min"}
