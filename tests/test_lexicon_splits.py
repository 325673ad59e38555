"""The lexicon's tries are kept in the private cache (``tries-<lang>-<hash>.json``, a
sealed entry), so that a warm start neither runs the grammar's lexer over every form
nor builds a trie. The tries must be what building them gives and ``Lexicon.split``
what ``split_form`` gives; an edited lexicon file gets a new entry (the old goes); a
damaged one is made again."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from toylang import dump_trie, load_here, sealed

from incidents.grammar_cache import toml_data
from incidents.words import Lexicon, _Trie, split_form

ZZ = """
[format]
elision = { l = ["la"] }

[n_digit]
2 = ["du"]

[loc_noun]
island = ["insulo", "la Insulo-7", "insul*", "=INS", "Su-27 bazo", "l'arbaro"]

[into_cue]
into = ["en la", "en-la*"]
"""


def _dump(trie: _Trie) -> Any:
    return dump_trie(trie, "payload")


def _entries(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir() if p.name.startswith("tries-zz-"))


def _same(ours: Lexicon, plain: Lexicon) -> None:
    assert _dump(ours.folded) == _dump(plain.folded)
    assert _dump(ours.exact) == _dump(plain.exact)
    for _, _, form in plain.forms():
        for text in (form, form.lstrip("=")):
            assert ours.split(text) == split_form(text) == plain.split(text)


def test_the_splits_of_a_lexicon_come_back_from_the_cache(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    plain = load_here(folder, "", monkeypatch)  # no cache: every form split by the lexer
    made = load_here(folder, cache, monkeypatch)
    (entry,) = _entries(cache)
    loaded = load_here(folder, cache, monkeypatch)
    assert _entries(cache) == [entry]
    _same(made, plain)
    _same(loaded, plain)
    assert loaded.split("Mi-8 ne konata") == split_form("Mi-8 ne konata")  # not a form: split then


def test_an_edited_lexicon_gets_new_splits(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    load_here(folder, cache, monkeypatch)
    (old,) = _entries(cache)
    (folder / "zz.toml").write_text(ZZ.replace('"insulo",', '"insulo", "F-16 hangaro",'), encoding="utf-8")
    edited = load_here(folder, cache, monkeypatch)
    (new,) = _entries(cache)
    assert new != old
    assert edited.split("F-16 hangaro") == ["F", "16", "hangaro"]
    assert edited.key_of("LOC_NOUN", "F-16 hangaro") == "island"
    # a file of another kind (here the incident words) counts as well
    (folder / "zz.incident.toml").write_text('[into_cue]\ninto = ["tra la"]\n', encoding="utf-8")
    _same(load_here(folder, cache, monkeypatch), load_here(folder, "", monkeypatch))
    assert _entries(cache) != [new]


@pytest.mark.parametrize("reseal", [False, True])
@pytest.mark.parametrize(
    "damage",
    [
        "not JSON",
        "a list",
        "a bad node",
        "a bad payload",
        "no trie",
        "a tuple",
        "not a subtree",
        "a node, not its text",
        "a bad root payload",
    ],
)
def test_damaged_splits_are_made_again(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str, reseal: bool
) -> None:
    cache = tmp_path / "cache"
    load_here(folder, cache, monkeypatch)
    (entry,) = _entries(cache)
    path = cache / entry
    good = path.read_text(encoding="utf-8")
    data = json.loads(good)
    del data["blake2b"]
    if damage == "a list":
        data["data"]["folded"] = data["data"]["folded"][0]
    elif damage == "no trie":
        del data["data"]["exact"]
    elif damage == "a tuple":
        _damage_subtree(data["data"]["folded"], "insulo", [["LOC_NOUN", "island", "x"]])
    elif damage == "a bad node":
        data["data"]["folded"][0]["insulo"] = json.dumps([[], None, {}])
    elif damage == "a bad payload":
        _damage_subtree(data["data"]["folded"], "insulo", [["LOC_NOUN", 7]])
    elif damage == "not a subtree":
        data["data"]["folded"][0]["insulo"] = "[{"
    elif damage == "a node, not its text":
        root = data["data"]["folded"]
        root[0]["insulo"] = json.loads(root[0]["insulo"].replace(root[3], '"'))
    elif damage == "a bad root payload":
        data["data"]["exact"][1] = [["LOC_NOUN", 7]]
    text = good[:-20] if damage == "not JSON" else json.dumps(data)
    path.write_text(sealed(text) if reseal else text, encoding="utf-8")
    # resealed, damage below the root is found when its first word is first looked up
    # (each child is made from its text on its first visit): the tries are made again then
    ours = load_here(folder, cache, monkeypatch)
    _dump(ours.folded), _dump(ours.exact)  # every child visited, with this cache
    _same(ours, load_here(folder, "", monkeypatch))
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(good)  # replaced


def _damage_subtree(root: list[Any], word: str, payload: Any) -> None:
    """Give the child ``word`` of a cached root (``words.root_json``: its subtree as JSON
    text, ``root[3]`` standing for its quotes) this payload."""
    node = json.loads(root[0][word].replace(root[3], '"'))
    node[1] = payload
    root[0][word] = json.dumps(node).replace('"', root[3])


def test_the_incident_rules_are_read_again_when_their_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rules.toml goes through the same private cache (JSON, keyed by the file's bytes)."""
    from incidents.incident import doc

    cache = tmp_path / "cache"
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(cache))
    toml = tmp_path / "rules.toml"
    monkeypatch.setattr(doc, "RULES_FILE", toml)
    read = doc.rules.__wrapped__  # not the memoised one
    toml.write_text('[verbs]\nagain = ["re_enter"]\n', encoding="utf-8")
    assert read() == {"verbs": {"again": ["re_enter"]}}
    (entry,) = (p.name for p in cache.iterdir() if p.name.startswith("rules-"))
    assert read() == {"verbs": {"again": ["re_enter"]}}  # from the cache
    toml.write_text('[verbs]\nagain = ["return"]\n', encoding="utf-8")
    assert read() == {"verbs": {"again": ["return"]}}
    assert [p.name for p in cache.iterdir() if p.name.startswith("rules-")] != [entry]
    (cache / next(p.name for p in cache.iterdir() if p.name.startswith("rules-"))).write_text(
        '{"format": 1, "data": "nonsense"}', encoding="utf-8"
    )
    assert read() == {"verbs": {"again": ["return"]}}
    assert read() == toml_data(toml.read_bytes())


def test_a_cached_root_keeps_its_subtrees_as_texts_without_quotes() -> None:
    from incidents.words import _payload_of, root_json, root_of

    trie = _Trie()
    trie.add(["a`b", "c"], ("X", "k`"))
    trie.add(['d"e'], ("Y", 'q"'))
    trie.add(["st*"], ("Z", "s"))
    data = json.loads(json.dumps(root_json(trie), ensure_ascii=False))
    assert data[3] not in '`"' and not any('"' in text for text in data[0].values())

    def never() -> _Trie:
        raise AssertionError("every subtree is one")

    root = root_of(data, _Trie, _payload_of, never)
    assert root.pending is not None and not root.children  # made on first visit
    assert root.step("a`b") is not None and list(root.children) == ["a`b"]
    assert dump_trie(root, "payload") == dump_trie(trie, "payload")
