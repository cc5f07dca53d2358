"""Probes over UDP: one socket per port, one client transaction per request.

The timer rules live in :class:`app.protocols.transaction.ClientTransaction`
(fake-clock tested); this module only moves datagrams and waits.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Awaitable, Callable

from app.core.model import Exchange, PortRole, Transport
from app.probes.attempts import Attempt
from app.probes.evidence import describe_oserror
from app.probes.messages import BuiltProbe, build_ack
from app.probes.run_state import ProbeRun
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Response, parse_message, parse_via
from app.protocols.transaction import ClientTransaction, Step


class UdpClient(asyncio.DatagramProtocol):
    """Delivers each answer to the transaction whose Via branch / Call-ID it carries."""

    def __init__(self) -> None:
        self.waiters: dict[str, asyncio.Queue[tuple[bytes, Response]]] = {}
        self.error: OSError | None = None
        # One event per waiting transaction: an ICMP error ends the transactions
        # waiting when it arrives, not every fresh attempt started after it (a
        # shared, never-cleared event made one stray "host unreachable" cut short
        # all later attempts on the port, which could read as a dropped SIP port).
        self.error_waiters: set[asyncio.Event] = set()

    def datagram_received(self, data: bytes, addr: object) -> None:
        try:
            msg = parse_message(data)
        except RemoteProtocolError:
            return  # garbage on our port: not an answer to anything
        if not isinstance(msg, Response):
            return
        keys = [msg.get("Call-ID") or ""]
        vias = msg.get_all("Via")
        if vias:
            with contextlib.suppress(RemoteProtocolError):
                keys.insert(0, parse_via(vias[0]).param("branch") or "")
        for key in keys:
            queue = self.waiters.get(key)
            if queue is not None:
                queue.put_nowait((data, msg))
                return

    def error_received(self, exc: Exception) -> None:
        if isinstance(exc, OSError):  # ICMP: port unreachable, host unreachable, ...
            self.error = exc
            for event in self.error_waiters:
                event.set()


async def udp_transaction(
    run: ProbeRun, proto: UdpClient, sock: asyncio.DatagramTransport, probe: BuiltProbe
) -> Attempt:
    """One client transaction, driven by :class:`ClientTransaction`, until answer or deadline."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[bytes, Response]] = asyncio.Queue()
    proto.waiters[probe.branch] = queue
    proto.waiters[probe.call_id] = queue
    error_seen = asyncio.Event()
    proto.error_waiters.add(error_seen)
    attempt = Attempt(probe)
    tx = ClientTransaction(
        invite=probe.method == "INVITE",
        started=loop.time(),
        deadline=run.deadline,
        t1=run.options.t1,
        t2=run.options.t2,
    )
    try:
        while True:
            step = tx.poll(loop.time())
            if step is Step.SEND:
                try:
                    sock.sendto(probe.wire)
                except OSError as exc:
                    attempt.error = describe_oserror(exc)
                    attempt.definitive = True
                    return attempt
                attempt.packets += 1
                continue
            if step is Step.TIMEOUT:
                attempt.error = "no answer before the deadline"
                return attempt
            get = asyncio.ensure_future(queue.get())
            err = asyncio.ensure_future(error_seen.wait())
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
                raw, answer = get.result()
                step = tx.receive(answer.status)
                if step is Step.WAIT:
                    continue
                attempt.rtt = loop.time() - tx.started
                attempt.answer = (raw, answer)
                if step is Step.ACK:
                    with contextlib.suppress(OSError):
                        sock.sendto(build_ack(probe, answer.get("To") or ""))
                return attempt
            if err in done and proto.error is not None:
                attempt.definitive = isinstance(proto.error, ConnectionRefusedError)
                attempt.error = (
                    "port closed (the server host said nothing listens there)"
                    if attempt.definitive
                    else describe_oserror(proto.error)
                )
                return attempt
    finally:
        proto.waiters.pop(probe.branch, None)
        proto.waiters.pop(probe.call_id, None)
        proto.error_waiters.discard(error_seen)


async def udp_port(run: ProbeRun, port: int, role: PortRole) -> list[Exchange]:
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in run.address else socket.AF_INET
    try:
        sock, proto = await loop.create_datagram_endpoint(
            UdpClient, remote_addr=(run.address, port), family=family
        )
    except OSError as exc:
        reason = describe_oserror(exc)
        return [
            run.record(Exchange(Transport.UDP, port, role, m, answered=False, error=reason))
            for m in run.options.methods
        ]
    try:
        name = sock.get_extra_info("sockname")
        local = (str(name[0]), int(name[1]))

        def starter(method: str) -> Callable[[], Awaitable[Attempt]]:
            return lambda: udp_transaction(run, proto, sock, run.build(method, local, port, "udp"))

        return list(
            await asyncio.gather(
                *(
                    run.exchange(starter(m), Transport.UDP, port, role, m, lambda: local)
                    for m in run.options.methods
                )
            )
        )
    finally:
        sock.close()
