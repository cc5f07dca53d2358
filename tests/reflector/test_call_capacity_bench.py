"""The call-capacity benchmark still runs: a tiny step of it, against the real reflector.

``tests/bench/call_capacity_bench.py`` drives the client's call coroutine
directly (many calls per event loop), so a change there shows up here rather
than when someone next measures capacity.
"""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.skipif(sys.platform != "linux", reason="the bench reads the reflector's /proc")
def test_a_small_capacity_step_completes_its_calls() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "tests.bench.call_capacity_bench", "--calls", "3", "--seconds", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "N = 3: 3 of 3 calls completed" in res.stdout, res.stdout
    assert "reflector CPU per call in progress" in res.stdout
