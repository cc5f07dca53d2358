"""What the wizard knows as the user goes along, and how it reaches the core.

:class:`Core` bundles the core functions the wizard calls, so tests can pass
fakes (a runner that returns a canned result, or blocks until cancelled)
without patching modules — the "pass dependencies in" rule of MODELS.md.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.model import Transport
from app.core.progress import CancelToken, Progress
from app.core.resources import resource_path
from app.diagnosis.context import context_findings
from app.diagnosis.findings import Diagnosis, diagnose
from app.diagnosis.symptoms import Symptom
from app.guides.schema import Family
from app.probes.runner import ProbeOptions
from app.probes.session import ContextOptions, SessionResult, default_stun, run_session
from app.probes.target import Target

SessionRunner = Callable[..., SessionResult]


@dataclass
class Core:
    run_session: SessionRunner = run_session
    # Extra context settings the tests use (e.g. no router lookups on a CI host).
    context_overrides: dict[str, Any] = field(default_factory=dict)


def bundled_defaults() -> dict[str, Any]:
    """resources/defaults.toml: what a provider customising the build can preset."""
    try:
        with resource_path("defaults.toml").open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        return {}


@dataclass
class WizardState:
    symptoms: list[Symptom] = field(default_factory=list)
    mode: str = "provider"  # or "reflector"
    target: Target | None = None
    lifetime: bool = False
    first: SessionResult | None = None
    first_diagnosis: Diagnosis | None = None
    after: SessionResult | None = None
    after_diagnosis: Diagnosis | None = None
    family: Family | None = None

    @property
    def latest(self) -> SessionResult | None:
        return self.after or self.first

    @property
    def latest_diagnosis(self) -> Diagnosis | None:
        return self.after_diagnosis or self.first_diagnosis


def make_job(
    core: Core, state: WizardState, *, lifetime: bool | None = None
) -> Callable[[CancelToken, Callable[[Progress], None]], tuple[SessionResult, Diagnosis]]:
    """The callable a worker thread runs for one test: probe, then diagnose (both pure
    of Qt)."""
    assert state.target is not None
    target, mode, symptoms = state.target, state.mode, list(state.symptoms)
    ctx = ContextOptions(
        stun=default_stun(mode, target), lifetime=state.lifetime if lifetime is None else lifetime
    )
    for key, value in core.context_overrides.items():
        ctx = ContextOptions(**{**ctx.__dict__, key: value})

    def job(
        cancel: CancelToken, progress: Callable[[Progress], None]
    ) -> tuple[SessionResult, Diagnosis]:
        transports = (Transport.UDP, Transport.TCP) if mode == "reflector" else (Transport.UDP,)
        session = core.run_session(
            mode, target, ProbeOptions(transports=transports), ctx, cancel=cancel, progress=progress
        )
        extra = context_findings(session.nat, session.router, session.lifetimes)
        return session, diagnose(session.probe, symptoms, extra)

    return job
