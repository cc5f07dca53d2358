"""Report: save HTML or JSON, copy a summary for a support ticket, hide the public IP."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton

from app.report.bundle import Report, summary, to_html, to_json
from app.report.save import save_text
from app.ui.dialogs import ErrorDialog, FileDialogs
from app.ui.pages.base import Page
from app.ui.widgets import wrap_label
from app.ui.words import server_sentence


class ReportPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your report"))
        self.setSubTitle(self.tr("Keep it, or send it to your VoIP provider's support."))
        layout = self.scrolling_body()
        self.server = wrap_label("", selectable=True)  # plain text: names come from the network
        self.server.setAccessibleName(self.tr("The server tested"))
        layout.addWidget(self.server)
        layout.addWidget(wrap_label(self.tr("Summary for a support request:")))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Report summary"))
        self.redact = QCheckBox(self.tr("Hide my public IP address in the report"))
        self.redact.setAccessibleName(self.tr("Hide my public IP address"))
        self.redact.toggled.connect(self._refresh)
        self.copy = QPushButton(self.tr("&Copy summary"))
        self.save_html = QPushButton(self.tr("Save &HTML report…"))
        self.save_json = QPushButton(self.tr("Save &JSON report…"))
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.copy.clicked.connect(self._on_copy_clicked)
        self.save_html.clicked.connect(lambda: self._save("html"))
        self.save_json.clicked.connect(lambda: self._save("json"))
        row = QHBoxLayout()
        for b in (self.copy, self.save_html, self.save_json):
            row.addWidget(b)
        row.addStretch(1)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.redact)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        latest = self.doctor().state.latest
        if latest is not None:
            self.server.setText(server_sentence(latest))
        self.redact.setChecked(self.doctor().settings.value("redact", "false") == "true")
        self._refresh()

    def report(self) -> Report:
        state = self.doctor().state
        assert state.latest is not None
        before = state.first if state.after is not None else None
        return Report(state.latest, before, datetime.now(UTC))

    def _refresh(self) -> None:
        self.doctor().settings.setValue("redact", "true" if self.redact.isChecked() else "false")
        self.text.setPlainText(
            summary(
                self.report(), QCoreApplication.translate, redact_public=self.redact.isChecked()
            )
        )

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.status.setText(self.tr("Copied. Paste it into your support request."))

    def _save(self, kind: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"sip-alg-report-{stamp}.{kind}")
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
