"""What the wizard knows as the user goes along, and how it reaches the core.

:class:`Core` bundles what the wizard calls in the core, so tests can pass
fakes (a session runner that returns a canned result, or blocks until
cancelled) without patching modules: dependencies are passed in.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.model import Mode
from app.core.progress import CancelToken, Progress
from app.core.resources import resource_path
from app.diagnosis.symptoms import Symptom
from app.guides.schema import Family
from app.pipeline.diagnose import Locator, Outcome, Request, SessionRunner, run_diagnosis
from app.pipeline.servers import ServerChoice, locate_choice, retest_choices
from app.pipeline.session import run_session
from app.pipeline.test_call import with_test_call

# Seconds of sound each way in the wizard's test call (set-up and hang-up add about 2),
# and of quiet before the incoming call ("does my phone ring?"), which runs alongside.
CALL_SECONDS = 5
CALL_IDLE = 10


@dataclass
class Core:
    run_session: SessionRunner = run_session
    # How a server choice becomes addresses; a canned runner brings its own
    # (see app.ui.demo.FakeRunner.locate), so tests never need DNS.
    locate: Locator | None = None
    # Extra context settings the tests use (e.g. no router lookups on a CI host).
    context_overrides: dict[str, Any] = field(default_factory=dict)
    # The optional test call after the probe (pipeline/test_call.py); None: a canned
    # runner's own (app.ui.demo.FakeRunner.test_call), else the real one.
    test_call: Callable[..., Outcome] | None = None

    def locator(self) -> Locator:
        if self.locate is not None:
            return self.locate
        canned: Locator | None = getattr(self.run_session, "locate", None)
        return canned or locate_choice

    def caller(self) -> Callable[..., Outcome]:
        """The test call: the one given, a canned runner's own (no real call to a demo
        address), or the real one."""
        canned: Callable[..., Outcome] | None = getattr(self.run_session, "test_call", None)
        return self.test_call or canned or with_test_call


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
    mode: Mode = Mode.PROVIDER
    servers: tuple[ServerChoice, ...] = ()  # tried in order until one answers
    lifetime: bool = False
    test_call: bool = False  # "Also make a test call" on Setup
    first: Outcome | None = None
    after: Outcome | None = None  # the re-test after the fix
    family: Family | None = None

    @property
    def latest(self) -> Outcome | None:
        return self.after or self.first


def make_job(
    core: Core, state: WizardState, *, lifetime: bool | None = None, retest: bool = False
) -> Callable[[CancelToken, Callable[[Progress], None]], Outcome]:
    """The callable a worker thread runs for one test: the core's one pipeline.

    ``retest``: go back to the server that produced the first verdict first (the
    re-test after a fix makes no test call: Verify compares the ALG checks only).
    """
    assert state.servers
    servers = state.servers
    if retest and state.first is not None:
        servers = retest_choices(state.first.target, servers)
    request = Request(state.mode, servers, tuple(state.symptoms))
    overrides: dict[str, Any] = {"lifetime": state.lifetime if lifetime is None else lifetime}
    overrides.update(core.context_overrides)
    locate = core.locator()
    call = core.caller() if state.test_call and not retest else None

    def job(cancel: CancelToken, progress: Callable[[Progress], None]) -> Outcome:
        outcome = run_diagnosis(
            request,
            cancel=cancel,
            progress=progress,
            run=core.run_session,
            locate=locate,
            **overrides,
        )
        if call is not None:  # after the verdict, in the same job (it says why if not made)
            outcome = call(
                outcome,
                CALL_SECONDS,
                request.symptoms,
                cancel=cancel,
                progress=progress,
                idle=CALL_IDLE,
            )
        return outcome

    return job
