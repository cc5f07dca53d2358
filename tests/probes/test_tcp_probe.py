"""The TCP probe's paths on real loopback connections, against a scripted peer that
answers with the real reflector logic (:func:`app.reflector.responder.reflect`)
or misbehaves on purpose."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from app.core.model import Mode, Transport
from app.core.progress import CancelToken
from app.probes.options import ProbeOptions
from app.probes.runner import ProbeRecord, run_probe
from app.probes.target import Target
from app.protocols.sip import StreamFramer
from app.reflector.responder import reflect
from tests.helpers import free_port

Peer = Callable[[bytes, socket.socket, tuple[str, int]], None]


@dataclass
class Connection:
    peer: tuple[str, int]  # the probe's side of it
    received: list[bytes] = field(default_factory=list)  # whole SIP messages, in order
    closed: threading.Event = field(default_factory=threading.Event)


class ScriptedServer:
    """A listening socket on loopback; each message received on a connection goes to
    ``peer``, which answers on the socket as the far end would (or does not)."""

    def __init__(self, peer: Peer | None) -> None:
        self.peer = peer
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.connections: list[Connection] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, addr = self.listener.accept()
            except OSError:
                return  # closed at the end of the test
            c = Connection((str(addr[0]), int(addr[1])))
            self.connections.append(c)
            threading.Thread(target=self._serve, args=(conn, c), daemon=True).start()

    def _serve(self, conn: socket.socket, c: Connection) -> None:
        framer = StreamFramer()
        with conn:
            try:
                while data := conn.recv(65536):
                    for message in framer.feed(data):
                        c.received.append(message)
                        if self.peer is not None:
                            self.peer(message, conn, c.peer)
            except OSError:
                pass
        c.closed.set()

    def close(self) -> None:
        self.listener.close()


@contextlib.contextmanager
def run(
    peer: Peer | None,
    *,
    methods: tuple[str, ...] = ("OPTIONS",),
    timeout: float = 2.0,
) -> Iterator[tuple[ProbeRecord, ScriptedServer]]:
    server = ScriptedServer(peer)
    options = ProbeOptions(
        timeout=timeout,
        transports=(Transport.TCP,),
        methods=methods,
        restart=0.2,
        seed=1,
        control_port=server.port,  # one port: the SIP one
    )
    try:
        record = run_probe(
            Mode.REFLECTOR,
            Target("reflector.test", server.port),
            "127.0.0.1",
            options,
            CancelToken(),
        )
        yield record, server
    finally:
        server.close()


def sip_peer(message: bytes, conn: socket.socket, source: tuple[str, int]) -> None:
    if message.startswith(b"ACK "):
        return
    destination = conn.getsockname()
    out = reflect(message, transport="tcp", source=source, destination=destination, verified=True)
    assert out.response is not None
    conn.sendall(out.response)


def test_an_answer_is_evidence_and_an_invite_is_acked() -> None:
    with run(sip_peer, methods=("INVITE", "OPTIONS")) as (record, server):
        assert {ex.method: ex.answered for ex in record.exchanges} == {
            "INVITE": True,
            "OPTIONS": True,
        }
        assert all(ex.outbound_checked and not ex.changes for ex in record.exchanges)
        invite = next(c for c in server.connections if c.received[0].startswith(b"INVITE"))
        assert invite.closed.wait(2), "the probe did not close the connection"
        assert invite.received[-1].startswith(b"ACK sip:")
        (ex,) = [ex for ex in record.exchanges if ex.method == "INVITE"]
        assert ex.local == invite.peer  # the real local port, announced in Via


def test_provisional_answers_are_skipped_until_the_final_one() -> None:
    def trying_first(message: bytes, conn: socket.socket, source: tuple[str, int]) -> None:
        if message.startswith(b"ACK "):
            return
        out = reflect(
            message, transport="tcp", source=source, destination=conn.getsockname(), verified=True
        )
        assert out.response is not None
        head = out.response.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
        copied = [
            h for h in head[1:] if h.split(b":")[0] in (b"Via", b"From", b"To", b"Call-ID", b"CSeq")
        ]
        trying = b"\r\n".join([b"SIP/2.0 100 Trying", *copied, b"Content-Length: 0", b"", b""])
        conn.sendall(trying)
        conn.sendall(out.response)

    with run(trying_first, methods=("INVITE",)) as (record, _):
        (ex,) = record.exchanges
        assert ex.answered and ex.status_code == 486


def test_a_refused_connection_is_final_and_not_retried() -> None:
    closed = free_port()  # nothing listens there: the kernel answers with a reset
    options = ProbeOptions(
        timeout=1.0, transports=(Transport.TCP,), methods=("OPTIONS",), control_port=closed
    )
    record = run_probe(
        Mode.REFLECTOR, Target("reflector.test", closed), "127.0.0.1", options, CancelToken()
    )
    (ex,) = record.exchanges
    assert not ex.answered and ex.error is not None and "refused" in ex.error
    assert ex.attempts == 1
    assert record.duration < 0.5  # a refusal ends the exchange, no waiting for the deadline


def test_a_silent_server_times_out_after_fresh_attempts() -> None:
    with run(None, timeout=0.7) as (record, server):
        (ex,) = record.exchanges
        assert not ex.answered
        assert ex.error == "connected, but no answer before the deadline"
        assert len(server.connections) >= 3  # a fresh connection every 0.2 s (restart)
        assert ex.local in {c.peer for c in server.connections}
        assert ex.attempts == len(server.connections)


def test_a_closed_connection_and_garbage_are_named() -> None:
    def hang_up(message: bytes, conn: socket.socket, source: tuple[str, int]) -> None:
        conn.shutdown(socket.SHUT_WR)

    def garbage(message: bytes, conn: socket.socket, source: tuple[str, int]) -> None:
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

    with run(hang_up, timeout=0.5) as (record, _):
        assert {ex.error for ex in record.exchanges} == {"the server closed the connection"}
    with run(garbage, timeout=0.5) as (record, _):
        (error,) = {ex.error for ex in record.exchanges}
        assert error is not None and error.startswith("the answer was not valid SIP")


def test_cancelling_ends_the_run_at_once() -> None:
    server = ScriptedServer(None)  # silent: without the cancel the run takes 5 s
    cancel = CancelToken()
    timer = threading.Timer(0.2, cancel.cancel)
    timer.start()
    try:
        options = ProbeOptions(timeout=5.0, transports=(Transport.TCP,), control_port=server.port)
        record = run_probe(
            Mode.REFLECTOR, Target("reflector.test", server.port), "127.0.0.1", options, cancel
        )
    finally:
        timer.cancel()
        server.close()
    assert record.cancelled and record.duration < 1.0
    assert record.exchanges == ()
