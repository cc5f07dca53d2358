"""The Checking page (plain progress, the estimate, a test that cannot start) and the
question before closing loses a running test or its results."""

from __future__ import annotations

import errno
import re
import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWizard

from app.core.model import Mode, PortRole
from app.core.progress import Progress
from app.diagnosis.verdict import summarise
from app.pipeline.session import SessionResult
from app.probes.target import TargetError
from app.ui.demo import FakeRunner, session
from app.ui.dialogs import ErrorDialog
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.wizard import CloseQuestion, DoctorWizard
from tests.records import replace

pytestmark = pytest.mark.gui


@pytest.fixture
def make(make: Any) -> Any:
    """The shared ``make``, from the session runner alone (no server look-up to wait for)."""

    def build(runner: Any) -> DoctorWizard:
        return make(Core(run_session=runner, locate=FakeRunner([]).locate))

    return build


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The close question, answered "keep it open"; what it said is recorded."""
    said: list[str] = []

    def ask(cls: Any, parent: Any, text: str) -> bool:
        said.append(text)
        return False

    monkeypatch.setattr(CloseQuestion, "ask", classmethod(ask))
    return said


def to_checking(wiz: DoctorWizard, *, lifetime: bool = False) -> Any:
    wiz.next()  # symptoms
    wiz.next()  # setup
    wiz.page_of(PageId.SETUP).lifetime.setChecked(lifetime)
    wiz.next()
    assert wiz.currentId() == PageId.CHECKING
    return wiz.page_of(PageId.CHECKING)


def mnemonics(wiz: QWizard) -> list[str]:
    keys = []
    for button in wiz.findChildren(QAbstractButton):
        if button.isVisible():
            found = re.search(r"&([^&])", button.text().replace("&&", ""))
            if found:
                keys.append(found.group(1).lower())
    return keys


class _Paused:
    """Reports test call 3 of 12, then waits until released (or stopped)."""

    def __init__(self) -> None:
        self.reported = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args: Any, cancel: Any, progress: Any, **kw: Any) -> SessionResult:
        progress(Progress(3, 12, "UDP port 5060: INVITE answered", item="udp:5060:INVITE", ok=True))
        self.reported.set()
        while not (self.release.is_set() or cancel.cancelled):
            self.release.wait(0.05)
        return session(alg=False)


def _some_lost() -> SessionResult:
    """The canned clean session with the SIP-port test calls unanswered."""
    clean = session(alg=False)
    exchanges = [
        replace(ex, answered=False, error="no answer before the deadline", rtt_ms=None)
        if ex.role is PortRole.SIP
        else ex
        for tr in clean.probe.transports.values()
        for ex in tr.exchanges
    ]
    probe = summarise(
        Mode.REFLECTOR, clean.probe.target, tuple(clean.probe.transports), exchanges, 1
    )
    return replace(clean, probe=probe)


# --- progress in plain words -----------------------------------------------------------------


def test_progress_says_which_test_call_in_plain_words(make: Any, qtbot: Any) -> None:
    runner = _Paused()
    wiz = make(runner)
    checking = to_checking(wiz)
    assert runner.reported.wait(5)
    qtbot.waitUntil(lambda: checking.ticks.count() == 1, timeout=5000)
    assert checking.ticks.item(0).text() == "Test call 3 of 12 ✓"
    assert "UDP port 5060: INVITE answered" in checking.ticks.item(0).toolTip()  # for support
    assert checking.now.text() == "Test call 3 of 12"
    assert (checking.bar.value(), checking.bar.maximum()) == (3, 12)
    keys = mnemonics(wiz)
    assert "s" in keys and len(keys) == len(set(keys)), keys
    with qtbot.waitSignal(checking.task.finished, timeout=5000):
        runner.release.set()


def test_lost_test_calls_are_ticked_as_such(make: Any, qtbot: Any) -> None:
    wiz = make(FakeRunner([_some_lost()]))
    checking = to_checking(wiz)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    texts = [checking.ticks.item(i).text() for i in range(checking.ticks.count())]
    assert len(texts) == 12
    assert "Test call 1 of 12 ✗ no answer" in texts and "Test call 12 of 12 ✓" in texts


def test_the_estimate_says_minutes_when_the_idle_test_runs(make: Any, qtbot: Any) -> None:
    runner = _Paused()
    wiz = make(runner)
    checking = to_checking(wiz, lifetime=False)
    assert "few seconds" in checking.subTitle() and "minutes" not in checking.subTitle()
    assert runner.reported.wait(5)
    with qtbot.waitSignal(checking.task.finished, timeout=5000):
        checking.stop.click()
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    wiz.back()
    wiz.back()  # setup
    runner.reported.clear()
    wiz.page_of(PageId.SETUP).lifetime.setChecked(True)
    wiz.next()
    assert "20 minutes" in checking.subTitle() and "idle-connection" in checking.subTitle()
    with qtbot.waitSignal(checking.task.finished, timeout=5000):
        runner.release.set()


# --- a test that cannot start ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (TargetError("cannot resolve 'pbx.invalid': no such name"), "pbx.invalid"),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "could not reach the network"),
    ],
)
def test_a_test_that_cannot_start_leads_back_to_the_server(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, error: Exception, said: str
) -> None:
    dialogs: list[str] = []
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, p, m, d="": dialogs.append(m)))
    wiz = make(FakeRunner([session(alg=False)], fail=error))
    checking = to_checking(wiz)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    assert (checking.bar.maximum(), checking.bar.value()) == (1, 0)  # empty, not busy, not full
    assert checking.notice.isVisible() and said in checking.message.text()
    assert "#fdecea" in checking.notice.styleSheet() or "#5c1e1e" in checking.notice.styleSheet()
    assert checking.now.text() == "The test could not start."
    assert "color: #8b0000" in checking.message.styleSheet()  # red words
    assert not checking.ticks.isVisible()  # no empty list pushing the notice away
    assert not dialogs and not checking.isComplete() and not checking.stop.isEnabled()
    keys = mnemonics(wiz)
    assert "c" in keys and len(keys) == len(set(keys)), keys
    checking.change_server.click()
    assert wiz.currentId() == PageId.SETUP


def test_an_unexpected_failure_still_gets_the_dialog_and_no_way_back_button(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[str] = []
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, p, m, d="": dialogs.append(m)))
    wiz = make(FakeRunner([session(alg=False)], fail=RuntimeError("boom")))
    checking = to_checking(wiz)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    assert dialogs and "unexpected problem" in dialogs[0]
    assert not checking.change_server.isVisible() and checking.bar.value() == 0


# --- Escape asks before losing a test or results ----------------------------------------------


def test_escape_during_a_test_asks_and_keeps_it_running(
    make: Any, qtbot: Any, asked: list[str]
) -> None:
    runner = _Paused()
    wiz = make(runner)
    checking = to_checking(wiz)
    assert runner.reported.wait(5)
    qtbot.keyClick(wiz, Qt.Key.Key_Escape)
    assert asked and "still running" in asked[0]
    assert wiz.isVisible() and checking.task.running  # "keep it open" kept the test too
    wiz.button(QWizard.WizardButton.CancelButton).click()  # Cancel asks the same
    assert len(asked) == 2 and wiz.isVisible()
    with qtbot.waitSignal(checking.task.finished, timeout=5000):
        runner.release.set()


def test_escape_after_results_asks_and_closes_when_told(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        CloseQuestion, "ask", classmethod(lambda cls, parent, text: said.append(text) or True)
    )
    wiz = make(FakeRunner([session(alg=True)]))
    to_checking(wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    qtbot.keyClick(wiz, Qt.Key.Key_Escape)
    assert said and "not saved" in said[0]
    assert not wiz.isVisible()


def test_nothing_to_lose_closes_without_a_question(make: Any, qtbot: Any, asked: list[str]) -> None:
    wiz = make(FakeRunner([session(alg=False)]))
    qtbot.keyClick(wiz, Qt.Key.Key_Escape)  # welcome: no test yet
    assert not asked and not wiz.isVisible()
    wiz2 = make(FakeRunner([session(alg=False)]))
    to_checking(wiz2)
    qtbot.waitUntil(lambda: wiz2.currentId() == PageId.RESULTS, timeout=5000)
    wiz2.next()  # report: a copy is saved, so closing loses nothing
    assert wiz2.currentId() == PageId.REPORT and wiz2.page_of(PageId.REPORT).holds_results()
    qtbot.keyClick(wiz2, Qt.Key.Key_Escape)
    assert not asked and not wiz2.isVisible()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen and a dialog
def test_the_real_question_keeps_the_window_by_default(make: Any, qtbot: Any) -> None:
    wiz = make(FakeRunner([session(alg=True)]))
    to_checking(wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        assert box.defaultButton() is box.escapeButton()  # "keep it open"
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    qtbot.keyClick(wiz, Qt.Key.Key_Escape)
    assert seen and "not saved" in seen[0]
    assert wiz.isVisible()


def test_the_window_close_button_asks_too(make: Any, qtbot: Any, asked: list[str]) -> None:
    from PySide6.QtGui import QCloseEvent

    class FromTheWindowManager(QCloseEvent):
        def spontaneous(self) -> bool:  # what a click on the title bar's X delivers
            return True

    runner = _Paused()
    wiz = make(runner)
    checking = to_checking(wiz)
    assert runner.reported.wait(5)
    event = FromTheWindowManager()
    wiz.closeEvent(event)
    assert asked and not event.isAccepted() and wiz.isVisible() and checking.task.running
    with qtbot.waitSignal(checking.task.finished, timeout=5000):
        runner.release.set()
