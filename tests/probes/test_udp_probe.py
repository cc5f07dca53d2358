"""The UDP driver around the client transaction: answers and ICMP errors reach the
right transactions (a fake datagram socket; the timer rules have their own tests)."""

from __future__ import annotations

import asyncio
import errno
import random

from app.core.model import Mode
from app.core.progress import no_progress
from app.probes.options import ProbeOptions
from app.probes.run_state import ProbeRun
from app.probes.udp_probe import UdpClient, udp_transaction
from app.reflector.responder import reflect

LOCAL = ("192.168.1.20", 40000)
SERVER = ("203.0.113.5", 5060)


class FakeSocket:
    """Records what is sent; the test decides what comes back."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []

    def sendto(self, data: bytes, addr: object = None) -> None:
        self.sent.append(data)


def make_run(loop: asyncio.AbstractEventLoop, timeout: float = 2.0) -> ProbeRun:
    return ProbeRun(
        Mode.REFLECTOR,
        "reflector.test",
        SERVER[0],
        ProbeOptions(timeout=timeout),
        no_progress,
        random.Random(1),
        loop.time() + timeout,
        1,
    )


def test_an_icmp_error_ends_only_the_transactions_waiting_then() -> None:
    async def main() -> tuple[str | None, bool]:
        loop = asyncio.get_running_loop()
        run = make_run(loop)
        proto, sock = UdpClient(), FakeSocket()
        first = asyncio.ensure_future(
            udp_transaction(run, proto, sock, run.build("OPTIONS", LOCAL, SERVER[1], "udp"))  # type: ignore[arg-type]
        )
        await asyncio.sleep(0)  # let it send and wait
        proto.error_received(OSError(errno.EHOSTUNREACH, "No route to host"))
        failed = await first
        # a fresh attempt after the error still waits for, and gets, its answer
        probe = run.build("OPTIONS", LOCAL, SERVER[1], "udp")
        second = asyncio.ensure_future(udp_transaction(run, proto, sock, probe))  # type: ignore[arg-type]
        for _ in range(50):  # many turns of the loop: the earlier error must not end it
            await asyncio.sleep(0)
        assert not second.done(), "a fresh attempt was cut short by an earlier ICMP error"
        answer = reflect(
            sock.sent[-1], transport="udp", source=LOCAL, destination=SERVER, verified=False
        )
        assert answer.response is not None
        proto.datagram_received(answer.response, SERVER)
        return failed.error, (await second).answer is not None

    error, answered = asyncio.run(main())
    assert error == "no route to host"
    assert answered


def test_port_unreachable_is_final_for_the_attempt() -> None:
    async def main() -> tuple[str | None, bool]:
        loop = asyncio.get_running_loop()
        run = make_run(loop)
        proto, sock = UdpClient(), FakeSocket()
        probe = run.build("INVITE", LOCAL, SERVER[1], "udp")
        task = asyncio.ensure_future(udp_transaction(run, proto, sock, probe))  # type: ignore[arg-type]
        await asyncio.sleep(0)
        proto.error_received(ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))
        attempt = await task
        return attempt.error, attempt.definitive

    error, definitive = asyncio.run(main())
    assert definitive and error is not None and "port closed" in error
