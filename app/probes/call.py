"""The caller's side of the test call: a short real call to the reflector, over UDP.

What a phone does, step by step, with evidence kept at each step:

1. INVITE with an SDP naming a real local RTP port (even, as RFC 3550 §11
   asks, because some ALGs assume RTP on even and RTCP on odd ports), and
   ``X-SIPALG-Test-Call: seconds=N``; retransmitted by the RFC 3261 timers
   (protocols/transaction.py) until an answer, provisional answers recorded.
2. ACK for the 200 (a new transaction for a 2xx, §13.2.2.4), sent again for
   every retransmitted 200: a lost ACK is what makes calls drop after ~32 s.
3. RTP every 20 ms for N seconds to the address and port the answer's SDP
   names (protocols/rtp.py's probe packets, echoing the far end's send times
   so the round trip can be measured), while receiving the far end's two
   streams on the same port, told apart by their path tag.
4. BYE; its 200 carries the far end's report (protocols/call_report.py).

Two more checks run alongside (each on its own socket, so its own NAT
mapping): the incoming call (probes/incoming.py: register, stay idle
``idle`` seconds, does the reflector's INVITE arrive?), started first so its
idle time passes while the call runs; and the large INVITE
(probes/large_invite.py: does a fragmented call set-up pass, each way?), run
after the call's media so its fragments do not disturb the measured audio.
A default call (5 s of audio, 10 s idle) takes about 12 s in all.

Nothing here judges: :class:`CallRecord` holds what happened, and
``diagnosis/call_summary.py`` turns it into figures and words. The whole
call runs under a hard deadline and stops within milliseconds when the
:class:`CancelToken` fires; a BYE is still sent (once, without waiting) so
the far end frees its media at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from app import __version__
from app.core.progress import CancelToken
from app.probes.evidence import describe_oserror
from app.probes.incoming import IncomingRecord, receive_incoming_call
from app.probes.large_invite import LargeInviteRecord, send_large_invite
from app.probes.sip_datagram import SipDatagramProtocol, ack_for_final
from app.probes.target import Target, TargetError, resolve_unless_cancelled
from app.protocols import call_report
from app.protocols.call_report import CallReport, Sent
from app.protocols.errors import RemoteProtocolError
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
from app.protocols.sdp_offer import build_sdp
from app.protocols.sip import (
    Request,
    Response,
    join_hostport,
    make_headers,
    parse_name_addr,
    with_content_length,
)
from app.protocols.transaction import ClientTransaction, Step

# The diagnosis layer may not import protocols; what it needs of them comes through here.
__all__ = [
    "PATH_LATCHED",
    "PATH_SDP",
    "CallRecord",
    "CallReport",
    "IncomingRecord",
    "LargeInviteRecord",
    "RtpArrival",
    "Sent",
    "place_call",
]

USER_AGENT: Final = f"SIP-ALG-Doctor/{__version__}"
TICK: Final = 0.020
SETUP_TIMEOUT: Final = 5.0  # for the answer to the INVITE
DRAIN_QUIET: Final = 0.25  # after our last packet: stop waiting once this long passes silently
DRAIN_MAX: Final = 1.0
BYE_TIMEOUT: Final = 8.0  # Timer E: 5 tries, so a lossy path still gets the report
DEFAULT_IDLE: Final = 10  # seconds the incoming call's registration stays idle
MAX_IDLE: Final = 600
LARGE_TIME: Final = 6.0  # the large INVITE's four tries (5.5 s) and a margin
_U64: Final = 0xFFFF_FFFF_FFFF_FFFF

Address = tuple[str, int]


@dataclass(frozen=True, slots=True)
class RtpArrival:
    """One received packet (a diagnosis.call_quality.ReceivedPacket)."""

    sequence: int
    timestamp: int
    arrival: float  # time.monotonic()
    echoed_send: float | None  # our own send time it echoes, same clock; None: none yet
    echo_hold: float  # how long the far end held it


@dataclass(frozen=True)
class CallRecord:
    """Everything the caller saw of one test call."""

    reflector: Address
    seconds: int
    local: Address | None = None  # the signalling socket's address
    offered_media: Address | None = None  # what our SDP named
    provisional: tuple[int, ...] = ()
    final_status: int | None = None
    final_reason: str = ""
    confirmed: bool = False  # the 200 carried X-SIPALG-Test-Call: this reflector makes calls
    answer_media: Address | None = None  # what the 200's SDP named
    ack: bytes | None = None  # the ACK we sent for the 200
    bye_status: int | None = None
    report: CallReport | None = None
    report_error: str | None = None
    sent: int = 0  # RTP packets we sent
    arrivals: dict[int, tuple[RtpArrival, ...]] = field(default_factory=dict)  # by path tag
    strays: int = 0  # datagrams on the media port that were not the far end's probe packets
    error: str | None = None
    duration: float = 0.0
    cancelled: bool = False
    idle: int = 0  # the incoming call's idle time asked for (0: not tested)
    incoming: IncomingRecord | None = None  # None: not tested, or cut short
    large_invite: LargeInviteRecord | None = None  # None: not tested, or cut short

    @property
    def established(self) -> bool:
        return self.final_status is not None and 200 <= self.final_status < 300


def _token(n: int = 10) -> str:
    return secrets.token_hex(n)[:n]


@dataclass
class _State:
    """The record being built; kept outside the coroutine so a deadline loses nothing."""

    reflector: Address
    seconds: int
    local: Address | None = None
    offered_media: Address | None = None
    provisional: list[int] = field(default_factory=list)
    final_status: int | None = None
    final_reason: str = ""
    confirmed: bool = False
    answer_media: Address | None = None
    ack: bytes | None = None
    bye_status: int | None = None
    report: CallReport | None = None
    report_error: str | None = None
    sent: int = 0
    arrivals: dict[int, list[RtpArrival]] = field(
        default_factory=lambda: {PATH_SDP: [], PATH_LATCHED: []}
    )
    strays: int = 0
    error: str | None = None
    cancelled: bool = False
    idle: int = 0
    incoming: IncomingRecord | None = None
    large_invite: LargeInviteRecord | None = None
    # for the echo in our packets: the far end's newest send time and when it arrived
    last_far_send_us: int = 0
    last_far_arrival: float = 0.0
    last_arrival: float = 0.0

    def record(self, duration: float) -> CallRecord:
        return CallRecord(
            reflector=self.reflector,
            seconds=self.seconds,
            local=self.local,
            offered_media=self.offered_media,
            provisional=tuple(self.provisional),
            final_status=self.final_status,
            final_reason=self.final_reason,
            confirmed=self.confirmed,
            answer_media=self.answer_media,
            ack=self.ack,
            bye_status=self.bye_status,
            report=self.report,
            report_error=self.report_error,
            sent=self.sent,
            arrivals={k: tuple(v) for k, v in self.arrivals.items()},
            strays=self.strays,
            error=self.error,
            duration=duration,
            cancelled=self.cancelled,
            idle=self.idle,
            incoming=self.incoming,
            large_invite=self.large_invite,
        )


class _Signalling(SipDatagramProtocol):
    def __init__(self, call_id: str) -> None:
        super().__init__((call_id,))
        self.answers: asyncio.Queue[Response] = asyncio.Queue()
        self.error: OSError | None = None
        self.error_seen = asyncio.Event()
        self.ack: bytes | None = None  # sent again for every retransmitted 2xx to the INVITE

    def answer_received(self, data: bytes, msg: Response) -> None:
        cseq = (msg.get("CSeq") or "").split()
        method = cseq[1].upper() if len(cseq) == 2 else ""
        if self.ack is not None and method == "INVITE" and 200 <= msg.status < 300:
            self.send(self.ack)  # §13.2.2.4: ACK every 2xx retransmission
            return
        self.answers.put_nowait(msg)

    def error_received(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            self.error = exc
            self.error_seen.set()


class _Media(asyncio.DatagramProtocol):
    def __init__(self, state: _State, cap: int) -> None:
        self.state, self.cap = state, cap

    def datagram_received(self, data: bytes, addr: Any) -> None:
        st = self.state
        now = time.monotonic()
        if is_rtcp(data):
            return
        try:
            packet = parse_rtp(data)
            probe = parse_probe_payload(packet.payload)
        except RemoteProtocolError:
            st.strays += 1
            return
        got = st.arrivals.get(probe.path)
        if got is None or len(got) >= self.cap:
            st.strays += 1
            return
        got.append(
            RtpArrival(
                packet.sequence,
                packet.timestamp,
                now,
                probe.echo_time_us / 1e6 if probe.echo_time_us else None,
                probe.echo_hold_us / 1e6,
            )
        )
        st.last_far_send_us, st.last_far_arrival = probe.send_time_us, now
        st.last_arrival = now

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP for our media: the counts tell what arrived


def _note_provisional(st: _State, status: int) -> None:
    if status not in st.provisional:  # retransmitted INVITEs are answered again
        st.provisional.append(status)


def _sdp_audio(body: bytes) -> Address | None:
    try:
        sdp = parse_sdp(body)
    except RemoteProtocolError:
        return None
    for index, media in enumerate(sdp.media, start=1):
        if media.media == "audio" and media.port:
            conn = sdp.media_connection(index)
            if conn is None:
                return None
            return conn.address, media.port
    return None


def _bind_media(family: socket.AddressFamily) -> socket.socket:
    """A UDP socket on an even port (RFC 3550 §11), ephemeral as a last resort."""
    any_addr = "::" if family == socket.AF_INET6 else "0.0.0.0"
    rng = random.SystemRandom()
    for _ in range(20):
        sock = socket.socket(family, socket.SOCK_DGRAM)
        try:
            sock.bind((any_addr, rng.randrange(16_384, 32_766, 2)))
        except OSError:
            sock.close()
            continue
        sock.setblocking(False)
        return sock
    sock = socket.socket(family, socket.SOCK_DGRAM)
    sock.bind((any_addr, 0))
    sock.setblocking(False)
    return sock


@dataclass
class _Dialog:
    uri: str
    call_id: str
    from_header: str
    local: Address
    remote_name: str
    to_header: str = ""
    remote_target: str = ""

    def request(self, method: str, cseq: int, extra: list[tuple[str, str]], body: bytes) -> bytes:
        headers = [
            (
                "Via",
                f"SIP/2.0/UDP {join_hostport(*self.local)};branch=z9hG4bK{_token(16)};rport",
            ),
            ("Max-Forwards", "70"),
            ("From", self.from_header),
            ("To", self.to_header),
            ("Call-ID", self.call_id),
            ("CSeq", f"{cseq} {method}"),
            ("User-Agent", USER_AGENT),
            *extra,
        ]
        uri = self.remote_target or self.uri
        msg = with_content_length(Request(method, uri, make_headers(headers), body))
        return bytes(msg)


async def _transaction(
    sig: _Signalling,
    transport: asyncio.DatagramTransport,
    wire: bytes,
    *,
    invite: bool,
    deadline: float,
    t1: float,
    on_provisional: Callable[[Response], None] = lambda r: None,
) -> Response | None:
    """Send ``wire`` by the RFC 3261 timers until a final answer (returned) or the deadline."""
    loop = asyncio.get_running_loop()
    tx = ClientTransaction(invite=invite, started=loop.time(), deadline=deadline, t1=t1)
    method = "INVITE" if invite else "BYE"
    while True:
        step = tx.poll(loop.time())
        if step is Step.SEND:
            transport.sendto(wire)
            continue
        if step is Step.TIMEOUT:
            return None
        get = asyncio.ensure_future(sig.answers.get())
        err = asyncio.ensure_future(sig.error_seen.wait())
        try:
            done, _ = await asyncio.wait(
                {get, err},
                timeout=max(0.0, tx.wake_at - loop.time()),
                return_when=asyncio.FIRST_COMPLETED,
            )
        finally:
            get.cancel()
            err.cancel()
        if get in done:
            answer = get.result()
            cseq = (answer.get("CSeq") or "").split()
            if len(cseq) != 2 or cseq[1].upper() != method:
                continue
            if answer.status < 200:
                # Unlike RFC 3261 §17.1.1.2, a provisional answer does not stop the
                # INVITE's retransmissions: the reflector may resend its 200 only within
                # 3x the bytes it received, so each copy of the INVITE pays for the 200
                # it asks for again when the first was lost.
                on_provisional(answer)
                if not invite:
                    tx.receive(answer.status)
                continue
            tx.receive(answer.status)
            return answer
        if err in done and sig.error is not None:
            raise sig.error


async def _call(st: _State, address: str, port: int, *, setup_timeout: float, t1: float) -> None:
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    call_id = f"{_token(16)}@sipalg-test-call"
    sig = _Signalling(call_id)
    transport, _ = await loop.create_datagram_endpoint(
        lambda: sig, remote_addr=(address, port), family=family
    )
    media_sock = _bind_media(family)
    cap = st.seconds * 50 * 2 + 200
    media, _ = await loop.create_datagram_endpoint(lambda: _Media(st, cap), sock=media_sock)
    dialog: _Dialog | None = None
    try:
        name = transport.get_extra_info("sockname")
        st.local = (str(name[0]), int(name[1]))
        media_port = int(media_sock.getsockname()[1])
        st.offered_media = (st.local[0], media_port)
        user = "sipalg-" + _token(6)
        dialog = _Dialog(
            uri=f"sip:echo@{join_hostport(address, port)}",
            call_id=call_id,
            from_header=f'"SIP ALG Doctor" <sip:{user}@{join_hostport(*st.local)}>;tag={_token(8)}',
            local=st.local,
            remote_name=address,
            to_header=f"<sip:echo@{join_hostport(address, port)}>",
        )
        sdp = build_sdp(
            address=st.local[0],
            session_id=secrets.randbelow(10**9) + 10**9,
            media_port=media_port,
            formats=(PCMU,),
        )
        invite = dialog.request(
            "INVITE",
            1,
            [
                ("Contact", f"<sip:{user}@{join_hostport(*st.local)}>"),
                (call_report.HEADER, call_report.marker(st.seconds)),
                ("Allow", "INVITE, ACK, BYE"),
                ("Content-Type", "application/sdp"),
            ],
            sdp,
        )
        answer = await _transaction(
            sig,
            transport,
            invite,
            invite=True,
            deadline=loop.time() + setup_timeout,
            t1=t1,
            on_provisional=lambda r: _note_provisional(st, r.status),
        )
        if answer is None:
            st.error = f"no answer to the test call within {setup_timeout:g} s"
            return
        st.final_status, st.final_reason = answer.status, answer.reason
        to_header = answer.get("To") or dialog.to_header
        dialog.to_header = to_header
        if not 200 <= answer.status < 300:
            transport.sendto(ack_for_final(invite, answer))
            st.error = (
                "the reflector does not make test calls (it answered "
                f"{answer.status} {answer.reason}; an older version, or busy)"
            )
            return
        st.confirmed = answer.get(call_report.HEADER) is not None
        contact = answer.get("Contact")
        if contact:
            with contextlib.suppress(RemoteProtocolError):
                dialog.remote_target = parse_name_addr(contact).uri
        st.ack = dialog.request("ACK", 1, [], b"")
        sig.ack = st.ack
        transport.sendto(st.ack)
        st.answer_media = _sdp_audio(answer.body)
        target = st.answer_media
        if target is None:
            st.error = "the answer named no audio address; no media was sent"
        else:
            await _send_media(st, media, target)
        bye = dialog.request("BYE", 2, [], b"")
        dialog = None  # the BYE is under way: a cancellation need not send another
        bye_answer = await _transaction(
            sig, transport, bye, invite=False, deadline=loop.time() + BYE_TIMEOUT, t1=t1
        )
        await asyncio.sleep(0.1)  # packets sent just before the BYE arrived, still in flight
        if bye_answer is None:
            st.report_error = "the far end did not answer the hang-up (BYE)"
            return
        st.bye_status = bye_answer.status
        if bye_answer.content_type != call_report.CONTENT_TYPE:
            st.report_error = "the answer to the hang-up carried no report"
            return
        try:
            st.report = call_report.decode(bye_answer.body)
        except RemoteProtocolError as exc:
            st.report_error = f"the far end's report was damaged on the way ({exc})"
    except asyncio.CancelledError:
        if dialog is not None and st.ack is not None:
            with contextlib.suppress(OSError):
                transport.sendto(dialog.request("BYE", 2, [], b""))
        raise
    finally:
        transport.close()
        media.close()


async def _send_media(st: _State, media: asyncio.DatagramTransport, target: Address) -> None:
    """Our stream: one packet per 20 ms for the call's length, then a short drain."""
    loop = asyncio.get_running_loop()
    ssrc, seq0, ts0 = secrets.randbits(32), secrets.randbits(16), secrets.randbits(32)
    count = st.seconds * 50
    start = loop.time()
    for i in range(count):
        now = time.monotonic()
        hold = int((now - st.last_far_arrival) * 1e6) if st.last_far_send_us else 0
        wire = build_probe_packet(
            sequence=(seq0 + i) & 0xFFFF,
            timestamp=probe_timestamp(ts0, i),
            ssrc=ssrc,
            send_time_us=int(now * 1e6) & _U64,
            echo_time_us=st.last_far_send_us,
            echo_hold_us=min(max(hold, 0), 0xFFFF_FFFF),
            marker=i == 0,
        )
        try:
            media.sendto(wire, target)
        except OSError as exc:
            st.error = f"sending audio failed: {describe_oserror(exc)}"
            return
        st.sent += 1
        await asyncio.sleep(max(0.0, start + (i + 1) * TICK - loop.time()))
    ended = time.monotonic()
    while time.monotonic() - ended < DRAIN_MAX:
        if time.monotonic() - max(st.last_arrival, ended) >= DRAIN_QUIET:
            return
        await asyncio.sleep(0.05)


def place_call(
    target: Target,
    seconds: int = call_report.DEFAULT_SECONDS,
    *,
    setup_timeout: float = SETUP_TIMEOUT,
    t1: float = 0.5,
    cancel: CancelToken | None = None,
    idle: int = DEFAULT_IDLE,
    large_invite: bool = True,
) -> CallRecord:
    """Make one test call to the reflector at *target*; never raises for network trouble.

    Raises :class:`TargetError` for a name that does not resolve (the user's
    to fix). ``idle`` 0 leaves out the incoming call, ``large_invite`` False
    the large INVITE. The hard deadline is the longer of the call's
    (set-up, media, hang-up and the large INVITE) and the incoming call's.
    """
    if not 1 <= seconds <= call_report.MAX_SECONDS:
        raise TargetError(f"a test call lasts 1 to {call_report.MAX_SECONDS} seconds")
    if not 0 <= idle <= MAX_IDLE:
        raise TargetError(f"the incoming call's idle time is 0 to {MAX_IDLE} seconds")
    token = cancel or CancelToken()
    started = time.monotonic()
    addresses = resolve_unless_cancelled(target, token)
    if addresses is None:
        return CallRecord((target.host, target.port), seconds, cancelled=True)
    st = _State((addresses[0], target.port), seconds, idle=idle)
    limit = setup_timeout + seconds + DRAIN_MAX + BYE_TIMEOUT + 1.0
    limit += LARGE_TIME if large_invite else 0.0
    if idle:
        limit = max(limit, 3.5 + idle + 2.0 + 1.0)  # registration tries, idle, grace, margin

    async def main() -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        timed_out = False

        def on_deadline() -> None:
            nonlocal timed_out
            timed_out = True
            task.cancel()

        def on_cancel() -> None:
            loop.call_soon_threadsafe(task.cancel)

        remove = token.add_callback(on_cancel)
        timer = loop.call_later(limit, on_deadline)
        incoming: asyncio.Task[IncomingRecord] | None = None
        if idle:
            incoming = asyncio.ensure_future(receive_incoming_call(addresses[0], target.port, idle))
        try:
            try:
                await _call(st, addresses[0], target.port, setup_timeout=setup_timeout, t1=t1)
            except OSError as exc:
                st.error = f"the network refused the test call: {describe_oserror(exc)}"
            # Also after a refused call (fragments are their own question), but not when
            # nothing answered at all: 5.5 s more of silence would teach nothing.
            if large_invite and (st.provisional or st.final_status is not None):
                st.large_invite = await send_large_invite(addresses[0], target.port)
            if incoming is not None:
                st.incoming = await incoming
        except asyncio.CancelledError:
            if timed_out:
                st.error = st.error or f"the test call did not finish within {limit:g} s"
            else:
                st.cancelled = True
        finally:
            timer.cancel()
            remove()
            if incoming is not None and not incoming.done():
                incoming.cancel()
                with contextlib.suppress(asyncio.CancelledError, OSError):
                    await incoming

    if not token.cancelled:
        asyncio.run(main())
    else:
        st.cancelled = True
    return st.record(time.monotonic() - started)
