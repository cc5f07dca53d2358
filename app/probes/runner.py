"""The probe runner: both transports and every port at once, one deadline, cancellation.

For each transport (UDP, TCP) we open one socket per port (the SIP port and,
against a reflector, the control port) and send each probe request as its
own SIP client transaction: :mod:`app.probes.udp_probe` retransmits on the
RFC 3261 timers, :mod:`app.probes.tcp_probe` sends the requests over
connections as a phone does, and :mod:`app.probes.attempts` starts fresh
attempts under loss.

Why a plain selector loop and not asyncio: the whole run is a dozen
sockets and a few timers, and the rules (timers, fresh attempts, framing)
are sans-I/O state machines already. ``selectors`` drives them in one
thread with no event-loop machinery to import or set up, which is most of
the start-up cost of ``sipalg probe`` (see docs/benchmarks.md). Callers
that do run an event loop (the session's side checks) run this in a thread.

One deadline covers everything; an exchange that has not finished by then
counts as unanswered. Cancellation comes from a :class:`CancelToken` (any
thread) and wakes the loop at once through a socket pair.

The runner gathers evidence; it does not judge it. Statuses and the verdict
are the diagnosis layer's (:func:`app.diagnosis.verdict.summarise`).
"""

from __future__ import annotations

import math
import random
import selectors
import socket
from collections.abc import Callable

from app.core.model import Exchange, Mode, PortRole, Transport
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.core.record import TYPE_CHECKING, Record
from app.probes.attempts import GRACE, AttemptPlan, Next
from app.probes.options import ProbeOptions, probe_ports
from app.probes.run_state import ProbeRun, clock
from app.probes.target import Target
from app.probes.tcp_probe import TcpAttempt
from app.probes.udp_probe import UdpPort, UdpTransaction, unopened

if TYPE_CHECKING:
    from app.probes.run_state import InFlight


class ProbeRecord(Record):
    """What one probe run gathered, before anyone judged it."""

    exchanges: tuple[Exchange, ...]
    duration: float
    cancelled: bool


class ExchangeJob:
    """One request on one port and transport: fresh attempts by :class:`AttemptPlan`
    until one is answered, one is refused or the deadline passes; then one
    :class:`Exchange` is recorded."""

    def __init__(
        self,
        run: ProbeRun,
        transport: Transport,
        port: int,
        role: PortRole,
        method: str,
        start: Callable[[float], InFlight],
        local_of: Callable[[], tuple[str, int] | None],
    ) -> None:
        self.run = run
        self.key = (transport, port, role, method)
        self.start = start
        self.local_of = local_of
        self.plan = AttemptPlan(run.options.restart, run.deadline)
        self.pending: list[InFlight] = []
        self.grace_until: float | None = None
        self.finished = False

    def poll(self, now: float) -> float | None:
        """Do what is due at ``now``; when to be polled next, or None once recorded."""
        if self.finished:
            return None
        wake = self._collect(now)
        while True:
            action, until = self.plan.decide(now)
            if action is Next.START:
                self.pending.append(self.start(now))
                self.plan.started(now)
                wake = self._collect(now)
                continue
            if action is Next.WAIT:
                return min(until, wake)
            if self.pending and self.plan.winner is None:
                # Stopped without an answer (a refusal): attempts still in flight get a
                # moment to report what they sent and why they failed (attempts.GRACE).
                self.grace_until = self.grace_until or now + GRACE
                if now < self.grace_until:
                    return min(self.grace_until, wake)
            self.abandon()
            self.run.conclude(self.plan, *self.key, self.local_of())
            self.finished = True
            return None

    def _collect(self, now: float) -> float:
        """Poll the attempts in flight and hand those that ended (on a timer now, or on a
        socket event before) to the plan; the earliest time one of the rest is due."""
        wake = math.inf
        for a in list(self.pending):
            due = a.poll(now) if not a.done else now
            if a.done:
                self.pending.remove(a)
                self.plan.finish(a.attempt)
            else:
                wake = min(wake, due)
        return wake

    def abandon(self) -> None:
        """Attempts still running when the exchange is decided are not part of its evidence."""
        for a in self.pending:
            a.abandon()
        self.pending.clear()


def _jobs(run: ProbeRun, target: Target, ports: list[UdpPort]) -> list[ExchangeJob]:
    jobs = []
    for transport in run.options.transports:
        for port, role in probe_ports(run.mode, target.port, run.options):
            if transport is Transport.UDP:
                try:
                    udp = UdpPort.open(run, port)
                except OSError as exc:
                    unopened(run, port, role, exc)
                    continue
                ports.append(udp)
                jobs += [_udp_job(run, udp, port, role, m) for m in run.options.methods]
            else:
                jobs += [_tcp_job(run, port, role, m) for m in run.options.methods]
    return jobs


def _udp_job(run: ProbeRun, udp: UdpPort, port: int, role: PortRole, method: str) -> ExchangeJob:
    def start(now: float) -> InFlight:
        return UdpTransaction(run, udp, run.build(method, udp.local, port, "udp"), now)

    return ExchangeJob(run, Transport.UDP, port, role, method, start, lambda: udp.local)


def _tcp_job(run: ProbeRun, port: int, role: PortRole, method: str) -> ExchangeJob:
    seen: list[tuple[str, int]] = []

    def start(now: float) -> InFlight:
        return TcpAttempt(run, port, method, seen, now)

    return ExchangeJob(
        run, Transport.TCP, port, role, method, start, lambda: seen[-1] if seen else None
    )


def _run_all(run: ProbeRun, target: Target, cancel: CancelToken) -> bool:
    """Run every port of every transport; True if it was cancelled."""
    ports: list[UdpPort] = []
    jobs: list[ExchangeJob] = []
    wake, waker = socket.socketpair()  # a cancel from any thread wakes the select() below

    def on_cancel() -> None:
        try:  # the run may have just ended and closed it
            waker.send(b"x")
        except OSError:
            pass

    run.selector.register(wake, selectors.EVENT_READ, None)
    remove = cancel.add_callback(on_cancel)
    try:
        jobs = _jobs(run, target, ports)
        while True:
            now = clock()
            wakes = [w for w in (j.poll(now) for j in jobs) if w is not None]
            if not wakes:
                return False
            for key, mask in run.selector.select(max(0.0, min(wakes) - clock())):
                if key.data is None:
                    return True  # cancelled: the run ends with what it has
                key.data(mask, clock())
    finally:
        remove()
        for job in jobs:
            job.abandon()
        for udp in ports:
            udp.close(run)
        run.selector.close()
        wake.close()
        waker.close()


def run_probe(
    mode: Mode,
    target: Target,
    address: str,
    options: ProbeOptions,
    cancel: CancelToken,
    progress: ProgressCallback = no_progress,
) -> ProbeRecord:
    """Blocking: probe ``address`` (``target`` names it in the requests) until every
    exchange is decided, the deadline passes or ``cancel`` fires."""
    started = clock()
    n_ports = len(probe_ports(mode, target.port, options))
    total = len(options.transports) * n_ports * len(options.methods)
    run = ProbeRun(
        mode,
        target.host,
        address,
        options,
        progress,
        random.Random(options.seed),
        started + options.timeout,
        total,
    )
    progress(Progress(0, total, f"Sending test calls to {target}"))
    cancelled = True if cancel.cancelled else _run_all(run, target, cancel)
    duration = clock() - started
    progress(Progress(total, total, "Done"))
    return ProbeRecord(tuple(run.finished), duration, cancelled)
