"""UDP binding-lifetime call-backs: "call me back in N seconds", sans-I/O.

How long a router keeps an idle UDP mapping open decides whether a phone
can still be reached between two registrations. The client asks, on a fresh
socket (a fresh mapping), with a SIP OPTIONS carrying ``X-SIPALG-Call-Back:
N``; the reflector answers at once with a small 200 OK (no echo) and, N
seconds later, sends an OPTIONS back to the address and port it saw — just
as a provider's INVITE would arrive for an idle phone. If the mapping is
still open the client gets it; if the router forgot, it never arrives.

The same header on a REGISTER asks for the test call's *incoming call*
(protocols/incoming_call.py): the immediate answer is the registrar's 200 OK
and the call-back is an INVITE with SDP to the registered binding — the
address the REGISTER came from, never the Contact it names (a Contact is free
text: a spoofed one must not aim our INVITE at someone else). One scheduler
serves both (server.py), with the same caps.

This is a delayed send to an unverified address, so it is bounded: at most
``MAX_DELAY`` seconds, the immediate answer plus the call-back stay within 3x
the request, the server caps pending call-backs per source and in total, and
a retransmitted request (same source and Call-ID) gets the answer again but
no second call-back.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from dataclasses import dataclass, field
from typing import Final

from app.core.numbers import parse_number
from app.protocols.errors import LocalProtocolError, RemoteProtocolError
from app.protocols.incoming_call import SENT_HEADER, digest_without_sent, sent_value
from app.protocols.sip import (
    Header,
    Request,
    Response,
    join_hostport,
    parse_message,
    parse_name_addr,
)

HEADER: Final = "X-SIPALG-Call-Back"
MAX_DELAY: Final = 900
AMPLIFICATION: Final = 3


@dataclass(frozen=True, slots=True)
class CallBackPlan:
    ack: bytes  # the immediate answer
    delay: int  # seconds
    callback: bytes  # what to send after ``delay``
    call_id: str = ""  # with the source: one call-back per request, retransmissions included
    kind: str = "options"  # "options" (binding lifetime) or "invite" (the incoming test call)


def plan_callback(data: bytes, source: tuple[str, int], server: str) -> CallBackPlan | None:
    """A plan when ``data`` is a well-formed call-back request within limits, else None."""
    try:
        msg = parse_message(data)
    except RemoteProtocolError:
        return None
    if not isinstance(msg, Request) or msg.method.upper() not in ("OPTIONS", "REGISTER"):
        return None
    raw_delay = msg.get(HEADER)
    if raw_delay is None:
        return None
    delay = parse_number(raw_delay.strip(), 1, MAX_DELAY)
    if delay is None:
        return None
    if any(msg.get(n) is None for n in ("Via", "From", "To", "Call-ID", "CSeq")):
        return None
    call_id = msg.get("Call-ID") or ""
    if msg.method.upper() == "REGISTER":
        return _plan_incoming(msg, data, source, server, delay)
    to_tag = hashlib.sha256(call_id.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    ack_headers = [h for h in msg.headers if h.canonical in ("Via", "From", "Call-ID", "CSeq")]
    ack_headers.insert(2, Header("To", f"{msg.get('To')};tag={to_tag}"))
    ack_headers += [Header(HEADER, str(delay)), Header("Content-Length", "0")]
    ack = bytes(Response(200, "OK", tuple(ack_headers)))
    try:
        from_uri = parse_name_addr(msg.get("From") or "").uri
    except RemoteProtocolError:
        return None
    branch = (
        "z9hG4bK"
        + hashlib.sha256(f"{call_id}|cb".encode("utf-8", "surrogateescape")).hexdigest()[:16]
    )
    cb = Request(
        "OPTIONS",
        f"sip:{join_hostport(*source)}",
        (
            Header("Via", f"SIP/2.0/UDP {server};branch={branch}"),
            Header("Max-Forwards", "70"),
            Header("From", f"<sip:reflector@{server}>;tag={to_tag}"),
            Header("To", f"<{from_uri}>"),
            Header("Call-ID", call_id),
            Header("CSeq", "1 OPTIONS"),
            Header(HEADER, str(delay)),
            Header("Content-Length", "0"),
        ),
    )
    callback = bytes(cb)
    if len(ack) + len(callback) > AMPLIFICATION * len(data):
        return None
    return CallBackPlan(ack, delay, callback, call_id)


def _uri_host(uri: str) -> str | None:
    """The IP literal a Request-URI names (where the client reached us), else None."""
    rest = uri.split(":", 1)[1] if ":" in uri else uri
    rest = rest.split(";", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1]
    host = rest[1 : rest.find("]")] if rest.startswith("[") and "]" in rest else rest
    if not rest.startswith("["):
        host = rest.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def incoming_sdp(address: str, session: int) -> bytes:
    """A one-codec offer naming the reflector: realistic for ALGs, never used for media
    (the caller declines the call)."""
    kind = "IP6" if ":" in address else "IP4"
    lines = [
        "v=0",
        f"o=sipalg-reflector {session} {session} IN {kind} {address}",
        "s=SIP ALG Doctor incoming test call",
        f"c=IN {kind} {address}",
        "t=0 0",
        "m=audio 40000 RTP/AVP 0",
        "a=rtpmap:0 PCMU/8000",
        "a=sendrecv",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def _plan_incoming(
    msg: Request, data: bytes, source: tuple[str, int], server: str, delay: int
) -> CallBackPlan | None:
    """REGISTER now (200 OK), INVITE to the REGISTER's source address after ``delay``."""
    call_id = msg.get("Call-ID") or ""
    seed = call_id.encode("utf-8", "surrogateescape")
    to_tag = hashlib.sha256(seed).hexdigest()[:10]
    try:
        from_uri = parse_name_addr(msg.get("From") or "").uri
        ack_headers = [h for h in msg.headers if h.canonical in ("Via", "From", "Call-ID", "CSeq")]
        ack_headers.insert(2, Header("To", f"{msg.get('To')};tag={to_tag}"))
        ack_headers += [
            *(Header("Contact", f"{c};expires={delay + 30}") for c in msg.get_all("Contact")[:1]),
            Header("Expires", str(delay + 30)),
            Header(HEADER, str(delay)),
            Header("Content-Length", "0"),
        ]
        ack = bytes(Response(200, "OK", tuple(ack_headers)))
        user = from_uri.split(":", 1)[-1].split("@", 1)[0] if "@" in from_uri else "test"
        dialled = _uri_host(msg.uri)  # where the client reached us: our name in the INVITE
        host = dialled or server.rsplit(":", 1)[0].strip("[]")
        if dialled is not None:
            server = join_hostport(dialled, int(server.rsplit(":", 1)[1]))
        body = incoming_sdp(host, secrets.randbelow(10**9))
        branch = "z9hG4bK" + hashlib.sha256(seed + b"|in").hexdigest()[:16]
        invite = Request(
            "INVITE",
            f"sip:{user}@{join_hostport(*source)}",
            (
                Header("Via", f"SIP/2.0/UDP {server};branch={branch}"),
                Header("Max-Forwards", "70"),
                Header("From", f"<sip:reflector@{server}>;tag={to_tag}"),
                Header("To", f"<{from_uri}>"),
                Header("Call-ID", hashlib.sha256(seed + b"|call").hexdigest()[:20] + "@reflector"),
                Header("CSeq", "1 INVITE"),
                Header("Contact", f"<sip:reflector@{server}>"),
                Header(HEADER, str(delay)),
                Header("Content-Type", "application/sdp"),
                Header("Content-Length", str(len(body))),
            ),
            body,
        )
    except (RemoteProtocolError, LocalProtocolError, ValueError):
        return None
    unsigned = bytes(invite)
    head, sep, rest = unsigned.partition(b"\r\nContent-Type:")
    value = sent_value(digest_without_sent(unsigned), source)
    callback = head + f"\r\n{SENT_HEADER}: {value}".encode() + sep + rest
    if len(ack) + len(callback) > AMPLIFICATION * len(data):
        return None
    return CallBackPlan(ack, delay, callback, call_id, "invite")


CallBackKey = tuple[str, int, str]  # source address, source port, Call-ID


@dataclass
class CallBackMemory:
    """Which requests already have their call-back, so a retransmission gets no second one.

    Pure (the caller passes the time): each key is kept until a given moment
    (the call-back's due time plus the longest a client retransmits), and the
    table is bounded: when full, expired keys go first, then the oldest.
    """

    capacity: int
    until: dict[CallBackKey, float] = field(default_factory=dict)

    def seen(self, key: CallBackKey, now: float) -> bool:
        return self.until.get(key, float("-inf")) > now

    def remember(self, key: CallBackKey, until: float, now: float) -> None:
        if key not in self.until and len(self.until) >= self.capacity:
            self.until = {k: t for k, t in self.until.items() if t > now}
            while len(self.until) >= self.capacity:
                del self.until[next(iter(self.until))]  # the oldest entry
        self.until[key] = until
