"""The diagnosis rules: verdict → findings, confidence, advice and symptom notes (pure)."""

from __future__ import annotations

from app.core.model import (
    Change,
    Direction,
    Exchange,
    Mode,
    Modification,
    PathChange,
    PortRole,
    Transport,
    Verdict,
)
from app.diagnosis.findings import Confidence, diagnose
from app.diagnosis.symptoms import Symptom
from app.diagnosis.verdict import summarise


def ex(port: int, role: PortRole, answered: bool = True, change: bool = False) -> Exchange:
    changes = ()
    if change:
        mod = Modification("SDP c=", Change.REWRITTEN, "IN IP4 192.168.1.2", "IN IP4 203.0.113.9")
        changes = (PathChange(Direction.OUTBOUND, port, "INVITE", mod),)
    return Exchange(
        Transport.UDP,
        port,
        role,
        "INVITE",
        answered=answered,
        error=None if answered else "no answer before the deadline",
        changes=changes,
        outbound_checked=answered,
    )


def result(mode: Mode, *exchanges: Exchange):  # type: ignore[no-untyped-def]
    return summarise(mode, "server.test:5070", (Transport.UDP,), exchanges, 0.1)


def test_a_rewritten_audio_address_explains_one_way_audio_with_high_confidence() -> None:
    r = result(Mode.REFLECTOR, ex(5070, PortRole.SIP, change=True), ex(5080, PortRole.CONTROL))
    d = diagnose(r, [Symptom.ONE_WAY_AUDIO, Symptom.CHOPPY_AUDIO])
    assert d.verdict is Verdict.ALG_DETECTED and d.confidence is Confidence.HIGH
    notes = dict(d.symptom_notes)
    # the note names the finding in words (translated with it), not its template
    assert "rewrites your calls" in notes[Symptom.ONE_WAY_AUDIO].render()
    assert "Wi-Fi" in notes[Symptom.CHOPPY_AUDIO].render()
    advice = " ".join(s.render() for s in d.next_steps)
    assert "port 5080 went through" in advice and "other than 5070" in advice


def test_a_blocked_port_names_the_port_that_was_used() -> None:
    r = result(Mode.REFLECTOR, ex(5070, PortRole.SIP, answered=False), ex(5080, PortRole.CONTROL))
    d = diagnose(r)
    assert d.verdict is Verdict.SIP_BLOCKED and d.confidence is Confidence.HIGH
    text = " ".join(f.detail.render() for f in d.findings)
    assert "to port 5070 vanished" in text and "5060" not in text


def test_provider_mode_is_never_more_than_fairly_sure_of_no_alg() -> None:
    d = diagnose(result(Mode.PROVIDER, ex(5070, PortRole.SIP)))
    assert d.verdict is Verdict.NO_ALG_DETECTED and d.confidence is Confidence.MEDIUM
    d = diagnose(result(Mode.REFLECTOR, ex(5070, PortRole.SIP)))
    assert d.confidence is Confidence.HIGH


def test_no_answer_is_inconclusive_with_something_to_try() -> None:
    d = diagnose(result(Mode.PROVIDER, ex(5070, PortRole.SIP, answered=False)))
    assert d.verdict is Verdict.INCONCLUSIVE and d.confidence is Confidence.LOW
    assert d.next_steps, "an inconclusive result must say what to try instead"
    assert all("No SIP ALG" not in f.title.render() for f in d.findings)


def test_a_blocked_port_never_says_without_an_alg_in_its_symptom_notes() -> None:
    """The headline names an ALG or a firewall; "without an ALG" contradicted it."""
    r = result(Mode.REFLECTOR, ex(5070, PortRole.SIP, answered=False), ex(5080, PortRole.CONTROL))
    every = [s for s in Symptom if s is not Symptom.NOT_SURE]
    d = diagnose(r, every)
    assert d.verdict is Verdict.SIP_BLOCKED
    notes = {s: n.render() for s, n in d.symptom_notes}
    assert Symptom.ONE_WAY_AUDIO in notes  # not explained by the blocked port: a cause is named
    assert "firewall" in notes[Symptom.ONE_WAY_AUDIO]
    assert not [n for n in notes.values() if "without an ALG" in n]
    # a clean result still says what else it is when the ALG is ruled out
    clean = diagnose(result(Mode.REFLECTOR, ex(5070, PortRole.SIP)), every)
    assert "without an ALG" in dict(clean.symptom_notes)[Symptom.ONE_WAY_AUDIO].render()
