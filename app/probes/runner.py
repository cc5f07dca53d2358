"""The probe runner: both transports and every port at once, one deadline, cancellation.

For each transport (UDP, TCP), run concurrently, we open one socket per port
(the SIP port and, against a reflector, the control port) and send each probe
request as its own SIP client transaction: :mod:`app.probes.udp_probe`
retransmits on the RFC 3261 timers, :mod:`app.probes.tcp_probe` sends the
requests over connections as a phone does, and :mod:`app.probes.attempts`
starts fresh attempts under loss.

One deadline covers everything; an exchange that has not finished by then
counts as unanswered. Cancellation comes from a :class:`CancelToken` (any
thread) and takes effect immediately via ``call_soon_threadsafe``.

The runner gathers evidence; it does not judge it. Statuses and the verdict
are the diagnosis layer's (:func:`app.diagnosis.verdict.summarise`).
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

from app.core.model import Exchange, Mode, Transport
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.probes.options import ProbeOptions, probe_ports
from app.probes.run_state import Connect, ProbeRun
from app.probes.target import Target
from app.probes.tcp_probe import tcp_port
from app.probes.udp_probe import udp_port


@dataclass(frozen=True)
class ProbeRecord:
    """What one probe run gathered, before anyone judged it."""

    exchanges: tuple[Exchange, ...]
    duration: float
    cancelled: bool


async def _run_all(run: ProbeRun, target: Target, cancel: CancelToken) -> bool:
    """Run every port of every transport; True if it was cancelled."""
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    assert main is not None

    def on_cancel() -> None:
        loop.call_soon_threadsafe(main.cancel)

    remove = cancel.add_callback(on_cancel)
    jobs = []
    for transport in run.options.transports:
        for port, role in probe_ports(run.mode, target.port, run.options):
            job = udp_port if transport is Transport.UDP else tcp_port
            jobs.append(asyncio.ensure_future(job(run, port, role)))
    try:
        await asyncio.gather(*jobs)
    except asyncio.CancelledError:
        for j in jobs:
            j.cancel()
        await asyncio.gather(*jobs, return_exceptions=True)
        # We asked for this cancellation ourselves; the run ends normally with what it has.
        main.uncancel()
        return True
    finally:
        remove()
    return False


async def probe_async(
    mode: Mode,
    target: Target,
    address: str,
    options: ProbeOptions,
    cancel: CancelToken,
    progress: ProgressCallback = no_progress,
    *,
    connect: Connect | None = None,
) -> ProbeRecord:
    """The probe inside a running event loop (so a session can run other checks beside it)."""
    loop = asyncio.get_running_loop()
    started = loop.time()
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
    if connect is not None:
        run.connect = connect
    progress(Progress(0, total, f"Sending test calls to {target}"))
    cancelled = True if cancel.cancelled else await _run_all(run, target, cancel)
    duration = loop.time() - started
    progress(Progress(total, total, "Done"))
    return ProbeRecord(tuple(run.finished), duration, cancelled)
