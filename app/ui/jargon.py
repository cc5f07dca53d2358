"""Protocol words explained where they appear: a small "What's this?" button.

A home user meets "SIP ALG", "UDP" or "NAT" on the pages; avoiding the
words entirely would make the wizard useless to whoever helps them on the
phone, so the words stay and each comes with a one-line explanation in a
tooltip (hover, or click/keyboard: the text is shown at the button). Every page
that shows such a word has one beside it, following what the page shows
(:meth:`WhatsThis.explain_widgets`); tests/ui/test_jargon.py walks every state
and fails on a word shown without its explanation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QTableWidget,
    QToolButton,
    QToolTip,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP, Text

# Keyed by the word as it appears on screen; the explanations are ours.
_TERMS: dict[str, Text] = {
    "SIP": QT_TRANSLATE_NOOP("Jargon", "SIP: the language internet phones use to set up calls."),
    "ALG": QT_TRANSLATE_NOOP(
        "Jargon",
        "SIP ALG: a 'helper' built into many routers that rewrites phone messages on the "
        "way through. It often breaks calls instead of helping.",
    ),
    "UDP/TCP": QT_TRANSLATE_NOOP(
        "Jargon",
        "UDP and TCP: two ways of sending data over the internet. Most phones use UDP; "
        "some use TCP.",
    ),
    "NAT": QT_TRANSLATE_NOOP(
        "Jargon",
        "NAT: your router shares one internet address between all your devices. That is "
        "normal and not a problem by itself.",
    ),
    "RTP": QT_TRANSLATE_NOOP(
        "Jargon", "RTP: how the sound of a call travels, separately from the call set-up."
    ),
    "binding": QT_TRANSLATE_NOOP(
        "Jargon",
        "Binding lifetime (idle-connection test): how long your router remembers a quiet "
        "phone connection. If it forgets too soon, incoming calls cannot reach the phone.",
    ),
    "reflector": QT_TRANSLATE_NOOP(
        "Jargon",
        "Test server (reflector): a server that sends back exactly what reached it, so the "
        "tool can compare it with what was sent and see what your router changed.",
    ),
    "provider mode": QT_TRANSLATE_NOOP(
        "Jargon",
        "Provider mode: the test talks to your phone provider's own server instead of a "
        "SIP ALG Doctor test server. It shows less detail, but needs no test server.",
    ),
    # the test call (app/ui/call_section.py)
    "MOS": QT_TRANSLATE_NOOP(
        "Jargon",
        "MOS: a call-quality score from 1 (unusable) to 5 (perfect), estimated from "
        "the measured loss, delay and jitter. Above 4 sounds clear.",
    ),
    "jitter": QT_TRANSLATE_NOOP(
        "Jargon",
        "Jitter: how unevenly the pieces of sound arrive. A lot of it makes voices "
        "stutter or sound robotic.",
    ),
    "SDP": QT_TRANSLATE_NOOP(
        "Jargon",
        "SDP: the part of a call set-up that says where the sound should be sent.",
    ),
    "ACK": QT_TRANSLATE_NOOP(
        "Jargon",
        "INVITE, ACK, BYE: the call set-up, the confirmation that the call was answered, "
        "and the hang-up.",
    ),
}

# How each term is spotted in a text (whole words; "ALG" also inside "SIP ALG").
_SPOTTED: dict[str, tuple[str, ...]] = {
    "SIP": ("SIP",),
    "ALG": ("ALG",),
    "UDP/TCP": ("UDP", "TCP"),
    "NAT": ("NAT",),
    "RTP": ("RTP",),
    "binding": ("binding", "binding-lifetime", "idle-connection"),
    "reflector": ("reflector", "Reflector"),
    "provider mode": ("provider mode",),  # a phrase: matched in any case
    "MOS": ("MOS",),
    "jitter": ("jitter", "Jitter"),
    "SDP": ("SDP",),
    "ACK": ("ACK", "BYE", "INVITE"),
}


# A host name or address ("reflector.example.net", "sip2sip.info"): a name, not a word.
_HOST = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_TAG = re.compile(r"<[^>]*>")


def terms_in(text: str) -> tuple[str, ...]:
    """The explained terms that occur in ``text`` as words, in the table's order
    (markup, host names and our own name do not count)."""
    text = _HOST.sub(" ", _TAG.sub(" ", text)).replace("SIP ALG Doctor", " ")
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", text))

    def spotted(spot: str) -> bool:
        if " " in spot:
            return re.search(rf"\b{re.escape(spot)}\b", text, re.IGNORECASE) is not None
        return spot in words

    return tuple(t for t, spots in _SPOTTED.items() if any(spotted(s) for s in spots))


def explanation(terms: Sequence[str]) -> str:
    """The explanations of ``terms``, one per line (plain text); unknown terms are skipped."""
    # translated at call time, so a language chosen after import is honoured
    return "\n".join(_TERMS[t].render(QCoreApplication.translate) for t in terms if t in _TERMS)


class WhatsThis(QToolButton):
    """ "What's this?" with the explanation as its tooltip; pressing it shows the tooltip
    too (a tooltip alone is unreachable by keyboard and touch)."""

    def __init__(self, terms: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = tuple(terms)
        self.setText(QCoreApplication.translate("Jargon", "What's this?"))
        self.setAutoRaise(True)
        self.setStyleSheet("QToolButton { text-decoration: underline; border: none; }")
        self.refresh()
        self.clicked.connect(self.show_explanation)

    def refresh(self, terms: Sequence[str] | None = None) -> None:
        if terms is not None:
            self.terms = tuple(terms)
        text = explanation(self.terms)
        self.setToolTip(text)  # set as plain text: Qt only treats it as rich if it looks so
        self.setAccessibleDescription(text)

    def explain(self, *texts: str) -> None:
        """Explain the terms in ``texts``; hidden when they hold none."""
        terms = terms_in(" ".join(texts))
        self.refresh(terms)
        self.setVisible(bool(terms))

    def explain_widgets(self, root: QWidget) -> None:
        """Explain the terms in what ``root`` shows (see :func:`shown_texts`)."""
        self.explain(*shown_texts(root))

    def show_explanation(self) -> None:
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)


def shown_texts(root: QWidget) -> list[str]:
    """The texts of the labels, buttons, group titles and tables under ``root`` that
    are not hidden (what a user reads on it once it shows)."""
    out: list[str] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, WhatsThis) or not _shown_under(w, root):
            continue
        if isinstance(w, QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLabel):
            out.append(w.text())
        elif isinstance(w, QTableWidget):
            out.extend(table_texts(w))
    return out


def _shown_under(w: QWidget, root: QWidget) -> bool:
    """Not hidden on purpose, nor inside something hidden on purpose, up to ``root``.

    (``isVisibleTo`` also says False for a widget just added to a page on screen,
    which Qt shows a moment later.)"""
    node: QWidget | None = w
    while node is not None and node is not root:
        if node.isHidden() and node.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            return False
        node = node.parentWidget()
    return True


def table_texts(table: QTableWidget) -> list[str]:
    """A table's header labels and cells."""
    out: list[str] = []
    for c in range(table.columnCount()):
        head = table.horizontalHeaderItem(c)
        if head is not None:
            out.append(head.text())
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            item = table.item(r, c)
            if item is not None:
                out.append(item.text())
    return out
