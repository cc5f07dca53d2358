"""The optional test call after the probe, for ``sipalg probe --call`` and the wizard.

The call goes to the reflector that produced the verdict (the one that
answered), so it crosses the same router path the probe did. It runs after
the probe, not beside it: both would share the router's ALG and the
reflector's rate budget, and the probe's verdict must not depend on a call
that is still running.

While the call runs (it blocks for its audio seconds), progress is reported
every half second with ``item=CALL_STEP`` so a front end can show the call as
a step of its own with honest time; the last report has ``ok`` set to whether
the call was set up. The result is a :class:`TestCall` on the
:class:`~app.pipeline.diagnose.Outcome`: the summary, its findings, or why no
call was made.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from app.core.constants import SIP_PORT
from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.core.model import Mode
from app.core.progress import CancelToken, Progress, ProgressCallback, no_progress
from app.diagnosis.call_findings import CallDiagnosis, call_findings
from app.diagnosis.call_summary import CallSummary, summarise_call
from app.diagnosis.symptoms import Symptom
from app.netinfo.link import LinkInfo, detect_link
from app.pipeline.servers import answered_at_all
from app.probes.call import (
    BYE_TIMEOUT,
    DEFAULT_IDLE,
    DRAIN_MAX,
    LARGE_TIME,
    SETUP_TIMEOUT,
    CallRecord,
    place_call,
)
from app.probes.target import Target
from app.protocols.sip import split_hostport

if TYPE_CHECKING:
    from app.pipeline.diagnose import Outcome

CALL_STEP: Final = "call"  # Progress.item of the test call's reports
DEFAULT_SECONDS: Final = 5  # seconds of audio each way (protocols/call_report.py's default)
TICK: Final = 0.5

Placer = Callable[..., CallRecord]


@dataclass(frozen=True)
class TestCall:
    """A test call that was asked for: what it measured, or why it was not made."""

    summary: CallSummary | None  # None: no call was made (``skipped`` says why)
    diagnosis: CallDiagnosis
    skipped: Text | None = None  # why no call was made (shown to users: translatable)

    __test__ = False  # not a pytest test class, despite the name


def expected_seconds(seconds: int = DEFAULT_SECONDS, idle: int = DEFAULT_IDLE) -> int:
    """How long a call usually takes: its audio (the incoming call's idle time runs
    alongside), the set-up, the drain and the hang-up; docs/benchmarks.md measured a
    default call (5 s, 10 s idle) at 10.0 to 12.1 s."""
    return max(seconds + 2, idle + 1 if idle else 0)


def longest_seconds(seconds: int = DEFAULT_SECONDS, idle: int = DEFAULT_IDLE) -> int:
    """The call's hard deadline (probes/call.py), rounded up: what a user may wait at worst."""
    limit = SETUP_TIMEOUT + seconds + DRAIN_MAX + BYE_TIMEOUT + 1.0 + LARGE_TIME
    if idle:
        limit = max(limit, 3.5 + idle + 2.0 + 1.0)
    return int(limit) + 1


def _skipped(why: Text) -> TestCall:
    return TestCall(None, call_findings(None), why)


def reason_not_to_call(outcome: Outcome, cancel: CancelToken) -> Text | None:
    """Why no call can follow this probe (shown to users), or None: a call can.

    Shared with the wizard's canned network (ui/demo.py), so its screenshots
    never show a call after a probe that no server answered.
    """
    if cancel.cancelled or outcome.probe.cancelled:
        return QT_TRANSLATE_NOOP("TestCall", "The test was stopped before the call.")
    if outcome.probe.mode is not Mode.REFLECTOR:
        return QT_TRANSLATE_NOOP(
            "TestCall", "A test call needs a SIP ALG Doctor test server (reflector)."
        )
    target = outcome.target
    if target is None or not target.used or not answered_at_all(outcome.probe):
        return QT_TRANSLATE_NOOP("TestCall", "The test server never answered, so no call was made.")
    return None


def with_test_call(
    outcome: Outcome,
    seconds: int = DEFAULT_SECONDS,
    symptoms: Sequence[Symptom] = (),
    *,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
    place: Placer = place_call,
    link: Callable[[], LinkInfo] = detect_link,
    idle: int = DEFAULT_IDLE,
) -> Outcome:
    """``outcome`` with a test call to the reflector that answered it (blocking).

    ``idle``: seconds before the incoming call (0: none). ``place`` and ``link``
    stand in for the network in tests. Never raises for
    network trouble: a call that fails is a finding, a call that could not be
    made is ``skipped`` with the reason.
    """
    cancel = cancel or CancelToken()
    why_not = reason_not_to_call(outcome, cancel)
    if why_not is not None:
        return outcome._replace(call=_skipped(why_not))
    target = outcome.target
    assert target is not None and target.used  # reason_not_to_call checked both
    address, port = split_hostport(target.used)
    expected = expected_seconds(seconds, idle)
    progress(Progress(0, expected, "Test call: calling the test server", item=CALL_STEP))
    started = time.monotonic()
    with ThreadPoolExecutor(2) as pool:  # the link is looked up while the call runs
        looked_up = pool.submit(link)
        call = pool.submit(
            place, Target(address, port or SIP_PORT), seconds, cancel=cancel, idle=idle
        )
        while not call.done():
            try:
                call.result(timeout=TICK)
            except TimeoutError:
                elapsed = int(time.monotonic() - started)
                progress(
                    Progress(
                        min(elapsed, expected - 1),
                        expected,
                        f"Test call: {elapsed} s of about {expected} s",
                        item=CALL_STEP,
                    )
                )
        record = call.result()
        summary = summarise_call(record, looked_up.result())
    diagnosis = call_findings(summary, symptoms, outcome.lifetimes)
    progress(
        Progress(expected, expected, "Test call finished", item=CALL_STEP, ok=summary.established)
    )
    return outcome._replace(call=TestCall(summary, diagnosis))
