"""The reflector as the far end of a short test call.

An INVITE with ``X-SIPALG-Test-Call: seconds=N`` (protocols/call_report.py)
is answered like a phone would: 100 Trying, 180 Ringing, 200 OK with an SDP
naming a media port of ours; the 200 is retransmitted (RFC 3261 §13.3.1.4)
until the ACK arrives. Media then flows both ways in 20 ms G.711-sized RTP
packets; the caller hangs up with a BYE, whose 200 OK carries the report
(whether and how the ACK arrived, what we received, what we sent where).

Two return streams, each its own SSRC and path tag (protocols/rtp.py):

* to the address and port the SDP we *received* names (what a provider that
  trusts SDP does), and
* to the address the caller's RTP actually came from (symmetric RTP,
  "latching", what a provider that fixes NAT does).

Why so much care: this runs on a public address, and "send media to the
address in the SDP" is a reflection weapon if done naively. So:

* SDP-addressed media goes only to the signalling source's own IP, or to an
  address that is not routed on the internet (private, CGNAT, documentation,
  reserved), never to someone else's public address; never to loopback,
  link-local, multicast, broadcast or the unspecified address, nor to a port
  below 1024. :func:`sdp_target_refusal` decides, and is unit-tested.
* Each return stream sends at most as many packets as the caller sent us
  (credits), for at most N seconds plus a little, so nothing is multiplied.
* Everything sent for a call (answers, retransmitted 200s, media) stays
  within 3x the bytes received for it, as every other answer of the
  reflector to an unverified UDP source (RFC 9000 §8's rule).
* State is bounded: a cap on concurrent calls in total and per source IP,
  a hard lifetime per call (N seconds + a set-up grace), a cap on the
  packets a call accepts; the per-source message rate limit applies to the
  SIP messages as to every other (server.py checks it first).

Only UDP: a test call over TCP gets the plain probe's answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import ipaddress
import logging
import secrets
import socket
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from app.protocols import call_report
from app.protocols.call_report import AckSeen, CallReport, Reception, Sent
from app.protocols.errors import LocalProtocolError, RemoteProtocolError
from app.protocols.rtp import (
    PATH_LATCHED,
    PATH_SDP,
    PCMU,
    build_probe_packet,
    is_rtcp,
    parse_probe_payload,
    parse_rtp,
    probe_timestamp,
)
from app.protocols.sdp import parse_sdp
from app.protocols.sip import Header, Request, Response, parse_message
from app.reflector.limits import source_key
from app.reflector.responder import AMPLIFICATION, SERVER, build_response_head

log = logging.getLogger("sipalg.reflector")

TICK: Final = 0.020  # one G.711 packet
T1: Final = 0.5
T2: Final = 4.0
SETUP_GRACE: Final = 10.0  # seconds a call may live beyond its N seconds of media
LINGER: Final = 5.0  # after the BYE: answer its retransmissions with the same report
MEDIA_SLACK: Final = 1.0  # seconds of sending allowed beyond N (the caller's start lags ours)
CATCH_UP: Final = 3  # packets per stream and tick at most, when our clock fell behind


@dataclass(frozen=True)
class CallConfig:
    max_calls: int = 256
    max_calls_per_source: int = 4
    media_ports: tuple[int, int] | None = None  # a range for firewalls; None: ephemeral


def sdp_target_refusal(host: str, port: int, source_ip: str) -> str | None:
    """Why media must not go to ``host:port`` named in SDP from ``source_ip`` (None: allowed)."""
    try:
        ip = ipaddress.ip_address(host)
        src = ipaddress.ip_address(source_ip)
    except ValueError:
        return "the SDP address is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if isinstance(src, ipaddress.IPv6Address) and src.ipv4_mapped is not None:
        src = src.ipv4_mapped
    if not 1024 <= port <= 65535:
        return "the SDP port is below 1024 (not a media port)"
    if ip == src:
        return None
    if ip.is_unspecified or ip.is_loopback or ip.is_link_local or ip.is_multicast:
        return "the SDP address is loopback, link-local, multicast or unspecified"
    if isinstance(ip, ipaddress.IPv4Address) and ip == ipaddress.IPv4Address("255.255.255.255"):
        return "the SDP address is the broadcast address"
    if ip.is_global:
        return "the SDP address is a public address other than the caller's"
    return None  # private or reserved: shows the failure without reaching anyone


@dataclass
class _RxStats:
    """What we received of the caller's stream: counts and RFC 3550 A.8 jitter."""

    received: int = 0
    seqs: set[int] = field(default_factory=set)
    jitter: float = 0.0
    _last: tuple[float, int] | None = None
    last_send_us: int = 0  # the newest caller send time, echoed back for its round trip
    last_arrival: float = 0.0

    def update(self, seq: int, timestamp: int, arrival: float, send_us: int) -> None:
        self.received += 1
        self.seqs.add(seq)
        now = arrival * 8000
        if self._last is not None:
            ts_delta = (timestamp - self._last[1]) % (1 << 32)
            if ts_delta >= 1 << 31:
                ts_delta -= 1 << 32
            self.jitter += (abs((now - self._last[0]) - ts_delta) - self.jitter) / 16
        self._last = (now, timestamp)
        self.last_send_us, self.last_arrival = send_us, arrival


@dataclass
class _Stream:
    """One of our return streams."""

    path: int
    target: tuple[str, int] | None
    refused: str | None = None
    ssrc: int = field(default_factory=lambda: secrets.randbits(32))
    seq0: int = field(default_factory=lambda: secrets.randbits(16))
    ts0: int = field(default_factory=lambda: secrets.randbits(32))
    sent: int = 0
    error: str | None = None

    def report(self) -> Sent:
        return Sent(self.target, self.sent, self.refused, self.error)


@dataclass
class ActiveCall:
    call_id: str
    source: tuple[str, int]
    seconds: int
    invite: Request
    sdp_received: tuple[str, int] | None
    answer: bytes  # the 200 OK, retransmitted until the ACK
    media: asyncio.DatagramTransport | None = None
    bytes_in: int = 0
    bytes_out: int = 0
    ack: AckSeen = field(default_factory=lambda: AckSeen(False))
    rx: _RxStats = field(default_factory=_RxStats)
    latched: tuple[str, int] | None = None
    strays: int = 0
    streams: tuple[_Stream, _Stream] = field(
        default_factory=lambda: (_Stream(PATH_SDP, None), _Stream(PATH_LATCHED, None))
    )
    media_start: float | None = None
    bye_answer: bytes | None = None
    retransmit: asyncio.TimerHandle | None = None
    expiry: asyncio.TimerHandle | None = None
    opening: asyncio.Task[None] | None = None
    refused_out: int = 0  # sends skipped by the 3x budget

    @property
    def ended(self) -> bool:
        return self.bye_answer is not None

    def budget_allows(self, size: int) -> bool:
        return self.bytes_out + size <= AMPLIFICATION * self.bytes_in

    @property
    def max_packets(self) -> int:
        """Packets a call accepts from the caller (two streams' worth of slack)."""
        return int(self.seconds / TICK) * 2 + 100

    def report(self) -> CallReport:
        return CallReport(
            seconds=self.seconds,
            ack=self.ack,
            sdp_received=self.sdp_received,
            reception=Reception(
                received=self.rx.received,
                unique=len(self.rx.seqs),
                jitter_ts=self.rx.jitter,
                source=self.latched,
                strays=self.strays,
            ),
            to_sdp=self.streams[0].report(),
            to_source=self.streams[1].report(),
        )


def _sdp_media(body: bytes) -> tuple[str, int] | None:
    """The audio address and port an SDP offer names, or None if it names none usable."""
    try:
        sdp = parse_sdp(body)
    except RemoteProtocolError:
        return None
    for index, media in enumerate(sdp.media, start=1):
        if media.media != "audio" or media.port == 0:
            continue
        conn = sdp.media_connection(index)
        if conn is None or conn.nettype != "IN":
            return None
        return conn.address, media.port
    return None


def _response(
    request: Request,
    source: tuple[str, int],
    status: int,
    reason: str,
    extra: tuple[Header, ...] = (),
    body: bytes = b"",
) -> bytes:
    _, _, head = build_response_head(request, source)
    headers = [h for h in head if h.canonical not in ("Server", "Content-Type")]
    if status == 100:  # a 100 carries no To tag of ours (§8.2.6.1 lets it be copied as is)
        headers = [
            Header(h.name, request.get("To") or h.value) if h.canonical == "To" else h
            for h in headers
        ]
    headers += [Header("Server", SERVER), *extra, Header("Content-Length", str(len(body)))]
    return bytes(Response(status, reason, tuple(headers), body))


def answer_sdp(address: str, port: int, session: int) -> bytes:
    kind = "IP6" if ":" in address else "IP4"
    lines = [
        "v=0",
        f"o=sipalg-reflector {session} {session} IN {kind} {address}",
        "s=SIP ALG Doctor test call",
        f"c=IN {kind} {address}",
        "t=0 0",
        f"m=audio {port} RTP/AVP {PCMU}",
        "a=rtpmap:0 PCMU/8000",
        "a=ptime:20",
        "a=sendrecv",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def _request_uri_host(uri: str) -> str | None:
    """The host of ``sip:user@host:port``: where the caller reached us (an IP literal only)."""
    rest = uri.split(":", 1)[1] if ":" in uri else uri
    rest = rest.split(";", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    if rest.startswith("["):
        host = rest[1 : rest.find("]")] if "]" in rest else ""
    else:
        host = rest.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


class _MediaProtocol(asyncio.DatagramProtocol):
    def __init__(self, desk: CallDesk, call: ActiveCall, dual_stack: bool = False) -> None:
        self.desk, self.call = desk, call
        self.dual_stack = dual_stack  # an IPv6 socket: IPv4 targets go as ::ffff:a.b.c.d
        self.last_error: Exception | None = None

    def datagram_received(self, data: bytes, addr: Any) -> None:
        try:
            self.desk.on_media(self.call, data, addr)
        except Exception:  # one packet must not end the reflector
            self.desk.stats["internal_error"] += 1
            log.exception("internal_error")

    def error_received(self, exc: Exception) -> None:
        # asyncio reports a synchronous send error (no route to a private address)
        # here, inside sendto(); _send_media looks at it right after each send.
        self.last_error = exc
        self.desk.stats["call_icmp_error"] += 1


def _plain(addr: Any) -> tuple[str, int]:
    host, port = str(addr[0]), int(addr[1])
    if host.startswith("::ffff:") and "." in host:
        host = host[7:]
    return host, port


@dataclass
class CallDesk:
    """The reflector's test calls: set-up, media, report, clean-up."""

    config: CallConfig
    listen: str
    open_socket: Callable[[int], Any]  # a bound, non-blocking UDP socket on that port (0: any)
    stats: Counter[str]
    clock: Callable[[], float] = time.monotonic
    calls: dict[str, ActiveCall] = field(default_factory=dict)
    by_source: Counter[str] = field(default_factory=Counter)
    _ticker: asyncio.Task[None] | None = None

    @property
    def active(self) -> int:
        return sum(1 for c in self.calls.values() if not c.ended)

    # --- SIP ------------------------------------------------------------------

    def handles(
        self, data: bytes, source: tuple[str, int], addr: Any, sip: asyncio.DatagramTransport
    ) -> bool:
        """Take ``data`` if it belongs to a test call; False leaves it to the plain answer."""
        head = data.lstrip(b"\r\n")[:8].upper()
        new_call = head.startswith(b"INVITE ") and call_report.HEADER.encode() in data
        in_dialog = bool(self.calls) and head.startswith((b"ACK ", b"BYE ", b"INVITE "))
        if not (new_call or in_dialog):
            return False
        try:
            msg = parse_message(data)
        except RemoteProtocolError:
            return False
        if not isinstance(msg, Request):
            return False
        new_call = new_call and msg.get(call_report.HEADER) is not None  # a header, not body text
        call = self.calls.get(msg.get("Call-ID") or "")
        if call is not None and call.source[0] == source[0]:
            call.bytes_in += len(data)
            self._in_dialog(call, msg, data, source, addr, sip)
            return True
        if not new_call or call is not None:
            return False
        self._new_call(msg, data, source, addr, sip)
        return True

    def _send(
        self, call: ActiveCall, sip: asyncio.DatagramTransport, wire: bytes, addr: Any
    ) -> bool:
        if not call.budget_allows(len(wire)) or sip.is_closing():
            call.refused_out += 1
            self.stats["call_budget_refused"] += 1
            return False
        sip.sendto(wire, addr)
        call.bytes_out += len(wire)
        self.stats["call_bytes_out"] += len(wire)
        return True

    def _reject(
        self,
        msg: Request,
        data: bytes,
        source: tuple[str, int],
        addr: Any,
        sip: asyncio.DatagramTransport,
        status: int,
        reason: str,
        why: str,
    ) -> None:
        self.stats["call_refused"] += 1
        try:
            wire = _response(msg, source, status, reason, (Header("Retry-After", "10"),))
        except RemoteProtocolError:
            return
        if len(wire) <= AMPLIFICATION * len(data):
            sip.sendto(wire, addr)
        log.info("call_refused", extra={"fields": {"src": source[0], "why": why}})

    def _new_call(
        self,
        msg: Request,
        data: bytes,
        source: tuple[str, int],
        addr: Any,
        sip: asyncio.DatagramTransport,
    ) -> None:
        if any(msg.get(n) is None for n in ("Via", "From", "To", "Call-ID", "CSeq")):
            self.stats["call_refused"] += 1
            return
        seconds = call_report.parse_marker(msg.get(call_report.HEADER) or "")
        if seconds is None:
            self._reject(msg, data, source, addr, sip, 400, "Bad Test Call Length", "seconds")
            return
        if (
            len(self.calls) >= self.config.max_calls
            or self.by_source[source_key(source[0])] >= self.config.max_calls_per_source
        ):
            self._reject(msg, data, source, addr, sip, 503, "Too Many Test Calls", "busy")
            return
        offered = _sdp_media(msg.body)
        try:
            sock = self._media_socket()
        except OSError as exc:
            self._reject(msg, data, source, addr, sip, 503, "No Media Port", str(exc))
            return
        loop = asyncio.get_running_loop()
        local = _plain(sock.getsockname())
        media_host = self._media_host(msg, local[0], source, sock)
        session = secrets.randbelow(10**9)
        sip_port = int(sip.get_extra_info("sockname")[1])
        contact = f"<sip:reflector@{sip_host(media_host)}:{sip_port}>"
        try:
            answer = _response(
                msg,
                source,
                200,
                "OK",
                (
                    Header("Contact", contact),
                    Header(call_report.HEADER, call_report.marker(seconds)),
                    Header("Content-Type", "application/sdp"),
                ),
                answer_sdp(media_host, local[1], session),
            )
            trying = _response(msg, source, 100, "Trying")
            ringing = _response(msg, source, 180, "Ringing", (Header("Contact", contact),))
        except (RemoteProtocolError, LocalProtocolError):
            sock.close()
            self.stats["call_refused"] += 1
            return
        call = ActiveCall(
            call_id=msg.get("Call-ID") or "",
            source=source,
            seconds=seconds,
            invite=msg,
            sdp_received=offered,
            answer=answer,
            bytes_in=len(data),
        )
        sdp_stream = call.streams[0]
        if offered is None:
            sdp_stream.refused = "the INVITE had no usable audio address in its SDP"
        else:
            sdp_stream.refused = sdp_target_refusal(offered[0], offered[1], source[0])
            if sdp_stream.refused is None:
                sdp_stream.target = offered
        self.calls[call.call_id] = call
        self.by_source[source_key(source[0])] += 1
        self.stats["call_started"] += 1
        for wire in (trying, ringing, answer):
            self._send(call, sip, wire, addr)
        self._arm_retransmit(call, sip, addr, T1)
        call.opening = loop.create_task(self._open_media(call, sock))
        call.expiry = loop.call_later(seconds + SETUP_GRACE, self._expire, call)
        self._ensure_ticker(loop)
        log.info(
            "call",
            extra={
                "fields": {
                    "src": source[0],
                    "sport": source[1],
                    "seconds": seconds,
                    "media_port": local[1],
                    "sdp": None if offered is None else f"{offered[0]}:{offered[1]}",
                    "sdp_refused": sdp_stream.refused,
                }
            },
        )

    def _media_socket(self) -> Any:
        """A socket for one call's media: in the configured range, else anywhere."""
        if self.config.media_ports is None:
            return self.open_socket(0)
        low, high = self.config.media_ports
        for _ in range(16):
            try:
                return self.open_socket(low + secrets.randbelow(high - low + 1))
            except OSError:
                continue
        raise OSError("no free port in the media port range")

    async def _open_media(self, call: ActiveCall, sock: Any) -> None:
        """Wrap the media socket in a transport (packets arriving meanwhile wait in its buffer)."""
        loop = asyncio.get_running_loop()
        try:
            transport, _ = await loop.create_datagram_endpoint(
                lambda: _MediaProtocol(self, call, sock.family == socket.AF_INET6), sock=sock
            )
        except OSError:
            sock.close()
            self.stats["call_media_error"] += 1
            return
        if call.ended or self.calls.get(call.call_id) is not call:
            transport.close()
            return
        call.media = transport

    def _media_host(self, msg: Request, bound: str, source: tuple[str, int], sock: Any) -> str:
        """The address to name in our SDP: where the caller reached us, as best we know it.

        A specific listening address is the answer; on a wildcard, the host the
        caller put in the Request-URI (the address it dialled, which is also
        right behind a cloud provider's 1:1 NAT), else the local address the
        kernel routes towards the caller from.
        """
        if bound not in ("0.0.0.0", "::"):
            return bound
        dual = sock.family == socket.AF_INET6  # "::" takes IPv4 too (server.udp_socket)
        host = _request_uri_host(msg.uri)
        if host is not None and (dual or ":" not in host):
            return host
        family = socket.AF_INET6 if ":" in source[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_DGRAM) as probe:
            try:
                probe.connect(source)
                return str(probe.getsockname()[0])
            except OSError:
                return "::1" if family == socket.AF_INET6 else "127.0.0.1"

    def _arm_retransmit(
        self, call: ActiveCall, sip: asyncio.DatagramTransport, addr: Any, interval: float
    ) -> None:
        def fire() -> None:
            call.retransmit = None
            if call.ack.seen or call.ended or call.call_id not in self.calls:
                return
            if self._send(call, sip, call.answer, addr):
                self.stats["call_200_retransmitted"] += 1
            self._arm_retransmit(call, sip, addr, min(interval * 2, T2))

        call.retransmit = asyncio.get_running_loop().call_later(interval, fire)

    def _in_dialog(
        self,
        call: ActiveCall,
        msg: Request,
        data: bytes,
        source: tuple[str, int],
        addr: Any,
        sip: asyncio.DatagramTransport,
    ) -> None:
        method = msg.method.upper()
        if method == "INVITE":  # a retransmission: the answer again (re-INVITEs are not ours)
            if not call.ended:
                self._send(call, sip, call.answer, addr)
            return
        if method == "ACK":
            if call.ack.seen:
                call.ack = AckSeen(
                    True, call.ack.source, call.ack.digest, call.ack.request, call.ack.copies + 1
                )
            else:
                call.ack = AckSeen(True, source, hashlib.sha256(data).hexdigest(), data, 1)
                if call.retransmit is not None:
                    call.retransmit.cancel()
                    call.retransmit = None
            return
        if method == "BYE":
            if call.bye_answer is None:
                self._end_media(call)
                call.bye_answer = self._bye_answer(call, msg, source)
                self.stats["call_ended"] += 1
                if call.expiry is not None:
                    call.expiry.cancel()
                call.expiry = asyncio.get_running_loop().call_later(LINGER, self._forget, call)
                log.info(
                    "call_end",
                    extra={
                        "fields": {
                            "src": source[0],
                            "ack": call.ack.seen,
                            "rx": call.rx.received,
                            "tx_sdp": call.streams[0].sent,
                            "tx_src": call.streams[1].sent,
                        }
                    },
                )
            if call.bye_answer:
                self._send(call, sip, call.bye_answer, addr)

    def _bye_answer(self, call: ActiveCall, msg: Request, source: tuple[str, int]) -> bytes:
        """The 200 to the BYE with the report; the ACK's bytes left out if over budget."""
        report = call.report()
        wire = b""
        for attempt in (report, _without_ack_bytes(report)):
            try:
                wire = _response(
                    msg,
                    source,
                    200,
                    "OK",
                    (Header("Content-Type", call_report.CONTENT_TYPE),),
                    call_report.encode(attempt),
                )
            except RemoteProtocolError:
                return b""
            if call.budget_allows(len(wire)):
                break
        return wire  # still over budget: _send refuses it and counts that

    # --- media ------------------------------------------------------------------

    def on_media(self, call: ActiveCall, data: bytes, addr: Any) -> None:
        if call.ended or call.rx.received + call.strays >= call.max_packets:
            self.stats["call_media_ignored"] += 1
            return
        if is_rtcp(data):
            return
        try:
            packet = parse_rtp(data)
            probe = parse_probe_payload(packet.payload)
        except RemoteProtocolError:
            self.stats["call_media_garbage"] += 1
            return
        source = _plain(addr)
        if call.latched is None:
            call.latched = source
            call.streams[1].target = source
        elif source != call.latched:
            call.strays += 1
            return
        call.bytes_in += len(data)
        now = self.clock()
        if call.media_start is None:
            call.media_start = now
        call.rx.update(packet.sequence, packet.timestamp, now, probe.send_time_us)

    def _ensure_ticker(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._ticker is None or self._ticker.done():
            self._ticker = loop.create_task(self._tick_forever())

    async def _tick_forever(self) -> None:
        """One clock for every call's media: a packet per stream per 20 ms while credits last."""
        loop = asyncio.get_running_loop()
        next_at = loop.time()
        while any(not c.ended for c in self.calls.values()):
            for call in list(self.calls.values()):
                if not call.ended and call.media is not None:
                    self._send_media(call)
            next_at += TICK
            now = loop.time()
            if next_at < now - 5 * TICK:  # fell far behind (a loaded host): do not burst
                next_at = now
            await asyncio.sleep(max(0.0, next_at - now))

    def _send_media(self, call: ActiveCall) -> None:
        """Each return stream's packets due by now, never more than the caller sent us.

        Normally one per stream and tick. When the event loop ran late (a loaded
        host, hundreds of calls), the packets due meanwhile go out now, at most
        CATCH_UP per tick, so a busy reflector sends late rather than not at all
        and its sent count does not read as loss on the caller's side.
        """
        if call.media_start is None or call.media is None or call.media.is_closing():
            return
        now = self.clock()
        if now > call.media_start + call.seconds + MEDIA_SLACK:
            return
        due = int((now - call.media_start) / TICK) + 1  # by the clock, from the first packet
        protocol = call.media.get_protocol()
        assert isinstance(protocol, _MediaProtocol)
        hold = max(0, int((now - call.rx.last_arrival) * 1e6))
        for stream in call.streams:
            if stream.target is None or stream.error is not None:
                continue
            owed = min(due, call.rx.received) - stream.sent  # credits: what the caller sent
            for _ in range(min(owed, CATCH_UP)):
                if not self._send_one(call, stream, protocol, now, hold):
                    break

    def _send_one(
        self, call: ActiveCall, stream: _Stream, protocol: _MediaProtocol, now: float, hold: int
    ) -> bool:
        assert call.media is not None and stream.target is not None
        wire = build_probe_packet(
            sequence=(stream.seq0 + stream.sent) & 0xFFFF,
            timestamp=probe_timestamp(stream.ts0, stream.sent),
            ssrc=stream.ssrc,
            send_time_us=int(now * 1e6) & 0xFFFF_FFFF_FFFF_FFFF,
            echo_time_us=call.rx.last_send_us,
            echo_hold_us=min(hold, 0xFFFF_FFFF),
            path=stream.path,
        )
        if not call.budget_allows(len(wire)):
            call.refused_out += 1
            self.stats["call_budget_refused"] += 1
            return False
        protocol.last_error = None
        dest = stream.target
        if protocol.dual_stack and ":" not in dest[0]:
            dest = (f"::ffff:{dest[0]}", dest[1])  # IPv4 through a dual-stack socket
        try:
            call.media.sendto(wire, dest)
        except OSError as exc:
            protocol.last_error = exc
        failure = protocol.last_error
        if failure is not None:  # e.g. no route to a private address from here
            text = failure.strerror if isinstance(failure, OSError) else None
            stream.error = text or str(failure)
            return False
        stream.sent += 1
        call.bytes_out += len(wire)
        self.stats["call_media_out"] += 1
        self.stats["call_bytes_out"] += len(wire)
        return True

    # --- ending -----------------------------------------------------------------

    def _end_media(self, call: ActiveCall) -> None:
        if call.retransmit is not None:
            call.retransmit.cancel()
            call.retransmit = None
        if call.media is not None:
            call.media.close()
            call.media = None

    def _expire(self, call: ActiveCall) -> None:
        self.stats["call_expired"] += 1
        self._forget(call)

    def _forget(self, call: ActiveCall) -> None:
        self._end_media(call)
        if call.expiry is not None:
            call.expiry.cancel()
        if self.calls.get(call.call_id) is call:
            del self.calls[call.call_id]
            self.by_source[source_key(call.source[0])] -= 1
            if self.by_source[source_key(call.source[0])] <= 0:
                del self.by_source[source_key(call.source[0])]

    async def stop(self) -> None:
        for call in list(self.calls.values()):
            self._forget(call)
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
            self._ticker = None


def _without_ack_bytes(report: CallReport) -> CallReport:
    ack = report.ack
    return CallReport(
        report.seconds,
        AckSeen(ack.seen, ack.source, ack.digest, None, ack.copies),
        report.sdp_received,
        report.reception,
        report.to_sdp,
        report.to_source,
    )


def sip_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
