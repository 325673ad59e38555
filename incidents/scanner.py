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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lark import Lark, Token, Tree
from lark.parsers.lalr_analysis import Shift

from .words import TRANSPARENT, Lexicon, fold, unaccent

MAX_PHRASE = 24

#: Start symbols of grammar/phrase.lark, in order of preference when two kinds
#: match the same tokens.
PHRASE_STARTS = (
    "time_phrase",
    "date_phrase",
    "distance",
    "duration",
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
BEAM = 12

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


@functools.cache
def build_lark(strict: bool = False) -> Lark:
    """The phrase grammar, LALR with a basic lexer (words are classed by the lexicon)."""
    opts: dict[str, Any] = {
        "parser": "lalr",
        "lexer": "basic",
        "propagate_positions": False,
        "maybe_placeholders": False,
    }
    if strict:
        return Lark(grammar_text(), strict=True, start=[*PHRASE_STARTS, "filler"], **opts)
    try:
        return Lark(grammar_text(), cache=True, start=[*PHRASE_STARTS, "filler"], **opts)
    except OSError:  # read-only temp dir: build without the cache
        return Lark(grammar_text(), start=[*PHRASE_STARTS, "filler"], **opts)


def shape_tokens(text: str) -> Iterator[Token]:
    """The grammar's lexer over ``text``: numbers, clocks, words, punctuation."""
    return build_lark().lex(text)


@dataclass(slots=True)
class Tok:
    """A token of the parse stream, with every reading the lexicon allows."""

    types: tuple[str, ...]
    keys: dict[str, str]
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Match:
    tree: Tree
    start: int  # token indices
    end: int


class Scanner:
    """Tokenises with the lexicon of one language and finds phrases."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.lark = build_lark()
        table = self.lark.parser.parser.parser.parse_table
        self.states = table.states
        self.starts = [(name, table.start_states[name], table.end_states[name]) for name in PHRASE_STARTS]
        self.first = frozenset(t for _, st, _ in self.starts for t in self.states[st])
        self._callbacks = self.lark.parser.parser.parser.callbacks

    # -- tokens ---------------------------------------------------------------------
    def tokens(self, text: str) -> list[Tok]:
        raw = list(shape_tokens(text))
        out: list[Tok] = []
        lex = self.lexicon
        n = len(raw)
        i = 0
        while i < n:
            tok = raw[i]
            ttype = tok.type
            if ttype == "APOS":
                i += 1
                continue
            if ttype == "HYPHEN" and _attached_hyphen(text, raw, i):
                i += 1
                continue
            end_i, payload = _longest_form(lex, raw, i)
            start = tok.start_pos
            if payload:
                end = raw[end_i - 1].end_pos
                surface = text[start:end]
                payload = sorted(payload, key=lambda item: lex.class_order.get(item[0], 99))
                types: list[str] = []
                keys: dict[str, str] = {}
                for cls, key in payload:
                    if cls not in keys:
                        types.append(cls)
                        keys[cls] = key
                if end_i - i == 1 and ttype == "WORD" and surface[:1].isupper():
                    if "LOC_NOUN" in keys or "AC_MODEL" in keys:
                        types.append("CAPWORD")
                        keys["CAPWORD"] = surface
                if ttype not in ("WORD",):
                    types.append(ttype)
                    keys[ttype] = surface
                out.append(Tok(tuple(types), keys, start, end, surface))
                i = end_i
                continue
            surface = str(tok.value)
            if ttype == "WORD":
                ttype = "CAPWORD" if surface[:1].isupper() else "WORD"
            out.append(Tok((ttype,), {ttype: surface}, start, tok.end_pos, surface))
            i += 1
        return out

    # -- phrases --------------------------------------------------------------------
    def scan(self, text: str, toks: list[Tok], build: Any) -> list[Any]:
        """Longest-match phrases, each turned into a result by ``build`` (or refused)."""
        results: list[Any] = []
        first = self.first
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not any(t in first for t in tok.types) or _glued_to_word(text, toks, i):
                i += 1
                continue
            done = False
            for end, start, path in self._accepting(toks, i):
                tree = self._tree(toks, i, end, start, path)
                if tree is None:
                    continue
                res = build(tree, toks[i].start, toks[end - 1].end)
                if res is not None:
                    results.append(res)
                    i = end
                    done = True
                    break
            if not done:
                i += 1
        return results

    def _accepting(self, toks: list[Tok], i: int) -> list[tuple[int, str, tuple[str, ...]]]:
        """Every (end, start symbol, reading) that parses toks[i:end], longest first."""
        states = self.states
        paths: list[tuple[list[Any], str, Any, tuple[str, ...]]] = [
            ([st], name, end, ()) for name, st, end in self.starts
        ]
        accepts: list[tuple[int, str, tuple[str, ...]]] = []
        stop = min(len(toks), i + MAX_PHRASE)
        for j in range(i, stop):
            tok = toks[j]
            nxt: list[tuple[list[Any], str, Any, tuple[str, ...]]] = []
            seen: set[tuple[Any, ...]] = set()
            for stack, name, end_state, path in paths:
                for ttype in tok.types:
                    if ttype not in states[stack[-1]]:
                        continue
                    st = list(stack)
                    if not _advance(states, st, ttype):
                        continue
                    sig = tuple(st)
                    if sig in seen:
                        continue
                    seen.add(sig)
                    nxt.append((st, name, end_state, path + (ttype,)))
            if not nxt:
                break
            paths = nxt[:BEAM]
            for stack, name, end_state, path in paths:
                if "$END" in states[stack[-1]] and _accepts(states, stack, end_state):
                    accepts.append((j + 1, name, path))
        accepts.sort(key=lambda a: -a[0])
        return accepts

    def _tree(self, toks: list[Tok], i: int, end: int, start: str, path: tuple[str, ...]) -> Tree | None:
        ip = self.lark.parse_interactive(None, start=start)
        try:
            for tok, ttype in zip(toks[i:end], path):
                ip.feed_token(
                    Token(ttype, tok.keys.get(ttype, tok.text), start_pos=tok.start, end_pos=tok.end)
                )
            result = ip.feed_eof()
        except Exception:  # an LALR false accept: try the next candidate
            return None
        return result if isinstance(result, Tree) else None


def _advance(states: dict[Any, dict[str, tuple[Any, Any]]], stack: list[Any], ttype: str) -> bool:
    while True:
        act = states[stack[-1]].get(ttype)
        if act is None:
            return False
        action, arg = act
        if action is Shift:
            stack.append(arg)
            return True
        size = len(arg.expansion)
        if size:
            del stack[-size:]
        goto = states[stack[-1]].get(arg.origin.name)
        if goto is None:
            return False
        stack.append(goto[1])


def _accepts(states: dict[Any, dict[str, tuple[Any, Any]]], stack: list[Any], end_state: Any) -> bool:
    st = list(stack)
    for _ in range(64):
        act = states[st[-1]].get("$END")
        if act is None:
            return False
        action, arg = act
        if action is Shift:
            return False
        size = len(arg.expansion)
        if size:
            del st[-size:]
        goto = states[st[-1]].get(arg.origin.name)
        if goto is None:
            return False
        st.append(goto[1])
        if st[-1] == end_state:
            return True
    return False


def _longest_form(lex: Lexicon, raw: list[Token], i: int) -> tuple[int, list[tuple[str, str]]]:
    """Longest lexicon form starting at raw token ``i``: (end index, its readings)."""
    best_end = i
    best: list[tuple[str, str]] = []
    for trie, norm in ((lex.folded, fold), (lex.exact, unaccent)):
        node = trie
        j = i
        n = len(raw)
        while j < n:
            tok = raw[j]
            if tok.type in TRANSPARENT and j > i:
                j += 1
                continue
            child = node.children.get(norm(str(tok.value)))
            if child is None:
                break
            node = child
            j += 1
            if node.payload and (j > best_end or (j == best_end and trie is lex.exact)):
                if j == best_end and best:
                    best = node.payload + [p for p in best if p not in node.payload]
                else:
                    best = list(node.payload)
                best_end = j
    # a form must not end inside a word: "Su-27" matched in "Su-27x" is no model
    if best and best_end < len(raw):
        last, nxt = raw[best_end - 1], raw[best_end]
        if nxt.start_pos == last.end_pos and nxt.type in ("WORD", "INT") and last.type == nxt.type:
            return i, []
    return best_end, best


def _attached_hyphen(text: str, raw: list[Token], i: int) -> bool:
    """A hyphen inside a word ("vingt-deux", "3-min", "south-eastern") carries no
    structure; one before a digit ("3-5 km") is a range and stays."""
    tok = raw[i]
    if i == 0 or i + 1 >= len(raw):
        return False
    prev, nxt = raw[i - 1], raw[i + 1]
    if prev.end_pos != tok.start_pos or nxt.start_pos != tok.end_pos:
        return False
    return nxt.type == "WORD"


def _glued_to_word(text: str, toks: list[Tok], i: int) -> bool:
    """No phrase starts at a number glued to a code ("SCP-173", "ABC-12345")."""
    tok = toks[i]
    if not tok.types or tok.types[0] not in ("INT", "NUMBER"):
        return False
    s = tok.start
    return s >= 2 and text[s - 1] in "-‐" and (text[s - 2].isalpha() or text[s - 2].isdigit())
