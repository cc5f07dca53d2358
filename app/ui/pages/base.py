"""What every page shares: access to the wizard's state and core.

Pages see the wizard through :class:`Doctor`, a Protocol of exactly what they
use, rather than the concrete ``DoctorWizard``: the wizard module imports
every page, so pages importing it back made a cycle, and a page that needs
something new now has to say so here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.ui.widgets import shown

if TYPE_CHECKING:
    # Types only: the first page (Welcome) must not wait for the core's modules
    # to load (start-up time; see DoctorWizard.ensure_pages).
    from app.core.progress import Progress
    from app.providers.database import Directory
    from app.ui.state import Core, WizardState
    from app.ui.tasks import TaskRunner


class Doctor(Protocol):
    """The wizard as its pages know it."""

    core: Core
    runner: TaskRunner
    settings: QSettings
    state: WizardState
    defaults: dict[str, Any]  # the build's resources/defaults.toml

    def provider_directory(self) -> Directory | None:
        """The VoIP provider directory, loaded on first use; None when it cannot be read."""
        ...

    def remembered(self, key: str) -> str:
        """A saved or preset value for a field (settings first, then the build's defaults)."""
        ...

    def next(self) -> None: ...

    def currentPage(self) -> QWizardPage | None: ...


class Page(QWizardPage):
    def doctor(self) -> Doctor:
        wizard: QWizard | None = self.wizard()
        assert wizard is not None
        return cast(Doctor, wizard)

    def scrolling_body(self) -> QVBoxLayout:
        """A vertical layout inside a scroll area filling the page (long guides, small
        screens, large fonts)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll)
        return layout

    @staticmethod
    def show_progress(bar: QProgressBar, now: QLabel, p: Progress) -> None:
        """One progress report from a running test, on a bar and a line of text.

        The probe reports "Done" (all steps of all steps) as soon as its own
        part ends, while the router and connection checks still run; shown as
        is, the page said "Done" at 100 % with Stop still on. So a full count
        means "the rest is being checked" (a busy bar) until the task says it
        has finished.
        """
        if p.total > 0 and p.done >= p.total:
            bar.setRange(0, 0)
            now.setText(QCoreApplication.translate("Page", "Checking your router and connection…"))
            return
        if p.total > 0:
            bar.setRange(0, p.total)
            bar.setValue(p.done)
        now.setText(shown(p.message, 160))  # it can name a server: cut, as network text
