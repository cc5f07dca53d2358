"""Lab benchmark and repeatability run (root; network namespaces).

    .venv/bin/python -m tests.bench.lab_bench [--runs 20] [--scenarios clean,alg-udp,...]

For every scenario it builds fresh namespaces ``--runs`` times, runs the real
``sipalg probe --json`` inside the LAN namespace, checks the verdict against
the expected one, and prints the count of wrong verdicts and the median/max
whole-process time to verdict (measured around the process, so Python start-up
and imports are included). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from tests.lab.netns import WAN_IP, Lab, Scenario, kamailio_unavailable, lab_unavailable

SCENARIOS: dict[str, tuple[Scenario, list[str], str]] = {
    "clean": (Scenario("clean"), ["--reflector", WAN_IP], "no_alg_detected"),
    "alg-udp": (Scenario("alg-udp", alg_udp=True), ["--reflector", WAN_IP], "alg_detected"),
    "alg-tcp": (Scenario("alg-tcp", alg_tcp=True), ["--reflector", WAN_IP], "alg_detected"),
    "alg-both": (
        Scenario("alg-both", alg_udp=True, alg_tcp=True),
        ["--reflector", WAN_IP],
        "alg_detected",
    ),
    "random-nat": (
        Scenario("random-nat", nat_random=True),
        ["--reflector", WAN_IP],
        "no_alg_detected",
    ),
    "blocked": (
        Scenario("blocked", block_sip=True),
        ["--reflector", WAN_IP, "--timeout", "3"],
        "sip_blocked",
    ),
    "server-down": (Scenario("down", server=None), ["--reflector", WAN_IP], "inconclusive"),
    "loss25-clean": (Scenario("loss", loss_percent=25), ["--reflector", WAN_IP], "no_alg_detected"),
    "loss25-alg": (
        Scenario("loss-alg", alg_udp=True, alg_tcp=True, loss_percent=25),
        ["--reflector", WAN_IP],
        "alg_detected",
    ),
    "provider-clean": (
        Scenario("prov", server="kamailio"),
        ["--sip-server", WAN_IP, "--transport", "both"],
        "no_alg_detected",
    ),
    "provider-alg": (
        Scenario("prov-alg", alg_udp=True, alg_tcp=True, server="kamailio"),
        ["--sip-server", WAN_IP, "--transport", "both"],
        "alg_detected",
    ),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--scenarios", default=",".join(SCENARIOS))
    ap.add_argument(
        "--alg-only",
        action="store_true",
        help="time the ALG verdict alone (--no-router --no-stun); the default "
        "times the whole quick set (ALG + NAT + router identification)",
    )
    args = ap.parse_args()
    if reason := lab_unavailable():
        print(f"lab unavailable: {reason}", file=sys.stderr)
        return 2
    names = [n for n in args.scenarios.split(",") if n]
    what = "ALG verdict only" if args.alg_only else "quick set (ALG + NAT + router)"
    print(f"timing: whole `sipalg probe` process, {what}")
    print(f"{'scenario':<16} {'runs':>4} {'wrong':>5} {'median s':>9} {'max s':>7}  verdicts")
    total_wrong = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            scenario, probe_args, expected = SCENARIOS[name]
            if scenario.server == "kamailio" and kamailio_unavailable():
                print(f"{name:<16} skipped: {kamailio_unavailable()}")
                continue
            times: list[float] = []
            seen: dict[str, int] = {}
            wrong = 0
            for _ in range(args.runs):
                with Lab(scenario, Path(tmp)) as lab:
                    extra = ("--no-router", "--no-stun") if args.alg_only else ()
                    res, elapsed = lab.sipalg("probe", "--json", *probe_args, *extra)
                verdict = json.loads(res.stdout)["verdict"] if res.returncode == 0 else "error"
                seen[verdict] = seen.get(verdict, 0) + 1
                wrong += verdict != expected
                times.append(elapsed)
            total_wrong += wrong
            print(
                f"{name:<16} {args.runs:>4} {wrong:>5} {statistics.median(times):>9.3f} "
                f"{max(times):>7.3f}  {seen}"
            )
    print(f"wrong verdicts in total: {total_wrong}")
    return 0 if total_wrong == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
