"""Plain words for the core's verdict and status codes, translatable (context "Words")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.model import Status, Verdict


def verdict_title(v: Verdict) -> str:
    if v is Verdict.ALG_DETECTED:
        return QCoreApplication.translate("Words", "A SIP ALG is changing your calls")
    if v is Verdict.SIP_BLOCKED:
        return QCoreApplication.translate("Words", "Calls on the standard SIP port are blocked")
    if v is Verdict.NO_ALG_DETECTED:
        return QCoreApplication.translate("Words", "No SIP ALG found")
    return QCoreApplication.translate("Words", "Inconclusive: we could not tell")


def verdict_short(v: Verdict) -> str:
    if v is Verdict.ALG_DETECTED:
        return QCoreApplication.translate("Words", "✗ SIP ALG found")
    if v is Verdict.SIP_BLOCKED:
        return QCoreApplication.translate("Words", "✗ SIP blocked")
    if v is Verdict.NO_ALG_DETECTED:
        return QCoreApplication.translate("Words", "✓ no SIP ALG")
    return QCoreApplication.translate("Words", "? no answer")


def status_word(s: Status) -> str:
    if s is Status.CLEAN:
        return QCoreApplication.translate("Words", "✓ unchanged")
    if s is Status.MODIFIED:
        return QCoreApplication.translate("Words", "✗ changed")
    if s is Status.DROPPED:
        return QCoreApplication.translate("Words", "✗ blocked")
    return QCoreApplication.translate("Words", "? no answer")


def confidence_word(c: str) -> str:
    if c == "high":
        return QCoreApplication.translate("Words", "very sure")
    if c == "medium":
        return QCoreApplication.translate("Words", "fairly sure")
    return QCoreApplication.translate("Words", "not sure")
