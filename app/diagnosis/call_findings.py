"""The test call's figures linked to what the user noticed: findings and advice.

Pure: a :class:`~app.diagnosis.call_summary.CallSummary` (or None: no call
was made) and the user's symptoms in, a :class:`CallDiagnosis` out. One
finding per topic the call can speak about, each tied to the symptoms it
concerns:

* **audio** (one-way audio): the three media paths. Our stream arriving
  answers "they hear you"; of the far end's two streams, the one sent to the
  address our SDP named (as it arrived there) is what a provider that trusts
  SDP does, the one sent to where our audio came from is what a provider
  that "latches" (symmetric RTP) does. Only the second arriving means the
  provider must latch, or an ALG wrote a wrong address into the SDP.
* **ack** (drops about 30 s after answering): a lost or rewritten ACK is
  the classic cause (RFC 3261 §13.3.1.4: the callee gives up on its 200 OK
  after 64·T1 = 32 s and hangs up); an unanswered BYE is reported beside it.
* **incoming** and **large set-ups** (no ring, straight to voicemail): the
  incoming call after a quiet spell, the large (fragmented) INVITE in each
  direction, and the idle-connection test when it ran. These facts are
  optional on the summary (absent or None: not tested), so this module
  works whether or not the caller measured them.
* **quality** (choppy audio): loss, jitter, round trip and the estimated
  MOS of the worse direction, with the local link (Wi-Fi adds its own loss).

Honesty rule: a figure that was not measured is said to be "not measured",
never taken as fine. A topic without figures yields a finding only when the
user ticked a symptom it concerns (so they learn the call could not check
it); a measured topic always yields one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.diagnosis.call_quality import PathFigures, quality_band
from app.diagnosis.call_summary import CallSummary, PathResult
from app.diagnosis.findings import Finding, Severity
from app.diagnosis.symptoms import Symptom

AUDIO: Final = (Symptom.ONE_WAY_AUDIO,)
DROPS: Final = (Symptom.DROPS_AFTER_30S,)
RINGING: Final = (Symptom.NO_RING, Symptom.VOICEMAIL)
CHOPPY: Final = (Symptom.CHOPPY_AUDIO,)

# Where figures start to hurt a call (ITU-T G.114 puts one-way delay above 150 ms
# as noticeable; 1 % loss is audible on G.711 without concealment; jitter above
# 30 ms outgrows a typical phone's jitter buffer).
LOSS_HURTS: Final = 0.01
JITTER_HURTS_MS: Final = 30.0
RTT_HURTS_MS: Final = 300.0
GOOD_BANDS: Final = ("best", "high")
# G.109's bands in words (the same words as the call's text report).
QUALITY_WORDS: Final[dict[str, Text]] = {
    "best": QT_TRANSLATE_NOOP("CallFindings", "excellent"),
    "high": QT_TRANSLATE_NOOP("CallFindings", "good"),
    "medium": QT_TRANSLATE_NOOP("CallFindings", "fair"),
    "low": QT_TRANSLATE_NOOP("CallFindings", "poor"),
    "poor": QT_TRANSLATE_NOOP("CallFindings", "bad"),
    "unusable": QT_TRANSLATE_NOOP("CallFindings", "unusable"),
}


@dataclass(frozen=True, slots=True)
class CallFinding:
    """A finding plus what it is about: the symptoms it concerns (problem or not),
    and whether the call measured it at all."""

    finding: Finding
    concerns: tuple[Symptom, ...]
    measured: bool


@dataclass(frozen=True, slots=True)
class CallDiagnosis:
    findings: tuple[CallFinding, ...]
    # Per ticked symptom: what the test call says about it, in one sentence.
    notes: tuple[tuple[Symptom, Text], ...]
    # The actions of the problems and warnings, in order, without repeats.
    steps: tuple[Text, ...]

    def finding(self, fid: str) -> CallFinding | None:
        return next((f for f in self.findings if f.finding.id == fid), None)


def _pct(f: PathFigures) -> str:
    return f"{100 * f.loss_fraction:.1f}"


def figures_line(name: str, p: PathResult) -> str:
    """One evidence line per media path (technical, for whoever helps the user)."""
    where = f" to {p.target}" if p.target else ""
    f = p.figures
    if f is None:
        why = p.refused or p.error or "not measured"
        return f"{name}{where}: not measured ({why})"
    parts = [f"{f.sent if f.sent is not None else '?'} sent", f"{f.unique} arrived"]
    if f.unique:
        parts += [f"loss {_pct(f)} %", f"jitter {f.jitter_ms:.1f} ms"]
        if f.rtt is not None:
            parts.append(f"round trip {f.rtt.median_ms:.1f} ms")
        if f.mos is not None:
            parts.append(f"MOS {f.mos:.2f}")
    if p.error:
        parts.append(f"far-end error: {p.error}")
    return f"{name}{where}: " + ", ".join(parts)


def _path_evidence(s: CallSummary) -> tuple[str, ...]:
    lines = [figures_line(p.name, p) for p in s.paths]
    if s.sdp_offered:
        seen = s.sdp_seen_by_far_end or "unknown (no report)"
        lines.append(f"SDP audio address sent {s.sdp_offered}, seen by the far end {seen}")
    return tuple(lines)


# --- the topics ------------------------------------------------------------------------------


def _not_set_up(s: CallSummary) -> CallFinding:
    final = () if s.final_status is None else (s.final_status,)
    codes = ", ".join(str(c) for c in (*s.provisional, *final))
    evidence = tuple(
        line
        for line in (
            f"answers: {codes}" if codes else "no answer to the INVITE",
            f"error: {s.error}" if s.error else "",
            f"reflector: {s.reflector}",
        )
        if line
    )
    if s.cancelled:
        return CallFinding(
            Finding(
                "call-cancelled",
                Severity.WARNING,
                QT_TRANSLATE_NOOP("CallFindings", "The test call was stopped"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "It was stopped before it finished, so it measured nothing about your calls.",
                ),
                (),
                evidence,
                (QT_TRANSLATE_NOOP("CallFindings", "Run the test again and let the call finish."),),
            ),
            (),
            False,
        )
    refused = s.final_status is not None and s.final_status >= 300
    detail = (
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "The test server refused the call ({status} {reason}), so nothing about the "
            "call's sound could be measured.",
        ).with_(status=s.final_status, reason=s.final_reason)
        if refused
        else QT_TRANSLATE_NOOP(
            "CallFindings",
            "The call got no answer from the test server, although the test messages before "
            "it did. Nothing about the call's sound could be measured.",
        )
    )
    actions = (
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "Run the test again in a minute; the test server may have been busy.",
        ),
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "If it fails again, a firewall on this computer or in the router may block calls "
            "(not just test messages): check it, or send the report to your provider.",
        ),
    )
    return CallFinding(
        Finding(
            "call-not-set-up",
            Severity.WARNING,
            QT_TRANSLATE_NOOP("CallFindings", "The test call could not be set up"),
            detail,
            (),
            evidence,
            actions,
        ),
        (),
        False,
    )


def _audio(s: CallSummary) -> CallFinding | None:
    out = s.path("to_far_end")
    announced = s.path("back_to_announced")
    source = s.path("back_to_source")
    evidence = _path_evidence(s)
    if out.figures is None and announced.figures is None and source.figures is None:
        return None
    ours = s.they_heard_you
    alg_wrote = bool(s.sdp_rewritten)
    if ours is False and not announced.arrived and not source.arrived:
        sev, fid = Severity.PROBLEM, "call-audio-none"
        title = QT_TRANSLATE_NOOP("CallFindings", "No sound got through in either direction")
        detail = QT_TRANSLATE_NOOP(
            "CallFindings",
            "The call was set up, but none of its sound arrived, neither yours at the far "
            "end nor the far end's at this computer. A firewall that blocks call audio "
            "(RTP) is the usual cause.",
        )
        actions: tuple[Text, ...] = (
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "Check the firewall on this computer and in the router: call audio uses "
                "UDP on changing high ports.",
            ),
        )
        return CallFinding(Finding(fid, sev, title, detail, AUDIO, evidence, actions), AUDIO, True)
    if ours is False:
        return CallFinding(
            Finding(
                "call-audio-out-lost",
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP("CallFindings", "Your voice did not reach the far end"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "The sound this computer sent never arrived, while the far end's sound "
                    "reached you: one-way audio, reproduced. Something on the way out "
                    "(a firewall, or the router) drops call audio.",
                ),
                AUDIO,
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Check the router's and this computer's firewall for rules that block "
                        "outgoing UDP, then test again.",
                    ),
                ),
            ),
            AUDIO,
            True,
        )
    if announced.arrived and source.arrived and alg_wrote:
        # It worked this time, but an ALG is at work on the audio address: a warning
        # with the ALG advice, so the section agrees with an "ALG found" verdict.
        return CallFinding(
            Finding(
                "call-audio-both-ways-rewritten",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "CallFindings", "Sound went both ways, but your router rewrote where it goes"
                ),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Your voice reached the far end, and the far end's sound reached you. On "
                    "the way, your router's SIP ALG rewrote the audio address your phone "
                    "announced ({offered} became {seen}). It got it right this time; such "
                    "rewriting breaks other calls, so switching it off stays the advice.",
                ).with_(offered=s.sdp_offered or "?", seen=s.sdp_seen_by_far_end or "?"),
                (),
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Turn off the SIP ALG in your router so the address your phone "
                        "announces is not rewritten.",
                    ),
                ),
            ),
            AUDIO,
            ours is not None,
        )
    if announced.arrived and source.arrived:
        return CallFinding(
            Finding(
                "call-audio-both-ways",
                Severity.OK,
                QT_TRANSLATE_NOOP("CallFindings", "Sound went both ways"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Your voice reached the far end, and the far end's sound reached you "
                    "whether it was sent to the address your phone announced or to where your "
                    "audio came from.",
                ),
                (),
                evidence,
            ),
            AUDIO,
            ours is not None,
        )
    if source.arrived and not announced.arrived:
        if announced.figures is None:  # refused by the far end's safety rule, or no report
            return CallFinding(
                Finding(
                    "call-audio-latched-only-measured",
                    Severity.OK if ours else Severity.INFO,
                    QT_TRANSLATE_NOOP(
                        "CallFindings", "Sound went both ways (one return path not measured)"
                    ),
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "The far end's sound reached you when it was sent back to where your "
                        "audio came from. Whether sound sent to the address your phone "
                        "announced would arrive was not measured ({why}).",
                    ).with_(why=announced.refused or announced.error or "no figures"),
                    (),
                    evidence,
                ),
                AUDIO,
                ours is not None,
            )
        detail = QT_TRANSLATE_NOOP(
            "CallFindings",
            "The far end's sound sent to the address your phone announced ({announced}) was "
            "lost; sent back to where your audio came from, it arrived. A provider that "
            "sends sound to the announced address gives you one-way audio. ",
        ).with_(announced=announced.target or s.sdp_seen_by_far_end or "?")
        why = (
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "Your router's SIP ALG wrote that address into the call set-up, and wrote a "
                "wrong one.",
            )
            if alg_wrote
            else QT_TRANSLATE_NOOP(
                "CallFindings",
                "The announced address is this computer's address at home, which the "
                "internet cannot reach; the provider has to send to where the audio came "
                "from instead ('latching').",
            )
        )
        actions = (
            (
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Turn off the SIP ALG in your router so the address your phone announces "
                    "is not rewritten.",
                ),
            )
            if alg_wrote
            else ()
        ) + (
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "Ask your provider to send call audio back to where it comes from (NAT "
                "handling, 'symmetric RTP' or 'latching') for your line.",
            ),
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "Or turn on STUN or 'NAT traversal' in your phone's settings, so it "
                "announces the address the internet sees.",
            ),
        )
        return CallFinding(
            Finding(
                "call-audio-needs-latching",
                Severity.PROBLEM if alg_wrote else Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Sound sent to the address your phone announced does not reach you",
                ),
                QT_TRANSLATE_NOOP("CallFindings", "{detail}{why}").with_(detail=detail, why=why),
                AUDIO,
                evidence,
                actions,
            ),
            AUDIO,
            True,
        )
    if announced.arrived and not source.arrived:
        return CallFinding(
            Finding(
                "call-audio-latched-lost",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "CallFindings", "Sound sent back to where your audio came from was lost"
                ),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "The far end's sound reached you at the address your phone announced, "
                    "but not when sent back to where your audio came from ({why}). A "
                    "provider that 'latches' would give you one-way audio.",
                ).with_(why=source.refused or source.error or "0 packets arrived"),
                AUDIO,
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Send the report to your provider: their support can tell which way "
                        "they send call audio.",
                    ),
                ),
            ),
            AUDIO,
            True,
        )
    # Neither return path arrived although our audio did (or ours is unknown).
    return CallFinding(
        Finding(
            "call-audio-back-lost",
            Severity.PROBLEM,
            QT_TRANSLATE_NOOP("CallFindings", "The far end's voice did not reach you"),
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "Neither of the far end's two streams arrived: not the one sent to the "
                "address your phone announced, nor the one sent back to where your audio "
                "came from. Something on the way in (the router's or this computer's "
                "firewall) drops call audio.",
            ),
            AUDIO,
            evidence,
            (
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Check the router's and this computer's firewall for rules that block "
                    "incoming UDP answers, then test again.",
                ),
            ),
        ),
        AUDIO,
        True,
    )


def _ack(s: CallSummary) -> CallFinding | None:
    ack = s.ack
    bye = f"BYE answered: {'yes' if s.bye_answered else 'no'}"
    if not ack.sent or ack.seen is None:
        return None
    evidence = (f"ACK seen by the far end from {ack.source or '?'}", *ack.changes, bye)
    if ack.seen is False:
        return CallFinding(
            Finding(
                "call-ack-lost",
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP("CallFindings", "The call's confirmation (ACK) was lost"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Our confirmation that the call was answered never reached the far end. "
                    "In a real call the far end then hangs up about 32 seconds after "
                    "answering: the classic cause of calls that drop after half a minute.",
                ),
                DROPS,
                ("ACK sent, never seen by the far end", bye),
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Turn off the SIP ALG in your router and check its firewall; then "
                        "test again.",
                    ),
                ),
            ),
            DROPS,
            True,
        )
    if ack.unchanged is False:
        return CallFinding(
            Finding(
                "call-ack-rewritten",
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP("CallFindings", "The call's confirmation (ACK) was rewritten"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "Our confirmation that the call was answered arrived changed. A far end "
                    "that cannot match it to the call hangs up about 32 seconds after "
                    "answering: the classic cause of calls that drop after half a minute.",
                ),
                DROPS,
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Turn off the SIP ALG in your router (it is what rewrites call "
                        "messages), then test again.",
                    ),
                ),
            ),
            DROPS,
            True,
        )
    if not s.bye_answered:
        return CallFinding(
            Finding(
                "call-bye-unanswered",
                Severity.WARNING,
                QT_TRANSLATE_NOOP("CallFindings", "The hang-up got no answer"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "The call's confirmation (ACK) arrived unchanged, but our hang-up (BYE) "
                    "got no answer. Calls may end on one side only, or messages late in a "
                    "call get lost.",
                ),
                DROPS,
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Run the test again; if the hang-up is lost again, send the report to "
                        "your provider.",
                    ),
                ),
            ),
            DROPS,
            True,
        )
    return CallFinding(
        Finding(
            "call-ack-ok",
            Severity.OK,
            QT_TRANSLATE_NOOP("CallFindings", "The call's confirmation and hang-up got through"),
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "Our confirmation (ACK) reached the far end unchanged and the hang-up (BYE) "
                "was answered, so the usual cause of drops after 30 seconds is not on your "
                "connection. The test call lasted {seconds} s, so a drop later in a call "
                "was not itself tested.",
            ).with_(seconds=s.seconds),
            (),
            evidence,
        ),
        DROPS,
        True,
    )


def _incoming(s: CallSummary) -> CallFinding | None:
    inc = s.incoming
    arrived = inc.arrived
    if arrived is None or not inc.tested:  # not tested (idle 0), or not known
        return None
    idle = f"{inc.idle_s:g}"
    after = inc.after_s
    rewritten = inc.rewritten
    note = inc.note
    evidence = tuple(
        line
        for line in (
            f"incoming call after {idle} s idle: {'arrived' if arrived else 'lost'}",
            f"arrived after {after:.1f} s" if isinstance(after, (int, float)) else "",
            f"rewritten: {rewritten}" if rewritten is not None else "",
            f"note: {note}" if note else "",
        )
        if line
    )
    if not arrived:
        return CallFinding(
            Finding(
                "call-incoming-lost",
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP(
                    "CallFindings", "An incoming call after {idle} s of quiet did not arrive"
                ).with_(idle=idle),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "After {idle} seconds without traffic, a call sent to this computer never "
                    "reached it: your phone would not ring and callers would get voicemail. "
                    "The router forgets a quiet phone connection too soon, or drops incoming "
                    "call set-ups.",
                ).with_(idle=idle),
                RINGING,
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Set your phone to re-register or send keep-alives more often (every "
                        "20 to 30 seconds), or raise the router's UDP time-out.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "CallFindings", "Turn off the SIP ALG in your router, then test again."
                    ),
                ),
            ),
            RINGING,
            True,
        )
    if rewritten:
        return CallFinding(
            Finding(
                "call-incoming-rewritten",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "CallFindings", "An incoming call arrived, but rewritten by the router"
                ),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "After {idle} seconds of quiet the call still reached this computer, "
                    "but the router had changed it on the way; phones may reject such calls "
                    "or answer them without sound.",
                ).with_(idle=idle),
                RINGING,
                evidence,
                (QT_TRANSLATE_NOOP("CallFindings", "Turn off the SIP ALG in your router."),),
            ),
            RINGING,
            True,
        )
    return CallFinding(
        Finding(
            "call-incoming-ok",
            Severity.OK,
            QT_TRANSLATE_NOOP(
                "CallFindings", "An incoming call after {idle} s of quiet arrived"
            ).with_(idle=idle),
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "After {idle} seconds without traffic, a call sent to this computer still "
                "reached it unchanged. Longer quiet spells were not tested by the call.",
            ).with_(idle=idle),
            (),
            evidence,
        ),
        RINGING,
        True,
    )


def _large_invite(s: CallSummary) -> CallFinding | None:
    big = s.large_invite
    if not big.tested:
        return None
    outbound, inbound = big.outbound, big.inbound
    size = big.size
    if outbound not in ("passed", "dropped") and inbound not in ("passed", "dropped"):
        return None
    evidence = (
        f"large INVITE of {size} bytes: out {outbound or 'unknown'}, back {inbound or 'unknown'}",
    )
    if outbound == "dropped" or inbound == "dropped":
        which = (
            QT_TRANSLATE_NOOP("CallFindings", "in both directions")
            if outbound == "dropped" and inbound == "dropped"
            else QT_TRANSLATE_NOOP("CallFindings", "on the way out")
            if outbound == "dropped"
            else QT_TRANSLATE_NOOP("CallFindings", "on the way in")
        )
        explains = RINGING if inbound == "dropped" else ()
        return CallFinding(
            Finding(
                "call-large-invite-dropped",
                Severity.PROBLEM,
                QT_TRANSLATE_NOOP("CallFindings", "Large call set-ups are blocked by your router"),
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "A call set-up too big for one packet ({size} bytes, as phones offering "
                    "many codecs send) was lost {which}, while small messages passed. Calls "
                    "with such set-ups fail silently or never ring.",
                ).with_(size=size, which=which),
                explains,
                evidence,
                (
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Offer fewer codecs in your phone's settings so call set-ups fit in "
                        "one packet, or ask your provider for SIP over TCP.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "CallFindings",
                        "Check the router for a setting that drops fragmented packets, and "
                        "turn off its SIP ALG.",
                    ),
                ),
            ),
            RINGING,
            True,
        )
    return CallFinding(
        Finding(
            "call-large-invite-ok",
            Severity.OK,
            QT_TRANSLATE_NOOP("CallFindings", "Large call set-ups get through"),
            (
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "A call set-up too big for one packet ({size} bytes) got through in both "
                    "directions.",
                )
                if outbound == "passed" and inbound == "passed"
                else QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "A call set-up too big for one packet ({size} bytes) got through on the "
                    "way out; the way back was not measured.",
                )
                if outbound == "passed"
                else QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "A call set-up too big for one packet ({size} bytes) got through on the "
                    "way in; the way out was not measured.",
                )
            ).with_(size=size),
            (),
            evidence,
        ),
        RINGING,
        True,
    )


def _lifetime_note(lifetimes: Sequence[Any]) -> Text | None:
    """What the idle-connection test (when it ran) says about ringing."""
    forgot = [lt.estimate for lt in lifetimes if lt.first_failed is not None and lt.estimate]
    if forgot:
        return QT_TRANSLATE_NOOP(
            "CallFindings",
            "The idle-connection test found that your router forgets a quiet phone "
            "connection after about {seconds} s, which stops phones from ringing.",
        ).with_(seconds=f"{min(forgot):g}")
    kept = [lt.longest_ok for lt in lifetimes if lt.longest_ok]
    if kept:
        return QT_TRANSLATE_NOOP(
            "CallFindings",
            "The idle-connection test found that your router keeps a quiet phone connection "
            "for at least {seconds} s.",
        ).with_(seconds=f"{max(kept):g}")
    return None


def _with_reasons(text: Text, reasons: Sequence[Text]) -> Text:
    if not reasons:
        return text
    return QT_TRANSLATE_NOOP("CallFindings", "{text} {reasons}").with_(
        text=text, reasons=tuple(reasons)
    )


def _quality(s: CallSummary) -> CallFinding | None:
    q = s.call_quality
    link = s.link
    wifi = link is not None and link.kind == "wifi"
    link_line = (
        "link: not known"
        if link is None
        else f"link: {link.kind}"
        + (f" ({link.interface})" if link.interface else "")
        + (f", signal {link.signal_dbm} dBm" if link.signal_dbm is not None else "")
        + (f", signal {link.signal_percent} %" if link.signal_percent is not None else "")
    )
    if q is None or q.mos is None or q.r_factor is None:
        return None
    band = quality_band(q.r_factor)
    reasons: list[Text] = []
    if q.loss_fraction >= LOSS_HURTS:
        reasons.append(
            QT_TRANSLATE_NOOP("CallFindings", "{loss} % of the sound was lost.").with_(loss=_pct(q))
        )
    if q.jitter_ms >= JITTER_HURTS_MS:
        reasons.append(
            QT_TRANSLATE_NOOP(
                "CallFindings", "Packets arrived unevenly (jitter {jitter} ms)."
            ).with_(jitter=f"{q.jitter_ms:.0f}")
        )
    if q.rtt is not None and q.rtt.median_ms >= RTT_HURTS_MS:
        reasons.append(
            QT_TRANSLATE_NOOP("CallFindings", "The round trip took {rtt} ms.").with_(
                rtt=f"{q.rtt.median_ms:.0f}"
            )
        )
    if q.rtt is None:
        reasons.append(
            QT_TRANSLATE_NOOP(
                "CallFindings", "The round trip was not measured, so delay is not counted."
            )
        )
    evidence = (*(figures_line(p.name, p) for p in s.paths), link_line)
    mos = f"{q.mos:.1f}"
    if band in GOOD_BANDS:
        detail = _with_reasons(
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "The test call's sound would have been clear (estimated {mos} of 5).",
            ).with_(mos=mos),
            reasons,
        )
        actions: tuple[Text, ...] = ()
        if wifi:
            detail = QT_TRANSLATE_NOOP("CallFindings", "{detail} {wifi}").with_(
                detail=detail,
                wifi=QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "You are on Wi-Fi: if calls get choppy at times, Wi-Fi that comes and "
                    "goes is a common cause; try a cable.",
                ),
            )
        return CallFinding(
            Finding(
                "call-quality-good",
                Severity.OK,
                QT_TRANSLATE_NOOP("CallFindings", "Call quality: {word} ({mos} of 5)").with_(
                    word=QUALITY_WORDS[band], mos=mos
                ),
                detail,
                (),
                evidence,
                actions,
            ),
            CHOPPY,
            True,
        )
    severity = Severity.WARNING if band == "medium" else Severity.PROBLEM
    actions = (
        (
            QT_TRANSLATE_NOOP(
                "CallFindings",
                "You are on Wi-Fi: connect this computer and your phone by cable, or move "
                "closer to the Wi-Fi router, and test again.",
            ),
        )
        if wifi
        else ()
    ) + (
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "Pause big downloads, uploads and video streams during calls; if that does not "
            "help, send the report to your internet provider.",
        ),
    )
    return CallFinding(
        Finding(
            "call-quality-poor",
            severity,
            QT_TRANSLATE_NOOP("CallFindings", "Call quality: {word} ({mos} of 5)").with_(
                word=QUALITY_WORDS[band],
                mos=mos,
            ),
            _with_reasons(
                QT_TRANSLATE_NOOP(
                    "CallFindings",
                    "The test call's sound would have broken up (estimated {mos} of 5).",
                ).with_(mos=mos),
                reasons,
            ),
            CHOPPY,
            evidence,
            actions,
        ),
        CHOPPY,
        True,
    )


# --- "not measured" ----------------------------------------------------------------------------


def _not_measured(fid: str, concerns: tuple[Symptom, ...], why: Text) -> CallFinding:
    return CallFinding(
        Finding(
            fid,
            Severity.INFO,
            QT_TRANSLATE_NOOP("CallFindings", "Not measured by the test call"),
            why,
            (),
        ),
        concerns,
        False,
    )


_NOT_MEASURED: Final[dict[str, tuple[tuple[Symptom, ...], Text]]] = {
    "call-audio-not-measured": (
        AUDIO,
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "Whether sound reaches each side was not measured: the far end sent no figures.",
        ),
    ),
    "call-ack-not-measured": (
        DROPS,
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "Whether the call's confirmation (ACK) arrived intact was not measured: the far "
            "end sent no report.",
        ),
    ),
    "call-incoming-not-measured": (
        RINGING,
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "Whether an incoming call reaches this computer was not tested by this call.",
        ),
    ),
    "call-quality-not-measured": (
        CHOPPY,
        QT_TRANSLATE_NOOP(
            "CallFindings",
            "Call quality was not measured: sound did not flow both ways.",
        ),
    ),
}


# --- the whole ----------------------------------------------------------------------------------


def _note(symptom: Symptom, about: list[CallFinding], extra: Text | None) -> Text:
    """Reproduced (a finding explains it), a related problem (one concerns it without
    explaining it), not reproduced *this time* (measured: a short call cannot promise
    more), or not checked (with why)."""
    explaining = [c for c in about if symptom in c.finding.explains]
    problems = [c for c in about if c.finding.severity in (Severity.PROBLEM, Severity.WARNING)]
    measured = [c for c in about if c.measured]
    if explaining:
        note = QT_TRANSLATE_NOOP("CallFindings", "The test call reproduced it: {title}.").with_(
            title=explaining[0].finding.title
        )
    elif problems:
        note = QT_TRANSLATE_NOOP(
            "CallFindings", "The test call found a related problem: {title}."
        ).with_(title=problems[0].finding.title)
    elif measured:
        note = QT_TRANSLATE_NOOP(
            "CallFindings", "The test call did not reproduce it this time: {title}."
        ).with_(title=measured[0].finding.title)
    else:
        why = about[0].finding.detail if about else QT_TRANSLATE_NOOP("CallFindings", "no figures")
        note = QT_TRANSLATE_NOOP("CallFindings", "The test call could not check it: {why}").with_(
            why=why
        )
    if extra is not None:
        note = QT_TRANSLATE_NOOP("CallFindings", "{note} {extra}").with_(note=note, extra=extra)
    return note


def call_findings(
    summary: CallSummary | None,
    symptoms: Sequence[Symptom] = (),
    lifetimes: Sequence[Any] = (),
) -> CallDiagnosis:
    """The call's findings, what they say about each ticked symptom, and the advice.

    ``lifetimes``: the idle-connection test's results (``LifetimeResult``), when it
    ran; they add to what the call says about ringing.
    """
    ticked = [s for s in dict.fromkeys(symptoms) if s is not Symptom.NOT_SURE]
    if summary is None:
        return CallDiagnosis((), (), ())
    if not summary.established or summary.cancelled:  # stopped: what came so far is partial
        found = [_not_set_up(summary)]
        why = found[0].finding.detail
        notes = tuple(
            (
                s,
                QT_TRANSLATE_NOOP("CallFindings", "The test call could not check it: {why}").with_(
                    why=why
                ),
            )
            for s in ticked
        )
        return CallDiagnosis(tuple(found), notes, found[0].finding.actions)
    found = []
    for fid, topic in (
        ("call-audio-not-measured", _audio(summary)),
        ("call-ack-not-measured", _ack(summary)),
        ("call-incoming-not-measured", _incoming(summary)),
        ("", _large_invite(summary)),
        ("call-quality-not-measured", _quality(summary)),
    ):
        if topic is not None:
            found.append(topic)
        elif fid:
            concerns, why = _NOT_MEASURED[fid]
            if any(s in concerns for s in ticked):
                found.append(_not_measured(fid, concerns, why))
    lifetime = _lifetime_note(lifetimes)
    notes = tuple(
        (
            s,
            _note(
                s,
                [c for c in found if s in c.concerns],
                lifetime if s in RINGING else None,
            ),
        )
        for s in ticked
        if s in (*AUDIO, *DROPS, *RINGING, *CHOPPY)
    )
    steps: dict[str, Text] = {}  # Text holds a mapping, so it is not hashable: key by words
    for c in found:
        if c.finding.severity in (Severity.PROBLEM, Severity.WARNING):
            for a in c.finding.actions:
                steps.setdefault(a.render(), a)
    return CallDiagnosis(tuple(found), notes, tuple(steps.values()))
