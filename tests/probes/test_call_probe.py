"""The caller against the real reflector on loopback: every path, figures, failures."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from app.core.progress import CancelToken
from app.diagnosis.call_summary import summarise_call
from app.probes.call import PATH_LATCHED, PATH_SDP, place_call
from app.probes.target import Target, TargetError
from tests.helpers import free_port, running_reflector


def test_a_clean_loopback_call_arrives_on_every_path_without_loss() -> None:
    with running_reflector() as r:
        record = place_call(Target("127.0.0.1", r.sip_port), 2, idle=0, large_invite=False)
        stats = r.call(lambda: dict(r.reflector.stats))
    assert record.error is None and record.report_error is None, record
    assert record.provisional == (100, 180) and record.final_status == 200 and record.confirmed
    assert record.sent == 100
    report = record.report
    assert report is not None
    assert report.ack.seen and report.ack.copies == 1
    assert report.sdp_received == record.offered_media
    assert report.reception.unique == 100
    for tag, sent in ((PATH_SDP, report.to_sdp), (PATH_LATCHED, report.to_source)):
        assert sent.sent == len(record.arrivals[tag]) >= 95  # credits lag by a tick or two
    summary = summarise_call(record)
    for path in summary.paths:
        assert path.arrived and path.figures is not None, path
        assert path.figures.lost == 0 and path.figures.loss_fraction == 0
        assert path.figures.mos is not None and path.figures.mos > 4.2
        assert path.figures.rtt is not None and path.figures.rtt.median_ms < 50
    assert summary.ack.unchanged and summary.sdp_rewritten is False
    assert summary.heard_them and summary.they_heard_you
    # nothing left behind on the far end: the BYE freed the call's media at once
    assert stats["call_ended"] == 1 and stats.get("call_expired", 0) == 0
    assert stats["call_media_out"] == report.to_sdp.sent + report.to_source.sent


def test_a_reflector_without_test_calls_is_said_so() -> None:
    with running_reflector(calls=False) as r:
        record = place_call(Target("127.0.0.1", r.sip_port), 1, idle=0, large_invite=False)
    assert record.final_status == 486 and not record.established
    assert record.error is not None and "does not make test calls" in record.error
    assert record.sent == 0


def test_nothing_listening_ends_quickly_with_a_sentence() -> None:
    started = time.monotonic()
    record = place_call(Target("127.0.0.1", free_port()), 1, setup_timeout=3)
    assert time.monotonic() - started < 2  # ICMP port unreachable ends it
    assert record.error is not None and not record.established


def test_a_silent_server_costs_the_setup_timeout() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as silent:
        silent.bind(("127.0.0.1", 0))
        started = time.monotonic()
        record = place_call(
            Target("127.0.0.1", silent.getsockname()[1]), 1, setup_timeout=0.6, idle=0
        )
    elapsed = time.monotonic() - started
    assert 0.5 < elapsed < 3
    assert record.error == "no answer to the test call within 0.6 s"


def test_cancel_stops_the_call_at_once_and_hangs_up() -> None:
    with running_reflector() as r:
        token = CancelToken()
        threading.Timer(0.5, token.cancel).start()
        started = time.monotonic()
        record = place_call(Target("127.0.0.1", r.sip_port), 10, cancel=token)
        elapsed = time.monotonic() - started
        desk = r.reflector.call_desk
        assert desk is not None
        deadline = time.monotonic() + 2
        while r.call(lambda: desk.active) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert r.call(lambda: desk.active) == 0  # the BYE sent on cancel ended it
    assert record.cancelled and elapsed < 1.5
    assert 0 < record.sent < 500


def test_bad_lengths_are_the_callers_error() -> None:
    with pytest.raises(TargetError):
        place_call(Target("127.0.0.1", 5060), 31)


def test_a_dual_stack_reflector_calls_an_ipv4_caller() -> None:
    """``--listen ::`` takes IPv4 too; its media socket must send to IPv4 callers."""
    with running_reflector(listen="::") as r:
        record = place_call(Target("127.0.0.1", r.sip_port), 1, idle=0, large_invite=False)
    assert record.error is None and record.report is not None, record
    assert record.answer_media is not None and record.answer_media[0] == "127.0.0.1"
    assert len(record.arrivals[PATH_LATCHED]) >= 45 and len(record.arrivals[PATH_SDP]) >= 45


def test_the_default_call_also_rings_and_sends_a_large_invite() -> None:
    with running_reflector() as r:
        started = time.monotonic()
        record = place_call(Target("127.0.0.1", r.sip_port), 1, idle=2)
        elapsed = time.monotonic() - started
        stats = r.call(lambda: dict(r.reflector.stats))
    assert record.error is None and record.established, record
    incoming = record.incoming
    assert incoming is not None and incoming.registered and incoming.arrived
    assert incoming.after is not None and 1.9 <= incoming.after <= 2.5
    assert incoming.rewritten is False and incoming.answered == 486
    assert incoming.sent_to == incoming.local  # loopback: no NAT between
    large = record.large_invite
    assert large is not None and large.control and large.outbound and large.inbound
    assert large.size == 2200 and large.inbound_received == 2200 and large.tries == 1
    assert large.outbound_rewritten is False
    assert stats["incoming_call_sent"] == 1
    assert elapsed < 3.5  # the idle time ran alongside the call, not after it


def test_an_older_reflector_without_call_backs_leaves_the_incoming_call_unknown() -> None:
    with running_reflector(callbacks=False) as r:
        started = time.monotonic()
        record = place_call(Target("127.0.0.1", r.sip_port), 1, idle=1, large_invite=False)
        elapsed = time.monotonic() - started
    assert record.established and record.incoming is not None
    assert not record.incoming.registered and record.incoming.arrived is None
    assert record.incoming.error is not None
    assert "does not make incoming test calls" in record.incoming.error
    assert elapsed < 2.5  # its plain answer to the REGISTER says so at once
    summary = summarise_call(record)
    assert summary.incoming.arrived is None and summary.incoming.note == record.incoming.error


def test_cancel_also_stops_the_incoming_wait() -> None:
    with running_reflector() as r:
        token = CancelToken()
        threading.Timer(0.5, token.cancel).start()
        started = time.monotonic()
        record = place_call(Target("127.0.0.1", r.sip_port), 2, idle=30, cancel=token)
    assert record.cancelled and time.monotonic() - started < 1.5
    assert record.incoming is None and record.large_invite is None


def test_a_reflector_that_ignores_answer_sizes_leaves_the_way_back_unknown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An older reflector answers every INVITE with its full echo: the large INVITE's
    answer passing proves the way out, but nothing about large answers coming back."""
    from app.reflector import responder

    monkeypatch.setattr(responder, "parse_answer", lambda value: ("", 0))
    with running_reflector() as r:
        record = place_call(Target("127.0.0.1", r.sip_port), 1, idle=0)
    large = record.large_invite
    assert large is not None and large.sized is False and large.control and large.inbound
    summary = summarise_call(record).large_invite
    assert (summary.outbound, summary.inbound) == ("passed", "unknown")
