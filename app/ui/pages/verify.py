"""Verify: test again after the change; before and after side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
)

from app.core.model import Verdict
from app.core.progress import Progress
from app.ui import runlog
from app.ui.dialogs import ErrorDialog
from app.ui.pages.base import Page
from app.ui.state import make_job
from app.ui.tasks import Task
from app.ui.widgets import Notice, wrap_label
from app.ui.words import status_word, verdict_short


class VerifyPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Did it work?"))
        self.setSubTitle(self.tr("Run the same test again now that the setting is changed."))
        self.body = self.scrolling_body()
        self.intro = wrap_label(
            self.tr(
                "Make sure you saved the change and restarted the router (and wait until the "
                "internet works again). Then press Test again."
            )
        )
        self.run_button = QPushButton(self.tr("&Test again"))
        self.run_button.setAccessibleName(self.tr("Test again"))
        self.run_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self.now = QLabel("")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Before"), self.tr("After")]
        )
        self.table.setAccessibleName(self.tr("Before and after"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.hide()
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.bar, 1)
        row.addStretch(0)
        self.body.addWidget(self.intro)
        self.body.addLayout(row)
        self.body.addWidget(self.now)
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.outcome: Notice | None = None
        self.task: Task | None = None
        self.retested = False  # a re-test gave a result since the page was entered
        self._follows_page_changes = False

    def initializePage(self) -> None:
        self.table.hide()
        if self.outcome is not None:
            self.outcome.deleteLater()
            self.outcome = None
        self.retested = False
        self._return_means_test_again(True)
        wizard: QWizard | None = self.wizard()
        if wizard is not None and not self._follows_page_changes:
            # Without a default button the wizard puts the focus on Next when it
            # switches pages, after initializePage; currentIdChanged comes after that.
            wizard.currentIdChanged.connect(self._on_page_changed)
            self._follows_page_changes = True

    def cleanupPage(self) -> None:  # Back pressed
        if self.task is not None:
            self.task.discard()
            self._on_task_finished()  # the discarded run will not say so itself
        self._return_means_test_again(False)

    def validatePage(self) -> bool:  # Next pressed: the wizard's default button comes back
        self._return_means_test_again(False)
        return True

    def _return_means_test_again(self, on: bool) -> None:
        """Return presses Test again until a re-test has given a result, then Next.

        The wizard makes Next its default button on every page, so Return on
        arriving here skipped the very check this page is for. While ``on``,
        the wizard gives up its default (NoDefaultButton) and Test again takes it.
        """
        wizard: QWizard | None = self.wizard()
        if wizard is None:
            return
        wizard.setOption(QWizard.WizardOption.NoDefaultButton, on)
        self.run_button.setDefault(on)

    def _on_page_changed(self, _id: int) -> None:
        wizard: QWizard | None = self.wizard()
        if wizard is not None and wizard.currentPage() is self and not self.retested:
            self.run_button.setFocus()  # a focused Next would take Return for itself

    def isComplete(self) -> bool:
        # Not while the re-test runs: the report would show one result and save another.
        return not (self.task is not None and self.task.running and not self.task.discarded)

    def start(self) -> None:
        wiz = self.doctor()
        if self.task is not None:
            self.task.discard()
        self.run_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.bar.show()
        self.bar.setRange(0, 0)
        # the lifetime probe is not repeated: it takes minutes and the ALG is the question
        runlog.started(wiz.state, "re-test")
        self.task = wiz.runner.start(
            make_job(wiz.core, wiz.state, lifetime=False, retest=True),
            self,
            progress=self._on_task_progress,
            succeeded=self._on_task_succeeded,
            failed=self._on_task_failed,
            finished=self._on_task_finished,
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            runlog.stopping("re-test")
            self.task.cancel()

    def _on_task_progress(self, p: Progress) -> None:
        self.show_progress(self.bar, self.now, p)

    def _on_task_succeeded(self, value: Any) -> None:
        self.doctor().state.after = value
        runlog.succeeded(value, "re-test")
        self._show_comparison()
        self.retested = True
        self._return_means_test_again(False)

    def _on_task_failed(self, exc: BaseException) -> None:
        runlog.failed(exc, "re-test")
        ErrorDialog.from_exception(
            self,
            exc,
            self.tr(
                "The second test could not run. Check "
                "that the internet works again after "
                "the restart, then try again."
            ),
        )

    def _on_task_finished(self) -> None:
        self.run_button.setEnabled(True)
        self.run_button.setText(self.tr("&Test again"))
        self.stop_button.setEnabled(False)
        self.bar.hide()
        self.now.setText("")
        self.completeChanged.emit()
        wizard: QWizard | None = self.wizard()
        task = self.task
        if task is not None and not task.discarded and wizard is not None:
            # Test again was disabled while it ran, which sent the focus down the chain
            # (to About, whose box Return then opened): give it to the default button.
            if self.retested:
                wizard.button(QWizard.WizardButton.NextButton).setFocus()
            else:  # failed: Return still means Test again
                self.run_button.setFocus()

    def _show_comparison(self) -> None:
        state = self.doctor().state
        before, after = state.first, state.after
        assert before is not None and after is not None
        rows = [
            (
                self.tr("Result"),
                verdict_short(before.probe.verdict),
                verdict_short(after.probe.verdict),
            )
        ]
        for t, res in after.probe.transports.items():
            old = before.probe.transports.get(t)
            rows.append(
                (
                    self.tr("Calls over %s") % t.value.upper(),
                    status_word(old.status) if old else "—",
                    status_word(res.status),
                )
            )
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        height = (
            self.table.horizontalHeader().height()
            + 4
            + sum(self.table.rowHeight(r) for r in range(len(rows)))
        )
        self.table.setFixedHeight(height)
        self.table.show()
        if self.outcome is not None:
            self.outcome.deleteLater()
        tr = QCoreApplication.translate
        verdict = after.probe.verdict
        if verdict is Verdict.NO_ALG_DETECTED:
            text, kind = (
                self.tr(
                    "Fixed! Your calls now pass through unchanged. Restart your "
                    "phones so they register again, then make a test call."
                ),
                "good",
            )
        elif after.probe.cancelled:
            text, kind = (
                self.tr("The test was stopped before it finished. Run it again."),
                "warning",
            )
        elif verdict is Verdict.INCONCLUSIVE:
            text, kind = (
                self.tr(
                    "We could not reach the test server this time. Wait until "
                    "the router has fully restarted, then test again."
                ),
                "warning",
            )
        else:
            diag = state.after.diagnosis if state.after else None
            text = self.tr(
                "Not fixed yet. %s Check that the change was saved and the router "
                "restarted. If the setting cannot be switched off, use one of the "
                "workarounds on the previous page."
            ) % (diag.headline.render(tr) if diag else "")
            kind = "bad"
        self.outcome = Notice(text, kind, self)
        self.body.insertWidget(0, self.outcome)
