"""Reading and writing that cannot be turned against the machine or the user.

- ``open_output``: a regular file (or a new one) is written to a temporary file in
  its directory and renamed over it once complete; anything else (a device, a FIFO,
  ``/dev/stdout``) is written in place, never replaced. A symlink is followed to its
  target. Temporary files are removed on every exit, SIGTERM and SIGHUP included
  (``install_signal_handlers``).
- ``read_bounded``: at most ``limit`` bytes of a file or stream, and whether more
  was left (an endless device or pipe ends there).
- ``strict_dumps`` / ``finite``: JSON that is JSON (no ``NaN``/``Infinity``).

Used by the command line, ``incidents check --update`` and ``incidents.distributed``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import signal
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

#: Temporary files being written: path -> pid of the process that made them (a
#: forked worker inherits this table and must not remove its parent's files).
_TEMPS: dict[str, int] = {}
#: Reentrant: the signal handler runs in the main thread, maybe while it holds the lock.
_TEMPS_LOCK = threading.RLock()


def remove_temp_files() -> None:
    """Remove the temporary files this process is still writing."""
    pid = os.getpid()
    with _TEMPS_LOCK:
        for path, owner in list(_TEMPS.items()):
            if owner == pid:
                with contextlib.suppress(OSError):
                    os.unlink(path)
            del _TEMPS[path]


def _on_signal(signum: int, frame: object) -> None:
    remove_temp_files()
    # then end as the signal would have: the default action, same exit status
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


def install_signal_handlers() -> None:
    """SIGTERM and SIGHUP remove the temporary files before the process ends."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) in (signal.SIG_DFL, None):
            signal.signal(sig, _on_signal)


def reset_signal_handlers() -> None:
    """Default SIGTERM/SIGHUP actions (in a forked worker)."""
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None and signal.getsignal(sig) is _on_signal:
            signal.signal(sig, signal.SIG_DFL)


def _umask_mode() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


#: Paths that stand for an open file of the process, not for a place in a directory.
_MAGIC = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/")


@contextlib.contextmanager
def open_output(
    path: str | os.PathLike[str],
    *,
    binary: bool = False,
    encoding: str = "utf-8",
    errors: str = "backslashreplace",
    newline: str | None = "",
) -> Iterator[IO[Any]]:
    """A handle on ``path`` for writing; see the module's docstring.

    A regular file keeps its permission bits (and, when run as root, its owner).
    Raises ``OSError`` (``IsADirectoryError`` for a directory).
    """
    name = os.fspath(path)
    try:
        st: os.stat_result | None = os.stat(name)  # follows symlinks
    except FileNotFoundError:
        st = None
    text_opts: dict[str, Any] = {} if binary else {"encoding": encoding, "errors": errors, "newline": newline}
    wmode = "wb" if binary else "w"
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory", name)
    real = os.path.realpath(name)
    if st is not None and not stat.S_ISREG(st.st_mode):
        # a device, FIFO, socket: write to it, never replace it
        fd = os.open(name, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, wmode, **text_opts) as fh:
            yield fh
        return
    magic = os.path.abspath(name).startswith(_MAGIC)
    if st is not None and (magic or not _same_file(real, st)):
        # a regular file reached through a magic link (/dev/stdout, /proc/self/fd/N):
        # append to what the shell opened (with > or >>), do not replace it
        fd = os.open(name, os.O_WRONLY | os.O_APPEND)
        with os.fdopen(fd, wmode, **text_opts) as fh:
            yield fh
        return
    target = Path(real)
    fd, tmp = _new_temp(target)
    try:
        with os.fdopen(fd, wmode, **text_opts) as fh:
            yield fh
        os.chmod(tmp, stat.S_IMODE(st.st_mode) if st is not None else _umask_mode())
        if st is not None and hasattr(os, "geteuid") and os.geteuid() == 0:
            with contextlib.suppress(OSError):
                os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, target)
    finally:
        with _TEMPS_LOCK:
            _TEMPS.pop(tmp, None)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _new_temp(target: Path) -> tuple[int, str]:
    """A new private temporary file next to ``target``, registered for removal
    *before* it exists: a signal between its creation and its registration cannot
    leave it behind."""
    import secrets  # (here: a cold start that writes no file never imports it)

    for _ in range(100):
        tmp = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")
        with _TEMPS_LOCK:
            _TEMPS[tmp] = os.getpid()
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            return os.open(tmp, flags, 0o600), tmp
        except BaseException as exc:  # not made (that name is taken, or no right to write)
            with _TEMPS_LOCK:
                _TEMPS.pop(tmp, None)
            if not isinstance(exc, FileExistsError):
                raise
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def _same_file(path: str, st: os.stat_result) -> bool:
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """``text`` to ``path`` through ``open_output`` (UTF-8, newlines as given)."""
    with open_output(path, errors="strict") as fh:
        fh.write(text)


# --------------------------------------------------------------------------- reading
CHUNK = 1 << 16


def read_bounded(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """At most ``limit`` bytes of ``stream``, and True when there was more."""
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(parts), False
        parts.append(chunk)
        size += len(chunk)
    data = b"".join(parts)
    return data[:limit], True


def read_path_bounded(path: str | os.PathLike[str], limit: int) -> tuple[bytes, bool]:
    with open(path, "rb") as fh:
        return read_bounded(fh, limit)


# --------------------------------------------------------------------------- JSON
#: Integers beyond this (about 4,200 digits) cannot be written: Python refuses to
#: convert them to text (``sys.set_int_max_str_digits``).
_MAX_INT_BITS = 14_000


def _nonfinite(obj: Any, path: str, out: list[str]) -> Any:
    if isinstance(obj, float):
        if math.isfinite(obj):
            return obj
        out.append(path or "$")
        return None
    if isinstance(obj, int) and not isinstance(obj, bool) and obj.bit_length() > _MAX_INT_BITS:
        out.append(path or "$")
        return None
    if isinstance(obj, dict):
        return {k: _nonfinite(v, f"{path}.{k}" if path else str(k), out) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_nonfinite(v, f"{path}[{i}]", out) for i, v in enumerate(obj)]
    return obj


def finite(obj: Any) -> tuple[Any, list[str]]:
    """``obj`` with every non-finite float (NaN, ±inf) or huge integer replaced by None, and the
    paths of the replaced values (``incidents[0].depth_m``)."""
    found: list[str] = []
    clean = _nonfinite(obj, "", found)
    return (clean, found) if found else (obj, found)


def strict_dumps(obj: Any, **options: Any) -> str:
    """``json.dumps`` that never writes NaN or Infinity (those become null)."""
    try:
        return json.dumps(obj, allow_nan=False, **options)
    except ValueError:
        return json.dumps(finite(obj)[0], allow_nan=False, **options)
