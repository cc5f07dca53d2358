"""The test call's incoming call: "does my phone ring after it has been idle?"

A phone registers, then sits silent; a provider's INVITE for it reaches it
only if the router still remembers the mapping that REGISTER opened. This
does the same against the reflector (reflector/callback.py): from one fresh
socket, a REGISTER with ``X-SIPALG-Call-Back: N`` (retransmitted by RFC
3261's timer until answered), then silence. N seconds later the reflector
sends one INVITE to the address the REGISTER came from. We record whether
and when it arrived, whether it arrived as sent (its ``X-SIPALG-Sent``
digest, protocols/incoming_call.py), and decline it with 486 Busy Here, as a
busy phone would (nothing more: the reflector keeps no call state for it).

The reflector sends that INVITE once (a delayed send to an unverified
address may not be repeated), so one lost packet reads like a forgotten
mapping; the note says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import socket
import time
from dataclasses import dataclass
from typing import Final

from app import __version__
from app.probes.sip_datagram import SipDatagramProtocol
from app.protocols.errors import RemoteProtocolError
from app.protocols.incoming_call import (
    CALL_BACK_HEADER,
    PAD_HEADER,
    SENT_HEADER,
    digest_without_sent,
    parse_sent_value,
)
from app.protocols.sip import (
    Header,
    Request,
    Response,
    join_hostport,
    make_headers,
    parse_name_addr,
    with_content_length,
)

GRACE: Final = 2.0  # seconds beyond the idle time to wait for the INVITE
REGISTER_TRIES: Final = (0.5, 1.0, 2.0)  # T1 doubling: three tries, 3.5 s in all
MIN_REGISTER: Final = 520  # bytes: room in the 3x budget for the 200 and the INVITE (IPv6 too)

Address = tuple[str, int]


@dataclass(frozen=True, slots=True)
class IncomingRecord:
    """What the caller saw of the incoming call."""

    idle: float  # seconds asked for
    registered: bool = False  # the reflector answered the REGISTER
    arrived: bool | None = None  # None: not known (never registered, cancelled)
    after: float | None = None  # seconds from the REGISTER's answer to the INVITE
    rewritten: bool | None = None  # None: not arrived, or no digest to compare
    sent_to: Address | None = None  # where the reflector says it sent the INVITE
    request_uri: str | None = None  # the INVITE's Request-URI as it arrived
    local: Address | None = None  # our socket
    answered: int | None = None  # the status we answered with
    error: str | None = None


class _Protocol(SipDatagramProtocol):
    def __init__(self, call_id: str) -> None:
        super().__init__((call_id,))
        self.registered = asyncio.Event()
        self.invited = asyncio.Event()
        self.invite: tuple[bytes, Request, float] | None = None
        self.refused = asyncio.Event()  # an ICMP error: nothing listens there
        self.plain_answer = False  # answered, but not as a call-back

    def answer_received(self, data: bytes, msg: Response) -> None:
        if 200 <= msg.status < 300:
            # only a call-back's answer carries the header: a reflector without
            # call-backs answers the REGISTER as a plain probe and will never call
            self.plain_answer = msg.get(CALL_BACK_HEADER) is None
            self.registered.set()

    def request_received(self, data: bytes, msg: Request) -> None:
        now = time.monotonic()
        if msg.method.upper() != "INVITE" or msg.get(CALL_BACK_HEADER) is None:
            return
        if self.invite is None:
            self.invite = (data, msg, now)
            self.invited.set()
        self._decline(msg)  # a repeated INVITE gets the same answer

    def _decline(self, msg: Request) -> None:
        """486 Busy Here (RFC 3261 §8.2.6): a phone that does not take the call."""
        try:
            to = msg.get("To") or ""
            if parse_name_addr(to).param("tag") is None:
                to = f"{to};tag={secrets.token_hex(4)}"
            headers = [
                *(Header("Via", v) for v in msg.get_all("Via")),
                Header("From", msg.get("From") or ""),
                Header("To", to),
                Header("Call-ID", msg.get("Call-ID") or ""),
                Header("CSeq", msg.get("CSeq") or ""),
                Header("Content-Length", "0"),
            ]
            wire = bytes(Response(486, "Busy Here", tuple(headers)))
        except RemoteProtocolError:
            return
        self.send(wire)

    def error_received(self, exc: Exception) -> None:
        self.refused.set()  # e.g. port unreachable: no need to try the REGISTER again


async def _first(events: tuple[asyncio.Event, ...], timeout: float) -> None:
    """Return when one of ``events`` is set or ``timeout`` passes."""
    waits = [asyncio.ensure_future(e.wait()) for e in events]
    try:
        await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for w in waits:
            w.cancel()


def build_register(local: Address, remote: Address, user: str, call_id: str, idle: int) -> bytes:
    me, them = join_hostport(*local), join_hostport(*remote)
    pairs = [
        ("Via", f"SIP/2.0/UDP {me};branch=z9hG4bK{secrets.token_hex(8)};rport"),
        ("Max-Forwards", "70"),
        ("From", f"<sip:{user}@{them}>;tag={secrets.token_hex(4)}"),
        ("To", f"<sip:{user}@{them}>"),
        ("Call-ID", call_id),
        ("CSeq", "1 REGISTER"),
        ("Contact", f"<sip:{user}@{me}>"),
        ("Expires", "60"),
        (CALL_BACK_HEADER, str(idle)),
        ("User-Agent", f"SIP-ALG-Doctor/{__version__}"),
    ]
    wire = bytes(with_content_length(Request("REGISTER", f"sip:{them}", make_headers(pairs))))
    short = MIN_REGISTER - len(wire) - len(PAD_HEADER) - 4
    if short > 0:  # pays, within the reflector's 3x budget, for the INVITE it asks for
        pairs.append((PAD_HEADER, "r" * short))
        wire = bytes(with_content_length(Request("REGISTER", f"sip:{them}", make_headers(pairs))))
    return wire


async def receive_incoming_call(
    address: str, port: int, idle: int, *, grace: float = GRACE
) -> IncomingRecord:
    """Register from a fresh socket, stay silent ``idle`` seconds, wait for the INVITE."""
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    call_id = f"{secrets.token_hex(10)}@sipalg-incoming"
    user = "sipalg-" + secrets.token_hex(4)
    proto = _Protocol(call_id)
    try:
        transport, _ = await loop.create_datagram_endpoint(
            lambda: proto, remote_addr=(address, port), family=family
        )
    except OSError as exc:
        return IncomingRecord(float(idle), error=f"no socket for the incoming call: {exc}")
    try:
        name = transport.get_extra_info("sockname")
        local = (str(name[0]), int(name[1]))
        wire = build_register(local, (address, port), user, call_id, idle)
        for wait in REGISTER_TRIES:
            with contextlib.suppress(OSError):
                transport.sendto(wire)
            await _first((proto.registered, proto.refused), wait)
            if proto.registered.is_set() or proto.refused.is_set():
                break
        if not proto.registered.is_set():
            return IncomingRecord(
                float(idle),
                local=local,
                error="the reflector did not answer the registration (an older "
                "reflector, or SIP blocked)",
            )
        if proto.plain_answer:
            return IncomingRecord(
                float(idle),
                local=local,
                error="the reflector does not make incoming test calls (an older version, "
                "or call-backs switched off)",
            )
        registered_at = time.monotonic()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(proto.invited.wait(), idle + grace)
        if proto.invite is None:
            return IncomingRecord(float(idle), True, False, local=local)
        data, msg, arrival = proto.invite
        sent = parse_sent_value(msg.get(SENT_HEADER) or "")
        rewritten = None if sent is None else sent[0] != digest_without_sent(data)
        return IncomingRecord(
            float(idle),
            True,
            True,
            round(arrival - registered_at, 3),
            rewritten,
            None if sent is None else sent[1],
            msg.uri,
            local,
            486,
        )
    finally:
        await asyncio.sleep(0)  # let the 486 leave before the socket closes
        transport.close()
