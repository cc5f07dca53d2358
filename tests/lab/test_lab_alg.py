"""The real thing: kernel NAT, the kernel's own SIP ALG, a real SIP server.

Every scenario builds fresh namespaces (conntrack and ALG state outlive rule
changes) and runs the real ``sipalg`` CLI inside the LAN namespace. These run
as root in CI; elsewhere they skip with the reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.lab.netns import (
    LAN_IP,
    RTR_WAN_IP,
    WAN_IP,
    Scenario,
    kamailio_unavailable,
    lab_unavailable,
)

pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(lab_unavailable() is not None, reason=str(lab_unavailable())),
]


def statuses(doc: dict[str, Any]) -> dict[str, str]:
    return {t: v["status"] for t, v in doc["transports"].items()}


def wheres(doc: dict[str, Any], transport: str, direction: str) -> set[str]:
    return {
        m["where"]
        for m in doc["transports"][transport]["modifications"]
        if m["direction"] == direction
    }


def test_clean_nat(lab: Any) -> None:
    doc = lab(Scenario("clean")).probe_json("--reflector", WAN_IP)
    assert doc["verdict"] == "no_alg_detected"
    assert statuses(doc) == {"udp": "clean", "tcp": "clean"}
    assert doc["local_address"] == LAN_IP and doc["public_address"] == RTR_WAN_IP


def test_alg_on_udp_only(lab: Any) -> None:
    doc = lab(Scenario("alg-udp", alg_udp=True)).probe_json("--reflector", WAN_IP)
    assert doc["verdict"] == "alg_detected"
    assert statuses(doc) == {"udp": "modified", "tcp": "clean"}
    assert {"Via", "Contact", "From", "SDP c=", "SDP o=", "Request-URI"} <= wheres(
        doc, "udp", "outbound"
    )
    assert "Via" in wheres(doc, "udp", "inbound")  # the kernel translates answers back too
    udp_mods = doc["transports"]["udp"]["modifications"]
    via = next(m for m in udp_mods if m["where"] == "Via" and m["direction"] == "outbound")
    assert LAN_IP in via["sent"] and RTR_WAN_IP in via["received"]
    # the control port passed untouched, which the advice relies on
    assert all(m["port"] == 5060 for m in udp_mods)


def test_alg_on_tcp_only(lab: Any) -> None:
    doc = lab(Scenario("alg-tcp", alg_tcp=True)).probe_json("--reflector", WAN_IP)
    assert doc["verdict"] == "alg_detected"
    assert statuses(doc) == {"udp": "clean", "tcp": "modified"}
    assert {"Via", "SDP c="} <= wheres(doc, "tcp", "outbound")


def test_alg_on_both(lab: Any) -> None:
    doc = lab(Scenario("alg-both", alg_udp=True, alg_tcp=True)).probe_json("--reflector", WAN_IP)
    assert doc["verdict"] == "alg_detected"
    assert statuses(doc) == {"udp": "modified", "tcp": "modified"}


def test_port_randomising_nat_is_not_an_alg(lab: Any) -> None:
    doc = lab(Scenario("random-nat", nat_random=True)).probe_json("--reflector", WAN_IP)
    assert doc["verdict"] == "no_alg_detected"
    probes = doc["transports"]["udp"]["probes"]
    assert any(p["local"].split(":")[1] != p["seen_as"].split(":")[1] for p in probes)


def test_sip_port_blocked_by_firewall(lab: Any) -> None:
    doc = lab(Scenario("blocked", block_sip=True)).probe_json(
        "--reflector", WAN_IP, "--timeout", "3"
    )
    assert doc["verdict"] == "sip_blocked"
    assert statuses(doc) == {"udp": "dropped", "tcp": "dropped"}


def test_server_down_is_inconclusive_and_quick(lab: Any) -> None:
    lb = lab(Scenario("down", server=None))
    res, elapsed = lb.sipalg("probe", "--json", "--reflector", WAN_IP)
    assert res.returncode == 0
    import json

    doc = json.loads(res.stdout)
    assert doc["verdict"] == "inconclusive"
    assert statuses(doc) == {"udp": "unreachable", "tcp": "unreachable"}
    assert elapsed < 3  # ICMP port unreachable / RST end it early


@pytest.mark.parametrize("alg", [False, True], ids=["clean", "alg"])
def test_random_loss_keeps_the_verdict(lab: Any, alg: bool) -> None:
    lb = lab(Scenario("loss", alg_udp=alg, alg_tcp=alg, loss_percent=25))
    doc = lb.probe_json("--reflector", WAN_IP)
    assert doc["verdict"] == ("alg_detected" if alg else "no_alg_detected"), doc


@pytest.mark.skipif(kamailio_unavailable() is not None, reason=str(kamailio_unavailable()))
@pytest.mark.parametrize("alg", [False, True], ids=["clean", "alg"])
def test_provider_mode_with_kamailio(lab: Any, alg: bool) -> None:
    lb = lab(Scenario("provider", alg_udp=alg, alg_tcp=alg, server="kamailio"))
    # no STUN server in this lab, and the public defaults must not be tried from a test
    doc = lb.probe_json("--sip-server", WAN_IP, "--transport", "both", "--no-stun")
    assert doc["mode"] == "provider"
    if alg:
        assert doc["verdict"] == "alg_detected"
        assert statuses(doc) == {"udp": "modified", "tcp": "modified"}
    else:
        assert doc["verdict"] == "no_alg_detected"
        assert doc["public_address"] == RTR_WAN_IP  # what Kamailio's received= says
