"""Your router: what we identified (with the evidence), or a searchable picker."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from app.guides.database import bundled
from app.guides.lookup import MAX_QUERY, find
from app.guides.schema import Family
from app.ui.pages.base import Page
from app.ui.widgets import wrap_label

_ROLE = Qt.ItemDataRole.UserRole


class RouterPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your router"))
        self.setSubTitle(
            self.tr("Pick the router (or firewall) that connects you to the internet.")
        )
        layout = self.scrolling_body()
        self.identified = wrap_label("", selectable=True)
        self.identified.setAccessibleName(self.tr("Identified router"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a brand or model, e.g. TP-Link Archer"))
        self.search.setAccessibleName(self.tr("Search for your router"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_QUERY)  # search() reads no further
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routers"))
        layout.addWidget(self.identified)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.itemActivated.connect(lambda _: self.doctor().next())

    def initializePage(self) -> None:
        state = self.doctor().state
        router = state.first.router if state.first else None
        match = router.match if router else None
        if match is not None:
            # Brand, model and evidence quote what the LAN sent (UPnP descriptions, web
            # page titles): escaped, or a device could put links and images here.
            model = f" {router.model}" if router and router.model else ""
            name = html.escape(f"{match.family.brand}{model}")
            lines = [
                self.tr("We think your router is a <b>%s</b>.") % name,
                self.tr("How we know:"),
            ]
            lines += [f"• {html.escape(e)}" for e in match.evidence]
            lines.append(self.tr("If that is wrong, search for yours below."))
            self.identified.setTextFormat(Qt.TextFormat.RichText)
            self.identified.setText("<br>".join(lines))
        else:
            self.identified.setText(
                self.tr(
                    "We could not tell which router you have. Search "
                    "for it below, or pick 'Generic / unknown router'."
                )
            )
        self._fill(self.search.text())
        if match is not None and not self.search.text():
            self._select(match.family.id)

    def _on_search_text_changed(self, text: str) -> None:
        self._fill(text)

    def _fill(self, text: str) -> None:
        db = bundled()
        families = (
            list(find(db, text, limit=50).choices)  # ends with the generic guide
            if text.strip()
            else sorted(db.families(), key=lambda f: (f.brand.lower(), f.name))
        )
        self.list.clear()
        for fam in families:
            item = QListWidgetItem(fam.label)
            item.setData(_ROLE, fam.id)
            self.list.addItem(item)
        if self.list.count() and text.strip():
            self.list.setCurrentRow(0)
        self.completeChanged.emit()

    def _select(self, guide_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ROLE) == guide_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                return

    def chosen(self) -> Family | None:
        item = self.list.currentItem()
        return None if item is None else bundled().family(str(item.data(_ROLE)))

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def validatePage(self) -> bool:
        self.doctor().state.family = self.chosen()
        return True
