"""From the caller's record to the test call's figures: pure, over hand-made records."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from app.diagnosis.call_summary import summarise_call
from app.netinfo.link import LinkInfo
from app.probes.call import (
    PATH_LATCHED,
    PATH_SDP,
    CallRecord,
    CallReport,
    IncomingRecord,
    LargeInviteRecord,
    RtpArrival,
    Sent,
)
from app.protocols.call_report import AckSeen, Reception

ACK = b"ACK sip:r@203.0.113.2:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 192.168.1.10:5062\r\n\r\n"


def arrivals(count: int, skip: frozenset[int] = frozenset()) -> tuple[RtpArrival, ...]:
    return tuple(
        RtpArrival(i, 160 * i, 0.02 * i + 0.03, 0.02 * i, 0.01)
        for i in range(count)
        if i not in skip
    )


def record(report: CallReport | None, **arrived: tuple[RtpArrival, ...]) -> CallRecord:
    return CallRecord(
        reflector=("203.0.113.2", 5060),
        seconds=2,
        offered_media=("192.168.1.10", 20000),
        provisional=(100, 180),
        final_status=200,
        final_reason="OK",
        confirmed=True,
        answer_media=("203.0.113.2", 40000),
        ack=ACK,
        bye_status=200 if report else None,
        report=report,
        sent=100,
        arrivals={PATH_SDP: arrived.get("sdp", ()), PATH_LATCHED: arrived.get("src", ())},
    )


def report(ack: AckSeen, *, to_sdp: Sent, received: int = 100) -> CallReport:
    return CallReport(
        seconds=2,
        ack=ack,
        sdp_received=("203.0.113.1", 20000),
        reception=Reception(received, received, 16.0, ("203.0.113.1", 20000)),
        to_sdp=to_sdp,
        to_source=Sent(("203.0.113.1", 20000), 100),
    )


def test_rewritten_ack_and_sdp_and_one_way_audio() -> None:
    rewritten = ACK.replace(b"192.168.1.10", b"203.0.113.1")
    seen = AckSeen(True, ("203.0.113.1", 5062), hashlib.sha256(rewritten).hexdigest(), rewritten)
    rep = report(seen, to_sdp=Sent(("192.168.1.10", 20000), 100))
    s = summarise_call(record(rep, src=arrivals(100)), LinkInfo("wifi", "wlan0"))
    assert s.ack.seen and s.ack.unchanged is False
    assert s.ack.changes == (
        "-Via: SIP/2.0/UDP 192.168.1.10:5062",
        "+Via: SIP/2.0/UDP 203.0.113.1:5062",
    )
    assert s.sdp_rewritten is True  # 192.168.1.10:20000 arrived as 203.0.113.1:20000
    announced, latched = s.path("back_to_announced"), s.path("back_to_source")
    assert not announced.arrived and announced.figures is not None
    assert announced.figures.lost == 100
    assert latched.arrived and latched.figures is not None and latched.figures.lost == 0
    assert s.heard_them is True and s.they_heard_you is True
    out = s.path("to_far_end").figures
    assert out is not None and out.jitter_ms == 2.0 and out.rtt is not None  # 16 units at 8 kHz
    assert s.link == LinkInfo("wifi", "wlan0")


def test_loss_on_our_path_rates_the_call() -> None:
    rep = report(
        AckSeen(True, digest=hashlib.sha256(ACK).hexdigest()),
        to_sdp=Sent(None, refused="x"),
        received=90,
    )
    s = summarise_call(record(rep, src=arrivals(100)))
    assert s.ack.unchanged is True
    assert s.path("back_to_announced").figures is None
    assert s.path("back_to_announced").refused == "x"
    quality = s.call_quality
    assert quality is not None and quality is s.path("to_far_end").figures
    assert quality.lost == 10 and quality.mos is not None and quality.mos < 2.5


def test_without_the_report_what_arrived_still_counts() -> None:
    s = summarise_call(record(None, src=arrivals(100, skip=frozenset({50, 51}))))
    assert s.ack.seen is None and s.path("to_far_end").figures is None
    latched = s.path("back_to_source").figures
    assert latched is not None and latched.lost == 2 and latched.sent is None
    assert s.they_heard_you is None and s.heard_them is True and s.call_quality is None


def test_lost_ack_is_reported() -> None:
    rep = report(AckSeen(False), to_sdp=Sent(None, refused="x"))
    s = summarise_call(record(rep, src=arrivals(100)))
    assert s.ack.sent and s.ack.seen is False and s.ack.unchanged is None


def large(control: bool, outbound: bool, inbound: bool, sized: bool | None = True) -> CallRecord:
    rec = LargeInviteRecord(2200, 2200, control, outbound, inbound, tries=4, sized=sized)
    return replace(record(None), large_invite=rec)


def test_large_invite_directions_are_dropped_only_when_small_messages_came_back() -> None:
    cases = {
        (True, True, True): ("passed", "passed"),
        (True, False, True): ("dropped", "passed"),
        (True, True, False): ("passed", "dropped"),
        (True, False, False): ("dropped", "dropped"),
        (False, False, False): ("unknown", "unknown"),  # nothing came back: loss, not fragments
        (False, True, False): ("passed", "unknown"),
    }
    for (control, out, back), want in cases.items():
        got = summarise_call(large(control, out, back)).large_invite
        assert (got.outbound, got.inbound) == want, (control, out, back)
        assert got.tested and got.size == 2200 and got.small_passed is control
    older = summarise_call(large(True, False, True, sized=False)).large_invite
    assert (older.outbound, older.inbound) == ("unknown", "unknown")
    untested = summarise_call(record(None)).large_invite
    assert not untested.tested and (untested.outbound, untested.inbound) == ("unknown", "unknown")


def test_incoming_call_words() -> None:
    base = replace(record(None), idle=10)
    assert summarise_call(record(None)).incoming.tested is False
    cut = summarise_call(replace(base, cancelled=True)).incoming
    assert cut.arrived is None and cut.note == "not finished (cancelled)"
    lost = summarise_call(replace(base, incoming=IncomingRecord(10.0, True, False))).incoming
    assert lost.arrived is False and lost.after_s is None and lost.registered is True
    assert lost.note is not None and "within 10 s" in lost.note and "once" in lost.note
    rewritten = IncomingRecord(
        10.0,
        True,
        True,
        10.01,
        True,
        ("203.0.113.1", 40000),
        "sip:u@192.168.1.10:40000",
        ("192.168.1.10", 40000),
        486,
    )
    got = summarise_call(replace(base, incoming=rewritten)).incoming
    assert got.arrived and got.rewritten and got.after_s == 10.01
    assert got.sent_to == "203.0.113.1:40000"
    assert got.note is not None and got.note.endswith(
        "addressed to 203.0.113.1:40000, it arrived addressed to 192.168.1.10:40000"
    )
    clean = replace(rewritten, rewritten=False, request_uri="sip:u@203.0.113.1:40000")
    assert summarise_call(replace(base, incoming=clean)).incoming.note is None
