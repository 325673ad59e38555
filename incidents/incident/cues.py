"""Cue words of the incident layer, found once per document.

The phrase grammar gives mentions; the incident rules also ask about plain words
that make no phrase: "into" before a zone, "returned to" before it, "while" opening
a clause, "déjà" marking a told-before crossing. Those words live in the lexicon
under classes named ``*_CUE`` (``incidents/lexicon/<lang>.incident.toml``); here they
are matched on the grammar's own word tokens (case- and accent-insensitively,
hyphens and apostrophes ignored, as every lexicon form is), so that a rule can ask
"is there a cue of this class between these two mentions of one clause?" without
ever counting characters.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from pathlib import Path
from typing import Any, overload

from ..scanner import shape_lexer
from ..words import (
    STEM_MARK,
    TRANSPARENT,
    BadTrieEntry,
    Lexicon,
    fold,
    nodes_of,
    root_json,
    root_of,
    stem_step,
    unaccent,
    unfold_child,
)
from .bisection import NATIVE, bisect_left

Span = tuple[int, int]


class Word:
    """A word token of the document: its span and folded text (a document has
    hundreds, made in the hot path: a plain class with slots, native when compiled,
    where a named tuple's fields are generic look-ups)."""

    __slots__ = ("end", "folded", "kind", "start")

    def __init__(self, start: int, end: int, folded: str, kind: str) -> None:
        self.start = start
        self.end = end
        self.folded = folded
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Word)
            and self.start == other.start
            and self.end == other.end
            and self.folded == other.folded
            and self.kind == other.kind
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.folded, self.kind))

    def __repr__(self) -> str:
        return f"Word(start={self.start!r}, end={self.end!r}, folded={self.folded!r}, kind={self.kind!r})"


class Cue:
    """A cue word (or words) of class ``cls`` with canonical ``key`` (a plain class
    with slots: see ``Word``)."""

    __slots__ = ("cls", "end", "key", "start")

    def __init__(self, cls: str, key: str, start: int, end: int) -> None:
        self.cls = cls
        self.key = key
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Cue)
            and self.cls == other.cls
            and self.key == other.key
            and self.start == other.start
            and self.end == other.end
        )

    def __hash__(self) -> int:
        return hash((self.cls, self.key, self.start, self.end))

    def __repr__(self) -> str:
        return f"Cue(cls={self.cls!r}, key={self.key!r}, start={self.start!r}, end={self.end!r})"


class _Node:
    __slots__ = ("children", "found", "stems", "pending", "quote", "remake")

    def __init__(
        self,
        children: dict[str, _Node] | None = None,
        found: list[tuple[str, str, tuple[str, ...]]] | None = None,
        stems: dict[str, _Node] | None = None,
    ) -> None:
        self.children: dict[str, _Node] = {} if children is None else children
        #: (class, key, the form's words with their accents)
        self.found: list[tuple[str, str, tuple[str, ...]]] = [] if found is None else found
        #: children by stem (a form's word written "stem*")
        self.stems: dict[str, _Node] = {} if stems is None else stems
        #: a root read from the cache: its children's subtrees as JSON texts, each made a
        #: node on its first visit (``unfold``, as ``words._Trie``'s); else None
        self.pending: dict[str, str] | None = None
        #: what stands for ``"`` in those texts (see ``root_json``)
        self.quote = '"'
        #: makes the whole trie again, for a subtree's text that is not one (``unfold``)
        self.remake: Callable[[], _Node] | None = None

    def step(self, word: str) -> _Node | None:
        found: _Node | None = self.children.get(word)
        if found is None and self.pending is not None and word in self.pending:
            found = self.unfold(word)  # a word with no subtree of its own costs one look only
        return found or (stem_step(self.stems, word) if self.stems else None)

    def unfold(self, word: str) -> _Node | None:
        """The child ``word`` of a root read from the cache (``words.unfold_child``)."""
        found: _Node | None = unfold_child(self, word, _Node, _found_of)
        return found

    def adopt(self, fresh: _Node) -> None:
        """Take the fields of ``fresh``, the whole trie made again."""
        self.children, self.found, self.stems, self.pending = fresh.children, fresh.found, fresh.stems, None

    def as_json(self) -> list[Any]:
        """The trie as plain JSON: ``[children, found, stems]`` (see ``_node_of``)."""
        for word in list(self.pending or ()):
            self.unfold(word)
        return [
            {k: v.as_json() for k, v in self.children.items()},
            [[cls, key, list(words)] for cls, key, words in self.found],
            {k: v.as_json() for k, v in self.stems.items()},
        ]


def _found_of(found: Any) -> list[tuple[str, str, tuple[str, ...]]]:
    entries: list[tuple[str, str, tuple[str, ...]]] = []
    for cls, key, words in found:
        if type(cls) is not str or type(key) is not str or not all(type(w) is str for w in words):
            raise BadTrieEntry(found)
        entries.append((cls, key, tuple(words)))
    return entries


def _node_of(node: Any) -> _Node:
    """The trie of ``_Node.as_json`` (of a sealed cache entry; a wrong layout raises):
    ``words.nodes_of``, with this trie's payload."""
    return nodes_of(node, _Node, _found_of)


_TRIES: dict[int, tuple[Lexicon, _Node]] = {}


def _cue_trie(lexicon: Lexicon) -> _Node:
    """The trie of the cue forms of ``lexicon`` (built once per lexicon, kept in the
    private cache: a sealed entry keyed by the lexicon's ``cache_key`` and this module's
    source, so that a warm start builds no trie; one of the wrong layout is made again)."""
    found = _TRIES.get(id(lexicon))
    if found is not None and found[0] is lexicon:
        return found[1]
    root = _cached_trie(lexicon)
    _TRIES[id(lexicon)] = (lexicon, root)
    return root


def _cached_trie(lexicon: Lexicon) -> _Node:
    from ..grammar_cache import cached_data

    made: list[_Node] = []

    def make() -> dict[str, Any]:
        made.append(_build_trie(lexicon))
        return {"root": root_json(made[-1])}

    def valid(found: dict[str, Any]) -> bool:
        try:
            made.append(root_of(found["root"], _Node, _found_of, remade))
        except (BadTrieEntry, KeyError, TypeError, ValueError, AttributeError, RecursionError):
            return False
        return True

    def remade() -> _Node:  # a subtree of the entry is none: made and written again
        cached_data(f"cues-{lexicon.lang}", material, make, lambda _: False, sealed=True)
        return made[-1]

    try:
        source = Path(__file__).with_name("cues.py").read_bytes()
    except OSError:  # no source beside the module: no cache
        return _build_trie(lexicon)
    if not lexicon.cache_key:
        return _build_trie(lexicon)
    material = lexicon.cache_key.encode("ascii") + b"\x00" + source
    cached_data(f"cues-{lexicon.lang}", material, make, valid, sealed=True)
    return made[-1]


def _build_trie(lexicon: Lexicon) -> _Node:
    root = _Node()
    elisions: dict[str, list[str]] = {}
    for short, fulls in lexicon.elided.items():
        for full in fulls:
            elisions.setdefault(full, []).append(short)
    for cls, table in lexicon.classes.items():
        if not cls.endswith("_CUE"):
            continue
        for key, forms in table.items():
            for form in forms:
                words = [w.casefold() for w in lexicon.split(form)]
                for variant in _elided(words, elisions):
                    node = root
                    for part in variant:
                        if len(part) > 1 and part.endswith(STEM_MARK):
                            branch, part = node.stems, part[:-1]
                        else:
                            branch = node.children
                        folded = fold(part)
                        nxt = branch.get(folded)
                        if nxt is None:  # (made only when missing: most words are shared)
                            nxt = branch[folded] = _Node()
                        node = nxt
                    entry = (cls, key, tuple(variant))
                    if entry not in node.found:
                        node.found.append(entry)
    return root


def _accents_agree(words: list[Word], spelled: tuple[str, ...], text: str, optional: str = "") -> bool:
    """A word written with accents must have the form's ("entré" is not "entre");
    one written without any matches every form (wire copy often drops them), and so
    does a letter whose mark is written at will (``optional``: Russian "ещё" is the
    form "еще")."""
    for w, form in zip(words, spelled, strict=True):
        surface = text[w.start : w.end]
        if surface.isascii():
            continue
        surface = surface.casefold()
        if optional and any(c in optional for c in surface):
            surface = "".join(unaccent(c) if c in optional else c for c in surface)
        if form.endswith(STEM_MARK):
            surface, form = surface[: len(form) - 1], form[:-1]
        if surface != form and unaccent(surface) != surface:
            return False
    return True


def _elided(parts: list[str], elisions: dict[str, list[str]]) -> list[list[str]]:
    """A form and its elided spellings: "bien que" is also "bien qu'" (``elisions``:
    full form -> elided ones, the language's ``[format] elision`` turned round)."""
    if not parts:
        return []
    out = [parts]
    for k, part in enumerate(parts):
        for short in elisions.get(part, ()):
            out += [[*v[:k], short, *v[k + 1 :]] for v in list(out)]
    return out


def words_of(text: str) -> list[Word]:
    """The grammar's shape tokens of ``text`` except apostrophes (hyphens stay: a
    spaced one is a dash; cue matching steps over them)."""
    # this runs once per token of every document; the token texts are the scanner's
    # (it has just read this text). Folded forms are memoised in a plain dict (a
    # look-up is cheaper than a call of an lru_cache, compiled or not), bounded.
    folded = _FOLDED
    if len(folded) > MAX_FOLDED:
        folded.clear()
    lexer = shape_lexer()
    surfaces = lexer.surfaces(text)
    out: list[Word] = []
    for k, (kind, start, end) in enumerate(lexer.split(text)):
        if kind == "APOS":
            continue
        surface = surfaces[k]
        f = folded.get(surface)
        if f is None:
            f = folded[surface] = fold(surface)
        out.append(Word(start, end, f, kind))
    return out


#: token text -> its folded form (see ``words_of``); emptied past ``MAX_FOLDED``
_FOLDED: dict[str, str] = {}
MAX_FOLDED = 1 << 16


_bisect_left = bisect.bisect_left


def _solid(words: list[Word], i: int, j: int) -> list[Word]:
    """The words of ``words[i:j]`` that are no hyphen or apostrophe."""
    return [w for w in words[i:j] if w.kind not in TRANSPARENT]


#: per cue trie's root: folded word -> may a form begin with it (a stem at the root
#: makes the question cost a walk down the word; words repeat)
_OPENS: dict[int, tuple[_Node, dict[str, bool]]] = {}


def _heads(root: _Node, words: list[Word]) -> list[int]:
    """Indices of the words (no hyphen or apostrophe) that may begin a cue form."""
    heads = root.children if root.pending is None else root.pending  # (every first word)
    transparent = TRANSPARENT  # compiled, a module's global is a look-up each time
    if not root.stems:
        return [i for i, w in enumerate(words) if w.folded in heads and w.kind not in transparent]
    known = _OPENS.get(id(root))
    if known is None or known[0] is not root:
        known = _OPENS[id(root)] = (root, {})
    memo = known[1]
    if len(memo) > 1 << 16:
        memo.clear()
    out: list[int] = []
    for i, w in enumerate(words):
        opens = memo.get(w.folded)
        if opens is None:
            opens = memo[w.folded] = root.step(w.folded) is not None
        if opens and w.kind not in transparent:
            out.append(i)
    return out


#: the cues and starts of a class a document has none of (shared: never mutated)
_NONE: tuple[list[Cue], list[int]] = ([], [])


class ByClass:
    """The cues of each class of a document, in text order: ``get`` as a dict's. A class's
    ``Cue`` objects (and their starts, for bisection) are made on its first look-up:
    about half the cues of a document are of classes no rule asks about in it."""

    __slots__ = ("made", "spans")

    def __init__(self, spans: dict[str, list[tuple[str, int, int]]]) -> None:
        #: (key, start, end) of each cue of each class, as found
        self.spans = spans
        #: the cues of each class looked up (or set) so far, with the start of each
        #: (``_NONE`` for a class with no cue)
        self.made: dict[str, tuple[list[Cue], list[int]]] = {}

    def make(self, cls: str) -> tuple[list[Cue], list[int]]:
        """The cues of ``cls`` and their starts, made now and kept."""
        spans = self.spans.get(cls)
        found = (
            _NONE
            if spans is None
            else ([Cue(cls, key, s, e) for key, s, e in spans], [s for _, s, _ in spans])
        )
        self.made[cls] = found
        return found

    @overload
    def get(self, cls: str) -> list[Cue] | None: ...

    @overload
    def get(self, cls: str, default: list[Cue]) -> list[Cue]: ...

    def get(self, cls: str, default: list[Cue] | None = None) -> list[Cue] | None:
        found = self.made.get(cls)
        if found is None:
            found = self.make(cls)
        return default if found is _NONE else found[0]

    def __setitem__(self, cls: str, cues: list[Cue]) -> None:
        self.made[cls] = (cues, [c.start for c in cues])

    def as_dict(self) -> dict[str, list[Cue]]:
        """Every class's cues (each made now, if not yet)."""
        every = {cls: self.get(cls, []) for cls in [*self.spans, *self.made]}
        return {cls: cues for cls, cues in every.items() if cues}


class Cues:
    """Every cue of a document, in text order, with look-ups by class and position."""

    def __init__(self, words: list[Word], lexicon: Lexicon, text: str) -> None:
        root = _cue_trie(lexicon)
        # (key, start, end) of the cues of each class, in text order
        spans: dict[str, list[tuple[str, int, int]]] = {}
        n = len(words)
        ascii_text = text.isascii()
        transparent = TRANSPARENT  # compiled, a module's global is a look-up each time
        # hyphens and apostrophes are stepped over; only the words that may begin a
        # form are walked from
        for i in _heads(root, words):
            node = root
            j = i
            while j < n:
                w = words[j]
                if w.kind in transparent:
                    j += 1
                    continue
                nxt = node.children.get(w.folded)
                if nxt is None and node.pending is not None:
                    nxt = node.unfold(w.folded)
                if nxt is None and node.stems:
                    nxt = node.step(w.folded)
                if nxt is None:
                    break
                node = nxt
                j += 1
                # every form ending here (several lengths may start at i: "after", "after the")
                if not node.found:
                    continue
                start, end = words[i].start, w.end
                # words written in ASCII match every form, accented or not
                plain = ascii_text or text[start:end].isascii()
                for cls, key, spelled in node.found:
                    if plain or _accents_agree(_solid(words, i, j), spelled, text, lexicon.optional_marks):
                        found = spans.get(cls)
                        if found is None:
                            spans[cls] = [(key, start, end)]
                        else:
                            found.append((key, start, end))
        #: the cues of each class, in text order
        self.by_class = ByClass(spans)
        #: ``by_class``'s cues and starts of the classes looked up so far (read first by
        #: the look-ups below: one look-up and no call once a class is made)
        self._made = self.by_class.made

    def add(self, cls: str, more: list[Cue]) -> None:
        """Cues of ``cls`` found by a reading of their sentence, not by their words alone
        (``doc._pair_ranks``), put in text order among those of their class."""
        if not more:
            return
        cues = sorted([*self.by_class.get(cls, []), *more], key=lambda c: (c.start, c.end))
        self.by_class[cls] = cues

    def within(self, cls: str, lo: int, hi: int) -> list[Cue]:
        """Cues of ``cls`` lying wholly inside [lo, hi)."""
        made = self._made.get(cls)
        cues, starts = self.by_class.make(cls) if made is None else made
        if not cues:
            return []
        k = bisect_left(starts, lo, 0) if NATIVE else _bisect_left(starts, lo)
        n = len(cues)
        out = []
        # the starts read from their own list: no cue's field looked up to stop
        while k < n and starts[k] < hi:
            cue = cues[k]
            if cue.end <= hi:
                out.append(cue)
            k += 1
        return out

    def opening(self, cls: str, pos: int) -> Cue | None:
        """A cue of ``cls`` that begins exactly at ``pos``."""
        made = self._made.get(cls)
        cues, starts = self.by_class.make(cls) if made is None else made
        if not cues:
            return None
        k = bisect_left(starts, pos, 0) if NATIVE else _bisect_left(starts, pos)
        return cues[k] if k < len(cues) and cues[k].start == pos else None

    def any_within(self, classes: tuple[str, ...] | list[str], lo: int, hi: int) -> bool:
        return any(self.within(cls, lo, hi) for cls in classes)

    def leading_into(self, cls: str, pos: int, text: str) -> Cue | None:
        """A cue of ``cls`` that ends right before ``pos`` or runs into what begins
        there ("flying at" before "at up to 150 m")."""
        found = self.ending_at(cls, pos, text)
        if found is not None:
            return found
        made = self._made.get(cls)
        cues, starts = self.by_class.make(cls) if made is None else made
        if not cues:
            return None
        k = bisect_left(starts, pos, 0) if NATIVE else _bisect_left(starts, pos)
        for cue in cues[max(0, k - 8) : k]:
            if cue.start < pos < cue.end:
                return cue
        return None

    def run_before(self, cls: str, pos: int, text: str) -> list[int]:
        """``pos`` and, going back, the start of each cue of ``cls`` in the run of them
        that ends right before it ("the north of" + "the country"), nearest first."""
        starts = [pos]
        while True:
            end = pos
            while end and text[end - 1] in "'’":  # an elided "d'": its apostrophe is no word
                end -= 1
            cue = self.ending_at(cls, end, text)
            if cue is None or cue.start >= pos:
                return starts
            pos = cue.start
            starts.append(pos)

    def ending_at(self, cls: str, pos: int, text: str) -> Cue | None:
        """A cue of ``cls`` that ends right before ``pos`` (only white space between, or
        the apostrophe of a form that ends in an elision: "venant d'Ukraine")."""
        made = self._made.get(cls)
        cues, starts = self.by_class.make(cls) if made is None else made
        if not cues:
            return None
        k = bisect_left(starts, pos, 0) if NATIVE else _bisect_left(starts, pos)
        best = None
        # forms of one class ending at one word are few ("into", "back into")
        for cue in reversed(cues[max(0, k - 8) : k]):
            if (
                cue.end <= pos
                and text[cue.end : pos].strip() in ("", "'", "’")
                and (best is None or cue.start < best.start)
            ):
                best = cue
        return best

    def starting_at(self, cls: str, pos: int, text: str) -> Cue | None:
        """A cue of ``cls`` that begins right after ``pos`` (only white space between):
        the first cue of the class at or after ``pos``, found by bisection (not the list
        of every cue of the class up to the end of the text)."""
        made = self._made.get(cls)
        cues, starts = self.by_class.make(cls) if made is None else made
        if not cues:
            return None
        k = bisect_left(starts, pos, 0) if NATIVE else _bisect_left(starts, pos)
        hi, n = len(text) + 1, len(cues)
        while k < n and starts[k] < hi:
            cue = cues[k]
            if cue.end <= hi:  # the first cue ``within`` would give
                return None if text[pos : cue.start].strip() else cue
            k += 1
        return None
