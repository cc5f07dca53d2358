"""UDP binding lifetime: how long the router keeps an idle mapping open for inbound packets.

Each measurement uses a fresh socket (a fresh NAT mapping): the client sends
one OPTIONS with ``X-SIPALG-Call-Back: d`` (see app/reflector/callback.py),
gets the immediate answer, then stays silent. d seconds later the reflector
sends an OPTIONS back. It arrives only if the router still remembers the
mapping — exactly what decides whether a provider's INVITE reaches an idle
phone.

Round 1 tries growing delays in parallel and stops at the first that fails
(mappings do not come back); round 2 refines between the longest success and
the first failure. The estimate is the middle of that interval; the report
gives the interval too. This takes minutes on a real router (time-outs of
30–300 s are common), so it reports progress and honours cancellation.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import (
    Header,
    Request,
    Response,
    join_hostport,
    make_headers,
    parse_message,
    with_content_length,
)

ROUND1 = (5, 10, 20, 40, 80, 160, 320, 600)
GRACE = 1.5  # seconds to wait beyond the delay for the call-back to arrive
HEADER = "X-SIPALG-Call-Back"


@dataclass(frozen=True, slots=True)
class LifetimeResult:
    port: int
    role: str  # "sip" or "control"
    longest_ok: float | None  # longest delay whose call-back arrived
    first_failed: float | None  # shortest delay whose call-back did not arrive
    tried: tuple[tuple[float, bool], ...] = ()
    error: str | None = None

    @property
    def estimate(self) -> float | None:
        """Seconds the mapping survives idle: the middle of the bracketing interval."""
        if self.longest_ok is None:
            return None
        if self.first_failed is None:
            return self.longest_ok  # at least this long
        return round((self.longest_ok + self.first_failed) / 2, 1)

    @property
    def at_least(self) -> bool:
        """True when every delay tried came back: the real lifetime is longer."""
        return self.longest_ok is not None and self.first_failed is None


class _Proto(asyncio.DatagramProtocol):
    def __init__(self, call_id: str) -> None:
        self.call_id = call_id
        self.acked = asyncio.Event()
        self.called_back = asyncio.Event()
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: object) -> None:
        try:
            msg = parse_message(data)
        except RemoteProtocolError:
            return
        if msg.get("Call-ID") != self.call_id:
            return
        if isinstance(msg, Response):
            self.acked.set()
        elif isinstance(msg, Request) and msg.method == "OPTIONS":
            self.called_back.set()
            # be a polite UA: answer the reflector's OPTIONS
            headers = tuple(
                h for h in msg.headers if h.canonical in ("Via", "From", "To", "Call-ID", "CSeq")
            )
            answer = bytes(Response(200, "OK", (*headers, Header("Content-Length", "0"))))
            if self.transport is not None:
                with contextlib.suppress(OSError):
                    self.transport.sendto(answer)

    def error_received(self, exc: Exception) -> None:
        pass


def _request(local: tuple[str, int], server: str, delay: int, call_id: str) -> bytes:
    me = join_hostport(*local)
    branch = "z9hG4bK" + os.urandom(8).hex()
    req = Request(
        "OPTIONS",
        f"sip:{server}",
        make_headers(
            [
                ("Via", f"SIP/2.0/UDP {me};branch={branch};rport"),
                ("Max-Forwards", "70"),
                ("From", f"<sip:lifetime@{me}>;tag={os.urandom(4).hex()}"),
                ("To", f"<sip:{server}>"),
                ("Call-ID", call_id),
                ("CSeq", "1 OPTIONS"),
                (HEADER, str(delay)),
            ]
        ),
    )
    return bytes(with_content_length(req))


async def one_delay(address: str, port: int, delay: int, server_name: str) -> bool | None:
    """True: the call-back arrived; False: it did not; None: the request was never acked."""
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    call_id = f"{os.urandom(8).hex()}@lifetime"
    transport, proto = await loop.create_datagram_endpoint(
        lambda: _Proto(call_id), remote_addr=(address, port), family=family
    )
    try:
        name = transport.get_extra_info("sockname")
        data = _request((str(name[0]), int(name[1])), server_name, delay, call_id)
        for wait in (0.5, 1.0, 2.0):  # RFC 3261 T1 back-off for the request itself
            with contextlib.suppress(OSError):
                transport.sendto(data)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(proto.acked.wait(), wait)
                break
        if not proto.acked.is_set():
            return None
        try:
            await asyncio.wait_for(proto.called_back.wait(), delay + GRACE)
            return True
        except TimeoutError:
            return False
    finally:
        transport.close()


async def _round(
    address: str,
    port: int,
    delays: Sequence[int],
    server_name: str,
    tried: list[tuple[float, bool]],
    on_result: Callable[[int, bool], None],
) -> bool:
    """Run delays in parallel; stop the longer ones once one fails. False if nothing acked."""
    tasks = {asyncio.ensure_future(one_delay(address, port, d, server_name)): d for d in delays}
    acked_any = False
    try:
        pending = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for t in done:
                d, ok = tasks[t], t.result()
                if ok is None:
                    continue
                acked_any = True
                tried.append((float(d), ok))
                on_result(d, ok)
                if not ok:
                    for other in list(pending):
                        if tasks[other] > d:
                            other.cancel()
                            pending.discard(other)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return acked_any


async def measure(
    address: str,
    port: int,
    role: str,
    *,
    max_seconds: int = 600,
    server_name: str | None = None,
    on_result: Callable[[int, bool], None] = lambda d, ok: None,
) -> LifetimeResult:
    name = server_name or address
    tried: list[tuple[float, bool]] = []
    first = [d for d in ROUND1 if d < max_seconds] + [max_seconds]
    first = sorted(set(first))
    if not await _round(address, port, first, name, tried, on_result):
        return LifetimeResult(
            port,
            role,
            None,
            None,
            (),
            "the reflector did not answer call-back requests on this port",
        )
    ok = [d for d, good in tried if good]
    bad = [d for d, good in tried if not good]
    lo = max(ok) if ok else 0.0
    hi = min(bad) if bad else None
    if hi is not None and hi - lo > 2:
        step = (hi - lo) / 5
        refine = sorted({round(lo + step * k) for k in range(1, 5)} - {int(lo), int(hi)})
        if refine:
            await _round(address, port, refine, name, tried, on_result)
        ok = [d for d, good in tried if good]
        bad = [d for d, good in tried if not good]
    longest = max(ok) if ok else None
    failed = min((d for d in bad if longest is None or d > longest), default=None)
    return LifetimeResult(port, role, longest, failed, tuple(sorted(tried)))
