"""Stage 1: the scopes every later rule speaks of: paragraphs, sentences, clauses.

- A **paragraph** ends at a blank line, or at a line break after a sentence's end
  (a line wrapped in mid-sentence goes on).
- A **sentence** ends at ``.``, ``!``, ``?`` or ``…`` followed by a capital, a digit or
  a quote (or a language's own opening quote, ``QUOTE_CUE``: German "„"), unless the
  word before the stop is an abbreviation (``ABBREV_CUE``: "Gen.", "Lt.") or the stop
  lies inside a mention ("3 p.m.", "U.S.").
- A **clause** is a part of a sentence: it ends before ``;``, ``:``, a dash (or a
  hyphen between spaces), a vertical bar (a heading's fields: "Press release | 9 July
  2025"), a word
  that opens a clause (``CLAUSE_CUE``: "while", "after", "tandis que", "qui"), and
  before "and"/"et" (``COORD_CUE``) when the next mention is a verb ("entered the
  airspace and flew 2 km": two clauses; "Su-27 and Su-24": one), and at a comma
  right before a verb when a verb came before it in the sentence ("entered X on
  28 January, crossed into Y on 30 January").

A rule's scope is one of these units, never a number of characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..model import Mention
from ..words import LazyPattern
from .bisection import NATIVE
from .bisection import bisect_right as native_right
from .cues import Cue, Cues, Word

_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"”»')]’")
_CLAUSE_PUNCT = frozenset({";", ":", "—", "–", "|"})


class Scope:
    """One paragraph, sentence or clause: [start, end) offsets and its index (a plain
    class with slots, native when compiled, where a named tuple's fields are generic
    look-ups)."""

    __slots__ = ("end", "nth", "start")

    def __init__(self, nth: int, start: int, end: int) -> None:
        self.nth = nth
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        # by value, as the named tuple it was: a scope made for a region equals the
        # sentence with its offsets
        return (
            isinstance(other, Scope)
            and self.nth == other.nth
            and self.start == other.start
            and self.end == other.end
        )

    def __hash__(self) -> int:
        return hash((self.nth, self.start, self.end))

    def __repr__(self) -> str:
        return f"Scope(nth={self.nth!r}, start={self.start!r}, end={self.end!r})"


class _Units:
    """Consecutive scopes covering the text, found by bisection."""

    def __init__(self, starts: list[int], length: int) -> None:
        self.starts = starts
        ends = [*starts[1:], max(length, starts[-1])]
        self.scopes = [Scope(i, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]
        #: the scope of each position asked so far (``at``; ``Doc.clause`` and its kin read
        #: it first: most positions are asked again, and a hit then costs no call)
        self.known: dict[int, Scope] = {}

    def at(self, pos: int) -> Scope:
        found = self.known.get(pos)
        if found is None:
            k = native_right(self.starts, pos, 0) if NATIVE else bisect.bisect_right(self.starts, pos)
            found = self.known[pos] = self.scopes[max(0, k - 1)]
        return found


class Segments:
    """Paragraphs, sentences and clauses of one document."""

    def __init__(self, text: str, words: list[Word], cues: Cues, mentions: list[Mention]) -> None:
        inside = _covered(mentions)
        clocks = {m.span[0]: m.span[1] for m in mentions if m.kind == "time"}
        days = sorted(m.span for m in mentions if m.kind == "date")
        paras = _paragraph_starts(text, clocks, days)
        # the punctuation marks, commas and verbs, found once for every rule below
        punct = _punctuation(words)
        commas = [words[k].start for k in punct if words[k].folded == ","]
        if words and words[-1].folded == ",":
            commas.append(words[-1].start)
        verbs = [m.span[0] for m in mentions if m.kind == "verb"]
        starts = [m.span[0] for m in mentions]
        sents = sorted(set(paras) | set(_sentence_starts(text, words, punct, cues, inside)))
        #: list items whose verb is left out (each opens a clause; see ``gapped_starts``)
        self.gapped = sorted(set(_gapped_starts(text, cues, mentions, starts, sents)))
        #: clauses opened by a word of one member of a group ("..., one flew over X, and
        #: one left"; see ``_member_subjects``)
        #: where an item of members of a group may open, with how many it tells
        self.openers = member_openers(cues, mentions)
        #: where a count of members stands with its place right after it ("two near X":
        #: ``count_openers``), which may open their list after a comma
        self.counts = _placed_counts(mentions)
        openers = sorted(self.openers)
        self.members = sorted(
            set(_member_subjects(text, cues, inside, (openers, self.counts), (sents, commas, verbs)))
        )
        clauses = sorted(
            set(sents)
            | set(_clause_starts(text, words, punct, cues, mentions, starts, inside, (sents, commas, verbs)))
            | set(self.gapped)
            | set(self.members)
        )
        n = len(text)
        self.paragraphs = _Units(paras, n)
        self.sentences = _Units(sents, n)
        self.clauses = _Units(clauses, n)
        self._commas, self._verbs, self._sents = commas, verbs, sents
        sent_set = set(sents)
        self.asides = frozenset(
            c.nth
            for c in self.clauses.scopes
            if c.start not in sent_set
            and _ends_with_comma(text, c.start, c.end)
            and _within_commas(sents, commas, verbs, c.start)
        )

    def paragraph(self, pos: int) -> Scope:
        return self.paragraphs.at(pos)

    def sentence(self, pos: int) -> Scope:
        return self.sentences.at(pos)

    def clause(self, pos: int) -> Scope:
        return self.clauses.at(pos)

    def main_clause_start(self, pos: int) -> int:
        """Where the clause of ``pos`` began, if an aside cut it in two: "The drone
        never, despite the claims, crossed ...": the "never" is in its clause."""
        c = self.clause(pos)
        scopes = self.clauses.scopes
        while c.nth >= 2 and c.nth - 1 in self.asides and not self._sentence_break(c.start):
            c = scopes[c.nth - 2]
        return c.start

    def _sentence_break(self, pos: int) -> bool:
        return self.sentence(pos).start == pos

    def in_aside(self, pos: int, until: int | None = None) -> bool:
        """Is ``pos`` inside an aside: a clause set off by commas, or (with ``until``)
        a verbless stretch between two commas before ``until`` (", sans détails,")?"""
        if self.clause(pos).nth in self.asides:
            return True
        return until is not None and self.between_commas(pos, until)

    def between_commas(self, pos: int, until: int) -> bool:
        """Is ``pos`` in a verbless stretch between two commas before ``until`` (",
        sans détails,", ", not a plane,")?"""
        if not _within_commas(self._sents, self._commas, self._verbs, pos):
            return False
        k = bisect.bisect_right(self._commas, pos)
        return k < len(self._commas) and self._commas[k] < until

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence(a).nth == self.sentence(b).nth

    def gapped_in(self, lo: int, hi: int) -> list[int]:
        """The starts of the gapped list items (``gapped_starts``) in [lo, hi)."""
        return self.gapped[bisect.bisect_left(self.gapped, lo) : bisect.bisect_left(self.gapped, hi)]


def _within_commas(sents: list[int], commas: list[int], verbs: list[int], pos: int) -> bool:
    """Is ``pos`` after a comma of its sentence with no verb between them (inside an
    aside: ", despite the reports,", ", jusqu'ici et malgré les alertes,")?"""
    k = bisect.bisect_left(commas, pos) - 1
    if k < 0 or commas[k] < _sentence_start(sents, pos):
        return False
    return bisect.bisect_left(verbs, commas[k]) == bisect.bisect_left(verbs, pos)


def _ends_with_comma(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` end with a comma (white space after it aside)?"""
    k = end - 1
    while k >= start and text[k].isspace():
        k -= 1
    return k >= start and text[k] == ","


def _covered(mentions: list[Mention]) -> list[tuple[int, int]]:
    return sorted(m.span for m in mentions)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` strictly inside one of ``spans`` (not at its end)?"""
    k = bisect.bisect_right(spans, (pos, 1 << 62))
    for s, e in spans[max(0, k - 4) : k]:
        if s < pos < e - 1:
            return True
    return False


def _paragraph_starts(text: str, clocks: dict[int, int], days: list[tuple[int, int]]) -> list[int]:
    """A blank line ends a paragraph; a single line break only after a sentence's end
    (wire copy is often wrapped in mid-sentence), before a dateline (a title line
    above "TALLINN, May 14 (Reuters) -", "VILNIUS (AFP) -", "(Taipei) ...") or before
    a list's bullet after an item's semicolon or comma ("...near Piusa;\n- 4 June") or
    after another bulleted line (one item a line, no mark at its end), or before a
    line of a log that opens with its time of day (``clocks``: the time mentions'
    starts and ends) and a colon or dash ("14 h 05 : un drone, 3 km ..."), or after a
    line of nothing but days (``days``: the date mentions' spans), a digest's heading
    ("Monday 6 April", "Lundi 14 septembre", "Friday 10 April - Sunday 12 April")."""
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        nxt = pos + 1
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        blank = text.count("\n", pos, nxt) > 1
        last = last_mark(text, pos)
        ended = (
            last in _LINE_ENDS
            or _dateline_line(text, nxt)
            or (last in ";," and bullet_line(text, nxt))
            or (bullet_line(text, nxt) and bullet_line(text, text.rfind("\n", 0, pos) + 1))
            or _LOG_LINE.match(text, nxt) is not None
            or _clock_line(text, nxt, clocks)
            or day_heading(text, pos, days)
        )
        if nxt < len(text) and nxt > starts[-1] and (blank or ended):
            starts.append(nxt)
        pos = text.find("\n", nxt)
    return starts


_LINE_ENDS = frozenset('.!?…:"”»)')
#: what a heading of days may hold besides its days: spaces, dashes, commas, and the
#: colon that may close it ("Tuesday 17 June:", "Mardi 17 juin :")
_HEADING_GLUE = LazyPattern(r"[\s,\-–—/:]*")


def day_heading(text: str, pos: int, days: list[tuple[int, int]]) -> bool:
    """Whether the line at ``pos`` holds nothing but days written with a word (the
    date mentions' spans ``days``: "Monday 6 April", "Vendredi 10 - dimanche 12 avril",
    not a stamp of digits "4.5.") and the marks between them: a digest's heading that
    dates the lines under it."""
    start, end = line_of(text, pos)
    k = bisect.bisect_left(days, (start, start))
    pos, worded = start, False
    while k < len(days) and days[k][1] <= end:
        if _HEADING_GLUE.fullmatch(text, pos, days[k][0]) is None:
            return False
        worded = worded or any(ch.isalpha() for ch in text[days[k][0] : days[k][1]])
        pos, k = days[k][1], k + 1
    return worded and _HEADING_GLUE.fullmatch(text, pos, end) is not None


#: a colon or dash setting a log line's time apart from its fields ("14 h 05 : ...")
_CLOCK_MARK = LazyPattern(r"[ \t]*[:\-–—][ \t]")


def _clock_line(text: str, pos: int, clocks: dict[int, int]) -> bool:
    """Whether the line at ``pos`` opens with a time of day and a colon or dash, as a
    line of a log does ("14 h 05 : un drone, 3 km à l'intérieur du territoire")."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    end = clocks.get(pos)
    return end is not None and _CLOCK_MARK.match(text, end) is not None


#: a line opening with a dateline: a city in capitals, then a comma or a parenthesis,
#: and a dash on that line ("TALLINN, May 14 (Reuters) -", "NEW DELHI (AP) —"), or a
#: city in parentheses ("(Taipei) Le ministère")
_DATELINE = LazyPattern(
    r"(?:[^\W\d_]{3,}(?:[ -][^\W\d_]{2,})*\s*[,(][^\n.!?]*?(?:\s[-–—]\s|[—–]))|\([^\W\d_][\w .'-]*\)\s"
)


def bullet_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` opens with a list's bullet ("- ", "• ", "2. ", "3) ",
    a table's bar) or is the rule under a table's header ("|---|---|")."""
    return _BULLET.match(text, pos) is not None or _TABLE_RULE.match(text, pos) is not None


#: the marks that open a list's item ("•", "-", "*", "▪")
ITEM_MARKS = "•·-–—*▪●"
#: what sets an entry's day apart from what the entry tells: a colon or a dash
_ENTRY_MARK = LazyPattern(r"[ \t]*(?::|[-–—])[ \t]")


def entry_day(text: str, start: int, end: int) -> bool:
    """Does the day at [start, end) open its line (a bullet at most before it) with a
    colon or a dash right after it, as the day heading an entry of a log or digest
    does ("Tuesday 3 March: Latvia says ...", "- 4 mars – Selon ...", "12/02 : ...")?
    So does a day after a list's mark and the name of the place the item is about, set
    off by a comma, that ends the item's label with a full stop, a colon or a dash
    ("2) Romania, 18 May. ...", "b) Roumanie, 10 septembre : ...": ``_LABELLED_ENTRY``)."""
    lead = text[line_of(text, start)[0] : start]
    if lead.strip(" \t" + ITEM_MARKS):
        return _LABELLED_ENTRY.fullmatch(lead) is not None and _LABEL_END.match(text, end) is not None
    return _ENTRY_MARK.match(text, end) is not None


#: a list item's label before its day: the item's mark ("2)", "b)", "(a)", "3.", a
#: bullet), then the name of a place (one to three words, each capitalised) and a comma
_LABELLED_ENTRY = re.compile(
    r"[ \t]*(?:[-–—•*▪●·]|\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.)[ \t]+"
    r"[^\W\d_a-zà-ÿ][^\W\d_]+(?:[ '’-][^\W\d_a-zà-ÿ][^\W\d_]+){0,2},[ \t]+"
)
#: what ends such a label after its day: a full stop, a colon or a dash
_LABEL_END = LazyPattern(r"[ \t]*(?:[.:]|[-–—])(?:[ \t]|$)")


def label_end(text: str, pos: int) -> int | None:
    """Where the colon or the dash set apart in the line that ends a label at ``pos``
    ("Romania:", "Roumanie — ") ends; None if none is there."""
    m = _ENTRY_MARK.match(text, pos)
    return m.end() if m is not None else None


def item_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is an item of a list: it opens with a bullet, or
    with a day and a dash as a line of a log does ("13/03 - ...", "12 Feb – ...")."""
    return bullet_line(text, pos) or _LOG_LINE.match(text, pos) is not None


def line_of(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the line ``pos`` is in (its end before the newline)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


#: a line of a log or tracker: a day, then a dash or a colon that sets its fields apart ("12 Feb
#: – Russian Su-24 – Romanian airspace", "Feb 14, 2025 - ...", "13/03 - ..."): each
#: line an entry
_LOG_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[ .]?[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.? \d{1,2},?|\d{1,2}/\d{1,2})"
    r"(?: \d{4})?(?:[ \t]+[-–—]|[ \t]*:)[ \t]"
)


def log_line_day(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line of a log whose day is written with a slash ("13/03 -
    2 drones russes, ...")."""
    m = _LOG_LINE.match(text, pos)
    return m is not None and (pos == 0 or text[pos - 1] == "\n") and "/" in m.group()


#: a list's bullet ("- ", "• ", "2. "), the bar opening a row of a table written as text
#: ("| 12 Feb | 1 x Mi-24 | ..."), the rule under a table's header (``_TABLE_RULE``), or
#: the clock time stamping a live report's entry ("11:30 - ", "10 h 15 – ")
_BULLET = re.compile(r"[ \t]*(?:[-–—•*|]|\d{1,2}[.)]|\d{1,2}(?::| ?h ?)\d{2}[ \t]+[-–—])[ \t]")
#: the rule under a table's header, written as text ("|---|---|", "| :-- | --: |")
_TABLE_RULE = re.compile(r"[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?=\n|$)")


def table_header(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a table's header written as text: a row opening
    with a bar, the table's rule on the next line ("| Date | Aircraft | Depth |\n|---|").
    Its cells name the columns and tell nothing of any incident."""
    start, end = line_of(text, pos)
    return text[start:end].lstrip().startswith("|") and _TABLE_RULE.match(text, end + 1) is not None


def _dateline_line(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` opens with a dateline (``_DATELINE``)."""
    m = _DATELINE.match(text, pos)
    if m is None:
        return False
    if text[pos] == "(":
        return text[pos + 1].isupper()
    city = re.split(r"\s*[,(]", m.group(0), maxsplit=1)[0]
    return city.isupper()


def last_mark(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not white space."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def _sentence_starts(
    text: str, words: list[Word], punct: list[int], cues: Cues, inside: list[tuple[int, int]]
) -> list[int]:
    abbrev_ends = {c.end for c in cues.by_class.get("ABBREV_CUE", [])}
    quote_starts = {c.start for c in cues.by_class.get("QUOTE_CUE", [])}
    out: list[int] = []
    for k in _marks(words, punct, _STOPS):
        w = words[k]
        if k and words[k - 1].end in abbrev_ends and words[k - 1].end == w.start:
            continue  # "Gen. Kukuła"
        if _inside(inside, w.start):
            continue  # "p.m.", "U.S."
        j = k + 1
        while j < len(words) and words[j].folded in _CLOSERS and words[j].start == words[j - 1].end:
            j += 1
        if j >= len(words) or (words[j].start == words[j - 1].end and not _glued_sentence(text, words, k, j)):
            continue  # "1.5", "ERR.ee"
        head = text[words[j].start]
        if head.isupper() or head.isdigit() or head in "\"“«'‘" or words[j].start in quote_starts:
            out.append(words[j].start)
    return out


def _glued_sentence(text: str, words: list[Word], k: int, j: int) -> bool:
    """ "at 10:25.The army fired": a full stop with the next sentence glued to it (a
    scraping slip): a word or number of two characters or more before it, a
    capitalised word after it ("U.S.Army", "1.5" and "ERR.ee" are no such stop)."""
    before, after = words[k - 1] if k else None, text[words[j].start : words[j].end + 1]
    if before is None or before.end != words[k].start or before.end - before.start < 2:
        return False
    last = text[before.end - 1]
    lower_next = len(after) > 1 and after[0].isupper() and after[1] in _LOWER_OR_ELISION
    return (last.islower() or last.isdigit()) and lower_next


_LOWER_OR_ELISION = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœ’'")

_DASHES = frozenset({"—", "–", "-"})


def _dash(text: str, w: Word) -> bool:
    """A dash: "—", "–", or a hyphen written between spaces; of hyphens typed as a
    dash ("SEOUL, Jan 3 (Yonhap) -- Five drones"), the first one; or a hyphen right
    after the full stop that closes an agency's bracket ("ATENAS, 4 Nov. (EFE).- Dos
    cazas ...")."""
    if w.folded not in _DASHES:
        return False
    if w.folded != "-":
        return True
    end = w.end
    while text[end : end + 1] == "-":
        end += 1
    before = text[w.start - 1 : w.start].isspace() or text[max(0, w.start - 2) : w.start] == ")."
    return before and text[end : end + 1].isspace()


def _punctuation(words: list[Word]) -> list[int]:
    """Indices of the words (not the last) that are no ``WORD`` token."""
    out = [k for k, w in enumerate(words) if w.kind != "WORD"]
    if out and out[-1] == len(words) - 1:
        out.pop()
    return out


def _marks(words: list[Word], punct: list[int], marks: frozenset[str]) -> list[int]:
    """Indices of the words (not the last) that are one of these punctuation marks
    (``punct``: those of ``_punctuation``)."""
    return [k for k in punct if words[k].folded in marks]


def _stop_between(words: list[Word], a: int, b: int) -> bool:
    return any(w.folded in _STOPS for w in words[a + 1 : b])


def _clause_starts(
    text: str,
    words: list[Word],
    punct: list[int],
    cues: Cues,
    mentions: list[Mention],
    starts: list[int],
    inside: list[tuple[int, int]],
    marks: tuple[list[int], list[int], list[int]],
) -> list[int]:
    """Where clauses begin inside sentences (see the module's docstring); ``starts``:
    where each mention begins; ``marks``: the sentences' starts, the commas, the verbs."""
    sents, commas, verbs = marks
    out: list[int] = []
    dashes = [k for k in _marks(words, punct, _DASHES) if _dash(text, words[k])]
    for k in _marks(words, punct, _CLAUSE_PUNCT - _DASHES):
        if not _inside(inside, words[k].start):
            out.append(words[k + 1].start)
    # a dash opens a clause ("WARSAW, May 3 - Drones ..."); two in one sentence
    # enclose an aside ("the aircraft – two Tu-95 – did not enter"), no break
    # a dash right after an ordinal stands for the verb left out ("первое нарушение в
    # 13:05, второе — в 13:58"): the item goes on after it
    ordinal_ends = {c.end for c in cues.by_class.get("ORDINAL_CUE", [])}
    for n, k in enumerate(dashes):
        paired = (n + 1 < len(dashes) and not _stop_between(words, k, dashes[n + 1])) or (
            n > 0 and not _stop_between(words, dashes[n - 1], k)
        )
        gap = k > 0 and words[k - 1].end in ordinal_ends
        if not paired and not gap and not _inside(inside, words[k].start):
            out.append(words[k + 1].start)
    for cue in cues.by_class.get("CLAUSE_CUE", []):
        if _inside(inside, cue.start):
            continue
        out.append(cue.start)
        # a clause that opens its sentence or follows a comma ends at the next comma:
        # "Although no shots were fired, a jet violated ...", "The drone, which was not
        # armed, crossed ..."
        sent = _sentence_end(sents, cue.start, len(text))
        opening = not text[_sentence_start(sents, cue.start) : cue.start].strip(" \"“«'‘(")
        if opening or _within_commas(sents, commas, verbs, cue.start):
            k = bisect.bisect_right(commas, cue.end)
            if k < len(commas) and commas[k] < sent:
                out.append(_after(words, commas[k]))
    for cue in cues.by_class.get("COORD_CUE", []):
        if _inside(inside, cue.start):
            continue
        k = bisect.bisect_left(starts, cue.end)
        if _day_pair(text, cues, mentions, k, cue):
            continue
        sent_start = _sentence_start(sents, cue.start)
        verb_before = bisect.bisect_left(verbs, sent_start) < bisect.bisect_left(verbs, cue.start)
        # "entered the airspace and flew 2 km": two predicates (a verb on each side);
        # "... at 09:10 and a Finnish drone crossed ...": a new subject and its verb,
        # maybe after its own time or day ("..., and at 15:40 a second one crossed")
        while k < len(mentions) and mentions[k].kind in ("time", "date"):
            k += 1
        # in its own sentence: "at 9:40 and 13:15 respectively. The TB2 stayed ..."
        nxt = [m.kind for m in mentions[k : k + 2] if m.span[0] < _sentence_end(sents, cue.start, len(text))]
        # not the means of the verb before ("lundi et mardi avec trois hélicoptères qui
        # se sont aventurés ...": MEANS_CUE before the aircraft), no subject of its own
        means = nxt == ["aircraft", "verb"] and cues.ending_at("MEANS_CUE", mentions[k].span[0], text)
        if verb_before and (nxt[:1] == ["verb"] or (nxt == ["aircraft", "verb"] and not means)):
            out.append(cue.start)
        elif nxt[:1] == ["verb"] and _left_before(cues, sent_start, cue.start):
            # "It came over the border at 21:15, turned back after two minutes and flew in
            # again at 21:50": a word of leaving is a predicate of its own too
            out.append(cue.start)
    # "entered U.S. airspace on 28 January, crossed into Canada on 30 January": a verb
    # right after a comma, with a verb before it in its sentence, is a new predicate
    for comma in commas:
        k = bisect.bisect_left(starts, comma + 1)
        if k >= len(starts) or mentions[k].kind != "verb" or text[comma + 1 : starts[k]].strip():
            continue
        verbs_before = bisect.bisect_left(verbs, comma) - bisect.bisect_left(
            verbs, _sentence_start(sents, comma)
        )
        if verbs_before and not _inside(inside, comma):
            out.append(starts[k])
    return out + _ranked_subjects(text, cues, mentions, starts, (sents, commas, verbs))


def _left_before(cues: Cues, lo: int, hi: int) -> bool:
    """Is a word of leaving (EXIT_CUE key "exit": "turned back", « est reparti ») told in
    [lo, hi)?"""
    return any(lo <= c.start < hi and c.key == "exit" for c in cues.by_class.get("EXIT_CUE", []))


def _member_subjects(
    text: str,
    cues: Cues,
    inside: list[tuple[int, int]],
    starts: tuple[list[int], list[int]],
    marks: tuple[list[int], list[int], list[int]],
) -> list[int]:
    """ "Three drones violated its airspace: one crashed near X at 02:10, one flew over Y,
    and one left towards Z": a word of one member of a group told before ("one",
    EACH_CUE; "another", "the other", "the third": ANOTHER_CUE, ORDINAL_CUE) or a count
    of some of them ("...: two near X and one near Y": ``member_openers``) right after a
    comma, a semicolon or a colon (a list word may stand between), with a verb before
    it in its sentence and the opening of a list of members before it there
    (``member_list_open``), opens the clause of that member; after an item, a list word
    alone may lead it ("one near X and the other near Y")."""
    sents, _, verbs = marks
    openers, counts = starts
    out: list[int] = []
    lists = cues.by_class.get("LIST_CUE", []) + cues.by_class.get("COORD_CUE", [])
    list_ends = {c.end: c.start for c in lists}
    for pos in openers:
        if _inside(inside, pos):
            continue
        sent_start = _sentence_start(sents, pos)
        opening = member_list_open(text, cues, sent_start, pos, counts)
        if opening < 0 and _ranks_from_first(text, cues, sent_start, pos):
            opening = sent_start
        if opening < 0:
            continue  # the items of a list a colon opens, not "; on Wednesday, two more"
        before = text[:pos].rstrip()
        lead = list_ends.get(len(before))
        mark = last_mark(text, lead) if lead is not None else last_mark(text, pos)
        if mark not in ",;:" and not (lead is not None and _item_before(text, openers, opening, lead)):
            continue
        if bisect.bisect_left(verbs, sent_start) < bisect.bisect_left(verbs, pos):
            out.append(lead if lead is not None else pos)
    return out


def _ranks_from_first(text: str, cues: Cues, sent_start: int, pos: int) -> bool:
    """ "The first stayed four minutes, the second was shot down near X", "Le premier
    est resté ..., le deuxième a été abattu": a sentence opened by the rank 1 (RANK_CUE
    key "1") lists the members by their ranks; a later rank at ``pos`` opens an item."""
    first = cues.starting_at("RANK_CUE", sent_start, text)
    if first is None or first.key != "1":
        return False
    later = cues.starting_at("RANK_CUE", pos, text)
    return later is not None and later.start == pos and later.key not in ("1", "")


def member_openers(cues: Cues, mentions: Iterable[Mention]) -> dict[int, int]:
    """Where an item of one or more members of a group may open, with how many members
    it tells: a word of one member (MEMBER_OPENERS: one) or a whole number that counts
    nothing of its own ("...: two near X and one near Y": no "two drones", no "two
    kilometres": its value)."""
    found = count_openers(mentions)
    found.update({c.start: 1 for cls in MEMBER_OPENERS for c in cues.by_class.get(cls, [])})
    return found


def _placed_counts(mentions: list[Mention]) -> list[int]:
    """The counts of members (``count_openers``) whose next mention is a place ("two near
    Hrubieszów"), not a count of violations by kind ("three by helicopters")."""
    order = sorted(mentions, key=lambda m: m.span[0])
    starts = [m.span[0] for m in order]
    out: list[int] = []
    for pos in sorted(count_openers(mentions)):
        k = bisect.bisect_right(starts, pos)
        while k < len(order) and order[k].span[0] < order[k - 1].span[1] and order[k - 1].span[0] == pos:
            k += 1  # mentions inside the number's own
        if k < len(order) and order[k].kind == "location":
            out.append(pos)
    return out


def count_openers(mentions: Iterable[Mention]) -> dict[int, int]:
    """Where a whole number that counts nothing of its own stands, with its value: a
    count of some members of a group told before ("...: two near X and one near Y")."""
    mentions = list(mentions)
    other = {m.span[0] for m in mentions if m.kind != "number"}
    return {
        m.span[0]: m.value
        for m in mentions
        if m.kind == "number" and isinstance(m.value, int) and m.value > 0 and not m.get("counts")
        if m.span[0] not in other
    }


#: the words that open an item told of one member of a counted group
MEMBER_OPENERS = ("EACH_CUE", "ANOTHER_CUE", "ORDINAL_CUE")


#: a colon that is no clock's ("2:10"), or a spaced dash
_LIST_MARK = re.compile(r":(?!\d)| [–—] ")


def member_list_open(text: str, cues: Cues, lo: int, hi: int, counts: Iterable[int] = ()) -> int:
    """Where the list of a group's members opens in [lo, hi): its first colon (none of a
    clock) or dash ("...: one crashed near X, one flew over Y"), else a comma right before a
    word of one (EACH_CUE: "..., one near X and the other near Y") or before a count of
    members (``counts``, see ``count_openers``: "..., two near X and three near Y"); -1
    when none."""
    found = _LIST_MARK.search(text, lo, hi)
    if found is not None:
        return found.start()
    starts = sorted([c.start for c in cues.by_class.get("EACH_CUE", [])] + list(counts))
    for pos in starts:
        if lo < pos < hi and last_mark(text, pos) == ",":
            return text.rindex(",", lo, pos)
    return -1


def _item_before(text: str, openers: list[int], opening: int, pos: int) -> bool:
    """Is an item of members (``member_openers``) opened between the opening of the
    list and ``pos``?"""
    return any(opening < p < pos and not text[opening + 1 : p].strip(" ,") for p in openers)


def _ranked_subjects(
    text: str,
    cues: Cues,
    mentions: list[Mention],
    starts: list[int],
    marks: tuple[list[int], list[int], list[int]],
) -> list[int]:
    """ "The first time the helicopter crossed at 10:12, the second violation occurred
    at 10:48", ", drugie naruszenie nastąpiło o 10:48": a word of rank right after a
    comma, then a noun of crossing and the verb telling it happened (OCCUR_CUE), with
    a verb before the comma in its sentence, opens a clause of its own."""
    sents, commas, verbs = marks
    out: list[int] = []
    for cue in cues.by_class.get("ORDINAL_CUE", []):
        if last_mark(text, cue.start) != ",":
            continue
        k = bisect.bisect_left(starts, cue.end)
        if k >= len(mentions) or mentions[k].kind != "verb" or text[cue.end : starts[k]].strip():
            continue
        sent_start = _sentence_start(sents, cue.start)
        if bisect.bisect_left(verbs, sent_start) == bisect.bisect_left(verbs, cue.start):
            continue
        occur = cues.by_class.get("OCCUR_CUE", [])
        noun_end = mentions[k].span[1]
        if any(c.start >= noun_end and not text[noun_end : c.start].strip() for c in occur):
            out.append(cue.start)
    return out


def _day_pair(text: str, cues: Cues, mentions: list[Mention], k: int, word: Cue) -> bool:
    """Does the list word before mention ``k`` join the two days of one night or span
    ("nella notte tra sabato e domenica", "between Saturday and Sunday"): a day right
    before it that a night's or a span's word (NIGHT_CUE, RANGE_CUE) leads into, a day
    right after it? Then it opens no clause."""
    if k == 0 or k >= len(mentions) or mentions[k].kind != "date" or mentions[k - 1].kind != "date":
        return False
    if text[mentions[k - 1].span[1] : word.start].strip() or text[word.end : mentions[k].span[0]].strip():
        return False
    start = mentions[k - 1].span[0]
    return any(cues.leading_into(cls, start, text) is not None for cls in ("NIGHT_CUE", "RANGE_CUE"))


def _sentence_start(sents: list[int], pos: int) -> int:
    return sents[max(0, bisect.bisect_right(sents, pos) - 1)]


def _sentence_end(sents: list[int], pos: int, n: int) -> int:
    k = bisect.bisect_right(sents, pos)
    return sents[k] if k < len(sents) else n


def _after(words: list[Word], pos: int) -> int:
    """The start of the word after the one at ``pos``."""
    k = bisect.bisect_right(words, pos, key=_word_start)
    return words[k].start if k < len(words) else pos + 1


def _word_start(w: Word) -> int:
    return w.start


def gapped_starts(text: str, cues: Cues, mentions: list[Mention], sents: list[int]) -> list[int]:
    """Items of a list whose verb is left out (see ``_gapped_starts``)."""
    return _gapped_starts(text, cues, mentions, [m.span[0] for m in mentions], sents)


def _gapped_starts(
    text: str, cues: Cues, mentions: list[Mention], starts: list[int], sents: list[int]
) -> list[int]:
    """Items of a list whose verb is left out: "a Su-24 crossed for four minutes on 25
    April, then an L-410 for three minutes on 24 July", "the first at 10:12 and the
    second at 14:05": a list word followed by an aircraft or an ordinal, with a detail
    of its own (a time, a day, a duration) and no verb after it in the
    sentence, opens a clause (and a crossing, see ``anchors``). A statement's list
    is told the same way with its marks for list words (a colon, a semicolon, a
    bullet at the start of a line: "two violations on 14 February: at 10:05, two F-16
    south of Rhodes; at 15:40, a drone ..."), and an item may open with its details
    before its aircraft ("and at 15:40 a drone")."""
    out: list[int] = []
    # an item opened by an ordinal, or by a word of one more with no noun ("another on 12
    # June", "un autre le 12 juin")
    ordinals = {c.start for cls in ("ORDINAL_CUE", "ONE_MORE_CUE") for c in cues.by_class.get(cls, [])}
    joins = [c for cls in ("LIST_CUE", "COORD_CUE") for c in cues.by_class.get(cls, []) if c.key != "with"]
    joins = _out_of_tracking(cues, joins)
    # an ordinal after a comma opens an item too: "the first at 10:12, the second at 14:05"
    # and so does a word of one more ("..., another at 3:35 near Cahul", "..., un autre à 3 h 35")
    ranked = ("ORDINAL_CUE", "ONE_MORE_CUE")
    joins += [c for cls in ranked for c in cues.by_class.get(cls, []) if last_mark(text, c.start) == ","]
    joins += _item_marks(text)
    # "and then": the item opens where its last word does ("then" opens the clause; a
    # list word ending there with words before it would open an item of one word)
    # (no other list word ending with it begins after it: one pass, not one per pair)
    last_start: dict[int, int] = {}
    for c in joins:
        if c.start > last_start.get(c.end, -1):
            last_start[c.end] = c.start
    joins = [c for c in joins if c.start >= last_start[c.end]]
    joins.sort(key=lambda c: c.start)
    join_starts = [c.start for c in joins]
    for cue in joins:
        k = bisect.bisect_left(starts, cue.end)
        if k and mentions[k - 1].span[1] > cue.end:
            k -= 1  # "followed by" + "by two other planes": the agent phrase takes the cue's last word
        item = cue.start if cue.cls in ranked else _next_word_start(text, cue.end)
        # the item's own stretch: up to the next list word, a clause word or the sentence's end
        end = _sentence_end(sents, item, len(text))
        j = bisect.bisect_right(join_starts, cue.end)
        nxt = join_starts[j] if j < len(joins) else end
        stop = min(end, nxt, _clause_word_after(cues, mentions, cue.end, end))
        own = mentions[k : bisect.bisect_left(starts, stop)]
        # over another place: after a word of sequence ("then", "puis"), or an "and" after
        # the details of the place before ("les îlots de Panagia et d'Oinousses à 8 000
        # pieds" is one flight)
        place = _opens_with_place(text, cues, own, item) and (
            not cues.within("COORD_CUE", cue.start, cue.end) or _detail_before(mentions, k, cue.start)
        )
        if not (
            item in ordinals
            or _opens_with_aircraft(own, item)
            or place
            or _one_more_after_when(own, item, ordinals)
        ):
            continue
        if _means_of_listed_when(text, cues, mentions[:k], own, cue):
            continue
        if any(m.kind == "verb" and not _of_relative(text, cues, own, m) for m in own):
            continue
        if _negated_item(cues, own, item, stop) or (item in ordinals and _leaving_item(cues, item, stop)):
            continue
        # a detail of its own: not a month or a year ("the fourth such interception this
        # month" counts a series, it tells no crossing); over a place, its height too
        # ("then over Levitha at 1,000 feet")
        # an item opened by an ordinal or "the other": its depth too ("l'autre de 5 km")
        details = _PLACE_ITEM_DETAILS if place or item in ordinals else _ITEM_DETAILS
        if any(m.kind in details and not _period(m) and not _counted_over(text, cues, m) for m in own):
            out.append(item if cue.cls == "ITEM_MARK" else cue.start)
    return out + _comma_items(text, mentions, starts, sents, out, ordinals)


def _out_of_tracking(cues: Cues, joins: list[Cue]) -> list[Cue]:
    """The list words that are no part of a phrase of an observer tracking the aircraft
    (TRACKING_CUE: « Un drone, qui a pénétré ..., a été suivi par les radars peu après
    minuit au-dessus de X »: "suivi par", "followed by", is the verb of the sentence there,
    its agent the radars, no list of crossings)."""
    tracking = cues.by_class.get("TRACKING_CUE", [])
    if not tracking:
        return joins
    return [c for c in joins if not any(t.start <= c.start and c.end <= t.end for t in tracking)]


def _of_relative(text: str, cues: Cues, own: list[Mention], verb: Mention) -> bool:
    """Is ``verb`` told in a relative clause hung on the item's aircraft, its relative
    word right after it ("...; la más reciente, el sábado, de un Su-30 que se adentró
    tres kilómetros sobre X; la primera ...", "by a Su-30 that flew over X"): a
    description of the item's aircraft, not a verb of the item's own, and the verb the
    item leaves out is still the list's."""
    told = [m for m in own if m.span[1] <= verb.span[0] and m.kind in ("aircraft", "verb")]
    if not told or told[-1].kind != "aircraft":
        return False
    end = told[-1].span[1]
    return any(cues.starting_at(cls, end, text) is not None for cls in ("THAT_CUE", "RELATIVE_SUBJECT_CUE"))


def _negated_item(cues: Cues, own: list[Mention], item: int, stop: int) -> bool:
    """Does a negation (a grammar cue "neg", not one of a negated noun: "without a
    flight plan", NEG_NOUN_CUE) stand in the item's stretch? Then a verb no list knows
    is denied there ("; Vilnius airport did not operate for four hours", "аеропорт
    Вільнюса не працював понад чотири години"): a clause of its own, no item."""
    nouns = cues.within("NEG_NOUN_CUE", item, stop)
    negs = [m for m in own if m.kind == "cue" and m.value == "neg"]
    return any(not any(x.start <= m.span[0] < x.end for x in nouns) for m in negs)


def _leaving_item(cues: Cues, item: int, stop: int) -> bool:
    """Does a word of leaving (EXIT_CUE) stand in the stretch of an item opened by a rank
    ("...; le second a quitté le territoire après une dizaine de minutes")? Then the
    item tells a member leaving, with a verb no list knows, not a crossing whose verb
    is left out."""
    return bool(cues.within("EXIT_CUE", item, stop))


def _comma_items(
    text: str,
    mentions: list[Mention],
    starts: list[int],
    sents: list[int],
    items: list[int],
    ordinals: set[int],
) -> list[int]:
    """ "...: a drone on 10 June, a balloon on 12 June and a helicopter on 15 June": between
    two items of one sentence, a comma opening an aircraft with a detail of its own
    (up to the next comma or item) and no verb opens an item too."""
    out: list[int] = []
    for a, b in zip(items, items[1:], strict=False):
        if _sentence_end(sents, a, len(text)) <= b:
            continue
        commas = [k for k in range(a, b) if text[k] == "," and not _inside(_covered(mentions), k)]
        for c, nxt in zip(commas, commas[1:] + [b], strict=False):
            item = _next_word_start(text, c + 1)
            own = mentions[bisect.bisect_left(starts, item) : bisect.bisect_left(starts, nxt)]
            if not (item in ordinals or _opens_with_aircraft(own, item)) or any(
                m.kind == "verb" for m in own
            ):
                continue
            if any(m.kind in _ITEM_DETAILS and not _period(m) for m in own):
                out.append(item)
    return out


#: the marks of a statement's list: a semicolon, a colon, a bullet opening a line (a
#: table's bar among them: "| 12 Feb | 1 x Mi-24 |")
_ITEM_MARK = re.compile(r"[;:](?!\d)")
_ITEM_BULLET = re.compile(r"[ \t]*(?:[-–—•*|]|\d{1,2}[.)])(?=[ \t])")


def _item_marks(text: str) -> list[Cue]:
    """The marks of a statement's list (``_ITEM_MARK``, ``_ITEM_BULLET`` at the start
    of a line), in text order: the bullets are tried at the line starts only."""
    out = [Cue("ITEM_MARK", m.group(0), m.start(), m.end()) for m in _ITEM_MARK.finditer(text)]
    bullets: list[Cue] = []
    pos = 0
    while pos >= 0:
        m = _ITEM_BULLET.match(text, pos)
        if m is not None:
            bullets.append(Cue("ITEM_MARK", m.group(0), m.start(), m.end()))
        pos = text.find("\n", pos)
        pos = pos if pos < 0 else pos + 1
    if bullets:  # no mark lies inside a bullet: the two never overlap
        out = sorted(out + bullets, key=lambda c: c.start)
    return out


def _opens_with_aircraft(own: list[Mention], item: int) -> bool:
    """Does the item name an aircraft first, right at its start or after nothing but
    its own time and day ("a drone near X", "at 15:40 a drone", "à 10 h 05, deux F-16")?"""
    for m in own:
        if m.kind == "aircraft":
            return m.span[0] <= item < m.span[1] or m.span[0] > item
        if m.kind not in ("time", "date") or m.span[0] < item:
            return False
    return False


def _means_of_listed_when(text: str, cues: Cues, before: list[Mention], own: list[Mention], cue: Cue) -> bool:
    """ "violated its airspace on Monday and Tuesday with three helicopters", « a violé
    l'espace aérien lundi et mardi avec trois hélicoptères »: the list word joins a day
    or time told right before it to the item's own of that kind, and the item's aircraft
    is the means of the verb (MEANS_CUE right before it), nothing else between: the days
    (times) are listed, the means and what follows are every one's; no item of its own.
    With an aircraft before the list word ("on Monday with two F-16s and on Tuesday
    with four Mirages") the item stays one."""
    told = [m for m in before if m.kind != "cue"]
    if not told or told[-1].kind not in ("date", "time") or text[told[-1].span[1] : cue.start].strip(" ,"):
        return False
    first = [m for m in own if m.kind != "cue"]
    k = next((i for i, m in enumerate(first) if m.kind == "aircraft"), None)
    if not k or any(m.kind != told[-1].kind for m in first[:k]):
        return False
    return cues.ending_at("MEANS_CUE", first[k].span[0], text) is not None


def _one_more_after_when(own: list[Mention], item: int, ordinals: set[int]) -> bool:
    """Does the item open with its own day or time, then a word of one more ("and on
    Tuesday three more over eastern Poland", "et mardi trois autres", "a we wtorek
    kolejne trzy": ONE_MORE_CUE), nothing else before it?"""
    told = [m for m in own if m.kind != "cue"]
    if not told or told[0].span[0] != item:
        return False
    for m in told:
        if m.kind not in ("time", "date"):
            return False
        if any(m.span[1] < o <= m.span[1] + 1 for o in ordinals):
            return True
    return False


def _detail_before(mentions: list[Mention], k: int, pos: int) -> bool:
    """Is the phrase told last before ``pos`` (``mentions[:k]``) a detail of the item
    before it ("over Agathonisi at 10:37 at 20,000 feet, and over Farmakonisi at
    10:44"), not a place listed with the next ("over Panagia and Oinousses at 8,000
    feet": one flight)?"""
    told = [m for m in mentions[:k] if m.kind != "cue" and m.span[1] <= pos]
    details = 0
    for m in reversed(told):
        if m.kind in _PLACE_ITEM_DETAILS:
            details += 1
            continue
        # the place before, with its own details ("... at 14:10 and at 14:55 over Lesbos":
        # no place of its own before the "and", the place is both times')
        return details > 0 and m.kind == "location"
    return False


def _opens_with_place(text: str, cues: Cues, own: list[Mention], item: int) -> bool:
    """Does the item open with a named piece of land flown over (after nothing but its
    own time and day), with no aircraft of its own: the same aircraft over another
    place ("..., and then over the island of Chios at 10:40", "puis à 10 h 40 l'île de
    Chios"); not a place it was near or came from ("the device was recovered near X")?"""
    if any(m.kind == "aircraft" for m in own):
        return False
    at = item
    for m in own:
        if m.kind == "location":
            if text[at : m.span[0]].strip(" ,") or not (m.extra.get("land") and m.extra.get("name_span")):
                return False
            return not any(cues.opening(cls, m.span[0]) for cls in ("NEAR_CUE", "FROM_CUE", "STATION_CUE"))
        if m.kind not in ("time", "date") or m.span[0] < item:
            return False
        at = m.span[1]
    return False


def _period(m: Mention) -> bool:
    return m.kind == "date" and m.extra.get("precision") not in (None, "day")


def _counted_over(text: str, cues: Cues, m: Mention) -> bool:
    """Is ``m`` a length of a day or more that a series is counted over ("..., the second
    such accusation in a month", « ..., la deuxième accusation de ce type en un mois »),
    no stay of one crossing nor an offset from the one before ("a day later", « une
    semaine plus tard »: TIME_OFFSET_CUE right after it)?"""
    if m.kind != "duration" or not isinstance(m.value, (int, float)) or m.value < _DAY_S:
        return False
    return cues.starting_at("TIME_OFFSET_CUE", _next_word_start(text, m.span[1]), text) is None


#: a day in seconds: a length of a day or more is a span of counting, not of one stay
_DAY_S = 86400


def _clause_word_after(cues: Cues, mentions: list[Mention], pos: int, end: int) -> int:
    """The start of the first clause word after ``pos`` that opens a clause: one inside
    an aircraft phrase ("which" of "about 80 of which came down", a part of the group
    named before) opens the relative clause the phrase begins, whose verb is the item's
    own (no verb left out)."""
    for c in cues.within("CLAUSE_CUE", pos, end):
        if not any(m.kind == "aircraft" and m.span[0] < c.start < m.span[1] for m in mentions):
            return c.start
    return end


_ITEM_DETAILS = frozenset({"time", "date", "duration"})
_PLACE_ITEM_DETAILS = _ITEM_DETAILS | {"distance"}


def _next_word_start(text: str, pos: int) -> int:
    n = len(text)
    while pos < n and (text[pos].isspace() or text[pos] in ",;"):
        pos += 1
    return pos
