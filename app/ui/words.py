"""The core's vocabulary (app.core.vocabulary) rendered with Qt's translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import Text
from app.core.model import PortRole, Status, Verdict
from app.core.vocabulary import CONFIDENCE_WORDS, STATUS_SHORT, VERDICT_SHORT, VERDICT_TITLES
from app.pipeline.diagnose import Outcome
from app.pipeline.servers import hostport_text
from app.ui.widgets import shown


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


def server_sentence(outcome: Outcome) -> str:
    """Which server produced the verdict, and which ones never answered (plain text).

    From the outcome's ``target``, not from what the user chose: with failover
    the verdict may come from the second or third server on the list. Names come
    from DNS or the directory: cut for the screen (see ``shown``).
    """
    t = outcome.target
    if t is None or not t.used:
        where = t.requested if t is not None and t.requested else outcome.probe.target
        text = QCoreApplication.translate("ServerWords", "Tested against %s.") % shown(where)
    else:
        name = t.label or t.host or t.requested
        text = (
            QCoreApplication.translate("ServerWords", "Tested against %s.") % shown(t.used)
            if not name or name == t.used
            else QCoreApplication.translate("ServerWords", "Tested against %s (%s).")
            % (shown(name), shown(t.used))
        )
    if t is not None and t.silent:
        names = ", ".join(shown(hostport_text(h, u)) for h, u in t.silent)
        text += " " + QCoreApplication.translate("ServerWords", "No answer from: %s.") % names
    return text


def firewall_advice(outcome: Outcome) -> str | None:
    """For a blocked SIP port: the firewall line that goes with the ALG guide.

    The verdict names an ALG *or* a firewall rule as the cause, so leading only
    to the ALG guide left the second half of the advice out. None for any other
    verdict.
    """
    probe = outcome.probe
    if probe.verdict is not Verdict.SIP_BLOCKED:
        return None
    ports = sorted(
        {
            ex.port
            for tr in probe.transports.values()
            for ex in tr.exchanges
            if ex.role is PortRole.SIP
        }
    )
    where = ", ".join(str(p) for p in ports) or "5060"
    return (
        QCoreApplication.translate(
            "Words",
            "If switching the SIP ALG off does not help, look in your router's firewall "
            "settings for a rule that blocks port %s, and remove or allow it.",
        )
        % where
    )
