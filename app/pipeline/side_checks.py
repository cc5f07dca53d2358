"""The quick set's side checks (NAT behaviour, router identity) beside the ALG probe,
and the binding-lifetime probe after it, on one asyncio event loop.

Only :func:`app.pipeline.session.run_session` imports this, and only when a
side check runs: the ALG probe alone needs none of it (no event loop, no
threads). Here the probe runs in a worker thread (it is a blocking selector
loop, :mod:`app.probes.runner`) while the STUN tests run on the loop and the
router look-ups, which block on subprocesses and HTTP, in a thread of their own.

The side checks share a hard deadline (``ContextOptions.side_deadline``),
name look-ups included: they never hold the ALG verdict hostage.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from app.core.model import Mode
from app.core.progress import CancelToken, Progress, ProgressCallback
from app.pipeline.session import ContextOptions, SessionResult, probe_and_judge
from app.probes.options import ProbeOptions
from app.probes.target import Target, TargetError, resolve_within

if TYPE_CHECKING:
    from app.netinfo.router import RouterInfo
    from app.probes.lifetime import LifetimeResult
    from app.probes.nat import NatReport

log = logging.getLogger("sipalg.session")
# A library's logger without a handler of its own ends at Python's last-resort
# handler, which prints warnings (tracebacks included) on stderr: in front of the
# user. With this one, nothing is printed unless someone asked: the wizard's log
# file (app/ui/app.py) or ``sipalg --debug`` (app/cli/main.py).
log.addHandler(logging.NullHandler())


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


async def _result(name: str, task: asyncio.Future[Any] | None, failed: list[str]) -> Any:
    """A side task's value, or None if it was not started, was cancelled or failed.

    NAT type and router identity come from whatever answers on the LAN and the
    internet. A bug there must cost that one section, not the ALG verdict the
    user waited for: the check is listed in ``failed`` (the report says it
    could not be done) and the details go to the log (the wizard's log file,
    ``sipalg --debug``), never as a traceback in front of the user.
    """
    if task is None:
        return None
    try:
        return await task
    except asyncio.CancelledError:
        return None
    except Exception:
        log.warning("a side check failed (%s); its section is left out", name, exc_info=True)
        failed.append(name)
        return None


def run_with_side_checks(
    mode: Mode,
    target: Target,
    address: str,
    options: ProbeOptions,
    context: ContextOptions,
    cancel: CancelToken,
    progress: ProgressCallback,
) -> SessionResult:
    """Blocking: the ALG probe with the side checks ``context`` asks for."""
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
                timed(
                    "alg",
                    asyncio.to_thread(
                        probe_and_judge, mode, target, address, options, cancel, progress
                    ),
                )
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
            failed: list[str] = []
            nat: NatReport | None = await _result("nat", nat_task, failed)
            router: RouterInfo | None = await _result("router", router_task, failed)
            timings["quick_set"] = round(time.monotonic() - t0, 3)
            lifetimes: tuple[LifetimeResult, ...] = ()
            answered = any(ex.answered for tr in probe.transports.values() for ex in tr.exchanges)
            # The idle test needs a server that answers; a silent one is not measured.
            if context.lifetime and answered and not cancel.cancelled and not probe.cancelled:
                lifetimes = await _lifetimes(
                    address, target, options, context, progress, side, timings
                )
            return SessionResult(probe, nat, router, lifetimes, timings, timed_out, tuple(failed))
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
