"""What users report, in their words, and what each symptom usually means.

The mapping from symptom to cause (docs/architecture.md): one-way audio points
at rewritten or wrongly pinholed media addresses (SDP), a drop about 30 s into
a call at a lost or altered ACK/200 OK (RFC 3261 §13.3.1.4: the callee gives
up retransmitting 200 OK after 64·T1 = 32 s), no ringing or straight to
voicemail at a lost registration binding or a dropped inbound INVITE.
"""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.core.record import Record


class Symptom(StrEnum):
    ONE_WAY_AUDIO = "one_way_audio"
    DROPS_AFTER_30S = "drops_after_30s"
    NO_RING = "no_ring"
    VOICEMAIL = "straight_to_voicemail"
    REGISTRATION_DROPS = "registration_drops"
    CHOPPY_AUDIO = "choppy_audio"
    NOT_SURE = "not_sure"


class SymptomInfo(Record):
    symptom: Symptom
    label: Text
    explanation: Text


SYMPTOMS: tuple[SymptomInfo, ...] = (
    SymptomInfo(
        Symptom.ONE_WAY_AUDIO,
        QT_TRANSLATE_NOOP("Symptoms", "One-way audio"),
        QT_TRANSLATE_NOOP(
            "Symptoms", "You can hear them but they cannot hear you, or the other way round."
        ),
    ),
    SymptomInfo(
        Symptom.DROPS_AFTER_30S,
        QT_TRANSLATE_NOOP("Symptoms", "Calls drop about 30 seconds after answering"),
        QT_TRANSLATE_NOOP(
            "Symptoms", "The call connects, then cuts off after roughly half a minute."
        ),
    ),
    SymptomInfo(
        Symptom.NO_RING,
        QT_TRANSLATE_NOOP("Symptoms", "The phone does not ring"),
        QT_TRANSLATE_NOOP("Symptoms", "People say they called, but your phone never rang."),
    ),
    SymptomInfo(
        Symptom.VOICEMAIL,
        QT_TRANSLATE_NOOP("Symptoms", "Calls go straight to voicemail"),
        QT_TRANSLATE_NOOP("Symptoms", "Callers reach your voicemail without your phone ringing."),
    ),
    SymptomInfo(
        Symptom.REGISTRATION_DROPS,
        QT_TRANSLATE_NOOP("Symptoms", "The phone keeps losing registration"),
        QT_TRANSLATE_NOOP(
            "Symptoms", "The phone shows 'not registered' or 'no service' now and then."
        ),
    ),
    SymptomInfo(
        Symptom.CHOPPY_AUDIO,
        QT_TRANSLATE_NOOP("Symptoms", "Choppy or robotic audio"),
        QT_TRANSLATE_NOOP("Symptoms", "Voices break up, stutter or sound metallic."),
    ),
    SymptomInfo(
        Symptom.NOT_SURE,
        QT_TRANSLATE_NOOP("Symptoms", "Not sure"),
        QT_TRANSLATE_NOOP("Symptoms", "Something is wrong with calls but it is hard to describe."),
    ),
)


def info(symptom: Symptom) -> SymptomInfo:
    return next(s for s in SYMPTOMS if s.symptom is symptom)
