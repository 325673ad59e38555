"""Fixtures shared by the test modules."""

from __future__ import annotations

from pathlib import Path

import pytest
from toylang import folder_with


@pytest.fixture
def folder(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A folder of languages holding the toy language of the test's module (its ``ZZ``)."""
    return folder_with(tmp_path, request.module.ZZ)
