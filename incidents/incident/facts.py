"""Typed views of the mentions the incident rules reason about.

The phrase layer hands over ``Mention`` objects whose kind-specific details sit in
``extra`` (the mention JSON contract). The incident layer reads them once, here,
into small typed records, so that no rule ever looks a string key up. They are
never changed once made (``dataclasses.replace`` makes a new one); they are not
``frozen`` only because a frozen ``__init__`` costs three times as much, and a
document makes hundreds of them.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

from ..model import Mention
from ..words import LazyPattern
from .bisection import NATIVE
from .bisection import bisect_left as native_left

_C = TypeVar("_C")

try:
    from mypy_extensions import mypyc_attr
except ImportError:  # installed without mypy: only mypyc reads the mark

    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[_C], _C]:
        return lambda cls: cls


Span = tuple[int, int]


@dataclass(slots=True, repr=False)
class Aircraft:
    """An aircraft phrase: "deux hélicoptères Mi-8", "the Russian jets", "l'appareil"."""

    span: Span
    category: str
    model: str | None = None
    role: str | None = None
    count: int | None = None
    counted: bool = False  # the count is told ("two", "a"), not assumed ("Mi-24")
    state: str | None = None
    definite: bool = False  # "the aircraft", "l'appareil": refers back
    plural: bool = False
    either: bool = False  # "the aircraft", "i caccia": one or several, nothing tells
    generic: bool = False  # "aircraft", "un appareil": says nothing of the kind
    own: bool = False  # "two of its helicopters": the speaker's
    partitive: bool = False  # "one of them": some of those named before
    first: Span | None = None  # where the aircraft it refers back to was named ("a drone ... the aircraft")

    def differs(self, other: Aircraft) -> bool:
        """Are these two different aircraft (not the same one named twice)?"""
        if self.model and other.model and self.model != other.model:
            return True
        if self.generic or other.generic:
            return False
        if self.category != other.category and "unknown" not in (self.category, other.category):
            return True
        return bool(self.state and other.state and self.state != other.state)

    def more_specific_than(self, other: Aircraft) -> bool:
        """Does this aircraft tell what ``other`` leaves open: a model, a count, a state, a
        role, or a kind where ``other`` is an object of no kind ("an object, probably a
        balloon" after "an object")?"""
        return bool(
            (self.model and not other.model)
            or (self.category != "unknown" and other.category == "unknown")
            or (self.count and not other.count)
            or (self.state and not other.state)
            or (self.role and not other.role)
        )

    def holds_more_than(self, n: object) -> bool:
        """May a part of ``n`` aircraft be taken from this group: one counted more than
        ``n``, or several of a size the text leaves open ("plusieurs drones", "dozens
        of balloons", "des ballons": any counted part of them is some, not all)?"""
        if not isinstance(n, int) or isinstance(n, bool) or self.partitive:
            return False
        if self.count is None:
            return self.plural and not self.definite
        return self.count > n

    def filled_from(self, other: Aircraft) -> Aircraft:
        """This aircraft, its gaps filled from ``other`` (an antecedent or the
        general head of a list): the text's own words win."""
        category = other.category if self.category == "unknown" or self.generic else self.category
        return dataclasses.replace(
            self,
            category=category,
            model=self.model or other.model,
            role=self.role or other.role,
            count=self.count if self.count is not None else (other.count if self.definite else None),
            state=self.state or other.state,
            generic=self.generic and other.generic,
            # "the aircraft" of either number is as many as it refers to
            plural=other.plural if self.either else self.plural,
            either=self.either and other.either,
            first=other.first or other.span,
        )


@dataclass(slots=True, repr=False)
class ZoneRef:
    """A zone phrase: "l'espace aérien estonien", "its airspace", "the KADIZ"."""

    span: Span
    kind: str  # airspace | adiz | fir | median_line | international
    state: str | None = None
    border: bool = False  # "la frontière": a border crossed by air
    ref: bool = False  # "la frontière de l'État": the state named before
    poss: bool = False  # "son espace aérien", "our airspace": the speaker's
    place: str | None = None  # "the median line of the Taiwan Strait"


@dataclass(slots=True, eq=False, repr=False)
class Verb:
    """A verb or noun of crossing: "a violé", "had entered", "incursion"."""

    span: Span
    key: str  # violate | enter | cross | fly | overfly | detect | send | violation ...
    strong: bool = False  # a word of violation ("violated", "incursion"), not of motion
    noun: bool = False
    negated: bool = False
    conditional: bool = False  # "aurait pénétré", "may have entered"
    hypothetical: bool = False  # "could enter"
    alleged: bool = False  # "allegedly entered"


@dataclass(slots=True, repr=False)
class Place:
    """A named place: "near Vaindloo island", "over the Greek islet of X"."""

    span: Span
    name: str
    state: str | None = None  # "the Greek islet": the place's state, when told
    land: bool = False  # an island, a town, a region: some state's territory
    bare: bool = False  # a known place by its name alone ("a survolé Lesbos"), no preposition
    capital: bool = False  # a state's capital ("over Beirut"): the state by its city


@dataclass(slots=True, eq=False, repr=False)
class Source:
    """Who tells it: "the Estonian Defence Forces", "selon ERR"."""

    span: Span
    name: str
    authority: bool = False
    state: str | None = None
    according: bool = False  # "according to X": X's word
    acronym: bool = False  # a word in capitals no lexicon knows ("GEETHA")


@dataclass(slots=True, repr=False)
class StateRef:
    """A state named: "la Lettonie", "Finnish", "Moscow" (a capital speaks for it)."""

    span: Span
    code: str
    demonym: bool = False
    capital: bool = False


F = TypeVar("F")


def _fact(cls: type[F], m: Mention) -> F:
    """The typed fact of a mention: its span, its value (the class's second field), and
    each other field read from ``extra`` under its own name (flags as booleans)."""
    extra = m.extra  # no bound method as a local: compiled, ``extra.get`` is a direct call
    # positional: no keyword dict made and matched for each fact
    fields = _read_fields(cast(Hashable, cls))
    told = [bool(extra.get(name)) if flag else extra.get(name) for name, flag in fields]
    make: Any = cls
    fact: F = make(m.span, str(m.value), *told)
    return fact


@functools.cache
def _read_fields(cls: Hashable) -> tuple[tuple[str, bool], ...]:
    """The fields of a fact class read from a mention's ``extra``: (name, is a flag)."""
    return tuple((f.name, f.type in ("bool", bool)) for f in dataclasses.fields(cast(Any, cls))[2:])


class Facts:
    """The mentions of one document, sorted into typed lists (text order)."""

    def __init__(self, mentions: list[Mention]) -> None:
        by_kind: dict[str, list[Mention]] = {}
        for m in mentions:
            by_kind.setdefault(m.kind, []).append(m)

        def kind(name: str) -> list[Mention]:
            return by_kind.get(name, [])

        self.mentions = InText(mentions)
        self.aircraft = InText([_fact(Aircraft, m) for m in kind("aircraft")])
        self.zones = InText([_fact(ZoneRef, m) for m in kind("zone")])
        self.verbs = InText([_fact(Verb, m) for m in kind("verb")])
        self.places = InText([_fact(Place, m) for m in kind("location") if m.value or m.extra.get("state")])
        self.sources = InText([_fact(Source, m) for m in kind("source")])
        self.states = InText([_fact(StateRef, m) for m in kind("state")])
        self.cues = InText(kind("cue"))
        self.times = InText([m for m in kind("time") if m.value and not _span_of_years(m)])
        self.dates = InText(sorted((d for m in kind("date") if m.value for d in _listed_days(m)), key=_start))
        self.distances = InText([m for m in kind("distance") if m.value is not None])
        self.durations = InText([m for m in kind("duration") if m.value is not None])
        # a Mach number is no speed in m/s without the air it was flown in: none given
        self.speeds = InText([m for m in kind("speed") if m.value is not None and m.unit == "m/s"])
        self.repetitions = InText([m for m in kind("repetition") if _series_of_crossings(m, mentions)])


def _series_of_crossings(m: Mention, mentions: list[Mention]) -> bool:
    """A repetition that is no series ("twice"), or a series ("a series of", « une série
    de ») whose next phrase is a noun of crossing ("a series of violations", « une série
    de survols »): a series of anything else ("a series of statements") counts no times."""
    if not m.extra.get("series"):
        return True
    nxt = next((x for x in mentions if x.span[0] >= m.span[1] and x.kind != "cue"), None)
    return nxt is not None and nxt.kind == "verb" and bool(nxt.extra.get("noun"))


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


T = TypeVar("T", bound=_Spanned)


@mypyc_attr(native_class=False)  # mypyc compiles no subclass of a builtin as native
class InText(list[T]):
    """Items in text order, with their start offsets kept for bisection."""

    def __init__(self, items: list[T]) -> None:
        super().__init__(items)
        self.starts = [x.span[0] for x in items]


def between(items: list[T], lo: int, hi: int) -> list[T]:
    """The items of a list in text order that begin in [lo, hi)."""
    if not items:
        return []
    if isinstance(items, InText):
        # the function looked up once (in the wheel a module's attribute is a generic
        # look-up), ``lo`` given by position and no slice made of an empty stretch:
        # this runs tens of thousands of times per hundred documents
        starts: list[int] = items.starts
        if NATIVE:  # compiled: the written-out search, a native call
            k = native_left(starts, lo, 0)
            j = native_left(starts, hi, k)
        else:
            k = _bisect_left(starts, lo)
            j = _bisect_left(starts, hi, k)
    else:
        k = bisect.bisect_left(items, lo, key=_start)
        j = bisect.bisect_left(items, hi, lo=k, key=_start)
    return items[k:j] if k < j else []


_bisect_left = bisect.bisect_left


def _start(x: _Spanned) -> int:
    return x.span[0]


_YEAR_SHAPE = LazyPattern(r"(?<!\d)(19|20)\d\d(?!\d)")


def _span_of_years(m: Mention) -> bool:
    """ "between 2019 and 2022", "de 2019 à 2022": a range of two bare four-digit
    numbers that read as years, with nothing after the second (no "hrs", no zone,
    no "h"), is a span of years, not a clock range from 20:19 to 20:22 (the same
    shape with "hrs" or "GMT" stays a time). Told by the digits' shape, not by words."""
    if not m.extra.get("end"):
        return False
    years = list(_YEAR_SHAPE.finditer(m.text))
    digits = _DIGITS.findall(m.text)
    return (
        len(years) == 2
        and len(digits) == 2
        and years[-1].end() == len(m.text.rstrip())
        and int(years[0].group()) < int(years[1].group())
    )


def _listed_days(m: Mention) -> list[Mention]:
    """ "3 and 5 May", "May 3, 5 and 7" (``also_days`` of the phrase layer): one day
    each, each with its own words, all marked with where the phrase began
    (``phrase_start``: "entre le 3 et le 5 mai" is a period, see ``episodes._day_run``)."""
    also = m.extra.get("also_days")
    if not also:
        return [m]
    value = m.value if isinstance(m.value, dt.date) else dt.date.fromisoformat(str(m.value))
    try:
        others = [(value.replace(day=day), day) for day, _ in also]
    except ValueError:
        return [m]  # "30 and 31 February": no such day, the phrase as it was
    numbers = [(x.start(), x.end(), int(x.group())) for x in _DIGITS.finditer(m.text)]
    lo, hi = m.span
    before = also[0][1] == "before"
    # the days listed come in the order told: "3, 5 and 7 May" (the phrase's own last),
    # "May 3, 5 and 7" (its own first)
    days = numbers[: len(also) + 1]
    own = days[-1] if before else days[0]
    if own[2] != value.day or [d[2] for d in (days[:-1] if before else days[1:])] != [d for _, d in others]:
        return [m]
    own_span = (lo + own[0], hi) if before else (lo, lo + own[1])
    extra = {k: v for k, v in m.extra.items() if k != "also_days"} | {"phrase_start": lo}
    own_text = m.text[own_span[0] - lo : own_span[1] - lo]
    out = [Mention(m.kind, own_text, own_span, m.value, m.unit, m.bound, m.low, extra)]
    for (day_value, _), (start, end, n) in zip(others, days[:-1] if before else days[1:], strict=True):
        told = day_value if isinstance(m.value, dt.date) else day_value.isoformat()
        out.append(Mention(m.kind, str(n), (lo + start, lo + end), told, m.unit, m.bound, m.low, dict(extra)))
    return out


_DIGITS = LazyPattern(r"\d+")
