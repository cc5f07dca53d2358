"""The Qt application object and main window (placeholder until the wizard lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel


def run_app(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    label = QLabel("SIP ALG Doctor")
    label.show()
    return int(app.exec())
