"""Verify: waiting for the connection after a restart, the convincing before/after,
and texts that fit the result.

The re-tests run through the real pipeline (``make_job(..., retest=True)``)
with the canned runner; the countdown runs on its QTimer with a tick of a few
milliseconds, and each step is awaited through signals, never a sleep.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from app.core.model import PortRole, Verdict
from app.guides.database import bundled
from app.pipeline.diagnose import conclude
from app.pipeline.servers import ServerChoice
from app.probes.target import TargetError
from app.ui.before_after import header_pair
from app.ui.demo import FakeRunner, lost, session
from app.ui.dialogs import ErrorDialog
from app.ui.pages import PageId
from app.ui.pages.verify import no_answer
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.records import replace

pytestmark = pytest.mark.gui


def _verify(wizard: DoctorWizard, runner: Any, *, locate: Any = None, tick_ms: int = 2) -> Any:
    """The Verify page after an ALG was found, with ``runner`` behind the re-tests."""
    wizard.core = Core(run_session=runner, locate=locate)
    wizard.state.servers = (ServerChoice("r.example", 5060),)
    wizard.state.first = conclude(session(alg=True))
    wizard.state.family = bundled().family("tp-link-archer")
    page = wizard.page_of(PageId.VERIFY)
    page.initializePage()
    page.countdown.set_tick_ms(tick_ms)
    page.wait_step_s = 3
    return page


def _texts(page: Any) -> str:
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page))


def test_silent_retests_wait_with_a_countdown_then_test_again_by_themselves(
    wizard: DoctorWizard, qtbot: Any
) -> None:
    runner = FakeRunner([lost(), lost(), session(alg=False)])
    page = _verify(wizard, runner)
    seen: list[tuple[int, str, bool, str, bool]] = []
    page.countdown.ticked.connect(
        lambda left: seen.append(
            (
                left,
                page.now.text(),
                page.stop_button.isEnabled(),
                page.run_button.text(),
                page.isComplete(),
            )
        )
    )
    page.run_button.click()
    qtbot.waitUntil(
        lambda: runner.calls == 3 and page.retested and page.isComplete(), timeout=10000
    )
    assert [s[0] for s in seen] == [3, 2, 1, 3, 2, 1]  # two waits, counted down
    _, now, stop_on, run_text, complete = seen[1]
    assert "Testing again in 2 s…" in now
    assert stop_on and run_text == "&Test now" and not complete
    assert wizard.state.after is not None
    assert wizard.state.after.probe.verdict is Verdict.NO_ALG_DETECTED
    assert "Fixed!" in page.outcome.label.text()
    assert not page.waiting() and not page.stop_button.isEnabled()


def test_stop_ends_the_wait_and_says_what_to_check(wizard: DoctorWizard, qtbot: Any) -> None:
    runner = FakeRunner([lost()])
    page = _verify(wizard, runner, tick_ms=60_000)  # the countdown stays on its first second
    page.run_button.click()
    qtbot.waitUntil(lambda: page.waiting() and page.stop_button.isEnabled(), timeout=5000)
    assert not page.isComplete()  # Next waits as well: the report would show a silent run
    with qtbot.waitSignal(page.completeChanged, timeout=1000):
        page.stop_button.click()
    assert not page.waiting() and page.isComplete() and runner.calls == 1
    assert "No answer from the test server" in page.outcome.label.text()
    assert page.run_button.text() == "&Test again" and page.run_button.isEnabled()


def test_the_wait_gives_up_after_its_limit(wizard: DoctorWizard, qtbot: Any) -> None:
    runner = FakeRunner([lost()])
    page = _verify(wizard, runner)
    page.wait_step_s, page.wait_limit_s = 10, 25
    now = [0.0]

    def clock() -> float:  # ten seconds pass between two silent re-tests
        now[0] += 10
        return now[0]

    page.clock = clock
    page.run_button.click()
    qtbot.waitUntil(lambda: page.retested and page.isComplete(), timeout=10000)
    assert runner.calls == 3  # silent, wait, silent, wait, silent: 30 s > 25 s
    assert page.gave_up
    assert "Still no answer after waiting 25 seconds" in page.outcome.label.text()


def test_a_failed_lookup_after_the_restart_is_waited_out_too(
    wizard: DoctorWizard, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ErrorDialog, "show", classmethod(lambda cls, p, m, d="": shown.append(m)))
    runner = FakeRunner([session(alg=False)])
    lookups = [0]

    def locate(choice: ServerChoice, cancel: Any) -> Any:
        lookups[0] += 1
        if lookups[0] == 1:  # DNS is the first thing to fail while the line comes up
            raise TargetError("r.example: no such name")
        return runner.locate(choice, cancel)

    page = _verify(wizard, runner, locate=locate)
    page.run_button.click()
    qtbot.waitUntil(lambda: page.retested and page.isComplete(), timeout=10000)
    assert shown == [] and lookups[0] == 2 and runner.calls == 1
    assert "Fixed!" in page.outcome.label.text()


def test_fixed_shows_the_same_header_before_and_now_and_no_stale_advice(
    wizard: DoctorWizard, qtbot: Any
) -> None:
    runner = FakeRunner([session(alg=False)])
    page = _verify(wizard, runner)
    assert "press Test again" in page.intro.text()
    page.run_button.click()
    qtbot.waitUntil(lambda: page.retested and page.isComplete(), timeout=10000)
    proof = page.proof.text()
    assert page.proof.isVisibleTo(page)
    assert "The Contact header" in proof
    assert "192.168.1.23" in proof and "198.51.100.77" in proof  # before: sent, arrived
    assert "✗ rewritten" in proof and "arrived exactly as sent" in proof
    assert "Your address now arrives unchanged." in proof
    text = _texts(page)
    assert "press Test again" not in text and "Press Next to save a report" in text


def test_not_fixed_says_what_to_check_next(wizard: DoctorWizard, qtbot: Any) -> None:
    still = session(alg=True)
    assert still.router is not None
    still = replace(still, router=replace(still.router, second_hop="192.168.178.1"))
    page = _verify(wizard, FakeRunner([still]))
    page.run_button.click()
    qtbot.waitUntil(lambda: page.retested and page.isComplete(), timeout=10000)
    notice = page.outcome.label.text()
    assert notice.startswith("Not fixed yet.")
    assert "really restart" in notice
    assert "second setting" in notice
    assert "another router at 192.168.178.1" in notice  # the provider's box, by address
    assert "workarounds" in notice
    proof = page.proof.text()
    assert "still rewritten" in proof and "still being rewritten" in proof
    assert "unchanged" not in proof


def test_network_text_in_the_before_after_is_escaped(wizard: DoctorWizard, qtbot: Any) -> None:
    hostile = '<img src=x><a href="http://evil">'
    first = conclude(session(alg=True))
    udp = next(iter(first.probe.transports.values()))
    ex = next(e for e in udp.exchanges if e.changes)
    ch = next(c for c in ex.changes if c.modification.where == "Contact")
    bad = replace(ch, modification=replace(ch.modification, received=hostile + "x" * 500))
    ex2 = replace(ex, changes=(bad,))
    udp2 = replace(udp, exchanges=(ex2,))
    probe = replace(first.probe, transports={**first.probe.transports, udp.transport: udp2})
    page = _verify(wizard, FakeRunner([session(alg=False)]))
    wizard.state.first = replace(first, session=replace(first.session, probe=probe))
    page.run_button.click()
    qtbot.waitUntil(lambda: page.retested and page.isComplete(), timeout=10000)
    proof = page.proof.text()
    assert "<img" not in proof and "<a " not in proof
    assert "&lt;a href=&quot;http://evil&quot;&gt;" in proof
    assert "x" * 200 not in proof  # a very long value is cut, not stretched across the page


def test_no_answer_and_header_pair_need_evidence() -> None:
    assert no_answer(conclude(lost()))
    assert not no_answer(conclude(session(alg=False)))
    stopped = lost()
    stopped = replace(stopped, probe=replace(stopped.probe, cancelled=True))
    assert not no_answer(conclude(stopped))  # stopped by the user: not "offline"
    before = conclude(session(alg=True))
    assert header_pair(before, conclude(lost())) is None  # silence proves nothing
    pair = header_pair(before, conclude(session(alg=False)))
    assert pair is not None and pair.where == "Contact" and pair.after is None
    assert pair.address == "192.168.1.23"


def test_blocked_after_the_change_names_the_firewall_too(wizard: DoctorWizard, qtbot: Any) -> None:
    page = _verify(wizard, FakeRunner([lost(only=PortRole.SIP)]))
    page.run_button.click()
    qtbot.waitUntil(lambda: page.retested and page.isComplete(), timeout=10000)
    assert wizard.state.after is not None
    assert wizard.state.after.probe.verdict is Verdict.SIP_BLOCKED  # answered: no waiting
    assert page.countdown.left == 0
    notice = page.outcome.label.text()
    assert "Not fixed yet." in notice and "a rule that blocks port 5060" in notice
    assert not page.now.isVisibleTo(page)  # no empty line left behind


def test_test_now_skips_the_wait_and_back_stops_it(wizard: DoctorWizard, qtbot: Any) -> None:
    runner = FakeRunner([lost()])
    page = _verify(wizard, runner, tick_ms=60_000)
    page.run_button.click()
    qtbot.waitUntil(lambda: page.waiting() and page.run_button.isEnabled(), timeout=5000)
    since = page.waited_since
    assert page.run_button.text() == "&Test now" and page.run_button.isDefault()
    page.run_button.click()  # no need to sit through the countdown
    qtbot.waitUntil(lambda: runner.calls == 2 and page.waiting(), timeout=5000)
    assert page.waited_since == since  # the same wait goes on: its limit still counts
    page.cleanupPage()  # Back
    assert not page.waiting() and page.isComplete()
