"""Probes over UDP: one socket per port, one client transaction per request.

The timer rules live in :class:`app.protocols.transaction.ClientTransaction`
(fake-clock tested); this module only moves datagrams: :class:`UdpPort`
hands each answer to the transaction it belongs to and each ICMP error to the
transactions waiting when it arrives, and :class:`UdpTransaction` does what
the state machine says. The waiting is the runner's selector loop.
"""

from __future__ import annotations

import selectors
import socket

from app.core.model import Exchange, PortRole, Transport
from app.probes.attempts import Attempt
from app.probes.evidence import describe_oserror
from app.probes.messages import BuiltProbe, build_ack
from app.probes.run_state import ProbeRun
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Response, parse_message, parse_via
from app.protocols.transaction import ClientTransaction, Step


class UdpPort:
    """One connected UDP socket to one server port, shared by every transaction sent there.

    Delivers each answer to the transaction whose Via branch / Call-ID it
    carries. An ICMP error (which a connected socket reports on its next
    receive or send) ends the transactions waiting when it arrives, not fresh
    attempts started after it: one stray "host unreachable" must not cut short
    every later attempt on the port, which could read as a dropped SIP port.
    """

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.waiters: dict[str, UdpTransaction] = {}  # by branch and by Call-ID
        name = sock.getsockname()
        self.local = (str(name[0]), int(name[1]))

    @classmethod
    def open(cls, run: ProbeRun, port: int) -> UdpPort:
        """A socket connected to the server's port, registered with the run's selector."""
        sock = socket.socket(run.family, socket.SOCK_DGRAM)
        try:
            sock.setblocking(False)
            sock.connect((run.address, port))
            udp = cls(sock)
            run.selector.register(sock, selectors.EVENT_READ, udp.on_ready)
        except OSError:
            sock.close()
            raise
        return udp

    def on_ready(self, mask: int, now: float) -> None:
        while True:
            try:
                data = self.sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # ICMP: port unreachable, host unreachable, ...
                self.error_received(exc)
                continue
            self.datagram_received(data, now)

    def datagram_received(self, data: bytes, now: float) -> None:
        try:
            msg = parse_message(data)
        except RemoteProtocolError:
            return  # garbage on our port: not an answer to anything
        if not isinstance(msg, Response):
            return
        keys = [msg.get("Call-ID") or ""]
        vias = msg.get_all("Via")
        if vias:
            try:
                keys.insert(0, parse_via(vias[0]).param("branch") or "")
            except RemoteProtocolError:
                pass
        for key in keys:
            tx = self.waiters.get(key)
            if tx is not None:
                tx.receive(data, msg, now)
                return

    def error_received(self, exc: OSError) -> None:
        for tx in list(dict.fromkeys(self.waiters.values())):
            tx.fail(exc)

    def send(self, data: bytes) -> None:
        """Send; an error (a pending ICMP error, no route) ends the waiting transactions."""
        try:
            self.sock.send(data)
        except OSError as exc:
            self.error_received(exc)

    def close(self, run: ProbeRun) -> None:
        try:
            run.selector.unregister(self.sock)
        except (KeyError, ValueError):
            pass
        self.sock.close()


class UdpTransaction:
    """One client transaction on a :class:`UdpPort`, driven by :class:`ClientTransaction`
    until a final answer, an ICMP error or the deadline."""

    def __init__(self, run: ProbeRun, port: UdpPort, probe: BuiltProbe, now: float) -> None:
        self.port = port
        self.attempt = Attempt(probe)
        self.done = False
        self.tx = ClientTransaction(
            invite=probe.method == "INVITE",
            started=now,
            deadline=run.deadline,
            t1=run.options.t1,
            t2=run.options.t2,
        )
        port.waiters[probe.branch] = self
        port.waiters[probe.call_id] = self

    def poll(self, now: float) -> float:
        while not self.done:
            step = self.tx.poll(now)
            if step is Step.SEND:
                self.attempt.packets += 1
                self.port.send(self.attempt.probe.wire)  # an error ends us through fail()
                continue
            if step is Step.TIMEOUT:
                self.attempt.error = "no answer before the deadline"
                self._finish()
                break
            return self.tx.wake_at
        return now

    def receive(self, raw: bytes, answer: Response, now: float) -> None:
        step = self.tx.receive(answer.status)
        if step is Step.WAIT:
            return
        self.attempt.rtt = now - self.tx.started
        self.attempt.answer = (raw, answer)
        if step is Step.ACK:
            try:
                self.port.sock.send(build_ack(self.attempt.probe, answer.get("To") or ""))
            except OSError:
                pass
        self._finish()

    def fail(self, exc: OSError) -> None:
        self.attempt.definitive = isinstance(exc, ConnectionRefusedError)
        self.attempt.error = (
            "port closed (the server host said nothing listens there)"
            if self.attempt.definitive
            else describe_oserror(exc)
        )
        self._finish()

    def abandon(self) -> None:
        self._finish()

    def _finish(self) -> None:
        self.done = True
        probe = self.attempt.probe
        self.port.waiters.pop(probe.branch, None)
        self.port.waiters.pop(probe.call_id, None)


def unopened(run: ProbeRun, port: int, role: PortRole, exc: OSError) -> list[Exchange]:
    """Every method's exchange on a port whose socket could not even be opened."""
    reason = describe_oserror(exc)
    return [
        run.record(Exchange(Transport.UDP, port, role, m, answered=False, error=reason))
        for m in run.options.methods
    ]
