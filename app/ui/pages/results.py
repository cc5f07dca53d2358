"""Results: the verdict in one sentence, the evidence, and what it means for the
symptoms the user ticked."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from app.core.model import Verdict
from app.diagnosis.symptoms import info
from app.ui.pages import PageId
from app.ui.pages.base import Page
from app.ui.widgets import DiffView, Notice, wrap_label
from app.ui.words import (
    confidence_word,
    firewall_advice,
    server_sentence,
    status_word,
    verdict_title,
)

_BAD = (Verdict.ALG_DETECTED, Verdict.SIP_BLOCKED)


class ResultsPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Results"))
        self.body = self.scrolling_body()
        self.headline = wrap_label("")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.confidence = wrap_label("")
        self.statuses = wrap_label("")
        self.server = wrap_label("", selectable=True)  # plain text: names come from the network
        self.server.setAccessibleName(self.tr("The server tested"))
        self.evidence_title = wrap_label("", rich=True)
        self.diff = DiffView()
        self.diff.setMinimumHeight(180)
        self.meaning = wrap_label("", rich=True)
        self.meaning.setAccessibleName(self.tr("What it means"))
        for w in (
            self.headline,
            self.confidence,
            self.statuses,
            self.server,
            self.evidence_title,
            self.diff,
            self.meaning,
        ):
            self.body.addWidget(w)
        self.notice: Notice | None = None

    def initializePage(self) -> None:
        state = self.doctor().state
        assert state.first is not None
        session, diag = state.first.session, state.first.diagnosis
        tr = QCoreApplication.translate
        probe = session.probe
        if self.notice is not None:
            self.notice.deleteLater()
        kind = (
            "bad"
            if probe.verdict in _BAD
            else ("good" if probe.verdict is Verdict.NO_ALG_DETECTED else "warning")
        )
        self.notice = Notice(diag.headline.render(tr), kind, self)
        self.body.insertWidget(1, self.notice)
        self.headline.setText(verdict_title(probe.verdict))
        self.confidence.setText(self.tr("How sure we are: %s") % confidence_word(diag.confidence))
        self.statuses.setText(
            "     ".join(
                f"{t.value.upper()}: {status_word(res.status)}"
                for t, res in probe.transports.items()
            )
        )
        self.server.setText(server_sentence(state.first))
        changes = [ch for t in probe.transports.values() for ch in t.changes]
        self.evidence_title.setVisible(bool(changes))
        self.diff.setVisible(bool(changes))
        self.diff.show_changes(changes)
        self.evidence_title.setText(
            f"<b>{self.tr('What your router changed')}</b><br>{html.escape(self.diff.caption())}"
        )
        parts = []
        for f in diag.findings:
            # Findings quote measured values; escape all of it (network text stays text).
            title, detail = html.escape(f.title.render(tr)), html.escape(f.detail.render(tr))
            parts.append(f"<p><b>{title}</b><br>{detail}</p>")
        if diag.symptom_notes:
            parts.append(f"<p><b>{self.tr('Your symptoms')}</b></p><ul>")
            for symptom, note in diag.symptom_notes:
                label = html.escape(info(symptom).label.render(tr))
                parts.append(f"<li>{label}: {html.escape(note.render(tr))}</li>")
            parts.append("</ul>")
        if probe.verdict is Verdict.INCONCLUSIVE:
            parts.append(
                "<p>"
                + self.tr(
                    "What to try: check that this computer is online, go back and check the server "
                    "address, or try your VoIP provider's server instead of a test server."
                )
                + "</p>"
            )
        firewall = firewall_advice(state.first)
        if firewall is not None:  # a blocked port: the ALG guide comes next, and this
            parts.append(
                f"<p><b>{self.tr('What to do')}</b></p><ol>"
                f"<li>{self.tr('Switch the SIP ALG off: Next shows how on your router.')}</li>"
                f"<li>{html.escape(firewall)}</li></ol>"
            )
        self.meaning.setText("".join(parts))
        self.setSubTitle(
            self.tr("Next: how to fix it on your router.")
            if probe.verdict in _BAD
            else self.tr("Next: save a report.")
        )

    def nextId(self) -> int:
        state = self.doctor().state
        if state.first is not None and state.first.probe.verdict in _BAD:
            return int(PageId.ROUTER)
        return int(PageId.REPORT)
