"""The state one probe run shares between its UDP and TCP parts.

Kept apart from :mod:`app.probes.runner` so the transport modules can use it
without importing the runner that imports them.
"""

from __future__ import annotations

import random
import selectors
import socket
import time
from collections.abc import Callable

from app.core.model import Exchange, Mode, PortRole, Transport
from app.core.progress import Progress, ProgressCallback
from app.core.record import TYPE_CHECKING
from app.probes.attempts import Attempt, AttemptPlan
from app.probes.evidence import answered_exchange, probe_local
from app.probes.messages import BuiltProbe, Endpoint, build_probe
from app.probes.options import ProbeOptions

# The probe's clock: every time in a run (deadline, timers, round trips) is on it.
clock = time.monotonic

# What the run's selector calls when a registered socket is ready: the event mask, the time.
OnReady = Callable[[int, float], None]


if TYPE_CHECKING:
    # Only annotations name it: a Protocol class would load typing at run time.
    from typing import Protocol

    class InFlight(Protocol):
        """One attempt on the wire (a UDP transaction, a TCP connection), as the loop sees it."""

        attempt: Attempt
        done: bool  # finished: ``attempt`` says how

        def poll(self, now: float) -> float:
            """Act on whatever timer is due at ``now``; when to be polled next."""
            ...

        def abandon(self) -> None:
            """Stop without an outcome (another attempt won): release the socket."""
            ...


class ProbeRun:
    """A run's shared, changing state: a plain class with slots, not a record (the
    probe's path creates no dataclasses: docs/architecture.md)."""

    __slots__ = (
        "address",
        "deadline",
        "done",
        "finished",
        "mode",
        "options",
        "progress",
        "rng",
        "selector",
        "server_name",
        "total",
    )

    def __init__(
        self,
        mode: Mode,
        server_name: str,  # the host name as the user gave it (for Request-URIs)
        address: str,  # the IP address it resolved to
        options: ProbeOptions,
        progress: ProgressCallback,
        rng: random.Random,
        deadline: float,  # on :func:`clock`
        total: int,
    ) -> None:
        self.mode = mode
        self.server_name = server_name
        self.address = address
        self.options = options
        self.progress = progress
        self.rng = rng
        self.deadline = deadline
        self.total = total
        # Every socket of the run waits in this one selector (see app/probes/runner.py).
        self.selector: selectors.BaseSelector = selectors.DefaultSelector()
        self.done = 0
        self.finished: list[Exchange] = []

    @property
    def family(self) -> int:
        return socket.AF_INET6 if ":" in self.address else socket.AF_INET

    def record(self, ex: Exchange) -> Exchange:
        self.finished.append(ex)
        self.done += 1
        what = "answered" if ex.answered else (ex.error or "no answer")
        self.progress(
            Progress(
                self.done,
                self.total,
                f"{ex.transport.value.upper()} port {ex.port}: {ex.method} {what}",
                item=f"{ex.transport.value}:{ex.port}:{ex.method}",
                ok=ex.answered,
            )
        )
        return ex

    def build(self, method: str, local: tuple[str, int], port: int, transport: str) -> BuiltProbe:
        return build_probe(
            method,
            local=Endpoint(*local),
            remote=Endpoint(self.address, port),
            transport=transport,
            rng=self.rng,
            remote_name=self.server_name,
            to_server=self.mode is Mode.PROVIDER,
        )

    def conclude(
        self,
        plan: AttemptPlan,
        transport: Transport,
        port: int,
        role: PortRole,
        method: str,
        local: tuple[str, int] | None,
    ) -> Exchange:
        """One exchange, once its attempts are over: the winner's evidence, or why none won."""
        packets = sum(a.packets for a in plan.finished)
        winner = plan.winner
        if winner is not None and winner.answer is not None:
            raw, answer = winner.answer
            return self.record(
                answered_exchange(
                    winner.probe,
                    transport=transport,
                    port=port,
                    role=role,
                    local=probe_local(winner.probe),
                    answer_raw=raw,
                    answer=answer,
                    attempts=packets,
                    rtt=winner.rtt,
                    server_host=self.address,
                )
            )
        return self.record(
            Exchange(
                transport,
                port,
                role,
                method,
                answered=False,
                attempts=packets,
                error=plan.error(),
                local=local,
            )
        )
