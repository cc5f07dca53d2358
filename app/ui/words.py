"""The core's vocabulary (app.core.vocabulary) rendered with Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import Text
from app.core.model import Status, Verdict
from app.core.vocabulary import CONFIDENCE_WORDS, STATUS_SHORT, VERDICT_SHORT, VERDICT_TITLES


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _render(text: Text) -> str:
    return text.render(qt_translate)


def verdict_title(v: Verdict) -> str:
    return _render(VERDICT_TITLES[v])


def verdict_short(v: Verdict) -> str:
    return _render(VERDICT_SHORT[v])


def status_word(s: Status) -> str:
    return _render(STATUS_SHORT[s])


def confidence_word(c: str) -> str:
    return _render(CONFIDENCE_WORDS.get(str(c), CONFIDENCE_WORDS["low"]))
