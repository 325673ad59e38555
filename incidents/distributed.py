"""Parsing a JSON Lines corpus with Dask: the same reports as ``incidents parse``.

    from incidents.distributed import parse_jsonl_with_dask

    reports = parse_jsonl_with_dask("batch.jsonl", lang="fr")            # a list of dicts
    parse_jsonl_with_dask("batch.jsonl", output="reports.jsonl")          # one ordered file
    parse_jsonl_with_dask("s3://bucket/*.jsonl", output="out/part-*.jsonl")  # one file per block

Each file is cut into blocks of whole lines (``blocksize`` bytes, ``dask.bytes``)
and every block is parsed where it is read, into JSON lines made there (the client
only writes them, no work per record), with the command line's own code
(``incidents.cli.batch_docs`` and ``process``): line for line the reports the
command ``incidents parse --format jsonl`` writes, error reports of bad lines
included (their ``line`` numbers are counted across blocks). The same code runs on
the local schedulers (``scheduler="threads"`` or ``"processes"``) and on a cluster:
create a ``distributed.Client`` first (or pass ``scheduler=client``) and nothing
else changes. Workers build their parsers on first use (``Parser`` also pickles).

Needs ``pip install 'incidents[dask]'``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from .api import check_lang
from .cli import Doc, batch_docs, decode, process, process_jsonl
from .safeio import open_output

Mode = str  # "parse" | "mentions"
DEFAULT_BLOCKSIZE = "64MiB"


def _documents(
    data: bytes, first_line: int, whole_file: bool, source: str, lang: str | None, ref: str | None
) -> list[Doc]:
    if whole_file:  # a file's first block: BOM and binary checks as in the CLI
        try:
            text = decode(data, source, lines=True)
        except Exception as exc:  # UsageError: the CLI's exit 2
            raise ValueError(str(exc)) from None
    else:
        text = data.decode("utf-8", "surrogateescape")
    return batch_docs(text, source, lang, ref, first_line)


def parse_block(
    data: bytes,
    first_line: int,
    whole_file: bool,
    source: str,
    lang: str | None = None,
    reference_date: str | None = None,
    mode: Mode = "parse",
    lines: bool = False,
) -> list[dict[str, Any]] | list[str]:
    """The output objects of the lines of one block (runs on a worker); with ``lines``,
    their JSON lines, made there: the client only writes them."""
    docs = _documents(data, first_line, whole_file, source, lang, reference_date)
    if lines:
        return [process_jsonl((mode, doc))[0] for doc in docs]
    return [process((mode, doc))[0] for doc in docs]


def _newlines(data: bytes) -> int:
    return data.count(b"\n")


def _add(a: int, b: int) -> int:
    return a + b


def reports_bag(
    path: str | Sequence[str],
    lang: str | None = None,
    reference_date: str | None = None,
    blocksize: int | str | None = DEFAULT_BLOCKSIZE,
    mode: Mode = "parse",
    storage_options: dict[str, Any] | None = None,
    lines: bool = False,
) -> Any:
    """A lazy ``dask.bag.Bag`` of the reports (or mention lists) of a JSON Lines corpus;
    with ``lines``, of their JSON lines (as ``incidents parse --format jsonl`` writes them).

    ``path`` is a file, a glob or a list of them, local or any fsspec URL; files
    are taken in sorted order, as the command line takes a directory. ``lang`` and
    ``reference_date`` are the defaults of lines without their own (``--lang``,
    ``--reference-date``).
    """
    import importlib

    # dask is optional and untyped: used as Any
    dask: Any = importlib.import_module("dask")
    db: Any = importlib.import_module("dask.bag")
    read_bytes: Any = importlib.import_module("dask.bytes").read_bytes

    if mode not in ("parse", "mentions"):
        raise ValueError(f"mode must be 'parse' or 'mentions', not {mode!r}")
    if lang is not None:
        lang = check_lang(lang)
    _, blocks, paths = read_bytes(
        path,
        delimiter=b"\n",
        blocksize=blocksize,
        sample=False,
        include_path=True,
        **(storage_options or {}),
    )
    order = sorted(range(len(paths)), key=lambda k: str(paths[k]))
    parts = []
    for k in order:
        source = str(paths[k])
        line: Any = 1
        for n, block in enumerate(blocks[k]):
            parts.append(
                dask.delayed(parse_block)(block, line, n == 0, source, lang, reference_date, mode, lines)
            )
            # the next block starts where this one's lines end: a chain of tiny tasks
            line = dask.delayed(_add)(line, dask.delayed(_newlines)(block))
    if not parts:
        raise FileNotFoundError(f"no files match {path!r}")
    return db.from_delayed(parts)


def parse_jsonl_with_dask(
    path: str | Sequence[str],
    output: str | os.PathLike[str] | None = None,
    *,
    lang: str | None = None,
    reference_date: str | None = None,
    blocksize: int | str | None = DEFAULT_BLOCKSIZE,
    mode: Mode = "parse",
    scheduler: Any = None,
    window: int = 16,
    storage_options: dict[str, Any] | None = None,
) -> list[dict[str, Any]] | list[str] | None:
    """Parse a JSON Lines corpus with Dask.

    - ``output=None``: returns the reports, in input order;
    - ``output="dir/part-*.jsonl"`` (a ``*``): each block's reports are written by the
      worker that parsed it, one file per block in order; returns the file names;
    - ``output="reports.jsonl"``: one file, byte for byte what
      ``incidents parse --format jsonl`` writes; blocks are computed ``window`` at a
      time and a regular file is replaced atomically (a device or FIFO is written
      in place, a symlink's target is written; ``incidents.safeio.open_output``).
      Returns None.

    ``scheduler`` is handed to ``dask.compute`` (``"threads"``, ``"processes"``,
    ``"synchronous"``, a ``distributed.Client``; None: Dask's default or the active client).
    """
    import importlib

    dask: Any = importlib.import_module("dask")
    bag = reports_bag(path, lang, reference_date, blocksize, mode, storage_options, lines=output is not None)
    # a block is minutes of work: the local process pool hands tasks out one by one
    # (its default batches 6 tasks to a worker, so a few blocks ran in one process)
    with dask.config.set({"chunksize": 1}):
        if output is None:
            return list(bag.compute(scheduler=scheduler))
        target = os.fspath(output)
        if "*" in target:
            files: list[str] = bag.to_textfiles(
                target,
                encoding="utf-8",
                last_endline=True,
                scheduler=scheduler,
                storage_options=storage_options,
            )
            return files
        parts = bag.to_delayed()
        with open_output(target) as fh:
            for start in range(0, len(parts), max(1, window)):
                for block_lines in dask.compute(*parts[start : start + window], scheduler=scheduler):
                    fh.write("".join(line + "\n" for line in block_lines))
    return None
