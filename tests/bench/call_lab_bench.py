"""Test-call accuracy and duration in the lab (root; network namespaces).

    .venv/bin/python -m tests.bench.call_lab_bench [--runs 10] [--loss 25] [--seconds 10]

Each run builds fresh namespaces with nftables dropping ``--loss`` percent of
forwarded packets at random (both directions), runs the real ``sipalg call
--json`` in the LAN namespace, and records the loss it measured on our path
(the far end's count) and on the latched return path (ours), and the
whole-process time. A last run without loss times a default call (5 s of
audio). See docs/benchmarks.md, "The test call".
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.lab.netns import WAN_IP, Lab, Scenario, lab_unavailable


def one_call(scenario: Scenario, workdir: Path, *args: str) -> tuple[dict[str, Any], float]:
    with Lab(scenario, workdir) as lb:
        res, elapsed = lb.sipalg("call", "--json", "--reflector", WAN_IP, *args, timeout=120)
    if res.returncode != 0:
        raise RuntimeError(res.stderr)
    doc: dict[str, Any] = json.loads(res.stdout)
    return doc["call"], elapsed


def loss_of(call: dict[str, Any], path: str) -> float | None:
    figures = call["paths"][path]["figures"]
    return None if figures is None else float(figures["loss_percent"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--loss", type=int, default=25)
    ap.add_argument("--seconds", type=int, default=10)
    args = ap.parse_args()
    if (why := lab_unavailable()) is not None:
        print(f"lab unavailable: {why}")
        return 1
    out: dict[str, list[float]] = {"to_far_end": [], "back_to_source": []}
    packets: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            call, elapsed = one_call(
                Scenario(f"call-loss-{i}", loss_percent=args.loss),
                Path(tmp),
                "--seconds",
                str(args.seconds),
                "--timeout",
                "10",
            )
            row = {p: loss_of(call, p) for p in out}
            for p, v in row.items():
                if v is not None:
                    out[p].append(v)
            figures = call["paths"]["back_to_source"]["figures"] or {}
            packets.append(int(figures.get("sent") or 0))
            print(f"run {i + 1}: {row}  {elapsed:.1f} s", flush=True)
        call, elapsed = one_call(Scenario("call-default"), Path(tmp))
    print(f"\nloss set to {args.loss} % each way, {args.runs} runs of {args.seconds} s")
    for p, values in out.items():
        if values:
            err = [abs(v - args.loss) for v in values]
            print(
                f"{p}: n={len(values)} mean {statistics.mean(values):.1f} % "
                f"min {min(values):.1f} max {max(values):.1f} worst error {max(err):.1f} points"
            )
    print(f"return-path packets sent per run: median {statistics.median(packets):.0f}")
    print(f"default call (5 s) without loss: {elapsed:.2f} s, duration_s {call['duration_s']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
