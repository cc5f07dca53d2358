"""Checking: the probes run in the background; progress, per-probe ticks, Stop.

The page starts the job when it is shown and is "complete" (Next enabled)
once the job has finished, successfully or not. Stop cancels through the
core's cancel token, which ends the probe within milliseconds; the page then
shows what was found so far.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QProgressBar, QPushButton

from app.core.progress import Progress
from app.probes.target import TargetError
from app.ui import runlog
from app.ui.dialogs import ErrorDialog
from app.ui.pages.base import Page
from app.ui.state import make_job
from app.ui.tasks import Task
from app.ui.widgets import wrap_label

OK, FAIL = "✓", "✗"


class CheckingPage(Page):
    """Signals: none of its own; the wizard listens to ``task`` in tests."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Checking your connection"))
        self.setSubTitle(self.tr("This usually takes a few seconds."))
        layout = self.scrolling_body()
        self.now = wrap_label(self.tr("Starting…"))
        self.now.setAccessibleName(self.tr("What is happening now"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.ticks = QListWidget()
        self.ticks.setAccessibleName(self.tr("Tests finished"))
        self.message = wrap_label("")
        self.message.hide()
        self.stop = QPushButton(self.tr("&Stop"))
        self.stop.setAccessibleName(self.tr("Stop the test"))
        self.stop.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop)
        layout.addWidget(self.now)
        layout.addLayout(row)
        layout.addWidget(self.ticks, 1)
        layout.addWidget(self.message)
        self.task: Task | None = None
        self.done = False
        self.error: BaseException | None = None

    # --- lifecycle -------------------------------------------------------------------

    def initializePage(self) -> None:
        self.done = False
        self.error = None
        self.ticks.clear()
        self.message.hide()
        self.bar.setRange(0, 0)  # busy until the first real progress arrives
        self.now.setText(self.tr("Starting…"))
        self.stop.setEnabled(True)
        wiz = self.doctor()
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
        self.show_progress(self.bar, self.now, p)
        if p.item is not None:
            self.ticks.addItem(f"{OK if p.ok else FAIL}  {p.message}")
            self.ticks.scrollToBottom()

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
        if isinstance(exc, TargetError):
            self.message.setText(
                self.tr("We could not use that server: %s. Go back and check the address.") % exc
            )
            self.message.show()
            self.now.setText(self.tr("The test could not start."))
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

    def _on_task_finished(self) -> None:
        self.done = True
        self.stop.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.completeChanged.emit()
        if self.error is None and self.doctor().currentPage() is self:
            self.doctor().next()  # results are ready: show them without an extra click
