"""Time to an ALG verdict as a whole process, beside a bare Python, and where it goes.

    .venv/bin/python -m tests.bench.startup_bench [--runs 20]          # loopback reflector
    sudo .venv/bin/python -m tests.bench.startup_bench --lab [--runs 20]

Runs ``sipalg probe --reflector … --no-router --no-stun --json`` (the ALG
verdict alone) and ``python -c pass`` alternately and prints both medians.
With ``--lab`` the timing loop itself runs inside the lab's LAN namespace,
behind the kernel NAT, so ``ip netns exec`` (60–70 ms) is not counted for
either. Then ``-X importtime`` of one probe lists the modules that cost the
most, the usual answer to "where does the time go". See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _time(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=False, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def measure(reflector: str, control_port: str, runs: int) -> None:
    probe = [
        sys.executable,
        "-m",
        "app.cli.main",
        "probe",
        "--reflector",
        reflector,
        "--control-port",
        control_port,
        "--no-router",
        "--no-stun",
        "--json",
    ]
    bare = [sys.executable, "-c", "pass"]
    _time(probe)  # warm the file cache
    probes, bares = [], []
    for _ in range(runs):
        probes.append(_time(probe))
        bares.append(_time(bare))
    print(f"{'command':<34} {'median ms':>9} {'min ms':>7} {'max ms':>7}")
    for name, series in (("sipalg probe (ALG verdict only)", probes), ("python -c pass", bares)):
        print(
            f"{name:<34} {1000 * statistics.median(series):>9.1f} "
            f"{1000 * min(series):>7.1f} {1000 * max(series):>7.1f}"
        )
    res = subprocess.run(
        [sys.executable, "-X", "importtime", *probe[1:]], capture_output=True, text=True, cwd=ROOT
    )
    rows = []
    for line in res.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m and len(m.group(3)) <= 1:  # top-level imports: their cumulative cost
            rows.append((int(m.group(2)), m.group(4)))
    print(f"imports: {sum(c for c, _ in rows) / 1000:.1f} ms in all; the largest:")
    for cost, name in sorted(rows, reverse=True)[:12]:
        print(f"  {cost / 1000:>6.1f} ms  {name}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--lab", action="store_true", help="time inside the lab's LAN namespace")
    ap.add_argument(
        "--inner", nargs=2, metavar=("REFLECTOR", "CONTROL_PORT"), help=argparse.SUPPRESS
    )
    args = ap.parse_args()
    if args.inner:
        measure(args.inner[0], args.inner[1], args.runs)
        return 0
    if args.lab:
        from tests.lab.netns import WAN_IP, Lab, Scenario, lab_unavailable

        if reason := lab_unavailable():
            print(f"lab unavailable: {reason}", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as tmp, Lab(Scenario("startup"), Path(tmp)) as lab:
            inner = [sys.executable, "-m", "tests.bench.startup_bench", "--runs", str(args.runs)]
            res = lab.ns(lab.lan, *inner, "--inner", WAN_IP, "5080", check=False)
            print(res.stdout, end="")
            print(res.stderr, end="", file=sys.stderr)
            return res.returncode
    from tests.helpers import running_reflector

    with running_reflector() as r:
        measure(f"127.0.0.1:{r.sip_port}", str(r.control_port), args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
