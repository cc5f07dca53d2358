"""The reflector as the far end of a test call: safety rules and bounded state, real sockets.

A hand-written caller speaks to an in-process reflector on loopback, so each
test can do what a real phone would not: name someone else's address in its
SDP, send fewer RTP packets than the call lasts, never hang up, flood INVITEs
from many source addresses (Linux answers on all of 127.0.0.0/8).
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
import time
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.protocols import call_report
from app.protocols.rtp import build_probe_packet, parse_probe_payload, parse_rtp
from app.protocols.sdp_offer import build_sdp
from app.protocols.sip import Response, parse_message
from app.reflector import call as call_module
from app.reflector.call import sdp_target_refusal
from tests.helpers import RunningReflector, running_reflector


@pytest.mark.parametrize(
    ("host", "port", "source", "refused"),
    [
        ("198.51.100.7", 40000, "198.51.100.7", False),  # the caller's own address
        ("192.168.1.20", 40000, "198.51.100.7", False),  # private: shows the loss, reaches no one
        ("10.1.2.3", 40000, "198.51.100.7", False),
        ("100.64.3.4", 40000, "198.51.100.7", False),  # carrier NAT space
        ("8.8.8.8", 40000, "198.51.100.7", True),  # a third party's public address
        ("2001:4860:4860::8888", 40000, "2001:db8::1", True),
        ("127.0.0.1", 40000, "198.51.100.7", True),  # the reflector's own services
        ("169.254.169.254", 40000, "198.51.100.7", True),  # cloud metadata lives here
        ("224.0.0.251", 40000, "198.51.100.7", True),
        ("255.255.255.255", 40000, "198.51.100.7", True),
        ("0.0.0.0", 40000, "198.51.100.7", True),  # "hold" in old SDP
        ("198.51.100.7", 53, "198.51.100.7", True),  # not a media port
        ("192.168.1.20", 1023, "198.51.100.7", True),
        ("::ffff:198.51.100.7", 40000, "198.51.100.7", False),  # v4-mapped is the same host
        ("phone.example", 40000, "198.51.100.7", True),
    ],
)
def test_sdp_target_rule(host: str, port: int, source: str, refused: bool) -> None:
    assert (sdp_target_refusal(host, port, source) is not None) is refused


# --- a hand-written caller ------------------------------------------------------------


class Caller:
    def __init__(self, r: RunningReflector, bind: str = "127.0.0.1") -> None:
        self.server = ("127.0.0.1", r.sip_port)
        self.sip = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sip.bind((bind, 0))
        self.sip.settimeout(2.0)
        self.media = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.media.bind((bind, 0))
        self.media.settimeout(2.0)
        self.call_id = secrets.token_hex(8)
        self.sent_bytes = 0
        self.received_bytes = 0

    def close(self) -> None:
        self.sip.close()
        self.media.close()

    def request(self, method: str, cseq: int, body: bytes = b"", extra: str = "") -> bytes:
        host, port = self.sip.getsockname()
        ctype = "Content-Type: application/sdp\r\n" if body else ""
        return (
            f"{method} sip:echo@127.0.0.1:{self.server[1]} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP {host}:{port};branch=z9hG4bK{secrets.token_hex(6)};rport\r\n"
            "Max-Forwards: 70\r\n"
            f"From: <sip:t@{host}:{port}>;tag=abc\r\n"
            f"To: <sip:echo@127.0.0.1>{self.to_tag}\r\n"
            f"Call-ID: {self.call_id}\r\n"
            f"CSeq: {cseq} {method}\r\n"
            f"{extra}{ctype}Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body

    to_tag = ""

    def send(self, wire: bytes) -> None:
        self.sip.sendto(wire, self.server)
        self.sent_bytes += len(wire)

    def invite(self, sdp_host: str | None = None, seconds: int = 2) -> bytes:
        sdp = build_sdp(
            address=sdp_host or self.media.getsockname()[0],
            session_id=1,
            media_port=self.media.getsockname()[1],
            formats=(0,),
        )
        wire = self.request("INVITE", 1, sdp, f"{call_report.HEADER}: seconds={seconds}\r\n")
        self.send(wire)
        return wire

    def answer(self, want: int | None = None) -> Response:
        while True:
            data = self.sip.recv(65536)
            self.received_bytes += len(data)
            msg = parse_message(data)
            assert isinstance(msg, Response)
            if want is None or msg.status == want:
                return msg

    def establish(self, sdp_host: str | None = None, seconds: int = 2) -> tuple[str, int]:
        self.invite(sdp_host, seconds)
        ok = self.answer(200)
        self.to_tag = ";tag=" + (ok.get("To") or "").split("tag=")[1]
        self.send(self.request("ACK", 1))
        media_line = next(ln for ln in ok.body.decode().split("\r\n") if ln.startswith("m="))
        return "127.0.0.1", int(media_line.split()[1])

    def rtp(self, far: tuple[str, int], count: int) -> None:
        for i in range(count):
            pkt = build_probe_packet(
                sequence=i, timestamp=160 * i, ssrc=7, send_time_us=1_000_000 + i
            )
            self.media.sendto(pkt, far)

    def bye(self) -> call_report.CallReport:
        self.send(self.request("BYE", 2))
        ok = self.answer(200)
        assert ok.content_type == call_report.CONTENT_TYPE
        return call_report.decode(ok.body)


@pytest.fixture
def reflector() -> Iterator[RunningReflector]:
    with running_reflector() as r:
        yield r


@pytest.fixture
def caller(reflector: RunningReflector) -> Iterator[Caller]:
    c = Caller(reflector)
    yield c
    c.close()


def test_a_spoofed_public_sdp_address_gets_no_media(
    reflector: RunningReflector, caller: Caller
) -> None:
    far = caller.establish(sdp_host="8.8.8.8")
    caller.rtp(far, 20)
    got = [parse_probe_payload(parse_rtp(caller.media.recv(2048)).payload) for _ in range(20)]
    report = caller.bye()
    assert report.sdp_received is not None and report.sdp_received[0] == "8.8.8.8"
    assert report.to_sdp.target is None and report.to_sdp.sent == 0
    assert "public address other than the caller's" in (report.to_sdp.refused or "")
    # everything that was sent went to the latched address, i.e. back to us
    assert report.to_source.target == caller.media.getsockname()
    assert {p.path for p in got} == {2}
    stats = reflector.call(lambda: dict(reflector.reflector.stats))
    assert stats["call_media_out"] == report.to_source.sent == 20


def test_never_more_media_than_the_caller_sent(caller: Caller) -> None:
    far = caller.establish()
    caller.rtp(far, 10)
    for _ in range(20):  # ten per path come back, both to our one port
        caller.media.recv(2048)
    caller.media.settimeout(0.3)
    with pytest.raises(TimeoutError):
        caller.media.recv(2048)  # the credits are spent: nothing more
    report = caller.bye()
    assert report.reception.received == report.reception.unique == 10
    assert report.to_sdp.sent == report.to_source.sent == 10
    assert report.ack.seen and report.ack.copies == 1


def test_the_bye_answer_is_repeated_for_a_retransmitted_bye(caller: Caller) -> None:
    caller.establish()
    first = caller.bye()
    assert caller.bye() == first


def test_an_ack_as_received_is_reported(caller: Caller) -> None:
    caller.invite()
    ok = caller.answer(200)
    caller.to_tag = ";tag=" + (ok.get("To") or "").split("tag=")[1]
    ack = caller.request("ACK", 1)
    caller.send(ack)
    report = caller.bye()
    assert report.ack.seen and report.ack.request == ack
    assert report.ack.source == caller.sip.getsockname()


def test_plain_invites_keep_their_plain_answer(reflector: RunningReflector) -> None:
    c = Caller(reflector)
    try:
        sdp = build_sdp(address="127.0.0.1", session_id=1, media_port=40000)
        c.send(c.request("INVITE", 1, sdp))
        assert c.answer().status == 486
        assert reflector.call(lambda: len(reflector.reflector.call_desk.calls)) == 0  # type: ignore[union-attr]
    finally:
        c.close()


def test_calls_per_source_are_capped_and_a_call_past_its_lifetime_is_forgotten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(call_module, "SETUP_GRACE", 0.3)
    with running_reflector(max_calls_per_source=2) as r:
        callers = [Caller(r) for _ in range(3)]
        try:
            for c in callers[:2]:
                c.invite(seconds=1)
                assert c.answer(200).status == 200
            callers[2].invite(seconds=1)
            assert callers[2].answer().status == 503
            desk = r.reflector.call_desk
            assert desk is not None
            assert r.call(lambda: len(desk.calls)) == 2
            deadline = time.monotonic() + 5
            while r.call(lambda: len(desk.calls)) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert r.call(lambda: (len(desk.calls), dict(desk.by_source))) == (0, {})
            assert r.call(lambda: r.reflector.stats["call_expired"]) == 2
        finally:
            for c in callers:
                c.close()


def test_an_invite_flood_gets_at_most_3x_back_and_bounded_state() -> None:
    """Unanswered INVITEs from 20 spoofable addresses: the 200s are retransmitted only
    within 3x of what each source sent, and the number of calls stays capped."""
    with running_reflector(max_calls=12, max_calls_per_source=2) as r:
        callers = [Caller(r, bind=f"127.0.0.{i}") for i in range(2, 22)]
        try:
            for c in callers:
                for _ in range(5):
                    c.call_id = secrets.token_hex(8)
                    c.invite()
            desk = r.reflector.call_desk
            assert desk is not None
            # Long enough for every 200 retransmission the budget allows (T1, 2·T1, ...).
            quiet_until = time.monotonic() + 2.0
            for c in callers:
                c.sip.settimeout(0.05)
                while True:
                    try:
                        c.received_bytes += len(c.sip.recv(65536))
                    except TimeoutError:
                        if time.monotonic() >= quiet_until:
                            break
            for c in callers:
                assert c.received_bytes <= 3 * c.sent_bytes, (c.received_bytes, c.sent_bytes)
            calls = r.call(lambda: [(x.bytes_in, x.bytes_out) for x in desk.calls.values()])
            assert len(calls) == 12
            assert all(out <= 3 * got for got, out in calls)
            assert r.call(lambda: max(desk.by_source.values())) <= 2
            assert r.call(lambda: r.reflector.stats["call_refused"]) == 100 - 12
        finally:
            for c in callers:
                c.close()


def test_media_ports_come_from_the_configured_range() -> None:
    from tests.helpers import free_port

    port = free_port()
    with running_reflector(media_ports=(port, port)) as r:
        first, second = Caller(r), Caller(r)
        try:
            first.invite()
            ok = first.answer(200)
            assert f"m=audio {port} RTP/AVP 0" in ok.body.decode()
            second.invite()  # the range holds one port, and it is taken
            busy = second.answer()
            assert busy.status == 503 and busy.reason == "No Media Port"
        finally:
            first.close()
            second.close()


def test_metrics_count_test_calls() -> None:
    pytest.importorskip("prometheus_client", reason="the 'reflector' extra (prometheus_client)")
    from tests.reflector.test_reflector_ops import m, scrape

    with running_reflector(metrics=("127.0.0.1", 0)) as r:
        address = r.reflector.bound["metrics", 0]
        c = Caller(r)
        try:
            far = c.establish()
            c.rtp(far, 5)
            for _ in range(10):
                c.media.recv(2048)
            during = scrape(address)
            c.bye()
            after = scrape(address)
        finally:
            c.close()
    assert m(during, "test_calls_active") == 1.0 and m(after, "test_calls_active") == 0.0
    assert m(after, "test_calls_started_total") == 1.0
    assert m(after, "test_call_media_packets_total") == 10.0
    assert m(after, "test_calls_refused_total") == 0.0


@given(st.text(max_size=80))
def test_the_request_uri_host_is_an_ip_literal_or_nothing(uri: str) -> None:
    host = call_module._request_uri_host(uri)
    assert host is None or ipaddress.ip_address(host)


@pytest.mark.parametrize(
    ("uri", "host"),
    [
        ("sip:echo@203.0.113.2:5060", "203.0.113.2"),
        ("sip:echo@[2001:db8::2]:5060;transport=udp", "2001:db8::2"),
        ("sip:203.0.113.2", "203.0.113.2"),
        ("sip:echo@reflector.example", None),
    ],
)
def test_the_request_uri_host(uri: str, host: str | None) -> None:
    assert call_module._request_uri_host(uri) == host


def test_the_marker_text_in_a_body_is_not_a_test_call(caller: Caller) -> None:
    body = b"v=0\r\ns=X-SIPALG-Test-Call: seconds=5\r\n"
    caller.send(caller.request("INVITE", 1, body))
    assert caller.answer().status == 486  # the plain probe's answer
