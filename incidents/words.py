"""Lexicons: words keyed by canonical value, read from ``incidents/lexicon/*.toml``.

A language is a set of data files: ``<lang>.toml`` (phrase words, number format),
``<lang>.incident.toml`` (incident words), ``<lang>.places.toml`` (state names and
demonyms); ``aircraft.toml`` (model designators) is shared. Each word class is a terminal declared in
``grammar/lexicon.lark``; a form may span several tokens ("milles nautiques",
"République de Biélorussie") and is matched case- and accent-insensitively, with
hyphens and apostrophes ignored. A form written ``=M`` matches only that exact case.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEXICON_DIR = Path(__file__).parent / "lexicon"

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


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes: the key words are matched on."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def unaccent(text: str) -> str:
    if text.isascii():
        return text
    return text.translate(_UNACCENT)


@functools.cache
def supported_languages() -> tuple[str, ...]:
    """The languages that have a lexicon (read once: the data files ship with the package)."""
    names = sorted(p.stem for p in LEXICON_DIR.glob("*.toml") if "." not in p.stem and len(p.stem) == 2)
    return tuple(names)


@dataclass
class AircraftModel:
    name: str
    category: str
    role: str | None


class _Trie:
    """Token-sequence trie: children by folded token text, payload at word ends."""

    __slots__ = ("children", "payload")

    def __init__(self) -> None:
        self.children: dict[str, _Trie] = {}
        self.payload: list[tuple[str, str]] | None = None

    def add(self, parts: list[str], item: tuple[str, str]) -> None:
        node = self
        for part in parts:
            node = node.children.setdefault(part, _Trie())
        if node.payload is None:
            node.payload = []
        if item not in node.payload:
            node.payload.append(item)


@dataclass
class Lexicon:
    lang: str
    decimal: str = "."
    classes: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    aircraft: dict[str, AircraftModel] = field(default_factory=dict)
    iso_codes: dict[str, str] = field(default_factory=dict)
    folded: _Trie = field(default_factory=_Trie)
    exact: _Trie = field(default_factory=_Trie)
    class_order: dict[str, int] = field(default_factory=dict)
    _folded_forms: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def folded_forms(self, cls: str) -> frozenset[str]:
        """Every form of word class ``cls``, folded (computed once per class)."""
        found = self._folded_forms.get(cls)
        if found is None:
            found = frozenset(fold(f) for fs in self.classes.get(cls, {}).values() for f in fs)
            self._folded_forms[cls] = found
        return found

    def forms(self) -> list[tuple[str, str, str]]:
        """Every (class, key, form) triple: what the lexicon test parses one by one."""
        return [
            (cls, key, form)
            for cls, table in self.classes.items()
            for key, forms in table.items()
            for form in forms
        ]


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _as_forms(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """Read the data files of ``lang`` and build the matching tries."""
    from .scanner import shape_tokens  # the grammar's own lexer splits forms

    data = _read(LEXICON_DIR / f"{lang}.toml")
    lex = Lexicon(lang=lang)
    fmt = data.pop("format", {})
    lex.decimal = fmt.get("decimal", ".")
    for cls, table in data.items():
        lex.classes[cls.upper()] = {str(k): _as_forms(v) for k, v in table.items()}
    for extra in sorted(LEXICON_DIR.glob(f"{lang}.*.toml")):
        if extra.name.endswith(".places.toml"):
            continue
        for cls, table in _read(extra).items():
            dest = lex.classes.setdefault(cls.upper(), {})
            for key, forms in table.items():
                dest.setdefault(str(key), []).extend(_as_forms(forms))
    places = LEXICON_DIR / f"{lang}.places.toml"
    if places.exists():
        pdata = _read(places)
        for section, cls in (
            ("state", "STATE"),
            ("demonym", "DEMONYM"),
            ("capital", "CAPITAL"),
            ("ambiguous_state", "STATE"),  # "CD|CG": decided by the document (api._decide_states)
            ("ambiguous_demonym", "DEMONYM"),
        ):
            table = lex.classes.setdefault(cls, {})
            for key, forms in pdata.get(section, {}).items():
                table.setdefault(key, []).extend(_as_forms(forms))
    shared = LEXICON_DIR / "aircraft.toml"
    if shared.exists():
        table = lex.classes.setdefault("AC_MODEL", {})
        for name, info in _read(shared).get("models", {}).items():
            lex.aircraft[name] = AircraftModel(name, info.get("category", "unknown"), info.get("role"))
            table.setdefault(name, []).extend(_as_forms(info.get("forms", [name])))
    iso = LEXICON_DIR / "iso3166.toml"
    if iso.exists():
        lex.iso_codes = dict(_read(iso).get("codes", {}))

    for order, cls in enumerate(lex.classes):
        lex.class_order[cls] = order
    for cls, table in lex.classes.items():
        if cls.endswith(("_CUE", "_STYLE")):  # assembly cues and settings, not terminals
            continue
        for key, forms in table.items():
            for form in forms:
                exact = form.startswith("=")
                text = form[1:] if exact else form
                parts = [t.value for t in shape_tokens(text) if t.type not in TRANSPARENT]
                if not parts:
                    continue
                if exact:
                    lex.exact.add([unaccent(p) for p in parts], (cls, key))
                else:
                    lex.folded.add([fold(p) for p in parts], (cls, key))
    return lex
