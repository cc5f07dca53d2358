"""The test call's shared SIP datagram endpoint and the ACK of a refused INVITE.

The three checks that use them (call, incoming call, large INVITE) are tested
end to end against the real reflector in test_call_probe.py; these are the
shared parts on their own: what reaches a subclass, that a refused send does
not raise, and the ACK's fields (RFC 3261 §17.1.1.3).
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

from app.probes.large_invite import build_invite
from app.probes.sip_datagram import SipDatagramProtocol, ack_for_final
from app.protocols.sip import Request, Response, make_headers, parse_message

LOCAL = ("192.168.1.10", 40000)
REMOTE = ("203.0.113.2", 5060)


class _Recorder(SipDatagramProtocol):
    def __init__(self, call_ids: Any) -> None:
        super().__init__(call_ids)
        self.answers: list[tuple[bytes, Response]] = []
        self.requests: list[tuple[bytes, Request]] = []

    def answer_received(self, data: bytes, msg: Response) -> None:
        self.answers.append((data, msg))

    def request_received(self, data: bytes, msg: Request) -> None:
        self.requests.append((data, msg))


class _Transport:
    def __init__(self, error: OSError | None = None) -> None:
        self.sent: list[bytes] = []
        self.error = error

    def sendto(self, data: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.sent.append(data)


def _response(call_id: str | None, status: int = 486) -> bytes:
    pairs = [("Via", "SIP/2.0/UDP 192.168.1.10:40000;branch=z9hG4bKx"), ("CSeq", "1 INVITE")]
    if call_id is not None:
        pairs.append(("Call-ID", call_id))
    return bytes(Response(status, "Busy Here", make_headers(pairs)))


def _request(call_id: str) -> bytes:
    pairs = [("Via", "SIP/2.0/UDP 203.0.113.2;branch=z9hG4bKy"), ("Call-ID", call_id)]
    return bytes(Request("INVITE", "sip:me@192.168.1.10", make_headers(pairs)))


def test_only_answers_with_our_call_ids_reach_the_subclass() -> None:
    proto = _Recorder({"a@t": "control", "b@t": "inbound"})
    for wire in (_response("a@t"), _response("other@t"), _response(None), _response("b@t")):
        proto.datagram_received(wire, REMOTE)
    assert [m.get("Call-ID") for _, m in proto.answers] == ["a@t", "b@t"]
    assert proto.answers[0][0] == _response("a@t")  # the bytes as they arrived
    assert proto.requests == []


def test_requests_reach_the_subclass_whatever_their_call_id() -> None:
    proto = _Recorder(("mine@t",))
    proto.datagram_received(_request("theirs@t"), REMOTE)
    assert [m.get("Call-ID") for _, m in proto.requests] == ["theirs@t"]
    assert proto.answers == []


def test_what_does_not_parse_is_dropped_without_a_word() -> None:
    proto = _Recorder(("mine@t",))
    for junk in (b"", b"\x00\xff" * 40, b"SIP/2.0 abc\r\n\r\n", b"HELLO\r\n\r\n"):
        proto.datagram_received(junk, REMOTE)
    assert proto.answers == [] and proto.requests == []


def test_the_base_ignores_requests_and_icmp_errors() -> None:
    proto = SipDatagramProtocol(("mine@t",))
    proto.datagram_received(_request("theirs@t"), REMOTE)
    proto.error_received(ConnectionRefusedError())


def test_send_goes_to_the_transport_and_a_refused_send_does_not_raise() -> None:
    proto = SipDatagramProtocol(())
    proto.send(b"before the socket exists")  # nothing to send on: dropped
    ok = _Transport()
    proto.connection_made(cast(asyncio.BaseTransport, ok))
    proto.send(b"ACK")
    assert ok.sent == [b"ACK"]
    proto.connection_made(cast(asyncio.BaseTransport, _Transport(OSError(101, "unreachable"))))
    proto.send(b"ACK")  # does not raise


def _invite(cseq: str = "1 INVITE") -> tuple[bytes, Request]:
    wire = build_invite(LOCAL, REMOTE, "large1@t", size=0, answer="small", sdp=False)
    if cseq != "1 INVITE":
        wire = wire.replace(b"CSeq: 1 INVITE", f"CSeq: {cseq}".encode())
    invite = parse_message(wire)
    assert isinstance(invite, Request)
    return wire, invite


def test_the_ack_of_a_refusal_belongs_to_the_invites_transaction() -> None:
    wire, invite = _invite()
    to = f"{invite.get('To')};tag=far1"
    answer = Response(486, "Busy Here", make_headers([("To", to), ("CSeq", "1 INVITE")]))
    ack = parse_message(ack_for_final(wire, answer))
    assert isinstance(ack, Request) and ack.method == "ACK" and ack.uri == invite.uri
    assert ack.get_all("Via") == invite.get_all("Via")[:1]  # the same branch
    assert ";branch=z9hG4bK" in (ack.get("Via") or "")
    assert ack.get("From") == invite.get("From")
    assert ack.get("Call-ID") == "large1@t"
    assert ack.get("To") == to  # the far end's tag
    assert ack.get("CSeq") == "1 ACK"
    assert ack.get("Content-Length") == "0" and ack.body == b""


def test_the_ack_keeps_the_invites_cseq_number_and_falls_back_to_its_to() -> None:
    wire, invite = _invite("7 INVITE")
    ack = parse_message(ack_for_final(wire, Response(500, "Oops", ())))
    assert isinstance(ack, Request)
    assert ack.get("CSeq") == "7 ACK"
    assert ack.get("To") == invite.get("To")
