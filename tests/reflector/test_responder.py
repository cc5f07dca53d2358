"""The reflector's answers: RFC 3261 §8.2.6 copies, RFC 3581, echo, 3x budget."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.probes.messages import Endpoint, build_probe
from app.protocols import echo
from app.protocols.sip import Response, parse_message, parse_via
from app.reflector.responder import AMPLIFICATION, reflect

SRC = ("203.0.113.1", 40001)
DST = ("198.51.100.2", 5060)


def probe(method: str, transport: str = "udp") -> bytes:
    return build_probe(
        method,
        local=Endpoint("192.168.1.10", 40000),
        remote=Endpoint(DST[0], DST[1]),
        transport=transport,
        rng=random.Random(7),
    ).wire


def answer(data: bytes, transport: str = "udp", verified: bool = False) -> Response:
    out = reflect(data, transport=transport, source=SRC, destination=DST, verified=verified)
    assert out.response is not None, out.reason
    msg = parse_message(out.response, stream=transport == "tcp")
    assert isinstance(msg, Response)
    return msg


def test_copies_mandatory_headers_and_adds_received_rport() -> None:
    req = parse_message(probe("OPTIONS"))
    resp = answer(probe("OPTIONS"))
    assert resp.status == 200
    for name in ("From", "Call-ID", "CSeq"):
        assert resp.get(name) == req.get(name)
    assert resp.get(
        "To",
    ).startswith(req.get("To") or "") and ";tag=" in (resp.get("To") or "")
    via = parse_via(resp.get_all("Via")[0])
    assert via.param("rport") == str(SRC[1]) and via.param("received") == SRC[0]


def test_invite_gets_final_non_2xx_and_ack_is_silent() -> None:
    assert answer(probe("INVITE")).status == 486
    ack = probe("INVITE").replace(b"INVITE sip", b"ACK sip", 1).replace(b"1 INVITE", b"1 ACK")
    assert (
        reflect(ack, transport="udp", source=SRC, destination=DST, verified=False).response is None
    )


def test_register_answer_returns_bindings() -> None:
    resp = answer(probe("REGISTER"))
    assert resp.get("Contact") is not None and "expires=60" in (resp.get("Contact") or "")


def test_echo_carries_exact_request_and_own_head() -> None:
    data = probe("INVITE")
    out = reflect(data, transport="udp", source=SRC, destination=DST, verified=False)
    assert out.response is not None
    resp = parse_message(out.response)
    e = echo.decode(resp.body)
    assert e.request == data and e.source == SRC and e.destination == DST
    assert e.response_head is not None
    assert out.response.startswith(e.response_head)
    assert out.response[len(e.response_head) :].startswith(b"Content-Length: ")


def test_amplification_budget_on_udp_only() -> None:
    for method in ("INVITE", "REGISTER", "OPTIONS"):
        data = probe(method)
        out = reflect(data, transport="udp", source=SRC, destination=DST, verified=False)
        assert out.response is not None
        assert len(out.response) <= AMPLIFICATION * len(data)
    small = (
        b"OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bK1\r\nFrom: <sip:a>;tag=1"
        b"\r\nTo: <sip:x>\r\nCall-ID: 1\r\nCSeq: 1 OPTIONS\r\n\r\n"
    )
    out = reflect(small, transport="udp", source=SRC, destination=DST, verified=False)
    assert out.response is None or len(out.response) <= AMPLIFICATION * len(small)
    assert out.trimmed or out.response is None
    tcp = reflect(small + b"", transport="udp", source=SRC, destination=DST, verified=True)
    assert tcp.response is not None and not tcp.trimmed


def test_nothing_for_garbage_responses_and_incomplete_requests() -> None:
    for data in (b"", b"hello", b"SIP/2.0 200 OK\r\n\r\n", b"OPTIONS sip:x SIP/2.0\r\n\r\n"):
        assert (
            reflect(data, transport="udp", source=SRC, destination=DST, verified=False).response
            is None
        )


@given(st.binary(max_size=2048))
def test_fuzz_reflect_never_raises_and_respects_budget(data: bytes) -> None:
    out = reflect(data, transport="udp", source=SRC, destination=DST, verified=False)
    if out.response is not None:
        assert len(out.response) <= AMPLIFICATION * len(data)
        parse_message(out.response)


@pytest.mark.parametrize(
    "via, expected",
    [
        ("SIP/2.0/UDP h;RPORT;branch=z9hG4bKx", "SIP/2.0/UDP h;RPORT=4000;branch=z9hG4bKx"),
        ("SIP/2.0/UDP h;rportx=1;rport", "SIP/2.0/UDP h;rportx=1;rport=4000"),
        ("SIP/2.0/UDP h ; rport ;branch=z9hG4bK2", "SIP/2.0/UDP h ; rport=4000 ;branch=z9hG4bK2"),
    ],
)
def test_rport_is_filled_in_whatever_its_case_and_spacing(via: str, expected: str) -> None:
    """RFC 3581 §4 on the bare parameter only; names are case-insensitive (RFC 3261 §7.3.1)."""
    from app.reflector.responder import _top_via

    assert _top_via(via, ("203.0.113.1", 4000)) == expected + ";received=203.0.113.1"
