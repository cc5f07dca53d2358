"""Probes over TCP: one connection per attempt, as a phone opens one.

Connecting first lets the probe put the *real* local port in Via and Contact,
which is what a kernel ALG matches before rewriting. The stream rules
(framing, which answer counts) live in :class:`StreamAnswer`, which needs no
socket at all; :class:`TcpAttempt` connects, sends and reads without
blocking, woken by the runner's selector loop.
"""

from __future__ import annotations

import errno
import os
import selectors
import socket

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


class TcpAttempt:
    """One connection: connect, send the request (built with the real local port), read
    until the final answer, ACK an INVITE's answer, close. Ends at the run's deadline."""

    def __init__(
        self,
        run: ProbeRun,
        port: int,
        method: str,
        locals_seen: list[tuple[str, int]],
        now: float,
    ) -> None:
        self.run = run
        self.port = port
        self.method = method
        self.locals_seen = locals_seen
        self.started = now
        self.done = False
        # Evidence for an attempt that never connects (no local port to announce yet).
        self.attempt = Attempt(run.build(method, ("0.0.0.0", 9), port, "tcp"), packets=1)
        self.stream: StreamAnswer | None = None  # set once connected
        self.outbox = b""
        self.sock: socket.socket | None = None
        try:
            self.sock = socket.socket(run.family, socket.SOCK_STREAM)
            self.sock.setblocking(False)
            code = self.sock.connect_ex((run.address, port))
            if code not in (0, errno.EINPROGRESS):
                raise OSError(code, os.strerror(code))  # e.g. ECONNREFUSED: the subclass
            run.selector.register(self.sock, selectors.EVENT_WRITE, self.on_ready)
        except OSError as exc:
            self._connect_failed(exc)

    def poll(self, now: float) -> float:
        if not self.done and now >= self.run.deadline:
            self._end(
                "the connection attempt got no answer before the deadline"
                if self.stream is None
                else "connected, but no answer before the deadline"
            )
        return self.run.deadline

    def on_ready(self, mask: int, now: float) -> None:
        if self.done or self.sock is None:
            return
        if self.stream is None:
            self._connected()
            return
        if mask & selectors.EVENT_WRITE:
            self._flush()
        if mask & selectors.EVENT_READ and not self.done:
            self._read(now)

    def _connected(self) -> None:
        assert self.sock is not None
        code = self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            self._connect_failed(OSError(code, os.strerror(code)))
            return
        name = self.sock.getsockname()
        local = (str(name[0]), int(name[1]))
        self.locals_seen.append(local)
        probe = self.run.build(self.method, local, self.port, "tcp")
        self.attempt = Attempt(probe, packets=1)
        self.stream = StreamAnswer(probe.call_id)
        self.outbox = probe.wire
        self._flush()

    def _flush(self) -> None:
        assert self.sock is not None
        try:
            sent = self.sock.send(self.outbox)
            self.outbox = self.outbox[sent:]
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._end(describe_oserror(exc))
            return
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if self.outbox else 0)
        self.run.selector.modify(self.sock, events, self.on_ready)

    def _read(self, now: float) -> None:
        assert self.sock is not None and self.stream is not None
        try:
            data = self.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._end(describe_oserror(exc))
            return
        if not data:
            self._end("the server closed the connection")
            return
        try:
            answer = self.stream.feed(data)
        except RemoteProtocolError as exc:
            self._end(f"the answer was not valid SIP ({exc})")
            return
        if answer is None:
            return
        self.attempt.answer = answer
        self.attempt.rtt = now - self.started
        if self.method == "INVITE":
            try:
                self.sock.send(build_ack(self.attempt.probe, answer[1].get("To") or ""))
            except OSError:
                pass
        self._end(None)

    def _connect_failed(self, exc: OSError) -> None:
        self.attempt.definitive = isinstance(exc, ConnectionRefusedError)
        self._end(describe_oserror(exc))

    def abandon(self) -> None:
        self._end(self.attempt.error)

    def _end(self, error: str | None) -> None:
        self.attempt.error = error
        self.done = True
        if self.sock is not None:
            try:
                self.run.selector.unregister(self.sock)
            except (KeyError, ValueError):
                pass
            self.sock.close()
            self.sock = None
