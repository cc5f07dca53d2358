"""Diagnosis: probe results + the user's symptoms -> findings with evidence and advice.

Pure and deterministic. Each finding says what was found (title, detail),
why we believe it (evidence lines taken from the probes), which of the user's
symptoms it explains, and what to do. The headline is one sentence a
non-technical person understands; the confidence says how strong the evidence
is, and "inconclusive" always comes with what to try instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from app.core.constants import SIP_PORT
from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.core.model import Direction, Mode, PathChange, PortRole, ProbeResult, Status, Verdict
from app.core.record import Record
from app.diagnosis.symptoms import Symptom


class Confidence(StrEnum):
    """How strong the evidence behind a verdict is (a JSON value: keep the words)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class Severity(StrEnum):
    PROBLEM = "problem"
    WARNING = "warning"
    INFO = "info"
    OK = "ok"


class Finding(Record):
    id: str
    severity: Severity
    title: Text
    detail: Text
    explains: tuple[Symptom, ...] = ()
    evidence: tuple[str, ...] = ()
    actions: tuple[Text, ...] = ()


class Diagnosis(Record):
    verdict: Verdict
    headline: Text
    confidence: Confidence
    findings: tuple[Finding, ...]
    symptom_notes: tuple[tuple[Symptom, Text], ...]
    next_steps: tuple[Text, ...]


_MEDIA = ("SDP c=", "SDP o=", "SDP m=", "SDP a=")
_SIGNALLING = ("Via", "Contact", "From", "To", "Request-URI", "Call-ID", "Record-Route", "Route")


def _kind(where: str) -> str:
    if where.startswith(_MEDIA):
        return "media"
    if where.split(" ", maxsplit=1)[0] in _SIGNALLING or where.startswith(_SIGNALLING):
        return "signalling"
    return "other"


def evidence_line(ch: PathChange) -> str:
    m = ch.modification
    arrow = {"outbound": "out", "inbound": "back", "round_trip": "out/back"}[ch.direction.value]
    if m.change.value == "rewritten":
        what = m.detail or f"{m.sent} → {m.received}"
    elif m.change.value == "added":
        what = f"added: {m.received}"
    elif m.change.value == "removed":
        what = f"removed: {m.sent}"
    else:
        what = m.detail or "reordered"
    return f"[{arrow}] {m.where} ({ch.method}, port {ch.port}): {what}"


def _all_changes(result: ProbeResult) -> list[tuple[str, PathChange]]:
    return [(t.value, ch) for t, tr in result.transports.items() for ch in tr.changes]


def _alg_findings(result: ProbeResult) -> list[Finding]:
    changes = _all_changes(result)
    kinds = {_kind(ch.modification.where) for _, ch in changes}
    transports = sorted({t for t, _ in changes})
    directions = {ch.direction for _, ch in changes}
    control_ports = {
        ex.port
        for tr in result.transports.values()
        for ex in tr.exchanges
        if ex.role is PortRole.CONTROL
    }
    control_changed = any(ch.port in control_ports for _, ch in changes)
    explains: list[Symptom] = []
    parts: list[Text] = []
    if "media" in kinds:
        explains.append(Symptom.ONE_WAY_AUDIO)
        parts.append(
            QT_TRANSLATE_NOOP(
                "Findings",
                "It changed the audio address in the call set-up, which is the "
                "classic cause of one-way audio.",
            )
        )
    if "signalling" in kinds:
        explains += [
            Symptom.DROPS_AFTER_30S,
            Symptom.NO_RING,
            Symptom.VOICEMAIL,
            Symptom.REGISTRATION_DROPS,
        ]
        parts.append(
            QT_TRANSLATE_NOOP(
                "Findings",
                "It changed the addresses your phone uses to say where it can be "
                "reached, which makes calls drop after about 30 seconds and incoming calls fail.",
            )
        )
    if Direction.INBOUND in directions:
        parts.append(
            QT_TRANSLATE_NOOP("Findings", "It also rewrote the server's answers on the way back.")
        )
    detail = QT_TRANSLATE_NOOP(
        "Findings",
        "A SIP ALG (a 'helper' in your router) rewrote the test calls on {transports}. {parts}",
    ).with_(
        transports=" and ".join(t.upper() for t in transports),
        parts=tuple(parts),
    )
    actions = [
        QT_TRANSLATE_NOOP(
            "Findings",
            "Turn off the SIP ALG in your router. It may be called SIP ALG, SIP "
            "passthrough, SIP helper, SIP transformations or SIP inspection.",
        ),
        QT_TRANSLATE_NOOP(
            "Findings",
            "Restart the router and your phones, then run this test again to confirm the fix.",
        ),
    ]
    if control_ports and not control_changed:
        actions.append(
            QT_TRANSLATE_NOOP(
                "Findings",
                "If it cannot be turned off: the same test on port {port} went through "
                "untouched, so ask your VoIP provider for a SIP port other than {sip_port} (or "
                "SIP over TLS on 5061).",
            ).with_(port=min(control_ports), sip_port=_sip_port(result))
        )
    evidence = tuple(evidence_line(ch) for _, ch in changes)
    return [
        Finding(
            "alg-rewrites",
            Severity.PROBLEM,
            QT_TRANSLATE_NOOP("Findings", "Something on your connection rewrites your calls"),
            detail,
            tuple(dict.fromkeys(explains)),
            evidence,
            tuple(actions),
        )
    ]


def _sip_port(result: ProbeResult) -> int:
    """The SIP port the probes used (5060 unless the user chose another)."""
    ports = [
        ex.port
        for tr in result.transports.values()
        for ex in tr.exchanges
        if ex.role is PortRole.SIP
    ]
    return min(ports) if ports else SIP_PORT


def _blocked_findings(result: ProbeResult) -> list[Finding]:
    notes = tuple(
        n for tr in result.transports.values() if tr.status is Status.DROPPED for n in tr.notes
    )
    dropped = [
        t.value.upper() for t, tr in result.transports.items() if tr.status is Status.DROPPED
    ]
    return [
        Finding(
            "sip-dropped",
            Severity.PROBLEM,
            QT_TRANSLATE_NOOP("Findings", "Phone traffic on the standard SIP port disappears"),
            QT_TRANSLATE_NOOP(
                "Findings",
                "Test calls sent over {transports} to port {port} vanished, while the same "
                "test to another port got through. A SIP ALG that drops what it cannot "
                "handle, or a firewall rule, is swallowing them.",
            ).with_(transports=" and ".join(dropped), port=_sip_port(result)),
            (
                Symptom.NO_RING,
                Symptom.VOICEMAIL,
                Symptom.REGISTRATION_DROPS,
                Symptom.DROPS_AFTER_30S,
            ),
            notes,
            (
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "Turn off the SIP ALG in your router, and check its "
                    "firewall for rules about port {port}.",
                ).with_(port=_sip_port(result)),
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "Ask your VoIP provider whether your phones can use "
                    "another port (such as 5080) or SIP over TLS (port 5061).",
                ),
            ),
        )
    ]


def _unreachable_findings(result: ProbeResult) -> list[Finding]:
    reasons = tuple(sorted({n for tr in result.transports.values() for n in tr.notes}))
    if result.cancelled:
        return [
            Finding(
                "cancelled",
                Severity.WARNING,
                QT_TRANSLATE_NOOP("Findings", "The test was stopped before it finished"),
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "Without the full set of answers we cannot say whether there is an ALG.",
                ),
                (),
                reasons,
                (QT_TRANSLATE_NOOP("Findings", "Run the test again and let it finish."),),
            )
        ]
    return [
        Finding(
            "no-answer",
            Severity.WARNING,
            QT_TRANSLATE_NOOP("Findings", "The test server did not answer"),
            QT_TRANSLATE_NOOP(
                "Findings",
                "Without answers we cannot tell whether there is an ALG. "
                "This says nothing about your router yet.",
            ),
            (),
            reasons,
            (
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "Check that this computer is online and that the server "
                    "address is typed correctly.",
                ),
                QT_TRANSLATE_NOOP(
                    "Findings",
                    "Try again in a minute; if it keeps failing, try your VoIP "
                    "provider's SIP server instead (provider mode).",
                ),
            ),
        )
    ]


def _clean_findings(result: ProbeResult) -> list[Finding]:
    detail = QT_TRANSLATE_NOOP(
        "Findings", "Test calls went out and came back exactly as sent, over {transports}."
    )
    if result.mode is Mode.PROVIDER:
        detail = QT_TRANSLATE_NOOP(
            "Findings",
            "Your provider's server copied our test message back unchanged over "
            "{transports}. This check cannot see an ALG that perfectly undoes its own changes; "
            "a test against a reflector gives certainty.",
        )
    return [
        Finding(
            "no-alg",
            Severity.OK,
            QT_TRANSLATE_NOOP("Findings", "No SIP ALG interferes on this connection"),
            detail.with_(transports=" and ".join(t.value.upper() for t in result.transports)),
        )
    ]


def _nat_findings(result: ProbeResult) -> list[Finding]:
    if not result.public_address or not result.local_address:
        return []
    if result.public_address == result.local_address:
        return [
            Finding(
                "no-nat",
                Severity.INFO,
                QT_TRANSLATE_NOOP("Findings", "No address translation (NAT)"),
                QT_TRANSLATE_NOOP(
                    "Findings", "The server sees this computer at its own address {address}."
                ).with_(address=result.public_address),
            )
        ]
    return [
        Finding(
            "nat",
            Severity.INFO,
            QT_TRANSLATE_NOOP("Findings", "Your router translates addresses (NAT)"),
            QT_TRANSLATE_NOOP(
                "Findings",
                "This computer is {local} at home and appears "
                "on the internet as {public}. That is normal and not an "
                "ALG.",
            ).with_(local=result.local_address, public=result.public_address),
        )
    ]


_OTHER_CAUSES: dict[Symptom, Text] = {
    Symptom.ONE_WAY_AUDIO: QT_TRANSLATE_NOOP(
        "Findings",
        "One-way audio without an ALG usually means a firewall blocks the audio "
        "(RTP) ports, or the provider does not handle NAT for media; ask your provider.",
    ),
    Symptom.DROPS_AFTER_30S: QT_TRANSLATE_NOOP(
        "Findings",
        "Drops after 30 seconds without an ALG usually mean an answer (the ACK) is "
        "lost; check the router's firewall and ask your provider to look at a call trace.",
    ),
    Symptom.NO_RING: QT_TRANSLATE_NOOP(
        "Findings",
        "Phones that stop ringing are often forgotten by the router between "
        "registrations (a short UDP time-out); the binding-lifetime test measures this.",
    ),
    Symptom.VOICEMAIL: QT_TRANSLATE_NOOP(
        "Findings",
        "Calls that go to voicemail usually mean the provider could not reach the "
        "phone: a short UDP time-out in the router is the usual cause without an ALG.",
    ),
    Symptom.REGISTRATION_DROPS: QT_TRANSLATE_NOOP(
        "Findings",
        "Registration that keeps dropping points at a short UDP time-out or an "
        "unstable connection; shorter re-registration intervals on the phone can help.",
    ),
    Symptom.CHOPPY_AUDIO: QT_TRANSLATE_NOOP(
        "Findings",
        "Choppy audio is a bandwidth, Wi-Fi or jitter problem, not an ALG one: try a "
        "cable instead of Wi-Fi and pause big downloads during calls.",
    ),
}

# The same causes for a result that did not rule an ALG out (an ALG found, SIP
# blocked, inconclusive): "without an ALG" there contradicted the headline, which
# names an ALG as a cause.
_CAUSES_BESIDES_AN_ALG: dict[Symptom, Text] = {
    **_OTHER_CAUSES,
    Symptom.ONE_WAY_AUDIO: QT_TRANSLATE_NOOP(
        "Findings",
        "One-way audio can also come from a firewall that blocks the audio (RTP) "
        "ports, or from a provider that does not handle NAT for media; ask your provider.",
    ),
    Symptom.DROPS_AFTER_30S: QT_TRANSLATE_NOOP(
        "Findings",
        "Drops after 30 seconds mean an answer (the ACK) is lost on the way; check the "
        "router's firewall and ask your provider to look at a call trace.",
    ),
    Symptom.VOICEMAIL: QT_TRANSLATE_NOOP(
        "Findings",
        "Calls that go to voicemail usually mean the provider could not reach the "
        "phone; a short UDP time-out in the router is another common cause.",
    ),
}


def _symptom_notes(
    symptoms: Iterable[Symptom], findings: Sequence[Finding], verdict: Verdict
) -> tuple[tuple[Symptom, Text], ...]:
    causes = _OTHER_CAUSES if verdict is Verdict.NO_ALG_DETECTED else _CAUSES_BESIDES_AN_ALG
    out: list[tuple[Symptom, Text]] = []
    for s in symptoms:
        if s is Symptom.NOT_SURE:
            continue
        explained_by = [f for f in findings if s in f.explains]
        if explained_by:
            out.append(
                (
                    s,
                    QT_TRANSLATE_NOOP("Findings", "Explained by what we found: {title}.").with_(
                        title=explained_by[0].title
                    ),
                )
            )
        elif s in causes:
            out.append((s, causes[s]))
    return tuple(out)


def diagnose(
    result: ProbeResult, symptoms: Sequence[Symptom] = (), extra: Sequence[Finding] = ()
) -> Diagnosis:
    """``extra``: findings from the network context (app.diagnosis.context)."""
    v = result.verdict
    if v is Verdict.ALG_DETECTED:
        findings = _alg_findings(result)
        headline = QT_TRANSLATE_NOOP(
            "Findings",
            "Your router's SIP ALG is changing your calls. Turning it off should fix this.",
        )
        confidence = Confidence.HIGH
    elif v is Verdict.SIP_BLOCKED:
        findings = _blocked_findings(result)
        headline = QT_TRANSLATE_NOOP(
            "Findings",
            "Calls on the standard SIP port are being "
            "swallowed on the way. A SIP ALG or a firewall rule is "
            "the likely cause.",
        )
        sip = [
            ex
            for tr in result.transports.values()
            for ex in tr.exchanges
            if ex.role is PortRole.SIP
        ]
        confidence = (
            Confidence.HIGH if sip and not any(ex.answered for ex in sip) else Confidence.MEDIUM
        )
    elif v is Verdict.NO_ALG_DETECTED:
        findings = _clean_findings(result)
        headline = QT_TRANSLATE_NOOP(
            "Findings", "No SIP ALG found: your calls pass through unchanged."
        )
        confidence = Confidence.MEDIUM if result.mode is Mode.PROVIDER else Confidence.HIGH
    else:
        findings = _unreachable_findings(result)
        headline = QT_TRANSLATE_NOOP(
            "Findings",
            "Inconclusive: the test could not get the answers it needs, so we cannot say yet.",
        )
        confidence = Confidence.LOW
    findings += _nat_findings(result)
    findings += list(extra)
    steps = tuple(a for f in findings for a in f.actions)
    return Diagnosis(
        v, headline, confidence, tuple(findings), _symptom_notes(symptoms, findings, v), steps
    )
