"""Time to an ALG verdict as a whole process, beside a bare Python, and where it goes.

    .venv/bin/python -m tests.bench.startup_bench [--runs 20] [--instructions]   # loopback
    sudo .venv/bin/python -m tests.bench.startup_bench --lab [--runs 20]

Runs ``sipalg probe --reflector … --no-router --no-stun --json`` (the ALG
verdict alone) through the venv's ``sipalg`` console script, the same through
``python -m app.cli.main``, and ``python -c pass``, alternately, and prints
the median, min and max of each with the load average (other jobs share the
machine). With ``--lab`` the timing loop itself runs inside the lab's LAN
namespace, behind the kernel NAT, so ``ip netns exec`` (60–70 ms) is not
counted for either. Then ``-X importtime`` of one probe lists the modules that
cost the most, the usual answer to "where does the time go".

Install mode: the set-up's strict editable install (a link tree under build/,
no import hook) costs the same as a regular install; what matters is bytecode.
A regular install compiles it, and a checkout writes ``__pycache__`` on first
run, but with ``PYTHONDONTWRITEBYTECODE`` set (some shells and CI do) every
run would compile every module again. So the bench compiles both trees
first, and every timed run loads bytecode as an installed copy does.

``--instructions`` also counts the instructions each command executes under
valgrind (callgrind's ``Ir``): unlike milliseconds, the count does not depend
on what else the machine is doing. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(sys.executable).with_name("sipalg")


def _time(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=False, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def compile_bytecode() -> None:
    """Bytecode for the checkout and for the tree the console script imports from."""
    trees = {ROOT / "app"}
    found = subprocess.run(
        [sys.executable, "-c", "import app, os; print(os.path.dirname(app.__file__))"],
        capture_output=True,
        text=True,
        cwd="/",  # not the checkout: where an installed `sipalg` finds the package
        check=False,
    )
    if found.returncode == 0 and found.stdout.strip():
        trees.add(Path(found.stdout.strip()))
    for tree in sorted(trees):
        compileall.compile_dir(str(tree), quiet=1, force=False)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def instructions(argv: list[str]) -> int | None:
    """Instructions executed by ``argv`` (callgrind's Ir), or None without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    res = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    found = re.search(r"Collected : (\d+)", res.stderr)
    return int(found.group(1)) if found else None


def measure(reflector: str, control_port: str, runs: int, count: bool) -> None:
    args = [
        "probe",
        "--reflector",
        reflector,
        "--control-port",
        control_port,
        "--no-router",
        "--no-stun",
        "--json",
    ]
    commands = {
        "sipalg probe (ALG verdict only)": [str(SCRIPT), *args],
        "python -m app.cli.main probe …": [sys.executable, "-m", "app.cli.main", *args],
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    if not SCRIPT.exists():
        del commands["sipalg probe (ALG verdict only)"]
    compile_bytecode()
    for argv in commands.values():
        _time(argv)  # warm the file cache
    series: dict[str, list[float]] = {name: [] for name in commands}
    print(f"load average before: {load()}")
    for _ in range(runs):
        for name, argv in commands.items():
            series[name].append(_time(argv))
    print(f"load average after:  {load()}")
    print(f"{'command':<34} {'median ms':>9} {'min ms':>7} {'max ms':>7}")
    for name, values in series.items():
        print(
            f"{name:<34} {1000 * statistics.median(values):>9.1f} "
            f"{1000 * min(values):>7.1f} {1000 * max(values):>7.1f}"
        )
    if count:
        print("instructions executed (valgrind Ir, millions):")
        for name, argv in commands.items():
            n = instructions(argv)
            print(f"  {name:<34} {'n/a' if n is None else f'{n / 1e6:.0f}'}")
    first = next(iter(commands.values()))
    res = subprocess.run(
        [sys.executable, "-X", "importtime", *first[1:]]
        if first[0] == sys.executable
        else [sys.executable, "-X", "importtime", *first],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
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
        "--instructions", action="store_true", help="also count instructions under valgrind"
    )
    ap.add_argument(
        "--inner", nargs=2, metavar=("REFLECTOR", "CONTROL_PORT"), help=argparse.SUPPRESS
    )
    args = ap.parse_args()
    if args.inner:
        measure(args.inner[0], args.inner[1], args.runs, args.instructions)
        return 0
    if args.lab:
        from tests.lab.netns import WAN_IP, Lab, Scenario, lab_unavailable

        if reason := lab_unavailable():
            print(f"lab unavailable: {reason}", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory() as tmp, Lab(Scenario("startup"), Path(tmp)) as lab:
            inner = [sys.executable, "-m", "tests.bench.startup_bench", "--runs", str(args.runs)]
            if args.instructions:
                inner.append("--instructions")
            res = lab.ns(lab.lan, *inner, "--inner", WAN_IP, "5080", check=False)
            print(res.stdout, end="")
            print(res.stderr, end="", file=sys.stderr)
            return res.returncode
    from tests.helpers import running_reflector

    with running_reflector() as r:
        measure(f"127.0.0.1:{r.sip_port}", str(r.control_port), args.runs, args.instructions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
