"""``run_diagnosis``: the one pipeline that the CLI and the wizard share.

target → session (ALG probe + NAT + router, concurrently) → context findings
→ diagnosis. Defaults that depend on the mode (which transports, which STUN
servers) are decided here once, so the two front ends cannot drift apart,
and everything a report shows is in the :class:`Outcome` (the report renders
it; it derives nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.core.model import Mode, ProbeResult
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.diagnosis.context import CgnatHint, cgnat_hint, context_findings
from app.diagnosis.findings import Diagnosis, diagnose
from app.diagnosis.symptoms import Symptom
from app.pipeline.servers import (
    ServerChoice,
    TargetReport,
    answered_at_all,
    locate_choice,
)
from app.pipeline.session import ContextOptions, SessionResult, default_stun, run_session
from app.probes.options import ProbeOptions, default_transports
from app.probes.target import Target, TargetError

if TYPE_CHECKING:
    from app.netinfo.router import RouterInfo
    from app.probes.lifetime import LifetimeResult
    from app.probes.locate import Candidate
    from app.probes.nat import NatReport

SessionRunner = Callable[..., SessionResult]


@dataclass(frozen=True)
class Request:
    """What to test. ``servers`` are tried in order until one answers at all;
    ``options``/``context`` left as None get the mode's defaults."""

    mode: Mode
    servers: tuple[ServerChoice, ...]
    symptoms: tuple[Symptom, ...] = ()
    options: ProbeOptions | None = None
    context: ContextOptions | None = None


@dataclass(frozen=True)
class Outcome:
    """Everything one run measured and concluded; what every report renders."""

    session: SessionResult
    diagnosis: Diagnosis
    cgnat: CgnatHint | None = None
    target: TargetReport | None = None  # how the server was chosen and found

    @property
    def probe(self) -> ProbeResult:
        return self.session.probe

    @property
    def nat(self) -> NatReport | None:
        return self.session.nat

    @property
    def router(self) -> RouterInfo | None:
        return self.session.router

    @property
    def lifetimes(self) -> tuple[LifetimeResult, ...]:
        return self.session.lifetimes


def default_options(mode: Mode) -> ProbeOptions:
    return ProbeOptions(transports=default_transports(mode))


def default_context(mode: Mode, target: Target) -> ContextOptions:
    return ContextOptions(stun=default_stun(mode, target))


Locator = Callable[[ServerChoice, CancelToken], list["Candidate"]]


def conclude(session: SessionResult, symptoms: Sequence[Symptom] = ()) -> Outcome:
    """The pure half of the pipeline: measurements → findings → diagnosis.

    Public so that canned sessions (the wizard's demo, tests) are judged by
    exactly the same rules as real ones.
    """
    hint = cgnat_hint(session.nat, session.router)
    extra = context_findings(session.nat, session.lifetimes, hint)
    return Outcome(session, diagnose(session.probe, list(symptoms), extra), hint)


def run_diagnosis(
    request: Request,
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
    run: SessionRunner = run_session,
    locate: Locator = locate_choice,
    **context_overrides: object,
) -> Outcome:
    """Blocking: locate the server, probe, gather context, diagnose.

    Candidates (every located address of every choice, in order) are tried
    until one answers at all (see :mod:`app.pipeline.servers`). Raises
    TargetError only when no choice could even be located, with the first
    choice's sentence (a typo, a name that does not exist).

    ``run`` and ``locate`` stand in for the real network in tests (a canned
    or blocking runner, a fixed address); ``context_overrides`` replace single
    context settings (e.g. ``router=False`` on a CI host with no router).
    """
    cancel = cancel or CancelToken()
    options = request.options or default_options(request.mode)
    first_error: TargetError | None = None
    silent: list[str] = []
    errors: list[str] = []
    last: Outcome | None = None
    for choice in request.servers:
        if cancel.cancelled:
            break
        progress(Progress(0, 1, f"Looking up {choice.label or choice}"))
        try:
            candidates = locate(choice, cancel)
        except TargetError as exc:
            first_error = first_error or exc
            errors.append(f"{choice.label or choice}: {exc}")
            continue
        for cand in candidates:
            target = Target(choice.host, cand.port)
            context = request.context or default_context(request.mode, target)
            if context_overrides:
                context = replace(context, **context_overrides)  # type: ignore[arg-type]
            session = run(
                request.mode,
                target,
                options,
                context,
                cancel=cancel,
                progress=progress,
                address=cand.address,
            )
            report = TargetReport(
                requested=str(request.servers[0].label or request.servers[0]),
                source=choice.source,
                resolved_via=cand.resolved_via.value,
                host=cand.host,
                used=cand.hostport,
                transport=cand.transport,
                silent=tuple(silent),
                errors=tuple(errors),
                label=choice.label,
            )
            last = replace(conclude(session, request.symptoms), target=report)
            if answered_at_all(session.probe) or session.probe.cancelled or cancel.cancelled:
                return last
            silent.append(f"{cand.host} {cand.hostport}")
    if last is not None:
        # Every candidate was silent: the last one's (inconclusive) result, listing all.
        assert last.target is not None
        return replace(last, target=replace(last.target, silent=tuple(silent)))
    if first_error is not None and not cancel.cancelled:
        raise first_error
    return _nothing_tried(request, errors, cancel)


def _nothing_tried(request: Request, errors: list[str], cancel: CancelToken) -> Outcome:
    """Stopped before any server was probed: an empty, cancelled, inconclusive run."""
    from app.diagnosis.verdict import summarise

    options = request.options or default_options(request.mode)
    first = request.servers[0] if request.servers else None
    probe = summarise(request.mode, str(first or ""), options.transports, (), 0.0, True)
    report = TargetReport(
        requested=str(first.label or first) if first else "",
        source=first.source if first else "typed",
        errors=tuple(errors),
    )
    return replace(conclude(SessionResult(probe), request.symptoms), target=report)
