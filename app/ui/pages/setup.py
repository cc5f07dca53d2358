"""Who provides your phone service: the server to test against, chosen without typing.

The page opens with a usable choice already selected, so Next works on the
first view (most people whose calls break cannot name a "SIP server"):

1. the build's preset (a provider's branded copy, ``resources/defaults.toml``);
2. otherwise the user's choice from last time (QSettings);
3. otherwise "I don't know": the public SIP services of the directory.

The ways, one radio button each, in this order: the preset (only when the
build has one), a provider from the directory (:class:`ProviderPicker`), the
server from the phone's settings (typed), "I don't know", and, folded under
"Advanced", a SIP ALG Doctor test server for providers' support staff. One
plain sentence under them says what will be contacted for the current choice.
Each way becomes ``(Mode, servers)`` for :class:`WizardState`; the pipeline
tries the servers in order until one answers.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Mode
from app.pipeline.servers import (
    ServerChoice,
    describe_choices,
    parse_choice,
    preset_choices,
    provider_choices,
    public_choices,
)
from app.probes.target import MAX_TYPED, TargetError
from app.providers.database import Directory
from app.ui.call_option import CallOption
from app.ui.jargon import WhatsThis
from app.ui.pages.base import Page
from app.ui.provider_picker import ProviderPicker
from app.ui.widgets import error_label, hint_label, wrap_label


class Way(StrEnum):
    """How the user chose the server (also the value remembered in the settings)."""

    PRESET = "preset"
    PROVIDER = "provider"
    TYPED = "typed"
    PUBLIC = "public"
    REFLECTOR = "reflector"


def _indented(*widgets: QWidget) -> QWidget:
    """Widgets that belong to the radio button above them, indented under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(24, 0, 0, 6)
    for w in widgets:
        layout.addWidget(w)
    return box


class SetupPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Who provides your phone service?"))
        self.setSubTitle(
            self.tr(
                "The test messages go to this server and back. Not sure? “I don't know” works too."
            )
        )
        layout = self.scrolling_body()
        self.directory: Directory | None = None
        self.preset: tuple[Mode, tuple[ServerChoice, ...]] | None = None
        self._initialised = False

        # (a) the build's preset
        self.preset_choice = QRadioButton()
        self.preset_choice.setAccessibleName(self.tr("Test against your provider's test server"))
        # (b) a provider from the directory
        self.provider = QRadioButton(self.tr("My provider is:"))
        self.provider.setAccessibleName(self.tr("Choose my provider from the list"))
        self.picker = ProviderPicker()
        # (c) the server in the phone's settings
        self.typed = QRadioButton(self.tr("The server in my phone's settings:"))
        self.typed.setAccessibleName(self.tr("Test against the server in my phone's settings"))
        self.sip_server = QLineEdit()
        self.sip_server.setPlaceholderText(self.tr("e.g. sip.myprovider.com"))
        self.sip_server.setAccessibleName(self.tr("SIP server from my phone's settings"))
        self.sip_server.setMaxLength(MAX_TYPED)
        self.error = error_label()
        self.error.setAccessibleName(self.tr("Problem with the address"))
        typed_hint = hint_label(
            self.tr(
                "The 'SIP server', 'domain', 'registrar' or 'proxy' in your phone's or "
                "adapter's account settings."
            )
        )
        # (d) I don't know
        self.public = QRadioButton(self.tr("I don't know"))
        self.public.setAccessibleName(self.tr("I don't know my provider's server"))
        self.public_hint = hint_label("")
        # (e) advanced: a SIP ALG Doctor test server
        self.advanced = QToolButton()
        self.advanced.setText(self.tr("Advanced: a SIP ALG Doctor test server"))
        self.advanced.setAccessibleName(self.tr("Show the test server option"))
        self.advanced.setCheckable(True)
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced.setAutoRaise(True)
        self.reflector_choice = QRadioButton(self.tr("A SIP ALG Doctor test server:"))
        self.reflector_choice.setAccessibleName(
            self.tr("Test against a SIP ALG Doctor test server")
        )
        self.reflector = QLineEdit()
        self.reflector.setPlaceholderText(self.tr("e.g. reflector.myprovider.com"))
        self.reflector.setAccessibleName(self.tr("Test server address"))
        self.reflector.setMaxLength(MAX_TYPED)
        self.reflector_error = error_label()
        self.reflector_error.setAccessibleName(self.tr("Problem with the test server address"))
        reflector_hint = hint_label(
            self.tr(
                "Your provider's support may give you one. It sees exactly what your router "
                "changes, in both directions."
            )
        )
        self.advanced_box = _indented(
            self.reflector_choice, self.reflector, self.reflector_error, reflector_hint
        )
        self.advanced_box.hide()

        self.lifetime = QCheckBox(
            self.tr(
                "Also measure how long my router keeps idle phone "
                "connections open (adds a few minutes)"
            )
        )
        self.lifetime.setAccessibleName(self.tr("Measure connection lifetime"))
        self.call_option = CallOption()
        self.contacted = wrap_label("")
        self.contacted.setAccessibleName(self.tr("What will be contacted"))

        self.radios = {
            Way.PRESET: self.preset_choice,
            Way.PROVIDER: self.provider,
            Way.TYPED: self.typed,
            Way.PUBLIC: self.public,
            Way.REFLECTOR: self.reflector_choice,
        }
        self.group = QButtonGroup(self)
        for radio in self.radios.values():
            self.group.addButton(radio)
        for w in (
            self.preset_choice,
            self.provider,
            _indented(self.picker),
            self.typed,
            _indented(self.sip_server, self.error, typed_hint),
            self.public,
            _indented(self.public_hint),
            self.advanced,
            self.advanced_box,
        ):
            layout.addWidget(w)
        layout.addSpacing(8)
        layout.addWidget(self.lifetime)
        layout.addWidget(self.call_option)
        layout.addStretch(1)
        # Under the scrolling part, so it is on screen whatever the window size.
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        self.contacted.setContentsMargins(9, 6, 9, 0)
        # explains the protocol words the page shows (the server hints, this sentence)
        self.jargon = WhatsThis(())
        self.jargon.setAccessibleName(self.tr("What's this? The words on this page explained"))
        contacted_row = QHBoxLayout()
        contacted_row.addWidget(self.contacted, 1)
        contacted_row.addWidget(self.jargon, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(contacted_row)
        self.preset_choice.hide()

        self.group.buttonToggled.connect(lambda *_: self._on_changed())
        self.picker.changed.connect(self._on_changed)
        self.picker.search.textEdited.connect(lambda _: self.provider.setChecked(True))
        self.picker.picked.connect(lambda: self.provider.setChecked(True))
        self.picker.wants_typed.connect(lambda: self.choose(Way.TYPED))
        self.picker.wants_public.connect(lambda: self.choose(Way.PUBLIC))
        self.sip_server.textEdited.connect(lambda _: self.typed.setChecked(True))
        self.reflector.textEdited.connect(lambda _: self.reflector_choice.setChecked(True))
        for edit in (self.sip_server, self.reflector):
            edit.textChanged.connect(self._on_changed)
        self.advanced.toggled.connect(self._on_advanced_toggled)

    # --- first view ----------------------------------------------------------------------

    def initializePage(self) -> None:
        if self._initialised:  # Back and Next again: keep what the user set
            self._update_call_option()  # the symptoms may have changed meanwhile
            return
        self._initialised = True
        wiz = self.doctor()
        self.directory = wiz.provider_directory()
        self.picker.set_directory(self.directory)
        self.preset = preset_choices(wiz.defaults)
        if self.preset is not None:
            mode, choices = self.preset
            name = describe_choices(choices)
            self.preset_choice.setText(
                self.tr("Your provider's test server (%s)") % name
                if mode is Mode.REFLECTOR
                else self.tr("Your provider's server (%s)") % name
            )
            self.preset_choice.show()
        public = self.directory.public if self.directory is not None else None
        self.public.setVisible(public is not None)
        if public is not None:
            cannot = "\n".join(f"• {line}" for line in public.cannot_check)
            self.public_hint.setText(self.tr("What this cannot check:") + "\n" + cannot)
        self.sip_server.setText(wiz.remembered("sip_server"))
        self.reflector.setText(wiz.remembered("reflector"))
        self.choose(self._first_way())

    def _first_way(self) -> Way:
        """The preset, else last time's choice if it still works, else "I don't know"."""
        if self.preset is not None:
            return Way.PRESET
        settings = self.doctor().settings
        saved = settings.value("choice")
        if not isinstance(saved, str) or saved not in set(Way):
            legacy = settings.value("mode")  # before this page had more than two ways
            saved = Way.REFLECTOR if legacy == Mode.REFLECTOR.value else Way.TYPED
        way = Way(saved)
        if way is Way.PROVIDER:
            self.picker.select(self.doctor().remembered("provider"))
        if way is not Way.PRESET and self._usable(way):
            return way
        return Way.PUBLIC if self._usable(Way.PUBLIC) else Way.PROVIDER

    # --- the choice ----------------------------------------------------------------------

    def choose(self, way: Way) -> None:
        self.radios[way].setChecked(True)
        if way is Way.REFLECTOR:
            self.advanced.setChecked(True)
        field = {Way.TYPED: self.sip_server, Way.REFLECTOR: self.reflector}.get(way)
        if field is not None and self.isVisible():
            field.setFocus()
        self._on_changed()

    def way(self) -> Way:
        return next((w for w, radio in self.radios.items() if radio.isChecked()), Way.PROVIDER)

    def choices(self, way: Way | None = None) -> tuple[Mode, tuple[ServerChoice, ...]]:
        """The servers for a way, in order; raises TargetError for a typed address."""
        way = self.way() if way is None else way
        if way is Way.PRESET:
            return self.preset or (Mode.PROVIDER, ())
        if way is Way.PROVIDER:
            provider = self.picker.chosen()
            return Mode.PROVIDER, provider_choices(provider) if provider is not None else ()
        if way is Way.PUBLIC:
            public = self.directory.public if self.directory is not None else None
            return Mode.PROVIDER, public_choices(public) if public is not None else ()
        if way is Way.TYPED:
            return Mode.PROVIDER, (parse_choice(self.sip_server.text()),)
        return Mode.REFLECTOR, (parse_choice(self.reflector.text()),)

    def _usable(self, way: Way) -> bool:
        if way is Way.TYPED:
            return bool(self.sip_server.text().strip())
        if way is Way.REFLECTOR:
            return bool(self.reflector.text().strip())
        return bool(self.choices(way)[1])

    def isComplete(self) -> bool:
        return self._usable(self.way())

    def _on_changed(self) -> None:
        self.error.hide()
        self.reflector_error.hide()
        self.public_hint.setVisible(self.public.isChecked())
        self.contacted.setText(self.contacted_sentence())
        self.jargon.explain_widgets(self)
        self._update_call_option()
        self.completeChanged.emit()

    def _update_call_option(self) -> None:
        """Offered for a reflector only (test calls need one); see app/ui/call_option.py."""
        way = self.way()
        reflector = way is Way.REFLECTOR or (
            way is Way.PRESET and self.preset is not None and self.preset[0] is Mode.REFLECTOR
        )
        wizard = self.wizard()
        symptoms = self.doctor().state.symptoms if wizard is not None else []
        self.call_option.update_for(reflector, symptoms)

    def _on_advanced_toggled(self, shown: bool) -> None:
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.advanced_box.setVisible(shown)
        self.jargon.explain_widgets(self)

    def contacted_sentence(self) -> str:
        """One plain sentence: who gets our packets if the user presses Next now."""
        way = self.way()
        harmless = self.tr("We will send a few harmless test messages (SIP OPTIONS) to %s.")
        calls = self.tr(
            "We will send a few test calls to the SIP ALG Doctor test server %s, which "
            "sends back exactly what arrived."
        )
        if way is Way.PRESET and self.preset is not None:
            mode, choices = self.preset
            return (calls if mode is Mode.REFLECTOR else harmless) % describe_choices(choices)
        if way is Way.PROVIDER:
            provider = self.picker.chosen()
            if provider is None:
                return self.tr("Choose your provider in the list, or one of the other ways.")
            servers = provider_choices(provider)
            if not servers:
                return self.tr(
                    "%s publishes no server we can test. Enter the server from your phone's "
                    "settings, or choose “I don't know”."
                ) % (provider.name)
            return harmless % (self.tr("%s's server %s") % (provider.name, servers[0]))
        if way is Way.PUBLIC:
            _, servers = self.choices(Way.PUBLIC)
            first = servers[0].host if servers else ""
            return self.tr(
                "We will send a few harmless test messages (SIP OPTIONS) to public SIP "
                "services such as %s, one after the other until one answers."
            ) % (first)
        if way is Way.TYPED:
            text = self.sip_server.text().strip()
            if not text:
                return self.tr("Enter the server from your phone's settings.")
            return harmless % text
        text = self.reflector.text().strip()
        return calls % text if text else self.tr("Enter the test server's address.")

    # --- Next ----------------------------------------------------------------------------

    def validatePage(self) -> bool:
        way = self.way()
        try:
            mode, servers = self.choices(way)
        except TargetError as exc:
            error, field = (
                (self.reflector_error, self.reflector)
                if way is Way.REFLECTOR
                else (self.error, self.sip_server)
            )
            error.setText(self.tr("Please check the address: %s") % exc)
            error.show()
            field.setFocus()
            return False
        if not servers:
            return False
        wiz = self.doctor()
        wiz.state.mode, wiz.state.servers = mode, servers
        wiz.state.lifetime = self.lifetime.isChecked()
        wiz.state.test_call = self.call_option.chosen()
        settings = wiz.settings
        settings.setValue("choice", way.value)
        settings.setValue("mode", mode.value)
        provider = self.picker.chosen()
        if way is Way.PROVIDER and provider is not None:
            settings.setValue("provider", provider.id)
        settings.setValue("sip_server", self.sip_server.text().strip())
        settings.setValue("reflector", self.reflector.text().strip())
        return True
