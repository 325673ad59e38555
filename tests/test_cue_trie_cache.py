"""The trie of the incident layer's cue words is kept in the private cache
(``cues-<lang>-<hash>.json``, a sealed entry keyed by the lexicon's ``cache_key`` and
the source of ``cues.py``): a warm start builds no trie. The cached trie must be the
one built; a damaged entry is made again."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from toylang import dump_trie, load_here, sealed

from incidents.incident.cues import _build_trie, _cached_trie, _Node

ZZ = """
[format]
elision = { l = ["la"] }

[loc_noun]
island = ["insulo"]

[into_cue]
into = ["en la", "en-la*", "tra"]
"""


def _dump(node: _Node) -> Any:
    return dump_trie(node, "found")


def _entries(cache: Path) -> list[Path]:
    return sorted(p for p in cache.iterdir() if p.name.startswith("cues-zz-"))


def test_the_cue_trie_comes_back_from_the_cache(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    lexicon = load_here(folder, cache, monkeypatch)
    built = _dump(_build_trie(lexicon))
    assert _dump(_cached_trie(lexicon)) == built  # made, then written
    (entry,) = _entries(cache)
    assert _dump(_cached_trie(lexicon)) == built  # read
    assert _entries(cache) == [entry]
    assert _dump(_cached_trie(load_here(folder, "", monkeypatch))) == built  # no cache
    (folder / "zz.toml").write_text(ZZ.replace('"tra"', '"tra", "trans"'), encoding="utf-8")
    edited = load_here(folder, cache, monkeypatch)
    assert _dump(_cached_trie(edited)) == _dump(_build_trie(edited)) != built
    assert _entries(cache) != [entry]


@pytest.mark.parametrize(
    "damage", ["not JSON", "a bad node", "a bad entry", "no root", "not a subtree", "a bad root entry"]
)
def test_a_damaged_cue_trie_is_made_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    cache = tmp_path / "cache"
    lexicon = load_here(folder, cache, monkeypatch)
    built = _dump(_cached_trie(lexicon))
    (path,) = _entries(cache)
    good = path.read_text(encoding="utf-8")
    data = json.loads(good)
    del data["blake2b"]
    if damage == "a bad node":
        data["data"]["root"][0]["tra"] = [[], [], {}]
    elif damage == "a bad entry":  # in the subtree's text (``words.root_json``): found when visited
        root = data["data"]["root"]  # (root[3] stands for the texts' quotes)
        node = json.loads(root[0]["tra"].replace(root[3], '"'))
        node[1] = [["INTO_CUE", "into", [7]]]
        root[0]["tra"] = json.dumps(node).replace('"', root[3])
    elif damage == "not a subtree":
        data["data"]["root"][0]["tra"] = "[[], [], {}]"
    elif damage == "a bad root entry":
        data["data"]["root"][1] = [["INTO_CUE", "into", [7]]]
    elif damage == "no root":
        del data["data"]["root"]
    text = good[:-20] if damage == "not JSON" else json.dumps(data)
    path.write_text(sealed(text), encoding="utf-8")
    assert _dump(_cached_trie(lexicon)) == built
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(good)  # replaced


def test_a_lexicon_made_from_another_builds_its_own_cue_trie(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lexicon = load_here(folder, tmp_path / "cache", monkeypatch)
    _cached_trie(lexicon)
    other = dataclasses.replace(lexicon, classes={**lexicon.classes, "INTO_CUE": {"into": ["trans"]}})
    assert not other.cache_key
    assert _dump(_cached_trie(other)) == _dump(_build_trie(other)) != _dump(_cached_trie(lexicon))
