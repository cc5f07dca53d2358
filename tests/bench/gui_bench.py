"""Wizard cold start: process start to first window, measured from outside.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.gui_bench [--runs 10] [-- CMD...]

Runs ``sipalg wizard`` (or the given command, e.g. the frozen app) with
SIPALG_SMOKE_TEST=1, which makes the app print the moment its window is shown
and exit; prints the median and max of (shown - launched). The GUI stall while
probes run is measured by tests/ui/test_wizard.py::test_gui_stays_responsive_
while_real_probes_run (run pytest with -s to see the number).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("cmd", nargs="*")
    args = ap.parse_args()
    cmd = args.cmd or [sys.executable, "-m", "app.cli.main", "wizard"]
    env = {**os.environ, "SIPALG_SMOKE_TEST": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    times = []
    cpu = []  # the program's own CPU time per start: what the machine's load does not change
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.time()
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=60)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        line = next(
            (ln for ln in res.stdout.splitlines() if ln.startswith("SIPALG-WINDOW-SHOWN")), None
        )
        if line is None:
            print(f"no window: rc={res.returncode} {res.stderr[-500:]}", file=sys.stderr)
            return 1
        times.append(float(line.split()[1]) - started)
    print(
        f"cold start to first window over {len(times)} runs: median "
        f"{statistics.median(times):.3f} s, max {max(times):.3f} s "
        f"({os.environ.get('QT_QPA_PLATFORM', 'offscreen')}); CPU per start (start to exit) "
        f"median {statistics.median(cpu):.3f} s; load average {os.getloadavg()[0]:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
