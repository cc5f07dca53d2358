"""CGNAT / double-NAT hints and lifetime advice from the measurements."""

from __future__ import annotations

from app.diagnosis.context import cgnat_hint, context_findings
from app.netinfo.gateway import Gateway
from app.netinfo.router import RouterInfo
from app.netinfo.upnp_discovery import UpnpResult
from app.probes.lifetime import LifetimeResult
from app.probes.nat import Behaviour, NatReport

NAT = NatReport(
    "stun",
    local=("192.168.1.10", 4000),
    mapped=("198.51.100.7", 4000),
    mapping=Behaviour.ENDPOINT_INDEPENDENT,
)


def router(external: str | None = None, hop: str | None = None) -> RouterInfo:
    return RouterInfo(
        gateway=Gateway("192.168.1.1"),
        upnp=UpnpResult("192.168.1.1", external_ip=external),
        second_hop=hop,
    )


def test_cgnat_and_double_nat_hints() -> None:
    assert cgnat_hint(NAT, router("100.72.1.2")).kind == "cgnat"  # type: ignore[union-attr]
    assert cgnat_hint(NAT, router(hop="100.64.0.1")).kind == "cgnat"  # type: ignore[union-attr]
    assert cgnat_hint(NAT, router("192.168.0.2")).kind == "double-nat"  # type: ignore[union-attr]
    assert cgnat_hint(NAT, router(hop="192.168.0.1")).kind == "double-nat"  # type: ignore[union-attr]
    assert cgnat_hint(NAT, router("203.0.113.9")).kind == "cgnat"  # type: ignore[union-attr]
    assert cgnat_hint(NAT, router("198.51.100.7")) is None
    assert cgnat_hint(NAT, router(hop="203.0.113.254")) is None
    assert cgnat_hint(None, None) is None


def test_lifetime_advice() -> None:
    short = LifetimeResult(5060, "sip", 25.0, 30.0, ((25.0, True), (30.0, False)))
    long = LifetimeResult(5080, "control", 600.0, None, ((600.0, True),))
    found = {f.id: f for f in context_findings(None, [short, long])}
    assert found["udp-lifetime-sip"].severity.value == "problem"
    assert "28 s" in found["udp-lifetime-sip"].title.render()
    assert found["udp-lifetime-control"].severity.value == "ok"


def test_symmetric_nat_is_information_not_an_alg() -> None:
    sym = NatReport(
        "s",
        local=("10.0.0.2", 1),
        mapped=("198.51.100.1", 9),
        mapping=Behaviour.ADDRESS_AND_PORT_DEPENDENT,
    )
    (f,) = context_findings(sym)
    assert f.id == "symmetric-nat" and f.severity.value == "info"
