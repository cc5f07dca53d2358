"""The TCP probe's paths without root or a network: a scripted peer behind the
injectable ``connect``. The peer answers with the real reflector logic
(:func:`app.reflector.responder.reflect`), fed through real asyncio streams."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from app.core.model import Mode, Transport
from app.core.progress import CancelToken
from app.probes.options import ProbeOptions
from app.probes.runner import ProbeRecord, probe_async
from app.probes.target import Target
from app.reflector.responder import reflect

SERVER = ("203.0.113.5", 5060)
LOCAL = ("192.168.1.20", 40000)


def reflector_answer(request: bytes) -> bytes:
    out = reflect(request, transport="tcp", source=LOCAL, destination=SERVER, verified=True)
    assert out.response is not None
    return out.response


@dataclass
class ScriptedWriter:
    """The writing half of a connection: hands each request to ``peer``, which
    feeds the reading half (a real ``asyncio.StreamReader``) as the far end would."""

    reader: asyncio.StreamReader
    peer: Callable[[bytes, asyncio.StreamReader], None]
    written: list[bytes] = field(default_factory=list)
    closed: bool = False

    def write(self, data: bytes) -> None:
        self.written.append(data)
        self.peer(data, self.reader)

    def get_extra_info(self, name: str) -> object:
        return LOCAL if name == "sockname" else None

    def close(self) -> None:
        self.closed = True

    async def wait_closed(self) -> None:
        return None


def run(
    peer: Callable[[bytes, asyncio.StreamReader], None] | None,
    *,
    refuse: type[OSError] | None = None,
    methods: tuple[str, ...] = ("OPTIONS",),
    timeout: float = 2.0,
) -> tuple[ProbeRecord, list[ScriptedWriter]]:
    writers: list[ScriptedWriter] = []

    async def connect(host: str, port: int) -> tuple[asyncio.StreamReader, ScriptedWriter]:
        assert (host, port) == SERVER
        if refuse is not None:
            raise refuse()
        reader = asyncio.StreamReader()
        writer = ScriptedWriter(reader, peer or (lambda data, r: None))
        writers.append(writer)
        return reader, writer

    options = ProbeOptions(
        timeout=timeout,
        transports=(Transport.TCP,),
        methods=methods,
        restart=0.2,
        seed=1,
        control_port=SERVER[1],  # one port: the SIP one
    )

    async def main() -> ProbeRecord:
        return await probe_async(
            Mode.REFLECTOR,
            Target("reflector.test", SERVER[1]),
            SERVER[0],
            options,
            CancelToken(),
            connect=connect,  # type: ignore[arg-type]
        )

    return asyncio.run(main()), writers


def sip_peer(data: bytes, reader: asyncio.StreamReader) -> None:
    if not data.startswith(b"ACK "):
        reader.feed_data(reflector_answer(data))


def test_an_answer_is_evidence_and_an_invite_is_acked() -> None:
    record, writers = run(sip_peer, methods=("INVITE", "OPTIONS"))
    assert {ex.method: ex.answered for ex in record.exchanges if ex.port == 5060} == {
        "INVITE": True,
        "OPTIONS": True,
    }
    invite = next(w for w in writers if w.written[0].startswith(b"INVITE"))
    assert invite.written[-1].startswith(b"ACK sip:") and invite.closed
    assert all(ex.outbound_checked and not ex.changes for ex in record.exchanges)


def test_provisional_answers_are_skipped_until_the_final_one() -> None:
    def trying_first(data: bytes, reader: asyncio.StreamReader) -> None:
        if data.startswith(b"ACK "):
            return
        answer = reflector_answer(data)
        head = answer.split(b"\r\n\r\n", 1)[0].split(b"\r\n")
        copied = [
            h for h in head[1:] if h.split(b":")[0] in (b"Via", b"From", b"To", b"Call-ID", b"CSeq")
        ]
        trying = b"\r\n".join([b"SIP/2.0 100 Trying", *copied, b"Content-Length: 0", b"", b""])
        reader.feed_data(trying + answer)

    record, _ = run(trying_first, methods=("INVITE",))
    (ex,) = [ex for ex in record.exchanges if ex.port == 5060]
    assert ex.answered and ex.status_code == 486


def test_a_refused_connection_is_final_and_not_retried() -> None:
    record, writers = run(None, refuse=ConnectionRefusedError, timeout=1.0)
    (ex,) = [ex for ex in record.exchanges if ex.port == 5060]
    assert not ex.answered and ex.error is not None and "refused" in ex.error
    assert ex.attempts == 1 and writers == []


def test_a_silent_server_times_out_after_fresh_attempts() -> None:
    record, writers = run(None, timeout=0.7)
    (ex,) = [ex for ex in record.exchanges if ex.port == 5060]
    assert not ex.answered
    assert ex.error == "connected, but no answer before the deadline"
    assert len(writers) >= 3  # a fresh connection every 0.2 s (restart)
    assert ex.local == LOCAL


def test_a_closed_connection_and_garbage_are_named() -> None:
    record, _ = run(lambda data, r: r.feed_eof(), timeout=0.5)
    assert {ex.error for ex in record.exchanges} == {"the server closed the connection"}
    record, _ = run(lambda data, r: r.feed_data(b"HTTP/1.1 400 Bad Request\r\n\r\n"), timeout=0.5)
    (error,) = {ex.error for ex in record.exchanges}
    assert error is not None and error.startswith("the answer was not valid SIP")
