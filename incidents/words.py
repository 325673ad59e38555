"""Lexicons: words keyed by canonical value, read from ``incidents/lexicon/*.toml``.

A language is a set of data files: ``<lang>.toml`` (phrase words, number format),
``<lang>.incident.toml`` (incident words), ``<lang>.places.toml`` (state names and
demonyms); ``aircraft.toml`` (model designators) and ``places.toml`` (named places of
known state, the word class PLACE) are shared. Each word class is a terminal declared in
``grammar/lexicon.lark``; a form may span several tokens ("milles nautiques",
"République de Biélorussie") and is matched case- and accent-insensitively, with
hyphens and apostrophes ignored. A form written ``=M`` matches only that exact case.

Settings of ``[format]`` serve languages beyond French and English, as data:

- a word of a form ending in ``*`` is a stem: it matches every word that begins with
  it ("эстони*" reads "Эстония", "Эстонии", "Эстонию"; "estnisch*" reads "estnischen"),
  the way inflected languages write one name in several cases;
- ``elision`` maps an elided article to its full forms (``l = ["le", "la"]``: "l'île"
  matches a form written "le île"; Italian "dell'" is "della");
- ``designators`` maps the Latin letters of a model designator to the script of the
  language (``Su = ["Су"]``: "Су-27" reads as the model "Su-27");
- ``word_designators`` lists designator letters that are also words of the language
  (Italian "Il", "A", "E"): a model beginning with them is read only when the letters
  are joined to what follows, by a hyphen or nothing ("Il-20", "A50"), never across a
  space ("il 20 marzo", "a 50 km", "tra 2 e 3");
- ``plural_endings`` lists the endings of a plural role noun ("fighters", "chasseurs",
  Italian "intercettori", Russian "истребители"): such a noun counts several aircraft;
- ``adjective_singular`` and ``adjective_plural`` list the endings of an adjective in
  either number ("российский" / "российские", "russo" / "russi"): with an aircraft noun
  that has one form for both ("БПЛА", "caccia") and no count or article, the adjective
  tells the number (the longest ending that matches decides; an ending of both numbers,
  "-им", is listed in neither);
- ``genitive_states = true``: a state named right after a zone or an authority, with
  no word between, owns it, as a genitive does ("воздушное пространство Японии" is
  Japan's airspace, "Министерство обороны России" Russia's, "самолёт ВВС США" an
  aircraft of the US Air Force; English and French need "of"/"de").
- ``verb_last = true``: the verb may close its clause (German "ist in den Luftraum
  geflogen", "wurde im Luftraum entdeckt"): a goal its link word joins ("in", "im")
  may stand before the verb as well as after it.

Language files are looked up first in the folders of ``$INCIDENTS_LEXICON_PATH``
(separated as ``PATH`` is), then in the package: a new language can be tried from a
folder of data files alone.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

LEXICON_DIR = Path(__file__).parent / "lexicon"
#: Folders of language data files searched before ``LEXICON_DIR``.
LEXICON_PATH_ENV = "INCIDENTS_LEXICON_PATH"

#: Token types that matching steps over: "Su-27" = "Su 27", "l'État" = "l État".
TRANSPARENT = frozenset({"HYPHEN", "APOS"})


def _fold_char(c: str) -> str:
    c = c.replace("’", "'").replace("ʼ", "'").replace("œ", "oe").replace("Œ", "OE")
    return "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d)).casefold()


def _unaccent_char(c: str) -> str:
    c = c.replace("’", "'")
    return "".join(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d))


class _CharMap(dict[int, str]):
    """A ``str.translate`` table filled on demand: each character is folded once.

    Folding is character by character: decomposition only reorders combining marks,
    and those are all dropped."""

    def __init__(self, fn: Any) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, code: int) -> str:
        out: str = self.fn(chr(code))
        self[code] = out
        return out


_FOLD = _CharMap(_fold_char)
_UNACCENT = _CharMap(_unaccent_char)


#: where a search ends by default, as for ``re.Pattern``
_END = sys.maxsize


class LazyPattern:
    """A regular expression compiled when first used: the patterns a module holds for
    rarer texts (headings, datelines, apposed names...) cost nothing at import, where a
    cold start of the command would compile each of them for a document that may never
    need it. Offers the methods of ``re.Pattern`` that the modules call."""

    __slots__ = ("_source", "_flags", "_rx")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._rx: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self._source, self._flags)
        return rx

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().fullmatch(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled().search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self.compiled().findall(text, pos, endpos)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled().sub(repl, text, count)


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes: the key words are matched on."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def unaccent(text: str) -> str:
    if text.isascii():
        return text
    return text.translate(_UNACCENT)


def lexicon_dirs() -> tuple[Path, ...]:
    """The folders language files are looked up in, first match wins."""
    extra = os.environ.get(LEXICON_PATH_ENV, "")
    return (*(Path(p) for p in extra.split(os.pathsep) if p), LEXICON_DIR)


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """The languages that have a lexicon (read once: the data files ship with the package)."""
    names = {
        p.stem for d in lexicon_dirs() for p in d.glob("*.toml") if "." not in p.stem and len(p.stem) == 2
    }
    return tuple(sorted(names))


def _home(lang: str) -> Path:
    """The folder that holds ``<lang>.toml``."""
    for folder in lexicon_dirs():
        if (folder / f"{lang}.toml").is_file():
            return folder
    raise FileNotFoundError(f"no lexicon for language {lang!r}")


@dataclass(eq=False, repr=False)
class AircraftModel:
    name: str
    category: str
    role: str | None


#: a trie node made from a cache entry (``nodes_of``)
_N = TypeVar("_N")


class _Trie:
    """Token-sequence trie: children by folded token text, payload at word ends."""

    __slots__ = ("children", "payload", "stems", "pending", "quote", "remake")

    def __init__(
        self,
        children: dict[str, _Trie] | None = None,
        payload: list[tuple[str, str]] | None = None,
        stems: dict[str, _Trie] | None = None,
    ) -> None:
        self.children: dict[str, _Trie] = {} if children is None else children
        self.payload: list[tuple[str, str]] | None = payload
        #: children by stem (a form's word written "stem*"), empty in most nodes
        self.stems: dict[str, _Trie] = {} if stems is None else stems
        #: a root read from the cache (``root_of``): each child's subtree as JSON text,
        #: made a node of ``children`` on its first visit (``unfold``); else None
        self.pending: dict[str, str] | None = None
        #: what stands for ``"`` in those texts (see ``root_json``)
        self.quote = '"'
        #: makes the whole trie again, for a subtree's text that is not one (``unfold``)
        self.remake: Callable[[], _Trie] | None = None

    def add(self, parts: list[str], item: tuple[str, str]) -> None:
        node = self
        for part in parts:
            if len(part) > 1 and part.endswith(STEM_MARK):
                table, part = node.stems, part[:-1]
            else:
                table = node.children
            nxt = table.get(part)
            if nxt is None:  # (a node made only when missing: most words are shared)
                nxt = table[part] = _Trie()
            node = nxt
        if node.payload is None:
            node.payload = []
        if item not in node.payload:
            node.payload.append(item)

    def step(self, word: str) -> _Trie | None:
        """The node reached by ``word``: its own child, else the longest stem it begins with."""
        found = self.children.get(word)
        if found is None and self.pending is not None and word in self.pending:
            found = self.unfold(word)  # a word with no subtree of its own costs one look only
        return found or (stem_step(self.stems, word) if self.stems else None)

    def unfold(self, word: str) -> _Trie | None:
        """The child ``word`` of a root read from the cache (``unfold_child``)."""
        found: _Trie | None = unfold_child(self, word, _Trie, _payload_of)
        return found

    def adopt(self, fresh: _Trie) -> None:
        """Take the fields of ``fresh``, the whole trie made again."""
        self.children, self.payload, self.stems, self.pending = (
            fresh.children,
            fresh.payload,
            fresh.stems,
            None,
        )

    def as_json(self) -> list[Any]:
        """The trie as plain JSON: ``[children, payload or None, stems]`` (see ``trie_of``)."""
        for word in list(self.pending or ()):
            self.unfold(word)
        return [
            {k: v.as_json() for k, v in self.children.items()},
            None if self.payload is None else [list(item) for item in self.payload],
            {k: v.as_json() for k, v in self.stems.items()},
        ]


class BadTrieEntry(ValueError):
    """A cached trie of the wrong layout."""


def nodes_of(node: Any, make: Callable[[Any, Any, Any], _N], payload_of: Callable[[Any], Any]) -> _N:
    """The trie of a node's plain JSON ``[children, payload, stems]`` (of a sealed cache
    entry; a wrong layout raises ``BadTrieEntry``): the decoded dicts become the nodes' own,
    each node made by ``make`` with its payload checked and made by ``payload_of`` (the
    lexicon's tries here, the incident layer's cue trie in ``incident.cues``)."""
    children, payload, stems = node
    if type(children) is not dict or type(stems) is not dict:
        raise BadTrieEntry(node)
    for table in (children, stems):
        for k, v in table.items():
            table[k] = nodes_of(v, make, payload_of)
    return make(children, payload_of(payload), stems)


def _payload_of(payload: Any) -> list[tuple[str, str]] | None:
    if payload is None:
        return None
    items: list[tuple[str, str]] = []
    for cls, key in payload:
        if type(cls) is not str or type(key) is not str:
            raise BadTrieEntry(payload)
        items.append((cls, key))
    return items


def trie_of(node: Any) -> _Trie:
    """The trie of ``_Trie.as_json`` (of a sealed cache entry; a wrong layout raises)."""
    return nodes_of(node, _Trie, _payload_of)


#: what may stand for ``"`` in the texts of ``root_json``, the first found in none
_QUOTES = "`~^|#@!"


def root_json(root: Any) -> list[Any]:
    """A trie as the cache keeps it: ``as_json``'s ``[children, payload, stems]`` with
    each child's subtree one JSON text, so that reading the entry builds no node below
    the root (see ``root_of``): a document visits a few of the first words. In the texts
    a character found in none of them stands for ``"`` (the fourth item; ``"`` itself
    when each is found), so that they hold nothing the entry's JSON escapes."""
    children, payload, stems = root.as_json()
    texts = {k: json.dumps(v, separators=(",", ":"), ensure_ascii=False) for k, v in children.items()}
    quote = next((q for q in _QUOTES if not any(q in text for text in texts.values())), '"')
    return [{k: text.replace('"', quote) for k, text in texts.items()}, payload, stems, quote]


def root_of(
    node: Any, make: Callable[[Any, Any, Any], _N], payload_of: Callable[[Any], Any], remake: Callable[[], _N]
) -> _N:
    """The root of a trie from its ``root_json`` (of a sealed cache entry; a wrong layout
    raises ``BadTrieEntry``): its payload and stems made now (``nodes_of``), its children
    left as their subtrees' texts (``pending``), each made a node on its first visit
    (``unfold``); ``remake`` makes the whole trie again should one not be a subtree."""
    texts, payload, stems, quote = node
    if type(texts) is not dict or not all(type(v) is str for v in texts.values()):
        raise BadTrieEntry(node)
    if type(quote) is not str or len(quote) != 1:
        raise BadTrieEntry(quote)
    root: Any = nodes_of([{}, payload, stems], make, payload_of)
    root.pending, root.quote, root.remake = texts, quote, remake
    made: _N = root
    return made


def unfold_child(
    root: Any, word: str, make: Callable[[Any, Any, Any], _N], payload_of: Callable[[Any], Any]
) -> Any:
    """The child ``word`` of a trie's ``root`` read from the cache (``root_of``), made
    from its subtree's text on its first visit (a race makes an equal one: the first is
    kept); a text that is no subtree has the whole trie made again (``root.remake``, taken
    by ``root.adopt``), or raises ``BadTrieEntry`` where nothing can remake it."""
    pending = root.pending
    text = pending.get(word) if pending is not None else None
    if text is None:
        return None
    child = subtree_of(text.replace(root.quote, '"'), make, payload_of)
    if child is None:
        if root.remake is None:
            raise BadTrieEntry(text)
        root.adopt(root.remake())
        return root.children.get(word)
    return root.children.setdefault(word, child)


def subtree_of(text: str, make: Callable[[Any, Any, Any], _N], payload_of: Callable[[Any], Any]) -> _N | None:
    """The subtree of a child's text in ``root_json`` (``nodes_of``), None for a text that
    is not one."""
    try:
        return nodes_of(json.loads(text), make, payload_of)
    except (BadTrieEntry, TypeError, ValueError, AttributeError, RecursionError):
        return None


#: What ends a stem in a form: "эстони*".
STEM_MARK = "*"
#: Bound of a lexicon's memo tables of texts (texts seen beyond it start a fresh one).
MAX_MEMO = 1 << 14


def stem_step(stems: dict[str, Any], word: str) -> Any:
    """The entry of the longest stem of ``stems`` that ``word`` begins with, or None."""
    for k in range(len(word), 0, -1):
        found = stems.get(word[:k])
        if found is not None:
            return found
    return None


#: a form made of words joined by spaces, hyphens and apostrophes only ("milles
#: nautiques", "jusqu'à", "dix-sept"): split without the lexer
_JOINS = " \\-‐‑'’ʼ`"
_PLAIN_FORM = re.compile(f"[{_JOINS}]*[^\\W\\d_]+(?:[{_JOINS}]+[^\\W\\d_]+)*[{_JOINS}]*")
_JOIN = re.compile(f"[{_JOINS}]+")
#: a form of prime marks only ("'", "''", "′"): see ``split_form``
_MARKS_ONLY = re.compile("['’′″]+")


def split_form(text: str) -> list[str]:
    """The words of a form as the grammar's lexer splits it (``form_parts``: hyphens and
    apostrophes are transparent); a form of plain words (most of them) is split on its
    spaces, hyphens and apostrophes, which is the same and cheaper: a lexicon's few
    thousand forms are read at start-up."""
    if _PLAIN_FORM.fullmatch(text):
        return [w for w in _JOIN.split(text) if w]
    from .scanner import shape_tokens

    if _MARKS_ONLY.fullmatch(text):
        # a unit written as marks ("'", "''": feet, inches) is lexed after digits, as
        # the text has it (the scanner's PRIME)
        return form_parts(list(shape_tokens("0" + text))[1:])
    return form_parts(shape_tokens(text))


def form_parts(tokens: Iterable[Any]) -> list[str]:
    """The words of a form split by the grammar's lexer (hyphens and apostrophes dropped),
    a stem keeping its mark: ["эстони*"] for "эстони*"."""
    parts: list[str] = []
    for t in tokens:
        if t.type in TRANSPARENT:
            continue
        if t.value == STEM_MARK and parts and not parts[-1].endswith(STEM_MARK):
            parts[-1] += STEM_MARK
            continue
        parts.append(t.value)
    return parts


@dataclass(eq=False, repr=False)
class Lexicon:
    lang: str
    decimal: str = "."
    #: the verb may close its clause: a linked goal may stand before it (``[format] verb_last``)
    verb_last: bool = False
    #: elided article -> its full forms ("l" -> "le", "la"), folded
    elided: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: endings of a plural role noun ("fighters", "chasseurs", "intercettori")
    plural_endings: tuple[str, ...] = ()
    #: adjective endings -> plural (True) or singular (False) ([format] adjective_*)
    adjective_endings: dict[str, bool] = field(default_factory=dict)
    #: designator letters that are words too: their models only joined ("Il-20"), folded
    word_designators: frozenset[str] = frozenset()
    #: letters whose mark is written at will, lower case ("ё" for "е"): never an accent
    #: that tells another word ([format] optional_marks)
    optional_marks: str = ""
    classes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    aircraft: dict[str, AircraftModel] = field(default_factory=dict)
    iso_codes: dict[str, str] = field(default_factory=dict)
    folded: _Trie = field(default_factory=_Trie)
    exact: _Trie = field(default_factory=_Trie)
    class_order: dict[str, int] = field(default_factory=dict)
    _folded_forms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _both: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict, repr=False, compare=False)
    _keys: dict[str, dict[tuple[str, ...], str]] = field(default_factory=dict, repr=False, compare=False)
    #: text -> its words folded, as forms are matched (see ``words_of``)
    _words: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    #: name -> its place's state, "" for none (see ``place_of``)
    _places: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: form text -> its words (``split_form``) joined by "|", "" for none (see ``split``):
    #: made when the tries are built; empty when they come from the cache (a start-up
    #: splits the few forms it asks for)
    _splits: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: the digest of what the lexicon was read from (its files, the grammar, the sources
    #: that read them): the key of what is cached of it ("" for nothing cached; not
    #: copied by ``dataclasses.replace``, whose lexicon may hold other classes)
    cache_key: str = field(default="", init=False, repr=False, compare=False)

    def split(self, text: str) -> list[str]:
        """``split_form(text)``, read from the table made when the lexicon's tries were
        built for the lexicon's own forms (empty when they came from the cache)."""
        found = self._splits.get(text)
        if found is None:
            return split_form(text)
        return found.split(_SEP) if found else []

    def words_of(self, surface: str) -> tuple[str, ...]:
        """The words of ``surface`` folded, hyphens and apostrophes dropped: the key a
        form is matched by (memoised: phrases ask for the same few words again and
        again; bounded)."""
        found = self._words.get(surface)
        if found is None:
            found = tuple(fold(p) for p in split_form(surface))
            if len(self._words) >= MAX_MEMO:
                self._words.clear()
            self._words[surface] = found
        return found

    def folded_forms(self, cls: str) -> frozenset[str]:
        """Every form of word class ``cls``, folded (computed once per class)."""
        found = self._folded_forms.get(cls)
        if found is None:
            found = frozenset(fold(f) for fs in self.classes.get(cls, {}).values() for f in fs)
            self._folded_forms[cls] = found
        return found

    def both_numbers(self, cls: str, surface: str) -> bool:
        """Is ``surface`` a form of aircraft class ``cls`` that the lexicon lists in the
        singular class and in its plural (``cls`` + "_PL") alike: "caccia", "Bomber"?"""
        base = cls.removesuffix("_PL")
        both = self._both.get(base)
        if both is None:
            sg, pl = (
                {
                    tuple(fold(p) for p in self.split(f.lstrip("=")))
                    for fs in self.classes.get(c, {}).values()
                    for f in fs
                }
                for c in (base, base + "_PL")
            )
            both = self._both[base] = frozenset(sg & pl)
        return bool(both) and self.words_of(surface) in both

    def adjective_number(self, surface: str) -> bool | None:
        """Is an adjective plural (True) or singular (False) by its ending, the longest
        one listed that it ends with ([format] adjective_*)? None: no ending tells."""
        word = surface.casefold()
        for k in range(min(len(word) - 1, 4), 0, -1):
            found = self.adjective_endings.get(word[-k:])
            if found is not None:
                return found
        return None

    def key_of(self, cls: str, surface: str) -> str | None:
        """The key of word class ``cls`` whose form ``surface`` is (matched as the scanner
        matches: folded, hyphens and apostrophes ignored), or None."""
        keys = self._keys.get(cls)
        if keys is None:  # each form's words -> its key, the first key listed winning
            keys = {}
            for key, forms in self.classes.get(cls, {}).items():
                for f in forms:
                    keys.setdefault(tuple(fold(p) for p in self.split(f.lstrip("="))), key)
            self._keys[cls] = keys
        return keys.get(self.words_of(surface))

    def place_of(self, name: str) -> str | None:
        """The state (ISO code) of a named place of ``places.toml`` whose form ``name``
        is, matched as the scanner matches (stems too: "Готландом"), or None
        (memoised, bounded)."""
        found = self._places.get(name)
        if found is None:
            codes = self._place_codes(self.folded, self.words_of(name))
            if not codes:  # a form matched as written: a case form ("Hajnówce")
                codes = self._place_codes(self.exact, tuple(unaccent(p) for p in self.split(name)))
            found = codes[0] if len(codes) == 1 else ""
            if len(self._places) >= MAX_MEMO:
                self._places.clear()
            self._places[name] = found
        return found or None

    @staticmethod
    def _place_codes(trie: _Trie, parts: Iterable[str]) -> list[str]:
        """The PLACE keys of the form whose words are ``parts`` in ``trie``."""
        node: _Trie | None = trie
        for part in parts:
            node = node.step(part) if node is not None else None
        return [key for cls, key in (node.payload or []) if cls == "PLACE"] if node is not None else []

    def forms(self) -> list[tuple[str, str, str]]:
        """Every (class, key, form) triple: what the lexicon test parses one by one."""
        return [
            (cls, key, form)
            for cls, table in self.classes.items()
            for key, forms in table.items()
            for form in forms
        ]


def _read(path: Path, raws: list[bytes] | None = None) -> dict[str, Any]:
    """A lexicon file's tables (through the private cache of ``grammar_cache``); its
    bytes are appended to ``raws`` (the key of the lexicon's splits)."""
    from .grammar_cache import cached_data, toml_data

    raw = path.read_bytes()
    if raws is not None:
        raws += [path.name.encode("utf-8"), raw]
    return cached_data(f"lexicon-{path.stem}", raw, lambda: toml_data(raw))


#: joins the words of a form in ``Lexicon._splits`` (a text that holds it is left out)
_SEP = "|"


def _as_forms(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _lacked_as_adverbs(lex: Lexicon) -> None:
    """What an aircraft lacked ("without a flight plan", « senza permesso », "ohne
    Transponder": NEG_NOUN_CUE), told right after a verb of crossing ("è entrato senza
    permesso nello spazio aereo estone"), says how it went in and negates nothing: each
    such form is a verb's adverb too (V_ADV), read with the verb before its goal, not as
    a negation of the verb ("senza")."""
    lacked = lex.classes.get("NEG_NOUN_CUE")
    if not lacked:
        return
    adverbs = lex.classes.setdefault("V_ADV", {})
    known = {f for forms in adverbs.values() for f in forms}
    more = [f for forms in lacked.values() for f in forms if f not in known]
    if more:
        adverbs.setdefault("adv", []).extend(more)


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """Read the data files of ``lang`` and build the matching tries."""
    home = _home(lang)
    raws: list[bytes] = []
    data = _read(home / f"{lang}.toml", raws)
    lex = Lexicon(lang=lang)
    fmt = data.pop("format", {})
    lex.decimal = fmt.get("decimal", ".")
    lex.verb_last = bool(fmt.get("verb_last", False))
    lex.elided = {fold(k): tuple(fold(f) for f in _as_forms(v)) for k, v in fmt.get("elision", {}).items()}
    lex.plural_endings = tuple(f.casefold() for f in _as_forms(fmt.get("plural_endings", [])))
    for number, plural in (("singular", False), ("plural", True)):
        lex.adjective_endings.update(
            (f.casefold(), plural) for f in _as_forms(fmt.get(f"adjective_{number}", []))
        )
    designators = {fold(k): _as_forms(v) for k, v in fmt.get("designators", {}).items()}
    lex.word_designators = frozenset(fold(f) for f in _as_forms(fmt.get("word_designators", [])))
    lex.optional_marks = "".join(f.casefold() for f in _as_forms(fmt.get("optional_marks", [])))
    for cls, table in data.items():
        lex.classes[cls.upper()] = {str(k): _as_forms(v) for k, v in table.items()}
    for extra in sorted(home.glob(f"{lang}.*.toml")):
        if extra.name.endswith(".places.toml"):
            continue
        for cls, table in _read(extra, raws).items():
            dest = lex.classes.setdefault(cls.upper(), {})
            for key, forms in table.items():
                dest.setdefault(str(key), []).extend(_as_forms(forms))
    _lacked_as_adverbs(lex)
    places = home / f"{lang}.places.toml"
    if places.exists():
        pdata = _read(places, raws)
        for section, cls in (
            ("state", "STATE"),
            ("demonym", "DEMONYM"),
            ("capital", "CAPITAL"),
            ("ambiguous_state", "STATE"),  # "CD|CG": decided by the document (api._decide_states)
            ("ambiguous_demonym", "DEMONYM"),
            ("owner", "STATE_OWNER"),  # "самолёты России": a genitive after an aircraft
        ):
            table = lex.classes.setdefault(cls, {})
            for key, forms in pdata.get(section, {}).items():
                table.setdefault(key, []).extend(_as_forms(forms))
                if cls == "STATE_OWNER":
                    # a state's name too, written whole: a whole word is matched before
                    # a stem ("России" before "Росси*"), which it would hide
                    lex.classes["STATE"].setdefault(key, []).extend(_as_forms(forms))
        if fmt.get("genitive_states"):
            # "воздушное пространство Японии": a state's name right after a zone (or an
            # authority) owns it (a genitive), read by the grammar as STATE_OF there
            lex.classes["STATE_OF"] = {key: list(forms) for key, forms in lex.classes["STATE"].items()}
    known = LEXICON_DIR / "places.toml"
    if known.exists():
        # named places of known state ("Gotland", "Kinaros"), keyed by ISO code: the
        # table's groups (islands, towns) only order the file
        table = lex.classes.setdefault("PLACE", {})
        cases = {str(k).casefold(): _as_forms(v) for k, v in fmt.get("place_cases", {}).items()}
        adjectives = {
            str(k).casefold(): _as_forms(v) for k, v in fmt.get("place_adjective_cases", {}).items()
        }
        for code, groups in _read(known, raws).items():
            for forms in groups.values():
                table.setdefault(code, []).extend(_as_forms(forms))
                table[code].extend(_case_forms(_as_forms(forms), cases))
                table[code].extend(_two_word_case_forms(_as_forms(forms), cases, adjectives))
    shared = LEXICON_DIR / "aircraft.toml"
    if shared.exists():
        table = lex.classes.setdefault("AC_MODEL", {})
        for name, info in _read(shared, raws).get("models", {}).items():
            lex.aircraft[name] = AircraftModel(name, info.get("category", "unknown"), info.get("role"))
            forms = _as_forms(info.get("forms", [name]))
            forms += _maker_forms(forms)
            table.setdefault(name, []).extend(forms + _in_script(forms, designators))
    iso = LEXICON_DIR / "iso3166.toml"
    if iso.exists():
        lex.iso_codes = dict(_read(iso, raws).get("codes", {}))

    for order, cls in enumerate(lex.classes):
        lex.class_order[cls] = order
    _build_tries(lex, raws)
    return lex


def _build_tries(lex: Lexicon, raws: list[bytes]) -> None:
    """The tries of the word classes of ``lex``, through the private cache: a sealed
    entry (``grammar_cache``) keyed by the lexicon files' bytes ``raws``, the grammar
    (whose lexer splits the forms) and the sources of this module and the scanner
    (which split the forms and build the tries), so that a warm start neither
    tokenises every form nor builds a trie. A cached entry of the wrong layout is made
    again."""
    from .grammar_cache import cached_data, digest
    from .scanner import grammar_text

    def valid(found: dict[str, Any]) -> bool:
        try:
            folded = root_of(found["folded"], _Trie, _payload_of, functools.partial(remade, "folded"))
            exact = root_of(found["exact"], _Trie, _payload_of, functools.partial(remade, "exact"))
        except (BadTrieEntry, KeyError, TypeError, ValueError, AttributeError, RecursionError):
            return False
        lex.folded, lex.exact = folded, exact
        return True

    def remade(which: str) -> _Trie:  # a subtree of the entry is none: made and written again
        lex.folded, lex.exact = _Trie(), _Trie()
        cached_data(f"tries-{lex.lang}", key, lambda: _make_tries(lex), lambda _: False, sealed=True)
        trie: _Trie = getattr(lex, which)
        return trie

    try:
        here = Path(__file__)
        sources = [here.with_name(name).read_bytes() for name in ("words.py", "scanner.py")]
    except OSError:  # no sources beside the module: no cache
        _make_tries(lex)
        return
    material = b"\x00".join([grammar_text().encode("utf-8"), *sources, *raws])
    lex.cache_key = digest(material)  # (the material hashed once)
    key = lex.cache_key.encode("ascii")
    cached_data(f"tries-{lex.lang}", key, lambda: _make_tries(lex), valid, sealed=True)


def _make_tries(lex: Lexicon) -> dict[str, Any]:
    """Split every form of ``lex`` and build its tries: what ``_build_tries`` caches."""
    texts = {f for table in lex.classes.values() for forms in table.values() for f in forms}
    texts |= {f.lstrip("=") for f in texts}
    lex._splits = {t: _SEP.join(split_form(t)) for t in sorted(texts) if _SEP not in t}
    for cls, table in lex.classes.items():
        if cls.endswith(("_CUE", "_STYLE")):  # assembly cues and settings, not terminals
            continue
        for key, forms in table.items():
            for form in forms:
                exact = form.startswith("=")
                text = form[1:] if exact else form
                parts = lex.split(text)
                if not parts:
                    continue
                if exact:
                    lex.exact.add([unaccent(p) for p in parts], (cls, key))
                else:
                    lex.folded.add([fold(p) for p in parts], (cls, key))
    return {"folded": root_json(lex.folded), "exact": root_json(lex.exact)}


def _case_forms(forms: list[str], cases: dict[str, list[str]]) -> list[str]:
    """The case forms of the one-word place names ``forms`` in a language that
    inflects them ([format] place_cases: an ending of the name as listed -> the
    endings that replace it, the longest listed ending matching): "Hajnówka" ->
    "Hajnówce", "Wyryki" -> "Wyryk". Each is matched exactly as written (a capital
    first, "="): a case form may be a common word in lower case ("Ludza" -> "ludzi")."""
    out: list[str] = []
    if not cases:
        return out
    longest = sorted(cases, key=len, reverse=True)
    for form in forms:
        if form.startswith("=") or form.endswith("*") or " " in form or "-" in form or not form[:1].isupper():
            continue
        low = form.casefold()
        end = next((e for e in longest if low.endswith(e) and len(low) - len(e) >= 3), None)
        if end is not None:
            stem = form[: len(form) - len(end)]
            out += ["=" + stem + ending for ending in cases[end]]
    return out


def _two_word_case_forms(
    forms: list[str], cases: dict[str, list[str]], adjectives: dict[str, list[str]]
) -> list[str]:
    """The case forms of the two-word place names ``forms`` made of a noun and an
    adjective after it ([format] place_adjective_cases: "Tomaszów Lubelski" ->
    "Tomaszowem Lubelskim", "Tomaszowa Lubelskiego"): each word in its cases, matched
    as written ("=")."""
    out: list[str] = []
    if not cases or not adjectives:
        return out
    for form in forms:
        words = form.split(" ")
        if form.startswith("=") or len(words) != 2 or not all(w[:1].isupper() for w in words):
            continue
        nouns = [f.lstrip("=") for f in _case_forms([words[0]], cases)]
        low = words[1].casefold()
        end = next((e for e in sorted(adjectives, key=len, reverse=True) if low.endswith(e)), None)
        if not nouns or end is None:
            continue
        stem = words[1][: len(words[1]) - len(end)]
        out += ["=" + n + " " + stem + ending for n in nouns for ending in adjectives[end]]
    return out


_DESIGNATOR = re.compile(r"([^\W\d_]+)(?=[-\s]?\d)")


def _maker_forms(forms: list[str]) -> list[str]:
    """Each variant of a model designator written after its maker's name, where the
    model's forms write the maker before the bare designator: "Sukhoi Su-30" and
    "Su-30MK2" give "Sukhoi Su-30MK2" (read whole, not "Sukhoi Su-30" and a stray "MK2")."""
    listed = set(forms)
    makers = {f.split(" ", 1)[0] for f in forms if " " in f and f.split(" ", 1)[1] in listed}
    return [
        f"{maker} {form}"
        for form in forms
        if " " not in form and _DESIGNATOR.match(form)
        for maker in sorted(makers)
        if f"{maker} {form}" not in listed
    ]


def _in_script(forms: list[str], designators: dict[str, list[str]]) -> list[str]:
    """The forms of a model designator written in the language's script: "Су-27" for
    "Su-27" where ``designators`` maps "su" to "Су"."""
    out: list[str] = []
    for form in forms:
        m = _DESIGNATOR.match(form)
        if m:
            out += [local + form[m.end(1) :] for local in designators.get(fold(m.group(1)), [])]
    return out
