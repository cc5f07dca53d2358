"""Fix it: the guide's steps, numbered, with copy buttons and the warnings that matter.

Three things help a user who has never opened their router's settings: a
button that opens the router's own web page (the gateway the test found),
addresses in the steps that can be clicked or copied, and only the version
of the steps that fits their router in view (the others folded away).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.core.addresses import is_lan_address, parse_ip
from app.guides.render import RenderedStep, RenderedVariant, render
from app.guides.schema import Family
from app.pipeline.diagnose import Outcome
from app.ui.fold import Fold
from app.ui.jargon import WhatsThis, shown_texts
from app.ui.pages.base import Page
from app.ui.variants import fitting_first
from app.ui.widgets import CopyBlock, Notice, hint_label, no_mnemonic, shown, wrap_label
from app.ui.words import firewall_advice

# http(s) addresses in a step's text; "http://<router>/" (a placeholder) is not one
_URL = re.compile(r"https?://[^\s<>\"')]+")


def router_url(outcome: Outcome | None) -> str | None:
    """The detected gateway's web page (``http://IP/``), or None when none was found.

    Only a local-network IP literal is used: the gateway comes from the OS's
    routing table, and a public address there is the internet provider's
    router (a computer plugged straight into a modem), not the user's own.
    """
    router = outcome.router if outcome is not None else None
    gateway = router.gateway if router is not None else None
    ip = parse_ip(gateway.ip) if gateway is not None else None
    if ip is None or not is_lan_address(ip):
        return None
    return f"http://[{ip}]/" if ":" in ip else f"http://{ip}/"


def linked(text: str) -> str:
    """``text`` as HTML, escaped, with its http(s) addresses as links."""
    out: list[str] = []
    end = 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:")
        out.append(html.escape(text[end : m.start()]))
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        end = m.start() + len(url)
    out.append(html.escape(text[end:]))
    return "".join(out)


def _model_for(family: Family, outcome: Outcome | None) -> str | None:
    """The detected model, when the router found is of this guide's brand."""
    router = outcome.router if outcome is not None else None
    if router is None or router.match is None or router.match.family.brand != family.brand:
        return None
    return router.model


class FixItPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Switch the SIP ALG off"))
        self.setButtonText(
            QWizard.WizardButton.NextButton, self.tr("I've &switched it off — test again")
        )
        self.body = self.scrolling_body()
        self.content: QWidget | None = None
        self.jargon: WhatsThis | None = None
        self.open_button: QPushButton | None = None
        self.url: str | None = None
        # how a web address reaches the browser; tests put a recorder here
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.variant_boxes: list[QWidget] = []  # in the order shown, the fitting one first
        self.fitting = False  # the first variant fits the detected model

    def initializePage(self) -> None:
        fam = self.doctor().state.family
        assert fam is not None
        guide = render(fam)
        tr = QCoreApplication.translate
        self.setSubTitle(guide.title)
        if self.content is not None:
            self.content.deleteLater()
        self.content = QWidget()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        first = self.doctor().state.first
        top_row = self._router_button(layout, first)
        layout.addWidget(wrap_label(guide.summary, selectable=True))
        firewall = firewall_advice(first) if first is not None else None
        if firewall is not None:  # a blocked port: an ALG or a firewall rule
            layout.addWidget(Notice(firewall, "warning", self))
        for w in guide.warnings:
            layout.addWidget(
                Notice(w.render(tr) if hasattr(w, "render") else str(w), "warning", self)
            )
        facts = "".join(
            f"<b>{html.escape(label.render(tr))}:</b> {html.escape(value)}<br>"
            for label, value in guide.facts
        )
        layout.addWidget(wrap_label(facts, rich=True))
        self._variants(layout, guide.variants, _model_for(fam, first))
        if guide.verify:
            box = QGroupBox(self.tr("Check that it is off"))
            self._steps(QVBoxLayout(box), guide.verify)
            layout.addWidget(box)
        if guide.related:
            box = QGroupBox(self.tr("Also worth changing"))
            inner = QVBoxLayout(box)
            for setting, advice in guide.related:
                inner.addWidget(
                    wrap_label(f"<b>{html.escape(setting)}:</b> {html.escape(advice)}", rich=True)
                )
            layout.addWidget(box)
        if guide.workarounds:
            box = QGroupBox(guide.workarounds_heading.render(tr))
            inner = QVBoxLayout(box)
            for w in guide.workarounds:
                inner.addWidget(wrap_label(f"• {w}", selectable=True))
            layout.addWidget(box)
        if fam.notes:
            layout.addWidget(wrap_label(fam.notes, selectable=True))
        sources = "".join(
            f'<li><a href="{html.escape(url)}">{html.escape(title)}</a> ({html.escape(kind)})</li>'
            for title, url, kind in guide.sources
        )
        layout.addWidget(wrap_label(f"<b>{self.tr('Sources')}</b><ul>{sources}</ul>", rich=True))
        layout.addWidget(
            wrap_label(
                self.tr(
                    "When you have changed the setting and restarted the router, press "
                    "\u201cI've switched it off — test again\u201d."
                )
            )
        )
        # one "What's this?" at the top for the protocol words of the guide (and title)
        self.jargon = WhatsThis((), self.content)
        self.jargon.setAccessibleName(self.tr("What's this? The words on this page explained"))
        top_row.addWidget(self.jargon, 0, Qt.AlignmentFlag.AlignTop)
        self.jargon.explain(self.title(), *shown_texts(self.content))
        self.body.addWidget(self.content)

    def _router_button(self, layout: QVBoxLayout, first: Outcome | None) -> QHBoxLayout:
        """ "Open my router's settings", when the test found the gateway's address.

        Returns the row it is on ("What's this?" goes at its end)."""
        self.url = router_url(first)
        self.open_button = None
        row = QHBoxLayout()
        layout.addLayout(row)
        if self.url is None:
            row.addWidget(
                hint_label(
                    self.tr(
                        "We could not find your router's address. It is usually printed on "
                        "a label on the router, next to its password."
                    )
                ),
                1,
            )
            return row
        self.open_button = QPushButton(self.tr("&Open my router's settings"))
        self.open_button.setAccessibleName(self.tr("Open my router's settings"))
        url = self.url
        self.open_button.clicked.connect(lambda: self._open(url))
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        hint = hint_label(
            self.tr("Opens %s in your browser, the address of your router's own settings pages.")
            % url
        )
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(hint)
        return row

    def _open(self, url: str) -> None:
        qurl = QUrl(url)
        if qurl.scheme() in ("http", "https"):  # a step's text is data; open nothing else
            self.open_url(qurl)

    def _variants(
        self, layout: QVBoxLayout, variants: tuple[RenderedVariant, ...], model: str | None
    ) -> None:
        """The version of the steps that fits the router first; the others folded.

        Titles say only the version's name: a group box or tool button does not
        wrap its title, and the long "applies to" lines pushed the steps off
        the side of the page. The "applies to" line goes inside, wrapped.
        """
        ordered, self.fitting = fitting_first(variants, model)
        self.variant_boxes = []
        if len(ordered) == 1 or self.fitting:
            title = (
                # the model is the router's own (UPnP) text: cut, and its "&" kept literal
                self.tr("Steps for your %s") % no_mnemonic(shown(model))
                if self.fitting and model
                else ordered[0].name
            )
            box = QGroupBox(title)
            box.setAccessibleName(title)
            inner = QVBoxLayout(box)
            if self.fitting:
                inner.addWidget(hint_label(_variant_title(ordered[0])))
            elif ordered[0].applies_to:
                inner.addWidget(hint_label(ordered[0].applies_to))
            self._steps(inner, ordered[0].steps)
            layout.addWidget(box)
            self.variant_boxes.append(box)
            if len(ordered) == 1:
                return
            layout.addWidget(
                wrap_label(self.tr("If your router's pages look different, try these:"))
            )
            rest = ordered[1:]
        else:
            layout.addWidget(
                wrap_label(
                    self.tr(
                        "These steps come in %n versions, for different looks of the settings "
                        "pages. Open the one that matches what you see.",
                        "",
                        len(ordered),
                    )
                )
            )
            rest = ordered
        for i, variant in enumerate(rest):
            fold = Fold(variant.name, opened=not self.fitting and i == 0)
            if variant.applies_to:
                fold.inner.addWidget(hint_label(variant.applies_to))
            self._steps(fold.inner, variant.steps)
            layout.addWidget(fold)
            self.variant_boxes.append(fold)

    def _steps(self, layout: QVBoxLayout, steps: tuple[RenderedStep, ...]) -> None:
        for st in steps:
            text = f"<b>{st.number}.</b> {linked(st.text)}"
            if st.menu:
                text += f"<br>&nbsp;&nbsp;&nbsp;<i>{html.escape(st.menu)}</i>"
            label = wrap_label(text, rich=True)
            self._selectable_with_links(label)
            layout.addWidget(label)
            if st.command:
                layout.addWidget(CopyBlock(st.command))

    def _selectable_with_links(self, label: QLabel) -> None:
        """Addresses in a step can be selected and copied, and links open (through
        ``open_url``, so a test sees what would have opened)."""
        label.setOpenExternalLinks(False)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(self._open)


def _variant_title(variant: RenderedVariant) -> str:
    return variant.name + (f" — {variant.applies_to}" if variant.applies_to else "")
