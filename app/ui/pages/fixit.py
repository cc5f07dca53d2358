"""Fix it: the guide's steps, numbered, with copy buttons and the warnings that matter."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.guides.render import RenderedStep, render
from app.ui.pages.base import Page
from app.ui.widgets import CopyBlock, Notice, wrap_label
from app.ui.words import firewall_advice


class FixItPage(Page):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Switch the SIP ALG off"))
        self.body = self.scrolling_body()
        self.content: QWidget | None = None

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
        layout.addWidget(wrap_label(guide.summary, selectable=True))
        first = self.doctor().state.first
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
        for variant in guide.variants:
            title = variant.name + (f" — {variant.applies_to}" if variant.applies_to else "")
            box = QGroupBox(title)
            box.setAccessibleName(title)
            inner = QVBoxLayout(box)
            self._steps(inner, variant.steps)
            layout.addWidget(box)
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
                    "When you have changed the setting and restarted "
                    "the router, press Next to test again."
                )
            )
        )
        self.body.addWidget(self.content)

    def _steps(self, layout: QVBoxLayout, steps: tuple[RenderedStep, ...]) -> None:
        for st in steps:
            text = f"<b>{st.number}.</b> {html.escape(st.text)}"
            if st.menu:
                text += f"<br>&nbsp;&nbsp;&nbsp;<i>{html.escape(st.menu)}</i>"
            layout.addWidget(wrap_label(text, rich=True))
            if st.command:
                layout.addWidget(CopyBlock(st.command))
