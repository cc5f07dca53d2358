"""Dialogs, each behind a classmethod so tests can replace it (pytest-qt's advice).

* :class:`ErrorDialog` — any error in plain words, with "Copy details" for
  support. Never a traceback in the user's face: the details are folded away.
* :class:`FileDialogs` — where to save a report.
* :class:`AboutDialog` — version, licence, where the log file is, and the
  interface language.
"""

from __future__ import annotations

import html
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.ui.jargon import WhatsThis
from app.ui.language import CHOICES, choose, chosen, system_name


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


class AboutDialog(QDialog):
    """Version, licence, the log file, and the interface language.

    The language is saved at once and used from the next start (pages set their
    texts when they are built; see app.ui.language), which the dialog says, with
    a "Restart now" button for whoever wants it straight away.
    """

    def __init__(
        self,
        parent: QWidget | None,
        log_path: str,
        settings: QSettings,
        restart: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.restart = restart
        self.started_with = chosen(settings)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "About SIP ALG Doctor"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        about = QLabel(
            f"<h3>SIP ALG Doctor {html.escape(__version__)}</h3><p>"
            + QCoreApplication.translate(
                "Dialogs",
                "Finds out whether a SIP ALG in your router breaks your phone calls, and "
                "shows how to switch it off.",
            )
            + "</p><p>"
            + QCoreApplication.translate(
                "Dialogs", "Free software under the GNU GPL, version 3 or later."
            )
            + "</p><p>"
            + (
                QCoreApplication.translate("Dialogs", "Log file for support: %s")
                % f"<tt>{html.escape(log_path)}</tt>"
                if log_path
                else QCoreApplication.translate(
                    "Dialogs", "No log file: its folder could not be created."
                )
            )
            + "</p>"
        )
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(about)
        jargon = WhatsThis(("SIP", "ALG"))
        jargon.setAccessibleName(
            QCoreApplication.translate("Dialogs", "What's this? SIP and ALG explained")
        )
        layout.addWidget(jargon, 0, Qt.AlignmentFlag.AlignLeft)

        row = QHBoxLayout()
        self.language = QComboBox()
        for code, name in CHOICES:
            self.language.addItem(name or system_name(), code)
        self.language.setCurrentIndex(self.language.findData(self.started_with))
        label = QLabel(QCoreApplication.translate("Dialogs", "&Language:"))
        label.setBuddy(self.language)
        row.addWidget(label)
        row.addWidget(self.language, 1)
        layout.addLayout(row)
        self.note = QLabel(
            QCoreApplication.translate(
                "Dialogs",
                "The new language is used from the next start of SIP ALG Doctor.",
            )
        )
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        layout.addWidget(self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restart_button = buttons.addButton(
            QCoreApplication.translate("Dialogs", "&Restart now"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.restart_button.setVisible(False)
        self.restart_button.clicked.connect(self._restart)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        code = str(self.language.currentData() or "")
        choose(self.settings, code)
        changed = code != self.started_with
        self.note.setVisible(changed)
        self.restart_button.setVisible(changed and self.restart is not None)

    def _restart(self) -> None:
        self.accept()
        if self.restart is not None:
            self.restart()


def show_about(
    parent: QWidget | None,
    log_path: str,
    settings: QSettings,
    restart: Callable[[], None] | None = None,
) -> None:
    AboutDialog(parent, log_path, settings, restart).exec()
