"""Library entry points: ``parse``, ``mentions`` and the reusable ``Parser``."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
import threading
import time
from typing import Any

from .errors import BadReferenceDateError, UnsupportedLanguageError
from .model import Diagnostic, Incident, Mention, Report, Severity
from .words import LazyPattern, fold, load_lexicon, supported_languages

#: Documents longer than this are parsed in part: a diagnostic (W901) says so.
MAX_CHARS = 2_000_000
#: Wall-clock budget of one ``parse``: past it the rest is not read (W902).
MAX_SECONDS = 60.0
#: Longer documents are parsed block by block: runs of whole paragraphs (else
#: sentences, else words) of at most this many characters, so that time stays
#: linear in the length. Incidents do not take context across blocks.
BLOCK_CHARS = 10_000


#: What ``reference_date`` takes: a date (a datetime counts as its day) or "YYYY-MM-DD".
DateArg = dt.date | str | None

#: The one reference-date format, for the library and the command line alike.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_reference_date(value: object) -> dt.date | None:
    """A reference date: a ``datetime.date``/``datetime`` or a ``YYYY-MM-DD`` string
    (nothing else: not ``20240510``, not ``2024-W19-5``); None or "" for none.

    :raises BadReferenceDateError: anything else
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise BadReferenceDateError(value)


_ref_date = parse_reference_date


def check_lang(lang: object) -> str:
    langs = supported_languages()
    if not isinstance(lang, str) or lang.lower() not in langs:
        raise UnsupportedLanguageError(lang, langs)
    return lang.lower()


class Parser:
    """A parser for one language; build once, call many times (and from threads).

    ``max_chars`` and ``max_seconds`` bound the work on one document: what lies
    beyond is not read, and a warning diagnostic (``W901``, ``W902``) says where
    reading stopped; the incidents found before are kept.
    """

    def __init__(
        self, lang: str = "en", max_chars: int = MAX_CHARS, max_seconds: float = MAX_SECONDS
    ) -> None:
        from .dates import Calendar
        from .scanner import Scanner

        self.lang = check_lang(lang)
        self.max_chars = int(max_chars)
        self.max_seconds = float(max_seconds)
        self.lexicon = load_lexicon(self.lang)
        self.calendar = Calendar.of(self.lexicon)
        self.scanner = Scanner(self.lexicon)
        self._heading_forms: tuple[str, ...] | None = None

    def __reduce__(self) -> tuple[Any, tuple[str, int, float]]:
        # rebuilt from its settings on unpickling: the grammar cache makes that cheap
        return (Parser, (self.lang, self.max_chars, self.max_seconds))

    def mentions(
        self, text: str, reference_date: DateArg = None, diagnostics: list[Diagnostic] | None = None
    ) -> list[Mention]:
        """Every phrase the grammar recognises in ``text`` (its first ``max_chars``
        characters), in text order. Problems met on the way (``W903``: a relative date
        outside the calendar) are appended to ``diagnostics`` when it is given."""
        ref = _ref_date(reference_date)
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        text = text[: self.max_chars]
        return self._counts_said(text, self._mentions(text, ref, diagnostics), ref)

    def _counts_said(self, text: str, found: list[Mention], ref: dt.date | None) -> list[Mention]:
        """The number that counts aircraft ("two Su-27 fighters", "some 20 drones", "une
        vingtaine de drones") or the times of a repetition ("seven times", "à trois
        reprises") is a ``number`` mention of its own, and the aircraft's or repetition's
        mention then begins at its words ("Su-27 fighters", still with its count), as a
        range of counts before aircraft is told ("trois à cinq avions"): mentions stay in
        text order, never overlapping. An article's count ("a drone", "un Airbus") is no
        number said. (The incident layer reads the phrases whole, ``_mentions``.)"""
        out: list[Mention] = []
        for m in found:
            words = m.extra.pop("count_words", None) if m.kind in ("aircraft", "repetition") else None
            if words is None:
                out.append(m)
                continue
            start, end = m.span
            count = m.extra.get("count") if m.kind == "aircraft" else m.value
            said = self._count_said(text, start, end - words, count, ref)
            bound = m.extra.get("count_bound") if m.kind == "aircraft" else m.bound
            out.extend(_counted(n, m.kind, bound) for n in said)
            if said:
                m = dataclasses.replace(m, text=text[end - words : end], span=(end - words, end))
            out.append(m)
        return out

    def _count_said(self, text: str, start: int, end: int, count: Any, ref: dt.date | None) -> list[Mention]:
        """The number mention worth ``count`` (any, when the count is not exact: "une
        dizaine de drones") in ``text[start:end]``, read from its first word, else from
        its next ("at 3 drones": "at 3" alone is a time)."""
        for _ in range(2):
            said = [
                n
                for n in self._mentions(text[start:end], ref)
                if n.kind == "number" and (count is None or n.value == count)
            ]
            if said:
                n = said[0]
                return [dataclasses.replace(n, span=(n.span[0] + start, n.span[1] + start))]
            space = text.find(" ", start, end)
            if space < 0:
                break
            start = space + 1
        return []

    def _mentions(
        self, text: str, ref: dt.date | None, diagnostics: list[Diagnostic] | None = None
    ) -> list[Mention]:
        from .dates import DateOutOfRange, resolve
        from .transform import Built, PhraseTransformer

        transformer = PhraseTransformer(self.lexicon, text)

        def finish(built: Any, start: int, end: int) -> Mention | list[Mention] | None:
            if not isinstance(built, Built) or _closes_quotation(text, start, end):
                return None
            if built.kind == "time" and _stamp_line_crossed(text, start, end):
                return None
            if _item_line_crossed(text, start, end):
                return None
            if built.kind == "date" and _year_glued_to_letter(text, end):
                return None
            span = built.low is not None or (built.kind == "list" and built.bound == "span")
            if span and self._after_heading(text, start):
                return None
            if built.kind == "list":
                # amounts sharing one unit ("at 500 and 800 metres"): a mention each, its
                # span its own words (None: where the phrase begins or ends)
                return [
                    one(item, *_trimmed(text, start if s is None else s, end if e is None else e))
                    for item, s, e in built.value
                ]
            return one(built, start, end)

        def one(built: Built, start: int, end: int) -> Mention:
            value = built.value
            extra = dict(built.extra)
            if built.kind == "date":
                info = extra.pop("date")
                try:
                    value, precision = resolve(info, ref, self.calendar)
                except DateOutOfRange:
                    value, precision = None, None
                    if diagnostics is not None:
                        message = (
                            f"date {text[start:end]!r} falls outside the calendar (years 1 to 9999) "
                            f"from reference date {ref}: left unresolved"
                        )
                        diagnostics.append(_warning(text, "W903", message, start, end))
                extra["precision"] = precision
                extra["parts"] = info
            return Mention.fast(
                built.kind, text[start:end], (start, end), value, built.unit, built.bound, built.low, extra
            )

        toks = self.scanner.tokens(text)
        return _decide_states(
            self._part_of_day_told(text, self.scanner.scan(text, toks, transformer, finish))
        )

    def _part_of_day_told(self, text: str, found: list[Mention]) -> list[Mention]:
        """A clock that does not tell its half of the day ("at 8:20", "à 9 heures") right
        next to a day told with its part ("last night", "yesterday evening", "on Friday
        night", "hier soir", "dimanche soir"; only spaces or a comma between, either
        side) is read in that part: "at 8:20 last night" is 20:20, "hier soir à 9
        heures" 21:00 ("on Saturday morning at 9" stays 09:00)."""
        from .transform.clock import HALF_DAY_OPEN, in_part_of_day

        out = list(found)
        for k, m in enumerate(found):
            if m.kind != "time" or not m.extra.pop(HALF_DAY_OPEN, False) or not isinstance(m.value, str):
                continue
            for d in found[k - 1 : k] + found[k + 1 : k + 2]:
                lo, hi = (d.span[1], m.span[0]) if d.span[1] <= m.span[0] else (m.span[1], d.span[0])
                part = self._part_of_day(d) if d.kind == "date" and text[lo:hi].strip(" ,") == "" else None
                if part is not None:
                    out[k] = dataclasses.replace(m, value=in_part_of_day(m.value, part))
                    break
        return out

    def _part_of_day(self, day: Mention) -> str | None:
        """The part of the day a date mention tells ("yesterday evening": "evening";
        "on Friday night": "night"; "last night"): its parts' own, else its last words
        that the lexicon lists as a part of the day."""
        parts = day.extra.get("parts")
        if isinstance(parts, dict):
            if parts.get("daypart"):
                return str(parts["daypart"])
            if parts.get("relative") == "last night":
                return "night"
        words = self.lexicon.split(day.text)
        for n in range(min(3, len(words)), 0, -1):
            part = self.lexicon.key_of("T_DAYPART", " ".join(words[-n:]))
            if part is not None:
                return part
        return None

    def _after_heading(self, text: str, start: int) -> bool:
        """ "cap au 045 à 350 nœuds", "heading 270 to 300 knots": a number right after a
        word of a heading (the lexicon's ``[range_style] heading``) is the heading, no
        range's low end; the range gives way to a shorter phrase."""
        forms = self._heading_forms
        if forms is None:
            style = self.lexicon.classes.get("RANGE_STYLE", {})
            forms = self._heading_forms = tuple(fold(f) for f in style.get("heading", ()))
        if not forms:
            return False
        before = fold(_words_before(text, start, max(len(f.split()) for f in forms)).rstrip())
        return any(
            before.endswith(f) and not before[len(before) - len(f) - 1 : len(before) - len(f)].isalnum()
            for f in forms
        )

    def truncated(self, text: str) -> Diagnostic:
        """The warning (W901) for a text longer than ``max_chars``."""
        message = f"document longer than {self.max_chars} characters: only the start was read"
        return _warning(text, "W901", message, self.max_chars)

    def parse(self, text: str, reference_date: DateArg = None, id: str | None = None) -> Report:
        """The incidents of one report (empty when there are none; never raises on text)."""
        from .incident import assemble

        ref = _ref_date(reference_date)
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        deadline = time.monotonic() + self.max_seconds
        limits: list[Diagnostic] = []
        full = text
        if len(text) > self.max_chars:
            limits.append(self.truncated(full))
            text = text[: self.max_chars]
        blocks = text_blocks(text, BLOCK_CHARS)
        if len(blocks) == 1:
            dates: list[Diagnostic] = []
            incidents, more = assemble(text, self._mentions(text, ref, dates), self.lexicon, ref)
            return Report(tuple(incidents), tuple(limits + dates + more), self.lang, ref, id)
        lines = _Lines(full)
        found: list[Incident] = []
        diags: list[Diagnostic] = []
        for k, (start, end) in enumerate(blocks):
            if k and time.monotonic() > deadline:
                limits.append(
                    _warning(
                        full,
                        "W902",
                        f"time limit of {self.max_seconds:g} s reached: the text from here on was not read",
                        start,
                    )
                )
                break
            block = text[start:end]
            block_dates: list[Diagnostic] = []
            incs, more = assemble(block, self._mentions(block, ref, block_dates), self.lexicon, ref)
            found.extend(_shift_incident(inc, start) for inc in incs)
            diags.extend(_shift_diagnostic(d, start, lines) for d in block_dates + more)
        return Report(tuple(found), tuple(limits + diags), self.lang, ref, id)


_PARAGRAPH = LazyPattern(r"\n[^\S\n]*\n\s*")
_SENTENCE = LazyPattern(r"[.!?…][\"”»')\]]*\s+")
_SPACE = LazyPattern(r"\s+")


def text_blocks(text: str, size: int = BLOCK_CHARS) -> list[tuple[int, int]]:
    """``text`` cut into consecutive (start, end) blocks of at most ``size`` characters.

    A cut falls after the last paragraph break of the block's second half, else
    after its last sentence end, else at its last run of spaces, else anywhere:
    each block but the last is at least ``size // 2`` long, so this is linear.
    """
    n = len(text)
    out: list[tuple[int, int]] = []
    start = 0
    while n - start > size:
        lo, hi = start + max(1, size // 2), start + size
        cut = hi
        for pattern in (_PARAGRAPH, _SENTENCE, _SPACE):
            last = None
            for m in pattern.finditer(text, lo, hi):
                last = m
            if last is not None:
                cut = last.end()
                break
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


class _Lines:
    """Line and column of an offset, by bisection (diagnostics of a long text)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def _shift_incident(inc: Incident, by: int) -> Incident:
    return dataclasses.replace(
        inc,
        span=(inc.span[0] + by, inc.span[1] + by),
        evidence={k: (s + by, e + by) for k, (s, e) in inc.evidence.items()},
    )


def _counted(n: Mention, what: str, bound: str | None) -> Mention:
    """The number ``n`` said as the count of an aircraft or repetition phrase (``what``),
    the phrase's bound its own when it has none ("more than 20 drones": min)."""
    if bound not in ("approx", "min", "max"):
        bound = None  # (a repetition's bound may hold its word)
    return dataclasses.replace(n, bound=n.bound or bound, extra={**n.extra, "counts": what})


def _shift_diagnostic(d: Diagnostic, by: int, lines: _Lines) -> Diagnostic:
    if d.span is None:
        return d
    span = (d.span[0] + by, d.span[1] + by)
    line, column = lines.line_col(span[0])
    return dataclasses.replace(d, span=span, line=line, column=column)


def _warning(text: str, code: str, message: str, offset: int, end: int | None = None) -> Diagnostic:
    span = (offset, len(text) if end is None else end)
    return Diagnostic(Severity.WARNING, code, message, span, *_line_col(text, offset))


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _stamp_line_crossed(text: str, start: int, end: int) -> bool:
    """ "07 h 40\nDans la nuit, ...", "08:15\nOvernight, ...": a time opening its line
    and read on past that line's break heads a live report's entry (a stamp on a line of
    its own); the words of the next line are not its own: the phrase gives way to the
    shorter one."""
    brk = text.find("\n", start, end)
    return brk >= 0 and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _item_line_crossed(text: str, start: int, end: int) -> bool:
    """ "3 Mar – 1 x drone, 4 km, 10 min\n7 Mar – ...": a phrase read on past a line's
    break into the head of the next line when that line is an item of a list or a log
    (a bullet, or a day and a dash: ``segment.item_line``) took the item's day or count
    for its own: the item's words are not its own, the phrase gives way to the shorter
    one (the line's day is then read with its line)."""
    brk = text.find("\n", start, end)
    if brk < 0:
        return False  # most phrases: no line break, and the incident layer stays unloaded
    from .incident.segment import item_line

    while brk >= 0:
        if item_line(text, brk + 1):
            return True
        brk = text.find("\n", brk + 1, end)
    return False


#: four digits ending a phrase, as a year does
_YEAR_END = LazyPattern(r"(?<!\d)\d{4}$")


def _year_glued_to_letter(text: str, end: int) -> bool:
    """ "2 APR 0410L: 2x UAVs ...", "28 APR\n0135L: ...", "on 2 April 1710Z": four
    digits glued to a letter are a military clock (its zone letter after it), never the
    day's year: the day's phrase gives way to the shorter one, the clock read on its
    own."""
    if end >= len(text) or not text[end].isalpha():
        return False
    return _YEAR_END.search(text, max(0, end - 4), end) is not None  # its last four characters


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``, ``end`` without the spaces at either end of ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_PARSERS: dict[str, Parser] = {}
_PLOCK = threading.Lock()


def get_parser(lang: str) -> Parser:
    """The shared parser of ``lang`` (built on first use)."""
    parser = _PARSERS.get(lang) if isinstance(lang, str) else None
    if parser is not None:
        return parser
    lang = check_lang(lang)
    with _PLOCK:
        parser = _PARSERS.get(lang)
        if parser is None:
            parser = _PARSERS[lang] = Parser(lang)
        return parser


def parse(text: str, lang: str = "en", reference_date: DateArg = None, id: str | None = None) -> Report:
    """Parse one report into incident records; see ``Parser.parse``."""
    return get_parser(lang).parse(text, reference_date, id)


def mentions(text: str, lang: str = "en", reference_date: DateArg = None) -> list[Mention]:
    """Phrase-level mentions of ``text``; see ``Parser.mentions``."""
    return get_parser(lang).mentions(text, reference_date)


line_col = _line_col


def _words_before(text: str, start: int, n: int) -> str:
    """The ``n`` words (with what follows them) that end where ``start`` begins."""
    i = start
    for _ in range(n):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return text[i:start]


#: Double quotation marks that open a quotation, and those that close one (the
#: straight mark does both).
_OPENING_QUOTES = '"“„«'
_CLOSING_QUOTES = '"”»'
#: the marks after digits that may be a unit (inches, seconds; feet for the single ones)
_MARKS = "\"”'’′"
_SINGLE_MARKS = "'’′"
_SINGLE_OPENING = LazyPattern(r"(?<!\w)['‘](?=\w)")
_SINGLE_CLOSING = LazyPattern(r"(?<=\w)['’](?!\w)")


def _closes_quotation(text: str, start: int, end: int) -> bool:
    """'the "Sentinel 26" drill', '« Zapad 2025 »': a double quote after digits that
    closes a quotation opened earlier in its sentence is no unit mark (inches,
    seconds): the phrase gives way to a shorter one (the number alone)."""
    if end <= start or text[end - 1] not in _MARKS or not text[end - 2 : end - 1].isdigit():
        return False
    if _arc_seconds(text, end - 1):
        return True
    i = start
    while i > 0 and text[i - 1] not in "\n\r" and not (text[i - 1] in ".!?" and text[i : i + 1].isspace()):
        i -= 1
    before = text[i:start]
    if text[end - 1] in _SINGLE_MARKS:
        # "the 'Zapad 2025' drill": a single mark opened before a word earlier in the
        # sentence and not closed since (an apostrophe inside or after a word is none)
        opened = len(_SINGLE_OPENING.findall(before))
        return opened > len(_SINGLE_CLOSING.findall(before))
    straight = before.count('"')
    opened = sum(before.count(q) for q in _OPENING_QUOTES if q != '"')
    closed = sum(before.count(q) for q in _CLOSING_QUOTES if q != '"')
    return straight % 2 == 1 or opened > closed


def _arc_seconds(text: str, mark: int) -> bool:
    """ "54°12'30\"N": the digits before the mark at ``mark`` end a position written in
    degrees, minutes and seconds of arc (a degree sign in the run of digits and marks
    glued before them, "54° 12' N" spaced too): seconds or minutes of arc, no inches or
    feet."""
    i = mark
    while i > 0 and (text[i - 1].isdigit() or text[i - 1] in "'′’., "):
        i -= 1
    return i > 0 and text[i - 1] == "°"


def _decide_states(mentions: list[Mention]) -> list[Mention]:
    """ "Congolese", "coréen": a form the lexicon gives several candidate states
    ("CD|CG", ``[ambiguous_*]`` in the places files) names the one candidate the
    document names elsewhere without ambiguity; when it names none, the first
    candidate (the data lists the usual reading first: "CD|CG", Congolese aircraft in
    the news are the DRC's); when it names several, no state is read (a state mention
    is dropped, a state in ``extra`` left out)."""

    def state_of(m: Mention) -> Any:
        return m.value if m.kind == "state" else m.extra.get("state")

    for m in mentions:  # most documents have no such form: one plain pass tells
        code = m.value if m.kind == "state" else m.extra.get("state")
        if code is not None and "|" in str(code):
            break
    else:
        return mentions
    named = {str(state_of(m)) for m in mentions if state_of(m) and "|" not in str(state_of(m))}
    out: list[Mention] = []
    for m in mentions:
        code = state_of(m)
        if code is None or "|" not in str(code):
            out.append(m)
            continue
        candidates = str(code).split("|")
        picked = [c for c in candidates if c in named]
        # naming none of them: the first candidate, the reading the data puts first
        decided = picked[0] if len(picked) == 1 else candidates[0] if not picked else None
        if m.kind == "state":
            if decided is not None:
                out.append(dataclasses.replace(m, value=decided))
        else:
            out.append(dataclasses.replace(m, extra={**m.extra, "state": decided}))
    return out
