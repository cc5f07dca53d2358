"""Architecture rules a reviewer would otherwise have to remember.

* Only ``app.ui`` may import Qt: the headless core must run (and be tested,
  and be deployed as a reflector) without it. Checked in a fresh interpreter,
  so nothing imported by other tests can hide a violation.
* Layers point down only (docs/architecture.md): :data:`ALLOWED` says which
  packages each package may import, counting every import statement —
  inside functions and under ``TYPE_CHECKING`` too, because a types-only
  import upwards is still a dependency a reader has to hold in mind.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


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


# Each package and the packages it may import (besides itself and ``app`` for
# the version). Bottom to top. Adding an edge here is a design decision: say
# why in docs/architecture.md.
ALLOWED: dict[str, set[str]] = {
    "core": set(),  # the model, words, numbers, addresses: imports nothing of ours
    "protocols": {"core"},  # sans-I/O codecs
    "guides": {"core"},  # the router guide database (data + look-up)
    "providers": {"core"},  # the VoIP provider directory (data + look-up)
    "netinfo": {"core", "protocols", "guides"},  # router identification reads the guides
    "probes": {"core", "protocols"},  # sockets and timers; gathers evidence, judges nothing
    "reflector": {"core", "protocols"},  # the server side, deployable alone
    "diagnosis": {"core", "probes", "netinfo"},  # pure rules over measurements
    "pipeline": {"core", "protocols", "probes", "netinfo", "diagnosis", "providers"},
    "report": {"core", "protocols", "probes", "netinfo", "diagnosis", "pipeline"},
    "cli": {
        "core",
        "protocols",
        "guides",
        "providers",
        "netinfo",
        "probes",
        "reflector",
        "diagnosis",
        "pipeline",
        "report",
    },
    "ui": {
        "core",
        "protocols",
        "guides",
        "providers",
        "netinfo",
        "probes",
        "reflector",
        "diagnosis",
        "pipeline",
        "report",
    },
}
# The one sanctioned edge between the two front ends: ``sipalg wizard`` starts the GUI.
EXCEPTIONS = {("app/cli/wizard_cmd.py", "ui")}


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import; write app.<package>.<module>"
            if node.module:
                found.add(node.module)
    return found


def test_layers_point_down_only() -> None:
    packages = sorted(p.name for p in APP.iterdir() if (p / "__init__.py").exists())
    assert set(packages) <= set(ALLOWED), f"add new packages to ALLOWED: {packages}"
    upward = []
    for path in sorted(APP.rglob("*.py")):
        rel = path.relative_to(APP)
        if len(rel.parts) < 2:
            continue
        mine = rel.parts[0]
        for module in _imports(path):
            parts = module.split(".")
            if parts[0] != "app" or len(parts) < 2 or parts[1] in (mine, "__init__"):
                continue
            if parts[1] not in ALLOWED[mine] and (f"app/{rel}", parts[1]) not in EXCEPTIONS:
                upward.append(f"app/{rel} imports {module}")
    assert upward == [], "\n".join(upward)


def test_the_layer_table_has_no_cycles() -> None:
    """A package may not reach itself through the table (that would be a cycle)."""
    for start, below in ALLOWED.items():
        seen: set[str] = set()
        todo = list(below)
        while todo:
            pkg = todo.pop()
            assert pkg != start, f"{start} can reach itself"
            if pkg not in seen:
                seen.add(pkg)
                todo += ALLOWED.get(pkg, set())


def test_code_and_docs_stand_alone() -> None:
    """Nothing in the repository points at material a person who clones it does not have."""
    root = APP.parent
    offenders = []
    for path in [*APP.rglob("*.py"), *(root / "docs").rglob("*.md"), root / "README.md"]:
        text = path.read_text(encoding="utf-8")
        for needle in ("../shared", "DESIGN.md", "MODELS.md", "found in review"):
            if needle in text:
                offenders.append(f"{path.relative_to(root)}: {needle}")
    assert offenders == []


def test_pages_see_the_wizard_only_through_the_doctor_protocol() -> None:
    """ui/wizard.py imports every page; a page importing it back is a cycle."""
    offenders = [
        str(path.relative_to(APP.parent))
        for path in (APP / "ui" / "pages").glob("*.py")
        if any(m == "app.ui.wizard" or m.startswith("app.ui.wizard.") for m in _imports(path))
    ]
    assert offenders == []
