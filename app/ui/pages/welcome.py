"""Welcome: what the tool does, what it sends where, and a privacy note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout

from app.ui.jargon import WhatsThis
from app.ui.pages import PageId
from app.ui.pages.base import Page
from app.ui.widgets import wrap_label


class WelcomePage(Page):
    def __init__(self, first_painted: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._first_painted = first_painted
        self.setTitle(self.tr("Let's find out what is breaking your calls"))
        self.setSubTitle(self.tr("Two minutes, no technical knowledge needed."))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrap_label(
                self.tr(
                    "Many routers have a 'SIP ALG' that rewrites phone-call messages as they pass "
                    "and causes one-way audio, dropped calls or phones that never ring. This tool "
                    "sends a few test calls through your connection, shows exactly what your "
                    "router changed, and tells you how to switch the ALG off on your router."
                )
            )
        )
        self.jargon = WhatsThis(("SIP", "ALG"))
        self.jargon.setAccessibleName(self.tr("What's this? SIP and ALG explained"))
        layout.addWidget(self.jargon, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        privacy = wrap_label(
            self.tr(
                "What is sent: a few SIP test messages containing this computer's local network "
                "address, to the server you choose on the next pages (your VoIP provider's server "
                "or a SIP ALG Doctor test server), and standard questions to your own router. "
                "No passwords, no recordings, no personal data. The report stays on this "
                "computer unless you decide to share it."
            )
        )
        privacy.setObjectName("privacy")
        layout.addWidget(privacy)
        layout.addStretch(1)

    def nextId(self) -> int:
        # Symptoms comes next even before it is built (the wizard builds the later
        # pages once this one is on screen): the button says Next, not Finish.
        return int(PageId.SYMPTOMS)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_painted is not None:
            then, self._first_painted = self._first_painted, None
            then()
