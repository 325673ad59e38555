"""The analysed phrase grammar (and the lexicon tables), cached per user where no other
user can write.

lark's own ``cache=True`` keeps a pickle at a predictable path in the shared temp
folder and unpickles it: whoever writes that file first runs code as the next
user. This cache instead:

- lives in a private directory: ``$INCIDENTS_CACHE_DIR``, else
  ``$XDG_CACHE_HOME/incidents``, else ``~/.cache/incidents``, else (a home that cannot
  be written) ``incidents-cache-<uid>`` in the temp folder; created with mode 0700.
  It is used only when it is owned by the current user and not writable by group or
  others, checked on the opened directory (``O_NOFOLLOW``): a directory planted in
  the shared temp folder by someone else is refused. Its file is opened relative to
  that descriptor, without following symlinks, and checked the same way: there is
  no window between the check and the use;
- holds JSON (lark's serialised tables, tuples and integer keys tagged), never a
  pickle: even a file that passed the checks cannot run code;
- also holds the phrase tables (``tables``: the parse table, rules and terminals the
  scanner reads, as plain lists, each state's row one string decoded when first
  visited, in a sealed file: its first field is the digest (BLAKE2b) of
  the rest, checked when read, so that any change to the file has it rebuilt; its
  layout is checked too): a start-up reads those and never builds the rest of lark's
  parser;
- is named by a hash of the grammar, the options and the lark and Python versions;
  an unreadable, foreign or damaged file is ignored and the grammar is built from
  source (about 0.5 s). Writing a new file removes the other ``grammar-*.json`` files
  (older grammars). ``INCIDENTS_CACHE_DIR=""`` disables the cache; so does a
  platform without ``O_NOFOLLOW`` and directory descriptors (Windows).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lark import Lark

try:  # CPython's own module: hashlib would load OpenSSL's library (~2 ms a start)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover (another interpreter)
    from hashlib import blake2b


def digest(data: bytes) -> str:
    """The hex digest the cache names and seals with: BLAKE2b of 32 bytes (64 hex
    digits), from CPython's built-in module, so that a start loads no OpenSSL."""
    return blake2b(data, digest_size=32).hexdigest()


#: Bump when the file layout changes.
FORMAT = 1
#: A cache file larger than this is not read (the real one is about 0.5 MB).
MAX_BYTES = 32 << 20
_TUPLE = "\x00tuple"
_DICT = "\x00dict"


def cache_dirs() -> list[Path]:
    """Where the cache may live, in order of preference (empty: disabled)."""
    env = os.environ.get("INCIDENTS_CACHE_DIR")
    if env is not None:
        return [Path(env)] if env else []
    found: list[Path] = []
    base = os.environ.get("XDG_CACHE_HOME")
    if base and os.path.isabs(base):
        found.append(Path(base) / "incidents")
    else:
        with contextlib.suppress(RuntimeError, KeyError, OSError):
            found.append(Path.home() / ".cache" / "incidents")
    if hasattr(os, "geteuid"):
        import tempfile

        found.append(Path(tempfile.gettempdir()) / f"incidents-cache-{os.geteuid()}")
    return found


def _supported() -> bool:
    return (
        os.name == "posix"
        and hasattr(os, "O_NOFOLLOW")
        and hasattr(os, "O_DIRECTORY")
        and os.open in os.supports_dir_fd
        and hasattr(os, "geteuid")
    )


def _private(st: os.stat_result) -> bool:
    """Owned by this user and writable by no one else."""
    return st.st_uid == os.geteuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def open_private_dir(path: Path) -> int | None:
    """A descriptor on ``path`` (created 0700 if missing) when it is a private
    directory of this user, else None."""
    if not _supported():
        return None
    with contextlib.suppress(OSError):
        os.makedirs(path, mode=0o700, exist_ok=True)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return None
    if not _private(os.fstat(fd)):
        os.close(fd)
        return None
    return fd


def _encode(obj: Any) -> Any:
    if isinstance(obj, dict):
        if all(isinstance(k, str) for k in obj):
            return {k: _encode(v) for k, v in obj.items()}
        return {_DICT: [[_encode(k), _encode(v)] for k, v in obj.items()]}
    if isinstance(obj, tuple):
        return {_TUPLE: [_encode(v) for v in obj]}
    if isinstance(obj, list):
        return [_encode(v) for v in obj]
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    raise TypeError(f"cannot cache a {type(obj).__name__}")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if _TUPLE in obj:
            return tuple(obj[_TUPLE])
        if _DICT in obj:
            return {k: v for k, v in obj[_DICT]}
    return obj


#: Bump when the layout of the phrase tables' entry changes (part of its name).
TABLES_LAYOUT = 2


def cache_name(grammar: str, options: dict[str, Any], family: str = "grammar", layout: int = 0) -> str:
    import lark

    parts = [FORMAT, lark.__version__, list(sys.version_info[:2]), grammar, sorted(options.items(), key=str)]
    key = json.dumps(parts + [layout] if layout else parts, default=str)
    return f"{family}-{digest(key.encode('utf-8'))[:40]}.json"


def read_cached(dir_fd: int, name: str, sealed: bool = False) -> dict[str, Any] | None:
    """The cached tables, if the file is a private regular file of this user (and,
    ``sealed``, holds the digest of what it was written with: see ``write_cached``)."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=dir_fd)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > MAX_BYTES:
            return None
        data = fh.read(MAX_BYTES + 1)
    if sealed and not _seal_holds(data):
        return None
    try:
        # a sealed file is plain JSON (no tagged tuples): no hook called on each object
        obj = json.loads(data) if sealed else json.loads(data, object_hook=_decode)
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) and obj.get("format") == FORMAT else None


def write_cached(dir_fd: int, name: str, tables: dict[str, Any], sealed: bool = False) -> None:
    """Write the tables under ``name``: a new private file, renamed into place; the
    files of other grammars are removed. ``sealed``: the JSON object's first field is
    the digest of the bytes after it (``{"blake2b":"<hex>",...``), so that a reader can
    tell the file is byte for byte what was written without checking every field."""
    text = json.dumps({"format": FORMAT, **_encode(tables)}, separators=(",", ":"), ensure_ascii=False)
    data = text.encode("utf-8")
    if sealed:
        body = data[1:]
        data = b"%s%s%s" % (_SEAL, digest(body).encode("ascii"), b'",' + body)
    import secrets

    tmp = f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=dir_fd)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp, dir_fd=dir_fd)
        raise
    family = name.rsplit("-", 1)[0] + "-"  # "grammar-", "lexicon-fr.incident-"
    for old in os.listdir(dir_fd):
        if old != name and old.startswith(family) and old.endswith(".json"):
            with contextlib.suppress(OSError):
                os.unlink(old, dir_fd=dir_fd)


#: how a sealed file begins: its digest is the first field (see ``write_cached``)
_SEAL = b'{"blake2b":"'


def _seal_holds(data: bytes) -> bool:
    """Does ``data`` begin with the digest of the rest of it, as ``write_cached``
    writes a sealed file?"""
    n = len(_SEAL)
    body = data[n + 66 :]
    return (
        data[:n] == _SEAL
        and data[n + 64 : n + 66] == b'",'
        and digest(body).encode("ascii") == data[n : n + 64]
    )


def toml_data(raw: bytes) -> dict[str, Any]:
    """The tables of a TOML file's bytes (``tomllib`` imported only here: with a warm
    cache, start-up reads JSON and never imports it)."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib.loads(raw.decode("utf-8"))


def cached_data(
    family: str,
    raw: bytes,
    make: Callable[[], dict[str, Any]],
    valid: Callable[[dict[str, Any]], bool] | None = None,
    sealed: bool = False,
) -> dict[str, Any]:
    """``make()``, a table read from the bytes ``raw`` (a lexicon file's TOML), through
    the same private cache as JSON: reading JSON is several times faster than TOML, and
    every lexicon file is read at start-up. The file is named by a hash of ``raw``, so
    an edited lexicon is read again (and its older entry removed). A cached table that
    ``valid`` refuses is made again (and replaced). ``sealed``: a sealed file (see
    ``write_cached``), read only when its digest holds."""
    dir_fd = _private_dir()
    if dir_fd is None:
        return make()
    try:
        key = digest(b"%d %d.%d " % (FORMAT, *sys.version_info[:2]) + raw)[:40]
        name = f"{family}-{key}.json"
        cached = read_cached(dir_fd, name, sealed)
        if cached is not None and isinstance(cached.get("data"), dict):
            found: dict[str, Any] = cached["data"]
            if valid is None or valid(found):
                return found
        data = make()
        with contextlib.suppress(OSError, TypeError, ValueError):
            write_cached(dir_fd, name, {"data": data}, sealed)
        return data
    finally:
        os.close(dir_fd)


def _private_dir() -> int | None:
    """A descriptor on the first private cache directory, or None (no cache)."""
    for where in cache_dirs():
        dir_fd = open_private_dir(where)
        if dir_fd is not None:
            return dir_fd
    return None


def build(grammar: str, **options: Any) -> Lark:
    """``Lark(grammar, **options)`` (LALR), through the private cache when there is one."""
    from lark import Lark

    dir_fd = _private_dir()
    if dir_fd is None:
        return Lark(grammar, **options)
    try:
        name = cache_name(grammar, options)
        cached = read_cached(dir_fd, name)
        if cached is not None:
            try:
                loaded: Lark = Lark._load_from_dict(  # type: ignore[no-untyped-call, unused-ignore]
                    cached["data"], cached["memo"]
                )
                return loaded
            except Exception:  # damaged or from another lark: build it again
                pass
        parser = Lark(grammar, **options)
        with contextlib.suppress(OSError, TypeError, ValueError):
            from lark.grammar import Rule
            from lark.lexer import TerminalDef

            data, memo = parser.memo_serialize([TerminalDef, Rule])
            write_cached(dir_fd, name, {"data": data, "memo": memo})
        return parser
    finally:
        os.close(dir_fd)


# --------------------------------------------------------------------------- phrase tables
class PhraseTables:
    """What the phrase scanner reads of an LALR ``Lark`` parser, as plain ints and
    strings: per state (0, 1, ...), terminal or rule name -> an action code (``2 * k``
    shifts to state ``k``, ``2 * r + 1`` reduces by rule ``r``); per rule, its
    origin's name and its length (``rules``), and the lark ``Rule`` itself on demand
    (``rule(r)``); the tree builder of each lark rule (``callbacks``, as lark's
    ``ParseTreeBuilder`` makes them) and the lexer's configuration (``lexer_conf``).

    Read from the cache (``tables``), a state's row of codes is a string (``encode_row``),
    made a dict the first time the scanner visits that state (``row(k)``; the scanner's
    ``_row``): a document visits few of the grammar's thousands of states. The rules are
    the JSON's own lists, used as read (the file's digest is checked); a lark ``Rule`` and
    its tree builder are made when a reading first needs them: a cold start never builds
    lark's parser objects."""

    def __init__(
        self,
        states: list[dict[str, int] | str],
        rules: list[tuple[str, int]],
        start_states: dict[str, int],
        end_states: dict[str, int],
        callbacks: dict[Any, Any],
        lexer_conf: Any,
        make_rule: Callable[[int], Any],
        plain_lexer: bool = False,
    ) -> None:
        self.states = states
        self.rules = rules
        self.start_states = start_states
        self.end_states = end_states
        self.callbacks = callbacks
        self.lexer_conf = lexer_conf
        self._make_rule = make_rule
        #: lark's scanner of ``lexer_conf`` keeps every terminal in the lexer's order and
        #: adds no callback (no string terminal is also matched by a pattern terminal of its
        #: priority): the shape lexer needs not build it (``scanner.ShapeLexer``)
        self.plain_lexer = plain_lexer
        self._lark_rules: list[Any] = [None] * len(rules)

    def row(self, k: int) -> dict[str, int]:
        """State ``k``'s action codes (decoded on first use, see ``decode_row``)."""
        row = self.states[k]
        if isinstance(row, str):
            row = self.states[k] = decode_row(row)
        return row

    def rule(self, r: int) -> Any:
        """The lark ``Rule`` of rule ``r`` (made once: a race makes an equal one)."""
        found = self._lark_rules[r]
        if found is None:
            found = self._lark_rules[r] = self._make_rule(r)
        return found

    @classmethod
    def of(cls, lark: Lark) -> PhraseTables:
        """The tables of a built (or loaded) parser."""
        from lark.parsers.lalr_analysis import Shift

        frontend: Any = lark.parser
        parser = frontend.parser.parser
        table = parser.parse_table
        index = {state: k for k, state in enumerate(table.states)}
        numbers: dict[Any, int] = {}
        lark_rules: list[Any] = []
        states: list[dict[str, int] | str] = []
        for state in table.states:
            row: dict[str, int] = {}
            for term, (action, arg) in table.states[state].items():
                if action is Shift:
                    row[term] = 2 * index[arg]
                    continue
                r = numbers.get(arg)
                if r is None:
                    r = numbers[arg] = len(lark_rules)
                    lark_rules.append(arg)
                row[term] = 2 * r + 1
            states.append(row)
        rules = [(rule.origin.name, len(rule.expansion)) for rule in lark_rules]
        starts = {name: index[s] for name, s in table.start_states.items()}
        ends = {name: index[s] for name, s in table.end_states.items()}
        return cls(states, rules, starts, ends, parser.callbacks, lark.lexer_conf, lark_rules.__getitem__)


class _TreeBuilders(dict[Any, Any]):
    """Rule -> its tree builder, made on first use the way ``Lark`` makes them all
    (``ParseTreeBuilder(rules, Tree, ...).create_callback()``: no transformer, LALR)."""

    def __init__(self, maybe_placeholders: bool) -> None:
        super().__init__()
        self.maybe_placeholders = maybe_placeholders

    def __missing__(self, rule: Any) -> Any:
        from lark import Tree
        from lark.parse_tree_builder import ParseTreeBuilder

        builder: Any = ParseTreeBuilder([rule], Tree, False, False, self.maybe_placeholders)  # type: ignore[no-untyped-call]
        made = builder.create_callback(None)[rule]
        self[rule] = made
        return made


def _serialize_tables(lark: Lark, tables: PhraseTables, starts: list[str]) -> dict[str, Any] | None:
    """The JSON form of ``tables``, ``PhraseTables.of(lark)`` (see ``_tables_from``); None
    for a parser that needs more than it holds (lexer callbacks, a post-lexer, ``regex``)."""
    import re

    conf = tables.lexer_conf
    opts = lark.options
    if conf.callbacks or conf.postlex or conf.use_bytes or conf.re_module is not re:
        return None
    if opts.parser != "lalr" or opts.tree_class or opts.transformer or opts.propagate_positions:
        return None
    from lark.lexer import BasicLexer

    lexer = BasicLexer(conf)
    scanner = lexer.scanner  # (built first: it sets the lexer's callbacks)
    plain = not lexer.callback and scanner.terminals == lexer.terminals
    rows = [encode_row(row) for row in map(tables.row, range(len(tables.states)))]
    if any(row is None for row in rows):
        return None
    terminals = [
        [
            t.name,
            t.pattern.type,
            t.pattern.value,
            sorted(t.pattern.flags),
            t.pattern.raw,
            t.priority,
            getattr(t.pattern, "_width", None),
        ]
        for t in conf.terminals
    ]
    return {
        "terminals": terminals,
        "ignore": list(conf.ignore),
        "g_regex_flags": conf.g_regex_flags,
        "maybe_placeholders": bool(opts.maybe_placeholders),
        "plain_lexer": plain,
        "rules": [_serialize_rule(tables.rule(r)) for r in range(len(tables.rules))],
        "states": rows,
        "start_states": {k: v for k, v in tables.start_states.items() if k in starts},
        "end_states": {k: v for k, v in tables.end_states.items() if k in starts},
    }


def encode_row(row: dict[str, int]) -> str | None:
    """A state's row of action codes as one string, ``"TERM code TERM code ..."`` in the
    row's order (None for a symbol with a space, which no lark name has): decoding it is
    left to the first visit of the state (``decode_row``), and reading the JSON of a
    string is cheaper than building a dict."""
    if any(" " in term or not term for term in row):
        return None
    return " ".join(f"{term} {code}" for term, code in row.items())


def decode_row(text: str) -> dict[str, int]:
    """The row of ``encode_row``."""
    parts = text.split(" ")
    return dict(zip(parts[::2], map(int, parts[1::2]), strict=True)) if text else {}


def _serialize_rule(rule: Any) -> list[Any]:
    o = rule.options
    symbols = [("f:" if s.filter_out else "t:") if s.is_term else "n:" for s in rule.expansion]
    return [
        rule.origin.name,
        [kind + s.name for kind, s in zip(symbols, rule.expansion, strict=True)],
        rule.order,
        rule.alias,
        o.keep_all_tokens,
        o.expand1,
        o.priority,
        o.template_source,
        list(o.empty_indices),
    ]


class _BadTables(ValueError):
    """A cached table that is not what ``_serialize_tables`` writes."""


def _need(ok: bool) -> None:
    if not ok:
        raise _BadTables


def _is_int(x: Any) -> bool:
    return type(x) is int


def _opt(x: Any, kind: type) -> bool:
    return x is None or type(x) is kind


def _tables_from(data: dict[str, Any], starts: list[str]) -> PhraseTables:
    """``PhraseTables`` from its JSON form, read from a sealed file (``read_cached``:
    byte for byte what ``_serialize_tables`` wrote, its digest checked), its layout
    checked (``_BadTables``): the action codes and rules are used as read, without
    walking each of them again (they were lark's own when written)."""
    import re

    from lark.common import LexerConf

    items = data["rules"]
    _need(type(items) is list and set(map(type, items)) <= {list})
    rules = [(item[0], len(item[1])) for item in items]
    rows = data["states"]  # strings, decoded when first visited (``PhraseTables.row``)
    _need(type(rows) is list and set(map(type, rows)) <= {str})
    ends: list[dict[str, int]] = []
    for key in ("start_states", "end_states"):
        found = data[key]
        _need(type(found) is dict and sorted(found) == sorted(starts))
        _need(all(_is_int(v) and 0 <= v < len(rows) for v in found.values()))
        ends.append(found)
    terminals = [_terminal_from(t) for t in data["terminals"]]
    ignore, flags, placeholders = data["ignore"], data["g_regex_flags"], data["maybe_placeholders"]
    _need(type(ignore) is list and all(type(x) is str for x in ignore) and _is_int(flags))
    _need(type(placeholders) is bool and type(data["plain_lexer"]) is bool)
    conf = LexerConf(terminals, re, ignore, g_regex_flags=flags, skip_validation=True)
    builders, make_rule = _TreeBuilders(placeholders), _RuleMaker(items)
    return PhraseTables(rows, rules, ends[0], ends[1], builders, conf, make_rule, data["plain_lexer"])


class _RuleMaker:
    """Rule number -> the lark ``Rule`` of an item of ``_serialize_rule`` (of a sealed
    file), its symbols shared with the rules made before."""

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.symbols: dict[str, Any] = {}

    def __call__(self, r: int) -> Any:
        from lark.grammar import NonTerminal, Rule, RuleOptions, Terminal

        origin, names, order, alias, keep, expand1, priority, template, empty = self.items[r]
        symbols = self.symbols
        expansion: list[Any] = []
        for name in names:
            symbol = symbols.get(name)
            if symbol is None:
                kind = name[0]
                symbol = NonTerminal(name[2:]) if kind == "n" else Terminal(name[2:], kind == "f")
                symbols[name] = symbol
            expansion.append(symbol)
        head = symbols.get("n:" + origin)
        if head is None:
            head = symbols["n:" + origin] = NonTerminal(origin)
        options = RuleOptions(keep, expand1, priority, template, tuple(empty))
        return Rule(head, expansion, order, alias, options)


def _terminal_from(item: Any) -> Any:
    from lark.lexer import PatternRE, PatternStr, TerminalDef

    _need(type(item) is list and len(item) == 7)
    name, kind, value, flags, raw, priority, width = item
    _need(type(name) is str and kind in ("str", "re") and type(value) is str and _opt(raw, str))
    _need(type(flags) is list and all(type(f) is str for f in flags) and _is_int(priority))
    pattern = (PatternStr if kind == "str" else PatternRE)(value, flags, raw)
    if width is not None:
        _need(kind == "re" and type(width) is list and len(width) == 2 and all(map(_is_int, width)))
        pattern._width = tuple(width)  # type: ignore[union-attr]
    return TerminalDef(name, pattern, priority)


def tables(grammar: str, options: dict[str, Any], make: Callable[[], Lark]) -> PhraseTables:
    """The phrase tables of ``Lark(grammar, **options)`` (LALR): from the private cache,
    a sealed file whose digest and layout are checked, when there is one; else from
    ``make()`` (which builds or loads the parser), then written to the cache. A
    damaged or foreign file is ignored and replaced."""
    starts = list(options.get("start", ["start"]))
    dir_fd = _private_dir()
    if dir_fd is None:
        return PhraseTables.of(make())
    try:
        name = cache_name(grammar, options, family="tables", layout=TABLES_LAYOUT)
        cached = read_cached(dir_fd, name, sealed=True)
        if cached is not None:
            with contextlib.suppress(_BadTables, KeyError, IndexError, TypeError, ValueError, AttributeError):
                return _tables_from(cached, starts)
        lark = make()
        made = PhraseTables.of(lark)
        data = _serialize_tables(lark, made, starts)
        if data is not None:
            with contextlib.suppress(OSError, TypeError, ValueError):
                write_cached(dir_fd, name, data, sealed=True)
        return made
    finally:
        os.close(dir_fd)
