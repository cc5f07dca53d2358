"""The test call through a real kernel NAT, the kernel's SIP ALG, and random loss.

The real ``sipalg call`` runs in the LAN namespace against the real
reflector on the internet host (tests/lab/netns.py). These run as root in
CI; elsewhere they skip with the reason.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.lab.netns import LAN_IP, RTR_WAN_IP, WAN_IP, Scenario, lab_unavailable

pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(lab_unavailable() is not None, reason=str(lab_unavailable())),
]


def call_json(lb: Any, *args: str, timeout: float = 60.0) -> dict[str, Any]:
    res, _ = lb.sipalg("call", "--json", "--reflector", WAN_IP, *args, timeout=timeout)
    assert res.returncode == 0, f"exit {res.returncode}: {res.stderr}"
    doc: dict[str, Any] = json.loads(res.stdout)
    return doc


def host(hostport: str | None) -> str | None:
    return None if hostport is None else hostport.rsplit(":", 1)[0]


def test_clean_nat_latched_media_arrives_sdp_addressed_media_does_not(lab: Any) -> None:
    call = call_json(lab(Scenario("call-clean")), "--seconds", "3")["call"]
    assert call["setup"]["established"] and call["setup"]["test_call_confirmed"]
    assert call["ack"] == {
        "sent": True,
        "seen": True,
        "unchanged": True,
        "source": call["ack"]["source"],
        "changes": [],
    }
    assert host(call["ack"]["source"]) == RTR_WAN_IP  # the NAT's address, not ours
    # Nothing rewrote our SDP, so the far end read our private address...
    assert call["sdp"]["rewritten"] is False
    assert host(call["sdp"]["seen_by_far_end"]) == LAN_IP
    paths = call["paths"]
    # ...and its media sent there never arrived (from the internet side there is no route).
    announced = paths["back_to_announced"]
    assert host(announced["target"]) == LAN_IP and announced["refused"] is None
    assert announced["arrived"] is False
    assert announced["error"] == "Network is unreachable"  # the internet host has no route there
    # Latching on where our audio came from reaches us through the NAT.
    latched = paths["back_to_source"]
    assert host(latched["target"]) == RTR_WAN_IP and latched["arrived"] is True
    assert latched["figures"]["lost"] == 0 and latched["figures"]["sent"] >= 140
    assert paths["to_far_end"]["arrived"] is True and paths["to_far_end"]["figures"]["lost"] == 0
    assert call["heard_them"] is True and call["they_heard_you"] is True
    assert call["mos"] > 4.0


def test_kernel_alg_rewrites_the_sdp_and_both_paths_arrive(lab: Any) -> None:
    call = call_json(lab(Scenario("call-alg", alg_udp=True)), "--seconds", "3")["call"]
    assert call["setup"]["established"]
    assert call["sdp"]["rewritten"] is True
    assert host(call["sdp"]["offered"]) == LAN_IP
    assert host(call["sdp"]["seen_by_far_end"]) == RTR_WAN_IP
    paths = call["paths"]
    for name in ("to_far_end", "back_to_announced", "back_to_source"):
        assert paths[name]["arrived"] is True, (name, paths[name])
        assert paths[name]["figures"]["lost"] == 0, (name, paths[name])
    assert host(paths["back_to_announced"]["target"]) == RTR_WAN_IP
    # The kernel's ALG rewrites the ACK too (Via, From): the far end reports what it got.
    assert call["ack"]["seen"] is True and call["ack"]["unchanged"] is False
    assert any(c.startswith("+Via: ") and RTR_WAN_IP in c for c in call["ack"]["changes"])


LOSS = 25


def test_random_loss_is_measured_within_8_points(lab: Any) -> None:
    """nftables drops 25 % of forwarded packets each way; the measured loss of every
    path must land within 8 points of it over a few hundred packets."""
    lb = lab(Scenario("call-loss", loss_percent=LOSS))
    call = call_json(lb, "--seconds", "10", "--timeout", "10", timeout=90)["call"]
    assert call["setup"]["established"], call
    measured = {}
    for name in ("to_far_end", "back_to_source"):
        figures = call["paths"][name]["figures"]
        if figures is None:  # the BYE's report lost four times over: counted, not failed
            continue
        # Without the far end's report (lost under this loss) what was sent is unknown and
        # the loss is judged against the span of sequence numbers that arrived.
        assert figures["sent"] is None or figures["sent"] >= 250, (name, figures)
        measured[name] = figures["loss_percent"]
        assert abs(figures["loss_percent"] - LOSS) <= 8, (name, figures)
    assert "back_to_source" in measured
    print(f"\nloss set {LOSS} %, measured {measured}")
