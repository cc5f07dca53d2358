"""Your setup: which server to test against (provider mode or a reflector)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QLabel, QLineEdit, QRadioButton

from app.core.model import Mode
from app.pipeline.servers import parse_choice
from app.probes.target import MAX_TYPED, TargetError
from app.ui.pages.base import Page
from app.ui.widgets import hint_label


class SetupPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Which server should we test against?"))
        self.setSubTitle(self.tr("The test calls go to this server and back."))
        layout = self.scrolling_body()
        self.provider = QRadioButton(self.tr("My VoIP provider's server"))
        self.provider.setAccessibleName(self.tr("Test against my VoIP provider's server"))
        self.sip_server = QLineEdit()
        self.sip_server.setPlaceholderText(self.tr("e.g. sip.myprovider.com"))
        self.sip_server.setAccessibleName(self.tr("VoIP provider's SIP server"))
        self.sip_server.setMaxLength(MAX_TYPED)
        provider_hint = hint_label(
            self.tr(
                "The 'SIP server', 'registrar' or 'proxy' in your phone's account settings. Any "
                "standard SIP server works; the result is a little less certain than with a "
                "test server."
            )
        )
        self.reflector_choice = QRadioButton(self.tr("A SIP ALG Doctor test server"))
        self.reflector_choice.setAccessibleName(
            self.tr("Test against a SIP ALG Doctor test server")
        )
        self.reflector = QLineEdit()
        self.reflector.setPlaceholderText(self.tr("e.g. reflector.myprovider.com"))
        self.reflector.setAccessibleName(self.tr("Test server address"))
        self.reflector.setMaxLength(MAX_TYPED)
        reflector_hint = hint_label(
            self.tr(
                "Your provider may run one for you. It sees exactly what your router changes, "
                "in both directions."
            )
        )
        self.group = QButtonGroup(self)
        self.group.addButton(self.provider)
        self.group.addButton(self.reflector_choice)
        self.lifetime = QCheckBox(
            self.tr(
                "Also measure how long my router keeps idle phone "
                "connections open (adds a few minutes)"
            )
        )
        self.lifetime.setAccessibleName(self.tr("Measure connection lifetime"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("error")
        self.error.setAccessibleName(self.tr("Problem with the address"))
        self.error.hide()
        for w in (
            self.provider,
            self.sip_server,
            provider_hint,
            self.reflector_choice,
            self.reflector,
            reflector_hint,
        ):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addWidget(self.lifetime)
        layout.addWidget(self.error)
        layout.addStretch(1)
        for edit in (self.sip_server, self.reflector):
            edit.textChanged.connect(self._on_edited)
        self.provider.toggled.connect(self._on_edited)
        self.sip_server.textEdited.connect(lambda _: self.provider.setChecked(True))
        self.reflector.textEdited.connect(lambda _: self.reflector_choice.setChecked(True))

    def initializePage(self) -> None:
        wiz = self.doctor()
        s = wiz.settings
        if not self.sip_server.text():
            self.sip_server.setText(wiz.remembered("sip_server"))
        if not self.reflector.text():
            self.reflector.setText(wiz.remembered("reflector"))
        guess = Mode.REFLECTOR if self.reflector.text() and not self.sip_server.text() else None
        mode = s.value("mode", (guess or Mode.PROVIDER).value)
        (self.reflector_choice if mode == Mode.REFLECTOR.value else self.provider).setChecked(True)

    def _on_edited(self) -> None:
        self.error.hide()
        self.completeChanged.emit()

    def current(self) -> tuple[Mode, str]:
        if self.reflector_choice.isChecked():
            return Mode.REFLECTOR, self.reflector.text()
        return Mode.PROVIDER, self.sip_server.text()

    def isComplete(self) -> bool:
        return bool(self.current()[1].strip())

    def validatePage(self) -> bool:
        mode, text = self.current()
        try:
            choice = parse_choice(text)
        except TargetError as exc:
            self.error.setText(self.tr("Please check the address: %s") % exc)
            self.error.show()
            (self.reflector if mode is Mode.REFLECTOR else self.sip_server).setFocus()
            return False
        wiz = self.doctor()
        wiz.state.mode, wiz.state.servers = mode, (choice,)
        wiz.state.lifetime = self.lifetime.isChecked()
        wiz.settings.setValue("mode", mode.value)
        wiz.settings.setValue("sip_server", self.sip_server.text().strip())
        wiz.settings.setValue("reflector", self.reflector.text().strip())
        return True
