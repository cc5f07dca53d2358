"""The reflector's STUN responder (RFC 8489 Binding, RFC 5780 behaviour discovery).

Pure: given a datagram, who sent it and on which of our sockets it arrived,
say what to answer and from which socket. The server owns the sockets.

RFC 5780 needs two IP addresses (A1, A2) and two ports (P1, P2) to tell every
kind of NAT apart. A reflector with one address still offers the port change
(filtering test III) and says so by leaving OTHER-ADDRESS out when it cannot
change the address. Answers stay within 3x the request (RFC 9000 §8 rule, as
for SIP): optional attributes are dropped before that limit is crossed.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.protocols import stun
from app.protocols.errors import RemoteProtocolError

AMPLIFICATION = 3


@dataclass(frozen=True, slots=True)
class StunAnswer:
    data: bytes
    via: tuple[str, int]  # the local (address, port) to send it from


def answer_stun(
    data: bytes,
    source: tuple[str, int],
    local: tuple[str, int],
    sockets: frozenset[tuple[str, int]],
) -> StunAnswer | None:
    """Answer a Binding request arriving at ``local``; ``sockets`` are all our STUN sockets."""
    try:
        req = stun.parse(data)
    except RemoteProtocolError:
        return None
    if req.cls is not stun.Cls.REQUEST or req.method != stun.BINDING:
        return None
    change_ip, change_port = req.change_request
    addrs = sorted({a for a, _ in sockets})
    ports = sorted({p for _, p in sockets})
    other_ip = next((a for a in addrs if a != local[0]), None)
    other_port = next((p for p in ports if p != local[1]), None)
    via = (other_ip if change_ip else local[0], other_port if change_port else local[1])
    budget = AMPLIFICATION * len(data)
    if None in via or via not in sockets:
        answer = stun.error_response(req.transaction_id, 420, "Cannot change address")
        return StunAnswer(answer, local) if len(answer) <= budget else None
    send_from = (str(via[0]), int(via[1]))
    other = (other_ip, other_port) if other_ip and other_port else None
    for extras in ((True, True), (True, False), (False, False)):
        answer = stun.binding_response(
            req.transaction_id,
            source,
            origin=send_from if extras[0] else None,
            other=other if extras[1] and other is not None else None,
        )
        if len(answer) <= budget:
            return StunAnswer(answer, send_from)
    return None
