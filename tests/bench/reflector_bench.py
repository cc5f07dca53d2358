"""Reflector benchmark on loopback: throughput with metrics on, amplification, soak.

    .venv/bin/python -m tests.bench.reflector_bench [--seconds 10] [--window 64]
    .venv/bin/python -m tests.bench.reflector_bench --soak 300     # 5-minute soak
    .venv/bin/python -m tests.bench.reflector_bench --no-metrics   # metrics off
    .venv/bin/python -m tests.bench.reflector_bench --profile /tmp/r.prof

Starts the real ``sipalg reflector`` as a separate process on 127.0.0.1 (rate
limit off, as a benchmark from one source address would otherwise measure the
limiter; Prometheus metrics on unless ``--no-metrics``), and then:

* **throughput**: fires realistic probe requests (INVITE with SDP, REGISTER,
  OPTIONS; each with a fresh Call-ID) over UDP with ``--window`` requests in
  flight and reports answered probes per second, the reflector's peak memory
  and bytes out / bytes in. A request unanswered after 0.2 s counts as lost
  and frees its slot (before, each loss shrank the window for good, so a few
  drops under load collapsed the rate). At the end it scrapes ``/metrics``
  and checks that the reflector counted what the client saw answered.
* **soak** (``--soak SECONDS``): a bounded mix at ``--soak-rate`` messages
  per second (default 2,000) for that long: valid probes over UDP and TCP,
  random garbage, oversized datagrams, half-sent TCP messages left open, and
  call-back requests. It prints the reflector's resident memory (VmRSS) at
  the start, the middle and the end, and stops by itself. Loopback only.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import selectors
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from app.probes.messages import METHODS, Endpoint, build_probe
from tests.helpers import free_port, reflector_command

LOST_AFTER = 0.2  # seconds without an answer before a request's slot is reused


def proc_status_mib(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (from /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def scrape(port: int) -> dict[str, float]:
    """Sum of each sample name in /metrics (labels summed over)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    out: dict[str, float] = collections.defaultdict(float)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            out[name.split("{", 1)[0]] += float(value)
    return out


def start_reflector(args: argparse.Namespace) -> tuple[subprocess.Popen[bytes], int, int, int]:
    port, ctl, metrics = free_port(), free_port(), free_port()
    extra = ["--rate", "0", "--log-level", args.log_level, "--stun-port", "0"]
    if args.metrics:
        extra += ["--metrics", f"127.0.0.1:{metrics}"]
    cmd = reflector_command(port, ctl, *extra)
    if args.profile:
        cmd[1:1] = ["-m", "cProfile", "-o", args.profile]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    return proc, port, ctl, metrics


def wait_ready(sock: socket.socket, port: int, wire: bytes) -> None:
    sock.settimeout(0.2)
    deadline = time.monotonic() + 15
    while True:
        sock.sendto(wire, ("127.0.0.1", port))
        try:
            sock.recv(65536)
            return
        except TimeoutError:
            if time.monotonic() > deadline:
                raise SystemExit("reflector did not start") from None


def throughput(
    args: argparse.Namespace, proc: subprocess.Popen[bytes], port: int, mport: int
) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    sock.bind(("127.0.0.1", 0))
    local = Endpoint("127.0.0.1", sock.getsockname()[1])
    rng = random.Random(1)
    wires = [
        build_probe(
            m, local=local, remote=Endpoint("127.0.0.1", port), transport="udp", rng=rng
        ).wire
        for _ in range(300)
        for m in METHODS
    ]
    wait_ready(sock, port, wires[2])
    ratios = {}
    for m, wire in zip(METHODS, wires[:3], strict=True):
        sock.sendto(wire, ("127.0.0.1", port))
        ratios[m] = (len(wire), len(sock.recv(65536)))
    before = scrape(mport) if args.metrics else {}
    sock.setblocking(False)
    sel = selectors.DefaultSelector()
    sel.register(sock, selectors.EVENT_READ)
    sent = answered = lost = 0
    bytes_in = bytes_out = 0
    in_flight: collections.deque[float] = collections.deque()  # send times, oldest first
    cpu_start = cpu_seconds(proc.pid)
    start = time.perf_counter()
    end = start + args.seconds
    i = 0
    while (now := time.perf_counter()) < end:
        while in_flight and now - in_flight[0] > LOST_AFTER:
            in_flight.popleft()
            lost += 1
        while len(in_flight) < args.window:
            wire = wires[i % len(wires)]
            i += 1
            try:
                sock.sendto(wire, ("127.0.0.1", port))
            except BlockingIOError:
                break
            sent += 1
            bytes_out += len(wire)
            in_flight.append(now)
        for _ in sel.select(timeout=0.05):
            while True:
                try:
                    data = sock.recv(65536)
                except BlockingIOError:
                    break
                answered += 1
                bytes_in += len(data)
                if in_flight:
                    in_flight.popleft()
    elapsed = time.perf_counter() - start
    cpu = cpu_seconds(proc.pid) - cpu_start
    rss = proc_status_mib(proc.pid, "VmHWM")
    print(f"reflector log level: {args.log_level}; metrics {'on' if args.metrics else 'off'}")
    print(
        f"probes answered: {answered} of {sent} sent in {elapsed:.2f} s "
        f"-> {answered / elapsed:,.0f} probes/s ({lost} counted lost after {LOST_AFTER} s)"
    )
    # The load generator shares the machine; the reflector's own CPU time per
    # answer says what one core running only the reflector would sustain.
    print(
        f"reflector CPU: {cpu:.2f} s for {answered} answers = {1e6 * cpu / max(answered, 1):.0f} "
        f"us per probe -> {answered / max(cpu, 1e-9):,.0f} probes per CPU-second "
        f"(it had {100 * cpu / elapsed:.0f} % of a core)"
    )
    print(f"reflector peak memory (VmHWM): {rss:.1f} MiB")
    for m, (a, b) in ratios.items():
        print(f"amplification {m:<8}: {a} bytes in -> {b} bytes out = {b / a:.2f}x")
    smallest = min(ratios.items(), key=lambda kv: kv[1][0])
    print(
        f"minimal probe ({smallest[0]}): bytes-out/bytes-in = {smallest[1][1] / smallest[1][0]:.2f}"
    )
    print(f"whole run: bytes-out/bytes-in = {bytes_in / max(bytes_out, 1):.2f}")
    if args.metrics:
        time.sleep(0.3)  # late answers still in flight reach the counters
        after = scrape(mport)
        counted = after["sipalg_reflector_probes_answered_total"] - before.get(
            "sipalg_reflector_probes_answered_total", 0
        )
        print(f"metrics: reflector counted {counted:,.0f} answered (client saw {answered:,})")
        if counted < answered:
            raise SystemExit("the metrics counted fewer answers than the client received")


def soak(args: argparse.Namespace, proc: subprocess.Popen[bytes], port: int, mport: int) -> None:
    rng = random.Random(7)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)
    udp.bind(("127.0.0.1", 0))
    udp_local = Endpoint("127.0.0.1", udp.getsockname()[1])
    remote = Endpoint("127.0.0.1", port)
    valid = [
        build_probe(m, local=udp_local, remote=remote, transport="udp", rng=rng).wire
        for _ in range(100)
        for m in METHODS
    ]
    tcp_valid = [
        build_probe(m, local=udp_local, remote=remote, transport="tcp", rng=rng).wire
        for _ in range(30)
        for m in METHODS
    ]
    wait_ready(udp, port, valid[2])
    udp.setblocking(False)
    kinds = collections.Counter[str]()
    seconds = args.soak
    # start, middle and end, and a sample every 30 s between (the curve shows
    # warm-up apart from growth)
    marks = {"start": 0.0, "middle": seconds / 2, "end": seconds}
    marks.update({f"{t} s": float(t) for t in range(30, int(seconds), 30) if t != seconds / 2})
    marks = dict(sorted(marks.items(), key=lambda kv: kv[1]))
    rss: dict[str, tuple[float, float]] = {}
    open_tcp: collections.deque[socket.socket] = collections.deque()
    start = time.monotonic()
    next_mark = iter(marks.items())
    mark_name, mark_at = next(next_mark)
    period = 1.0 / args.soak_rate
    n = 0
    try:
        while True:
            now = time.monotonic() - start
            if now >= mark_at:
                rss[mark_name] = (proc_status_mib(proc.pid, "VmRSS"), now)
                fds = len(os.listdir(f"/proc/{proc.pid}/fd"))
                print(
                    f"  {mark_name:<6} t={now:6.1f} s  VmRSS {rss[mark_name][0]:.1f} MiB  "
                    f"open files {fds}",
                    flush=True,
                )
                if mark_name == "end":
                    break
                mark_name, mark_at = next(next_mark)
            # pace: n messages by now at the target rate (bounded load, not a flood)
            due = n * period
            if due > now:
                time.sleep(min(due - now, 0.01))
                continue
            n += 1
            roll = rng.random()
            try:
                if roll < 0.55:
                    udp.sendto(valid[n % len(valid)], ("127.0.0.1", port))
                    kinds["udp valid"] += 1
                elif roll < 0.75:
                    udp.sendto(rng.randbytes(rng.randrange(0, 1400)), ("127.0.0.1", port))
                    kinds["udp garbage"] += 1
                elif roll < 0.80:
                    udp.sendto(b"x" * rng.randrange(17_000, 60_000), ("127.0.0.1", port))
                    kinds["udp oversized"] += 1
                elif roll < 0.83:
                    cb = valid[2].replace(
                        b"Content-Length:", b"X-SIPALG-Call-Back: 1\r\nContent-Length:", 1
                    )
                    udp.sendto(cb, ("127.0.0.1", port))
                    kinds["udp call-back request"] += 1
                elif roll < 0.95:
                    with socket.create_connection(("127.0.0.1", port), timeout=2) as c:
                        c.sendall(tcp_valid[n % len(tcp_valid)])
                        c.recv(65536)
                    kinds["tcp valid"] += 1
                elif roll < 0.98:
                    with socket.create_connection(("127.0.0.1", port), timeout=2) as c:
                        c.sendall(rng.randbytes(rng.randrange(1, 3000)) + b"\r\n\r\n")
                    kinds["tcp garbage"] += 1
                else:
                    # half a message, left open: the reflector's deadlines must close it
                    c = socket.create_connection(("127.0.0.1", port), timeout=2)
                    c.sendall(tcp_valid[0][:60])
                    open_tcp.append(c)
                    kinds["tcp half-sent, left open"] += 1
                    while len(open_tcp) > 12:  # stay under the per-source cap (16)
                        open_tcp.popleft().close()
            except (BlockingIOError, ConnectionError, TimeoutError):
                kinds["send failed or no answer"] += 1
            while True:  # drain answers so our own buffer never fills
                try:
                    udp.recv(65536)
                    kinds["udp answers received"] += 1
                except BlockingIOError:
                    break
    finally:
        for c in open_tcp:
            c.close()
    elapsed = time.monotonic() - start
    print(f"soak: {n:,} messages in {elapsed:.0f} s ({n / elapsed:,.0f}/s):")
    for kind, count in sorted(kinds.items()):
        print(f"  {kind:<28} {count:>9,}")
    growth = rss["end"][0] - rss["start"][0]
    print(
        f"VmRSS start {rss['start'][0]:.1f} MiB, middle {rss['middle'][0]:.1f} MiB, "
        f"end {rss['end'][0]:.1f} MiB (end - start {growth:+.1f} MiB; "
        f"end - middle {rss['end'][0] - rss['middle'][0]:+.1f} MiB)"
    )
    if args.metrics:
        m = scrape(mport)
        print(
            "metrics: answered {:,.0f}, ignored {:,.0f}, dropped {:,.0f}, internal errors {:,.0f}, "
            "call-backs sent {:,.0f}".format(
                m["sipalg_reflector_probes_answered_total"],
                m["sipalg_reflector_probes_ignored_total"],
                m["sipalg_reflector_dropped_total"],
                scrape_internal(mport),
                m["sipalg_reflector_callbacks_sent_total"],
            )
        )


def scrape_internal(port: int) -> float:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        for line in resp.read().decode().splitlines():
            if line.startswith('sipalg_reflector_errors_total{kind="internal"}'):
                return float(line.rpartition(" ")[2])
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--window", type=int, default=64)
    ap.add_argument("--log-level", default="warning")
    ap.add_argument("--no-metrics", dest="metrics", action="store_false")
    ap.add_argument("--profile", metavar="FILE", help="run the reflector under cProfile")
    ap.add_argument("--soak", type=float, metavar="SECONDS", help="soak instead of throughput")
    ap.add_argument("--soak-rate", type=float, default=2000.0, metavar="MSG_PER_S")
    args = ap.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("reads the reflector's memory from /proc: Linux only")
    proc, port, _, mport = start_reflector(args)
    try:
        if args.soak:
            soak(args, proc, port, mport)
        else:
            throughput(args, proc, port, mport)
    finally:
        proc.send_signal(signal.SIGTERM)  # a clean exit, so --profile gets written
        if proc.wait(15) != 0:
            print(f"reflector exit status {proc.returncode}", file=sys.stderr)
    if args.profile:
        print(f"profile written to {args.profile} (python -m pstats {args.profile})")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
