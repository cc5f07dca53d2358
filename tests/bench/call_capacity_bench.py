"""How many concurrent test calls one reflector carries, on loopback.

    .venv/bin/python -m tests.bench.call_capacity_bench [--calls 50,100,200] [--beyond]
        [--seconds 5] [--per-process 50] [--profile /tmp/calls.prof]

Starts the real ``sipalg reflector`` as its own process on 127.0.0.1 (rate
limit off and the call caps raised, since every call comes from the one
loopback address: ``--rate 0 --max-calls ... --max-calls-per-source ...``).
For each N it places N concurrent test calls with the client's own code
(``app.probes.call.place_call``: INVITE with SDP, 100/180/200, ACK, RTP every
20 ms both ways for ``--seconds``, BYE with the far end's report), each in its
own thread, from ``ceil(N / --per-process)`` client processes, starts spread
over the first second as real calls would be. ``--beyond`` keeps doubling N
past the last step until calls fail or lose audio.

Per step it prints: calls completed (200, report received), media loss per
call on each leg (caller -> reflector counted by the reflector; reflector ->
caller on the latched path counted by the caller; the reflector's shortfall,
packets it owed but did not send), the reflector's CPU (share of one core over
the step) and memory (peak resident set), and the clients' CPU, because on a
small machine the callers, not the reflector, may run out first.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tests.helpers import free_port, reflector_command


@dataclass
class CallFigures:
    """One call, reduced to what the capacity question needs."""

    established: bool
    reported: bool
    error: str | None
    sent: int  # RTP packets the caller sent
    far_received: int  # of those, what the reflector counted
    far_sent_latched: int  # what the reflector sent back to the caller's RTP source
    far_sent_sdp: int  # ... and to the address our SDP named (loopback: the same socket)
    got_latched: int  # what arrived back on each path
    got_sdp: int
    setup_s: float | None = None


PROFILED = """
import cProfile, runpy, sys, time
out = sys.argv.pop(1)
profile = cProfile.Profile(time.process_time)
profile.enable()
try:
    runpy.run_module("app.cli.main", run_name="__main__")
finally:
    profile.disable()
    profile.dump_stats(out)
"""


# --- client process ------------------------------------------------------------------


def _one_call(port: int, seconds: int, delay: float, out: list[CallFigures]) -> None:
    from app.probes.call import PATH_LATCHED, PATH_SDP, place_call
    from app.probes.target import Target

    time.sleep(delay)
    rec = place_call(Target("127.0.0.1", port), seconds)
    rep = rec.report
    out.append(
        CallFigures(
            established=rec.established,
            reported=rep is not None,
            error=rec.error or rec.report_error,
            sent=rec.sent,
            far_received=rep.reception.received if rep else 0,
            far_sent_latched=rep.to_source.sent if rep else 0,
            far_sent_sdp=rep.to_sdp.sent if rep else 0,
            got_latched=len(rec.arrivals.get(PATH_LATCHED, ())),
            got_sdp=len(rec.arrivals.get(PATH_SDP, ())),
        )
    )


def client_main(port: int, calls: int, seconds: int, start_at: float) -> None:
    """Place ``calls`` calls at once (one thread each); print their figures as JSON."""
    import app.probes.call  # noqa: F401  # import before the clock starts

    time.sleep(max(0.0, start_at - time.time()))
    out: list[CallFigures] = []
    threads = [
        threading.Thread(target=_one_call, args=(port, seconds, i / calls, out), daemon=True)
        for i in range(calls)
    ]
    cpu0 = time.process_time()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    doc = {"calls": [asdict(c) for c in out], "cpu": time.process_time() - cpu0}
    print(json.dumps(doc))


# --- the bench ---------------------------------------------------------------------


def proc_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_ready(port: int) -> None:
    from app.reflector.health import check

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if all(r.problem is None for r in check("127.0.0.1", port, ("udp",), 1.0)):
            return
    raise SystemExit("the reflector did not start")


def loss(lost: int, of: int) -> float:
    return 100.0 * max(0, lost) / of if of else 100.0


def run_step(
    pid: int, port: int, n: int, seconds: int, per_process: int
) -> tuple[list[CallFigures], dict[str, float]]:
    procs_n = math.ceil(n / per_process)
    shares = [n // procs_n + (1 if i < n % procs_n else 0) for i in range(procs_n)]
    start_at = time.time() + 2.0  # every client imported and waiting
    clients = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bench.call_capacity_bench",
                "--client",
                f"{port},{share},{seconds},{start_at}",
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for share in shares
    ]
    time.sleep(max(0.0, start_at - time.time()))
    cpu0, wall0 = cpu_seconds(pid), time.monotonic()
    peak_rss = 0
    while any(c.poll() is None for c in clients):
        peak_rss = max(peak_rss, proc_kib(pid, "VmRSS"))
        time.sleep(0.25)
    cpu, wall = cpu_seconds(pid) - cpu0, time.monotonic() - wall0
    calls: list[CallFigures] = []
    client_cpu = 0.0
    for c in clients:
        out, _ = c.communicate()
        doc: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        calls += [CallFigures(**x) for x in doc["calls"]]
        client_cpu += float(doc["cpu"])
    figures = {
        "reflector_cpu_share": cpu / wall,
        "reflector_cpu_s": cpu,
        "wall_s": wall,
        "peak_rss_mib": peak_rss / 1024,
        "client_cpu_share": client_cpu / wall,
    }
    return calls, figures


def describe(
    n: int, seconds: int, calls: list[CallFigures], fig: dict[str, float], load: str
) -> bool:
    """Print one step; True when every call completed without loss."""
    done = [c for c in calls if c.established and c.reported]
    up = [loss(c.sent - c.far_received, c.sent) for c in done]
    down = [loss(c.far_sent_latched - c.got_latched, c.far_sent_latched) for c in done]
    sdp = [loss(c.far_sent_sdp - c.got_sdp, c.far_sent_sdp) for c in done]
    short = [loss(c.far_received - c.far_sent_latched, c.far_received) for c in done]
    packets = sum(c.sent + c.far_sent_latched + c.far_sent_sdp for c in done)
    errors = sorted({c.error for c in calls if c.error})

    def spread(values: list[float]) -> str:
        if not values:
            return "n/a"
        return f"median {statistics.median(values):.2f} %, worst {max(values):.2f} %"

    print(f"N = {n}: {len(done)} of {n} calls completed ({load})")
    print(f"  caller -> reflector loss per call: {spread(up)}")
    print(f"  reflector -> caller (latched) loss per call: {spread(down)}")
    print(f"  reflector -> caller (SDP address) loss per call: {spread(sdp)}")
    print(f"  reflector shortfall (owed, not sent) per call: {spread(short)}")
    print(
        f"  reflector CPU {100 * fig['reflector_cpu_share']:.0f} % of a core "
        f"({fig['reflector_cpu_s']:.1f} s over {fig['wall_s']:.1f} s; "
        f"{1e6 * fig['reflector_cpu_s'] / max(packets, 1):.0f} us per RTP packet in or out), "
        f"peak memory {fig['peak_rss_mib']:.1f} MiB; "
        f"callers' CPU {100 * fig['client_cpu_share']:.0f} % of a core"
    )
    per_call_s = fig["reflector_cpu_s"] / max(1, len(done) * seconds)
    print(
        f"  reflector CPU per call in progress: {1000 * per_call_s:.1f} ms per second of call "
        f"(set-up and hang-up included) -> one core would carry about {1 / per_call_s:.0f}"
    )
    for e in errors[:5]:
        print(f"  error: {e}")
    worst = max([*up, *down, *short], default=100.0)
    return len(done) == n and worst == 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--calls", default="50,100,200", help="comma-separated N (default 50,100,200)")
    ap.add_argument("--beyond", action="store_true", help="then double N until it breaks")
    ap.add_argument("--max", type=int, default=1600, help="stop --beyond here (default 1600)")
    ap.add_argument("--seconds", type=int, default=5, help="audio per call (default 5)")
    ap.add_argument("--per-process", type=int, default=50, help="calls per client process")
    ap.add_argument("--profile", metavar="FILE", help="run the reflector under cProfile")
    ap.add_argument("--client", help=argparse.SUPPRESS)
    args = ap.parse_args()
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # 2 sockets per call per side
    if args.client:
        port, calls, seconds, start_at = args.client.split(",")
        client_main(int(port), int(calls), int(seconds), float(start_at))
        return 0
    steps = [int(x) for x in args.calls.split(",")]
    cap = max(*steps, args.max) + 10
    port, ctl = free_port(), free_port()
    cmd = reflector_command(
        port,
        ctl,
        "--stun-port",
        "0",
        "--rate",
        "0",
        "--log-level",
        "warning",
        "--max-calls",
        str(cap),
        "--max-calls-per-source",
        str(cap),
    )
    if args.profile:  # CPU time, not wall time: on a shared machine waiting is not cost
        cmd[1:3] = ["-c", PROFILED, args.profile]
    reflector = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    try:
        wait_ready(port)
        print(f"reflector pid {reflector.pid}; {args.seconds} s of audio per call; loopback")
        n_i = 0
        while n_i < len(steps):
            n = steps[n_i]
            load = "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
            calls, fig = run_step(reflector.pid, port, n, args.seconds, args.per_process)
            clean = describe(n, args.seconds, calls, fig, load)
            if args.beyond and n_i == len(steps) - 1 and clean and n * 2 <= args.max:
                steps.append(n * 2)
            n_i += 1
            time.sleep(2.0)  # the last calls' linger timers expire
        hwm = proc_kib(reflector.pid, "VmHWM") / 1024
        print(f"reflector peak memory over the run (VmHWM): {hwm:.1f} MiB")
    finally:
        reflector.terminate()
        reflector.wait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
