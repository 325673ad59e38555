#!/usr/bin/env python3
"""Throughput, memory and cold start of the parser, with dateparser as a reference.

    python benchmarks/bench.py                   # corpus sizes 1x, 10x, 100x
    python benchmarks/bench.py --sizes 1,10 --quick

The corpus is the texts of samples/*/*.json repeated N times (ids varied). The
reference runs ``dateparser.search.search_dates`` (languages pinned) over the same
texts: it only finds dates, so it is a yardstick for cost, not a competitor. Prints
a Markdown table and the machine it ran on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: A reference run longer than this (estimated from the 1x run) is skipped.
REFERENCE_BUDGET_S = 60.0


@dataclass(frozen=True)
class Doc:
    id: str
    lang: str
    text: str
    reference_date: str | None


@dataclass
class Row:
    engine: str
    size: int
    docs: int
    seconds: float | None
    mbytes: float
    peak_mib: float | None
    note: str = ""


def load_samples() -> list[Doc]:
    docs = []
    for path in sorted((ROOT / "samples").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        docs.append(Doc(str(data["id"]), data["lang"], data["text"], data.get("reference_date")))
    if not docs:
        sys.exit("bench: no samples found under samples/")
    return docs


def corpus(samples: list[Doc], size: int) -> list[Doc]:
    return [Doc(f"{d.id}#{i}", d.lang, d.text, d.reference_date)
            for i in range(size) for d in samples]


def incidents_engine() -> Callable[[Doc], object]:
    from incidents.api import Parser

    parsers = {lang: Parser(lang) for lang in ("en", "fr")}

    def run(doc: Doc) -> object:
        return parsers[doc.lang].parse(doc.text, doc.reference_date, id=doc.id)

    return run


def dateparser_engine() -> Callable[[Doc], object]:
    from dateparser.search import search_dates

    def run(doc: Doc) -> object:
        base = (dt.datetime.fromisoformat(doc.reference_date) if doc.reference_date
                else dt.datetime(2024, 1, 1))
        return search_dates(doc.text, languages=[doc.lang],
                            settings={"RELATIVE_BASE": base})

    return run


def timed(run: Callable[[Doc], object], docs: list[Doc]) -> float:
    start = time.perf_counter()
    for doc in docs:
        run(doc)
    return time.perf_counter() - start


def peak_mib(run: Callable[[Doc], object], docs: list[Doc]) -> float:
    tracemalloc.start()
    try:
        for doc in docs:
            run(doc)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def bench_engine(name: str, run: Callable[[Doc], object], samples: list[Doc],
                 sizes: list[int], budget: float | None) -> list[Row]:
    for doc in samples[:4]:  # warm up: lexicons, grammar, dateparser's language data
        run(doc)
    peak = peak_mib(run, samples)
    rows = []
    rate: float | None = None
    for size in sizes:
        docs = corpus(samples, size)
        mbytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
        if budget is not None and rate is not None and len(docs) / rate > budget:
            rows.append(Row(name, size, len(docs), None, mbytes, peak,
                            f"skipped (about {len(docs) / rate:.0f} s)"))
            continue
        seconds = timed(run, docs)
        rate = len(docs) / seconds if seconds > 0 else None
        rows.append(Row(name, size, len(docs), seconds, mbytes, peak))
    return rows


def cold_start(repeats: int) -> list[tuple[str, float]]:
    # the script next to this interpreter, not a shim (pyenv) that adds its own start-up
    local = Path(sysconfig.get_path("scripts")) / "incidents"
    script = str(local) if local.exists() else shutil.which("incidents")
    cli = [script] if script else [sys.executable, "-m", "incidents"]
    commands = {
        "incidents parse examples/report-fr.txt --lang fr":
            [*cli, "parse", "examples/report-fr.txt", "--lang", "fr"],
        'python -c "import lark, pint, dateparser"':
            [sys.executable, "-c", "import lark, pint, dateparser"],
    }
    out = []
    for label, argv in commands.items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            proc = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
            if proc.returncode not in (0, 1):
                sys.stderr.write(f"bench: {label!r} exited {proc.returncode}: "
                                 f"{proc.stderr.decode(errors='replace')[-300:]}\n")
        out.append((label, statistics.median(times)))
    return out


def markdown(rows: list[Row], starts: list[tuple[str, float]], repeats: int) -> str:
    lines = [
        "| engine | corpus | documents | seconds | documents/s | MB/s | peak MiB (1x) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if r.seconds is None:
            lines.append(f"| {r.engine} | {r.size}x | {r.docs} | {r.note} | | | |")
            continue
        speed = r.docs / r.seconds if r.seconds else float("inf")
        mbs = r.mbytes / r.seconds if r.seconds else float("inf")
        peak = f"{r.peak_mib:.1f}" if r.peak_mib is not None else ""
        lines.append(f"| {r.engine} | {r.size}x | {r.docs} | {r.seconds:.2f} | {speed:,.0f} "
                     f"| {mbs:.3f} | {peak} |")
    lines += ["", f"| cold start (median of {repeats}) | seconds |", "|---|---:|"]
    lines += [f"| `{label}` | {secs:.3f} |" for label, secs in starts]
    return "\n".join(lines)


def machine() -> str:
    return (f"{platform.platform()}; {platform.python_implementation()} "
            f"{platform.python_version()}; {os.cpu_count()} CPUs; "
            f"processor {platform.processor() or platform.machine()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", help="corpus sizes as multiples of the samples (default 1,10,100;"
                                    " with --quick 1,10)")
    ap.add_argument("--quick", action="store_true",
                    help="smaller default sizes, 3 cold starts instead of 5")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in (args.sizes or ("1,10" if args.quick else "1,10,100")).split(",")]
    except ValueError:
        ap.error("--sizes takes comma-separated integers, e.g. 1,10,100")
    if any(s < 1 for s in sizes):
        ap.error("--sizes must be positive")
    repeats = 3 if args.quick else 5
    samples = load_samples()
    sys.stderr.write(f"bench: {len(samples)} sample texts, sizes {sizes}\n")
    rows = bench_engine("incidents Parser.parse", incidents_engine(), samples, sizes, None)
    rows += bench_engine("dateparser search_dates", dateparser_engine(), samples, sizes,
                         REFERENCE_BUDGET_S)
    starts = cold_start(repeats)
    print(markdown(rows, starts, repeats))
    print(f"\nMachine: {machine()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
