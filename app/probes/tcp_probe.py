"""Probes over TCP: one connection per attempt, as a phone opens one.

Connecting first lets the probe put the *real* local port in Via and Contact,
which is what a kernel ALG matches before rewriting. The connection comes from
:attr:`ProbeRun.connect`, so tests can stand in a scripted peer; the stream
rules (framing, which answer counts) live in :class:`StreamAnswer`, which
needs no socket at all.
"""

from __future__ import annotations

import asyncio
import contextlib

from app.core.model import Exchange, PortRole, Transport
from app.probes.attempts import Attempt
from app.probes.evidence import describe_oserror
from app.probes.messages import build_ack
from app.probes.run_state import ProbeRun
from app.protocols.errors import RemoteProtocolError
from app.protocols.sip import Response, StreamFramer, parse_message


class StreamAnswer:
    """Cuts a TCP byte stream into SIP messages and keeps the final answer to one
    request (matched by Call-ID); provisional answers and strangers are skipped.
    Raises RemoteProtocolError when the stream is not SIP."""

    def __init__(self, call_id: str) -> None:
        self.call_id = call_id
        self.framer = StreamFramer()
        self.answer: tuple[bytes, Response] | None = None

    def feed(self, data: bytes) -> tuple[bytes, Response] | None:
        for frame in self.framer.feed(data):
            msg = parse_message(frame, stream=True)
            if (
                self.answer is None
                and isinstance(msg, Response)
                and msg.status >= 200
                and msg.get("Call-ID") == self.call_id
            ):
                self.answer = (frame, msg)
        return self.answer


async def tcp_attempt(
    run: ProbeRun, port: int, method: str, locals_seen: list[tuple[str, int]]
) -> Attempt:
    """One connection: connect, send the request (built with the real local port), await
    the final answer, ACK an INVITE's answer, close."""
    loop = asyncio.get_running_loop()
    started = loop.time()
    placeholder = run.build(method, ("0.0.0.0", 9), port, "tcp")
    try:
        reader, writer = await asyncio.wait_for(
            run.connect(run.address, port), timeout=run.remaining()
        )
    except TimeoutError:
        return Attempt(
            placeholder, packets=1, error="the connection attempt got no answer before the deadline"
        )
    except ConnectionRefusedError as exc:
        return Attempt(placeholder, packets=1, error=describe_oserror(exc), definitive=True)
    except OSError as exc:
        return Attempt(placeholder, packets=1, error=describe_oserror(exc))
    name = writer.get_extra_info("sockname")
    local = (str(name[0]), int(name[1]))
    locals_seen.append(local)
    probe = run.build(method, local, port, "tcp")
    attempt = Attempt(probe, packets=1)
    stream = StreamAnswer(probe.call_id)
    try:
        writer.write(probe.wire)
        while attempt.answer is None:
            data = await asyncio.wait_for(reader.read(65536), timeout=run.remaining())
            if not data:
                attempt.error = "the server closed the connection"
                return attempt
            attempt.answer = stream.feed(data)
        attempt.rtt = loop.time() - started
        if method == "INVITE":
            writer.write(build_ack(probe, attempt.answer[1].get("To") or ""))
        return attempt
    except TimeoutError:
        attempt.error = "connected, but no answer before the deadline"
    except RemoteProtocolError as exc:
        attempt.error = f"the answer was not valid SIP ({exc})"
    except OSError as exc:
        attempt.error = describe_oserror(exc)
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 0.2)
    return attempt


async def tcp_port(run: ProbeRun, port: int, role: PortRole) -> list[Exchange]:
    async def one(method: str) -> Exchange:
        seen: list[tuple[str, int]] = []
        return await run.exchange(
            lambda: tcp_attempt(run, port, method, seen),
            Transport.TCP,
            port,
            role,
            method,
            lambda: seen[-1] if seen else None,
        )

    return list(await asyncio.gather(*(one(m) for m in run.options.methods)))
