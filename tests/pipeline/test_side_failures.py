"""A side check that fails costs its section, never the verdict, and never shows a traceback.

A router or NAT check is code running against whatever answers on the LAN; if
it raises, the user must still get the ALG verdict, a report that says the
check could not be done, and no Python traceback (``--debug`` shows it).
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import running_reflector

# The CLI in a child process, with the router check replaced by one that raises.
BROKEN_ROUTER = """
import sys
from app.pipeline import side_checks

def broken(wait, internet_host):
    raise RuntimeError("simulated bug in router identification")

side_checks._identify_router = broken
from app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", BROKEN_ROUTER, *args],
        capture_output=True,
        text=True,
        timeout=30,
    )


def test_a_failing_router_check_is_reported_not_raised() -> None:
    with running_reflector() as r:
        probe = ["probe", *r.probe_args, "--no-stun", "--timeout", "3"]
        as_json = run(*probe, "--json")
        as_text = run(*probe)
        debug = run("--debug", *probe, "--json")
    assert as_json.returncode == 0, as_json.stderr
    doc = json.loads(as_json.stdout)
    assert doc["verdict"] == "no_alg_detected"
    assert doc["failed_checks"] == ["router"]
    assert doc["router"] is None
    assert doc["timed_out"] == []
    for res in (as_json, as_text):
        assert "Traceback" not in res.stderr, res.stderr
        assert "simulated bug" not in res.stderr
    assert "identifying your router: could not be done" in as_text.stdout
    # --debug is for support: the details are there
    assert debug.returncode == 0
    assert "simulated bug in router identification" in debug.stderr
