"""The state one probe run shares between its UDP and TCP parts.

Kept apart from :mod:`app.probes.runner` so the transport modules can use it
without importing the runner that imports them.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app.core.model import Exchange, Mode, PortRole, Transport
from app.core.progress import Progress, ProgressCallback
from app.probes.attempts import Attempt, AttemptPlan, repeat
from app.probes.evidence import answered_exchange, probe_local
from app.probes.messages import BuiltProbe, Endpoint, build_probe
from app.probes.options import ProbeOptions

Connect = Callable[[str, int], Awaitable[tuple[asyncio.StreamReader, asyncio.StreamWriter]]]


@dataclass
class ProbeRun:
    mode: Mode
    server_name: str  # the host name as the user gave it (for Request-URIs)
    address: str  # the IP address it resolved to
    options: ProbeOptions
    progress: ProgressCallback
    rng: random.Random
    deadline: float  # on the event loop's clock
    total: int
    # The TCP transport, injectable so tests can stand in a scripted peer.
    connect: Connect = asyncio.open_connection
    done: int = 0
    finished: list[Exchange] = field(default_factory=list)

    def remaining(self) -> float:
        return max(0.0, self.deadline - asyncio.get_running_loop().time())

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

    async def exchange(
        self,
        start_attempt: Callable[[], Awaitable[Attempt]],
        transport: Transport,
        port: int,
        role: PortRole,
        method: str,
        local_of: Callable[[], tuple[str, int] | None],
    ) -> Exchange:
        """Run fresh attempts until one is answered (see attempts.py) and record the result."""
        plan = AttemptPlan(self.options.restart, self.deadline)
        await repeat(plan, start_attempt)
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
                local=local_of(),
            )
        )
