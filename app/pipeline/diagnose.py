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
from app.core.progress import CancelToken, ProgressCallback, no_progress
from app.diagnosis.context import CgnatHint, cgnat_hint, context_findings
from app.diagnosis.findings import Diagnosis, diagnose
from app.diagnosis.symptoms import Symptom
from app.pipeline.session import ContextOptions, SessionResult, default_stun, run_session
from app.probes.options import ProbeOptions, default_transports
from app.probes.target import Target

if TYPE_CHECKING:
    from app.netinfo.router import RouterInfo
    from app.probes.lifetime import LifetimeResult
    from app.probes.nat import NatReport

SessionRunner = Callable[..., SessionResult]


@dataclass(frozen=True)
class Request:
    """What to test. ``options``/``context`` left as None get the mode's defaults."""

    mode: Mode
    target: Target
    symptoms: tuple[Symptom, ...] = ()
    options: ProbeOptions | None = None
    context: ContextOptions | None = None


@dataclass(frozen=True)
class Outcome:
    """Everything one run measured and concluded; what every report renders."""

    session: SessionResult
    diagnosis: Diagnosis
    cgnat: CgnatHint | None = None

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
    **context_overrides: object,
) -> Outcome:
    """Blocking: probe, gather context, diagnose. Raises TargetError only for the
    target itself (a typo, a name that does not resolve).

    ``run`` stands in for :func:`run_session` in tests (a canned or blocking
    runner); ``context_overrides`` replace single context settings (e.g.
    ``router=False`` on a CI host with no router to find).
    """
    options = request.options or default_options(request.mode)
    context = request.context or default_context(request.mode, request.target)
    if context_overrides:
        context = replace(context, **context_overrides)  # type: ignore[arg-type]
    session = run(request.mode, request.target, options, context, cancel=cancel, progress=progress)
    return conclude(session, request.symptoms)
