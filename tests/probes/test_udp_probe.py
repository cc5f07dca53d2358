"""The UDP driver around the client transaction, on real loopback sockets: answers and
ICMP errors reach the right transactions (the timer rules have their own tests)."""

from __future__ import annotations

import errno
import random
import socket
from collections.abc import Iterator

import pytest

from app.core.model import Mode
from app.core.progress import no_progress
from app.probes.options import ProbeOptions
from app.probes.run_state import ProbeRun, clock
from app.probes.udp_probe import UdpPort, UdpTransaction
from app.reflector.responder import reflect
from tests.helpers import free_port


@pytest.fixture
def server() -> Iterator[socket.socket]:
    """The far end: a UDP socket on loopback that answers only when the test says so."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(2)
        yield sock


def make_run(timeout: float = 2.0) -> ProbeRun:
    return ProbeRun(
        Mode.REFLECTOR,
        "reflector.test",
        "127.0.0.1",
        ProbeOptions(timeout=timeout),
        no_progress,
        random.Random(1),
        clock() + timeout,
        1,
    )


def turn(run: ProbeRun, seconds: float) -> None:
    """Let the run's selector deliver what has arrived (at most ``seconds`` of waiting)."""
    for key, mask in run.selector.select(seconds):
        key.data(mask, clock())


def test_an_icmp_error_ends_only_the_transactions_waiting_then(server: socket.socket) -> None:
    run = make_run()
    port = UdpPort.open(run, server.getsockname()[1])
    try:
        first = UdpTransaction(
            run, port, run.build("OPTIONS", port.local, server.getsockname()[1], "udp"), clock()
        )
        first.poll(clock())  # sends, then waits
        port.error_received(OSError(errno.EHOSTUNREACH, "No route to host"))
        assert first.done and first.attempt.error == "no route to host"
        # a fresh attempt after the error still waits for, and gets, its answer
        probe = run.build("OPTIONS", port.local, server.getsockname()[1], "udp")
        second = UdpTransaction(run, port, probe, clock())
        second.poll(clock())
        turn(run, 0.05)
        assert not second.done, "a fresh attempt was cut short by an earlier ICMP error"
        while (data := server.recvfrom(65536))[0] != probe.wire:
            pass
        here = server.getsockname()
        answer = reflect(
            data[0], transport="udp", source=port.local, destination=here, verified=False
        )
        assert answer.response is not None
        server.sendto(answer.response, data[1])
        turn(run, 2)
        assert second.done and second.attempt.answer is not None
        assert second.attempt.packets == 1 and second.attempt.rtt > 0
    finally:
        port.close(run)
        run.selector.close()


def test_port_unreachable_is_final_for_the_attempt() -> None:
    run = make_run()
    closed = free_port()  # nothing listens: the kernel answers ICMP port unreachable
    port = UdpPort.open(run, closed)
    try:
        tx = UdpTransaction(run, port, run.build("INVITE", port.local, closed, "udp"), clock())
        tx.poll(clock())
        deadline = clock() + 2
        while not tx.done and clock() < deadline:
            turn(run, 0.1)
        assert tx.attempt.definitive
        assert tx.attempt.error is not None and "port closed" in tx.attempt.error
    finally:
        port.close(run)
        run.selector.close()


def test_the_deadline_ends_a_transaction_nobody_answers(server: socket.socket) -> None:
    run = make_run(timeout=0.3)
    port = UdpPort.open(run, server.getsockname()[1])
    try:
        tx = UdpTransaction(
            run, port, run.build("OPTIONS", port.local, server.getsockname()[1], "udp"), clock()
        )
        while not tx.done:
            wake = tx.poll(clock())
            turn(run, max(0.0, wake - clock()))
        assert tx.attempt.error == "no answer before the deadline"
        assert tx.attempt.packets == 1  # T1 is 0.5 s: no retransmission within 0.3 s
    finally:
        port.close(run)
        run.selector.close()
