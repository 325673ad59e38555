"""The lexicon data files: each list of forms names each form once (a form written
twice under one key is a merge left behind; it changes nothing a parser reads, so only
this test sees it)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LEXICON = Path(__file__).resolve().parent.parent / "incidents" / "lexicon"
FILES = sorted(LEXICON.glob("*.toml"))


def _repeated(node: Any, path: str) -> list[str]:
    if isinstance(node, dict):
        return [r for key, value in node.items() for r in _repeated(value, f"{path}.{key}")]
    if isinstance(node, list) and all(isinstance(x, str) for x in node):
        seen: set[str] = set()
        return [f"{path}: {x!r}" for x in node if x in seen or seen.add(x)]  # type: ignore[func-returns-value]
    return []


def test_the_lexicon_folder_has_files() -> None:
    assert len(FILES) >= 9


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_form_is_listed_twice_under_one_key(path: Path) -> None:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    assert _repeated(data, path.stem) == []
