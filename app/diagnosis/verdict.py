"""Statuses and the verdict, exactly as the contract defines them (docs/architecture.md).

Per transport:

* ``modified``: any probe's request or answer was rewritten (either direction,
  either port: an ALG that also watches the control port is still an ALG);
* ``dropped``: a request to the SIP port got no answer while the *same* method
  sent to the control port was answered (selective loss of INVITE is as much
  an ALG symptom as loss of everything);
* ``clean``: at least one probe to the SIP port was answered and checked, and
  nothing above applies;
* ``unreachable``: otherwise — nothing usable answered.

Verdict: ``alg_detected`` if any transport is modified; else ``sip_blocked``
if any is dropped; else ``no_alg_detected`` if every probed transport is
clean; else ``inconclusive``. Missing evidence never becomes "no ALG".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.model import (
    Exchange,
    Mode,
    PortRole,
    ProbeResult,
    Status,
    Transport,
    TransportResult,
    Verdict,
)


def transport_status(exchanges: Iterable[Exchange]) -> tuple[Status, tuple[str, ...]]:
    """Status of one transport, with short notes that explain it."""
    items = list(exchanges)
    if any(ex.changes for ex in items):
        return Status.MODIFIED, ()
    sip = [ex for ex in items if ex.role is PortRole.SIP]
    control = {ex.method: ex for ex in items if ex.role is PortRole.CONTROL}
    lost = [
        ex.method
        for ex in sip
        if not ex.answered and ex.method in control and control[ex.method].answered
    ]
    if lost:
        return Status.DROPPED, (
            f"{', '.join(lost)} to port {sip[0].port} got no answer, "
            f"while the same request to port {control[lost[0]].port} did",
        )
    checked = [ex for ex in sip if ex.answered and ex.error is None]
    if checked:
        return Status.CLEAN, ()
    answered = [ex for ex in sip if ex.answered]
    if answered:
        return Status.UNREACHABLE, (
            "the server answered, but what came back could not be compared with what was sent",
        )
    errors = sorted({ex.error for ex in sip if ex.error})
    return Status.UNREACHABLE, tuple(errors)


def verdict(statuses: Iterable[Status]) -> Verdict:
    found = list(statuses)
    if Status.MODIFIED in found:
        return Verdict.ALG_DETECTED
    if Status.DROPPED in found:
        return Verdict.SIP_BLOCKED
    if found and all(s is Status.CLEAN for s in found):
        return Verdict.NO_ALG_DETECTED
    return Verdict.INCONCLUSIVE


def summarise(
    mode: Mode,
    target: str,
    transports: Sequence[Transport],
    exchanges: Sequence[Exchange],
    duration: float,
    cancelled: bool = False,
) -> ProbeResult:
    """A probe run's evidence judged: statuses per transport and the verdict (pure)."""
    results: dict[Transport, TransportResult] = {}
    for t in transports:
        mine = tuple(ex for ex in exchanges if ex.transport is t)
        status, why = transport_status(mine)
        results[t] = TransportResult(t, status, mine, why)
    v = verdict(tr.status for tr in results.values())
    if cancelled and v is not Verdict.ALG_DETECTED:
        v = Verdict.INCONCLUSIVE  # partial evidence never proves the absence of an ALG
    local = next((ex.local[0] for ex in exchanges if ex.local), None)
    public = next((ex.seen_as[0] for ex in exchanges if ex.seen_as), None)
    return ProbeResult(
        mode=mode,
        target=target,
        verdict=v,
        transports=results,
        duration_s=round(duration, 3),
        local_address=local,
        public_address=public,
        cancelled=cancelled,
        notes=("cancelled before all probes finished",) if cancelled else (),
    )
