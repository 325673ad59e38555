"""Build hook: the wheel's hot modules compiled by mypyc where this machine can, else a
pure-Python wheel.

The modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom]`` in
``pyproject.toml`` (tokeniser, phrase scanner, incident layer) are compiled to C
extension modules by mypyc (through the hatch-mypyc plugin) and included beside their
sources; the sources stay in the wheel, so a module without its compiled file still
runs. The wheel is pure Python instead, with a message, when

- ``INCIDENTS_PURE`` is set in the environment (``INCIDENTS_PURE=1 pip install .``);
- the install is editable (``pip install -e .``): edits to the sources must take effect;
- this interpreter names no C compiler, or the compiler is not on ``PATH``;
- compiling fails for any other reason.

Outputs are the same either way (``tests/test_compiled.py`` checks it on the installed
package). The compiled files are written into the checkout while the wheel is built and
removed when it is done, so the checkout itself always runs the sources.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from typing import Any

from hatch_mypyc.plugin import MypycBuildHook


def _compiler() -> str | None:
    """The C compiler extensions are built with ($CC, else this interpreter's), if it
    is on PATH."""
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or ""
    name = cc.split()[0] if cc.split() else ""
    return shutil.which(name) if name else None


def _first_error(output: str) -> str:
    """The line of a failed build that says what went wrong: mypy's first error, else
    the last line printed."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if ": error:" in line]
    return (errors or lines[-1:] or [""])[0]


class CompiledOrPure(MypycBuildHook):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        why = None
        if os.environ.get("INCIDENTS_PURE"):
            why = "INCIDENTS_PURE is set"
        elif version == "editable":
            why = "an editable install runs its sources"
        elif _compiler() is None:
            why = "no C compiler found"
        if why is None:
            try:
                super().initialize(version, build_data)
                return
            except Exception as exc:  # any failure of mypyc or the compiler: pure wheel
                self.clean([version])
                why = f"mypyc failed: {_first_error(str(exc)) or repr(exc)}"
        print(f"incidents: building a pure-Python wheel ({why})", file=sys.stderr)

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if not build_data.get("pure_python", True):
            self.clean([version])  # the compiled files are in the wheel: the checkout stays pure


def get_build_hook() -> type[CompiledOrPure]:
    """The hook hatchling loads (the imported plugin class is a subclass too)."""
    return CompiledOrPure
