"""What finding the server through DNS costs, whole process: SRV path beside a literal address.

    .venv/bin/python -m tests.bench.locate_bench [--runs 20]

Starts a real dnsmasq on a free loopback port serving ``sipalg.test`` (a
NAPTR-less domain with ``_sip._udp`` and ``_sip._tcp`` SRV records and the
targets' A records, as most providers publish), then times complete
``python -c`` processes that import the locator and call it:

* ``srv``: ``locate("sipalg.test")``: NAPTR (none), SRV udp, SRV tcp, then
  A and AAAA of each target, all over real UDP to dnsmasq, dnspython imported;
* ``literal``: ``locate("127.0.0.1")``: no DNS, dnspython never imported;
* ``probe+srv`` / ``probe+literal``: the same after importing the probe
  (``app.probes.runner``), as ``sipalg probe`` will have: what locating adds
  to a probe rather than to an empty process;
* ``bare``: ``python -c pass``, the interpreter's own start-up.

Runs alternate between the three so that machine noise hits them alike;
the median of each is printed, and the SRV path's extra cost over the
literal one, and how long the ``locate()`` call itself took inside the SRV
runs (the DNS round trips without the import). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.helpers import free_port
from tests.lab.dns import Srv, Zone, dnsmasq_config, dnsmasq_unavailable, start, stop

ZONE = Zone(
    "sipalg.test",
    hosts=(("pbx1.sipalg.test", ("127.0.0.1",)), ("pbx2.sipalg.test", ("127.0.0.2",))),
    srv=(
        Srv("_sip._udp.sipalg.test", "pbx1.sipalg.test", 5070, priority=10, weight=50),
        Srv("_sip._udp.sipalg.test", "pbx2.sipalg.test", 5070, priority=10, weight=50),
        Srv("_sip._tcp.sipalg.test", "pbx1.sipalg.test", 5070, priority=10),
    ),
)


def programs(port: int) -> dict[str, str]:
    srv = (
        "import time\n"
        "import dns.resolver\n"
        "from app.probes.locate import locate\n"
        "r = dns.resolver.Resolver(configure=False)\n"
        f"r.nameservers = ['127.0.0.1']; r.port = {port}\n"
        "t = time.perf_counter()\n"
        "c = locate('sipalg.test', resolver=r)\n"
        "print((time.perf_counter() - t) * 1000)\n"
        "assert c[0].resolved_via == 'srv' and c[0].port == 5070, c\n"
    )
    literal = (
        "from app.probes.locate import locate\n"
        "c = locate('127.0.0.1')\n"
        "assert c[0].resolved_via == 'literal', c\n"
    )
    # The same, in a process that has already loaded the probe (as `sipalg probe`
    # will have): what locating adds to a probe rather than to an empty process.
    probe = "import app.probes.runner\n"
    return {
        "srv": srv,
        "literal": literal,
        "probe+srv": probe + srv,
        "probe+literal": probe + literal,
        "bare": "pass",
    }


LOOKUPS: list[float] = []  # the locate() call alone, as the SRV programs report it (ms)


def time_once(code: str) -> float:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    took = time.perf_counter() - start
    if out.stdout.strip():
        LOOKUPS.append(float(out.stdout))
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    reason = dnsmasq_unavailable()
    if reason:
        raise SystemExit(reason)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        conf = Path(tmp) / "dnsmasq.conf"
        conf.write_text(dnsmasq_config(ZONE, "127.0.0.1", port), encoding="utf-8")
        proc = start(conf)
        try:
            progs = programs(port)
            for code in progs.values():  # warm the page cache and .pyc files
                time_once(code)
            times: dict[str, list[float]] = {name: [] for name in progs}
            for _ in range(args.runs):
                for name, code in progs.items():
                    times[name].append(time_once(code))
        finally:
            stop(proc)
    med = {name: statistics.median(ts) * 1000 for name, ts in times.items()}
    print(f"runs per path: {args.runs} (median, whole process, ms)")
    for name, runs in times.items():
        lo, hi = min(runs) * 1000, max(runs) * 1000
        print(f"  {name:14s} {med[name]:6.1f}   (min {lo:.1f}, max {hi:.1f})")
    alone = med["srv"] - med["literal"]
    loaded = med["probe+srv"] - med["probe+literal"]
    print(f"  SRV path over literal, locator alone: {alone:+.1f} ms")
    print(f"  SRV path over literal, probe loaded:  {loaded:+.1f} ms")
    print(f"  the look-ups alone (locate() in the SRV runs): {statistics.median(LOOKUPS):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
