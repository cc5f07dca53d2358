"""The test call as plain sentences or as JSON: ``sipalg call``, ``sipalg probe --call``
and the saved report (so it lives with the report, not in the CLI).

The JSON keys are documented in docs/json-report.md ("The test call").
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Final

from app import __version__
from app.diagnosis.call_quality import PathFigures, quality_band
from app.diagnosis.call_summary import (
    CallSummary,
    IncomingResult,
    LargeInviteResult,
    PathResult,
)
from app.netinfo.link import LinkInfo

QUALITY_WORDS: Final = {
    "best": "excellent",
    "high": "good",
    "medium": "fair",
    "low": "poor",
    "poor": "bad",
    "unusable": "unusable",
}
PATH_WORDS: Final = {
    "to_far_end": "your voice to them",
    "back_to_announced": "to the address your phone announced",
    "back_to_source": "to where your audio came from",
}


def _r(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def figures_json(f: PathFigures | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {
        "sent": f.sent,
        "received": f.received,
        "unique": f.unique,
        "duplicates": f.duplicates,
        "reordered": f.reordered,
        "lost": f.lost,
        "loss_percent": round(100 * f.loss_fraction, 2),
        "jitter_ms": round(f.jitter_ms, 2),
        "rtt_ms": None
        if f.rtt is None
        else {
            "min": round(f.rtt.min_ms, 2),
            "median": round(f.rtt.median_ms, 2),
            "max": round(f.rtt.max_ms, 2),
            "samples": f.rtt.samples,
        },
        "mouth_to_ear_ms": _r(f.mouth_to_ear_ms),
        "r_factor": _r(f.r_factor),
        "mos": _r(f.mos, 2),
        "quality": None if f.r_factor is None or f.mos is None else quality_band(f.r_factor),
    }


def path_json(p: PathResult) -> dict[str, Any]:
    return {
        "arrived": p.arrived if p.figures is not None else None,
        "target": p.target,
        "refused": p.refused,
        "error": p.error,
        "figures": figures_json(p.figures),
    }


def link_json(link: LinkInfo | None) -> dict[str, Any] | None:
    return None if link is None else asdict(link)


def incoming_json(i: IncomingResult) -> dict[str, Any]:
    return {
        "idle_s": i.idle_s,
        "arrived": i.arrived,
        "after_s": _r(i.after_s, 2),
        "rewritten": i.rewritten,
        "note": i.note,
        "tested": i.tested,
        "registered": i.registered,
        "sent_to": i.sent_to,
        "request_uri": i.request_uri,
    }


def large_invite_json(g: LargeInviteResult) -> dict[str, Any]:
    return {
        "size": g.size,
        "outbound": g.outbound,
        "inbound": g.inbound,
        "tested": g.tested,
        "small_passed": g.small_passed,
        "outbound_rewritten": g.outbound_rewritten,
        "answer_size": g.answer_size,
        "tries": g.tries,
    }


def call_json(s: CallSummary) -> dict[str, Any]:
    quality = s.call_quality
    return {
        "reflector": s.reflector,
        "seconds": s.seconds,
        "duration_s": round(s.duration_s, 3),
        "cancelled": s.cancelled,
        "error": s.error,
        "setup": {
            "answered": s.answered,
            "provisional": list(s.provisional),
            "final_status": s.final_status,
            "final_reason": s.final_reason or None,
            "established": s.established,
            "test_call_confirmed": s.confirmed,
            "bye_answered": s.bye_answered,
            "report_error": s.report_error,
        },
        "sdp": {
            "offered": s.sdp_offered,
            "seen_by_far_end": s.sdp_seen_by_far_end,
            "rewritten": s.sdp_rewritten,
            "answer": s.sdp_answer,
        },
        "ack": {
            "sent": s.ack.sent,
            "seen": s.ack.seen,
            "unchanged": s.ack.unchanged,
            "source": s.ack.source,
            "changes": list(s.ack.changes),
        },
        "paths": {p.name: path_json(p) for p in s.paths},
        "heard_them": s.heard_them,
        "they_heard_you": s.they_heard_you,
        "mos": None if quality is None else _r(quality.mos, 2),
        "quality": None
        if quality is None or quality.r_factor is None
        else quality_band(quality.r_factor),
        "incoming": incoming_json(s.incoming),
        "large_invite": large_invite_json(s.large_invite),
    }


def to_json(s: CallSummary, extra: dict[str, Any] | None = None) -> str:
    """``extra``: keys added to ``call`` (what the call means: report/call_section.py)."""
    doc = {
        "call": {**call_json(s), **(extra or {})},
        "link": link_json(s.link),
        "tool": {"name": "sip-alg-doctor", "version": __version__},
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _yes_no(value: bool | None) -> str:
    return "not measured" if value is None else ("yes" if value else "no")


def _detail(f: PathFigures | None) -> str:
    if f is None or f.unique == 0:
        return ""
    return f" (loss {100 * f.loss_fraction:.0f} %, jitter {f.jitter_ms:.0f} ms)"


def _path_line(p: PathResult) -> str:
    where = f" ({p.target})" if p.target else ""
    if p.figures is None:
        why = p.refused or p.error or "not measured"
        return f"  {PATH_WORDS[p.name]}{where}: not sent ({why})"
    f = p.figures
    line = f"  {PATH_WORDS[p.name]}{where}: {_yes_no(p.arrived)}"
    if p.arrived:
        return line + _detail(f)
    if p.error and not f.sent:
        return line + f" (the far end could not send there: {p.error})"
    return line + f" (0 of {f.sent or 0} packets arrived)"


def _link_line(link: LinkInfo | None) -> str | None:
    if link is None:
        return None
    if link.kind == "unknown":
        return f"Your connection: could not tell Wi-Fi from cable ({link.reason or 'unknown'})"
    words = "Wi-Fi" if link.kind == "wifi" else "a cable"
    extra = f" ({link.interface})" if link.interface else ""
    if link.kind == "wifi" and link.signal_dbm is not None:
        extra += f", signal {link.signal_dbm} dBm"
    elif link.kind == "wifi" and link.signal_percent is not None:
        extra += f", signal {link.signal_percent} %"
    return f"Your connection: {words}{extra}"


def incoming_lines(i: IncomingResult) -> list[str]:
    """ "Does my phone ring?" in plain words (nothing when not tested)."""
    if not i.tested:
        return []
    head = f"Incoming call after {i.idle_s:g} s idle"
    if i.arrived is None:
        return [f"{head}: not known ({i.note or 'no answer'})"]
    if not i.arrived:
        return [f"{head}: did not arrive", f"  {i.note}"]
    when = f" after {i.after_s:.1f} s" if i.after_s is not None else ""
    if i.rewritten:
        return [
            f"{head}: your phone would ring{when}, but the call set-up was rewritten",
            f"  {i.note}",
        ]
    return [f"{head}: your phone would ring (it arrived{when}, unchanged)"]


_DIRECTION_WORDS: Final = {
    "passed": "passed",
    "dropped": "blocked (your router drops fragmented packets)",
    "unknown": "not known (no answer, not even to small messages)",
}


def large_invite_lines(g: LargeInviteResult) -> list[str]:
    """Large call set-ups in plain words (nothing when not tested)."""
    if not g.tested:
        return []
    if g.outbound == g.inbound == "passed":
        return [f"Large call set-ups ({g.size} bytes, more than one packet holds): pass both ways"]
    return [
        f"Large call set-ups ({g.size} bytes, more than one packet holds):",
        f"  from you to the far end: {_DIRECTION_WORDS[g.outbound]}",
        f"  from the far end to you: {_DIRECTION_WORDS[g.inbound]}",
    ]


def to_text(s: CallSummary) -> str:
    lines = [f"Test call to {s.reflector} ({s.seconds} s of audio each way)"]
    if s.cancelled:
        lines.append("Cancelled before the call finished.")
    if not s.established:
        codes = ", ".join(str(c) for c in s.provisional)
        heard = f" (provisional answers: {codes})" if codes else ""
        lines.append(f"Call set-up: failed{heard}: {s.error or 'no answer'}")
        lines += large_invite_lines(s.large_invite) + incoming_lines(s.incoming)
        link = _link_line(s.link)
        return "\n".join([*lines, *([link] if link else [])]) + "\n"
    codes = ", ".join(str(c) for c in (*s.provisional, s.final_status))
    ack = s.ack
    if ack.seen is None:
        ack_words = "whether our ACK arrived is unknown (no report from the far end)"
    elif not ack.seen:
        ack_words = "our ACK never reached the far end (a real call would drop after about 32 s)"
    elif ack.unchanged:
        ack_words = "our ACK reached the far end unchanged"
    else:
        ack_words = "our ACK reached the far end rewritten: " + "; ".join(ack.changes[:6])
    lines.append(f"Call set-up: answered ({codes}); {ack_words}")
    out = s.path("to_far_end")
    lines.append(f"Your voice reached them: {_yes_no(s.they_heard_you)}{_detail(out.figures)}")
    lines.append(f"Their voice reached you: {_yes_no(s.heard_them)}")
    lines += [_path_line(p) for p in s.paths[1:]]
    rtt = next((p.figures.rtt for p in s.paths if p.figures and p.figures.rtt), None)
    if rtt is not None:
        lines.append(f"Round trip: {rtt.median_ms:.0f} ms")
    quality = s.call_quality
    if quality is not None and quality.mos is not None and quality.r_factor is not None:
        word = QUALITY_WORDS[quality_band(quality.r_factor)]
        lines.append(f"Call quality: {word} (MOS {quality.mos:.1f} of 5)")
    else:
        lines.append("Call quality: not measured (audio did not flow both ways)")
    if s.sdp_rewritten:
        lines.append(
            f"The audio address your phone announced was rewritten on the way: "
            f"{s.sdp_offered} -> {s.sdp_seen_by_far_end} (a SIP ALG at work)"
        )
    lines += large_invite_lines(s.large_invite) + incoming_lines(s.incoming)
    if s.report_error:
        lines.append(f"Note: {s.report_error}")
    if s.error:
        lines.append(f"Note: {s.error}")
    link = _link_line(s.link)
    if link:
        lines.append(link)
    return "\n".join(lines) + "\n"
