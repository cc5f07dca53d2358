"""One diagnosis run: the ALG probe plus the network context, concurrently.

:func:`app.pipeline.diagnose.run_diagnosis` calls :func:`run_session`. The quick set — ALG
probes over UDP and TCP, RFC 5780 NAT behaviour, router identification —
runs at the same time (the ALG probe and STUN in one event loop, the router
lookups, which block on subprocesses and HTTP, in a worker thread), so it
finishes in about the time of the slowest part. The binding-lifetime probe
takes minutes and runs afterwards only when asked for.

Cancellation: the token cancels every part; the router thread is bounded
(about ``router_wait`` seconds) and is not waited for once cancelled.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from app.core.constants import STUN_PORT
from app.core.model import Mode, ProbeResult
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.diagnosis.verdict import summarise
from app.probes.options import ProbeOptions, prepare_options
from app.probes.runner import probe_async
from app.probes.target import Target, TargetError, resolve_unless_cancelled, resolve_within

log = logging.getLogger("sipalg.session")

if TYPE_CHECKING:
    # Imported where used: a plain ALG probe (--no-router --no-stun) must not pay
    # ~80 ms of start-up for UPnP, XML, guide-database and STUN code it never runs.
    from app.netinfo.router import RouterInfo
    from app.probes.lifetime import LifetimeResult
    from app.probes.nat import NatReport

# Public STUN servers for provider mode when nothing else is configured. Only the
# first supports RFC 5780 (mapping/filtering types); the others still give the
# public address. Tests always pass their own server or --no-stun.
DEFAULT_STUN_SERVERS: Final = (
    f"stun.stunprotocol.org:{STUN_PORT}",
    f"stun.sipgate.net:{STUN_PORT}",
    "stun.l.google.com:19302",
)


@dataclass(frozen=True)
class ContextOptions:
    stun: tuple[Target, ...] = ()  # servers to try in order; empty: no NAT checks
    router: bool = True
    lifetime: bool = False
    lifetime_max: int = 600
    stun_wait: float = 1.0
    router_wait: float = 0.6  # most gateways answer SSDP within 100 ms; see docs/benchmarks.md
    # Hard limit for the side checks (NAT, router), name look-ups included, counted
    # from the start of the run: they never hold the ALG verdict hostage.
    side_deadline: float = 1.2


@dataclass(frozen=True)
class SessionResult:
    probe: ProbeResult
    nat: NatReport | None = None
    router: RouterInfo | None = None
    lifetimes: tuple[LifetimeResult, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    timed_out: tuple[str, ...] = ()  # side checks left out at the deadline ("nat", "router")


def default_stun(
    mode: Mode, target: Target, configured: tuple[str, ...] = ()
) -> tuple[Target, ...]:
    """The reflector's own STUN responder, or a list of public STUN servers."""
    from app.probes.target import parse_target

    if mode is Mode.REFLECTOR:
        return (Target(target.host, STUN_PORT),)
    return tuple(
        parse_target(s, default_port=STUN_PORT) for s in (configured or DEFAULT_STUN_SERVERS)
    )


async def _nat(servers: tuple[Target, ...], wait: float, budget: float) -> NatReport | None:
    """The first STUN server that answers, all of it (look-ups too) within ``budget`` s."""
    from app.probes.nat import NatReport, discover

    last: NatReport | None = None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + budget
    for server in servers:
        remaining = deadline - loop.time()
        if remaining <= 0.05:
            break
        try:
            addr = await asyncio.to_thread(resolve_within, server, min(remaining, 1.0))
        except TargetError as exc:
            last = NatReport(str(server), error=str(exc))
            continue
        remaining = deadline - loop.time()
        if remaining <= 0.05:
            break
        last = await discover((addr[0], server.port), name=str(server), wait=min(wait, remaining))
        if last.error is None:
            return last
    return last


def _identify_router(wait: float, internet_host: str) -> RouterInfo:
    from app.netinfo.router import identify_router

    return identify_router(wait=wait, internet_host=internet_host)


async def _result(task: asyncio.Future[Any] | None) -> Any:
    """A side task's value, or None if it was not started or was cancelled."""
    if task is None:
        return None
    try:
        return await task
    except asyncio.CancelledError:
        return None
    except Exception:
        # NAT type and router identity come from whatever answers on the LAN
        # and the internet. A bug there must cost that one section, not the
        # ALG verdict the user waited for; the details go to the log file.
        log.exception("a side check failed; its section is left out")
        return None


async def _probe(
    mode: Mode,
    target: Target,
    address: str,
    options: ProbeOptions,
    cancel: CancelToken,
    progress: ProgressCallback,
) -> ProbeResult:
    record = await probe_async(mode, target, address, options, cancel, progress)
    return summarise(
        mode, str(target), options.transports, record.exchanges, record.duration, record.cancelled
    )


def run_session(
    mode: Mode,
    target: Target,
    options: ProbeOptions | None = None,
    context: ContextOptions | None = None,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
    address: str | None = None,
) -> SessionResult:
    """Blocking. Raises TargetError only for the target itself (typo, unresolvable).

    ``address``: the IP address to probe when the caller has already located
    the server (RFC 3263, :mod:`app.pipeline.servers`); ``target.host`` then
    only names it in the requests.
    """
    options = prepare_options(mode, options)
    context = context or ContextOptions()
    cancel = cancel or CancelToken()
    started = time.monotonic()
    if address is None:
        progress(Progress(0, 1, f"Looking up {target.host}"))
        addresses = resolve_unless_cancelled(target, cancel)
        if addresses is None:  # stopped while the name was being looked up
            return SessionResult(
                summarise(
                    mode, str(target), options.transports, (), time.monotonic() - started, True
                )
            )
        address = addresses[0]
    timings: dict[str, float] = {}
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="router")

    async def timed(name: str, coro):  # type: ignore[no-untyped-def]
        t0 = time.monotonic()
        try:
            return await coro
        finally:
            timings[name] = round(time.monotonic() - t0, 3)

    async def main() -> SessionResult:
        loop = asyncio.get_running_loop()
        me = asyncio.current_task()
        assert me is not None
        side: list[asyncio.Future[object]] = []

        def on_cancel() -> None:
            loop.call_soon_threadsafe(lambda: [f.cancel() for f in side])

        remove = cancel.add_callback(on_cancel)
        t0 = time.monotonic()
        try:
            probe_task = asyncio.ensure_future(
                timed("alg", _probe(mode, target, address, options, cancel, progress))
            )
            nat_task = (
                asyncio.ensure_future(
                    timed("nat", _nat(context.stun, context.stun_wait, context.side_deadline))
                )
                if context.stun
                else None
            )
            router_task = (
                asyncio.ensure_future(
                    timed(
                        "router",
                        loop.run_in_executor(pool, _identify_router, context.router_wait, address),
                    )
                )
                if context.router
                else None
            )
            side += [t for t in (nat_task, router_task) if t is not None]
            probe = await probe_task
            pending = [t for t in (nat_task, router_task) if t is not None and not t.done()]
            if pending:
                wait = max(0.0, t0 + context.side_deadline - time.monotonic())
                await asyncio.wait(pending, timeout=wait)
            timed_out = tuple(
                name
                for name, task in (("nat", nat_task), ("router", router_task))
                if task is not None and not task.done()
            )
            for task in (nat_task, router_task):
                if task is not None and not task.done():
                    task.cancel()  # the router thread finishes on its own; nobody waits for it
            nat: NatReport | None = await _result(nat_task)
            router: RouterInfo | None = await _result(router_task)
            timings["quick_set"] = round(time.monotonic() - t0, 3)
            lifetimes: tuple[LifetimeResult, ...] = ()
            answered = any(ex.answered for tr in probe.transports.values() for ex in tr.exchanges)
            # The idle test needs a server that answers; a silent one is not measured.
            if context.lifetime and answered and not cancel.cancelled and not probe.cancelled:
                lifetimes = await _lifetimes(
                    address, target, options, context, progress, side, timings
                )
            return SessionResult(probe, nat, router, lifetimes, timings, timed_out)
        finally:
            remove()

    try:
        return asyncio.run(main())
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


async def _lifetimes(
    address: str,
    target: Target,
    options: ProbeOptions,
    context: ContextOptions,
    progress: ProgressCallback,
    side: list[asyncio.Future[object]],
    timings: dict[str, float],
) -> tuple[LifetimeResult, ...]:
    from app.probes.lifetime import LifetimeResult, measure

    ports = [(target.port, "sip")]
    if options.control_port != target.port:
        ports.append((options.control_port, "control"))
    t0 = time.monotonic()
    done = 0

    def on_result(port: int, delay: int, ok: bool) -> None:
        nonlocal done
        done += 1
        progress(
            Progress(
                min(done, 20),
                20,
                f"Port {port}: a call-back after {delay} s {'arrived' if ok else 'was lost'}",
            )
        )

    progress(
        Progress(
            0, 20, "Measuring how long the router keeps idle connections (this takes a few minutes)"
        )
    )
    tasks = [
        asyncio.ensure_future(
            measure(
                address,
                p,
                role,
                max_seconds=context.lifetime_max,
                server_name=target.host,
                on_result=lambda d, ok, p=p: on_result(p, d, ok),  # type: ignore[misc]
            )
        )
        for p, role in ports
    ]
    side += tasks  # type: ignore[arg-type]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    timings["lifetime"] = round(time.monotonic() - t0, 3)
    return tuple(r for r in results if isinstance(r, LifetimeResult))
