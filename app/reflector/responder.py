"""What the reflector answers, as a pure function of what it received.

Kept free of sockets so the whole answer logic — RFC 3261 §8.2.6 response
construction, RFC 3581 ``received``/``rport``, the echo and the
anti-amplification budget — is unit-testable and fuzzable.

Why a *well-formed* response every time: ALGs parse what they forward, and
many silently drop a response they cannot parse (no Via, no CSeq). A reflector
that answered with anything less would make every ALG look like "SIP dropped".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Final

from app import __version__
from app.protocols import echo
from app.protocols.errors import RemoteProtocolError
from app.protocols.incoming_call import ANSWER_HEADER, PAD_HEADER, parse_answer
from app.protocols.sip import (
    Header,
    Request,
    Response,
    canonical_name,
    parse_message,
    parse_name_addr,
    parse_via,
    split_list,
)

SERVER: Final = f"SIP-ALG-Doctor-Reflector/{__version__}"
AMPLIFICATION: Final = 3  # RFC 9000 §8: at most 3x the bytes received from an unverified address

# Method -> (status, reason). INVITE gets a final non-2xx answer: it completes the
# transaction (the client ACKs it, §17.1.1.3) without setting up a call.
_ANSWERS: Final = {"INVITE": (486, "Busy Here")}
_REQUIRED: Final = ("Via", "From", "To", "Call-ID", "CSeq")
_ANSWER_NAME: Final = canonical_name(ANSWER_HEADER)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What to send (``None``: nothing) and why, for the structured log."""

    response: bytes | None
    method: str | None
    status: int | None
    reason: str
    trimmed: bool = False


_BARE_RPORT = re.compile(r";\s*rport(?=\s*(?:;|$))", re.IGNORECASE)


def _top_via(value: str, source: tuple[str, int]) -> str:
    """Add ``received``/``rport`` to the top Via (RFC 3261 §18.2.1, RFC 3581 §4)."""
    via = parse_via(value)
    out = value
    if via.has_param("rport") and via.param("rport") is None:
        # RFC 3581 §4: fill in rport, and add received even if it equals sent-by.
        # Parameter names are case-insensitive (§7.3.1) and may sit after
        # white space; only the bare parameter gets the value, not ";rportx".
        out = _BARE_RPORT.sub(lambda m: f"{m.group(0)}={source[1]}", out, count=1)
        if not via.has_param("received"):
            out += f";received={source[0]}"
    elif via.host != source[0] and not via.has_param("received"):
        out += f";received={source[0]}"
    return out


def _index(request: Request) -> dict[str, list[Header]]:
    """Headers by canonical name, in order: each name's canonical form computed once.

    The reflector answers thousands of probes a second on one core; asking the
    message for each header by name walked every header (and re-derived its
    canonical name) a dozen times per probe.
    """
    by: dict[str, list[Header]] = {}
    for h in request.headers:
        by.setdefault(h.canonical, []).append(h)
    return by


def _values(value: str) -> list[str]:
    """:func:`split_list`, with a fast path for the usual single value."""
    if "," in value:
        return split_list(value)
    value = value.strip()
    return [value] if value else []


def _to_tag(by: dict[str, list[Header]]) -> str:
    """A tag stable across retransmissions of the same request (§8.2.6.2)."""
    seed = f"{by['Call-ID'][0].value}|{by['From'][0].value}|{by['CSeq'][0].value}"
    return hashlib.sha256(seed.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def build_response_head(
    request: Request, source: tuple[str, int], by: dict[str, list[Header]] | None = None
) -> tuple[int, str, list[Header]]:
    """Status and headers of the answer; ``by`` is :func:`_index` of the request, if known."""
    if by is None:
        by = _index(request)
    method = request.method.upper()
    status, reason = _ANSWERS.get(method, (200, "OK"))
    headers: list[Header] = []
    first_via = True
    for h in by.get("Via", ()):
        values = _values(h.value)
        if first_via and values:
            values[0] = _top_via(values[0], source)
            first_via = False
        headers.append(Header(h.name, ", ".join(values)))
    for name in ("From", "To", "Call-ID", "CSeq"):
        h = by[name][0]
        value = h.value
        if name == "To" and parse_name_addr(value).param("tag") is None:
            value = f"{value};tag={_to_tag(by)}"
        headers.append(Header(h.name, value))
    if method == "REGISTER":
        # A registrar returns the bindings (§10.3 step 8); inbound ALGs rewrite these too.
        expires = by["Expires"][0].value if "Expires" in by else "60"
        for h in by.get("Contact", ()):
            if h.value.strip() != "*":
                for c in _values(h.value):
                    suffix = "" if ";expires=" in c.lower() else f";expires={expires.strip()}"
                    headers.append(Header(h.name, c + suffix))
    headers.append(Header("Server", SERVER))
    headers.append(Header("Content-Type", echo.CONTENT_TYPE))
    return status, reason, headers


def _padding(asked: int, size: int, budget: int | None) -> bytes:
    """A header that makes a ``size``-byte answer about ``asked`` bytes, within the budget.

    It goes after the echoed head (the head stays comparable) and is plain
    text no ALG reads: a large answer as a router sees one, nothing more.
    """
    room = asked if budget is None else min(asked, budget)
    overhead = len(PAD_HEADER) + 4  # ": " and CRLF
    n = room - size - overhead
    if n <= 0:
        return b""
    filler = (b"0123456789abcdefghijklmnopqrstuvwxyz" * (n // 36 + 1))[:n]
    return PAD_HEADER.encode() + b": " + filler + b"\r\n"


def reflect(
    data: bytes,
    *,
    transport: str,
    source: tuple[str, int],
    destination: tuple[str, int],
    verified: bool,
    control_port: int | None = None,
    stun_port: int | None = None,
) -> Outcome:
    """Answer one received message.

    ``verified`` is True on TCP (the handshake proved the source address);
    on UDP the answer is kept within ``AMPLIFICATION`` times the request size,
    first by leaving out the echoed request (a digest still proves whether it
    changed), then the echoed response head.
    """
    try:
        msg = parse_message(data, stream=transport == "tcp")
    except RemoteProtocolError as exc:
        return Outcome(None, None, None, f"unparseable: {exc}")
    if isinstance(msg, Response):
        return Outcome(None, None, None, "ignored a response")
    method = msg.method.upper()
    if method == "ACK":
        return Outcome(None, method, None, "ACK needs no answer")  # §17.2.1
    by = _index(msg)
    missing = [n for n in _REQUIRED if n not in by]
    if missing:
        return Outcome(None, method, None, f"missing {', '.join(missing)}")
    try:
        status, reason, headers = build_response_head(msg, source, by)
    except RemoteProtocolError as exc:
        return Outcome(None, method, None, f"bad header: {exc}")

    head = bytes(Response(status, reason, tuple(headers)).head_bytes())[:-2]  # drop final CRLF
    budget = None if verified else AMPLIFICATION * len(data)
    sha = echo.digest(data)
    attempts: tuple[tuple[bytes | None, bytes | None], ...] = (
        (data, head),
        (None, head),
        (None, None),
    )
    # The large-INVITE check (protocols/incoming_call.py) asks for a small or a large answer.
    asked = by.get(_ANSWER_NAME)
    size_asked, large = parse_answer(asked[0].value) if asked else ("", 0)
    if size_asked == "small":
        attempts = ((None, None),)
    for i, (req, rsp) in enumerate(attempts):
        body = echo.encode(
            echo.Echo(
                transport=transport,
                source=source,
                destination=destination,
                request_digest=sha,
                request=req,
                response_head=rsp,
                control_port=control_port,
                stun_port=stun_port,
                server=SERVER,
            )
        )
        tail = f"Content-Length: {len(body)}\r\n\r\n".encode() + body
        wire = head + tail
        if budget is None or len(wire) <= budget:
            if size_asked == "large":
                wire = head + _padding(large, len(wire), budget) + tail
            return Outcome(wire, method, status, reason, trimmed=i > 0)
    return Outcome(None, method, None, "answer would exceed the amplification budget")
