"""Finding the server via DNS in the lab, timed as whole processes (root).

    .venv/bin/python -m tests.bench.locate_lab_bench [--runs 20]

Builds the lab with a real DNS server (dnsmasq) on the internet host that
publishes ``_sip._udp.voip.lab.test`` → Kamailio on port 5070, and times the
real ``sipalg probe --json --no-stun --no-router`` inside the LAN namespace:

* ``literal``: ``--sip-server 203.0.113.2:5070`` (no DNS at all);
* ``srv``: ``--sip-server voip.lab.test`` (NAPTR, SRV and A look-ups first);
* ``failover``: the first SRV target is a host with nothing on the port, so the
  verdict comes from the second.

Both first rows include ``ip netns exec`` (about 60 ms); their difference is
what locating the server costs. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from tests.lab.dns import Srv, Zone, dnsmasq_unavailable
from tests.lab.netns import WAN_IP, WAN_IP2, Lab, Scenario, kamailio_unavailable, lab_unavailable

DOMAIN = "voip.lab.test"
PORT = 5070


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    for reason in (lab_unavailable(), dnsmasq_unavailable(), kamailio_unavailable()):
        if reason:
            print(f"unavailable: {reason}", file=sys.stderr)
            return 2
    hosts = ((f"pbx.{DOMAIN}", (WAN_IP,)), (f"dead.{DOMAIN}", (WAN_IP2,)))
    plain = Zone(DOMAIN, hosts=hosts, srv=(Srv(f"_sip._udp.{DOMAIN}", f"pbx.{DOMAIN}", PORT),))
    failover = Zone(
        DOMAIN,
        hosts=hosts,
        srv=(
            Srv(f"_sip._udp.{DOMAIN}", f"dead.{DOMAIN}", PORT, priority=10),
            Srv(f"_sip._udp.{DOMAIN}", f"pbx.{DOMAIN}", PORT, priority=20),
        ),
    )
    cases = [
        ("literal", plain, f"{WAN_IP}:{PORT}"),
        ("srv", plain, DOMAIN),
        ("failover", failover, DOMAIN),
    ]
    medians: dict[str, float] = {}
    print(f"{'path':<10} {'runs':>4} {'median s':>9} {'max s':>7}  verdicts / server used")
    with tempfile.TemporaryDirectory() as tmp:
        for name, zone, server in cases:
            scenario = Scenario(name, server="kamailio", sip_port=PORT, dns_zone=zone)
            with Lab(scenario, Path(tmp)) as lab:
                times, seen = [], set()
                for _ in range(args.runs):
                    res, elapsed = lab.sipalg(
                        "probe", "--json", "--sip-server", server, "--no-stun", "--no-router"
                    )
                    doc = json.loads(res.stdout) if res.returncode == 0 else {}
                    seen.add(f"{doc.get('verdict')} via {doc.get('target', {}).get('used')}")
                    times.append(elapsed)
            medians[name] = statistics.median(times)
            print(
                f"{name:<10} {args.runs:>4} {medians[name]:>9.3f} {max(times):>7.3f}  "
                f"{', '.join(sorted(seen))}"
            )
    print(f"SRV path adds {1000 * (medians['srv'] - medians['literal']):.0f} ms (median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
