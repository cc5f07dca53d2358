"""Worst-case timings of the code that reads hostile input.

    .venv/bin/python -m tests.bench.hostile_bench

Each row is an input built to hit a parser's or the differ's worst case (the
shapes a review found to be quadratic or cubic before they were bounded), at
the largest size the protocol limits let through. The target: every row well
under the probe's default 3 s deadline, so no peer can stall a run. Printed,
not asserted: see docs/benchmarks.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.guides.database import bundled
from app.guides.lookup import search
from app.netinfo.webui import parse_title
from app.protocols.diff import describe, diff_raw, token_diff
from app.protocols.sip import MAX_HEADER_SECTION, MAX_HEADERS, StreamFramer

TARGET_S = 0.5


def _timed(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _two_messages_of_long_similar_headers() -> tuple[bytes, bytes]:
    """As many header pairs as fit, each just under the differ's fine-diff limit, ends differing.

    Different first and last tokens defeat the common-ends shortcut, and 63
    tokens stay on the fine (difflib) path: the slowest case that remains.
    """
    per_value = ";".join(["x", *["a"] * 30, "y"])
    other = ";".join(["z", *["a", "b"] * 15, "w"])
    count = min(MAX_HEADERS - 1, (MAX_HEADER_SECTION - 100) // (len(per_value) + 12))
    start = b"SIP/2.0 200 OK\r\n"
    sent = start + b"".join(b"X-H%d: %s\r\n" % (i, per_value.encode()) for i in range(count))
    got = start + b"".join(b"X-H%d: %s\r\n" % (i, other.encode()) for i in range(count))
    tail = b"Content-Length: 0\r\n\r\n"
    return sent + tail, got + tail


def main() -> int:
    sent, got = _two_messages_of_long_similar_headers()
    long_a, long_b = ";".join(["a"] * 4000), ";".join(["a", "b"] * 2000)
    pasted = " ".join(["archer", "ax50", "router", "x"] * 1600)[:32767]  # QLineEdit's limit
    rows = [
        ("describe(): two 8 KB values of repeating tokens", lambda: describe(long_a, long_b)),
        ("token_diff(): the same pair, side by side", lambda: token_diff(long_a, long_b)),
        (
            f"diff_raw(): {MAX_HEADER_SECTION // 1024} KB header sections, every value rewritten",
            lambda: diff_raw(sent, got),
        ),
        ("StreamFramer: 64 KB of bare line ends", lambda: StreamFramer().feed(b"\n" * 65536)),
        ("parse_title(): 64 KB of unclosed <title> tags", lambda: parse_title(b"<title>" * 9400)),
        ("router search: 32 KB of words pasted into the box", lambda: search(bundled(), pasted)),
    ]
    worst = 0.0
    print(f"{'input':<62} {'seconds':>8}")
    for name, fn in rows:
        seconds = _timed(fn)
        worst = max(worst, seconds)
        print(f"{name:<62} {seconds:8.4f}")
    print(f"worst {worst:.4f} s (target < {TARGET_S} s)")
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
