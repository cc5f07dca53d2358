"""The probe requests: what a real phone behind NAT sends, made deliberately ALG-bait.

Each request carries the phone's *private* address and port everywhere a
phone puts it, because that is what ALGs look for and rewrite: the top Via
sent-by (RFC 3261 §18.1.1: the address and port the phone listens on), the
Contact, the From URI, the Call-ID's host part, and, in the INVITE, the SDP
origin and connection addresses (RFC 4566 §5.2, §5.7) and a media port.

* The media port is random and even (RFC 3550 §11), so two runs never announce
  the same port: some ALGs drop an INVITE whose media port clashes with state
  they already hold.
* Branches begin with the RFC 3261 magic cookie ``z9hG4bK`` (§8.1.1.7), and
  Via carries ``rport`` (RFC 3581) so a standard server reports the address it
  saw.
* The OPTIONS request targets the phone's own private URI, as an in-dialog
  request to a LAN Contact would: it is the probe that puts the private
  address in the Request-URI.

Pure functions of their inputs (the randomness comes in through a
``random.Random``), so tests can pin every byte.
"""

from __future__ import annotations

import random

from app import __version__
from app.core.record import TYPE_CHECKING, Record
from app.protocols.sdp_offer import build_sdp
from app.protocols.sip import Request, join_hostport, make_headers, with_content_length

if TYPE_CHECKING:
    from typing import Final

USER_AGENT: Final = f"SIP-ALG-Doctor/{__version__}"
METHODS: Final = ("INVITE", "REGISTER", "OPTIONS")


class Endpoint(Record):
    host: str
    port: int

    @property
    def hostport(self) -> str:
        return join_hostport(self.host, self.port)


class BuiltProbe(Record):
    method: str
    request: Request
    wire: bytes
    branch: str
    call_id: str
    media_port: int | None


def _token(rng: random.Random, n: int = 10) -> str:
    """``n`` random hex digits: one draw from ``rng``, not one per character."""
    return f"{rng.getrandbits(4 * n):0{n}x}"


def build_probe(
    method: str,
    *,
    local: Endpoint,
    remote: Endpoint,
    transport: str,
    rng: random.Random,
    remote_name: str | None = None,
    cseq: int = 1,
    to_server: bool = False,
) -> BuiltProbe:
    """One probe request; ``remote_name`` is the host as the user typed it (URI domain).

    ``to_server``: address OPTIONS to the server itself (a standard keep-alive
    ping, for provider mode) instead of to our own private URI.
    """
    domain = join_hostport(remote_name or remote.host)
    tp = transport.upper()
    branch = "z9hG4bK" + _token(rng, 16)
    call_id = f"{_token(rng, 16)}@{local.host}"
    user = "sipalg-" + _token(rng, 6)
    from_uri = f"sip:{user}@{local.hostport}"
    contact = f"<sip:{user}@{local.hostport};transport={transport.lower()}>"
    uri_param = "" if tp == "UDP" else f";transport={transport.lower()}"
    if method == "REGISTER":
        uri = f"sip:{domain}{uri_param}"
        to = f"<sip:{user}@{domain}>"
    elif method == "INVITE":
        uri = f"sip:echo@{domain}{uri_param}"
        to = f"<sip:echo@{domain}>"
    elif to_server:
        uri = f"sip:{domain}{uri_param}"
        to = f"<sip:{domain}>"
    else:
        uri = f"sip:{user}@{local.hostport}{uri_param}"
        to = f"<sip:{user}@{local.hostport}>"
    headers: list[tuple[str, str]] = [
        ("Via", f"SIP/2.0/{tp} {local.hostport};branch={branch};rport"),
        ("Max-Forwards", "70"),
        ("From", f'"SIP ALG Doctor" <{from_uri}>;tag={_token(rng, 8)}'),
        ("To", to),
        ("Call-ID", call_id),
        ("CSeq", f"{cseq} {method}"),
        ("Contact", contact),
        ("User-Agent", USER_AGENT),
    ]
    body = b""
    media_port = None
    if method == "INVITE":
        media_port = rng.randrange(16_384, 32_766, 2)
        body = build_sdp(
            address=local.host, session_id=rng.randrange(10**9, 10**10), media_port=media_port
        )
        headers += [
            ("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS"),
            ("Content-Type", "application/sdp"),
        ]
    elif method == "REGISTER":
        headers += [("Expires", "60")]
    else:
        headers += [("Accept", "application/sdp")]
    request = with_content_length(Request(method, uri, make_headers(headers), body))
    assert isinstance(request, Request)
    return BuiltProbe(method, request, bytes(request), branch, call_id, media_port)


def build_ack(probe: BuiltProbe, to_header: str) -> bytes:
    """ACK for a non-2xx final answer to an INVITE (RFC 3261 §17.1.1.3).

    Same branch, Call-ID, From and Request-URI as the INVITE; To with the tag
    from the response.
    """
    inv = probe.request
    pairs = [
        ("Via", inv.get_all("Via")[0]),
        ("Max-Forwards", "70"),
        ("From", inv.get("From") or ""),
        ("To", to_header),
        ("Call-ID", probe.call_id),
        ("CSeq", f"{(inv.get('CSeq') or '1').split()[0]} ACK"),
        ("User-Agent", USER_AGENT),
    ]
    ack = with_content_length(Request("ACK", inv.uri, make_headers(pairs)))
    return bytes(ack)
