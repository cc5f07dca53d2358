"""The wizard's test call: the Setup option, the Checking step, the Results section.

The good call runs for real: the wizard's pipeline against the loopback
reflector, with a real call. The other cases (one-way audio, a call that
could not be set up, hostile text) attach hand-made summaries
(tests/call_samples.py) to a canned run, because loopback cannot lose a
media path.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from app.diagnosis.call_findings import call_findings
from app.diagnosis.call_summary import CallSummary
from app.diagnosis.symptoms import Symptom
from app.pipeline.diagnose import Outcome
from app.pipeline.test_call import TestCall
from app.ui.call_section import CallSection, call_advice, call_lines
from app.ui.demo import FakeRunner, lost, session
from app.ui.pages import PageId
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.call_samples import failed_call, good_call, one_way_call, with_extras
from tests.helpers import running_reflector
from tests.records import replace
from tests.ui.test_setup_page import NO_STUN, real_core

pytestmark = pytest.mark.gui


class AttachCall:
    """A stand-in for pipeline/test_call.py's with_test_call: attaches a given summary."""

    def __init__(self, summary: CallSummary) -> None:
        self.summary = summary
        self.calls = 0

    def __call__(
        self, outcome: Outcome, seconds: int, symptoms: Sequence[Symptom], **_: Any
    ) -> Any:
        self.calls += 1
        return replace(outcome, call=TestCall(self.summary, call_findings(self.summary, symptoms)))


def to_setup(wiz: DoctorWizard, symptoms: Sequence[Symptom] = ()) -> Any:
    wiz.next()  # symptoms
    for s in symptoms:
        wiz.page_of(PageId.SYMPTOMS).boxes[s].setChecked(True)
    wiz.next()  # setup
    return wiz.page_of(PageId.SETUP)


def to_results(qtbot: Any, wiz: DoctorWizard, timeout: int = 5000) -> CallSection:
    wiz.next()  # checking, then results on its own
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=timeout)
    section: CallSection = wiz.page_of(PageId.RESULTS).call_section
    return section


def canned(summary: CallSummary) -> tuple[Core, FakeRunner, AttachCall]:
    runner = FakeRunner([session(alg=False)])
    attach = AttachCall(summary)
    return Core(run_session=runner, test_call=attach), runner, attach


# --- Setup: the option ---------------------------------------------------------------------


def test_option_is_suggested_for_call_symptoms_on_a_test_server(make: Any) -> None:
    wiz = make(canned(good_call())[0])
    page = to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    box = page.call_option.box
    assert box.isVisible() and box.isEnabled() and box.isChecked()
    assert "about 15 seconds" in box.text()  # 5 s of sound, the 10 s idle alongside
    assert page.call_option.hint.text().startswith("Suggested for what you noticed")


def test_option_is_off_without_call_symptoms_and_the_users_choice_stays(make: Any) -> None:
    wiz = make(canned(good_call())[0])
    page = to_setup(wiz, [Symptom.REGISTRATION_DROPS])
    box = page.call_option.box
    assert box.isEnabled() and not box.isChecked()
    box.click()  # the user wants it
    wiz.back()
    wiz.page_of(PageId.SYMPTOMS).boxes[Symptom.REGISTRATION_DROPS].setChecked(False)
    wiz.next()
    assert box.isChecked()


def test_option_needs_a_test_server(make: Any) -> None:
    wiz = make(canned(good_call())[0], defaults={})
    page = to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    assert page.way().value != "reflector"
    box = page.call_option.box
    assert not box.isEnabled() and not box.isChecked() and not page.call_option.chosen()
    assert "Needs a SIP ALG Doctor test server" in page.call_option.hint.text()
    page.advanced.click()
    page.reflector.setText("127.0.0.1")
    page.choose(page.way().REFLECTOR)
    assert box.isEnabled() and box.isChecked()


# --- Results: the section -----------------------------------------------------------------------


def test_a_good_call_for_real_against_the_loopback_reflector(
    make: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.ui.state.CALL_SECONDS", 1)
    monkeypatch.setattr("app.ui.state.CALL_IDLE", 2)
    with running_reflector(**NO_STUN) as r:
        wiz = make(real_core(r.control_port), defaults={"reflectors": [f"127.0.0.1:{r.sip_port}"]})
        to_setup(wiz, [Symptom.ONE_WAY_AUDIO, Symptom.CHOPPY_AUDIO])
        assert "with the test call" in wiz.page_of(PageId.CHECKING).estimate(
            lifetime=False, call=True
        )
        section = to_results(qtbot, wiz, timeout=30000)
    ticks: QListWidget = wiz.page_of(PageId.CHECKING).ticks
    assert any(ticks.item(i).text() == "Test call with sound: made ✓" for i in range(ticks.count()))
    outcome = wiz.state.first
    assert outcome is not None and outcome.call is not None and outcome.call.summary is not None
    said = section.said()
    assert section.isVisible()
    assert "Their voice reached you: yes" in said and "Your voice reached them: yes" in said
    assert "Call quality: excellent (4." in said or "Call quality: good (4." in said
    assert "Your phone rang after 2 s of quiet: yes" in said
    assert "Large call set-ups: pass through your router" in said
    assert "One-way audio: The test call did not reproduce it" in said
    assert "The test call found nothing to fix on your connection" in said
    assert not section.again.isVisible()
    assert not section.fold.is_open()
    section.fold.set_open(True)
    figures = section.figures.text()
    assert "to_far_end" in figures and "MOS" in figures and "link: " in figures
    assert "MOS: a call-quality score" in section.figures_jargon.toolTip()


def test_a_one_way_audio_call(make: Any, qtbot: Any) -> None:
    core, _, attach = canned(one_way_call())
    wiz = make(core)
    to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    section = to_results(qtbot, wiz)
    assert attach.calls == 1
    said = section.said()
    assert "Their voice reached you: yes" in said  # latched audio arrived
    assert "One-way audio: The test call reproduced it" in said
    assert "symmetric RTP" in section.advice.text()
    assert section.jargon.text() == "What's this?" and "RTP" in section.jargon.toolTip()
    assert "192.168.1.10:20000" in section.figures.text()


def test_a_call_that_could_not_be_set_up_offers_to_try_again(make: Any, qtbot: Any) -> None:
    core, runner, attach = canned(failed_call())
    wiz = make(core)
    to_setup(wiz, [Symptom.DROPS_AFTER_30S])
    section = to_results(qtbot, wiz)
    said = section.said()
    assert "Call set-up: failed" in said and "no answer" in said
    assert "Nothing about the call's sound could be measured" in said
    # said once, not once more per symptom (the call checked none of them)
    assert said.count("no answer from the test server") == 1 and section.symptoms.isHidden()
    assert "Run the test again" in section.advice.text()
    assert section.again.isVisible() and section.again.isEnabled()
    section.again.click()  # the whole test again, the call included
    qtbot.waitUntil(lambda: attach.calls == 2 and wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert runner.calls == 2


def test_no_section_when_the_option_is_off(make: Any, qtbot: Any) -> None:
    core, _, attach = canned(good_call())
    wiz = make(core)
    page = to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    page.call_option.box.click()  # off
    section = to_results(qtbot, wiz)
    assert attach.calls == 0 and wiz.state.first is not None and wiz.state.first.call is None
    assert not section.isVisible()


def test_callmore_facts_are_worded_when_present() -> None:
    s = with_extras(
        good_call(),
        incoming={"idle_s": 10, "arrived": False},
        large_invite={"size": 2400, "outbound": "passed", "inbound": "dropped"},
    )
    call = TestCall(s, call_findings(s, [Symptom.NO_RING]))
    lines = call_lines(call)
    assert "Large call set-ups: blocked by your router" in lines
    assert "Your phone rang after 10 s of quiet: no" in lines
    assert any("keep-alives" in a for a in call_advice(call))


def test_a_skipped_call_says_why_and_what_to_do() -> None:
    from app.core.i18n import QT_TRANSLATE_NOOP

    why = QT_TRANSLATE_NOOP("TestCall", "The test server never answered, so no call was made.")
    call = TestCall(None, call_findings(None), why)
    assert call_lines(call) == [
        "No test call was made. The test server never answered, so no call was made."
    ]
    assert call_advice(call)[0].startswith("Run the test again")


def test_network_text_stays_text(qtbot: Any) -> None:
    hostile = "<img src=x onerror=alert(1)><b>bold</b>"
    s = failed_call(error=hostile)
    holder = QWidget()  # never shown: the section alone would become a window
    qtbot.addWidget(holder)
    section = CallSection(holder)
    section.show_call(TestCall(s, call_findings(s)))
    for label in (section.facts, section.figures, section.advice, section.symptoms):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in section.figures.text()


def test_the_section_sits_right_under_the_verdict_card(make: Any, qtbot: Any) -> None:
    wiz = make(canned(good_call())[0])
    to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    section = to_results(qtbot, wiz)
    page = wiz.page_of(PageId.RESULTS)
    QApplication.processEvents()
    parts = [page.card, section, page.steps_title]
    for upper, lower in itertools.pairwise(parts):
        assert lower.geometry().top() - upper.geometry().bottom() < 24


def test_the_saved_report_carries_the_call(make: Any, qtbot: Any) -> None:
    from app.report.bundle import to_json, to_text

    core, _, _ = canned(one_way_call())
    wiz = make(core)
    to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    to_results(qtbot, wiz)
    wiz.next()  # no ALG: the report
    assert wiz.currentId() == PageId.REPORT
    report = wiz.page_of(PageId.REPORT).report()
    text = to_text(report)
    assert "\nTest call\n" in text and "Sound sent to the address your phone announced" in text
    doc = json.loads(to_json(report))
    assert doc["call"]["findings"][0]["id"] == "call-audio-needs-latching"


def test_untested_extras_get_no_line() -> None:
    s = with_extras(
        good_call(),
        incoming={"idle_s": 0.0, "arrived": None},
        large_invite={"size": 0, "outbound": "unknown", "inbound": "unknown", "tested": False},
    )
    lines = call_lines(TestCall(s, call_findings(s)))
    assert not any(line.startswith(("Large call", "Your phone rang")) for line in lines)


def test_stop_during_a_real_call_ends_it_and_says_so(make: Any, qtbot: Any) -> None:
    with running_reflector(**NO_STUN) as r:
        wiz = make(real_core(r.control_port), defaults={"reflectors": [f"127.0.0.1:{r.sip_port}"]})
        to_setup(wiz, [Symptom.DROPS_AFTER_30S])
        checking = wiz.page_of(PageId.CHECKING)
        wiz.next()
        qtbot.waitUntil(
            lambda: checking.now.text().startswith("Test call with sound:"), timeout=15000
        )
        checking.stop.click()
        qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    section: CallSection = wiz.page_of(PageId.RESULTS).call_section
    outcome = wiz.state.first
    assert outcome is not None and outcome.call is not None
    assert outcome.call.summary is None or outcome.call.summary.cancelled
    assert section.isVisible() and section.again.isVisible()
    assert "stopped" in section.said()


def test_the_demo_network_makes_no_call_after_a_silent_probe(make: Any, qtbot: Any) -> None:
    """The canned network (screenshots, demo) follows the pipeline's rule: a probe that
    no server answered is not followed by a call, so Results never shows sound
    arriving beside an "inconclusive" verdict."""
    wiz = make(Core(run_session=FakeRunner([lost()])))
    page = to_setup(wiz, [Symptom.ONE_WAY_AUDIO])
    assert page.call_option.box.isChecked()
    section = to_results(qtbot, wiz)
    first = wiz.state.first
    assert first is not None and first.call is not None
    assert first.call.summary is None
    assert "never answered" in section.facts.text()
    assert "reached you: yes" not in section.facts.text()
