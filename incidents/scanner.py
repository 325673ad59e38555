"""Finding phrases in free text with the LALR grammar of ``grammar/``.

Three steps, each linear in the input:

1. the grammar's own (basic) lexer cuts the text into shape tokens;
2. lexicon words, possibly several tokens long, are looked up in a trie and get
   their word classes as candidate terminal types (a word may have several);
3. at each token that can begin a phrase, the LALR parse table is run forward
   (without building a tree) over every candidate reading, and the longest
   prefix that ends in an accepting state wins. Only that one is then parsed
   for real and handed to the transformer.

Because a failed attempt only costs the tokens it read, and attempts are capped at
``MAX_PHRASE`` tokens, no input can make the parser dead-end or hang.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lark import Discard, Token, Transformer, Tree
from lark.lexer import BasicLexer, LexerThread

if TYPE_CHECKING:
    from lark import Lark

from .grammar_cache import PhraseTables, decode_row
from .words import TRANSPARENT, Lexicon, _Trie, fold, unaccent

MAX_PHRASE = 24

#: Start symbols of grammar/phrase.lark, in order of preference when two kinds
#: match the same tokens.
PHRASE_STARTS = (
    "time_phrase",
    "time_list",
    "date_phrase",
    "distance",
    "duration",
    "speed",
    "quantity_list",
    "repetition",
    "other_quantity",
    "aircraft",
    "zone_phrase",
    "verb_phrase",
    "state_phrase",
    "location",
    "source_phrase",
    "number_phrase",
    "cue",
)
BEAM = 8

#: Re-raise what a phrase's transformer raises other than a refusal (the exception
#: classes in its ``refusals``; lark's VisitError is looked through), instead of
#: trying the next shorter reading: for tests (INCIDENTS_STRICT=1), where a transformer
#: bug, e.g. a compiled method whose annotation is not truthful (a TypeError raised by
#: mypyc's run-time check), must not pass for a phrase refused
STRICT = bool(os.environ.get("INCIDENTS_STRICT"))

_HERE = Path(__file__).parent
GRAMMAR_ORDER = (
    "terminals.lark",
    "lexicon.lark",
    "phrase.lark",
    "numbers.lark",
    "time.lark",
    "date.lark",
    "quantity.lark",
    "aircraft.lark",
    "incident.lark",
)


def grammar_dir() -> Path:
    """``incidents/grammar`` in an installed wheel, ``grammar/`` in a checkout."""
    for cand in (_HERE / "grammar", _HERE.parent / "grammar"):
        if (cand / "phrase.lark").exists():
            return cand
    raise FileNotFoundError("grammar files not found next to the incidents package")


def grammar_text() -> str:
    root = grammar_dir()
    return "\n".join((root / name).read_text(encoding="utf-8") for name in GRAMMAR_ORDER)


#: How the phrase grammar is built: LALR, a basic lexer (words are classed by the lexicon).
_LARK_OPTIONS: dict[str, Any] = {
    "parser": "lalr",
    "lexer": "basic",
    "propagate_positions": False,
    "maybe_placeholders": False,
    "start": [*PHRASE_STARTS, "filler"],
}


@functools.cache
def build_lark(strict: bool = False) -> Lark:
    """The phrase grammar, LALR with a basic lexer (words are classed by the lexicon)."""
    from lark import Lark  # (here: a warm start never needs lark's parser builder)

    if strict:
        return Lark(grammar_text(), strict=True, **_LARK_OPTIONS)
    # never lark's cache=True: it unpickles a file from the shared temp folder
    from .grammar_cache import build

    return build(grammar_text(), **_LARK_OPTIONS)


@functools.cache
def phrase_tables() -> PhraseTables:
    """What the scanner reads of ``build_lark()``: its parse table, tree builders and
    lexer configuration, from the private cache without building the parser when the
    cache holds them (see ``grammar_cache.tables``)."""
    from .grammar_cache import tables

    return tables(grammar_text(), _LARK_OPTIONS, build_lark)


class ShapeLexer:
    """The grammar's basic lexer, run as one compiled regex.

    It yields the same tokens as ``Lark.lex`` (the same terminals tried in lark's
    order, first alternative wins, ``%ignore`` dropped) but as plain tuples, and it
    is built once: ``Lark.lex`` on an LALR parser builds a new lexer per call. A
    character no terminal matches (none does in our grammar) becomes an ``OTHER``
    token instead of an exception.
    """

    def __init__(self, lark: Lark | PhraseTables) -> None:
        self.lexer = BasicLexer(lark.lexer_conf)
        #: the last text, its tokens and their texts (see ``split``, ``surfaces``)
        self._last: tuple[str | None, list[tuple[str, int, int]], list[str]] = (None, [], [])
        if isinstance(lark, PhraseTables) and lark.plain_lexer:
            # lark's scanner would keep every terminal, in the lexer's order, and add no
            # callback (the cached tables say so): not built (its regexes are compiled)
            terminals, callback = list(self.lexer.terminals), {}
        else:
            terminals, callback = self.lexer.scanner.terminals, self.lexer.callback
        self.regex: re.Pattern[str] | None = None
        #: the regex's group number -> the terminal it names ("" for a group of no name)
        self._names: list[str] = []
        ignore = set(self.lexer.ignore_types)
        # The only ignored terminal is white space, and no other terminal can begin
        # with it: each match takes the spaces before its token, so a token is one
        # match instead of two (the token is the named group that matched).
        simple = not callback and all(
            t.pattern.to_regexp() in (r"\s+", r"(?:\s+)") for t in terminals if t.name in ignore
        )
        if simple:  # string terminals renamed by regexps would need lark: leave them to it
            flags = lark.lexer_conf.g_regex_flags
            terms = [(t.name, t.pattern.to_regexp()) for t in terminals if t.name not in ignore]
            alts = [f"(?P<{name}>{rx})" for name, rx in terms]
            names = [name for name, _ in terms]
            if "WORD" in names:
                # Most tokens are words: WORD is tried first, behind a look-ahead that
                # refuses it where a terminal before it in lark's order matches (only
                # those that may begin with a letter need to be asked).
                k = names.index("WORD")
                word = re.compile(terms[k][1], flags)
                before = [rx for _, rx in terms[:k] if _may_begin_with(rx, flags, word)]
                guard = f"(?!{'|'.join(before)})" if before else ""
                # most words begin with no character those terminals may begin with:
                # one look at a class of them spares the alternatives at every word
                opening = _opening_class(before, flags) if before else None
                if opening is not None:
                    guard = f"(?!(?={opening})(?:{'|'.join(before)}))"
                alts = [f"(?P<WORD>{guard}{terms[k][1]})", *alts[:k], *alts[k + 1 :]]
            try:
                self.regex = re.compile(rf"\s*(?:{'|'.join(alts)})", flags)
            except (AssertionError, re.error, OverflowError):  # too many groups for one pattern
                self.regex = None
            if self.regex is not None:
                self._names = [""] * (self.regex.groups + 1)
                for name, number in self.regex.groupindex.items():
                    self._names[number] = name

    def split(self, text: str) -> list[tuple[str, int, int]]:
        """(type, start, end) of every token of ``text``, in order (the last text's
        tokens are kept: the phrase and the incident layers both read them)."""
        last = self._last
        if last[0] is not text:
            last = self._read(text)
        return last[1]

    def surfaces(self, text: str) -> list[str]:
        """The text of each token of ``split(text)`` (kept for the last text too: the
        scanner and the incident layer both read them)."""
        last = self._last
        if last[0] is not text:
            last = self._read(text)
        return last[2]

    def _read(self, text: str) -> tuple[str | None, list[tuple[str, int, int]], list[str]]:
        """The tokens of ``text`` and their texts, made in one pass and kept as the last
        (one assignment: threads see an old or a new triple)."""
        if self.regex is None:
            out = [(t.type, t.start_pos or 0, t.end_pos or 0) for t in self._lark_tokens(text)]
            last: tuple[str | None, list[tuple[str, int, int]], list[str]] = (
                text,
                out,
                [text[start:end] for _, start, end in out],
            )
        else:
            last = (text, *self._split(text, self.regex))
        self._last = last
        return last

    def _split(self, text: str, regex: re.Pattern[str]) -> tuple[list[tuple[str, int, int]], list[str]]:
        out: list[tuple[str, int, int]] = []
        words: list[str] = []
        names = self._names
        pos = 0
        # the matched group by its number, not its name: the kind is then an index into a
        # list and the span a look-up by number (this runs once per token)
        for m in regex.finditer(text):
            k = m.lastindex
            kind = names[k] if k is not None else ""
            if k is None or not kind:  # (never: every alternative is named)
                kind = m.lastgroup or "OTHER"
                start, end = m.span(kind)
            else:
                start, end = m.span(k)
            # a match begins at the end of the last one, unless a character no terminal
            # matches came between (the token begins there when no space is before it)
            if start != pos and m.start() != pos:
                for item in _opaque(text, pos, m.start()):
                    out.append(item)
                    words.append(text[item[1] : item[2]])
            out.append((kind, start, end))
            words.append(text[start:end])
            pos = end
        if pos != len(text):
            for item in _opaque(text, pos, len(text)):
                out.append(item)
                words.append(text[item[1] : item[2]])
        return out, words

    def _lark_tokens(self, text: str) -> Iterator[Token]:
        tokens: Iterator[Token] = LexerThread.from_text(self.lexer, text).lex(None)  # type: ignore[no-untyped-call]
        return tokens


def _may_begin_with(pattern: str, flags: int, probe: re.Pattern[str]) -> bool:
    """Can a match of ``pattern`` begin with a character that ``probe`` matches?

    Read from the parsed regex, conservatively: True wherever unsure (the answer only
    decides which terminals guard the fast path, never which token is found). Case
    is ignored both ways, for ``(?i:...)`` groups."""
    try:
        import re._constants as c  # type: ignore[import-not-found]
        import re._parser as sre  # type: ignore[import-not-found]
    except ImportError:  # Python 3.10
        import sre_constants as c
        import sre_parse as sre

    def char(code: int) -> bool:
        ch = chr(code)
        return bool(probe.match(ch) or probe.match(ch.swapcase()))

    def in_set(items: list[tuple[Any, Any]]) -> bool:
        for op, av in items:
            if op == c.LITERAL and not char(av):
                continue
            if op == c.RANGE and av[1] - av[0] < 4096 and not any(char(x) for x in range(av[0], av[1] + 1)):
                continue
            if op == c.CATEGORY and av == c.CATEGORY_DIGIT:
                continue
            return True
        return False

    def seq(items: Any) -> bool | None:
        """True/False for the first character; None if ``items`` may match nothing."""
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # zero width
            if op == c.LITERAL:
                return char(av)
            if op == c.IN:
                return in_set(av)
            if op == c.SUBPATTERN:
                inner = seq(av[-1])
                if inner is None:
                    continue
                return inner
            if op == c.BRANCH:
                found = [seq(alt) for alt in av[1]]
                if any(f is None for f in found):
                    return True  # an empty branch: the rest decides; unsure
                return any(found)
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = seq(av[2])
                if inner is True or inner is None:
                    return True
                if av[0] == 0:
                    return True  # may be skipped: unsure
                return inner
            return True
        return None

    try:
        found = seq(sre.parse(pattern, flags))
    except Exception:  # a regex this reader does not know
        return True
    return found is not False


def _opening_class(patterns: list[str], flags: int) -> str | None:
    """A character class that every match of every pattern begins with, matched
    ignoring case (so it may hold more than they do, never less), or None where unsure.

    Read from the parsed regexes: literals and sets of literals and small ranges as
    the first character, through groups, branches and repeats of at least one; zero
    width assertions are stepped over. Anything else (a category, a negated set, a
    part that may match nothing) gives None."""
    try:
        import re._constants as c
        import re._parser as sre
    except ImportError:  # Python 3.10
        import sre_constants as c
        import sre_parse as sre

    chars: set[int] = set()

    def first(items: Any) -> bool:
        """Record the first characters of ``items``; False where unsure."""
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue  # zero width
            if op == c.LITERAL:
                chars.add(av)
                return True
            if op == c.IN:
                for item, value in av:
                    if item == c.LITERAL:
                        chars.add(value)
                    elif item == c.RANGE and value[1] - value[0] < 256:
                        chars.update(range(value[0], value[1] + 1))
                    else:
                        return False
                return True
            if op == c.SUBPATTERN:
                return first(av[-1])
            if op == c.BRANCH:
                return all(first(alt) for alt in av[1])
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                return first(av[2])
            return False
        return False  # may match nothing

    try:
        known = all(first(sre.parse(pattern, flags)) for pattern in patterns)
    except Exception:  # a regex this reader does not know
        return None
    if not known or not chars:
        return None
    return "(?i:[" + "".join(f"\\U{x:08x}" for x in sorted(chars)) + "])"


def _opaque(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [("OTHER", k, k + 1) for k in range(start, end) if not text[k].isspace()]


@functools.cache
def shape_lexer() -> ShapeLexer:
    return ShapeLexer(phrase_tables())


def shape_tokens(text: str) -> Iterator[Token]:
    """The grammar's lexer over ``text``: numbers, clocks, words, punctuation."""
    for kind, start, end in shape_lexer().split(text):
        yield Token(kind, text[start:end], start, None, None, None, None, end)


# Token texts repeat: fold them once (bounded, so odd inputs cannot grow it without end).
_fold = functools.lru_cache(maxsize=1 << 16)(fold)
_unaccent = functools.lru_cache(maxsize=1 << 16)(unaccent)


@dataclass(slots=True, init=False, eq=False, repr=False)
class Tok:
    """A token of the parse stream, with every reading the lexicon allows.

    Its ``__init__`` is written out: mypyc compiles it, where the one ``dataclass``
    would generate runs interpreted (a document makes hundreds of tokens)."""

    types: tuple[str, ...]
    keys: dict[str, str]
    start: int
    end: int
    text: str

    def __init__(self, types: tuple[str, ...], keys: dict[str, str], start: int, end: int, text: str) -> None:
        self.types = types
        self.keys = keys
        self.start = start
        self.end = end
        self.text = text


@dataclass(slots=True, eq=False, repr=False)
class Match:
    tree: Tree[Token]
    start: int  # token indices
    end: int


#: The phrase automaton forgets what it learnt beyond this many states (a memory
#: bound for adversarial input; prose stays far below it).
MAX_AUTOMATON_STATES = 100_000

_SHIFT = None  # in a replay program: shift the next token

#: How ``Scanner.tokens`` reads a token text (see ``Scanner._classify``).
_PLAIN, _SINGLE, _WALK = "plain", "single", "walk"
#: Bound of the per-text token cache (texts seen beyond it start a fresh one).
MAX_WORD_CACHE = 1 << 16
#: Bound of the words remembered after one token text (see ``Scanner._goes_on``).
MAX_FOLLOWERS = 1 << 8
#: Bound of the phrase value cache (likewise).
MAX_VALUE_CACHE = 1 << 16
_MISS = object()
#: A token's candidate terminal types and the key of each (see ``Scanner._readings``).
_Readings = tuple[tuple[str, ...], dict[str, str]]
_REFUSED = object()  # a cached refusal: the transformer raised on this reading


class _Reading:
    """One way to read a phrase: its start symbol and token types, interned by the
    automaton (``rid`` is unique within it), with its compiled code once asked for."""

    __slots__ = ("rid", "start", "path", "code")

    def __init__(self, rid: int, start: str, path: tuple[str, ...]) -> None:
        self.rid = rid
        self.start = start
        self.path = path
        self.code: Any = _UNSET


_UNSET = object()


class _Automaton:
    """What the LALR table does on token *types*, learnt lazily and memoised.

    ``Scanner.scan`` runs every start symbol over every reading of each token at once;
    the set of live parser stacks after a sequence of token types (a *config*) only
    depends on those types, so configs are interned as ints and a step is one dict
    look-up. The readings accepted are interned (``_Reading``), each with its tree as
    postfix code (``code``), made once by lark's own tree builders. Misses are
    computed under a lock, so threads share one automaton and see identical ints.
    """

    def __init__(self, tables: PhraseTables, starts: list[tuple[str, int, int]]):
        self.tables = tables
        self.states = tables.states
        self.rules = tables.rules
        self.lock = threading.Lock()
        self.stack_ids: dict[tuple[Any, ...], int] = {}
        self.stacks: list[tuple[Any, ...]] = []
        self.stack_accepts: list[bool] = []
        self.config_ids: dict[tuple[Any, ...], int] = {}
        self.configs: list[tuple[tuple[int, str, Any, tuple[str, ...]], ...]] = []
        #: per config: id(token types) -> (next config or -1, the readings accepted there).
        #: Keys are the ids of the types tuples (the scanner interns them); ``alive``
        #: holds every tuple so keyed, so that no id is ever reused for another.
        self.trans: list[dict[int, tuple[int, tuple[_Reading, ...]]]] = []
        self.alive: dict[int, tuple[str, ...]] = {}
        self.readings: dict[tuple[str, tuple[str, ...]], _Reading] = {}
        #: phrase values by reading and text (see ``Scanner.scan``); it goes with the
        #: automaton, whose reading ids it uses
        self.values: dict[type, dict[tuple[Any, ...], Any]] = {}
        self.start_of = {name: (st, end) for name, st, end in starts}
        with self.lock:
            self.initial = self._config(
                tuple((self._stack((st,), end), name, end, ()) for name, st, end in starts)
            )

    @property
    def size(self) -> int:
        return len(self.stacks) + len(self.configs) + len(self.readings) + len(self.alive)

    def _stack(self, stack: tuple[Any, ...], end_state: Any) -> int:
        sid = self.stack_ids.get(stack)
        if sid is None:
            states = self.states
            ok = "$END" in _row(states, stack[-1]) and _accepts(states, self.rules, list(stack), end_state)
            sid = len(self.stacks)
            self.stacks.append(stack)
            self.stack_accepts.append(ok)
            self.stack_ids[stack] = sid
        return sid

    def _config(self, paths: tuple[tuple[int, str, Any, tuple[str, ...]], ...]) -> int:
        cid = self.config_ids.get(paths)
        if cid is None:
            cid = len(self.configs)
            self.configs.append(paths)
            self.trans.append({})
            self.config_ids[paths] = cid
        return cid

    def _reading(self, start: str, path: tuple[str, ...]) -> _Reading:
        found = self.readings.get((start, path))
        if found is None:
            found = self.readings[(start, path)] = _Reading(len(self.readings), start, path)
        return found

    def step(self, cid: int, types: tuple[str, ...]) -> tuple[int, tuple[_Reading, ...]]:
        """Advance config ``cid`` over a token with readings ``types``.

        Every path tries every reading; paths that reach an identical stack are
        merged (the first one stays) and at most ``BEAM`` survive per phrase kind.
        """
        with self.lock:
            known = self.trans[cid].get(id(types))
            if known is not None:
                return known
            states, rules = self.states, self.rules
            nxt: list[tuple[int, str, Any, tuple[str, ...]]] = []
            seen: set[int] = set()
            for sid, name, end_state, path in self.configs[cid]:
                for ttype in types:
                    if ttype not in _row(states, self.stacks[sid][-1]):
                        continue
                    st = list(self.stacks[sid])
                    if not _advance(states, rules, st, ttype):
                        continue
                    nsid = self._stack(tuple(st), end_state)
                    if nsid in seen:
                        continue
                    seen.add(nsid)
                    nxt.append((nsid, name, end_state, (*path, ttype)))
            if nxt:
                # the beam is per phrase kind: readings of one kind never crowd out another
                per_kind: dict[str, int] = {}
                kept_l = []
                for item in nxt:
                    n = per_kind.get(item[1], 0)
                    if n < BEAM:
                        per_kind[item[1]] = n + 1
                        kept_l.append(item)
                kept = tuple(kept_l)
                accepted = tuple(
                    self._reading(name, path) for sid, name, _, path in kept if self.stack_accepts[sid]
                )
                result = (self._config(kept), accepted)
            else:
                result = (-1, ())
            self.alive[id(types)] = types
            self.trans[cid][id(types)] = result
            return result

    def code(self, reading: _Reading) -> tuple[Any, ...] | None:
        """The tree of one reading as postfix code (see ``_compile``); None where
        lark's parser would fail on it."""
        if reading.code is _UNSET:
            start_state, end_state = self.start_of[reading.start]
            prog = _program(self.states, self.rules, start_state, end_state, reading.path)
            # the same for every thread: no lock needed
            reading.code = None if prog is None else _compile(prog, reading.path, self.tables)
        code: tuple[Any, ...] | None = reading.code
        return code


class Scanner:
    """Tokenises with the lexicon of one language and finds phrases."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        table = phrase_tables()
        self.shapes = shape_lexer()
        self.states = table.states
        self.starts = [(name, table.start_states[name], table.end_states[name]) for name in PHRASE_STARTS]
        self.first = frozenset(t for _, st, _ in self.starts for t in _row(self.states, st))
        self._tables = table
        self._auto = _Automaton(table, self.starts)
        #: token text -> how ``tokens`` reads it (see ``_classify``)
        self._words: dict[str, tuple[Any, ...]] = {}
        #: how many words the entries of ``_words`` remember after them (see ``_goes_on``)
        self._followers = 0
        #: (form text, shape, alone) -> (readings, its types and keys) (see ``_readings``)
        self._forms: dict[tuple[str, str, bool], tuple[list[tuple[str, str]], _Readings]] = {}
        #: reading sets, interned (see ``_intern``)
        self._types: dict[tuple[str, ...], tuple[str, ...]] = {}

    # -- tokens ---------------------------------------------------------------------
    def tokens(self, text: str) -> list[Tok]:
        raw = self.shapes.split(text)
        out: list[Tok] = []
        lex = self.lexicon
        cache = self._words
        # the constants as locals: this loop runs once per token (but no method or class
        # as a local: compiled, ``cache.get``, ``out.append`` and ``Tok(...)`` are direct
        # calls, where a local holding one is a generic call)
        walk, single, plain, transparent = _WALK, _SINGLE, _PLAIN, TRANSPARENT
        n = len(raw)
        # each token's text made once: its hash is then computed once for every look-up
        words = self.shapes.surfaces(text)
        after = 0  # the end of the last form of several tokens
        for i, (ttype, start, tend) in enumerate(raw):
            if i < after or (
                ttype in transparent
                and (ttype == "APOS" or _attached_hyphen(raw, i) or self._number_hyphen(words, raw, i))
            ):
                continue
            surface = words[i]
            entry = cache.get(surface)
            if entry is None or entry[0] != ttype:
                entry = self._classify(surface, ttype)
            kind = entry[1]
            if kind is walk and entry[8] is not walk:
                # a longer form needs the next word (past hyphens and apostrophes, which
                # the walk steps over) to continue it: most often it does not
                j = i + 1
                while j < n and raw[j][0] in transparent:
                    j += 1
                if j >= n:
                    kind = entry[8]
                else:
                    word = words[j]
                    goes_on = entry[6].get(word)
                    if goes_on is None:
                        goes_on = self._goes_on(entry, word)
                    if not goes_on:
                        kind = entry[8]
            if kind is plain:
                out.append(Tok(entry[2], entry[3], start, tend, surface))
            elif kind is single:
                # a form must not end inside a word (see ``_longest_form``)
                nxt = raw[i + 1] if i + 1 < n else raw[i]
                if nxt[1] == tend and nxt[0] == ttype and ttype in ("WORD", "INT"):
                    out.append(Tok(entry[2], entry[3], start, tend, surface))
                else:
                    out.append(Tok(entry[4], entry[5], start, tend, surface))
            else:
                end_i, payload = _longest_form(lex, words, raw, i)
                if payload:
                    end = raw[end_i - 1][2]
                    surface = text[start:end]
                    types, keys = self._readings(payload, ttype, surface, end_i - i == 1)
                    out.append(Tok(types, keys, start, end, surface))
                    after = end_i
                else:
                    types, keys = self._plain(surface, ttype)
                    out.append(Tok(types, keys, start, tend, surface))
        return out

    def _number_hyphen(self, words: list[str], raw: list[tuple[str, int, int]], i: int) -> bool:
        """A hyphen with spaces around it inside one spelled number, as tokenized text
        writes it: a ten before a digit ("twenty - one", "quatre-vingt - deux"), a
        spelled number before a word of a fraction ("one - fourth", "trois - quarts").
        A range runs upwards from a whole number: "five - six" stays a range."""
        if i == 0 or i + 1 >= len(raw) or raw[i - 1][0] != "WORD" or raw[i + 1][0] != "WORD":
            return False
        lex = self.lexicon
        a, b = fold(words[i - 1]), fold(words[i + 1])
        tens = lex.folded_forms("N_TENS")
        if a in tens and b in lex.folded_forms("N_DIGIT"):
            return True
        spelled = tens | lex.folded_forms("N_DIGIT") | lex.folded_forms("N_TEEN")
        return a in spelled and b in lex.folded_forms("N_FRAC")

    def _goes_on(self, entry: tuple[Any, ...], word: str) -> bool:
        """May ``word`` continue a form that the token of ``entry`` begins (the words
        that may come next in either trie, or an elided article)? Memoised by word in
        the entry (bounded per entry and in all; a lost race only computes the same
        answer twice)."""
        folded = _fold(word)
        next_folded, next_exact = entry[7]
        found = folded in next_folded or folded in self.lexicon.elided or _unaccent(word) in next_exact
        memo: dict[str, bool] = entry[6]
        if len(memo) >= MAX_FOLLOWERS:
            memo.clear()
        # all memos together stay under the bound of the token cache: past it, every
        # entry goes (with the words remembered after it), as when the cache is full
        self._followers += 1
        if self._followers > MAX_WORD_CACHE:
            self._followers = 0
            self._words.clear()
        memo[word] = found
        return found

    def _plain(self, surface: str, ttype: str) -> tuple[tuple[str, ...], dict[str, str]]:
        """The readings of a token that begins no lexicon form: its shape, CAPWORD for a
        capitalised word, and ACRONYM too for one written in capitals ("GEETHA")."""
        if ttype == "WORD" and surface[:1].isupper():
            if len(surface) > 1 and surface.isupper():
                return self._intern(("CAPWORD", "ACRONYM")), {"CAPWORD": surface, "ACRONYM": surface}
            return self._intern(("CAPWORD",)), {"CAPWORD": surface}
        return self._intern((ttype,)), {ttype: surface}

    def _intern(self, types: tuple[str, ...]) -> tuple[str, ...]:
        """One tuple object per distinct reading set (the automaton keys steps by id)."""
        found = self._types.get(types)
        if found is None:
            if len(self._types) >= MAX_WORD_CACHE:
                self._types.clear()
            found = self._types[types] = types
        return found

    def _readings(
        self, payload: list[tuple[str, str]], ttype: str, surface: str, single: bool
    ) -> tuple[tuple[str, ...], dict[str, str]]:
        """The candidate terminal types (and their keys) of a lexicon form (memoised by
        text and shape, for the same payload: the keys are shared by the tokens of one
        form, never mutated)."""
        memo_key = (surface, ttype, single)
        known = self._forms.get(memo_key)
        if known is not None and known[0] == payload:
            return known[1]
        given = list(payload)
        lex = self.lexicon
        if len(payload) > 1:
            payload = sorted(payload, key=lambda item: lex.class_order.get(item[0], 99))
        types: list[str] = []
        keys: dict[str, str] = {}
        for cls, key in payload:
            if cls not in keys:
                types.append(cls)
                keys[cls] = key
        if single and ttype == "WORD" and surface[:1].isupper():
            if "LOC_NOUN" in keys or "AC_MODEL" in keys:
                types.append("CAPWORD")
                keys["CAPWORD"] = surface
        if ttype != "WORD":
            types.append(ttype)
            keys[ttype] = surface
        if len(self._forms) >= MAX_WORD_CACHE:
            self._forms.clear()
        found = (self._intern(tuple(types)), keys)
        self._forms[memo_key] = (given, found)
        return found

    def _classify(self, surface: str, ttype: str) -> tuple[Any, ...]:
        """What ``tokens`` does with a token of this text and shape, where that does not
        depend on the tokens around it: (ttype, _PLAIN, types, keys) for a token that
        begins no lexicon form; (ttype, _SINGLE, plain types, plain keys, types, keys) for
        a one-token form that no longer form extends (read as plain when glued to a word);
        (ttype, _WALK, plain types, plain keys, types, keys, {next word: continues?},
        (next folded words, next exact words), _PLAIN or _SINGLE) where a longer form may
        follow: the trie is walked only when the next word continues one (always after an
        elided article: last item _WALK).
        Cached per text (bounded); the entries are never mutated but for the memo of
        the words that continue them (see ``_goes_on``), so threads share them without
        a lock."""
        lex = self.lexicon
        head = _fold(surface)
        ua = _unaccent(surface)
        nf = lex.folded.step(head)
        ne = lex.exact.step(ua)
        alone, alone_keys = self._plain(surface, ttype)
        entry: tuple[Any, ...]
        if head in lex.elided:
            entry = (ttype, _WALK, None, None, None, None, None, None, _WALK)
        elif nf is None and ne is None:
            entry = (ttype, _PLAIN, alone, alone_keys)
        else:
            end_i, payload = _longest_form(lex, [surface], [(ttype, 0, len(surface))], 0)
            if payload and end_i == 1:
                types, keys = self._readings(payload, ttype, surface, True)
                entry = (ttype, _SINGLE, alone, alone_keys, types, keys)
            else:
                entry = (ttype, _PLAIN, alone, alone_keys, alone, alone_keys)
            if _next_words(nf) or _next_words(ne):
                # a longer form may follow: (ttype, _WALK, what it is alone, ..., the words
                # that may come next in either trie; after a stem, any word may)
                entry = (
                    ttype,
                    _WALK,
                    *entry[2:6],
                    {},
                    (_next_words(nf), _next_words(ne)),
                    entry[1],
                )
        cache = self._words
        if len(cache) >= MAX_WORD_CACHE:
            cache.clear()
            self._followers = 0
        cache[surface] = entry
        return entry

    # -- phrases --------------------------------------------------------------------
    def scan(self, text: str, toks: list[Tok], transformer: Transformer[Any, Any], finish: Any) -> list[Any]:
        """Longest-match phrases: each reading is turned into a value by ``transformer``
        and into a result by ``finish(value, start, end)`` (or a list of results: one
        phrase may tell several, "at 500 and 800 metres"); a reading the transformer
        refuses (raises) or ``finish`` refuses (returns None) gives way to the next
        shorter one.

        Where the transformer allows it (``phrase_cache``), values are memoised by
        reading, token offsets and the phrase's text with one character either side.
        """
        auto = self._auto
        if auto.size > MAX_AUTOMATON_STATES:
            auto = self._auto = _Automaton(self._tables, self.starts)
        plain = plain_transformer(type(transformer)) and not transformer.__visit_tokens__
        cache: dict[tuple[Any, ...], Any] | None = None
        if getattr(transformer, "phrase_cache", False):
            cache = auto.values.setdefault(type(transformer), {})
        positional: frozenset[str] = getattr(transformer, "positional", frozenset())
        n_text = len(text)
        results: list[Any] = []
        trans, initial, step = auto.trans, auto.initial, auto.step
        ids = [id(t.types) for t in toks]
        after = 0  # the end of the last phrase found
        for i in _openings(toks, ids, trans, initial, step):
            if i < after:
                continue
            tok = toks[i]
            if tok.types[0] in _DIGITS and _glued_to_word(text, toks, i):
                continue
            accepts = _accepted(toks, ids, i, trans, initial, step)
            for end, group in reversed(accepts):
                s, e = tok.start, toks[end - 1].end
                for reading in group:
                    code = reading.code
                    if code is _UNSET:
                        code = auto.code(reading)
                    if code is None:
                        continue
                    key: tuple[Any, ...] | None = None
                    if cache is not None and reading.start not in positional:
                        key = (reading.rid, text[s - 1 if s else 0 : e + 1], s == 0, e == n_text)
                        if end - i > 1:
                            key += tuple([t.start - s for t in toks[i + 1 : end]])
                        value = cache.get(key, _MISS)
                        if value is _REFUSED:
                            continue
                    if key is None or value is _MISS:
                        try:
                            # called by name (compiled: a direct call, not a generic one)
                            if plain:
                                value = _run(code, transformer, toks, i, reading.path)
                            else:
                                value = _run_lark(code, transformer, toks, i, reading.path)
                        except Exception as exc:  # Reject, VisitError, a transformer bug: not a phrase
                            if STRICT and not _refusal(exc, transformer):
                                raise
                            if key is not None:
                                cache[key] = _REFUSED  # type: ignore[index]
                            continue
                        if key is not None:
                            if len(cache) >= MAX_VALUE_CACHE:  # type: ignore[arg-type]
                                cache.clear()  # type: ignore[union-attr]
                            cache[key] = value  # type: ignore[index]
                    res = finish(value, s, e)
                    if res is not None:
                        if isinstance(res, list):  # one phrase, several mentions
                            results.extend(res)
                        else:
                            results.append(res)
                        after = end
                        break
                if after > i:
                    break
        return results


#: Transitions of the phrase automaton: per config, id(token types) -> (next config or
#: -1, the readings accepted there).
_Trans = list[dict[int, tuple[int, tuple[_Reading, ...]]]]


def _openings(toks: list[Tok], ids: list[int], trans: _Trans, initial: int, step: Any) -> list[int]:
    """The indices of the tokens a phrase may begin at: the automaton takes the token
    and accepts it alone or takes the next one too (most tokens that begin a phrase
    begin none: "the" before a word no phrase has). ``ids``: id of each token's types."""
    out: list[int] = []
    first = trans[initial]
    n = len(toks)
    for i, tid in enumerate(ids):
        found = first.get(tid)
        if found is None:
            found = step(initial, toks[i].types)
        cid = found[0]
        if cid < 0:
            continue
        if not found[1]:
            if i + 1 >= n:
                continue
            nxt = trans[cid].get(ids[i + 1])
            if nxt is None:
                nxt = step(cid, toks[i + 1].types)
            if nxt[0] < 0:
                continue
        out.append(i)
    return out


def _accepted(
    toks: list[Tok], ids: list[int], i: int, trans: _Trans, initial: int, step: Any
) -> list[tuple[int, tuple[_Reading, ...]]]:
    """Every (end, readings) such that ``toks[i:end]`` parses, shortest first: the
    automaton runs all start symbols over all readings at once."""
    accepts: list[tuple[int, tuple[_Reading, ...]]] = []
    cid = initial
    for j in range(i, min(len(toks), i + MAX_PHRASE)):
        found = trans[cid].get(ids[j])
        if found is None:
            found = step(cid, toks[j].types)
        cid, accepted = found
        if cid < 0:
            break
        if accepted:
            accepts.append((j + 1, accepted))
    return accepts


def plain_transformer(cls: type) -> bool:
    """True when ``cls`` uses none of lark's ``Transformer`` hooks, so that calling its
    rule methods bottom-up (``_run``) is what ``transform`` would do (for an instance
    that does not visit tokens)."""
    found = _PLAIN_TRANSFORMERS.get(cls)
    if found is None:
        hooks = ("__default__", "__default_token__", "_call_userfunc", "_transform_tree", "transform")
        found = (
            issubclass(cls, Transformer)
            and all(getattr(cls, h) is getattr(Transformer, h) for h in hooks)
            and not any(
                hasattr(getattr(cls, name), "visit_wrapper") for name in dir(cls) if not name.startswith("__")
            )
        )
        _PLAIN_TRANSFORMERS[cls] = found
    return found


_PLAIN_TRANSFORMERS: dict[type, bool] = {}


def _compile(prog: tuple[Any, ...], path: tuple[str, ...], tables: PhraseTables) -> tuple[Any, ...] | None:
    """The tree lark's tree builders make of ``path`` (inlined ``_rules``, expanded
    ``?rules``, filtered punctuation), as postfix code: an int ``k`` pushes the k-th
    token of the phrase, a pair ``(rule name, n)`` pops n values into a node."""
    values: list[Any] = []
    callbacks = tables.callbacks
    k = 0
    try:
        for op in prog:
            if op is _SHIFT:
                # a placeholder: the tree builders look at token types, never at values
                values.append(Token(path[k], "", k))
                k += 1
                continue
            rule = tables.rule(op)
            size = len(rule.expansion)
            if size:
                s = values[-size:]
                del values[-size:]
            else:
                s = []
            values.append(callbacks[rule](s))
    except Exception:  # a tree builder refused
        return None
    root = values[-1]
    if not isinstance(root, Tree):
        return None
    code: list[Any] = []

    def emit(node: Any) -> None:
        if isinstance(node, Tree):
            for child in node.children:
                emit(child)
            code.append((str(node.data), len(node.children)))
        else:
            code.append(int(node.start_pos))

    emit(root)
    return tuple(code)


def _token(toks: list[Tok], i: int, k: int, path: tuple[str, ...]) -> Token:
    """The lark ``Token`` of the ``k``-th token of a reading, read as ``path[k]``: made
    as ``Token(type, value, start_pos, ..., end_pos=...)`` would, its public fields set
    one by one (a third of the cost of ``Token.__new__``'s keyword handling)."""
    tok = toks[i + k]
    ttype = path[k]
    value = tok.keys.get(ttype, tok.text)
    token: Any = _new_str(Token, value)
    token.type, token.value, token.start_pos, token.end_pos = ttype, value, tok.start, tok.end
    token.line = token.column = token.end_line = token.end_column = None
    out: Token = token
    return out


_new_str = str.__new__


def _run(code: tuple[Any, ...], transformer: Any, toks: list[Tok], i: int, path: tuple[str, ...]) -> Any:
    """``transformer.transform`` of the tree ``code`` stands for, without building the
    tree: each rule's method is called on its children as they are completed (a rule
    without a method gives a ``Tree``, a ``Discard`` result is dropped)."""
    stack: list[Any] = []
    dropped = False
    for op in code:
        if op.__class__ is int:
            stack.append(_token(toks, i, op, path))
            continue
        # typed: compiled, the slices of ``stack`` are then list operations on an int
        data: str = op[0]
        size: int = op[1]
        if size:
            children = stack[-size:]
            del stack[-size:]
            if dropped:
                children = [c for c in children if c is not Discard]
        else:
            children = []
        method = getattr(transformer, data, None)
        value = Tree(data, children) if method is None else method(children)
        if value is Discard:
            dropped = True
        stack.append(value)
    return stack[-1]


def _refusal(exc: Exception, transformer: Any) -> bool:
    """Is ``exc`` the transformer's way of refusing a reading (one of its ``refusals``,
    also within lark's VisitError)?"""
    refusals: tuple[type[Exception], ...] = getattr(transformer, "refusals", ())
    return isinstance(getattr(exc, "orig_exc", exc), refusals)


def _run_lark(code: tuple[Any, ...], transformer: Any, toks: list[Tok], i: int, path: tuple[str, ...]) -> Any:
    """The tree ``code`` stands for, handed to ``transformer.transform``."""
    stack: list[Any] = []
    for op in code:
        if op.__class__ is int:
            stack.append(_token(toks, i, op, path))
            continue
        data, size = op
        children = stack[-size:] if size else []
        if size:
            del stack[-size:]
        stack.append(Tree(data, children))
    return transformer.transform(stack[-1])


#: The action codes of each state (a row read from the cache is a string until its first
#: visit: see ``_row``) and the (origin, length) of each rule (see ``PhraseTables``).
_States = list[dict[str, int] | str]
_Rules = list[tuple[str, int]]


def _row(states: _States, k: int) -> dict[str, int]:
    """State ``k``'s action codes, decoded on its first visit (``grammar_cache.decode_row``:
    a document visits few of the grammar's states; a race decodes an equal row twice)."""
    row = states[k]
    if isinstance(row, str):
        row = states[k] = decode_row(row)
    return row


def _program(
    states: _States, rules: _Rules, start_state: int, end_state: int, path: tuple[str, ...]
) -> tuple[Any, ...] | None:
    """The shifts and reductions (rule numbers) of ``ParserState.feed_token`` over
    ``path`` and ``$END``. An action code is ``2 * state`` for a shift, ``2 * rule + 1``
    for a reduction (see ``PhraseTables``)."""
    stack: list[int] = [start_state]
    ops: list[Any] = []
    try:
        for ttype in path:
            while True:
                code = _row(states, stack[-1])[ttype]
                if not code & 1:
                    if code >> 1 == end_state:
                        return None
                    stack.append(code >> 1)
                    ops.append(_SHIFT)
                    break
                if not _goto(states, rules, stack, code >> 1):
                    return None
                ops.append(code >> 1)
        while True:
            code = _row(states, stack[-1])["$END"]
            if not code & 1 or not _goto(states, rules, stack, code >> 1):
                return None  # an LALR false accept, or no goto
            ops.append(code >> 1)
            if stack[-1] == end_state:
                return tuple(ops)
    except KeyError:  # no action: lark would raise UnexpectedToken
        return None


def _goto(states: _States, rules: _Rules, stack: list[int], rule: int) -> bool:
    """Reduce by rule number ``rule`` on ``stack`` and push the state its goto leads to
    (False: none)."""
    origin, size = rules[rule]
    if size:
        del stack[-size:]
    goto = _row(states, stack[-1]).get(origin)
    if goto is None:
        return False
    stack.append(goto >> 1)
    return True


def _advance(states: _States, rules: _Rules, stack: list[int], ttype: str) -> bool:
    while True:
        code = _row(states, stack[-1]).get(ttype)
        if code is None:
            return False
        if not code & 1:
            stack.append(code >> 1)
            return True
        if not _goto(states, rules, stack, code >> 1):
            return False


def _accepts(states: _States, rules: _Rules, stack: list[int], end_state: int) -> bool:
    st = list(stack)
    for _ in range(64):
        code = _row(states, st[-1]).get("$END")
        if code is None or not code & 1 or not _goto(states, rules, st, code >> 1):
            return False
        if st[-1] == end_state:
            return True
    return False


def _longest_form(
    lex: Lexicon, words: list[str], raw: list[tuple[str, int, int]], i: int
) -> tuple[int, list[tuple[str, str]]]:
    """Longest lexicon form starting at raw token ``i``: (end index, its readings);
    ``words``: the text of each raw token."""
    best_end = i
    best: list[tuple[str, str]] = []
    n = len(raw)
    # designator letters that are a word too, spaced from what follows: no model
    # ("il 20 marzo" is no Il-20, "a 50 km" no A-50)
    spaced = (
        bool(lex.word_designators)
        and i + 1 < n
        and raw[i + 1][1] > raw[i][2]
        and _fold(words[i]) in lex.word_designators
    )
    for trie, norm in ((lex.folded, _fold), (lex.exact, _unaccent)):
        node = trie
        j = i
        while j < n:
            if j > i and raw[j][0] in TRANSPARENT:
                j += 1
                continue
            word = norm(words[j])
            child = node.children.get(word)
            if child is None and node.pending is not None:
                child = node.unfold(word)
            if child is None and node.stems:
                child = node.step(word)
            if child is None and word in lex.elided and j + 1 < n and raw[j + 1][0] == "APOS":
                # elision: "d'Hanko" matches a form written "de"
                for full in lex.elided[word]:
                    child = node.step(full)
                    if child is not None:
                        break
            if child is None:
                break
            node = child
            j += 1
            found = node.payload
            if found and j > i + 1 and (spaced or _spaced_small_letter(words, raw, j - 1)):
                # "F-16 a violé", "un Su-27 à basse altitude": a lone small letter spaced
                # from the designator is a word, no variant letter of the model ("F-16A")
                found = [p for p in found if p[0] != "AC_MODEL"]
            if found and (j > best_end or (j == best_end and trie is lex.exact)):
                if j == best_end and best:
                    best = found + [p for p in best if p not in found]
                else:
                    best = list(found)
                best_end = j
    # a form must not end inside a word: "Su-27" matched in "Su-27x" is no model
    if best and best_end < n:
        last, nxt = raw[best_end - 1], raw[best_end]
        if nxt[1] == last[2] and nxt[0] in ("WORD", "INT") and last[0] == nxt[0]:
            return i, []
    return best_end, best


def _spaced_small_letter(words: list[str], raw: list[tuple[str, int, int]], k: int) -> bool:
    """Is raw token ``k`` one small letter with white space before it?"""
    word = words[k]
    return len(word) == 1 and word.islower() and raw[k][1] > raw[k - 1][2]


class _AnyWord:
    """Stands for the words that may follow a node with stems: all of them."""

    def __contains__(self, word: object) -> bool:
        return True


_ANY_WORD = _AnyWord()


def _next_words(node: _Trie | None) -> Any:
    """The words that may continue a form after ``node`` (for the walk's quick test)."""
    if node is None:
        return {}
    return _ANY_WORD if node.stems else node.children


def _attached_hyphen(raw: list[tuple[str, int, int]], i: int) -> bool:
    """A hyphen inside a word ("vingt-deux", "3-min", "south-eastern") carries no
    structure; one before a digit ("3-5 km") is a range and stays."""
    if i == 0 or i + 1 >= len(raw):
        return False
    prev, tok, nxt = raw[i - 1], raw[i], raw[i + 1]
    if prev[2] != tok[1] or nxt[1] != tok[2]:
        return False
    return nxt[0] == "WORD"


_DIGITS = frozenset({"INT", "NUMBER"})


def _glued_to_word(text: str, toks: list[Tok], i: int) -> bool:
    """No phrase starts at a number glued to a code ("SCP-173", "ABC-12345")."""
    tok = toks[i]
    if not tok.types or tok.types[0] not in ("INT", "NUMBER"):
        return False
    s = tok.start
    return s >= 2 and text[s - 1] in "-‐" and (text[s - 2].isalpha() or text[s - 2].isdigit())
