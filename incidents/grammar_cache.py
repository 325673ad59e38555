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
- is named by a hash of the grammar, the options and the lark and Python versions;
  an unreadable, foreign or damaged file is ignored and the grammar is built from
  source (about 0.5 s). Writing a new file removes the other ``grammar-*.json`` files
  (older grammars). ``INCIDENTS_CACHE_DIR=""`` disables the cache; so does a
  platform without ``O_NOFOLLOW`` and directory descriptors (Windows).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lark import Lark

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


def cache_name(grammar: str, options: dict[str, Any]) -> str:
    import lark

    key = json.dumps(
        [FORMAT, lark.__version__, list(sys.version_info[:2]), grammar, sorted(options.items(), key=str)],
        default=str,
    )
    return f"grammar-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:40]}.json"


def read_cached(dir_fd: int, name: str) -> dict[str, Any] | None:
    """The cached tables, if the file is a private regular file of this user."""
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=dir_fd)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode) or not _private(st) or st.st_size > MAX_BYTES:
            return None
        data = fh.read(MAX_BYTES + 1)
    try:
        obj = json.loads(data, object_hook=_decode)
    except (ValueError, RecursionError):
        return None
    return obj if isinstance(obj, dict) and obj.get("format") == FORMAT else None


def write_cached(dir_fd: int, name: str, tables: dict[str, Any]) -> None:
    """Write the tables under ``name``: a new private file, renamed into place; the
    files of other grammars are removed."""
    data = json.dumps({"format": FORMAT, **_encode(tables)}, separators=(",", ":")).encode("utf-8")
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


def cached_data(family: str, raw: bytes, make: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``make()``, a table read from the bytes ``raw`` (a lexicon file's TOML), through
    the same private cache as JSON: reading JSON is several times faster than TOML, and
    every lexicon file is read at start-up. The file is named by a hash of ``raw``, so
    an edited lexicon is read again (and its older entry removed)."""
    for where in cache_dirs():
        dir_fd = open_private_dir(where)
        if dir_fd is not None:
            break
    else:
        return make()
    try:
        key = hashlib.sha256(b"%d %d.%d " % (FORMAT, *sys.version_info[:2]) + raw).hexdigest()[:40]
        name = f"{family}-{key}.json"
        cached = read_cached(dir_fd, name)
        if cached is not None and isinstance(cached.get("data"), dict):
            found: dict[str, Any] = cached["data"]
            return found
        data = make()
        with contextlib.suppress(OSError, TypeError, ValueError):
            write_cached(dir_fd, name, {"data": data})
        return data
    finally:
        os.close(dir_fd)


def build(grammar: str, **options: Any) -> Lark:
    """``Lark(grammar, **options)`` (LALR), through the private cache when there is one."""
    dir_fd = None
    for where in cache_dirs():
        dir_fd = open_private_dir(where)
        if dir_fd is not None:
            break
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
