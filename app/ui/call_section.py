"""Results' "Test call" section: what the call showed, in plain words, and what to do.

Shown only when the user asked for a test call. The words come first ("Their
voice reached you: yes", "Call quality: good (4.2 of 5)"), then what the
call says about each symptom the user ticked, then the advice that follows
from diagnosis/call_findings.py, and the figures (per path packets, loss,
jitter, round trip, MOS, the link) folded away for whoever helps the user.

A call that could not be set up says so and offers "Try the test call
again" (the page runs the whole test again, the call included), so this
outcome too ends with a next action. Everything that came from the network
(addresses, rewritten header lines) is shown in plain-text labels, never as
rich text. The sentences are pure functions (:func:`call_lines`,
:func:`call_advice`) so they are checked without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.diagnosis.call_findings import QUALITY_WORDS, figures_line
from app.diagnosis.call_quality import quality_band
from app.diagnosis.call_summary import CallSummary
from app.diagnosis.findings import Severity
from app.diagnosis.symptoms import Symptom, info
from app.pipeline.test_call import TestCall
from app.ui.fold import Fold
from app.ui.jargon import WhatsThis, terms_in
from app.ui.widgets import shown, wrap_label


def _tr(text: Any) -> str:
    return str(text.render(QCoreApplication.translate))


def _yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("CallSection", "not measured")
    return (
        QCoreApplication.translate("CallSection", "yes")
        if value
        else QCoreApplication.translate("CallSection", "no")
    )


def quality_line(s: CallSummary) -> str:
    q = s.call_quality
    if q is None or q.mos is None or q.r_factor is None:
        return QCoreApplication.translate(
            "CallSection", "Call quality: not measured (sound did not flow both ways)"
        )
    word = _tr(QUALITY_WORDS[quality_band(q.r_factor)])
    return QCoreApplication.translate("CallSection", "Call quality: %s (%.1f of 5)") % (
        word,
        q.mos,
    )


def call_lines(call: TestCall) -> list[str]:
    """The section's plain-word lines, one fact each."""
    s = call.summary
    if s is None:
        why = _tr(call.skipped) if call.skipped is not None else ""
        return [QCoreApplication.translate("CallSection", "No test call was made. %s") % why]
    if s.cancelled:
        return [QCoreApplication.translate("CallSection", "The test call was stopped.")]
    if not s.established:
        return [QCoreApplication.translate("CallSection", "Call set-up: failed")]
    lines = [
        QCoreApplication.translate("CallSection", "Their voice reached you: %s")
        % _yes_no(s.heard_them),
        QCoreApplication.translate("CallSection", "Your voice reached them: %s")
        % _yes_no(s.they_heard_you),
        quality_line(s),
    ]
    big = s.large_invite
    if big.tested:
        directions = (big.outbound, big.inbound)
        if "dropped" in directions:
            verdict = QCoreApplication.translate("CallSection", "blocked by your router")
        elif "passed" in directions:
            verdict = QCoreApplication.translate("CallSection", "pass through your router")
        else:
            verdict = QCoreApplication.translate("CallSection", "not measured")
        lines.append(QCoreApplication.translate("CallSection", "Large call set-ups: %s") % verdict)
    incoming = s.incoming
    if incoming.tested:  # idle 0: the incoming call was not tested
        lines.append(
            QCoreApplication.translate("CallSection", "Your phone rang after %s s of quiet: %s")
            % (f"{incoming.idle_s:g}", _yes_no(incoming.arrived))
        )
    return lines


def symptom_lines(call: TestCall) -> list[str]:
    """What the call says about each symptom the user ticked."""
    return [f"• {_tr(info(symptom).label)}: {_tr(note)}" for symptom, note in call.diagnosis.notes]


def call_advice(call: TestCall) -> list[str]:
    """What to do, from the call's findings; never empty when something is wrong."""
    steps = [_tr(a) for a in call.diagnosis.steps]
    if steps:
        return steps
    if call.summary is None:
        return [
            QCoreApplication.translate(
                "CallSection",
                "Run the test again once the test server answers: a test call needs a SIP "
                "ALG Doctor test server.",
            )
        ]
    measured_all = all(c.measured for c in call.diagnosis.findings)
    problems = [
        c
        for c in call.diagnosis.findings
        if c.finding.severity in (Severity.PROBLEM, Severity.WARNING)
    ]
    if problems:  # a problem without its own action: still say what to do
        return [
            QCoreApplication.translate("CallSection", "Save a report and send it to your provider.")
        ]
    if call.diagnosis.notes:  # the user's trouble did not show on this call
        return [
            QCoreApplication.translate(
                "CallSection",
                "The test call found nothing to fix on your connection. If the trouble "
                "stays, it may lie with your provider or your phone: save a report and "
                "send it to them.",
            )
        ]
    if measured_all:
        return [QCoreApplication.translate("CallSection", "The test call found nothing to fix.")]
    return [
        QCoreApplication.translate(
            "CallSection", "Nothing to fix in what the test call could measure."
        )
    ]


def evidence_lines(call: TestCall) -> list[str]:
    """The figures, for whoever helps the user (network text cut for display)."""
    s = call.summary
    if s is None:
        return []
    lines = [figures_line(p.name, p) for p in s.paths]
    seen = set(lines)
    for c in call.diagnosis.findings:
        for line in c.finding.evidence:
            if line not in seen:
                seen.add(line)
                lines.append(line)
    link = s.link
    if link is not None:
        lines.append(
            f"link: {link.kind}"
            + (f" ({link.interface})" if link.interface else "")
            + (f", signal {link.signal_dbm} dBm" if link.signal_dbm is not None else "")
            + (f", signal {link.signal_percent} %" if link.signal_percent is not None else "")
        )
    if s.error:
        lines.append(f"error: {s.error}")
    lines.append(f"test server: {s.reflector}, {s.duration_s:.1f} s")
    return [shown(line, 300) for line in lines]


def _can_retry(call: TestCall) -> bool:
    s = call.summary
    return s is None or not s.established or s.cancelled


class CallSection(QFrame):
    """The "Test call" section; ``retry`` asks the page to run the test (and call) again."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test-call-section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel(QCoreApplication.translate("CallSection", "Test call"))
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.jargon = WhatsThis(())
        self.jargon.setAccessibleName(
            QCoreApplication.translate("CallSection", "What's this? The test call's words")
        )
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.jargon)
        self.facts = wrap_label("")  # plain text, one fact a line
        self.facts.setAccessibleName(QCoreApplication.translate("CallSection", "Test call"))
        self.symptoms = wrap_label("")
        self.symptoms.setAccessibleName(
            QCoreApplication.translate("CallSection", "What the test call says about your calls")
        )
        self.advice_title = QLabel(
            QCoreApplication.translate("CallSection", "What to do about the call")
        )
        self.advice = wrap_label("")
        self.advice.setAccessibleName(
            QCoreApplication.translate("CallSection", "What to do about the call")
        )
        self.again = QPushButton(
            QCoreApplication.translate("CallSection", "Try the test ca&ll again")
        )
        self.again.setAccessibleName(
            QCoreApplication.translate("CallSection", "Try the test call again")
        )
        self.again.clicked.connect(self.retry.emit)
        again_row = QHBoxLayout()
        again_row.addWidget(self.again)
        again_row.addStretch(1)
        self.fold = Fold(
            QCoreApplication.translate("CallSection", "The call's figures — for your provider")
        )
        self.figures = wrap_label("", selectable=True)
        self.figures.setAccessibleName(
            QCoreApplication.translate("CallSection", "The call's figures")
        )
        self.figures_jargon = WhatsThis(())
        self.figures_jargon.setAccessibleName(
            QCoreApplication.translate("CallSection", "What's this? The figures' words")
        )
        self.fold.inner.addWidget(self.figures)
        self.fold.inner.addWidget(self.figures_jargon, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(title_row)
        layout.addWidget(self.facts)
        layout.addWidget(self.symptoms)
        layout.addWidget(self.advice_title)
        layout.addWidget(self.advice)
        layout.addLayout(again_row)
        layout.addWidget(self.fold)
        self.call: TestCall | None = None
        self.hide()

    def show_call(
        self, call: TestCall | None, symptoms: Sequence[Symptom] = (), *, offer_retry: bool = True
    ) -> None:
        """Fill in (None: no call was asked for, and the section stays hidden).

        ``offer_retry``: False when the page's own card already says "Try again"."""
        self.call = call
        self.setVisible(call is not None)
        if call is None:
            return
        facts = call_lines(call)
        not_set_up = call.summary is not None and (
            not call.summary.established or call.summary.cancelled
        )
        if not_set_up:
            facts += [_tr(c.finding.detail) for c in call.diagnosis.findings[:1]]
        self.facts.setText("\n".join(facts))
        # a call that never got going checked none of the symptoms, for the one reason
        # the facts just gave: saying it again per symptom only makes the page longer
        notes = [] if not_set_up else symptom_lines(call)
        self.symptoms.setText("\n".join(notes))  # "• One-way audio: The test call …"
        self.symptoms.setVisible(bool(notes))
        advice = call_advice(call)
        numbered = [f"{i}. {a}" for i, a in enumerate(advice, 1)] if len(advice) > 1 else advice
        self.advice.setText("\n".join(numbered))
        self.advice_title.setVisible(len(advice) > 1)  # one line says it by itself
        self.again.setVisible(offer_retry and _can_retry(call))
        figures = evidence_lines(call)
        self.figures.setText("\n".join(figures))
        self.fold.setVisible(bool(figures))
        self.fold.set_open(False)
        visible = " ".join([*facts, *notes, *advice])
        terms = terms_in(visible)
        self.jargon.refresh(terms)
        self.jargon.setVisible(bool(terms))
        figure_terms = tuple(dict.fromkeys([*terms_in(" ".join(figures)), "MOS", "jitter"]))
        self.figures_jargon.refresh(figure_terms)

    def said(self) -> str:
        """Everything the section says (plain text), for tests and screen readers."""
        labels = [self.title, self.facts, self.symptoms, self.advice_title, self.advice]
        return "\n".join(label.text() for label in labels if not label.isHidden())
