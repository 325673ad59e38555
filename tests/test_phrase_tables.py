"""The phrase tables cache (``grammar_cache.tables``): what the scanner reads of the
LALR parser, kept as plain JSON in the private cache. Loaded, it must be the parser's
own tables (same actions, rules, tree builders, lexer); an older, edited or damaged
file is rebuilt, never trusted."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lark import Lark, Token, Tree
from lark.parsers.lalr_analysis import Reduce, Shift

from incidents import grammar_cache
from incidents.grammar_cache import PhraseTables

TOY = """
start: pair | WORD
pair: _open WORD "," WORD ")"
_open: "("
WORD: /[a-z]+/
%ignore " "
"""
TOY_OPTIONS: dict[str, Any] = {"parser": "lalr", "lexer": "basic", "start": ["start"]}


def _same_tables(ours: PhraseTables, lark: Lark) -> None:
    theirs = PhraseTables.of(lark)
    assert ours.start_states == theirs.start_states
    assert ours.end_states == theirs.end_states
    assert [ours.row(k) for k in range(len(ours.states))] == theirs.states
    assert ours.rules == theirs.rules
    table: Any = lark.parser.parser.parser.parse_table  # type: ignore[attr-defined]
    assert list(table.states) == list(range(len(ours.states)))
    for k, row in table.states.items():
        mine = ours.row(k)
        assert list(mine) == list(row), k
        for term, (action, arg) in row.items():
            code = mine[term]
            if action is Shift:
                assert code == 2 * arg
                continue
            assert action is Reduce and code % 2 == 1
            got_arg = ours.rule(code // 2)
            assert theirs.rule(code // 2) is arg
            assert ours.rules[code // 2] == (arg.origin.name, len(arg.expansion))
            assert (got_arg.origin, list(got_arg.expansion)) == (arg.origin, list(arg.expansion))
            assert [s.filter_out for s in got_arg.expansion if s.is_term] == [
                s.filter_out for s in arg.expansion if s.is_term
            ]
            assert (got_arg.alias, got_arg.order) == (arg.alias, arg.order)
            assert vars(got_arg.options) == vars(arg.options)
            # the tree builder made on demand builds the trees lark's does
            children = [Token(s.name, "x") if s.is_term else Tree(s.name, []) for s in arg.expansion]
            assert ours.callbacks[got_arg](list(children)) == theirs.callbacks[arg](list(children))
    assert [_terminal(t) for t in ours.lexer_conf.terminals] == [
        _terminal(t) for t in theirs.lexer_conf.terminals
    ]
    assert list(ours.lexer_conf.ignore) == list(theirs.lexer_conf.ignore)
    assert ours.lexer_conf.g_regex_flags == theirs.lexer_conf.g_regex_flags


def _terminal(t: Any) -> tuple[Any, ...]:
    # (a parser loaded from lark's own cache holds its flags in a list, not a frozenset)
    p = t.pattern
    return (t.name, p.type, p.value, sorted(p.flags), p.raw, p.to_regexp(), t.priority, p.max_width)


def _entries(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir() if p.name.startswith("tables-"))


def test_the_phrase_grammar_tables_come_back_from_the_cache_as_lark_built_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incidents.scanner import _LARK_OPTIONS, build_lark, grammar_text

    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    lark = build_lark()
    made: list[Lark] = []

    def make() -> Lark:
        made.append(lark)
        return lark

    first = grammar_cache.tables(grammar_text(), _LARK_OPTIONS, make)
    assert made == [lark] and first.callbacks is PhraseTables.of(lark).callbacks
    loaded = grammar_cache.tables(grammar_text(), _LARK_OPTIONS, make)
    assert made == [lark]  # from the cache: the parser was not asked for
    assert not loaded.callbacks  # tree builders are made on demand
    _same_tables(loaded, lark)
    # lark's scanner drops no terminal of this grammar: the shape lexer does not build it,
    # and makes the regex it makes from the parser itself
    from incidents.scanner import ShapeLexer

    assert loaded.plain_lexer and not first.plain_lexer
    shapes, theirs = ShapeLexer(loaded), ShapeLexer(lark)
    assert shapes.lexer._scanner is None and shapes.regex is not None and theirs.regex is not None
    assert shapes.regex.pattern == theirs.regex.pattern and shapes._names == theirs._names


def test_toy_tables_round_trip_and_parse_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    lark = Lark(TOY, **TOY_OPTIONS)
    grammar_cache.tables(TOY, TOY_OPTIONS, lambda: lark)
    (entry,) = _entries(tmp_path)
    assert (tmp_path / entry).read_bytes()[:1] == b"{"  # JSON, never a pickle
    loaded = grammar_cache.tables(TOY, TOY_OPTIONS, _never)
    # each row stays a string until its state is first visited
    assert loaded.states and all(type(row) is str for row in loaded.states)
    _same_tables(loaded, lark)
    assert all(type(row) is dict for row in loaded.states)
    # the toy's "," and ")" are strings no pattern of their priority matches: plain too
    assert loaded.plain_lexer


def test_a_row_of_codes_round_trips_through_its_string() -> None:
    from incidents.grammar_cache import decode_row, encode_row

    for row in ({}, {"$END": 3}, {"WORD": 4, "__ANON_0": 17, "phrase": 10}):
        text = encode_row(row)
        assert text is not None and decode_row(text) == row and list(decode_row(text)) == list(row)
    assert encode_row({"A B": 2}) is None and encode_row({"": 2}) is None  # not cached


def _never() -> Lark:
    raise AssertionError("the cache should have answered")


def test_an_edited_grammar_gets_new_tables_and_the_old_ones_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    grammar_cache.tables(TOY, TOY_OPTIONS, lambda: Lark(TOY, **TOY_OPTIONS))
    (old,) = _entries(tmp_path)
    edited = TOY.replace('","', '";"')
    lark = Lark(edited, **TOY_OPTIONS)
    made: list[Lark] = []
    tables = grammar_cache.tables(edited, TOY_OPTIONS, lambda: made.append(lark) or lark)
    assert made == [lark]  # the old tables were not used for the new grammar
    (new,) = _entries(tmp_path)
    assert new != old
    _same_tables(tables, lark)
    # so do other options (another start symbol)
    options = dict(TOY_OPTIONS, start=["pair"])
    lark = Lark(TOY, **options)
    made.clear()
    grammar_cache.tables(TOY, options, lambda: made.append(lark) or lark)
    assert made == [lark]


def _damage(data: dict[str, Any], how: str) -> Any:
    k, text = next((k, row) for k, row in enumerate(data["states"]) if row)
    term = text.split(" ")[0]
    if how == "out of range":
        data["states"][k] = f"{term} {2 * len(data['states']) + 2 * len(data['rules']) + 2}"
    elif how == "negative":
        data["states"][k] = f"{term} -1"
    elif how == "not a number":
        data["states"][k] = f"{term} x"
    elif how == "a dict":
        data["states"][k] = {term: 2}
    elif how == "a missing start":
        data["start_states"] = {}
    elif how == "a bad symbol":
        data["rules"][0][1] = ["x:WORD"]
    elif how == "a short rule":
        data["rules"][0] = data["rules"][0][:5]
    elif how == "a bad terminal":
        data["terminals"][0][1] = "pickle"
    elif how == "no plain_lexer":
        del data["plain_lexer"]
    elif how == "no states":
        del data["states"]
    elif how == "a list":
        return [data]
    return data


@pytest.mark.parametrize(
    "how",
    [
        "out of range",
        "negative",
        "not a number",
        "a dict",
        "a missing start",
        "a bad symbol",
        "a short rule",
        "a bad terminal",
        "no states",
        "no plain_lexer",
        "a list",
        "not JSON",
    ],
)
def test_damaged_tables_are_rebuilt_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    lark = Lark(TOY, **TOY_OPTIONS)
    grammar_cache.tables(TOY, TOY_OPTIONS, lambda: lark)
    (entry,) = _entries(tmp_path)
    path = tmp_path / entry
    good = path.read_text(encoding="utf-8")
    if how == "not JSON":
        path.write_text(good[: len(good) // 2], encoding="utf-8")
    else:
        path.write_text(json.dumps(_damage(json.loads(good), how)), encoding="utf-8")
    made: list[Lark] = []
    tables = grammar_cache.tables(TOY, TOY_OPTIONS, lambda: made.append(lark) or lark)
    assert made == [lark]  # rebuilt, not trusted
    _same_tables(tables, lark)
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(good)  # replaced


def test_no_cache_directory_builds_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", "")
    lark = Lark(TOY, **TOY_OPTIONS)
    tables = grammar_cache.tables(TOY, TOY_OPTIONS, lambda: lark)
    assert tables.callbacks is PhraseTables.of(lark).callbacks
