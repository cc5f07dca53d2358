"""Reflector benchmark on loopback: probes per second, peak memory, amplification.

    .venv/bin/python -m tests.bench.reflector_bench [--seconds 5] [--window 64]

Starts the real ``sipalg reflector`` as a separate process (rate limit off,
as a benchmark from one source address would otherwise measure the limiter),
fires realistic probe requests (INVITE with SDP, REGISTER, OPTIONS; each with
a fresh Call-ID) over UDP with ``--window`` requests in flight, and reports
answered probes per second, the reflector's peak resident memory (VmHWM) and
bytes out / bytes in, per method and for the smallest probe. See
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import selectors
import socket
import subprocess
import time
from pathlib import Path

from app.probes.messages import METHODS, Endpoint, build_probe
from tests.helpers import free_port, reflector_command


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--window", type=int, default=64)
    ap.add_argument("--log-level", default="warning")
    args = ap.parse_args()
    port, ctl = free_port(), free_port()
    proc = subprocess.Popen(
        reflector_command(port, ctl, "--rate", "0", "--log-level", args.log_level),
        stderr=subprocess.DEVNULL,
    )
    try:
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
        # wait until the reflector answers
        sock.settimeout(0.2)
        deadline = time.monotonic() + 10
        while True:
            sock.sendto(wires[2], ("127.0.0.1", port))
            try:
                sock.recv(65536)
                break
            except TimeoutError:
                if time.monotonic() > deadline:
                    raise SystemExit("reflector did not start") from None
        # amplification per method
        ratios = {}
        for m, wire in zip(METHODS, wires[:3], strict=True):
            sock.sendto(wire, ("127.0.0.1", port))
            ratios[m] = (len(wire), len(sock.recv(65536)))
        sock.setblocking(False)
        sel = selectors.DefaultSelector()
        sel.register(sock, selectors.EVENT_READ)
        sent = answered = 0
        bytes_in = bytes_out = 0
        in_flight = 0
        start = time.perf_counter()
        end = start + args.seconds
        i = 0
        while time.perf_counter() < end:
            while in_flight < args.window:
                wire = wires[i % len(wires)]
                i += 1
                try:
                    sock.sendto(wire, ("127.0.0.1", port))
                except BlockingIOError:
                    break
                sent += 1
                bytes_out += len(wire)
                in_flight += 1
            for _ in sel.select(timeout=0.05):
                while True:
                    try:
                        data = sock.recv(65536)
                    except BlockingIOError:
                        break
                    answered += 1
                    bytes_in += len(data)
                    in_flight -= 1
            if not sel.get_map() or in_flight >= args.window:
                in_flight = min(in_flight, args.window - 1)  # count losses as freed slots
        elapsed = time.perf_counter() - start
        rss = peak_rss_mib(proc.pid)
        print(f"reflector log level: {args.log_level}")
        print(
            f"probes answered: {answered} of {sent} sent in {elapsed:.2f} s "
            f"-> {answered / elapsed:,.0f} probes/s"
        )
        print(f"reflector peak memory (VmHWM): {rss:.1f} MiB")
        for m, (a, b) in ratios.items():
            print(f"amplification {m:<8}: {a} bytes in -> {b} bytes out = {b / a:.2f}x")
        smallest = min(ratios.items(), key=lambda kv: kv[1][0])
        print(
            f"minimal probe ({smallest[0]}): bytes-out/bytes-in = "
            f"{smallest[1][1] / smallest[1][0]:.2f}"
        )
        print(f"whole run: bytes-out/bytes-in = {bytes_in / max(bytes_out, 1):.2f}")
    finally:
        proc.terminate()
        proc.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
