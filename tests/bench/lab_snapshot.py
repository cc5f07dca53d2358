"""Behaviour snapshots of the lab scenarios (root; network namespaces).

    .venv/bin/python -m tests.bench.lab_snapshot --out DIR        # record
    .venv/bin/python -m tests.bench.lab_snapshot --compare DIR    # record again, diff

A refactoring must not change what a user sees. This runs every
deterministic lab scenario of :mod:`tests.bench.lab_bench` (the random-loss
ones are left out: their attempt counts differ run to run) with the real
``sipalg probe --json`` and the text report, and strips what legitimately
varies between runs: timings, ephemeral ports, and the random Call-IDs,
branches, tags and media ports the probes generate. What is left (verdicts,
statuses, every modification, notes, findings, advice, NAT and router
sections) must be identical before and after a change.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.bench.lab_bench import SCENARIOS
from tests.lab.netns import Lab, kamailio_unavailable, lab_unavailable

DETERMINISTIC = [n for n in SCENARIOS if not n.startswith("loss")]
_TIMING_KEYS = {"rtt_ms", "duration_s", "timings", "elapsed_s"}
_VARIABLE = [
    (re.compile(r"z9hG4bK[\w.!%*+`'~-]+"), "z9hG4bK*"),
    (re.compile(r"(tag=)[\w.!%*+`'~-]+"), r"\1*"),
    (re.compile(r"\b[0-9a-f]{16,}(@[\w.-]+)?"), "ID"),
    (re.compile(r"(m=audio )\d+"), r"\1N"),
    (re.compile(r"(a=rtcp:)\d+"), r"\1N"),
    (re.compile(r"(o=\S+ |\"- )\d+ \d+"), r"\1N N"),
    (re.compile(r"sipalg-[a-z0-9]{6}"), "sipalg-USER"),
    (re.compile(r"(?<![\d.])(?!(?:5060|5080|3478|3479)\b)([1-6]\d{4})\b"), "PORT"),
    (re.compile(r"(\d+\.\d+\.\d+\.\d+):(?!(?:5060|5080|3478|3479)\b)\d{1,5}\b"), r"\1:PORT"),
    (re.compile(r"\b\d+(\.\d+)? ?(ms|s)\b"), "T"),
    (re.compile(r"\b[0-9a-f]{2}(:[0-9a-f]{2}){5}\b"), "MAC"),  # veth addresses are random
]


def _sorted(value: Any) -> Any:
    """Lists in a canonical order: probes finish concurrently, in any order."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_sorted(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def canonical(body: str) -> list[str]:
    """A recorded scenario in a form that does not depend on the order of events."""
    body = normalise(body)
    doc, _, text = body.partition("\n---\n")
    ordered = json.dumps(_sorted(json.loads(doc)), indent=1, sort_keys=True).splitlines()
    return [*ordered, "---", *sorted(text.splitlines())]


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in _TIMING_KEYS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def normalise(text: str) -> str:
    for pattern, repl in _VARIABLE:
        text = pattern.sub(repl, text)
    return text


def record(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in DETERMINISTIC:
            scenario, probe_args, _ = SCENARIOS[name]
            if scenario.server == "kamailio" and kamailio_unavailable():
                print(f"{name}: skipped ({kamailio_unavailable()})", file=sys.stderr)
                continue
            with Lab(scenario, Path(tmp)) as lab:
                res, _ = lab.sipalg("probe", "--json", *probe_args)
                doc = _strip(json.loads(res.stdout))
                text, _ = lab.sipalg("probe", *probe_args)
            body = json.dumps(doc, indent=1, sort_keys=True) + "\n---\n" + text.stdout
            (out / f"{name}.txt").write_text(normalise(body), encoding="utf-8")
            print(f"{name}: {doc['verdict']}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path)
    group.add_argument("--compare", type=Path)
    args = ap.parse_args()
    if reason := lab_unavailable():
        print(f"lab unavailable: {reason}", file=sys.stderr)
        return 2
    if args.out:
        record(args.out)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        now = Path(tmp)
        record(now)
        differences = 0
        for before in sorted(args.compare.glob("*.txt")):
            after = now / before.name
            a = canonical(before.read_text(encoding="utf-8"))
            b = canonical(after.read_text(encoding="utf-8")) if after.exists() else []
            diff = list(difflib.unified_diff(a, b, str(before), str(after), lineterm=""))
            differences += bool(diff)
            print("\n".join(diff) if diff else f"{before.stem}: identical")
    print(f"scenarios that differ: {differences}")
    return 1 if differences else 0


if __name__ == "__main__":
    raise SystemExit(main())
