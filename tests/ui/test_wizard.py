"""The wizard, driven like a user would (offscreen), with fake and real cores."""

from __future__ import annotations

import itertools
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from app.core.model import Verdict
from app.probes.target import TargetError
from app.ui.demo import FakeRunner, session
from app.ui.dialogs import ErrorDialog, FileDialogs
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.helpers import running_reflector

pytestmark = pytest.mark.gui


def to_setup(wiz: DoctorWizard, symptoms: int = 1) -> None:
    assert wiz.currentId() == PageId.WELCOME
    wiz.next()
    page = wiz.page_of(PageId.SYMPTOMS)
    for s in list(page.boxes)[:symptoms]:
        page.boxes[s].setChecked(True)
    wiz.next()
    assert wiz.currentId() == PageId.SETUP


def run_check(qtbot: Any, wiz: DoctorWizard) -> None:
    checking = wiz.page_of(PageId.CHECKING)
    wiz.next()
    assert wiz.currentId() == PageId.CHECKING
    qtbot.waitUntil(lambda: wiz.currentId() != PageId.CHECKING or checking.done, timeout=15000)


# --- every page -------------------------------------------------------------------------


def test_welcome_explains_what_is_sent(make: Any) -> None:
    wiz = make(Core(run_session=FakeRunner([session(alg=False)])))
    text = wiz.page_of(PageId.WELCOME).findChild(QLabel, "privacy").text()
    assert "No passwords" in text and "local network address" in text
    assert wiz.windowTitle() == "SIP ALG Doctor"
    assert wiz.minimumWidth() >= 700


def test_symptoms_are_recorded(make: Any) -> None:
    wiz = make(Core(run_session=FakeRunner([session(alg=False)])))
    to_setup(wiz, symptoms=3)
    assert len(wiz.state.symptoms) == 3


def test_corrupt_settings_file_is_survived(qtbot: Any, tmp_path: Path) -> None:
    """Values QSettings turns into a list, a rect or a string where bytes belong.

    Each of these once crashed the app (a segfault at the setup page, or a
    TypeError before the window opened); now they are ignored.
    """
    ini = tmp_path / "hand-edited.ini"
    ini.write_text(
        "[General]\nsip_server=a, b\nreflector=@Rect(1 2 3 4)\ngeometry=hello\nmode=reflector\n"
    )
    wiz = DoctorWizard(
        core=Core(run_session=FakeRunner([session(alg=False)])),
        settings=QSettings(str(ini), QSettings.Format.IniFormat),
        defaults={"reflector": "reflector.example.net", "sip_server": 5060},  # type: ignore[dict-item]
    )
    qtbot.addWidget(wiz)
    wiz.show()
    to_setup(wiz)
    page = wiz.page_of(PageId.SETUP)
    assert page.sip_server.text() == ""  # a list and a non-string default: both ignored
    assert page.reflector.text() == "reflector.example.net"  # falls back to the default
    assert page.isComplete()  # the preset (the default reflector) is selected
    wiz.reject()


def test_typing_in_a_field_selects_its_option(make: Any) -> None:
    wiz = make(Core(run_session=FakeRunner([session(alg=False)])), defaults={})
    to_setup(wiz)
    page = wiz.page_of(PageId.SETUP)
    page.reflector.textEdited.emit("r.example")
    assert page.reflector_choice.isChecked()
    page.sip_server.textEdited.emit("sip.example")
    assert page.typed.isChecked()
    page.picker.search.textEdited.emit("sipgate")
    assert page.provider.isChecked()


def test_checking_shows_progress_and_moves_on(make: Any, qtbot: Any) -> None:
    runner = FakeRunner([session(alg=True)])
    wiz = make(Core(run_session=runner))
    to_setup(wiz)
    run_check(qtbot, wiz)
    checking = wiz.page_of(PageId.CHECKING)
    # twelve probes, then the test call (suggested for the one-way audio ticked)
    assert checking.ticks.count() == 13 and checking.bar.value() == 1
    assert checking.ticks.item(12).text() == "Test call with sound: made ✓"
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert runner.calls == 1


def test_results_show_evidence_and_symptoms(make: Any, qtbot: Any) -> None:
    wiz = make(Core(run_session=FakeRunner([session(alg=True)])))
    to_setup(wiz, symptoms=1)  # one-way audio
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    page = wiz.page_of(PageId.RESULTS)
    assert page.headline.text() == "A SIP ALG is changing your calls"
    page.fold.set_open(True)  # the proof is folded away until asked for
    assert page.diff.isVisible() and len(page.diff.changes) > 5
    assert "192.168.1.23" in page.diff.toHtml() and "198.51.100.77" in page.diff.toHtml()
    assert "One-way audio" in page.meaning.text()
    assert page.nextId() == PageId.ROUTER


def test_clean_result_skips_to_report(make: Any, qtbot: Any) -> None:
    wiz = make(Core(run_session=FakeRunner([session(alg=False)])))
    to_setup(wiz)
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert wiz.page_of(PageId.RESULTS).headline.text() == "No SIP ALG found"
    wiz.next()
    assert wiz.currentId() == PageId.REPORT


def test_router_page_preselects_identified_router_and_searches(make: Any, qtbot: Any) -> None:
    wiz = make(Core(run_session=FakeRunner([session(alg=True)])))
    to_setup(wiz)
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    wiz.next()
    page = wiz.page_of(PageId.ROUTER)
    assert "TP-Link" in page.identified.text()
    assert page.chosen() is not None and page.chosen().id == "tp-link-archer"
    page.search.setText("fritz box")
    assert page.chosen() is not None and page.chosen().id == "avm-fritzbox"
    page.search.setText("zzzz qqq")  # no match: the generic guide is offered, never nothing
    assert page.list.count() == 1 and page.chosen() is not None
    assert page.chosen().id == "generic" and page.isComplete()


# --- the complete walk-through ------------------------------------------------------------


def test_walk_through_alg_found_fixed_and_reported(
    make: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = FakeRunner([session(alg=True), session(alg=False)])
    wiz = make(Core(run_session=runner))
    to_setup(wiz)
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    wiz.next()  # router: the identified TP-Link is preselected
    wiz.next()  # fix it
    assert wiz.currentId() == PageId.FIXIT
    fix = wiz.page_of(PageId.FIXIT)
    assert "TP-Link" in fix.subTitle()
    labels = " ".join(w.text() for w in fix.content.findChildren(QLabel))
    assert "NAT Forwarding › ALG" in labels and "1." in labels
    wiz.next()
    assert wiz.currentId() == PageId.VERIFY
    verify = wiz.page_of(PageId.VERIFY)
    with qtbot.waitSignal(verify.run_button.clicked, timeout=1000):
        verify.run_button.click()
    qtbot.waitUntil(lambda: wiz.state.after is not None and not verify.task.running, timeout=10000)
    assert wiz.state.after.probe.verdict is Verdict.NO_ALG_DETECTED
    assert "Fixed!" in verify.outcome.label.text()
    assert verify.table.item(0, 1).text() == "✗ SIP ALG found"
    assert verify.table.item(0, 2).text() == "✓ no SIP ALG"
    wiz.next()
    assert wiz.currentId() == PageId.REPORT
    report = wiz.page_of(PageId.REPORT)
    summary = report.text.toPlainText()
    assert "NO SIP ALG DETECTED" in summary and "Before the fix: SIP ALG DETECTED" in summary
    report.redact.setChecked(True)
    assert "198.51.100.77" not in report.text.toPlainText()
    monkeypatch.setattr(
        FileDialogs,
        "save_path",
        classmethod(
            lambda cls, parent, title, suggested, filters: str(
                tmp_path / f"r0.{suggested.rsplit('.', 1)[1]}"
            )
        ),
    )
    report.save_html.click()
    report.save_json.click()
    html = (tmp_path / "r0.html").read_text()
    saved_json = json.loads(next(tmp_path.glob("r*.json")).read_text())
    assert "<html" in html and "x.x.x.x" in html and "198.51.100.77" not in html
    assert saved_json["verdict"] == "no_alg_detected" and saved_json["before"]["verdict"] == (
        "alg_detected"
    )
    report.copy.click()
    assert "NO SIP ALG DETECTED" in QApplication.clipboard().text()
    assert runner.calls == 2


# --- cancel and errors ----------------------------------------------------------------------


def test_stop_cancels_within_a_second(make: Any, qtbot: Any) -> None:
    started = threading.Event()
    runner = FakeRunner([session(alg=False)], block=True, started=started)
    wiz = make(Core(run_session=runner))
    to_setup(wiz)
    wiz.next()
    checking = wiz.page_of(PageId.CHECKING)
    assert started.wait(5)
    begun = time.monotonic()
    with qtbot.waitSignal(checking.task.finished, timeout=1000):
        checking.stop.click()
    assert time.monotonic() - begun < 1.0
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=2000)
    assert wiz.state.first.probe.cancelled


def test_unresolvable_server_is_explained(make: Any, qtbot: Any) -> None:
    runner = FakeRunner([session(alg=False)], fail=TargetError("cannot resolve 'x': no such name"))
    wiz = make(Core(run_session=runner))
    to_setup(wiz)
    wiz.next()
    checking = wiz.page_of(PageId.CHECKING)
    qtbot.waitUntil(lambda: checking.done, timeout=5000)
    assert checking.message.isVisible() and "cannot resolve" in checking.message.text()
    assert not checking.isComplete() and wiz.currentId() == PageId.CHECKING


def test_unexpected_error_shows_friendly_dialog(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "show",
        classmethod(lambda cls, parent, message, details="": shown.append((message, details))),
    )
    wiz = make(Core(run_session=FakeRunner([session(alg=False)], fail=RuntimeError("boom"))))
    to_setup(wiz)
    wiz.next()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    message, details = shown[0]
    assert "unexpected problem" in message and "RuntimeError: boom" in details


def test_closing_the_window_cancels_the_running_test(make: Any, qtbot: Any) -> None:
    started = threading.Event()
    wiz = make(Core(run_session=FakeRunner([session(alg=False)], block=True, started=started)))
    to_setup(wiz)
    wiz.next()
    assert started.wait(5)
    task = wiz.page_of(PageId.CHECKING).task
    with qtbot.waitSignal(task.finished, timeout=1000):
        wiz.reject()


def _no_call(outcome: Any, *args: Any, **kwargs: Any) -> Any:
    return outcome


class _FirstRunWindsDownSlowly:
    """The first run ignores Stop until released, then returns "no ALG"; later runs find one."""

    def __init__(self) -> None:
        self.calls = 0
        self.first_started = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args: Any, cancel: Any, progress: Any, **kw: Any) -> Any:
        self.calls += 1
        if self.calls == 1:
            self.first_started.set()
            self.release.wait(10)
            return session(alg=False)
        return session(alg=True)


def test_back_then_next_shows_the_new_run_not_the_old_one(make: Any, qtbot: Any) -> None:
    """The old run's late result used to land on the Results page over the new one."""
    runner = _FirstRunWindsDownSlowly()
    # One symptom ticks the test call: a canned one, or the real call would dial the
    # canned session's documentation address (stays_on_this_machine would fail it).
    wiz = make(Core(run_session=runner, locate=FakeRunner([]).locate, test_call=_no_call))
    to_setup(wiz)
    checking = wiz.page_of(PageId.CHECKING)
    wiz.next()
    assert runner.first_started.wait(5)
    old = checking.task
    wiz.back()
    wiz.next()  # a second run, while the first is still winding down
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert wiz.state.first.probe.verdict is Verdict.ALG_DETECTED
    with qtbot.waitSignal(old.finished, timeout=5000):
        runner.release.set()
    # succeeded and finished were emitted in that order and reach the page's (wrapped)
    # handlers before waitSignal's own slot: the old result has been delivered and dropped
    assert wiz.currentId() == PageId.RESULTS
    assert wiz.state.first.probe.verdict is Verdict.ALG_DETECTED
    assert runner.calls == 2


def test_verify_holds_next_while_the_retest_runs_and_close_stops_it(make: Any, qtbot: Any) -> None:
    started = threading.Event()
    wiz = make(Core(run_session=FakeRunner([session(alg=True)], started=started)))
    to_setup(wiz)
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    verify = wiz.page_of(PageId.VERIFY)
    for _ in range(3):  # router, fix it, verify
        wiz.next()
    assert wiz.currentId() == PageId.VERIFY
    # the re-test blocks until stopped
    wiz.core = Core(run_session=FakeRunner([session(alg=False)], block=True, started=started))
    started.clear()
    verify.run_button.click()
    assert started.wait(5)
    assert not verify.isComplete()  # the report would show one result and save another
    with qtbot.waitSignal(verify.task.finished, timeout=1000):
        wiz.accept()  # Close (Finish) as well as Cancel must stop the probe


# --- the real thing on loopback -------------------------------------------------------------


def test_real_probes_against_a_real_reflector(make: Any, qtbot: Any) -> None:
    with running_reflector(stun_port=None, stun_alt_port=None) as r:  # 3478 may be taken
        from app.pipeline import session as real

        def run(mode: str, target: Any, options: Any, context: Any, **kw: Any) -> Any:
            from tests.records import replace

            # the loopback reflector listens on random ports; no router lookups on a CI host
            options = replace(options, control_port=r.control_port)
            return real.run_session(mode, target, options, context, **kw)

        wiz = make(
            Core(run_session=run, context_overrides={"router": False, "stun": ()}),
            defaults={"reflector": f"127.0.0.1:{r.sip_port}"},
        )
        to_setup(wiz)
        assert wiz.page_of(PageId.SETUP).way() == "preset"
        run_check(qtbot, wiz)
        # the test call (suggested for the symptom ticked) waits 10 s for the incoming call
        qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=30000)
    assert wiz.state.first.probe.verdict is Verdict.NO_ALG_DETECTED
    assert wiz.page_of(PageId.RESULTS).headline.text() == "No SIP ALG found"
    ticks = wiz.page_of(PageId.CHECKING).ticks
    assert ticks.count() == 13  # every probe ticked, then the real test call
    assert ticks.item(12).text() == "Test call with sound: made ✓"
    assert wiz.page_of(PageId.RESULTS).call_section.isVisible()


def test_gui_stays_responsive_while_real_probes_run(
    make: Any, qtbot: Any, record_property: Any
) -> None:
    """Heartbeat: the longest gap between 5 ms timer ticks while probes run."""
    from PySide6.QtCore import QTimer

    with running_reflector(stun_port=None, stun_alt_port=None) as r:  # 3478 may be taken
        from app.pipeline import session as real

        def run(mode: str, target: Any, options: Any, context: Any, **kw: Any) -> Any:
            from tests.records import replace

            return real.run_session(
                mode, target, replace(options, control_port=r.control_port), context, **kw
            )

        wiz = make(
            Core(run_session=run, context_overrides={"router": False, "stun": ()}),
            defaults={"reflector": f"127.0.0.1:{r.sip_port}"},
        )
        to_setup(wiz)
        assert wiz.page_of(PageId.SETUP).way() == "preset"
        ticks: list[float] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        timer.start(5)
        run_check(qtbot, wiz)
        qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=10000)
        timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    worst = max(gaps) * 1000
    record_property("max_gui_stall_ms", round(worst, 1))
    print(f"\nlongest GUI event-loop stall while probing: {worst:.1f} ms")
    assert worst < 500, "the GUI thread was blocked (probe work on the GUI thread?)"


def test_return_on_verify_tests_again_before_it_moves_on(make: Any, qtbot: Any) -> None:
    """Next was the default button on arrival, so Return skipped the verification."""
    from PySide6.QtCore import Qt

    runner = FakeRunner([session(alg=True), session(alg=False)])
    wiz = make(Core(run_session=runner))
    to_setup(wiz)
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    for _ in range(3):  # router, fix it, verify
        wiz.next()
    assert wiz.currentId() == PageId.VERIFY
    verify = wiz.page_of(PageId.VERIFY)
    assert verify.run_button.isDefault()
    qtbot.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_Return)
    assert wiz.currentId() == PageId.VERIFY and verify.task is not None  # testing again
    qtbot.waitUntil(lambda: wiz.state.after is not None and verify.isComplete(), timeout=10000)
    assert runner.calls == 2
    assert not verify.run_button.isDefault()
    qtbot.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_Return)
    assert wiz.currentId() == PageId.REPORT
    wiz.back()  # and on a new visit, Return means Test again once more
    assert wiz.currentId() == PageId.VERIFY
    wiz.back()
    wiz.next()
    assert verify.run_button.isDefault()


class _SideChecksStillRunning(FakeRunner):
    """The probe reports "Done", then the router and connection checks take a while."""

    def __init__(self) -> None:
        super().__init__([session(alg=True), session(alg=True)])
        self.probe_done = threading.Event()
        self.release = threading.Event()

    def __call__(self, *args: Any, progress: Any, **kw: Any) -> Any:
        from app.core.progress import Progress

        self.calls += 1
        progress(Progress(3, 3, "Done"))
        self.probe_done.set()
        assert self.release.wait(10)
        return self.results[0]


def _says_done_only_at_the_end(qtbot: Any, runner: Any, page: Any, stop: Any) -> None:
    qtbot.waitUntil(lambda: "router" in page.now.text(), timeout=5000)
    assert "Done" not in page.now.text()
    assert page.bar.maximum() == 0  # busy, not 100 %
    assert stop.isEnabled()
    with qtbot.waitSignal(page.task.finished, timeout=5000):
        runner.release.set()
    assert not stop.isEnabled()


def test_checking_and_verify_say_done_only_when_the_whole_test_is_done(
    make: Any, qtbot: Any
) -> None:
    runner = _SideChecksStillRunning()
    wiz = make(Core(run_session=runner))
    to_setup(wiz)
    checking = wiz.page_of(PageId.CHECKING)
    wiz.next()
    assert runner.probe_done.wait(5)
    _says_done_only_at_the_end(qtbot, runner, checking, checking.stop)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    for _ in range(3):  # router, fix it, verify
        wiz.next()
    verify = wiz.page_of(PageId.VERIFY)
    runner.probe_done.clear()
    runner.release.clear()
    verify.run_button.click()
    assert runner.probe_done.wait(5)
    _says_done_only_at_the_end(qtbot, runner, verify, verify.stop_button)


def _blocked() -> Any:
    """The canned clean session with every SIP-port test call lost (the control port answers)."""
    from app.core.model import Mode, PortRole
    from app.diagnosis.verdict import summarise
    from tests.records import replace

    clean = session(alg=False)
    exchanges = [
        replace(ex, answered=False, error="no answer before the deadline", rtt_ms=None)
        if ex.role is PortRole.SIP
        else ex
        for tr in clean.probe.transports.values()
        for ex in tr.exchanges
    ]
    transports = tuple(clean.probe.transports)
    probe = summarise(Mode.REFLECTOR, clean.probe.target, transports, exchanges, 0.4)
    return replace(clean, probe=probe)


def test_a_blocked_port_leads_to_the_alg_guide_and_the_firewall(make: Any, qtbot: Any) -> None:
    from app.diagnosis.symptoms import Symptom

    wiz = make(Core(run_session=FakeRunner([_blocked()])))
    to_setup(wiz, symptoms=0)
    symptoms = wiz.page_of(PageId.SYMPTOMS)
    wiz.back()
    symptoms.boxes[Symptom.ONE_WAY_AUDIO].setChecked(True)
    wiz.next()
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert wiz.state.first.probe.verdict is Verdict.SIP_BLOCKED
    meaning = wiz.page_of(PageId.RESULTS).steps.text()
    assert "Switch the SIP ALG off" in meaning
    assert "firewall settings for a rule that blocks port 5060" in meaning
    assert "without an ALG" not in meaning
    wiz.next()  # router
    wiz.next()  # fix it: the guide, with the firewall line on top
    assert wiz.currentId() == PageId.FIXIT
    labels = " ".join(w.text() for w in wiz.page_of(PageId.FIXIT).content.findChildren(QLabel))
    assert "a rule that blocks port 5060" in labels


def test_the_diff_caption_says_who_sent_the_left_column(make: Any, qtbot: Any) -> None:
    """ "What we sent on the left" was wrong for changes on the way back."""
    from app.core.model import Change, Direction, Modification, PathChange
    from app.ui.widgets import DiffView

    def change(direction: Direction) -> PathChange:
        mod = Modification("Via received", Change.REWRITTEN, "192.168.1.23", "198.51.100.77")
        return PathChange(direction, 5060, "INVITE", mod)

    view = DiffView()
    qtbot.addWidget(view)
    view.show_changes([change(Direction.INBOUND)])
    assert view.caption().startswith("What the server sent is on the left")
    assert "the server sent it" in view.toPlainText()
    view.show_changes([change(Direction.OUTBOUND)])
    assert view.caption().startswith("What we sent is on the left")
    assert "we sent it" in view.toPlainText()
    # the canned ALG rewrites both ways: the caption defers to the rows
    wiz = make(Core(run_session=FakeRunner([session(alg=True)])))
    to_setup(wiz)
    run_check(qtbot, wiz)
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    results = wiz.page_of(PageId.RESULTS)
    ways = {ch.direction for ch in results.diff.changes}
    assert ways == {Direction.OUTBOUND, Direction.INBOUND}
    assert "the row says who sent it" in results.evidence_title.text()
    assert "what we sent" not in results.evidence_title.text().lower()
    rows = results.diff.toPlainText()
    assert "on the way back: the server sent it" in rows and "on the way out: we sent it" in rows


def test_failures_go_to_the_log(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, *a, **k: None))
    caplog.set_level("INFO", logger="sipalg")
    bad_name = FakeRunner(
        [session(alg=False)], fail=TargetError("cannot resolve 'x': no such name")
    )
    wiz = make(Core(run_session=bad_name))
    to_setup(wiz)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.page_of(PageId.CHECKING).done, timeout=5000)
    boom = FakeRunner([session(alg=False)], fail=RuntimeError("boom"))
    wiz2 = make(Core(run_session=boom))
    to_setup(wiz2)
    wiz2.next()
    qtbot.waitUntil(lambda: wiz2.page_of(PageId.CHECKING).done, timeout=5000)
    records = [r for r in caplog.records if r.name == "sipalg.wizard"]
    said = [(r.levelname, r.getMessage()) for r in records]
    assert ("WARNING", "test could not start: cannot resolve 'x': no such name") in said
    assert ("ERROR", "test failed") in said
    failed = next(r for r in records if r.getMessage() == "test failed")
    assert failed.exc_info is not None and "boom" in str(failed.exc_info[1])
