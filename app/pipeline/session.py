"""One diagnosis run: the ALG probe plus the network context, concurrently.

:func:`app.pipeline.diagnose.run_diagnosis` calls :func:`run_session`. The quick set — ALG
probes over UDP and TCP, RFC 5780 NAT behaviour, router identification —
runs at the same time (:mod:`app.pipeline.side_checks`), so it finishes in
about the time of the slowest part. The binding-lifetime probe takes minutes
and runs afterwards only when asked for.

The ALG probe alone (``sipalg probe --no-router --no-stun``) runs here, in the
caller's thread, with no event loop: that path is the time to a verdict, and
asyncio and the side checks' modules would be most of its start-up cost.

Cancellation: the token cancels every part; the router thread is bounded
(about ``router_wait`` seconds) and is not waited for once cancelled.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from types import MappingProxyType

from app.core.constants import STUN_PORT
from app.core.model import Mode, ProbeResult
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.core.record import TYPE_CHECKING, Record
from app.diagnosis.verdict import summarise
from app.probes.options import ProbeOptions, prepare_options
from app.probes.runner import run_probe
from app.probes.target import Target, resolve_unless_cancelled

if TYPE_CHECKING:
    from typing import Final

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


class ContextOptions(Record):
    stun: tuple[Target, ...] = ()  # servers to try in order; empty: no NAT checks
    router: bool = True
    lifetime: bool = False
    lifetime_max: int = 600
    stun_wait: float = 1.0
    router_wait: float = 0.6  # most gateways answer SSDP within 100 ms; see docs/benchmarks.md
    # Hard limit for the side checks (NAT, router), name look-ups included, counted
    # from the start of the run: they never hold the ALG verdict hostage.
    side_deadline: float = 1.2

    @property
    def side_checks(self) -> bool:
        """Whether anything runs beside (or after) the ALG probe."""
        return bool(self.stun) or self.router or self.lifetime


class SessionResult(Record):
    probe: ProbeResult
    nat: NatReport | None = None
    router: RouterInfo | None = None
    lifetimes: tuple[LifetimeResult, ...] = ()
    timings: Mapping[str, float] = MappingProxyType({})  # read-only: a shared default
    timed_out: tuple[str, ...] = ()  # side checks left out at the deadline ("nat", "router")
    failed: tuple[str, ...] = ()  # side checks left out because they raised (a bug)


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


def probe_and_judge(
    mode: Mode,
    target: Target,
    address: str,
    options: ProbeOptions,
    cancel: CancelToken,
    progress: ProgressCallback,
) -> ProbeResult:
    """Blocking: the ALG probe and its verdict."""
    record = run_probe(mode, target, address, options, cancel, progress)
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
    if context.side_checks:
        # asyncio and the side checks' own modules: imported only when a side check runs.
        from app.pipeline.side_checks import run_with_side_checks

        return run_with_side_checks(mode, target, address, options, context, cancel, progress)
    t0 = time.monotonic()
    probe = probe_and_judge(mode, target, address, options, cancel, progress)
    alg = round(time.monotonic() - t0, 3)
    return SessionResult(probe, timings={"alg": alg, "quick_set": alg})
