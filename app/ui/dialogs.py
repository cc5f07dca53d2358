"""Dialogs, each behind a classmethod so tests can replace it (pytest-qt's advice).

* :class:`ErrorDialog` — any error in plain words, with "Copy details" for
  support. Never a traceback in the user's face: the details are folded away.
* :class:`FileDialogs` — where to save a report.
* :func:`show_about` — version, licence, where the log file is.
"""

from __future__ import annotations

import html
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app import __version__


class ErrorDialog:
    @classmethod
    def show(cls, parent: QWidget | None, message: str, details: str = "") -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Something went wrong"))
        box.setText(message)
        if details:
            box.setDetailedText(details)
            copy = box.addButton(
                QCoreApplication.translate("Dialogs", "Copy details"),
                QMessageBox.ButtonRole.ActionRole,
            )
            copy.clicked.disconnect()  # keep the dialog open after copying
            copy.clicked.connect(
                lambda: QGuiApplication.clipboard().setText(
                    f"SIP ALG Doctor {__version__}\n{message}\n\n{details}"
                )
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()

    @classmethod
    def from_exception(cls, parent: QWidget | None, exc: BaseException, context: str) -> None:
        details = "".join(traceback.format_exception(exc))
        cls.show(parent, context, details)


class FileDialogs:
    @classmethod
    def save_path(
        cls, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None


def show_about(parent: QWidget | None, log_path: str) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Dialogs", "About SIP ALG Doctor"),
        (
            f"<h3>SIP ALG Doctor {__version__}</h3>"
            "<p>Finds out whether a SIP ALG in your router breaks your phone calls, and shows "
            "how to switch it off.</p>"
            "<p>Free software under the GNU GPL, version 3 or later.</p>"
            + (
                f"<p>Log file for support: <tt>{html.escape(log_path)}</tt></p>"
                if log_path
                else "<p>No log file: its folder could not be created.</p>"
            )
        ),
    )
