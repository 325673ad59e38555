"""Stage 1: the scopes every later rule speaks of: paragraphs, sentences, clauses.

- A **paragraph** ends at a blank line, or at a line break after a sentence's end
  (a line wrapped in mid-sentence goes on).
- A **sentence** ends at ``.``, ``!``, ``?`` or ``…`` followed by a capital, a digit or
  a quote, unless the word before the stop is an abbreviation (``ABBREV_CUE``:
  "Gen.", "Lt.") or the stop lies inside a mention ("3 p.m.", "U.S.").
- A **clause** is a part of a sentence: it ends before ``;``, ``:``, a dash (or a
  hyphen between spaces), a word
  that opens a clause (``CLAUSE_CUE``: "while", "after", "tandis que", "qui"), and
  before "and"/"et" (``COORD_CUE``) when the next mention is a verb ("entered the
  airspace and flew 2 km": two clauses; "Su-27 and Su-24": one).

A rule's scope is one of these units, never a number of characters.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Mention
from .cues import Cues, Word

_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"”»')]’")
_CLAUSE_PUNCT = frozenset({";", ":", "—", "–"})


@dataclass(frozen=True, slots=True)
class Scope:
    """One paragraph, sentence or clause: [start, end) offsets and its index."""

    index: int
    start: int
    end: int

    def holds(self, pos: int) -> bool:
        return self.start <= pos < self.end


class _Units:
    """Consecutive scopes covering the text, found by bisection."""

    def __init__(self, starts: list[int], length: int) -> None:
        self.starts = starts
        ends = [*starts[1:], max(length, starts[-1])]
        self.scopes = [Scope(i, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True))]

    def at(self, pos: int) -> Scope:
        return self.scopes[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def __len__(self) -> int:
        return len(self.scopes)


class Segments:
    """Paragraphs, sentences and clauses of one document."""

    def __init__(self, text: str, words: list[Word], cues: Cues, mentions: list[Mention]) -> None:
        inside = _covered(mentions)
        paras = _paragraph_starts(text)
        sents = sorted(set(paras) | set(_sentence_starts(text, words, cues, inside)))
        clauses = sorted(set(sents) | set(_clause_starts(text, words, cues, mentions, inside)))
        n = len(text)
        self.paragraphs = _Units(paras, n)
        self.sentences = _Units(sents, n)
        self.clauses = _Units(clauses, n)

    def paragraph(self, pos: int) -> Scope:
        return self.paragraphs.at(pos)

    def sentence(self, pos: int) -> Scope:
        return self.sentences.at(pos)

    def clause(self, pos: int) -> Scope:
        return self.clauses.at(pos)

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence(a).index == self.sentence(b).index

    def same_clause(self, a: int, b: int) -> bool:
        return self.clause(a).index == self.clause(b).index


def _covered(mentions: list[Mention]) -> list[tuple[int, int]]:
    return sorted(m.span for m in mentions)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Is ``pos`` strictly inside one of ``spans`` (not at its end)?"""
    k = bisect.bisect_right(spans, (pos, 1 << 62))
    for s, e in spans[max(0, k - 4) : k]:
        if s < pos < e - 1:
            return True
    return False


def _paragraph_starts(text: str) -> list[int]:
    """A blank line ends a paragraph; a single line break only after a sentence's end
    (wire copy is often wrapped in mid-sentence)."""
    starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        nxt = pos + 1
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        blank = text.count("\n", pos, nxt) > 1
        ended = text[:pos].rstrip()[-1:] in _LINE_ENDS
        if nxt < len(text) and nxt > starts[-1] and (blank or ended):
            starts.append(nxt)
        pos = text.find("\n", nxt)
    return starts


_LINE_ENDS = frozenset('.!?…:"”»)')


def _sentence_starts(text: str, words: list[Word], cues: Cues, inside: list[tuple[int, int]]) -> list[int]:
    abbrev_ends = {c.end for c in cues.by_class.get("ABBREV_CUE", [])}
    out: list[int] = []
    for k, w in enumerate(words[:-1]):
        if w.folded not in _STOPS:
            continue
        if words[k - 1].end in abbrev_ends and k and words[k - 1].end == w.start:
            continue  # "Gen. Kukuła"
        if _inside(inside, w.start):
            continue  # "p.m.", "U.S."
        j = k + 1
        while j < len(words) and words[j].folded in _CLOSERS and words[j].start == words[j - 1].end:
            j += 1
        if j >= len(words) or words[j].start == words[j - 1].end:
            continue  # "1.5", "ERR.ee"
        head = text[words[j].start]
        if head.isupper() or head.isdigit() or head in "\"“«'‘":
            out.append(words[j].start)
    return out


_DASHES = frozenset({"—", "–", "-"})


def _dash(text: str, w: Word) -> bool:
    """A dash: "—", "–", or a hyphen written between spaces."""
    if w.folded not in _DASHES:
        return False
    return w.folded != "-" or (text[w.start - 1 : w.start].isspace() and text[w.end : w.end + 1].isspace())


def _stop_between(words: list[Word], a: int, b: int) -> bool:
    return any(w.folded in _STOPS for w in words[a + 1 : b])


def _clause_starts(
    text: str, words: list[Word], cues: Cues, mentions: list[Mention], inside: list[tuple[int, int]]
) -> list[int]:
    out: list[int] = []
    dashes = [k for k, w in enumerate(words[:-1]) if _dash(text, w)]
    for k, w in enumerate(words[:-1]):
        if w.folded in _CLAUSE_PUNCT and w.folded not in _DASHES and not _inside(inside, w.start):
            out.append(words[k + 1].start)
    # a dash opens a clause ("WARSAW, May 3 - Drones ..."); two in one sentence
    # enclose an aside ("the aircraft – two Tu-95 – did not enter"), no break
    for n, k in enumerate(dashes):
        paired = (n + 1 < len(dashes) and not _stop_between(words, k, dashes[n + 1])) or (
            n > 0 and not _stop_between(words, dashes[n - 1], k)
        )
        if not paired and not _inside(inside, words[k].start):
            out.append(words[k + 1].start)
    for cue in cues.by_class.get("CLAUSE_CUE", []):
        if not _inside(inside, cue.start):
            out.append(cue.start)
    starts = [m.span[0] for m in mentions]
    for cue in cues.by_class.get("COORD_CUE", []):
        if _inside(inside, cue.start):
            continue
        k = bisect.bisect_left(starts, cue.end)
        if k < len(mentions) and mentions[k].kind == "verb":
            out.append(cue.start)
    return out
