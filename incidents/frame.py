"""Reports as a pandas DataFrame: one row per incident (``pip install 'incidents[pandas]'``).

pandas is imported when ``to_dataframe`` is called, never with ``incidents``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .model import FIELD_SPEC, RECORD_SPEC, FieldSpec, Report

if TYPE_CHECKING:
    import pandas as pd

#: Columns of ``to_dataframe``: the document's id, then the record fields in
#: contract order, ``span`` as ``span_start`` and ``span_end``.
COLUMNS: tuple[str, ...] = (
    "id",
    *(f.name for f in RECORD_SPEC if f.name not in ("span", "evidence")),
    "span_start",
    "span_end",
    "evidence",
)


Reports = Iterable[Report | Mapping[str, Any]] | Report | Mapping[str, Any]


def _records(reports: Reports) -> list[dict[str, Any]]:
    if isinstance(reports, (Report, Mapping)):
        reports = [reports]
    rows: list[dict[str, Any]] = []
    for n, report in enumerate(reports, start=1):
        if isinstance(report, Report):
            doc_id, records = report.id, [i.to_dict() for i in report.incidents]
        elif isinstance(report, Mapping):
            doc_id, records = report.get("id"), report.get("incidents") or []
        else:
            raise TypeError(f"report {n}: expected a Report or a report dict, not {type(report).__name__}")
        for rec in records:
            span = rec.get("span") or [None, None]
            row = {"id": doc_id, **{k: v for k, v in rec.items() if k != "span"}}
            row["span_start"], row["span_end"] = span[0], span[1]
            rows.append(row)
    return rows


def to_dataframe(reports: Reports) -> pd.DataFrame:
    """One row per incident of ``reports`` (``Report`` objects or report dicts as
    ``incidents parse --format json`` writes them), in order; columns ``COLUMNS``.

    Types: quantities (``depth_m``...) ``float64`` (NaN when unknown), counts
    ``Int64``, ``date`` ``datetime64``, ``time``/``time_utc`` ``datetime.time``,
    ``time_approx`` ``boolean``, enum fields ``category`` (all the enum's values),
    other text ``string``; ``repetitions`` holds ints or ``"multiple"``;
    ``evidence`` is a dict of field -> [start, end].
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("to_dataframe needs pandas: pip install 'incidents[pandas]'") from exc

    rows = _records(reports)
    data: dict[str, Any] = {}
    for name in COLUMNS:
        values = [row.get(name) for row in rows]
        spec = FIELD_SPEC.get(name)
        data[name] = _column(pd, spec, name, values)
    return pd.DataFrame(data, columns=list(COLUMNS))


def _column(pd: Any, spec: FieldSpec | None, name: str, values: list[Any]) -> Any:
    import datetime as dt

    if name in ("span_start", "span_end"):
        return pd.array(values, dtype="Int64")
    if spec is None:  # id
        return pd.array(values, dtype="string")
    kind = spec.kind
    if kind == "quantity":
        return pd.array([float("nan") if v is None else float(v) for v in values], dtype="float64")
    if kind == "count":
        return pd.array(values, dtype="Int64")
    if kind == "date":
        return pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d")
    if kind == "time":
        return pd.Series(
            [None if v is None else dt.time(int(v[:2]), int(v[3:5])) for v in values], dtype="object"
        )
    if kind == "flag":
        return pd.array(values, dtype="boolean")
    if kind == "enum":
        assert spec.enum is not None
        return pd.Categorical(values, categories=[m.value for m in spec.enum])
    if kind in ("state", "text"):
        return pd.array(values, dtype="string")
    return pd.Series(values, dtype="object")  # repetitions, evidence
