"""Your router: what we identified (with the evidence), and a picker with a way on.

The picker (:mod:`app.ui.router_picker`) always has a choice: the detected
router, or "Not listed / I don't know" (the generic guide) when we could not
tell or a search finds nothing.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt

from app.guides.database import bundled
from app.guides.schema import Family
from app.ui.pages.base import Page
from app.ui.router_picker import GENERIC_ID, RouterPicker
from app.ui.widgets import shown, wrap_label


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
        self.picker = RouterPicker(bundled)  # read when the page is first shown
        self.search = self.picker.search
        self.list = self.picker.list
        layout.addWidget(self.identified)
        layout.addWidget(self.picker, 1)
        self.picker.changed.connect(self.completeChanged)
        self.picker.picked.connect(lambda: self.doctor().next())

    def initializePage(self) -> None:
        state = self.doctor().state
        router = state.first.router if state.first else None
        match = router.match if router else None
        if match is not None:
            # Brand, model and evidence quote what the LAN sent (UPnP descriptions, web
            # page titles): escaped, or a device could put links and images here.
            model = shown(router.model) if router and router.model else ""
            if match.family.id == GENERIC_ID:
                # recognised (an Orbi, say) but with no guide of its own: say so rather
                # than "your router is a Generic / unknown router"
                lines = [
                    self.tr(
                        "We recognised your router (<b>%s</b>), but there is no guide for "
                        "it yet, so “Not listed / I don't know” is chosen: its "
                        "steps work on any router."
                    )
                    % html.escape(model or self.tr("see below"))
                ]
            else:
                name = html.escape(f"{match.family.brand} {model}".strip())
                lines = [self.tr("We think your router is a <b>%s</b>.") % name]
            lines.append(self.tr("How we know:"))
            lines += [f"• {html.escape(shown(e, 200))}" for e in match.evidence]
            lines.append(self.tr("If that is wrong, search for yours below."))
            self.identified.setTextFormat(Qt.TextFormat.RichText)
            self.identified.setText("<br>".join(lines))
        else:
            self.identified.setTextFormat(Qt.TextFormat.PlainText)
            self.identified.setText(
                self.tr(
                    "We could not tell which router you have. Search for it below, "
                    "or go on with “Not listed / I don't know”: its steps work "
                    "on any router."
                )
            )
        earlier = state.family.id if state.family is not None else None
        self.picker.show_all(match.family.id if match is not None else None, earlier)
        self.search.setFocus()  # type to search straight away

    def chosen(self) -> Family | None:
        return self.picker.chosen()

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def validatePage(self) -> bool:
        self.doctor().state.family = self.chosen()
        return True
