"""The incoming test call and the sized answers, on the reflector's side.

Pure parts first (the plan for a REGISTER, the sized answers, the wire
helpers, fuzzed), then the real reflector on loopback: the INVITE goes only to
the REGISTER's source, once per REGISTER however often it is retransmitted,
and floods of REGISTERs and INVITEs never get back more than 3x their bytes.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st

from app.probes.incoming import build_register
from app.probes.large_invite import SIZE, SMALL, build_invite
from app.protocols import call_report, echo
from app.protocols.incoming_call import (
    SENT_HEADER,
    digest_without_sent,
    parse_answer,
    parse_sent_value,
    sent_value,
)
from app.protocols.sip import Request, Response, parse_message
from app.reflector.callback import CallBackMemory, plan_callback
from app.reflector.responder import reflect
from tests.helpers import running_reflector

PUBLIC = ("203.0.113.1", 61000)
LOCAL = ("192.168.1.10", 40000)
REFLECTOR = ("203.0.113.2", 5060)


def register(idle: int = 10, call_id: str = "reg1@t", local: tuple[str, int] = LOCAL) -> bytes:
    return build_register(local, REFLECTOR, "sipalg-abc", call_id, idle)


# --- pure ----------------------------------------------------------------------------


def test_a_register_plans_one_invite_to_its_source_within_3x() -> None:
    data = register(10)
    plan = plan_callback(data, PUBLIC, "reflector.invalid:5060")
    assert plan is not None and plan.kind == "invite" and plan.delay == 10
    assert plan.call_id == "reg1@t"
    assert len(plan.ack) + len(plan.callback) <= 3 * len(data)
    ack, invite = parse_message(plan.ack), parse_message(plan.callback)
    assert isinstance(ack, Response) and ack.status == 200 and ack.get("CSeq") == "1 REGISTER"
    assert isinstance(invite, Request) and invite.method == "INVITE"
    # to the address the REGISTER came from, not the Contact it names
    assert invite.uri == "sip:sipalg-abc@203.0.113.1:61000"
    assert (
        invite.get("Content-Type") == "application/sdp" and b"c=IN IP4 203.0.113.2" in invite.body
    )
    sent = parse_sent_value(invite.get(SENT_HEADER) or "")
    assert sent == (digest_without_sent(plan.callback), PUBLIC)


def test_a_rewritten_invite_no_longer_matches_its_digest() -> None:
    plan = plan_callback(register(), PUBLIC, "r.invalid:5060")
    assert plan is not None
    sent = parse_sent_value(parse_message(plan.callback).get(SENT_HEADER) or "")
    assert sent is not None
    rewritten = plan.callback.replace(b"@203.0.113.1:61000", b"@192.168.1.10:40000")
    assert rewritten != plan.callback
    assert digest_without_sent(rewritten) != sent[0]
    assert digest_without_sent(plan.callback) == sent[0]


def test_a_register_too_small_to_pay_for_the_invite_is_refused() -> None:
    tiny = (
        b"REGISTER sip:r SIP/2.0\r\nVia: SIP/2.0/UDP a:1;branch=z9hG4bK1\r\nFrom: <sip:a@r>;tag=1"
        b"\r\nTo: <sip:a@r>\r\nCall-ID: c\r\nCSeq: 1 REGISTER\r\nX-SIPALG-Call-Back: 5\r\n\r\n"
    )
    assert plan_callback(tiny, PUBLIC, "reflector.invalid:5060") is None


def test_ipv6_registers_still_fit_the_budget() -> None:
    data = build_register(("2001:db8::10", 40000), ("2001:db8::2", 5060), "u", "c6@t", 600)
    plan = plan_callback(data, ("2001:db8:ffff:ffff::1", 65000), "2001:db8::2:5060")
    assert plan is not None and "[2001:db8:ffff:ffff::1]:65000" in parse_message(plan.callback).uri


def test_sent_value_round_trip_and_damage() -> None:
    digest = "ab" * 32
    assert parse_sent_value(sent_value(digest, ("2001:db8::1", 5060))) == (
        digest,
        ("2001:db8::1", 5060),
    )
    assert parse_sent_value(f"{digest} !!!") == (digest, None)
    assert parse_sent_value(f"{digest} " + sent_value(digest, ("x", 1)).split()[1]) == (
        digest,
        None,
    )
    assert parse_sent_value("not-a-digest") is None


def test_answer_sizes_are_parsed_strictly() -> None:
    assert parse_answer("small") == ("small", 0)
    assert parse_answer(" Large=2200 ") == ("large", 2200)
    for bad in ("large", "large=0", "large=99999", "large=²", "tiny", "small=1"):
        assert parse_answer(bad) == ("", 0), bad


def _reflect(data: bytes) -> bytes:
    out = reflect(data, transport="udp", source=PUBLIC, destination=REFLECTOR, verified=False)
    assert out.response is not None
    return out.response


def test_a_large_invite_asking_for_a_small_answer_gets_one_below_the_mtu() -> None:
    data = build_invite(LOCAL, REFLECTOR, "big@t", size=SIZE, answer="small", sdp=True)
    assert len(data) == SIZE
    answer = _reflect(data)
    assert len(answer) < 1200  # one packet back, whatever the way out did
    msg = parse_message(answer)
    assert isinstance(msg, Response) and msg.status == 486
    seen = echo.decode(msg.body)
    assert seen.request is None and seen.request_matches(data)


def test_a_small_invite_asking_for_a_large_answer_gets_it_within_3x() -> None:
    data = build_invite(LOCAL, REFLECTOR, "back@t", size=SMALL, answer=f"large={SIZE}", sdp=False)
    assert len(data) == SMALL
    answer = _reflect(data)
    assert SIZE - 8 <= len(answer) <= min(SIZE, 3 * len(data))
    msg = parse_message(answer)
    assert isinstance(msg, Response) and echo.decode(msg.body).request == data
    # asking for more than 3x the request gets 3x at most
    greedy = build_invite(LOCAL, REFLECTOR, "g@t", size=SMALL, answer="large=8000", sdp=False)
    assert len(_reflect(greedy)) <= 3 * len(greedy)


@given(st.binary(max_size=300), st.sampled_from(["small", "large=8000", "large=1", "x"]))
def test_fuzz_sized_answers_stay_within_3x(junk: bytes, asked: str) -> None:
    data = (
        b"INVITE sip:e@r SIP/2.0\r\nVia: SIP/2.0/UDP a:1;branch=z9hG4bK1\r\n"
        b"From: <sip:a@r>;tag=1\r\nTo: <sip:e@r>\r\nCall-ID: f\r\nCSeq: 1 INVITE\r\n"
        b"X-SIPALG-Answer: " + asked.encode() + b"\r\n" + junk
    )
    out = reflect(data, transport="udp", source=PUBLIC, destination=REFLECTOR, verified=False)
    if out.response is not None:
        assert len(out.response) <= 3 * len(data)


@given(st.binary(max_size=400))
def test_fuzz_register_plans(data: bytes) -> None:
    head = b"REGISTER sip:203.0.113.2 SIP/2.0\r\nX-SIPALG-Call-Back: 5\r\n"
    plan = plan_callback(head + data, PUBLIC, "r:5060")
    if plan is not None:
        assert plan.kind == "invite"
        assert len(plan.ack) + len(plan.callback) <= 3 * len(head + data)
        assert parse_message(plan.callback).uri.endswith("@203.0.113.1:61000")


@given(st.text(max_size=120))
def test_fuzz_sent_values(value: str) -> None:
    parsed = parse_sent_value(value)
    if parsed is not None:
        assert len(parsed[0]) == 64


def test_call_back_memory_on_a_fake_clock() -> None:
    """One call-back per request while its retransmissions may come; bounded when flooded."""
    memory = CallBackMemory(capacity=3)
    key = ("203.0.113.1", 61000, "a@t")
    assert not memory.seen(key, now=0.0)
    memory.remember(key, until=42.0, now=0.0)  # due at 10 s, remembered 32 s beyond
    assert memory.seen(key, now=10.0) and memory.seen(key, now=41.9)
    assert not memory.seen(key, now=42.0)
    assert not memory.seen(("203.0.113.1", 61001, "a@t"), now=1.0)  # another source port
    memory.remember(("s", 1, "b"), until=5.0, now=1.0)
    memory.remember(("s", 1, "c"), until=50.0, now=1.0)
    memory.remember(("s", 1, "d"), until=50.0, now=6.0)  # full: the expired "b" goes
    assert set(memory.until) == {key, ("s", 1, "c"), ("s", 1, "d")}
    memory.remember(("s", 1, "e"), until=50.0, now=7.0)  # full, none expired: the oldest goes
    assert set(memory.until) == {("s", 1, "c"), ("s", 1, "d"), ("s", 1, "e")}
    for i in range(100):
        memory.remember(("s", 2, str(i)), until=1000.0, now=8.0)
    assert len(memory.until) == 3


# --- the real reflector on loopback -------------------------------------------------


@contextlib.contextmanager
def udp() -> Iterator[socket.socket]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    try:
        yield sock
    finally:
        sock.close()


def drain(sock: socket.socket) -> list[bytes]:
    """Every datagram already waiting, without waiting for more."""
    got = []
    sock.setblocking(False)
    with contextlib.suppress(BlockingIOError):
        while True:
            got.append(sock.recv(65536))
    sock.setblocking(True)
    return got


def recv_until(sock: socket.socket, want: str, timeout: float) -> tuple[list[bytes], bytes | None]:
    """Datagrams until one starting with ``want`` (returned last), or the time-out."""
    got: list[bytes] = []
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            data = sock.recv(65536)
        except TimeoutError:
            break
        if data.startswith(want.encode()):
            return got, data
        got.append(data)
    return got, None


def test_retransmitted_registers_ring_once_and_only_the_source() -> None:
    """Five copies of one REGISTER, its Contact naming another socket: five answers, one
    INVITE, to the REGISTER's source; the Contact's socket gets nothing."""
    with running_reflector() as r, udp() as phone, udp() as victim:
        local = phone.getsockname()
        data = build_register(local, ("127.0.0.1", r.sip_port), "u", "once@t", 1)
        spoofed = data.replace(
            f"<sip:u@127.0.0.1:{local[1]}>".encode(),
            f"<sip:u@127.0.0.1:{victim.getsockname()[1]}>".encode(),
        )
        assert spoofed != data and len(spoofed) == len(data)
        for _ in range(5):
            phone.sendto(spoofed, ("127.0.0.1", r.sip_port))
        before, invite = recv_until(phone, "INVITE ", 3.0)
        assert invite is not None
        assert invite.startswith(f"INVITE sip:u@127.0.0.1:{local[1]} SIP/2.0".encode())
        answers = before + drain(phone)
        assert len(answers) == 5 and all(a.startswith(b"SIP/2.0 200 OK") for a in answers)
        _, again = recv_until(phone, "INVITE ", 1.5)  # past the delay of a later copy
        assert again is None
        assert drain(victim) == []
        stats = r.call(lambda: dict(r.reflector.stats))
    assert stats["callback_scheduled"] == 1 and stats["callback_repeated"] == 4
    assert stats["incoming_call_sent"] == 1
    assert len(spoofed) * 5 * 3 >= sum(map(len, answers)) + len(invite)


def test_a_flood_of_registers_and_invites_gets_back_at_most_3x_its_bytes() -> None:
    """One source sends REGISTERs (each asking for an INVITE), plain INVITEs, INVITEs that
    ask for large answers and test-call INVITEs; everything the reflector sends that
    source, call-backs included, stays within 3x what it sent."""
    with running_reflector() as r, udp() as src:
        # the whole flood fits the reflector's receive queue: every request is counted
        for transport in r.reflector._transports:
            sock = transport.get_extra_info("socket")
            try:
                sock.setsockopt(socket.SOL_SOCKET, 33, 1 << 23)  # SO_RCVBUFFORCE (root)
            except OSError:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 23)
        dest = ("127.0.0.1", r.sip_port)
        local = src.getsockname()
        sent = 0
        wires = []
        for i in range(40):
            wires.append(build_register(local, dest, "u", f"flood{i}@t", 1))
            wires.append(
                build_invite(local, dest, f"big{i}@t", size=SMALL, answer="large=8000", sdp=False)
            )
            wires.append(build_invite(local, dest, f"s{i}@t", size=SIZE, answer="small", sdp=True))
        marker = f"{call_report.HEADER}: {call_report.marker(1)}\r\n".encode()
        for i in range(10):
            test_call = build_invite(local, dest, f"call{i}@t", size=0, answer="x", sdp=True)
            wires.append(
                test_call.replace(b"Max-Forwards: 70\r\n", b"Max-Forwards: 70\r\n" + marker)
            )
        for wire in wires:
            src.sendto(wire, dest)
            sent += len(wire)
        deadline = time.monotonic() + 5
        received = 0
        invites = 0
        while time.monotonic() < deadline:  # the call-backs fire after 1 s; calls answer at once
            src.settimeout(max(0.0, deadline - time.monotonic()))
            try:
                data = src.recv(65536)
            except TimeoutError:
                break
            received += len(data)
            invites += data.startswith(b"INVITE ")
            if invites == 16:  # every call-back the per-source cap allowed has fired
                break
        time.sleep(0.2)  # nothing is awaited here: the bytes that may still come are counted
        received += sum(map(len, drain(src)))
        stats = r.call(lambda: dict(r.reflector.stats))
    assert invites == 16 == stats["incoming_call_sent"]  # max_callbacks_per_source
    assert stats["callback_refused"] == 40 - 16
    assert 0 < received <= 3 * sent, (received, sent)
