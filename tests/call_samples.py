"""Hand-built test call summaries (pure data) for the findings and page-rendering unit tests.

The real caller against the loopback reflector is used wherever a test can
drive it (tests/cli, tests/ui/test_call_section.py); these stand for the
cases loopback cannot produce: lost paths, a rewritten ACK, loss, Wi-Fi.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.diagnosis.call_quality import RoundTrip, figures_from_report
from app.diagnosis.call_summary import (
    AckResult,
    CallSummary,
    IncomingResult,
    LargeInviteResult,
    PathResult,
)
from app.netinfo.link import LinkInfo

RTT = RoundTrip(samples=200, min_ms=20.0, median_ms=24.0, max_ms=40.0)


def figures(sent: int = 250, received: int = 250, jitter_ms: float = 2.0, rtt: Any = RTT) -> Any:
    return figures_from_report(sent=sent, received=received, jitter_ts=jitter_ms * 8, rtt=rtt)


def path(name: str, target: str | None = "198.51.100.7:40000", **kw: Any) -> PathResult:
    refused, error = kw.pop("refused", None), kw.pop("error", None)
    f = kw.pop("figures") if "figures" in kw else figures(**kw)
    return PathResult(name, target, refused, error, f)


def good_call(**changes: Any) -> CallSummary:
    s = CallSummary(
        reflector="198.51.100.7:5060",
        seconds=5,
        answered=True,
        provisional=(100, 180),
        final_status=200,
        final_reason="OK",
        established=True,
        confirmed=True,
        sdp_offered="192.168.1.10:20000",
        sdp_seen_by_far_end="192.168.1.10:20000",
        sdp_rewritten=False,
        sdp_answer="198.51.100.7:40000",
        ack=AckResult(True, True, True, "203.0.113.1:5060", ()),
        bye_answered=True,
        report_error=None,
        paths=(
            path("to_far_end"),
            path("back_to_announced", "192.168.1.10:20000"),
            path("back_to_source", "203.0.113.1:20000"),
        ),
        error=None,
        duration_s=7.1,
        cancelled=False,
        link=LinkInfo("wired", "eth0"),
    )
    return replace(s, **changes)


def with_paths(s: CallSummary, **by_name: PathResult) -> CallSummary:
    return replace(s, paths=tuple(by_name.get(p.name, p) for p in s.paths))  # type: ignore[arg-type]


def one_way_call(*, alg: bool = False) -> CallSummary:
    """Clean NAT: the SDP names the LAN address; only latched media arrives."""
    s = good_call()
    if alg:
        s = replace(s, sdp_seen_by_far_end="203.0.113.99:20000", sdp_rewritten=True)
    lost = path("back_to_announced", s.sdp_seen_by_far_end, received=0)
    return with_paths(s, back_to_announced=lost)


def failed_call(**changes: Any) -> CallSummary:
    lost = path("to_far_end", None, figures=None)
    s = good_call(
        answered=False,
        provisional=(),
        final_status=None,
        final_reason="",
        established=False,
        confirmed=False,
        sdp_seen_by_far_end=None,
        sdp_rewritten=None,
        sdp_answer=None,
        ack=AckResult(False, None, None, None, ()),
        bye_answered=False,
        error="no answer to the INVITE within 5 s",
    )
    s = with_paths(
        s,
        to_far_end=lost,
        back_to_announced=path("back_to_announced", None, figures=None),
        back_to_source=path("back_to_source", None, figures=None),
    )
    return replace(s, **changes)


def choppy_call(*, wifi: bool = True) -> CallSummary:
    s = good_call(link=LinkInfo("wifi", "wlan0", signal_dbm=-78) if wifi else None)
    return with_paths(
        s,
        to_far_end=path("to_far_end", received=220, jitter_ms=45.0),
        back_to_source=path("back_to_source", received=225, jitter_ms=40.0),
        back_to_announced=path("back_to_announced", received=225, jitter_ms=40.0),
    )


def with_extras(s: CallSummary, **extras: dict[str, Any]) -> CallSummary:
    """``s`` with the incoming call and/or large INVITE given as plain dicts."""
    changes: dict[str, Any] = {}
    if "incoming" in extras:
        i = extras["incoming"]
        changes["incoming"] = IncomingResult(
            i.get("idle_s", 0.0),
            i.get("arrived"),
            i.get("after_s"),
            i.get("rewritten"),
            i.get("note"),
        )
    if "large_invite" in extras:
        g = extras["large_invite"]
        changes["large_invite"] = LargeInviteResult(
            g.get("size", 0),
            g.get("outbound", "unknown"),
            g.get("inbound", "unknown"),
            tested=g.get("tested", True),
        )
    return replace(s, **changes)
