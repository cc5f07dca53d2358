"""What the test call's three UDP endpoints share: a SIP datagram protocol and the ACK.

The call (probes/call.py), the incoming call (probes/incoming.py) and the
large INVITE (probes/large_invite.py) each talk SIP from a socket of their
own, because each check needs its own NAT mapping. Each one receives the same
way: anything that does not parse as SIP is dropped without a word (the
socket is open to whatever the network sends, and a stray or damaged
datagram is not evidence), and an answer counts only when it carries one of
our Call-IDs (an answer to somebody else's request, or a late one to an
earlier call, must not be taken for ours). Each sends its replies (an ACK,
a 486) without raising: a reply that cannot leave is not the check's
failure, and whatever follows from it (a retransmitted answer, a timeout) is
measured by the check itself.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Container
from typing import Any

from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Header, Request, Response, parse_message


class SipDatagramProtocol(asyncio.DatagramProtocol):
    """A connected UDP endpoint that speaks SIP: parses, filters by Call-ID, sends quietly.

    Subclasses override :meth:`answer_received` (a response carrying one of
    ``call_ids``) and, when they take requests, :meth:`request_received`
    (requests are passed on whatever their Call-ID: the far end starts those
    dialogs and names them). ICMP errors are ignored unless
    :meth:`error_received` is overridden.
    """

    def __init__(self, call_ids: Container[str]) -> None:
        self.call_ids = call_ids
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a datagram transport

    def datagram_received(self, data: bytes, addr: Any) -> None:
        try:
            msg = parse_message(data)
        except RemoteProtocolError:
            return
        if isinstance(msg, Request):
            self.request_received(data, msg)
        elif msg.get("Call-ID") in self.call_ids:
            self.answer_received(data, msg)

    def answer_received(self, data: bytes, msg: Response) -> None:
        """A response to one of our requests (``data`` as it arrived)."""

    def request_received(self, data: bytes, msg: Request) -> None:
        """A request from the far end (``data`` as it arrived); ignored unless overridden."""

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP errors: what arrives, or does not, tells

    def send(self, wire: bytes) -> None:
        """Send to the connected peer; a send the network refuses is dropped (see the module)."""
        if self.transport is not None:
            with contextlib.suppress(OSError):
                self.transport.sendto(wire)


def ack_for_final(invite_wire: bytes, answer: Response) -> bytes:
    """The ACK of a non-2xx final answer to our INVITE ``invite_wire`` (RFC 3261 §17.1.1.3).

    It belongs to the INVITE's transaction, so it reuses the INVITE's top Via
    (its branch), From, Call-ID, Request-URI and CSeq number; To is the
    answer's, which carries the far end's tag (the INVITE's when the answer
    has none). A 2xx is ACKed in the dialog instead (§13.2.2.4), which the
    call does itself.
    """
    invite = parse_message(invite_wire)
    assert isinstance(invite, Request), "ack_for_final takes the INVITE we sent"
    number = (invite.get("CSeq") or "1").split()[0]
    headers = (
        Header("Via", invite.get_all("Via")[0]),
        Header("Max-Forwards", "70"),
        Header("From", invite.get("From") or ""),
        Header("To", answer.get("To") or invite.get("To") or ""),
        Header("Call-ID", invite.get("Call-ID") or ""),
        Header("CSeq", f"{number} ACK"),
        Header("Content-Length", "0"),
    )
    return bytes(Request("ACK", invite.uri, headers))
