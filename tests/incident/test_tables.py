"""Tables of examples of the incident layer: one pytest case per row.

Every ``tests/incident/*.toml`` file specifies one rule (or phenomenon) of the
incident layer by a table of rows::

    reference_date = "2024-05-10"   # file default, a row may override it
    [[row]]
    lang = "en"
    text = "Two Russian fighter jets entered Finnish airspace on Tuesday."
    expect = [{aircraft_count = 2, violator_state = "RU", zone = "airspace"}]
    # xfail = "why"   (only for a row that fails with the current code)

A row passes when the text gives exactly ``len(expect)`` records and, for each
expected record (in text order), every field it lists equals the record's field
(``to_dict()`` values; numbers within 1 %). TOML has no null: the string
``"null"`` expects a field left unknown (``violator_state = "null"``). A row with
``xfail`` must fail (strict).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

import incidents

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HERE = Path(__file__).parent
TABLES = sorted(HERE.glob("*.toml"))


def _load(path: Path) -> dict:
    with path.open("rb") as f:
        return tomllib.load(f)


def _rows():
    for path in TABLES:
        table = _load(path)
        default = table.get("reference_date")
        counters: dict[str, int] = {}
        for row in table.get("row", []):
            lang = row["lang"]
            counters[lang] = counters.get(lang, 0) + 1
            rid = f"{path.stem.replace('_', '-')}-{lang}-{counters[lang]}"
            marks = []
            if row.get("xfail"):
                marks.append(pytest.mark.xfail(reason=row["xfail"], strict=True))
            yield pytest.param(row, row.get("reference_date", default), id=rid, marks=marks)


def _same(want, got) -> bool:
    if want == "null":
        return got is None
    if isinstance(want, bool) or isinstance(got, bool):
        return want == got
    if isinstance(want, (int, float)) and isinstance(got, (int, float)):
        if want == got:
            return True
        return math.isclose(float(want), float(got), rel_tol=0.01)
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return len(want) == len(got) and all(_same(a, b) for a, b in zip(want, got, strict=True))
    return want == got


@pytest.mark.parametrize(("row", "ref"), list(_rows()))
def test_row(row: dict, ref: str | None) -> None:
    text = row["text"]
    result = incidents.parse(text, lang=row["lang"], reference_date=ref)
    got = [i.to_dict() for i in result.incidents]
    expect = row["expect"]
    shown = [{k: g.get(k) for k in sorted({k for e in expect for k in e})} for g in got]
    assert len(got) == len(expect), (
        f"{len(got)} record(s) for {len(expect)} expected\ntext: {text}\ngot: {shown}"
    )
    for n, (want, rec) in enumerate(zip(expect, got, strict=True)):
        for field, value in want.items():
            assert field in rec, f"record {n}: no field {field!r}"
            assert _same(value, rec[field]), (
                f"record {n}: {field} = {rec[field]!r}, expected {value!r}\ntext: {text}\ngot: {shown}"
            )


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_table_is_complete(path: Path) -> None:
    """Each table has at least 3 positive rows and 1 negative row in English and in
    French; rows in the other supported languages may join them."""
    table = _load(path)
    rows = table.get("row", [])
    assert rows, f"{path.name}: no rows"
    for lang in ("en", "fr"):
        pos = [r for r in rows if r["lang"] == lang and r["expect"]]
        neg = [r for r in rows if r["lang"] == lang and not r["expect"]]
        assert len(pos) >= 3, f"{path.name}: {len(pos)} positive {lang} row(s), 3 needed"
        assert len(neg) >= 1, f"{path.name}: no negative {lang} row"
    for r in rows:
        assert set(r) <= {"lang", "text", "expect", "xfail", "reference_date", "note"}, r
        assert r["lang"] in incidents.supported_languages(), r


def test_tables_exist() -> None:
    assert TABLES, "no tables in tests/incident/"
