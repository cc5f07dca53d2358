"""How many concurrent test calls one reflector carries, on loopback.

    .venv/bin/python -m tests.bench.call_capacity_bench [--calls 50,100,200] [--beyond]
        [--seconds 5] [--per-process 50] [--profile /tmp/calls.prof]

Starts the real ``sipalg reflector`` as its own process on 127.0.0.1 (rate
limit off and the call caps raised, since every call comes from the one
loopback address: ``--rate 0 --max-calls ... --max-calls-per-source ...``).
For each N it places N concurrent test calls with the client's own code
(the coroutine ``app.probes.call.place_call`` runs: INVITE with SDP,
100/180/200, ACK, RTP every 20 ms both ways for ``--seconds``, BYE with the far
end's report), many on one event loop per client process,
``ceil(N / --per-process)`` processes, starts spread over the first second as
real calls would be. ``--beyond`` keeps doubling N
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
import asyncio
import json
import math
import os
import resource
import statistics
import subprocess
import sys
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
    duration: float = 0.0  # the whole call, INVITE to the BYE's answer


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


def _figures(rec: Any) -> CallFigures:
    from app.probes.call import PATH_LATCHED, PATH_SDP

    rep = rec.report
    return CallFigures(
        established=rec.established,
        reported=rep is not None,
        error=rec.error or rec.report_error,
        sent=rec.sent,
        far_received=rep.reception.received if rep else 0,
        far_sent_latched=rep.to_source.sent if rep else 0,
        far_sent_sdp=rep.to_sdp.sent if rep else 0,
        got_latched=len(rec.arrivals.get(PATH_LATCHED, ())),
        got_sdp=len(rec.arrivals.get(PATH_SDP, ())),
        duration=rec.duration,
    )


async def _calls(port: int, calls: int, seconds: int) -> list[CallFigures]:
    """``calls`` test calls on one event loop, starts spread over the first second.

    The client's own call coroutine (what ``place_call`` runs), many at once in
    one loop: a thread per call, each with its loop, spent most of the callers'
    CPU on switching between threads, and starved callers send late.
    """
    from app.probes.call import SETUP_TIMEOUT, _call, _State

    loop = asyncio.get_running_loop()

    async def one(delay: float) -> CallFigures:
        await asyncio.sleep(delay)
        st = _State(("127.0.0.1", port), seconds)
        started = loop.time()
        try:
            await _call(st, "127.0.0.1", port, setup_timeout=SETUP_TIMEOUT, t1=0.5)
        except OSError as exc:
            st.error = f"the network refused the test call: {exc}"
        return _figures(st.record(loop.time() - started))

    return list(await asyncio.gather(*(one(i / calls) for i in range(calls))))


def client_main(port: int, calls: int, seconds: int) -> None:
    """Say "ready", wait for "go" on stdin, place ``calls`` calls; print figures as JSON.

    Every client imports first and all start together: a client still importing
    (half a second of CPU each) would starve the others' calls already running.
    """
    import app.probes.call  # noqa: F401

    print("ready", flush=True)
    sys.stdin.readline()
    cpu0 = time.process_time()
    out = asyncio.run(_calls(port, calls, seconds))
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
    clients = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bench.call_capacity_bench",
                "--client",
                f"{port},{share},{seconds}",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for share in shares
    ]
    for c in clients:
        assert c.stdout is not None and c.stdout.readline().strip() == "ready"
    for c in clients:
        assert c.stdin is not None
        c.stdin.write("go\n")
        c.stdin.flush()
    cpu0, wall0 = cpu_seconds(pid), time.monotonic()
    peak_rss = 0
    samples: list[tuple[float, float]] = []  # (wall, CPU) every 0.25 s
    while any(c.poll() is None for c in clients):
        peak_rss = max(peak_rss, proc_kib(pid, "VmRSS"))
        samples.append((time.monotonic(), cpu_seconds(pid)))
        time.sleep(0.25)
    # the busiest second: what the media phase asks of the reflector at its peak
    peak_share = max(
        (
            (c2 - c1) / (w2 - w1)
            for (w1, c1), (w2, c2) in zip(samples, samples[4:], strict=False)
            if w2 > w1
        ),
        default=0.0,
    )
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
        "reflector_peak_share": peak_share,
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

    took = sorted(c.duration for c in done) or [0.0]
    print(
        f"N = {n}: {len(done)} of {n} calls completed ({load}); a call took "
        f"{statistics.median(took):.1f} s median, {took[-1]:.1f} s at most "
        f"({seconds} s of audio: much longer means starved callers)"
    )
    print(f"  caller -> reflector loss per call: {spread(up)}")
    print(f"  reflector -> caller (latched) loss per call: {spread(down)}")
    print(f"  reflector -> caller (SDP address) loss per call: {spread(sdp)}")
    print(f"  reflector shortfall (owed, not sent) per call: {spread(short)}")
    print(
        f"  reflector CPU {100 * fig['reflector_cpu_share']:.0f} % of a core "
        f"(busiest second {100 * fig['reflector_peak_share']:.0f} %) "
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
    ap.add_argument(
        "--nice",
        type=int,
        default=0,
        help="the reflector's scheduling priority (e.g. -10, as root): on a shared machine, "
        "gives it the core a host of its own would (default 0)",
    )
    ap.add_argument("--client", help=argparse.SUPPRESS)
    args = ap.parse_args()
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # 2 sockets per call per side
    if args.client:
        port, calls, seconds = args.client.split(",")
        client_main(int(port), int(calls), int(seconds))
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
    if args.nice:
        os.setpriority(os.PRIO_PROCESS, reflector.pid, args.nice)
    try:
        wait_ready(port)
        print(
            f"reflector pid {reflector.pid} (nice {args.nice}); {args.seconds} s of audio "
            f"per call; loopback; {os.cpu_count()} CPUs"
        )
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
