"""Command line: ``incidents parse|mentions|validate|check|schema``.

Results go to stdout (or ``-o OUT``: a regular file is replaced atomically, a
device or FIFO written in place), messages to stderr.
Exit codes: 0 success, 1 some document or record failed, 2 usage or I/O error
(one ``incidents: error: ...`` line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import gc
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

from . import __version__, safeio
from .api import MAX_CHARS, check_lang, get_parser, parse_reference_date
from .errors import BadReferenceDateError, UnsupportedLanguageError
from .model import RECORD_FIELDS
from .words import LazyPattern, supported_languages

STDIN = "-"
STDIN_NAME = "<stdin>"
#: Batches at least this long show a counter on stderr (when it is a terminal).
PROGRESS_MIN = 100

#: Bytes read from one text file or stream: enough for ``MAX_CHARS`` characters
#: and one more in any encoding (4 bytes a character at most, and a BOM), so that a
#: longer input gets its W901 warning; the rest is never read (an endless device
#: or pipe ends here).
MAX_TEXT_BYTES = 4 * (MAX_CHARS + 1) + 16
#: Diagnostics of a partial or altered result: also written to stderr, whatever the format.
STDERR_CODES = frozenset({"W901", "W902", "W904"})


class UsageError(Exception):
    """A bad command line or an unreadable input: exit status 2."""


# --------------------------------------------------------------------------- inputs
@dataclass(eq=False, repr=False)
class Doc:
    """One document to process: a plain-text file, or one line of a batch."""

    id: str | None
    text: str
    lang: str | None
    reference_date: str | None
    source: str
    line: int = 1
    plain: bool = False
    #: (code, message) when the input itself is unusable: the output is an error report
    error: tuple[str, str] | None = None


def _langs() -> str:
    return ", ".join(supported_languages())


def _option_lang(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return check_lang(value)
    except UnsupportedLanguageError as exc:
        raise UsageError(str(exc)) from None


def _reference_date(value: object) -> str | None:
    """The one reference-date check (``incidents.api.parse_reference_date``), as text."""
    day = parse_reference_date(value)
    return None if day is None else day.isoformat()


def _valid_date(value: object) -> bool:
    try:
        return _reference_date(value) is not None
    except BadReferenceDateError:
        return False


def _option_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _reference_date(value)
    except BadReferenceDateError:
        raise UsageError(f"bad --reference-date {value!r}; expected YYYY-MM-DD") from None


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: C0 controls that plain text does not contain (tab, newlines, form feed, escape do)
_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x08\x1b")
#: How much of a file is sniffed, and the share of control bytes that makes it binary.
SNIFF_BYTES = 8192
BINARY_SHARE = 0.10


def _looks_binary(sample: bytes, decoded: bool) -> bool:
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    if controls > max(BINARY_SHARE * len(sample), 8):
        return True
    return not decoded and b"\x00" in sample


def decode(data: bytes, name: str, lines: bool = False, partial: bool = False) -> str:
    """The text of ``data``: UTF-8 (a leading BOM dropped), or UTF-16/32 with their BOM.

    Binary data (many control bytes, or NUL bytes in what is not UTF-8) is an
    error, and so is invalid UTF-8, with its byte offset; with ``lines`` (a batch)
    invalid bytes are kept as lone surrogates (``surrogateescape``) for
    ``batch_docs`` to turn the lines holding them into error reports. A text with a
    few NUL bytes is read as it is, with a warning on stderr. ``partial``: ``data``
    is the start of a longer input, a character cut at its end is dropped.
    """
    encoding, skip = "utf-8", 0
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding, skip = enc, len(bom)
            break
    body = data[skip:]
    try:
        if partial:
            text = codecs.getincrementaldecoder(encoding)().decode(body, final=False)
        else:
            text = body.decode(encoding)
    except UnicodeDecodeError as exc:
        if _looks_binary(data[:SNIFF_BYTES], decoded=False):
            raise UsageError(f"{name}: binary file, not text") from None
        if lines and encoding == "utf-8":
            return body.decode(encoding, "surrogateescape")
        bad = body[exc.start]
        raise UsageError(
            f"{name}: not valid {encoding.upper()}: byte 0x{bad:02x} at offset {skip + exc.start}"
        ) from None
    if encoding == "utf-8" and _looks_binary(data[:SNIFF_BYTES], decoded=True):
        raise UsageError(f"{name}: binary file, not text")
    nul = text.find("\x00")
    if nul >= 0 and not lines:
        where = skip + len(text[:nul].encode(encoding)) if encoding == "utf-8" else None
        at = f" (first at byte offset {where})" if where is not None else ""
        warn(f"{name}: {text.count(chr(0))} NUL character(s){at} read as punctuation")
    return text


class _Settings:
    """Per-run settings of the messages on stderr (set by ``main``)."""

    quiet = False
    #: ``main`` turned the cyclic garbage collector off for start-up (``_start_up_done``)
    gc_paused = False


def _start_up_done() -> None:
    """The cyclic garbage collector back on once start-up is over (imports, the grammar
    tables, the lexicon, the first document): start-up builds tables that live as long
    as the process, which each collection would walk again and again (a tenth of a
    cold start) to find no garbage. They are frozen (``gc.freeze``: never walked
    again, and shared with forked workers) before it runs as usual."""
    if _Settings.gc_paused:
        _Settings.gc_paused = False
        gc.freeze()
        gc.enable()


def warn(message: str) -> None:
    """A warning on stderr (not with ``-q``)."""
    if not _Settings.quiet:
        sys.stderr.write(f"incidents: warning: {message}\n")


def _read_bytes(path: str, limit: int | None) -> tuple[bytes, bool]:
    """The bytes of a file or of stdin, at most ``limit`` of them; True when there was more."""
    try:
        if path == STDIN:
            stream = sys.stdin.buffer
            return (stream.read(), False) if limit is None else safeio.read_bounded(stream, limit)
        if limit is None:
            return Path(path).read_bytes(), False
        return safeio.read_path_bounded(path, limit)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as exc:
        raise UsageError(f"{display_name(path)}: cannot read: {exc.strerror or exc}") from None
    except MemoryError:
        raise UsageError(f"{display_name(path)}: too large to read into memory") from None


def read_text(path: str, lines: bool = False, whole: bool = False) -> str:
    """The text of a file or of stdin (``-``); ``lines``: a batch, see ``decode``.

    A text (not ``lines`` nor ``whole``) is read up to ``MAX_TEXT_BYTES``: what
    lies beyond would not be parsed anyway (the parser says so with W901).
    """
    data, more = _read_bytes(path, None if lines or whole else MAX_TEXT_BYTES)
    return decode(data, display_name(path), lines, partial=more)


def display_name(path: str) -> str:
    return STDIN_NAME if path == STDIN else path


@dataclass(frozen=True, eq=False, repr=False)
class Input:
    """One input file: named on the command line, or found in a directory (then a
    failure to read it is an error entry for that file, not the end of the run)."""

    path: str
    in_dir: bool = False
    #: why it cannot be read (a directory that could not be listed)
    error: str | None = None


def _walk(root: Path, suffixes: tuple[str, ...]) -> list[Input]:
    """The files with ``suffixes`` under ``root``, sorted; hidden entries (a name
    starting with ".") are skipped, hidden directories not entered; a directory
    that cannot be listed is an ``Input`` with its error."""
    found: list[Input] = []

    def failed(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else str(root)
        found.append(Input(str(where), True, f"cannot list this directory: {exc.strerror or exc}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        for name in filenames:
            path = base / name
            if not name.startswith(".") and path.suffix in suffixes and path.is_file():
                found.append(Input(str(path), True))
    return sorted(found, key=lambda i: i.path)


def expand(paths: Iterable[str], suffixes: tuple[str, ...]) -> list[Input]:
    """Files named on the command line; a directory stands for its files with ``suffixes``."""
    out: list[Input] = []
    for raw in paths:
        if raw == STDIN:
            out.append(Input(raw))
            continue
        path = Path(raw)
        if path.is_dir():
            found = _walk(path, suffixes)
            if not found:
                raise UsageError(f"{raw}: no {'/'.join(suffixes)} files in this directory")
            out.extend(found)
        elif path.exists():
            out.append(Input(raw))
        else:
            raise UsageError(f"{raw}: no such file or directory")
    return out


def doc_from_object(obj: Any, source: str, line: int, lang: str | None, reference_date: str | None) -> Doc:
    """A batch line (already decoded from JSON) as a document, or as an error document."""
    if not isinstance(obj, dict):
        return Doc(
            None,
            "",
            lang,
            reference_date,
            source,
            line,
            error=("E001", f"expected a JSON object, got {type(obj).__name__}"),
        )
    raw_id = obj.get("id")
    doc_id = _doc_id(raw_id)
    raw_lang = obj.get("lang") or lang
    raw_ref = obj.get("reference_date") or reference_date
    text = obj.get("text")
    shown_lang = raw_lang if isinstance(raw_lang, str) else None
    shown_ref = _reference_date(raw_ref) if _valid_date(raw_ref) else None

    def failed(code: str, message: str) -> Doc:
        return Doc(doc_id, "", shown_lang, shown_ref, source, line, error=(code, message))

    if doc_id is None and raw_id is not None:
        return failed("E005", f"'id' must be a string, a number or null, not {_json_type(raw_id)}")
    if text is None:
        return failed("E002", "missing 'text'")
    if not isinstance(text, str):
        return failed("E002", f"'text' must be a string, not {type(text).__name__}")
    if raw_lang is None:
        return failed("E003", f"no language: give 'lang' or --lang (supported: {_langs()})")
    try:
        doc_lang = check_lang(raw_lang)
    except UnsupportedLanguageError as exc:
        return failed("E003", str(exc))
    if raw_ref is not None and shown_ref is None:
        return failed("E004", f"bad reference_date {_short(raw_ref)}; expected YYYY-MM-DD")
    return Doc(doc_id, text, doc_lang, shown_ref, source, line)


def _json_type(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return type(value).__name__


def _short(value: object, limit: int = 60) -> str:
    """A value for a message: its JSON text, cut."""
    try:
        shown = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        shown = f"<{_json_type(value)}>"
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _doc_id(raw: object) -> str | None:
    """A batch id as the report's id (a string): a string as it is, a number or a
    boolean as its JSON text (``7``, ``1.5``, ``true``); None for anything else."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, (int, float)):
        return json.dumps(raw, allow_nan=False)  # finite: strict_loads refused the rest
    return None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number {text[:20]}{'…' if len(text) > 20 else ''} is too large")
    return value


def strict_loads(text: str) -> Any:
    """``json.loads`` of standard JSON only: no NaN/Infinity, no number that does
    not fit a double. Raises ``ValueError`` (too many digits too) or ``RecursionError``."""
    return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float)


#: an undecodable byte, as ``decode(..., lines=True)`` keeps it
_BAD_BYTE = LazyPattern("[\udc80-\udcff]")


def batch_docs(text: str, source: str, lang: str | None, ref: str | None, first_line: int = 1) -> list[Doc]:
    """One document per non-blank line of a JSON Lines batch, in order, never a gap.

    ``first_line`` is the line number of ``text``'s first line in its file (a part
    of a file read on its own, as ``incidents.distributed`` does).
    """
    docs: list[Doc] = []
    for number, raw in enumerate(text.split("\n"), start=first_line):
        if not raw.strip():
            continue
        bad = _BAD_BYTE.search(raw)
        if bad is not None:
            message = f"not valid UTF-8: byte 0x{ord(bad.group()) - 0xDC00:02x} at column {bad.start() + 1}"
            docs.append(Doc(None, "", lang, ref, source, number, error=("E001", message)))
            continue
        try:
            obj = strict_loads(raw)
            docs.append(doc_from_object(obj, source, number, lang, ref))
            continue
        except json.JSONDecodeError as exc:
            message = f"not valid JSON: {exc.msg} (column {exc.colno})"
        except RecursionError:
            message = "not usable JSON: nested too deeply"
        except Exception as exc:  # a number of 5,000 digits, ...: this line fails, not the batch
            message = f"not usable JSON: {str(exc).split(';')[0]}"
        docs.append(Doc(None, "", lang, ref, source, number, error=("E001", message)))
    return docs


#: The error code of a file (found in a directory) that cannot be read or decoded.
FILE_ERROR = "E006"


def _file_failure(inp: Input, exc: BaseException) -> str:
    """Why ``inp`` could not be used, without its name in front."""
    if isinstance(exc, RecursionError):
        return "not usable JSON: nested too deeply"
    message = str(exc)
    prefix = display_name(inp.path) + ":"
    if message.startswith(prefix):
        message = message[len(prefix) :].lstrip()
    return message or type(exc).__name__


def load_docs(files: list[Input], lang: str | None, ref: str | None) -> list[Doc]:
    """The documents of every input, in order. A file found in a directory that
    cannot be read or decoded is one error document (``E006``); a file named on the
    command line is a usage error (exit 2)."""
    docs: list[Doc] = []
    for inp in files:
        if inp.path != STDIN and not inp.path.endswith((".jsonl", ".json")) and lang is None:
            name = display_name(inp.path)
            raise UsageError(f"{name}: --lang is required for plain-text input (supported: {_langs()})")
        try:
            if inp.error is not None:
                raise UsageError(inp.error)
            docs.extend(_load_file(inp.path, lang, ref))
        except (UsageError, ValueError, RecursionError, OSError, MemoryError) as exc:
            if not inp.in_dir:
                if isinstance(exc, UsageError):
                    raise
                raise UsageError(f"{display_name(inp.path)}: {_file_failure(inp, exc)}") from None
            name = display_name(inp.path)
            error = (FILE_ERROR, _file_failure(inp, exc))
            docs.append(Doc(name, "", lang, ref, name, plain=True, error=error))
    return docs


def _load_file(path: str, lang: str | None, ref: str | None) -> list[Doc]:
    """The documents of one input: a text, a JSON Lines batch or a .json file."""
    name = display_name(path)
    if path == STDIN:
        # stdin has no file name: a text whose first character is "{" is a JSON
        # Lines batch (a report does not start with a brace), anything else a report
        raw, more = _read_bytes(STDIN, MAX_TEXT_BYTES)
        batch = raw.lstrip()[:1] == b"{"
        if batch and more:
            raw += _read_bytes(STDIN, None)[0]  # a batch is read whole
        text = decode(raw, STDIN_NAME, batch, partial=more and not batch)
        if batch:
            return batch_docs(text, name, lang, ref)
    else:
        text = read_text(path, lines=path.endswith(".jsonl"))
    if path.endswith(".jsonl"):
        return batch_docs(text, name, lang, ref)
    if path.endswith(".json"):
        # a sample file or any {"id", "text", "lang"?, ...} object, or a list of them
        try:
            obj = strict_loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{name}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
        objs = obj if isinstance(obj, list) else [obj]
        return [doc_from_object(o, name, 1, lang, ref) for o in objs]
    if lang is None:
        raise UsageError(f"{name}: --lang is required for plain-text input (supported: {_langs()})")
    return [Doc(name, text, lang, ref, name, plain=True)]


# --------------------------------------------------------------------------- processing
def _diagnostic(doc: Doc, code: str, message: str) -> dict[str, Any]:
    return {
        "severity": "error",
        "code": code,
        "message": message,
        "span": None,
        "line": doc.line,
        "column": 1,
    }


def _error_result(mode: str, doc: Doc, code: str, message: str) -> dict[str, Any]:
    diag = _diagnostic(doc, code, message)
    if mode == "mentions":
        return {"id": doc.id, "mentions": [], "diagnostics": [diag]}
    return {
        "id": doc.id,
        "lang": doc.lang,
        "reference_date": doc.reference_date,
        "incidents": [],
        "diagnostics": [diag],
    }


def _process(task: tuple[str, Doc]) -> tuple[dict[str, Any], bool]:
    """(output object, failed) for one document, numbers not yet checked finite."""
    mode, doc = task
    if doc.error is not None:
        return _error_result(mode, doc, *doc.error), True
    try:
        parser = get_parser(doc.lang or "")
        if mode == "mentions":
            diags: list[Any] = []
            found = parser.mentions(doc.text, doc.reference_date, diags)
            result: dict[str, Any] = {"id": doc.id, "mentions": [m.to_dict() for m in found]}
            if len(doc.text) > parser.max_chars:
                diags.insert(0, parser.truncated(doc.text))
            if diags:
                result["diagnostics"] = [d.to_dict() for d in diags]
            return result, False
        report = parser.parse(doc.text, doc.reference_date, id=doc.id)
        out = report.to_dict()
        if doc.id is None:
            out = {"id": None, **out}
        return out, False
    except Exception as exc:  # a parser bug must not leave a gap in a batch
        message = f"internal error: {type(exc).__name__}: {exc}"
        return _error_result(mode, doc, "E900", message), True


def _make_finite(doc: Doc, out: dict[str, Any]) -> dict[str, Any]:
    """``out`` with non-finite numbers (a 400-digit distance is ``inf``) as null,
    each with a W904 warning: the output stays strict JSON."""
    clean, paths = safeio.finite(out)
    if not paths:
        return out
    clean = dict(clean)
    clean["diagnostics"] = list(clean.get("diagnostics") or []) + [
        {
            "severity": "warning",
            "code": "W904",
            "message": f"{p}: number too large to be written as JSON: written as null",
            "span": None,
            "line": doc.line,
            "column": 1,
        }
        for p in paths
    ]
    return clean


def process(task: tuple[str, Doc]) -> tuple[dict[str, Any], bool]:
    """(output object, failed) for one document; runs in pool workers too."""
    out, failed = _process(task)
    try:
        json.dumps(out, allow_nan=False)  # the usual case: C speed, no walk in Python
    except ValueError:
        out = _make_finite(task[1], out)
    return out, failed


def _notable(out: dict[str, Any], failed: bool) -> dict[str, Any] | None:
    """``out`` when the parent must tell of it on stderr: failed, or partial."""
    if failed or any(d.get("code") in STDERR_CODES for d in out.get("diagnostics") or ()):
        return out
    return None


def process_jsonl(task: tuple[str, Doc]) -> tuple[str, dict[str, Any] | None, bool]:
    """``process`` with the output as its JSON line, made where the document was parsed
    (so a worker, not the parent, serialises it); the object too when it failed or
    is partial (see ``_notable``); failed."""
    out, failed = _process(task)
    try:
        line = dumps(out, strict=True)
    except ValueError:
        out = _make_finite(task[1], out)
        line = dumps(out)
    return line, _notable(out, failed), failed


def run_all(
    mode: str, docs: list[Doc], jobs: int, fn: Callable[[tuple[str, Doc]], Any] = process
) -> Iterator[Any]:
    """``fn`` (``process`` by default) over ``docs`` in order; with ``jobs > 1`` in
    worker processes (same output).

    Parsers are built before the workers start, so forked workers share them. If a
    worker dies (killed, out of memory), the documents it had not returned are
    processed here: a batch never loses a line nor hangs on a dead worker.
    """
    tasks = [(mode, d) for d in docs]
    # a worker pays for itself only with enough documents to read: a small batch
    # stays in this process (``--jobs`` is never slower than ``--jobs 1``)
    workers = min(jobs, len(tasks) // MIN_DOCS_PER_WORKER)
    if workers <= 1:
        for task in tasks:
            yield fn(task)
            _start_up_done()
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    for lang in sorted({d.lang for d in docs if d.lang and d.error is None}):
        with contextlib.suppress(Exception):
            get_parser(lang)
    _start_up_done()
    chunk = max(1, min(64, len(tasks) // (workers * 4)))
    done = 0
    pool = ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        for result in pool.map(fn, tasks, chunksize=chunk):
            yield result
            done += 1
    except BrokenProcessPool:
        pool.shutdown(wait=False, cancel_futures=True)
        warn(f"a worker process died; the last {len(tasks) - done} document(s) are processed in this one")
        yield from map(fn, tasks[done:])
    finally:
        # on an early end (an error, the reader gone, a signal) do not wait for the
        # rest of the batch: pending work is cancelled, running chunks are short
        pool.shutdown(wait=True, cancel_futures=True)


#: Fewer documents than this per worker are read in-process (starting and feeding a
#: worker costs about as much as reading that many short reports).
MIN_DOCS_PER_WORKER = 100


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, else the machine's)."""
    affinity = getattr(os, "sched_getaffinity", None)
    if affinity is not None:
        with contextlib.suppress(OSError):
            return max(1, len(affinity(0)))
    return max(1, os.cpu_count() or 1)


#: How often (seconds) a worker checks that its parent is alive, where the
#: kernel cannot be asked to end it with its parent.
PARENT_POLL = 0.5


def _worker_init(parent: int) -> None:
    """Start of a ``--jobs`` worker: it ends when its parent does, and lets go of
    the parent's stdout (results travel through the pool's pipes)."""
    safeio.reset_signal_handlers()
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes
            import signal

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            libc.prctl(pr_set_pdeathsig, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the watch was set up
        os._exit(1)
    import threading
    import time

    def watch() -> None:  # the portable watch, and a second line on Linux
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="incidents-parent-watch", daemon=True).start()


def _show_progress(args: argparse.Namespace, total: int) -> bool:
    """``--progress``/``--no-progress`` if given; else on a terminal, for a long
    batch, unless ``-q``."""
    wanted: bool | None = getattr(args, "progress", None)
    if wanted is not None:
        return wanted
    return total >= PROGRESS_MIN and not _Settings.quiet and sys.stderr.isatty()


def _clock(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def progress_line(label: str, done: int, total: int, elapsed: float) -> str:
    """``parse: 1,200/15,800 documents (8 %), 2,950 documents/s, ETA 0:05``."""
    rate = done / elapsed if elapsed > 0 else 0.0
    share = 100 * done // total if total else 100
    eta = _clock((total - done) / rate) if rate > 0 else "?"
    return f"{label}: {done:,}/{total:,} documents ({share} %), {rate:,.0f} documents/s, ETA {eta}"


#: Seconds between progress updates: on a terminal (one line rewritten), elsewhere (new lines).
PROGRESS_EVERY_TTY = 0.2
PROGRESS_EVERY_LOG = 5.0


def _progress(items: Iterator[Any], total: int, label: str, show: bool) -> Iterator[Any]:
    """``items``, with progress on stderr when ``show``: the count, the share, the
    rate and the ETA; on a terminal one line rewritten in place, elsewhere a line
    every few seconds; at the end the count, time and rate."""
    if not show:
        yield from items
        return
    import time

    tty = sys.stderr.isatty()
    every = PROGRESS_EVERY_TTY if tty else PROGRESS_EVERY_LOG
    start = last = time.monotonic()
    width = 0
    done = 0
    for done, item in enumerate(items, start=1):
        yield item
        now = time.monotonic()
        if now - last >= every and done < total:
            last = now
            line = progress_line(label, done, total, now - start)
            if tty:
                sys.stderr.write("\r" + line.ljust(width))
                width = len(line)
            else:
                sys.stderr.write(line + "\n")
            sys.stderr.flush()
    elapsed = time.monotonic() - start
    rate = f", {done / elapsed:,.0f} documents/s" if elapsed > 0 else ""
    final = f"{label}: {done:,}/{total:,} documents in {elapsed:.1f} s{rate}"
    sys.stderr.write(("\r" + final.ljust(width) if tty else final) + "\n")
    sys.stderr.flush()


# --------------------------------------------------------------------------- outputs
@contextlib.contextmanager
def open_output(path: str | None) -> Iterator[TextIO]:
    """stdout, or ``path`` through ``safeio.open_output``: a regular file replaced
    atomically once everything was written, anything else written in place."""
    if path is None or path == STDIN:
        yield sys.stdout
        sys.stdout.flush()
        return
    try:
        cm = safeio.open_output(path)
        fh = cast(TextIO, cm.__enter__())
    except OSError as exc:
        raise UsageError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        yield fh
    except BaseException:
        if not cm.__exit__(*sys.exc_info()):
            raise
    else:
        cm.__exit__(None, None, None)


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(obj: Any, strict: bool = False, **options: Any) -> str:
    """Strict JSON as UTF-8 text; a lone surrogate (from a ``\\ud800`` escape in a
    batch line) stays an escape, so the output is always valid UTF-8 and valid JSON.

    Non-finite numbers become null; with ``strict`` they raise ``ValueError`` instead.
    """
    try:
        out = json.dumps(obj, ensure_ascii=False, allow_nan=False, **options)
    except ValueError:
        if strict:
            raise
        obj = safeio.finite(obj)[0]
        out = json.dumps(obj, ensure_ascii=False, allow_nan=False, **options)
    if _SURROGATE.search(out):
        out = json.dumps(obj, ensure_ascii=True, allow_nan=False, **options)
    return out


def write_json(fh: TextIO, results: Iterable[dict[str, Any]], single: bool) -> None:
    objs = list(results)
    data: Any = objs[0] if single and len(objs) == 1 else objs
    fh.write(dumps(data, indent=2) + "\n")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list, tuple)):
        return dumps(value, separators=(",", ":"))
    return str(value)


def write_csv(fh: TextIO, results: Iterable[dict[str, Any]]) -> None:
    import csv  # (only here: not imported at every start)

    out = csv.writer(fh, lineterminator="\n")
    out.writerow(["id", *RECORD_FIELDS])
    for report in results:
        for record in report.get("incidents", []):
            out.writerow([_csv_cell(report.get("id"))] + [_csv_cell(record.get(f)) for f in RECORD_FIELDS])


TABLE_COLUMNS = (
    "#",
    "aircraft",
    "states",
    "zone",
    "date",
    "time",
    "depth",
    "altitude",
    "duration",
    "reps",
    "location",
    "certainty",
    "source",
)
_BOUND_MARK = {"approx": "~", "max": "≤", "min": "≥"}
_CELL_MAX = 40


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def _quantity(rec: dict[str, Any], value: str, bound: str, low: str, unit: str) -> str:
    v = rec.get(value)
    if v is None:
        return ""
    b = rec.get(bound)
    if b == "range" and rec.get(low) is not None:
        return f"{_number(rec[low])}–{_number(v)} {unit}"
    return f"{_BOUND_MARK.get(b or '', '')}{_number(v)} {unit}"


def table_row(index: int, rec: dict[str, Any]) -> list[str]:
    count = rec.get("aircraft_count")
    kind = rec.get("aircraft_model") or rec.get("aircraft_category") or "?"
    role = rec.get("aircraft_role")
    aircraft = (f"{count}× " if count is not None else "") + str(kind) + (f" ({role})" if role else "")
    date = rec.get("date") or ""
    if date and rec.get("date_precision") not in (None, "day"):
        date += f" ({rec['date_precision']})"
    time = rec.get("time") or ""
    if time and rec.get("time_approx"):
        time = "~" + time
    cells = [
        str(index),
        aircraft,
        f"{rec.get('violator_state') or '?'} → {rec.get('violated_state') or '?'}",
        rec.get("zone") or "",
        date,
        time,
        _quantity(rec, "depth_m", "depth_bound", "depth_low_m", "m"),
        _quantity(rec, "altitude_m", "altitude_bound", "altitude_low_m", "m"),
        _quantity(rec, "duration_s", "duration_bound", "duration_low_s", "s"),
        _csv_cell(rec.get("repetitions")),
        rec.get("location") or "",
        rec.get("certainty") or "",
        rec.get("source") or "",
    ]
    return [c if len(c) <= _CELL_MAX else c[: _CELL_MAX - 1] + "…" for c in map(str, cells)]


def _heading(report: dict[str, Any]) -> str:
    n = len(report.get("incidents", []))
    return (
        f"{report.get('id') or '(no id)'}  lang={report.get('lang')}  "
        f"reference_date={report.get('reference_date')}  "
        f"{n} incident{'s' if n != 1 else ''}"
    )


def _diag_line(d: dict[str, Any]) -> str:
    where = f" (line {d['line']}, column {d['column']})" if d.get("line") is not None else ""
    return f"  ! {d.get('code')} {d.get('severity')}: {d.get('message')}{where}"


def write_table(fh: TextIO, results: Iterable[dict[str, Any]]) -> None:
    if fh is sys.stdout and _use_rich():
        _write_rich_table(results)
        return
    for n, report in enumerate(results):
        if n:
            fh.write("\n")
        fh.write(_heading(report) + "\n")
        rows = [table_row(i, r) for i, r in enumerate(report.get("incidents", []), start=1)]
        if rows:
            widths = [max(len(c) for c in col) for col in zip(TABLE_COLUMNS, *rows, strict=True)]
            for cells in (list(TABLE_COLUMNS), ["-" * w for w in widths], *rows):
                line = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))
                fh.write(("  " + line).rstrip() + "\n")
        for d in report.get("diagnostics", []):
            fh.write(_diag_line(d) + "\n")


def _use_rich() -> bool:
    import importlib.util

    return sys.stdout.isatty() and importlib.util.find_spec("rich") is not None


def _write_rich_table(results: Iterable[dict[str, Any]]) -> None:
    # rich is optional (no stubs needed when it is absent)
    from rich.console import Console  # type: ignore[import-not-found, unused-ignore]
    from rich.table import Table  # type: ignore[import-not-found, unused-ignore]
    from rich.text import Text  # type: ignore[import-not-found, unused-ignore]

    console = Console(no_color=bool(os.environ.get("NO_COLOR")), highlight=False)
    for report in results:
        console.print(Text(_heading(report), style="bold"))
        incidents = report.get("incidents", [])
        if incidents:
            table = Table(*TABLE_COLUMNS)
            for i, rec in enumerate(incidents, start=1):
                table.add_row(*(Text(c) for c in table_row(i, rec)))
            console.print(table)
        for d in report.get("diagnostics", []):
            console.print(Text(_diag_line(d), style="red" if d.get("severity") == "error" else "yellow"))


# --------------------------------------------------------------------------- commands
def _run_documents(args: argparse.Namespace, mode: str) -> int:
    lang = _option_lang(args.lang)
    ref = _option_date(args.reference_date)
    jobs: int = getattr(args, "jobs", 1)
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per CPU) or more")
    cpus = available_cpus()
    if jobs == 0:
        jobs = cpus
    elif jobs > cpus:
        warn(f"--jobs {jobs}: only {cpus} CPU(s) available, using {cpus}")
        jobs = cpus
    files = expand(args.paths or [STDIN], (".txt", ".jsonl"))
    docs = load_docs(files, lang, ref)
    # json: one object for one text named directly (a file or stdin); an array for a
    # directory (whatever it holds), several inputs or a batch, whatever their count
    single = len(files) == 1 and not files[0].in_dir and len(docs) == 1 and docs[0].plain
    show = _show_progress(args, len(docs))
    notable: list[tuple[Doc, dict[str, Any], bool]] = []  # failed or partial: told on stderr

    def results() -> Iterator[dict[str, Any]]:
        pairs = _progress(run_all(mode, docs, jobs), len(docs), mode, show)
        for doc, (out, failed) in zip(docs, pairs, strict=True):
            if _notable(out, failed) is not None:
                notable.append((doc, out, failed))
            yield out

    def lines() -> Iterator[str]:
        triples = _progress(run_all(mode, docs, jobs, process_jsonl), len(docs), mode, show)
        for doc, (line, out, failed) in zip(docs, triples, strict=True):
            if out is not None:
                notable.append((doc, out, failed))
            yield line

    writers: dict[str, Callable[[TextIO, Iterator[dict[str, Any]]], None]] = {
        "json": lambda fh, rs: write_json(fh, rs, single),
        "csv": write_csv,
        "table": write_table,
    }
    with open_output(args.output) as fh:
        if args.format == "jsonl":
            fh.writelines(line + "\n" for line in lines())
        else:
            writers[args.format](fh, results())
    for doc, out, failed in notable:
        for d in out.get("diagnostics") or ():
            if failed or (d.get("code") in STDERR_CODES and not _Settings.quiet):
                line, column = _place(doc, d, failed)
                sys.stderr.write(
                    f"{doc.source}:{line}:{column}: {d['code']} {d['severity']}: {d['message']}\n"
                )
    return 1 if any(failed for _, _, failed in notable) else 0


def _place(doc: Doc, d: dict[str, Any], failed: bool) -> tuple[int, int]:
    """Where a diagnostic points in the input file: a plain text's own line and
    column; in a batch, the document's line (an error report already says it)."""
    if failed or doc.plain:
        return int(d.get("line") or doc.line), int(d.get("column") or 1)
    return doc.line, 1


def cmd_parse(args: argparse.Namespace) -> int:
    return _run_documents(args, "parse")


def cmd_mentions(args: argparse.Namespace) -> int:
    return _run_documents(args, "mentions")


def _finding(path: str, d: dict[str, Any]) -> dict[str, Any]:
    return {
        "path": path,
        "severity": d["severity"],
        "code": d["code"],
        "message": d["message"],
        "line": d.get("line") or 1,
        "column": d.get("column") or 1,
        "span": d.get("span"),
    }


def _lint_doc(doc: Doc, *, in_file: bool) -> list[dict[str, Any]]:
    """The diagnostics of parsing one document, placed in its file."""
    out, failed = process(("parse", doc))
    found = []
    for d in out["diagnostics"]:
        d = dict(d)
        if in_file and not failed:
            # a document inside a JSON file: point at its line, say where in the text
            d["message"] += (
                f" (document {doc.id or '?'}, text line {d.get('line')}, column {d.get('column')})"
            )
            d["line"], d["column"] = doc.line, 1
        found.append(_finding(doc.source, d))
    return found


def _unusable(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "not usable JSON: nested too deeply"
    return f"not usable JSON: {str(exc).split(';')[0] or type(exc).__name__}"


def _check_records(
    recordcheck: Any, name: str, text: str, jsonl: bool, lang: str | None, ref: str | None
) -> list[dict[str, Any]]:
    """The findings of one .json/.jsonl file; JSON that cannot be read (nested too
    deeply, a number of thousands of digits) is a finding, of its line or file."""
    found: list[dict[str, Any]] = []

    def unusable(line: int, exc: BaseException) -> None:
        d = {"severity": "error", "code": "E300", "message": _unusable(exc), "line": line, "column": 1}
        found.append(_finding(name, d))

    if jsonl:
        lines = text.split("\n")
        for number, raw in enumerate(lines, start=1):
            if raw.strip():
                try:
                    json.loads(raw)
                except json.JSONDecodeError:
                    pass  # reported by recordcheck, with its column
                except (ValueError, RecursionError) as exc:
                    unusable(number, exc)
                    lines[number - 1] = ""
        text = "\n".join(lines)
    else:
        try:
            json.loads(text)
        except json.JSONDecodeError:
            pass
        except (ValueError, RecursionError) as exc:
            unusable(1, exc)
            return found
    try:
        result = recordcheck.check_text(text, jsonl=jsonl)
        checked = [_finding(name, d.to_dict()) for d in result.diagnostics]
        for line, obj in result.documents:
            checked.extend(_lint_doc(doc_from_object(obj, name, line, lang, ref), in_file=True))
    except (ValueError, RecursionError, TypeError) as exc:  # never a traceback for one file
        unusable(1, exc)
        return found
    return sorted(found + checked, key=lambda f: f["line"]) if found else checked


def write_findings_text(fh: TextIO, findings: list[dict[str, Any]]) -> None:
    for f in findings:
        fh.write(f"{f['path']}:{f['line']}:{f['column']}: {f['code']} {f['severity']}: {f['message']}\n")


def write_findings_json(fh: TextIO, findings: list[dict[str, Any]]) -> None:
    fh.write(dumps(findings, indent=2) + "\n")


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def write_findings_github(fh: TextIO, findings: list[dict[str, Any]]) -> None:
    """GitHub Actions workflow commands: ``::error file=F,line=L,col=C,title=CODE::message``."""
    for f in findings:
        level = "error" if f["severity"] == "error" else "warning"
        props = (
            f"file={_gh_property(str(f['path']))},line={f['line']},col={f['column']},"
            f"title={_gh_property(str(f['code']))}"
        )
        fh.write(f"::{level} {props}::{_gh_data(str(f['code']) + ' ' + str(f['message']))}\n")


SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _artifact_uri(path: str) -> str:
    from urllib.parse import quote

    if path == STDIN_NAME:
        return "stdin"
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(path.replace(os.sep, "/"))


def sarif(findings: list[dict[str, Any]]) -> dict[str, Any]:
    """The findings as a SARIF 2.1.0 log: one run, one rule per code."""
    codes = sorted({str(f["code"]) for f in findings})
    rules = [{"id": code, "name": code, "shortDescription": {"text": code}} for code in codes]
    results = []
    for f in findings:
        region: dict[str, Any] = {"startLine": int(f["line"]), "startColumn": int(f["column"])}
        results.append(
            {
                "ruleId": str(f["code"]),
                "ruleIndex": codes.index(str(f["code"])),
                "level": "error" if f["severity"] == "error" else "warning",
                "message": {"text": str(f["message"])},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _artifact_uri(str(f["path"]))},
                            "region": region,
                        }
                    }
                ],
            }
        )
    driver = {"name": "incidents", "version": __version__, "rules": rules}
    run = {"tool": {"driver": driver}, "results": results}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def write_findings_sarif(fh: TextIO, findings: list[dict[str, Any]]) -> None:
    fh.write(dumps(sarif(findings), indent=2) + "\n")


FINDING_WRITERS: dict[str, Callable[[TextIO, list[dict[str, Any]]], None]] = {
    "text": write_findings_text,
    "json": write_findings_json,
    "github": write_findings_github,
    "sarif": write_findings_sarif,
}


def cmd_validate(args: argparse.Namespace) -> int:
    from . import recordcheck

    lang = _option_lang(args.lang)
    ref = _option_date(args.reference_date)
    files = expand(args.paths or [STDIN], (".txt", ".json", ".jsonl"))
    findings: list[dict[str, Any]] = []
    for inp in files:
        path, name = inp.path, display_name(inp.path)
        records = path.endswith((".json", ".jsonl"))
        if not records and lang is None:
            raise UsageError(f"{name}: --lang is required for plain-text input (supported: {_langs()})")
        try:
            if inp.error is not None:
                raise UsageError(inp.error)
            text = read_text(path, whole=records)
        except UsageError as exc:
            if not inp.in_dir:
                raise
            d = {"severity": "error", "code": FILE_ERROR, "message": _file_failure(inp, exc)}
            findings.append(_finding(name, d))
            continue
        if records:
            findings.extend(_check_records(recordcheck, name, text, path.endswith(".jsonl"), lang, ref))
        else:
            findings.extend(_lint_doc(Doc(name, text, lang, ref, name, plain=True), in_file=False))
    FINDING_WRITERS[args.format](sys.stdout, findings)
    if args.format in ("text", "github") and findings and not _Settings.quiet:
        errors = sum(f["severity"] == "error" for f in findings)
        warnings = len(findings) - errors
        sys.stderr.write(f"{errors} error(s), {warnings} warning(s) in {len(files)} file(s)\n")
    bad = any(f["severity"] == "error" or (args.strict and f["severity"] == "warning") for f in findings)
    return 0 if args.exit_zero or not bad else 1


def cmd_check(args: argparse.Namespace) -> int:
    from . import check

    try:
        paths = check.find_samples(args.paths or ["samples"])
    except FileNotFoundError as exc:
        raise UsageError(f"{exc.args[0]}: no such file or directory") from None
    if not paths:
        raise UsageError("no sample files found")
    results = [check.run_sample(p) for p in paths]
    if args.update:
        changed = sum(check.update_sample(r) for r in results if r.predicted is not None)
        if not _Settings.quiet:
            sys.stderr.write(f"updated {changed} of {len(results)} sample(s)\n")
        return 0
    summary = check.summarize(results)
    if args.format == "json":
        sys.stdout.write(dumps(summary, indent=2) + "\n")
    else:
        for line in check.report_lines(results):
            sys.stdout.write(line + "\n")
    return 1 if summary["failures"] else 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import SCHEMAS

    sys.stdout.write(dumps(SCHEMAS[args.shape], indent=2) + "\n")
    return 0


# --------------------------------------------------------------------------- argparse
def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` reads it ($COLUMNS,
    else the size of stdout's terminal, else 80), without importing shutil (and its
    compression modules) at every start."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter (one is made for every argument added, to check it), with
    the terminal's width read by ``_columns``."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _ArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    top = _ArgumentParser(
        prog="incidents",
        description="Turn airspace-incident reports into typed incident records.",
        epilog="Exit status: 0 success, 1 a document/record/sample failed, 2 usage or I/O error.",
    )
    top.add_argument("--version", action="version", version=f"incidents {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add in (_parse_command, _mentions_command, _validate_command, _check_command, _schema_command):
        add(sub)
    return top


_Subparsers = Any  # argparse's _SubParsersAction is private


def _quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no warnings, summaries or progress on stderr (errors still)",
    )


def _inputs(p: argparse.ArgumentParser, what: str) -> None:
    _quiet(p)
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=f"{what}; a directory stands for its files; '-' (default) is stdin",
    )
    p.add_argument("--lang", help=f"language of plain-text input and default for batch lines ({_langs()})")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date relative words are resolved against")


def _processing(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="OUT", help="write here (atomically), not stdout")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for batches (0: one per CPU; default 1; at most the CPUs available)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=f"progress, rate and ETA on stderr (default: on a terminal, for {PROGRESS_MIN}+ documents)",
    )


def _parse_command(sub: _Subparsers) -> None:
    p = sub.add_parser(
        "parse",
        help="reports -> incident records",
        description="Parse reports (.txt, .jsonl batches, '-') into records.",
    )
    _inputs(p, "report files (.txt) or JSON Lines batches (.jsonl); on stdin, a batch starts with '{'")
    p.add_argument("--format", choices=("json", "jsonl", "csv", "table"), default="json")
    _processing(p)
    p.set_defaults(func=cmd_parse)


def _mentions_command(sub: _Subparsers) -> None:
    p = sub.add_parser(
        "mentions",
        help="phrase-level mentions",
        description="The phrases the grammar recognises, with their values.",
    )
    _inputs(p, "report files (.txt) or JSON Lines batches (.jsonl)")
    p.add_argument("--format", choices=("json", "jsonl"), default="json")
    _processing(p)
    p.set_defaults(func=cmd_mentions)


def _validate_command(sub: _Subparsers) -> None:
    p = sub.add_parser(
        "validate",
        help="lint reports and record files",
        description="Print the diagnostics of text reports and check .json/"
        ".jsonl record files against the record contract.",
    )
    _inputs(p, "text reports, or .json/.jsonl files of records or reports")
    p.add_argument(
        "--format",
        choices=tuple(FINDING_WRITERS),
        default="text",
        help="text: path:line:col: CODE severity: message; json; github: workflow "
        "annotations; sarif: SARIF 2.1.0",
    )
    p.add_argument("--strict", action="store_true", help="warnings fail too")
    p.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even with findings (usage and I/O errors still exit 2)",
    )
    p.set_defaults(func=cmd_validate)


def _check_command(sub: _Subparsers) -> None:
    p = sub.add_parser(
        "check",
        help="regression over the samples",
        description="Compare the parser's output with the expected records of "
        "sample files (samples/<lang>/<id>.json).",
    )
    p.add_argument("paths", nargs="*", metavar="DIR|FILE", help="default: samples")
    _quiet(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--update",
        action="store_true",
        help="rewrite each sample's expected incidents from the current output",
    )
    p.set_defaults(func=cmd_check)


def _schema_command(sub: _Subparsers) -> None:
    p = sub.add_parser(
        "schema", help="print a JSON Schema", description="Print the JSON Schema (draft 2020-12) of a shape."
    )
    p.add_argument("shape", nargs="?", choices=("record", "report", "mention"), default="report")
    p.set_defaults(func=cmd_schema)


def _utf8_stdio() -> None:
    # UTF-8 whatever the locale; text that cannot be encoded (a lone surrogate in
    # a CSV cell or a table) is written as an escape rather than a crash
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


#: what ``lark/__init__`` binds besides ``Lark``, by the submodule that defines it: the
#: names the scanner and the phrase transforms import (see ``_light_lark``)
_LARK_NAMES = {
    "exceptions": (
        "GrammarError",
        "LarkError",
        "LexError",
        "ParseError",
        "UnexpectedCharacters",
        "UnexpectedEOF",
        "UnexpectedInput",
        "UnexpectedToken",
    ),
    "lexer": ("Token",),
    "tree": ("ParseTree", "Tree"),
    "utils": ("logger", "TextSlice"),
    "visitors": ("Discard", "Transformer", "Transformer_NonRecursive", "Visitor", "v_args"),
}
_LARK_VERSION = re.compile(r"""^__version__\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.M)


def _lark_without_regex() -> None:
    """Import lark without importing the ``regex`` module, which lark imports whenever
    it is installed, for the grammars that ask for it (``Lark(regex=True)`` or ``\\p{..}``
    classes; never ours): that import is about a sixth of a warm cold start. lark is
    then handed ``regex`` as a module that loads on first use (``importlib.util.
    LazyLoader``), so it behaves as before, and so does a later ``import regex``
    (dateparser's, for a relative date). lark itself is imported light (``_light_lark``).
    Only in the command's own process (``main`` without ``argv``): a library caller's
    imports are left alone."""
    if "lark" in sys.modules or "regex" in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec("regex")
    except (ImportError, ValueError):
        spec = None
    if spec is None or spec.loader is None:
        _light_lark()
        return  # no regex: lark imports as it would
    sys.modules["regex"] = None  # type: ignore[assignment]  # lark's ``import regex`` fails
    try:
        _light_lark()
    finally:
        del sys.modules["regex"]
    spec.loader = importlib.util.LazyLoader(spec.loader)
    lazy = importlib.util.module_from_spec(spec)
    sys.modules["regex"] = lazy
    spec.loader.exec_module(lazy)
    for module in (sys.modules.get("lark.utils"), sys.modules.get("lark.lark")):
        if module is not None and hasattr(module, "_has_regex"):
            vars(module).update(regex=lazy, _has_regex=True)


def _light_lark() -> None:
    """Import the lark package without ``lark.lark`` (the class ``Lark``: its grammar
    loader, its Earley and CYK parsers, pickle, tempfile), which a warm start never
    needs: the scanner reads its tables from the cache and needs only lark's tokens,
    trees, transformers and rules. The package's other names are bound from their
    submodules; the first use of any other (``lark.Lark``, for a grammar built from
    source) runs lark's own ``__init__`` in it, which imports the rest: the package is
    then what a plain ``import lark`` makes. Any surprise (another lark's layout) and
    lark is imported whole."""
    import importlib
    import importlib.util

    spec = importlib.util.find_spec("lark")
    loader = spec.loader if spec is not None else None
    found = None
    if spec is not None and spec.origin and spec.submodule_search_locations is not None:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            found = _LARK_VERSION.search(Path(spec.origin).read_text(encoding="utf-8"))
    if spec is None or loader is None or found is None:
        importlib.import_module("lark.lark")
        return
    package = importlib.util.module_from_spec(spec)

    def complete(name: str) -> Any:  # the package's ``__getattr__``: lark whole, then the name
        del package.__dict__["__getattr__"]
        regex = sys.modules.get("regex")  # (lark.lark handed it as lark.utils was)
        if regex is not None:
            sys.modules["regex"] = None  # type: ignore[assignment]
        try:
            loader.exec_module(package)
        finally:
            if regex is not None:
                sys.modules["regex"] = regex
                vars(sys.modules["lark.lark"]).update(regex=regex, _has_regex=True)
        return getattr(package, name)

    sys.modules["lark"] = package
    try:
        vars(package)["__version__"] = found.group(1)  # (the cache's key)
        for module, names in _LARK_NAMES.items():
            loaded = importlib.import_module(f"lark.{module}")
            for name in names:
                setattr(package, name, getattr(loaded, name))
    except Exception:  # another lark: imported as it is
        for name in [m for m in sys.modules if m == "lark" or m.startswith("lark.")]:
            del sys.modules[name]
        importlib.import_module("lark.lark")
        return
    vars(package)["__getattr__"] = complete  # (a module's hook: PEP 562)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _utf8_stdio()
    safeio.install_signal_handlers()
    if argv is None:
        _lark_without_regex()
    if argv is None and gc.isenabled():
        # off for the process's own start-up (see ``_start_up_done``); a caller in a
        # process of its own (argv given) keeps its collector and nothing is frozen
        gc.disable()
        _Settings.gc_paused = True
    try:
        args = build_parser().parse_args(argv)
        _Settings.quiet = bool(getattr(args, "quiet", False))
        return int(args.func(args))
    except UsageError as exc:
        sys.stderr.write(f"incidents: error: {exc}\n")
        return 2
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BrokenPipeError:
        # the reader went away (| head): stop quietly
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        safeio.remove_temp_files()
        return 130
    except OSError as exc:
        sys.stderr.write(f"incidents: error: {exc.strerror or exc}\n")
        return 2
    finally:
        if _Settings.gc_paused:  # a command that read no document
            _Settings.gc_paused = False
            gc.enable()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
