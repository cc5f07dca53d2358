"""Protocol words explained where they appear: a small "What's this?" button.

A home user meets "SIP ALG", "UDP" or "NAT" on the Results page; avoiding the
words entirely would make the page useless to whoever helps them on the
phone, so the words stay and each comes with a one-line explanation in a
tooltip (hover, or click/keyboard: the text is shown at the button).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QToolButton, QToolTip, QWidget

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
    "MOS": ("MOS",),
    "jitter": ("jitter", "Jitter"),
    "SDP": ("SDP",),
    "ACK": ("ACK", "BYE", "INVITE"),
}


def terms_in(text: str) -> tuple[str, ...]:
    """The explained terms that occur in ``text`` as words, in the table's order."""
    words = set(re.findall(r"[A-Za-z][A-Za-z-]*", text))
    return tuple(t for t, spots in _SPOTTED.items() if any(s in words for s in spots))


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

    def show_explanation(self) -> None:
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)
