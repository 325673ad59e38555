"""One test per regression sample: the same comparison as ``incidents check samples``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from incidents import check

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "samples"


def _params() -> list[Any]:
    params = []
    for path in check.find_samples([SAMPLES_DIR]):
        data = json.loads(path.read_text(encoding="utf-8"))
        reason = data.get("xfail")
        # raises=AssertionError: a crash in an xfail sample is still a failure, as in the CLI
        marks = [pytest.mark.xfail(strict=True, reason=str(reason), raises=AssertionError)] if reason else []
        params.append(pytest.param(path, id=str(data.get("id", path.stem)), marks=marks))
    return params


@pytest.mark.parametrize("path", _params())
def test_sample(path: Path) -> None:
    result = check.run_sample(path)
    if result.error is not None:
        pytest.fail(f"{result.id}: {result.error}")
    if result.differences:  # raised directly: the list of differences is the whole message
        raise AssertionError("\n".join(d.describe(result.id) for d in result.differences))
