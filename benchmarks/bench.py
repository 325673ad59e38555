#!/usr/bin/env python3
"""Throughput, memory and cold start of the parser, with dateparser as a reference.

    python benchmarks/bench.py                   # corpus sizes 1x, 10x, 100x
    python benchmarks/bench.py --sizes 1,10 --quick
    python benchmarks/bench.py --corpus real,templates --sizes 1,10 --quick --jobs ''

The corpus (``benchmarks/corpus.py``) is our samples plus reports generated from
templates; 1x is 158 documents. ``--corpus real`` times the 160 hand-written reports
of ``benchmarks/real/reports.jsonl`` instead (varied, not templates; at 10x each comes
back 10 times with its reference date moved), ``--corpus real,templates`` both in one
run. The real corpus repeats its texts from one timed run to the next, so the phrase
memo is emptied before each (the warm-up is on template corpora, as for the other).

Every engine and size runs in a fresh process (timed after a warm-up of at least
one second on 1x corpora of other documents, best of 5 runs on 5 different corpora
of that size when a run is short; peak memory is that process's maximum RSS):

- ``incidents``: ``Parser.parse`` on one core, the whole pipeline;
- ``incidents-nomemo``: the same with phrase values never memoised (the scanner
  memoises the value of a phrase by its reading and text: the templates repeat
  phrases more than a news feed does, so this is the floor);
- ``search_dates``: ``dateparser.search.search_dates`` over the same texts with the
  language pinned and the reference date as ``RELATIVE_BASE``: it only finds dates,
  so it is a yardstick for cost, not a competitor;
- ``incidents CLI --jobs N``: the command on the largest (first) corpus as a JSON Lines
  batch, start-up included, for each N (outputs are checked to be identical).

Cold starts are medians of interleaved runs after one untimed run (so the
``.pyc`` files exist, as after ``pip install``), also given as a ratio of the bare
``import lark, pint, dateparser``: the French example without and with a reference
date (a weekday and a day of a month, which the lexicon numbers), and a sample whose
"hier" dateparser resolves. ``--cold-start-only`` measures only those. Prints
Markdown tables and the machine; ``--json FILE`` also writes the raw numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: --installed: time the installed package (the compiled wheel, say), not this checkout's
#: sources; subprocesses then run isolated (-I), so that neither the working directory nor
#: $PYTHONPATH brings the sources back
INSTALLED = os.environ.get("INCIDENTS_BENCH_INSTALLED") == "1"
PYTHON = [sys.executable, "-I"] if INSTALLED else [sys.executable]
if not INSTALLED:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from corpus import CORPORA, Doc, corpus  # noqa: E402

#: A reference run longer than this (estimated from a smaller size) is skipped.
REFERENCE_BUDGET_S = 120.0
#: Each engine warms up on other documents for at least this long before it is timed.
WARM_UP_S = 1.0
#: Runs shorter than this are repeated (best of REPEATS, as timeit does) to tame timer and
#: scheduler noise: a 1x run lasts a twentieth of a second.
REPEATS = 5
SHORT_RUN_S = 2.0
ENGINES = ("incidents", "incidents-nomemo", "search_dates")


@dataclass
class Row:
    engine: str
    size: int
    docs: int
    mbytes: float
    seconds: float | None
    peak_mib: float | None
    note: str = ""
    corpus: str = "templates"

    @property
    def docs_per_s(self) -> float | None:
        return self.docs / self.seconds if self.seconds else None

    @property
    def mb_per_s(self) -> float | None:
        return self.mbytes / self.seconds if self.seconds else None


# --------------------------------------------------------------------------- engines
def incidents_engine(memo: bool = True) -> Callable[[Doc], object]:
    from incidents.api import Parser
    from incidents.transform import PhraseTransformer

    PhraseTransformer.phrase_cache = memo

    from incidents import supported_languages

    parsers = {lang: Parser(lang) for lang in supported_languages()}

    def run(doc: Doc) -> object:
        return parsers[doc.lang].parse(doc.text, doc.reference_date, id=doc.id)

    def forget() -> None:
        """Empty the phrase memo (the scanner's values of phrases already seen)."""
        for parser in parsers.values():
            auto = getattr(parser.scanner, "_auto", None)
            if auto is not None:
                auto.values.clear()

    run.forget = forget  # type: ignore[attr-defined]
    return run


def search_dates_engine() -> Callable[[Doc], object]:
    from dateparser.search import search_dates

    def run(doc: Doc) -> object:
        base = (
            dt.datetime.fromisoformat(doc.reference_date) if doc.reference_date else dt.datetime(2024, 1, 1)
        )
        return search_dates(doc.text, languages=[doc.lang], settings={"RELATIVE_BASE": base})

    return run


def worker(engine: str, size: int, kind: str = "templates") -> dict[str, float]:
    """Time one engine on one corpus size, in this (fresh) process."""
    run = {
        "incidents": incidents_engine,
        "incidents-nomemo": lambda: incidents_engine(memo=False),
        "search_dates": search_dates_engine,
    }[engine]()
    # warm up on other documents (grammar, lexicons, locale data, first dateparser
    # calls): whole 1x corpora until at least WARM_UP_S of work
    started, seed = time.perf_counter(), 10**6
    while True:
        for doc in corpus(1, start=seed):
            run(doc)
        seed += 1
        if time.perf_counter() - started >= WARM_UP_S:
            break
    best = float("inf")
    make = CORPORA[kind]
    forget = getattr(run, "forget", None)
    for repeat in range(REPEATS):
        docs = make(size, start=repeat * size)  # new dates (and template documents): no warm cache
        if kind == "real" and forget:  # the same texts as the last run: memo nothing of them
            forget()
        start = time.perf_counter()
        for doc in docs:
            run(doc)
        best = min(best, time.perf_counter() - start)
        if best > SHORT_RUN_S:
            break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    mbytes = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    return {"docs": len(docs), "mbytes": mbytes, "seconds": best, "peak_mib": peak}


def measure(engine: str, size: int, kind: str = "templates") -> Row:
    proc = subprocess.run(
        [*PYTHON, __file__, "--worker", engine, "--sizes", str(size), "--corpus", kind],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench: {engine} {size}x {kind} failed:\n{proc.stderr[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return Row(
        engine, size, int(data["docs"]), data["mbytes"], data["seconds"], data["peak_mib"], corpus=kind
    )


def throughput(sizes: list[int], kinds: tuple[str, ...] = ("templates",)) -> list[Row]:
    rows: list[Row] = []
    for kind in kinds:
        for engine in ENGINES:
            rate: float | None = None
            for size in sizes:
                n = len(CORPORA[kind](1)) * size
                if engine == "search_dates" and rate and n / rate > REFERENCE_BUDGET_S:
                    note = f"skipped (about {n / rate:.0f} s)"
                    rows.append(Row(engine, size, n, 0.0, None, None, note, corpus=kind))
                    continue
                sys.stderr.write(f"bench: {engine} {size}x {kind} ...\n")
                row = measure(engine, size, kind)
                rate = row.docs_per_s
                rows.append(row)
    return rows


# --------------------------------------------------------------------------- CLI
def cli_command() -> list[str]:
    # this checkout's package, whatever is installed
    return [*PYTHON, "-m", "incidents"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with .pyc files, as installed
    if not INSTALLED:
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def cli_jobs(size: int, jobs: list[int], kind: str = "templates") -> list[tuple[int, float, str]]:
    """(jobs, seconds, output digest) of ``incidents parse`` on the corpus as a batch."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "corpus.jsonl"
        batch.write_text("".join(d.to_json() + "\n" for d in CORPORA[kind](size)), encoding="utf-8")
        for n in jobs:
            argv = [*cli_command(), "parse", "--format", "jsonl", str(batch), "--jobs", str(n)]
            best, digest = float("inf"), ""
            for _ in range(2):
                start = time.perf_counter()
                proc = subprocess.run(argv, capture_output=True, check=False, cwd=ROOT, env=_env())
                best = min(best, time.perf_counter() - start)
                digest = hashlib.sha256(proc.stdout).hexdigest()[:12]
                if proc.returncode not in (0, 1):
                    raise SystemExit(f"bench: --jobs {n} exited {proc.returncode}: {proc.stderr[-300:]!r}")
            out.append((n, best, digest))
    return out


#: The yardstick of cold starts: importing the three dependencies and doing nothing.
BARE_IMPORTS = 'python -c "import lark, pint, dateparser"'


def cold_start(repeats: int) -> list[tuple[str, float]]:
    cli = cli_command()
    commands = {
        "python -c pass": [*PYTHON, "-c", "pass"],
        BARE_IMPORTS: [*PYTHON, "-c", "import lark, pint, dateparser"],
        "python -m incidents parse examples/report-fr.txt --lang fr": [
            *cli,
            "parse",
            "examples/report-fr.txt",
            "--lang",
            "fr",
        ],
        "python -m incidents parse examples/report-fr.txt --lang fr --reference-date 2024-05-10": [
            *cli,
            "parse",
            "examples/report-fr.txt",
            "--lang",
            "fr",
            "--reference-date",
            "2024-05-10",
        ],
        # "hier": a relative expression, resolved by dateparser (imported at that use)
        "python -m incidents parse samples/fr/fr-014-liban-drone-avions.json": [
            *cli,
            "parse",
            "samples/fr/fr-014-liban-drone-avions.json",
        ],
    }
    times: dict[str, list[float]] = {label: [] for label in commands}
    for round_ in range(repeats + 1):
        for label, argv in commands.items():  # interleaved: load changes hit all alike
            start = time.perf_counter()
            proc = subprocess.run(argv, cwd=ROOT, capture_output=True, check=False, env=_env())
            if round_:
                times[label].append(time.perf_counter() - start)
            if proc.returncode not in (0, 1):
                tail = proc.stderr.decode(errors="replace")[-300:]
                sys.stderr.write(f"bench: {label!r} exited {proc.returncode}: {tail}\n")
    return [(label, statistics.median(ts)) for label, ts in times.items()]


# --------------------------------------------------------------------------- report
def _num(x: float | None, fmt: str) -> str:
    return "" if x is None else format(x, fmt)


def markdown(
    rows: list[Row],
    jobs: list[tuple[int, float, str]],
    jobs_size: int,
    starts: list[tuple[str, float]],
    jobs_kind: str = "templates",
) -> str:
    several = len({r.corpus for r in rows}) > 1

    def label(corpus_: str, size: int) -> str:  # "10x", or "real 10x" beside another corpus
        return f"{corpus_} {size}x" if several or corpus_ != "templates" else f"{size}x"

    lines = [
        "| engine | corpus | documents | MB | seconds | documents/s | MB/s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        if r.seconds is None:
            lines.append(f"| {r.engine} | {label(r.corpus, r.size)} | {r.docs} | | {r.note} | | | |")
            continue
        lines.append(
            f"| {r.engine} | {label(r.corpus, r.size)} | {r.docs} | {r.mbytes:.2f} | {r.seconds:.2f} "
            f"| {r.docs_per_s:,.0f} "
            f"| {r.mb_per_s:.3f} | {_num(r.peak_mib, '.0f')} |"
        )
    ours = {(r.corpus, r.size): r for r in rows if r.engine == "incidents" and r.seconds}
    bare = {(r.corpus, r.size): r for r in rows if r.engine == "incidents-nomemo" and r.seconds}
    ref = {(r.corpus, r.size): r for r in rows if r.engine == "search_dates" and r.seconds}
    lines += [
        "",
        "| corpus | incidents / search_dates (documents/s) | incidents vs 1x | without the phrase memo |",
        "|---:|---:|---:|---:|",
    ]
    kinds = list(dict.fromkeys(kind for kind, _ in ours))  # in the order they ran
    for key, r in sorted(ours.items(), key=lambda kv: (kinds.index(kv[0][0]), kv[0][1])):
        kind, size = key
        first = ours[(kind, min(s for k, s in ours if k == kind))].docs_per_s
        ratio = f"{r.docs_per_s / ref[key].docs_per_s:.1f}×" if key in ref else "n/a"
        flat = f"{r.docs_per_s / first:.2f}" if first else ""
        nomemo = "n/a"
        if key in bare and key in ref:
            nomemo = f"{bare[key].docs_per_s / ref[key].docs_per_s:.1f}×"
        lines.append(f"| {label(kind, size)} | {ratio} | {flat} | {nomemo} |")
    if jobs:
        base = jobs[0][1]
        lines += [
            "",
            f"| CLI batch, {label(jobs_kind, jobs_size)}, `--format jsonl` | seconds | documents/s "
            "| speed-up | output |",
            "|---|---:|---:|---:|---|",
        ]
        n_docs = len(CORPORA[jobs_kind](1)) * jobs_size
        for n, secs, digest in jobs:
            lines.append(
                f"| `--jobs {n}` | {secs:.2f} | {n_docs / secs:,.0f} | {base / secs:.2f}× | sha256 {digest} |"
            )
    if not rows:  # --cold-start-only
        lines = []
    bare_imports = dict(starts).get(BARE_IMPORTS)
    lines += ["", "| cold start (median) | seconds | × bare imports |", "|---|---:|---:|"]
    lines += [
        f"| `{label}` | {secs:.3f} | {_num(secs / bare_imports if bare_imports else None, '.2f')} |"
        for label, secs in starts
    ]
    return "\n".join(lines)


def machine() -> str:
    import lark

    versions = []
    for mod in ("lark", "pint", "dateparser"):
        try:
            from importlib.metadata import version

            versions.append(f"{mod} {version(mod)}")
        except Exception:  # pragma: no cover - a missing dist
            versions.append(f"{mod} ?")
    del lark
    import incidents.scanner

    build = "compiled by mypyc" if not incidents.scanner.__file__.endswith(".py") else "pure Python"
    where = "installed" if INSTALLED else "this checkout's sources"
    return (
        f"{platform.platform()}; {platform.python_implementation()} {platform.python_version()}; "
        f"{os.cpu_count()} CPUs; {', '.join(versions)}; incidents {where}, {build}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", help="corpus sizes as multiples of 1x (default 1,10,100; with --quick 1,10)")
    ap.add_argument("--quick", action="store_true", help="smaller default sizes, 3 cold starts instead of 9")
    ap.add_argument(
        "--jobs", default="1,2", help="--jobs values of the CLI batch run (default 1,2; '' skips)"
    )
    ap.add_argument(
        "--corpus",
        default="templates",
        help="corpora, comma-separated: templates (samples and template reports, the default) "
        "and/or real (benchmarks/real/reports.jsonl); the CLI batch runs on the first",
    )
    ap.add_argument("--json", metavar="FILE", help="also write the raw numbers as JSON")
    ap.add_argument(
        "--cold-start-only",
        action="store_true",
        help="measure only the cold starts (no throughput, no batch)",
    )
    ap.add_argument(
        "--installed",
        action="store_true",
        help="time the installed incidents (e.g. the compiled wheel of pip install .), "
        "not this checkout's sources",
    )
    ap.add_argument("--worker", choices=ENGINES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.installed and not INSTALLED:  # again, with the checkout off the path
        env = {**os.environ, "INCIDENTS_BENCH_INSTALLED": "1"}
        rest = [a for a in (sys.argv[1:] if argv is None else argv) if a != "--installed"]
        return subprocess.run([*PYTHON, "-I", __file__, *rest], env=env, check=False).returncode
    try:
        sizes = [int(s) for s in (args.sizes or ("1,10" if args.quick else "1,10,100")).split(",")]
        jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    except ValueError:
        ap.error("--sizes and --jobs take comma-separated integers, e.g. 1,10,100")
    if any(s < 1 for s in sizes) or any(j < 1 for j in jobs):
        ap.error("--sizes and --jobs must be positive")
    kinds = tuple(dict.fromkeys(k.strip() for k in args.corpus.split(",") if k.strip()))
    if not kinds or any(k not in CORPORA for k in kinds):
        ap.error(f"--corpus takes {' and/or '.join(CORPORA)}, comma-separated")
    if args.worker:
        print(json.dumps(worker(args.worker, sizes[0], kinds[0])))
        return 0
    jobs_size = max(sizes)  # the largest: start-up is not what is measured
    rows: list[Row] = []
    batch: list[tuple[int, float, str]] = []
    if not args.cold_start_only:
        at_1x = ", ".join(f"{len(CORPORA[k](1))} {k}" for k in kinds)
        sys.stderr.write(f"bench: documents at 1x: {at_1x}; sizes {sizes}\n")
        rows = throughput(sizes, kinds)
        sys.stderr.write(f"bench: CLI --jobs {jobs} on {kinds[0]} {jobs_size}x ...\n")
        batch = cli_jobs(jobs_size, jobs, kinds[0]) if jobs else []
    if len({d for _, _, d in batch}) > 1:
        raise SystemExit(f"bench: --jobs outputs differ: {batch}")
    sys.stderr.write("bench: cold starts ...\n")
    starts = cold_start(3 if args.quick else 9)
    print(markdown(rows, batch, jobs_size, starts, kinds[0]))
    print(f"\nMachine: {machine()}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "rows": [asdict(r) for r in rows],
                    "jobs": batch,
                    "cold_start": starts,
                    "machine": machine(),
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
