"""Architecture rules a reviewer would otherwise have to remember.

Only ``app.ui`` may import Qt: the headless core must run (and be tested,
and be deployed as a reflector) without it. Checked in a fresh interpreter,
so nothing imported by other tests can hide a violation.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def core_modules() -> list[str]:
    mods = []
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[:2] == ["app", "ui"]:
            continue
        if parts[-1] == "__init__":
            parts.pop()
        mods.append(".".join(parts))
    return mods


def test_core_imports_no_qt_at_runtime() -> None:
    mods = core_modules()
    assert len(mods) > 20
    code = (
        "import importlib, sys\n"
        f"for m in {mods!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(bad))\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert res.stdout.strip() == "", f"Qt loaded by the core: {res.stdout}"


def test_no_qt_import_statements_outside_ui() -> None:
    offenders = []
    for path in APP.rglob("*.py"):
        if "ui" in path.relative_to(APP).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} for n in names):
                offenders.append(f"{path}:{node.lineno}")
    assert offenders == []


def test_protocol_core_is_sans_io() -> None:
    """The protocol package takes bytes and returns values: no sockets, clocks, threads."""
    banned = {"socket", "asyncio", "threading", "time", "selectors", "subprocess"}
    for path in (APP / "protocols").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                used = {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                used = {node.module.split(".")[0]}
            else:
                continue
            assert not used & banned, f"{path.name} imports {used & banned}"
