"""The package as pip sees it: declared dependencies cover every import, one version,
a licence; and, when this tree is the installed one (CI's ``pip install '.[test]'``),
the installed package itself."""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

import incidents

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
#: import name -> distribution name, where they differ
DIST_OF = {"tomli": "tomli", "pint": "pint", "lark": "lark", "dateparser": "dateparser"}


def _requirement_names(reqs: list[str]) -> dict[str, str]:
    """name -> marker ('' when unconditional) of requirement strings."""
    out = {}
    for req in reqs:
        spec, _, marker = req.partition(";")
        name = spec.strip()
        for sep in "<>=!~[ ":
            name = name.split(sep)[0]
        out[name.lower()] = marker.strip()
    return out


def _module_level_imports(path: Path) -> set[str]:
    """Top-level packages a module imports when it is imported (not inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.If):
                # "if TYPE_CHECKING:" imports nothing at run time
                if not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"):
                    visit(node.body)
                    visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)

    visit(tree.body)
    return found


def test_every_import_is_a_declared_dependency() -> None:
    deps = _requirement_names(PROJECT["dependencies"])
    # incidents.distributed is the [dask] extra's module; facts.py and transform/base.py
    # read mypyc's mark from mypy_extensions where it is installed (it builds the
    # compiled wheel)
    optional = {"dask": ("distributed.py",), "mypy_extensions": ("facts.py", "base.py")}
    for path in sorted((ROOT / "incidents").rglob("*.py")):
        for name in _module_level_imports(path):
            if name in sys.stdlib_module_names or name in ("incidents", "tomllib"):
                continue  # tomllib: the standard library's from 3.11 (tomli before, checked below)
            if path.name in optional.get(name, ()):
                continue
            assert DIST_OF.get(name, name) in deps, f"{path.relative_to(ROOT)} imports {name}, not declared"


def test_tomli_is_required_where_tomllib_is_missing() -> None:
    deps = _requirement_names(PROJECT["dependencies"])
    assert deps["tomli"].replace('"', "'") == "python_version < '3.11'"
    assert PROJECT["requires-python"] == ">=3.10"


def test_one_version_source() -> None:
    assert "version" not in PROJECT and "version" in PROJECT["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "incidents/__init__.py"
    assert incidents.__version__.count(".") == 2


def test_licence_is_shipped() -> None:
    assert PROJECT["license"] == "MIT" and PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "the incidents authors" in text
    assert any(c.startswith("Programming Language :: Python :: 3.10") for c in PROJECT["classifiers"])


def _installed_from_this_tree() -> importlib.metadata.Distribution | None:
    """The installed distribution when it is a plain (not editable) install of these
    sources, else None."""
    try:
        dist = importlib.metadata.distribution("incidents")
    except importlib.metadata.PackageNotFoundError:
        return None
    direct = json.loads(dist.read_text("direct_url.json") or "{}")
    if direct.get("dir_info", {}).get("editable"):
        return None
    for name in ("model.py", "units.py", "__init__.py"):
        installed = Path(str(dist.locate_file(f"incidents/{name}")))
        if not installed.is_file():
            return None
        digest = hashlib.sha256(installed.read_bytes()).digest()
        if digest != hashlib.sha256((ROOT / "incidents" / name).read_bytes()).digest():
            return None
    return dist


FRESH = """
import pint, incidents
report = incidents.parse(
    "Jeudi vers 15 h 20, deux Su-27 russes ont pénétré de 3 km dans l'espace aérien estonien.",
    lang="fr", reference_date="2024-05-10")
(incident,) = report.incidents
total = incident.depth + pint.get_application_registry().Quantity(1, "m")
assert abs(total.to("m").magnitude - 3001) < 1e-9, total
assert isinstance(total.magnitude, float)
print(incidents.__file__)
"""


def test_installed_package() -> None:
    dist = _installed_from_this_tree()
    if dist is None:
        pytest.skip("incidents is not installed from this tree (CI's pip install '.[test]' is)")
    assert dist.version == incidents.__version__
    assert any(str(f).endswith("licenses/LICENSE") for f in dist.files or ())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [sys.executable, "-c", FRESH], capture_output=True, text=True, cwd="/", env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert not out.stdout.strip().startswith(str(ROOT / "incidents")), out.stdout


SAMPLE_OUTPUTS = """
import json, pathlib, sys
import incidents, incidents.scanner
outputs = {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*/*.json")):
    doc = json.loads(path.read_text(encoding="utf-8"))
    report = incidents.parse(doc["text"], lang=doc["lang"], reference_date=doc.get("reference_date"))
    outputs[path.name] = report.to_dict()
print(incidents.scanner.__file__)
print(json.dumps(outputs, sort_keys=True, ensure_ascii=False))
"""


def installed_compiled_or_skip(package: str = "", why: str = "") -> None:
    """Skip the calling test unless the installed distribution is a plain install of
    this tree, with every Python file the same as here, and compiled modules in
    ``incidents/<package>`` (``why``: the reason given when there are none)."""
    dist = _installed_from_this_tree()
    if dist is None:
        pytest.skip("incidents is not installed from this tree (CI's pip install '.[test]' is)")
    files = [Path(str(dist.locate_file(f))) for f in dist.files or () if str(f).startswith("incidents/")]
    where = Path(str(dist.locate_file("incidents"))) / package
    if not any(f.suffix in (".so", ".pyd") and f.parent == where for f in files):
        pytest.skip(why or "the installed wheel is pure Python (no C compiler, or INCIDENTS_PURE was set)")
    for f in files:
        if f.suffix == ".py":
            mine = ROOT / f.relative_to(Path(str(dist.locate_file("."))))
            if not mine.is_file() or mine.read_bytes() != f.read_bytes():
                pytest.skip(f"the installed {mine.name} differs from this tree's: reinstall")


def test_compiled_wheel_reads_as_the_sources(tmp_path: Path) -> None:
    """Where the installed wheel was compiled by mypyc (``hatch_build.py``), every
    sample reads the same through it as through these sources, byte for byte."""
    installed_compiled_or_skip()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = [sys.executable, "-c", SAMPLE_OUTPUTS, str(ROOT / "samples")]
    installed = subprocess.run(run, cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    sources = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    compiled_at, compiled_out = installed.stdout.split("\n", 1)
    source_at, source_out = sources.stdout.split("\n", 1)
    assert compiled_at.endswith((".so", ".pyd")) and source_at.endswith(".py")
    assert compiled_out == source_out


def test_without_a_c_compiler_the_wheel_is_pure(tmp_path: Path) -> None:
    """``pip install .`` needs no C compiler: the build hook falls back to a pure wheel
    (builds this tree's wheel, fetching the build requirements as pip does)."""
    env = {**os.environ, "CC": str(tmp_path / "no-such-cc")}
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        env=env,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("incidents-*.whl")
    assert wheel.name.endswith("-py3-none-any.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
    assert "incidents/scanner.py" in names and "incidents/incident/facts.py" in names
    assert not [n for n in names if n.endswith((".so", ".pyd"))]
