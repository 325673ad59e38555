"""Scale: parallel batches, pickling, a lazy cold start, bounded memo tables.

Timing checks are ratios of measurements taken side by side (CPU time of the
child processes), never absolute times.
"""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import incidents
from incidents import scanner, units

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.json"))


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PYTHONDONTWRITEBYTECODE")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "incidents", *args], capture_output=True, cwd=cwd, env=_env(), timeout=300
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample as a batch line, plus lines that fail, three times over."""
    lines = []
    for path in SAMPLES:
        data = json.loads(path.read_text(encoding="utf-8"))
        keep = {k: data.get(k) for k in ("id", "text", "lang", "reference_date")}
        lines.append(json.dumps(keep, ensure_ascii=False))
    lines += ["not json", '{"id": "no-text"}', '{"id": "x", "text": "Su-27", "lang": "xx"}']
    path = tmp_path_factory.mktemp("scale") / "batch.jsonl"
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    return path


def test_jobs_2_output_is_identical_to_jobs_1(batch: Path) -> None:
    one = _cli("parse", "--format", "jsonl", str(batch), "--jobs", "1")
    two = _cli("parse", "--format", "jsonl", str(batch), "--jobs", "2")
    assert one.returncode == two.returncode == 1  # the failing lines
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert len(one.stdout.splitlines()) == len(batch.read_text(encoding="utf-8").splitlines())
    m1 = _cli("mentions", "--format", "jsonl", str(batch), "--jobs", "1")
    m2 = _cli("mentions", "--format", "jsonl", str(batch), "--jobs", "0")
    assert m1.stdout == m2.stdout


def test_parser_pickles() -> None:
    parser = incidents.Parser("fr", max_chars=5000, max_seconds=7.5)
    clone = pickle.loads(pickle.dumps(parser))
    assert (clone.lang, clone.max_chars, clone.max_seconds) == ("fr", 5000, 7.5)
    text = json.loads(SAMPLES[-1].read_text(encoding="utf-8"))["text"]
    assert clone.parse(text, "2024-05-10") == parser.parse(text, "2024-05-10")


def test_unit_factors_match_pint() -> None:
    # units.py reads units.txt itself (no pint import for a conversion): same numbers
    ureg = units.registry()
    factors = units._factors()
    assert {"meter", "kilometer", "nautical_mile", "foot", "flight_level", "minute", "hour", "day"} <= set(
        factors
    )
    for name, factor in factors.items():
        expected = Decimal(ureg.Quantity(Decimal(1), ureg.Unit(name)).to_base_units().magnitude)
        # exact for the factors written as products; a quotient (km/h) is rounded to 28
        # digits, in its last digit differently by pint 0.24 and 0.25
        assert abs(factor - expected) <= abs(expected) * Decimal("1e-26"), name
    assert units.to_si(1.5, "nautical_mile") == 2778.0
    assert units.to_si(350, "flight_level") == 10668.0


_PROBE = """
import sys
from incidents.cli import main
main(sys.argv[1:])
loaded = sorted(m for m in ("pint", "dateparser", "numpy") if m in sys.modules)
sys.stderr.write("LOADED=" + ",".join(loaded) + "\\n")
"""


def _probe(argv: list[str], key: str) -> str:
    """What a fresh interpreter running ``argv`` wrote on stderr as ``KEY=...`` last."""
    proc = subprocess.run(
        [sys.executable, *argv], capture_output=True, cwd=ROOT, env=_env(), timeout=120, text=True
    )
    line = [x for x in proc.stderr.splitlines() if x.startswith(f"{key}=")][-1]
    return line[len(key) + 1 :]


def _loaded(*args: str) -> list[str]:
    return [m for m in _probe(["-c", _PROBE, *args], "LOADED").split(",") if m]


def test_heavy_dependencies_load_only_when_needed() -> None:
    # the example has a distance, a duration, a weekday ("mercredi") and a day of a
    # month ("9 mai"): the lexicon numbers those names, dateparser is not needed
    assert _loaded("parse", "examples/report-fr.txt", "--lang", "fr") == []
    assert _loaded("parse", "examples/report-fr.txt", "--lang", "fr", "--reference-date", "2024-05-10") == []
    report = incidents.parse("Un drone a pénétré de 3 km dans l'espace aérien polonais.", lang="fr")
    assert report.incidents[0].depth.to("m").magnitude == 3000  # pint, for the Python API


_LIBRARY_PROBE = """
import sys
import incidents
report = incidents.parse(sys.argv[1], lang=sys.argv[2], reference_date="2024-05-10")
sys.stderr.write("DATES=" + ",".join(str(i.date) for i in report.incidents) + "\\n")
sys.stderr.write("DATEPARSER=" + str("dateparser" in sys.modules) + "\\n")
"""


def _library_dates(text: str, lang: str) -> tuple[list[str], bool]:
    """The dates of the incidents ``incidents.parse`` finds in a fresh interpreter, and
    whether dateparser was imported to find them."""
    proc = subprocess.run(
        [sys.executable, "-c", _LIBRARY_PROBE, text, lang],
        capture_output=True,
        cwd=ROOT,
        env=_env(),
        timeout=120,
        text=True,
    )
    lines = dict(x.split("=", 1) for x in proc.stderr.splitlines() if x.startswith(("DATES=", "DATEPARSER=")))
    return lines["DATES"].split(","), lines["DATEPARSER"] == "True"


@pytest.mark.parametrize(
    ("lang", "text", "date", "dateparser"),
    [
        # month and weekday names: numbered by the lexicon, no dateparser
        ("en", "On Thursday a Russian jet violated Estonian airspace.", "2024-05-09", False),
        ("en", "On 3 May a Russian jet violated Estonian airspace.", "2024-05-03", False),
        ("fr", "Le 2 mars 2023, un avion russe a violé l'espace aérien estonien.", "2023-03-02", False),
        ("fr", "Mardi dernier, un avion russe a violé l'espace aérien estonien.", "2024-05-07", False),
        # relative expressions: dateparser resolves them, imported at that first use
        ("en", "Yesterday a Russian jet violated Estonian airspace.", "2024-05-09", True),
        ("fr", "Il y a trois jours, un avion russe a violé l'espace aérien estonien.", "2024-05-07", True),
    ],
)
def test_dateparser_is_imported_only_for_relative_expressions(
    lang: str, text: str, date: str, dateparser: bool
) -> None:
    assert _library_dates(text, lang) == ([date], dateparser)


_COUNT_MODULES = "import sys; sys.stderr.write('MODULES=%d\\n' % len(sys.modules))"


def _modules(code: str) -> int:
    """How many modules a fresh interpreter holds after running ``code``."""
    return int(_probe(["-c", code + "\n" + _COUNT_MODULES], "MODULES"))


def test_cold_start_imports_a_fraction_of_the_dependencies() -> None:
    # counted, not timed: the modules a cold `incidents parse` imports, against what
    # importing lark, pint and dateparser costs (the time is in benchmarks/)
    cli = "from incidents.cli import main; main(['parse', 'examples/report-fr.txt', '--lang', 'fr'])"
    ours = _modules(cli)
    bare = _modules("import lark, pint, dateparser")
    python = _modules("pass")
    assert ours - python < (bare - python) / 2, f"incidents parse: {ours} modules, bare imports: {bare}"


def test_scanner_memo_tables_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [json.loads(p.read_text(encoding="utf-8")) for p in SAMPLES]
    parser = incidents.Parser("en")
    expected = [parser.mentions(t["text"], t.get("reference_date")) for t in texts if t["lang"] == "en"]
    monkeypatch.setattr(scanner, "MAX_AUTOMATON_STATES", 50)  # forget nearly at once
    fresh = incidents.Parser("en")
    got = [fresh.mentions(t["text"], t.get("reference_date")) for t in texts if t["lang"] == "en"]
    assert got == expected
    assert fresh.scanner._auto.size < 50 + 2000  # reset between documents


def test_a_small_batch_stays_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """--jobs 2 on fewer documents than two workers pay for: no pool is started, and
    the output is --jobs 1's; with enough documents the pool is used."""
    import concurrent.futures

    from incidents import cli

    started: list[int] = []

    class Pool(concurrent.futures.ThreadPoolExecutor):  # stands in for the process pool
        def __init__(self, workers: int, **_: object) -> None:
            started.append(workers)
            super().__init__(workers)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    text = "Un drone russe a violé l'espace aérien roumain lundi."
    doc = cli.Doc(id="a", text=text, lang="fr", reference_date=None, source="batch.jsonl")
    small = [doc] * (2 * cli.MIN_DOCS_PER_WORKER - 1)
    assert list(cli.run_all("parse", small, 2)) == list(cli.run_all("parse", small, 1))
    assert started == []
    large = [doc] * (2 * cli.MIN_DOCS_PER_WORKER)
    assert list(cli.run_all("parse", large, 2)) == list(cli.run_all("parse", large, 1))
    assert started == [2]
