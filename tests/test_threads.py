"""Threads: concurrent ``parse``/``mentions`` calls give what sequential ones give.

dateparser is not thread-safe (its calls are serialised in ``incidents.dates``);
the scanner's memoised automaton is shared by every thread. Both are exercised
from a cold start: caches cleared, parsers built inside the threads.
"""

from __future__ import annotations

import json
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import incidents
from incidents import Parser, dates

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples").glob("*/*.json"))]
THREADS = 8


def _shifted(sample: dict[str, Any], days: int) -> str | None:
    import datetime as dt

    ref = sample.get("reference_date")
    return (dt.date.fromisoformat(ref) + dt.timedelta(days=days)).isoformat() if ref else None


# every sample at a few reference dates: many distinct dateparser calls
JOBS = [(s["lang"], s["text"], _shifted(s, d)) for d in (0, 3, 11) for s in SAMPLES]


def _run(parser_of: Any, job: tuple[str, str, str | None]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lang, text, ref = job
    parser = parser_of(lang)
    return parser.parse(text, ref).to_dict(), [m.to_dict() for m in parser.mentions(text, ref)]


def test_concurrent_parse_gives_the_sequential_records() -> None:
    sequential = [_run(incidents.get_parser, job) for job in JOBS]
    dates._resolve.cache_clear()  # dateparser itself, not its cache, must serve the threads

    local = threading.local()

    def own_parser(lang: str) -> Parser:  # parsers built concurrently, one set per thread
        if not hasattr(local, "parsers"):
            local.parsers = {}
        if lang not in local.parsers:
            local.parsers[lang] = Parser(lang)
        return local.parsers[lang]

    order = list(range(len(JOBS))) * 2
    random.Random(7).shuffle(order)
    barrier = threading.Barrier(THREADS)

    def work(k: int) -> list[tuple[int, Any]]:
        barrier.wait()  # start together
        parser_of = incidents.get_parser if k % 2 else own_parser
        return [(i, _run(parser_of, JOBS[i])) for i in order[k::THREADS]]

    with ThreadPoolExecutor(THREADS) as pool:
        results = [r for chunk in pool.map(work, range(THREADS)) for r in chunk]
    assert len(results) == len(order)
    for i, got in results:
        assert got == sequential[i], f"job {i} differs under threads"


def test_concurrent_first_use_of_the_shared_parsers() -> None:
    import incidents.api as api

    saved = dict(api._PARSERS)
    api._PARSERS.clear()
    try:
        with ThreadPoolExecutor(THREADS) as pool:
            got = list(pool.map(lambda k: incidents.get_parser("fr" if k % 2 else "en"), range(4 * THREADS)))
        assert len({id(p) for p in got}) == 2  # one parser per language, whoever came first
    finally:
        api._PARSERS.clear()
        api._PARSERS.update(saved)
