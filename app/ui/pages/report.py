"""Report: copy a summary for the provider, a copy saved automatically, hide the public IP.

The user came here to hand something to their provider, so "Copy for my
provider" is the page's default button (Return presses it). A copy of the
full report is saved as soon as the page opens, in the user's documents
folder (platformdirs), and its location is shown: closing the window without
pressing a save button must not lose the evidence, and a user asked later
"can you send us the report?" can find it.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWizard,
)

from app.pipeline.diagnose import Outcome
from app.report.bundle import Report, summary, to_html, to_json
from app.report.save import save_text
from app.ui.dialogs import ErrorDialog, FileDialogs
from app.ui.pages.base import Page
from app.ui.widgets import wrap_label
from app.ui.words import server_sentence

FOLDER_NAME = "SIP ALG Doctor"


def default_folder() -> Path | None:
    """Where reports are saved automatically: Documents/SIP ALG Doctor, else the app's
    data folder (a system without a documents folder); None when neither can be made."""
    from platformdirs import user_data_dir, user_documents_dir

    for folder in (
        Path(user_documents_dir()) / FOLDER_NAME,
        Path(user_data_dir(FOLDER_NAME, appauthor=False)) / "reports",
    ):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        return folder
    return None


def shown_path(path: Path, home: Path) -> str:
    """``path`` as the page shows it: "~/Documents/…" under the home folder on Linux and
    macOS, where "~" is the usual short form (Windows users see the whole path)."""
    if sys.platform != "win32" and path.is_relative_to(home):
        return "~/" + path.relative_to(home).as_posix()
    return str(path)


class ReportPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your report"))
        self.setSubTitle(self.tr("Keep it, or send it to your VoIP provider's support."))
        # Where the automatic copy goes; None: default_folder(). Tests set a temporary one.
        self.folder: Path | None = None
        self.home = Path.home()  # for shown_path; the screenshots use a home of their own
        self.saved_path: Path | None = None
        self._saved_for: Outcome | None = None
        self._created = datetime.now(UTC)
        self._follows_page_changes = False
        layout = self.scrolling_body()
        self.server = wrap_label("", selectable=True)  # plain text: names come from the network
        self.server.setAccessibleName(self.tr("The server tested"))
        layout.addWidget(self.server)
        layout.addWidget(wrap_label(self.tr("Summary for a support request:")))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Report summary"))
        self.redact = QCheckBox(self.tr("&Hide my public IP address in the report"))
        self.redact.setAccessibleName(self.tr("Hide my public IP address"))
        self.redact.toggled.connect(self._refresh)
        # Mnemonics: the wizard has &Back, &Close and &About on this page.
        self.copy = QPushButton(self.tr("Copy for my &provider"))
        self.copy.setAccessibleName(self.tr("Copy the summary for my provider"))
        self.save_html = QPushButton(self.tr("Save as &web page…"))
        self.save_json = QPushButton(self.tr("Save as &JSON…"))
        self.open_folder = QPushButton(self.tr("Open the &folder"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.saved = wrap_label("", selectable=True)  # a path: plain text, copyable
        self.saved.setObjectName("saved")
        self.saved.setAccessibleName(self.tr("Where the report was saved"))
        self.copy.clicked.connect(self._on_copy_clicked)
        self.save_html.clicked.connect(lambda: self._save("html"))
        self.save_json.clicked.connect(lambda: self._save("json"))
        self.open_folder.clicked.connect(self._on_open_folder)
        row = QHBoxLayout()
        for b in (self.copy, self.save_html, self.save_json):
            row.addWidget(b)
        row.addStretch(1)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.open_folder)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.redact)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(saved_row)

    # --- lifecycle -------------------------------------------------------------------

    def initializePage(self) -> None:
        latest = self.doctor().state.latest
        if latest is not None:
            self.server.setText(server_sentence(latest))
        self._created = datetime.now(UTC)
        self.saved_path = None
        self._saved_for = None
        self.status.setText("")
        self._copy_is_default(True)
        wizard: QWizard | None = self.wizard()
        if wizard is not None and not self._follows_page_changes:
            # The wizard focuses its own button after initializePage; currentIdChanged
            # comes after that, so the focus is given to the primary button there.
            wizard.currentIdChanged.connect(self._on_page_changed)
            self._follows_page_changes = True
        redact = self.doctor().settings.value("redact", "false") == "true"
        if self.redact.isChecked() != redact:
            self.redact.setChecked(redact)  # refreshes and saves
        else:
            self._refresh()

    def cleanupPage(self) -> None:  # Back pressed: the wizard's buttons get their default back
        self._copy_is_default(False)

    def _copy_is_default(self, on: bool) -> None:
        """Return presses "Copy for my provider" here, not the wizard's Close."""
        wizard: QWizard | None = self.wizard()
        if wizard is None:
            return
        wizard.setOption(QWizard.WizardOption.NoDefaultButton, on)
        self.copy.setDefault(on)

    def _on_page_changed(self, _id: int) -> None:
        wizard: QWizard | None = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.copy.setFocus()

    # --- the report ------------------------------------------------------------------

    def report(self) -> Report:
        state = self.doctor().state
        assert state.latest is not None
        before = state.first if state.after is not None else None
        return Report(state.latest, before, self._created)

    def holds_results(self) -> bool:
        """True when the results on screen are in the saved copy (closing loses nothing)."""
        latest = self.doctor().state.latest
        return self.saved_path is not None and latest is not None and self._saved_for is latest

    def _refresh(self) -> None:
        redact = self.redact.isChecked()
        self.doctor().settings.setValue("redact", "true" if redact else "false")
        if self.doctor().state.latest is None:
            return
        self.text.setPlainText(
            summary(
                self.report(),
                QCoreApplication.translate,
                redact_public=redact,
                symptoms=self.doctor().state.symptoms,
            )
        )
        self._save_copy()

    def _save_copy(self) -> None:
        """Save (or, after "Hide my IP" changed, re-save) the automatic copy as a web page."""
        folder = self.folder or default_folder()
        if folder is None:
            self._not_saved(self.tr("there is no folder to save it in"))
            return
        path = (
            self.saved_path
            or folder / f"sip-alg-report-{self._created.astimezone():%Y%m%d-%H%M%S}.html"
        )
        state = self.doctor().state
        content = to_html(
            self.report(), QCoreApplication.translate, redact_public=self.redact.isChecked()
        )
        try:
            save_text(path, content)
        except OSError as exc:
            logging.getLogger("sipalg.wizard").warning("report not saved to %s: %s", path, exc)
            self._not_saved(str(exc.strerror or exc))
            return
        self.saved_path = path
        self._saved_for = state.latest
        self.saved.setText(
            self.tr("A copy of this report was saved to: %s") % shown_path(path, self.home)
        )
        self.open_folder.setEnabled(True)

    def _not_saved(self, why: str) -> None:
        self.saved_path = None
        self._saved_for = None
        self.saved.setText(
            self.tr("A copy could not be saved automatically (%s). Use “Save as web page…”.") % why
        )
        self.open_folder.setEnabled(False)

    def _on_open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied. Paste it into your message to your provider."))

    def _save(self, kind: str) -> None:
        stamp = self._created.astimezone().strftime("%Y%m%d-%H%M")
        start = self.saved_path.parent if self.saved_path is not None else Path.home()
        suggested = str(start / f"sip-alg-report-{stamp}.{kind}")
        filters = self.tr("Web page (*.html)") if kind == "html" else self.tr("JSON (*.json)")
        path = FileDialogs.save_path(self, self.tr("Save report"), suggested, filters)
        if not path:
            return
        report = self.report()
        redact = self.redact.isChecked()
        content = (
            to_html(report, QCoreApplication.translate, redact_public=redact)
            if kind == "html"
            else to_json(report, redact_public=redact)
        )
        try:
            save_text(path, content)
        except OSError as exc:
            ErrorDialog.show(
                self,
                self.tr("The report could not be saved to %s: %s") % (path, exc.strerror or exc),
            )
            return
        self.status.setText(self.tr("Saved to %s") % path)
