"""Attribution: ALG rewrites vs NAT, both directions, and provider-mode inference."""

from __future__ import annotations

import random

import pytest

from app.core.addresses import is_lan_address
from app.core.model import Direction
from app.probes.analysis import analyse_answer, analyse_copied_headers
from app.probes.messages import Endpoint, build_probe
from app.protocols.sip import Request, Response, parse_message
from app.reflector.responder import reflect
from app.ui.demo import simulate_alg

LOCAL = ("192.168.1.10", 40000)
PUBLIC = ("203.0.113.1", 40000)
SERVER = ("198.51.100.2", 5060)


def _probe(method: str = "INVITE", to_server: bool = False):  # type: ignore[no-untyped-def]
    return build_probe(
        method,
        local=Endpoint(*LOCAL),
        remote=Endpoint(*SERVER),
        transport="udp",
        rng=random.Random(1),
        to_server=to_server,
    )


def _roundtrip(outbound_alg: bool, inbound_alg: bool, source: tuple[str, int] = PUBLIC):
    p = _probe()
    arrived = simulate_alg(p.wire, LOCAL[0], PUBLIC[0]) if outbound_alg else p.wire
    out = reflect(arrived, transport="udp", source=source, destination=SERVER, verified=False)
    assert out.response is not None
    back = simulate_alg(out.response, PUBLIC[0], LOCAL[0]) if inbound_alg else out.response
    return _analyse(p, back)


def _analyse(p, raw: bytes):  # type: ignore[no-untyped-def]
    """What the probe concludes from ``raw`` arriving as the answer to probe ``p``."""
    resp = parse_message(raw)
    assert isinstance(resp, Response)
    return analyse_answer(
        sent=p.wire,
        request=p.request,
        answer_raw=raw,
        answer=resp,
        transport="udp",
        port=5060,
        local=LOCAL,
        server_host=SERVER[0],
    )


def test_plain_nat_with_port_change_is_not_an_alg() -> None:
    ev = _roundtrip(False, False, source=("203.0.113.1", 61234))
    assert ev.changes == () and ev.outbound_checked and ev.inbound_checked
    assert ev.seen_as == ("203.0.113.1", 61234)


def test_outbound_rewrite_is_attributed_outbound() -> None:
    ev = _roundtrip(True, False)
    dirs = {c.direction for c in ev.changes}
    assert dirs == {Direction.OUTBOUND}
    assert {"Via", "Contact", "SDP c="} <= {c.modification.where for c in ev.changes}


def test_both_directions() -> None:
    ev = _roundtrip(True, True)
    assert {c.direction for c in ev.changes} == {Direction.OUTBOUND, Direction.INBOUND}


def test_provider_mode_private_received_means_alg() -> None:
    p = _probe("OPTIONS", to_server=True)
    reply = (
        f"SIP/2.0 200 OK\r\nVia: {p.request.get_all('Via')[0].replace(';rport', '')};"
        f"rport={LOCAL[1]};received={LOCAL[0]}\r\nFrom: {p.request.get('From')}\r\n"
        f"To: {p.request.get('To')};tag=x\r\nCall-ID: {p.call_id}\r\n"
        f"CSeq: {p.request.get('CSeq')}\r\nContent-Length: 0\r\n\r\n"
    ).encode()
    resp = parse_message(reply)
    assert isinstance(p.request, Request) and isinstance(resp, Response)
    ev = analyse_copied_headers(
        request=p.request, answer=resp, port=5060, local=LOCAL, server_host=SERVER[0]
    )
    assert [c.modification.where for c in ev.changes] == ["Via received"]
    assert ev.changes[0].direction is Direction.ROUND_TRIP
    # the same answer from a server on the LAN is normal
    ev_lan = analyse_copied_headers(
        request=p.request, answer=resp, port=5060, local=LOCAL, server_host="192.168.1.1"
    )
    assert ev_lan.changes == ()


def test_provider_mode_clean_nat_and_copied_header_change() -> None:
    p = _probe("OPTIONS", to_server=True)
    via = p.request.get_all("Via")[0].replace(";rport", f";rport=5555;received={PUBLIC[0]}")
    base = (
        f"SIP/2.0 200 OK\r\nVia: {via}\r\nFrom: {p.request.get('From')}\r\n"
        f"To: {p.request.get('To')};tag=x\r\nCall-ID: {p.call_id}\r\n"
        f"CSeq: {p.request.get('CSeq')}\r\nContent-Length: 0\r\n\r\n"
    )
    ev = analyse_copied_headers(
        request=p.request,
        answer=parse_message(base.encode()),  # type: ignore[arg-type]
        port=5060,
        local=LOCAL,
        server_host=SERVER[0],
    )
    assert ev.changes == () and ev.seen_as == (PUBLIC[0], 5555)
    changed = base.replace(f"Call-ID: {p.call_id}", "Call-ID: other")
    ev2 = analyse_copied_headers(
        request=p.request,
        answer=parse_message(changed.encode()),  # type: ignore[arg-type]
        port=5060,
        local=LOCAL,
        server_host=SERVER[0],
    )
    assert [c.modification.where for c in ev2.changes] == ["Call-ID"]


def test_is_lan_address() -> None:
    assert is_lan_address("192.168.0.5") and is_lan_address("100.64.1.1")
    assert is_lan_address("fd00::1") and is_lan_address("::ffff:10.0.0.1")
    assert not is_lan_address("203.0.113.1") and not is_lan_address("8.8.8.8")
    assert not is_lan_address("not-an-ip")


def test_unreadable_reflector_copy_of_its_answer_leaves_inbound_unchecked() -> None:
    """A hostile reflector's garbage "as sent" head: no crash, and no claim about inbound."""
    from app.protocols import echo as echo_codec
    from app.protocols.sip import with_content_length
    from tests.records import replace

    p = _probe()
    out = reflect(p.wire, transport="udp", source=PUBLIC, destination=SERVER, verified=False)
    assert out.response is not None
    honest = parse_message(out.response)
    assert isinstance(honest, Response)
    doc = replace(echo_codec.decode(honest.body), response_head=b"garbage")
    body = echo_codec.encode(doc)
    ev = _analyse(p, bytes(with_content_length(replace(honest, body=body))))
    assert ev.outbound_checked and not ev.inbound_checked
    assert ev.changes == ()
    assert any("unreadable" in n for n in ev.notes)


@pytest.mark.parametrize(
    ("params", "seen_as", "note"),
    [
        (f"rport=5555;received={PUBLIC[0]}", (PUBLIC[0], 5555), "there is a NAT"),
        ("rport=5555;received=<script>alert(1)</script>", None, "not an IP address"),
        ("rport=5555;received=evil.example", None, "not an IP address"),
        (f"rport=99999;received={PUBLIC[0]}", None, "not a port number"),
        (f"rport=5²;received={PUBLIC[0]}", None, "not a port number"),
        ("rport=5555;received=[2001:db8::7]", ("2001:db8::7", 5555), "there is a NAT"),
    ],
)
def test_received_and_rport_must_be_an_address_and_a_port(
    params: str, seen_as: tuple[str, int] | None, note: str
) -> None:
    """Values that become public_address are checked where they enter (RFC 3261 §18.2.1)."""
    p = _probe("OPTIONS", to_server=True)
    via = p.request.get_all("Via")[0].replace(";rport", f";{params}")
    answer = (
        f"SIP/2.0 200 OK\r\nVia: {via}\r\nFrom: {p.request.get('From')}\r\n"
        f"To: {p.request.get('To')};tag=x\r\nCall-ID: {p.call_id}\r\n"
        f"CSeq: {p.request.get('CSeq')}\r\nContent-Length: 0\r\n\r\n"
    )
    ev = analyse_copied_headers(
        request=p.request,
        answer=parse_message(answer.encode()),  # type: ignore[arg-type]
        port=5060,
        local=LOCAL,
        server_host=SERVER[0],
    )
    assert ev.seen_as == seen_as
    assert any(note in n for n in ev.notes), ev.notes
