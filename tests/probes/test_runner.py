"""The whole probe run on loopback: both transports and both ports in one selector loop,
against the real reflector, with the progress the front ends show."""

from __future__ import annotations

import socket

import pytest

from app.core.model import Mode, Transport
from app.core.progress import CancelToken, Progress
from app.probes.options import ProbeOptions
from app.probes.runner import run_probe
from app.probes.target import Target
from tests.helpers import free_port, running_reflector


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as s:
            s.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.parametrize("address", ["127.0.0.1", "::1"])
def test_every_request_on_both_transports_and_ports_is_answered(address: str) -> None:
    if ":" in address and not _ipv6_loopback():
        pytest.skip("no IPv6 loopback here")
    seen: list[Progress] = []
    with running_reflector(listen=address) as r:
        options = ProbeOptions(control_port=r.control_port, timeout=3)
        target = Target(address, r.sip_port)
        record = run_probe(Mode.REFLECTOR, target, address, options, CancelToken(), seen.append)
    assert not record.cancelled
    keys = {(ex.transport, ex.port, ex.method) for ex in record.exchanges}
    assert keys == {
        (t, p, m)
        for t in (Transport.UDP, Transport.TCP)
        for p in (r.sip_port, r.control_port)
        for m in ("INVITE", "REGISTER", "OPTIONS")
    }
    assert all(ex.answered and ex.attempts == 1 and not ex.changes for ex in record.exchanges)
    assert all(ex.local is not None and ex.local[0] == address for ex in record.exchanges)
    assert record.duration < 1.0  # answers in milliseconds: nobody waited for the deadline
    # progress: a start, one step per exchange (each once), and "Done"
    items = [p.item for p in seen if p.item is not None]
    assert len(items) == len(set(items)) == 12
    assert seen[0].done == 0 and seen[-1].message == "Done" and seen[-1].done == seen[-1].total


def test_a_closed_port_is_reported_at_once_on_both_transports() -> None:
    closed = free_port()  # nothing listens: ICMP port unreachable (UDP), a reset (TCP)
    with running_reflector() as r:
        options = ProbeOptions(control_port=closed, timeout=3)
        record = run_probe(
            Mode.REFLECTOR, Target("127.0.0.1", r.sip_port), "127.0.0.1", options, CancelToken()
        )
    on_closed = {ex.transport: ex for ex in record.exchanges if ex.port == closed}
    assert on_closed[Transport.UDP].error is not None
    assert "port closed" in on_closed[Transport.UDP].error
    assert on_closed[Transport.TCP].error is not None
    assert "refused" in on_closed[Transport.TCP].error
    assert all(ex.answered for ex in record.exchanges if ex.port == r.sip_port)
    assert record.duration < 1.0  # a refusal ends the exchange; the deadline is 3 s
