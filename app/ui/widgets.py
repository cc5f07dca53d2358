"""Small widgets the pages share: copyable command blocks, the evidence diff, notices.

Colours come from the palette (or are chosen by its lightness), so the wizard
follows the system's light or dark appearance instead of painting its own.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the Welcome page uses these widgets before the core is loaded
    from app.core.model import PathChange

# Network text is cut to this many characters on screen (reports keep it whole): a
# router or server can send a 10,000-character name, and a label does not wrap
# inside a word, so one such value pushed the page far wider than the window.
SHOWN_CHARS = 80
_BREAK_EVERY = 40  # a chance to wrap in a long run without spaces (a name, an address)


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """Text from the network as a label shows it: cut to ``limit`` characters, with a
    zero-width space every few characters of a long unbroken run so it can wrap.

    Display only: what is copied into a report comes from the outcome, unchanged.
    """
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    out: list[str] = []
    run = 0
    for ch in cut:
        if ch.isspace():
            run = 0
        elif run and run % _BREAK_EVERY == 0:
            out.append("\u200b")  # between two characters of the run, never at its end
        run = 0 if ch.isspace() else run + 1
        out.append(ch)
    return "".join(out)


def text_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written. Qt guesses whether a tooltip is rich
    text (``Qt.mightBeRichText``), so network text such as ``<a href=…>`` would
    become a link: the text is escaped inside a paragraph of our own instead."""
    return f"<p style='white-space:pre-wrap'>{html.escape(shown(text, 300))}</p>"


def no_mnemonic(text: str) -> str:
    """Text for a button or group title that must not make an Alt+key of its "&"
    (Qt reads "AT&T" as "ATT" with Alt+T; "&&" is a literal ampersand)."""
    return text.replace("&", "&&")


def is_dark(widget: QWidget | None = None) -> bool:
    palette = widget.palette() if widget is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def wrap_label(text: str = "", *, rich: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setOpenExternalLinks(True)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def hint_label(text: str) -> QLabel:
    """Secondary text: a little smaller and softer than body text, but still readable
    (a disabled-looking grey fails contrast guidelines)."""
    label = wrap_label(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    pal = label.palette()
    fg, bg = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
    mixed = fg.toRgb()
    mixed.setRgbF(
        fg.redF() * 0.72 + bg.redF() * 0.28,
        fg.greenF() * 0.72 + bg.greenF() * 0.28,
        fg.blueF() * 0.72 + bg.blueF() * 0.28,
    )
    pal.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(pal)
    return label


def error_label() -> QLabel:
    """A problem with the field just above it, in red (a shade readable on the light or
    dark palette); hidden until there is something to say."""
    label = wrap_label()
    label.setObjectName("error")
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#ff8a80" if is_dark() else "#b00020"))
    label.setPalette(pal)
    label.hide()
    return label


class CopyBlock(QWidget):
    """A command the user types exactly, with a Copy button next to it."""

    def __init__(self, command: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.command = command
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit(command)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lines = command.count("\n") + 1
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * min(lines, 8) + 14)
        self.text.setAccessibleName(self.tr("Command to type"))
        self.button = QPushButton(self.tr("Copy"))
        self.button.setAccessibleName(self.tr("Copy command"))
        self.button.clicked.connect(self.copy)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.command)
        self.button.setText(self.tr("Copied"))


class Notice(QFrame):
    """A boxed message: a warning the user must not miss, or good news."""

    def __init__(self, text: str, kind: str = "warning", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        dark = is_dark(parent)
        colours = {
            "warning": ("#5a4300", "#fff4d6"),
            "good": ("#1d4d22", "#e5f5e7"),
            "bad": ("#5c1e1e", "#fdecea"),
        }[kind]
        self.setStyleSheet(
            f"Notice {{ background: {colours[0] if dark else colours[1]}; border-radius: 6px; }}"
        )
        layout = QVBoxLayout(self)
        self.label = wrap_label(text, selectable=True)
        layout.addWidget(self.label)


def marked(sent: str, received: str, dark: bool) -> tuple[str, str]:
    """HTML of both values with the changed tokens highlighted in palette-fitting colours."""
    bad, good = ("#7a2a2a", "#245c2a") if dark else ("#ffd7d5", "#ccf0d0")
    from app.protocols.diff import token_diff  # only once a diff is shown (start-up time)

    left, right = token_diff(sent, received)

    def paint(segments: list[tuple[str, bool]], colour: str) -> str:
        return "".join(
            f'<span style="background-color:{colour}">{html.escape(t)}</span>'
            if changed
            else html.escape(t)
            for t, changed in segments
        )

    return paint(left, bad), paint(right, good)


class DiffView(QTextBrowser):
    """What was sent and what arrived, side by side, the changed parts highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("What was changed"))
        self.changes: list[PathChange] = []

    def show_changes(self, changes: list[PathChange]) -> None:
        self.changes = list(changes)
        dark = is_dark(self)
        # who filled the left column differs by row: we did on the way out, the
        # server did on the way back
        direction = {
            "outbound": self.tr("on the way out: we sent it"),
            "inbound": self.tr("on the way back: the server sent it"),
            "round_trip": self.tr("out or back: we sent it"),
        }
        rows = [
            f"<tr><th>{self.tr('Where')}</th><th>{self.tr('Sent')}</th>"
            f"<th>{self.tr('Arrived')}</th></tr>"
        ]
        for ch in self.changes:
            m = ch.modification
            left, right = marked(m.sent, m.received, dark)
            rows.append(
                f"<tr><td><b>{html.escape(m.where)}</b><br><small>{html.escape(ch.method)}, "
                f"{direction[ch.direction.value]}</small></td>"
                f"<td><tt>{left or '—'}</tt></td><td><tt>{right or '—'}</tt></td></tr>"
            )
        self.setHtml(
            "<table cellspacing='0' cellpadding='4' border='1' width='100%'>"
            + "".join(rows)
            + "</table>"
        )

    def caption(self) -> str:
        """What the two columns hold, for the changes shown (plain text).

        "What we sent on the left" was wrong for changes on the way back, where
        the server sent the left column; with both directions shown, each row
        says who sent it.
        """
        from app.core.model import Direction

        ways = {ch.direction for ch in self.changes}
        if ways == {Direction.INBOUND}:
            return self.tr("What the server sent is on the left, what arrived here on the right.")
        if ways == {Direction.OUTBOUND}:
            return self.tr("What we sent is on the left, what arrived at the server on the right.")
        if ways == {Direction.ROUND_TRIP}:
            return self.tr("What we sent is on the left, what came back on the right.")
        return self.tr(
            "On each row, what was sent is on the left and what arrived on the right; "
            "the row says who sent it."
        )
