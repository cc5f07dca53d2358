"""The Results page: one verdict card and its action, What to do, the folded proof,
the idle-connection offer, the layout at a small window, and network text kept as text."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from app.core.model import (
    Change,
    Direction,
    Mode,
    Modification,
    PathChange,
    PortRole,
    Transport,
    Verdict,
)
from app.diagnosis.symptoms import Symptom
from app.diagnosis.verdict import summarise
from app.pipeline.diagnose import conclude
from app.pipeline.session import SessionResult
from app.ui.demo import FakeRunner, session
from app.ui.pages import PageId
from app.ui.result_words import transports_sentence
from app.ui.state import Core
from app.ui.wizard import DoctorWizard
from tests.records import replace

pytestmark = pytest.mark.gui

HOSTILE = (
    "<a href='http://evil.example/'>click</a>",
    "<img src=x onerror=alert(1)>",
    "<b>bold</b>" + "x" * 3000,
)


def _rebuilt(base: SessionResult, change: Any) -> SessionResult:
    """``base`` with every exchange passed through ``change``, judged again."""
    exchanges = [change(ex) for tr in base.probe.transports.values() for ex in tr.exchanges]
    probe = summarise(
        Mode.REFLECTOR, base.probe.target, tuple(base.probe.transports), exchanges, 0.4
    )
    return replace(base, probe=probe)


def blocked() -> SessionResult:
    """Every test call to the SIP port lost while the control port answers."""
    return _rebuilt(
        session(alg=False),
        lambda ex: (
            replace(ex, answered=False, error="no answer before the deadline", rtt_ms=None)
            if ex.role is PortRole.SIP
            else ex
        ),
    )


def inconclusive() -> SessionResult:
    """Nothing answered at all."""
    return _rebuilt(
        session(alg=False),
        lambda ex: replace(ex, answered=False, error="no answer before the deadline", rtt_ms=None),
    )


SESSIONS = {
    Verdict.ALG_DETECTED: lambda: session(alg=True),
    Verdict.NO_ALG_DETECTED: lambda: session(alg=False),
    Verdict.SIP_BLOCKED: blocked,
    Verdict.INCONCLUSIVE: inconclusive,
}


@pytest.fixture
def make(make: Any) -> Any:
    """The shared ``make``, from the runs' results; the runner too, to count its runs."""

    def build(results: Sequence[SessionResult]) -> tuple[DoctorWizard, FakeRunner]:
        runner = FakeRunner(list(results))
        return make(Core(run_session=runner)), runner

    return build


def to_results(
    qtbot: Any,
    make: Any,
    verdict: Verdict,
    symptoms: Sequence[Symptom] = (),
    again: int = 0,
    *,
    call: bool | None = None,
) -> tuple[DoctorWizard, Any, FakeRunner]:
    """``call``: tick or untick "Also make a test call" (None: as Setup suggests)."""
    wiz, runner = make([SESSIONS[verdict]()] * (1 + again))
    wiz.next()  # symptoms
    for s in symptoms:
        wiz.page_of(PageId.SYMPTOMS).boxes[s].setChecked(True)
    wiz.next()  # setup
    if call is not None:
        wiz.page_of(PageId.SETUP).call_option.box.setChecked(call)
    wiz.next()  # checking, then results on its own
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert wiz.state.first is not None and wiz.state.first.probe.verdict is verdict
    return wiz, wiz.page_of(PageId.RESULTS), runner


def said(page: Any) -> str:
    """Every piece of text the page shows, as a user reads it."""
    labels = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    return "\n".join(labels)


# --- one card per verdict ---------------------------------------------------------------------


def test_alg_card_leads_to_the_guide(qtbot: Any, make: Any) -> None:
    wiz, page, _ = to_results(qtbot, make, Verdict.ALG_DETECTED, [Symptom.ONE_WAY_AUDIO])
    assert page.headline.text() == "A SIP ALG is changing your calls"
    assert "\u201cOne-way audio\u201d" in page.meaning.text()
    assert "switching it off should fix it" in page.meaning.text()
    assert page.primary.text() == "Show me how to &switch it off"
    assert not page.secondary.isVisible()
    # the verdict is said once: no notice or second headline repeats it
    assert said(page).count("SIP ALG is changing your calls") == 1
    assert "Turning it off should fix this" not in said(page)
    assert "Turn off the SIP ALG in your router" in page.steps.text()
    assert page.steps.text().startswith("<ol><li>")
    assert "UDP" in page.provider.text() and "SIP ALG" in page.provider.text()
    page.primary.click()
    assert wiz.currentId() == PageId.ROUTER


def test_no_alg_card_saves_a_report_and_gives_the_usual_causes(qtbot: Any, make: Any) -> None:
    wiz, page, _ = to_results(qtbot, make, Verdict.NO_ALG_DETECTED, [Symptom.ONE_WAY_AUDIO])
    assert page.headline.text() == "No SIP ALG found"
    assert "passes calls through unchanged" in page.meaning.text()
    assert page.primary.text() == "Save a re&port" and not page.secondary.isVisible()
    assert not page.offers_lifetime()
    # the symptom's other causes, said for a result that ruled the ALG out
    assert "One-way audio without an ALG" in page.steps.text()
    assert "no SIP ALG" in page.provider.text() and "One-way audio" in page.provider.text()
    page.primary.click()
    assert wiz.currentId() == PageId.REPORT


def test_blocked_card_leads_to_the_guide_with_the_firewall(qtbot: Any, make: Any) -> None:
    wiz, page, _ = to_results(qtbot, make, Verdict.SIP_BLOCKED, [Symptom.NO_RING])
    assert page.headline.text() == "Calls on the standard SIP port are blocked"
    assert "\u201cThe phone does not ring\u201d" in page.meaning.text()
    assert page.primary.text() == "Show me how to &switch it off"
    steps = page.step_texts
    assert steps[0].startswith("Switch the SIP ALG off")
    assert "firewall settings for a rule that blocks port 5060" in steps[1]
    assert any("another port (such as 5080)" in s for s in steps)
    assert not any("check its firewall for rules" in s for s in steps)  # not said twice
    assert not any("without an ALG" in s for s in steps)
    assert not page.offers_lifetime()  # the ALG comes first
    assert "port 5060" in page.provider.text()
    page.primary.click()
    assert wiz.currentId() == PageId.ROUTER


def test_inconclusive_card_tries_again_and_offers_another_server(qtbot: Any, make: Any) -> None:
    wiz, page, runner = to_results(
        qtbot, make, Verdict.INCONCLUSIVE, [Symptom.NO_RING, Symptom.ONE_WAY_AUDIO], again=1
    )
    assert page.headline.text() == "Inconclusive: we could not tell"
    assert "says nothing about your router yet" in page.meaning.text()
    assert page.primary.text() == "&Try again"
    assert page.secondary.isVisible() and page.secondary.text() == "Use another se&rver"
    assert not page.offers_lifetime()
    text = said(page)
    # nothing that assumes the ALG was ruled out
    for wrong in ("without an ALG", "Nothing to change", "passes calls through unchanged"):
        assert wrong not in text
    assert "Check that this computer is online" in page.steps.text()
    page.primary.click()  # the same server, at once
    qtbot.waitUntil(lambda: runner.calls == 2 and wiz.currentId() == PageId.RESULTS, timeout=5000)
    page.secondary.click()
    assert wiz.currentId() == PageId.SETUP
    assert runner.calls == 2  # back to choose; nothing started


# --- the fold ---------------------------------------------------------------------------------


def test_the_proof_is_folded_away(qtbot: Any, make: Any) -> None:
    _, page, _ = to_results(qtbot, make, Verdict.ALG_DETECTED)
    assert not page.fold.is_open() and not page.diff.isVisible()
    assert page.fold.header.text() == "What your router changed — for your provider"
    page.fold.header.click()
    assert page.diff.isVisible() and len(page.diff.changes) > 5
    assert "the row says who sent it" in page.evidence_title.text()
    assert "198.51.100.77" in page.diff.toPlainText()


def test_the_fold_closes_again_for_a_new_result(qtbot: Any, make: Any) -> None:
    wiz, page, _ = to_results(qtbot, make, Verdict.ALG_DETECTED, again=1)
    page.fold.set_open(True)
    page.try_again()  # not on the card for this verdict, but the same way back
    qtbot.waitUntil(lambda: wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert not page.fold.is_open()


# --- the idle-connection test -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict", "symptoms", "offered"),
    [
        (Verdict.NO_ALG_DETECTED, [Symptom.NO_RING], True),
        (Verdict.NO_ALG_DETECTED, [Symptom.VOICEMAIL], True),
        (Verdict.NO_ALG_DETECTED, [Symptom.ONE_WAY_AUDIO, Symptom.CHOPPY_AUDIO], False),
        (Verdict.NO_ALG_DETECTED, [], False),
        (Verdict.ALG_DETECTED, [Symptom.NO_RING], False),
    ],
)
def test_the_idle_test_is_offered_only_for_no_ring_or_voicemail(
    qtbot: Any, make: Any, verdict: Verdict, symptoms: list[Symptom], offered: bool
) -> None:
    _, page, _ = to_results(qtbot, make, verdict, symptoms)
    assert page.offers_lifetime() is offered
    assert ("idle-connection" in page.primary.text()) is offered


def test_the_idle_test_runs_from_setup_with_the_box_ticked(qtbot: Any, make: Any) -> None:
    wiz, page, runner = to_results(qtbot, make, Verdict.NO_ALG_DETECTED, [Symptom.NO_RING], 1)
    assert page.secondary.text() == "Save a re&port"  # the report stays one click away
    page.primary.click()
    assert wiz.state.lifetime
    assert wiz.page_of(PageId.SETUP).lifetime.isChecked()
    checking = wiz.page_of(PageId.CHECKING)
    assert "minutes" in checking.subTitle()  # the honest estimate of the longer test
    qtbot.waitUntil(lambda: runner.calls == 2 and wiz.currentId() == PageId.RESULTS, timeout=5000)
    assert not page.offers_lifetime()  # it has run now
    assert page.primary.text() == "Save a re&port"


# --- words, copy, jargon ----------------------------------------------------------------------


def test_statuses_are_said_in_words(qtbot: Any) -> None:
    text = transports_sentence(conclude(session(alg=True)))
    assert text == (
        "Your router changed calls sent over UDP, the usual way phones connect. "
        "Calls over TCP passed unchanged."
    )
    assert "✗" not in text and "✓" not in text


def test_provider_sentence_is_copied(qtbot: Any, make: Any) -> None:
    _, page, _ = to_results(qtbot, make, Verdict.ALG_DETECTED)
    page.copy.click()
    assert QApplication.clipboard().text() == page.provider.text()
    assert page.copy.text() == "Copied"


def test_jargon_is_explained_where_it_appears(qtbot: Any, make: Any) -> None:
    _, page, _ = to_results(qtbot, make, Verdict.ALG_DETECTED)
    tip = page.jargon.toolTip()
    for term in ("SIP:", "SIP ALG:", "UDP and TCP:"):
        assert term in tip
    assert page.jargon.text() == "What's this?" and page.jargon.isVisible()
    assert page.jargon.accessibleDescription() == tip


# --- layout -----------------------------------------------------------------------------------


@pytest.mark.parametrize("verdict", list(SESSIONS))
def test_fits_a_small_window_without_scrolling(qtbot: Any, make: Any, verdict: Verdict) -> None:
    symptoms = [Symptom.ONE_WAY_AUDIO, Symptom.NO_RING]
    wiz, page, _ = to_results(qtbot, make, verdict, symptoms, call=False)
    wiz.resize(820, 640)
    scroll = page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: wiz.size().width() == 820, timeout=2000)
    QApplication.processEvents()
    assert scroll.verticalScrollBar().maximum() == 0, verdict
    # closed fold, no gaps: each part follows the one above closely
    parts = [page.card, page.steps_title, page.steps, page.provider_title, page.provider, page.fold]
    for upper, lower in itertools.pairwise(parts):
        gap = lower.geometry().top() - upper.geometry().bottom()
        assert gap < 24, (verdict, type(lower).__name__, gap)


# --- network text stays text -------------------------------------------------------------------


def hostile() -> SessionResult:
    """The ALG session with hostile rewritten values and a hostile public address."""
    bad = PathChange(
        Direction.OUTBOUND,
        5060,
        "INVITE",
        Modification("Via " + HOSTILE[2], Change.REWRITTEN, HOSTILE[0], HOSTILE[1]),
    )
    base = _rebuilt(
        session(alg=True),
        lambda ex: replace(ex, changes=(bad,)) if ex.transport is Transport.UDP else ex,
    )
    probe = replace(
        base.probe,
        target=HOSTILE[0],
        public_address=HOSTILE[1],
        local_address="192.168.1.23",
    )
    return replace(base, probe=probe)


def test_hostile_strings_stay_text(qtbot: Any, make: Any) -> None:
    wiz, _ = make([session(alg=False)])
    page = wiz.page_of(PageId.RESULTS)
    wiz.state.symptoms = [Symptom.ONE_WAY_AUDIO]
    wiz.state.first = conclude(hostile(), wiz.state.symptoms)
    assert wiz.state.first.probe.verdict is Verdict.ALG_DETECTED
    page.initializePage()
    page.fold.set_open(True)
    assert HOSTILE[0] in page.server.text()  # shown, as it came
    assert page.server.textFormat() == Qt.TextFormat.PlainText
    for label in page.findChildren(QLabel):
        text = label.text()
        if label.textFormat() != Qt.TextFormat.PlainText:  # rich, or Qt's guess
            for markup in ("<img", "<a href", "<b>bold"):
                assert markup not in text, (label.accessibleName(), text[:200])
    findings = page.findings.text()
    assert "&lt;img src=x onerror=alert(1)&gt;" in findings  # the public address, escaped
    shown = page.diff.toHtml()
    assert "<img" not in shown and "<a " not in shown
    plain = page.diff.toPlainText()
    assert HOSTILE[0] in plain and HOSTILE[1] in plain
    assert "<a " not in page.steps.text()


# --- keyboard ---------------------------------------------------------------------------------


def test_return_presses_the_cards_button(qtbot: Any, make: Any) -> None:
    """For an inconclusive result Next leads to the report; Return must mean Try again."""
    wiz, page, runner = to_results(qtbot, make, Verdict.INCONCLUSIVE, again=1)
    assert page.primary.isDefault()
    assert not wiz.button(wiz.WizardButton.NextButton).isDefault()
    qtbot.keyClick(wiz.focusWidget() or wiz, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: runner.calls == 2 and wiz.currentId() == PageId.RESULTS, timeout=5000)
    page.secondary.click()  # Use another server: back on Setup, Next is the default again
    assert wiz.currentId() == PageId.SETUP
    assert not page.primary.isDefault()
    assert not wiz.testOption(wiz.WizardOption.NoDefaultButton)


def test_words_in_the_steps_are_explained(qtbot: Any, make: Any) -> None:
    _, page, _ = to_results(
        qtbot, make, Verdict.NO_ALG_DETECTED, [Symptom.ONE_WAY_AUDIO, Symptom.NO_RING]
    )
    assert page.steps_jargon.isVisible()
    tip = page.steps_jargon.toolTip()
    assert "RTP:" in tip and "NAT:" in tip and "Binding lifetime" in tip


@pytest.mark.parametrize("verdict", list(SESSIONS))
def test_no_duplicate_mnemonics(qtbot: Any, make: Any, verdict: Verdict) -> None:
    import re

    from PySide6.QtWidgets import QAbstractButton

    wiz, _, _ = to_results(qtbot, make, verdict, [Symptom.NO_RING])
    keys = []
    for button in wiz.findChildren(QAbstractButton):
        if button.isVisible():
            found = re.search(r"&([^&])", button.text().replace("&&", ""))
            if found:
                keys.append(found.group(1).lower())
    assert len(keys) == len(set(keys)), keys


def test_a_stopped_test_says_so_and_offers_to_try_again(qtbot: Any, make: Any) -> None:
    wiz, _ = make([session(alg=False)])
    page = wiz.page_of(PageId.RESULTS)
    stopped = inconclusive()
    stopped = replace(stopped, probe=replace(stopped.probe, cancelled=True))
    wiz.state.first = conclude(stopped)
    page.initializePage()
    assert "stopped before it finished" in page.meaning.text()
    assert page.primary.text() == "&Try again"
    assert page.fold.header.text() == "Details — for your provider"
    assert "Run the test again and let it finish." in page.step_texts
