"""What the Results page says, per verdict: plain text, computed from an Outcome.

Kept apart from the page so every sentence can be checked without a window,
and so the page holds layout only. Everything returned is plain text; the
page escapes it before any rich-text label shows it (server names and
measured values come from the network).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.core.model import PortRole, Status, Transport, Verdict
from app.diagnosis.symptoms import Symptom, info
from app.pipeline.diagnose import Outcome
from app.ui.words import firewall_advice

# The symptoms the idle-connection (binding lifetime) test can explain: a phone the
# router has forgotten between registrations never rings.
LIFETIME_SYMPTOMS = frozenset({Symptom.NO_RING, Symptom.VOICEMAIL})


def _render(text: object) -> str:
    render = getattr(text, "render", None)
    return render(QCoreApplication.translate) if render is not None else str(text)


def symptom_label(s: Symptom) -> str:
    return _render(info(s).label)


def _quoted(symptoms: Sequence[Symptom]) -> str:
    return ", ".join(f"\u201c{symptom_label(s)}\u201d" for s in symptoms)


def explained_symptoms(outcome: Outcome, symptoms: Sequence[Symptom]) -> list[Symptom]:
    """The ticked symptoms that a finding of this run explains."""
    return [
        s
        for s in symptoms
        if s is not Symptom.NOT_SURE and any(s in f.explains for f in outcome.diagnosis.findings)
    ]


def meaning(outcome: Outcome, symptoms: Sequence[Symptom]) -> str:
    """One sentence: what the verdict means for what *this* user noticed."""
    v = outcome.probe.verdict
    noticed = [s for s in symptoms if s is not Symptom.NOT_SURE]
    explained = explained_symptoms(outcome, noticed)
    if v is Verdict.ALG_DETECTED:
        if explained:
            return QCoreApplication.translate(
                "ResultWords",
                "This is the likely cause of what you noticed (%s): "
                "switching it off should fix it.",
            ) % _quoted(explained)
        return QCoreApplication.translate(
            "ResultWords",
            "It rewrites the addresses your phones send, which breaks calls (one-way audio, "
            "calls that drop or never ring); switching it off should fix it.",
        )
    if v is Verdict.SIP_BLOCKED:
        if explained:
            return QCoreApplication.translate(
                "ResultWords",
                "This is the likely cause of what you noticed (%s): your router's SIP ALG or a "
                "firewall rule swallows phone traffic on its usual port.",
            ) % _quoted(explained)
        return QCoreApplication.translate(
            "ResultWords",
            "Your router's SIP ALG or a firewall rule swallows phone traffic on its usual "
            "port, so phones may fail to register or to ring.",
        )
    if v is Verdict.NO_ALG_DETECTED:
        if noticed:
            return QCoreApplication.translate(
                "ResultWords",
                "Your router passes calls through unchanged, so something else causes what "
                "you noticed (%s); the steps below list the usual causes.",
            ) % _quoted(noticed)
        return QCoreApplication.translate(
            "ResultWords",
            "Your router passes calls through unchanged: there is nothing to switch off.",
        )
    if outcome.probe.cancelled:
        return QCoreApplication.translate(
            "ResultWords",
            "The test was stopped before it finished, so it says nothing about your router yet.",
        )
    return QCoreApplication.translate(
        "ResultWords",
        "The test got no usable answers, so it says nothing about your router yet; this is "
        "usually the connection or the server, not your router.",
    )


def transports_sentence(outcome: Outcome) -> str:
    """ "UDP: ✗ changed  TCP: ✓ unchanged" in words, one sentence per transport."""
    out = []
    for t, res in outcome.probe.transports.items():
        udp = t is Transport.UDP
        s = res.status
        if s is Status.MODIFIED:
            text = (
                QCoreApplication.translate(
                    "ResultWords",
                    "Your router changed calls sent over UDP, the usual way phones connect.",
                )
                if udp
                else QCoreApplication.translate(
                    "ResultWords", "Your router changed calls sent over %s."
                )
                % t.value.upper()
            )
        elif s is Status.CLEAN:
            text = (
                QCoreApplication.translate(
                    "ResultWords",
                    "Calls sent over UDP, the usual way phones connect, passed unchanged.",
                )
                if udp
                else QCoreApplication.translate("ResultWords", "Calls over %s passed unchanged.")
                % t.value.upper()
            )
        elif s is Status.DROPPED:
            text = (
                QCoreApplication.translate(
                    "ResultWords",
                    "Calls sent over UDP, the usual way phones connect, were swallowed.",
                )
                if udp
                else QCoreApplication.translate("ResultWords", "Calls over %s were swallowed.")
                % t.value.upper()
            )
        else:
            text = (
                QCoreApplication.translate(
                    "ResultWords",
                    "Calls sent over UDP, the usual way phones connect, got no answer.",
                )
                if udp
                else QCoreApplication.translate("ResultWords", "Calls over %s got no answer.")
                % t.value.upper()
            )
        out.append(text)
    return " ".join(out)


def what_to_do(outcome: Outcome, symptoms: Sequence[Symptom]) -> list[str]:
    """The numbered "What to do" steps (plain text), fitting the verdict.

    From ``Diagnosis.next_steps``; for a blocked port the first step of the
    blocked finding (ALG *and* firewall in one line) is said as two steps that
    point at the guide, as the Fix it page does. Symptom notes are added where
    the verdict leaves another cause open (never for an inconclusive run: its
    only honest advice is to get an answer first).
    """
    diag = outcome.diagnosis
    v = outcome.probe.verdict
    steps: list[str] = []
    if v is Verdict.SIP_BLOCKED:
        steps.append(
            QCoreApplication.translate(
                "ResultWords",
                "Switch the SIP ALG off: \u201cShow me how to switch it off\u201d shows how.",
            )
        )
        firewall = firewall_advice(outcome)
        if firewall is not None:
            steps.append(firewall)
        for f in diag.findings:
            actions = f.actions[1:] if f.id == "sip-dropped" else f.actions
            steps += [_render(a) for a in actions]
    else:
        steps += [_render(a) for a in diag.next_steps]
    if v is not Verdict.INCONCLUSIVE:
        explained = set(explained_symptoms(outcome, symptoms))
        for s, note in diag.symptom_notes:
            if s not in explained:
                steps.append(_render(note))  # each note names its symptom
    if not steps and v is Verdict.NO_ALG_DETECTED:
        steps.append(
            QCoreApplication.translate(
                "ResultWords",
                "Nothing to change on your router. If calls still misbehave, save a report and "
                "send it to your provider.",
            )
        )
    return list(dict.fromkeys(steps))  # the same advice from two findings once


def sip_ports(outcome: Outcome) -> str:
    ports = sorted(
        {
            ex.port
            for tr in outcome.probe.transports.values()
            for ex in tr.exchanges
            if ex.role is PortRole.SIP
        }
    )
    return ", ".join(str(p) for p in ports) or "5060"


def _both(items: list[str]) -> str:
    """ "UDP and TCP" in the user's language (there are at most two transports)."""
    if len(items) == 2:
        return QCoreApplication.translate("ResultWords", "%s and %s") % (items[0], items[1])
    return ", ".join(items)


def provider_sentence(outcome: Outcome, symptoms: Sequence[Symptom]) -> str:
    """A short sentence a user can paste into a message to their VoIP provider."""
    v = outcome.probe.verdict
    changed = [
        t.value.upper() for t, r in outcome.probe.transports.items() if r.status is Status.MODIFIED
    ]
    dropped = [
        t.value.upper() for t, r in outcome.probe.transports.items() if r.status is Status.DROPPED
    ]
    if v is Verdict.ALG_DETECTED:
        return QCoreApplication.translate(
            "ResultWords",
            "SIP ALG Doctor found that my router rewrites SIP messages sent over %s (a SIP "
            "ALG). I am switching it off; if the problem stays, please check a call trace.",
        ) % _both(changed)
    if v is Verdict.SIP_BLOCKED:
        return QCoreApplication.translate(
            "ResultWords",
            "SIP ALG Doctor found that SIP messages over %s to port %s are dropped on my "
            "connection, while another port works. Can my phones use another port or SIP "
            "over TLS?",
        ) % (_both(dropped), sip_ports(outcome))
    noticed = [s for s in symptoms if s is not Symptom.NOT_SURE]
    if v is Verdict.NO_ALG_DETECTED:
        text = QCoreApplication.translate(
            "ResultWords",
            "SIP ALG Doctor found no SIP ALG on my connection: SIP messages pass unchanged.",
        )
        if noticed:
            text += " " + QCoreApplication.translate(
                "ResultWords", "Still, I have this problem: %s. Please check a call trace."
            ) % (_quoted(noticed))
        return text
    return QCoreApplication.translate(
        "ResultWords",
        "SIP ALG Doctor could not get an answer from its test server, so it could not check "
        "my connection for a SIP ALG yet.",
    )
