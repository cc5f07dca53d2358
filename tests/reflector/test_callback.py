"""The reflector's binding-lifetime call-backs (pure): what is planned, what is refused."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.probes.lifetime import _request
from app.probes.messages import Endpoint, build_probe
from app.protocols.sip import Request, Response, parse_message
from app.reflector.callback import MAX_DELAY, plan_callback

SRC = ("198.51.100.9", 40000)


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
