"""``run_diagnosis``: the one pipeline that the CLI and the wizard share.

target → session (ALG probe + NAT + router, concurrently) → context findings
→ diagnosis. Defaults that depend on the mode (which transports, which STUN
servers) are decided here once, so the two front ends cannot drift apart,
and everything a report shows is in the :class:`Outcome` (the report renders
it; it derives nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.core.model import Mode, ProbeResult
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.core.record import TYPE_CHECKING, Record
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
    from app.diagnosis.context import CgnatHint
    from app.netinfo.router import RouterInfo
    from app.pipeline.test_call import TestCall
    from app.probes.candidate import Candidate
    from app.probes.lifetime import LifetimeResult
    from app.probes.nat import NatReport

SessionRunner = Callable[..., SessionResult]


class Request(Record):
    """What to test. ``servers`` are tried in order until one answers at all;
    ``options``/``context`` left as None get the mode's defaults."""

    mode: Mode
    servers: tuple[ServerChoice, ...]
    symptoms: tuple[Symptom, ...] = ()
    options: ProbeOptions | None = None
    context: ContextOptions | None = None
    # STUN servers for the NAT tests; None: the mode's default for each server tried
    # (a reflector's own responder, else the public list); (): no NAT tests.
    stun: tuple[Target, ...] | None = None


class Outcome(Record):
    """Everything one run measured and concluded; what every report renders."""

    session: SessionResult
    diagnosis: Diagnosis
    cgnat: CgnatHint | None = None
    target: TargetReport | None = None  # how the server was chosen and found
    call: TestCall | None = None  # the test call, when one was asked for (pipeline/test_call.py)

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


# Servers tried in one run at most: each silent one costs a probe time-out.
MAX_TRIED = 3


Locator = Callable[[ServerChoice, CancelToken], list["Candidate"]]


def conclude(session: SessionResult, symptoms: Sequence[Symptom] = ()) -> Outcome:
    """The pure half of the pipeline: measurements → findings → diagnosis.

    Public so that canned sessions (the wizard's demo, tests) are judged by
    exactly the same rules as real ones.
    """
    if session.nat is None and session.router is None and not session.lifetimes:
        # No side check ran (the ALG verdict alone): no context rules to load or apply.
        return Outcome(session, diagnose(session.probe, list(symptoms), []))
    from app.diagnosis.context import cgnat_hint, context_findings

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
    # A candidate is probed on the transports of this run, so only those are located.
    only = options.transports[0].value if len(options.transports) == 1 else None
    first_error: TargetError | None = None
    silent: list[tuple[str, str]] = []
    errors: list[str] = []
    last: Outcome | None = None
    router: RouterInfo | None = None
    tried = 0
    for choice in request.servers:
        if cancel.cancelled or tried >= MAX_TRIED:
            break
        progress(Progress(0, 1, f"Looking up {choice.label or choice}"))
        try:
            candidates = locate(choice._replace(transport=choice.transport or only), cancel)
        except TargetError as exc:
            first_error = first_error or exc
            errors.append(f"{choice.label or choice}: {exc}")
            continue
        seen: set[tuple[str, int]] = set()
        for cand in candidates:
            if (cand.address, cand.port) in seen or tried >= MAX_TRIED:
                continue
            seen.add((cand.address, cand.port))
            tried += 1
            session = _probe_candidate(
                request, choice, cand, options, router, cancel, progress, run, context_overrides
            )
            router = router or session.router
            report = TargetReport(
                requested=str(request.servers[0].label or request.servers[0]),
                source=choice.source,
                resolved_via=cand.resolved_via.value,
                host=cand.host,
                used=cand.hostport,
                transport=cand.transport if only else "/".join(t.value for t in options.transports),
                silent=tuple(silent),
                errors=tuple(errors),
                label=choice.label,
            )
            last = conclude(session, request.symptoms)._replace(target=report)
            if answered_at_all(session.probe) or session.probe.cancelled or cancel.cancelled:
                return last
            silent.append((cand.host, cand.hostport))
    if last is not None:
        # Every candidate was silent: the last one's (inconclusive) result; the others listed.
        assert last.target is not None
        return last._replace(target=last.target._replace(silent=tuple(silent[:-1])))
    if first_error is not None and not cancel.cancelled:
        raise first_error
    return _nothing_tried(request, errors, cancel)


def _probe_candidate(
    request: Request,
    choice: ServerChoice,
    cand: Candidate,
    options: ProbeOptions,
    router: RouterInfo | None,
    cancel: CancelToken,
    progress: ProgressCallback,
    run: SessionRunner,
    context_overrides: dict[str, object],
) -> SessionResult:
    """One candidate's session. Its STUN server is the candidate's own (a reflector's
    responder sits beside it) unless the request names others; the router is
    identified once per run, not again for every candidate."""
    target = Target(choice.host, cand.port)
    context = request.context or ContextOptions()
    stun = request.stun
    if stun is None:
        stun = default_stun(request.mode, Target(cand.address, cand.port))
    context = context._replace(stun=stun, router=context.router and router is None)
    if context_overrides:
        context = context._replace(**context_overrides)  # type: ignore[arg-type]
    session = run(
        request.mode,
        target,
        options,
        context,
        cancel=cancel,
        progress=progress,
        address=cand.address,
    )
    if router is not None and session.router is None:
        session = session._replace(router=router)
    return session


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
    return conclude(SessionResult(probe), request.symptoms)._replace(target=report)
