"""Finding the server like a phone does, through the real lab: a real DNS server
(dnsmasq) on the internet host publishes SRV records, the LAN resolves through
it, and the real CLI probes what it found, through the kernel's NAT and ALG."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab.dns import Srv, Zone, dnsmasq_unavailable
from tests.lab.netns import WAN_IP, WAN_IP2, Scenario, kamailio_unavailable, lab_unavailable

pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(lab_unavailable() is not None, reason=str(lab_unavailable())),
    pytest.mark.skipif(dnsmasq_unavailable() is not None, reason=str(dnsmasq_unavailable())),
    pytest.mark.skipif(kamailio_unavailable() is not None, reason=str(kamailio_unavailable())),
]

DOMAIN = "voip.lab.test"
PORT = 5070  # not the default: only SRV can tell a phone (or us) about it


def zone(*srv: Srv) -> Zone:
    return Zone(
        DOMAIN,
        hosts=((f"pbx.{DOMAIN}", (WAN_IP,)), (f"dead.{DOMAIN}", (WAN_IP2,))),
        srv=srv,
    )


@pytest.mark.parametrize("alg", [False, True], ids=["clean", "alg"])
def test_provider_found_by_srv_on_a_non_default_port(lab: Any, alg: bool) -> None:
    z = zone(Srv(f"_sip._udp.{DOMAIN}", f"pbx.{DOMAIN}", PORT))
    lb = lab(Scenario("srv", alg_udp=alg, server="kamailio", sip_port=PORT, dns_zone=z))
    doc = lb.probe_json("--sip-server", DOMAIN, "--no-stun", "--no-router")
    assert doc["target"]["resolved_via"] == "srv", doc["target"]
    assert doc["target"]["used"] == f"{WAN_IP}:{PORT}"
    assert doc["target"]["host"] == f"pbx.{DOMAIN}"
    assert doc["verdict"] == ("alg_detected" if alg else "no_alg_detected"), doc


def test_a_dead_first_target_fails_over_to_the_next(lab: Any) -> None:
    z = zone(
        Srv(f"_sip._udp.{DOMAIN}", f"dead.{DOMAIN}", PORT, priority=10),
        Srv(f"_sip._udp.{DOMAIN}", f"pbx.{DOMAIN}", PORT, priority=20),
    )
    lb = lab(Scenario("failover", server="kamailio", sip_port=PORT, dns_zone=z))
    doc = lb.probe_json("--sip-server", DOMAIN, "--no-stun", "--no-router")
    assert doc["verdict"] == "no_alg_detected", doc
    assert doc["target"]["used"] == f"{WAN_IP}:{PORT}"
    assert doc["target"]["silent"] == [{"host": f"dead.{DOMAIN}", "used": f"{WAN_IP2}:{PORT}"}]


def test_an_explicit_port_skips_srv(lab: Any) -> None:
    """With a port given, the name's own address is used, whatever SRV says."""
    z = zone(Srv(f"_sip._udp.{DOMAIN}", f"dead.{DOMAIN}", 5999))
    lb = lab(Scenario("explicit", server="kamailio", sip_port=PORT, dns_zone=z))
    doc = lb.probe_json("--sip-server", f"pbx.{DOMAIN}:{PORT}", "--no-stun", "--no-router")
    assert doc["target"]["resolved_via"] == "a"
    assert doc["target"]["used"] == f"{WAN_IP}:{PORT}"
    assert doc["verdict"] == "no_alg_detected"


def test_a_domain_that_does_not_exist_is_one_clear_line(lab: Any) -> None:
    lb = lab(Scenario("nx", server=None, dns_zone=zone()))
    res, _ = lb.sipalg("probe", "--sip-server", f"nope.{DOMAIN}", "--no-stun", "--no-router")
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "does not exist" in res.stderr, res.stderr


@pytest.mark.parametrize("dns", ["silent", "unreachable"])
def test_a_dead_dns_server_does_not_hold_the_verdict(lab: Any, tmp_path: Any, dns: str) -> None:
    """Provider mode with the public STUN names and router checks on: DNS that never
    answers (or is unreachable) costs the side checks their deadline, not 15-30 s."""
    from tests.lab.dns import write_netns_resolv_conf

    lb = lab(Scenario("deaddns", server="kamailio"))
    # 192.0.2.1 (TEST-NET-1) leads nowhere: its packets vanish. WAN_IP2 has no DNS
    # server, so its kernel answers "port unreachable" at once.
    path = write_netns_resolv_conf(lb.lan, "192.0.2.1" if dns == "silent" else WAN_IP2)
    try:
        res, elapsed = lb.sipalg("probe", "--json", "--sip-server", WAN_IP)
    finally:
        path.unlink()
    assert res.returncode == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "no_alg_detected"
    assert elapsed < 3.0, f"took {elapsed:.1f} s"
    nat = doc["nat"]
    assert "nat" in doc["timed_out"] or (nat is not None and nat["error"]), doc["nat"]


def test_reflectors_behind_srv_fail_over_as_operators_deploy_them(lab: Any) -> None:
    """Two stateless reflectors published under one SRV name (packaging/reflector/README.md):
    the first is down, the probe moves to the second and says which one gave the verdict."""
    z = Zone(
        DOMAIN,
        hosts=((f"r1.{DOMAIN}", (WAN_IP,)), (f"r2.{DOMAIN}", (WAN_IP2,))),
        srv=(
            Srv(f"_sip._udp.{DOMAIN}", f"r1.{DOMAIN}", 5060, priority=10),
            Srv(f"_sip._udp.{DOMAIN}", f"r2.{DOMAIN}", 5060, priority=20),
        ),
    )
    lb = lab(Scenario("two-reflectors", alg_udp=True, server=None, dns_zone=z))
    lb.start_reflector("--listen", WAN_IP2)  # r1 (WAN_IP) runs nothing: it is "down"
    doc = lb.probe_json("--reflector", DOMAIN, "--transport", "udp", "--no-stun", "--no-router")
    assert doc["target"]["used"] == f"{WAN_IP2}:5060"
    assert doc["target"]["silent"] == [{"host": f"r1.{DOMAIN}", "used": f"{WAN_IP}:5060"}]
    assert doc["verdict"] == "alg_detected"  # the router's ALG, seen through reflector 2
