"""What every page shares: access to the wizard's state and core."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget, QWizardPage

if TYPE_CHECKING:
    from app.ui.wizard import DoctorWizard


class Page(QWizardPage):
    def doctor(self) -> DoctorWizard:
        wizard = self.wizard()
        assert wizard is not None
        return wizard  # type: ignore[return-value]

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
