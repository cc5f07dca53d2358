"""UDP binding-lifetime call-backs: "call me back in N seconds", sans-I/O.

How long a router keeps an idle UDP mapping open decides whether a phone
can still be reached between two registrations. The client asks, on a fresh
socket (a fresh mapping), with a SIP OPTIONS carrying ``X-SIPALG-Call-Back:
N``; the reflector answers at once with a small 200 OK (no echo) and, N
seconds later, sends an OPTIONS back to the address and port it saw — just
as a provider's INVITE would arrive for an idle phone. If the mapping is
still open the client gets it; if the router forgot, it never arrives.

This is a delayed send to an unverified address, so it is bounded: at most
``MAX_DELAY`` seconds, the immediate answer plus the call-back stay within 3x
the request, and the server caps pending call-backs per source and in total.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Final

from app.core.numbers import parse_number
from app.protocols.errors import RemoteProtocolError
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


def plan_callback(data: bytes, source: tuple[str, int], server: str) -> CallBackPlan | None:
    """A plan when ``data`` is a well-formed call-back request within limits, else None."""
    try:
        msg = parse_message(data)
    except RemoteProtocolError:
        return None
    if not isinstance(msg, Request) or msg.method.upper() != "OPTIONS":
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
    return CallBackPlan(ack, delay, callback)
