"""A section that opens and closes under its heading (a "fold").

Qt has no such widget; a checkable QGroupBox only greys its contents out.
Used where a page holds alternatives the user mostly does not need (the other
versions of a router's settings pages), so the one that fits stands alone
without hiding that the others exist.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget


class Fold(QWidget):
    """A heading button with an arrow; the body below shows while it is open."""

    def __init__(self, title: str, *, opened: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton()
        self.header.setText(title)
        self.header.setAccessibleName(title)
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.body = QWidget()
        self.inner = QVBoxLayout(self.body)
        self.inner.setContentsMargins(18, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.header.toggled.connect(self.set_open)
        self.header.setChecked(opened)
        self.set_open(opened)

    def set_open(self, opened: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        if self.header.isChecked() != opened:
            self.header.setChecked(opened)  # comes back here through toggled
        self.body.setVisible(opened)

    def is_open(self) -> bool:
        return self.header.isChecked()
