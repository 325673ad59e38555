"""Regression over sample files: parse each sample and compare with its records.

Samples are ``samples/<lang>/<id>.json`` (see samples/README.md). Used by
``incidents check`` and by ``tests/test_samples.py``.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import RECORD_FIELDS
from .safeio import strict_dumps, write_text

#: Not compared: offsets depend on the exact wording, samples leave them out.
UNCOMPARED = frozenset({"span", "evidence"})
COMPARED = tuple(f for f in RECORD_FIELDS if f not in UNCOMPARED)
#: Numbers agree within this relative difference.
REL_TOLERANCE = 0.01


@dataclass(frozen=True)
class Difference:
    field: str
    expected: Any
    got: Any

    def describe(self, sample_id: str) -> str:
        return f"{sample_id} {self.field}: expected {_show(self.expected)}, got {_show(self.got)}"


@dataclass
class SampleResult:
    path: Path
    sample: dict[str, Any]
    differences: list[Difference] = field(default_factory=list)
    #: the parser's records (``None`` when the sample could not be run)
    predicted: list[dict[str, Any]] | None = None
    error: str | None = None

    @property
    def id(self) -> str:
        return str(self.sample.get("id") or self.path.stem)

    @property
    def xfail(self) -> str | None:
        reason = self.sample.get("xfail")
        return str(reason) if reason else None

    @property
    def passed(self) -> bool:
        return self.error is None and not self.differences

    @property
    def as_expected(self) -> bool:
        """Passed, or failed while marked ``xfail`` (an XPASS is not as expected)."""
        if self.xfail:
            return not self.passed and self.error is None
        return self.passed

    @property
    def expected(self) -> list[dict[str, Any]]:
        incidents = self.sample.get("incidents")
        return incidents if isinstance(incidents, list) else []


def _show(value: Any) -> str:
    return strict_dumps(value, ensure_ascii=False)


def same(expected: Any, got: Any) -> bool:
    """Field equality of the check: numbers within 1 %, strings case-insensitive."""
    if expected is None or got is None:
        return expected is None and got is None
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is type(got) and expected == got
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(expected, got, rel_tol=REL_TOLERANCE, abs_tol=1e-9)
    if isinstance(expected, str) and isinstance(got, str):
        return expected.casefold() == got.casefold()
    return bool(expected == got)


def _span_start(record: Any) -> int | None:
    span = record.get("span") if isinstance(record, dict) else None
    if isinstance(span, (list, tuple)) and span and isinstance(span[0], int):
        return span[0]
    return None


def in_text_order(records: list[Any]) -> list[Any]:
    """Sorted by span start when every record has a span, else as given."""
    starts = [s for s in map(_span_start, records) if s is not None]
    if len(starts) != len(records):
        return list(records)
    order = sorted(range(len(records)), key=lambda i: starts[i])  # stable
    return [records[i] for i in order]


def compare_incidents(expected: list[Any], predicted: list[Any]) -> list[Difference]:
    """Differences between expected and predicted records, paired in text order."""
    exp, pred = in_text_order(expected), in_text_order(predicted)
    diffs: list[Difference] = []
    if len(exp) != len(pred):
        diffs.append(Difference("incidents", len(exp), len(pred)))
    qualify = max(len(exp), len(pred)) > 1
    for i, (e, p) in enumerate(zip(exp, pred)):  # noqa: B905 - counts compared above
        e = e if isinstance(e, dict) else {}
        for name in COMPARED:
            if not same(e.get(name), p.get(name)):
                label = f"incidents[{i}].{name}" if qualify else name
                diffs.append(Difference(label, e.get(name), p.get(name)))
    return diffs


def find_samples(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Sample files named by ``paths``: files as given, directories searched for ``*.json``.

    :raises FileNotFoundError: a path does not exist (its name is the argument)
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.json") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(str(raw))
    return found


def load_sample(path: Path) -> dict[str, Any]:
    """The sample object of ``path``.

    :raises ValueError: not UTF-8 JSON, or not an object with text, lang and incidents
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: not a UTF-8 JSON file: {exc}") from None
    except (ValueError, RecursionError) as exc:  # nested too deeply, a number of 5,000 digits
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(";")[0]
        raise ValueError(f"{path}: not usable JSON: {reason}") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    missing = [k for k in ("text", "lang", "incidents") if k not in data]
    if missing:
        raise ValueError(f"{path}: missing {', '.join(missing)}")
    return data


def run_sample(path: Path) -> SampleResult:
    """Parse one sample and compare the result with its expected records."""
    from .api import parse

    try:
        sample = load_sample(path)
    except ValueError as exc:
        return SampleResult(path, {"id": path.stem}, error=str(exc))
    result = SampleResult(path, sample)
    try:
        report = parse(
            sample["text"], lang=sample["lang"], reference_date=sample.get("reference_date"), id=result.id
        )
    except Exception as exc:  # a crash is one failing sample, not the end of the run
        result.error = f"{type(exc).__name__}: {exc}"
        return result
    result.predicted = [i.to_dict() for i in report.incidents]
    result.differences = compare_incidents(result.expected, result.predicted)
    return result


def failures(result: SampleResult) -> list[dict[str, Any]]:
    """The unexpected outcomes of one sample, as ``{"id", "field", "expected", "got"}``."""
    sid = result.id
    if result.error is not None:
        return [{"id": sid, "field": "error", "expected": None, "got": result.error}]
    if result.xfail:
        if result.passed:
            return [{"id": sid, "field": "xfail", "expected": "failure", "got": "pass"}]
        return []
    return [{"id": sid, "field": d.field, "expected": d.expected, "got": d.got} for d in result.differences]


def summarize(results: list[SampleResult]) -> dict[str, Any]:
    return {
        "reports": len(results),
        "incidents": sum(len(r.expected) for r in results),
        "negatives": sum(1 for r in results if "incidents" in r.sample and not r.expected),
        "languages": sorted({str(r.sample["lang"]) for r in results if "lang" in r.sample}),
        "failures": [f for r in results for f in failures(r)],
        "xfail": sum(1 for r in results if r.xfail and r.as_expected),
        "passed": sum(1 for r in results if r.passed and not r.xfail),
    }


def report_lines(results: list[SampleResult]) -> list[str]:
    """The text report of ``incidents check``: one line per difference, then a summary."""
    lines: list[str] = []
    for r in results:
        if r.error is not None:
            lines.append(f"{r.id} error: {r.error}")
        elif r.xfail and r.passed:
            lines.append(f"XPASS {r.id}: passes but is marked xfail ({r.xfail}); remove the xfail mark")
        elif r.xfail:
            lines.append(f"xfail {r.id}: {r.xfail} ({len(r.differences)} difference(s))")
        else:
            lines.extend(d.describe(r.id) for d in r.differences)
    failed = sum(1 for r in results if not r.as_expected)
    xfailed = sum(1 for r in results if r.xfail and r.as_expected)
    lines.append(
        f"{len(results)} samples: {len(results) - failed - xfailed} passed, {failed} failed, {xfailed} xfail"
    )
    return lines


def sample_records(predicted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records as samples store them: the contract fields without span and evidence."""
    return [{name: rec.get(name) for name in COMPARED} for rec in predicted]


def update_sample(result: SampleResult) -> bool:
    """Rewrite the sample's ``incidents`` from the current output; True if the file changed."""
    if result.predicted is None:
        return False
    data = dict(result.sample)
    data["incidents"] = sample_records(result.predicted)
    new = strict_dumps(data, ensure_ascii=False, indent=2) + "\n"
    old = result.path.read_text(encoding="utf-8")
    if new == old:
        return False
    # a regular file is replaced atomically (through a symlink: its target),
    # anything else written in place; see incidents.safeio.open_output
    write_text(result.path, new)
    return True
