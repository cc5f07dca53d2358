"""The lean path to the ALG verdict: ``sipalg probe --no-router --no-stun`` against an IP
address loads no event loop, no DNS library, no side-check code and no dataclasses.

Start-up is most of the time to a verdict (docs/benchmarks.md, "Time to the ALG
verdict as a whole process"); one careless top-level import brings back tens
of milliseconds. ``-X importtime`` lists every module the real process loads.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.helpers import running_reflector

# Module (or package) names the ALG path must not load, and why each would be there.
NOT_ON_THE_ALG_PATH = (
    "asyncio",  # the probe is a selectors loop; asyncio is only for the side checks
    "concurrent.futures",  # the side checks' thread pool
    "ssl",  # comes with asyncio
    "dns",  # dnspython: only when a name has to be looked up
    "app.probes.locate",  # RFC 3263 locating: not for an IP address
    "app.pipeline.side_checks",  # NAT and router checks, switched off here
    "app.probes.nat",
    "app.netinfo",
    "app.providers",
    "app.guides",
    "importlib.metadata",  # the version comes from pyproject.toml
    # Records on the path are NamedTuples (docs/architecture.md, "Records on the
    # probe's path"): the dataclasses module (with inspect, ast, dis, tokenize)
    # and its exec-compiled methods were nearly half of the start-up.
    "dataclasses",
    "inspect",
    # Records are app.core.record.Record: typing.NamedTuple for type checkers,
    # collections.namedtuple at run time; typing's import and its annotation
    # checks (a compile() per string annotation) cost 38 M instructions.
    "typing",
    # argparse's help formatter asks shutil (with bz2, lzma) for the terminal
    # width on every add_argument(); app.cli.common.HelpFormatter does not.
    "shutil",
)


def loaded_modules(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=30,
    )
    names = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", res.stderr, re.M))
    return res, names


def test_the_alg_verdict_loads_no_asyncio_no_dnspython_no_side_checks() -> None:
    with running_reflector() as r:
        res, names = loaded_modules(
            "probe", *r.probe_args, "--no-router", "--no-stun", "--json", "--timeout", "3"
        )
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["verdict"] == "no_alg_detected"
    assert "app.probes.runner" in names  # the listing is real: the probe's own modules are in it
    unwanted = sorted(
        name
        for name in names
        for bad in NOT_ON_THE_ALG_PATH
        if name == bad or name.startswith(bad + ".")
    )
    assert unwanted == [], f"the ALG path loaded {unwanted}"


def test_side_checks_still_load_what_they_need() -> None:
    """The other half of the bargain: with a STUN check, the event loop is there again."""
    with running_reflector() as r:
        res, names = loaded_modules(
            "probe",
            *r.probe_args,
            "--no-router",
            "--stun",
            f"127.0.0.1:{r.stun_port}",
            "--json",
            "--timeout",
            "3",
        )
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "no_alg_detected" and doc["nat"] is not None
    assert {"asyncio", "app.pipeline.side_checks", "app.probes.nat"} <= names
