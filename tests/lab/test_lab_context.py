"""Network context in the lab: NAT behaviour (real coturn), binding lifetime (real
conntrack time-outs), router identification (real miniupnpd), carrier-grade NAT."""

from __future__ import annotations

from typing import Any

import pytest

from tests.lab.netns import RTR_WAN_IP, WAN_IP, Scenario, lab_unavailable

pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(lab_unavailable() is not None, reason=str(lab_unavailable())),
]


def test_port_preserving_nat_is_endpoint_independent(lab: Any) -> None:
    doc = lab(Scenario("eim", coturn=True)).probe_json("--reflector", WAN_IP, "--stun", WAN_IP)
    nat = doc["nat"]
    assert nat["rfc5780"] is True and nat["error"] is None
    assert nat["mapping"] == "endpoint-independent"
    assert nat["filtering"] == "address-and-port-dependent"  # Linux conntrack
    assert nat["port_preserved"] is True
    assert nat["public"].startswith(f"{RTR_WAN_IP}:")
    assert doc["verdict"] == "no_alg_detected"  # NAT behaviour never becomes an ALG verdict


def test_port_randomising_nat_is_address_and_port_dependent(lab: Any) -> None:
    doc = lab(Scenario("apdm", coturn=True, nat_random=True)).probe_json(
        "--reflector", WAN_IP, "--stun", WAN_IP
    )
    nat = doc["nat"]
    assert nat["mapping"] == "address-and-port-dependent"
    assert nat["port_preserved"] is False
    assert doc["verdict"] == "no_alg_detected"
    assert any(f["id"] == "symmetric-nat" for f in doc["diagnosis"]["findings"])


def test_reflector_stun_responder_by_default(lab: Any) -> None:
    doc = lab(Scenario("refl-stun")).probe_json("--reflector", WAN_IP)
    nat = doc["nat"]
    assert nat["stun_server"] == f"{WAN_IP}:3478" and nat["error"] is None
    assert nat["public"].startswith(f"{RTR_WAN_IP}:") and nat["nat_present"] is True


@pytest.mark.parametrize(
    "upnp, guide, brand",
    [
        (
            {
                "manufacturer_name": "TP-Link",
                "model_name": "Archer AX55",
                "model_number": "2.0",
                "friendly_name": "Archer AX55",
            },
            "tp-link-archer",
            "TP-Link",
        ),
        (
            {
                "manufacturer_name": "AVM Berlin",
                "model_name": "FRITZ!Box 7590",
                "friendly_name": "FRITZ!Box 7590",
            },
            "avm-fritzbox",
            "AVM",
        ),
        (
            {
                "manufacturer_name": "NETGEAR, Inc.",
                "model_name": "R7000",
                "friendly_name": "NETGEAR R7000",
            },
            "netgear-consumer",
            "NETGEAR",
        ),
    ],
    ids=["tp-link", "avm", "netgear"],
)
def test_router_identified_from_miniupnpd(
    lab: Any, upnp: dict[str, str], guide: str, brand: str
) -> None:
    doc = lab(Scenario("upnp", upnp=upnp)).probe_json("--reflector", WAN_IP)
    router = doc["router"]
    assert router["gateway"] == "192.168.77.1"
    assert router["upnp"]["manufacturer"] == upnp["manufacturer_name"]
    assert router["brand"] == brand and router["guide_id"] == guide
    assert router["model"].startswith(upnp["model_name"])
    assert router["confidence"] >= 0.5


def test_router_identified_from_login_page_alone(lab: Any) -> None:
    doc = lab(Scenario("web", web_title="NETGEAR Router R7000")).probe_json("--reflector", WAN_IP)
    router = doc["router"]
    assert router["upnp"]["error"] and router["web"]["title"] == "NETGEAR Router R7000"
    assert router["guide_id"] == "netgear-consumer" and router["confidence"] < 0.5


@pytest.mark.parametrize("cgnat", [True, False], ids=["double-nat", "single-nat"])
def test_cgnat_hint(lab: Any, cgnat: bool) -> None:
    doc = lab(Scenario("cgn", cgnat=cgnat)).probe_json("--reflector", WAN_IP)
    hint = doc["nat"]["cgnat"]
    if cgnat:
        assert hint is not None and hint["kind"] == "cgnat" and "100.64.0.1" in hint["evidence"]
        assert doc["router"]["second_hop"] == "100.64.0.1"
    else:
        assert hint is None
    assert doc["verdict"] == "no_alg_detected"


def test_binding_lifetime_within_20_percent_of_conntrack_timeout(lab: Any) -> None:
    timeout = 8
    lb = lab(Scenario("lifetime", udp_timeout=timeout))
    doc = lb.probe_json(
        "--reflector",
        WAN_IP,
        "--transport",
        "udp",
        "--no-router",
        "--lifetime",
        "--lifetime-max",
        "20",
    )
    for role in ("sip", "control"):
        measured = doc["lifetime"][role]["seconds"]
        assert abs(measured - timeout) <= 0.2 * timeout, (role, doc["lifetime"][role])
    assert any(
        f["id"].startswith("udp-lifetime") and f["severity"] == "problem"
        for f in doc["diagnosis"]["findings"]
    )
