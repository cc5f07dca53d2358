"""The wizard's side of the log file: one line per step of a test the user ran.

The core logs only what goes wrong inside it (``sipalg.session``), so after a
whole run the log file (app.ui.app.setup_logging) was empty, and a support
request had nothing to show. These lines say what was tested, against which
server, what came out and what failed, in the same words as the JSON report
(verdict and status values), so they can be matched with a saved report.
Addresses of the user's own network are not logged; the server is public.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the program logs "opened" before the core's modules are loaded
    from app.pipeline.diagnose import Outcome
    from app.ui.state import WizardState

log = logging.getLogger("sipalg.wizard")


def started(state: WizardState, what: str) -> None:
    """``what``: "test" or "re-test"."""
    log.info(
        "%s started: mode %s, servers %s, symptoms %s",
        what,
        state.mode.value,
        ", ".join(str(s) for s in state.servers) or "none",
        ", ".join(s.value for s in state.symptoms) or "none",
    )


def succeeded(outcome: Outcome, what: str) -> None:
    target = outcome.target
    if target is not None:
        log.info(
            "%s server: %s (asked for %s, %s)%s",
            what,
            target.used or "none answered",
            target.requested,
            target.source,
            f"; no answer from {', '.join(u for _, u in target.silent)}" if target.silent else "",
        )
        for error in target.errors:
            log.warning("%s server not usable: %s", what, error)
    probe = outcome.probe
    log.info(
        "%s verdict: %s (confidence %s)%s; %s",
        what,
        probe.verdict.value,
        outcome.diagnosis.confidence.value,
        ", stopped by the user" if probe.cancelled else "",
        ", ".join(f"{t.value} {res.status.value}" for t, res in probe.transports.items())
        or "no transport tested",
    )


def failed(exc: BaseException, what: str) -> None:
    from app.probes.target import TargetError

    if isinstance(exc, TargetError):  # the user's input, said in one sentence on screen
        log.warning("%s could not start: %s", what, exc)
    else:
        log.error("%s failed", what, exc_info=exc)


def stopping(what: str) -> None:
    log.info("%s: stopping (Stop pressed or the window closed)", what)


def opened() -> None:
    """The first line of a session: which build, on which Qt and Python (the
    ``platform`` module would cost ~25 ms of start-up for the OS release)."""
    from PySide6 import __version__ as pyside

    from app import version

    log.info(
        "wizard opened: SIP ALG Doctor %s, PySide6 %s, Python %s, %s",
        version(),
        pyside,
        sys.version.split()[0],
        sys.platform,
    )
