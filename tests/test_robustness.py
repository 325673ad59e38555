"""Bad, huge and odd input: nothing raises, nothing is lost, nothing hangs.

- ``parse``/``mentions`` are total on strings (property tests over incident words,
  numbers, Unicode and punctuation), spans lie inside the text;
- work is linear: 4x the input costs at most 5x the interpreter steps (counted by
  ``workcount.steps``, not timed: the same on a loaded machine);
- limits (``max_chars``, ``max_seconds``) give a warning and partial results;
- files: BOM, CRLF, UTF-16, NUL bytes, invalid UTF-8, binary, empty;
- batches: N lines in, N reports out, whatever the lines hold (a fuzz of the CLI).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workcount import MAX_RATIO, linear

import incidents
from incidents import BadReferenceDateError, Parser, UnsupportedLanguageError
from incidents.cli import main as cli_main

ROOT = Path(__file__).resolve().parent.parent
FR = "Jeudi vers 15 h 20, deux Su-27 russes ont violé l'espace aérien estonien sur 3 km, selon l'armée."
EN = (
    "On Tuesday at 3:20 p.m., two Russian Su-27 fighter jets violated Finnish airspace near Porvoo, "
    "flying about 2 kilometres into Finnish territory for two minutes, the Finnish Defence Ministry said."
)

# --------------------------------------------------------------------------- generated text
WORDS = [
    *FR.replace(",", " ,").replace(".", " .").split(),
    *EN.replace(",", " ,").replace(".", " .").split(),
    "km", "NM", "milles", "nautiques", "pieds", "feet", "FL350", "h", "min", "heures", "p.m.", "a.m.",
    "midi", "minuit", "vingt-deux", "quatre-vingt-dix", "trois", "cents", "mille", "one", "hundred",
    "and", "a", "half", "dozen", "douzaine", "une", "dizaine", "jusqu'à", "up", "to", "about", "environ",
    "entre", "between", "et", "à", "hier", "yesterday", "last", "night", "mardi", "dernier", "juin",
    "2021", "21/06/2021", "2024-05-10", "15:20", "1,5", "1.5", "1 500", "1,674,200.5", "-4", "km2",
    "Mi-8", "MiG-31", "Il-20", "drone", "drones", "hélicoptère", "ballon", "ADIZ", "FIR", "median",
    "line", "espace", "aérien", "airspace", "Estonie", "Lituanie", "Taiwan", "Japan", "deux", "twice",
    "à", "plusieurs", "reprises", "près", "de", "near", "island", "of", "selon", "a", "démenti",
]  # fmt: skip
ODD = ["\u00a0", "\u202f", "’", "—", "–", "…", "«", "»", "😀", "ß", "İ", "ﬁ", "\u0301", "\u200b", "\x00",
       "\r\n", "\n\n", "\t", "\ufeff", "①", "٣", "𝟑", "\u2028", "'", "-", "/", ":", ".", ","]  # fmt: skip

piece = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    st.integers(-(10**7), 10**12).map(str),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e6, max_value=1e6).map(lambda f: f"{f:.3f}"),
    st.text(max_size=6),
)
incident_text = st.lists(piece, max_size=40).flatmap(
    lambda parts: st.sampled_from([" ", "", "  ", "\n"]).map(lambda sep: sep.join(parts))
)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_report(text: str, report: incidents.Report) -> None:
    json.dumps(report.to_dict())
    for inc in report.incidents:
        assert 0 <= inc.span[0] <= inc.span[1] <= len(text)
        for start, end in inc.evidence.values():
            assert 0 <= start <= end <= len(text)
    for d in report.diagnostics:
        if d.span is not None:
            assert 0 <= d.span[0] <= d.span[1] <= len(text)


def _check_mentions(text: str, found: list[incidents.Mention]) -> None:
    last = 0
    for m in found:
        assert 0 <= m.span[0] < m.span[1] <= len(text)
        assert m.text == text[m.span[0] : m.span[1]]
        assert m.span[0] >= last  # in text order, never overlapping
        last = m.span[1]
        json.dumps(m.to_dict())


@FAST
@given(text=incident_text, lang=st.sampled_from(["en", "fr"]))
def test_parse_and_mentions_never_raise_on_incident_like_text(text: str, lang: str) -> None:
    _check_report(text, incidents.parse(text, lang=lang, reference_date="2024-05-10"))
    _check_mentions(text, incidents.mentions(text, lang=lang, reference_date="2024-05-10"))


@FAST
@given(text=st.text(max_size=300), lang=st.sampled_from(incidents.supported_languages()))
def test_parse_never_raises_on_any_unicode(text: str, lang: str) -> None:
    _check_report(text, incidents.parse(text, lang=lang))
    _check_mentions(text, incidents.mentions(text, lang=lang))


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ufeff", "\x00" * 10, ".", "-" * 50])
def test_empty_and_blank_texts_give_empty_reports(text: str) -> None:
    for lang in incidents.supported_languages():
        report = incidents.parse(text, lang=lang)
        assert report.incidents == () and report.ok
        assert incidents.mentions(text, lang=lang) in ([], [*incidents.mentions(text, lang=lang)])


def test_bad_arguments_raise_clear_errors() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"supported: (\w\w, )*en, (\w\w, )*fr\b"):
        incidents.parse(FR, lang="xx")
    with pytest.raises(UnsupportedLanguageError):
        incidents.mentions(FR, lang=None)  # type: ignore[arg-type]
    with pytest.raises(BadReferenceDateError, match="YYYY-MM-DD"):
        incidents.parse(FR, lang="fr", reference_date="10/05/2024")
    with pytest.raises(TypeError, match="str"):
        incidents.parse(FR.encode(), lang="fr")  # type: ignore[arg-type]
    assert isinstance(UnsupportedLanguageError("xx", ("en",)), ValueError)


# --------------------------------------------------------------------------- linear work
#: (name, unit repeated, repetitions at 1x): steps are exact, so 1x can be small
LINEAR = [
    ("numbers", "12 ", 600),
    ("grouped-numbers", "1 234 567,5 ", 1200),
    ("units", "3 km ", 120),
    ("times", "15 h 20 ", 1000),
    ("spelled-numbers", "quatre-vingt-dix-sept mille deux cent vingt-deux ", 400),
    ("en-spelled-numbers", "twenty-two thousand one hundred and six ", 600),
    ("aircraft-words", "deux Su-27 russes MiG-31 hélicoptères ", 500),
    ("no-spaces-letters", "abcdefghij", 10_000),
    ("no-spaces-digits", "1234567890", 10_000),
    ("no-spaces-mixed", "a1b2c3.d4-", 250),
    ("punctuation", ".,;:!?-/'", 1500),
    # assembly grows faster than the text within one block (BLOCK_CHARS): 1x is two blocks
    ("incident-sentences", FR + "\n\n", 120),
]


@pytest.mark.parametrize(("name", "unit", "reps"), LINEAR, ids=[n for n, _, _ in LINEAR])
def test_work_is_linear_in_the_input(name: str, unit: str, reps: int) -> None:
    parser = incidents.get_parser("fr")
    small, large = unit * reps, unit * (4 * reps)
    n_small, n_large = linear(
        lambda: parser.parse(small, "2024-05-10"), lambda: parser.parse(large, "2024-05-10")
    )
    assert n_large <= MAX_RATIO * n_small, f"{name}: 1x {n_small} steps, 4x {n_large}"


MODELS = ["Su-27", "MiG-31", "Il-20", "Su-24", "Mi-8", "Y-9"]


def _paragraph(k: int) -> str:
    # a new aircraft and a new time: every paragraph is an incident of its own
    return EN.replace("3:20", f"{1 + k % 11}:{k % 60:02d}").replace("Su-27", MODELS[k % len(MODELS)])


def test_long_dense_document_is_linear_and_keeps_its_incidents() -> None:
    parser = incidents.get_parser("en")
    paragraphs = [_paragraph(k) for k in range(400)]
    small, large = "\n\n".join(paragraphs[:100]), "\n\n".join(paragraphs)
    assert len(large) > 4 * incidents.api.BLOCK_CHARS  # parsed block by block
    reports = []
    n_small, n_large = linear(
        lambda: parser.parse(small, "2024-05-10"), lambda: reports.append(parser.parse(large, "2024-05-10"))
    )
    assert n_large <= MAX_RATIO * n_small, f"1x {n_small} steps, 4x {n_large}"
    (report,) = reports
    _check_report(large, report)
    assert len(report.incidents) == len(paragraphs)
    offset = 0
    for paragraph, inc in zip(paragraphs, report.incidents, strict=True):
        (alone,) = parser.parse(paragraph, "2024-05-10").incidents
        assert inc.to_dict() | {"span": None, "evidence": None} == alone.to_dict() | {
            "span": None,
            "evidence": None,
        }
        assert {f: large[s:e] for f, (s, e) in inc.evidence.items()} == {
            f: paragraph[s:e] for f, (s, e) in alone.evidence.items()
        }
        assert offset <= inc.span[0]
        offset += len(paragraph) + 2


# --------------------------------------------------------------------------- limits
def test_size_limit_gives_a_warning_and_partial_results() -> None:
    parser = Parser("fr", max_chars=len(FR) + 5)
    report = parser.parse(FR + "\n\n" + FR, "2024-05-10")
    assert len(report.incidents) == 1
    (warning,) = [d for d in report.diagnostics if d.code == "W901"]
    assert warning.severity == "warning" and warning.span == (len(FR) + 5, 2 * len(FR) + 2)
    assert warning.line == 3
    assert all(m.span[1] <= len(FR) + 5 for m in parser.mentions(FR + "\n\n" + FR))


def test_time_limit_gives_a_warning_and_partial_results() -> None:
    parser = Parser("fr", max_seconds=0.0)
    text = (FR + "\n\n") * 300  # several blocks
    report = parser.parse(text, "2024-05-10")
    (warning,) = [d for d in report.diagnostics if d.code == "W902"]
    # with no time at all, only the first block is read (counted, not timed)
    assert warning.span == (incidents.api.text_blocks(text)[1][0], len(text))
    assert 0 < len(report.incidents) < 300
    assert all(inc.span[1] <= warning.span[0] for inc in report.incidents)


def test_blocks_cover_the_text() -> None:
    from incidents.api import text_blocks

    text = ("Une phrase. Une autre phrase!\n\n" + "mot " * 40 + "x" * 300 + "\n") * 50
    for size in (7, 64, 500, 10_000, 10**6):
        blocks = text_blocks(text, size)
        assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
        assert all(a[1] == b[0] for a, b in zip(blocks, blocks[1:], strict=False))
        assert all(0 < end - start <= size for start, end in blocks)


# --------------------------------------------------------------------------- files
def _cli(tmp_path: Path, *args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run(
        [sys.executable, "-m", "incidents", *args],
        input=stdin,
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def _records(out: str) -> list[dict[str, Any]]:
    reports = json.loads(out)
    reports = reports if isinstance(reports, list) else [reports]
    return [
        {k: v for k, v in rec.items() if k not in ("span", "evidence")}
        for rep in reports
        for rec in rep["incidents"]
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom", b"\xef\xbb\xbf" + FR.encode()),
        ("crlf", (FR + "\r\n\r\n").encode()),
        ("utf16", "\ufeff".encode("utf-16-le") + FR.encode("utf-16-le")),
        ("utf16be", "\ufeff".encode("utf-16-be") + FR.encode("utf-16-be")),
    ],
)
def test_encodings_and_line_ends_give_the_same_records(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / "plain.txt").write_bytes(FR.encode())
    (tmp_path / f"{name}.txt").write_bytes(data)
    code, out, err = _cli(tmp_path, "parse", "plain.txt", f"{name}.txt", "--lang", "fr")
    assert code == 0 and err == ""
    plain, other = json.loads(out)
    assert plain["incidents"] and _records(json.dumps(plain)) == _records(json.dumps(other))


def test_nul_bytes_are_read_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"x\x00y " + FR.encode())
    code, out, err = _cli(tmp_path, "parse", "nul.txt", "--lang", "fr")
    assert code == 0
    assert err.startswith("incidents: warning: nul.txt: 1 NUL") and "offset 1" in err
    assert json.loads(out)["incidents"]


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (FR.encode("latin-1"), "not valid UTF-8: byte 0xe9 at offset 46"),
        (b"\xef\xbb\xbfok \xff", "offset 6"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"\x00\x01\x02\x03" * 500, "binary"),
        (bytes(64), "binary"),
    ],
    ids=["latin-1", "bad-after-bom", "elf", "pdf", "zeros"],
)
def test_invalid_and_binary_files_exit_2_with_one_line(tmp_path: Path, data: bytes, needle: str) -> None:
    (tmp_path / "in.txt").write_bytes(data)
    code, out, err = _cli(tmp_path, "parse", "in.txt", "--lang", "fr")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("incidents: error: in.txt: ")
    assert needle in err


def test_empty_file_gives_an_empty_report(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, _ = _cli(tmp_path, "parse", "empty.txt", "--lang", "en")
    assert code == 0 and json.loads(out)["incidents"] == []
    code, out, _ = _cli(tmp_path, "parse", "-", "--lang", "en", stdin=b"")
    assert code == 0 and json.loads(out)["incidents"] == []


# --------------------------------------------------------------------------- batches
ODD_LINES = [
    "not json",
    "[1, 2]",
    "null",
    '"text"',
    "[" * 100_000,
    '{"text": 5}',
    '{"id": {"a": 1}, "text": "x", "lang": "en"}',
    '{"id": 1.5, "text": "Su-27", "lang": "fr", "reference_date": 20240510}',
    '{"id": "s", "text": "\\ud800 Su-27 \\udfff", "lang": "en"}',
    '{"id": "u2028", "text": "a\\u2028b\\u0085c", "lang": "en"}',
    '{"id": "crlf", "text": "Su-27", "lang": "en"}\r',
    '{"id": "ctl", "text": "a\x01b", "lang": "en"}',
    '{"id": "lang", "text": "x", "lang": 7}',
    json.dumps({"id": "long", "text": FR * 200, "lang": "fr"}),
]
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
batch_line = st.one_of(
    st.sampled_from(ODD_LINES),
    # raw garbage; control characters aside (a file full of them is binary: exit 2)
    st.text(st.characters(blacklist_categories=("Cc",)), max_size=40).filter(str.strip),
    st.fixed_dictionaries(
        {"id": st.text(max_size=8), "text": incident_text},
        optional={
            "lang": st.sampled_from(["en", "fr", "xx", "", "EN"]) | json_value,
            "reference_date": st.sampled_from(["2024-05-10", "2024-02-30", "x"]) | json_value,
            "extra": json_value,
        },
    ).map(json.dumps),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(batch_line, min_size=1, max_size=12))
def test_batch_fuzz_n_lines_in_n_reports_out(lines: list[str]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        code = cli_main(["parse", str(src), "--lang", "fr", "--format", "jsonl", "-o", str(dst)])
        out = dst.read_text(encoding="utf-8").split("\n")[:-1]  # JSON Lines: "\n" only
    assert code in (0, 1)
    assert len(out) == len([line for line in lines if line.strip()])
    for line in out:
        report = json.loads(line)
        assert set(report) >= {"id", "incidents", "diagnostics"}


def test_batch_with_odd_lines_keeps_every_line(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text("\n".join(ODD_LINES) + "\n", encoding="utf-8")
    for fmt in ("jsonl", "csv", "table"):
        code, out, err = _cli(tmp_path, "parse", "b.jsonl", "--lang", "en", "--format", fmt)
        assert code == 1, err
    code, out, err = _cli(tmp_path, "parse", "b.jsonl", "--lang", "en", "--format", "jsonl")
    reports = [json.loads(line) for line in out.splitlines()]
    assert len(reports) == len(ODD_LINES)
    assert [r["diagnostics"][0]["line"] for r in reports if r["diagnostics"][:1]][:6] == [1, 2, 3, 4, 5, 6]
    assert reports[8]["id"] == "s"  # lone surrogates: escaped, still valid UTF-8 JSON
    code, out, err = _cli(tmp_path, "mentions", "b.jsonl", "--lang", "en", "--format", "jsonl")
    assert code == 1 and len(out.splitlines()) == len(ODD_LINES)


def test_batch_line_with_invalid_utf8_is_an_error_report(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": FR, "lang": "fr"}).encode(),
        b'{"id": "b", "text": "caf\xe9"}',
        b"\xff",
    ]
    (tmp_path / "b.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = _cli(tmp_path, "parse", "b.jsonl", "--lang", "fr", "--format", "jsonl")
    assert code == 1
    a, b, c = (json.loads(line) for line in out.splitlines())
    assert a["id"] == "a" and a["incidents"]
    assert (
        b["diagnostics"][0]["code"] == "E001" and "byte 0xe9 at column 25" in b["diagnostics"][0]["message"]
    )
    assert c["diagnostics"][0]["line"] == 3
    assert "b.jsonl:2:1: E001" in err
