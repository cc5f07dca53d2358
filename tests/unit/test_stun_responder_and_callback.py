"""The reflector's STUN responder and lifetime call-backs (pure parts)."""

from __future__ import annotations

import os
import random

from hypothesis import given
from hypothesis import strategies as st

from app.probes.lifetime import _request
from app.probes.messages import Endpoint, build_probe
from app.protocols import stun
from app.protocols.sip import Request, Response, parse_message
from app.reflector.callback import MAX_DELAY, plan_callback
from app.reflector.stun_responder import answer_stun

A1, A2 = "203.0.113.2", "203.0.113.3"
FULL = frozenset({(A1, 3478), (A1, 3479), (A2, 3478), (A2, 3479)})
SRC = ("198.51.100.9", 40000)


def req(change_ip: bool = False, change_port: bool = False) -> tuple[bytes, bytes]:
    txid = os.urandom(12)
    return txid, stun.binding_request(txid, change_ip=change_ip, change_port=change_port)


def test_binding_answer_with_rfc5780_attributes() -> None:
    txid, data = req()
    ans = answer_stun(data, SRC, (A1, 3478), FULL)
    assert ans is not None and ans.via == (A1, 3478)
    msg = stun.parse(ans.data)
    assert msg.transaction_id == txid and msg.xor_mapped_address == SRC
    assert msg.other_address == (A2, 3479) and msg.response_origin == (A1, 3478)
    assert len(ans.data) <= 3 * len(data)


def test_change_requests_pick_the_other_socket() -> None:
    assert answer_stun(req(True, True)[1], SRC, (A1, 3478), FULL).via == (A2, 3479)  # type: ignore[union-attr]
    assert answer_stun(req(False, True)[1], SRC, (A1, 3478), FULL).via == (A1, 3479)  # type: ignore[union-attr]


def test_one_address_refuses_ip_change_but_offers_port_change() -> None:
    one = frozenset({(A1, 3478), (A1, 3479)})
    ans = answer_stun(req(True, False)[1], SRC, (A1, 3478), one)
    assert ans is not None and stun.parse(ans.data).error == (420, "Cannot change address")
    port = answer_stun(req(False, True)[1], SRC, (A1, 3478), one)
    assert port is not None and port.via == (A1, 3479)
    assert stun.parse(port.data).other_address is None  # cannot offer a full RFC 5780 pair


def test_small_request_gets_a_trimmed_answer_within_budget() -> None:
    txid = os.urandom(12)
    bare = stun.encode(stun.StunMessage(stun.BINDING, stun.Cls.REQUEST, txid), fingerprint=False)
    ans = answer_stun(bare, SRC, (A1, 3478), FULL)
    assert ans is not None and len(ans.data) <= 3 * len(bare)
    assert stun.parse(ans.data).xor_mapped_address == SRC


@given(st.binary(max_size=200))
def test_fuzz_stun_responder(data: bytes) -> None:
    ans = answer_stun(data, SRC, (A1, 3478), FULL)
    if ans is not None:
        assert len(ans.data) <= 3 * len(data)


def test_callback_plan() -> None:
    data = _request(("192.168.1.10", 40000), "reflector.example", 30, "abc@lifetime")
    plan = plan_callback(data, ("203.0.113.1", 61000), "203.0.113.2:5060")
    assert plan is not None and plan.delay == 30
    ack = parse_message(plan.ack)
    cb = parse_message(plan.callback)
    assert isinstance(ack, Response) and ack.status == 200 and ack.get("Call-ID") == "abc@lifetime"
    assert isinstance(cb, Request) and cb.method == "OPTIONS"
    assert cb.uri == "sip:203.0.113.1:61000" and cb.get("Call-ID") == "abc@lifetime"
    assert len(plan.ack) + len(plan.callback) <= 3 * len(data)


def test_callback_refuses_bad_delays_and_other_messages() -> None:
    for delay in (0, MAX_DELAY + 1, "²", "٣", "-1"):
        data = _request(("192.168.1.10", 40000), "r", 1, "x").replace(
            b"Call-Back: 1", f"Call-Back: {delay}".encode()
        )
        assert plan_callback(data, SRC, "r:5060") is None
    invite = build_probe(
        "INVITE",
        local=Endpoint("192.168.1.10", 1),
        remote=Endpoint("r", 5060),
        transport="udp",
        rng=random.Random(1),
    ).wire
    assert plan_callback(invite, SRC, "r:5060") is None
    assert plan_callback(b"garbage X-SIPALG-Call-Back: 5", SRC, "r:5060") is None


@given(st.binary(max_size=400))
def test_fuzz_callback(data: bytes) -> None:
    plan = plan_callback(b"OPTIONS sip:x SIP/2.0\r\nX-SIPALG-Call-Back: 5\r\n" + data, SRC, "r:1")
    if plan is not None:
        assert 0 < plan.delay <= MAX_DELAY
