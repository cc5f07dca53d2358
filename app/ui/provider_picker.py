"""Find your provider in the directory as you type, with a way on whatever happens.

Why the list is never empty and never a dead end: the user who opens this
picker usually knows their provider's *name* and nothing else. An empty
search shows the providers of the user's own country (from the system
locale), or all of them, so there is something to click; a search that finds
nothing says so and offers the two other ways on (the server from the phone's
settings, or "I don't know"); a provider that publishes no server name says
why and offers the same two ways. The look-up itself is the directory's
(:meth:`Directory.find`: forgiving about spelling, and it finds nothing for
"my voip provider" rather than the wrong provider).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.pipeline.servers import provider_choices
from app.providers.database import Directory
from app.providers.lookup import MAX_QUERY
from app.providers.schema import COUNTRY_NAMES, Provider
from app.ui.widgets import hint_label, shown

MAX_COUNTRIES_SHOWN = 3  # "United States, Canada, United Kingdom +2" keeps a row on one line
ROWS_SHOWN = 6  # the list is as tall as its rows, up to this many (then it scrolls)


def system_country() -> str:
    """The user's country code from the system locale ("en_GB" -> "GB"), or ""."""
    parts = QLocale.system().name().split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def countries_text(provider: Provider) -> str:
    names = [COUNTRY_NAMES.get(c, c) for c in provider.countries]
    shown = ", ".join(names[:MAX_COUNTRIES_SHOWN])
    more = len(names) - MAX_COUNTRIES_SHOWN
    return f"{shown} +{more}" if more > 0 else shown


class ProviderPicker(QWidget):
    """A search field, the matching providers (name and countries) and what to do next.

    Signals: ``changed`` when the chosen provider (or the absence of one) may
    have changed; ``picked`` when the user selected one in the list;
    ``wants_typed`` / ``wants_public`` when the user takes one of the other ways on.
    """

    changed = Signal()
    picked = Signal()  # the user selected a provider in the list (mouse or keyboard)
    wants_typed = Signal()
    wants_public = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory: Directory | None = None
        self.country = system_country()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type your provider's name"))
        self.search.setAccessibleName(self.tr("Search for your phone service provider"))
        self.search.setMaxLength(MAX_QUERY)
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Phone service providers"))
        self.status = hint_label("")
        self.status.setAccessibleName(self.tr("About the search"))
        self.typed_button = QPushButton(self.tr("Enter the server from my phone's settings"))
        self.public_button = QPushButton(self.tr("I don't know"))
        self.public_button.setAccessibleName(self.tr("I don't know my provider's server"))
        self.typed_button.clicked.connect(self.wants_typed)
        self.public_button.clicked.connect(self.wants_public)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.typed_button)
        buttons.addWidget(self.public_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._show_hints(False)
        self.search.textChanged.connect(self.refresh)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        self.list.itemSelectionChanged.connect(self._maybe_picked)
        self.list.itemClicked.connect(lambda _: self.picked.emit())

    # --- what the page asks -------------------------------------------------------------

    def set_directory(self, directory: Directory | None) -> None:
        self.directory = directory
        self.refresh()

    def chosen(self) -> Provider | None:
        """The selected provider. Selected, not merely current: Qt makes the first row
        current when the list gets the focus by Tab, which is not a choice."""
        items = self.list.selectedItems()
        if not items or self.directory is None:
            return None
        item = items[0]
        return self.directory.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, provider_id: str) -> bool:
        """Show and select one provider (a remembered choice); False if it is not listed."""
        if self.directory is None:
            return False
        provider = self.directory.get(provider_id)
        if provider is None:
            return False
        self.search.setText(provider.name)  # refreshes the list; the best match is selected
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == provider.id:
                self.list.setCurrentRow(row)
                return True
        return False

    # --- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.list.clear()  # the selection goes with it; the status is set below
        directory = self.directory
        if directory is None:
            self.status.setText(self.tr("The list of providers could not be read."))
            self._show_hints(True)
            self._fit_height()
            self.changed.emit()
            return
        query = self.search.text().strip()
        if not query:
            providers = sorted(
                directory.in_country(self.country) or directory, key=lambda p: p.name.casefold()
            )
            self._fill(providers)
            self.status.setText(
                self.tr(
                    "Type your provider's name to search all %n providers we know.",
                    "",
                    len(directory),
                )
            )
            self._show_hints(False)
        elif matches := directory.find(query):
            self._fill([m.provider for m in matches])
            self.list.setCurrentRow(0)  # find() returns nothing when unsure, so the best is safe
        else:
            close = directory.suggest(query)
            self._fill(close)
            text = self.tr("We don't know a provider called “%s”.") % query
            if close:
                text += " " + self.tr("Is it one of these?")
            text += " " + self.tr(
                "Otherwise enter the server from your phone's settings, or choose “I don't know”."
            )
            self.status.setText(text)
            self._show_hints(True)
        self._fit_height()
        self.changed.emit()

    def _fit_height(self) -> None:
        """As tall as the rows shown (one match is one line, not an empty box); hidden
        when there are none, since the status line then says what to do."""
        rows = min(self.list.count(), ROWS_SHOWN)
        self.list.setVisible(rows > 0)
        if rows:
            row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height())
            self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 2)

    def _fill(self, providers: list[Provider]) -> None:
        for provider in providers:
            item = QListWidgetItem(f"{provider.name} — {countries_text(provider)}")
            item.setData(Qt.ItemDataRole.UserRole, provider.id)
            self.list.addItem(item)

    def _maybe_picked(self) -> None:
        if self.list.hasFocus() and self.chosen() is not None:
            self.picked.emit()  # the user moved through the list with the keyboard

    def _on_selection_changed(self) -> None:
        provider = self.chosen()
        if provider is None:
            return
        if provider_choices(provider):
            self.status.setText("")  # the page says what will be contacted
            self.status.hide()
            self._show_hints(False)
        else:
            reason = provider.no_server_reason or self.tr("It publishes no server name.")
            self.status.setText(
                self.tr("%s: %s Enter the server from your phone's settings instead.")
                % (shown(provider.name), shown(reason, 400))  # a long word must still wrap
            )
            self._show_hints(True)
        self.changed.emit()

    def _show_hints(self, ways_on: bool) -> None:
        """The status line when it has something to say; the two other ways on when
        this picker is a dead end (nothing found, no server, no directory)."""
        self.status.setVisible(bool(self.status.text()))
        self.typed_button.setVisible(ways_on)
        self.public_button.setVisible(ways_on)
