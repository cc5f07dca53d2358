"""The wizard as a program: two tests in one session, then the window closes cleanly.

PySide6 6.12.0 made the app abort on exit after a second test (exit status
134, "Fatal Python error: bool_dealloc"): every ``emit()`` from Python took a
reference from ``True``, and the interpreter's shutdown found the debt. Each
canned run here reports as many progress updates as a long real run, which is
what made the debt large enough to crash every time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

STEPS = 150  # progress updates per run; 50 were enough to abort under 6.12.0


@pytest.mark.parametrize("second_test", ["verify", "back"])
def test_two_tests_then_close_exits_cleanly(tmp_path: Path, second_test: str) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.two_runs_then_close",
            second_test,
            str(tmp_path / "settings.ini"),
            str(STEPS),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "two runs done: 2" in res.stdout, res.stderr
    assert "Fatal Python error" not in res.stderr, res.stderr
    assert res.returncode == 0, res.stderr
