"""The test call's evidence turned into figures: set-up, ACK, and three media paths.

Pure: a :class:`~app.probes.call.CallRecord` (what the caller saw, the far
end's report included) and the local link in, a :class:`CallSummary` out.

The three paths, named for what they mean to a user:

* ``to_far_end``: our stream, as the far end received it (its report's
  counts and jitter against the packets we sent; the round trip is the one
  measured on the return path, the same loop);
* ``back_to_announced``: the far end's stream to the address and port our
  SDP named *as it arrived there* (if an ALG rewrote the SDP, the rewritten
  address) — what a provider that trusts SDP would do;
* ``back_to_source``: the far end's stream to where our RTP came from
  (latching) — what a provider that fixes NAT would do.

"Their voice reached you" is true when either return path arrived: a real
provider uses one of the two, and which one is the provider's choice.

Two more facts ride along: the incoming call ("does my phone ring after N s
idle?", :class:`IncomingResult`) and the large INVITE ("do call set-ups
bigger than one packet pass, each way?", :class:`LargeInviteResult`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from app.diagnosis.call_quality import PathFigures, figures_from_report, summarise_path
from app.netinfo.link import LinkInfo
from app.probes.call import (
    PATH_LATCHED,
    PATH_SDP,
    CallRecord,
    IncomingRecord,
    LargeInviteRecord,
    Sent,
)

PATHS: Final = ("to_far_end", "back_to_announced", "back_to_source")


@dataclass(frozen=True, slots=True)
class PathResult:
    name: str  # one of PATHS
    target: str | None  # where the packets were sent ("ip:port")
    refused: str | None  # why the far end did not send there (a safety rule)
    error: str | None  # a send error on the far end (e.g. no route to a private address)
    figures: PathFigures | None  # None: not measured (no report, or nothing was sent)

    @property
    def arrived(self) -> bool:
        return self.figures is not None and self.figures.unique > 0


@dataclass(frozen=True, slots=True)
class AckResult:
    sent: bool
    seen: bool | None  # None: the far end's report is missing
    unchanged: bool | None  # None: not seen, or no report
    source: str | None  # where the far end saw it come from
    changes: tuple[str, ...]  # header lines that arrived different ("-sent" / "+received")


@dataclass(frozen=True, slots=True)
class IncomingResult:
    """Did the reflector's INVITE reach us after ``idle_s`` seconds of silence?"""

    idle_s: float  # 0: not tested
    arrived: bool | None  # None: not tested or unknown (never registered, cut short)
    after_s: float | None  # seconds from the registration's answer to the INVITE
    rewritten: bool | None  # the INVITE arrived changed (None: not arrived, or no digest)
    note: str | None  # a plain sentence: why unknown, what a loss or a rewrite means
    registered: bool | None = None  # the reflector answered the REGISTER (None: not tested)
    sent_to: str | None = None  # the public address the reflector sent the INVITE to
    request_uri: str | None = None  # the INVITE's Request-URI as it arrived

    @property
    def tested(self) -> bool:
        return self.idle_s > 0


DIRECTIONS: Final = ("passed", "dropped", "unknown")


@dataclass(frozen=True, slots=True)
class LargeInviteResult:
    """Did a fragmented INVITE pass, out (to the far end) and back (to us)?"""

    size: int  # bytes of the large INVITE (and of the large answer asked for)
    outbound: str  # one of DIRECTIONS
    inbound: str  # one of DIRECTIONS
    tested: bool = True
    small_passed: bool | None = None  # the small control request came back (None: not tested)
    outbound_rewritten: bool | None = None  # the large INVITE arrived changed
    answer_size: int | None = None  # bytes of the large answer as it arrived
    tries: int = 0


@dataclass(frozen=True, slots=True)
class CallSummary:
    reflector: str
    seconds: int
    answered: bool  # any answer to the INVITE
    provisional: tuple[int, ...]
    final_status: int | None
    final_reason: str
    established: bool  # a 2xx arrived
    confirmed: bool  # the far end said it makes test calls
    sdp_offered: str | None
    sdp_seen_by_far_end: str | None
    sdp_rewritten: bool | None
    sdp_answer: str | None
    ack: AckResult
    bye_answered: bool
    report_error: str | None
    paths: tuple[PathResult, PathResult, PathResult]
    error: str | None
    duration_s: float
    cancelled: bool
    link: LinkInfo | None
    incoming: IncomingResult = IncomingResult(0.0, None, None, None, "not tested")
    large_invite: LargeInviteResult = LargeInviteResult(0, "unknown", "unknown", tested=False)

    def path(self, name: str) -> PathResult:
        return next(p for p in self.paths if p.name == name)

    @property
    def heard_them(self) -> bool | None:
        """Their voice reached you: either return path arrived (None: never got that far)."""
        back = (self.path("back_to_announced"), self.path("back_to_source"))
        if any(p.arrived for p in back):
            return True
        if not self.established or all(p.figures is None for p in back):
            return None
        return False

    @property
    def they_heard_you(self) -> bool | None:
        out = self.path("to_far_end")
        return None if out.figures is None else out.arrived

    @property
    def call_quality(self) -> PathFigures | None:
        """The figures that rate the call: the worse of our path and the better return path.

        A call sounds as good as its worse direction; of the two return paths
        a real provider uses one, so the better one stands for "back".
        """
        out = self.path("to_far_end").figures
        backs = [p.figures for p in self.paths[1:] if p.figures is not None and p.figures.mos]
        if out is None or out.mos is None or not backs:
            return None
        back = max(backs, key=lambda f: f.mos or 0.0)
        return out if out.mos <= (back.mos or 0.0) else back


def join_hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _hostport(addr: tuple[str, int] | None) -> str | None:
    return None if addr is None else join_hostport(*addr)


def _ack(record: CallRecord) -> AckResult:
    report = record.report
    if record.ack is None:
        return AckResult(False, None, None, None, ())
    if report is None:
        return AckResult(True, None, None, None, ())
    seen = report.ack
    if not seen.seen:
        return AckResult(True, False, None, None, ())
    unchanged = seen.digest == hashlib.sha256(record.ack).hexdigest()
    changes: tuple[str, ...] = ()
    if not unchanged and seen.request is not None:
        ours = record.ack.decode("latin-1").split("\r\n")
        theirs = seen.request.decode("latin-1").split("\r\n")
        changes = tuple(
            [f"-{line}" for line in ours if line not in theirs]
            + [f"+{line}" for line in theirs if line not in ours]
        )
    return AckResult(True, True, unchanged, _hostport(seen.source), changes)


def _return_path(name: str, record: CallRecord, tag: int, sent: Sent | None) -> PathResult:
    arrivals = record.arrivals.get(tag, ())
    if sent is None:  # no report: what arrived still counts, against the sequence span
        figures = summarise_path(arrivals) if arrivals else None
        return PathResult(name, None, None, None, figures)
    if sent.target is None:  # refused, or nothing ever came to latch on to
        return PathResult(name, None, sent.refused, sent.error, None)
    return PathResult(
        name,
        _hostport(sent.target),
        sent.refused,
        sent.error,
        summarise_path(arrivals, sent=max(sent.sent, len({a.sequence for a in arrivals}))),
    )


def _incoming(record: CallRecord) -> IncomingResult:
    idle = float(record.idle)
    rec: IncomingRecord | None = record.incoming
    if not idle:
        return IncomingResult(0.0, None, None, None, "not tested (idle time 0)")
    if rec is None:
        why = "cancelled" if record.cancelled else "the test call ended before it"
        return IncomingResult(idle, None, None, None, f"not finished ({why})")
    if not rec.registered:
        return IncomingResult(idle, None, None, None, rec.error or "not registered", False)
    if not rec.arrived:
        lost = (
            f"no incoming call within {idle:g} s of silence: the router most likely forgot "
            f"this computer's address sooner, so a provider's call would not ring unless the "
            f"phone re-registers or sends keep-alives more often than every {idle:g} s (the "
            f"far end sends its INVITE once: a single lost packet looks the same)"
        )
        return IncomingResult(idle, False, None, None, lost, True)
    sent_to = _hostport(rec.sent_to)
    note: str | None = None
    if rec.rewritten:
        note = "the incoming INVITE arrived changed: something on the way (a SIP ALG) rewrote it"
        uri_host = (rec.request_uri or "").rsplit("@", 1)[-1].split(";", 1)[0]
        if sent_to and uri_host and uri_host != sent_to:
            note += f"; addressed to {sent_to}, it arrived addressed to {uri_host}"
    elif rec.rewritten is None:
        note = "the INVITE carried no digest to compare: whether it was rewritten is unknown"
    return IncomingResult(
        idle, True, rec.after, rec.rewritten, note, True, sent_to, rec.request_uri
    )


def _direction(passed: bool, control: bool) -> str:
    """Dropped only when small messages came back on the same path at the same time."""
    if passed:
        return "passed"
    return "dropped" if control else "unknown"


def _large_invite(rec: LargeInviteRecord | None) -> LargeInviteResult:
    if rec is None:
        return LargeInviteResult(0, "unknown", "unknown", tested=False)
    if rec.sized is False:
        # An older reflector: its answers are not sized, so an answer lost on the way out
        # could be the large echo coming back, and the "large" answer is not large.
        return LargeInviteResult(
            size=rec.size,
            outbound="passed" if rec.outbound else "unknown",
            inbound="unknown",
            small_passed=rec.control,
            outbound_rewritten=rec.outbound_rewritten,
            tries=rec.tries,
        )
    return LargeInviteResult(
        size=rec.size,
        outbound=_direction(rec.outbound, rec.control),
        inbound=_direction(rec.inbound, rec.control),
        small_passed=rec.control,
        outbound_rewritten=rec.outbound_rewritten,
        answer_size=rec.inbound_received or None,
        tries=rec.tries,
    )


def summarise_call(record: CallRecord, link: LinkInfo | None = None) -> CallSummary:
    report = record.report
    back_sdp = _return_path(
        "back_to_announced", record, PATH_SDP, None if report is None else report.to_sdp
    )
    back_src = _return_path(
        "back_to_source", record, PATH_LATCHED, None if report is None else report.to_source
    )
    rtt = next((p.figures.rtt for p in (back_src, back_sdp) if p.figures and p.figures.rtt), None)
    out_figures = None
    if report is not None and record.sent > 0:
        rx = report.reception
        out_figures = figures_from_report(
            sent=record.sent, received=rx.unique, jitter_ts=rx.jitter_ts, rtt=rtt
        )
    out = PathResult("to_far_end", _hostport(record.answer_media), None, None, out_figures)
    seen_sdp = None if report is None else report.sdp_received
    return CallSummary(
        reflector=join_hostport(*record.reflector),
        seconds=record.seconds,
        answered=bool(record.provisional) or record.final_status is not None,
        provisional=record.provisional,
        final_status=record.final_status,
        final_reason=record.final_reason,
        established=record.established,
        confirmed=record.confirmed,
        sdp_offered=_hostport(record.offered_media),
        sdp_seen_by_far_end=_hostport(seen_sdp),
        sdp_rewritten=None
        if seen_sdp is None or record.offered_media is None
        else seen_sdp != record.offered_media,
        sdp_answer=_hostport(record.answer_media),
        ack=_ack(record),
        bye_answered=record.bye_status is not None,
        report_error=record.report_error,
        paths=(out, back_sdp, back_src),
        error=record.error,
        duration_s=record.duration,
        cancelled=record.cancelled,
        link=link,
        incoming=_incoming(record),
        large_invite=_large_invite(record.large_invite),
    )
