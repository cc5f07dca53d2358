"""Verify: test again after the change; before and after side by side.

After the router restarts, its connection comes back in its own time. A
re-test that gets no answer at all (or cannot even look the server up) is
taken to mean "not back yet": the page counts down, visibly, and tests again
by itself, for about a minute and a half, with Stop always available. Only a
real answer ends the wait; then the page shows the header the router rewrote
the first time, as it arrived then and as it arrives now.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWizard,
)

from app.core.addresses import is_lan_address
from app.core.model import Verdict
from app.core.progress import Progress
from app.pipeline.diagnose import Outcome
from app.pipeline.servers import answered_at_all
from app.probes.target import TargetError
from app.ui import runlog
from app.ui.before_after import header_pair
from app.ui.before_after import render as render_pair
from app.ui.dialogs import ErrorDialog
from app.ui.jargon import WhatsThis
from app.ui.pages.base import Page
from app.ui.state import make_job
from app.ui.tasks import Task
from app.ui.waiting import Countdown
from app.ui.widgets import Notice, is_dark, wrap_label
from app.ui.words import firewall_advice, status_word, verdict_short

# Waiting for the connection after a restart: test again every WAIT_STEP_S
# seconds while nothing answers, for WAIT_LIMIT_S seconds in all.
WAIT_STEP_S = 10
WAIT_LIMIT_S = 90


def no_answer(outcome: Outcome) -> bool:
    """Nothing answered at all, and not because the user stopped it."""
    return not outcome.probe.cancelled and not answered_at_all(outcome.probe)


class VerifyPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Did it work?"))
        self.setSubTitle(self.tr("Run the same test again now that the setting is changed."))
        self.body = self.scrolling_body()
        self.intro = wrap_label(self._intro())
        self.run_button = QPushButton(self.tr("&Test again"))
        self.run_button.setAccessibleName(self.tr("Test again"))
        self.run_button.clicked.connect(self._pressed)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self.now = QLabel("")
        self.now.setWordWrap(True)
        # progress lines name servers (DNS, the directory): never read as rich text
        self.now.setTextFormat(Qt.TextFormat.PlainText)
        self.now.hide()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Check"), self.tr("Before"), self.tr("After")]
        )
        self.table.setAccessibleName(self.tr("Before and after"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.hide()
        # the rewritten header then and now; network text, escaped by before_after.render
        self.proof = wrap_label(rich=True)
        self.proof.setOpenExternalLinks(False)
        self.proof.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proof.setAccessibleName(self.tr("The same header before and after"))
        self.proof.hide()
        row = QHBoxLayout()
        row.addWidget(self.run_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.bar, 1)
        row.addStretch(0)
        # the protocol words of the result, the table and the proof, once there is one
        self.jargon = WhatsThis(())
        self.jargon.setAccessibleName(self.tr("What's this? The words on this page explained"))
        self.jargon.hide()
        intro_row = QHBoxLayout()
        intro_row.addWidget(self.intro, 1)
        intro_row.addWidget(self.jargon, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(intro_row)
        self.body.addLayout(row)
        self.body.addWidget(self.now)
        self.body.addWidget(self.table)
        self.body.addWidget(self.proof)
        self.body.addStretch(1)
        self.outcome: Notice | None = None
        self.task: Task | None = None
        self.retested = False  # a re-test gave a result since the page was entered
        self._follows_page_changes = False
        # waiting for the connection to come back (tests shorten the tick and the clock)
        self.wait_step_s = WAIT_STEP_S
        self.wait_limit_s = WAIT_LIMIT_S
        self.clock: Callable[[], float] = time.monotonic
        self.countdown = Countdown(self)
        self.countdown.ticked.connect(self._on_wait_tick)
        self.countdown.elapsed.connect(self._on_wait_over)
        self.waited_since: float | None = None  # the first silent re-test of this wait
        self.gave_up = False  # the last wait ran out without an answer

    def _intro(self) -> str:
        return self.tr(
            "Make sure you saved the change and restarted the router. Then press Test "
            "again; if the internet is not back yet, the test waits for it."
        )

    def initializePage(self) -> None:
        self.table.hide()
        self.proof.hide()
        self.intro.setText(self._intro())
        self.jargon.hide()
        if self.outcome is not None:
            self.outcome.deleteLater()
            self.outcome = None
        self.retested = False
        self.waited_since = None
        self.gave_up = False
        self._return_means_test_again(True)
        wizard: QWizard | None = self.wizard()
        if wizard is not None and not self._follows_page_changes:
            # Without a default button the wizard puts the focus on Next when it
            # switches pages, after initializePage; currentIdChanged comes after that.
            wizard.currentIdChanged.connect(self._on_page_changed)
            self._follows_page_changes = True

    def cleanupPage(self) -> None:  # Back pressed
        self._stop_waiting()
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
        # Not while the re-test runs or waits to run: the report would show one result
        # and save another.
        running = self.task is not None and self.task.running and not self.task.discarded
        return not running and not self.countdown.active()

    def waiting(self) -> bool:
        """Counting down to the next automatic re-test."""
        return self.countdown.active()

    def _pressed(self) -> None:
        """Test again (or Test now while waiting, which keeps the wait's clock running)."""
        if not self.countdown.active():
            self.waited_since = None  # the user's own press starts a new wait
        self.start()

    def start(self) -> None:
        """Run the re-test: from the button, or at the end of a countdown."""
        self.countdown.stop()
        self.gave_up = False
        wiz = self.doctor()
        if self.task is not None:
            self.task.discard()
        self.run_button.setEnabled(False)
        self.run_button.setText(self.tr("&Test again"))
        self.stop_button.setEnabled(True)
        self.bar.show()
        self.bar.setRange(0, 0)
        self.now.setText("")
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
        """Stop: the running re-test, or the wait for the next one."""
        if self.countdown.active():
            self._stop_waiting()
            self._show_comparison()  # what the last (silent) re-test found
            self._after_result()
            return
        if self.task is not None and self.task.running:
            runlog.stopping("re-test")
            self.task.cancel()

    # --- waiting for the connection ------------------------------------------------------

    def _wait_again(self) -> bool:
        """Start the countdown to the next re-test, unless the wait has run out."""
        now = self.clock()
        if self.waited_since is None:
            self.waited_since = now
        if now - self.waited_since + self.wait_step_s > self.wait_limit_s:
            self.gave_up = True
            return False
        self.countdown.start(self.wait_step_s)
        return True

    def _stop_waiting(self) -> None:
        if self.countdown.active():
            self.countdown.stop()
            self._waiting_controls(False)
            self.completeChanged.emit()

    def _on_wait_tick(self, left: int) -> None:
        self.now.setText(
            self.tr(
                "No answer yet: your internet connection is probably still coming back "
                "after the restart. Testing again in %n s…",
                "",
                left,
            )
        )
        self.bar.setRange(0, self.wait_step_s)
        self.bar.setValue(left)
        self.bar.setFormat(self.tr("%v s"))  # the seconds left, not a percentage
        self.now.show()

    def _on_wait_over(self) -> None:
        self.start()

    def _waiting_controls(self, on: bool) -> None:
        """While waiting: Stop ends the wait, Test now skips it, the bar counts down."""
        self.stop_button.setEnabled(on)
        self.run_button.setEnabled(True)
        self.run_button.setText(self.tr("&Test now") if on else self.tr("&Test again"))
        self.bar.setVisible(on)
        if not on:
            self.now.setText("")
            self.now.hide()

    # --- the re-test's outcome -----------------------------------------------------------

    def _on_task_progress(self, p: Progress) -> None:
        self.bar.setFormat("%p%")
        self.now.show()
        self.show_progress(self.bar, self.now, p)

    def _on_task_succeeded(self, value: Any) -> None:
        self.doctor().state.after = value
        runlog.succeeded(value, "re-test")
        if no_answer(value) and self._wait_again():
            return  # _on_task_finished shows the countdown
        self._show_comparison()
        self._after_result()

    def _after_result(self) -> None:
        self.retested = True
        self._return_means_test_again(False)

    def _on_task_failed(self, exc: BaseException) -> None:
        runlog.failed(exc, "re-test")
        # The server was found for the first test, so a look-up that fails now means
        # the connection is not back yet (DNS is the first thing to fail).
        first = self.doctor().state.first
        if isinstance(exc, TargetError) and first is not None and self._wait_again():
            return
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
        self.bar.setFormat("%p%")
        self.now.setText("")
        self.now.hide()  # an empty line left a gap above the results
        if self.countdown.active():
            self._waiting_controls(True)
            self._on_wait_tick(self.countdown.left)
        self.completeChanged.emit()
        wizard: QWizard | None = self.wizard()
        task = self.task
        if task is not None and not task.discarded and wizard is not None:
            # Test again was disabled while it ran, which sent the focus down the chain
            # (to About, whose box Return then opened): give it to the default button.
            if self.retested:
                wizard.button(QWizard.WizardButton.NextButton).setFocus()
            else:  # failed or waiting: Return still means Test again (now)
                self.run_button.setFocus()

    def _show_comparison(self) -> None:
        state = self.doctor().state
        before, after = state.first, state.after
        if before is None or after is None:
            return
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
        pair = header_pair(before, after)
        if pair is not None:
            self.proof.setText(render_pair(pair, dark=is_dark(self)))
            self.proof.show()
        else:
            self.proof.hide()
        if self.outcome is not None:
            self.outcome.deleteLater()
        text, kind = self._outcome_text(before, after)
        self.outcome = Notice(text, kind, self)
        self.body.insertWidget(0, self.outcome)
        self.intro.setText(self._next_step(after))
        inner = self.intro.parentWidget()
        if inner is not None:
            self.jargon.explain_widgets(inner)

    def _next_step(self, after: Outcome) -> str:
        """The line under the result: what to do now (never a stale "press Test again")."""
        if after.probe.verdict is Verdict.NO_ALG_DETECTED:
            return self.tr(
                "Press Next to save a report of before and after, for your records or "
                "your provider."
            )
        return self.tr(
            "When you have checked the points above, press Test again; or press Next to "
            "save a report for your provider."
        )

    def _outcome_text(self, before: Outcome, after: Outcome) -> tuple[str, str]:
        tr = QCoreApplication.translate
        verdict = after.probe.verdict
        if verdict is Verdict.NO_ALG_DETECTED:
            return (
                self.tr(
                    "Fixed! Your calls now pass through unchanged. Restart your "
                    "phones so they register again, then make a test call."
                ),
                "good",
            )
        if after.probe.cancelled:
            return self.tr("The test was stopped before it finished. Run it again."), "warning"
        if verdict is Verdict.INCONCLUSIVE and no_answer(after):
            if self.gave_up:
                return (
                    self.tr(
                        "Still no answer after waiting %d seconds. Check that the internet "
                        "works again (open any web page). If it does not, the router may "
                        "still be starting: wait a little, then press Test again."
                    )
                    % self.wait_limit_s,
                    "warning",
                )
            return (
                self.tr(
                    "No answer from the test server. Check that the internet works again, "
                    "then press Test again."
                ),
                "warning",
            )
        if verdict is Verdict.INCONCLUSIVE:
            return (
                self.tr(
                    "We could not reach the test server this time. Wait until "
                    "the router has fully restarted, then test again."
                ),
                "warning",
            )
        headline = after.diagnosis.headline.render(tr)
        return self.tr("Not fixed yet. %s") % headline + "\n\n" + self._what_to_check(after), "bad"

    def _what_to_check(self, after: Outcome) -> str:
        """Where the rewriting may still come from, most likely first."""
        lines = [
            self.tr(
                "Was the change saved, and did the router really restart? If in doubt, "
                "unplug it for ten seconds: some routers keep rewriting calls they already "
                "know until then."
            )
        ]
        family = self.doctor().state.family
        names = family.setting_names if family is not None else ()
        if len(names) > 1:
            lines.append(
                self.tr("Is there a second setting? On this router it may also be called: %s.")
                % ", ".join(f"\u201c{n}\u201d" for n in names)
            )
        else:
            lines.append(
                self.tr(
                    "Is there a second setting? Some routers have the switch in more than "
                    "one place (look through the firewall and NAT pages too)."
                )
            )
        router = after.router
        hop = router.second_hop if router is not None else None
        if hop and is_lan_address(hop):
            lines.append(
                self.tr(
                    "Is there a box from your internet provider in front of your router? "
                    "The test saw another router at %s between yours and the internet; "
                    "its SIP ALG must be switched off too (or it must be put in bridge mode)."
                )
                % hop
            )
        else:
            lines.append(
                self.tr(
                    "Is there a box from your internet provider (a modem or fibre box) in "
                    "front of your router? It can have a SIP ALG of its own."
                )
            )
        firewall = firewall_advice(after)
        if firewall is not None:  # blocked now: a firewall rule is the other suspect
            lines.append(firewall)
        lines.append(
            self.tr(
                "If the setting cannot be switched off, use one of the workarounds on the "
                "previous page."
            )
        )
        return self.tr("What to check next:") + "\n" + "\n".join(f"• {ln}" for ln in lines)
