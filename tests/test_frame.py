"""incidents.to_dataframe: one row per incident, the document id first, typed columns."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import incidents
from incidents.frame import COLUMNS
from incidents.model import RECORD_FIELDS

pd = pytest.importorskip("pandas", reason="pandas is the [pandas] extra")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*/*.json"))


def _reports() -> list[incidents.Report]:
    out = []
    for path in SAMPLES:
        sample = json.loads(path.read_text(encoding="utf-8"))
        ref = sample.get("reference_date")
        out.append(incidents.parse(sample["text"], lang=sample["lang"], reference_date=ref, id=path.stem))
    return out


def test_one_row_per_incident_document_id_first() -> None:
    reports = _reports()
    frame = incidents.to_dataframe(reports)
    expected_ids = [r.id for r in reports for _ in r.incidents]
    assert len(frame) == sum(len(r.incidents) for r in reports) == len(expected_ids) > 50
    assert list(frame.columns) == list(COLUMNS) and frame.columns[0] == "id"
    assert list(frame["id"]) == expected_ids
    assert set(RECORD_FIELDS) - {"span"} <= set(frame.columns)


def test_columns_are_typed() -> None:
    reports = _reports()
    frame = incidents.to_dataframe(reports)
    for name in ("depth_m", "depth_low_m", "altitude_m", "duration_s", "speed_m_s"):
        assert pd.api.types.is_float_dtype(frame[name]), name
    assert str(frame["aircraft_count"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert isinstance(frame["aircraft_category"].dtype, pd.CategoricalDtype)
    assert "median_line" in frame["zone"].cat.categories
    incs = [i for r in reports for i in r.incidents]
    for row, inc in zip(frame.itertuples(index=False), incs, strict=True):
        assert (row.date.date() if inc.date else row.date is pd.NaT) == (inc.date or True)
        assert row.time == inc.time or (inc.time is None and pd.isna(row.time))
        if inc.depth_m is None:
            assert pd.isna(row.depth_m)
        else:
            assert row.depth_m == pytest.approx(inc.depth_m)
        assert (row.span_start, row.span_end) == inc.span
    # numbers aggregate as numbers
    assert frame["depth_m"].max() == max(i.depth_m for i in incs if i.depth_m is not None)
    assert frame.groupby("violated_state")["id"].count().sum() == len(incs)


def test_report_dicts_give_the_same_frame() -> None:
    reports = _reports()[:20]
    from_objects = incidents.to_dataframe(reports)
    from_json = incidents.to_dataframe(json.loads(json.dumps([r.to_dict() for r in reports])))
    pd.testing.assert_frame_equal(from_objects, from_json)
    one = incidents.to_dataframe(reports[0])  # a single report
    assert len(one) == len(reports[0].incidents)


def test_empty_input_keeps_the_columns_and_types() -> None:
    frame = incidents.to_dataframe([])
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 0
    assert pd.api.types.is_float_dtype(frame["depth_m"])
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    with pytest.raises(TypeError, match="report 1"):
        incidents.to_dataframe([42])  # type: ignore[list-item]


def test_pandas_loads_only_when_asked_for() -> None:
    probe = "import sys, incidents; print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


def test_dates_are_dates() -> None:
    text = "Jeudi vers 15 h 20, deux Su-27 russes ont pénétré de 3 km dans l'espace aérien estonien."
    frame = incidents.to_dataframe([incidents.parse(text, lang="fr", reference_date="2024-05-10", id="a")])
    assert frame.loc[0, "date"] == pd.Timestamp("2024-05-09")
    assert frame.loc[0, "time"] == dt.time(15, 20)
    assert frame.loc[0, "depth_m"] == 3000.0
