"""Results: one verdict card with the way on, what to do, and the proof folded away.

The page used to open with the proof table and say the verdict twice (a
notice and a headline), and every verdict but an ALG ended in "Next: save a
report". Now it leads with one card: the verdict, one sentence of what it
means for the symptoms the user ticked, what happened to each kind of call
in words, and one primary button for the action that fits:

- ALG found, or SIP blocked: "Show me how to switch it off" (the router
  page, then the guide; a blocked port adds the firewall line).
- No ALG: "Save a report"; when the user's phone does not ring or calls go
  to voicemail, "Run the idle-connection test" comes first. It goes back to
  Setup, ticks that box there and starts the test again at once, so Setup
  shows what was run if the user goes back (the box stays ticked).
- Inconclusive: "Try again" (the same server, at once) and "Use another
  server" (back to Setup).

The proof ("What your router changed — for your provider") is under a fold,
closed. Everything from the network or the core is escaped before a
rich-text label shows it; plain-text labels are used wherever possible.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizard,
)

from app.core.model import Verdict
from app.diagnosis.symptoms import Symptom
from app.ui.call_section import CallSection
from app.ui.fold import Fold
from app.ui.jargon import WhatsThis, shown_texts, terms_in
from app.ui.pages import PageId
from app.ui.pages.base import Page
from app.ui.result_words import (
    LIFETIME_SYMPTOMS,
    meaning,
    provider_sentence,
    transports_sentence,
    what_to_do,
)
from app.ui.widgets import DiffView, hint_label, is_dark, wrap_label
from app.ui.words import confidence_word, server_sentence, verdict_title

_BAD = (Verdict.ALG_DETECTED, Verdict.SIP_BLOCKED)

_CARD = {  # background (dark palette, light palette)
    "bad": ("#5c1e1e", "#fdecea"),
    "good": ("#1d4d22", "#e5f5e7"),
    "warning": ("#5a4300", "#fff4d6"),
}


def numbered(steps: list[str]) -> str:
    """Plain-text steps as an escaped HTML numbered list."""
    return "<ol>" + "".join(f"<li>{html.escape(s)}</li>" for s in steps) + "</ol>"


class ResultsPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Results"))
        self.setSubTitle(self.tr("What the test found, and what to do next."))
        self.body = self.scrolling_body()

        # --- the verdict card ---
        self.card = QFrame()
        self.card.setObjectName("verdict-card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        card = QVBoxLayout(self.card)
        self.headline = wrap_label("")
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setAccessibleName(self.tr("Verdict"))
        self.meaning = wrap_label("")  # plain text: symptom names and our sentences
        self.meaning.setAccessibleName(self.tr("What it means"))
        self.statuses = wrap_label("")
        self.statuses.setAccessibleName(self.tr("What happened to each kind of call"))
        self.jargon = WhatsThis(("SIP", "ALG", "UDP/TCP"))
        self.jargon.setAccessibleName(self.tr("What's this? SIP, ALG, UDP and TCP explained"))
        statuses_row = QHBoxLayout()
        statuses_row.addWidget(self.statuses, 1)
        statuses_row.addWidget(self.jargon, 0, Qt.AlignmentFlag.AlignTop)
        self.confidence = hint_label("")
        self.server = hint_label("")  # plain text: names come from the network
        self.server.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server.setAccessibleName(self.tr("The server tested"))
        self.primary = QPushButton()
        self.primary.clicked.connect(lambda: self._act(self.primary))
        self.primary.setAccessibleName(self.tr("What to do next"))  # renamed per verdict
        self.secondary = QPushButton()
        self.secondary.setAccessibleName(self.tr("Another way on"))
        self.secondary.clicked.connect(lambda: self._act(self.secondary))
        buttons = QHBoxLayout()
        buttons.addWidget(self.primary)
        buttons.addWidget(self.secondary)
        buttons.addStretch(1)
        card.addWidget(self.headline)
        card.addWidget(self.meaning)
        card.addLayout(statuses_row)
        card.addWidget(self.confidence)
        card.addWidget(self.server)
        card.addLayout(buttons)
        self.handlers: dict[QPushButton, Callable[[], None]] = {}
        self._follows_page_changes = False

        # --- what to do ---
        self.steps_title = QLabel(f"<b>{self.tr('What to do')}</b>")
        self.steps = wrap_label("", rich=True)
        self.steps.setOpenExternalLinks(False)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps.setAccessibleName(self.tr("What to do"))
        self.step_texts: list[str] = []
        self.steps_jargon = WhatsThis(())
        self.steps_jargon.setAccessibleName(
            self.tr("What's this? The words in the steps explained")
        )
        steps_row = QHBoxLayout()
        steps_row.addWidget(self.steps_title, 1)
        steps_row.addWidget(self.steps_jargon)

        # --- what to tell your provider ---
        self.provider_title = QLabel(f"<b>{self.tr('What to tell your provider')}</b>")
        self.provider = wrap_label("", selectable=True)
        self.provider.setAccessibleName(self.tr("What to tell your provider"))
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setAccessibleName(self.tr("Copy what to tell your provider"))
        self.copy.clicked.connect(self._copy)
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.provider, 1)
        provider_row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)

        # --- the proof, folded ---
        self.fold = Fold(self.tr("What your router changed — for your provider"))
        self.evidence_title = wrap_label("")  # the diff's caption (plain text)
        self.diff = DiffView()
        self.diff.setMinimumHeight(180)
        self.findings = wrap_label("", rich=True)
        self.findings.setOpenExternalLinks(False)
        self.findings.setAccessibleName(self.tr("Details of what was found"))
        self.fold.inner.addWidget(self.evidence_title)
        self.fold.inner.addWidget(self.diff)
        self.fold.inner.addWidget(self.findings)

        # --- the test call, when one was asked for (app/ui/call_section.py) ---
        self.call_section = CallSection()
        self.call_section.retry.connect(self.try_again)

        self.body.addWidget(self.card)
        self.body.addWidget(self.call_section)
        self.body.addSpacing(6)
        self.body.addLayout(steps_row)
        self.body.addWidget(self.steps)
        self.body.addSpacing(6)
        self.body.addWidget(self.provider_title)
        self.body.addLayout(provider_row)
        self.body.addWidget(self.fold)
        self.body.addStretch(1)  # with the fold closed, the rest stays together at the top

    # --- filling in --------------------------------------------------------------------------

    def initializePage(self) -> None:
        state = self.doctor().state
        assert state.first is not None
        outcome = state.first
        diag, probe = outcome.diagnosis, outcome.probe
        verdict = probe.verdict
        tr = QCoreApplication.translate
        kind = (
            "bad"
            if verdict in _BAD
            else ("good" if verdict is Verdict.NO_ALG_DETECTED else "warning")
        )
        dark, light = _CARD[kind]
        self.card.setProperty("kind", kind)
        self.card.setStyleSheet(
            f"QFrame#verdict-card {{ background: {dark if is_dark(self) else light}; "
            "border-radius: 6px; }"
        )
        self.headline.setText(verdict_title(verdict))
        self.meaning.setText(meaning(outcome, state.symptoms))
        self.statuses.setText(transports_sentence(outcome))
        self.confidence.setText(self.tr("How sure we are: %s") % confidence_word(diag.confidence))
        self.server.setText(server_sentence(outcome))
        self._set_actions(verdict, state.symptoms, outcome.lifetimes != () or state.lifetime)
        self._primary_is_default(True)
        wizard: QWizard | None = self.wizard()
        if wizard is not None and not self._follows_page_changes:
            # the wizard focuses Next after initializePage; currentIdChanged comes later
            wizard.currentIdChanged.connect(self._on_page_changed)
            self._follows_page_changes = True

        self.step_texts = what_to_do(outcome, state.symptoms)
        self.steps.setText(numbered(self.step_texts))
        self.provider.setText(provider_sentence(outcome, state.symptoms))
        self.call_section.show_call(
            outcome.call, state.symptoms, offer_retry=verdict is not Verdict.INCONCLUSIVE
        )
        # the steps' words, and those of the sentence for the provider below them
        self.steps_jargon.explain(*self.step_texts, self.provider.text())
        # the card always explains SIP, ALG, UDP/TCP, and any other word it shows
        card_terms = terms_in(" ".join(shown_texts(self.card)))
        self.jargon.refresh(tuple(dict.fromkeys(("SIP", "ALG", "UDP/TCP", *card_terms))))
        self.copy.setText(self.tr("&Copy"))

        changes = [ch for t in probe.transports.values() for ch in t.changes]
        self.fold.header.setText(
            self.tr("What your router changed — for your provider")
            if changes
            else self.tr("Details — for your provider")
        )
        self.fold.set_open(False)
        self.diff.show_changes(changes)
        self.evidence_title.setText(self.diff.caption())
        self.evidence_title.setVisible(bool(changes))
        self.diff.setVisible(bool(changes))
        parts = []
        for f in diag.findings:
            # Findings quote measured values; escape all of it (network text stays text).
            title, detail = html.escape(f.title.render(tr)), html.escape(f.detail.render(tr))
            parts.append(f"<p><b>{title}</b><br>{detail}</p>")
        self.findings.setText("".join(parts))

    # --- Return means the card's primary action ------------------------------------------------

    def _primary_is_default(self, on: bool) -> None:
        """While this page shows, Return presses the card's button, not the wizard's Next.

        For an inconclusive result Next leads to the report, while the card says
        "Try again"; the card's button is the one the page recommends. As on the
        Verify page, the wizard gives up its default button meanwhile.
        """
        wizard: QWizard | None = self.wizard()
        if wizard is None:
            return
        wizard.setOption(QWizard.WizardOption.NoDefaultButton, on)
        self.primary.setDefault(on)

    def _on_page_changed(self, _id: int) -> None:
        wizard: QWizard | None = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.primary.setFocus()  # a focused Next would take Return for itself

    def cleanupPage(self) -> None:  # Back pressed
        self._primary_is_default(False)
        super().cleanupPage()

    def validatePage(self) -> bool:  # Next pressed
        self._primary_is_default(False)
        return True

    def _set_actions(self, verdict: Verdict, symptoms: list[Symptom], lifetime_done: bool) -> None:
        """The card's buttons for this verdict: one primary, at most one other."""
        self.handlers = {}
        offer_lifetime = (
            verdict is Verdict.NO_ALG_DETECTED
            and not lifetime_done
            and any(s in LIFETIME_SYMPTOMS for s in symptoms)
        )
        if verdict in _BAD:
            first = (self.tr("Show me how to &switch it off"), self._go_next)
            second = None
        elif verdict is Verdict.INCONCLUSIVE:
            first = (self.tr("&Try again"), self.try_again)
            second = (self.tr("Use another se&rver"), self.another_server)
        elif offer_lifetime:
            first = (self.tr("Run the &idle-connection test"), self.run_lifetime)
            second = (self.tr("Save a re&port"), self._go_next)
        else:
            first = (self.tr("Save a re&port"), self._go_next)
            second = None
        self.primary.setText(first[0])
        self.primary.setAccessibleName(first[0].replace("&", ""))
        self.handlers[self.primary] = first[1]
        self.secondary.setVisible(second is not None)
        if second is not None:
            self.secondary.setText(second[0])
            self.secondary.setAccessibleName(second[0].replace("&", ""))
            self.handlers[self.secondary] = second[1]
        self.primary.setToolTip(
            self.tr(
                "Tests again whether your router forgets a quiet phone connection, which "
                "stops phones from ringing. Adds a few minutes."
            )
            if offer_lifetime
            else ""
        )

    def offers_lifetime(self) -> bool:
        return self.handlers.get(self.primary) == self.run_lifetime

    # --- actions -----------------------------------------------------------------------------

    def _act(self, button: QPushButton) -> None:
        action = self.handlers.get(button)
        if action is not None:
            action()

    def _go_next(self) -> None:
        if self.doctor().currentPage() is self:
            self.doctor().next()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.provider.text())
        self.copy.setText(self.tr("Copied"))

    def _back_to_setup(self) -> QWizard | None:
        """Back through Checking to Setup (the wizard's own Back, so pages clean up)."""
        wizard: QWizard | None = self.wizard()
        if wizard is None or wizard.currentPage() is not self:
            return None
        for _ in range(int(PageId.RESULTS) - int(PageId.SETUP)):
            if wizard.currentId() == int(PageId.SETUP):
                break
            wizard.back()
        return wizard if wizard.currentId() == int(PageId.SETUP) else None

    def another_server(self) -> None:
        self._back_to_setup()

    def try_again(self) -> None:
        """The same server, at once: Setup's Next checks and records it as before."""
        wizard = self._back_to_setup()
        if wizard is not None:
            wizard.next()

    def run_lifetime(self) -> None:
        """Again with the idle-connection test: ticked on Setup, so the page and the state
        agree and Setup's Next (which records the box) starts it."""
        wizard = self._back_to_setup()
        if wizard is None:
            return
        box = getattr(wizard.currentPage(), "lifetime", None)
        if isinstance(box, QCheckBox):
            box.setChecked(True)
        self.doctor().state.lifetime = True
        wizard.next()

    def nextId(self) -> int:
        state = self.doctor().state
        if state.first is not None and state.first.probe.verdict in _BAD:
            return int(PageId.ROUTER)
        return int(PageId.REPORT)
