"""The wizard as a program: two tests in one session, then the window closes cleanly,
and the log file tells what happened.

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
    # the log file had nothing in it after a whole run; now it tells the run's story
    log = (tmp_path / "state" / "SIP ALG Doctor" / "log" / "sipalg-wizard.log").read_text()
    second = "re-test" if second_test == "verify" else "test"
    lines = [line.split(" INFO sipalg.wizard: ", 1)[1] for line in log.splitlines()]
    assert lines[0].startswith("wizard opened: SIP ALG Doctor ")
    assert lines[1] == (
        "test started: mode reflector, servers reflector.example.net, symptoms one_way_audio"
    )
    assert lines[2] == "test server: 203.0.113.10:5060 (asked for reflector.example.net, preset)"
    assert lines[3] == "test verdict: alg_detected (confidence high); udp modified, tcp clean"
    assert lines[4].startswith(f"{second} started: ")
    assert lines[-1].startswith(f"{second} verdict: ")
