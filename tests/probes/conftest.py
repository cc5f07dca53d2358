"""Real DNS servers on loopback for the locator's tests: dnsmasq on free high ports.

``sipalg_zone`` serves the test domain ``sipalg.test`` (records below); the
``start_dns`` factory serves any other zone (failover needs ports known only
at test time); ``servfail_dns`` is a second dnsmasq that validates DNSSEC
against a trust anchor nothing can satisfy, so every answer it relays becomes
a genuine SERVFAIL; ``silent_dns`` is a UDP socket that reads nothing.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import dns.resolver
import pytest

from tests.helpers import free_port
from tests.lab.dns import Naptr, Srv, Zone, dnsmasq_config, dnsmasq_unavailable, start, stop

DOMAIN = "sipalg.test"


def _n(label: str) -> str:
    return f"{label}.{DOMAIN}"


SIPALG_ZONE = Zone(
    DOMAIN,
    hosts=(
        (_n("a"), ("127.0.0.11",)),
        (_n("b"), ("127.0.0.12",)),
        (_n("c"), ("127.0.0.13",)),
        (_n("dual"), ("127.0.0.14", "::1")),
        (_n("w1"), ("127.0.0.21",)),
        (_n("w2"), ("127.0.0.22",)),
        (_n("w3"), ("127.0.0.23",)),
        (_n("plain"), ("127.0.0.30",)),
        (_n("srv"), ("127.0.0.99",)),  # the domain's own address: used only with a port
    ),
    srv=(
        # priority order c (5) < a (10) < b (20), each on its own port
        Srv("_sip._udp." + _n("srv"), _n("a"), 5070, priority=10, weight=0),
        Srv("_sip._udp." + _n("srv"), _n("b"), 5080, priority=20, weight=0),
        Srv("_sip._udp." + _n("srv"), _n("c"), 5090, priority=5, weight=0),
        Srv("_sip._tcp." + _n("srv"), _n("a"), 5071, priority=10, weight=0),
        # weights 60 / 30 / 10 at priority 10, and a backup at priority 20
        Srv("_sip._udp." + _n("weight"), _n("w1"), 5060, priority=10, weight=60),
        Srv("_sip._udp." + _n("weight"), _n("w2"), 5060, priority=10, weight=30),
        Srv("_sip._udp." + _n("weight"), _n("w3"), 5060, priority=10, weight=10),
        Srv("_sip._udp." + _n("weight"), _n("c"), 5060, priority=20, weight=0),
        # NAPTR's SRV names, and plain SRV records NAPTR must win over
        Srv("_sip._udp." + _n("via-naptr"), _n("b"), 5090, priority=10),
        Srv("_sip._tcp." + _n("via-naptr"), _n("c"), 5091, priority=10),
        Srv("_sip._udp." + _n("naptr"), _n("a"), 5070, priority=10),
        # "not offered here" on both transports
        Srv("_sip._udp." + _n("noservice"), None),
        Srv("_sip._tcp." + _n("noservice"), None),
        # a target that does not exist
        Srv("_sip._udp." + _n("dangling"), _n("ghost"), 5060),
        # a target outside the zone, which this server refuses to look up, then a good one
        Srv("_sip._udp." + _n("mixed"), "pbx.elsewhere.test", 5060, priority=10),
        Srv("_sip._udp." + _n("mixed"), _n("a"), 5072, priority=20),
        Srv("_sip._udp." + _n("refusedonly"), "pbx.elsewhere.test", 5060),
    ),
    naptr=(
        # TLS comes first by order but the probe cannot use it: skipped
        Naptr(_n("naptr"), 5, 50, "s", "SIPS+D2T", "_sips._tcp." + _n("via-naptr")),
        Naptr(_n("naptr"), 10, 50, "s", "SIP+D2U", "_sip._udp." + _n("via-naptr")),
        Naptr(_n("naptr"), 20, 50, "s", "SIP+D2T", "_sip._tcp." + _n("via-naptr")),
    ),
)


@dataclass(frozen=True)
class DnsServer:
    port: int

    def resolver(self) -> dns.resolver.Resolver:
        """A resolver that asks this server only (never the machine's own DNS)."""
        res = dns.resolver.Resolver(configure=False)
        res.nameservers = ["127.0.0.1"]
        res.port = self.port
        return res


class StartDns(Protocol):
    def __call__(self, zone: Zone, extra: Sequence[str] = ()) -> DnsServer: ...


def _need_dnsmasq() -> None:
    reason = dnsmasq_unavailable()
    if reason:
        pytest.skip(reason)


def _serve(
    zone: Zone, workdir: Path, procs: list[subprocess.Popen[str]], extra: Sequence[str] = ()
) -> DnsServer:
    port = free_port()
    conf = workdir / f"dnsmasq-{port}.conf"
    conf.write_text(dnsmasq_config(zone, "127.0.0.1", port, extra=extra), encoding="utf-8")
    procs.append(start(conf))
    return DnsServer(port)


@pytest.fixture(scope="session")
def sipalg_zone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DnsServer]:
    _need_dnsmasq()
    procs: list[subprocess.Popen[str]] = []
    try:
        yield _serve(SIPALG_ZONE, tmp_path_factory.mktemp("dns"), procs)
    finally:
        for p in procs:
            stop(p)


@pytest.fixture
def start_dns(tmp_path: Path) -> Iterator[StartDns]:
    _need_dnsmasq()
    procs: list[subprocess.Popen[str]] = []

    def serve(zone: Zone, extra: Sequence[str] = ()) -> DnsServer:
        return _serve(zone, tmp_path, procs, extra)

    yield serve
    for p in procs:
        stop(p)


# Any DS digest will do: the relayed zone has no keys, so validation never succeeds.
_UNSATISFIABLE_ANCHOR = (
    "trust-anchor=.,12345,8,2,49AAC11D7B6F6446702E54A1607371607A1A41855200FD2CE1CDDE32F24E8FB5"
)


@pytest.fixture
def servfail_dns(start_dns: StartDns, sipalg_zone: DnsServer) -> DnsServer:
    """Relays every query to the zone's server and validates DNSSEC: all answers SERVFAIL."""
    relay = Zone("relay.invalid", upstream=(f"127.0.0.1#{sipalg_zone.port}",))
    return start_dns(relay, extra=("dnssec", _UNSATISFIABLE_ANCHOR))


@pytest.fixture
def silent_dns() -> Iterator[int]:
    """A UDP port on loopback where nothing ever answers (a DNS server that drops queries)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield int(sock.getsockname()[1])
