"""NAT behaviour discovery (RFC 5780) over UDP, against any STUN server.

Mapping (RFC 5780 §4.3), on one socket:
  test I   Binding to the primary address A1:P1 -> mapped X1 (and OTHER-ADDRESS A2:P2);
  test II  Binding to A2:P1 -> X2; X2 == X1: endpoint-independent mapping;
  test III Binding to A2:P2 -> X3; X3 == X2: address-dependent, else
           address-and-port-dependent ("symmetric").
Filtering (§4.4), on a *second* socket that has only ever talked to A1:P1 (the
mapping tests open the NAT towards A2, which would fake a permissive result):
  test II  CHANGE-REQUEST ip+port: an answer from A2:P2 -> endpoint-independent;
  test III CHANGE-REQUEST port: an answer from A1:P2 -> address-dependent, else
           address-and-port-dependent.
Hairpinning (§4.5): a Binding request sent to our own mapped address comes
back to us.

"No answer" is the evidence for the stricter filtering types, so those waits
are bounded (``quiet_wait``) and the result says "unknown" rather than guess
when even the plain Binding requests went unanswered.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import Awaitable
from dataclasses import dataclass, field
from enum import StrEnum

from app.protocols import stun
from app.protocols.errors import RemoteProtocolError

Address = tuple[str, int]


class Behaviour(StrEnum):
    NONE = "no-nat"
    ENDPOINT_INDEPENDENT = "endpoint-independent"
    ADDRESS_DEPENDENT = "address-dependent"
    ADDRESS_AND_PORT_DEPENDENT = "address-and-port-dependent"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class NatReport:
    server: str
    local: Address | None = None
    mapped: Address | None = None
    mapping: Behaviour = Behaviour.UNKNOWN
    filtering: Behaviour = Behaviour.UNKNOWN
    port_preserved: bool | None = None
    hairpinning: bool | None = None
    rfc5780: bool = False  # the server offered OTHER-ADDRESS
    error: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def nat_present(self) -> bool | None:
        if self.mapped is None or self.local is None:
            return None
        return self.mapped != self.local


class _Client(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.waiters: dict[bytes, asyncio.Future[tuple[stun.StunMessage, Address]]] = {}
        self.requests_seen: set[bytes] = set()  # transaction ids of requests that reached us
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            msg = stun.parse(data)
        except RemoteProtocolError:
            return
        if msg.cls is stun.Cls.REQUEST:
            self.requests_seen.add(msg.transaction_id)
            return
        fut = self.waiters.get(msg.transaction_id)
        if fut is not None and not fut.done():
            fut.set_result((msg, (str(addr[0]), int(addr[1]))))

    def error_received(self, exc: Exception) -> None:
        pass  # ICMP errors show up as missing answers


async def _open(family: int) -> tuple[asyncio.DatagramTransport, _Client]:
    loop = asyncio.get_running_loop()
    bind = "0.0.0.0" if family == socket.AF_INET else "::"
    transport, proto = await loop.create_datagram_endpoint(
        _Client, local_addr=(bind, 0), family=family
    )
    return transport, proto


async def _transact(
    proto: _Client,
    dest: Address,
    *,
    change_ip: bool = False,
    change_port: bool = False,
    wait: float = 1.0,
    rto: float = 0.1,
) -> tuple[stun.StunMessage, Address] | None:
    """One Binding transaction with retransmissions at rto, 2·rto, ... within ``wait``."""
    assert proto.transport is not None
    loop = asyncio.get_running_loop()
    txid = os.urandom(12)
    fut: asyncio.Future[tuple[stun.StunMessage, Address]] = loop.create_future()
    proto.waiters[txid] = fut
    data = stun.binding_request(txid, change_ip=change_ip, change_port=change_port)
    deadline = loop.time() + wait
    interval = rto
    try:
        while loop.time() < deadline:
            with contextlib.suppress(OSError):
                proto.transport.sendto(data, dest)
            try:
                return await asyncio.wait_for(
                    asyncio.shield(fut), min(interval, deadline - loop.time())
                )
            except TimeoutError:
                interval *= 2
        return None
    finally:
        proto.waiters.pop(txid, None)


def _local_address(transport: asyncio.DatagramTransport, towards: Address) -> Address:
    """Our address as the OS routes towards ``towards`` (a bound wildcard says 0.0.0.0)."""
    port = int(transport.get_extra_info("sockname")[1])
    family = socket.AF_INET6 if ":" in towards[0] else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(towards)
            return str(probe.getsockname()[0]), port
        except OSError:
            return str(transport.get_extra_info("sockname")[0]), port


async def discover(
    server: Address, *, name: str | None = None, wait: float = 1.0, quiet_wait: float = 0.6
) -> NatReport:
    """Run the RFC 5780 tests against ``server`` (an IP address and port).

    Three sockets: one for the mapping tests and one per filtering test, each
    of the latter having talked only to A1:P1 before its test, so the two
    filtering tests (whose evidence is silence) can wait in parallel.
    """
    family = socket.AF_INET6 if ":" in server[0] else socket.AF_INET
    label = name or f"{server[0]}:{server[1]}"
    opened: list[asyncio.DatagramTransport] = []
    try:
        socks = []
        for _ in range(3):
            transport, proto = await _open(family)
            opened.append(transport)
            socks.append(proto)
    except OSError as exc:
        for t in opened:
            t.close()
        return NatReport(label, error=f"cannot open a UDP socket: {exc.strerror or exc}")
    p1, p2, p3 = socks
    try:
        local = _local_address(opened[0], server)
        first, f2, f3 = await asyncio.gather(*(_transact(p, server, wait=wait) for p in socks))
        if first is None:
            return NatReport(
                label, local=local, error="the STUN server did not answer (blocked, down or lossy)"
            )
        msg, _ = first
        x1 = msg.mapped_address
        if x1 is None:
            return NatReport(label, local=local, error="the STUN answer had no mapped address")
        other = msg.other_address
        notes: list[str] = []
        jobs: dict[str, Awaitable[object]] = {"hairpin": _hairpin(p1, x1, quiet_wait)}
        if other is not None and other[0] != server[0]:
            jobs["mapping"] = _mapping(p1, x1, server, other, wait)
        if f2 is not None and f3 is not None:
            jobs["filtering"] = _filtering(p2, p3, server, other, quiet_wait)
        results = dict(zip(jobs, await asyncio.gather(*jobs.values()), strict=True))
        if x1 == local:
            mapping: Behaviour = Behaviour.NONE
        else:
            mapping = results.get("mapping", Behaviour.UNKNOWN)  # type: ignore[assignment]
        if other is None:
            notes.append(
                "the STUN server does not support RFC 5780 (no OTHER-ADDRESS), so "
                "mapping and filtering could not be classified"
            )
        elif other[0] == server[0]:
            notes.append("the STUN server has only one address: mapping cannot be classified")
        filtering = results.get("filtering", Behaviour.UNKNOWN)
        return NatReport(
            server=label,
            local=local,
            mapped=x1,
            mapping=mapping,
            filtering=filtering if x1 != local else Behaviour.NONE,  # type: ignore[arg-type]
            port_preserved=x1[1] == local[1],
            hairpinning=results["hairpin"],  # type: ignore[arg-type]
            rfc5780=other is not None,
            notes=tuple(notes),
        )
    finally:
        for t in opened:
            t.close()


async def _mapping(
    proto: _Client, x1: Address, a1: Address, other: Address, wait: float
) -> Behaviour:
    second = await _transact(proto, (other[0], a1[1]), wait=wait)
    if second is None or second[0].mapped_address is None:
        return Behaviour.UNKNOWN
    x2 = second[0].mapped_address
    if x2 == x1:
        return Behaviour.ENDPOINT_INDEPENDENT
    third = await _transact(proto, other, wait=wait)
    if third is None or third[0].mapped_address is None:
        return Behaviour.UNKNOWN
    return (
        Behaviour.ADDRESS_DEPENDENT
        if third[0].mapped_address == x2
        else Behaviour.ADDRESS_AND_PORT_DEPENDENT
    )


async def _filtering(
    p_both: _Client, p_port: _Client, a1: Address, other: Address | None, quiet_wait: float
) -> Behaviour:
    both, port = await asyncio.gather(
        _transact(p_both, a1, change_ip=True, change_port=True, wait=quiet_wait)
        if other is not None
        else _none(),
        _transact(p_port, a1, change_port=True, wait=quiet_wait),
    )
    if both is not None and both[0].cls is stun.Cls.SUCCESS:
        return Behaviour.ENDPOINT_INDEPENDENT
    if port is not None and port[0].cls is stun.Cls.SUCCESS:
        return Behaviour.ADDRESS_DEPENDENT if other is not None else Behaviour.UNKNOWN
    if port is not None or other is None:  # an error answer (e.g. 420), or no RFC 5780
        return Behaviour.UNKNOWN
    return Behaviour.ADDRESS_AND_PORT_DEPENDENT


async def _none() -> None:
    return None


async def _hairpin(proto: _Client, x1: Address, quiet_wait: float) -> bool:
    """Send a Binding request to our own mapped address; does the NAT loop it back?"""
    assert proto.transport is not None
    txid = os.urandom(12)
    data = stun.binding_request(txid)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + quiet_wait
    while loop.time() < deadline:
        with contextlib.suppress(OSError):
            proto.transport.sendto(data, x1)
        await asyncio.sleep(0.1)  # paced resend; the answer is the request itself arriving
        if txid in proto.requests_seen:
            return True
    return False
