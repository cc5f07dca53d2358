"""Checking: the probes run in the background; progress, per-probe ticks, Stop.

The page starts the job when it is shown and is "complete" (Next enabled)
once the job has finished successfully. Stop cancels through the core's
cancel token, which ends the probe within milliseconds; the page then shows
what was found so far.

Progress is said in plain words ("Test call 3 of 12 ✓"); the probe's own
line ("UDP port 5060: OPTIONS answered") stays in each tick's tooltip for
whoever helps the user. When the test cannot start at all (a server name
that does not exist, no network), the bar is left empty, the reason is shown
in a red notice and "Change the server" leads back to Setup: a dead end with
a full bar looked like a finished test.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QWizard,
)

from app.core.progress import Progress
from app.pipeline.diagnose import MAX_TRIED
from app.pipeline.session import ContextOptions
from app.pipeline.test_call import CALL_STEP, longest_seconds
from app.probes.options import ProbeOptions
from app.probes.target import TargetError
from app.ui import runlog
from app.ui.call_option import call_seconds_shown
from app.ui.dialogs import ErrorDialog
from app.ui.jargon import WhatsThis
from app.ui.pages.base import Page
from app.ui.state import CALL_IDLE, CALL_SECONDS, make_job
from app.ui.tasks import Task
from app.ui.widgets import Notice, is_dark, shown, text_tooltip, wrap_label

OK, FAIL = "✓", "✗"


def quick_seconds() -> int:
    """The longest the test takes without the idle test: every server tried (failover)
    waits out the probe's time-out, plus the look-ups; rounded up to 5 s."""
    worst = MAX_TRIED * ProbeOptions().timeout + ContextOptions().side_deadline + 2
    return math.ceil(worst / 5) * 5


def idle_minutes() -> int:
    """The longest the idle-connection test adds: its first round waits up to
    ``lifetime_max`` seconds, a second round narrows the answer down (less again)."""
    return math.ceil(2 * ContextOptions().lifetime_max / 60)


class CheckingPage(Page):
    """Signals: none of its own; the wizard listens to ``task`` in tests."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Checking your connection"))
        self.setSubTitle(self.estimate(lifetime=False))
        layout = self.scrolling_body()
        self.now = wrap_label(self.tr("Starting…"))
        self.now.setAccessibleName(self.tr("What is happening now"))
        # the idle-connection test in the estimate, protocol words in the progress line
        self.jargon = WhatsThis(())
        self.jargon.setAccessibleName(self.tr("What's this? The words on this page explained"))
        self.jargon.hide()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.ticks = QListWidget()
        self.ticks.setAccessibleName(self.tr("Tests finished"))
        # Why the test could not start: red, under the bar, with the way on beside it.
        self.notice = Notice("", "bad")
        self.notice.setObjectName("cannot-start")
        self.message = self.notice.label
        self.message.setAccessibleName(self.tr("Why the test could not start"))
        self.notice.hide()
        self.change_server = QPushButton(self.tr("&Change the server"))
        self.change_server.setAccessibleName(self.tr("Go back and choose another server"))
        self.change_server.clicked.connect(self._on_change_server)
        self.change_server.hide()
        self.stop = QPushButton(self.tr("&Stop"))
        self.stop.setAccessibleName(self.tr("Stop the test"))
        self.stop.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop)
        way_on = QHBoxLayout()
        way_on.addWidget(self.change_server)
        way_on.addStretch(1)
        now_row = QHBoxLayout()
        now_row.addWidget(self.now, 1)
        now_row.addWidget(self.jargon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(now_row)
        layout.addLayout(row)
        layout.addWidget(self.notice)  # right under the bar, where the eye is
        layout.addLayout(way_on)
        layout.addWidget(self.ticks, 1)
        layout.addStretch(0)  # keeps the rest at the top when the empty list is hidden
        self.task: Task | None = None
        self.done = False
        self.error: BaseException | None = None

    # --- lifecycle -------------------------------------------------------------------

    def initializePage(self) -> None:
        self.done = False
        self.error = None
        self.ticks.clear()
        self.ticks.show()
        self.notice.hide()
        self.change_server.hide()
        self.bar.setRange(0, 0)  # busy until the first real progress arrives
        self.now.setText(self.tr("Starting…"))
        self.stop.setEnabled(True)
        wiz = self.doctor()
        self.setSubTitle(self.estimate(lifetime=wiz.state.lifetime, call=wiz.state.test_call))
        self.jargon.explain(self.subTitle(), self.now.text())
        if self.task is not None:
            self.task.discard()  # an earlier run may still be winding down
        wiz.state.first = wiz.state.after = None
        runlog.started(wiz.state, "test")
        self.task = wiz.runner.start(
            make_job(wiz.core, wiz.state),
            self,
            progress=self._on_task_progress,
            succeeded=self._on_task_succeeded,
            failed=self._on_task_failed,
            finished=self._on_task_finished,
        )

    def cleanupPage(self) -> None:  # Back pressed: this run's result is no longer wanted
        if self.task is not None:
            self.task.discard()

    def estimate(self, *, lifetime: bool, call: bool = False) -> str:
        """How long the test takes, honestly: the idle test adds minutes, not seconds;
        the test call adds its own seconds (usually, and at most)."""
        if call and not lifetime:
            return self.tr(
                "This usually takes about %d seconds with the test call, at most about %d seconds."
            ) % (
                call_seconds_shown() + 5,
                quick_seconds() + longest_seconds(CALL_SECONDS, CALL_IDLE),
            )
        quick = self.tr("This usually takes a few seconds, at most about %d seconds.") % (
            quick_seconds()
        )
        if not lifetime:
            return quick
        return (
            self.tr(
                "This takes a few minutes, at most about %d minutes: the idle-connection test "
                "waits "
                "to see how long your router remembers a quiet connection."
            )
            % idle_minutes()
        )

    def _on_change_server(self) -> None:
        wizard: QWizard | None = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.back()  # Setup comes right before this page

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.now.setText(self.tr("Stopping…"))
            self.stop.setEnabled(False)
            runlog.stopping("test")
            self.task.cancel()

    def isComplete(self) -> bool:
        return self.done and self.error is None

    # --- task signals ----------------------------------------------------------------

    def _on_task_progress(self, p: Progress) -> None:
        if p.item == CALL_STEP:
            self._on_call_progress(p)
            return
        self.show_progress(self.bar, self.now, p)
        self.jargon.explain(self.subTitle(), self.now.text())
        if p.item is not None:
            mark = OK if p.ok else FAIL + " " + self.tr("no answer")
            line = self.tr("Test call %d of %d") % (p.done, p.total)
            item = QListWidgetItem(f"{line} {mark}")
            # the technical words, for whoever helps the user (they can name a server)
            item.setToolTip(text_tooltip(p.message))
            self.ticks.addItem(item)
            self.ticks.scrollToBottom()
            if p.done < p.total:  # the last one: show_progress says what still runs
                self.now.setText(line)

    def _on_call_progress(self, p: Progress) -> None:
        """The test call, a step of its own: seconds on the bar, one tick at the end."""
        if p.ok is None:
            self.bar.setRange(0, max(p.total, 1))
            self.bar.setValue(min(p.done, p.total))
            self.now.setText(
                self.tr("Test call with sound: %d of about %d seconds…") % (p.done, p.total)
            )
            return
        line = (
            self.tr("Test call with sound: made") + f" {OK}"
            if p.ok
            else self.tr("Test call with sound: could not be set up") + f" {FAIL}"
        )
        self.ticks.addItem(QListWidgetItem(line))
        self.ticks.scrollToBottom()
        self.now.setText(line)

    def _on_task_succeeded(self, value: Any) -> None:
        state = self.doctor().state
        state.first = value
        runlog.succeeded(value, "test")
        stopped = value.probe.cancelled or (self.task and self.task.cancel_token.cancelled)
        self.now.setText(
            self.tr("Stopped. Here is what we found so far.") if stopped else self.tr("Done.")
        )

    def _on_task_failed(self, exc: BaseException) -> None:
        self.error = exc
        runlog.failed(exc, "test")
        reason = self.cannot_start(exc)
        if reason is not None:
            self.message.setText(reason)
            # red on the notice's pale red (or light on its dark red): a reason, not a hint
            self.message.setStyleSheet(f"color: {'#ffb4ab' if is_dark(self) else '#8b0000'};")
            self.ticks.setVisible(self.ticks.count() > 0)  # an empty list says nothing
            self.notice.show()
            self.change_server.show()
            self.change_server.setFocus()
            self.now.setText(self.tr("The test could not start."))
            self.jargon.explain(self.subTitle(), self.now.text(), reason)
        else:
            self.now.setText(self.tr("The test failed."))
            ErrorDialog.from_exception(
                self,
                exc,
                self.tr(
                    "The test stopped because of an unexpected problem. Please try again; if it "
                    "keeps happening, copy the details into a support request."
                ),
            )

    def cannot_start(self, exc: BaseException) -> str | None:
        """The notice for a test that could not start; None for an unexpected failure."""
        if isinstance(exc, TargetError):  # its sentence names the server: network text
            return self.tr(
                "We could not use that server: %s. Check the address, or choose another."
            ) % shown(str(exc), 300)
        if isinstance(exc, OSError):  # no network, no route, DNS unreachable
            return self.tr(
                "We could not reach the network (%s). Check that this computer is online, "
                "then try again or choose another server."
            ) % (exc.strerror or exc)
        return None

    def _on_task_finished(self) -> None:
        self.done = True
        self.stop.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0 if self.error is not None else 1)  # nothing was tested: empty
        self.completeChanged.emit()
        if self.error is None and self.doctor().currentPage() is self:
            self.doctor().next()  # results are ready: show them without an extra click
